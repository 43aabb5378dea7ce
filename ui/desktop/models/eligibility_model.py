"""Each case's result under one rule: name, status badge, date, effect, why. Rows are
precomputed from the controller's results (plain tuples). GUI thread only."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.eligibility import RuleResult
from ui.desktop import labels, reasons
from ui.desktop.models import roles

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
NAME, STATUS, DATE, EFFECT, WHY = range(5)
_ORDER = {"eligible": 0, "eligible_from": 1, "needs_review": 2, "not_eligible": 3}


class EligibilityModel(QAbstractTableModel):
    def __init__(self, names: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._rows: list[tuple[RuleResult, tuple[str, ...], tuple[object, ...]]] = []
        self._titles = [
            translate("EligibilityTable", "Name"),
            translate("EligibilityTable", "Status"),
            translate("EligibilityTable", "Date"),
            translate("EligibilityTable", "Effect"),
            translate("EligibilityTable", "Why"),
        ]

    def set_results(self, results: Iterable[RuleResult]) -> None:
        self.beginResetModel()
        self._rows = []
        for result in results:
            name = self._names(result.case_id) or result.name
            display = (
                name,
                labels.label("result", result.status),
                labels.format_date(result.date),
                labels.label("effect", result.effect) if result.effect else "",
                reasons.summarise(result),
            )
            keys = (
                name.casefold(),
                _ORDER.get(result.status, 9),
                result.date.toordinal() if result.date else 10**7,
                result.effect or "~",
                display[WHY].casefold(),
            )
            self._rows.append((result, display, keys))
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

    def result(self, row: int) -> RuleResult:
        return self._rows[row][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = roles.DISPLAY) -> object:
        if not index.isValid():
            return None
        result, display, keys = self._rows[index.row()]
        if role == roles.DISPLAY:
            return display[index.column()]
        if role == roles.SORT:
            return keys[index.column()]
        if role == roles.CASE_ID:
            return result.case_id
        if role == roles.STATUS_CODE and index.column() == STATUS:
            return result.status
        if role == roles.TOOLTIP and index.column() == WHY:
            return display[WHY]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = roles.DISPLAY
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == roles.DISPLAY and horizontal and 0 <= section < 5:
            return self._titles[section]
        return None


class EligibilityProxy(QSortFilterProxyModel):
    """Sorts on the ``SORT`` role (a few hundred to thousands of rows) and keeps one status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(roles.SORT)
        self._status: str | None = None

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._status is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, EligibilityModel)
        return model.result(source_row).status == self._status
