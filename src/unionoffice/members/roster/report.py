"""The error workbook of a dry run: every problem with its row, column, value and remedy.

Three sheets: 问题清单 (one line per problem), 未导入的行 (the refused rows exactly as sent, with
their problems, so the sender can correct them and send just those back) and 汇总 (the counts).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from unionoffice import i18n
from unionoffice.i18n import t
from unionoffice.members.roster import ImportResult
from unionoffice.members.roster.normalize import cell_text
from unionoffice.members.roster.xlsx import save_atomically

_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_ERROR_FILL = PatternFill("solid", fgColor="FDE2E1")


def hint_for(code: str, severity: str) -> str:
    """How to fix a problem (``roster.hint.<code>``), or the general advice for its kind."""
    if i18n.has(f"roster.hint.{code}"):
        return t(f"roster.hint.{code}")
    return t("roster.hint_warning" if severity == "warning" else "roster.hint_error")


def write_error_workbook(result: ImportResult, path: Path) -> Path:
    """Write the dry run's problems to ``path`` (.xlsx); returns the path.

    Written in openpyxl's write-only mode, row by row with shared styles: a roster of 100,000
    rows can have 40,000 problems and warnings, and the ordinary mode took 16 s for those.
    """
    book = Workbook(write_only=True)
    sheet = _sheet(book, t("roster.workbook.sheet_problems"), [8, 16, 24, 70, 36, 8])
    sheet.append(_header(sheet, [t("roster.workbook.col_row"), t("roster.workbook.col_column"),
                                 t("roster.workbook.col_value"), t("roster.workbook.col_problem"),
                                 t("roster.workbook.col_fix"), t("roster.workbook.col_kind")]))
    warning, error = t("roster.workbook.warning"), t("roster.workbook.error")
    for issue in result.issues:
        p = issue.problem
        bad = p.severity == "error"
        sheet.append(_row(sheet, [issue.row, issue.column, issue.value, p.message,
                                  hint_for(p.code, p.severity), error if bad else warning],
                          fill=_ERROR_FILL if bad else None))

    headers = result.table.headers
    refused = _sheet(book, t("roster.workbook.sheet_refused"),
                     [8] + [14] * len(headers) + [70])
    refused.append(_header(refused, [t("roster.workbook.col_original_row"), *headers,
                                     t("roster.workbook.col_problems")]))
    by_row: dict[int, list[str]] = {}
    for issue in result.issues:
        if issue.problem.severity == "error":
            by_row.setdefault(issue.row, []).append(f"{issue.column}：{issue.problem.message}")
    for item in result.rejected_rows:
        cells = [cell_text(c) for c in item.cells]
        cells += [""] * (len(headers) - len(cells))
        refused.append(_row(refused, [item.row, *cells, "；".join(by_row.get(item.row, []))],
                            text=True))

    totals = book.create_sheet(t("roster.workbook.sheet_summary"))
    totals.column_dimensions["A"].width = 16
    totals.column_dimensions["B"].width = 60
    s = result.summary
    for label, value in [
        (t("roster.workbook.file"), result.table.path.name),
        (t("roster.workbook.sheet"), result.table.sheet or "-"),
        (t("roster.workbook.header_row"), result.table.header_row),
        (t("roster.workbook.rows"), s.rows), (t("roster.workbook.new"), s.imported),
        (t("roster.workbook.updated"), s.updated), (t("roster.workbook.unchanged"), s.unchanged),
        (t("roster.workbook.rejected"), s.rejected), (t("roster.workbook.warnings"), s.warnings),
        (t("roster.workbook.ignored_columns"), "、".join(result.mapping.ignored_headers())),
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


def _header(sheet: Any, values: list) -> list[WriteOnlyCell]:
    cells = [WriteOnlyCell(sheet, value) for value in values]
    for cell in cells:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    return cells


def _row(sheet: Any, values: list, *, fill: PatternFill | None = None,
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
