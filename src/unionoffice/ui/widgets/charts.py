"""Trend charts for the home page (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget


def _view(chart: QChart, parent: QWidget) -> QChartView:
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(chart.margins() * 0)
    chart.setBackgroundRoundness(4)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def bar_chart(title: str, months: list[str], series: list[tuple[str, list[int], str]],
              parent: QWidget, *, stacked: bool = False) -> QChartView:
    """A bar chart of monthly values; ``series`` is [(name, values, colour)]."""
    chart = QChart()
    chart.setTitle(title)
    bars = QStackedBarSeries() if stacked else QBarSeries()
    top = 0
    for name, values, colour in series:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(QColor(colour))
        bars.append(bar_set)
        top = max(top, *(values or [0]))
    if stacked and series:
        top = max(sum(vals) for vals in zip(*(s[1] for s in series), strict=True))
    chart.addSeries(bars)
    x = QBarCategoryAxis()
    x.append([m[5:] for m in months])
    y = QValueAxis()
    y.setRange(0, max(1, top * 1.15))
    y.setLabelFormat("%d")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x)
    bars.attachAxis(y)
    return _view(chart, parent)
