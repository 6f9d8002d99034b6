"""Entry point: parse args → language → logging → a CLI command, or the desktop app."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from unionoffice import i18n
from unionoffice.cli import build_parser, run_command
from unionoffice.paths import DataPaths, resolve_data_dir


def setup_logging(paths: DataPaths) -> None:
    """Log to the data folder's logs/unionoffice.log, rotated."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "unionoffice.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def main(argv: list[str] | None = None) -> int:
    """The program: a command, the self-test, or the desktop app; returns the exit code."""
    args = build_parser().parse_args(argv)
    i18n.set_language(args.lang or "zh")
    if args.self_test:
        from unionoffice.self_test import run_self_test

        return run_self_test()
    paths = resolve_data_dir(args.data_dir)
    try:
        setup_logging(paths)
    except OSError:
        # A read-only or full data folder: say so when the ledger is opened (a clear message
        # there), and log to stderr meanwhile.
        logging.basicConfig(level=logging.WARNING)
    if args.command:
        return run_command(args)
    from unionoffice.launcher import launch_gui

    return launch_gui(paths, args.lang)


if __name__ == "__main__":
    sys.exit(main())
