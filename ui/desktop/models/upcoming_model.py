"""A list of dated items (releases, milestones, eligibility dates, deadlines) across cases,
for the dashboard and the deadlines page. Overdue items are red, deadlines marked done grey.
GUI thread only."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from ui.desktop import labels
from ui.desktop.models import roles
from ui.desktop.models.case_rows import UpcomingDate
from ui.desktop.models.table_model import Index, TitledTableModel

translate = QCoreApplication.translate

_OVERDUE = QColor("#b00020")
_DONE = QColor("#707070")
DATE, NAME, WHAT = range(3)


class UpcomingModel(TitledTableModel):
    """Columns: date, person, what. ``names`` maps a case id to the name shown."""

    def __init__(self, names: Callable[[str], str], parent: QObject | None = None) -> None:
        titles = [
            translate("Upcoming", "Date"),
            translate("Upcoming", "Name"),
            translate("Upcoming", "What"),
        ]
        super().__init__(titles, parent)
        self._names = names
        self._items: list[tuple[UpcomingDate, str, str]] = []
        self._done: frozenset[str] = frozenset()

    def set_items(self, items: Iterable[UpcomingDate], done: frozenset[str] = frozenset()) -> None:
        """Show ``items``; those whose ``ref`` is in ``done`` are deadlines marked done."""
        self.beginResetModel()
        self._done = done
        self._items = [
            (item, labels.format_date(item.day), self._names(item.case_id)) for item in items
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def item(self, row: int) -> UpcomingDate:
        return self._items[row][0]

    def is_done(self, row: int) -> bool:
        ref = self._items[row][0].ref
        return bool(ref) and ref in self._done

    def row_count(self) -> int:
        return len(self._items)

    def data(self, index: Index, role: int = roles.DISPLAY) -> object:
        if not index.isValid():
            return None
        item, day_text, name = self._items[index.row()]
        column = index.column()
        done = bool(item.ref) and item.ref in self._done
        if role == roles.DISPLAY:
            if done and column == WHAT:
                return translate("Upcoming", "%1 (done)").replace("%1", item.what)
            return (day_text, name, item.what)[column]
        if role == roles.FOREGROUND and done:
            return _DONE
        if role == roles.FOREGROUND and item.overdue:
            return _OVERDUE
        if role == roles.CASE_ID:
            return item.case_id
        if role == roles.SORT:
            return (item.day.toordinal(), name.casefold(), item.what)[column]
        if role == roles.DATE:
            return item.day
        if role == roles.TOOLTIP and item.overdue and not done:
            return translate("Upcoming", "Overdue since %1").replace("%1", day_text)
        return None


def within(items: Iterable[UpcomingDate], today: date, days: int) -> list[UpcomingDate]:
    """Items up to ``days`` ahead, overdue ones included, soonest first."""
    horizon = today.toordinal() + days
    return sorted((i for i in items if i.day.toordinal() <= horizon), key=lambda i: i.day)
