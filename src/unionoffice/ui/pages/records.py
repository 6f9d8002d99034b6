"""A page of records with a lifecycle (cases, contracts): the list, its filters, new, detail.

The list shows each record's state and the clock that runs out first, coloured by urgency. A
record opens in its own window — one window per record, brought to the front if it is open
already. The page reloads itself when a write changes its records.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from unionoffice.common import clocks
from unionoffice.lifecycle import Lifecycle
from unionoffice.ui.dialogs.record_detail import LEVEL_COLOURS, RecordDetail
from unionoffice.ui.models.choices import choices_of
from unionoffice.ui.models.row_list import RowListModel
from unionoffice.ui.pages.base import ListPage
from unionoffice.ui.widgets.form import fill_combo


class ClockTableModel(RowListModel):
    """Rows with a ``clock``; the clock's columns are coloured by how close it is."""

    clock_columns: tuple[int, int] = (0, 0)  # the clock's name and its days left

    def clock_cell(self, r, column: int, role: int):
        """The clock's name or days left, or their colour; None for other cells."""
        left = r.clock.days_left(self.today) if r.clock else None
        if column not in self.clock_columns:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and left is not None:
            return QColor(LEVEL_COLOURS[clocks.alarm_level(left, r.clock.rule)])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.clock_columns[0]:
            return r.clock.rule.label if r.clock else ""
        if left is None:
            return ""
        return self.tr("逾期{n}天").format(n=-left) if left < 0 else \
            self.tr("{n}天").format(n=left)


class RecordListPage(ListPage):
    """The list of one kind of record; subclasses give its model, filters, form and detail."""

    lifecycle: Lifecycle
    area = ""
    detail_class: type[RecordDetail]

    def __init__(self, engine, tasks, parent: QWidget | None = None) -> None:
        super().__init__(engine, tasks, parent)
        self.watches = frozenset({self.area})
        self.open_details: dict[str, RecordDetail] = {}
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("状态"))
        fill_combo(self.state, [(None, self.tr("全部状态"))] + self.lifecycle.state_choices())
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_record")
        self.new_button.clicked.connect(self.create_new)
        self.state.currentIndexChanged.connect(self.reload)

    def connect_table(self) -> None:
        """After ``build_list``: a double click or Enter opens the record."""
        self.table.activated.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)

    # --- subclasses -----------------------------------------------------------------------

    def open_form(self, org_choices: list[tuple[str, str]]) -> QWidget:  # pragma: no cover
        """The form of a new record (its ``saved`` signal carries the new id)."""
        raise NotImplementedError

    # --- the pattern ----------------------------------------------------------------------

    def create_new(self) -> bool:
        def open_form(orgs: list[tuple[str, str]]) -> None:
            form = self.open_form(orgs)
            form.saved.connect(self.open_record)
            form.open()
            self.current_form = form

        choices_of(self.engine, self.tasks).when_ready(open_form)
        return True

    def open_record(self, record_id: str) -> RecordDetail:
        """The record's window: opened, or brought to the front if it is open already."""
        dialog = self.open_details.get(record_id)
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = self.detail_class(self.engine, self.tasks, record_id, self)
        dialog.finished.connect(lambda _r, i=record_id: self.open_details.pop(i, None))
        self.open_details[record_id] = dialog
        dialog.open()
        self.current_record = dialog
        return dialog

    def _on_table_activated(self, index) -> None:
        record_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if record_id:
            self.open_record(record_id)
