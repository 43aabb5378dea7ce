"""Procedural deadlines and alerts from a case's decisions, custody and sentence
(docs/deadlines.md).

Each deadline follows from one decision (an event) and names it (``source_event_id``):

- ``appeal``: 20 days from a ``verdict`` (the day of delivery).
- ``cassation``: 1 month from an ``appeal_decision``.
- ``echr``: 4 months from the final domestic decision: a ``cassation_decision``, a
  ``final_decision``, or a ``detention_appeal_decision`` — the appeal court's decision on
  pretrial detention is final (CPC 157.6), so it opens the ECHR clock for Art. 5 complaints,
  not a cassation. 6 months for decisions before 1 February 2022 (Protocol No. 15).
- ``reminder``: a user's ``reminder`` event, due on its date, with its text.

And two alerts (:data:`app.deadline_kinds.ALERT_KINDS`), due on the day something should
have happened:

- ``detention_end``: the ``ordered_until`` of the current court order (an ongoing custody
  period) while the case is ``pretrial``. An extension is recorded by entering the new
  ``ordered_until`` (or a new custody period); once the day passes without one, it is overdue.
- ``term_served``: the computed last day of the sentence (or, when the credit for time in
  custody covers the whole term, the day it did) while the case is still ``imprisoned``.

A filing (``appeal_filed``, ``cassation_filed``, ``echr_application``) answers the deadline of
the decision it names in ``answers`` (an event id), and of no other decision; without
``answers`` it answers the latest decision of the matching kind dated on or before it.

Periods run from the day after the decision: the due date is ``add(decision date, period)``
(the calendar addition of docs/sentence-conventions.md). No extension for weekends or
holidays: the due date is shown as computed, so a lawyer files early rather than late.

Each deadline has a stable :attr:`Deadline.id` (a hash of case, kind and decision) so it can
be marked done (:mod:`app.deadline_marks`). Pure; safe on any thread. Calendar export:
:mod:`app.ics`; names of the kinds: :mod:`app.deadline_kinds`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from app.deadline_kinds import ALERT_KINDS, KINDS
from app.model import Case, Event
from app.sentence.calendar import add
from app.terms import Term

APPEAL_PERIOD = Term(days=20)
CASSATION_PERIOD = Term(months=1)
ECHR_PERIOD = Term(months=4)
ECHR_PERIOD_BEFORE_PROTOCOL_15 = Term(months=6)
PROTOCOL_15_IN_FORCE = date(2022, 2, 1)
OVERDUE_DAYS_SHOWN = 90  # deadlines (not alerts) overdue this long leave the pending list

# decision kind -> deadline kind it opens
DECISIONS = {
    "verdict": "appeal",
    "appeal_decision": "cassation",
    "cassation_decision": "echr",
    "final_decision": "echr",
    "detention_appeal_decision": "echr",
}
# filing kind -> the decision kinds it can answer
FILINGS = {
    "appeal_filed": ("verdict",),
    "cassation_filed": ("appeal_decision",),
    "echr_application": ("cassation_decision", "final_decision", "detention_appeal_decision"),
}


@dataclass(frozen=True)
class Deadline:
    """One deadline. ``source_event_id`` is the decision it follows (None for an alert from
    custody or the sentence); ``start`` is the date it counts from (the decision, the
    detention's start, the sentence's start). ``text`` is English; the UI builds its own
    from ``kind``, ``start`` and ``due`` (a reminder's ``text`` is the user's own)."""

    case_id: str
    name: str
    kind: str
    due: date
    source_event_id: str | None
    text: str
    start: date | None = None
    decision_kind: str | None = None  # the kind of the source event, if any

    @property
    def key(self) -> str:
        """What identifies this deadline across exports (stable when the due date is
        corrected): case, kind and source."""
        if self.source_event_id:
            source = self.source_event_id
        elif self.kind == "term_served":
            source = "sentence"
        else:
            source = f"custody:{self.start.isoformat() if self.start else ''}"
        return f"{self.case_id}|{self.kind}|{source}"

    @cached_property
    def id(self) -> str:
        """A short stable id (``deadlines --json``, ``deadlines done ID``)."""
        return deadline_id(self.key)

    @property
    def alert(self) -> bool:
        return self.kind in ALERT_KINDS


def deadline_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def _period(kind: str, decided: date) -> Term:
    if kind == "appeal":
        return APPEAL_PERIOD
    if kind == "cassation":
        return CASSATION_PERIOD
    return ECHR_PERIOD if decided >= PROTOCOL_15_IN_FORCE else ECHR_PERIOD_BEFORE_PROTOCOL_15


_SPANS = {"P20D": "20 days", "P1M": "1 month", "P4M": "4 months", "P6M": "6 months"}


def _text(kind: str, decision_kind: str, day: date, period: Term) -> str:
    decided = day.isoformat()
    span = _SPANS.get(str(period), str(period))
    if kind == "appeal":
        return f"Appeal against the verdict delivered on {decided}: {span}"
    if kind == "cassation":
        return f"Cassation appeal against the appeal decision of {decided}: {span}"
    if decision_kind == "detention_appeal_decision":
        return (
            f"Application to the European Court of Human Rights (Art. 5): {span} from the "
            f"appeal court's final decision on pretrial detention of {decided}"
        )
    return (
        f"Application to the European Court of Human Rights: {span} from the final "
        f"domestic decision of {decided}"
    )


def answered_decisions(events: Iterable[Event]) -> set[str]:
    """Ids of the decisions a recorded filing answers: the one each filing names in
    ``answers`` (when its kind matches the filing), else the latest decision of a matching
    kind dated on or before the filing."""
    ordered = list(events)
    by_id = {event.id: event for event in ordered}
    answered: set[str] = set()
    for filing in ordered:
        kinds = FILINGS.get(filing.kind)
        if kinds is None:
            continue
        if filing.answers:
            named = by_id.get(filing.answers)
            if named is not None and named.kind in kinds:
                answered.add(named.id)
            continue
        earlier = [
            (event.date, index, event.id)
            for index, event in enumerate(ordered)
            if event.kind in kinds and event.date <= filing.date
        ]
        if earlier:
            answered.add(max(earlier)[2])
    return answered


def _detention_alert(case: Case) -> Deadline | None:
    if case.status != "pretrial":
        return None
    orders = [p for p in case.custody if p.ordered_until is not None and p.end is None]
    if not orders:
        return None
    current = max(orders, key=lambda p: (p.ordered_until or date.min, p.start))
    assert current.ordered_until is not None
    until = current.ordered_until.isoformat()
    return Deadline(
        case.id,
        case.person.full_name,
        "detention_end",
        current.ordered_until,
        None,
        f"Court-ordered pretrial detention ends (ordered until {until}); "
        "without an extension recorded by then, the person must be released",
        current.start,
    )


def _term_alert(case: Case, computation: Any) -> Deadline | None:
    sentence = case.sentence
    if case.status != "imprisoned" or sentence is None or computation is None:
        return None
    if getattr(sentence, "life", False):
        return None
    last_day: date | None = getattr(computation, "last_day", None)
    start: date | None = getattr(computation, "start_date", None) or sentence.start_date
    by_credit = bool(getattr(computation, "term_served_by_credit", False)) or (
        last_day is not None and start is not None and last_day < start
    )
    if by_credit and start is not None:
        due = start if last_day is None else min(last_day, start)
        text = (
            f"The credit for time in custody covers the whole term (sentence from "
            f"{start.isoformat()}): the person should be free, yet is recorded as imprisoned"
        )
    elif last_day is not None:
        due = last_day
        text = (
            f"The sentence's last day is {last_day.isoformat()}: after it the person should "
            "be free, yet is recorded as imprisoned"
        )
    else:
        return None
    return Deadline(case.id, case.person.full_name, "term_served", due, None, text, start)


def _alerts(case: Case, computation: Any, today: date | None) -> list[Deadline]:
    found = []
    for alert in (_detention_alert(case), _term_alert(case, computation)):
        if alert is None or (alert.kind == "term_served" and today and alert.due >= today):
            continue
        found.append(alert)
    return found


def all_deadlines(
    case: Case, computation: Any = None, *, today: date | None = None
) -> list[Deadline]:
    """Every deadline and alert of the case, past ones included, sorted. ``computation`` is
    the case's sentence computation (for ``term_served``); with ``today``, ``term_served`` is
    there only once the day has passed (it is an alert, not a date to wait for), without it
    always (a list row's, which does not depend on today: the list shows it once passed)."""
    name = case.person.full_name
    found = _alerts(case, computation, today)
    answered = answered_decisions(case.events)
    for event in case.events:
        if event.kind == "reminder":
            text = event.text.strip() or "Reminder"
            found.append(
                Deadline(case.id, name, "reminder", event.date, event.id, text, event.date)
            )
            continue
        kind = DECISIONS.get(event.kind)
        if kind is None or event.id in answered:
            continue
        period = _period(kind, event.date)
        found.append(
            Deadline(
                case.id,
                name,
                kind,
                add(event.date, period),
                event.id,
                _text(kind, event.kind, event.date, period),
                event.date,
                event.kind,
            )
        )
    return sort_deadlines(found)


def deadlines_for(case: Case, today: date, *, include_past: bool = False) -> list[Deadline]:
    """The case's deadlines due on or after ``today`` (all of them with ``include_past``),
    sorted by due date, then kind. The sentence is computed as of ``today``."""
    from app.sentence import compute_sentence  # local: most callers never need it

    computation = compute_sentence(case, on=today) if case.sentence is not None else None
    found = all_deadlines(case, computation, today=today)
    if not include_past:
        found = [d for d in found if d.due >= today]
    return found


def is_pending(deadline: Deadline, today: date, done: Collection[str] = ()) -> bool:
    """Still to act on: not marked done, and upcoming, or overdue by at most
    :data:`OVERDUE_DAYS_SHOWN` days, or an alert (however long ago it fell due)."""
    if deadline.id in done:
        return False
    oldest = today - timedelta(days=OVERDUE_DAYS_SHOWN)
    return deadline.due >= oldest or deadline.alert


def row_deadlines(case: Case, computation: Any = None) -> list[list[str]]:
    """What a case's list row keeps of its deadlines, whatever today is: ``[due, kind, id,
    note, decided, decision, source]`` each — ISO dates; ``note`` is a reminder's text,
    ``decided`` and ``decision`` the date and kind of the decision it follows, ``source``
    the id of the event it follows (else empty)."""
    return [
        [
            d.due.isoformat(),
            d.kind,
            d.id,
            d.text if d.kind == "reminder" else "",
            d.start.isoformat() if d.decision_kind and d.start else "",
            d.decision_kind or "",
            d.source_event_id or "",
        ]
        for d in all_deadlines(case, computation)
    ]


# The only statuses with alerts: a case of another status needs no light case.
ALERT_STATUSES = frozenset({"pretrial", "imprisoned"})


def deadlines_from_facts(
    case_id: str,
    name: str,
    entries: Iterable[Sequence[str]],
    today: date,
    light: Case | None = None,
) -> list[Deadline] | None:
    """What :func:`deadlines_for` (with ``include_past``) gives for the whole case, from its
    list row's deadline ``entries`` (:func:`row_deadlines`: the decisions and reminders,
    whose events the light case leaves out) and, for a case whose status is in
    :data:`ALERT_STATUSES`, its ``light`` case (:mod:`app.case_facts`: the alerts follow
    from its custody and sentence as of ``today``). None when an entry is of a row stored
    before entries named their event: then ask the whole case."""
    found: list[Deadline] = []
    if light is not None:
        computation = None
        if light.status == "imprisoned" and light.sentence is not None:
            from app.sentence import compute_sentence  # local: most callers never need it

            computation = compute_sentence(light, on=today)
        found = _alerts(light, computation, today)
    for entry in entries:
        kind = entry[1]
        if kind in ALERT_KINDS:
            continue
        if len(entry) < 7:
            return None
        due = date.fromisoformat(entry[0])
        if kind == "reminder":
            found.append(Deadline(case_id, name, kind, due, entry[6], entry[3], due))
            continue
        decided, decision = date.fromisoformat(entry[4]), entry[5]
        period = _period(kind, decided)
        text = _text(kind, decision, decided, period)
        found.append(Deadline(case_id, name, kind, due, entry[6], text, decided, decision))
    return sort_deadlines(found)


def sort_deadlines(deadlines: list[Deadline]) -> list[Deadline]:
    """By due date, then kind (in :data:`app.deadline_kinds.KINDS` order), case and source."""
    return sorted(
        deadlines,
        key=lambda d: (d.due, KINDS.index(d.kind), d.case_id, d.source_event_id or ""),
    )


def deadlines_json(
    deadlines: list[Deadline], *, today: date | None = None, done: Collection[str] = ()
) -> list[dict[str, Any]]:
    """``[{"id", "case_id", "name", "kind", "due", "source_event_id", "decision_kind",
    "text", "start", "alert", "overdue", "done"}]`` (``overdue`` only with ``today``)."""
    return [
        {
            "id": d.id,
            "case_id": d.case_id,
            "name": d.name,
            "kind": d.kind,
            "due": d.due.isoformat(),
            "source_event_id": d.source_event_id,
            "decision_kind": d.decision_kind,
            "text": d.text,
            "start": None if d.start is None else d.start.isoformat(),
            "alert": d.alert,
            "overdue": None if today is None else (d.due < today and d.id not in done),
            "done": d.id in done,
        }
        for d in deadlines
    ]
