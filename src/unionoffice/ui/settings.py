"""Per-ledger UI preferences (language, window geometry, last page) in settings.ini."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from unionoffice.paths import DataPaths


class UiSettings:
    """A thin typed wrapper over QSettings stored beside the ledger."""

    def __init__(self, paths: DataPaths) -> None:
        self._s = QSettings(str(paths.root / "settings.ini"), QSettings.Format.IniFormat)

    @property
    def language(self) -> str | None:
        value = self._s.value("ui/language")
        return value if value in ("zh", "en") else None

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)
        self._s.sync()

    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/geometry", value)

    @property
    def last_page(self) -> str:
        return str(self._s.value("ui/last_page", "home"))

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._s.setValue("ui/last_page", value)

    def sync(self) -> None:
        self._s.sync()

    @property
    def lock_minutes(self) -> int:
        """Minutes without input before the window locks (0 = never); used with accounts."""
        try:
            return max(0, int(self._s.value("security/lock_minutes", 10)))
        except (TypeError, ValueError):
            return 10

    @lock_minutes.setter
    def lock_minutes(self, value: int) -> None:
        self._s.setValue("security/lock_minutes", int(value))
        self._s.sync()

    @property
    def last_user(self) -> str:
        return str(self._s.value("security/last_user", ""))

    @last_user.setter
    def last_user(self, value: str) -> None:
        self._s.setValue("security/last_user", value)
