"""The main window on a real ledger (offscreen)."""

from __future__ import annotations

from unionoffice.demo.generate import generate_demo
from unionoffice.ui.app import MainWindow


def test_main_window_shows_the_office_and_its_members(qtbot, ledger):
    for _ in generate_demo(ledger.engine, members=120, seed=1):
        pass
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "街道工会台账"
    assert window.title.text() == "东城区龙潭街道总工会"
    assert "在册会员" in window.summary.text()
    assert str(ledger.paths.ledger) in window.statusBar().currentMessage()


def test_empty_ledger_says_the_office_is_not_set_up(qtbot, ledger):
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    assert "尚未设置" in window.title.text()
    assert "0" in window.summary.text()
