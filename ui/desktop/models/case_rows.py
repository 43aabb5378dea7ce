"""The case list's rows: one :class:`TableRow` per case, made from the vault's list row.

The list row (:meth:`app.session.Session.list_rows`: name, groups, articles, status, last
day, milestones and deadlines, computed by the core when a case is saved) is all a row
needs, so unlock does no sentence arithmetic and reads no whole case. Making a row costs
about a microsecond: it keeps the list row and computes each part the first time it is
asked for, then keeps it:

- a column's sort key (:meth:`TableRow.key`), when the list is sorted on that column (the
  name's, for every row, at unlock);
- the dates (last day, upcoming milestones, deadlines), when a page or a sort needs them;
- a cell's text (:meth:`TableRow.cell`), when a view first shows it.

So the list can be shown as soon as the vault is open, a shown cell is a list index (the
issue's "data() ≤ 0.05 ms per cell"), and a 10,000-row list never formats the rows nobody
looks at.

Threads: rows are made on the unlock worker and read on the GUI thread. A part computed on
two threads at once comes out equal, and storing it is one assignment; :mod:`ui.desktop.labels`
is read-only once built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple, overload

from PySide6.QtCore import QCoreApplication

from app.deadline_kinds import ALERT_KINDS
from app.list_row import ROW_FIELDS, ListRow
from ui.desktop import labels

translate = QCoreApplication.translate

NAME, GROUPS, ARTICLES, STATUS, LAST_DAY, UNSERVED, MILESTONE, ELIGIBILITY, DEADLINE = range(9)
COLUMN_COUNT = 9

_FAR = 10**7  # sort key of a missing date or length: after every real one
_UNSET: Any = object()  # a part not computed yet


class UpcomingDate(NamedTuple):
    """A dated item for the dashboard and deadline lists (plain values)."""

    case_id: str
    day: date
    what: str  # already in the current language
    kind: str  # "release", "milestone", "deadline", "eligibility"
    overdue: bool = False
    ref: str = ""  # a deadline's id (app.deadlines.Deadline.id), to mark it done


_AZ_SORT = str.maketrans("əıöüçşğƏIÖÜÇŞĞİ", "eioucsgeioucsgi")
MILESTONES = ("half", "two_thirds", "three_quarters")
OVERDUE_DAYS_SHOWN = 90  # unfiled deadlines that passed this long ago are still shown
_ELIGIBILITY_ORDER = {"eligible": 0, "eligible_from": 1, "needs_review": 2, "not_eligible": 3}

Eligibility = tuple[str, date | None]  # (result status, its date) under the selected rule


def name_key(name: str) -> tuple[str, str]:
    """Sorts Azerbaijani names the way readers expect (Ə beside E, Ş beside S), fast enough
    for 10,000 rows; ties keep the exact spelling's order."""
    folded = name.casefold()
    return folded.translate(_AZ_SORT), folded


class Today:
    """The day the rows are made for, and the same as ISO text: list rows keep dates as ISO
    text, which compares like the dates, so most of them need not be parsed."""

    __slots__ = ("day", "iso", "oldest_iso")

    def __init__(self, day: date) -> None:
        self.day = day
        self.iso = day.isoformat()
        # Deadlines due on or after this day are shown (the overdue ones of the last 90 days).
        self.oldest_iso = date.fromordinal(day.toordinal() - OVERDUE_DAYS_SHOWN).isoformat()


class _Dates(NamedTuple):
    last_day: date | None
    milestones: tuple[tuple[str, date], ...]  # (code, day), upcoming only
    deadlines: tuple[UpcomingDate, ...]  # upcoming and recently overdue, soonest first
    shown_deadline: UpcomingDate | None  # the column's: the first overdue, else the next
    overdue: bool


def row_deadlines(case_id: str, pairs: Iterable[Any], today: date) -> tuple[UpcomingDate, ...]:
    """Deadlines (the list row's ``[due, kind, id, note, decided, decision]`` entries:
    :func:`app.deadlines.row_deadlines`; older rows have ``[due, kind]``) as dated items:
    upcoming ones, those passed in the last 90 days (overdue), and alerts however long ago
    they fell due (a served term only once passed)."""
    return _deadlines(case_id, pairs, Today(today))


_done: frozenset[str] = frozenset()  # ids of the deadlines marked done in the open vault


def set_done_deadlines(ids: frozenset[str]) -> None:
    """The open vault's done deadlines (ui.desktop.deadline_marks): they are never overdue
    and never the deadline column's. Rows made before keep their dates: remake them."""
    global _done
    _done = ids


