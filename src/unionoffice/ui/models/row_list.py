"""A table model over a short list of row objects held in full (cases, contracts)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

ROOT = QModelIndex()


class RowListModel(QAbstractTableModel):
    """Subclasses set ``headers`` and implement ``cell(row, column, role)``."""

    headers: list[str] = []

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, dt.date.today()
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 — Qt naming
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        return self.cell(row, index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError
