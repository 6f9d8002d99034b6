"""The organizations page: grassroots unions and employers, with member counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QPushButton

from unionoffice.organizations.queries import (
    OrganizationFilter,
    organization_rowids,
    organization_rows,
)
from unionoffice.organizations.service import KINDS, kind_label
from unionoffice.ui.changes import MEMBERS, ORGANIZATIONS
from unionoffice.ui.dialogs.organization_form import OrganizationForm
from unionoffice.ui.models.organization_table import OrganizationTableModel
from unionoffice.ui.pages.base import ListPage
from unionoffice.ui.widgets.form import fill_combo
from unionoffice.ui.widgets.table import make_list_view


class OrganizationsPage(ListPage):
    page_id = "organizations"
    showMembersRequested = Signal(str)  # organization id

    def __init__(self, engine, tasks, parent=None) -> None:
        super().__init__(engine, tasks, parent)
        self._loaded = False
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("类型"))
        fill_combo(self.kind, [(None, self.tr("全部类型"))] + [(k, kind_label(k)) for k in KINDS])
        self.new_button = QPushButton(self.tr("新增单位"), self)
        self.members_button = QPushButton(self.tr("查看会员"), self)
        self.members_button.setObjectName("show_members")
        self.members_button.setEnabled(False)
        self.model = OrganizationTableModel(lambda ids: organization_rows(engine, ids), tasks,
                                            self)
        self.build_list(
            search_name="org_search", search_label=self.tr("查找单位"),
            placeholder=self.tr("输入单位名称、拼音或统一社会信用代码…"),
            table=make_list_view(self, self.model, "org_table", self.tr("单位列表"),
                                 [300, 170, 170, 220, 80]),
            empty_text=self.tr(
                "还没有工会组织或企业。\n点击“新增单位”录入，或在“设置”页加载演示数据。"),
            no_match_text=self.tr("没有找到匹配的单位。请换个关键词或清除筛选。"),
            controls=[self.kind, self.members_button, self.new_button])
        self.kind.currentIndexChanged.connect(self.reload)
        self.model.sortRequested.connect(self.reload)
        self.new_button.clicked.connect(self.create_new)
        self.members_button.clicked.connect(self._on_members_button_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.members_button.setEnabled(self.table.currentIndex().isValid()))

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()

    def _on_ledger_changed(self, areas: frozenset[str]) -> None:
        if self._loaded and areas & {ORGANIZATIONS, MEMBERS}:  # the member counts change too
            self.reload()

    def create_new(self) -> bool:
        form = OrganizationForm(self.engine, self.tasks, None, self)
        form.open()
        self.current_form = form
        return True

    def reload(self) -> None:
        flt = OrganizationFilter(text=self.search.text(), kind=self.kind.currentData(),
                                        sort=self.model.sort_key,
                                        descending=self.model.descending)
        engine = self.engine
        self.query(lambda: organization_rowids(engine, flt),
                   lambda ids: self._on_ids_loaded(flt, ids))

    def _on_ids_loaded(self, flt: OrganizationFilter, ids: list[int]) -> None:
        self.model.set_ids(ids)
        self.members_button.setEnabled(False)
        self.show_list(len(ids), bool(flt.text.strip() or flt.kind),
                       self.tr("共 {n} 个单位").format(n=f"{len(ids):,}"))

    def _selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _on_members_button_clicked(self) -> None:
        org_id = self._selected_id()
        if org_id:
            self.showMembersRequested.emit(org_id)

    def _on_table_double_clicked(self, index) -> None:
        org_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if org_id:
            form = OrganizationForm(self.engine, self.tasks, org_id, self)
            form.open()
            self.current_form = form
