"""Start the desktop app, or say clearly why it cannot start (no display)."""

from __future__ import annotations

import os
import sys

from unionoffice.i18n import pick
from unionoffice.paths import DataPaths


def display_available() -> bool:
    """Whether a window can be shown (an X11/Wayland display, or a non-Linux desktop)."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch_gui(paths: DataPaths, lang: str | None) -> int:
    if not display_available():
        print(pick(
            "没有可用的显示器，无法打开窗口（DISPLAY / WAYLAND_DISPLAY 未设置）。"
            "请在桌面环境中运行，或用 xvfb-run make run；命令行功能见 unionoffice --help。",
            "No display is available, so no window can be opened (DISPLAY / WAYLAND_DISPLAY "
            "unset). Run it on a desktop, or under xvfb-run; see unionoffice --help for the CLI.",
        ), file=sys.stderr)
        return 1
    from unionoffice.ui.app import run_app  # Qt is imported only when a window is wanted

    return run_app(paths, lang)
