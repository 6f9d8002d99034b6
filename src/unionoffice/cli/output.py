"""What every command prints with: messages to stderr, JSON, a progress bar, atomic files."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


def err(text: str) -> None:
    """A message for the user on stderr (refusals, warnings)."""
    print(text, file=sys.stderr)


def print_json(value: Any) -> None:
    """``value`` as indented JSON (dates and other values as text)."""
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def print_items(items: list[dict[str, Any]], *, as_json: bool, empty: str,
                columns: Callable[[dict[str, Any]], list[str]]) -> None:
    """A list as JSON, or one tab-separated line per item (``empty`` when there is none)."""
    if as_json:
        print_json(items)
        return
    if not items:
        print(empty)
    for item in items:
        print("\t".join(columns(item)))


def run_with_bar(job: Iterator[tuple[int, int]], label: str) -> Any:
    """Run a generator of (done, total), drawing a text bar on a terminal; returns its value."""
    tty = sys.stderr.isatty()
    while True:
        try:
            done, total = next(job)
        except StopIteration as stop:
            if tty:
                sys.stderr.write("\n")
            return stop.value
        if tty and total:
            filled = int(30 * done / total)
            sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
            sys.stderr.flush()


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` under a temporary name first: never half a file."""
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(data)
    partial.replace(target)
