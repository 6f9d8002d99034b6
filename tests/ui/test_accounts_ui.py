"""Accounts in the app: sign in, pages by role, lock when idle, the audit view, accounts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import (
    Dialogs,
    accept_with,
    click,
    press_dialog_button,
    save,
    settle,
    type_text,
)
from unionoffice.accounts import operators, permissions
from unionoffice.demo.generate import generate_demo
from unionoffice.ui.dialogs.login_dialog import LoginDialog
from unionoffice.ui.main_window import MainWindow

PASSWORD = "龙潭2026!secret"


@pytest.fixture
def accounts(engine):
    for _ in generate_demo(engine, members=100, seed=2):
        pass
    operators.create_operator(engine, "wang", "王主席", permissions.CHAIR, PASSWORD)
    operators.authenticate(engine, "wang", PASSWORD)
    operators.create_operator(engine, "li", "李录入", permissions.CLERK, PASSWORD)
    permissions.sign_out()
    return engine


def visible_pages(window) -> list[str]:
    return [window.pages[i][1].page_id for i in range(window.nav.count())
            if not window.nav.item(i).isHidden()]


def sign_in_with(qtbot, tasks, dialog, password: str) -> None:
    """Type the password and press 登录 (the check runs off the GUI thread)."""
    dialog.password.clear()
    type_text(qtbot, dialog.password, password)
    press_dialog_button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    settle(qtbot, tasks)


def new_account(qtbot, tasks, dialog, username, name, role, password) -> None:
    """新增账户… with the form filled as a chair fills it."""
    def fill(form) -> None:
        form.username.setText(username)
        form.display_name.setText(name)
        form.role.setCurrentIndex(form.role.findData(role))
        form.password.setText(password)
        form.again.setText(password)

    dialogs = Dialogs(qtbot).then(accept_with(qtbot, fill))
    click(qtbot, dialog.add_button)
    settle(qtbot, tasks)
    assert dialogs.done


def test_sign_in_refuses_a_wrong_password_with_a_message(qtbot, accounts, tasks):
    dialog = LoginDialog(accounts, tasks, "li")
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in_with(qtbot, tasks, dialog, "wrong")
    assert "用户名或密码不对" in dialog.message.text() and dialog.result() == 0
    assert permissions.current() is None
    sign_in_with(qtbot, tasks, dialog, PASSWORD)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert permissions.current().username == "li"


def test_a_clerk_sees_no_cases_bundles_or_log_and_the_window_locks(qtbot, ledger, accounts,
                                                                   tasks, ui_settings):
    operators.authenticate(accounts, "li", PASSWORD)
    ui_settings.lock_minutes = 1
    window = MainWindow(ledger, tasks, ui_settings)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, tasks)
    assert visible_pages(window) == ["home", "members", "organizations", "contracts",
                                     "reports", "settings"]
    assert window.user_label.text() == "李录入（录入员）" and window.lock_button.isVisible()
    assert window.idle.timer.interval() == 60_000 and window.idle.timer.isActive()
    window.idle.timer.timeout.emit()  # a minute without input
    settle(qtbot, tasks)
    assert permissions.current() is None and not window.centralWidget().isVisible()
    dialog = window.current_dialog
    assert dialog.windowTitle() == "已锁定" and dialog.username.text() == "li"
    dialog.username.setText("wang")  # the chair takes over the desk
    sign_in_with(qtbot, tasks, dialog, PASSWORD)
    assert window.centralWidget().isVisible()
    assert "cases" in visible_pages(window) and "audit" in visible_pages(window)
    window.show_page("audit")
    settle(qtbot, tasks)
    actions = [window.audit.model.data(window.audit.model.index(r, 3))
               for r in range(window.audit.model.rowCount())]
    assert actions[:3] == ["登录", "锁定", "登录"]
    click(qtbot, window.audit.verify_button)
    settle(qtbot, tasks)
    assert "日志完整" in window.audit.result.text()


def test_the_chair_adds_an_account(qtbot, ledger, accounts, tasks, ui_settings):
    operators.authenticate(accounts, "wang", PASSWORD)
    window = MainWindow(ledger, tasks, ui_settings)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_operators()
    settle(qtbot, tasks)
    assert dialog.table.rowCount() == 2 and dialog.add_button.isEnabled()
    new_account(qtbot, tasks, dialog, "zhao", "赵调解", permissions.MEDIATOR, "short")
    assert "至少 8 位" in dialog.message.text() and dialog.table.rowCount() == 2
    new_account(qtbot, tasks, dialog, "zhao", "赵调解", permissions.MEDIATOR, PASSWORD)
    assert dialog.table.rowCount() == 3


def test_without_accounts_the_dialog_explains_single_user_mode(qtbot, engine, tasks):
    from unionoffice.ui.dialogs.operators_dialog import OperatorsDialog

    permissions.accounts_enabled(engine)  # read at start-up, as the app does
    dialog = OperatorsDialog(engine, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, tasks)
    assert "单人模式" in dialog.intro.text() and dialog.add_button.isEnabled()
    new_account(qtbot, tasks, dialog, "wang", "王主席", permissions.CHAIR, PASSWORD)
    assert permissions.accounts_enabled(engine) and dialog.table.rowCount() == 1


def test_the_member_form_masks_the_id_until_the_chair_reveals_it(qtbot, accounts, tasks):
    from sqlalchemy import text

    from unionoffice.ui.dialogs.member_form import MemberForm

    with accounts.connect() as conn:
        member_id, number = conn.execute(text("SELECT id, id_number FROM member LIMIT 1")).one()
    operators.authenticate(accounts, "li", PASSWORD)
    form = MemberForm(accounts, tasks, [], member_id)
    qtbot.addWidget(form)
    form.show()
    settle(qtbot, tasks)
    assert "********" in form.id_number.text() and form.id_number.isReadOnly()
    assert not form.reveal_button.isEnabled()
    operators.authenticate(accounts, "wang", PASSWORD)
    form = MemberForm(accounts, tasks, [], member_id)
    qtbot.addWidget(form)
    form.show()
    settle(qtbot, tasks)
    click(qtbot, form.reveal_button)
    settle(qtbot, tasks)
    assert form.id_number.text() == number and not form.id_number.isReadOnly()
    with accounts.connect() as conn:
        last = conn.execute(text("SELECT action, operator FROM audit_entry ORDER BY seq DESC "
                                 "LIMIT 1")).one()
    assert tuple(last) == ("member.reveal_id", "wang")


def test_retention_purge_and_the_personal_report_in_the_app(qtbot, engine, tasks):
    import datetime as dt

    from tests.helpers import valid_id
    from unionoffice.members import events
    from unionoffice.members.service import MemberInput, add_member
    from unionoffice.ui.dialogs.member_form import MemberForm
    from unionoffice.ui.pages.settings import SettingsPage

    number = valid_id(seq=11)
    member_id = add_member(engine, MemberInput(name="张三", id_number=number),
                           join_date=dt.date(2010, 1, 1))
    form = MemberForm(engine, tasks, [], member_id)
    qtbot.addWidget(form)
    form.show()
    settle(qtbot, tasks)
    click(qtbot, form.report_button)  # single-user mode: everything is allowed
    settle(qtbot, tasks)
    assert number in form.report_dialog.view.toPlainText()
    form.report_dialog.close()
    type_text(qtbot, form.reason, "本人要求更正手机号")
    form.phone.clear()
    type_text(qtbot, form.phone, "13812345678")
    save(qtbot, form)
    settle(qtbot, tasks)
    events.leave_union(engine, member_id, dt.date(2012, 1, 1), "5")

    page = SettingsPage(engine, tasks, "ledger.db", "zh")
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, tasks)
    assert page.retention["former_members"].text() == "不限"
    page.retention["former_members"].setValue(5)
    click(qtbot, page.retention_save)
    settle(qtbot, tasks)
    assert "已保存" in page.privacy_message.text()
    asked = []
    dialogs = Dialogs(qtbot).then(accept_with(qtbot, lambda box: asked.append(box.text())))
    click(qtbot, page.purge_button)
    settle(qtbot, tasks)
    assert dialogs.done and "1 名离会人员" in asked[0]
    assert "离会人员 1 名" in page.privacy_message.text()
    with engine.connect() as conn:
        from sqlalchemy import text

        actions = [r[0] for r in conn.execute(text("SELECT action FROM audit_entry"))]
    assert {"privacy.report", "privacy.correction", "privacy.retention",
            "privacy.purge"} <= set(actions)
