"""The ledger's change bus: which parts of the ledger a write changed, for the open views."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

MEMBERS, ORGANIZATIONS, CASES, CONTRACTS = "members", "organizations", "cases", "contracts"
BUNDLES, SETTINGS, ACCOUNTS, LEDGER = "bundles", "settings", "accounts", "ledger"
AREAS = frozenset({MEMBERS, ORGANIZATIONS, CASES, CONTRACTS, BUNDLES, SETTINGS, ACCOUNTS})


class ChangeBus(QObject):
    """Announces, on the GUI thread, which parts of the ledger a write changed."""

    changed = Signal(object)  # frozenset of areas

    def announce(self, areas: Iterable[str]) -> None:
        """Tell every listener that ``areas`` changed (LEDGER: all of them)."""
        found = frozenset(areas)
        if LEDGER in found:
            found = AREAS
        if found:
            self.changed.emit(found)
