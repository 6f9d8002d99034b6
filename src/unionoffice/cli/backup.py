"""``backup``: copy the ledger now, list the copies, restore one."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionoffice.cli.output import print_json
from unionoffice.cli.registry import EXIT_OK, arg, command, group
from unionoffice.db.migrate import Ledger
from unionoffice.i18n import t

group("backup", "copies of the ledger")


@command("backup create", "copy the ledger now; prints the copy's path")
def backup_create(ledger: Ledger, args: argparse.Namespace) -> int:
    """A copy of the ledger, now."""
    from unionoffice.backup.copies import backup_ledger

    print(backup_ledger(ledger.paths, "manual"))
    return EXIT_OK


@command("backup list", "the copies, newest first", arg("--json", action="store_true"))
def backup_list(ledger: Ledger, args: argparse.Namespace) -> int:
    """The copies in the backups folder, newest first."""
    from unionoffice.backup.copies import list_backups

    copies = list_backups(ledger.paths)
    if args.json:
        print_json([{"file": c.path.name, "path": str(c.path),
                     "taken_at": c.taken_at.isoformat(timespec="seconds"),
                     "reason": c.reason, "bytes": c.size} for c in copies])
        return EXIT_OK
    if not copies:
        print(t("cli.backup.none"))
    for c in copies:
        print("\t".join([c.taken_at.strftime("%Y-%m-%d %H:%M:%S"), c.reason_label,
                         f"{c.size / 1e6:.1f} MB", c.path.name]))
    return EXIT_OK


@command("backup restore", "replace the ledger by a copy (the current ledger is copied first)",
         arg("file", help="a copy's path or file name in the backups folder"))
def backup_restore(ledger: Ledger, args: argparse.Namespace) -> int:
    """Replace the ledger by a copy; bundles wait until the chain is re-anchored."""
    from unionoffice.backup.restore import restore_ledger

    source = Path(args.file)
    if not source.exists() and (ledger.paths.backups / args.file).exists():
        source = ledger.paths.backups / args.file
    result = restore_ledger(ledger, source)
    print(t("cli.backup.restored", source=result.restored_from.name,
            safety=result.safety_copy.name))
    print(t("cli.backup.ack_needed", last=result.last_local_bundle))
    return EXIT_OK
