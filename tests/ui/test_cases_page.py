"""The cases page as a mediator uses it: list, register, steps, documents — by clicking."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers import dump_ledger, valid_id
from tests.ui.conftest import (
    Dialogs,
    accept_with,
    answer_no,
    click,
    double_click_item,
    double_click_row,
    save,
    settle,
    type_text,
)
from unionoffice.db.engine import write_session
from unionoffice.demo.generate import ensure_office
from unionoffice.mediation import rules as mediation
from unionoffice.mediation.queries import case_detail, due_cases
from unionoffice.mediation.service import ApplicantInput, CaseInput, accept_case, register_case
from unionoffice.ui.dialogs.case_detail import CaseDetailDialog
from unionoffice.ui.pages.cases import CasesPage

# The demo ledger the page tests open (a copy of one built once; tests/conftest.py).
DEMO = {"members": 1500, "seed": 5}


@pytest.fixture
def page(qtbot, demo_ledger, tasks):
    engine = demo_ledger.engine
    page = CasesPage(engine, tasks)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, tasks)
    return page


@pytest.fixture
def one_case(engine):
    with write_session(engine) as s:
        ensure_office(s)
    return register_case(engine, CaseInput(
        received_on=dt.date.today(), applicants=[ApplicantInput(name="王喆")],
        respondent_name="某公司", claimed_amount="100"))


def open_detail(qtbot, tasks, engine, case_id) -> CaseDetailDialog:
    dialog = CaseDetailDialog(engine, tasks, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, tasks)
    return dialog


def step(qtbot, tasks, detail, name, *handlers) -> None:
    """Click a step's button and answer its dialogs."""
    dialogs = Dialogs(qtbot)
    for handler in handlers:
        dialogs.then(handler)
    click(qtbot, detail.step_buttons[name])
    settle(qtbot, tasks)
    assert dialogs.done


def test_open_cases_listed_with_days_left(page):
    states = {page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())}
    assert "已结案" not in states and "调解中" in states
    days = [page.model.data(page.model.index(r, 7)) for r in range(page.model.rowCount())]
    assert any(d.endswith("天") for d in days)


def test_all_states_and_search(qtbot, page, tasks):
    click(qtbot, page.open_only)
    settle(qtbot, tasks)
    everything = page.model.rowCount()
    number = next(page.model.data(page.model.index(r, 0)) for r in range(everything)
                  if "劳调字" in page.model.data(page.model.index(r, 0)))
    type_text(qtbot, page.search, number)
    qtbot.wait(200)
    settle(qtbot, tasks)
    assert 1 <= page.model.rowCount() < everything


