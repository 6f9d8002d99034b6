"""One membership event: date, and what that kind of event needs (reason, union, note)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from unionoffice.members import events
from unionoffice.members import rules as membership
from unionoffice.members.queries import MemberDetail
from unionoffice.ui.widgets.form import fill_combo, from_qdate, make_date_edit, ok_cancel_buttons


class EventDialog(QDialog):
    """Asks for what one event needs and returns the service call that records it."""

    def __init__(self, kind: str, detail: MemberDetail, org_choices: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.detail = kind, detail
        member = detail.member
        self.setWindowTitle(self.tr("{event}：{name}").format(
            event=membership.event_label(kind), name=member.name))
        form = QFormLayout(self)
        self.date = make_date_edit(self, dt.date.today())
        self.date.setAccessibleName(self.tr("日期"))
        form.addRow(self.tr("日期"), self.date)
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(self.tr("原因"))
        self.inside = QRadioButton(self.tr("转到本街道的单位"), self)
        self.outside = QRadioButton(self.tr("转到外单位工会"), self)
        self.org = QComboBox(self)
        self.org.setAccessibleName(self.tr("单位"))
        fill_combo(self.org, [(None, self.tr("（请选择）"))] +
                   [c for c in org_choices if c[0] != member.organization_id])
        self.other = QLineEdit(self)
        self.other.setAccessibleName(self.tr("外单位工会名称"))
        self.original = make_date_edit(self, member.join_date or dt.date(2010, 1, 1))
        self.original.setAccessibleName(self.tr("原入会日期"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("说明"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")

        if kind == membership.LEAVE:
            fill_combo(self.reason, [(c, membership.reason_label(c)) for c in "12345"], "5")
            form.addRow(self.tr("原因"), self.reason)
        elif kind == membership.EXPEL:
            fill_combo(self.reason, [("6", membership.reason_label("6"))])
            self.reason.setEnabled(False)
            form.addRow(self.tr("原因"), self.reason)
            hint = QLabel(self.tr("除名须经基层工会委员会决定，请在说明中写明决定文号。"), self)
            form.addRow(hint)
        elif kind == membership.TRANSFER_OUT:
            self.inside.setChecked(True)
            form.addRow(self.inside)
            form.addRow(self.tr("转入单位"), self.org)
            form.addRow(self.outside)
            form.addRow(self.tr("外单位工会"), self.other)
        elif kind == membership.TRANSFER_IN:
            form.addRow(self.tr("转入单位"), self.org)
            form.addRow(self.tr("原所在工会"), self.other)
            form.addRow(self.tr("原入会日期"), self.original)
        elif kind == membership.JOIN:
            form.addRow(self.tr("入会单位"), self.org)
        form.addRow(self.tr("说明"), self.note)
        form.addRow(self.message)
        form.addRow(ok_cancel_buttons(self, self._on_ok_clicked, self.tr("确定"),
                                      self.tr("取消")))

    def _on_ok_clicked(self) -> None:
        if self.kind == membership.EXPEL and not self.note.text().strip():
            self.message.setText(self.tr("请填写除名决定（说明）。"))
            return
        if self.kind == membership.TRANSFER_OUT:
            if self.inside.isChecked() and not self.org.currentData():
                self.message.setText(self.tr("请选择转入的单位。"))
                return
            if self.outside.isChecked() and not self.other.text().strip():
                self.message.setText(self.tr("请填写外单位工会名称。"))
                return
        self.accept()

    def service_call(self, engine, member_id: str) -> Callable[[], object]:
        """The write to run on the database worker."""
        kind, when = self.kind, from_qdate(self.date.date())
        note = self.note.text().strip() or None
        org_id, other = self.org.currentData(), self.other.text().strip() or None
        if kind == membership.TRANSFER_OUT and self.inside.isChecked():
            return lambda: events.transfer_member(engine, member_id, org_id, when)
        if kind == membership.TRANSFER_OUT:
            return lambda: events.record_event(engine, member_id, kind, when, reason_code="1",
                                                other_organization=other, note=note)
        if kind == membership.TRANSFER_IN:
            original = from_qdate(self.original.date())
            return lambda: events.record_event(engine, member_id, kind, when,
                                                to_organization_id=org_id,
                                                other_organization=other,
                                                original_join_date=original, note=note)
        if kind == membership.JOIN:
            return lambda: events.record_event(engine, member_id, kind, when,
                                                to_organization_id=org_id, note=note)
        reason = self.reason.currentData() if kind in (membership.LEAVE,
                                                       membership.EXPEL) else None
        return lambda: events.record_event(engine, member_id, kind, when, reason_code=reason,
                                            note=note)
