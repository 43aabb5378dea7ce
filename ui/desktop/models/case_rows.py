"""The case list's rows, computed once per case (on unlock and when a case is saved).

A :class:`CaseRow` holds the text of every column and a sort key per column as plain
values, so the table model's ``data()`` only indexes tuples (the issue's "≤ 0.05 ms per
cell"); nothing is computed while scrolling. Building rows calls the core (sentence
arithmetic, deadlines) and :mod:`ui.desktop.labels`; it may run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from app.deadlines import deadlines_for
from app.model import Case
from app.sentence import Computation, compute_sentence
from ui.desktop import labels

translate = QCoreApplication.translate

NAME, GROUPS, ARTICLES, STATUS, LAST_DAY, UNSERVED, MILESTONE, ELIGIBILITY, DEADLINE = range(9)
COLUMN_COUNT = 9

_FAR = 10**7  # sort key of a missing date or length: after every real one


class UpcomingDate(NamedTuple):
    """A dated item for the dashboard and deadline lists (plain values)."""

    case_id: str
    day: date
    what: str  # already in the current language
    kind: str  # "release", "milestone", "deadline", "eligibility"
    overdue: bool = False


class CaseRow(NamedTuple):
    case_id: str
    display: tuple[str, ...]
    keys: tuple[Any, ...]
    groups: frozenset[str]
    status: str
    articles: tuple[str, ...]
    aliases: tuple[str, ...]
    eligibility: str  # result status under the selected rule, "" while not evaluated
    overdue: bool  # the next deadline has passed
    last_day: date | None
    milestones: tuple[tuple[str, date], ...]  # (code, day), upcoming only
    deadlines: tuple[UpcomingDate, ...]


_AZ_SORT = str.maketrans("əıöüçşğƏIÖÜÇŞĞİ", "eioucsgeioucsgi")


def name_key(name: str) -> tuple[str, str]:
    """Sorts Azerbaijani names the way readers expect (Ə beside E, Ş beside S), fast enough
    for 10,000 rows; ties keep the exact spelling's order."""
    folded = name.casefold()
    return folded.translate(_AZ_SORT), folded


def next_milestone(comp: Computation | None, today: date) -> tuple[str, date] | None:
    if comp is None:
        return None
    for code in ("half", "two_thirds", "three_quarters"):
        day: date = getattr(comp, code)
        if day > today and day < comp.last_day:
            return code, day
    return None


OVERDUE_DAYS_SHOWN = 90  # unfiled deadlines that passed this long ago are still shown


def case_deadlines(case: Case, today: date) -> list[UpcomingDate]:
    """The case's procedural deadlines (:mod:`app.deadlines`) as plain dated items: upcoming
    ones, and those passed in the last 90 days without a recorded filing (overdue)."""
    found: list[UpcomingDate] = []
    oldest = today.toordinal() - OVERDUE_DAYS_SHOWN
    for item in deadlines_for(case, today, include_past=True):
        if item.due.toordinal() < oldest:
            continue
        what = item.text if item.kind == "reminder" else labels.label("deadline", item.kind)
        found.append(UpcomingDate(case.id, item.due, what, "deadline", item.due < today))
    return found


