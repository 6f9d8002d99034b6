"""Screenshots of the app on a demo ledger, in a real window (run under xvfb-run).

Usage: python scripts/screenshot.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from unionoffice.db.migrate import open_ledger
from unionoffice.demo.generate import generate_demo
from unionoffice.paths import DataPaths
from unionoffice.ui.app import MainWindow


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp, open_ledger(DataPaths(Path(tmp))) as ledger:
        for _ in generate_demo(ledger.engine, members=2000, seed=1):
            pass
        window = MainWindow(ledger)
        window.show()

        def shoot() -> None:
            path = out / "main-window.png"
            window.grab().save(str(path))
            print(path)
            app.quit()

        QTimer.singleShot(500, shoot)
        app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
