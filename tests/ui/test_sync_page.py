"""月度上报: preview, make a bundle with progress, history, the key to register."""

from __future__ import annotations

from tests.ui.conftest import Dialogs, accept_with, click, settle, type_text
from unionoffice.bundle import crypt
from unionoffice.bundle.chain import bundle_history
from unionoffice.demo.generate import generate_demo
from unionoffice.office import OfficeInput, init_office
from unionoffice.ui.pages.sync import SyncPage


def test_make_a_bundle_from_the_page(qtbot, engine, tasks, data_paths):
    init_office(engine, OfficeInput("110101004", "东城区龙潭街道总工会", "龙潭", "110101",
                                    "东城区总工会"), ledger_path="x")
    for _ in generate_demo(engine, members=200, seed=1):
        pass
    page = SyncPage(engine, tasks, data_paths.root / "bundles")
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, tasks)
    assert "在会会员" in page.preview.text()
    assert page.key_text.toPlainText().startswith("untrusted comment: minisign public key")
    # No recipient yet: the full bundle is refused with the way out, the aggregates one works.
    click(qtbot, page.create_button)
    qtbot.waitUntil(lambda: bool(page.message.text()), timeout=20000)
    assert "aggregates-only" in page.message.text() or "汇总" in page.message.text()
    _, recipient = crypt.new_identity()
    type_text(qtbot, page.recipient, recipient)
    click(qtbot, page.save_recipient)
    settle(qtbot, tasks)
    click(qtbot, page.create_button)
    qtbot.waitUntil(lambda: bool(bundle_history(engine)), timeout=20000)
    settle(qtbot, tasks)
    assert page.history.rowCount() == 1 and page.history.item(0, 2).text() == "full"
    assert (data_paths.root / "bundles").is_dir()


def test_home_page_shows_last_months_bundle(qtbot, ledger, tasks, ui_settings):
    import datetime as dt

    from unionoffice.bundle.export import create_bundle, run_to_end
    from unionoffice.ui.main_window import MainWindow

    init_office(ledger.engine, OfficeInput("110101004", "东城区龙潭街道总工会", "龙潭", "110101",
                                           "东城区总工会"), ledger_path="x")
    window = MainWindow(ledger, tasks, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page("home")
    settle(qtbot, tasks)
    assert "还没有生成" in window.home.bundle_state.text()
    last_month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    run_to_end(create_bundle(ledger.engine, last_month, ledger.paths.root / "b",
                             aggregates_only=True))
    window.home.activate()
    settle(qtbot, tasks)
    assert "第 1 号" in window.home.bundle_state.text()
    assert "待上传" in window.home.bundle_state.text()


def test_rotate_the_key_from_the_page(qtbot, engine, tasks, data_paths):
    init_office(engine, OfficeInput("110101004", "东城区龙潭街道总工会", "龙潭", "110101",
                                    "东城区总工会"), ledger_path="x")
    page = SyncPage(engine, tasks, data_paths.root / "bundles")
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, tasks)
    before = page.key_text.toPlainText()
    dialogs = Dialogs(qtbot).then(accept_with(qtbot))
    click(qtbot, page.rotate_key)
    settle(qtbot, tasks)
    assert dialogs.done
    assert "已更换签名密钥" in page.message.text()
    assert page.key_text.toPlainText() != before
