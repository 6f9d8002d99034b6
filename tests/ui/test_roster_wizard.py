"""The import wizard and the Excel export on the members page, driven as a clerk would."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtWidgets import QWizard

from tests.helpers import dump_ledger, valid_id
from tests.roster_files import write_xlsx
from tests.ui.conftest import settle
from unionoffice.organizations.service import OrganizationInput, add_organization
from unionoffice.ui.pages.members import MembersPage

ORG = "北京华信商贸有限公司"
A, B = valid_id(seq=123), valid_id(seq=124)


@pytest.fixture
def page(qtbot, engine, tasks):
    add_organization(engine, OrganizationInput(name=ORG, uscc="91110000600037341L"))
    page = MembersPage(engine, tasks)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.activate()
    settle(qtbot, tasks)
    return page


def roster(tmp_path):
    # 电话 is not a synonym the clerk's employer used consistently: 备用电话 stays unmapped.
    return write_xlsx(tmp_path / "花名册.xlsx", [
        ["龙潭街道会员花名册"],
        ["序号", "姓名", "公民身份号码", "备用电话", "入会时间"],
        [1, "张三", A, "13812345678", dt.date(2024, 5, 1)],
        [2, "李娜", B, "", dt.date(2024, 5, 2)],
        [3, "王五", "110101", "", dt.date(2024, 5, 3)]])


def open_wizard(qtbot, page, tasks, path):
    wizard = page.open_import()
    qtbot.waitExposed(wizard)
    wizard.file_page.load_file(path)
    settle(qtbot, tasks)
    return wizard


def test_file_mapping_dry_run_then_import(qtbot, page, tasks, engine, tmp_path, data_paths):
    wizard = open_wizard(qtbot, page, tasks, roster(tmp_path))
    assert "表头在第 2 行，其下共 3 行" in wizard.file_page.status.text()
    assert wizard.file_page.isComplete()
    org_index = wizard.file_page.organization.findText(ORG)
    wizard.file_page.organization.setCurrentIndex(org_index)  # rows have no 工作单位

    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.table.rowCount() == 5
    assert [c.currentData() for c in mapping.combos] == [None, "name", "id_number", None,
                                                         "join_date"]
    assert "不导入的列：序号、备用电话" in mapping.message.text()
    mapping.set_field(3, "phone")  # the clerk says 备用电话 is the mobile number
    assert wizard.mapping.fields[3] == "phone"
    before = dump_ledger(data_paths.ledger)

    wizard.next()
    settle(qtbot, tasks)
    check = wizard.check_page
    assert {k: v.text() for k, v in check.counts.items()} == {
        "rows": "3", "imported": "2", "updated": "0", "unchanged": "0", "rejected": "1",
        "warnings": "0"}
    assert check.model.rowCount() == 1
    assert check.model.data(check.model.index(0, 0)) == 5  # 王五 is on row 5 of the file
    assert "格式不对" in check.model.data(check.model.index(0, 3))
    assert dump_ledger(data_paths.ledger) == before  # the dry run wrote nothing
    check.save_error_workbook(tmp_path / "问题.xlsx")
    settle(qtbot, tasks)
    assert openpyxl.load_workbook(tmp_path / "问题.xlsx").sheetnames[0] == "问题清单"
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    settle(qtbot, tasks)
    assert not wizard.isVisible()
    assert page.model.rowCount() == 2
    assert "新增 2 人，更新 0 人，1 行未导入" in page.notice.text()


def test_a_missing_required_column_blocks_the_next_step(qtbot, page, tasks, tmp_path):
    wizard = open_wizard(qtbot, page, tasks, roster(tmp_path))
    wizard.next()
    wizard.mapping_page.set_field(2, None)
    assert not wizard.mapping_page.isComplete()
    assert "身份证号码" in wizard.mapping_page.message.text()
    wizard.mapping_page.set_field(3, "id_number")  # a field can sit in one column only
    assert wizard.mapping.fields[2] is None and wizard.mapping_page.isComplete()


def test_a_broken_file_says_what_is_wrong_and_cannot_go_on(qtbot, page, tasks, tmp_path):
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"PK\x03\x04 broken")
    wizard = open_wizard(qtbot, page, tasks, broken)
    assert "无法读取“坏.xlsx”" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_export_is_masked_unless_full_is_chosen(qtbot, page, tasks, tmp_path, engine):
    wizard = open_wizard(qtbot, page, tasks, roster(tmp_path))
    wizard.file_page.organization.setCurrentIndex(wizard.file_page.organization.findText(ORG))
    wizard.next()
    wizard.next()
    settle(qtbot, tasks)
    wizard.accept()
    settle(qtbot, tasks)
    page.export_to(tmp_path / "名册.xlsx")
    settle(qtbot, tasks)
    rows = list(openpyxl.load_workbook(tmp_path / "名册.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 3 and "********" in rows[1][3]
    assert "已导出 2 名会员" in page.notice.text() and "已遮盖" in page.notice.text()
    page.export_to(tmp_path / "全.xlsx", full=True)
    settle(qtbot, tasks)
    rows = list(openpyxl.load_workbook(tmp_path / "全.xlsx").active.iter_rows(values_only=True))
    assert {r[3] for r in rows[1:]} == {A, B}


def test_the_export_dialog_masks_by_default(qtbot):
    from unionoffice.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(1234)
    qtbot.addWidget(dialog)
    assert not dialog.full.isChecked()
