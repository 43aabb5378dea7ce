"""Procedural deadlines from a case's dated events and custody (DESIGN §5, issue #3).

- ``detention_end``: the last day of the current court-ordered pretrial detention
  (``CustodyPeriod.ordered_until`` of an ongoing period), only while the case is ``pretrial``.
- ``appeal``: 20 days from a ``verdict`` event (the event's date is the day of delivery).
- ``cassation``: 1 month from an ``appeal_decision``.
- ``echr``: 4 months from a ``final_decision`` or a ``cassation_decision`` (the Supreme
  Court's cassation decision is the final domestic decision); 6 months for decisions before
  1 February 2022, when Protocol No. 15 shortened the limit.
- ``reminder``: a user's ``reminder`` event, due on its date.

Periods run from the day after the event: the due date is ``add(event date, period)``
(DESIGN §4's calendar addition). No extension for weekends or holidays: the due date is
shown as computed, so a lawyer files early rather than late. A deadline whose filing is
recorded (``appeal_filed``, ``cassation_filed``, ``echr_application`` on or after the
decision) is left out. Pure; safe on any thread. Calendar export: :mod:`app.ics`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.model import Case, Event
from app.sentence.calendar import add
from app.terms import Term

APPEAL_PERIOD = Term(days=20)
CASSATION_PERIOD = Term(months=1)
ECHR_PERIOD = Term(months=4)
ECHR_PERIOD_BEFORE_PROTOCOL_15 = Term(months=6)
PROTOCOL_15_IN_FORCE = date(2022, 2, 1)

KINDS = ("detention_end", "appeal", "cassation", "echr", "reminder")

# decision kind -> (deadline kind, filing kind that meets it)
_FROM_DECISION = {
    "verdict": ("appeal", "appeal_filed"),
    "appeal_decision": ("cassation", "cassation_filed"),
    "cassation_decision": ("echr", "echr_application"),
    "final_decision": ("echr", "echr_application"),
}


@dataclass(frozen=True)
class Deadline:
    """One deadline. ``source_event_id`` is the event it comes from (None for the end of
    detention, which comes from a custody period); ``start`` is the date it counts from
    (the decision, or the detention's start). ``text`` is English; the UI can build its own
    from ``kind``, ``start`` and ``due``."""

    case_id: str
    name: str
    kind: str
    due: date
    source_event_id: str | None
    text: str
    start: date | None = None

    @property
    def key(self) -> str:
        """What identifies this deadline across exports (stable when the due date is
        corrected): case, kind and source."""
        source = self.source_event_id or f"custody:{self.start.isoformat() if self.start else ''}"
        return f"{self.case_id}|{self.kind}|{source}"


def _period(kind: str, decided: date) -> Term:
    if kind == "appeal":
        return APPEAL_PERIOD
    if kind == "cassation":
        return CASSATION_PERIOD
    return ECHR_PERIOD if decided >= PROTOCOL_15_IN_FORCE else ECHR_PERIOD_BEFORE_PROTOCOL_15


def _text(kind: str, event: Event, period: Term) -> str:
    decided = event.date.isoformat()
    span = {"P20D": "20 days", "P1M": "1 month", "P4M": "4 months", "P6M": "6 months"}.get(
        str(period), str(period)
    )
    if kind == "appeal":
        return f"Appeal against the verdict delivered on {decided}: {span}"
    if kind == "cassation":
        return f"Cassation appeal against the appeal decision of {decided}: {span}"
    return (
        f"Application to the European Court of Human Rights: {span} from the final "
        f"domestic decision of {decided}"
    )


def deadlines_for(case: Case, today: date, *, include_past: bool = False) -> list[Deadline]:
    """The case's deadlines due on or after ``today`` (all of them with ``include_past``),
    sorted by due date, then kind."""
    name = case.person.full_name
    found: list[Deadline] = []
    if case.status == "pretrial":
        ongoing = [
            p
            for p in case.custody
            if p.ordered_until is not None and (p.end is None or p.end >= today)
        ]
        if ongoing:
            current = max(ongoing, key=lambda p: (p.start, p.ordered_until or date.min))
            assert current.ordered_until is not None
            found.append(
                Deadline(
                    case.id,
                    name,
                    "detention_end",
                    current.ordered_until,
                    None,
                    f"Court-ordered pretrial detention ends (ordered until "
                    f"{current.ordered_until.isoformat()})",
                    current.start,
                )
            )
    filings: dict[str, list[date]] = {}
    for event in case.events:
        filings.setdefault(event.kind, []).append(event.date)
    for event in case.events:
        if event.kind == "reminder":
            text = event.text.strip() or "Reminder"
            found.append(
                Deadline(case.id, name, "reminder", event.date, event.id, text, event.date)
            )
            continue
        rule = _FROM_DECISION.get(event.kind)
        if rule is None:
            continue
        kind, filing = rule
        if any(filed >= event.date for filed in filings.get(filing, ())):
            continue  # already filed
        period = _period(kind, event.date)
        due = add(event.date, period)
        found.append(
            Deadline(case.id, name, kind, due, event.id, _text(kind, event, period), event.date)
        )
    if not include_past:
        found = [d for d in found if d.due >= today]
    return sort_deadlines(found)


def sort_deadlines(deadlines: list[Deadline]) -> list[Deadline]:
    """By due date, then kind (in :data:`KINDS` order), case and source."""
    return sorted(
        deadlines,
        key=lambda d: (d.due, KINDS.index(d.kind), d.case_id, d.source_event_id or ""),
    )


def deadlines_json(deadlines: list[Deadline]) -> list[dict[str, Any]]:
    """``[{"case_id", "name", "kind", "due", "source_event_id", "text", "start"}]``."""
    return [
        {
            "case_id": d.case_id,
            "name": d.name,
            "kind": d.kind,
            "due": d.due.isoformat(),
            "source_event_id": d.source_event_id,
            "text": d.text,
            "start": None if d.start is None else d.start.isoformat(),
        }
        for d in deadlines
    ]
