"""Draw the application icon (a red seal with 工) as PNG and ICO: python scripts/make_icon.py.

The files are committed; run this only to change the icon.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    red = QColor("#c8102e")
    p.setBrush(red)
    p.setPen(Qt.PenStyle.NoPen)
    margin = size * 0.04
    p.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin),
                      size * 0.18, size * 0.18)
    p.setPen(QPen(QColor("white"), max(1.0, size * 0.03)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    inner = size * 0.14
    p.drawRoundedRect(QRectF(inner, inner, size - 2 * inner, size - 2 * inner),
                      size * 0.1, size * 0.1)
    font = QFont()
    font.setFamilies(["WenQuanYi Zen Hei", "AR PL UMing CN", "Droid Sans Fallback"])
    font.setPixelSize(int(size * 0.56))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 0, size, size * 0.97), Qt.AlignmentFlag.AlignCenter, "工")
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "unionoffice.png"))
    draw(256).save(str(OUT / "unionoffice.ico"))
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
