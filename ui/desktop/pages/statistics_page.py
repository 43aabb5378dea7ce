"""The Statistics page: counts and shares by group, status and article as charts and a
table, and under a chosen rule its reach by group and the month-by-month forecast across
its window; export of the page as PDF and of the numbers as CSV.

Numbers come from the controller's case rows (groups, status, articles: no case is
decrypted) and, under a rule, from the controller's evaluation of that rule (choosing a
rule here selects it for the whole app, as on the Eligibility page). They are computed by
:mod:`app.stats` on the GUI thread, which takes milliseconds even for 10,000 cases, a short
moment after the last change. Everything shown is cleared when the vault locks.

The main window adds this page and its Reports menu. GUI thread only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsScene,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.eligibility import evaluation_day
from app.reports.files import write_output_file
from app.reports.stats_html import stats_footer, stats_html
from app.stats import Statistics, count_stats, rule_stats, stats_csv, stats_rows
from ui.desktop import labels, reasons
from ui.desktop.controller import Controller
from ui.desktop.dialogs.print_dialogs import notify_outside_vault, save_pdf
from ui.desktop.file_dialogs import save_file
from ui.desktop.models.table_model import Index, TitledTableModel
from ui.desktop.pages.lazy_page import LazyPage
from ui.desktop.widgets.group_chart import bar_chart, empty_chart
from ui.printing.render import Printable

translate = QCoreApplication.translate

RESULT_COLOURS = {
    "eligible": "#2e7d32",
    "eligible_from": "#1565c0",
    "not_eligible": "#9e9e9e",
    "needs_review": "#ef6c00",
}
MAX_ARTICLES = 12
CHART_NAMES = ("chart:group", "chart:status", "chart:article", "chart:reach", "chart:month")
PDF_CHART_WIDTH = 680  # pixels at 96 dpi: the text width of an A4 page


class StatsTableModel(TitledTableModel):
    """The numbers of a :class:`Statistics` as rows ``(what, value, people, share)``."""

    def __init__(self, parent: Any = None) -> None:
        titles = (self.tr("Counted by"), self.tr("Value"), self.tr("People"), self.tr("Share"))
        super().__init__(titles, parent)
        self._rows: list[tuple[str, str, int, str]] = []

    def set_statistics(self, stats: Statistics | None) -> None:
        self.beginResetModel()
        self._rows = [] if stats is None else [_display_row(row) for row in stats_rows(stats)]
        self.endResetModel()

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _display_row(row: tuple[str, str, int, float | str]) -> tuple[str, str, int, str]:
    section, key, count, percent = row
    kind, _, status = section.partition(":")
    what = {
        "total": translate("Statistics", "All cases"),
        "group": translate("Statistics", "Group"),
        "status": translate("Statistics", "Status"),
        "article": translate("Statistics", "Article"),
        "rule": translate("Statistics", "Rule"),
        "rule_group": translate("Statistics", "Rule, by group"),
        "rule_month": translate("Statistics", "Rule, first qualifying in"),
    }.get(kind, section)
    if status:
        what += f" — {labels.label('result', status)}"
    if kind in ("group", "rule_group"):
        key = labels.label("group", key)
    elif kind == "status":
        key = labels.label("status", key)
    share = f"{labels.format_decimal(percent)} %" if isinstance(percent, float) else ""
    return what, key, count, share


def reach_chart(title: str, by_group: dict[str, dict[str, int]]) -> QChart:
    """A rule's results per group as stacked bars (eligible, from a date, not, review)."""
    chart = empty_chart(title)
    if not by_group:
        chart.legend().hide()
        return chart
    groups = list(reversed(list(by_group)))
    series = QHorizontalStackedBarSeries()
    for status, colour in RESULT_COLOURS.items():
        bars = QBarSet(labels.label("result", status))
        bars.setColor(QColor(colour))
        for group in groups:
            bars.append(by_group[group][status])
        series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([labels.label("group", g) for g in groups])
    categories.setTruncateLabels(False)
    values = QValueAxis()
    values.setLabelFormat("%d")
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    values.applyNiceNumbers()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def chart_image(chart: QChart, width: int = PDF_CHART_WIDTH, height: int = 320) -> QImage:
    """``chart`` drawn in memory at ``width`` x ``height`` (pixels at 96 dpi, the size the
    PDF shows it), with twice the pixels for print; the chart is used up."""
    scale = 2
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width * scale, height * scale), QRectF(0, 0, width, height))
    painter.end()
    return image


