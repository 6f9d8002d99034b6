"""The members page: search as you type, filters, a lazily filled table, the member form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton

from unionoffice.members import rules as membership
from unionoffice.members.queries import MemberFilter, MemberIdList, member_rowids, member_rows
from unionoffice.ui.changes import MEMBERS, ORGANIZATIONS
from unionoffice.ui.dialogs.member_form import MemberForm
from unionoffice.ui.models.choices import choices_of
from unionoffice.ui.models.member_table import MemberTableModel
from unionoffice.ui.ops import JobOp
from unionoffice.ui.pages.base import ListPage
from unionoffice.ui.widgets.form import ERROR_STYLE, OK_STYLE, fill_combo
from unionoffice.ui.widgets.table import make_list_view


class MembersPage(ListPage):
    page_id = "members"
    search_delay_ms = 30  # coalesce fast typing; a newer query also wins over an older one

    def __init__(self, engine, tasks, parent=None) -> None:
        super().__init__(engine, tasks, parent)
        self._loaded = False
        self.choices = choices_of(engine, tasks)
        self.choices.loaded.connect(self._on_organizations_loaded)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("会籍状态"))
        fill_combo(self.status, [(None, self.tr("全部状态"))] +
                   [(s, membership.status_label(s)) for s in (
                       membership.ACTIVE, membership.RETAINED, membership.TRANSFERRED_OUT,
                       membership.LEFT, membership.EXPELLED)])
        self.organization = QComboBox(self)
        self.organization.setAccessibleName(self.tr("工作单位"))
        self.organization.setMinimumContentsLength(16)
        self.organization.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.form = QComboBox(self)
        self.form.setAccessibleName(self.tr("用工形式"))
        fill_combo(self.form, [(None, self.tr("全部用工形式"))] +
                   [(f, f) for f in ["劳动合同", "劳务派遣", "非全日制", "平台灵活用工"]])
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("新就业形态"))
        fill_combo(self.group, [(None, self.tr("全部人员"))] +
                   [(g, g) for g in ["货车司机", "网约车司机", "快递员", "外卖配送员"]])
        self.new_button = QPushButton(self.tr("新增会员"), self)
        self.new_button.setObjectName("new_member")
        self.import_button = QPushButton(self.tr("导入花名册…"), self)
        self.import_button.setObjectName("import_roster")
        self.export_button = QPushButton(self.tr("导出Excel…"), self)
        self.export_button.setObjectName("export_members")
        self.model = MemberTableModel(lambda ids: member_rows(engine, ids), tasks, self)
        self.build_list(
            search_name="member_search", search_label=self.tr("查找会员"),
            placeholder=self.tr("输入姓名、拼音或首字母、证件号或手机号后4位…"),
            table=make_list_view(self, self.model, "member_table", self.tr("会员列表"),
                                 [90, 50, 170, 110, 240, 80, 100]),
            empty_text=self.tr(
                "还没有会员。\n点击“新增会员”录入第一位会员，或在“设置”页加载演示数据。"),
            no_match_text=self.tr(
                "没有找到匹配的会员。\n可以输入姓名的开头、拼音（如 zhangwei）或首字母（如 zw），"
                "或证件号码、手机号码的后4位；也可以清除筛选条件。"),
            controls=[self.status, self.organization, self.form, self.group, self.new_button,
                      self.import_button, self.export_button])
        self.notice = QLabel(self)
        self.notice.setObjectName("members_notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.layout().insertWidget(1, self.notice)
        self.count.setObjectName("member_count")
        for combo in (self.status, self.organization, self.form, self.group):
            combo.currentIndexChanged.connect(self.reload)
        self.model.sortRequested.connect(self.reload)
        self.new_button.clicked.connect(self.create_new)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)

    # --- Page -------------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
            # The organization filter (thousands of names) is filled after the first rows.
            self.choices.when_ready(lambda _items: None)

    def create_new(self) -> bool:
        def open_form(orgs: list[tuple[str, str]]) -> None:
            form = MemberForm(self.engine, self.tasks, orgs, None, self)
            form.open()
            self.current_form = form

        self.choices.when_ready(open_form)
        return True

    def _on_ledger_changed(self, areas: frozenset[str]) -> None:
        # The list is big: it is read again only when members changed, and only then.
        if MEMBERS in areas and self._loaded:
            self.reload()
        elif ORGANIZATIONS in areas and self._loaded:
            self.model.refresh_rows()

    def show_organization(self, org_id: str) -> None:
        """Filter the list to one organization's members."""
        self.activate()
        self.search.clear()
        self.choices.when_ready(
            lambda _items: self.organization.setCurrentIndex(
                max(self.organization.findData(org_id), 0)))

    # --- loading ----------------------------------------------------------------------------

    def _on_organizations_loaded(self, choices: list[tuple[str, str]]) -> None:
        self.org_choices = choices
        current = self.organization.currentData()
        self.organization.blockSignals(True)
        fill_combo(self.organization, [(None, self.tr("全部单位"))] + self.org_choices, current)
        self.organization.blockSignals(False)

    def current_filter(self) -> MemberFilter:
        return MemberFilter(
            text=self.search.text(), status=self.status.currentData(),
            organization_id=self.organization.currentData(),
            employment_form=self.form.currentData(), new_form_group=self.group.currentData(),
            sort=self.model.sort_key, descending=self.model.descending)

    def reload(self) -> None:
        """Rerun the query off the GUI thread."""
        flt, engine = self.current_filter(), self.engine
        self.query(lambda: member_rowids(engine, flt),
                   lambda found: self._on_ids_loaded(flt, found))

    def _on_ids_loaded(self, flt: MemberFilter, found: MemberIdList) -> None:
        ids = found.rowids
        self.model.set_ids(ids)
        filtered = bool(flt.text.strip() or flt.status or flt.organization_id or
                        flt.employment_form or flt.new_form_group)
        if found.truncated:
            text = self.tr("匹配的人很多，只列出前 {n} 人；请多输入几个字缩小范围。").format(
                n=f"{len(ids):,}")
        else:
            text = self.tr("共 {n} 人").format(n=f"{len(ids):,}")
        self.show_list(len(ids), filtered, text)

    # --- slots ------------------------------------------------------------------------------

    def _on_table_double_clicked(self, index) -> None:
        member_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if member_id:
            self.open_member(member_id)

    def open_member(self, member_id: str) -> None:
        """The member's form, once the organizations to pick from are read."""
        def open_form(orgs: list[tuple[str, str]]) -> None:
            form = MemberForm(self.engine, self.tasks, orgs, member_id, self)
            form.open()
            self.current_form = form

        self.choices.when_ready(open_form)

    # --- Excel in and out -------------------------------------------------------------------

    def open_import(self):
        # Loaded on first use: the roster code brings openpyxl (~80 ms of start-up otherwise).
        from unionoffice.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.engine, self.tasks, self.choices.items or [], self)
        wizard.imported.connect(self._on_imported)
        wizard.open()
        self.current_form = wizard
        return wizard

    def _on_imported(self, result) -> None:
        s = result.summary
        self.show_notice(self.tr(
            "已导入“{file}”：新增 {new} 人，更新 {upd} 人，{rej} 行未导入。").format(
            file=result.table.path.name, new=f"{s.imported:,}", upd=f"{s.updated:,}",
            rej=f"{s.rejected:,}"))

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.notice.setText(text)
        self.notice.setVisible(True)

    def _on_export_clicked(self) -> None:
        from unionoffice.members.roster.export import today_stamp
        from unionoffice.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.model.rowCount(), self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出会员名册"),
            str(Path.home() / f"会员名册_{today_stamp()}.xlsx"), self.tr("Excel 工作簿 (*.xlsx)"))
        if name:
            self.export_to(Path(name), dialog.full.isChecked())

    def export_to(self, path: Path, full: bool = False) -> None:
        """Export the list as now filtered and sorted; masked unless ``full``."""
        from unionoffice.members.roster.export import export_members
        from unionoffice.ui.ops import failure_text

        flt, engine = self.current_filter(), self.engine
        self.export_button.setEnabled(False)

        def done(rows: int) -> None:
            self.export_button.setEnabled(True)
            self.show_notice(self.tr("已导出 {n} 名会员到 {path}").format(n=f"{rows:,}", path=path)
                             + ("" if full else self.tr("（证件号码和手机号码已遮盖）")))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.show_notice(failure_text(exc), error=True)

        JobOp(self, self.tasks, self.tr("正在导出…"),
              lambda: export_members(engine, path, flt, full=full), done).failure(failed).run()
