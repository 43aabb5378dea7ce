"""Starting a large write's way to the disk while it is still being written.

``fsync`` waits until every byte of a file written so far is on the disk; for 100 MB that
is most of a tenth of a second after the last byte. While a large file (a bundle) or the
vault's write-ahead log (a document stored) grows, a second thread here has the system
write out what is already there every few hundredths of a second, so the final sync
waits only for the last of it. A sync through any descriptor of a file writes out all of
that file's data, so the log can be synced from a descriptor of its own while SQLite
writes it. This only moves work earlier: every commit and every finished file is still
synced by its writer before it counts as done.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from types import TracebackType

__all__ = ["EarlyWriteback"]

_sync_data = getattr(os, "fdatasync", os.fsync)  # the data only, where the system can


class EarlyWriteback:
    """While the ``with`` block runs, sync the file behind ``fd`` whenever it changed
    (every ``interval`` seconds at most). The thread has stopped when the block ends, before
    the caller closes ``fd``. Errors are left for the writer's own final sync to report."""

    def __init__(self, fd: int, *, interval: float = 0.04, owns_fd: bool = False) -> None:
        self._fd = fd
        self._interval = interval
        self._owns_fd = owns_fd
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="writeback", daemon=True)

    @classmethod
    def of_path(cls, path: Path) -> contextlib.AbstractContextManager[object]:
        """The same for a file another part of the program writes (the vault's log);
        nothing at all if it cannot be opened here."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return contextlib.nullcontext()
        return cls(fd, owns_fd=True)

    def _run(self) -> None:
        last: tuple[int, int] | None = None
        while not self._stop.wait(self._interval):
            try:
                stat = os.fstat(self._fd)
                state = (stat.st_size, stat.st_mtime_ns)
                if state != last:
                    _sync_data(self._fd)
                    last = state
            except OSError:
                return

    def __enter__(self) -> EarlyWriteback:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()
        if self._owns_fd:
            os.close(self._fd)
