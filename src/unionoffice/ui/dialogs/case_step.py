"""Small dialogs for one step of a case: the date and what that step needs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.mediation.service import TermInput
from unionoffice.ui.widgets.form import (
    fill_combo,
    from_qdate,
    make_date_edit,
    ok_cancel_buttons,
)


def _buttons(dialog: QDialog, on_ok) -> QDialogButtonBox:
    return ok_cancel_buttons(dialog, on_ok, dialog.tr("确定"), dialog.tr("取消"))


class StepDialog(QDialog):
    """Date plus, as the step needs: a note, an amount, a referral kind or a second date."""

    def __init__(self, title: str, parent: QWidget | None = None, *, note: str | None = None,
                 note_required: bool = False, amount: bool = False,
                 choices: list[tuple[str, str]] | None = None, until_label: str | None = None,
                 long_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.note_required = note_required
        form = QFormLayout(self)
        self.date = make_date_edit(self, dt.date.today())
        self.date.setAccessibleName(self.tr("日期"))
        form.addRow(self.tr("日期"), self.date)
        self.until = make_date_edit(self, dt.date.today() + dt.timedelta(days=15))
        if until_label:
            form.addRow(until_label, self.until)
        self.choice = QComboBox(self)
        if choices:
            fill_combo(self.choice, choices)
            form.addRow(self.tr("去向"), self.choice)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("元，如 8000 或 8000.50"))
        if amount:
            form.addRow(self.tr("金额（元）"), self.amount)
        self.note = QLineEdit(self)
        if note:
            self.note.setAccessibleName(note)
            form.addRow(note, self.note)
        self.text = QPlainTextEdit(self)
        if long_text:
            self.text.setAccessibleName(long_text)
            form.addRow(long_text, self.text)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        form.addRow(self.message)
        form.addRow(_buttons(self, self._on_ok_clicked))
        self._form = form

    def insert_field(self, label: str, widget: QWidget) -> QWidget:
        """Add a field before the message line (for steps that need more than the above)."""
        widget.setAccessibleName(label)
        self._form.insertRow(self._form.rowCount() - 2, label, widget)
        return widget

    def _on_ok_clicked(self) -> None:
        if self.note_required and not self.note.text().strip():
            self.message.setText(self.tr("请填写{what}。").format(
                what=self.note.accessibleName()))
            return
        self.accept()

    @property
    def on(self) -> dt.date:
        return from_qdate(self.date.date())

    @property
    def until_date(self) -> dt.date:
        return from_qdate(self.until.date())


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
        layout.addWidget(_buttons(self, self.accept))
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
