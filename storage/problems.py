"""What ``check`` and the vault's account report: one thing wrong, in words a user can act
on (see docs/vault-format.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong: ``what`` is a record id, a case key, an attachment, the account or
    the schema; ``message`` says it in words."""

    what: str
    kind: str
    case_id: str | None
    message: str
