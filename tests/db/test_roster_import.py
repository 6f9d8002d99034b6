"""Roster import against a real ledger: one messy-file quirk at a time, with exact counts."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlmodel import select

from tests.helpers import TODAY, disk_room, dump_ledger, valid_id
from tests.roster_files import HEADER, write_csv, write_xls, write_xlsx
from unionoffice.audit import trail
from unionoffice.bundle.export import run_to_end
from unionoffice.common.validation import make_uscc
from unionoffice.db.engine import read_session
from unionoffice.db.models import AuditEntry, Member, MemberEvent, Organization
from unionoffice.errors import LedgerError
from unionoffice.members.queries import search_member_ids
from unionoffice.members.roster import (
    ColumnMapping,
    ImportOptions,
    RosterUnreadable,
    commit_import,
    dry_run,
    read_roster,
    run_import,
)
from unionoffice.members.roster.report import write_error_workbook
from unionoffice.organizations.service import OrganizationInput, add_organization

ORG = "北京华信商贸（东城）有限公司"
USCC = "91110000600037341L"
A = valid_id(seq=123)  # male (odd 17th digit)
B = valid_id(seq=124)  # female
C = valid_id(seq=125)
JOIN = dt.date(2024, 5, 1)
OPTIONS = ImportOptions(today=TODAY)


@pytest.fixture
def org(engine):
    return add_organization(engine, OrganizationInput(name=ORG, uscc=USCC))


def do_import(engine, path, options: ImportOptions = OPTIONS, *, dry: bool = False):
    return run_to_end(run_import(engine, path, options, dry=dry, operator="录入员"))


def counts(result) -> dict[int, int]:
    return result.summary.to_json()


def members(engine) -> dict[str, Member]:
    with read_session(engine) as s:
        return {m.id_number: m for m in s.exec(select(Member))}


def codes(result, row: int) -> list[str]:
    return [i.problem.code for i in result.issues if i.row == row]


# --- a clean roster ---------------------------------------------------------------------------


def test_a_clean_roster_imports_every_row_with_join_events_search_and_audit(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", A, "13812345678", ORG, JOIN],
                                            ["李娜", B, None, ORG, JOIN],
                                            ["欧阳明", C, "13912345678", ORG, JOIN]])
    result = do_import(engine, path)
    assert counts(result) == {"rows": 3, "imported": 3, "updated": 0, "unchanged": 0,
                              "rejected": 0, "warnings": 0}
    assert result.committed
    got = members(engine)
    assert {m.name for m in got.values()} == {"张三", "李娜", "欧阳明"}
    assert got[A].organization_id == org and got[A].join_date == JOIN
    assert got[A].status == "active" and got[A].gender == "1" and got[B].gender == "2"
    with read_session(engine) as s:
        events = s.exec(select(MemberEvent)).all()
        assert sorted((e.kind, e.event_date) for e in events) == [("join", JOIN)] * 3
        assert search_member_ids(s, "oym") == [got[C].id]  # pinyin initials of 欧阳明
        assert search_member_ids(s, "5678") and search_member_ids(s, A[-4:])
        actions = [e.action for e in s.exec(select(AuditEntry).order_by(AuditEntry.seq))]
        assert actions[-4:] == ["member.import"] * 3 + ["roster.import"]
        assert trail.verify_chain(s) is None
        last = s.exec(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last.operator == "录入员" and '"sha256"' in last.after and '"imported":3' in last.after


def test_headers_are_found_under_a_title_in_any_order_by_synonym(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["北京华信商贸有限公司工会会员花名册"], [],
        ["序号", "入会时间", "联系电话", "公民身份号码", "会员姓名", "单位名称", "备注"],
        [1, JOIN, "13812345678", A, "张三", ORG, "新入职"]])
    table = read_roster(path)
    mapping = ColumnMapping.detect(table.headers)
    assert table.header_row == 3
    assert mapping.fields == [None, "join_date", "phone", "id_number", "name", "organization",
                              None]
    assert mapping.ignored_headers() == ["序号", "备注"]
    result = do_import(engine, path)
    assert counts(result)["imported"] == 1
    assert members(engine)[A].phone == "13812345678"


def test_a_repeated_column_keeps_the_first_and_reports_the_second(tmp_path):
    mapping = ColumnMapping.detect(["姓名", "手机", "身份证号", "联系电话"])
    assert mapping.fields == ["name", "phone", "id_number", None]
    assert mapping.repeated == [3] and mapping.ignored_headers() == ["联系电话"]


def test_header_notes_and_marks_do_not_hide_a_column():
    mapping = ColumnMapping.detect(["*姓名", "身份证号码（必填）", " 手机号码 ",
                                    "入会日期(yyyy-mm-dd)"])
    assert mapping.fields == ["name", "id_number", "phone", "join_date"]


# --- one quirk at a time ----------------------------------------------------------------------


def test_full_width_digits_and_letters_are_made_half_width(engine, org, tmp_path):
    wide = A.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", wide, "１３８１２３４５６７８", ORG,
                                                     "２０２４－０５－０１"]])
    result = do_import(engine, path)
    assert counts(result)["imported"] == 1
    assert members(engine)[A].phone == "13812345678" and members(engine)[A].join_date == JOIN


def test_stray_spaces_of_every_kind_are_dropped(engine, org, tmp_path):
    spaced = f" {A[:6]} {A[6:14]}\u3000{A[14:]}\u00a0"
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["\u200b张 三 ", spaced, "138 1234 5678",
                                                     f"  {ORG} ", JOIN]])
    result = do_import(engine, path)
    assert counts(result)["imported"] == 1
    got = members(engine)[A]
    assert got.name == "张三" and got.phone == "13812345678" and got.organization_id == org


def test_a_trailing_lower_case_x_is_upper_cased(engine, org, tmp_path):
    number = "11010519491231002X"
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["李娜", number.lower(), None, ORG, JOIN]])
    assert counts(do_import(engine, path))["imported"] == 1
    assert number in members(engine)


@pytest.mark.parametrize("male, female", [("男", "女"), ("1", "2"), (1, 2), ("男性", "女性")])
def test_gender_words_and_codes_are_understood(engine, org, tmp_path, male, female):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER + ["性别"],
                                            ["张三", A, None, ORG, JOIN, male],
                                            ["李娜", B, None, ORG, JOIN, female]])
    assert counts(do_import(engine, path))["imported"] == 2


def test_a_gender_that_contradicts_the_id_number_refuses_the_row(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER + ["性别"], ["张三", A, None, ORG, JOIN, "女"],
                                            ["李娜", B, None, ORG, JOIN, "女"]])
    result = do_import(engine, path)
    assert counts(result) == {"rows": 2, "imported": 1, "updated": 0, "unchanged": 0,
                              "rejected": 1, "warnings": 0}
    assert codes(result, 2) == ["id_number.gender_mismatch"]


def test_excel_serial_dates_date_cells_and_written_dates_all_read(engine, org, tmp_path):
    ids = [valid_id(seq=n) for n in range(201, 207)]
    written = [45413, 45413.0, "45413", "2024年5月1日", "2024/5/1", 20240501]
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER] + [
        ["张三", i, None, ORG, w] for i, w in zip(ids, written, strict=True)])
    result = do_import(engine, path)
    assert counts(result)["imported"] == 6
    assert {members(engine)[i].join_date for i in ids} == {JOIN}


def test_a_date_with_only_year_and_month_is_refused_not_guessed(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", A, None, ORG, "2024-05"],
                                            ["李娜", B, None, ORG, "2024年5月"]])
    result = do_import(engine, path)
    assert counts(result)["rejected"] == 2
    assert codes(result, 2) == codes(result, 3) == ["roster.month_only"]


def test_an_id_number_excel_stored_as_a_number_is_flagged_never_guessed(engine, org, tmp_path):
    as_number = float(A[:15] + "000")  # Excel keeps 15 significant digits
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", as_number, None, ORG, JOIN],
                                            ["李娜", B, None, ORG, JOIN]])
    result = do_import(engine, path)
    assert counts(result) == {"rows": 2, "imported": 1, "updated": 0, "unchanged": 0,
                              "rejected": 1, "warnings": 0}
    (issue,) = [i for i in result.issues if i.row == 2]
    assert issue.problem.code == "roster.id_as_number" and issue.column == "身份证号码"
    assert issue.value == A[:15] + "000"
    assert issue.problem.params["value"] == A[:15] + "000"
    assert set(members(engine)) == {B}  # nothing near A was invented


def test_an_id_number_in_scientific_notation_in_a_csv_is_flagged(engine, org, tmp_path):
    path = write_csv(tmp_path / "r.csv", [HEADER, ["张三", "1.10101E+17", "", ORG, "2024-05-01"]])
    result = do_import(engine, path)
    assert counts(result)["rejected"] == 1 and codes(result, 2) == ["roster.id_as_number"]


def test_a_legacy_15_digit_number_is_upgraded_with_a_warning(engine, org, tmp_path):
    old = "110105491231002"  # 18-digit form 11010519491231002X
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["李娜", old, None, ORG, JOIN]])
    result = do_import(engine, path)
    assert counts(result) == {"rows": 1, "imported": 1, "updated": 0, "unchanged": 0,
                              "rejected": 0, "warnings": 1}
    assert codes(result, 2) == ["roster.id_upgraded"]
    assert "11010519491231002X" in members(engine)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_in_every_common_encoding_reads_the_same(engine, org, tmp_path, encoding):
    rare = "王䶮" if encoding not in ("gbk",) else "王燚"  # 䶮 (Ext A) is beyond GBK
    path = write_csv(tmp_path / "r.csv", [HEADER, [rare, A, "13812345678", ORG, "2024-05-01"],
                                          ["喆堃", B, "", ORG, "2024/5/1"]], encoding)
    table = read_roster(path)
    assert table.encoding == ("utf-8-sig" if encoding.startswith("utf") else "gb18030")
    result = do_import(engine, path)
    assert counts(result)["imported"] == 2
    assert members(engine)[A].name == rare and members(engine)[B].name == "喆堃"


def test_a_tab_separated_csv_is_read(engine, org, tmp_path):
    path = write_csv(tmp_path / "r.csv", [HEADER, ["张三", A, "", ORG, "2024-05-01"]],
                     delimiter="\t")
    assert counts(do_import(engine, path))["imported"] == 1


def test_an_xls_file_from_old_excel_is_read(engine, org, tmp_path):
    path = write_xls(tmp_path / "r.xls", [["会员花名册"], HEADER,
                                          ["张三", A, "13812345678", ORG, JOIN],
                                          ["李娜", B, 13912345678, ORG, 45413]])
    result = do_import(engine, path)
    assert result.table.header_row == 2 and result.table.sheet == "花名册"
    assert counts(result)["imported"] == 2
    assert members(engine)[B].phone == "13912345678" and members(engine)[B].join_date == JOIN


def test_the_roster_is_read_from_the_sheet_with_its_header(engine, org, tmp_path):
    # Templates often open on an instructions sheet; a hidden sheet is never read.
    book = openpyxl.Workbook()
    book.active.title = "填表说明"
    book.active.append(["请按第二个工作表填写，身份证号码请设为文本格式。"])
    hidden = book.create_sheet("旧名单")
    hidden.append(HEADER)
    hidden.append(["王五", B, "", ORG, JOIN])
    hidden.sheet_state = "hidden"
    roster = book.create_sheet("花名册")
    roster.append(HEADER)
    roster.append(["张三", A, "13812345678", ORG, JOIN])
    book.save(tmp_path / "r.xlsx")
    result = do_import(engine, tmp_path / "r.xlsx")
    assert result.table.sheet == "花名册" and result.table.header_row == 1
    assert counts(result)["imported"] == 1 and set(members(engine)) == {A}


def test_code_list_values_accept_everyday_words(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        HEADER + ["学历", "政治面貌", "户籍类型", "是否农民工", "新就业形态", "民族", "就业状况"],
        ["张三", A, None, ORG, JOIN, "本科", "党员", "外地农村", "是", "外卖骑手", "汉", "在岗"],
        ["李娜", B, None, ORG, JOIN, "博士", "群众", "本市城镇", "否", "否", "回族", "退休"],
        ["王五", C, None, ORG, JOIN, "幼儿园", "", "", "也许", "", "", ""]])
    result = do_import(engine, path)
    assert counts(result)["imported"] == 2 and counts(result)["rejected"] == 1
    a, b = members(engine)[A], members(engine)[B]
    assert (a.education, a.political_status, a.household_type, a.migrant_worker,
            a.new_form_group, a.ethnicity, a.employment_status) == (
        "大学本科", "中共党员", "外埠农村", True, "外卖配送员", "汉族", "1")
    assert (b.education, b.new_form_group, b.migrant_worker, b.employment_status) == (
        "研究生", None, False, "4")
    assert sorted(codes(result, 4)) == ["choice", "choice"]


def test_lines_below_the_table_and_blank_rows_are_not_counted(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["序号"] + HEADER, [1, "张三", A, None, ORG, JOIN],
                                            [], [None, None, None], ["填表人：小王"],
                                            ["制表日期：2024年5月"]])
    result = do_import(engine, path)
    assert counts(result) == {"rows": 1, "imported": 1, "updated": 0, "unchanged": 0,
                              "rejected": 0, "warnings": 0}


# --- duplicates -------------------------------------------------------------------------------


def test_an_identical_repeat_inside_the_file_is_skipped_with_a_warning(engine, org, tmp_path):
    row = ["张三", A, "13812345678", ORG, JOIN]
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, row, ["李娜", B, None, ORG, JOIN], row])
    result = do_import(engine, path)
    assert counts(result) == {"rows": 3, "imported": 2, "updated": 0, "unchanged": 1,
                              "rejected": 0, "warnings": 1}
    assert codes(result, 4) == ["roster.repeat_row"]


def test_the_same_id_twice_with_different_details_refuses_both_rows(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", A, "13812345678", ORG, JOIN],
                                            ["李娜", B, None, ORG, JOIN],
                                            ["张三", A, "13912345678", ORG, JOIN]])
    result = do_import(engine, path)
    assert counts(result) == {"rows": 3, "imported": 1, "updated": 0, "unchanged": 0,
                              "rejected": 2, "warnings": 0}
    assert codes(result, 2) == codes(result, 4) == ["roster.duplicate_in_file"]
    assert "2、4" in next(i for i in result.issues if i.row == 2).problem.message


def test_a_known_member_is_updated_when_consistent_and_left_when_identical(engine, org, tmp_path):
    first = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["张三", A, "13812345678", ORG, JOIN],
                                             ["李娜", B, None, ORG, JOIN]])
    do_import(engine, first)
    before = members(engine)
    second = write_xlsx(tmp_path / "b.xlsx", [HEADER + ["学历"],
                                              ["张三", A, "13900001111", ORG, JOIN, "大专"],
                                              ["李娜", B, None, ORG, JOIN, None],
                                              ["王五", C, None, ORG, JOIN, None]])
    result = do_import(engine, second)
    assert counts(result) == {"rows": 3, "imported": 1, "updated": 1, "unchanged": 1,
                              "rejected": 0, "warnings": 0}
    after = members(engine)
    assert after[A].phone == "13900001111" and after[A].education == "大学专科"
    assert after[A].id == before[A].id and after[A].change_seq > before[A].change_seq
    assert after[B] == before[B]
    with read_session(engine) as s:
        assert search_member_ids(s, "1111") == [after[A].id]  # the index follows the new phone
        assert search_member_ids(s, "5678") == []
        update = s.exec(select(AuditEntry).where(AuditEntry.action == "member.update")).one()
        assert '"13812345678"' in update.before and '"13900001111"' in update.after
        assert len(s.exec(select(MemberEvent)).all()) == 3  # an update adds no 入会


def test_a_known_id_with_another_name_is_flagged_not_merged(engine, org, tmp_path):
    do_import(engine, write_xlsx(tmp_path / "a.xlsx", [HEADER, ["张三", A, None, ORG, JOIN]]))
    result = do_import(engine, write_xlsx(tmp_path / "b.xlsx",
                                          [HEADER, ["张山", A, "13800000000", ORG, JOIN]]))
    assert counts(result)["rejected"] == 1 and codes(result, 2) == ["roster.name_mismatch"]
    assert members(engine)[A].name == "张三" and members(engine)[A].phone is None


def test_another_organization_or_join_date_is_reported_not_changed(engine, org, tmp_path):
    other = add_organization(engine, OrganizationInput(
        name="北京恒通物流有限公司", uscc=make_uscc("91110101MA0123456")))
    do_import(engine, write_xlsx(tmp_path / "a.xlsx", [HEADER, ["张三", A, None, ORG, JOIN]]))
    result = do_import(engine, write_xlsx(tmp_path / "b.xlsx", [
        HEADER, ["张三", A, None, "北京恒通物流有限公司", dt.date(2023, 1, 1)]]))
    assert counts(result) == {"rows": 1, "imported": 0, "updated": 0, "unchanged": 1,
                              "rejected": 0, "warnings": 2}
    assert codes(result, 2) == ["roster.org_differs", "roster.join_date_differs"]
    got = members(engine)[A]
    assert got.organization_id == org and got.organization_id != other and got.join_date == JOIN


# --- organizations ----------------------------------------------------------------------------


def test_organizations_match_by_code_or_by_name_with_either_brackets(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["姓名", "身份证号", "工作单位", "统一社会信用代码", "入会日期"],
        ["张三", A, "北京华信商贸(东城)有限公司", None, JOIN],
        ["李娜", B, None, USCC, JOIN],
        ["王五", C, ORG, USCC, JOIN]])
    result = do_import(engine, path)
    assert counts(result)["imported"] == 3
    assert {m.organization_id for m in members(engine).values()} == {org}


def test_a_name_that_contradicts_the_code_is_refused(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["姓名", "身份证号", "工作单位", "统一社会信用代码", "入会日期"],
        ["张三", A, "北京另一家公司", USCC, JOIN]])
    result = do_import(engine, path)
    assert counts(result)["rejected"] == 1 and codes(result, 2) == ["roster.org_uscc_mismatch"]


def test_an_unknown_organization_is_refused_unless_creation_is_allowed(engine, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", A, None, "北京新公司", JOIN],
                                            ["李娜", B, None, "北京新公司", JOIN]])
    refused = do_import(engine, path)
    assert counts(refused)["rejected"] == 2 and codes(refused, 2) == ["roster.org_not_found"]
    assert not refused.committed
    allowed = do_import(engine, path, ImportOptions(today=TODAY, create_organizations=True))
    assert counts(allowed) == {"rows": 2, "imported": 2, "updated": 0, "unchanged": 0,
                               "rejected": 0, "warnings": 1}
    with read_session(engine) as s:
        (created,) = s.exec(select(Organization)).all()
    assert created.name == "北京新公司" and created.uscc is None and created.uscc_missing_reason
    assert {m.organization_id for m in members(engine).values()} == {created.id}


def test_rows_without_organization_take_the_chosen_default(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["姓名", "身份证号码", "入会日期"], ["张三", A, JOIN]])
    result = do_import(engine, path, ImportOptions(today=TODAY, default_organization_id=org))
    assert counts(result)["warnings"] == 0 and members(engine)[A].organization_id == org


def test_a_missing_join_date_is_refused_unless_a_default_is_given(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", A, None, ORG, None]])
    assert codes(do_import(engine, path), 2) == ["roster.join_date_missing"]
    assert members(engine) == {}
    result = do_import(engine, path, ImportOptions(today=TODAY, default_join_date=JOIN))
    assert counts(result)["imported"] == 1 and members(engine)[A].join_date == JOIN


# --- dry run, errors, and leaving the ledger as it was ----------------------------------------


def test_a_dry_run_changes_nothing_and_gives_the_same_counts(engine, org, tmp_path, data_paths):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", A, None, ORG, JOIN],
                                            ["李娜", "123", None, ORG, JOIN]])
    before = dump_ledger(data_paths.ledger)
    checked = do_import(engine, path, dry=True)
    assert dump_ledger(data_paths.ledger) == before and not checked.committed
    done = run_to_end(commit_import(engine, checked))
    assert counts(checked) == counts(done) == {"rows": 2, "imported": 1, "updated": 0,
                                               "unchanged": 0, "rejected": 1, "warnings": 0}


def test_the_import_decides_again_on_the_ledger_as_it_is_now(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", A, "13812345678", ORG, JOIN]])
    checked = do_import(engine, path, dry=True)
    do_import(engine, path)  # someone imported the same file meanwhile
    done = run_to_end(commit_import(engine, checked))
    assert counts(done)["imported"] == 0 and counts(done)["unchanged"] == 1
    assert len(members(engine)) == 1


def test_the_error_workbook_lists_each_problem_and_the_rows_not_imported(engine, org, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", A, "138", ORG, JOIN],
                                            ["李娜", B, None, ORG, JOIN]])
    result = do_import(engine, path, dry=True)
    out = write_error_workbook(result, tmp_path / "errors.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["问题清单", "未导入的行", "汇总"]
    problems = list(book["问题清单"].iter_rows(values_only=True))
    assert problems[0] == ("行号", "列", "原值", "问题", "如何修改", "类别")
    assert problems[1][:3] == (2, "手机号码", "138") and problems[1][5] == "错误"
    assert "11位" in problems[1][3] and problems[1][4]
    refused = list(book["未导入的行"].iter_rows(values_only=True))
    assert refused[0] == ("原行号", *HEADER, "问题")
    assert refused[1][:4] == (2, "张三", A, "138") and "手机号码" in refused[1][-1]
    assert len(refused) == 2
    sheet = book["问题清单"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    assert sheet["A2"].fill.fgColor.rgb.endswith("FDE2E1")  # an error row is shaded
    assert sheet["D2"].alignment.vertical == "top" and sheet["F2"].alignment.wrap_text
    assert book["未导入的行"]["C2"].number_format == "@"  # the ID stays text when edited
    assert out.stat().st_mode & 0o777 == _new_file_mode(tmp_path)


def _new_file_mode(folder) -> int:
    probe = folder / "probe"
    probe.write_bytes(b"")
    return probe.stat().st_mode & 0o777


@pytest.mark.parametrize("name, content, code", [
    ("r.xlsx", b"PK\x03\x04 truncated", "roster.damaged"),
    ("r.xls", b"\xd0\xcf\x11\xe0 not really", "roster.damaged"),
    ("r.pdf", b"%PDF-1.4", "roster.file_type"),
    ("r.csv", b"\x00\x01\x02binary\x00" * 50, "roster.damaged"),
    ("r.csv", "名单\n张三,李四\n".encode(), "roster.no_header"),
])
def test_an_unreadable_file_is_refused_with_a_clear_message(engine, tmp_path, data_paths, name,
                                                            content, code):
    (tmp_path / name).write_bytes(content)
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(RosterUnreadable) as caught:
        do_import(engine, tmp_path / name)
    assert caught.value.code == code and name in str(caught.value)
    assert dump_ledger(data_paths.ledger) == before


def test_a_missing_required_column_is_named(engine, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["姓名", "身份证号码"], ["张三", A]])
    table = read_roster(path)
    mapping = ColumnMapping.detect(table.headers).with_field(1, None)
    with pytest.raises(RosterUnreadable, match="身份证号码"):
        run_to_end(dry_run(engine, table, mapping, OPTIONS))


def test_cancelling_the_import_half_way_leaves_the_ledger_as_it_was(engine, org, tmp_path,
                                                                    data_paths):
    rows = [["会员", valid_id(seq=n), None, ORG, JOIN] for n in range(1, 999, 2)]
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER] + rows)
    checked = do_import(engine, path, dry=True)
    before = dump_ledger(data_paths.ledger)
    job = commit_import(engine, checked)
    next(job)
    next(job)  # some rows are written inside the transaction
    job.close()  # what Cancel does
    assert dump_ledger(data_paths.ledger) == before


def test_a_full_disk_during_the_import_leaves_the_ledger_as_it_was(engine, org, tmp_path,
                                                                   data_paths):
    rows = [["会员", valid_id(seq=n), None, ORG, JOIN] for n in range(1, 999, 2)]
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER] + rows)
    checked = do_import(engine, path, dry=True)
    before = dump_ledger(data_paths.ledger)
    with disk_room(engine, data_paths.ledger, 5), pytest.raises(LedgerError) as caught:
        run_to_end(commit_import(engine, checked))
    assert caught.value.code == "ledger.disk_full"
    assert dump_ledger(data_paths.ledger) == before


def test_the_ledger_is_backed_up_before_an_import_that_writes(engine, org, tmp_path,
                                                              data_paths):
    from unionoffice.backup.copies import list_backups

    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, ["张三", A, None, ORG, JOIN]])
    do_import(engine, path)
    assert [c.reason for c in list_backups(data_paths)] == ["pre-import"]
    do_import(engine, path)  # nothing to write: no copy
    assert len(list_backups(data_paths)) == 1
