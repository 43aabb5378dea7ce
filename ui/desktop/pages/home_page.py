"""The dashboard: upcoming releases, eligibility dates under the selected rule, deadlines in
the next 30 days (overdue in red), and counts by group as a bar chart."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.desktop import labels, reasons
from ui.desktop.controller import Controller
from ui.desktop.deadline_marks import marks_for
from ui.desktop.models import roles
from ui.desktop.models.case_rows import UpcomingDate, upcoming_dates
from ui.desktop.models.upcoming_model import UpcomingModel, within
from ui.desktop.pages.lazy_page import LazyPage
from ui.desktop.widgets.group_chart import GroupChart

RELEASE_DAYS = 90
DEADLINE_DAYS = 30
ELIGIBILITY_DAYS = 365


class HomePage(LazyPage):
    case_open_requested = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.summary = QLabel(self)
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        self.releases = UpcomingModel(self._name, self)
        self.eligibility = UpcomingModel(self._name, self)
        self.deadlines = UpcomingModel(self._name, self)
        self.chart = GroupChart(self)
        self.rule_label = QLabel(self)
        self.rule_label.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(
            self._box(self.tr("Releases in the next 90 days"), self._table(self.releases)), 0, 0
        )
        eligibility_box = self._box(
            self.tr("Eligibility dates"), self.rule_label, self._table(self.eligibility)
        )
        grid.addWidget(eligibility_box, 0, 1)
        grid.addWidget(
            self._box(
                self.tr("Deadlines in the next 30 days (overdue in red)"),
                self._table(self.deadlines),
            ),
            1,
            0,
        )
        grid.addWidget(self._box(self.tr("Cases by group"), self.chart), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)

        controller.cases_loaded.connect(self.on_controller_cases_changed)
        controller.case_saved.connect(self.on_controller_cases_changed)
        controller.case_deleted.connect(self.on_controller_cases_changed)
        marks_for(controller).changed.connect(self.on_controller_cases_changed)
        controller.eligibility_evaluated.connect(self.on_controller_eligibility_evaluated)
        controller.vault_locked.connect(self.on_controller_vault_locked)
        if controller.is_unlocked:
            self.refresh()

    def _box(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _table(self, model: UpcomingModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.setColumnWidth(1, 200)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.activated.connect(self.on_table_activated)
        return view

    def _name(self, case_id: str) -> str:
        row = self.controller.case_row(case_id)
        return row.display[0] if row else ""

    def on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(roles.CASE_ID)
        if case_id:
            self.case_open_requested.emit(str(case_id))

    def on_controller_cases_changed(self, *_args: object) -> None:
        self.when_shown(self.refresh)

    def on_controller_eligibility_evaluated(self, _rule_id: str) -> None:
        self.when_shown(self._refresh_eligibility)

    def on_controller_vault_locked(self) -> None:
        for model in (self.releases, self.eligibility, self.deadlines):
            model.clear()
        self.chart.set_counts([])
        self.summary.clear()
        self.rule_label.clear()

    def refresh(self) -> None:
        self._stale = False
        if not self.controller.is_unlocked:
            return
        today = self.controller.today()
        rows = self.controller.case_rows()
        self.releases.set_items(
            [d for d in upcoming_dates(rows, today, RELEASE_DAYS) if d.kind == "release"]
        )
        done = marks_for(self.controller).done_ids()
        deadlines = [d for row in rows for d in row.deadlines if d.ref not in done]
        self.deadlines.set_items(within(deadlines, today, DEADLINE_DAYS))
        groups: Counter[str] = Counter(g for row in rows for g in row.groups)
        self.chart.set_counts([(labels.label("group", g), n) for g, n in groups.most_common()])
        imprisoned = sum(1 for row in rows if row.status == "imprisoned")
        pretrial = sum(1 for row in rows if row.status == "pretrial")
        if rows:
            self.summary.setText(
                self.tr("%1 cases: %2 in prison, %3 in pretrial detention")
                .replace("%1", str(len(rows)))
                .replace("%2", str(imprisoned))
                .replace("%3", str(pretrial))
            )
        else:
            self.summary.setText(
                self.tr(
                    "No cases yet. Add the first one with Vault › New case (Ctrl+N), or bring "
                    "in a list with Reports › Import a list…"
                )
            )
        self._refresh_eligibility()

    def _refresh_eligibility(self) -> None:
        rule = self.controller.selected_rule()
        if rule is None or not self.controller.is_unlocked:
            self.eligibility.clear()
            return
        self.rule_label.setText(self.tr("Under: %1").replace("%1", reasons.rule_title(rule)))
        today = self.controller.today()
        items = []
        for result in self.controller.eligibility_results().values():
            eligible = result.status in ("eligible", "eligible_from")
            if eligible and result.date is not None and result.date >= today:
                what = labels.label("result", result.status)
                if result.effect and result.effect != "eligible":
                    what += f" · {labels.label('effect', result.effect)}"
                items.append(UpcomingDate(result.case_id, result.date, what, "eligibility"))
        self.eligibility.set_items(within(items, today, ELIGIBILITY_DAYS))
