"""Every file the app writes for the user outside the vault goes through here: exported
PDFs and lists, ``.ics`` calendars, extracted documents, contact cards, bundles.

Such a file is readable only by its owner (0600) whatever the umask, and it appears under
its name only when complete: the bytes go to a temporary file in the target's folder,
which is flushed to disk and then renamed over the target. On Linux the temporary file is
unnamed (``O_TMPFILE``) until it is complete, so even a ``kill -9`` or a power cut mid-write
leaves no partial plaintext beside the target; elsewhere (and on file systems without
``O_TMPFILE``) it is a hidden 0600 file that any error, including a full disk, removes.

Runs on any thread. Raises ``OSError`` (the target's name in ``filename``) on failure.
See docs/threat-model.md ("Fuzzing and hostile input").
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from storage.writeback import EarlyWriteback

__all__ = ["PRIVATE_FILE_MODE", "private_output", "write_private_file"]

PRIVATE_FILE_MODE = 0o600
_O_TMPFILE = getattr(os, "O_TMPFILE", 0)
_AT_FDCWD, _AT_EMPTY_PATH = -100, 0x1000  # Linux's values, for linkat()


_unnamed_works = True  # cleared the first time linking an unnamed file fails here


def _unnamed(folder: Path) -> int | None:
    """A descriptor of a new unnamed 0600 file in ``folder``, or None where unsupported."""
    if not (_O_TMPFILE and _unnamed_works and Path("/proc/self/fd").is_dir()):
        return None
    try:
        return os.open(folder, _O_TMPFILE | os.O_RDWR, PRIVATE_FILE_MODE)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return None  # this file system cannot: use a named temporary file
        raise


def _named(target: Path) -> tuple[int, Path]:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    return fd, Path(name)


def _publish_unnamed(fd: int, target: Path) -> None:
    """Give the complete unnamed file the target's name. linkat() cannot replace a file,
    so it gets a temporary name first; where linking is refused (some overlay and network
    file systems), its bytes are copied into a named temporary file instead."""
    global _unnamed_works
    staged = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        _link(fd, staged)
    except OSError:
        _unnamed_works = False
        copy, staged = _named(target)
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            while block := os.read(fd, 1024 * 1024):
                os.write(copy, block)
            os.fsync(copy)
        except BaseException:
            os.close(copy)
            staged.unlink()
            raise
        os.close(copy)
    try:
        os.replace(staged, target)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise


def _link(fd: int, name: Path) -> None:
    """Link the unnamed file ``fd`` at ``name``: through ``/proc/self/fd`` (what an
    unprivileged process may do), else with ``linkat(AT_EMPTY_PATH)`` (where the first is
    refused, as in some containers and sandboxes, and the second allowed). Raises the
    first way's ``OSError`` when neither works."""
    try:
        os.link(f"/proc/self/fd/{fd}", name, follow_symlinks=True)
    except OSError:
        if not _link_empty_path(fd, name):
            raise


def _link_empty_path(fd: int, name: Path) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        linkat = libc.linkat
    except (OSError, AttributeError):
        return False
    return int(linkat(fd, b"", _AT_FDCWD, os.fsencode(name), _AT_EMPTY_PATH)) == 0


@contextlib.contextmanager
def private_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write the content of ``path`` into. On normal exit the content is
    synced and replaces ``path`` (mode 0600); on any exception nothing is left behind and
    ``path`` keeps what it had."""
    target = Path(path)
    try:
        fd = _unnamed(target.parent)
        named: Path | None = None
        if fd is None:
            fd, named = _named(target)
    except OSError as exc:
        raise _naming(exc, target) from exc
    try:
        if hasattr(os, "fchmod"):  # not on Windows (3.11), where mkstemp's file is private
            os.fchmod(fd, PRIVATE_FILE_MODE)  # mkstemp's 0600 already; O_TMPFILE minus umask
        with EarlyWriteback(fd), os.fdopen(fd, "wb", closefd=False) as out:
            yield cast(BinaryIO, out)
            out.flush()
        os.fsync(fd)
        if named is None:
            _publish_unnamed(fd, target)
        else:
            os.replace(named, target)
            named = None
    except OSError as exc:
        raise _naming(exc, target) from exc
    finally:
        os.close(fd)
        if named is not None:
            with contextlib.suppress(OSError):
                named.unlink()


def write_private_file(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` as :func:`private_output` does; returns the path."""
    with private_output(path) as out:
        out.write(data)
    return Path(path)


def _naming(exc: OSError, target: Path) -> OSError:
    """The error with the user's target as its file name (not a temporary name)."""
    if exc.filename == str(target):
        return exc
    return type(exc)(exc.errno, exc.strerror or str(exc), str(target))
