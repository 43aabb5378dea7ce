"""Reading a list file into rows with their physical line numbers: CSV in the encodings
people really have (UTF-8 with or without BOM, UTF-16, Windows-1251...) and XLSX.

- Encoding: a given one wins; else a byte-order mark; else strict UTF-8; else UTF-16 told
  by its zero bytes; else ``charset-normalizer`` among the encodings used for Azerbaijani
  and Russian text (Windows-1251, Windows-1254, KOI8-R, CP866), then among all.
- CSV: the delimiter is the one of ``,`` ``;`` and tab that occurs most often in the first
  line (Excel writes ``;`` in many locales); quoted fields may hold delimiters, quotes and
  line breaks. A row's ``line`` is the physical line it starts on (the header is line 1
  when it is the first line), so a quoted line break makes the next row's number jump.
- A cell that list export guarded against formulas (``'=...``) loses its ``'`` again.
- XLSX: the first worksheet, read with python-calamine; a row's ``line`` is its row number.
  Date cells become ISO dates, whole numbers lose their ``.0``. The zip's declared sizes
  are checked first, and rows, columns and cell sizes are bounded (no zip bomb).

Blank rows are skipped (their lines still count). Everything is read into memory: nothing
is written anywhere. :class:`ListReadError` for a file that cannot be read.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

# charset-normalizer's names for the single-byte encodings of the region, tried first.
REGIONAL_ENCODINGS = ("cp1251", "cp1254", "koi8_r", "cp866")
DELIMITERS = (",", ";", "\t")
XLSX_MAGIC = b"PK\x03\x04"


class ListReadError(ValueError):
    """The file cannot be read as a list (nothing was imported)."""


@dataclass(frozen=True)
class RawRow:
    """One data row: its physical ``line`` (1-based) and its cells as text."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ListTable:
    """A list file's header row, its data rows, and how it was read (``kind`` is ``csv`` or
    ``xlsx``; ``encoding`` how CSV text was decoded and ``encoding_source`` one of
    ``given``, ``bom``, ``utf-8``, ``detected``; ``delimiter`` for CSV)."""

    kind: str
    header: tuple[str, ...]
    header_line: int
    rows: tuple[RawRow, ...]
    encoding: str | None = None
    encoding_source: str | None = None
    delimiter: str | None = None


# ---------------------------------------------------------------- encodings


def decode_text(data: bytes, encoding: str | None = None) -> tuple[str, str, str]:
    """``(text, encoding, source)`` of a CSV file's bytes; see the module docstring.
    Raises :class:`ListReadError` naming the byte that does not decode."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError as exc:
            raise ListReadError(f"unknown encoding {encoding!r}") from exc
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        return _decode(data, codec, "given"), codec, "given"
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _decode(data, codec, "bom"), codec, "bom"
    # UTF-16 of plain Latin text is also valid UTF-8 (with a NUL in every other byte).
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    if utf16 is not None:
        return _decode(data, utf16, "detected"), utf16, "detected"
    try:
        return data.decode("utf-8"), "utf-8", "utf-8"
    except UnicodeDecodeError:
        pass
    detected = _detect(data)
    if detected is None:
        raise ListReadError(
            "cannot tell the file's text encoding: save it as UTF-8 or name the encoding "
            "(for example --encoding windows-1251)"
        )
    return _decode(data, detected, "detected"), detected, "detected"


def _decode(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        hint = "" if source == "given" else " (give the right one with --encoding)"
        raise ListReadError(
            f"the file is not valid {codec} text: byte {exc.start + 1} cannot be decoded{hint}"
        ) from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of Latin, digits and punctuation has a zero byte in every other place;
    Azerbaijani letters (U+01xx, U+02xx) and Cyrillic (U+04xx) have 1, 2 or 4 there."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    high = (0, 1, 2, 4)
    if sum(b in high for b in odd) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if sum(b in high for b in even) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    for isolation in (list(REGIONAL_ENCODINGS), None):
        best = from_bytes(data, cp_isolation=isolation).best()
        if best is not None:
            return str(best.encoding)
    return None


# ---------------------------------------------------------------- CSV

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def needs_quoting(text: str) -> bool:
    """True for text a spreadsheet could take for a formula: it starts with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return (``-1+1+cmd|' /C calc'!A0`` is one). List
    export writes such text with a leading ``'``."""
    return text.startswith(_FORMULA_START)


def quote_cell(text: str) -> str:
    """Text for a CSV cell that no spreadsheet runs as a formula: ``=x`` → ``'=x`` (what
    :func:`unquote_cell` undoes); other text is unchanged. Every CSV Casework writes (list
    export, statistics) goes through this one guard."""
    return "'" + text if needs_quoting(text) else text


def unquote_cell(text: str) -> str:
    """Undo list export's formula guard: ``'=x`` → ``=x``; other text is unchanged."""
    if text.startswith("'") and needs_quoting(text[1:]):
        return text[1:]
    return text


def choose_delimiter(first_line: str) -> str:
    """The delimiter of ``,``, ``;`` and tab that occurs most in the header line (``,``
    when none does)."""
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_text(text: str) -> tuple[tuple[str, ...], int, list[RawRow], str]:
    """``(header, header line, rows, delimiter)`` of CSV text; see the module docstring."""
    first = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = choose_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[RawRow] = []
    consumed = 0  # physical lines read so far
    try:
        for record in reader:
            line = consumed + 1
            consumed = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            cells = tuple(unquote_cell(cell) if cell[:1] == "'" else cell for cell in record)
            if header is None:
                header, header_line = cells, line
            else:
                rows.append(RawRow(line, cells))
    except csv.Error as exc:
        raise ListReadError(f"line {reader.line_num}: not valid CSV ({exc})") from exc
    if header is None:
        raise ListReadError("the file is empty: it needs a header row and data rows")
    return header, header_line, rows, delimiter


