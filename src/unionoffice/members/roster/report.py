"""The error workbook of a dry run: every problem with its row, column, value and remedy.

Three sheets: 问题清单 (one line per problem), 未导入的行 (the refused rows exactly as sent, with
their problems, so the sender can correct them and send just those back) and 汇总 (the counts).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from unionoffice.i18n import pick
from unionoffice.members.roster import ImportResult
from unionoffice.members.roster.normalize import cell_text
from unionoffice.members.roster.xlsx import save_atomically

# How to fix, by problem code; the message itself says what is wrong.
HINTS: dict[str, tuple[str, str]] = {
    "required": ("填写此项", "fill this in"),
    "id_number.format": ("对照身份证原件重新填写18位号码",
                         "copy the 18 characters from the ID card"),
    "id_number.checksum": ("对照身份证原件逐位核对", "check each digit against the ID card"),
    "id_number.birth_date": ("对照身份证原件核对出生日期部分",
                             "check the date part against the card"),
    "id_number.future_birth": ("对照身份证原件核对出生日期部分",
                               "check the date part against the card"),
    "id_number.gender_mismatch": ("核对性别或号码第17位", "check the gender or the 17th digit"),
    "id_number.birth_mismatch": ("核对出生日期或号码", "check the birth date or the number"),
    "roster.id_as_number": ("把该列设为“文本”格式，按原件重新填写号码",
                            "format the column as Text and type the number again"),
    "phone.format": ("填写11位手机号码，或留空", "write an 11-digit mobile number, or leave empty"),
    "date.format": ("写成 2019-05-01 这样的日期", "write a date like 2019-05-01"),
    "date.future": ("核对日期，不能晚于今天", "check the date; it cannot be after today"),
    "roster.month_only": ("补上日，如 2019-05-01", "add the day, e.g. 2019-05-01"),
    "choice": ("从可选值中选一个", "pick one of the allowed values"),
    "roster.duplicate_in_file": ("核对后只保留一行", "keep one of the rows"),
    "roster.name_mismatch": ("核对证件号码和姓名", "check the ID number and the name"),
    "roster.org_not_found": ("先新增该单位，或导入时选“自动新增单位”",
                             "add the organization first, or allow creating it"),
    "roster.org_ambiguous": ("填写统一社会信用代码", "add the credit code"),
    "roster.org_uscc_mismatch": ("核对单位名称和统一社会信用代码", "check the name and the code"),
    "roster.join_date_missing": ("填写入会日期，或导入时指定默认入会日期",
                                 "fill in the join date, or give a default"),
    "uscc.format": ("对照营业执照填写18位代码", "copy the 18-character code from the licence"),
    "uscc.checksum": ("对照营业执照逐位核对", "check each character against the licence"),
}
WARNING_HINT = ("无需修改，请核对", "nothing to fix; please check")
ERROR_HINT = ("改正后重新导入这一行", "correct it and import the row again")
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_ERROR_FILL = PatternFill("solid", fgColor="FDE2E1")


def hint_for(code: str, severity: str) -> str:
    if code in HINTS:
        return pick(*HINTS[code])
    return pick(*(WARNING_HINT if severity == "warning" else ERROR_HINT))


def write_error_workbook(result: ImportResult, path: Path) -> Path:
    """Write the dry run's problems to ``path`` (.xlsx); returns the path.

    Written in openpyxl's write-only mode, row by row with shared styles: a roster of 100,000
    rows can have 40,000 problems and warnings, and the ordinary mode took 16 s for those.
    """
    book = Workbook(write_only=True)
    sheet = _sheet(book, pick("问题清单", "Problems"), [8, 16, 24, 70, 36, 8])
    sheet.append(_header(sheet, [pick("行号", "row"), pick("列", "column"),
                                 pick("原值", "value"), pick("问题", "problem"),
                                 pick("如何修改", "how to fix"), pick("类别", "kind")]))
    warning, error = pick("提示", "warning"), pick("错误", "error")
    for issue in result.issues:
        p = issue.problem
        bad = p.severity == "error"
        sheet.append(_row(sheet, [issue.row, issue.column, issue.value, p.message,
                                  hint_for(p.code, p.severity), error if bad else warning],
                          fill=_ERROR_FILL if bad else None))

    headers = result.table.headers
    refused = _sheet(book, pick("未导入的行", "Rows not imported"),
                     [8] + [14] * len(headers) + [70])
    refused.append(_header(refused, [pick("原行号", "row"), *headers, pick("问题", "problems")]))
    by_row: dict[int, list[str]] = {}
    for issue in result.issues:
        if issue.problem.severity == "error":
            by_row.setdefault(issue.row, []).append(f"{issue.column}：{issue.problem.message}")
    for item in result.rejected_rows:
        cells = [cell_text(c) for c in item.cells]
        cells += [""] * (len(headers) - len(cells))
        refused.append(_row(refused, [item.row, *cells, "；".join(by_row.get(item.row, []))],
                            text=True))

    totals = book.create_sheet(pick("汇总", "Summary"))
    totals.column_dimensions["A"].width = 16
    totals.column_dimensions["B"].width = 60
    s = result.summary
    for label, value in [
        (pick("文件", "file"), result.table.path.name),
        (pick("工作表", "sheet"), result.table.sheet or "-"),
        (pick("表头所在行", "header row"), result.table.header_row),
        (pick("数据行", "rows"), s.rows), (pick("新增", "new"), s.imported),
        (pick("更新", "updated"), s.updated), (pick("无变化", "unchanged"), s.unchanged),
        (pick("未导入", "rejected"), s.rejected), (pick("提示", "warnings"), s.warnings),
        (pick("未导入的列", "columns left out"), "、".join(result.mapping.ignored_headers())),
    ]:
        totals.append([label, value])
    return save_atomically(book, Path(path))


_TOP = Alignment(vertical="top")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)


def _sheet(book: Workbook, title: str, widths: list[int]):
    """A write-only sheet; widths and frozen header are set before any row is written."""
    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    return sheet


def _header(sheet, values: list) -> list[WriteOnlyCell]:
    cells = [WriteOnlyCell(sheet, value) for value in values]
    for cell in cells:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    return cells


def _row(sheet, values: list, *, fill: PatternFill | None = None,
         text: bool = False) -> list[WriteOnlyCell]:
    """Cells aligned to the top, the last one wrapped; ``text`` keeps strings as Text (so ID
    numbers stay whole when the sender edits them in Excel)."""
    cells = []
    last = len(values) - 1
    for index, value in enumerate(values):
        cell = WriteOnlyCell(sheet, value)
        cell.alignment = _TOP_WRAP if index == last else _TOP
        if fill is not None:
            cell.fill = fill
        if text and isinstance(value, str):
            cell.number_format = "@"
        cells.append(cell)
    return cells
