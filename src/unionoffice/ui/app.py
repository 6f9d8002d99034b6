"""Start the desktop app: translator, ledger, main window, first-start set-up."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from unionoffice import APP_NAME, __version__, i18n
from unionoffice.accounts import permissions
from unionoffice.backup.copies import backup_if_due
from unionoffice.db.migrate import open_ledger
from unionoffice.errors import LedgerError
from unionoffice.office import ledger_summary
from unionoffice.paths import DataPaths, resource_path
from unionoffice.ui.dialogs.login_dialog import LoginDialog
from unionoffice.ui.main_window import MainWindow
from unionoffice.ui.ops import QueryOp, WriteOp
from unionoffice.ui.settings import UiSettings
from unionoffice.ui.tasks import TaskManager
from unionoffice.ui.translations import install_translators

log = logging.getLogger(__name__)


def run_app(paths: DataPaths, lang: str | None) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "unionoffice.png"))))
    paths.ensure()
    settings = UiSettings(paths)
    language = lang or settings.language or "zh"
    i18n.set_language(language)
    install_translators(app, language)
    try:
        ledger = open_ledger(paths)
    except LedgerError as exc:
        QMessageBox.critical(None, app.translate("App", "无法打开账本"), str(exc))
        return 1
    tasks = TaskManager(app)
    try:
        # Whether the ledger has accounts is read once here, before any window (the window
        # only reads the cached answer).
        if permissions.accounts_enabled(ledger.engine):
            login = LoginDialog(ledger.engine, tasks, settings.last_user)
            if login.exec() != LoginDialog.DialogCode.Accepted:
                return 0
        window = MainWindow(ledger, tasks, settings, language)
        window.show()
        # The day's safety copy is made in the background, not before the window appears.
        WriteOp(window, tasks, lambda: backup_if_due(paths),
                lambda path: path and log.info("start-up backup: %s", path), changes=()) \
            .failure(lambda exc: log.warning("start-up backup failed: %s", exc)).run()
        engine = ledger.engine
        QueryOp(window, tasks, lambda: ledger_summary(engine).office_name,
                lambda name: name is None and window.run_setup()).run()
        return app.exec()
    finally:
        tasks.wait_idle()
        ledger.close()
