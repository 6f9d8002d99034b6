"""集体合同: contracts with state and expiry countdown, coverage and 签订率, new contract."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from unionoffice.contracts.coverage import Coverage, coverage_on
from unionoffice.contracts.queries import list_contracts
from unionoffice.contracts.rules import CONTRACTS
from unionoffice.i18n import t
from unionoffice.ui.changes import CONTRACTS as CONTRACTS_AREA
from unionoffice.ui.dialogs.contract_detail import ContractDetailDialog
from unionoffice.ui.dialogs.contract_form import ContractForm
from unionoffice.ui.pages.records import ClockTableModel, RecordListPage
from unionoffice.ui.widgets.form import fill_combo
from unionoffice.ui.widgets.table import make_list_view


class ContractTableModel(ClockTableModel):
    clock_columns = (6, 7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("合同名称"), self.tr("类型"), self.tr("状态"),
                        self.tr("签订日期"), self.tr("期满日期"), self.tr("覆盖职工"),
                        self.tr("下一期限"), self.tr("剩余")]

    def cell(self, r, column: int, role: int):
        if column in self.clock_columns:
            return self.clock_cell(r, column, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [r.title, t(f"contract.type_short.{r.contract_type}"),
                CONTRACTS.state_label(r.state),
                r.signed_on.isoformat() if r.signed_on else "",
                r.term_end.isoformat() if r.term_end else "", f"{r.covered_workers:,}"][column]


class ContractsPage(RecordListPage):
    page_id = "contracts"
    lifecycle = CONTRACTS
    area = CONTRACTS_AREA
    detail_class = ContractDetailDialog

    def __init__(self, engine, tasks, parent=None) -> None:
        super().__init__(engine, tasks, parent)
        self.state.setAccessibleName(self.tr("合同状态"))
        self.expiring = QComboBox(self)
        self.expiring.setAccessibleName(self.tr("期满"))
        fill_combo(self.expiring, [(None, self.tr("不限期满时间")),
                                   (90, self.tr("90天内期满")), (30, self.tr("30天内期满"))])
        self.new_button.setText(self.tr("新增集体合同"))
        self.model = ContractTableModel(self)
        table = make_list_view(self, self.model, "contract_table", self.tr("合同列表"),
                               [320, 110, 80, 95, 95, 80, 110])
        table.setSortingEnabled(False)
        self.build_list(
            search_name="contract_search", search_label=self.tr("查找合同"),
            placeholder=self.tr("输入合同名称或企业名称…"), table=table,
            empty_text=self.tr("还没有集体合同。\n点击“新增集体合同”登记正在协商的合同。"),
            no_match_text=self.tr("没有符合条件的集体合同。"),
            controls=[self.state, self.expiring, self.new_button])
        self.connect_table()
        self.expiring.currentIndexChanged.connect(self.reload)

    def open_form(self, org_choices):
        return ContractForm(self.engine, self.tasks, org_choices, self)

    def open_contract(self, contract_id: str) -> ContractDetailDialog:
        """Show one contract (from the home page's reminders)."""
        return self.open_record(contract_id)

    def reload(self) -> None:
        state, within, text = (self.state.currentData(), self.expiring.currentData(),
                               self.search.text().strip())
        engine = self.engine

        def load():
            rows = list_contracts(engine, state=state, expiring_within=within)
            if text:
                rows = [r for r in rows if text in r.title or text in (r.organization or "")]
            return rows, coverage_on(engine)

        self.query(load, lambda found: self._on_rows_loaded(*found, bool(text or state or
                                                                           within)))

    def _on_rows_loaded(self, rows, coverage: Coverage, filtered: bool) -> None:
        self.model.set_rows(rows)
        self.show_list(len(rows), filtered, self.tr(
            "共 {n} 份。生效合同 {c} 份，覆盖企业 {e} 家、职工 {w} 人（女 {f} 人）；"
            "工资专项覆盖职工 {ww} 人；签订率 {rate}（{rule}）").format(
            n=len(rows), c=coverage.contracts, e=coverage.enterprises, w=coverage.workers,
            f=coverage.female_workers, ww=coverage.wage_workers,
            rate=f"{coverage.signing_rate:.0%}", rule=t(f"contract.coverage_rule.{coverage.rule}")))
        self.count.setToolTip(Coverage.signing_rate_definition())