def _is_done(entry: Sequence[str]) -> bool:
    return len(entry) > 2 and entry[2] in _done


def _is_shown(entry: Sequence[str], oldest: str, now: str) -> bool:
    """Whether a list row's deadline entry is shown today (ISO texts compare as dates)."""
    due, kind = entry[0], entry[1]
    if kind == "term_served":
        return due < now
    return due >= oldest or kind in ALERT_KINDS


def _deadlines(case_id: str, pairs: Iterable[Any], today: Today) -> tuple[UpcomingDate, ...]:
    oldest, now = today.oldest_iso, today.iso
    found = []
    for entry in pairs or ():
        if not _is_shown(entry, oldest, now):
            continue
        due, kind = entry[0], entry[1]
        what = labels.label("deadline", kind)
        note = entry[3] if len(entry) > 3 else ""
        if note:
            what = f"{what}: {note}"
        elif len(entry) > 5 and entry[5]:  # the decision it follows
            what = (
                translate("Upcoming", "%1 — %2 of %3")
                .replace("%1", what)
                .replace("%2", labels.label("event", entry[5]))
                .replace("%3", labels.format_date(date.fromisoformat(entry[4])))
            )
        ref = entry[2] if len(entry) > 2 else ""
        overdue = due < now and not _is_done(entry)
        found.append(UpcomingDate(case_id, date.fromisoformat(due), what, "deadline", overdue, ref))
    found.sort(key=lambda d: d.day)
    return tuple(found)


def _eligibility_cell(result: Eligibility | None) -> tuple[str, Any]:
    """The eligibility column's text and sort key."""
    if result is None:
        return "", (9, _FAR)
    status, day = result
    if status == "eligible_from" and day is not None:
        text = translate("Labels", "From %1").replace("%1", labels.format_date(day))
    else:
        text = labels.label("result", status)
    order = _ELIGIBILITY_ORDER.get(status, 8)
    return text, (order, day.toordinal() if day else _FAR)


class Cells(Sequence[str]):
    """A row's cell texts as a sequence (``row.display[column]``), each made on first use."""

    __slots__ = ("_row",)

    def __init__(self, row: TableRow) -> None:
        self._row = row

    @overload
    def __getitem__(self, column: int) -> str: ...

    @overload
    def __getitem__(self, column: slice) -> tuple[str, ...]: ...

    def __getitem__(self, column: int | slice) -> str | tuple[str, ...]:
        if isinstance(column, slice):
            return tuple(self._row.cell(c) for c in range(COLUMN_COUNT)[column])
        if not -COLUMN_COUNT <= column < COLUMN_COUNT:
            raise IndexError(column)
        return self._row.cell(column % COLUMN_COUNT)

    def __len__(self) -> int:
        return COLUMN_COUNT

    def __iter__(self) -> Iterator[str]:
        return (self._row.cell(c) for c in range(COLUMN_COUNT))