# ---------------------------------------------------------------- XLSX


def cell_text(value: Any) -> str:
    """A spreadsheet cell as text: dates as ISO dates, ``12.0`` as ``12``, None as ``""``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# What an XLSX list may hold: far more than any real list, far less than a zip bomb
# (a few kilobytes that unpack to gigabytes). Checked on the zip's directory before any
# part is unpacked, then while the rows are read.
MAX_XLSX_UNPACKED = 256 * 1024 * 1024  # all parts together, uncompressed
MAX_XLSX_RATIO = 200  # uncompressed / compressed size of a large part
MAX_XLSX_PARTS = 10_000
MAX_ROWS = 200_000
MAX_COLUMNS = 256
MAX_CELL_CHARS = 32_767  # Excel's own limit for a cell


def check_xlsx_sizes(data: bytes) -> None:
    """Refuse a workbook whose parts would unpack to more than :data:`MAX_XLSX_UNPACKED`
    (as the zip directory declares them) or that is packed suspiciously tightly. Raises
    :class:`ListReadError`; reads only the zip's directory."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ListReadError(f"not a readable XLSX workbook ({exc})") from exc
    if len(infos) > MAX_XLSX_PARTS:
        raise ListReadError(
            f"not a readable XLSX workbook: {len(infos)} parts (at most {MAX_XLSX_PARTS})"
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_XLSX_UNPACKED:
        raise ListReadError(
            f"the workbook would unpack to {total // (1024 * 1024)} MB, more than "
            f"{MAX_XLSX_UNPACKED // (1024 * 1024)} MB: save the list as CSV, or split it"
        )
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_XLSX_RATIO * max(
            info.compress_size, 1
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ListReadError(
                f"the workbook's part {info.filename!r} is packed {ratio} times: refused as "
                "a possible zip bomb (save the list as CSV)"
            )


def read_xlsx_bytes(data: bytes) -> tuple[tuple[str, ...], int, list[RawRow]]:
    """``(header, header line, rows)`` of the first worksheet of an XLSX file, read with
    python-calamine after :func:`check_xlsx_sizes`; at most :data:`MAX_ROWS` rows of
    :data:`MAX_COLUMNS` columns and :data:`MAX_CELL_CHARS` characters a cell."""
    from python_calamine import CalamineWorkbook

    check_xlsx_sizes(data)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = workbook.sheet_names
        if not names:
            raise ListReadError("the workbook has no worksheet")
        sheet = workbook.get_sheet_by_index(0)
    except ListReadError:
        raise
    except Exception as exc:  # any damage inside the zip is an unreadable file, nothing more
        raise ListReadError(f"not a readable XLSX workbook ({type(exc).__name__}: {exc})") from exc
    if sheet.total_width > MAX_COLUMNS:
        raise ListReadError(
            f"the first worksheet has {sheet.total_width} columns, more than {MAX_COLUMNS}"
        )
    if sheet.total_height > MAX_ROWS + 1:
        raise ListReadError(
            f"the first worksheet has {sheet.total_height} rows, more than {MAX_ROWS}: "
            "split the list"
        )
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[RawRow] = []
    try:
        # calamine's rows start at the sheet's first row, wherever its data starts.
        for line, values in enumerate(sheet.iter_rows(), start=1):
            if line > MAX_ROWS + 1:
                raise ListReadError(f"the first worksheet has more than {MAX_ROWS} rows")
            cells = tuple(cell_text(v) for v in values)
            long = next((c for c in cells if len(c) > MAX_CELL_CHARS), None)
            if long is not None:
                raise ListReadError(
                    f"row {line}: a cell holds {len(long)} characters, more than {MAX_CELL_CHARS}"
                )
            if not any(cells):
                continue
            if header is None:
                header, header_line = cells, line
            else:
                rows.append(RawRow(line, cells))
    except ListReadError:
        raise
    except Exception as exc:
        # A damaged part found while reading (bad XML, a corrupt deflate stream, a bad
        # checksum) is still just an unreadable file.
        raise ListReadError(f"not a readable XLSX workbook ({type(exc).__name__}: {exc})") from exc
    if header is None:
        raise ListReadError("the first worksheet is empty: it needs a header row and data rows")
    return header, header_line, rows


# ---------------------------------------------------------------- files


def read_list_bytes(data: bytes, name: str, *, encoding: str | None = None) -> ListTable:
    """Read a list from bytes; ``name`` tells XLSX from CSV by its extension (the content's
    zip signature also means XLSX). Raises :class:`ListReadError`."""
    if name.lower().endswith((".xlsx", ".xlsm")) or data.startswith(XLSX_MAGIC):
        header, header_line, rows = read_xlsx_bytes(data)
        return ListTable("xlsx", header, header_line, tuple(rows))
    if name.lower().endswith(".xls"):
        raise ListReadError("old Excel .xls files are not read: save the list as .xlsx or .csv")
    text, codec, source = decode_text(data, encoding)
    header, header_line, csv_rows, delimiter = read_csv_text(text)
    return ListTable("csv", header, header_line, tuple(csv_rows), codec, source, delimiter)


def read_list_file(path: str | Path, *, encoding: str | None = None) -> ListTable:
    """Read a ``.csv`` or ``.xlsx`` list file. Raises :class:`ListReadError` (also when the
    file cannot be opened)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ListReadError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return read_list_bytes(data, str(path), encoding=encoding)
