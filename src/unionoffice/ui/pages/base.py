"""What every page offers the main window."""

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


class Page(QWidget):
    """A page of the main window. Subclasses override what they support."""

    page_id = ""

    def activate(self) -> None:
        """Called each time the page is shown."""

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in the page's search box; False if there is none."""
        return False

    def create_new(self) -> bool:
        """Ctrl+N: open the page's 'new' form; False if there is none."""
        return False


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
    dropped), and typing is coalesced for ``search_delay_ms``.
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
        self.stack = QStackedWidget(self)
        for widget in (self.table, self.empty, self.no_match):
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

    def reload(self) -> None:  # pragma: no cover - each page runs its own query
        raise NotImplementedError

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def query(self, fn: Callable[[], object], on_result: Callable[[object], None]) -> None:
        """Run ``fn`` on the pool; hand its result to ``on_result`` unless a newer query ran."""
        self._generation += 1
        generation = self._generation

        def deliver(result: object) -> None:
            if generation == self._generation:
                on_result(result)

        self.tasks.run(fn, deliver, self._on_query_failed)

    def show_list(self, shown: int, filtered: bool, count_text: str) -> None:
        self.stack.setCurrentWidget(self.table if shown else
                                    self.no_match if filtered else self.empty)
        self.count.setText(count_text)
        self.listChanged.emit(shown)

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_query_failed(self, exc: BaseException) -> None:
        self.count.setText(self.tr("查询失败：{error}").format(error=exc))
