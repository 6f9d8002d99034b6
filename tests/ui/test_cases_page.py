"""The cases page as a mediator uses it: list, register, steps, documents."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import valid_id
from tests.ui.conftest import settle, type_text
from unionoffice.db.engine import write_session
from unionoffice.demo.generate import ensure_office, generate_demo
from unionoffice.mediation import rules as mediation
from unionoffice.mediation.queries import due_cases
from unionoffice.mediation.service import (
    ApplicantInput,
    CaseInput,
    TermInput,
    accept_case,
    record_agreement,
    register_case,
)
from unionoffice.ui.dialogs.case_detail import CaseDetailDialog
from unionoffice.ui.pages.cases import CasesPage


@pytest.fixture
def page(qtbot, engine, tasks):
    for _ in generate_demo(engine, members=1500, seed=5):
        pass
    page = CasesPage(engine, tasks)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, tasks)
    return page


def test_open_cases_listed_with_days_left(page):
    states = {page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())}
    assert "已结案" not in states and "调解中" in states
    days = [page.model.data(page.model.index(r, 7)) for r in range(page.model.rowCount())]
    assert any(d.endswith("天") for d in days)


def test_all_states_and_search(qtbot, page, tasks):
    page.open_only.setChecked(False)
    settle(qtbot, tasks)
    everything = page.model.rowCount()
    number = next(page.model.data(page.model.index(r, 0)) for r in range(everything)
                  if "劳调字" in page.model.data(page.model.index(r, 0)))
    type_text(qtbot, page.search, number)
    qtbot.wait(200)
    settle(qtbot, tasks)
    assert 1 <= page.model.rowCount() < everything


def test_register_accept_mediate_sign_and_print(qtbot, page, tasks, engine, monkeypatch):
    monkeypatch.setattr("unionoffice.ui.dialogs.case_detail.confirm", lambda *a: True)
    page.create_new()
    form = page.current_form
    form.applicants.item(0, 0).setText("王喆")
    form.applicants.item(0, 1).setText(valid_id(seq=31))
    type_text(qtbot, form.respondent, "北京华信餐饮管理有限公司")
    form.claims.setPlainText("支付拖欠工资")
    form.claimed.setText("12000")
    form._on_save_clicked()
    settle(qtbot, tasks)
    assert not form.isVisible()
    detail: CaseDetailDialog = page.current_case
    assert detail.detail.case.status == mediation.REGISTERED
    assert "受理期限" in detail.clock_label.text()
    # 受理 → number
    _run_step(qtbot, tasks, detail, "accept")
    assert detail.detail.case.case_number.startswith(f"（{dt.date.today().year}）龙潭劳调字第")
    _run_step(qtbot, tasks, detail, "session",
              lambda d: d.text.setPlainText("双方到场"))
    assert detail.detail.case.status == mediation.MEDIATING
    assert detail.step_buttons["sign"].isEnabled()
    assert not detail.doc_buttons["agreement"].isEnabled()
    # 签订协议 straight through the service (the terms dialog is a table editor)
    record_agreement(engine, detail.case_id, [TermInput(
        "支付工资", "12000", dt.date.today() + dt.timedelta(days=10), "银行转账")],
        dt.date.today())
    detail.reload()
    assert detail.doc_buttons["agreement"].isEnabled()
    title, pdf, file_name = detail.document("agreement")
    assert pdf.startswith(b"%PDF") and file_name.endswith("调解协议书.pdf")
    from unionoffice.ui.dialogs.document_viewer import DocumentViewer

    viewer = DocumentViewer(title, pdf, file_name)
    qtbot.addWidget(viewer)
    assert viewer.document.pageCount() >= 1
    target = page.engine.url.database.rsplit("/", 1)[0] + "/saved.pdf"
    from pathlib import Path

    viewer.save_to(Path(target))
    assert Path(target).read_bytes() == pdf


def test_a_refused_step_is_explained(qtbot, engine, tasks):
    with write_session(engine) as s:
        ensure_office(s)
    case_id = register_case(engine, CaseInput(
        received_on=dt.date.today(), applicants=[ApplicantInput(name="李四")],
        respondent_name="某公司"))
    dialog = CaseDetailDialog(engine, tasks, case_id)
    qtbot.addWidget(dialog)
    enabled = {k for k, b in dialog.step_buttons.items() if b.isEnabled()}
    assert enabled == {"edit", "accept", "reject", "withdraw"}


def _run_step(qtbot, tasks, detail, step, setup=None):
    dialog = detail._step_dialog(step)
    if setup:
        setup(dialog)
    tasks.run_db(detail.step_call(step, dialog), detail._on_step_done, detail._on_step_failed)
    settle(qtbot, tasks)
    assert not detail.message.text(), detail.message.text()


def test_the_preview_shows_the_printed_page(qtbot, engine, tasks):
    from unionoffice.ui.dialogs.document_viewer import DocumentViewer

    with write_session(engine) as s:
        ensure_office(s)
    case_id = register_case(engine, CaseInput(
        received_on=dt.date.today(), applicants=[ApplicantInput(name="王喆")],
        respondent_name="某公司"))
    accept_case(engine, case_id, dt.date.today())
    dialog = CaseDetailDialog(engine, tasks, case_id)
    qtbot.addWidget(dialog)
    title, pdf, name = dialog.document("acceptance")
    viewer = DocumentViewer(title, pdf, name)
    qtbot.addWidget(viewer)
    from PySide6.QtCore import QSize

    image = viewer.document.render(0, QSize(595, 842))
    dark = sum(1 for x in range(0, 595, 5) for y in range(0, 842, 5)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 50  # text is drawn, not a blank page


def test_dashboard_lists_due_and_overdue_cases(qtbot, ledger, tasks, ui_settings):
    from unionoffice.ui.main_window import MainWindow

    for _ in generate_demo(ledger.engine, members=1500, seed=5):
        pass
    window = MainWindow(ledger, tasks, ui_settings)
    qtbot.addWidget(window)
    window.show_page("home")
    settle(qtbot, tasks)
    due = due_cases(ledger.engine)
    assert due and window.home.due_list.count() == len(due)
    item = window.home.due_list.item(0)
    window.home._on_due_item_activated(item)
    settle(qtbot, tasks)
    assert window.stack.currentWidget() is window.cases
    assert window.cases.current_case.case_id == due[0][0].id


def test_printing_sends_every_page_to_the_printer(qtbot, engine, tasks, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from unionoffice.ui.dialogs.document_viewer import DocumentViewer

    with write_session(engine) as s:
        ensure_office(s)
    case_id = register_case(engine, CaseInput(
        received_on=dt.date.today(), applicants=[ApplicantInput(name="王喆")],
        respondent_name="某公司"))
    accept_case(engine, case_id, dt.date.today())
    title, pdf, name = CaseDetailDialog(engine, tasks, case_id).document("acceptance")
    viewer = DocumentViewer(title, pdf, name)
    qtbot.addWidget(viewer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file stands in for the printer
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    viewer.print_to(printer)
    import re
    import subprocess

    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info)[1]) == viewer.document.pageCount()
    assert "A4" in info


def test_edit_registered_case_from_the_detail(qtbot, engine, tasks):
    with write_session(engine) as s:
        ensure_office(s)
    case_id = register_case(engine, CaseInput(
        received_on=dt.date.today(), applicants=[ApplicantInput(name="王喆")],
        respondent_name="某公司", claimed_amount="100"))
    dialog = CaseDetailDialog(engine, tasks, case_id)
    qtbot.addWidget(dialog)
    dialog._on_step_clicked("edit")
    form = dialog.edit_form
    assert form.respondent.text() == "某公司" and form.claimed.text() == "100.00"
    form.respondent.setText("北京某某有限公司")
    form._on_save_clicked()
    settle(qtbot, tasks)
    assert dialog.detail.case.respondent_name == "北京某某有限公司"
