"""报表: the month's figures on screen, as a printable PDF and as an Excel workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from unionoffice.office import ledger_summary
from unionoffice.reports import monthly as reports
from unionoffice.reports.labels import SECTIONS
from unionoffice.reports.pdf import report_pdf, value_text
from unionoffice.ui.changes import AREAS
from unionoffice.ui.dialogs.document_viewer import DocumentViewer
from unionoffice.ui.ops import QueryOp, failure_text
from unionoffice.ui.pages.base import Page
from unionoffice.ui.widgets.form import fill_combo


class ReportsPage(Page):
    page_id = "reports"

    watches = AREAS

    def __init__(self, engine, tasks, parent=None) -> None:
        super().__init__(engine, tasks, parent)
        self.office_name = ""
        self.report: reports.MonthlyReport | None = None
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("月份"))
        periods = reports.last_months(dt.date.today().strftime("%Y-%m"), 24)[::-1]
        fill_combo(self.period, [(p, p) for p in periods])
        self.pdf_button = QPushButton(self.tr("预览 / 打印…"), self)
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"), self)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("本月指标"))
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("指标"), self.tr("数值")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.note = QLabel(self.tr("按业务发生日期统计：补录的会籍变动计入其发生的月份；"
                                   "存量为月末数。"), self)
        self.note.setStyleSheet("color: #666;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("月份"), self))
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.period.currentIndexChanged.connect(self.reload)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.xlsx_button.clicked.connect(self._on_xlsx_clicked)

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        period, engine = self.period.currentData(), self.engine
        QueryOp(self, self.tasks, lambda: (reports.monthly_report(engine, period),
                                           ledger_summary(engine).office_name or ""),
                self._on_report).run()

    def _on_report(self, found: tuple[reports.MonthlyReport, str]) -> None:
        report, self.office_name = found
        if report.period != self.period.currentData():
            return
        self.report = report
        data = report.to_json()
        rows = [(title, label.strip("　"), value_text(key, data[section][key]))
                for section, title, items in SECTIONS for key, label in items]
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def _on_pdf_clicked(self) -> None:
        report, name, engine = self.report, self.office_name, self.engine
        if report is None:
            return
        QueryOp(self, self.tasks, lambda: report_pdf(report, name, reports.monthly_trend(
            engine, report.period)), self._on_pdf_ready).run()

    def _on_pdf_ready(self, pdf: bytes) -> None:
        self.viewer = DocumentViewer(self.tr("月度统计 {period}").format(
            period=self.report.period), pdf, f"月度统计{self.report.period}.pdf", self)
        self.viewer.open()

    def _on_xlsx_clicked(self) -> None:
        if self.report is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出 Excel"),
            str(Path(folder) / f"月度统计{self.report.period}.xlsx"), "Excel (*.xlsx)")
        if path:
            self.save_xlsx(Path(path))

    def save_xlsx(self, path: Path) -> None:
        """Write the report's workbook off the GUI thread."""
        report, name = self.report, self.office_name

        def write() -> Path:
            from unionoffice.reports.xlsx import report_xlsx  # openpyxl: loaded when needed

            partial = path.with_name(path.name + ".partial")
            partial.write_bytes(report_xlsx(report, name))
            partial.replace(path)
            return path

        QueryOp(self, self.tasks, write, lambda _p: None).failure(
            lambda exc: QMessageBox.warning(self, self.tr("导出失败"), self.tr(
                "无法保存到 {path}：{error}").format(path=path, error=failure_text(exc)))).run()
