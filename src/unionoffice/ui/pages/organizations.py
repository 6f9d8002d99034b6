"""The organizations page: grassroots unions and employers, with member counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from unionoffice import browse
from unionoffice.organizations import KINDS, kind_label
from unionoffice.ui.dialogs.organization_form import OrganizationForm
from unionoffice.ui.models.organization_table import OrganizationTableModel
from unionoffice.ui.pages.base import Page, empty_state
from unionoffice.ui.widgets.form import fill_combo
from unionoffice.ui.widgets.table import make_list_view


class OrganizationsPage(Page):
    page_id = "organizations"
    showMembersRequested = Signal(str)  # organization id
    listChanged = Signal(int)

    def __init__(self, engine, tasks, parent=None) -> None:
        super().__init__(parent)
        self.engine, self.tasks = engine, tasks
        self._generation = 0
        self._loaded = False
        self.search = QLineEdit(self)
        self.search.setObjectName("org_search")
        self.search.setAccessibleName(self.tr("查找单位"))
        self.search.setPlaceholderText(self.tr("输入单位名称、拼音或统一社会信用代码…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("类型"))
        fill_combo(self.kind, [(None, self.tr("全部类型"))] + [(k, kind_label(k)) for k in KINDS])
        self.new_button = QPushButton(self.tr("新增单位"), self)
        self.members_button = QPushButton(self.tr("查看会员"), self)
        self.members_button.setObjectName("show_members")
        self.members_button.setEnabled(False)
        self.count = QLabel(self)
        self.model = OrganizationTableModel(
            lambda ids: browse.organization_rows(self.engine, ids), self)
        self.table = make_list_view(self, self.model, "org_table", self.tr("单位列表"),
                                    [300, 170, 170, 220, 80])
        self.empty = empty_state(self, self.tr(
            "还没有工会组织或企业。\n点击“新增单位”录入，或在“设置”页加载演示数据。"))
        self.no_match = empty_state(self, self.tr("没有找到匹配的单位。请换个关键词或清除筛选。"))
        self.stack = QStackedWidget(self)
        for w in (self.table, self.empty, self.no_match):
            self.stack.addWidget(w)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.kind, 1)
        bar.addWidget(self.members_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
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

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def create_new(self) -> bool:
        form = OrganizationForm(self.engine, self.tasks, None, self)
        form.saved.connect(lambda _id: self.reload())
        form.open()
        self.current_form = form
        return True

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        flt = browse.OrganizationFilter(text=self.search.text(), kind=self.kind.currentData(),
                                        sort=self.model.sort_key,
                                        descending=self.model.descending)
        self.tasks.run(lambda: browse.organization_rowids(self.engine, flt),
                       lambda ids: self._on_ids_loaded(generation, flt, ids))

    def _on_ids_loaded(self, generation, flt, ids) -> None:
        if generation != self._generation:
            return
        self.model.set_ids(ids)
        self.members_button.setEnabled(False)
        filtered = bool(flt.text.strip() or flt.kind)
        self.stack.setCurrentWidget(self.table if ids else
                                    self.no_match if filtered else self.empty)
        self.count.setText(self.tr("共 {n} 个单位").format(n=f"{len(ids):,}"))
        self.listChanged.emit(len(ids))

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
            form.saved.connect(lambda _id: self.model.refresh_rows())
            form.open()
            self.current_form = form
