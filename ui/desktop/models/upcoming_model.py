"""A list of dated items (releases, milestones, eligibility dates, deadlines) across cases,
for the dashboard and the deadlines page. Overdue items are red. GUI thread only."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ui.desktop import labels
from ui.desktop.models import roles
from ui.desktop.models.case_rows import UpcomingDate

translate = QCoreApplication.translate

_OVERDUE = QColor("#b00020")
Index = QModelIndex | QPersistentModelIndex
DATE, NAME, WHAT = range(3)


class UpcomingModel(QAbstractTableModel):
    """Columns: date, person, what. ``names`` maps a case id to the name shown."""

    def __init__(self, names: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._items: list[tuple[UpcomingDate, str, str]] = []
        self._titles = [
            translate("Upcoming", "Date"),
            translate("Upcoming", "Name"),
            translate("Upcoming", "What"),
        ]

    def set_items(self, items: Iterable[UpcomingDate]) -> None:
        self.beginResetModel()
        self._items = [
            (item, labels.format_date(item.day), self._names(item.case_id)) for item in items
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def item(self, row: int) -> UpcomingDate:
        return self._items[row][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = roles.DISPLAY) -> object:
        if not index.isValid():
            return None
        item, day_text, name = self._items[index.row()]
        column = index.column()
        if role == roles.DISPLAY:
            return (day_text, name, item.what)[column]
        if role == roles.FOREGROUND and item.overdue:
            return _OVERDUE
        if role == roles.CASE_ID:
            return item.case_id
        if role == roles.SORT:
            return (item.day.toordinal(), name.casefold(), item.what)[column]
        if role == roles.DATE:
            return item.day
        if role == roles.TOOLTIP and item.overdue:
            return translate("Upcoming", "Overdue since %1").replace("%1", day_text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = roles.DISPLAY
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == roles.DISPLAY and horizontal and 0 <= section < 3:
            return self._titles[section]
        return None


def within(items: Iterable[UpcomingDate], today: date, days: int) -> list[UpcomingDate]:
    """Items up to ``days`` ahead, overdue ones included, soonest first."""
    horizon = today.toordinal() + days
    return sorted((i for i in items if i.day.toordinal() <= horizon), key=lambda i: i.day)
