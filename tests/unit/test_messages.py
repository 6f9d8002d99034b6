"""The message catalog: both languages, same placeholders."""

from __future__ import annotations

import re
import string

from unionoffice import i18n
from unionoffice.errors import FIELD_LABELS, MESSAGES, render


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_has_both_languages_with_the_same_placeholders():
    for code, (zh, en) in MESSAGES.items():
        assert zh and en, code
        assert placeholders(zh) == placeholders(en), code
        assert re.search(r"[\u4e00-\u9fff]", zh), f"{code}: Chinese text expected"


def test_field_labels_in_both_languages():
    for name, (zh, en) in FIELD_LABELS.items():
        assert zh and en, name


def test_render_switches_language():
    assert "9位" in render("office.code", {"value": "1"})
    i18n.set_language("en")
    assert "9 digits" in render("office.code", {"value": "1"})
