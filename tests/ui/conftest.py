"""UI fixtures: a task runner, settings, and helpers to wait for background work."""

from __future__ import annotations

import pytest

from unionoffice.ui.settings import UiSettings
from unionoffice.ui.tasks import TaskManager


@pytest.fixture(autouse=True)
def gui_thread_probe(monkeypatch, request):
    """Every UI test fails if window code ran SQL, scrypt or the keyring on the GUI thread."""
    from tests.ui import gui_thread

    probe = gui_thread.arm(monkeypatch)
    yield probe
    probe.close()
    if "allow_gui_thread_work" not in request.keywords:
        assert probe.found == [], "\n".join(dict.fromkeys(probe.found))


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


def click(qtbot, widget) -> None:
    """A left click in the middle of ``widget``, as a person makes it."""
    from PySide6.QtCore import Qt

    assert widget.isVisible() and widget.isEnabled(), widget.objectName() or widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def double_click_row(qtbot, view, row: int, column: int = 0) -> None:
    """Double-click a row of a table view where it is drawn."""
    from PySide6.QtCore import Qt

    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press_dialog_button(qtbot, dialog, which) -> None:
    """Click one of a dialog's standard buttons (QDialogButtonBox or QMessageBox)."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    if isinstance(dialog, QMessageBox):
        button = dialog.button(which)
    else:
        box = dialog.findChild(QDialogButtonBox)
        button = box.button(which)
    click(qtbot, button)


class Dialogs:
    """Answers the modal dialogs a click opens, in order, as a person would.

    A dialog shown with ``exec()`` runs its own event loop inside the click; the handlers run
    from a timer inside that loop: each takes the next new modal dialog.
    """

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.handlers: list = []
        self.seen: set[int] = set()
        self.polls = 0

    def then(self, handler) -> Dialogs:
        self.handlers.append(handler)
        if len(self.handlers) == 1:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._poll)
        return self

    def _poll(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        if not self.handlers or self.polls > 500:  # ten seconds, then give up
            return
        self.polls += 1
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and id(widget) not in self.seen:
            self.seen.add(id(widget))
            self.handlers.pop(0)(widget)
        QTimer.singleShot(20, self._poll)

    @property
    def done(self) -> bool:
        return not self.handlers


def accept_with(qtbot, fill=None):
    """A handler: fill the dialog's fields (``fill(dialog)``), then press its OK button."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    def handle(dialog) -> None:
        if fill is not None:
            fill(dialog)
        if isinstance(dialog, QMessageBox):
            press_dialog_button(qtbot, dialog, QMessageBox.StandardButton.Yes
                                if dialog.button(QMessageBox.StandardButton.Yes)
                                else QMessageBox.StandardButton.Ok)
        else:
            press_dialog_button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    return handle


def answer_no(qtbot):
    """A handler: press No in a question box."""
    from PySide6.QtWidgets import QMessageBox

    return lambda box: press_dialog_button(qtbot, box, QMessageBox.StandardButton.No)


def save(qtbot, dialog) -> None:
    """Press a form's Save button."""
    from PySide6.QtWidgets import QDialogButtonBox

    press_dialog_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)


def double_click_item(qtbot, list_widget, row: int) -> None:
    """Double-click an entry of a list widget where it is drawn."""
    from PySide6.QtCore import Qt

    rect = list_widget.visualItemRect(list_widget.item(row))
    qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def read_column(qtbot, tasks, model, column: int) -> list:
    """Every value of a column of a lazily filled model, once its rows have been read."""
    for r in range(model.rowCount()):
        model.data(model.index(r, column))  # asks for the row's page
    settle(qtbot, tasks)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]
