"""登记: record a dispute application (oral ones are written down here, Art. 12)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.common.money import yuan
from unionoffice.i18n import t
from unionoffice.mediation import rules as mediation
from unionoffice.mediation.service import ApplicantInput, CaseInput, register_case, update_case
from unionoffice.organizations.queries import organization_detail
from unionoffice.ui.changes import CASES
from unionoffice.ui.ops import QueryOp
from unionoffice.ui.widgets.form import (
    FieldRow,
    SavingForm,
    fill_combo,
    from_qdate,
    make_date_edit,
    save_cancel_buttons,
    to_qdate,
)


class CaseForm(SavingForm, QDialog):
    """New application: applicants, respondent, category, requests, amount, facts."""

    saved = Signal(str)

    def __init__(self, engine, tasks, org_choices: list[tuple[str, str]],
                 parent: QWidget | None = None, case_id: str | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks, self.case_id = engine, tasks, case_id
        self.setWindowTitle(self.tr("登记调解申请") if case_id is None else
                            self.tr("修改登记信息"))
        self.resize(860, 720)
        self.rows: dict[str, FieldRow] = {}
        self.received = make_date_edit(self, dt.date.today())
        self.channel = QComboBox(self)
        fill_combo(self.channel, [(k, t(f"case.channel.{k}")) for k in mediation.CHANNELS])
        self.applicants = QTableWidget(0, 5, self)
        self.applicants.setAccessibleName(self.tr("申请人"))
        self.applicants.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("证件号码"), self.tr("手机号码"), self.tr("工作岗位"),
             self.tr("代表")])
        self.applicants.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("增加申请人"), self)
        add.clicked.connect(lambda: self.add_applicant())
        self.workers = QSpinBox(self)
        self.workers.setRange(1, 100000)
        self.respondent_org = QComboBox(self)
        fill_combo(self.respondent_org, [(None, self.tr("（不在台账中，手工填写）"))] +
                   org_choices)
        self.respondent_org.setEditable(True)
        self.respondent_org.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.respondent = QLineEdit(self)
        self.respondent_uscc = QLineEdit(self)
        self.respondent_address = QLineEdit(self)
        self.legal_rep = QLineEdit(self)
        self.legal_rep_title = QLineEdit(self)
        self.respondent_phone = QLineEdit(self)
        self.category = QComboBox(self)
        fill_combo(self.category, [(k, t(f"case.category.{k}")) for k in mediation.CATEGORIES])
        self.subcategory = QComboBox(self)
        self.claims = QPlainTextEdit(self)
        self.claims.setPlaceholderText(self.tr("如：支付2026年8月至10月拖欠工资12000元"))
        self.claimed = QLineEdit(self)
        self.claimed.setPlaceholderText(self.tr("元"))
        self.facts = QPlainTextEdit(self)
        self.mediators = QLineEdit(self)

        top = QFormLayout()
        top.addRow(self.tr("收到申请日期"), self.received)
        top.addRow(self.tr("申请方式"), self.channel)
        people = QGroupBox(self.tr("申请人（10人以上为集体争议，须标明代表）"), self)
        pl = QVBoxLayout(people)
        pl.addWidget(self.applicants)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("涉及劳动者人数"), self))
        row.addWidget(self.workers)
        pl.addLayout(row)
        self.rows["applicants"] = FieldRow(QLabel(self), self)
        pl.addWidget(self.rows["applicants"])
        resp = QGroupBox(self.tr("被申请人（用人单位）"), self)
        rf = QFormLayout(resp)
        rf.addRow(self.tr("台账中的单位"), self.respondent_org)
        for label, key, widget in [(self.tr("名称*"), "respondent_name", self.respondent),
                                   (self.tr("统一社会信用代码"), "respondent_uscc",
                                    self.respondent_uscc),
                                   (self.tr("住所"), "respondent_address",
                                    self.respondent_address),
                                   (self.tr("法定代表人"), "legal_rep", self.legal_rep),
                                   (self.tr("职务"), "legal_rep_title", self.legal_rep_title),
                                   (self.tr("联系电话"), "respondent_phone",
                                    self.respondent_phone)]:
            self.rows[key] = FieldRow(widget, self)
            rf.addRow(label, self.rows[key])
        dispute = QGroupBox(self.tr("争议"), self)
        df = QFormLayout(dispute)
        df.addRow(self.tr("类别"), self.category)
        df.addRow(self.tr("具体事项"), self.subcategory)
        for label, key, widget in [(self.tr("请求事项"), "claims", self.claims),
                                   (self.tr("涉及金额（元）"), "claimed_amount", self.claimed),
                                   (self.tr("争议事实"), "facts", self.facts),
                                   (self.tr("调解员"), "mediators", self.mediators)]:
            self.rows[key] = FieldRow(widget, self)
            df.addRow(label, self.rows[key])
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = save_cancel_buttons(self, self._on_save_clicked, self.tr("登记"),
                                           self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(people)
        columns = QHBoxLayout()
        columns.addWidget(resp, 1)
        columns.addWidget(dispute, 1)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self.respondent_org.currentIndexChanged.connect(self._on_respondent_org_changed)
        self._on_category_changed()
        if case_id is None:
            self.add_applicant()

    def load(self, data: CaseInput) -> None:
        """Fill the form with a registered case (for corrections; the caller has read it)."""
        self.received.setDate(to_qdate(data.received_on))
        self.channel.setCurrentIndex(max(self.channel.findData(data.channel), 0))
        for a in data.applicants:
            self.add_applicant(a.name, a.id_number or "", a.phone or "", a.post or "")
            self.applicants.cellWidget(self.applicants.rowCount() - 1, 4).setChecked(
                a.representative)
        self.workers.setValue(data.workers_count or len(data.applicants))
        self.respondent_org.blockSignals(True)
        self.respondent_org.setCurrentIndex(
            max(self.respondent_org.findData(data.respondent_organization_id), 0))
        self.respondent_org.blockSignals(False)
        for edit, value in [(self.respondent, data.respondent_name),
                            (self.respondent_uscc, data.respondent_uscc),
                            (self.respondent_address, data.respondent_address),
                            (self.legal_rep, data.respondent_legal_rep),
                            (self.legal_rep_title, data.respondent_legal_rep_title),
                            (self.respondent_phone, data.respondent_phone),
                            (self.mediators, data.mediators)]:
            edit.setText(value or "")
        self.category.setCurrentIndex(max(self.category.findData(data.category), 0))
        self.subcategory.setCurrentIndex(max(self.subcategory.findData(data.subcategory), 0))
        self.claims.setPlainText(data.claims)
        self.facts.setPlainText(data.facts)
        self.claimed.setText(yuan(data.claimed_amount).replace(",", ""))

    def add_applicant(self, name: str = "", id_number: str = "", phone: str = "",
                      post: str = "") -> None:
        row = self.applicants.rowCount()
        self.applicants.insertRow(row)
        for column, value in enumerate([name, id_number, phone, post]):
            self.applicants.setItem(row, column, QTableWidgetItem(value))
        self.applicants.setCellWidget(row, 4, QCheckBox(self.applicants))

    def _on_category_changed(self) -> None:
        subs = mediation.CATEGORIES[self.category.currentData()]
        fill_combo(self.subcategory, [(None, self.tr("（不细分）"))] + [(s, s) for s in subs])

    def _on_respondent_org_changed(self) -> None:
        org_id = self.respondent_org.currentData()
        if org_id:
            engine = self.engine
            QueryOp(self, self.tasks, lambda: organization_detail(engine, org_id),
                    self._on_respondent_org_read).run()

    def _on_respondent_org_read(self, org) -> None:
        self.respondent.setText(org.name)
        self.respondent_uscc.setText(org.uscc or "")
        self.respondent_address.setText(org.address or "")
        self.respondent_phone.setText(org.contact_phone or "")

    def case_input(self) -> CaseInput:
        applicants = []
        for row in range(self.applicants.rowCount()):
            cell = [(self.applicants.item(row, c).text() if self.applicants.item(row, c)
                     else "").strip() for c in range(4)]
            if not any(cell):
                continue
            applicants.append(ApplicantInput(
                name=cell[0], id_number=cell[1] or None, phone=cell[2] or None,
                post=cell[3] or None,
                representative=self.applicants.cellWidget(row, 4).isChecked()))
        return CaseInput(
            received_on=from_qdate(self.received.date()), applicants=applicants,
            workers_count=max(self.workers.value(), len(applicants)),
            channel=self.channel.currentData(), respondent_name=self.respondent.text(),
            respondent_uscc=self.respondent_uscc.text().strip() or None,
            respondent_address=self.respondent_address.text().strip() or None,
            respondent_legal_rep=self.legal_rep.text().strip() or None,
            respondent_legal_rep_title=self.legal_rep_title.text().strip() or None,
            respondent_phone=self.respondent_phone.text().strip() or None,
            respondent_organization_id=self.respondent_org.currentData(),
            category=self.category.currentData(), subcategory=self.subcategory.currentData(),
            claims=self.claims.toPlainText(), claimed_amount=self.claimed.text() or "0",
            facts=self.facts.toPlainText(), mediators=self.mediators.text())

    def _on_save_clicked(self) -> None:
        data = self.case_input()
        self.buttons.setEnabled(False)
        self.message.clear()
        engine, case_id = self.engine, self.case_id
        if case_id is None:
            def work() -> str:
                return register_case(engine, data)
        else:
            def work() -> str:
                update_case(engine, case_id, data)
                return case_id

        self.save_with(work, changes={CASES})
