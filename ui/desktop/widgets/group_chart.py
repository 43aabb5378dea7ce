"""Counts by group as a horizontal bar chart (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
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
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        if counts:
            ordered = list(reversed(counts))  # the largest on top
            bars = QBarSet("")
            bars.setColor(QColor("#1565c0"))
            bars.setLabelColor(QColor("#212121"))
            for _, count in ordered:
                bars.append(count)
            series = QHorizontalBarSeries()
            series.append(bars)
            series.setLabelsVisible(True)
            series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
            chart.addSeries(series)
            categories = QBarCategoryAxis()
            categories.append([label for label, _ in ordered])
            categories.setTruncateLabels(False)  # group names must stay readable
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(categories)
            values = QValueAxis()
            top = max(count for _, count in counts)
            values.setRange(0, max(1, int(top * 1.15) + 1))
            values.setLabelFormat("%d")
            values.setTickCount(min(6, max(2, top + 1)))
            values.applyNiceNumbers()
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(values)
        self.setChart(chart)
        self.counts = counts
