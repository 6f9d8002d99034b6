"""The contracts page: list with countdown and coverage, new contract, steps, reminders."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.conftest import (
    Dialogs,
    accept_with,
    click,
    double_click_item,
    save,
    settle,
    type_text,
)
from unionoffice.contracts import rules as contract_rules
from unionoffice.contracts.queries import contract_reminders, list_contracts
from unionoffice.ui.dialogs.contract_detail import ContractDetailDialog
from unionoffice.ui.pages.contracts import ContractsPage

# The demo ledger the page tests open (a copy of one built once; tests/conftest.py).
DEMO = {"members": 3000, "seed": 9}


@pytest.fixture
def page(qtbot, demo_ledger, tasks):
    engine = demo_ledger.engine
    page = ContractsPage(engine, tasks)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, tasks)
    return page


def test_list_with_states_and_coverage_line(page, engine):
    assert page.model.rowCount() == len(list_contracts(engine))
    assert "签订率" in page.count.text() and "÷" in page.count.toolTip()


def test_expiring_filter(qtbot, page, tasks):
    page.expiring.setCurrentIndex(page.expiring.findData(90))
    settle(qtbot, tasks)
    states = {page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())}
    assert states <= {"生效"}


def test_new_contract_then_steps_to_effect(qtbot, page, tasks):
    click(qtbot, page.new_button)
    settle(qtbot, tasks)
    form = page.current_form
    form.org.setCurrentIndex(1)
    settle(qtbot, tasks)
    type_text(qtbot, form.worker_chief, "王喆")
    save(qtbot, form)
    settle(qtbot, tasks)
    detail: ContractDetailDialog = page.current_record
    settle(qtbot, tasks)
    assert detail.contract.status == contract_rules.NEGOTIATING
    assert detail.panel.enabled_steps() == {"approve"}

    def run(action, fill=None) -> None:
        dialogs = Dialogs(qtbot).then(accept_with(qtbot, fill))
        click(qtbot, detail.step_buttons[action])
        settle(qtbot, tasks)
        assert dialogs.done

    # An invalid vote is refused with the reason.
    run("approve", lambda d: (d.total.setValue(60), d.present.setValue(30), d.yes.setValue(29)))
    assert "三分之二" in detail.message.text()
    assert detail.contract.status == contract_rules.NEGOTIATING
    run("approve", lambda d: (d.total.setValue(60), d.present.setValue(45), d.yes.setValue(40)))
    assert detail.contract.status == contract_rules.APPROVED
    run("sign")
    assert detail.contract.status == contract_rules.SIGNED and "报送" in detail.summary.text()
    # The list shows the new state without being told.
    row = next(r for r in page.model.rows if r.id == detail.contract_id)
    assert row.state == contract_rules.SIGNED


def test_dashboard_shows_contract_reminders(qtbot, demo_ledger, tasks, ui_settings):
    from unionoffice.ui.main_window import MainWindow

    ledger = demo_ledger
    window = MainWindow(ledger, tasks, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page("home")
    settle(qtbot, tasks)
    reminders = contract_reminders(ledger.engine, dt.date.today())
    assert reminders and window.home.contract_list.count() == len(reminders)
    double_click_item(qtbot, window.home.contract_list, 0)
    settle(qtbot, tasks)
    assert window.stack.currentWidget() is window.contracts
    assert window.contracts.current_record.contract_id == reminders[0][0].id
