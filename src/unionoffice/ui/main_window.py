"""The main window: navigation, pages, status bar, shortcuts, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from unionoffice.accounts import operators, permissions
from unionoffice.bundle import keys
from unionoffice.db.migrate import Ledger
from unionoffice.demo.generate import generate_demo
from unionoffice.office import ledger_summary
from unionoffice.ui.changes import LEDGER, SETTINGS
from unionoffice.ui.dialogs.backup_dialog import BackupDialog
from unionoffice.ui.dialogs.login_dialog import IdleWatcher, LoginDialog
from unionoffice.ui.dialogs.operators_dialog import OperatorsDialog
from unionoffice.ui.ops import JobOp, QueryOp, WriteOp, failure_text
from unionoffice.ui.pages.audit import AuditPage
from unionoffice.ui.pages.base import Page
from unionoffice.ui.pages.cases import CasesPage
from unionoffice.ui.pages.contracts import ContractsPage
from unionoffice.ui.pages.dashboard import DashboardPage
from unionoffice.ui.pages.members import MembersPage
from unionoffice.ui.pages.organizations import OrganizationsPage
from unionoffice.ui.pages.reports import ReportsPage
from unionoffice.ui.pages.settings import SettingsPage
from unionoffice.ui.pages.sync import SyncPage
from unionoffice.ui.settings import UiSettings
from unionoffice.ui.tasks import Cancelled, TaskManager

DEMO_MEMBERS = 5000


class MainWindow(QMainWindow):
    """Navigation on the left, one page at a time on the right."""

    def __init__(self, ledger: Ledger, tasks: TaskManager, settings: UiSettings,
                 language: str = "zh") -> None:
        super().__init__()
        self.ledger, self.tasks, self.settings = ledger, tasks, settings
        engine = ledger.engine
        self.setWindowTitle(self.tr("街道工会台账"))
        self.setMinimumSize(QSize(960, 600))
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("功能导航"))
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } "
                               "QListWidget::item { padding: 10px 8px; }")
        self.stack = QStackedWidget(self)
        self.home = DashboardPage(engine, tasks, self)
        self.members = MembersPage(engine, tasks, self)
        self.organizations = OrganizationsPage(engine, tasks, self)
        self.cases = CasesPage(engine, tasks, self)
        self.contracts = ContractsPage(engine, tasks, self)
        self.reports = ReportsPage(engine, tasks, self)
        self.sync = SyncPage(engine, tasks, ledger.paths.root / "bundles", self)
        self.settings_page = SettingsPage(engine, tasks, str(ledger.paths.ledger), language, self)
        self.audit = AuditPage(engine, tasks, self)
        self.pages: list[tuple[str, Page]] = [
            (self.tr("首页"), self.home),
            (self.tr("会员"), self.members),
            (self.tr("工会组织/企业"), self.organizations),
            (self.tr("集体合同"), self.contracts),
            (self.tr("调解案件"), self.cases),
            (self.tr("报表"), self.reports),
            (self.tr("月度上报"), self.sync),
            (self.tr("操作日志"), self.audit),
            (self.tr("设置"), self.settings_page),
        ]
        for title, page in self.pages:
            item = QListWidgetItem(title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, page.page_id)
            self.stack.addWidget(page)
        # Wide enough for the longest title in the chosen language.
        self.nav.setFixedWidth(max(150, self.nav.sizeHintForColumn(0) + 28))
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.office_label = QLabel(self)
        self.ledger_label = QLabel(str(ledger.paths.ledger), self)
        self.keyring_label = QLabel(self)
        for w in (self.office_label, self.ledger_label, self.keyring_label):
            self.statusBar().addWidget(w)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("signed_in_user")
        self.lock_button = QPushButton(self.tr("锁定"), self)
        self.lock_button.setObjectName("lock_window")
        self.lock_button.clicked.connect(self.lock)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.lock_button)
        self.idle = IdleWatcher(QApplication.instance(), settings.lock_minutes, self)
        self.idle.idle.connect(self._on_idle)

        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        tasks.changes.changed.connect(self._on_ledger_changed)
        self.home.goMembers.connect(lambda: self.show_page("members", search=True))
        self.home.newMember.connect(lambda: self.show_page("members", new=True))
        self.home.openCase.connect(self._on_open_case_requested)
        self.home.openContract.connect(self._on_open_contract_requested)
        self.organizations.showMembersRequested.connect(self._on_show_members_requested)
        self.settings_page.languageChosen.connect(self._on_language_chosen)
        self.settings_page.demoRequested.connect(self.offer_demo)
        self.settings_page.setupRequested.connect(self.run_setup)
        self.settings_page.backupRequested.connect(self.open_backups)
        self.settings_page.operatorsRequested.connect(self.open_operators)
        self.settings_page.aboutRequested.connect(self.open_about)
        self.settings_page.lockMinutesChosen.connect(self._on_lock_minutes_chosen)
        self.settings_page.lock_minutes.setValue(settings.lock_minutes)
        QShortcut(QKeySequence.StandardKey.Find, self, self._on_find_shortcut)
        QShortcut(QKeySequence.StandardKey.New, self, self._on_new_shortcut)

        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(1200, 760)
        self.apply_permissions()
        self.show_page(settings.last_page)
        self.refresh_status()

    # --- navigation -------------------------------------------------------------------------

    # --- who is signed in ---------------------------------------------------------------------

    PAGE_PERMISSIONS = {"cases": "cases.view", "sync": "bundle.create", "audit": "audit.view"}

    def apply_permissions(self) -> None:
        """Show only the pages the signed-in role may use (the services check regardless)."""
        engine = self.ledger.engine
        for row, (_title, page) in enumerate(self.pages):
            permission = self.PAGE_PERMISSIONS.get(page.page_id)
            self.nav.item(row).setHidden(bool(permission) and not permissions.allowed(engine,
                                                                                 permission))
        current = self.nav.currentItem()
        if current is not None and current.isHidden():
            self.show_page("home")
        actor = permissions.current()
        enabled = permissions.accounts_enabled(engine)
        self.user_label.setText(self.tr("{name}（{role}）").format(
            name=actor.display_name, role=actor.role_label) if actor else "")
        self.user_label.setVisible(enabled)
        self.lock_button.setVisible(enabled)
        self.idle.set_minutes(self.settings.lock_minutes if enabled else 0)
        if actor:
            self.settings.last_user = actor.username

    def lock(self) -> None:
        """Hide the ledger and ask for a password again (the idle timer does this too)."""
        if not permissions.accounts_enabled(self.ledger.engine):
            return
        engine = self.ledger.engine
        WriteOp(self, self.tasks, lambda: operators.record_sign_out(engine, "lock"),
                changes=()).run()
        self.centralWidget().setVisible(False)
        dialog = LoginDialog(engine, self.tasks, self.settings.last_user, locked=True,
                             parent=self)
        dialog.accepted.connect(self._on_unlocked)
        dialog.rejected.connect(self.close)
        dialog.open()
        self.current_dialog = dialog

    def _on_idle(self) -> None:
        if permissions.current() is not None:
            self.lock()

    def _on_unlocked(self) -> None:
        self.centralWidget().setVisible(True)
        self.apply_permissions()
        page = self.stack.currentWidget()
        if page is not None:
            page.activate()

    def _on_lock_minutes_chosen(self, minutes: int) -> None:
        self.settings.lock_minutes = minutes
        self.apply_permissions()

    def open_about(self):
        from unionoffice.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        self.current_dialog = dialog
        return dialog

    def open_operators(self) -> OperatorsDialog:
        dialog = OperatorsDialog(self.ledger.engine, self.tasks, self)
        dialog.finished.connect(lambda _r: self.apply_permissions())
        dialog.open()
        self.current_dialog = dialog
        return dialog

    def page(self, page_id: str) -> Page | None:
        return next((p for _, p in self.pages if p.page_id == page_id), None)

    def show_page(self, page_id: str, *, search: bool = False, new: bool = False) -> Page:
        index = next((i for i, (_, p) in enumerate(self.pages) if p.page_id == page_id), 0)
        self.nav.setCurrentRow(index)
        page = self.pages[index][1]
        if search:
            page.focus_search()
        if new:
            page.create_new()
        return page

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[row][1]
        self.stack.setCurrentWidget(page)
        self.settings.last_page = page.page_id
        page.activate()

    def _on_find_shortcut(self) -> None:
        page = self.stack.currentWidget()
        if not page.focus_search():
            self.show_page("members", search=True)

    def _on_new_shortcut(self) -> None:
        page = self.stack.currentWidget()
        if not page.create_new():
            self.show_page("members", new=True)

    def _on_open_contract_requested(self, contract_id: str) -> None:
        self.show_page("contracts")
        self.contracts.open_contract(contract_id)

    def _on_open_case_requested(self, case_id: str) -> None:
        self.show_page("cases")
        self.cases.open_case(case_id)

    def _on_show_members_requested(self, org_id: str) -> None:
        self.show_page("members")
        self.members.show_organization(org_id)

    # --- status bar -------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """The status bar: the office's name and the keyring, read off the GUI thread."""
        engine = self.ledger.engine
        QueryOp(self, self.tasks, lambda: ledger_summary(engine), self._on_summary).run()
        QueryOp(self, self.tasks, keys.check_backend, self._on_backend_checked) \
            .failure(self._on_backend_failed).run()

    def _on_summary(self, summary) -> None:
        self.office_label.setText(summary.office_name or self.tr("尚未设置本街道信息"))

    def _on_ledger_changed(self, areas: frozenset[str]) -> None:
        if SETTINGS in areas:
            self.refresh_status()

    def _on_backend_checked(self, status: keys.BackendStatus) -> None:
        text = self.tr("钥匙串：{name}").format(name=status.name.rsplit(".", 1)[-1])
        if status.warning:
            text += self.tr("（不安全）")
        self.keyring_label.setText(text)
        self.keyring_label.setToolTip(status.warning or status.name)

    def _on_backend_failed(self, exc: BaseException) -> None:
        self.keyring_label.setText(self.tr("钥匙串不可用"))
        self.keyring_label.setToolTip(str(exc))

    # --- first start, demo, language --------------------------------------------------------

    def run_setup(self) -> bool:
        """The first-start dialog; then the offer of demo data."""
        from unionoffice.ui.dialogs.setup_dialog import SetupDialog

        dialog = SetupDialog(self.ledger.engine, self.tasks, str(self.ledger.paths.ledger), self)
        if dialog.exec() != SetupDialog.DialogCode.Accepted:
            return False
        if dialog.keyring_warning:
            QMessageBox.warning(self, self.tr("密钥保存位置不安全"), dialog.keyring_warning)
        self.offer_demo()
        return True

    def offer_demo(self) -> None:
        """Offer demo data, if the ledger is empty (read off the GUI thread first)."""
        engine = self.ledger.engine
        QueryOp(self, self.tasks, lambda: ledger_summary(engine), self._on_demo_summary).run()

    def _on_demo_summary(self, summary) -> None:
        if summary.members_active + summary.members_retained + summary.organizations:
            QMessageBox.information(self, self.tr("演示数据"),
                                    self.tr("账本中已有数据，演示数据只能加载到空账本中。"))
            return
        answer = QMessageBox.question(self, self.tr("加载演示数据"), self.tr(
            "要加载演示数据（{n} 名虚构会员及其单位）来熟悉程序吗？\n"
            "演示数据只用于练习，请不要在正式账本中加载。").format(n=f"{DEMO_MEMBERS:,}"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        engine = self.ledger.engine
        JobOp(self, self.tasks, self.tr("正在生成演示数据…"),
              lambda: generate_demo(engine, members=DEMO_MEMBERS), changes={LEDGER}) \
            .failure(self._on_demo_failed).run()

    def open_backups(self) -> BackupDialog:
        dialog = BackupDialog(self.ledger, self.tasks, self)
        dialog.open()
        self.current_dialog = dialog
        return dialog

    def _on_demo_failed(self, exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Information if isinstance(exc, Cancelled)
                          else QMessageBox.Icon.Warning, self.tr("演示数据"),
                          self.tr("已取消，账本未改动。") if isinstance(exc, Cancelled)
                          else failure_text(exc), QMessageBox.StandardButton.Ok, self)
        box.open()
        self.current_dialog = box

    def _on_language_chosen(self, lang: str) -> None:
        self.settings.language = lang

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 — Qt naming
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.tasks.wait_idle()
        super().closeEvent(event)
