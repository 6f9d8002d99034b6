"""A probe for work done on the GUI thread: SQL, password hashing, keyring calls.

Armed for every UI test (tests/ui/conftest.py). A call counts when it runs on the main thread
while window code (``unionoffice/ui/``) is on the stack; the start-up code in ``ui/app.py``,
which runs before any window exists, is allowed. A test's own set-up calls services directly
and is not counted (no window code on its stack).
"""

from __future__ import annotations

import hashlib
import threading
import traceback
from pathlib import Path

import keyring
from sqlalchemy import event
from sqlalchemy.engine import Engine

UI = str(Path(__file__).resolve().parents[2] / "src" / "unionoffice" / "ui")
STARTUP = str(Path(UI) / "app.py")


class GuiThreadProbe:
    """Collects the calls made on the GUI thread by window code."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.close = lambda: None  # removes the SQL listener (arm sets it)

    def check(self, what: str) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        stack = traceback.extract_stack()[:-2]
        ui = [f for f in stack if f.filename.startswith(UI)]
        if not ui or any(f.filename == STARTUP for f in stack):
            return
        where = "; ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in ui[-3:])
        self.found.append(f"{what} on the GUI thread from {where}")


def arm(monkeypatch) -> GuiThreadProbe:
    """Install the probe for one test (undone by ``monkeypatch`` and ``probe.close``)."""
    probe = GuiThreadProbe()

    def on_execute(conn, cursor, statement, *rest):
        probe.check(f"SQL {statement.split()[0] if statement.split() else ''}")

    event.listen(Engine, "before_cursor_execute", on_execute)
    probe.close = lambda: event.remove(Engine, "before_cursor_execute", on_execute)
    scrypt = hashlib.scrypt

    def watched_scrypt(*args, **kwargs):
        probe.check("scrypt")
        return scrypt(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", watched_scrypt)
    for name in ("get_password", "set_password", "delete_password"):
        original = getattr(keyring, name)

        def watched(*args, _original=original, _name=name, **kwargs):
            probe.check(f"keyring.{_name}")
            return _original(*args, **kwargs)

        monkeypatch.setattr(keyring, name, watched)
    return probe

