"""Roster files as employers send them, made by the tests themselves (one quirk at a time)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl

HEADER = ["姓名", "身份证号码", "手机号码", "工作单位", "入会日期"]


def write_xlsx(path: Path, rows: list[list[object]], *, text_columns: tuple[int, ...] = (),
               sheet: str = "Sheet1") -> Path:
    """An .xlsx with the rows as given (ints and floats stay numbers, dates stay dates)."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for col in text_columns:
        for cells in ws.iter_rows(min_col=col + 1, max_col=col + 1):
            for cell in cells:
                cell.number_format = "@"
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(
        [["" if c is None else c for c in row] for row in rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xls(path: Path, rows: list[list[object]]) -> Path:
    """A real BIFF8 .xls (Excel 97–2003), written by xlwt."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("花名册")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                ws.write(r, c, value, date_style)
            elif value is not None:
                ws.write(r, c, value)
    book.save(str(path))
    return path
