"""Preview a generated PDF inside the window (QtPdf), print it, or save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStandardPaths
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PRINT_DPI = 300


class DocumentViewer(QDialog):
    """Shows one document; Print sends it to a printer page by page, Save writes the PDF."""

    def __init__(self, title: str, pdf: bytes, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 960)
        self.pdf, self.file_name = pdf, file_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)  # the document reads from it while shown
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(title)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages = QLabel(self.tr("共 {n} 页").format(n=self.document.pageCount()), self)
        print_button = QPushButton(self.tr("打印…"), self)
        print_button.setObjectName("print")
        save_button = QPushButton(self.tr("另存为PDF…"), self)
        save_button.setObjectName("save_pdf")
        close_button = QPushButton(self.tr("关闭"), self)
        print_button.clicked.connect(self._on_print_clicked)
        save_button.clicked.connect(self._on_save_clicked)
        close_button.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.pages)
        bar.addStretch(1)
        for b in (print_button, save_button, close_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def print_to(self, printer: QPrinter) -> None:
        """Render every page at printer resolution (A4, no scaling surprises)."""
        printer.setDocName(self.windowTitle())
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("无法开始打印"))
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size_pt = self.document.pagePointSize(page)
                target = QSize(int(size_pt.width() / 72 * PRINT_DPI),
                               int(size_pt.height() / 72 * PRINT_DPI))
                image = self.document.render(page, target)
                painter.drawImage(QRect(painter.viewport()), image)
        finally:
            painter.end()

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.print_to(printer)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("打印失败"), str(exc))

    def save_to(self, path: Path) -> None:
        partial = path.with_name(path.name + ".partial")
        partial.write_bytes(self.pdf)
        partial.replace(path)

    def _on_save_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为PDF"),
                                              str(Path(folder) / self.file_name), "PDF (*.pdf)")
        if path:
            try:
                self.save_to(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("保存失败"),
                                    self.tr("无法保存到 {path}：{error}").format(path=path,
                                                                            error=exc))


class TextReportDialog(QDialog):
    """A read-only text (the personal-data report) with Save."""

    def __init__(self, title: str, text: str, file_name: str,
                 parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QPlainTextEdit

        super().__init__(parent)
        self.setWindowTitle(title)
        self.text, self.file_name = text, file_name
        self.view = QPlainTextEdit(self)
        self.view.setObjectName("report_text")
        self.view.setReadOnly(True)
        self.view.setPlainText(text)
        note = QLabel(self.tr("内容含完整个人信息：只交给本人，不要外传；本次查询已记入操作日志。"),
                      self)
        note.setWordWrap(True)
        save = QPushButton(self.tr("保存为文件…"), self)
        close = QPushButton(self.tr("关闭"), self)
        save.clicked.connect(self._on_save)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(save)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(760, 640)

    def _on_save(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                              str(Path(start) / self.file_name), "JSON (*.json)")
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        try:
            path.write_text(self.text, "utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
