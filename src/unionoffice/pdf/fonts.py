"""CJK fonts for PDFs: TrueType only (reportlab embeds no CFF), with per-character fallback.

reportlab does not fall back per glyph, so text is split into runs, each set in the first font
that has every character of the run. A character no font has is reported — never dropped.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from unionoffice.errors import LedgerError
from unionoffice.paths import resource_path

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
_UNIX_DIRS = [Path("/usr/share/fonts/truetype"), Path("/usr/local/share/fonts"),
              Path.home() / ".local/share/fonts", Path("/Library/Fonts")]

# (name, file name, subfont index) in order of preference for each role.
BODY = [("SimFang", "simfang.ttf", 0), ("FangSong", "STFANGSO.TTF", 0),
        ("UMing", "uming.ttc", 0)]
TITLE = [("SimSun", "simsun.ttc", 0), ("UMing", "uming.ttc", 0)]
FALLBACKS = [("UMing", "uming.ttc", 0), ("UKai", "ukai.ttc", 0),
             ("WenQuanYiZenHei", "wqy-zenhei.ttc", 0), ("SimHei", "simhei.ttf", 0),
             ("DroidSansFallback", "DroidSansFallbackFull.ttf", 0),
             ("DejaVuSans", "DejaVuSans.ttf", 0)]


class MissingGlyphs(LedgerError):
    """Some characters are in no installed font; the document is not made."""


def _find(file_name: str) -> Path | None:
    candidates = [resource_path("fonts", file_name)]
    if sys.platform.startswith("win"):
        candidates.append(_WINDOWS_FONTS / file_name)
    for root in _UNIX_DIRS:
        if root.is_dir():
            candidates.extend(root.rglob(file_name))
    return next((p for p in candidates if p.is_file()), None)


@dataclass(frozen=True)
class FontSet:
    """The fonts of one document style: body, title, and the fallback chain."""

    body: str
    title: str
    chain: tuple[str, ...]  # body first, then fallbacks
    cmaps: dict

    def covering(self, ch: str) -> str | None:
        """The first font of the chain that has ``ch``, or None."""
        code = ord(ch)
        return next((name for name in self.chain if code in self.cmaps[name]), None)

    def missing(self, text: str) -> set[str]:
        """The characters of ``text`` no font of the chain has."""
        return {ch for ch in set(text) if not ch.isspace() and self.covering(ch) is None}

    def markup(self, text: str, *, base: str | None = None) -> str:
        """Escaped paragraph markup with each run in a font that has its characters."""
        base = base or self.body
        base_cmap = self.cmaps[base]
        missing = self.missing(text)
        if missing:
            raise MissingGlyphs("pdf.missing_glyphs", chars=" ".join(sorted(missing)),
                                codes=", ".join(f"U+{ord(c):04X}" for c in sorted(missing)))
        out, run, run_font = [], "", base
        for ch in text:
            font = base if (ord(ch) in base_cmap or ch.isspace()) else self.covering(ch)
            if font != run_font and run:
                out.append(_wrap(run, run_font, base))
                run = ""
            run_font = font
            run += ch
        if run:
            out.append(_wrap(run, run_font, base))
        return "".join(out)


def _wrap(run: str, font: str, base: str) -> str:
    text = escape(run).replace("\n", "<br/>")
    return text if font == base else f'<font face="{font}">{text}</font>'


def _register(name: str, path: Path, index: int) -> dict:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    return pdfmetrics.getFont(name).face.charToGlyph


@cache
def document_fonts() -> FontSet:
    """Find and register the fonts once per process (registration is the slow part)."""
    cmaps: dict[str, dict] = {}

    def first(choices: Iterable[tuple[str, str, int]]) -> str | None:
        for name, file_name, index in choices:
            path = _find(file_name)
            if path:
                cmaps[name] = _register(name, path, index)
                return name
        return None

    body, title = first(BODY), first(TITLE)
    if body is None or title is None:
        raise LedgerError("pdf.no_font")
    chain = [body]
    for name, file_name, index in FALLBACKS:
        if name in chain:
            continue
        path = _find(file_name)
        if path:
            cmaps[name] = _register(name, path, index)
            chain.append(name)
    return FontSet(body, title, tuple(chain), cmaps)
