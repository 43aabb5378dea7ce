"""Counts as bar charts (QtCharts): :func:`bar_chart` for the statistics page and its
printout, and :class:`GroupChart`, the dashboard's counts by group."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget


class GroupChart(QChartView):
    """Call :meth:`set_counts` with ``[(label, count)]``; an empty list shows nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.set_counts([])

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        chart = bar_chart("", counts)
        self.setChart(chart)
        self.counts = counts


def empty_chart(title: str) -> QChart:
    """A chart with ``title``, small margins, square corners and no animation."""
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _short(label: str, width: int = 30) -> str:
    """A long group name cut at a word with "…", so the chart's margin never cuts it and a
    neighbour's label is never hidden to make room (the table beside it has the full name)."""
    if len(label) <= width:
        return label
    cut = label.rfind(" ", 0, width - 1)
    return label[: cut if cut > width // 2 else width - 1].rstrip(" ,") + "…"


def bar_chart(title: str, counts: list[tuple[str, int]], *, horizontal: bool = True) -> QChart:
    """Counts as bars, the largest on top (horizontal) or in time order (vertical)."""
    chart = empty_chart(title)
    chart.legend().hide()
    if not counts:
        return chart
    ordered = list(reversed(counts)) if horizontal else counts
    bars = QBarSet("")
    bars.setColor(QColor("#1565c0"))
    bars.setLabelColor(QColor("#212121"))
    for _, count in ordered:
        bars.append(count)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([_short(label) if horizontal else label for label, _ in ordered])
    categories.setTruncateLabels(False)  # group names are the point of the chart
    if not horizontal and len(ordered) > 6:
        # Month names side by side would run into each other: stand them up.
        categories.setLabelsAngle(-90)
        if len(ordered) > 18:
            series.setLabelsVisible(False)  # the counts are in the table below
    values = QValueAxis()
    top = max(count for _, count in counts)
    values.setRange(0, max(1, int(top * 1.15) + 1))
    values.setLabelFormat("%d")
    values.setTickCount(min(6, max(2, top + 1)))
    values.applyNiceNumbers()
    category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(categories, category_side)
    chart.addAxis(values, value_side)
    series.attachAxis(categories)
    series.attachAxis(values)
    return chart
