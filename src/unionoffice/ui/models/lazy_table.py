"""A table model over a list of ids whose rows are fetched a page at a time (Anki's browser).

The id list comes from a query (already filtered and sorted by it); rows are read only when
a view asks for them, a page at a time, into a small cache. A page not yet in the cache is
read off the GUI thread: its rows show empty for the moment it takes (a millisecond or two)
and are painted when they arrive. Sorting asks the owner to rerun the query
(``sortRequested``); there is no proxy model.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from unionoffice.ui.ops import QueryOp
from unionoffice.ui.tasks import TaskManager

log = logging.getLogger(__name__)
PAGE = 100
ROOT = QModelIndex()
MAX_CACHED_PAGES = 50


class LazyTableModel(QAbstractTableModel):
    """Subclasses set ``columns`` [(key, header)] and implement ``display(row, key)``."""

    sortRequested = Signal(str, bool)  # column key, descending

    columns: list[tuple[str, str]] = []

    def __init__(self, fetch: Callable[[list[int]], dict[int, Any]], tasks: TaskManager,
                 parent=None) -> None:
        super().__init__(parent)
        self._fetch, self._tasks = fetch, tasks
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0  # a new id list makes answers for the old one stale
        self.sort_key = "name"
        self.descending = False

    # --- the id list ------------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._pending.clear()
        self._generation += 1
        self.endResetModel()

    def ids(self) -> list[int]:
        return self._ids

    def refresh_rows(self) -> None:
        """Forget cached rows (after a write) and read them again."""
        self._pages.clear()
        self._pending.clear()
        self._generation += 1
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.columns) - 1))

    def row_object(self, row: int) -> Any | None:
        """The row's object, or None while its page is being read."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            self._request(page_no)
            return None
        self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def _request(self, page_no: int) -> None:
        if page_no in self._pending:
            return
        self._pending.add(page_no)
        generation, ids = self._generation, self._ids[page_no * PAGE:(page_no + 1) * PAGE]

        def arrived(page: dict[int, Any]) -> None:
            if generation != self._generation:
                return
            self._pending.discard(page_no)
            self._pages[page_no] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
            first, last = page_no * PAGE, min((page_no + 1) * PAGE, len(self._ids)) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

        def failed(exc: BaseException) -> None:
            log.warning("rows %s of the list could not be read: %s", page_no, exc)

        QueryOp(None, self._tasks, lambda: self._fetch(ids), arrived).failure(failed).run()

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
