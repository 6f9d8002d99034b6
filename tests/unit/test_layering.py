"""Layering (style.md §1): nothing outside ui/ imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import unionoffice

PACKAGE = Path(unionoffice.__file__).parent


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in ("PySide6", "PyQt6")]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in ("PySide6", "PyQt6", "shiboken6"):
                found.append(node.module)
    return found


def test_only_ui_imports_qt():
    offenders = {
        str(p.relative_to(PACKAGE)): qt_imports(p)
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts[:1] and qt_imports(p)
    }
    assert offenders == {}


def test_the_check_itself_sees_qt_imports(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport PySide6.QtCore\n", "utf-8")
    assert qt_imports(sample) == ["PySide6.QtCore", "PySide6.QtWidgets"] or sorted(
        qt_imports(sample)) == ["PySide6.QtCore", "PySide6.QtWidgets"]


def test_core_modules_do_not_import_ui():
    for p in PACKAGE.rglob("*.py"):
        rel = p.relative_to(PACKAGE)
        # The two entry points that start Qt on purpose: the app, and --self-test's Qt step.
        if rel.parts[0] == "ui" or rel.name in ("launcher.py", "self_test.py"):
            continue
        assert "unionoffice.ui" not in p.read_text("utf-8"), rel
