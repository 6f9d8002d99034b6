"""How commands register themselves, and the parser built from what registered.

Each command module declares its commands with :func:`command` (and the groups with
:func:`group`); :func:`build_parser` makes the argparse parser from those registrations in
the order they were made, so the parser, the help and the dispatch can never disagree.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class Arg:
    """One argument, as given to ``ArgumentParser.add_argument``."""

    names: tuple[str, ...]
    options: dict[str, Any]


def arg(*names: str, **options: Any) -> Arg:
    """An argument of a command (the same parameters as ``add_argument``)."""
    return Arg(names, options)


@dataclass
class Group:
    """A command with subcommands (``members``, ``bundle`` …)."""

    name: str
    help: str
    args: list[Arg] = field(default_factory=list)


@dataclass(frozen=True)
class Command:
    """One command: where it sits, its arguments, and what runs it.

    ``ledger`` says what the handler is given: ``True`` — the opened ledger and the parsed
    arguments (the ledger's operator is signed in first); ``False`` — the arguments only (the
    command works on files or on the district's store, never on an office ledger).
    """

    group: str | None
    name: str
    help: str
    args: tuple[Arg, ...]
    handler: Callable[..., int]
    ledger: bool


GROUPS: dict[str, Group] = {}
COMMANDS: list[Command] = []


def group(name: str, help: str, *args: Arg) -> None:
    """Declare a command group (its own arguments come before its subcommand)."""
    GROUPS[name] = Group(name, help, list(args))


def command(path: str, help: str, *args: Arg, ledger: bool = True
            ) -> Callable[[Callable[..., int]], Callable[..., int]]:
    """Register the decorated function as the command ``path`` ("init", "cases list")."""
    parts = path.split()

    def register(fn: Callable[..., int]) -> Callable[..., int]:
        grp, name = (parts[0], parts[1]) if len(parts) == 2 else (None, parts[0])
        COMMANDS.append(Command(grp, name, help, tuple(args), fn, ledger))
        return fn

    return register


def _add(parser: argparse.ArgumentParser, args: Iterable[Arg]) -> None:
    for a in args:
        parser.add_argument(*a.names, **a.options)


def build_parser(base: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add every registered command to ``base`` (which holds the global options)."""
    sub = base.add_subparsers(dest="command", metavar="COMMAND")
    groups: dict[str, argparse._SubParsersAction] = {}
    for cmd in COMMANDS:
        if cmd.group is None:
            p = sub.add_parser(cmd.name, help=cmd.help)
        else:
            if cmd.group not in groups:
                spec = GROUPS[cmd.group]
                gp = sub.add_parser(spec.name, help=spec.help)
                _add(gp, spec.args)
                groups[cmd.group] = gp.add_subparsers(
                    dest="subcommand", metavar="SUBCOMMAND", required=True)
            p = groups[cmd.group].add_parser(cmd.name, help=cmd.help)
        _add(p, cmd.args)
        p.set_defaults(run=cmd)
    return base
