"""A smaller ICU data library for the Linux package (used by ``casework.spec``).

Qt Core links ICU (``libicudata.so.NN``: 31 MiB, a third of the Qt in the package) but uses
only collation (``QCollator``), case mapping, code-page converters and time zones from it.
This rebuilds the library without the parts Qt never reads: unit, currency, language and
region display names, transliterators, spelled-out numbers, time-zone display names, break
iterators and their dictionaries, Unicode character names, and the multi-byte (Chinese,
Japanese, Korean, EBCDIC) converter tables; collation, locale data, normalisation and the
single-byte code pages (windows-125x, KOI8, ISO 8859) stay. See packaging/README.md.

The data is ICU's "common data" package (``CmnD``): a header, a table of contents of
(name, offset) pairs sorted by name, then each item, 16-byte aligned. It is read from the
``icudtNN_dat`` symbol of the wheel's library, filtered, and linked into a new library of the
same name (``gcc``, ``readelf``). Any tool missing or any surprise: :func:`smaller_icudata`
returns None and the build keeps the original library.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

DROPPED_TREES = ("unit", "curr", "lang", "region", "translit", "rbnf", "zone", "brkitr")
DROPPED_FILES = ("unames.icu",)
# UConverterStaticData (after the item's own data header): structSize (4), name (60),
# codepage (4), platform, conversionType, minBytesPerChar, maxBytesPerChar.
_MAX_BYTES_PER_CHAR = 4 + 60 + 4 + 3

Item = tuple[str, bytes]


def read_common_data(blob: bytes) -> tuple[bytes, list[Item]]:
    """The header and the (name, bytes) items of an ICU common data package."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    count = struct.unpack_from("<I", blob, header_size)[0]
    toc = []
    for index in range(count):
        name_offset, data_offset = struct.unpack_from("<II", blob, header_size + 4 + 8 * index)
        start = header_size + name_offset
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        toc.append((data_offset, name))
    ordered = sorted(toc)
    items = []
    for index, (offset, name) in enumerate(ordered):
        end = ordered[index + 1][0] if index + 1 < len(ordered) else len(blob) - header_size
        items.append((name, blob[header_size + offset : header_size + end]))
    items.sort()
    return blob[:header_size], items


def write_common_data(header: bytes, items: list[Item]) -> bytes:
    """An ICU common data package of ``items`` (sorted by name) under ``header``."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = (toc_size + len(names) + 15) & ~15
    name_offsets, data_offsets, data = [], [], bytearray()
    name_at = toc_size
    for name, body in items:
        name_offsets.append(name_at)
        name_at += len(name) + 1
        data_offsets.append(data_start + len(data))
        data += body
        data += b"\xaa" * (-len(data) % 16)
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    padding = b"\xaa" * (data_start - toc_size - len(names))  # as ICU's pkgdata pads
    return header + toc + names + padding + bytes(data)


def keep_item(name: str, body: bytes) -> bool:
    """Whether Qt may read this item (see the module docstring)."""
    parts = name.split("/")
    if len(parts) > 2 and parts[1] in DROPPED_TREES:
        return False
    if parts[-1] in DROPPED_FILES:
        return False
    return not (name.endswith(".cnv") and _max_bytes_per_char(body) > 1)


def _max_bytes_per_char(converter: bytes) -> int:
    header_size: int = struct.unpack_from("<H", converter, 0)[0]
    return converter[header_size + _MAX_BYTES_PER_CHAR]


def trimmed(blob: bytes, keep: Callable[[str, bytes], bool] = keep_item) -> bytes:
    header, items = read_common_data(blob)
    return write_common_data(header, [(n, b) for n, b in items if keep(n, b)])


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The ``icudtNN_dat`` symbol's name, file offset and size (from ``readelf``)."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)", symbols
    )
    if found is None:
        raise ValueError("no icudtNN_dat symbol")
    address, size, section = int(found[1], 16), int(found[2], 0), int(found[3])
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    line = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if line is None:
        raise ValueError("no section for the data symbol")
    section_address, section_offset = int(line[1], 16), int(line[2], 16)
    return found[4], section_offset + address - section_address, size


def smaller_icudata(library: Path, workdir: Path) -> Path | None:
    """A trimmed copy of ICU's data library (same file name and SONAME) in ``workdir``, or
    None when the tools are missing or the library is not what is expected."""
    if not (shutil.which("gcc") and shutil.which("readelf")):
        return None
    try:
        symbol, offset, size = _data_symbol(library)
        blob = library.read_bytes()[offset : offset + size]
        data = trimmed(blob)
    except (OSError, ValueError, subprocess.CalledProcessError, struct.error):
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    dat = workdir / f"{symbol}.dat"
    dat.write_bytes(data)
    source = workdir / f"{symbol}.S"
    source.write_text(
        ".section .rodata\n"
        f".globl {symbol}\n"
        f".type {symbol}, @object\n"
        ".balign 16\n"
        f"{symbol}:\n"
        f'.incbin "{dat.name}"\n'
        f".size {symbol}, . - {symbol}\n"
        '.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    target = workdir / library.name
    try:
        subprocess.run(
            [
                "gcc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-Wl,--build-id=none",
                "-o",
                str(target),
                source.name,
            ],
            cwd=workdir,
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return target
