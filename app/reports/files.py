"""Writing a report or export the user asked for to the place they chose.

Such a file is plaintext outside the vault (DESIGN §2, §8): callers tell the user so,
once. The bytes are complete before anything is written, and the file appears under its
name only when fully written (through ``NAME.partial`` beside it), so an interrupted write
leaves no half file under the chosen name.
"""

from __future__ import annotations

import os
from pathlib import Path

OUTSIDE_VAULT_NOTICE = (
    "{path} is outside the vault and not encrypted: anyone with this computer or the file "
    "can read it. Keep it safe, and delete it when it is no longer needed."
)


def outside_vault_notice(path: str | Path) -> str:
    return OUTSIDE_VAULT_NOTICE.format(path=path)


def write_output_file(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` (replacing a file there). Raises ``OSError``."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target
