"""Start the desktop app, or say clearly why it cannot start (no display)."""

from __future__ import annotations

import os
import sys

from unionoffice.i18n import t
from unionoffice.paths import DataPaths


def display_available() -> bool:
    """Whether a window can be shown (an X11/Wayland display, or a non-Linux desktop)."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch_gui(paths: DataPaths, lang: str | None) -> int:
    """Start the window, or say why it cannot start (no display); returns the exit code."""
    if not display_available():
        print(t("app.no_display"), file=sys.stderr)
        return 1
    from unionoffice.ui.app import run_app  # Qt is imported only when a window is wanted

    return run_app(paths, lang)
