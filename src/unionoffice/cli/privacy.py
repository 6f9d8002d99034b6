"""``privacy``: what is held on a person, corrections with a reason, retention, purge."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionoffice.cli.registry import EXIT_OK, arg, command, group
from unionoffice.db.migrate import Ledger
from unionoffice.i18n import t

group("privacy", "personal data: report, correction, retention")


@command("privacy report", "everything held on one ID number (JSON)",
         arg("id_number"), arg("-o", "--output", help="write the JSON to this file"))
def privacy_report(ledger: Ledger, args: argparse.Namespace) -> int:
    """Everything held on one person, as JSON (the request is logged)."""
    from unionoffice import privacy

    text = privacy.report_text(privacy.subject_report(ledger.engine, args.id_number))
    if args.output:
        Path(args.output).write_text(text, "utf-8")
        print(t("cli.privacy.written", path=args.output))
    else:
        print(text)
    return EXIT_OK


@command("privacy correct", "correct a member's name or phone, with the reason",
         arg("id_number"), arg("--name"), arg("--phone"), arg("--new-id-number"),
         arg("--reason", required=True))
def privacy_correct(ledger: Ledger, args: argparse.Namespace) -> int:
    """Correct a member's data at the person's request; the reason is audited with it."""
    from unionoffice import privacy

    privacy.correct_member(ledger.engine, args.id_number, reason=args.reason, name=args.name,
                           phone=args.phone, new_id_number=args.new_id_number)
    print(t("cli.privacy.corrected"))
    return EXIT_OK


@command("privacy retention", "show or set how long data is kept",
         arg("kind", nargs="?", choices=["former_members", "closed_cases"]),
         arg("years", nargs="?", help="years, or 'keep' for no limit"))
def privacy_retention(ledger: Ledger, args: argparse.Namespace) -> int:
    """Show the retention periods, or set one."""
    from unionoffice import privacy

    if args.kind and args.years:
        years = None if args.years == "keep" else int(args.years)
        privacy.set_retention(ledger.engine, args.kind, years)
    for kind, years in privacy.retention_settings(ledger.engine).items():
        period = t("cli.privacy.years", n=years) if years else t("cli.privacy.no_limit")
        print(f"{kind}\t{privacy.retention_label(kind)}\t{period}")
    return EXIT_OK


@command("privacy purge", "de-identify what is past its retention period",
         arg("--dry-run", action="store_true", help="only count"))
def privacy_purge(ledger: Ledger, args: argparse.Namespace) -> int:
    """De-identify what is past its retention period (or only count it)."""
    from unionoffice import privacy

    if args.dry_run:
        counts = {k: len(v) for k, v in privacy.expired(ledger.engine).items()}
    else:
        counts = privacy.purge_expired(ledger.engine)
    for kind, n in counts.items():
        print(f"{kind}\t{privacy.retention_label(kind)}\t{n}")
    print(t("cli.privacy.preview" if args.dry_run else "cli.privacy.purged"))
    return EXIT_OK
