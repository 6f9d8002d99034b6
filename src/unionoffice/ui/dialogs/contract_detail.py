"""One collective contract: its clock with the article behind it, history, allowed steps."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionoffice.common import clocks
from unionoffice.contracts.clocks import current_clock
from unionoffice.contracts.queries import contract_detail
from unionoffice.contracts.rules import CONTRACTS
from unionoffice.contracts.service import (
    amend_contract,
    approve_contract,
    contract_takes_effect,
    expire_contract,
    file_contract,
    object_to_contract,
    renegotiate_contract,
    renew_contract,
    sign_contract,
    terminate_contract,
)
from unionoffice.i18n import t
from unionoffice.ui.dialogs.case_detail import LEVEL_COLOURS
from unionoffice.ui.dialogs.case_step import StepDialog
from unionoffice.ui.widgets.form import confirm, from_qdate, make_date_edit
from unionoffice.ui.widgets.history import fill_history, make_history_table


class ContractDetailDialog(QDialog):
    changed = Signal(str)

    def __init__(self, engine, tasks, contract_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks, self.contract_id = engine, tasks, contract_id
        self.resize(900, 640)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.history = make_history_table(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        box = QGroupBox(self.tr("办理"), self)
        grid = QGridLayout(box)
        self.step_buttons: dict[str, QPushButton] = {}
        for i, action in enumerate(CONTRACTS.actions):
            button = QPushButton(CONTRACTS.action_label(action), box)
            button.setObjectName(f"step_{action}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self._on_step_clicked(a))
            self.step_buttons[action] = button
            grid.addWidget(button, i // 5, i % 5)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.history, 1)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        self.contract, self.coverage, self.events = contract_detail(self.engine,
                                                                       self.contract_id)
        c = self.contract
        self.setWindowTitle(c.title)
        lines = [f"<b style='font-size:14pt'>{html.escape(c.title)}　"
                 f"{CONTRACTS.state_label(c.status)}</b>",
                 self.tr("类型：{kind}　范围：{scope}　覆盖企业 {n} 家、职工 {w} 人（女 {f} 人）")
                 .format(kind=t(f"contract.type.{c.contract_type}"),
                         scope=t(f"contract.scope.{c.scope}"),
                         n=c.covered_enterprises, w=c.covered_workers,
                         f=c.covered_female_workers)]
        if c.term_start and c.term_end:
            lines.append(self.tr("期限：{start} 至 {end}").format(start=c.term_start.isoformat(),
                                                              end=c.term_end.isoformat()))
        if c.votes_total:
            lines.append(self.tr("职代会：应到 {t} 人，实到 {p} 人，赞成 {y} 人").format(
                t=c.votes_total, p=c.votes_present, y=c.votes_yes))
        clock = current_clock(c)
        if clock:
            left = clock.days_left(dt.date.today())
            colour = LEVEL_COLOURS[clocks.alarm_level(left, clock.rule)]
            lines.append(f"<span style='color:{colour}'><b>{clock.rule.label}</b> "
                         f"{clock.effective_due.isoformat()}</span> "
                         f"<span style='color:#555'>{html.escape(clock.explain())}</span>")
        if c.objection:
            lines.append(self.tr("审查意见：{text}").format(text=html.escape(c.objection)))
        self.summary.setText("<br>".join(lines))
        fill_history(self.history, self.events, CONTRACTS.action_label)
        allowed = set(CONTRACTS.allowed_actions(c.status))
        for action, button in self.step_buttons.items():
            button.setEnabled(action in allowed)

    def step_dialog(self, action: str) -> StepDialog:
        title = CONTRACTS.action_label(action)
        if action in ("object", "amend", "terminate"):
            return StepDialog(title, self, note=self.tr("说明"), note_required=True)
        dialog = StepDialog(title, self)
        if action == "approve":
            dialog.total = dialog.insert_field(self.tr("应到代表"), QSpinBox(dialog))
            dialog.present = dialog.insert_field(self.tr("实到代表"), QSpinBox(dialog))
            dialog.yes = dialog.insert_field(self.tr("赞成票"), QSpinBox(dialog))
            for spin in (dialog.total, dialog.present, dialog.yes):
                spin.setRange(0, 100000)
        if action == "sign":
            today = dt.date.today()
            dialog.term_start = dialog.insert_field(self.tr("合同起始日期"),
                                                    make_date_edit(dialog, today))
            dialog.term_end = dialog.insert_field(self.tr("合同终止日期"), make_date_edit(
                dialog, today.replace(year=today.year + 3) - dt.timedelta(days=1)))
        return dialog

    def step_call(self, action: str, d: StepDialog):
        engine, contract_id, on, note = self.engine, self.contract_id, d.on, d.note.text()
        if action == "approve":
            total, present, yes = d.total.value(), d.present.value(), d.yes.value()
            return lambda: approve_contract(engine, contract_id, on, total=total,
                                               present=present, yes=yes)
        if action == "sign":
            start, end = from_qdate(d.term_start.date()), from_qdate(d.term_end.date())
            return lambda: sign_contract(engine, contract_id, on, term_start=start,
                                            term_end=end)
        calls = {"file": file_contract, "take_effect": contract_takes_effect,
                 "renew": renew_contract}
        if action in calls:
            return lambda: calls[action](engine, contract_id, on)
        simple = {"object": object_to_contract, "renegotiate": renegotiate_contract,
                  "expire": expire_contract, "amend": amend_contract,
                  "terminate": terminate_contract}[action]
        return lambda: simple(engine, contract_id, on, note=note or None)

    def _on_step_clicked(self, action: str) -> None:
        dialog = self.step_dialog(action)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if action in ("terminate", "amend") and not confirm(
                self, self.tr("请确认"),
                self.tr("确定办理“{step}”吗？此步骤记入合同档案。").format(step=dialog.windowTitle())):
            return
        self.tasks.run_db(self.step_call(action, dialog), self._on_step_done,
                          self._on_step_failed)

    def _on_step_done(self, result) -> None:
        self.message.clear()
        if isinstance(result, list) and result:  # warnings, e.g. an unusual term
            self.message.setStyleSheet("color: #8a5a00;")
            self.message.setText("\n".join(p.describe() for p in result))
        self.reload()
        self.changed.emit(self.contract_id)

    def _on_step_failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(str(exc))
