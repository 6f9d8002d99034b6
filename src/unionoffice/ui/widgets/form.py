"""Form building blocks: a field with its message beside it, and problem-to-field mapping."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from unionoffice.errors import LedgerError, Problem, ValidationFailed

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
OK_STYLE = "color: #2e7d32;"


class FieldRow(QWidget):
    """An editor with a message line under it (red for errors, amber for warnings)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A box layout honours the label's height-for-width, so a wrapped message gets the
        # lines it needs (a nested form layout clips it to one).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def show_problem(self, problem: Problem | None) -> None:
        if problem is None:
            self.message.clear()
            self.message.setVisible(False)
            self.editor.setProperty("invalid", False)
            return
        self.message.setText(problem.message)
        self.message.setStyleSheet(WARNING_STYLE if problem.severity == "warning"
                                   else ERROR_STYLE)
        self.message.setVisible(True)
        # Reserve the wrapped lines now: the enclosing form layout sizes rows from hints.
        self.message.setMinimumHeight(self.message.heightForWidth(max(self.editor.width(), 240)))
        self.updateGeometry()
        self.editor.setProperty("invalid", problem.severity != "warning")


def make_date_edit(parent: QWidget, value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def fill_combo(combo: QComboBox, items: list[tuple[str | None, str]],
               current: str | None = None) -> None:
    """Items are (data, label); ``current`` selects by data."""
    combo.clear()
    for data, label in items:
        combo.addItem(label, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))


def ok_cancel_buttons(dialog: QWidget, on_ok, ok_text: str,
                      cancel_text: str) -> QDialogButtonBox:
    """The OK / Cancel row of a small dialog; the texts come translated from the caller."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def hbox(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    return layout


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before anything that cannot be undone; No is the default."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_save_error(rows: dict[str, FieldRow], message: QLabel, exc: BaseException,
                    fallback_field: str | None = None) -> None:
    """Put each problem of a refused save beside its field; anything else in ``message``."""
    for row in rows.values():
        row.show_problem(None)
    if isinstance(exc, ValidationFailed):
        unplaced = []
        for problem in exc.problems:
            row = rows.get(problem.field) or rows.get(fallback_field or "")
            if row:
                row.show_problem(problem)
            else:
                unplaced.append(problem.describe())
        message.setText("\n".join(unplaced) if unplaced else QCoreApplication.translate(
            "Form", "有 {n} 处需要修改，见各栏下方的提示。").format(n=len(exc.problems)))
    elif isinstance(exc, LedgerError):
        message.setText(str(exc))
    else:
        message.setText(QCoreApplication.translate(
            "Form", "保存失败：{error}。账本未改动。").format(error=exc))


def save_cancel_buttons(dialog: QWidget, on_save, save_text: str,
                        cancel_text: str) -> QDialogButtonBox:
    """The Save / Cancel row of a form; the texts come translated from the caller."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SavingForm:
    """What the forms share when they save: one write op, then close, or show the problems.

    A form that mixes this in has ``rows`` (FieldRow by field), ``message``, ``buttons``,
    ``tasks`` and a ``saved`` signal; ``fallback_field`` takes a problem no row shows.
    """

    fallback_field: str | None = None

    def save_with(self, work, *, changes) -> None:
        """Run ``work`` (returning the saved record's id) as a write op."""
        from unionoffice.ui.ops import WriteOp

        self.buttons.setEnabled(False)
        WriteOp(self, self.tasks, work, self._on_saved, changes=changes) \
            .failure(self._on_save_failed).run()

    def _on_saved(self, saved_id) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(saved_id)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_save_error(self.rows, self.message, exc, self.fallback_field)
