"""Members out to Excel (the list as filtered, masked unless asked) and the import template.

The export uses the template's columns, so a full export can be corrected in Excel and
imported again. ID and phone numbers are masked unless the clerk explicitly asks for full
values; every export is in the audit log, full ones marked as such.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import Engine, text

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.common.validation import gender_label, mask_id_number, mask_phone
from unionoffice.db.engine import read_session, write_session
from unionoffice.members import rules as membership
from unionoffice.members.queries import MemberFilter, MemberListRow, member_rowids
from unionoffice.members.roster.columns import FIELDS, REQUIRED
from unionoffice.members.roster.normalize import EMPLOYMENT_STATUS_NAMES
from unionoffice.members.roster.xlsx import save_atomically

CHUNK = 2000
EXPORT_EXTRA = ("会籍状态",)
_COLUMNS = ("m.name", "m.gender", "m.ethnicity", "m.id_number", "m.birth_date", "m.phone",
            "o.name", "o.uscc", "m.join_date", "m.education", "m.political_status",
            "m.household_type", "m.employment_status", "m.employment_form", "m.migrant_worker",
            "m.new_form_group", "m.platform", "m.model_worker_level", "m.hardship", "m.status",
            "m.rowid")
_WIDTHS = {"name": 10, "id_number": 21, "phone": 14, "organization": 30,
           "organization_uscc": 21, "birth_date": 12, "join_date": 12}


def _yes_no(value: object) -> str:
    return "是" if value else "否"


def _export_row(r: MemberListRow, full: bool) -> list:
    (name, gender, ethnicity, id_number, birth, phone, org, uscc, joined, education, political,
     household, employment, form, migrant, group, platform, model, hardship, status, _) = r
    return [
        name, gender_label(gender) if gender else "", ethnicity or "",
        id_number if full else mask_id_number(id_number), birth or "",
        (phone if full else mask_phone(phone)) or "", org or "", uscc or "", joined or "",
        education or "", political or "", household or "",
        EMPLOYMENT_STATUS_NAMES.get(employment or "", employment or ""), form or "",
        _yes_no(migrant), group or "", platform or "", model or "", _yes_no(hardship),
        membership.status_label(status),
    ]


@permissions.guarded("members.edit")
def export_members(engine: Engine, path: Path, flt: MemberFilter | None = None, *,
                   full: bool = False, operator: str = "") -> Iterator[tuple[int, int]]:
    """Check who may export (full numbers: only who may see them), then return the job."""
    if full:
        permissions.require(engine, "id.reveal")
    return _export_members(engine, path, flt, full=full, operator=operator)


def _export_members(engine: Engine, path: Path, flt: MemberFilter | None, *,
                    full: bool, operator: str) -> Iterator[tuple[int, int]]:
    """Write the members ``flt`` lists, in its order, to ``path``; returns the row count.

    Args:
        engine: The ledger.
        path: The .xlsx to write (replaced atomically when complete).
        flt: The members page's filter (None = every member, by name).
        full: Full ID and phone numbers instead of masked ones (audited as such).
        operator: Who exports.
    """
    flt = flt or MemberFilter()
    rowids = member_rowids(engine, flt).rowids
    total = len(rowids)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("会员名册")
    headers = [f.zh for f in FIELDS] + list(EXPORT_EXTRA)
    for index, f in enumerate(FIELDS, start=1):
        sheet.column_dimensions[_letter(index)].width = _WIDTHS.get(f.key, 11)
    bold = Font(bold=True)
    header_cells = []
    for label in headers:
        cell = WriteOnlyCell(sheet, value=label)
        cell.font = bold
        header_cells.append(cell)
    sheet.freeze_panes = "A2"
    sheet.append(header_cells)
    yield 0, total
    sql = (f"SELECT {', '.join(_COLUMNS)} FROM member m "
           "LEFT JOIN organization o ON o.id = m.organization_id WHERE m.rowid IN ({})")
    with read_session(engine) as session:
        for start in range(0, total, CHUNK):
            chunk = rowids[start:start + CHUNK]
            rows = session.execute(text(sql.format(", ".join(str(int(r)) for r in chunk)))).all()
            by_rowid = {r[-1]: r for r in rows}
            for rowid in chunk:
                if rowid in by_rowid:
                    sheet.append(_export_row(by_rowid[rowid], full))
            yield min(start + CHUNK, total), total
    save_atomically(book, Path(path))
    with write_session(engine) as session:
        trail.record(session, operator=operator, action="member.export", entity="ledger",
                     after={"file": Path(path).name, "rows": total, "full_id": full,
                            "filter": {k: v for k, v in vars(flt).items() if v}})
    yield total, total
    return total


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


# --- the import template ----------------------------------------------------------------------

_LISTS = {
    "gender": ["男", "女"],
    "education": ["研究生", "大学本科", "大学专科", "中专/中职", "高中", "初中", "小学及以下"],
    "political_status": ["中共党员", "中共预备党员", "共青团员", "民主党派成员", "无党派人士",
                         "群众"],
    "household_type": ["本市城镇", "本市农村", "外埠城镇", "外埠农村"],
    "employment_status": list(EMPLOYMENT_STATUS_NAMES.values()),
    "employment_form": ["劳动合同", "劳务派遣", "非全日制", "平台灵活用工"],
    "migrant_worker": ["是", "否"],
    "new_form_group": ["货车司机", "网约车司机", "快递员", "外卖配送员", "护工护理员", "家政服务员",
                       "商场信息员", "房产中介员", "保安员"],
    "model_worker_level": ["全国", "省部级", "区级"],
    "hardship": ["是", "否"],
}
_NOTES = {
    "name": "必填。与身份证一致",
    "gender": "可不填，按身份证号码判断；填写时须与号码一致",
    "ethnicity": "如：汉族、回族",
    "id_number": "必填。18位居民身份证号码，本列已设为文本格式，请勿改为数字",
    "birth_date": "可不填，按身份证号码判断",
    "phone": "11位手机号码",
    "organization": "须与台账中的单位名称一致；或填写统一社会信用代码",
    "organization_uscc": "18位统一社会信用代码",
    "join_date": "基层工会批准入会的日期，如 2024-05-01；不填时须在导入时指定默认日期",
    "education": "下拉选择",
    "political_status": "下拉选择",
    "household_type": "下拉选择",
    "employment_status": "下拉选择，不填为“在岗”",
    "employment_form": "下拉选择",
    "migrant_worker": "是 / 否",
    "new_form_group": "属于新就业形态的填写，其他留空",
    "platform": "新就业形态人员的所属平台，如：美团、顺丰",
    "model_worker_level": "全国 / 省部级 / 区级，非劳模留空",
    "hardship": "是 / 否",
}
_EXAMPLE = {"name": "张三", "gender": "男", "ethnicity": "汉族", "id_number": "11010519491231002X",
            "phone": "13812345678", "organization": "北京某某科技有限公司",
            "join_date": "2024-05-01", "education": "大学本科", "political_status": "群众",
            "household_type": "本市城镇", "employment_status": "在岗",
            "employment_form": "劳动合同", "migrant_worker": "否"}


def write_template(path: Path) -> Path:
    """The import template: the columns, text-formatted ID and phone columns, drop-down lists,
    and a sheet of instructions with an example row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "会员花名册"
    required_font = Font(bold=True, color="C00000")
    fill = PatternFill("solid", fgColor="DDE6F0")
    for index, f in enumerate(FIELDS, start=1):
        cell = sheet.cell(row=1, column=index, value=f.zh)
        cell.font = required_font if f.key in REQUIRED else Font(bold=True)
        cell.fill = fill
        letter = _letter(index)
        sheet.column_dimensions[letter].width = _WIDTHS.get(f.key, 12)
        if f.key in ("id_number", "phone", "organization_uscc"):
            # Text format for the whole column: Excel then keeps all 18 digits as typed.
            for row in range(2, 1002):
                sheet.cell(row=row, column=index).number_format = "@"
        elif f.key in ("birth_date", "join_date"):
            for row in range(2, 1002):
                sheet.cell(row=row, column=index).number_format = "yyyy-mm-dd"
        if f.key in _LISTS:
            rule = DataValidation(type="list", formula1='"' + ",".join(_LISTS[f.key]) + '"',
                                  allow_blank=True, showErrorMessage=True,
                                  errorTitle="不是可选值", error="请从下拉列表中选择")
            rule.add(f"{letter}2:{letter}1001")
            sheet.add_data_validation(rule)
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("填写说明")
    notes.append(["列", "说明", "示例"])
    for cell in notes[1]:
        cell.font = Font(bold=True)
        cell.fill = fill
    for f in FIELDS:
        notes.append([f.zh + ("（必填）" if f.key in REQUIRED else ""), _NOTES.get(f.key, ""),
                      _EXAMPLE.get(f.key, "")])
    notes.append([])
    notes.append(["", "第一行是表头，请勿修改列名；列的顺序可以调整，多余的列会被忽略。"])
    notes.append(["", "导入前会先检查，有问题的行不会导入，并生成问题清单。"])
    notes.column_dimensions["A"].width = 22
    notes.column_dimensions["B"].width = 60
    notes.column_dimensions["C"].width = 24
    return save_atomically(book, Path(path))


def today_stamp(day: dt.date | None = None) -> str:
    """A date as the file names use it (20261202)."""
    return (day or dt.date.today()).strftime("%Y%m%d")
