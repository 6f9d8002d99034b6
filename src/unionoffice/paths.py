"""Where the ledger, backups and bundled resources live."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "UNIONOFFICE_DATA_DIR"
LEDGER_FILE = "ledger.db"


@dataclass(frozen=True)
class DataPaths:
    """The files of one ledger's data directory."""

    root: Path

    @classmethod
    def of_ledger(cls, ledger: Path) -> DataPaths:
        """The data directory whose ledger file is ``ledger``."""
        return cls(Path(ledger).parent)

    @property
    def ledger(self) -> Path:
        """The ledger file."""
        return self.root / LEDGER_FILE

    @property
    def backups(self) -> Path:
        """The folder of the ledger's copies."""
        return self.root / "backups"

    @property
    def lock(self) -> Path:
        """The lock file that keeps a second program out."""
        return self.root / (LEDGER_FILE + ".lock")

    @property
    def lock_info(self) -> Path:
        """Who holds the lock (computer, process)."""
        return self.root / (LEDGER_FILE + ".lock.info")

    @property
    def logs(self) -> Path:
        """The folder of the log files."""
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        """Create the directory tree if it is missing."""
        for p in (self.root, self.backups, self.logs):
            p.mkdir(parents=True, exist_ok=True)
        return self


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> DataPaths:
    """Pick the data dir: ``--data-dir``, else ``UNIONOFFICE_DATA_DIR``, else the user data dir."""
    if cli_value:
        return DataPaths(Path(cli_value).expanduser().resolve())
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(Path(platformdirs.user_data_dir("UnionOffice", appauthor=False)))


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, in a source checkout or a PyInstaller build."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base, "resources", *parts)
    return Path(__file__).resolve().parents[2].joinpath("resources", *parts)
