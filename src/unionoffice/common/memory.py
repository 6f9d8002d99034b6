"""Pausing Python's cycle collector during bulk work.

A 100,000-row roster keeps a million small objects alive (cells, rows, prepared rows, SQL
parameters). Each time enough new objects pile up, the collector walks all of them, so a
read + dry run + import spends about a second just in collections that find nothing: the
rows are freed by reference counting, not by the collector. Bulk steps run with it paused;
cycles made meanwhile are collected as usual once the last bulk step ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cycle collector off (nested and concurrent uses are counted)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
