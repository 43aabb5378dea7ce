"""The case list: :class:`CaseTableModel` (rows precomputed as tuples) and
:class:`CaseFilterProxy` (search and the filter panel).

Sorting: the model sorts itself with Python's sort on each row's precomputed key for the
column (the ``SORT`` role gives the same keys). The proxy forwards ``sort()`` to the model
and only filters, because a ``QSortFilterProxyModel`` sorting 10,000 rows calls back into
Python for every comparison (seconds instead of milliseconds). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ui.desktop.models import roles
from ui.desktop.models.case_rows import (
    COLUMN_COUNT,
    DEADLINE,
    ELIGIBILITY,
    NAME,
    CaseRow,
    with_eligibility,
)

translate = QCoreApplication.translate

_OVERDUE = QColor("#b00020")
Index = QModelIndex | QPersistentModelIndex


def column_titles() -> list[str]:
    return [
        translate("CaseTable", "Name"),
        translate("CaseTable", "Groups"),
        translate("CaseTable", "Articles"),
        translate("CaseTable", "Status"),
        translate("CaseTable", "Last day"),
        translate("CaseTable", "Unserved"),
        translate("CaseTable", "Next milestone"),
        translate("CaseTable", "Eligibility"),
        translate("CaseTable", "Next deadline"),
    ]


class CaseTableModel(QAbstractTableModel):
    """One row per case; see :mod:`ui.desktop.models.case_rows` for what a row holds."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._positions: dict[str, int] = {}
        self._titles = column_titles()
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- reading ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = roles.DISPLAY) -> object:
        if role == roles.DISPLAY:
            return self._rows[index.row()].display[index.column()]
        if role == roles.SORT:
            return self._rows[index.row()].keys[index.column()]
        if role == roles.CASE_ID:
            return self._rows[index.row()].case_id
        if role == roles.FOREGROUND:
            if index.column() == DEADLINE and self._rows[index.row()].overdue:
                return _OVERDUE
            return None
        if role == roles.STATUS_CODE:
            return self._rows[index.row()].eligibility if index.column() == ELIGIBILITY else None
        if role == roles.TOOLTIP:
            # The whole text of a narrow cell; for the name, also the other spellings.
            row = self._rows[index.row()]
            text = row.display[index.column()]
            if index.column() == NAME and row.aliases:
                text = "\n".join((text, *row.aliases))
            return text or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = roles.DISPLAY
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == roles.DISPLAY and horizontal and 0 <= section < COLUMN_COUNT:
            return self._titles[section]
        return None

    def row_of(self, case_id: str) -> int:
        """The model row of a case, or -1."""
        return self._positions.get(case_id, -1)

    def case_row(self, row: int) -> CaseRow:
        return self._rows[row]

    def rows(self) -> Sequence[CaseRow]:
        return self._rows

    # --- writing (from controller signals) --------------------------------------------

    def set_rows(self, rows: Iterable[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def upsert_row(self, row: CaseRow) -> None:
        """Replace the row of the same case, or add it (then re-sort)."""
        at = self._positions.get(row.case_id)
        if at is not None:
            self._rows[at] = row
            self.dataChanged.emit(self.index(at, 0), self.index(at, COLUMN_COUNT - 1))
            self.sort(self._sort_column, self._sort_order)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self._positions[row.case_id] = len(self._rows) - 1
        self.endInsertRows()
        self.sort(self._sort_column, self._sort_order)

    def remove_case(self, case_id: str) -> None:
        at = self._positions.get(case_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self._reindex()
        self.endRemoveRows()

    def set_eligibility(self, results: dict[str, tuple[str, date | None]] | None) -> None:
        """Show each case's result under the selected rule (None: not evaluated)."""
        if not self._rows:
            return
        found = results or {}
        self._rows = [with_eligibility(row, found.get(row.case_id)) for row in self._rows]
        self.dataChanged.emit(
            self.index(0, ELIGIBILITY), self.index(len(self._rows) - 1, ELIGIBILITY)
        )
        if self._sort_column == ELIGIBILITY:
            self.sort(self._sort_column, self._sort_order)

    # --- sorting ---------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[p.row()].case_id for p in persistent]
        self._sort_rows()
        self.changePersistentIndexList(
            persistent,
            [
                self.index(self._positions[cid], p.column())
                for cid, p in zip(ids, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # The name breaks ties, so equal keys keep a stable, readable order.
        self._rows.sort(key=lambda r: (r.keys[column], r.keys[NAME]), reverse=descending)
        self._reindex()

    def _reindex(self) -> None:
        self._positions = {row.case_id: i for i, row in enumerate(self._rows)}


class CaseFilterProxy(QSortFilterProxyModel):
    """Keeps the rows that match the search (a set of case ids from the search index) and the
    filter panel's choices. ``sort()`` is forwarded to the source model.

    The ids passing every filter are computed once per change in one pass over the rows, and
    from them a flag per source row, so ``filterAcceptsRow`` (called from C++ for each of
    10,000 rows) is a list index. The flags follow the model's row order: they are rebuilt
    on its layout, reset and row signals, which are connected before the proxy's own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model: CaseTableModel | None = None
        self._accepted: frozenset[str] | None = None  # None: every row
        self._flags: list[bool] | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, CaseTableModel)
        self._model = model
        # Connected first, so the flags are current when the proxy re-filters.
        for signal in (
            model.layoutChanged,
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
        ):
            signal.connect(self._reflag)
        super().setSourceModel(model)

    def _reflag(self, *_args: object) -> None:
        accepted = self._accepted
        if accepted is None or self._model is None:
            self._flags = None
            return
        self._flags = [row.case_id in accepted for row in self._model.rows()]

    def set_filters(
        self,
        *,
        matches: Iterable[str] | None = None,
        group: str | None = None,
        status: str | None = None,
        article: str | None = None,
        eligibility: str | None = None,
    ) -> None:
        """``matches``: ids the search found (None: no search). Other arguments: a code to
        keep, or None for any. ``article`` keeps rows with that exact article. Call again
        after the model's rows change."""
        group, status, article, eligibility = (
            group or None,
            status or None,
            article or None,
            eligibility or None,
        )
        accepted: frozenset[str] | None = None
        if matches is not None or group or status or article or eligibility:
            found = None if matches is None else set(matches)
            rows = self._model.rows() if self._model is not None else ()
            accepted = frozenset(
                row.case_id
                for row in rows
                if (found is None or row.case_id in found)
                and (group is None or group in row.groups)
                and (status is None or row.status == status)
                and (article is None or article in row.articles)
                and (eligibility is None or row.eligibility == eligibility)
            )
        self.beginFilterChange()
        self._accepted = accepted
        self._reflag()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        flags = self._flags
        return flags is None or (source_row < len(flags) and flags[source_row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def case_id(self, proxy_row: int) -> str:
        return str(self.index(proxy_row, 0).data(roles.CASE_ID))
