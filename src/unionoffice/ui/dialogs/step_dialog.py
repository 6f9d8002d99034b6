"""The small dialog of one step: its date and what the step needs (a note, an amount …)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from unionoffice.i18n import t
from unionoffice.lifecycle import Lifecycle
from unionoffice.ui.widgets.form import fill_combo, from_qdate, make_date_edit, ok_cancel_buttons


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
        form.addRow(ok_cancel_buttons(self, self._on_ok_clicked, self.tr("确定"),
                                      self.tr("取消")))
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


def step_dialog_for(lifecycle: Lifecycle, action: str, parent: QWidget | None = None
                    ) -> StepDialog:
    """The dialog of a plain lifecycle step: its date, and its note when the step needs one."""
    spec = lifecycle.actions[action]
    if spec.note:
        return StepDialog(lifecycle.action_label(action), parent, note=t(spec.note),
                          note_required=True)
    return StepDialog(lifecycle.action_label(action), parent)
