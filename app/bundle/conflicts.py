"""Conflicts to review after imports, and their resolution.

Two kinds:

- ``edit``: a field (or list element) edited concurrently in two vaults. The case shows
  the winner (latest clock); each concurrent losing value is kept as an alternative.
  Resolving writes a new edit — the current value or a chosen alternative — that has seen
  every alternative, so the conflict closes here and, once synced, everywhere.
- ``deleted_by_sender``: a contact deleted a case this vault still holds. Resolving either
  keeps the case (the note is dropped) or deletes it here too.

Each conflict has a short id stable across runs (a hash of case id and field), so a
script can list and then resolve. Runs on the thread that owns the session.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.bundle.casestate import MERGE_KIND, local_state, store_state
from app.case_json import case_to_json
from app.merge import conflicting, edit
from app.session import Change

if TYPE_CHECKING:
    from app.session import Session

__all__ = ["Conflict", "ConflictError", "list_conflicts", "resolve_conflict"]

REMOTE_DELETION_KIND = "remote_deletion"


class ConflictError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Conflict:
    id: str
    kind: str
    case_id: str
    name: str
    field: str
    current: Any = None
    alternatives: tuple[dict[str, Any], ...] = ()
    by: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "case_id": self.case_id,
            "name": self.name,
            "field": self.field,
        }
        if self.kind == "edit":
            out["current"] = self.current
            out["alternatives"] = list(self.alternatives)
        else:
            out["by"] = self.by
        return out


def conflict_id(case_id: str, unit: str) -> str:
    return hashlib.sha256(f"{case_id}|{unit}".encode()).hexdigest()[:10]


def list_conflicts(session: Session) -> list[Conflict]:
    """Every open conflict, by case name then field."""
    found: list[Conflict] = []
    for record in session.vault_records(MERGE_KIND):
        case_id = record.get("case_id")
        if not case_id or not session.has_case(case_id):
            continue
        state = local_state(session, case_id)
        name = session.list_row(case_id)["full_name"]
        for unit in sorted(record.get("fields", {})):
            versions = state.get(unit, ())
            losers = conflicting(versions)
            if not losers:
                continue
            found.append(
                Conflict(
                    id=conflict_id(case_id, unit),
                    kind="edit",
                    case_id=case_id,
                    name=name,
                    field=unit,
                    current=versions[0].value,
                    alternatives=tuple(
                        {"number": i, "value": v.value, "stamp": v.stamp, "device": v.device}
                        for i, v in enumerate(losers, start=1)
                    ),
                )
            )
    for marker in session.vault_records(REMOTE_DELETION_KIND):
        case_id = marker["case_id"]
        if not session.has_case(case_id):
            continue
        found.append(
            Conflict(
                id=conflict_id(case_id, "case"),
                kind="deleted_by_sender",
                case_id=case_id,
                name=session.list_row(case_id)["full_name"],
                field="case",
                by=str(marker.get("by", "")),
            )
        )
    found.sort(key=lambda c: (c.name.casefold(), c.field))
    return found


def _find(session: Session, conflict: str) -> Conflict:
    matches = [c for c in list_conflicts(session) if c.id.startswith(conflict.strip())]
    if not conflict.strip() or not matches:
        raise ConflictError("conflict.unknown", f"no open conflict with id {conflict!r}")
    if len(matches) > 1:
        raise ConflictError("conflict.ambiguous", f"the id {conflict!r} is ambiguous")
    return matches[0]


def resolve_conflict(
    session: Session,
    conflict: str,
    *,
    use: int | None = None,
    delete_case: bool = False,
) -> Conflict:
    """Resolve one conflict (by id or unique id prefix). For an edit conflict, keep the
    current value (``use`` None) or take alternative number ``use``. For a case the sender
    deleted, keep it (default) or ``delete_case``. Returns the conflict as it was."""
    found = _find(session, conflict)
    if found.kind == "deleted_by_sender":
        if use is not None:
            raise ConflictError("conflict.bad_choice", "this conflict has no alternatives")
        with session.transaction():
            session.delete_vault_record(REMOTE_DELETION_KIND, found.case_id)
            if delete_case:
                session.delete_case(found.case_id)
        return found
    if delete_case:
        raise ConflictError("conflict.bad_choice", "--delete-case is for deleted cases only")
    state = dict(local_state(session, found.case_id))
    versions = state[found.field]
    losers = conflicting(versions)
    if use is not None and not 1 <= use <= len(losers):
        raise ConflictError(
            "conflict.bad_choice", f"choose an alternative between 1 and {len(losers)}"
        )
    value = versions[0].value if use is None else losers[use - 1].value
    state[found.field] = edit(versions, value, str(session.clock.now()))
    old_json = case_to_json(session.get_case(found.case_id))
    with session.transaction():
        store_state(
            session,
            found.case_id,
            state,
            old_json=old_json,
            source="conflict",
            extra_changes=[Change(f"resolved:{found.field}", versions[0].value, value)],
        )
    return found
