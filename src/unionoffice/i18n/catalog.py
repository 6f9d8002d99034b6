"""The message catalogs: one TOML file per language, read once, flattened to dotted keys."""

from __future__ import annotations

import string
import tomllib
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


def path_of(lang: str) -> Path:
    """The catalog file of ``lang``."""
    return HERE / f"{lang}.toml"


@cache
def messages(lang: str) -> dict[str, str]:
    """Every message of ``lang`` by its dotted key (``case.state.registered``)."""
    with open(path_of(lang), "rb") as f:
        return dict(_flatten(tomllib.load(f)))


def _flatten(table: dict, prefix: str = ""):
    for key, value in table.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def template(key: str, lang: str) -> str | None:
    """The template of ``key`` in ``lang``, or None when the catalog lacks it."""
    return messages(lang).get(key)


def placeholders(text: str) -> set[str]:
    """The names a template expects (``{value}``, ``{n:,}`` → value, n)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
