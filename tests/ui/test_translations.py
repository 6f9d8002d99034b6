"""Translations: every UI string has English, placeholders match, the .ts is up to date."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import settle
from unionoffice import i18n
from unionoffice.paths import resource_path
from unionoffice.ui.main_window import MainWindow
from unionoffice.ui.translations import install_translators, remove_translators

TS = resource_path("i18n", "unionoffice_en.ts")
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name"), m.findtext("source"), m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


def test_every_string_is_translated_with_the_same_placeholders():
    found = messages(TS)
    assert len(found) > 150
    for context, source, translation in found:
        assert translation is not None and translation.text, (context, source)
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)), source
        # No Chinese left in the English, except in the examples shown as input hints.
        assert not re.search(r"[\u4e00-\u9fff]", translation.text.split("e.g.")[0]), source


def test_the_ts_file_holds_every_string_in_the_sources(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in Path(resource_path()).parent.joinpath(
        "src", "unionoffice", "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-source-language", "zh_CN"],
                   check=True, capture_output=True)
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    have = {(c, s) for c, s, _ in messages(TS)}
    assert wanted - have == set(), "run `make i18n-update` and translate the new strings"


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    i18n.set_language("en")
    yield
    remove_translators(qapp)
    install_translators(qapp, "zh")


def test_the_app_in_english(qtbot, english, ledger, tasks, ui_settings):
    window = MainWindow(ledger, tasks, ui_settings, "en")
    qtbot.addWidget(window)
    settle(qtbot, tasks)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Home", "Members", "Organizations", "Collective contracts",
                      "Mediation cases", "Reports", "Monthly return", "Audit log", "Settings"]
    assert window.windowTitle() == "UnionOffice"
    window.show_page("members")
    settle(qtbot, tasks)
    assert window.members.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert "New member" in window.members.empty.text()
