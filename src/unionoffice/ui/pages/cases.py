"""调解案件: the cases with state and days left (coloured), filters, new application, detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from unionoffice.common.money import yuan
from unionoffice.mediation.queries import list_cases
from unionoffice.mediation.rules import CASES
from unionoffice.ui.changes import CASES as CASES_AREA
from unionoffice.ui.dialogs.case_detail import CaseDetailDialog
from unionoffice.ui.dialogs.case_form import CaseForm
from unionoffice.ui.pages.records import ClockTableModel, RecordListPage
from unionoffice.ui.widgets.table import make_list_view


class CaseTableModel(ClockTableModel):
    clock_columns = (6, 7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("案件编号"), self.tr("状态"), self.tr("收到申请"),
                        self.tr("申请人"), self.tr("被申请人"), self.tr("涉及金额"),
                        self.tr("期限"), self.tr("剩余")]

    def cell(self, r, column: int, role: int):
        if column in self.clock_columns:
            return self.clock_cell(r, column, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = "、".join(r.applicants[:3]) + (self.tr("等{n}人").format(n=r.workers)
                                               if r.workers > 3 else "")
        return [r.case_number or self.tr("（未受理）"), CASES.state_label(r.state),
                r.received_on.isoformat(), names, r.respondent, yuan(r.claimed_fen)][column]


class CasesPage(RecordListPage):
    page_id = "cases"
    lifecycle = CASES
    area = CASES_AREA
    detail_class = CaseDetailDialog

    def __init__(self, engine, tasks, parent=None) -> None:
        super().__init__(engine, tasks, parent)
        self.state.setAccessibleName(self.tr("案件状态"))
        self.open_only = QCheckBox(self.tr("只看未结案"), self)
        self.open_only.setChecked(True)
        self.new_button.setText(self.tr("登记调解申请"))
        self.model = CaseTableModel(self)
        table = make_list_view(self, self.model, "case_table", self.tr("案件列表"),
                               [190, 90, 95, 170, 240, 90, 110])
        table.setSortingEnabled(False)
        self.build_list(
            search_name="case_search", search_label=self.tr("查找案件"),
            placeholder=self.tr("输入案件编号、申请人或被申请人…"), table=table,
            empty_text=self.tr("没有案件。\n点击“登记调解申请”记录一件劳动争议调解申请"
                               "（口头申请也当场登记）。"),
            no_match_text=self.tr("没有符合条件的案件。请换个关键词，或取消“只看未结案”。"),
            controls=[self.state, self.open_only, self.new_button])
        self.connect_table()
        self.open_only.toggled.connect(self.reload)

    def open_form(self, org_choices):
        return CaseForm(self.engine, self.tasks, org_choices, self)

    def open_case(self, case_id: str) -> CaseDetailDialog:
        """Show one case (from the home page's due list)."""
        return self.open_record(case_id)

    def reload(self) -> None:
        state, open_only, text = (self.state.currentData(), self.open_only.isChecked(),
                                  self.search.text())
        engine = self.engine
        self.query(lambda: list_cases(engine, state=state, open_only=open_only,
                                      text_query=text),
                   lambda rows: self._on_rows_loaded(rows, bool(text.strip() or state)))

    def _on_rows_loaded(self, rows, filtered: bool) -> None:
        self.model.set_rows(rows)
        self.show_list(len(rows), filtered, self.tr("共 {n} 件").format(n=len(rows)))
