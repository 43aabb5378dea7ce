"""Each case's result under one rule: name, status badge, date, effect, why. Rows are
precomputed from the controller's results (plain tuples).

Sorting: the model sorts itself with Python's sort on the precomputed keys and the proxy
only filters (as the case table does): a ``QSortFilterProxyModel`` sorting 10,000 results
asks Python for two keys per comparison, about a second on the GUI thread each time a rule
is evaluated or a case saved. GUI thread only."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt

from app.eligibility import RuleResult
from ui.desktop import labels, reasons
from ui.desktop.models import roles
from ui.desktop.models.table_model import Index, TitledTableModel

translate = QCoreApplication.translate
NAME, STATUS, DATE, EFFECT, WHY = range(5)
_ORDER = {"eligible": 0, "eligible_from": 1, "needs_review": 2, "not_eligible": 3}


class EligibilityModel(TitledTableModel):
    def __init__(self, names: Callable[[str], str], parent: QObject | None = None) -> None:
        titles = [
            translate("EligibilityTable", "Name"),
            translate("EligibilityTable", "Status"),
            translate("EligibilityTable", "Date"),
            translate("EligibilityTable", "Effect"),
            translate("EligibilityTable", "Why"),
        ]
        super().__init__(titles, parent)
        self._names = names
        self._rows: list[tuple[RuleResult, tuple[str, ...], tuple[object, ...]]] = []
        self._sort_column = STATUS
        self._sort_order = Qt.SortOrder.AscendingOrder

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
        self._sort_rows()
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

    def result(self, row: int) -> RuleResult:
        return self._rows[row][0]

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 5:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [self._rows[p.row()][0] for p in persistent]
        self._sort_rows()
        rows_now = {id(row[0]): i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(rows_now[id(result)], p.column())
                for result, p in zip(moved, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # The name breaks ties, so equal keys keep a stable, readable order.
        self._rows.sort(key=lambda r: (r[2][column], r[2][NAME]), reverse=descending)


class EligibilityProxy(QSortFilterProxyModel):
    """Keeps one status (or every one); ``sort()`` is forwarded to the model (see the module
    docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
