"""The command line: parse, call a service, print, exit code (0 done, 1 refused, 2 usage).

One module per area (``cli/members.py``, ``cli/bundle.py`` …) registers its commands with
``cli.registry.command``; the parser is built from those registrations. Messages come from the
catalog (``cli.*`` keys) in the chosen language.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys

from unionoffice import __version__, i18n
from unionoffice.cli import registry
from unionoffice.cli.output import err
from unionoffice.cli.registry import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from unionoffice.db.migrate import Ledger, open_ledger
from unionoffice.errors import LedgerError
from unionoffice.i18n import t
from unionoffice.paths import resolve_data_dir

# Importing an area's module registers its commands, in this order (the order of --help).
# isort: off
from unionoffice.cli import office, members, mediation, contracts, reports  # noqa: F401
from unionoffice.cli import settings, bundle, accounts, audit, privacy, backup  # noqa: F401
from unionoffice.cli import district  # noqa: F401
# isort: on

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "build_parser", "run_command"]
log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the global options, then every registered command."""
    parser = argparse.ArgumentParser(
        prog="unionoffice",
        description="街道工会台账 UnionOffice — without a command, starts the desktop app.",
    )
    parser.add_argument("--data-dir", help="ledger folder (else $UNIONOFFICE_DATA_DIR)")
    parser.add_argument("--lang", choices=i18n.SUPPORTED, default=None,
                        help="language of messages and the app (default zh, or the app's "
                             "setting)")
    parser.add_argument("--operator", help="sign in as this account (else "
                        "$UNIONOFFICE_OPERATOR); the password is asked, or taken from "
                        "$UNIONOFFICE_PASSWORD")
    parser.add_argument("--version", action="version", version=f"UnionOffice {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (temporary ledger, PDF, keyring, bundle, "
                             "Qt) and exit 0 if it works")
    return registry.build_parser(parser)


def sign_in(ledger: Ledger, args: argparse.Namespace) -> None:
    """With accounts on the ledger, the command runs as a signed-in operator."""
    from unionoffice.accounts import operators, permissions

    if not permissions.accounts_enabled(ledger.engine):
        return
    username = args.operator or os.environ.get("UNIONOFFICE_OPERATOR")
    password = os.environ.get("UNIONOFFICE_PASSWORD")
    if username and password is None and sys.stdin.isatty():
        password = getpass.getpass(t("cli.password_prompt", username=username))
    if not username or password is None:
        raise LedgerError("operator.password_needed")
    operators.authenticate(ledger.engine, username, password)


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command; domain errors become a message and exit 1."""
    command: registry.Command = args.run
    try:
        if not command.ledger:
            return command.handler(args)
        with open_ledger(resolve_data_dir(args.data_dir)) as ledger:
            sign_in(ledger, args)
            return command.handler(ledger, args)
    except LedgerError as exc:
        err(str(exc))
        return EXIT_REFUSED
    except OSError as exc:
        log.exception("command failed")
        err(t("cli.file_error_ledger_unchanged" if command.ledger else "cli.file_error",
              error=exc))
        return EXIT_REFUSED
    except Exception:
        log.exception("command failed")
        err(t("cli.internal_error",
              log=resolve_data_dir(args.data_dir).logs / "unionoffice.log"))
        return EXIT_REFUSED
