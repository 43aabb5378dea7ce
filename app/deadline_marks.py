"""Deadlines marked done, kept encrypted in the vault: one record per case (under the case's
key, so deleting the case shreds them too) mapping each done deadline's id to the day it was
marked. A done deadline leaves the pending and overdue lists; it stays in the history
(``deadlines --all``). See docs/deadlines.md.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from storage.errors import RecordTampered

RECORD_KIND = "deadline_marks"


class MarkStore(Protocol):
    """What this needs of :class:`app.session.Session`."""

    def put_case_record(self, case_id: str, kind: str, payload: Any) -> None: ...

    def get_case_record(self, case_id: str, kind: str) -> Any: ...

    def vault_records(self, kind: str) -> list[Any]: ...


def done_deadlines(session: MarkStore) -> dict[str, str]:
    """Every done deadline of the vault: id -> the day it was marked (ISO). A damaged
    record (``check`` reports it) is skipped: its deadlines show as not done."""
    found: dict[str, str] = {}
    try:
        payloads = session.vault_records(RECORD_KIND)
    except RecordTampered:
        vault = getattr(session, "vault", None)
        if vault is None:
            return found
        payloads = [
            item.payload
            for item in vault.records_tolerant(kind=RECORD_KIND)
            if not isinstance(item, RecordTampered)
        ]
    for payload in payloads:
        done = payload.get("done") if isinstance(payload, dict) else None
        if isinstance(done, dict):
            found.update({str(k): str(v) for k, v in done.items()})
    return found


def set_done(
    session: MarkStore, case_id: str, deadline_id: str, on: date, *, done: bool = True
) -> bool:
    """Mark (or, with ``done=False``, unmark) one deadline of ``case_id``. Returns whether
    anything changed."""
    try:
        payload = session.get_case_record(case_id, RECORD_KIND) or {}
    except RecordTampered:  # damaged: replaced by this mark alone
        payload = {}
    marks: dict[str, str] = dict(payload.get("done") or {})
    if done == (deadline_id in marks):
        return False
    if done:
        marks[deadline_id] = on.isoformat()
    else:
        del marks[deadline_id]
    session.put_case_record(case_id, RECORD_KIND, {"case_id": case_id, "done": marks})
    return True
