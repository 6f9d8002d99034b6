"""One translator, installed once at start (style.md §9)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from unionoffice.paths import resource_path

# UI source strings are Simplified Chinese (the office's language); English is a translation.
APP_CATALOG = {"en": "unionoffice_en"}
_keep: list[QTranslator] = []
QT_CATALOG = {"zh": "qtbase_zh_CN", "en": "qtbase_en"}


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Install the app's and Qt's own translators for ``lang``; keep the returned references."""
    installed = []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if lang == "zh" else QLocale(QLocale.Language.English))
    qt = QTranslator(app)
    if qt.load(QT_CATALOG[lang], QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if lang in APP_CATALOG:
        ours = QTranslator(app)
        if not ours.load(APP_CATALOG[lang], str(resource_path("i18n"))):
            raise FileNotFoundError(resource_path("i18n", APP_CATALOG[lang] + ".qm"))
        app.installTranslator(ours)
        installed.append(ours)
    _keep.extend(installed)  # Python must hold them as long as the app runs
    return installed


def remove_translators(app: QApplication) -> None:
    """Uninstall what install_translators put in (switching language in tests)."""
    for translator in _keep:
        app.removeTranslator(translator)
    _keep.clear()
