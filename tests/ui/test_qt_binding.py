"""The Qt binding itself: guard against a PySide6 release that mis-counts references to None."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_drop_references_to_none(qapp):
    # PySide6 6.12.0 on Python 3.11 decremented None's refcount on every call returning
    # nothing; a busy app aborted with "deallocating None". None is immortal from 3.12 on.
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        label.setText("x")
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -100
