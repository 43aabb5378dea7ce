"""Files the vault writes: private modes whatever the umask, and no partial file left behind
(see docs/vault-format.md).

The vault, its lock file, backups and their temporary files are created ``0600`` and new
folders ``0700``; SQLite gives its ``-wal`` and ``-shm`` files the mode of the database
file. On Windows the modes are ignored and the user's profile folder protects the files.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) as ``0700``; an existing folder is left as is."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=DIR_MODE)
            os.chmod(path, DIR_MODE)


def create_private(path: Path) -> None:
    """Create an empty ``0600`` file at ``path``, which must not exist."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with contextlib.suppress(OSError):  # the umask may have removed nothing; be sure
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Tighten an existing file to ``0600`` (best effort: it may belong to someone else)."""
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o777 != FILE_MODE:
            os.chmod(path, FILE_MODE)


def remove_with_side_files(path: Path) -> None:
    """Remove a temporary SQLite file and its journal, WAL and shared-memory files."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink(missing_ok=True)
