"""Item models of the contacts page: contacts with their trust state, and conflicts to
review after imports. GUI thread only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from app.bundle.conflicts import Conflict
from app.contacts import Contact
from app.identity import format_fingerprint
from ui.desktop import labels
from ui.desktop.models.table_model import Index, TitledTableModel


class ContactsModel(TitledTableModel):
    COLUMNS = ("name", "state", "profile", "shared", "fingerprint")

    def __init__(self, parent: QObject | None = None) -> None:
        titles = (
            self.tr("Name"),
            self.tr("State"),
            self.tr("Profile"),
            self.tr("Shared cases"),
            self.tr("Fingerprint"),
        )
        super().__init__(titles, parent)
        self._contacts: list[Contact] = []

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def contact(self, row: int) -> Contact:
        return self._contacts[row]

    def row_count(self) -> int:
        return len(self._contacts)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return contact.name
            if column == "state":
                if contact.key_changed:
                    return self.tr("KEY CHANGED")
                return self.tr("verified") if contact.verified else self.tr("not verified")
            if column == "profile":
                return labels.label("profile", contact.profile)
            if column == "shared":
                return len(contact.shared)
            return format_fingerprint(contact.fingerprint)[:17] + "…"
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            return QColor("#b00020") if not contact.sendable else QColor("#1b5e20")
        return None


class ConflictsModel(TitledTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        titles = (self.tr("Case"), self.tr("Field"), self.tr("Shown"), self.tr("Other value"))
        super().__init__(titles, parent)
        self._rows: list[Conflict] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        return self._rows[row]

    def data(self, index: Index, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        conflict = self._rows[index.row()]
        if conflict.kind == "deleted_by_sender":
            values = (conflict.name, self.tr("whole case"), "", self.tr("deleted by %1"))
            return values[index.column()].replace("%1", conflict.by)
        other = conflict.alternatives[0]["value"] if conflict.alternatives else None
        values = (conflict.name, conflict.field, _short(conflict.current), _short(other))
        return values[index.column()]


def _short(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("text") or value.get("name") or value
    text = "—" if value is None else str(value)
    return text if len(text) < 60 else text[:59] + "…"
