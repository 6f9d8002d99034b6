"""The outbox on 月度上报: upload to the district's service, see accepted or failed."""

from __future__ import annotations

import datetime as dt

from tests.e2e.test_upload import Service, make_office
from tests.ui.conftest import settle
from unionoffice.bundle import outbox
from unionoffice.district import intake
from unionoffice.ui.pages.sync import SyncPage


def open_page(qtbot, tasks, tmp_path, ledger) -> SyncPage:
    """月度上报 for ``ledger``, shown and loaded."""
    page = SyncPage(ledger.engine, tasks, tmp_path / "bundles")
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, tasks)
    return page


def test_upload_from_the_page_then_a_failure_shown_plainly(qtbot, tasks, tmp_path, pg_url):
    recipient = intake.init_district(pg_url, "110101")
    service = Service(pg_url)
    ledger = make_office(tmp_path, "110101004", recipient, 60, service)
    page = open_page(qtbot, tasks, tmp_path, ledger)
    assert page.district_url.text() == service.url
    assert page.history.item(0, 4).text() == "待上传"
    page.send_due()  # the district is down
    settle(qtbot, tasks)
    assert page.history.item(0, 4).text() == "上传失败，稍后重试（第1次）"
    assert "无法连接" in page.history.item(0, 4).toolTip()
    assert "上传失败" in page.message.text()
    page.send_due()  # not due yet: nothing happens
    settle(qtbot, tasks)
    assert page.history.item(0, 4).text().endswith("（第1次）")
    service.start()
    try:
        later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)  # the wait is over
        outbox.send_due(ledger.engine, now=later)
        page.activate()
        settle(qtbot, tasks)
        assert page.history.item(0, 4).text() == "已接收"
    finally:
        service.kill()
    ledger.close()


def test_the_receipt_is_shown_and_checked(qtbot, tasks, tmp_path, pg_url):
    recipient = intake.init_district(pg_url, "110101")
    service = Service(pg_url).start()
    try:
        ledger = make_office(tmp_path, "110101004", recipient, 60, service)
        page = open_page(qtbot, tasks, tmp_path, ledger)
        assert "BEGIN" not in page.receipt_key.toPlainText()
        assert page.receipt_key.toPlainText().startswith("untrusted comment")
        page.send_due()
        settle(qtbot, tasks)
        assert page.history.item(0, 4).text() == "已接收"
        tip = page.history.item(0, 4).toolTip()
        assert "收到第 1 号" in tip and "已核验" in tip and "未核验" not in tip
    finally:
        service.kill()
    ledger.close()
