"""The organizations to pick from (member, case and contract forms, the members filter).

One list for the whole window, read off the GUI thread when first wanted and again whenever a
write changes the organizations; forms ask for it with :meth:`OrganizationChoices.when_ready`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from unionoffice.organizations.queries import organization_choices
from unionoffice.ui.changes import ORGANIZATIONS
from unionoffice.ui.ops import QueryOp
from unionoffice.ui.tasks import TaskManager


class OrganizationChoices(QObject):
    """(id, name) of every organization, by name."""

    loaded = Signal(object)  # the list

    def __init__(self, engine, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks = engine, tasks
        self.items: list[tuple[str, str]] | None = None
        self._waiting: list[Callable[[list[tuple[str, str]]], None]] = []
        self._loading = False
        tasks.changes.changed.connect(self._on_ledger_changed)

    def when_ready(self, fn: Callable[[list[tuple[str, str]]], None]) -> None:
        """Call ``fn`` with the list: now if it is read, else as soon as it is."""
        if self.items is not None:
            fn(self.items)
            return
        self._waiting.append(fn)
        self.load()

    def load(self) -> None:
        """Read the list (again) in the background."""
        if self._loading:
            return
        self._loading = True
        engine = self.engine
        QueryOp(None, self.tasks, lambda: organization_choices(engine), self._on_loaded) \
            .failure(self._on_failed).run()

    def _on_loaded(self, items: list[tuple[str, str]]) -> None:
        self._loading = False
        self.items = items
        self.loaded.emit(items)  # lists that show the choices first, then who waited
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn(items)

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn(self.items or [])

    def _on_ledger_changed(self, areas: frozenset[str]) -> None:
        if ORGANIZATIONS in areas and self.items is not None:
            self.load()


def choices_of(engine, tasks: TaskManager) -> OrganizationChoices:
    """The window's one list (made on first use, owned by the task manager)."""
    found = tasks.findChild(OrganizationChoices)
    return found if found is not None else OrganizationChoices(engine, tasks, tasks)
