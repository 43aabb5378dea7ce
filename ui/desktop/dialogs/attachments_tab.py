"""The case editor's attachments: add (encrypted into the vault on a worker), view from
memory, export a decrypted copy only when asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.desktop import file_dialogs, labels
from ui.desktop.controller import Controller
from ui.desktop.dialogs.attachment_viewer import AttachmentViewer, can_view
from ui.desktop.models.record_list_model import Column, RecordListModel
from ui.desktop.widgets.badge_delegate import BadgeDelegate


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)


class AttachmentsTab(QWidget):
    view_opened = Signal(object)  # the AttachmentViewer

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.case_id = ""
        columns = [
            Column("name", self.tr("Name"), editable=False),
            Column("media_type", self.tr("Type"), editable=False),
            Column("size_text", self.tr("Size"), editable=False),
            Column("added_text", self.tr("Added"), editable=False),
            Column("visibility", self.tr("Visible to"), "choice", "visibility", editable=False),
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
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.view_button.clicked.connect(self.on_view_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
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
                    "added_text": labels.format_date(_parse_day(added)) if added else "",
                }
            )
        self.model.set_records(records)
        for button in (self.add_button, self.view_button, self.export_button):
            button.setEnabled(stored)
        self.note.setText(
            self.tr(
                "Files are encrypted into the vault. They open here from memory; “Export” "
                "writes a readable copy where you choose."
            )
            if stored
            else self.tr("Save the case first, then add files.")
        )

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
