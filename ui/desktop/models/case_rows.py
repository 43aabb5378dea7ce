"""The case list's rows, made once per case (on unlock and when a case is saved).

They are built from the vault's list rows (:meth:`app.session.Session.list_rows`: name,
groups, articles, status, last day, milestones and deadlines, computed by the core when a
case is saved), so unlock needs no sentence arithmetic and no whole case. A
:class:`CaseRow` holds the text of every column and a sort key per column as plain values,
so the table model's ``data()`` only indexes tuples (the issue's "≤ 0.05 ms per cell").
Building rows uses :mod:`ui.desktop.labels` (read-only) and may run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

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
MILESTONES = ("half", "two_thirds", "three_quarters")
OVERDUE_DAYS_SHOWN = 90  # unfiled deadlines that passed this long ago are still shown


def name_key(name: str) -> tuple[str, str]:
    """Sorts Azerbaijani names the way readers expect (Ə beside E, Ş beside S), fast enough
    for 10,000 rows; ties keep the exact spelling's order."""
    folded = name.casefold()
    return folded.translate(_AZ_SORT), folded


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def row_deadlines(case_id: str, pairs: Iterable[Any], today: date) -> tuple[UpcomingDate, ...]:
    """Deadlines (``[due, kind]`` pairs of the list row) as dated items: upcoming ones, and
    those passed in the last 90 days without a recorded filing (overdue)."""
    oldest = today.toordinal() - OVERDUE_DAYS_SHOWN
    found = []
    for due_text, kind in pairs or ():
        due = date.fromisoformat(due_text)
        if due.toordinal() >= oldest:
            found.append(
                UpcomingDate(case_id, due, labels.label("deadline", kind), "deadline", due < today)
            )
    found.sort(key=lambda d: d.day)
    return tuple(found)


def build_row(
    row: dict[str, Any],
    today: date,
    eligibility: tuple[str, date | None] | None = None,
) -> CaseRow:
    """The table row of one case from its list row (see the module docstring) as of
    ``today``; ``eligibility`` is (status, date) under the selected rule, or None while it
    is being evaluated."""
    case_id = str(row["case_id"])
    name = str(row.get("full_name") or "")
    group_codes = tuple(row.get("groups") or ())
    groups = labels.groups_text(group_codes)
    articles = tuple(row.get("articles") or ())
    status = str(row.get("status") or "unknown")
    last_day = _day(row.get("last_day"))
    unserved = max(0, (last_day - today).days) if last_day else None
    milestones = tuple(
        (code, day)
        for code in MILESTONES
        if (day := _day(row.get(code))) is not None
        and today < day
        and (last_day is None or day < last_day)
    )
    milestone = milestones[0] if milestones else None
    deadlines = row_deadlines(case_id, row.get("deadlines") or (), today)
    overdue = [d for d in deadlines if d.overdue]
    upcoming = [d for d in deadlines if not d.overdue]
    deadline = overdue[0] if overdue else (upcoming[0] if upcoming else None)
    elig_status, elig_text, elig_key = _eligibility_cell(eligibility)
    display = (
        name,
        groups,
        ", ".join(articles),
        labels.label("status", status),
        labels.format_date(last_day),
        labels.format_span(today, last_day) if last_day and unserved else "",
        f"{labels.label('milestone', milestone[0])} · {labels.format_date(milestone[1])}"
        if milestone
        else "",
        elig_text,
        f"{labels.format_date(deadline.day)} · {deadline.what}" if deadline else "",
    )
    keys = (
        name_key(name),
        groups.casefold() or "\uffff",
        articles[0] if articles else "\uffff",
        status,
        last_day.toordinal() if last_day else _FAR,
        unserved if unserved is not None else _FAR,
        milestone[1].toordinal() if milestone else _FAR,
        elig_key,
        deadline.day.toordinal() if deadline else _FAR,
    )
    return CaseRow(
        case_id,
        display,
        keys,
        frozenset(group_codes),
        status,
        articles,
        tuple(row.get("aliases") or ()),
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
    rows: Iterable[dict[str, Any]],
    today: date,
    eligibility: dict[str, tuple[str, date | None]] | None = None,
    progress: Any = None,
    total: int = 0,
) -> list[CaseRow]:
    """Table rows for many list rows; ``progress(done, total)`` every 1000 rows (it may
    raise to cancel)."""
    built: list[CaseRow] = []
    found = eligibility or {}
    for done, row in enumerate(rows, start=1):
        built.append(build_row(row, today, found.get(str(row["case_id"]))))
        if progress is not None and done % 1000 == 0:
            progress(done, total)
    return built


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
