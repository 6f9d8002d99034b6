"""A table model over a list of ids whose rows are fetched a page at a time (Anki's browser).

The id list comes from a query (already filtered and sorted by it); rows are read only when
a view asks for them, a page at a time, into a small cache. Sorting asks the owner to rerun
the query (``sortRequested``); there is no proxy model.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

PAGE = 100
ROOT = QModelIndex()
MAX_CACHED_PAGES = 50


class LazyTableModel(QAbstractTableModel):
    """Subclasses set ``columns`` [(key, header)] and implement ``display(row, key)``."""

    sortRequested = Signal(str, bool)  # column key, descending

    columns: list[tuple[str, str]] = []

    def __init__(self, fetch: Callable[[list[int]], dict[int, Any]], parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self.sort_key = "name"
        self.descending = False

    # --- the id list ------------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return self._ids

    def refresh_rows(self) -> None:
        """Forget cached rows (after a write) and repaint."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.columns) - 1))

    def row_object(self, row: int) -> Any | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch(self._ids[page_no * PAGE:(page_no + 1) * PAGE])
            self._pages[page_no] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # --- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row_object(index.row())
            if row is None:
                return None
            return self.display(row, self.columns[index.column()][0])
        if role == Qt.ItemDataRole.UserRole:
            row = self.row_object(index.row())
            return getattr(row, "id", None)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = self.columns[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sortRequested.emit(self.sort_key, self.descending)

    def display(self, row: Any, key: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError
