"""Writing a report or export the user asked for to the place they chose.

Such a file is plaintext outside the vault (docs/vault-format.md, docs/reports.md): callers tell
the user so,
once. The bytes are complete before anything is written, and the file appears under its
name only when fully written, owner-only (0600), and an interrupted write leaves no half
file under the chosen name or beside it (:mod:`app.private_files`).
"""

from __future__ import annotations

from pathlib import Path

from app.private_files import write_private_file

OUTSIDE_VAULT_NOTICE = (
    "{path} is outside the vault and not encrypted: anyone with this computer or the file "
    "can read it. Keep it safe, and delete it when it is no longer needed."
)


def outside_vault_notice(path: str | Path) -> str:
    return OUTSIDE_VAULT_NOTICE.format(path=path)


def write_output_file(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` (replacing a file there), owner-only and complete or not
    at all (:mod:`app.private_files`). Raises ``OSError``."""
    return write_private_file(path, data)
