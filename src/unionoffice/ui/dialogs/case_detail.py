"""One case: parties, clocks with their legal basis, history, the allowed steps, documents."""

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
    QVBoxLayout,
    QWidget,
)

from unionoffice.common import clocks
from unionoffice.common.money import yuan
from unionoffice.common.validation import mask_id_number
from unionoffice.i18n import t
from unionoffice.mediation import documents
from unionoffice.mediation import rules as mediation
from unionoffice.mediation.clocks import payment_order_hint
from unionoffice.mediation.queries import case_detail
from unionoffice.mediation.rules import CASES
from unionoffice.mediation.service import (
    accept_case,
    agreement_takes_effect,
    close_case,
    extend_limit,
    fail_mediation,
    mark_overdue,
    record_agreement,
    record_payment,
    record_session,
    refer_case,
    reject_case,
    withdraw_case,
)
from unionoffice.organizations.queries import organization_choices
from unionoffice.ui.dialogs.case_form import CaseForm
from unionoffice.ui.dialogs.case_step import AgreementDialog, StepDialog
from unionoffice.ui.dialogs.document_viewer import DocumentViewer
from unionoffice.ui.widgets.form import confirm
from unionoffice.ui.widgets.history import fill_history, make_history_table

LEVEL_COLOURS = {"overdue": "#b00020", "due": "#b36b00", "ok": "#2e7d32"}
STEP_ORDER = ["edit", "accept", "reject", "session", "sign", "take_effect", "pay",
              "mark_overdue", "fail", "withdraw", "extend", "refer", "close"]


