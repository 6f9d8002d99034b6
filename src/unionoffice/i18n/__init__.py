"""The language of everything below the UI, and its one catalog of messages.

Core code never holds texts in two languages: it names a message by its key and its
parameters, ``t("case.not_found", value=ref)``, and the text comes from the catalog of the
chosen language (``zh.toml``, ``en.toml`` beside this file). Only the chosen language's
template is formatted, once. Window texts stay in Qt's ``.ts`` files.
"""

from __future__ import annotations

import logging
from typing import Any

from unionoffice.i18n import catalog

SUPPORTED = ("zh", "en")
_current = "zh"
log = logging.getLogger(__name__)


def set_language(lang: str) -> None:
    """Choose the message language for this process ("zh" or "en")."""
    global _current
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language: {lang}")
    _current = lang


def language() -> str:
    """The language chosen for this process; Simplified Chinese unless set."""
    return _current


def t(key: str, /, **params: Any) -> str:
    """The message ``key`` in the chosen language, with ``params`` filled in.

    A key the catalog lacks, or a template whose placeholders the parameters do not fill, is
    a programming error that ``tests/unit/test_messages.py`` catches before it ships; at run
    time it is logged and the text is shown unfilled rather than failing the user's work.
    """
    return render(key, params, _current)


def render(key: str, params: dict[str, Any], lang: str) -> str:
    """The message ``key`` in ``lang`` (for texts that must be in a given language)."""
    template = catalog.template(key, lang)
    if template is None:
        log.error("message %r is missing from the %s catalog", key, lang)
        return key
    if not params and "{" not in template:
        return template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        log.error("message %r: parameters %s do not fit its template", key, sorted(params))
        return template


def has(key: str) -> bool:
    """Whether the catalog has ``key`` (for optional, data-driven labels)."""
    return catalog.template(key, _current) is not None

