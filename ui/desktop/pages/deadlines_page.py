"""Deadlines across every case (appeal, cassation, ECHR...), soonest first, overdue in red."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.controller import Controller
from ui.desktop.models import roles
from ui.desktop.models.upcoming_model import UpcomingModel, within


class DeadlinesPage(QWidget):
    case_open_requested = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._stale = False  # cases changed while hidden: refresh when shown
        self.model = UpcomingModel(self._name, self)
        self.range_combo = QComboBox(self)
        for days, text in (
            (30, self.tr("Next 30 days")),
            (90, self.tr("Next 90 days")),
            (365, self.tr("Next 12 months")),
            (100_000, self.tr("All")),
        ):
            self.range_combo.addItem(text, days)
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setColumnWidth(1, 240)
        self.table.setTabKeyNavigation(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.range_combo)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.range_combo.currentIndexChanged.connect(self.on_range_changed)
        self.table.activated.connect(self.on_table_activated)
        for signal in (
            controller.cases_loaded,
            controller.case_saved,
            controller.case_deleted,
        ):
            signal.connect(self.on_controller_cases_changed)
        controller.vault_locked.connect(self.model.clear)
        self.refresh()

    def _name(self, case_id: str) -> str:
        row = self.controller.case_row(case_id)
        return row.display[0] if row else ""

    def on_range_changed(self, _index: int) -> None:
        self.refresh()

    def on_controller_cases_changed(self, *_args: object) -> None:
        # Over 10,000 cases a refresh takes a moment that a hidden page should not take
        # from the page shown (after unlock: the case list).
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        self._stale = False
        if not self.controller.is_unlocked:
            self.model.clear()
            return
        items = [d for row in self.controller.case_rows() for d in row.deadlines]
        shown = within(items, self.controller.today(), int(self.range_combo.currentData()))
        self.model.set_items(shown)
        overdue = sum(1 for d in shown if d.overdue)
        self.count.setText(
            self.tr("%1 deadlines, %2 overdue")
            .replace("%1", str(len(shown)))
            .replace("%2", str(overdue))
        )

    def on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(roles.CASE_ID)
        if case_id:
            self.case_open_requested.emit(str(case_id))
