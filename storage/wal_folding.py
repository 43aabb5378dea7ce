"""When the pages a large write put in the write-ahead log are copied into the vault file.

Every commit is durable when it returns (WAL mode, ``synchronous = FULL``): its pages are
in the log, synced. SQLite copies them into the vault file itself (a checkpoint) at the
first commit that finds 1,000 pages or more in the log. After a transaction that stored
documents (a bundle import, a 100 MB scan) that copy is as large as the write and would
double the time the user waits for it. Such a commit therefore does not checkpoint: the
copy is made by ``Vault.fold_log`` (the desktop calls it at the end of the job that stored
the documents, on its worker, so that no later save on the GUI thread pays for it), by
the next commit, or when the vault is closed, which always folds the whole log into the
file (storage/vault.py). Nothing runs in the background, so the file changes only when
the app writes or closes it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

__all__ = ["commit_without_checkpoint", "log_of"]

AUTOCHECKPOINT_PAGES = 1000  # SQLite's default


@contextlib.contextmanager
def commit_without_checkpoint(conn: sqlite3.Connection) -> Iterator[None]:
    """Around a large transaction's ``COMMIT``: no automatic checkpoint inside it."""
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")


def log_of(vault_path: Path) -> Path:
    """The write-ahead log beside a vault file (ciphertext pages)."""
    return Path(os.path.realpath(vault_path) + "-wal")
