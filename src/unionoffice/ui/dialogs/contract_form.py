"""A new collective contract: type, scope, the employer or the employers it covers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice import i18n
from unionoffice.contracts import rules as contract_rules
from unionoffice.contracts.service import ContractInput, CoverageInput, register_contract
from unionoffice.i18n import t
from unionoffice.organizations.queries import organization_detail
from unionoffice.ui.changes import CONTRACTS
from unionoffice.ui.ops import QueryOp
from unionoffice.ui.widgets.form import (
    FieldRow,
    SavingForm,
    fill_combo,
    save_cancel_buttons,
)


class ContractForm(SavingForm, QDialog):
    saved = Signal(str)

    def __init__(self, engine, tasks, org_choices: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks, self.org_choices = engine, tasks, org_choices
        self.setWindowTitle(self.tr("新增集体合同"))
        self.resize(720, 600)
        self.rows: dict[str, FieldRow] = {}
        self.title_edit = QLineEdit(self)
        self.kind = QComboBox(self)
        fill_combo(self.kind, [(k, t(f"contract.type.{k}")) for k in contract_rules.TYPES])
        self.scope = QComboBox(self)
        fill_combo(self.scope, [(k, t(f"contract.scope.{k}")) for k in contract_rules.SCOPES])
        self.org = QComboBox(self)
        fill_combo(self.org, [(None, self.tr("（请选择）"))] + org_choices)
        self.org.setEditable(True)
        self.org.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.workers = QSpinBox(self)
        self.workers.setRange(0, 10_000_000)
        self.female = QSpinBox(self)
        self.female.setRange(0, 10_000_000)
        self.worker_chief = QLineEdit(self)
        self.employer_chief = QLineEdit(self)
        self.negotiators = QSpinBox(self)
        self.negotiators.setRange(0, 99)
        self.negotiators.setValue(3)
        self.wage = QLineEdit(self)
        self.wage.setPlaceholderText(self.tr("工资专项：年度工资增长幅度，如 3.5"))
        self.coverage = QTableWidget(0, 3, self)
        self.coverage.setHorizontalHeaderLabels([self.tr("覆盖企业"), self.tr("职工数"),
                                                 self.tr("女职工数")])
        self.coverage.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_cover = QPushButton(self.tr("增加覆盖企业"), self)
        self.add_cover.clicked.connect(lambda: self.add_coverage())
        form = QFormLayout()
        for label, key, widget in [
            (self.tr("合同名称*"), "title", self.title_edit), (self.tr("类型"), "contract_type",
                                                              self.kind),
            (self.tr("适用范围"), "scope", self.scope), (self.tr("签约企业"), "organization",
                                                       self.org),
            (self.tr("覆盖职工数"), "covered_workers", self.workers),
            (self.tr("其中女职工"), "covered_female_workers", self.female),
            (self.tr("职工方首席代表"), "worker_chief", self.worker_chief),
            (self.tr("企业方首席代表"), "employer_chief", self.employer_chief),
            (self.tr("每方协商代表人数"), "negotiators_per_side", self.negotiators),
            (self.tr("工资增长幅度（%）"), "wage_increase_pct", self.wage)]:
            widget.setAccessibleName(label.rstrip("*"))
            self.rows[key] = FieldRow(widget, self)
            form.addRow(label, self.rows[key])
        self.rows["coverage"] = FieldRow(self.coverage, self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = save_cancel_buttons(self, self._on_save_clicked, self.tr("保存"),
                                           self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("区域性、行业性合同覆盖的企业："), self))
        layout.addWidget(self.rows["coverage"], 1)
        layout.addWidget(self.add_cover)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.scope.currentIndexChanged.connect(self._on_scope_changed)
        self.org.currentIndexChanged.connect(self._on_org_changed)
        self._on_scope_changed()

    def add_coverage(self, org_id: str | None = None, workers: int = 0, female: int = 0) -> None:
        row = self.coverage.rowCount()
        self.coverage.insertRow(row)
        combo = QComboBox(self.coverage)
        fill_combo(combo, [(None, self.tr("（请选择）"))] + self.org_choices, org_id)
        self.coverage.setCellWidget(row, 0, combo)
        self.coverage.setItem(row, 1, QTableWidgetItem(str(workers)))
        self.coverage.setItem(row, 2, QTableWidgetItem(str(female)))

    def _on_scope_changed(self) -> None:
        single = self.scope.currentData() == "single"
        for widget in (self.org, self.workers, self.female):
            widget.setEnabled(single)
        self.coverage.setEnabled(not single)
        self.add_cover.setEnabled(not single)

    def _on_org_changed(self) -> None:
        org_id = self.org.currentData()
        if org_id:
            engine = self.engine
            QueryOp(self, self.tasks, lambda: organization_detail(engine, org_id),
                    self._on_org_read).run()

    def _on_org_read(self, org) -> None:
        self.workers.setValue(org.employees)
        self.female.setValue(org.female_employees)
        if not self.title_edit.text():
            self.title_edit.setText(org.name + i18n.render(
                f"contract.type.{self.kind.currentData()}", {}, "zh"))

    def contract_input(self) -> ContractInput:
        coverage = []
        if self.scope.currentData() != "single":
            for row in range(self.coverage.rowCount()):
                org_id = self.coverage.cellWidget(row, 0).currentData()
                if org_id:
                    coverage.append(CoverageInput(org_id, self._count(row, 1),
                                                     self._count(row, 2)))
        return ContractInput(
            title=self.title_edit.text(), contract_type=self.kind.currentData(),
            scope=self.scope.currentData(),
            organization_id=self.org.currentData() if self.scope.currentData() == "single"
            else None, worker_chief=self.worker_chief.text().strip() or None,
            employer_chief=self.employer_chief.text().strip() or None,
            negotiators_per_side=self.negotiators.value() or None,
            covered_workers=self.workers.value(), covered_female_workers=self.female.value(),
            wage_increase_pct=self.wage.text().strip() or None, coverage=coverage)

    def _count(self, row: int, column: int) -> int:
        item = self.coverage.item(row, column)
        text = item.text().strip() if item else ""
        return int(text) if text.isdigit() else 0

    def _on_save_clicked(self) -> None:
        data = self.contract_input()
        self.buttons.setEnabled(False)
        engine = self.engine
        self.save_with(lambda: register_contract(engine, data), changes={CONTRACTS})
