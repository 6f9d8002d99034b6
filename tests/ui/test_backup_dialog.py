"""备份与恢复 in the app: copy now, restore a copy, and the 月度上报 page waiting for the ack."""

from __future__ import annotations

import sqlite3

from tests.helpers import valid_id
from tests.ui.conftest import settle
from unionoffice.bundle.chain import ack_required
from unionoffice.members.service import MemberInput, add_member
from unionoffice.ui.dialogs.backup_dialog import BackupDialog
from unionoffice.ui.pages.sync import SyncPage


def test_backup_now_then_restore_it(qtbot, ledger, engine, tasks, data_paths):
    add_member(engine, MemberInput(name="张三", id_number=valid_id(seq=11)))
    dialog = BackupDialog(ledger, tasks)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.backup_now()
    settle(qtbot, tasks)
    assert dialog.table.rowCount() == 1 and "已备份" in dialog.message.text()
    assert dialog.table.item(0, 1).text() == "手动"
    add_member(engine, MemberInput(name="李娜", id_number=valid_id(seq=12)))
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore(dialog.copies[0])
    settle(qtbot, tasks)
    assert "已恢复" in dialog.message.text() and dialog.table.rowCount() == 2
    con = sqlite3.connect(data_paths.ledger)
    assert con.execute("SELECT count(*) FROM member").fetchone() == (1,)

    page = SyncPage(engine, tasks, data_paths.root / "bundles")
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, tasks)
    assert page.ack_box.isVisible() and not page.create_button.isEnabled()
    page.ack_seq.setValue(0)
    page.confirm_ack()
    settle(qtbot, tasks)
    assert not ack_required(engine)
    assert not page.ack_box.isVisible() and page.create_button.isEnabled()
    assert "下一个数据包为第 1 号" in page.message.text()