def test_register_accept_mediate_sign_and_print(qtbot, page, tasks, engine, tmp_path):
    click(qtbot, page.new_button)
    settle(qtbot, tasks)
    form = page.current_form
    form.applicants.item(0, 0).setText("王喆")
    form.applicants.item(0, 1).setText(valid_id(seq=31))
    type_text(qtbot, form.respondent, "北京华信餐饮管理有限公司")
    form.claims.setPlainText("支付拖欠工资")
    type_text(qtbot, form.claimed, "12000")
    save(qtbot, form)
    settle(qtbot, tasks)
    assert not form.isVisible()
    detail: CaseDetailDialog = page.current_record
    settle(qtbot, tasks)
    assert detail.detail.case.status == mediation.REGISTERED
    assert "受理期限" in detail.clock_label.text()
    # The new case is in the list without anyone reloading it by hand.
    assert any(page.model.rows[r].id == detail.case_id for r in range(page.model.rowCount()))
    step(qtbot, tasks, detail, "accept", accept_with(qtbot))
    assert detail.detail.case.case_number.startswith(f"（{dt.date.today().year}）龙潭劳调字第")
    step(qtbot, tasks, detail, "session", accept_with(qtbot, lambda d: (
        d.text.setPlainText("双方到场，同意分两期支付"), d.note.setText("李调解"))))
    assert detail.detail.case.status == mediation.MEDIATING
    assert detail.detail.sessions[0].mediator == "李调解"
    assert not detail.doc_buttons["agreement"].isEnabled()

    def terms(dialog) -> None:
        dialog.table.item(0, 0).setText("支付工资")
        dialog.table.item(0, 1).setText("12000")

    step(qtbot, tasks, detail, "sign", accept_with(qtbot, terms))
    assert detail.detail.case.status == mediation.SIGNED
    click(qtbot, detail.doc_buttons["agreement"])
    settle(qtbot, tasks)
    viewer = detail.viewer
    assert viewer.document.pageCount() >= 1
    target = tmp_path / "saved.pdf"
    viewer.save_to(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_case_step_that_ends_it_asks_first_and_no_writes_nothing(qtbot, engine, tasks,
                                                                      one_case, data_paths):
    detail = open_detail(qtbot, tasks, engine, one_case)
    before = dump_ledger(data_paths.ledger)
    step(qtbot, tasks, detail, "withdraw", accept_with(qtbot, lambda d: d.note.setText("已和解")),
         answer_no(qtbot))
    assert dump_ledger(data_paths.ledger) == before
    step(qtbot, tasks, detail, "withdraw", accept_with(qtbot, lambda d: d.note.setText("已和解")),
         accept_with(qtbot))
    assert case_detail(engine, one_case).case.status == mediation.WITHDRAWN
    assert detail.detail.case.status == mediation.WITHDRAWN  # the window followed by itself


def test_a_refused_step_is_explained(qtbot, engine, tasks, one_case):
    detail = open_detail(qtbot, tasks, engine, one_case)
    assert detail.panel.enabled_steps() == {"edit", "accept", "reject", "withdraw"}
    yesterday = dt.date.today() - dt.timedelta(days=1)
    from unionoffice.ui.widgets.form import to_qdate

    step(qtbot, tasks, detail, "accept", accept_with(qtbot, lambda d: d.date.setDate(
        to_qdate(yesterday - dt.timedelta(days=30)))))
    assert "早于" in detail.message.text() and "案件" in detail.message.text()
    assert detail.detail.case.status == mediation.REGISTERED


def test_the_preview_shows_the_printed_page(qtbot, engine, tasks, one_case):
    from PySide6.QtCore import QSize

    accept_case(engine, one_case, dt.date.today())
    detail = open_detail(qtbot, tasks, engine, one_case)
    click(qtbot, detail.doc_buttons["acceptance"])
    settle(qtbot, tasks)
    image = detail.viewer.document.render(0, QSize(595, 842))
    dark = sum(1 for x in range(0, 595, 5) for y in range(0, 842, 5)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 50  # text is drawn, not a blank page


def test_printing_sends_every_page_to_the_printer(qtbot, engine, tasks, tmp_path, one_case):
    import re
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    accept_case(engine, one_case, dt.date.today())
    detail = open_detail(qtbot, tasks, engine, one_case)
    click(qtbot, detail.doc_buttons["acceptance"])
    settle(qtbot, tasks)
    viewer = detail.viewer
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file stands in for the printer
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    viewer.print_to(printer)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info)[1]) == viewer.document.pageCount()
    assert "A4" in info


def test_dashboard_lists_due_and_overdue_cases(qtbot, demo_ledger, tasks, ui_settings):
    from unionoffice.ui.main_window import MainWindow

    ledger = demo_ledger
    window = MainWindow(ledger, tasks, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page("home")
    settle(qtbot, tasks)
    due = due_cases(ledger.engine)
    assert due and window.home.due_list.count() == len(due)
    double_click_item(qtbot, window.home.due_list, 0)
    settle(qtbot, tasks)
    assert window.stack.currentWidget() is window.cases
    assert window.cases.current_record.case_id == due[0][0].id


def test_one_window_per_case(qtbot, page, tasks):
    double_click_row(qtbot, page.table, 0)
    settle(qtbot, tasks)
    first = page.current_record
    double_click_row(qtbot, page.table, 0)
    settle(qtbot, tasks)
    assert page.current_record is first
    assert sum(isinstance(w, CaseDetailDialog) and w.isVisible()
               for w in QApplication.topLevelWidgets()) == 1


def test_edit_registered_case_from_the_detail(qtbot, engine, tasks, one_case):
    detail = open_detail(qtbot, tasks, engine, one_case)
    click(qtbot, detail.step_buttons["edit"])
    settle(qtbot, tasks)
    form = detail.edit_form
    assert form.respondent.text() == "某公司" and form.claimed.text() == "100.00"
    form.respondent.clear()
    type_text(qtbot, form.respondent, "北京某某有限公司")
    save(qtbot, form)
    settle(qtbot, tasks)
    assert detail.detail.case.respondent_name == "北京某某有限公司"
    assert "北京某某有限公司" in detail.summary.text()


