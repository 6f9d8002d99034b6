"""What every page offers the main window, and the list page most pages are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from unionoffice.ui.ops import QueryOp, failure_text
from unionoffice.ui.tasks import TaskManager


class Page(QWidget):
    """A page of the main window. Subclasses override what they support.

    A page names the parts of the ledger it shows (``watches``); when a write changes one of
    them while the page is on screen, the page loads itself again (``activate``).
    """

    page_id = ""
    watches: frozenset[str] = frozenset()

    def __init__(self, engine, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks = engine, tasks
        tasks.changes.changed.connect(self._on_ledger_changed)

    def activate(self) -> None:
        """Called each time the page is shown (and when what it shows changed)."""

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in the page's search box; False if there is none."""
        return False

    def create_new(self) -> bool:
        """Ctrl+N: open the page's 'new' form; False if there is none."""
        return False

    def _on_ledger_changed(self, areas: frozenset[str]) -> None:
        if self.watches & areas and self.isVisible():
            self.activate()


def empty_state(parent: QWidget, text: str) -> QLabel:
    """A centred, friendly message for an empty list, saying what to do."""
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 13pt; color: #555; padding: 40px;")
    return label


class ListPage(Page):
    """A page that lists rows found by a query: search box, filters, table, empty states.

    Queries run off the GUI thread; the newest one wins (an older answer arriving late is
    dropped), and typing is coalesced for ``search_delay_ms``. A failed query says so where
    the list would be.
    """

    listChanged = Signal(int)  # rows now shown
    search_delay_ms = 120

    def build_list(self, *, search_name: str, search_label: str, placeholder: str,
                   table: QWidget, empty_text: str, no_match_text: str,
                   controls: list[QWidget]) -> None:
        self._generation = 0
        self.search = QLineEdit(self)
        self.search.setObjectName(search_name)
        self.search.setAccessibleName(search_label)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.table = table
        self.empty = empty_state(self, empty_text)
        self.no_match = empty_state(self, no_match_text)
        self.failed = empty_state(self, "")
        self.failed.setObjectName("list_failed")
        self.stack = QStackedWidget(self)
        for widget in (self.table, self.empty, self.no_match, self.failed):
            self.stack.addWidget(widget)
        self.count = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for widget in controls:
            bar.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.search_delay_ms)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._on_search_text_changed)

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:  # pragma: no cover - each page runs its own query
        raise NotImplementedError

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def query(self, fn: Callable[[], object], on_result: Callable[[object], None]) -> None:
        """Run ``fn`` off the GUI thread; hand its result to ``on_result`` unless a newer
        query ran meanwhile."""
        self._generation += 1
        generation = self._generation

        def deliver(result: object) -> None:
            if generation == self._generation:
                on_result(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.show_failure(exc)

        QueryOp(self, self.tasks, fn, deliver).failure(failed).run()

    def show_list(self, shown: int, filtered: bool, count_text: str) -> None:
        self.stack.setCurrentWidget(self.table if shown else
                                    self.no_match if filtered else self.empty)
        self.count.setText(count_text)
        self.listChanged.emit(shown)

    def show_failure(self, exc: BaseException) -> None:
        """The list could not be read: say why, where the list would be."""
        self.failed.setText(self.tr("无法读取列表：{error}").format(error=failure_text(exc)))
        self.stack.setCurrentWidget(self.failed)
        self.count.setText(self.tr("查询失败"))

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()