class CaseDetailDialog(QDialog):
    changed = Signal(str)

    def __init__(self, engine, tasks, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks, self.case_id = engine, tasks, case_id
        self.resize(980, 760)
        self.summary = QLabel(self)
        self.summary.setObjectName("case_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("case_clocks")
        self.clock_label.setWordWrap(True)
        self.clock_label.setTextFormat(Qt.TextFormat.RichText)
        self.history = make_history_table(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        steps = QGroupBox(self.tr("办理"), self)
        grid = QGridLayout(steps)
        self.step_buttons: dict[str, QPushButton] = {}
        labels = {"edit": self.tr("修改登记信息"), "session": self.tr("记录调解"),
                  "extend": self.tr("延长调解期限"),
                  "refer": self.tr("转仲裁/司法确认/支付令")}
        for i, step in enumerate(STEP_ORDER):
            text = labels.get(step) or CASES.action_label(step)
            button = QPushButton(text, steps)
            button.setObjectName(f"step_{step}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=step: self._on_step_clicked(s))
            self.step_buttons[step] = button
            grid.addWidget(button, i // 7, i % 7)
        docs = QHBoxLayout()
        self.doc_buttons = {
            "agreement": QPushButton(self.tr("调解协议书"), self),
            "acceptance": QPushButton(self.tr("受理通知书"), self),
            "failure": QPushButton(self.tr("调解不成告知书"), self),
        }
        docs.addWidget(QLabel(self.tr("文书："), self))
        for key, button in self.doc_buttons.items():
            button.setObjectName(f"doc_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self._on_document_clicked(k))
            docs.addWidget(button)
        docs.addStretch(1)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        docs.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.history, 1)
        layout.addWidget(steps)
        layout.addWidget(self.message)
        layout.addLayout(docs)
        self.reload()

    # --- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.detail = case_detail(self.engine, self.case_id)
        c = self.detail.case
        self.setWindowTitle(c.case_number or self.tr("调解申请（未受理）"))
        people = "、".join(
            f"{html.escape(a.name)}（{mask_id_number(a.id_number) or self.tr('无证件号')}）"
            + (self.tr("〔代表〕") if a.representative else "") for a in self.detail.applicants)
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
        for d in self.detail.clocks:
            left = d.days_left(today)
            colour = LEVEL_COLOURS[clocks.alarm_level(left, d.rule)]
            state = (self.tr("已逾期 {n} 天").format(n=-left) if left < 0 else
                     self.tr("剩 {n} 天").format(n=left))
            lines.append(f"<span style='color:{colour}'><b>{d.rule.label}</b> "
                         f"{d.effective_due.isoformat()}（{state}）</span> "
                         f"<span style='color:#555'>{html.escape(d.explain())}</span>")
        if payment_order_hint(c, self.detail.terms, today):
            lines.append("<span style='color:#b00020'>" + self.tr(
                "协议约定的给付逾期未履行，劳动者可以持调解协议书向人民法院申请支付令（第十六条）。")
                + "</span>")
        self.clock_label.setText("<br>".join(lines) or self.tr("没有正在计算的期限。"))
        fill_history(self.history, self.detail.events, CASES.action_label)
        allowed = set(CASES.allowed_actions(c.status))
        for step, button in self.step_buttons.items():
            if step == "edit":
                enabled = c.status in mediation.OPEN_STATES
            elif step == "session":
                enabled = c.status in (mediation.ACCEPTED, mediation.MEDIATING)
            elif step == "extend":
                enabled = c.status in (mediation.ACCEPTED, mediation.MEDIATING)
            elif step == "refer":
                enabled = c.status in (mediation.REJECTED, mediation.FAILED, mediation.OVERDUE,
                                       mediation.EFFECTIVE, mediation.PERFORMING,
                                       mediation.ACCEPTED, mediation.MEDIATING)
            elif step == "pay":
                enabled = "pay" in allowed
            else:
                enabled = step in allowed
            button.setEnabled(enabled)
        self.doc_buttons["agreement"].setEnabled(c.status in mediation.AGREEMENT_STATES)
        self.doc_buttons["acceptance"].setEnabled(bool(c.case_number))
        self.doc_buttons["failure"].setEnabled(any(e.action == "fail"
                                                   for e in self.detail.events))

    # --- steps ------------------------------------------------------------------------------

    def _on_step_clicked(self, step: str) -> None:
        engine, case_id = self.engine, self.case_id
        work = None
        if step == "edit":
            form = CaseForm(engine, self.tasks, organization_choices(engine), self, case_id)
            form.saved.connect(lambda _id: self._on_step_done(None))
            form.open()
            self.edit_form = form
            return
        if step == "sign":
            dialog = AgreementDialog(self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                terms, on = dialog.terms(), dialog.on
                work = lambda: record_agreement(engine, case_id, terms, on)  # noqa: E731
        else:
            dialog = self._step_dialog(step)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            if step in ("reject", "withdraw", "fail", "close") and not confirm(
                    self, self.tr("请确认"), self.tr("确定办理“{step}”吗？此步骤记入案件档案。")
                    .format(step=dialog.windowTitle())):
                return
            work = self.step_call(step, dialog)
        if work:
            self.tasks.run_db(work, self._on_step_done, self._on_step_failed)

    def _step_dialog(self, step: str) -> StepDialog:
        title = self.step_buttons[step].text()
        if step == "session":
            return StepDialog(title, self, long_text=self.tr("调解笔录"))
        if step in ("reject", "fail", "withdraw"):
            return StepDialog(title, self, note=self.tr("理由"), note_required=True)
        if step == "pay":
            return StepDialog(title, self, amount=True)
        if step == "extend":
            return StepDialog(title, self, note=self.tr("双方同意延长的情况"), note_required=True,
                              until_label=self.tr("延长至"))
        if step == "refer":
            return StepDialog(title, self, choices=[(k, t(f"case.referral.{k}"))
                                                    for k in mediation.REFERRALS])
        return StepDialog(title, self)

    def step_call(self, step: str, d: StepDialog):
        """The service call for a step, with the dialog's values bound now."""
        engine, case_id, on = self.engine, self.case_id, d.on
        note, amount, text = d.note.text().strip(), d.amount.text(), d.text.toPlainText()
        until, choice = d.until_date, d.choice.currentData()
        calls = {
            "accept": lambda: accept_case(engine, case_id, on),
            "reject": lambda: reject_case(engine, case_id, on, note=note),
            "session": lambda: record_session(engine, case_id, on, text),
            "take_effect": lambda: agreement_takes_effect(engine, case_id, on),
            "pay": lambda: record_payment(engine, case_id, amount, on),
            "mark_overdue": lambda: mark_overdue(engine, case_id, on),
            "fail": lambda: fail_mediation(engine, case_id, on, note=note),
            "withdraw": lambda: withdraw_case(engine, case_id, on, note=note),
            "close": lambda: close_case(engine, case_id, on),
            "extend": lambda: extend_limit(engine, case_id, until, note),
            "refer": lambda: refer_case(engine, case_id, choice, on),
        }
        return calls[step]

    def _on_step_done(self, _result) -> None:
        self.message.clear()
        self.reload()
        self.changed.emit(self.case_id)

    def _on_step_failed(self, exc: BaseException) -> None:
        self.message.setText(str(exc))

    # --- documents --------------------------------------------------------------------------

    def document(self, kind: str) -> tuple[str, bytes, str]:
        makers = {"agreement": (self.tr("调解协议书"), documents.agreement_pdf),
                  "acceptance": (self.tr("受理通知书"), documents.acceptance_notice_pdf),
                  "failure": (self.tr("调解不成告知书"), documents.failure_notice_pdf)}
        title, make = makers[kind]
        number = self.detail.case.case_number or "case"
        return title, make(self.detail), f"{number}{title}.pdf"

    def _on_document_clicked(self, kind: str) -> None:
        detail = self.detail
        self.tasks.run(lambda: self._make_document(kind, detail), self._on_document_ready,
                       self._on_step_failed)

    def _make_document(self, kind: str, detail) -> tuple[str, bytes, str]:
        self.detail = detail
        return self.document(kind)

    def _on_document_ready(self, made: tuple[str, bytes, str]) -> None:
        title, pdf, file_name = made
        self.viewer = DocumentViewer(title, pdf, file_name, self)
        self.viewer.open()
