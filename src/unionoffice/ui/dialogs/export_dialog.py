"""Ask how to export the members list: masked (the default) or with full numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QVBoxLayout, QWidget

from unionoffice.ui.widgets.form import ok_cancel_buttons


class ExportDialog(QDialog):
    """'Export n members' with one opt-in box for full ID and phone numbers."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出会员名册"))
        text = QLabel(self.tr("按当前的查找和筛选条件，导出 {n} 名会员到 Excel 文件。").format(
            n=f"{count:,}"), self)
        text.setWordWrap(True)
        self.full = QCheckBox(self.tr("包含完整的证件号码和手机号码"), self)
        self.full.setObjectName("export_full")
        note = QLabel(self.tr("默认遮盖为 110101********1234、138****1234。导出完整号码会记入操作"
                              "日志；文件含个人信息，请妥善保管，用后删除。"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        buttons = ok_cancel_buttons(self, self.accept, self.tr("选择保存位置…"), self.tr("取消"))
        layout = QVBoxLayout(self)
        for widget in (text, self.full, note, buttons):
            layout.addWidget(widget)
        self.resize(460, 0)