class TableRow:
    """One case in the list (see the module docstring): its id, what the filter panel and the
    other pages read, each column's text and sort key. Treat it as immutable:
    :meth:`with_eligibility` makes the row with another eligibility result."""

    __slots__ = ("_cells", "_dates", "_keys", "_result", "_source", "_today", "case_id")

    def __init__(
        self,
        source: ListRow | Mapping[str, Any],
        today: date | Today,
        eligibility: Eligibility | None = None,
    ) -> None:
        self._source = source if isinstance(source, ListRow) else as_list_row(source)
        self.case_id = self._source.case_id
        self._today = today if isinstance(today, Today) else Today(today)
        self._result = eligibility
        self._dates: _Dates | None = None
        self._cells: list[str] | None = None
        self._keys: list[Any] | None = None

    def __repr__(self) -> str:
        return f"TableRow({self.case_id!r}, {self.name!r})"

    # --- what the filter panel and other pages read ------------------------------------

    @property
    def name(self) -> str:
        return self._source.full_name

    @property
    def groups(self) -> frozenset[str]:
        return frozenset(self._source.groups)

    def in_group(self, code: str) -> bool:
        return code in self._source.groups

    @property
    def status(self) -> str:
        return self._source.status or "unknown"

    @property
    def articles(self) -> tuple[str, ...]:
        return self._source.articles

    def has_article(self, article: str) -> bool:
        return article in self._source.articles

    @property
    def aliases(self) -> tuple[str, ...]:
        return self._source.aliases

    @property
    def eligibility(self) -> str:
        """The result status under the selected rule, "" while not evaluated."""
        return self._result[0] if self._result is not None else ""

    @property
    def eligibility_result(self) -> Eligibility | None:
        return self._result

    @property
    def last_day(self) -> date | None:
        return self.dates().last_day

    @property
    def milestones(self) -> tuple[tuple[str, date], ...]:
        """Upcoming milestones (code, day), soonest first, before the last day."""
        return self.dates().milestones

    @property
    def deadlines(self) -> tuple[UpcomingDate, ...]:
        """Upcoming deadlines and those overdue for up to 90 days, soonest first."""
        return self.dates().deadlines

    @property
    def overdue(self) -> bool:
        """A shown deadline has passed."""
        return self.dates().overdue

    def dates(self) -> _Dates:
        found = self._dates
        if found is None:
            found = self._dates = self._make_dates()
        return found

    def _make_dates(self) -> _Dates:
        source, today = self._source, self._today
        last_text = source.last_day
        # ISO text compares like the dates it spells: only the dates kept are parsed.
        milestones = tuple(
            (code, date.fromisoformat(day))
            for code in MILESTONES
            if (day := getattr(source, code))
            and today.iso < day
            and (not last_text or day < last_text)
        )
        deadlines = _deadlines(self.case_id, source.deadlines, today)
        overdue = next((d for d in deadlines if d.overdue), None)
        shown = overdue or next(
            (d for d in deadlines if d.day >= today.day and d.ref not in _done), None
        )
        last_day = date.fromisoformat(last_text) if last_text else None
        return _Dates(last_day, milestones, deadlines, shown, overdue is not None)

    # --- cells and sort keys -----------------------------------------------------------

    @property
    def display(self) -> Cells:
        """The cell texts by column (made on first use; :meth:`cell` is the same)."""
        return Cells(self)

    def cell(self, column: int) -> str:
        """The text of a column (``NAME`` ... ``DEADLINE``), made on first use."""
        cells = self._cells
        if cells is None:
            cells = self._cells = [_UNSET] * COLUMN_COUNT
        text = cells[column]
        if text is _UNSET:
            text = cells[column] = self._make_cell(column)
        return text

    def _make_cell(self, column: int) -> str:
        source = self._source
        if column == NAME:
            return self.name
        if column == GROUPS:
            return labels.groups_text(source.groups)
        if column == ARTICLES:
            return ", ".join(source.articles)
        if column == STATUS:
            return labels.label("status", self.status)
        if column == ELIGIBILITY:
            return _eligibility_cell(self._result)[0]
        dates = self.dates()
        if column == LAST_DAY:
            return labels.format_date(dates.last_day)
        if column == UNSERVED:
            last_day = dates.last_day
            return labels.format_span(self._today.day, last_day) if last_day else ""
        if column == MILESTONE:
            if not dates.milestones:
                return ""
            code, day = dates.milestones[0]
            return f"{labels.label('milestone', code)} · {labels.format_date(day)}"
        if column == DEADLINE:
            shown = dates.shown_deadline
            return f"{labels.format_date(shown.day)} · {shown.what}" if shown else ""
        raise IndexError(column)

    @property
    def keys(self) -> tuple[Any, ...]:
        """Every column's sort key (see :meth:`key`)."""
        return tuple(self.key(c) for c in range(COLUMN_COUNT))

    def key(self, column: int) -> Any:
        """The sort key of a column: comparable with the same column's key of any row made
        for the same day; missing values sort last."""
        keys = self._keys
        if keys is None:
            keys = self._keys = [_UNSET] * COLUMN_COUNT
        found = keys[column]
        if found is _UNSET:
            found = keys[column] = self._make_key(column)
        return found

    def _make_key(self, column: int) -> Any:
        source = self._source
        if column == NAME:
            return name_key(self.name)
        if column == GROUPS:
            return self.cell(GROUPS).casefold() or "\uffff"
        if column == ARTICLES:
            articles = source.articles
            return articles[0] if articles else "\uffff"
        if column == STATUS:
            return self.status
        if column == ELIGIBILITY:
            return _eligibility_cell(self._result)[1]
        # The date columns' keys come from the ISO text (which compares like the dates):
        # sorting 10,000 rows on one makes no dated items, only the ordinal of one date.
        today = self._today
        if column in (LAST_DAY, UNSERVED):
            last_text = source.last_day
            if not last_text:
                return _FAR
            ordinal = date.fromisoformat(last_text).toordinal()
            return ordinal if column == LAST_DAY else max(0, ordinal - today.day.toordinal())
        if column == MILESTONE:
            found = self._milestone_text()
        elif column == DEADLINE:
            found = self._deadline_text()
        else:
            raise IndexError(column)
        return date.fromisoformat(found).toordinal() if found else _FAR

    def _milestone_text(self) -> str | None:
        """The next milestone's day (ISO text) before the last day, as :meth:`dates`."""
        source, now = self._source, self._today.iso
        last_text = source.last_day
        for code in MILESTONES:
            day = getattr(source, code)
            if day and now < day and (not last_text or day < last_text):
                return str(day)
        return None

    def _deadline_text(self) -> str | None:
        """The deadline column's day (ISO text): the first overdue one, else the next."""
        oldest, now = self._today.oldest_iso, self._today.iso
        entries = self._source.get("deadlines") or ()
        shown = [
            entry[0] for entry in entries if _is_shown(entry, oldest, now) and not _is_done(entry)
        ]
        overdue = [due for due in shown if due < now]
        return min(overdue or shown) if shown else None

    def with_eligibility(self, result: Eligibility | None) -> TableRow:
        """The same row with another eligibility result; what does not depend on it is
        kept, not recomputed."""
        row = TableRow.__new__(TableRow)
        row.case_id = self.case_id
        row._source = self._source
        row._today = self._today
        row._result = result
        row._dates = self._dates
        row._cells = None
        if self._cells is not None:
            row._cells = self._cells.copy()
            row._cells[ELIGIBILITY] = _UNSET
        row._keys = None
        if self._keys is not None:
            row._keys = self._keys.copy()
            row._keys[ELIGIBILITY] = _UNSET
        return row


