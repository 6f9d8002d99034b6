"""The monthly report as an A4 PDF: tables per section, a chart, definitions as footnotes."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from unionoffice.common.money import yuan
from unionoffice.pdf.layout import BLOCK_W, Document
from unionoffice.reports.labels import SECTIONS
from unionoffice.reports.monthly import DEFINITIONS, MonthlyReport

TABLE_PT = 12


def value_text(key: str, value: object) -> str:
    """A figure as printed: yuan for amounts, a percentage for rates."""
    if key.endswith("_fen"):
        return yuan(value)
    if key == "signing_rate":
        return f"{value:.1%}"
    return f"{value:,}"


def _table(doc: Document, rows: list[tuple[str, str]]) -> Table:
    style = doc.styles["plain"].clone("cell", fontSize=TABLE_PT, leading=TABLE_PT * 1.4)
    data = [[Paragraph(doc.fonts.markup(a), style), Paragraph(doc.fonts.markup(b), style)]
            for a, b in rows]
    table = Table(data, colWidths=[BLOCK_W * 0.7, BLOCK_W * 0.3])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), doc.fonts.body),  # the default would be Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _trend_chart(doc: Document, trend: list[tuple[str, int, int]]) -> Drawing:
    """New members and cases accepted over twelve months (vector, embedded in the PDF)."""
    drawing = Drawing(BLOCK_W, 70 * mm)
    # A drawing starts in the graphics default font (Helvetica), which would be referenced but
    # not embedded: start it in the document's font.
    drawing.initialFontName = doc.fonts.body
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 12 * mm, BLOCK_W - 20 * mm, 48 * mm
    chart.data = [[t[1] for t in trend], [t[2] for t in trend]]
    chart.categoryAxis.categoryNames = [t[0][5:] for t in trend]
    chart.categoryAxis.labels.fontName = doc.fonts.body
    chart.valueAxis.labels.fontName = doc.fonts.body
    chart.bars[0].fillColor = colors.HexColor("#b71c1c")
    chart.bars[1].fillColor = colors.HexColor("#1565c0")
    drawing.add(chart)
    drawing.add(String(12 * mm, 64 * mm, "近十二个月：新发展会员（红）与受理调解案件（蓝）",
                       fontName=doc.fonts.body, fontSize=10))
    return drawing


def report_pdf(report: MonthlyReport, office_name: str,
               trend: list[tuple[str, int, int]] | None = None) -> bytes:
    """The month's report as an A4 PDF, with its trend chart."""
    doc = Document(f"{report.period} 月度工作统计", office_name)
    doc.add(f"{office_name}\n{report.period[:4]}年{int(report.period[5:])}月工作统计", "title")
    data = report.to_json()
    for section, title, rows in SECTIONS:
        doc.add(f"{title}", "plain")
        table_rows = [("指标", "数值")] + [(label, value_text(key, data[section][key]))
                                          for key, label in rows]
        doc.story.append(_table(doc, table_rows))
        doc.space(0.4)
    groups = data["members"]["joined_new_forms"]
    doc.add("新就业形态新发展会员：" + "，".join(f"{g} {n} 人" for g, n in groups.items()) + "。",
            "plain")
    if trend:
        doc.story.append(_trend_chart(doc, trend))
    doc.add("指标说明：", "plain")
    note = doc.styles["plain"].clone("note", fontSize=10, leading=14)
    for n, text in enumerate(DEFINITIONS.values(), start=1):
        doc.story.append(Paragraph(doc.fonts.markup(f"注{n}：{text}"), note))
    return doc.render()
