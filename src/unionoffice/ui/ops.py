"""The one way the window runs work: reads and writes off the GUI thread, failures shown.

After Anki's ``QueryOp`` and ``CollectionOp`` (``qt/aqt/operations/``): a widget builds an op
with the function to run, what to do with its result and, for a write, which parts of the
ledger it changes; the op runs on the task manager's threads and delivers the result on the
GUI thread. A failure is shown to the person by default (a refusal with its reason, anything
else as an internal error pointing at the log) unless the widget handles it itself. After a
write succeeds, the op announces what it changed on the ledger's change bus, and every open
page or panel that shows that part reloads itself — no dialog is wired to a page by hand.

Areas a write announces (``Area``): members, organizations, cases, contracts, bundles,
settings, accounts, and ``LEDGER`` for everything at once (demo data, a restore).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from unionoffice.errors import LedgerError
from unionoffice.ui.changes import (  # noqa: F401 — the areas ops announce
    ACCOUNTS,
    BUNDLES,
    CASES,
    CONTRACTS,
    LEDGER,
    MEMBERS,
    ORGANIZATIONS,
    SETTINGS,
)
from unionoffice.ui.tasks import Cancelled, TaskManager

log = logging.getLogger(__name__)

def failure_text(exc: BaseException) -> str:
    """What the person is told about a failure."""
    if isinstance(exc, LedgerError | Cancelled):
        return str(exc) or QCoreApplication.translate("Ops", "已取消，账本未改动。")
    return QCoreApplication.translate(
        "Ops", "程序内部错误，操作未完成，账本未改动。详情见日志。\n（{error}）").format(
        error=type(exc).__name__)


def show_failure(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """The default failure display: a message box that does not block the window."""
    if not isinstance(exc, LedgerError | Cancelled):
        log.error("operation failed: %r", exc)
    title = QCoreApplication.translate("Ops", "无法完成")
    box = QMessageBox(QMessageBox.Icon.Warning, title, failure_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("op_failure")
    box.open()
    return box


class _Op:
    def __init__(self, parent: QWidget | None, tasks: TaskManager, op: Callable[[], Any],
                 success: Callable[[Any], None] | None) -> None:
        self._parent, self._tasks, self._op = parent, tasks, op
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None

    def failure(self, fn: Callable[[BaseException], None]) -> _Op:
        """Handle a failure here instead of the default message box."""
        self._failure = fn
        return self

    def _failed(self, exc: BaseException) -> None:
        if self._failure is not None:
            self._failure(exc)
        else:
            show_failure(self._parent, exc)


class QueryOp(_Op):
    """A read: runs on the general pool; its result goes to ``success`` on the GUI thread."""

    def run(self) -> None:
        """Start it; returns at once."""
        self._tasks.run(self._op, self._done, self._failed)

    def _done(self, result: Any) -> None:
        if self._success is not None:
            self._success(result)


class WriteOp(_Op):
    """A write: runs on the one database worker, then announces the areas it changed."""

    def __init__(self, parent: QWidget | None, tasks: TaskManager, op: Callable[[], Any],
                 success: Callable[[Any], None] | None = None, *,
                 changes: Iterable[str]) -> None:
        super().__init__(parent, tasks, op, success)
        self._changes = frozenset(changes)

    def run(self) -> None:
        """Start it; returns at once."""
        self._tasks.run_db(self._op, self._done, self._failed)

    def _done(self, result: Any) -> None:
        if self._success is not None:
            self._success(result)
        self._tasks.changes.announce(self._changes)


class JobOp(_Op):
    """A long job (a generator of ``(done, total)``) with a progress dialog and Cancel.

    Cancel closes the generator, so its transaction rolls back; a write job announces its
    areas when it finishes.
    """

    def __init__(self, parent: QWidget | None, tasks: TaskManager, title: str,
                 job: Callable[[], Iterator[tuple[int, int]]],
                 success: Callable[[Any], None] | None = None, *,
                 changes: Iterable[str] = (), db: bool = True) -> None:
        super().__init__(parent, tasks, job, success)
        self._title, self._changes, self._db = title, frozenset(changes), db

    def run(self):
        """Start it; returns the progress dialog."""
        return self._tasks.run_job(self._parent, self._title, self._op, self._done,
                                   self._failed, db=self._db)

    def _done(self, result: Any) -> None:
        if self._success is not None:
            self._success(result)
        self._tasks.changes.announce(self._changes)
