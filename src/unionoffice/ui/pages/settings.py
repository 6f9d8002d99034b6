"""设置: language, the ledger's place, the keyring, demo data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionoffice import privacy
from unionoffice.accounts import permissions
from unionoffice.bundle import keys
from unionoffice.office import get_office, ledger_summary, set_case_number_pattern
from unionoffice.ui.changes import LEDGER, SETTINGS
from unionoffice.ui.ops import QueryOp, WriteOp, failure_text
from unionoffice.ui.pages.base import Page
from unionoffice.ui.widgets.form import ERROR_STYLE, OK_STYLE, confirm, fill_combo


class SettingsPage(Page):
    page_id = "settings"
    languageChosen = Signal(str)
    demoRequested = Signal()
    setupRequested = Signal()
    backupRequested = Signal()
    operatorsRequested = Signal()
    lockMinutesChosen = Signal(int)
    aboutRequested = Signal()

    watches = frozenset({SETTINGS, LEDGER})

    def __init__(self, engine, tasks, ledger_path: str, language: str, parent=None) -> None:
        super().__init__(engine, tasks, parent)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("界面语言"))
        fill_combo(self.language, [("zh", "简体中文"), ("en", "English")], language)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.ledger = QLabel(ledger_path, self)
        self.office = QLabel(self)
        self.keyring = QLabel(self)
        self.keyring.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("设置本街道信息…"), self)
        self.setup_button.clicked.connect(self.setupRequested)
        self.pattern = QLineEdit(self)
        self.pattern.setAccessibleName(self.tr("案件编号格式"))
        self.pattern_button = QPushButton(self.tr("保存编号格式"), self)
        self.pattern_button.clicked.connect(self._on_pattern_save_clicked)
        self.pattern_message = QLabel(self)
        self.pattern_message.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("备份与恢复…"), self)
        self.backup_button.setObjectName("open_backups")
        self.backup_button.clicked.connect(self.backupRequested)
        self.operators_button = QPushButton(self.tr("账户管理…"), self)
        self.operators_button.setObjectName("open_operators")
        self.operators_button.clicked.connect(self.operatorsRequested)
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSuffix(self.tr(" 分钟"))
        self.lock_minutes.setSpecialValueText(self.tr("不自动锁定"))
        self.lock_minutes.setAccessibleName(self.tr("无操作自动锁定"))
        self.lock_minutes.editingFinished.connect(
            lambda: self.lockMinutesChosen.emit(self.lock_minutes.value()))
        self.demo_button = QPushButton(self.tr("加载演示数据…"), self)
        self.demo_button.setObjectName("load_demo")
        self.demo_button.clicked.connect(self.demoRequested)
        form = QFormLayout()
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow(self.tr("账本文件"), self.ledger)
        form.addRow(self.tr("备份"), self.backup_button)
        form.addRow(self.tr("账户"), self.operators_button)
        form.addRow(self.tr("无操作自动锁定"), self.lock_minutes)
        form.addRow(self.tr("本街道"), self.office)
        form.addRow(self.tr("密钥保存位置"), self.keyring)
        form.addRow("", self.setup_button)
        pattern_row = QHBoxLayout()
        pattern_row.addWidget(self.pattern, 1)
        pattern_row.addWidget(self.pattern_button)
        form.addRow(self.tr("案件编号格式"), pattern_row)
        form.addRow("", self.pattern_message)
        form.addRow(self.tr("演示数据"), self.demo_button)
        self.about_button = QPushButton(self.tr("关于本程序…"), self)
        self.about_button.setObjectName("about")
        self.about_button.clicked.connect(self.aboutRequested)
        form.addRow(self.tr("版本"), self.about_button)
        # Retention (个人信息保护法 Art. 19): open until the chair sets it (domain.md §8).
        self.retention: dict[str, QSpinBox] = {}
        for kind in privacy.RETENTION:
            spin = QSpinBox(self)
            spin.setRange(0, 100)
            spin.setSuffix(self.tr(" 年"))
            spin.setSpecialValueText(self.tr("不限"))
            spin.setAccessibleName(privacy.retention_label(kind))
            self.retention[kind] = spin
            form.addRow(privacy.retention_label(kind), spin)
        self.retention_save = QPushButton(self.tr("保存保留期限"), self)
        self.purge_button = QPushButton(self.tr("清理到期的个人信息…"), self)
        self.purge_button.setObjectName("purge")
        self.privacy_message = QLabel(self)
        self.privacy_message.setWordWrap(True)
        privacy_row = QHBoxLayout()
        privacy_row.addWidget(self.retention_save)
        privacy_row.addWidget(self.purge_button)
        privacy_row.addStretch(1)
        form.addRow("", privacy_row)
        form.addRow("", self.privacy_message)
        self.retention_save.clicked.connect(self.save_retention)
        self.purge_button.clicked.connect(self._on_purge_clicked)
        layout = QVBoxLayout(self)
        box = QWidget(self)
        box.setLayout(form)
        box.setMaximumWidth(760)
        layout.addWidget(box)
        layout.addStretch(1)

    def activate(self) -> None:
        engine = self.engine
        QueryOp(self, self.tasks, lambda: (ledger_summary(engine), get_office(engine),
                                           privacy.retention_settings(engine)),
                self._on_loaded).run()
        QueryOp(self, self.tasks, keys.check_backend, self._on_backend) \
            .failure(self._on_backend_failed).run()

    def _on_loaded(self, found) -> None:
        summary, office, retention = found
        if summary.office_name:
            self.office.setText(self.tr("{name}（{code}），签名密钥 {key}").format(
                name=summary.office_name, code=summary.office_code,
                key=summary.signing_key_id or self.tr("未生成")))
        else:
            self.office.setText(self.tr("尚未设置"))
        self.setup_button.setVisible(not summary.office_name)
        self.pattern.setText(office.case_number_pattern if office else "")
        self.pattern.setEnabled(office is not None)
        self.pattern_button.setEnabled(office is not None)
        empty = summary.members_active + summary.members_retained + summary.organizations == 0
        self.demo_button.setEnabled(empty)
        self.demo_button.setToolTip("" if empty else self.tr("演示数据只能加载到空账本中"))
        for kind, years in retention.items():
            self.retention[kind].setValue(years or 0)
        editable = permissions.allowed(self.engine, "settings.edit")
        for widget in [*self.retention.values(), self.retention_save]:
            widget.setEnabled(editable)
        self.pattern_button.setEnabled(office is not None and editable)
        self.purge_button.setEnabled(permissions.allowed(self.engine, "data.purge"))

    def _on_backend(self, status: keys.BackendStatus) -> None:
        self.keyring.setText(status.name + (f"\n{status.warning}" if status.warning else ""))

    def _on_backend_failed(self, exc: BaseException) -> None:
        self.keyring.setText(failure_text(exc))

    def _on_pattern_save_clicked(self) -> None:
        pattern, engine = self.pattern.text(), self.engine
        WriteOp(self, self.tasks, lambda: set_case_number_pattern(engine, pattern),
                self._on_pattern_saved, changes={SETTINGS}) \
            .failure(self._on_pattern_failed).run()

    def _on_pattern_saved(self, sample: str) -> None:
        self.pattern_message.setStyleSheet(OK_STYLE)
        self.pattern_message.setText(self.tr("已保存。以后受理的案件编号形如：{sample}").format(
            sample=sample))

    def _on_pattern_failed(self, exc: BaseException) -> None:
        self.pattern_message.setStyleSheet(ERROR_STYLE)
        self.pattern_message.setText(str(exc))

    def save_retention(self) -> None:
        values = {k: spin.value() or None for k, spin in self.retention.items()}
        engine = self.engine

        def work():
            for kind, years in values.items():
                privacy.set_retention(engine, kind, years)

        WriteOp(self, self.tasks, work,
                lambda _r: self._privacy_note(self.tr("已保存保留期限。")), changes={SETTINGS}) \
            .failure(lambda exc: self._privacy_note(failure_text(exc), error=True)).run()

    def _on_purge_clicked(self) -> None:
        engine = self.engine
        QueryOp(self, self.tasks, lambda: {k: len(v) for k, v in privacy.expired(engine).items()},
                self._on_purge_counted).run()

    def _on_purge_counted(self, counts: dict[str, int]) -> None:
        if not any(counts.values()):
            self._privacy_note(self.tr("没有超过保留期限的个人信息。"))
            return
        if confirm(self, self.tr("清理个人信息"), self.tr(
                "将清除 {m} 名离会人员和 {c} 名调解申请人的姓名、证件号码、电话等个人信息"
                "（统计数字不变）。此操作不能撤销。继续吗？").format(
                    m=counts["former_members"], c=counts["closed_cases"])):
            self.purge()

    def purge(self) -> None:
        engine = self.engine
        WriteOp(self, self.tasks, lambda: privacy.purge_expired(engine), self._on_purged,
                changes={LEDGER}) \
            .failure(lambda exc: self._privacy_note(failure_text(exc), error=True)).run()

    def _on_purged(self, counts: dict[str, int]) -> None:
        self._privacy_note(self.tr("已清理：离会人员 {m} 名，调解申请人 {c} 名。").format(
            m=counts["former_members"], c=counts["closed_cases"]))

    def _privacy_note(self, text: str, error: bool = False) -> None:
        self.privacy_message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.privacy_message.setText(text)

    def _on_language_changed(self) -> None:
        lang = self.language.currentData()
        self.languageChosen.emit(lang)
        QMessageBox.information(self, self.tr("界面语言"),
                                self.tr("界面语言已更改，重新启动程序后生效。"))
