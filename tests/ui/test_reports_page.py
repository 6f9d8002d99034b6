"""The reports page and the home page's trend charts."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from tests.ui.conftest import settle
from unionoffice.reports.monthly import monthly_report
from unionoffice.ui.main_window import MainWindow
from unionoffice.ui.pages.reports import ReportsPage

# The demo ledger the page tests open (a copy of one built once; tests/conftest.py).
DEMO = {"members": 1500, "seed": 3}


def test_month_figures_on_screen_and_to_excel(qtbot, demo_ledger, tasks, tmp_path):
    engine = demo_ledger.engine
    page = ReportsPage(engine, tasks)
    qtbot.addWidget(page)
    page.activate()
    settle(qtbot, tasks)
    period = dt.date.today().strftime("%Y-%m")
    expected = monthly_report(engine, period).members["in_union"]
    cells = {page.table.item(r, 1).text(): page.table.item(r, 2).text()
             for r in range(page.table.rowCount())}
    assert cells["月末在会会员"] == f"{expected:,}"
    page.save_xlsx(tmp_path / "m.xlsx")
    settle(qtbot, tasks)
    assert "会员" in load_workbook(tmp_path / "m.xlsx").sheetnames


def test_home_page_compares_months_and_draws_three_charts(qtbot, demo_ledger, tasks,
                                                          ui_settings):
    ledger = demo_ledger
    window = MainWindow(ledger, tasks, ui_settings)
    qtbot.addWidget(window)
    window.show_page("home")
    settle(qtbot, tasks)
    assert "本月至今" in window.home.comparison.text()
    assert len(window.home.chart_views) == 3
    titles = [v.chart().title() for v in window.home.chart_views]
    assert titles[0].startswith("新发展会员")
