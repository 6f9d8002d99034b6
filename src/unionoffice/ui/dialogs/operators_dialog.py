"""账户管理: the accounts, adding one, resetting a password, disabling; one's own password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.accounts import operators, permissions
from unionoffice.ui.changes import ACCOUNTS
from unionoffice.ui.ops import QueryOp, WriteOp, failure_text
from unionoffice.ui.widgets.form import ERROR_STYLE, OK_STYLE, fill_combo, ok_cancel_buttons


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class AccountForm(QDialog):
    """A new account (user name, name, role, password twice) or a new password."""

    def __init__(self, parent: QWidget | None = None, *, username: str | None = None,
                 first: bool = False, ask_old: bool = False) -> None:
        super().__init__(parent)
        self.password_only = username is not None
        self.setWindowTitle(self.tr("设置密码") if self.password_only else self.tr("新增账户"))
        form = QFormLayout(self)
        self.username = QLineEdit(username or "", self)
        self.username.setReadOnly(self.password_only)
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        fill_combo(self.role, [(r, permissions.role_label(r)) for r in (
            [permissions.CHAIR] if first
            else [permissions.CLERK, permissions.MEDIATOR, permissions.CHAIR])])
        self.old = _password_edit(self, self.tr("原密码"))
        self.password = _password_edit(self, self.tr("密码"))
        self.again = _password_edit(self, self.tr("再输一次"))
        form.addRow(self.tr("用户名"), self.username)
        if not self.password_only:
            form.addRow(self.tr("姓名"), self.display_name)
            form.addRow(self.tr("角色"), self.role)
        if ask_old:
            form.addRow(self.tr("原密码"), self.old)
        form.addRow(self.tr("密码（至少8位）"), self.password)
        form.addRow(self.tr("再输一次"), self.again)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        form.addRow(ok_cancel_buttons(self, self._on_ok, self.tr("确定"), self.tr("取消")))

    def _on_ok(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致"))
            return
        self.accept()


class OperatorsDialog(QDialog):
    """The accounts of this ledger; the chair manages them, anyone changes their password."""

    def __init__(self, engine, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks = engine, tasks
        self.rows = []
        self.setWindowTitle(self.tr("账户管理"))
        self.setObjectName("operators_dialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("用户名"), self.tr("姓名"), self.tr("角色"),
                                              self.tr("状态"), self.tr("最近登录")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("新增账户…"), self)
        self.reset_button = QPushButton(self.tr("重设密码…"), self)
        self.toggle_button = QPushButton(self.tr("停用/启用"), self)
        self.own_button = QPushButton(self.tr("修改我的密码…"), self)
        close = QPushButton(self.tr("关闭"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.toggle_button, self.own_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self._run_form(AccountForm(
            self, first=not permissions.accounts_enabled(self.engine))))
        self.reset_button.clicked.connect(self._on_reset)
        self.toggle_button.clicked.connect(self._on_toggle)
        self.own_button.clicked.connect(self._on_own_password)
        close.clicked.connect(self.accept)
        self.resize(720, 400)
        self.load()

    def load(self) -> None:
        """Read the accounts off the GUI thread, then list them."""
        engine = self.engine
        QueryOp(self, self.tasks, lambda: operators.list_operators(engine), self._on_loaded) \
            .run()

    def _on_loaded(self, rows) -> None:
        enabled = permissions.accounts_enabled(self.engine)
        manage = permissions.allowed(self.engine, "operators.manage")
        self.intro.setText(self.tr(
            "每个人用自己的账户登录；录入员编辑会员和单位，调解员办理调解案件，主席管理账户、"
            "生成数据包、查看完整证件号码。") if enabled else self.tr(
            "目前为单人模式：不需要登录，操作日志记录计算机用户名。新增的第一个账户须为主席；"
            "此后每次启动都需要登录，并按角色限制操作。"))
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        for r, o in enumerate(self.rows):
            for c, value in enumerate([
                    o.username, o.display_name, permissions.role_label(o.role),
                    self.tr("启用") if o.active else self.tr("停用"),
                    o.last_login_at.strftime("%Y-%m-%d %H:%M") if o.last_login_at else ""]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        for b in (self.add_button, self.reset_button, self.toggle_button):
            b.setEnabled(manage)
        self.own_button.setEnabled(permissions.current() is not None)

    def _selected(self):
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add_account(self, username: str, name: str, role: str, password: str) -> None:
        engine = self.engine
        self._do(lambda: operators.create_operator(engine, username, name, role, password),
                 self.tr("已新增账户 {name}").format(name=username))

    def _run_form(self, form: AccountForm) -> None:
        if form.exec() == QDialog.DialogCode.Accepted:
            self.add_account(form.username.text(), form.display_name.text(),
                             form.role.currentData(), form.password.text())

    def _on_reset(self) -> None:
        target = self._selected()
        if target is None:
            return
        form = AccountForm(self, username=target.username)
        if form.exec() == QDialog.DialogCode.Accepted:
            engine, password = self.engine, form.password.text()
            self._do(lambda: operators.change_password(engine, target.username, password),
                     self.tr("已重设 {name} 的密码").format(name=target.username))

    def _on_toggle(self) -> None:
        target = self._selected()
        if target is not None:
            engine = self.engine
            self._do(lambda: operators.set_active(engine, target.username, not target.active),
                     self.tr("已更改 {name} 的状态").format(name=target.username))

    def _on_own_password(self) -> None:
        me = permissions.current()
        form = AccountForm(self, username=me.username, ask_old=True)
        if form.exec() == QDialog.DialogCode.Accepted:
            engine, new, old = self.engine, form.password.text(), form.old.text()
            self._do(lambda: operators.change_password(engine, me.username, new,
                                                       old_password=old),
                     self.tr("密码已更改"))

    def _do(self, fn, done: str) -> None:
        """Run an account change off the GUI thread (passwords are hashed there)."""
        def succeeded(_result) -> None:
            self.message.setStyleSheet(OK_STYLE)
            self.message.setText(done)
            self.load()

        def failed(exc: BaseException) -> None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(failure_text(exc))

        WriteOp(self, self.tasks, fn, succeeded, changes={ACCOUNTS}).failure(failed).run()
        return True
