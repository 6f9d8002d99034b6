"""First start: set up the office (what `unionoffice init` does), then offer demo data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from unionoffice.office import OfficeInput, init_office
from unionoffice.ui.changes import SETTINGS
from unionoffice.ui.widgets.form import FieldRow, SavingForm, save_cancel_buttons


class SetupDialog(SavingForm, QDialog):
    """Asks for the office's codes and names and makes the signing key in the keyring."""

    fallback_field = "name"

    def __init__(self, engine, tasks, ledger_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks, self.ledger_path = engine, tasks, ledger_path
        self.result_office = None
        self.keyring_warning: str | None = None
        self.setWindowTitle(self.tr("首次使用：设置本街道信息"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "欢迎使用街道工会台账。请填写本街道工会的信息。保存后会生成本街道的签名密钥，"
            "私钥只保存在本机系统钥匙串中，用于每月上报数据包的签名。"), self)
        intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("110101004")
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("如：东城区龙潭街道总工会"))
        self.short = QLineEdit(self)
        self.short.setPlaceholderText(self.tr("如：龙潭（用于调解案件编号）"))
        self.district_code = QLineEdit(self)
        self.district_code.setPlaceholderText("110101")
        self.district_name = QLineEdit(self)
        self.district_name.setPlaceholderText(self.tr("如：东城区总工会"))
        self.rows = {}
        form = QFormLayout()
        for label, key, widget in [(self.tr("街道代码（9位）"), "office_code", self.code),
                                   (self.tr("街道工会名称"), "name", self.name),
                                   (self.tr("简称"), "short_name", self.short),
                                   (self.tr("区代码（6位）"), "district_code", self.district_code),
                                   (self.tr("区总工会名称"), "district_name", self.district_name)]:
            widget.setAccessibleName(label)
            self.rows[key] = FieldRow(widget, self)
            form.addRow(label, self.rows[key])
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = save_cancel_buttons(self, self._on_save_clicked, self.tr("保存"),
                                           self.tr("以后再说"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def office_input(self) -> OfficeInput:
        return OfficeInput(self.code.text().strip(), self.name.text(), self.short.text(),
                           self.district_code.text().strip(), self.district_name.text())

    def _on_save_clicked(self) -> None:
        data = self.office_input()
        for row in self.rows.values():
            row.show_problem(None)
        self.message.clear()
        self.buttons.setEnabled(False)
        engine, path = self.engine, self.ledger_path
        self.save_with(lambda: init_office(engine, data, ledger_path=path), changes={SETTINGS})

    def _on_saved(self, result) -> None:
        self.buttons.setEnabled(True)
        self.result_office, _public, status = result
        self.keyring_warning = status.warning
        self.accept()