def build_row(
    case: Case,
    today: date,
    eligibility: tuple[str, date | None] | None = None,
    *,
    known_last_day: str | None = None,
    quick: bool = False,
) -> CaseRow:
    """One row for ``case`` as of ``today``; ``eligibility`` is (status, date) under the
    selected rule, or None while it is being evaluated.

    ``quick``: use ``known_last_day`` (ISO, from the vault's list row) and leave milestones
    and deadlines empty, so the list shows at once after unlock; the full row follows."""
    person = case.person
    groups = labels.groups_text(person.groups)
    articles = case.sentence.articles if case.sentence else ()
    if quick:
        comp = None
        last_day = date.fromisoformat(known_last_day) if known_last_day else None
        unserved = max(0, (last_day - today).days) if last_day else None
        deadlines: tuple[UpcomingDate, ...] = ()
    else:
        comp = compute_sentence(case, on=today)
        last_day = comp.last_day if comp else None
        unserved = comp.unserved_days if comp else None
        deadlines = tuple(case_deadlines(case, today))
    milestone = next_milestone(comp, today)
    milestones = tuple(
        (code, getattr(comp, code))
        for code in ("half", "two_thirds", "three_quarters")
        if comp is not None and today < getattr(comp, code) < comp.last_day
    )
    upcoming = [d for d in deadlines if not d.overdue]
    overdue = [d for d in deadlines if d.overdue]
    deadline = overdue[0] if overdue else (upcoming[0] if upcoming else None)
    elig_status, elig_text, elig_key = _eligibility_cell(eligibility)
    display = (
        person.full_name,
        groups,
        ", ".join(articles),
        labels.label("status", case.status),
        labels.format_date(last_day),
        labels.format_span(today, last_day) if last_day and unserved else "",
        f"{labels.label('milestone', milestone[0])} · {labels.format_date(milestone[1])}"
        if milestone
        else "",
        elig_text,
        f"{labels.format_date(deadline.day)} · {deadline.what}" if deadline else "",
    )
    keys = (
        name_key(person.full_name),
        groups.casefold() or "\uffff",
        articles[0] if articles else "\uffff",
        case.status,
        last_day.toordinal() if last_day else _FAR,
        unserved if unserved is not None else _FAR,
        milestone[1].toordinal() if milestone else _FAR,
        elig_key,
        deadline.day.toordinal() if deadline else _FAR,
    )
    return CaseRow(
        case.id,
        display,
        keys,
        frozenset(person.groups),
        case.status,
        tuple(articles),
        person.aliases,
        elig_status,
        bool(overdue),
        last_day,
        milestones,
        deadlines,
    )


_ELIGIBILITY_ORDER = {"eligible": 0, "eligible_from": 1, "needs_review": 2, "not_eligible": 3}


def _eligibility_cell(result: tuple[str, date | None] | None) -> tuple[str, str, Any]:
    if result is None:
        return "", "", (9, _FAR)
    status, day = result
    if status == "eligible_from" and day is not None:
        text = translate("Labels", "From %1").replace("%1", labels.format_date(day))
    else:
        text = labels.label("result", status)
    order = _ELIGIBILITY_ORDER.get(status, 8)
    return status, text, (order, day.toordinal() if day else _FAR)


def with_eligibility(row: CaseRow, result: tuple[str, date | None] | None) -> CaseRow:
    """The same row with another eligibility cell (no recomputation)."""
    status, text, key = _eligibility_cell(result)
    display = (*row.display[:ELIGIBILITY], text, *row.display[ELIGIBILITY + 1 :])
    keys = (*row.keys[:ELIGIBILITY], key, *row.keys[ELIGIBILITY + 1 :])
    return row._replace(display=display, keys=keys, eligibility=status)


def build_rows(
    cases: Iterable[Case],
    today: date,
    eligibility: dict[str, tuple[str, date | None]] | None = None,
    progress: Any = None,
    total: int = 0,
    known_last_days: dict[str, str | None] | None = None,
) -> list[CaseRow]:
    """Rows for many cases; ``progress(done, total)`` every 500 rows (may raise to cancel).
    With ``known_last_days`` (case id -> ISO last day) the rows are quick ones."""
    rows: list[CaseRow] = []
    found = eligibility or {}
    quick = known_last_days is not None
    last_days = known_last_days or {}
    for done, case in enumerate(cases, start=1):
        rows.append(
            build_row(
                case, today, found.get(case.id), known_last_day=last_days.get(case.id), quick=quick
            )
        )
        if progress is not None and done % 500 == 0:
            progress(done, total)
    return rows


def upcoming_dates(rows: Sequence[CaseRow], today: date, days: int) -> list[UpcomingDate]:
    """Releases and milestones in the next ``days`` days, soonest first."""
    horizon = today.toordinal() + days
    found: list[UpcomingDate] = []
    for row in rows:
        if (
            row.last_day is not None
            and today <= row.last_day
            and (row.last_day.toordinal() <= horizon)
        ):
            found.append(
                UpcomingDate(
                    row.case_id, row.last_day, labels.label("milestone", "last_day"), "release"
                )
            )
        for code, day in row.milestones:
            if day.toordinal() <= horizon:
                found.append(
                    UpcomingDate(row.case_id, day, labels.label("milestone", code), "milestone")
                )
    found.sort(key=lambda d: (d.day, d.case_id))
    return found
