"""QApplication, the main window, and start-up errors shown as dialogs."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from unionoffice import APP_NAME, __version__
from unionoffice.db.engine import read_session
from unionoffice.db.migrate import Ledger, open_ledger
from unionoffice.db.queries import count_members, count_organizations, get_office
from unionoffice.errors import LedgerError
from unionoffice.i18n import pick
from unionoffice.membership import IN_UNION
from unionoffice.paths import DataPaths


class MainWindow(QMainWindow):
    """The ledger's main window (minimal until the desktop-app issue lands)."""

    def __init__(self, ledger: Ledger) -> None:
        super().__init__()
        self.ledger = ledger
        self.setWindowTitle(pick("街道工会台账", "UnionOffice"))
        self.resize(960, 640)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.title = QLabel(central)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.summary = QLabel(central)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.setStyleSheet("font-size: 14pt;")
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addStretch(2)
        self.setCentralWidget(central)
        self.statusBar().showMessage(str(ledger.paths.ledger))
        self.refresh()

    def refresh(self) -> None:
        with read_session(self.ledger.engine) as session:
            office = get_office(session)
            members = count_members(session, tuple(IN_UNION))
            orgs = count_organizations(session)
        name = office.name if office else pick("（尚未设置街道信息）", "(office not set up yet)")
        self.title.setText(name)
        self.summary.setText(pick(f"在册会员 {members:,} 人 · 单位 {orgs:,} 个",
                                  f"{members:,} members · {orgs:,} organizations"))


def run_app(paths: DataPaths, lang: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        ledger = open_ledger(paths, backup_on_start=True)
    except LedgerError as exc:
        QMessageBox.critical(None, pick("无法打开账本", "Cannot open the ledger"), str(exc))
        return 1
    try:
        window = MainWindow(ledger)
        window.show()
        return app.exec()
    finally:
        ledger.close()
