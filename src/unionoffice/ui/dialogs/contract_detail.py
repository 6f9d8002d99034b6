"""One collective contract: its clock with the article behind it, history, its steps."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

from unionoffice.contracts import service as contract_service
from unionoffice.contracts.clocks import current_clock
from unionoffice.contracts.queries import contract_detail
from unionoffice.contracts.rules import CONTRACTS
from unionoffice.i18n import t
from unionoffice.ui.changes import CONTRACTS as CONTRACTS_AREA
from unionoffice.ui.dialogs.record_detail import RecordDetail, clock_line
from unionoffice.ui.widgets.form import from_qdate, make_date_edit

# Steps with more than a date and a note, and their services.
SERVICES = {"take_effect": contract_service.contract_takes_effect,
            "renew": contract_service.renew_contract}


class ContractDetailDialog(RecordDetail):
    lifecycle = CONTRACTS
    area = CONTRACTS_AREA
    steps = list(CONTRACTS.actions)

    def __init__(self, engine, tasks, contract_id: str, parent: QWidget | None = None) -> None:
        super().__init__(engine, tasks, contract_id, parent)
        self.contract_id = contract_id
        self.resize(900, 640)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.close_button)

    @property
    def contract(self):
        return self.record[0] if self.record else None

    def load(self):
        return contract_detail(self.engine, self.record_id)

    def show_record(self, record) -> None:
        c, _coverage, events = record
        self.setWindowTitle(c.title)
        lines = [f"<b style='font-size:14pt'>{html.escape(c.title)}　"
                 f"{CONTRACTS.state_label(c.status)}</b>",
                 self.tr("类型：{kind}　范围：{scope}　覆盖企业 {n} 家、职工 {w} 人（女 {f} 人）")
                 .format(kind=t(f"contract.type.{c.contract_type}"),
                         scope=t(f"contract.scope.{c.scope}"), n=c.covered_enterprises,
                         w=c.covered_workers, f=c.covered_female_workers)]
        if c.term_start and c.term_end:
            lines.append(self.tr("期限：{start} 至 {end}").format(start=c.term_start.isoformat(),
                                                              end=c.term_end.isoformat()))
        if c.votes_total:
            lines.append(self.tr("职代会：应到 {t} 人，实到 {p} 人，赞成 {y} 人").format(
                t=c.votes_total, p=c.votes_present, y=c.votes_yes))
        clock = current_clock(c)
        if clock:
            lines.append(clock_line(clock, dt.date.today(), ""))
        if c.objection:
            lines.append(self.tr("审查意见：{text}").format(text=html.escape(c.objection)))
        self.summary.setText("<br>".join(lines))
        self.clock_label.setVisible(False)
        self.show_history(events)
        self.panel.show_state(c.status)

    def step_dialog(self, step: str) -> QDialog | None:
        dialog = super().step_dialog(step)
        if step == "approve":
            dialog.total = dialog.insert_field(self.tr("应到代表"), QSpinBox(dialog))
            dialog.present = dialog.insert_field(self.tr("实到代表"), QSpinBox(dialog))
            dialog.yes = dialog.insert_field(self.tr("赞成票"), QSpinBox(dialog))
            for spin in (dialog.total, dialog.present, dialog.yes):
                spin.setRange(0, 100000)
        if step == "sign":
            today = dt.date.today()
            dialog.term_start = dialog.insert_field(self.tr("合同起始日期"),
                                                    make_date_edit(dialog, today))
            dialog.term_end = dialog.insert_field(self.tr("合同终止日期"), make_date_edit(
                dialog, today.replace(year=today.year + 3) - dt.timedelta(days=1)))
        return dialog

    def step_work(self, step: str, d):
        engine, contract_id, on = self.engine, self.contract_id, d.on
        if step == "approve":
            total, present, yes = d.total.value(), d.present.value(), d.yes.value()
            return lambda: contract_service.approve_contract(
                engine, contract_id, on, total=total, present=present, yes=yes)
        if step == "sign":
            start, end = from_qdate(d.term_start.date()), from_qdate(d.term_end.date())
            return lambda: contract_service.sign_contract(engine, contract_id, on,
                                                          term_start=start, term_end=end)
        if step in SERVICES:
            return lambda: SERVICES[step](engine, contract_id, on)
        return super().step_work(step, d)

    def step_done(self, step: str, result) -> None:
        super().step_done(step, result)
        if isinstance(result, list) and result:  # warnings, e.g. an unusual term
            self.show_message("\n".join(p.describe() for p in result), warning=True)
