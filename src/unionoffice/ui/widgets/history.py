"""The dated steps of a case or contract: date, step, note, by whom."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget


def make_history_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 4, parent)
    table.setAccessibleName(QCoreApplication.translate("History", "办理经过"))
    table.setHorizontalHeaderLabels([QCoreApplication.translate("History", "日期"),
                                     QCoreApplication.translate("History", "步骤"),
                                     QCoreApplication.translate("History", "说明"),
                                     QCoreApplication.translate("History", "经办人")])
    table.horizontalHeader().setStretchLastSection(True)
    table.setColumnWidth(2, 360)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


def fill_history(table: QTableWidget, events: Iterable, label_of: Callable[[str], str]) -> None:
    """Rows from events with ``on_date``, ``action``, ``note`` and ``operator``."""
    rows = list(events)
    table.setRowCount(len(rows))
    for row, e in enumerate(rows):
        label = QCoreApplication.translate("History", "登记") if e.action == "register" \
            else label_of(e.action)
        for col, value in enumerate([e.on_date.isoformat(), label, e.note or "", e.operator]):
            table.setItem(row, col, QTableWidgetItem(value))
