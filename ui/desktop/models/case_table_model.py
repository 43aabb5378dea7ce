"""The case list: :class:`CaseTableModel` (every case, sorted) and :class:`CaseFilterProxy`
(the cases the search and the filter panel keep).

Sorting: the model sorts itself with Python's sort on each row's sort key for the column
(:meth:`TableRow.key`, computed once per row and kept; the ``SORT`` role gives the same
keys). A ``QSortFilterProxyModel`` sorting 10,000 rows calls back into Python for every
comparison (seconds instead of milliseconds).

Filtering: :class:`CaseFilterProxy` keeps the list of the model rows it shows, in order.
A change of filter (each keystroke in the search box) makes that list in one pass over the
search's ids or the rows, then tells the view with one layout change; a
``QSortFilterProxyModel`` would instead ask Python about each of the 10,000 rows in turn
(``filterAcceptsRow``), which was most of a keystroke's time. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from ui.desktop.models import roles
from ui.desktop.models.case_rows import (
    COLUMN_COUNT,
    DEADLINE,
    ELIGIBILITY,
    NAME,
    Eligibility,
    TableRow,
)
from ui.desktop.models.table_model import Index, TitledTableModel

translate = QCoreApplication.translate

_OVERDUE = QColor("#b00020")
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
# The roles CaseTableModel.data_at answers besides DISPLAY.
_ROLES = frozenset((roles.SORT, roles.CASE_ID, roles.FOREGROUND, roles.STATUS_CODE, roles.TOOLTIP))


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


class CaseTableModel(TitledTableModel):
    """One row per case, in the sort order; see :mod:`ui.desktop.models.case_rows` for what a
    row holds and when its parts are computed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(column_titles(), parent)
        self._rows: list[TableRow] = []
        self._positions: dict[str, int] = {}
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- reading ---------------------------------------------------------------------

    def data(self, index: Index, role: int = roles.DISPLAY) -> object:
        return self.data_at(index.row(), index.column(), role)

    def data_at(self, row: int, column: int, role: int) -> object:
        """``data()`` of a cell given as numbers (the proxy's ``data()`` uses it)."""
        if role == roles.DISPLAY:
            return self._rows[row].cell(column)
        if role == roles.SORT:
            return self._rows[row].key(column)
        if role == roles.CASE_ID:
            return self._rows[row].case_id
        if role == roles.FOREGROUND:
            if column == DEADLINE and self._rows[row].overdue:
                return _OVERDUE
            return None
        if role == roles.STATUS_CODE:
            return self._rows[row].eligibility if column == ELIGIBILITY else None
        if role == roles.TOOLTIP:
            # The whole text of a narrow cell; for the name, also the other spellings.
            case = self._rows[row]
            text = case.cell(column)
            if column == NAME and case.aliases:
                text = "\n".join((text, *case.aliases))
            return text or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def row_of(self, case_id: str) -> int:
        """The model row of a case, or -1."""
        return self._positions.get(case_id, -1)

    def positions(self) -> Mapping[str, int]:
        """The model row of each case id (read only)."""
        return self._positions

    def case_row(self, row: int) -> TableRow:
        return self._rows[row]

    def rows(self) -> Sequence[TableRow]:
        return self._rows

    # --- writing (from controller signals) --------------------------------------------

    def set_rows(self, rows: Iterable[TableRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def upsert_row(self, row: TableRow) -> None:
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

    def set_eligibility(self, results: Mapping[str, Eligibility] | None) -> None:
        """Show each case's result under the selected rule (None: not evaluated)."""
        if not self._rows:
            return
        found = results or {}
        self._rows = [row.with_eligibility(found.get(row.case_id)) for row in self._rows]
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
        if column == NAME:
            self._rows.sort(key=lambda r: r.key(NAME), reverse=descending)
        else:
            # The name breaks ties, so equal keys keep a stable, readable order.
            self._rows.sort(key=lambda r: (r.key(column), r.key(NAME)), reverse=descending)
        self._reindex()

    def _reindex(self) -> None:
        self._positions = {row.case_id: i for i, row in enumerate(self._rows)}


class _Filters(NamedTuple):
    matches: frozenset[str] | None = None  # the search's ids; None: no search
    group: str | None = None
    status: str | None = None
    article: str | None = None
    eligibility: str | None = None


def _same_rows(first: Sequence[int], second: Sequence[int]) -> bool:
    if len(first) != len(second):
        return False
    if type(first) is type(second):
        return first == second
    return list(first) == list(second)


class CaseFilterProxy(QAbstractProxyModel):
    """The model's rows that match the search (case ids from the vault's index) and the
    filter panel's choices, in the model's order. ``sort()`` is forwarded to the model.

    It keeps the model rows it shows as a list (a ``range`` while nothing is filtered), so
    ``index``, ``data`` and ``mapToSource`` are list indexes. :meth:`set_filters` and any
    change of the model's rows or order remake the list and end in one layout change, which
    keeps the selection on the cases still shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model: CaseTableModel | None = None
        self._filters = _Filters()
        self._shown: Sequence[int] = range(0)  # model rows, in the order shown
        self._proxy_rows: dict[int, int] | None = None  # model row -> row here, on demand
        self._pending: list[tuple[QModelIndex, str]] = []

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, CaseTableModel)
        self.beginResetModel()
        if self._model is not None:
            for signal, slot in self._connections(self._model):
                signal.disconnect(slot)
        self._model = model
        super().setSourceModel(model)
        for signal, slot in self._connections(model):
            signal.connect(slot)
        self._shown = self._select_rows()
        self._proxy_rows = None
        self.endResetModel()

    def _connections(self, model: CaseTableModel) -> list[tuple[Any, Any]]:
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._on_model_reset),
            (model.layoutAboutToBeChanged, self._begin_layout_change),
            (model.layoutChanged, self._on_model_changed),
            # A row added or removed: a layout change here (rows of other cases move).
            (model.rowsAboutToBeInserted, self._begin_layout_change),
            (model.rowsInserted, self._on_model_changed),
            (model.rowsAboutToBeRemoved, self._begin_layout_change),
            (model.rowsRemoved, self._on_model_changed),
            (model.dataChanged, self._on_model_data_changed),
            (model.headerDataChanged, self.headerDataChanged),
        ]

    # --- the structure (a flat table) -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._shown) and 0 <= column < COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: Index) -> QModelIndex: ...

    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()  # QObject.parent(), which the same name hides
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._shown) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = roles.DISPLAY) -> object:
        # Called from C++ about seven times per painted cell (one per role): the text is
        # fetched here directly, and roles nobody sets end at once.
        row = index.row()
        if row < 0 or self._model is None:
            return None
        if role == roles.DISPLAY:
            return self._model._rows[self._shown[row]].cell(index.column())
        if role in _ROLES:
            return self._model.data_at(self._shown[row], index.column(), role)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = roles.DISPLAY
    ) -> object:
        # Columns are the model's; QAbstractProxyModel would map them through row 0, which
        # loses the titles while no row is shown.
        if self._model is None:
            return None
        return self._model.headerData(section, orientation, role)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if self._model is None or not proxy_index.isValid():
            return QModelIndex()
        return self._model.index(self._shown[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def _proxy_row(self, model_row: int) -> int:
        shown = self._shown
        if isinstance(shown, range):
            return model_row if model_row in shown else -1
        if self._proxy_rows is None:
            self._proxy_rows = {r: i for i, r in enumerate(shown)}
        return self._proxy_rows.get(model_row, -1)

    # --- filtering --------------------------------------------------------------------

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
        keep, or None (or "") for any. ``article`` keeps rows with that exact article.
        Call again after the model's rows change (new search results)."""
        filters = _Filters(
            None if matches is None else frozenset(matches),
            group or None,
            status or None,
            article or None,
            eligibility or None,
        )
        shown = self._select_rows(filters)
        if _same_rows(shown, self._shown):
            # Typing on in a word often keeps the same cases: nothing to lay out or repaint.
            self._filters = filters
            return
        self._begin_layout_change()
        self._filters = filters
        self._end_layout_change(shown)

    def _select_rows(self, filters: _Filters | None = None) -> Sequence[int]:
        """The model rows passing every filter (by default the current ones), in the model's
        order: one pass over the search's ids (or over the rows without a search)."""
        model = self._model
        filters = self._filters if filters is None else filters
        if model is None:
            return range(0)
        rows = model.rows()
        candidates: Sequence[int]
        if filters.matches is None:
            candidates = range(len(rows))
        else:
            positions = model.positions()
            candidates = sorted(
                at for cid in filters.matches if (at := positions.get(cid)) is not None
            )
        group, status, article, eligibility = filters[1:]
        if group is None and status is None and article is None and eligibility is None:
            return candidates
        return [
            at
            for at in candidates
            if (group is None or rows[at].in_group(group))
            and (status is None or rows[at].status == status)
            and (article is None or rows[at].has_article(article))
            and (eligibility is None or rows[at].eligibility == eligibility)
        ]

    def _begin_layout_change(self, *_args: object) -> None:
        """Before the shown rows change: note the case of each persistent index (the view's
        current index and selection) to find it again after."""
        self.layoutAboutToBeChanged.emit()
        model = self._model
        self._pending = [
            (p, model.case_row(self._shown[p.row()]).case_id)
            for p in self.persistentIndexList()
            if model is not None and p.isValid()
        ]

    def _on_model_changed(self, *_args: object) -> None:
        self._end_layout_change()

    def _end_layout_change(self, shown: Sequence[int] | None = None) -> None:
        """After the shown rows changed: ``shown`` if already made, else made now; the
        persistent indexes follow their cases (or become invalid)."""
        self._shown = self._select_rows() if shown is None else shown
        self._proxy_rows = None
        pending, self._pending = self._pending, []
        if pending:
            model = self._model
            moved = []
            for p, case_id in pending:
                model_row = model.row_of(case_id) if model is not None else -1
                row = self._proxy_row(model_row) if model_row >= 0 else -1
                moved.append(self.index(row, p.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList([p for p, _ in pending], moved)
        self.layoutChanged.emit()

    def _on_model_reset(self) -> None:
        self._shown = self._select_rows()
        self._proxy_rows = None
        self._pending = []
        self.endResetModel()

    def _on_model_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, changed: list[int]
    ) -> None:
        if not self._shown:
            return
        first, last = top_left.row(), bottom_right.row()
        if first == last:
            row = self._proxy_row(first)
            if row < 0:
                return
            top, bottom = row, row
        else:
            top, bottom = 0, len(self._shown) - 1
        self.dataChanged.emit(
            self.index(top, top_left.column()), self.index(bottom, bottom_right.column()), changed
        )

    # --- forwarding -------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._model is not None:
            self._model.sort(column, order)

    def case_id(self, proxy_row: int) -> str:
        """The case id of a row shown here."""
        assert self._model is not None
        return self._model.case_row(self._shown[proxy_row]).case_id
