"""The case editor's groups: tick existing groups, or type a new one (docs/groups.md).

Groups are listed by their names in the current language (:mod:`ui.desktop.labels`). A typed
name that is already a group's name ticks that group; otherwise it becomes a new group whose
id is made from the name (``Tələbələr`` → ``telebeler``) and whose name is the text typed, kept
in the vault when the case is saved (:meth:`GroupPicker.new_names`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from app.groups import MAX_NAME_LENGTH, id_for_name
from ui.desktop import labels

_ID = Qt.ItemDataRole.UserRole


class GroupPicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setMinimumHeight(150)
        self.view.setAccessibleName(self.tr("Groups"))
        self.new_group = QLineEdit(self)
        self.new_group.setPlaceholderText(self.tr("Another group: type its name"))
        self.new_group.setMaxLength(MAX_NAME_LENGTH)
        self.add_button = QPushButton(self.tr("Add group"), self)
        self.add_button.setEnabled(False)
        self._new: dict[str, str] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_group, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.new_group.textChanged.connect(self.on_new_group_text_changed)
        self.new_group.returnPressed.connect(self.on_add_clicked)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.set_groups([])

    def _append(self, group_id: str, name: str, checked: bool) -> None:
        item = QStandardItem(name)
        item.setData(group_id, _ID)
        item.setCheckable(True)
        item.setEditable(False)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.model.appendRow(item)

    def _ids(self) -> list[str]:
        return [str(self.model.item(r).data(_ID)) for r in range(self.model.rowCount())]

    def set_groups(self, chosen: list[str]) -> None:
        """List every known group and the case's own, ticking ``chosen``."""
        self.model.clear()
        self._new.clear()
        for group_id in dict.fromkeys([*labels.group_ids(), *chosen]):
            self._append(group_id, labels.label("group", group_id), group_id in chosen)

    def groups(self) -> list[str]:
        """The ticked groups' ids, in the list's order."""
        return [
            str(self.model.item(r).data(_ID))
            for r in range(self.model.rowCount())
            if self.model.item(r).checkState() == Qt.CheckState.Checked
        ]

    def new_names(self) -> dict[str, str]:
        """Groups typed here that are ticked: id -> the name typed."""
        ticked = set(self.groups())
        return {group_id: name for group_id, name in self._new.items() if group_id in ticked}

    def on_new_group_text_changed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))

    def on_add_clicked(self) -> None:
        name = " ".join(self.new_group.text().split())
        if not name:
            return
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.text().casefold() == name.casefold():  # a group that has this name
                item.setCheckState(Qt.CheckState.Checked)
                self.view.scrollTo(item.index())
                self.new_group.clear()
                return
        group_id = id_for_name(name, self._ids())
        self._new[group_id] = name
        self._append(group_id, name, True)
        self.view.scrollTo(self.model.index(self.model.rowCount() - 1, 0))
        self.new_group.clear()