class StatisticsPage(LazyPage):
    """See the module docstring."""

    NO_RULE = ""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.statistics: Statistics | None = None

        self.rule_combo = QComboBox(self)
        self.rule_combo.setAccessibleName(self.tr("Rule"))
        self.total_label = QLabel(self)
        self.total_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.pdf_button = QPushButton(self.tr("Export page as PDF…"), self)
        self.csv_button = QPushButton(self.tr("Export numbers as CSV…"), self)

        self.group_view = self._chart_view()
        self.status_view = self._chart_view()
        self.article_view = self._chart_view()
        self.reach_view = self._chart_view()
        self.month_view = self._chart_view()
        self.reach_view.setMinimumHeight(400)  # a label for each of up to twelve groups
        self.model = StatsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(240)
        self.table.setAccessibleName(self.tr("Statistics as numbers"))

        top = QHBoxLayout()
        top.addWidget(self.total_label)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Under the rule:"), self))
        top.addWidget(self.rule_combo)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        grid = QGridLayout()
        grid.addWidget(self.group_view, 0, 0)
        grid.addWidget(self.article_view, 0, 1)
        grid.addWidget(self.status_view, 1, 0)
        grid.addWidget(self.table, 1, 1)
        grid.addWidget(self.reach_view, 2, 0)
        grid.addWidget(self.month_view, 2, 1)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)

        self.rule_combo.currentIndexChanged.connect(self.on_rule_combo_changed)
        self.pdf_button.clicked.connect(self.on_pdf_button_clicked)
        self.csv_button.clicked.connect(self.on_csv_button_clicked)
        controller.vault_unlocked.connect(self.on_controller_vault_unlocked)
        controller.vault_locked.connect(self.on_controller_vault_locked)
        controller.cases_loaded.connect(self.schedule_refresh)
        controller.case_saved.connect(self.schedule_refresh)
        controller.case_deleted.connect(self.schedule_refresh)
        controller.rules_changed.connect(self.fill_rules)
        controller.eligibility_evaluated.connect(self.on_controller_eligibility_evaluated)
        if controller.is_unlocked:
            self.on_controller_vault_unlocked()
        else:
            self.on_controller_vault_locked()

    def _chart_view(self) -> QChartView:
        view = QChartView(self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(280)
        view.setChart(empty_chart(""))
        return view

    # --- state ------------------------------------------------------------------------

    def on_controller_vault_unlocked(self) -> None:
        self.fill_rules()
        self.when_shown(self.refresh)

    def on_controller_vault_locked(self) -> None:
        self._refresh_timer.stop()
        self.statistics = None
        self.rule_combo.blockSignals(True)
        self.rule_combo.clear()
        self.rule_combo.blockSignals(False)
        self.model.set_statistics(None)
        self.total_label.clear()
        for view in self._views():
            view.setChart(empty_chart(""))
        self.pdf_button.setEnabled(False)
        self.csv_button.setEnabled(False)

    def _views(self) -> tuple[QChartView, ...]:
        return (self.group_view, self.status_view, self.article_view, self.reach_view,
                self.month_view)  # fmt: skip

    def fill_rules(self) -> None:
        current = self.chosen_rule_id()
        self.rule_combo.blockSignals(True)
        self.rule_combo.clear()
        self.rule_combo.addItem(self.tr("No rule"), self.NO_RULE)
        if self.controller.is_unlocked:
            for rule in self.controller.rules():
                self.rule_combo.addItem(reasons.rule_title(rule), rule.id)
        index = self.rule_combo.findData(current)
        self.rule_combo.setCurrentIndex(max(0, index))
        self.rule_combo.blockSignals(False)

    def chosen_rule_id(self) -> str:
        data = self.rule_combo.currentData()
        return str(data) if data else self.NO_RULE

    def on_rule_combo_changed(self, _index: int) -> None:
        rule_id = self.chosen_rule_id()
        if rule_id and rule_id not in self._evaluated_rule_ids():
            self.controller.select_rule(rule_id)  # evaluated on a worker: see below
        self.schedule_refresh()

    def _evaluated_rule_ids(self) -> set[str]:
        selected = self.controller.selected_rule()
        results = self.controller.eligibility_results(selected.id) if selected else {}
        return {selected.id} if selected is not None and results else set()

    def on_controller_eligibility_evaluated(self, rule_id: str) -> None:
        if rule_id == self.chosen_rule_id():
            self.schedule_refresh()

    def schedule_refresh(self, *_args: object) -> None:
        if self.controller.is_unlocked:
            self.when_shown(self._refresh_timer.start)

    # --- numbers ----------------------------------------------------------------------

    def compute(self) -> Statistics | None:
        """The statistics now shown (None while locked)."""
        if not self.controller.is_unlocked:
            return None
        rows = self.controller.case_rows()
        stats = count_stats((r.groups, r.status, r.articles) for r in rows)
        rule_id = self.chosen_rule_id()
        rule = next((r for r in self.controller.rules() if r.id == rule_id), None)
        if rule is None:
            return stats
        results = self.controller.eligibility_results(rule.id)
        paired = [(sorted(r.groups), results[r.case_id]) for r in rows if r.case_id in results]
        if len(paired) < len(rows):
            return stats  # still being evaluated: eligibility_evaluated will refresh
        day = evaluation_day(rule, None, self.controller.today())
        reach = rule_stats(rule, [g for g, _ in paired], [res for _, res in paired], day)
        return Statistics(stats.total, stats.by_group, stats.by_status, stats.by_article, reach)

    def refresh(self) -> None:
        self._stale = False
        stats = self.compute()
        self.statistics = stats
        self.model.set_statistics(stats)
        self.pdf_button.setEnabled(stats is not None)
        self.csv_button.setEnabled(stats is not None)
        if stats is None:
            return
        self.total_label.setText(self.tr("Cases: %1").replace("%1", str(stats.total)))
        charts = self.charts(stats)
        for name, view in zip(CHART_NAMES, self._views(), strict=True):
            chart = charts.get(name)
            view.setVisible(chart is not None)
            if chart is not None:
                view.setChart(chart)

    def charts(self, stats: Statistics) -> dict[str, QChart]:
        """New charts of ``stats`` by name (the rule's two only under a rule)."""
        found = {
            "chart:group": bar_chart(
                self.tr("By group"),
                [(labels.label("group", k), s.count) for k, s in stats.by_group.items()],
            ),
            "chart:status": bar_chart(
                self.tr("By status"),
                [(labels.label("status", k), s.count) for k, s in stats.by_status.items()],
            ),
            "chart:article": bar_chart(
                self.tr("By article (most frequent)"),
                [(k, s.count) for k, s in list(stats.by_article.items())[:MAX_ARTICLES]],
            ),
        }
        rule = stats.rule
        if rule is not None:
            title = self.tr("%1 — by group").replace("%1", rule.title_in(labels.language()))
            found["chart:reach"] = reach_chart(title, rule.by_group)
            found["chart:month"] = bar_chart(
                self.tr("First qualifying, by month"), list(rule.by_month.items()), horizontal=False
            )
        return found

    # --- export -----------------------------------------------------------------------

    def chart_images(self) -> dict[str, QImage]:
        """The charts as images drawn in memory for the PDF (fresh charts at print size,
        so what the window shows is not resized)."""
        if self.statistics is None:
            return {}
        return {name: chart_image(chart) for name, chart in self.charts(self.statistics).items()}

    def printable(self) -> Printable:
        assert self.statistics is not None
        today: date = self.controller.today()
        images = self.chart_images()

        lang = labels.language()  # the printout in the app's language
        html = stats_html(
            self.statistics,
            printed_on=today,
            charts=[(n, PDF_CHART_WIDTH) for n in images],
            lang=lang,
        )
        return Printable(html, stats_footer(today, lang), images)

    def on_pdf_button_clicked(self) -> str:
        if self.statistics is None:
            return ""
        return save_pdf(self, [self.printable()], "A4", "statistics.pdf")

    def on_csv_button_clicked(self) -> str:
        if self.statistics is None:
            return ""
        path = save_file(self, self.tr("Export numbers as CSV"), "statistics.csv",
                         self.tr("CSV files (*.csv)"))  # fmt: skip
        if not path:
            return ""
        write_output_file(path, stats_csv(self.statistics).encode("utf-8-sig"))
        notify_outside_vault(self, path)
        return path
