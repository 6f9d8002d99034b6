"""关于: the version, the libraries with their licences, the fonts documents use."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice import __version__, notices
from unionoffice.paths import resource_path


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于街道工会台账"))
        self.setObjectName("about_dialog")
        icon = QLabel(self)
        icon.setPixmap(QPixmap(str(resource_path("icons", "unionoffice.png"))).scaled(64, 64))
        title = QLabel(self.tr("<b>街道工会台账 UnionOffice</b><br>版本 {version}").format(
            version=__version__), self)
        title.setObjectName("about_version")
        runtime = QLabel(self.tr("Python {py}，Qt {qt}（PySide6 {pyside}）").format(
            py=sys.version.split()[0], qt=qVersion(), pyside=pyside_version), self)
        head = QHBoxLayout()
        head.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(runtime)
        head.addLayout(text, 1)
        libraries = notices.bundled_libraries()
        self.libraries = QTableWidget(len(libraries), 3, self)
        self.libraries.setObjectName("about_libraries")
        self.libraries.setHorizontalHeaderLabels([self.tr("组件"), self.tr("版本"),
                                                  self.tr("许可证")])
        for row, lib in enumerate(libraries):
            for col, value in enumerate([lib.name, lib.version, lib.licence]):
                self.libraries.setItem(row, col, QTableWidgetItem(value))
        self._tidy(self.libraries)
        fonts = notices.document_fonts()
        self.fonts = QTableWidget(len(fonts), 3, self)
        self.fonts.setHorizontalHeaderLabels([self.tr("字体文件"), self.tr("位置"),
                                              self.tr("许可证")])
        for row, values in enumerate(fonts):
            for col, value in enumerate(values):
                self.fonts.setItem(row, col, QTableWidgetItem(value))
        self._tidy(self.fonts)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(QLabel(self.tr("随程序提供的组件："), self))
        layout.addWidget(self.libraries, 2)
        layout.addWidget(QLabel(self.tr("文书使用的字体（本机已安装，程序不附带）："), self))
        layout.addWidget(self.fonts, 1)
        layout.addWidget(close)
        self.resize(720, 620)

    @staticmethod
    def _tidy(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