def as_list_row(values: Mapping[str, Any]) -> ListRow:
    """A :class:`ListRow` from a mapping of its fields (lists become tuples; unknown keys
    are ignored)."""
    known = {k: v for k, v in values.items() if k in ROW_FIELDS}
    for name in ("aliases", "groups", "articles", "search"):
        if name in known:
            known[name] = tuple(known[name] or ())
    if "deadlines" in known:
        known["deadlines"] = tuple((str(due), str(kind)) for due, kind in known["deadlines"] or ())
    return ListRow(**known)


def build_row(
    row: ListRow | Mapping[str, Any],
    today: date,
    eligibility: Eligibility | None = None,
) -> TableRow:
    """The table row of one case from its list row (see the module docstring) as of
    ``today``; ``eligibility`` is (status, date) under the selected rule, or None while it
    is being evaluated."""
    return TableRow(row, today, eligibility)


def with_eligibility(row: TableRow, result: Eligibility | None) -> TableRow:
    """The same row with another eligibility cell (see :meth:`TableRow.with_eligibility`)."""
    return row.with_eligibility(result)


def build_rows(
    rows: Iterable[ListRow | Mapping[str, Any]],
    today: date,
    eligibility: Mapping[str, Eligibility] | None = None,
    progress: Any = None,
    total: int = 0,
) -> list[TableRow]:
    """Rows for many list rows (about a microsecond each: see the module docstring);
    ``progress(done, total)`` every 1000 rows (it may raise to cancel)."""
    day = Today(today)
    found = eligibility or {}
    if progress is None and not found:
        return [TableRow(row, day) for row in rows]
    built: list[TableRow] = []
    for done, row in enumerate(rows, start=1):
        table_row = TableRow(row, day)
        table_row._result = found.get(table_row.case_id)
        built.append(table_row)
        if progress is not None and done % 1000 == 0:
            progress(done, total)
    return built


def upcoming_dates(rows: Sequence[TableRow], today: date, days: int) -> list[UpcomingDate]:
    """Releases and milestones in the next ``days`` days, soonest first."""
    horizon = today.toordinal() + days
    found: list[UpcomingDate] = []
    for row in rows:
        dates = row.dates()
        last_day = dates.last_day
        if last_day is not None and today <= last_day and last_day.toordinal() <= horizon:
            found.append(
                UpcomingDate(
                    row.case_id, last_day, labels.label("milestone", "last_day"), "release"
                )
            )
        for code, day in dates.milestones:
            if day.toordinal() <= horizon:
                found.append(
                    UpcomingDate(row.case_id, day, labels.label("milestone", code), "milestone")
                )
    found.sort(key=lambda d: (d.day, d.case_id))
    return found
