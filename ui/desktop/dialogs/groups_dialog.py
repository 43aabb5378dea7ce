"""Rename groups: each group's name in the current language, editable in place, with how many
cases are in it. Groups are the user's own vocabulary (docs/groups.md); a new one is made by
typing it in a case's Groups field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.groups import DEFAULT_GROUPS, MAX_NAME_LENGTH
from ui.desktop import labels
from ui.desktop.group_names import GroupNames

NAME, CASES, ORIGIN = range(3)
_ID = Qt.ItemDataRole.UserRole


class GroupsDialog(QDialog):
    def __init__(self, groups: GroupNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups = groups
        self.setWindowTitle(self.tr("Groups"))
        self.resize(560, 460)
        intro = QLabel(
            self.tr(
                "Double-click a name to change it. Names are kept per language, in the vault; "
                "a new group is added by typing it in a case's Groups field."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Cases"), self.tr("Origin")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._original: dict[str, str] = {}
        self._items: list[QTableWidgetItem] = []  # the name cells, by row
        self.load()

    def load(self) -> None:
        counts = self.groups.counts()
        ids = labels.group_ids()
        self.table.setRowCount(len(ids))
        self._original = {}
        self._items = []
        for row, group_id in enumerate(ids):
            name = labels.label("group", group_id)
            self._original[group_id] = name
            item = QTableWidgetItem(name)
            item.setData(_ID, group_id)
            self._items.append(item)
            self.table.setItem(row, NAME, item)
            for column, text in (
                (CASES, str(counts.get(group_id, 0))),
                (
                    ORIGIN,
                    self.tr("Built-in") if group_id in DEFAULT_GROUPS else self.tr("Your own"),
                ),
            ):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)

    def changed_names(self) -> dict[str, str]:
        """Group id -> new name, for the names edited (spaces tidied)."""
        found = {}
        for item in self._items:
            group_id = str(item.data(_ID))
            name = " ".join(item.text().split())
            if name != self._original.get(group_id):
                found[group_id] = name
        return found

    def on_save(self) -> None:
        changed = self.changed_names()
        for group_id, name in changed.items():
            if not name or len(name) > MAX_NAME_LENGTH:
                self.error.setText(
                    self.tr("A group's name must have 1 to %1 characters.").replace(
                        "%1", str(MAX_NAME_LENGTH)
                    )
                )
                self.error.show()
                self._select(group_id)
                return
        self.groups.rename(changed)
        self.accept()

    def _select(self, group_id: str) -> None:
        for row, item in enumerate(self._items):
            if item.data(_ID) == group_id:
                self.table.selectRow(row)
                self.table.editItem(item)
