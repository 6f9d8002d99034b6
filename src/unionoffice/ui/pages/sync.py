"""月度上报: preview the month's totals, make the signed bundle, see what was sent, the key."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from unionoffice.accounts import permissions
from unionoffice.bundle import outbox
from unionoffice.bundle.chain import confirm_district_ack
from unionoffice.bundle.export import create_bundle
from unionoffice.bundle.rotation import rotate_signing_key
from unionoffice.bundle.status import MonthlyJobState, monthly_job_state
from unionoffice.office import set_district_recipient
from unionoffice.reports import monthly as reports
from unionoffice.ui.changes import BUNDLES, SETTINGS
from unionoffice.ui.ops import JobOp, QueryOp, WriteOp, failure_text
from unionoffice.ui.pages.base import Page
from unionoffice.ui.tasks import Cancelled
from unionoffice.ui.widgets.form import ERROR_STYLE, OK_STYLE, confirm, fill_combo


def receipt_text(stored: bytes | None) -> str:
    """The district's receipt in a sentence (for the outbox's tooltip)."""
    if not stored:
        return ""
    import json

    data = json.loads(stored)
    receipt = json.loads(data["receipt"])
    return QCoreApplication.translate(
        "SyncPage", "区总工会于 {at}（UTC）收到第 {seq} 号；回执{checked}").format(
        at=receipt["received_at"][:16].replace("T", " "), seq=receipt["seq"],
        checked=QCoreApplication.translate("SyncPage", "已核验") if data.get("checked")
        else QCoreApplication.translate("SyncPage", "未核验（未设置回执公钥）"))


class SyncPage(Page):
    page_id = "sync"
    watches = frozenset({BUNDLES, SETTINGS})

    def __init__(self, engine, tasks, bundles_dir, parent=None) -> None:
        super().__init__(engine, tasks, parent)
        self.bundles_dir = bundles_dir
        self.sending = False
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("上报月份"))
        today = dt.date.today()
        last = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
        fill_combo(self.period, [(p, p) for p in reports.last_months(
            today.strftime("%Y-%m"), 13)[::-1]], last)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.create_button = QPushButton(self.tr("生成数据包"), self)
        self.create_button.setObjectName("create_bundle")
        self.aggregates = QPushButton(self.tr("只生成汇总数据包（不含个人信息）"), self)
        self.open_folder = QPushButton(self.tr("打开文件夹"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        # After a restore: the district's last acknowledged seq, before any new bundle.
        self.ack_box = QGroupBox(
            self.tr("账本已从备份恢复：请确认区总工会已收到的最后一个数据包"), self)
        self.ack_box.setObjectName("ack_box")
        self.ack_seq = QSpinBox(self.ack_box)
        self.ack_seq.setRange(0, 999999)
        self.ack_seq.setAccessibleName(self.tr("区总工会已收到的最后序号"))
        self.ack_sha = QLineEdit(self.ack_box)
        self.ack_sha.setPlaceholderText(self.tr("本账本没有该数据包时，填写回执上的清单SHA-256"))
        self.ack_sha.setAccessibleName(self.tr("清单SHA-256"))
        self.ack_button = QPushButton(self.tr("确认"), self.ack_box)
        ack_layout = QHBoxLayout(self.ack_box)
        ack_layout.addWidget(QLabel(self.tr("最后序号"), self.ack_box))
        ack_layout.addWidget(self.ack_seq)
        ack_layout.addWidget(self.ack_sha, 1)
        ack_layout.addWidget(self.ack_button)
        self.ack_box.setVisible(False)
        self.history = QTableWidget(0, 6, self)
        self.history.setObjectName("bundle_history")
        self.history.setAccessibleName(self.tr("已生成的数据包"))
        self.history.setHorizontalHeaderLabels([self.tr("序号"), self.tr("月份"),
                                                self.tr("类型"), self.tr("清单SHA-256"),
                                                self.tr("上传"), self.tr("文件")])
        self.history.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.history.setColumnWidth(4, 200)
        # The outbox: made bundles go to the district's service; failures are retried.
        self.upload_button = QPushButton(self.tr("上传到区总工会"), self)
        self.upload_button.setObjectName("upload_bundles")
        self.district_url = QLineEdit(self)
        self.district_url.setPlaceholderText("https://…")
        self.district_url.setAccessibleName(self.tr("区总工会上报地址"))
        self.save_url = QPushButton(self.tr("保存"), self)
        self.receipt_key = QPlainTextEdit(self)
        self.receipt_key.setMaximumHeight(52)
        self.receipt_key.setPlaceholderText(self.tr("区总工会提供的回执公钥（.pub 文件的内容）"))
        self.receipt_key.setAccessibleName(self.tr("区总工会回执公钥"))
        self.save_receipt_key = QPushButton(self.tr("保存"), self)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(60_000)
        self.retry_timer.timeout.connect(self.send_due)
        self.retry_timer.start()
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.key_text = QPlainTextEdit(self)
        self.key_text.setReadOnly(True)
        self.key_text.setMaximumHeight(60)
        self.key_text.setAccessibleName(self.tr("本街道公钥"))
        self.copy_key = QPushButton(self.tr("复制公钥"), self)
        self.rotate_key = QPushButton(self.tr("更换签名密钥…"), self)
        self.recipient = QLineEdit(self)
        self.recipient.setPlaceholderText("age1…")
        self.recipient.setAccessibleName(self.tr("区总工会接收公钥"))
        self.save_recipient = QPushButton(self.tr("保存"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份"), self))
        top.addWidget(self.period)
        top.addStretch(1)
        for b in (self.create_button, self.aggregates, self.upload_button, self.open_folder):
            top.addWidget(b)
        form = QFormLayout()
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_text, 1)
        key_row.addWidget(self.copy_key)
        key_row.addWidget(self.rotate_key)
        form.addRow(self.tr("本街道公钥（交区总工会登记）"), key_row)
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self.recipient, 1)
        recipient_row.addWidget(self.save_recipient)
        form.addRow(self.tr("区总工会接收公钥"), recipient_row)
        url_row = QHBoxLayout()
        url_row.addWidget(self.district_url, 1)
        url_row.addWidget(self.save_url)
        form.addRow(self.tr("区总工会上报地址"), url_row)
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt_key, 1)
        receipt_row.addWidget(self.save_receipt_key)
        form.addRow(self.tr("区总工会回执公钥"), receipt_row)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.ack_box)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addWidget(self.history, 1)
        layout.addLayout(form)
        self.period.currentIndexChanged.connect(self._load_preview)
        self.create_button.clicked.connect(lambda: self.make_bundle(False))
        self.aggregates.clicked.connect(lambda: self.make_bundle(True))
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.bundles_dir))))
        self.copy_key.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.key_text.toPlainText()))
        self.save_recipient.clicked.connect(self._on_save_recipient_clicked)
        self.rotate_key.clicked.connect(self._on_rotate_key_clicked)
        self.ack_button.clicked.connect(self.confirm_ack)
        self.upload_button.clicked.connect(self.send_due)
        self.save_url.clicked.connect(self._on_save_url_clicked)
        self.save_receipt_key.clicked.connect(self._on_save_receipt_key_clicked)

    def activate(self) -> None:
        self._load_preview()
        engine = self.engine
        QueryOp(self, self.tasks, lambda: monthly_job_state(engine), self._on_state).run()

    def _on_state(self, state: MonthlyJobState) -> None:
        self.state = state
        self.ack_box.setVisible(state.ack_required)
        self.create_button.setEnabled(not state.ack_required)
        self.aggregates.setEnabled(not state.ack_required)
        self.district_url.setText(state.district_url or "")
        self.receipt_key.setPlainText(state.receipt_key or "")
        self.recipient.setText(state.recipient or "")
        self.key_text.setPlainText(state.public_key or state.key_problem or "")
        self._show_history(state.history)

    def _load_preview(self) -> None:
        period, engine = self.period.currentData(), self.engine
        QueryOp(self, self.tasks, lambda: reports.monthly_report(engine, period),
                self._on_report).run()

    def _on_report(self, report: reports.MonthlyReport) -> None:
        m, d, c = report.members, report.disputes, report.contracts
        self.preview.setText(self.tr(
            "{period} 汇总：在会会员 {a}，新发展会员 {j}（新就业形态 {n}）；"
            "集体合同覆盖职工 {w}；受理调解 {acc} 件，调解成功 {res} 件。").format(
            period=report.period, a=f"{m['in_union']:,}", j=m["joined"],
            n=m["joined_new_forms_total"], w=f"{c['covered_workers']:,}", acc=d["accepted"],
            res=d["resolved"]))

    def _show_history(self, records) -> None:
        self.history.setRowCount(len(records))
        for row, r in enumerate(records):
            upload = outbox.state_label(r.upload_state)
            if r.upload_state == outbox.FAILED and r.next_upload_at:
                upload += self.tr("（第{n}次）").format(n=r.upload_attempts)
            for col, value in enumerate([str(r.seq), r.period, r.kind,
                                         r.manifest_sha256[:16] + "…", upload, r.file]):
                item = QTableWidgetItem(value)
                if col == 4:
                    item.setToolTip(r.upload_error or receipt_text(r.receipt))
                self.history.setItem(row, col, item)

    def make_bundle(self, aggregates_only: bool) -> None:
        period, engine, out = self.period.currentData(), self.engine, self.bundles_dir
        self.message.clear()
        self._set_busy(True)
        JobOp(self, self.tasks, self.tr("正在生成数据包…"),
              lambda: create_bundle(engine, period, out, aggregates_only=aggregates_only),
              self._on_bundle_made, changes={BUNDLES}).failure(self._on_bundle_failed).run()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.create_button, self.aggregates, self.save_recipient):
            button.setEnabled(not busy)

    def send_due(self) -> None:
        """Send queued bundles and failed ones whose wait is over (also every minute)."""
        if self.sending or not permissions.allowed(self.engine, "bundle.create"):
            return
        self.sending = True
        self.upload_button.setEnabled(False)
        engine = self.engine

        def send():
            return outbox.send_due(engine) if outbox.district_url(engine) else []

        WriteOp(self, self.tasks, send, self._on_sent, changes={BUNDLES}) \
            .failure(self._on_send_failed).run()

    def _on_sent(self, results) -> None:
        self.sending = False
        self.upload_button.setEnabled(True)
        if results:
            last = results[-1]
            ok = last.state == outbox.ACCEPTED
            self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
            self.message.setText(self.tr("第 {seq} 号数据包：{state}").format(
                seq=last.seq, state=outbox.state_label(last.state))
                + (f"。{last.message}" if last.message else ""))

    def _on_send_failed(self, exc: BaseException) -> None:
        self.sending = False
        self.upload_button.setEnabled(True)
        self._on_bundle_failed(exc)

    def _on_save_receipt_key_clicked(self) -> None:
        text, engine = self.receipt_key.toPlainText(), self.engine
        WriteOp(self, self.tasks, lambda: outbox.set_receipt_key(engine, text),
                lambda key_id: self._say(self.tr("已保存回执公钥 {key}。").format(key=key_id)),
                changes={SETTINGS}).failure(self._on_bundle_failed).run()

    def _on_save_url_clicked(self) -> None:
        url, engine = self.district_url.text(), self.engine
        WriteOp(self, self.tasks, lambda: outbox.set_district_url(engine, url),
                lambda _u: (self._say(self.tr("已保存上报地址。")), self.send_due()),
                changes={SETTINGS}).failure(self._on_bundle_failed).run()

    def _on_bundle_made(self, path) -> None:
        self._set_busy(False)
        self.send_due()
        self._say(self.tr("已生成：{file}").format(file=path))

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(text)

    def _on_bundle_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("已取消，未生成数据包。") if isinstance(exc, Cancelled)
                             else failure_text(exc))

    def confirm_ack(self) -> None:
        seq, sha, engine = self.ack_seq.value(), self.ack_sha.text().strip() or None, self.engine
        WriteOp(self, self.tasks, lambda: confirm_district_ack(engine, seq, sha),
                self._on_ack_confirmed, changes={BUNDLES}).failure(self._on_bundle_failed).run()

    def _on_ack_confirmed(self, following: int) -> None:
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("已确认。下一个数据包为第 {n} 号。").format(n=following))

    def _on_rotate_key_clicked(self) -> None:
        if not confirm(self, self.tr("更换签名密钥"), self.tr(
                "生成新的签名密钥？下一个数据包将携带由新旧密钥共同签名的换钥声明，"
                "区总工会据此登记新密钥。")):
            return
        engine = self.engine
        WriteOp(self, self.tasks, lambda: rotate_signing_key(engine), self._on_key_rotated,
                changes={SETTINGS}).failure(self._on_bundle_failed).run()

    def _on_key_rotated(self, ids: tuple[str, str]) -> None:
        self._say(self.tr("已更换签名密钥：{old} → {new}").format(old=ids[0], new=ids[1]))

    def _on_save_recipient_clicked(self) -> None:
        value, engine = self.recipient.text(), self.engine
        WriteOp(self, self.tasks, lambda: set_district_recipient(engine, value),
                lambda _v: self._say(self.tr("已保存接收公钥。")), changes={SETTINGS}) \
            .failure(self._on_bundle_failed).run()
