"""UI fixtures: a task runner, settings, and helpers to wait for background work."""

from __future__ import annotations

import pytest

from unionoffice.ui.settings import UiSettings
from unionoffice.ui.tasks import TaskManager


@pytest.fixture
def tasks(qapp):
    manager = TaskManager()
    yield manager
    manager.wait_idle()


@pytest.fixture
def ui_settings(data_paths):
    return UiSettings(data_paths)


def settle(qtbot, tasks, ms: int = 50) -> None:
    """Let background work finish and its results reach the GUI thread."""
    for _ in range(5):
        tasks.wait_idle()
        qtbot.wait(ms)


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user does: keys for Latin text, an input-method commit for Chinese.

    (QTest cannot synthesise key events for characters outside Latin-1; Chinese arrives
    from the input method as a committed string in real use too.)
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    for chunk in _runs(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QCoreApplication.sendEvent(widget, event)


def _runs(text: str):
    run = ""
    for ch in text:
        if run and run[-1].isascii() != ch.isascii():
            yield run
            run = ""
        run += ch
    if run:
        yield run
