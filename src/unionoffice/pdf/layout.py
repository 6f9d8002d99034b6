"""The page of an official document (GB/T 9704-2012): A4, margins, title, body, page numbers."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from unionoffice.pdf.fonts import FontSet, document_fonts

TOP, LEFT = 37 * mm, 28 * mm
BLOCK_W, BLOCK_H = 156 * mm, 225 * mm
BODY_PT, TITLE_PT, PAGE_NO_PT = 16, 22, 14
LEADING = BLOCK_H / 22  # 22 lines to the page


def chinese_date(day: dt.date | None) -> str:
    """2026年3月7日 (Arabic numerals, no leading zeros), or blanks to fill in by hand."""
    return f"{day.year}年{day.month}月{day.day}日" if day else "　　年　　月　　日"


class Document:
    """Collects paragraphs and renders them to PDF bytes with the layout above."""

    def __init__(self, title: str, subject: str = "") -> None:
        self.fonts: FontSet = document_fonts()
        self.title, self.subject = title, subject
        self.story: list = []
        f = self.fonts
        self.styles = {
            "title": ParagraphStyle("title", fontName=f.title, fontSize=TITLE_PT,
                                    leading=TITLE_PT * 1.6, alignment=TA_CENTER,
                                    spaceAfter=6 * mm),
            "number": ParagraphStyle("number", fontName=f.body, fontSize=BODY_PT,
                                     leading=LEADING, alignment=TA_RIGHT),
            "body": ParagraphStyle("body", fontName=f.body, fontSize=BODY_PT, leading=LEADING,
                                   firstLineIndent=2 * BODY_PT, alignment=TA_JUSTIFY,
                                   wordWrap="CJK"),
            "plain": ParagraphStyle("plain", fontName=f.body, fontSize=BODY_PT,
                                    leading=LEADING, wordWrap="CJK"),
            "right": ParagraphStyle("right", fontName=f.body, fontSize=BODY_PT, leading=LEADING,
                                    alignment=TA_RIGHT, rightIndent=4 * BODY_PT),
        }

    def add(self, text: str, style: str = "body") -> None:
        """A paragraph in one of the document's styles."""
        base = self.fonts.title if style == "title" else self.fonts.body
        self.story.append(Paragraph(self.fonts.markup(text, base=base), self.styles[style]))

    def space(self, lines: float = 1) -> None:
        """Empty lines."""
        self.story.append(Spacer(1, lines * LEADING))

    def keep_together_from(self, start: int) -> None:
        """Keep everything added since ``start`` (a len(story)) on one page: signatures and the
        seal must not be separated from each other."""
        block = self.story[start:]
        del self.story[start:]
        self.story.append(KeepTogether(block))

    def _page_number(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(self.fonts.body, PAGE_NO_PT)
        y = A4[1] - TOP - BLOCK_H - 7 * mm - PAGE_NO_PT
        canvas.drawCentredString(LEFT + BLOCK_W / 2, y, f"— {doc.page} —")
        canvas.restoreState()

    def render(self) -> bytes:
        """The document as PDF bytes (A4, fonts embedded, pages numbered)."""
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=A4, title=self.title, subject=self.subject, author="UnionOffice",
            creator="UnionOffice",
            # The canvas would otherwise start in Helvetica, referenced but not embedded.
            initialFontName=self.fonts.body, initialFontSize=BODY_PT, lang="zh-CN")
        # No frame padding: the text block is exactly 156 × 225 mm.
        frame = Frame(LEFT, A4[1] - TOP - BLOCK_H, BLOCK_W, BLOCK_H, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, id="text")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._page_number)])
        doc.build(list(self.story))
        return buffer.getvalue()
