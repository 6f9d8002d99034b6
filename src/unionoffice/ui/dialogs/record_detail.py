"""One record with a lifecycle (a case, a contract): summary, clocks, history, its steps.

The pattern every such record's window follows. The record is read off the GUI thread and
shown when it arrives; a step asks for its date (and what else it needs), asks before a step
that ends something, runs as a write op and the window shows the record again when the ledger
says it changed — as does every other open view of it. Subclasses say how to read the record
(:meth:`RecordDetail.load`), how to show it (:meth:`RecordDetail.show_record`) and what their
own steps do (:meth:`RecordDetail.step_work`).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from unionoffice.common import clocks
from unionoffice.lifecycle import Lifecycle
from unionoffice.ui.dialogs.step_dialog import StepDialog, step_dialog_for
from unionoffice.ui.ops import QueryOp, WriteOp, failure_text
from unionoffice.ui.tasks import TaskManager
from unionoffice.ui.widgets.form import ERROR_STYLE, WARNING_STYLE, confirm
from unionoffice.ui.widgets.history import fill_history, make_history_table
from unionoffice.ui.widgets.step_panel import StepPanel

LEVEL_COLOURS = {"overdue": "#b00020", "due": "#b36b00", "ok": "#2e7d32"}


def clock_line(clock: clocks.Deadline, today: dt.date, left_text: str) -> str:
    """A clock as rich text: its name and date coloured by urgency, then its explanation."""
    colour = LEVEL_COLOURS[clocks.alarm_level(clock.days_left(today), clock.rule)]
    return (f"<span style='color:{colour}'><b>{clock.rule.label}</b> "
            f"{clock.effective_due.isoformat()}{left_text}</span> "
            f"<span style='color:#555'>{html.escape(clock.explain())}</span>")


class RecordDetail(QDialog):
    """The window of one record; subclasses fill in the record's specifics."""

    lifecycle: Lifecycle
    area = ""  # the part of the ledger it shows (ui/changes.py)
    steps: list[str] = []

    def __init__(self, engine, tasks: TaskManager, record_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks, self.record_id = engine, tasks, record_id
        self.record: Any = None  # what load() read, once it arrived
        self.summary = QLabel(self.tr("正在读取…"), self)
        self.summary.setObjectName("record_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("record_clocks")
        self.clock_label.setWordWrap(True)
        self.clock_label.setTextFormat(Qt.TextFormat.RichText)
        self.history = make_history_table(self)
        self.panel = StepPanel(self.lifecycle, self.steps, self, labels=self.own_step_labels())
        self.panel.setEnabled(False)
        self.panel.stepClicked.connect(self.take_step)
        self.step_buttons = self.panel.buttons
        self.message = QLabel(self)
        self.message.setObjectName("record_message")
        self.message.setWordWrap(True)
        self.bottom = QHBoxLayout()
        close = QPushButton(self.tr("关闭"), self)
        close.setObjectName("close_record")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.close_button = close
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.panel)
        layout.addWidget(self.message)
        layout.addLayout(self.bottom)
        tasks.changes.changed.connect(self._on_ledger_changed)
        self.reload()

    # --- what subclasses supply ---------------------------------------------------------------

    def load(self) -> Any:  # pragma: no cover - each record reads itself
        """Read the record (runs off the GUI thread)."""
        raise NotImplementedError

    def show_record(self, record: Any) -> None:  # pragma: no cover
        """Fill the window from what :meth:`load` read."""
        raise NotImplementedError

    def own_step_labels(self) -> dict[str, str]:
        """The names of the record's steps that are not lifecycle actions."""
        return {}

    def step_dialog(self, step: str) -> QDialog | None:
        """The dialog that asks for what ``step`` needs (None: no dialog)."""
        return step_dialog_for(self.lifecycle, step, self)

    def step_work(self, step: str, dialog: QDialog) -> Callable[[], Any] | None:
        """The service call of ``step`` with the dialog's values bound now."""
        service = self.lifecycle.services.get(step)
        if service is None or not isinstance(dialog, StepDialog):  # pragma: no cover
            raise NotImplementedError(step)
        engine, record_id, on = self.engine, self.record_id, dialog.on
        note = dialog.note.text().strip() or None
        return lambda: service(engine, record_id, on, note=note)

    def step_done(self, step: str, result: Any) -> None:
        """After a step succeeded (the record reloads by itself)."""
        self.message.clear()

    # --- the pattern ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the record again and show it."""
        QueryOp(self, self.tasks, self.load, self._on_loaded).failure(self._on_load_failed).run()

    def _on_loaded(self, record: Any) -> None:
        self.record = record
        self.panel.setEnabled(True)
        self.show_record(record)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("无法读取：{error}").format(
            error=html.escape(failure_text(exc))))

    def show_history(self, events) -> None:
        """The dated steps so far."""
        fill_history(self.history, events, self.lifecycle.action_label)

    def take_step(self, step: str) -> None:
        """Ask for the step's details, confirm if it ends something, then run it."""
        dialog = self.step_dialog(step)
        if dialog is not None and dialog.exec() != QDialog.DialogCode.Accepted:
            return
        spec = self.lifecycle.actions.get(step)
        if spec is not None and spec.confirm and not confirm(
                self, self.tr("请确认"), self.tr("确定办理“{step}”吗？此步骤记入档案。").format(
                    step=self.lifecycle.action_label(step))):
            return
        work = self.step_work(step, dialog)
        if work is None:
            return
        self.panel.setEnabled(False)
        WriteOp(self, self.tasks, work, lambda result: self._on_step_done(step, result),
                changes={self.area}).failure(self._on_step_failed).run()

    def _on_step_done(self, step: str, result: Any) -> None:
        self.panel.setEnabled(True)
        self.step_done(step, result)

    def _on_step_failed(self, exc: BaseException) -> None:
        self.panel.setEnabled(True)
        self.show_message(failure_text(exc))

    def show_message(self, text: str, *, warning: bool = False) -> None:
        """A refusal (red) or a warning (amber) under the steps."""
        self.message.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        self.message.setText(text)

    def _on_ledger_changed(self, areas: frozenset[str]) -> None:
        if self.area in areas and self.isVisible():
            self.reload()
