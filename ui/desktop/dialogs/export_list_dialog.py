"""Exporting the case list with chosen columns to CSV or XLSX, in the chosen language
(headers, statuses, groups, terms in words: :mod:`app.list_export`); the language starts as
the app's. A written file is outside the vault: the user is told once. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.list_export import (
    COLUMNS,
    DEFAULT_COLUMNS,
    ListExportError,
    export_list,
    format_for,
    header_words,
    needs_whole_cases,
)
from app.reports.files import write_output_file
from app.words import LANGUAGE_NAMES, word
from ui.desktop.controller import Controller
from ui.desktop.dialogs.print_dialogs import notify_outside_vault
from ui.desktop.file_dialogs import save_file
from ui.desktop.labels import language
from ui.desktop.widgets.action_buttons import action_buttons


class ExportListDialog(QDialog):
    """Export every case (or one group's) with the chosen columns to CSV or XLSX."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Export the list"))
        self.columns_model = QStandardItemModel(self)
        lang = language()
        for column in COLUMNS:
            item = QStandardItem(header_words(column, lang))
            item.setData(column, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if column in DEFAULT_COLUMNS else Qt.CheckState.Unchecked
            )
            self.columns_model.appendRow(item)
        self.columns = QListView(self)
        self.columns.setModel(self.columns_model)
        self.columns.setAccessibleName(self.tr("Columns to export"))
        self.group = QComboBox(self)
        self.group.addItem(self.tr("All cases"), "")
        for code in sorted({g for row in controller.case_rows() for g in row.groups}):
            self.group.addItem(word("group", code, lang), code)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(lang))
        buttons, self.export_button = action_buttons(self, self.tr("Export…"))
        buttons.accepted.connect(self.on_export_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Columns:"), self))
        layout.addWidget(self.columns, 1)
        layout.addWidget(QLabel(self.tr("Cases:"), self))
        layout.addWidget(self.group)
        layout.addWidget(QLabel(self.tr("Language of the headers and values:"), self))
        layout.addWidget(self.language)
        layout.addWidget(buttons)
        controller.vault_locked.connect(self.reject)

    def chosen_columns(self) -> list[str]:
        model = self.columns_model
        return [
            str(model.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def case_ids(self) -> list[str]:
        group = str(self.group.currentData() or "")
        rows = self.controller.case_rows()
        return [r.case_id for r in rows if not group or group in r.groups]

    def export_to(self, path: str) -> int:
        """Write the chosen cases and columns to ``path``; the number of cases written."""
        fmt = format_for(path)
        ids = self.case_ids()
        columns = self.chosen_columns()
        if needs_whole_cases(columns):
            found = [self.controller.get_case(case_id) for case_id in ids]
        else:  # the same cells from the facts read at unlock (app.list_export)
            found = self.controller.require_session().light_cases(ids)
        cases = sorted(found, key=lambda c: c.person.full_name.casefold())
        lang = str(self.language.currentData())
        data = export_list(cases, columns, self.controller.today(), fmt, lang)
        write_output_file(path, data)
        return len(cases)

    def on_export_button_clicked(self) -> None:
        path = save_file(self, self.tr("Export the list"), "cases.xlsx",
                         self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))  # fmt: skip
        if not path:
            return
        if not path.lower().endswith((".csv", ".xlsx")):
            path += ".xlsx"
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.export_to(path)
        except (ListExportError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        notify_outside_vault(self, path)
        self.accept()
