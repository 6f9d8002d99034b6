"""The agreed terms of a mediation agreement: content, amount, deadline and method of each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.mediation.service import TermInput
from unionoffice.ui.widgets.form import from_qdate, make_date_edit, ok_cancel_buttons


class AgreementDialog(QDialog):
    """The agreed terms: content, amount, deadline and method of performance for each."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("签订调解协议"))
        self.resize(760, 360)
        self.date = make_date_edit(self, dt.date.today())
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setAccessibleName(self.tr("协议条款"))
        self.table.setHorizontalHeaderLabels([self.tr("协议内容"), self.tr("金额（元）"),
                                              self.tr("履行期限"), self.tr("履行方式")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("增加一项"), self)
        add.clicked.connect(lambda: self.add_term())
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("签订日期"), self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(add)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel_buttons(self, self.accept, self.tr("确定"),
                                           self.tr("取消")))
        self.add_term()

    def add_term(self, content: str = "", amount: str = "", deadline: str = "",
                 method: str = "银行转账") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if not deadline:
            deadline = (dt.date.today() + dt.timedelta(days=15)).isoformat()
        for column, value in enumerate([content, amount, deadline, method]):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def terms(self) -> list[TermInput]:
        found = []
        for row in range(self.table.rowCount()):
            cells = [(self.table.item(row, c).text() if self.table.item(row, c) else "").strip()
                     for c in range(self.COLUMNS)]
            if any(cells[:2]):
                found.append(TermInput(cells[0], cells[1] or 0, cells[2] or None,
                                       cells[3] or None))
        return found

    @property
    def on(self) -> dt.date:
        return from_qdate(self.date.date())
