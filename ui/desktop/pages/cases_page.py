"""The case list: live search in any script, a filter panel, a sortable table.

Search goes through the controller to the vault's transliteration-aware index; the proxy
keeps the ids it found. Keyboard: Ctrl+F search, Down/Enter from the search box into the
table, Enter opens the case, Delete deletes it (after asking).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model import STATUSES
from ui.desktop import labels
from ui.desktop.controller import Controller
from ui.desktop.models.case_rows import ARTICLES, ELIGIBILITY, MILESTONE, STATUS, TableRow
from ui.desktop.models.case_table_model import CaseFilterProxy, CaseTableModel
from ui.desktop.widgets.badge_delegate import BadgeDelegate

_WIDTHS = (190, 130, 85, 105, 85, 85, 140, 145, 150)


class CaseTable(QTableView):
    """The case table. Its paint is entered from Python, so it holds the interpreter lock
    throughout: a paint asks the model for about 1,700 values, and entered straight from
    C++ each ask takes the lock anew, waiting up to the switch interval (5 ms) whenever a
    worker is running Python (the eligibility evaluation after unlock). Typing while that
    ran (10,000 cases, 2-core VM): about 400 ms a keystroke (median) without this, 170 ms
    with it; no difference once the worker is done."""

    name_width = 190  # the name column's own width; it also takes any width left over

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.give_spare_width_to_names()

    def give_spare_width_to_names(self) -> None:
        """A wide window widens the name column (names are what people read), not the last."""
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c) for c in range(1, header.count()) if not header.isSectionHidden(c)
        )
        spare = self.viewport().width() - others - self.name_width
        self.setColumnWidth(0, self.name_width + max(0, spare))


class CasesPage(QWidget):
    case_open_requested = Signal(str)
    new_case_requested = Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = CaseTableModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search by name in any spelling: Həsənov, Гасанов, Hasanov…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.installEventFilter(self)
        self.new_button = QPushButton(self.tr("New case"), self)
        self.new_button.setToolTip(self.tr("Add a case (Ctrl+N)"))

        self.group_filter = self._combo(
            self.tr("All groups"), [(g, labels.label("group", g)) for g in labels.group_ids()]
        )
        self.status_filter = self._combo(
            self.tr("Any status"), [(s, labels.label("status", s)) for s in STATUSES]
        )
        self.article_filter = self._combo(self.tr("Any article"), [])
        self.eligibility_filter = self._combo(self.tr("Any eligibility"), labels.choices("result"))
        self.count_label = QLabel(self)

        self.table = CaseTable(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.setItemDelegateForColumn(ELIGIBILITY, BadgeDelegate(self.table))
        self.table.setAccessibleName(self.tr("Cases"))
        self.fit_columns()
        self.table.installEventFilter(self)
        self.empty_label = QLabel(
            self.tr("No cases yet. Click “New case” to add the first one."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #555; padding: 24px;")
        self.empty_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filter:"), self))
        for combo in (
            self.group_filter,
            self.status_filter,
            self.article_filter,
            self.eligibility_filter,
        ):
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self.on_search_text_changed)
        self.new_button.clicked.connect(self.new_case_requested)
        for combo in (
            self.group_filter,
            self.status_filter,
            self.article_filter,
            self.eligibility_filter,
        ):
            combo.currentIndexChanged.connect(self.on_filter_changed)
        self.table.activated.connect(self.on_table_activated)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

        controller.cases_loaded.connect(self.on_controller_cases_loaded)
        controller.case_saved.connect(self.on_controller_case_saved)
        controller.case_deleted.connect(self.on_controller_case_deleted)
        controller.eligibility_evaluated.connect(self.on_controller_eligibility_evaluated)
        controller.vault_locked.connect(self.on_controller_vault_locked)
        if controller.is_unlocked:
            self.on_controller_cases_loaded(controller.case_rows())
            self.on_controller_eligibility_evaluated("")

    def _combo(self, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, "")
        for code, text in items:
            combo.addItem(text, code)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # --- reacting to the controller ---------------------------------------------------

    def on_controller_cases_loaded(self, rows: list[TableRow]) -> None:
        self.show_columns_for_owner()
        self.model.set_rows(rows)
        self._refresh_articles()
        self._refresh_groups()
        self.apply_filters()

    def fit_columns(self) -> None:
        """Each column at least as wide as its title (titles are long in Russian and
        Azerbaijani) and its usual width; the name column takes the rest."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        # Statuses are short words; shown whole ("Под следствием"), never cut.
        widest_status = max(metrics.horizontalAdvance(word) for _, word in labels.choices("status"))
        for column, width in enumerate(_WIDTHS):
            needed = max(width, header.sectionSizeHint(column) + 6)
            if column == STATUS:
                needed = max(needed, widest_status + 16)
            self.table.setColumnWidth(column, needed)
        self.table.name_width = self.table.columnWidth(0)
        self.table.give_spare_width_to_names()

    def on_controller_case_saved(self, case_id: str) -> None:
        row = self.controller.case_row(case_id)
        if row is not None:
            self.model.upsert_row(row)
        self._refresh_articles()
        self._refresh_groups()
        self.apply_filters()
        self.select_case(case_id)

    def on_controller_case_deleted(self, case_id: str) -> None:
        self.model.remove_case(case_id)
        self.apply_filters()

    def on_controller_eligibility_evaluated(self, _rule_id: str) -> None:
        results = self.controller.eligibility_results()
        self.model.set_eligibility({cid: (r.status, r.date) for cid, r in results.items()})
        if self.eligibility_filter.currentData():
            self.apply_filters()

    def show_columns_for_owner(self) -> None:
        """A relative's vault shows the person, status and dates, not articles, milestones
        or rules (the case's full view still has them)."""
        family = self.controller.is_unlocked and self.controller.owner_role() == "family"
        for column in (ARTICLES, MILESTONE, ELIGIBILITY):
            self.table.setColumnHidden(column, family)
        for combo in (self.article_filter, self.eligibility_filter):
            combo.setVisible(not family)
        self.table.give_spare_width_to_names()

    def on_controller_vault_locked(self) -> None:
        self.search.clear()
        self.model.clear()
        self.article_filter.clear()
        self.article_filter.addItem(self.tr("Any article"), "")

    # --- search and filters ------------------------------------------------------------

    def on_search_text_changed(self, _text: str) -> None:
        self.apply_filters()

    def on_filter_changed(self, _index: int) -> None:
        self.apply_filters()

    def apply_filters(self) -> None:
        if not self.controller.is_unlocked:
            return
        query = self.search.text().strip()
        matches = self.controller.search(query) if query else None
        self.proxy.set_filters(
            matches=matches,
            group=self.group_filter.currentData(),
            status=self.status_filter.currentData(),
            article=self.article_filter.currentData(),
            eligibility=self.eligibility_filter.currentData(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%1 of %2 cases").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.empty_label.setVisible(total == 0)

    def _refresh_articles(self) -> None:
        current = self.article_filter.currentData()
        found = sorted({a for row in self.model.rows() for a in row.articles})
        self.article_filter.blockSignals(True)
        self.article_filter.clear()
        self.article_filter.addItem(self.tr("Any article"), "")
        for article in found:
            self.article_filter.addItem(article, article)
        self.article_filter.setCurrentIndex(max(0, self.article_filter.findData(current or "")))
        self.article_filter.blockSignals(False)

    def _refresh_groups(self) -> None:
        """The group filter: every known group by its name in the current language."""
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), "")
        for group_id in labels.group_ids():
            self.group_filter.addItem(labels.label("group", group_id), group_id)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current or "")))
        self.group_filter.blockSignals(False)

    # --- keyboard and opening ---------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                if self.proxy.rowCount():
                    self.table.setFocus()
                    self.table.selectRow(0)
                    if key != Qt.Key.Key_Down:
                        self.on_table_activated(self.proxy.index(0, 0))
                return True
            if watched is self.table and key == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.table.currentIndex()
                if current.isValid():
                    self.on_table_activated(current)
                return True
        return super().eventFilter(watched, event)

    def on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_open_requested.emit(self.proxy.case_id(index.row()))

    def selected_case_id(self) -> str | None:
        current = self.table.currentIndex()
        return self.proxy.case_id(current.row()) if current.isValid() else None

    def select_case(self, case_id: str) -> None:
        source_row = self.model.row_of(case_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def delete_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete case"),
            self.tr(
                "Delete the selected case, its history and attachments? This cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete_case(case_id)
