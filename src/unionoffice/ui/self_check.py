"""The Qt part of ``--self-test``: widgets, QtPdf reading a real PDF, QtCharts."""

from __future__ import annotations

import os
from pathlib import Path


def check_qt(pdf: Path) -> str:
    """Start Qt (offscreen when there is no display), load ``pdf`` with QtPdf, make a chart."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCharts import QChart
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    data = QByteArray(pdf.read_bytes())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(app)
    document.load(buffer)
    pages = document.pageCount()
    assert pages >= 1, "QtPdf could not read the agreement"
    QChart()
    return f"PySide6 {pyside_version}, platform {app.platformName()}, PDF pages {pages}"
