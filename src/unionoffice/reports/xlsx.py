"""The monthly report as an Excel workbook: a sheet per section, numbers stored as numbers."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from unionoffice.reports.labels import SECTIONS, TYPE_LABELS, display_value
from unionoffice.reports.monthly import DEFINITIONS, MonthlyReport


def report_xlsx(report: MonthlyReport, office_name: str = "") -> bytes:
    """The month's report as an Excel workbook, a sheet per section."""
    book = Workbook()
    book.remove(book.active)
    data = report.to_json()
    for section, title, rows in SECTIONS:
        sheet = book.create_sheet(title)
        sheet.append([f"{office_name} {report.period} {title}".strip()])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append(["指标", "数值"])
        for key, label in rows:
            value = display_value(key, data[section][key])
            sheet.append([label.strip("　"), value])
            cell = sheet.cell(row=sheet.max_row, column=2)
            if key == "signing_rate":
                cell.number_format = "0.0%"
            elif key.endswith("_fen"):
                cell.number_format = "#,##0.00"
        if section == "members":
            for group, n in data["members"]["joined_new_forms"].items():
                sheet.append([f"新发展会员：{group}", n])
        if section == "contracts":
            for kind, n in data["contracts"]["new_by_type"].items():
                sheet.append([f"本月新签生效：{TYPE_LABELS[kind]}", n])
            for kind, n in data["contracts"]["renewed_by_type"].items():
                sheet.append([f"本月续订生效：{TYPE_LABELS[kind]}", n])
        sheet.column_dimensions["A"].width = 34
        sheet.column_dimensions["B"].width = 16
    notes = book.create_sheet("指标说明")
    for key, text in DEFINITIONS.items():
        notes.append([key, text])
        notes.cell(row=notes.max_row, column=2).alignment = Alignment(wrap_text=True)
    notes.column_dimensions["A"].width = 26
    notes.column_dimensions["B"].width = 90
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
