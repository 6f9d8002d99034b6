"""会籍: a member's status, the history of membership changes, and the buttons for the next one.

Each change asks for what it needs (``dialogs/event_dialog.py``), asks before one that ends a
membership, and runs as a write op; the member's window reads the member again when the
ledger says members changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.members import rules as membership
from unionoffice.members.queries import MemberDetail
from unionoffice.ui.changes import MEMBERS
from unionoffice.ui.ops import WriteOp
from unionoffice.ui.widgets.form import confirm

EVENT_ORDER = [membership.JOIN, membership.TRANSFER_IN, membership.TRANSFER_OUT,
               membership.RETAIN, membership.RESTORE, membership.LEAVE, membership.EXPEL]
ENDING = (membership.LEAVE, membership.EXPEL, membership.TRANSFER_OUT)


class MembershipPanel(QGroupBox):
    """The membership part of the member form."""

    recorded = Signal()  # a change was written
    failed = Signal(object)  # the exception of a refused change

    def __init__(self, engine, tasks, org_choices: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("会籍"), parent)
        self.engine, self.tasks, self.org_choices = engine, tasks, org_choices
        self.detail: MemberDetail | None = None
        layout = QVBoxLayout(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        layout.addWidget(self.status_label)
        self.history = QTableWidget(0, 4, self)
        self.history.setObjectName("history")
        self.history.setAccessibleName(self.tr("会籍变动记录"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("变动"), self.tr("单位"), self.tr("说明")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.history)
        actions = QHBoxLayout()
        self.event_buttons: dict[str, QPushButton] = {}
        for kind in EVENT_ORDER:
            button = QPushButton(membership.event_label(kind), self)
            button.setObjectName(f"event_{kind}")
            button.setAutoDefault(False)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=kind: self._on_event_clicked(k))
            self.event_buttons[kind] = button
            actions.addWidget(button)
        layout.addLayout(actions)

    def show_member(self, detail: MemberDetail) -> None:
        """Status, history and the changes the rules allow now."""
        self.detail = detail
        m = detail.member
        joined = m.join_date.isoformat() if m.join_date else self.tr("无")
        self.status_label.setText(self.tr("当前状态：{status}　入会日期：{date}").format(
            status=membership.status_label(m.status), date=joined))
        self.history.setRowCount(len(detail.events))
        for i, e in enumerate(detail.events):
            note = e.note or ""
            if e.reason_code:
                note = membership.reason_label(e.reason_code) + (f"；{note}" if note else "")
            if e.original_join_date:
                note = self.tr("原入会日期 {date}").format(date=e.original_join_date.isoformat())
            for col, value in enumerate([e.event_date.isoformat(),
                                         membership.event_label(e.kind),
                                         e.organization or e.other_organization or "", note]):
                self.history.setItem(i, col, QTableWidgetItem(value))
        allowed = set(membership.allowed_events(m.status))
        for kind, button in self.event_buttons.items():
            button.setEnabled(kind in allowed)

    def _on_event_clicked(self, kind: str) -> None:
        from unionoffice.ui.dialogs.event_dialog import EventDialog

        dialog = EventDialog(kind, self.detail, self.org_choices, self)
        dialog.accepted.connect(lambda: self._on_event_dialog_accepted(dialog))
        dialog.open()
        self.event_dialog = dialog

    def _on_event_dialog_accepted(self, dialog) -> None:
        kind = dialog.kind
        if kind in ENDING and not confirm(
                self, self.tr("请确认"),
                self.tr("确定为“{name}”办理{event}吗？会籍变动记入档案，不能删除。").format(
                    name=self.detail.member.name, event=membership.event_label(kind))):
            return
        work = dialog.service_call(self.engine, self.detail.member.id)
        WriteOp(self, self.tasks, work, lambda _r: self.recorded.emit(), changes={MEMBERS}) \
            .failure(self.failed.emit).run()
