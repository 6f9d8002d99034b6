"""Sign in (at start, and to unlock after the window locked itself when left idle)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from unionoffice.accounts import operators
from unionoffice.ui.changes import ACCOUNTS
from unionoffice.ui.ops import WriteOp, failure_text
from unionoffice.ui.widgets.form import ERROR_STYLE, ok_cancel_buttons


class LoginDialog(QDialog):
    """User name and password; accepted only when they are right (every try is logged)."""

    def __init__(self, engine, tasks, username: str = "", *, locked: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks = engine, tasks
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("已锁定") if locked else self.tr("登录"))
        intro = QLabel(self.tr("窗口因长时间未操作已锁定，请重新登录。") if locked
                       else self.tr("请登录街道工会台账。"), self)
        intro.setWordWrap(True)
        self.username = QLineEdit(username, self)
        self.username.setObjectName("login_username")
        self.username.setAccessibleName(self.tr("用户名"))
        self.password = QLineEdit(self)
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("密码"))
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = ok_cancel_buttons(self, self.try_sign_in, self.tr("登录"), self.tr("退出程序"))
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()
        self.resize(380, 0)

    def try_sign_in(self) -> None:
        """Check the password off the GUI thread (scrypt takes a noticeable moment)."""
        engine, username, password = self.engine, self.username.text(), self.password.text()
        self.buttons.setEnabled(False)
        WriteOp(self, self.tasks, lambda: operators.authenticate(engine, username, password),
                self._on_signed_in, changes={ACCOUNTS}).failure(self._on_refused).run()

    def _on_signed_in(self, _actor) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(failure_text(exc))
        self.password.clear()
        self.password.setFocus()


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without a key press or mouse action in the app."""

    idle = Signal()
    _ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel}

    def __init__(self, app, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 — Qt naming
        if event.type() in self._ACTIVITY and self.timer.interval() and self.timer.isActive():
            self.timer.start()
        return False
