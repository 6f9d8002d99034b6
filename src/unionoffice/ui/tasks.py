"""Background work: one database worker (writes are serialised), a general pool, progress.

After Anki's taskman: callers hand over a function and callbacks; results come back on the
GUI thread through a queued signal. Long jobs are generators yielding (done, total); a
progress dialog with Cancel wraps them, and Cancel closes the generator so its transaction
rolls back and nothing is written.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from unionoffice.errors import LedgerError
from unionoffice.ui.changes import ChangeBus

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user pressed Cancel; the job's transaction was rolled back."""


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit, slots run here.

    Each signal carries one tuple: PySide6 mis-counts references when ``None`` itself travels
    through a queued ``object`` argument (seen as "deallocating None" crashes), so callbacks
    and results are always wrapped.
    """

    call = Signal(object)      # (runnable, callback, value)
    progress = Signal(object)  # (callback, done, total)

    def __init__(self) -> None:
        super().__init__()
        self.running: set[_Runnable] = set()
        self.call.connect(self._call, Qt.ConnectionType.QueuedConnection)
        self.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _call(self, payload: tuple) -> None:
        runnable, callback, value = payload
        # The runnable (and everything its closure holds, e.g. a progress dialog) is released
        # here, on the GUI thread. Destroying Python-owned Qt objects on a worker thread
        # deadlocks: the worker holds Qt's connection lock and waits for the GIL while the GUI
        # thread holds the GIL and waits for that lock (seen in a test run).
        self.running.discard(runnable)
        if callback is not None:
            callback(value)

    @Slot(object)
    def _progress(self, payload: tuple) -> None:
        callback, done, total = payload
        callback(done, total)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, on_done, on_error) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the relay releases it on the GUI thread (see _Relay._call)
        relay.running.add(self)
        self.fn, self.relay, self.on_done, self.on_error = fn, relay, on_done, on_error

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 — every failure goes back to the GUI
            if isinstance(exc, LedgerError | Cancelled):
                log.info("background task refused: %s", exc)
            else:
                log.error("background task failed:\n%s", traceback.format_exc())
            self.relay.call.emit((self, self.on_error, exc))
        else:
            self.relay.call.emit((self, self.on_done, result))


class TaskManager(QObject):
    """The app's one runner for background work."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self.changes = ChangeBus(self)  # what writes changed (ui/ops.py announces it)

    def run_db(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn`` on the single database worker (all writes go here)."""
        self.db_pool.start(_Runnable(fn, self._relay, on_done, on_error))

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn`` on the general pool (reads, files, PDF, keyring)."""
        self.pool.start(_Runnable(fn, self._relay, on_done, on_error))

    def run_job(
        self,
        parent: QWidget | None,
        title: str,
        job: Callable[[], Iterator[tuple[int, int]]],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        db: bool = True,
    ) -> QProgressDialog:
        """Run a generator job with a progress dialog and Cancel; ``on_done`` gets its result."""
        dialog = QProgressDialog(title, self.tr("取消"), 0, 0, parent)
        dialog.setWindowTitle(title)
        # Not modal: a modal progress dialog runs a nested event loop inside every setValue(),
        # re-entering whatever slot delivered the progress. Pages disable their own buttons.
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        stop = threading.Event()
        dialog.canceled.connect(stop.set)

        def on_progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        def work() -> Any:
            gen = job()
            try:
                while True:
                    try:
                        done, total = next(gen)
                    except StopIteration as finished:
                        return finished.value  # the job's result goes to on_done
                    self._relay.progress.emit((on_progress, done, total))
                    if stop.is_set():
                        raise Cancelled()
            finally:
                gen.close()  # GeneratorExit inside the job: its transaction rolls back

        def finished(value) -> None:
            dialog.close()
            if on_done:
                on_done(value)

        def failed(exc) -> None:
            dialog.close()
            if on_error:
                on_error(exc)

        (self.run_db if db else self.run)(work, finished, failed)
        return dialog

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until both pools are idle (tests and shutdown)."""
        return self.db_pool.waitForDone(msecs) and self.pool.waitForDone(msecs)
