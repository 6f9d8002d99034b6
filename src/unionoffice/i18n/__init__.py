"""The language of messages produced below the UI (errors, CLI output, documents)."""

from __future__ import annotations

SUPPORTED = ("zh", "en")
_current = "zh"


def set_language(lang: str) -> None:
    """Choose the message language for this process ("zh" or "en")."""
    global _current
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language: {lang}")
    _current = lang


def language() -> str:
    """The language chosen for this process; Simplified Chinese unless set."""
    return _current


def pick(zh: str, en: str) -> str:
    """Return the text for the current language."""
    return zh if _current == "zh" else en
