"""One writer at a time: an exclusive advisory lock on ``<vault>.lock``.

The operating system releases the lock when the process ends, even after ``kill -9``, so a
crash never leaves a vault locked. The lock file is empty and stays in place: removing it on
release would let two processes lock two different files of the same name.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from storage.errors import VaultInUse
from storage.files import FILE_MODE, make_private

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class VaultLock:
    """Held from open to close. Raises :class:`VaultInUse` when another process holds it."""

    def __init__(self, vault_path: Path) -> None:
        # The lock goes with the file, not the name it was opened by: a symlink or another
        # spelling of the path must find the same lock (see docs/vault-format.md).
        real = Path(os.path.realpath(vault_path))
        self.path = real.with_name(real.name + ".lock")
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        self._handle: IO[bytes] | None = os.fdopen(fd, "a+b")
        make_private(self.path)
        if not _try_lock(self._handle):
            self._handle.close()
            self._handle = None
            raise VaultInUse(str(vault_path))

    def release(self) -> None:
        if self._handle is None:
            return
        self._handle.close()
        self._handle = None
