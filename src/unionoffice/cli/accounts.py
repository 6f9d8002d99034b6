"""``operator``: accounts (the first one is the chair), passwords, disabling."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from unionoffice.cli.output import print_json
from unionoffice.cli.registry import EXIT_OK, arg, command, group
from unionoffice.db.migrate import Ledger
from unionoffice.errors import LedgerError
from unionoffice.i18n import t

group("operator", "accounts (the first one is the chair)")


def new_password() -> str:
    """The new password: $UNIONOFFICE_NEW_PASSWORD, else asked twice on a terminal."""
    given = os.environ.get("UNIONOFFICE_NEW_PASSWORD")
    if given:
        return given
    if not sys.stdin.isatty():
        raise LedgerError("operator.password_needed")
    first = getpass.getpass(t("cli.operator.new_password"))
    if getpass.getpass(t("cli.operator.again")) != first:
        raise LedgerError("auth.failed")
    return first


@command("operator add", "add an account; the password is asked (or $UNIONOFFICE_NEW_PASSWORD)",
         arg("username"), arg("--name", required=True, help="the person's name"),
         arg("--role", required=True, choices=["clerk", "mediator", "chair"]))
def operator_add(ledger: Ledger, args: argparse.Namespace) -> int:
    """Add an account."""
    from unionoffice.accounts import operators, permissions

    operators.create_operator(ledger.engine, args.username, args.name, args.role,
                              new_password())
    print(t("cli.operator.added", username=args.username,
            role=permissions.role_label(args.role)))
    return EXIT_OK


@command("operator list", "the accounts", arg("--json", action="store_true"))
def operator_list(ledger: Ledger, args: argparse.Namespace) -> int:
    """The accounts with their roles."""
    from unionoffice.accounts import operators, permissions

    rows = operators.list_operators(ledger.engine)
    if args.json:
        print_json([{"username": o.username, "name": o.display_name, "role": o.role,
                     "active": o.active} for o in rows])
        return EXIT_OK
    for o in rows:
        print("\t".join([o.username, o.display_name, permissions.role_label(o.role),
                         t("cli.operator.active" if o.active else "cli.operator.disabled")]))
    return EXIT_OK


@command("operator passwd", "set a password (own, or anyone's by the chair)", arg("username"))
def operator_passwd(ledger: Ledger, args: argparse.Namespace) -> int:
    """Change a password: one's own (with the current one), or anyone's by the chair."""
    from unionoffice.accounts import operators, permissions

    actor = permissions.current()
    own = actor is not None and actor.username == args.username
    old = os.environ.get("UNIONOFFICE_PASSWORD") if own else None
    if own and old is None and sys.stdin.isatty():
        old = getpass.getpass(t("cli.operator.current_password"))
    operators.change_password(ledger.engine, args.username, new_password(), old_password=old)
    print(t("cli.operator.password_changed"))
    return EXIT_OK


def _set_active(ledger: Ledger, username: str, active: bool) -> int:
    from unionoffice.accounts import operators

    operators.set_active(ledger.engine, username, active)
    print(t("cli.operator.enabled_now" if active else "cli.operator.disabled_now",
            username=username))
    return EXIT_OK


@command("operator disable", "disable an account", arg("username"))
def operator_disable(ledger: Ledger, args: argparse.Namespace) -> int:
    """Disable an account (it can no longer sign in)."""
    return _set_active(ledger, args.username, False)


@command("operator enable", "enable an account again", arg("username"))
def operator_enable(ledger: Ledger, args: argparse.Namespace) -> int:
    """Enable a disabled account."""
    return _set_active(ledger, args.username, True)
