"""One mediation case: parties, clocks with their legal basis, history, its steps, documents."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from unionoffice.common.money import yuan
from unionoffice.common.validation import mask_id_number
from unionoffice.i18n import t
from unionoffice.mediation import documents
from unionoffice.mediation import rules as mediation
from unionoffice.mediation.clocks import payment_order_hint
from unionoffice.mediation.queries import CaseDetail, case_detail, case_input_of
from unionoffice.mediation.rules import CASES
from unionoffice.mediation.service import (
    accept_case,
    extend_limit,
    record_agreement,
    record_payment,
    record_session,
    refer_case,
)
from unionoffice.ui.changes import CASES as CASES_AREA
from unionoffice.ui.dialogs.agreement_dialog import AgreementDialog
from unionoffice.ui.dialogs.document_viewer import DocumentViewer
from unionoffice.ui.dialogs.record_detail import RecordDetail, clock_line
from unionoffice.ui.dialogs.step_dialog import StepDialog
from unionoffice.ui.ops import QueryOp

DOCUMENTS = {"agreement": documents.agreement_pdf,
             "acceptance": documents.acceptance_notice_pdf,
             "failure": documents.failure_notice_pdf}


@dataclass(frozen=True)
class ShownCase:
    """A case as the window shows it: its detail, and whether a 支付令 is possible today."""

    detail: CaseDetail
    payment_order: bool


class CaseDetailDialog(RecordDetail):
    lifecycle = CASES
    area = CASES_AREA
    steps = ["edit", "accept", "reject", "session", "sign", "take_effect", "pay",
             "mark_overdue", "fail", "withdraw", "extend", "refer", "close"]

    def __init__(self, engine, tasks, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(engine, tasks, case_id, parent)
        self.case_id = case_id
        self.resize(980, 760)
        self.doc_titles = {"agreement": self.tr("调解协议书"),
                           "acceptance": self.tr("受理通知书"),
                           "failure": self.tr("调解不成告知书")}
        self.doc_buttons: dict[str, QPushButton] = {}
        self.bottom.addWidget(QLabel(self.tr("文书："), self))
        for key, title in self.doc_titles.items():
            button = QPushButton(title, self)
            button.setObjectName(f"doc_{key}")
            button.setAutoDefault(False)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=key: self.open_document(k))
            self.doc_buttons[key] = button
            self.bottom.addWidget(button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.close_button)

    @property
    def detail(self) -> CaseDetail | None:
        return self.record.detail if self.record else None

    # --- reading and showing ------------------------------------------------------------------

    def load(self) -> ShownCase:
        detail = case_detail(self.engine, self.record_id)
        return ShownCase(detail, payment_order_hint(detail.case, detail.terms, dt.date.today()))

    def show_record(self, shown: ShownCase) -> None:
        detail, c = shown.detail, shown.detail.case
        self.setWindowTitle(c.case_number or self.tr("调解申请（未受理）"))
        people = "、".join(
            f"{html.escape(a.name)}（{mask_id_number(a.id_number) or self.tr('无证件号')}）"
            + (self.tr("〔代表〕") if a.representative else "") for a in detail.applicants)
        category = t(f"case.category.{c.category}")
        self.summary.setText(
            f"<b style='font-size:15pt'>{html.escape(c.case_number or '')}　"
            f"{CASES.state_label(c.status)}</b><br>"
            + self.tr("申请人：{people}；共 {n} 名劳动者").format(people=people, n=c.workers_count)
            + "<br>" + self.tr("被申请人：{name}").format(name=html.escape(c.respondent_name))
            + "<br>" + self.tr("类别：{category}　请求：{claims}").format(
                category=category + (f"／{c.subcategory}" if c.subcategory else ""),
                claims=html.escape(c.claims))
            + "<br>" + self.tr(
                "涉及金额 {claimed} 元　协议金额 {agreed} 元　已履行 {paid} 元").format(
                claimed=yuan(c.claimed_amount), agreed=yuan(c.agreed_amount),
                paid=yuan(c.paid_amount)))
        today = dt.date.today()
        lines = []
        for d in detail.clocks:
            left = d.days_left(today)
            state = (self.tr("已逾期 {n} 天").format(n=-left) if left < 0 else
                     self.tr("剩 {n} 天").format(n=left))
            lines.append(clock_line(d, today, f"（{state}）"))
        if shown.payment_order:
            lines.append("<span style='color:#b00020'>" + self.tr(
                "协议约定的给付逾期未履行，劳动者可以持调解协议书向人民法院申请支付令（第十六条）。")
                + "</span>")
        self.clock_label.setText("<br>".join(lines) or self.tr("没有正在计算的期限。"))
        self.show_history(detail.events)
        self.panel.show_state(c.status, applies={
            "edit": lambda s: s in mediation.OPEN_STATES,
            "session": lambda s: s in mediation.MEDIATION_STATES,
            "extend": lambda s: s in mediation.MEDIATION_STATES,
            "refer": lambda s: s in mediation.REFERRAL_STATES,
            "sign": lambda s: CASES.can(s, "sign"),
        })
        self.doc_buttons["agreement"].setEnabled(c.status in mediation.AGREEMENT_STATES)
        self.doc_buttons["acceptance"].setEnabled(bool(c.case_number))
        self.doc_buttons["failure"].setEnabled(any(e.action == "fail" for e in detail.events))

    # --- steps ----------------------------------------------------------------------------------

    def own_step_labels(self) -> dict[str, str]:
        return {"edit": self.tr("修改登记信息"), "session": self.tr("记录调解"),
                "extend": self.tr("延长调解期限"), "refer": self.tr("转仲裁/司法确认/支付令")}

    def step_dialog(self, step: str) -> QDialog | None:
        title = self.step_buttons[step].text()
        if step == "edit":
            return None  # the registration form is its own dialog
        if step == "sign":
            return AgreementDialog(self)
        if step == "session":
            return StepDialog(title, self, long_text=self.tr("调解笔录"),
                              note=self.tr("调解员"))
        if step == "pay":
            return StepDialog(title, self, amount=True)
        if step == "extend":
            return StepDialog(title, self, note=self.tr("双方同意延长的情况"), note_required=True,
                              until_label=self.tr("延长至"))
        if step == "refer":
            return StepDialog(title, self, choices=[(k, t(f"case.referral.{k}"))
                                                    for k in mediation.REFERRALS])
        return super().step_dialog(step)

    def step_work(self, step: str, d):
        engine, case_id = self.engine, self.case_id
        if step == "edit":
            self.open_edit_form()
            return None
        if step == "sign":
            terms, on = d.terms(), d.on
            return lambda: record_agreement(engine, case_id, terms, on)
        on, note = d.on, d.note.text().strip()
        amount, text, until, choice = d.amount.text(), d.text.toPlainText(), d.until_date, \
            d.choice.currentData()
        calls = {
            "accept": lambda: accept_case(engine, case_id, on),
            "session": lambda: record_session(engine, case_id, on, text, mediator=note or None),
            "pay": lambda: record_payment(engine, case_id, amount, on),
            "extend": lambda: extend_limit(engine, case_id, until, note),
            "refer": lambda: refer_case(engine, case_id, choice, on),
        }
        return calls.get(step) or super().step_work(step, d)

    def open_edit_form(self) -> None:
        """修改登记信息: the registration form, filled with what was registered."""
        from unionoffice.ui.dialogs.case_form import CaseForm
        from unionoffice.ui.models.choices import choices_of

        data = case_input_of(self.detail)

        def open_form(orgs: list[tuple[str, str]]) -> None:
            form = CaseForm(self.engine, self.tasks, orgs, self, self.case_id)
            form.load(data)
            form.open()
            self.edit_form = form

        choices_of(self.engine, self.tasks).when_ready(open_form)

    # --- documents ------------------------------------------------------------------------------

    def open_document(self, kind: str) -> None:
        """Make the document off the GUI thread, then preview it."""
        detail, title = self.detail, self.doc_titles[kind]
        file_name = f"{detail.case.case_number or 'case'}{title}.pdf"
        make = DOCUMENTS[kind]
        QueryOp(self, self.tasks, lambda: make(detail),
                lambda pdf: self._on_document_ready(title, pdf, file_name)) \
            .failure(lambda exc: self.show_message(str(exc))).run()

    def _on_document_ready(self, title: str, pdf: bytes, file_name: str) -> None:
        self.viewer = DocumentViewer(title, pdf, file_name, self)
        self.viewer.open()
