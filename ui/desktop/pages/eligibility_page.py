"""Eligibility: choose a built-in or imported rule (import a ``.toml``), see each case's status,
date and reasons, and open a case from there."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.desktop import file_dialogs, labels, reasons
from ui.desktop.controller import Controller
from ui.desktop.models import roles
from ui.desktop.models.eligibility_model import STATUS, EligibilityModel, EligibilityProxy
from ui.desktop.widgets.badge_delegate import BadgeDelegate


class EligibilityPage(QWidget):
    case_open_requested = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = EligibilityModel(self._name, self)
        self.proxy = EligibilityProxy(self)
        self.proxy.setSourceModel(self.model)
        self.reasons_model = QStringListModel(self)

        self.rule_combo = QComboBox(self)
        self.rule_combo.setAccessibleName(self.tr("Rule"))
        self.rule_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.import_button = QPushButton(self.tr("Import rule (.toml)…"), self)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("Every status"), "")
        for code, text in labels.choices("result"):
            self.status_filter.addItem(text, code)
        self.rule_info = QLabel(self)
        self.rule_info.setWordWrap(True)
        self.rule_info.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(STATUS, BadgeDelegate(self.table))
        self.table.setTabKeyNavigation(False)
        for column, width in enumerate((220, 170, 100, 140)):
            self.table.setColumnWidth(column, width)

        self.reasons_view = QListView(self)
        self.reasons_view.setModel(self.reasons_model)
        self.reasons_view.setWordWrap(True)
        self.reasons_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reasons_view.setAccessibleName(self.tr("Reasons"))
        self.open_button = QPushButton(self.tr("Open case"), self)
        self.open_button.setEnabled(False)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        details = QGroupBox(self.tr("Reasons"), self)
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.result_label)
        details_layout.addWidget(self.reasons_view, 1)
        details_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rule:"), self))
        top.addWidget(self.rule_combo, 1)
        top.addWidget(self.import_button)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Show:"), self))
        second.addWidget(self.status_filter)
        second.addStretch(1)
        second.addWidget(self.counts)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # What to do first, while the vault has no case to evaluate.
        self.empty_hint = QLabel(
            self.tr(
                "No cases yet. Add a case (Cases, New case) or import a list (Reports, "
                "Import a list), then choose a rule here to see who it covers and why."
            ),
            self,
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rule_info)
        layout.addWidget(self.empty_hint)
        layout.addLayout(second)
        layout.addWidget(splitter, 1)

        self.rule_combo.currentIndexChanged.connect(self.on_rule_combo_changed)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.status_filter.currentIndexChanged.connect(self.on_status_filter_changed)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.table.activated.connect(self.on_table_activated)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        controller.rules_changed.connect(self.refresh_rules)
        controller.rule_selected.connect(self.on_controller_rule_selected)
        controller.eligibility_evaluated.connect(self.on_controller_eligibility_evaluated)
        controller.rule_import_failed.connect(self.on_controller_rule_import_failed)
        controller.vault_locked.connect(self.on_controller_vault_locked)
        controller.case_saved.connect(self.on_controller_case_saved)
        controller.vault_unlocked.connect(self.refresh_rules)
        if controller.is_unlocked:
            self.refresh_rules()
            self.on_controller_eligibility_evaluated("")

    def _name(self, case_id: str) -> str:
        row = self.controller.case_row(case_id)
        return row.display[0] if row else ""

    def refresh_rules(self) -> None:
        selected = self.controller.selected_rule()
        self.rule_combo.blockSignals(True)
        self.rule_combo.clear()
        for rule in self.controller.rules():
            origin = (
                self.tr("built-in") if self.controller.is_builtin(rule.id) else self.tr("imported")
            )
            self.rule_combo.addItem(f"{reasons.rule_title(rule)} ({origin})", rule.id)
        if selected is not None:
            self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(selected.id)))
        self.rule_combo.blockSignals(False)
        self._show_rule_info()

    def _show_rule_info(self) -> None:
        rule = self.controller.selected_rule()
        if rule is None:
            self.rule_info.clear()
            return
        parts = [labels.label("rule_kind", rule.kind)]
        if rule.effective_date:
            parts.append(
                self.tr("evaluated on %1").replace("%1", labels.format_date(rule.effective_date))
            )
        if rule.window_end:
            parts.append(
                self.tr("forecast up to %1").replace("%1", labels.format_date(rule.window_end))
            )
        text = " · ".join(parts)
        notes = reasons.rule_notes(rule)
        if notes:
            text += "\n" + notes
        verify = reasons.rule_verify(rule)
        if verify:
            text += "\n⚠ " + verify  # the rule's own warning, in the app's language when given
        source = reasons.rule_source(rule)
        if source:
            text += "\n" + self.tr("Source: %1").replace("%1", source)
        self.rule_info.setText(text)

    # --- actions ----------------------------------------------------------------------

    def on_rule_combo_changed(self, index: int) -> None:
        rule_id = self.rule_combo.itemData(index)
        if rule_id:
            self.model.clear()
            self.reasons_model.setStringList([])
            self.controller.select_rule(str(rule_id))

    def on_import_button_clicked(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Import a rule"), "", self.tr("Rule files (*.toml)")
        )
        if path:
            self.controller.import_rule(path)

    def on_status_filter_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_filter.currentData())
        self._show_counts()

    def on_controller_rule_selected(self, rule_id: str) -> None:
        self.rule_combo.blockSignals(True)
        self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(rule_id)))
        self.rule_combo.blockSignals(False)
        self._show_rule_info()

    def on_controller_eligibility_evaluated(self, _rule_id: str) -> None:
        self.model.set_results(self.controller.eligibility_results().values())
        self.reasons_model.setStringList([])
        self.result_label.clear()
        self.open_button.setEnabled(False)
        self._show_counts()

    def on_controller_case_saved(self, _case_id: str) -> None:
        self.model.set_results(self.controller.eligibility_results().values())
        self._show_counts()

    def on_controller_rule_import_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("The rule was not imported"), message)

    def on_controller_vault_locked(self) -> None:
        self.refresh_rules()  # imported rules live in the vault: their titles go too
        self.model.clear()
        self.reasons_model.setStringList([])
        self.result_label.clear()
        self.counts.clear()

    def _show_counts(self) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self.counts.setText(
            self.tr("%1 of %2 cases")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def on_table_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        result = self.model.result(self.proxy.mapToSource(index).row())
        headline = labels.label("result", result.status)
        if result.date is not None:
            headline += " · " + labels.format_date(result.date)
        why = reasons.summarise(result)
        if why:
            headline += " · " + why
        text = f"{self._name(result.case_id)} — {headline}"
        rule = self.controller.selected_rule()
        if rule is not None and rule.id == result.rule_id and result.clause is not None:
            source = reasons.clause_source(rule, result.clause)  # the part of the act
            if source:
                text += "\n" + self.tr("Source: %1").replace("%1", source)
            note = reasons.clause_verify(rule, result.clause)  # how far that part is checked
            if note:
                text += "\n⚠ " + note
        self.result_label.setText(text)
        self.reasons_model.setStringList(
            [reasons.render_reason(r, result.on) for r in result.reasons]
        )
        self.open_button.setEnabled(True)

    def on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(roles.CASE_ID)
        if case_id:
            self.case_open_requested.emit(str(case_id))

    def on_open_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.on_table_activated(index)
