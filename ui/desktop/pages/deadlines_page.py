"""Deadlines and alerts across every case (appeal, cassation, ECHR, a detention order that
ran out, a served term), soonest first, overdue in red; each can be marked done, which takes
it off the overdue list (docs/deadlines.md)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.desktop.controller import Controller
from ui.desktop.deadline_marks import marks_for
from ui.desktop.models import roles
from ui.desktop.models.upcoming_model import UpcomingModel, within
from ui.desktop.pages.lazy_page import LazyPage


class DeadlinesPage(LazyPage):
    case_open_requested = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.marks = marks_for(controller)
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
        self.show_done = QCheckBox(self.tr("Show done"), self)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setEnabled(False)
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
        top.addWidget(self.show_done)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.done_button)
        # What to do first, in place of an empty table.
        self.empty_hint = QLabel(
            self.tr(
                "No deadlines in this period. Deadlines follow from a case's decisions: open "
                "a case and add its verdict, appeal or cassation decision under Events, or a "
                "reminder with its date."
            ),
            self,
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.range_combo.currentIndexChanged.connect(self.on_range_changed)
        self.table.activated.connect(self.on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.show_done.toggled.connect(self.refresh)
        self.done_button.clicked.connect(self.on_done_clicked)
        self.marks.changed.connect(self.refresh)
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
        self.when_shown(self.refresh)

    def refresh(self, *_args: object) -> None:
        self._stale = False
        if not self.controller.is_unlocked:
            self.model.clear()
            return
        done = self.marks.done_ids()
        items = [
            d
            for row in self.controller.case_rows()
            for d in row.deadlines
            if self.show_done.isChecked() or d.ref not in done
        ]
        shown = within(items, self.controller.today(), int(self.range_combo.currentData()))
        self.model.set_items(shown, done)
        self.empty_hint.setVisible(not shown)
        self.on_selection_changed()
        overdue = sum(1 for d in shown if d.overdue and d.ref not in done)
        self.count.setText(
            self.tr("%1 deadlines, %2 overdue")
            .replace("%1", str(len(shown)))
            .replace("%2", str(overdue))
        )

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def on_selection_changed(self, *_args: object) -> None:
        row = self._selected_row()
        markable = row is not None and bool(self.model.item(row).ref)
        self.done_button.setEnabled(markable)
        if row is not None and self.model.is_done(row):
            self.done_button.setText(self.tr("Mark not done"))
        else:
            self.done_button.setText(self.tr("Mark done"))

    def on_done_clicked(self) -> None:
        row = self._selected_row()
        if row is None or not self.model.item(row).ref:
            return
        item = self.model.item(row)
        self.marks.set_done(item.case_id, item.ref, not self.model.is_done(row))

    def on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(roles.CASE_ID)
        if case_id:
            self.case_open_requested.emit(str(case_id))
