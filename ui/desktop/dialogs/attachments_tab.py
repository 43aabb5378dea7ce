"""The case editor's attachments: add (encrypted into the vault on a worker), view from
memory, export a decrypted copy only when asked, choose who may see each one (saved with the
case), remove one (its encrypted bytes are deleted at once, after a question)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model import VISIBILITIES
from ui.desktop import file_dialogs, labels
from ui.desktop.controller import Controller
from ui.desktop.dialogs.attachment_viewer import AttachmentViewer, can_view
from ui.desktop.models.record_list_model import Column, RecordListModel
from ui.desktop.widgets.badge_delegate import BadgeDelegate

translate = QCoreApplication.translate


def human_size(size: int) -> str:
    units = (
        translate("AttachmentsTab", "B"),
        translate("AttachmentsTab", "KB"),
        translate("AttachmentsTab", "MB"),
        translate("AttachmentsTab", "GB"),
    )
    value = float(size)
    for number, unit in enumerate(units):
        if value < 1024 or number == len(units) - 1:
            return f"{QLocale().toString(value, 'f', 0 if number == 0 else 1)} {unit}"
        value /= 1024
    return str(size)


class AttachmentsTab(QWidget):
    view_opened = Signal(object)  # the AttachmentViewer

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.case_id = ""
        self._stored = False
        columns = [
            Column("name", self.tr("Name"), editable=False),
            Column("kind_text", self.tr("Type"), editable=False),
            Column("size_text", self.tr("Size"), editable=False),
            Column("added_text", self.tr("Added"), editable=False),
            Column("visibility", self.tr("Visible to"), "choice", "visibility", VISIBILITIES),
        ]
        self.model = RecordListModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(4, BadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 150)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add file…"), self)
        self.view_button = QPushButton(self.tr("View"), self)
        self.export_button = QPushButton(self.tr("Export a copy…"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.visibility = QComboBox(self)
        for code, word in labels.choices("visibility"):
            self.visibility.addItem(word, code)
        self.visibility.setAccessibleName(self.tr("Visible to"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Visible to:"), self))
        buttons.addWidget(self.visibility)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.view_button.clicked.connect(self.on_view_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.visibility.activated.connect(self.on_visibility_activated)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.table.activated.connect(lambda _i: self.on_view_clicked())
        controller.attachment_loaded.connect(self.on_controller_attachment_loaded)
        self._pending_view: str | None = None

    def load(self, case_id: str, attachments: list[dict[str, Any]], stored: bool) -> None:
        self.case_id = case_id
        records = []
        for item in attachments:
            added = str(item.get("added") or "")[:10]
            records.append(
                {
                    **item,
                    "size_text": human_size(int(item.get("size") or 0)),
                    "kind_text": labels.media_type_words(
                        str(item.get("media_type") or ""), str(item.get("name") or "")
                    ),
                    "added_text": labels.format_date(_parse_day(added)) if added else "",
                }
            )
        self.model.set_records(records)
        self._stored = stored
        for button in (self.add_button, self.view_button, self.export_button):
            button.setEnabled(stored)
        if records:
            self.table.selectRow(0)
        self._show_selected_visibility()
        self.note.setText(
            self.tr(
                "Files are encrypted into the vault. They open here from memory; “Export” "
                "writes a readable copy where you choose."
            )
            if stored
            else self.tr("Save the case first, then add files.")
        )

    def store(self, data: dict[str, Any]) -> None:
        """Write each attachment's chosen visibility into the case JSON."""
        chosen = {str(r["id"]): r.get("visibility") for r in self.model.records()}
        for item in data.get("attachments") or []:
            if chosen.get(str(item.get("id"))):
                item["visibility"] = chosen[str(item["id"])]

    def _selected_row(self) -> int | None:
        current = self.table.currentIndex()
        if current.isValid():
            return current.row()
        return 0 if self.model.rowCount() else None

    def _show_selected_visibility(self) -> None:
        row = self._selected_row()
        has_row = row is not None
        self.visibility.setEnabled(has_row)
        self.remove_button.setEnabled(has_row and self._stored)
        if row is not None:
            code = self.model.record(row).get("visibility") or "privileged"
            self.visibility.setCurrentIndex(max(0, self.visibility.findData(code)))

    def on_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._show_selected_visibility()

    def on_visibility_activated(self, _index: int) -> None:
        row = self._selected_row()
        if row is not None:
            self.model.set_field(row, "visibility", self.visibility.currentData())

    def on_remove_clicked(self) -> None:
        record = self._selected()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the file"),
            self.tr(
                "Remove “%1” from this case? Its encrypted copy is deleted from the vault; "
                "the file on your computer, if any, is not touched."
            ).replace("%1", str(record.get("name") or "")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.remove_attachment(self.case_id, str(record["id"]))

    def _selected(self) -> dict[str, Any] | None:
        current = self.table.currentIndex()
        if not current.isValid() and self.model.rowCount():
            current = self.model.index(0, 0)
        return self.model.record(current.row()) if current.isValid() else None

    def on_add_clicked(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Add a file to the case"))
        if path:
            self.controller.add_attachment(self.case_id, path)

    def on_view_clicked(self) -> None:
        record = self._selected()
        if record is None:
            return
        if not can_view(str(record.get("media_type"))):
            self.note.setText(
                self.tr("This kind of file cannot be shown here; export a copy to open it.")
            )
            return
        self._pending_view = str(record["id"])
        self.controller.load_attachment(self.case_id, str(record["id"]))

    def on_controller_attachment_loaded(
        self, case_id: str, attachment_id: str, data: bytes
    ) -> None:
        if case_id != self.case_id or attachment_id != self._pending_view:
            return
        self._pending_view = None
        media_type = next(
            (str(r["media_type"]) for r in self.model.records() if r["id"] == attachment_id),
            "application/octet-stream",
        )
        viewer = AttachmentViewer(data, media_type, self)
        self.view_opened.emit(viewer)
        viewer.show()

    def on_export_clicked(self) -> None:
        record = self._selected()
        if record is None:
            return
        path = file_dialogs.save_file(
            self, self.tr("Export a readable copy"), str(record.get("name") or "")
        )
        if path:
            self.controller.export_attachment(self.case_id, str(record["id"]), path)


def _parse_day(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
