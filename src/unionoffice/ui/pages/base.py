"""What every page offers the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


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


class ComingPage(Page):
    """A page whose feature is planned: says what it will do."""

    def __init__(self, page_id: str, title: str, description: str, parent=None) -> None:
        super().__init__(parent)
        self.page_id = page_id
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        body = QLabel(description, self)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setStyleSheet("font-size: 12pt; color: #444;")
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


def empty_state(parent: QWidget, text: str) -> QLabel:
    """A centred, friendly message for an empty list, saying what to do."""
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 13pt; color: #555; padding: 40px;")
    return label
