"""调解案件: the list with state and days left (coloured), filters, new application, detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPushButton,
)

from unionoffice.common import clocks
from unionoffice.common.money import yuan
from unionoffice.mediation.queries import list_cases
from unionoffice.mediation.rules import CASES
from unionoffice.organizations.queries import organization_choices
from unionoffice.ui.dialogs.case_detail import LEVEL_COLOURS, CaseDetailDialog
from unionoffice.ui.dialogs.case_form import CaseForm
from unionoffice.ui.models.row_list import RowListModel
from unionoffice.ui.pages.base import ListPage
from unionoffice.ui.widgets.form import fill_combo
from unionoffice.ui.widgets.table import make_list_view


class CaseTableModel(RowListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("案件编号"), self.tr("状态"), self.tr("收到申请"),
                        self.tr("申请人"), self.tr("被申请人"), self.tr("涉及金额"),
                        self.tr("期限"), self.tr("剩余")]

    def cell(self, r, column: int, role: int):
        left = r.clock.days_left(self.today) if r.clock else None
        if role == Qt.ItemDataRole.ForegroundRole and column in (6, 7) and left is not None:
            return QColor(LEVEL_COLOURS[clocks.alarm_level(left, r.clock.rule)])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = "、".join(r.applicants[:3]) + (self.tr("等{n}人").format(n=r.workers)
                                               if r.workers > 3 else "")
        return [r.case_number or self.tr("（未受理）"), CASES.state_label(r.state),
                r.received_on.isoformat(), names, r.respondent, yuan(r.claimed_fen),
                r.clock.rule.label if r.clock else "",
                "" if left is None else (self.tr("逾期{n}天").format(n=-left) if left < 0 else
                                         self.tr("{n}天").format(n=left))][column]


class CasesPage(ListPage):
    page_id = "cases"

    def __init__(self, engine, tasks, parent=None) -> None:
        super().__init__(parent)
        self.engine, self.tasks = engine, tasks
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("案件状态"))
        fill_combo(self.state, [(None, self.tr("全部状态"))] +
                   [(s, CASES.state_label(s)) for s in CASES.states])
        self.open_only = QCheckBox(self.tr("只看未结案"), self)
        self.open_only.setChecked(True)
        self.new_button = QPushButton(self.tr("登记调解申请"), self)
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
        self.state.currentIndexChanged.connect(self.reload)
        self.open_only.toggled.connect(self.reload)
        self.new_button.clicked.connect(self.create_new)
        self.table.activated.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)

    def activate(self) -> None:
        self.reload()

    def create_new(self) -> bool:
        form = CaseForm(self.engine, self.tasks, organization_choices(self.engine), self)
        form.saved.connect(self._on_case_saved)
        form.open()
        self.current_form = form
        return True

    def reload(self) -> None:
        state, open_only, text = (self.state.currentData(), self.open_only.isChecked(),
                                  self.search.text())
        self.query(lambda: list_cases(self.engine, state=state, open_only=open_only,
                                            text_query=text),
                   lambda rows: self._on_rows_loaded(rows, bool(text.strip() or state)))

    def _on_rows_loaded(self, rows, filtered: bool) -> None:
        self.model.set_rows(rows)
        self.show_list(len(rows), filtered, self.tr("共 {n} 件").format(n=len(rows)))

    def open_case(self, case_id: str) -> CaseDetailDialog:
        dialog = CaseDetailDialog(self.engine, self.tasks, case_id, self)
        dialog.changed.connect(lambda _id: self.reload())
        dialog.open()
        self.current_case = dialog
        return dialog

    def _on_table_activated(self, index) -> None:
        case_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if case_id:
            self.open_case(case_id)

    def _on_case_saved(self, case_id: str) -> None:
        self.reload()
        self.open_case(case_id)
