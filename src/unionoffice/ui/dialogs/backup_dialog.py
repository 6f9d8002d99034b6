"""备份与恢复: the ledger's copies, a copy now, and restoring one."""

from __future__ import annotations

from PySide6.QtCore import Signal
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

from unionoffice.backup.copies import BackupInfo, backup_ledger, list_backups
from unionoffice.backup.restore import RestoreResult, restore_ledger
from unionoffice.ui.changes import LEDGER
from unionoffice.ui.ops import WriteOp, failure_text
from unionoffice.ui.widgets.form import ERROR_STYLE, OK_STYLE, confirm


class BackupDialog(QDialog):
    """Lists the copies (newest first); makes one; restores the selected one after asking."""

    restored = Signal(object)  # RestoreResult

    def __init__(self, ledger, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger, self.tasks = ledger, tasks
        self.copies: list[BackupInfo] = []
        self.setWindowTitle(self.tr("备份与恢复"))
        self.setObjectName("backup_dialog")
        intro = QLabel(self.tr(
            "程序每天自动备份账本，并在升级、导入和恢复之前各备份一次；保留最近7天每天一份、"
            "最近4周每周一份、最近12个月每月一份。备份在：{folder}").format(
                folder=ledger.paths.backups), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("类型"), self.tr("大小"),
                                              self.tr("文件")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate([160, 90, 80]):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.restore_button = QPushButton(self.tr("用所选备份恢复…"), self)
        self.restore_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("backup_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems())))
        self.resize(760, 420)
        self.load()

    def load(self) -> None:
        self.copies = list_backups(self.ledger.paths)
        self.table.setRowCount(len(self.copies))
        for row, c in enumerate(self.copies):
            for col, value in enumerate([c.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                                         c.reason_label, f"{c.size / 1e6:.1f} MB",
                                         c.path.name]):
                self.table.setItem(row, col, QTableWidgetItem(value))

    def backup_now(self) -> None:
        paths = self.ledger.paths
        WriteOp(self, self.tasks, lambda: backup_ledger(paths, "manual"), self._on_backed_up,
                changes=()).failure(self._on_failed).run()

    def _on_backed_up(self, path) -> None:
        self.load()
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("已备份：{file}").format(file=path.name))

    def _on_restore_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0 or not confirm(self, self.tr("恢复账本"), self.tr(
                "用 {time} 的备份替换当前账本？\n当前账本会先另存一份（“恢复前”），不会丢失。\n"
                "恢复后，生成下一个数据包前需要确认区总工会已收到的最后一个数据包序号。").format(
                    time=self.copies[row].taken_at.strftime("%Y-%m-%d %H:%M"))):
            return
        self.restore(self.copies[row])

    def restore(self, copy: BackupInfo) -> None:
        """Restore ``copy`` (after the confirmation; tests call this directly)."""
        ledger = self.ledger
        self.restore_button.setEnabled(False)
        self.tasks.wait_idle()  # no read in flight holds the old file
        WriteOp(self, self.tasks, lambda: restore_ledger(ledger, copy.path), self._on_restored,
                changes={LEDGER}).failure(self._on_failed).run()

    def _on_restored(self, result: RestoreResult) -> None:
        self.load()
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr(
            "已恢复到 {file}。恢复前的账本另存为 {safety}。请到“月度上报”页确认区总工会已收到的"
            "最后一个数据包序号。").format(file=result.restored_from.name,
                                    safety=result.safety_copy.name))
        self.restored.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(failure_text(exc))
