"""``casework backup``: a consistent copy of the open vault file, written safely."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from storage import files
from storage.errors import VaultExists, VaultWriteFailed, reason_of


def write_backup(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the vault open on ``conn`` to ``target``, which must not exist.

    The copy is written to ``<target>.partial`` (created ``0600``, in a folder created
    ``0700``), then renamed. The partial file is a page-by-page copy of the encrypted vault —
    never plaintext; on any error (a full disk) it is removed and :class:`VaultWriteFailed`
    raised, so nothing half-written is left beside the target."""
    if target.exists():
        raise VaultExists(str(target))
    partial = target.with_name(target.name + ".partial")
    files.remove_with_side_files(partial)
    try:
        files.private_folder(target.parent)
        files.create_private(partial)
        out = sqlite3.connect(partial)
        try:
            conn.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        files.remove_with_side_files(partial)
        raise VaultWriteFailed(str(target), reason_of(exc)) from exc
    return target
