"""``members``: search, add, show, import a roster, export, the import template."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from unionoffice.cli.output import err, print_items, print_json, run_with_bar
from unionoffice.cli.registry import EXIT_OK, arg, command, group
from unionoffice.common.validation import gender_label, mask_card, mask_id_number, mask_phone
from unionoffice.db.engine import read_session
from unionoffice.db.migrate import Ledger
from unionoffice.errors import LedgerError
from unionoffice.i18n import t
from unionoffice.members import rules as membership
from unionoffice.members.queries import (
    MemberSummary,
    find_member_id,
    member_events,
    member_summaries,
    search_member_ids,
)

group("members", "members")


def member_summary(row: MemberSummary) -> dict[str, Any]:
    """The masked, list-level view of a member (what search prints)."""
    return {
        "id": row.id,
        "name": row.name,
        "gender": "male" if row.gender == "1" else "female",
        "gender_label": gender_label(row.gender),
        "id_number": mask_id_number(row.id_number),
        "phone": mask_phone(row.phone),
        "organization": row.organization,
        "status": row.status,
        "status_label": membership.status_label(row.status),
        "join_date": row.join_date.isoformat() if row.join_date else None,
    }


@command("members search", "search by name, pinyin, ID or phone ending",
         arg("query"), arg("--limit", type=int, default=20), arg("--json", action="store_true"))
def members_search(ledger: Ledger, args: argparse.Namespace) -> int:
    """Members matching a name, pinyin or the end of a number (masked)."""
    with read_session(ledger.engine) as session:
        rows = member_summaries(session, search_member_ids(session, args.query, args.limit))
    print_items([member_summary(r) for r in rows], as_json=args.json,
                empty=t("cli.members.none_found"),
                columns=lambda it: [it["name"], it["gender_label"], it["id_number"],
                                    it["phone"] or "-", it["organization"] or "-",
                                    it["status_label"], it["id"]])
    return EXIT_OK


@command("members add", "add a member (records 入会)",
         arg("--name", required=True), arg("--id-number", required=True), arg("--phone"),
         arg("--org", help="organization name or credit code"),
         arg("--join-date", help="date the union approved (default today)"))
def members_add(ledger: Ledger, args: argparse.Namespace) -> int:
    """Add one member; prints the new member's id."""
    from unionoffice.members.service import MemberInput, add_member
    from unionoffice.organizations.service import find_organization

    org_id = None
    if args.org:
        with read_session(ledger.engine) as session:
            org_id = find_organization(session, args.org).id
    data = MemberInput(name=args.name, id_number=args.id_number, phone=args.phone,
                       organization_id=org_id)
    member_id = add_member(ledger.engine, data, join_date=args.join_date)
    for warning in data.warnings:
        err(t("cli.note", text=warning.describe()))
    print(member_id)
    return EXIT_OK


@command("members show", "one member (id or ID number)",
         arg("member"), arg("--json", action="store_true"))
def members_show(ledger: Ledger, args: argparse.Namespace) -> int:
    """One member with their membership history (masked)."""
    from unionoffice.db.models import Member

    with read_session(ledger.engine) as session:
        member_id = find_member_id(session, args.member)
        if member_id is None:
            raise LedgerError("member.not_found", value=args.member)
        (row,) = member_summaries(session, [member_id])
        member = session.get(Member, member_id)
        events = member_events(session, member_id)
    info = member_summary(row) | {
        "birth_date": member.birth_date.isoformat() if member.birth_date else None,
        "ethnicity": member.ethnicity,
        "education": member.education,
        "political_status": member.political_status,
        "household_type": member.household_type,
        "migrant_worker": member.migrant_worker,
        "employment_form": member.employment_form,
        "new_form_group": member.new_form_group,
        "platform": member.platform,
        "card_number": mask_card(member.card_number),
        "events": [
            {"kind": e.kind, "kind_label": membership.event_label(e.kind),
             "date": e.event_date.isoformat(), "reason_code": e.reason_code,
             "other_organization": e.other_organization,
             "original_join_date": e.original_join_date.isoformat()
             if e.original_join_date else None}
            for e in events
        ],
    }
    if args.json:
        print_json(info)
        return EXIT_OK
    for key in ("name", "gender_label", "id_number", "birth_date", "phone", "organization",
                "status_label", "join_date"):
        print(f"{t(f'cli.members.field.{key}')}: {info[key] or '-'}")
    print(t("cli.members.events"))
    for e in info["events"]:
        print(f"  {e['date']}  {e['kind_label']}  {e['other_organization'] or ''}".rstrip())
    return EXIT_OK


@command("members import", "import a roster (.xlsx .xls .csv); checks every row first and "
                           "imports the valid ones in one go",
         arg("file"), arg("--dry-run", action="store_true", help="check only, change nothing"),
         arg("--errors", metavar="OUT.xlsx", help="write every problem to this workbook"),
         arg("--json", action="store_true", help="print the counts as JSON"),
         arg("--join-date", help="入会日期 for rows without one"),
         arg("--org", help="organization (name or credit code) for rows without one"),
         arg("--create-orgs", action="store_true",
             help="create organizations the ledger does not know (else refuse the row)"))
def members_import(ledger: Ledger, args: argparse.Namespace) -> int:
    """Check a roster, list its problems, and import its valid rows in one transaction."""
    from unionoffice.common.validation import parse_date
    from unionoffice.members.roster import ImportOptions, run_import
    from unionoffice.members.roster.report import write_error_workbook

    options = ImportOptions(create_organizations=args.create_orgs)
    if args.join_date:
        options.default_join_date = parse_date(args.join_date, field="join_date",
                                               not_after=options.day)
    if args.org:
        from unionoffice.organizations.service import find_organization

        with read_session(ledger.engine) as session:
            options.default_organization_id = find_organization(session, args.org).id
    result = run_with_bar(run_import(ledger.engine, Path(args.file), options, dry=args.dry_run),
                          t("cli.import.progress"))
    if args.errors:
        write_error_workbook(result, Path(args.errors))
    summary = result.summary
    if args.json:
        print_json(summary.to_json())
        return EXIT_OK
    ignored = result.mapping.ignored_headers()
    sheet = result.table.sheet
    where = t("cli.import.sheet", sheet=sheet) if sheet else ""
    print(t("cli.import.file", file=result.table.path.name, where=where,
            row=result.table.header_row))
    if ignored:
        print(t("cli.import.ignored", columns="、".join(ignored)))
    print(t("cli.import.summary", rows=summary.rows, imported=summary.imported,
            updated=summary.updated, unchanged=summary.unchanged, rejected=summary.rejected,
            warnings=summary.warnings))
    for issue in result.issues[:20]:
        warning = issue.problem.severity == "warning"
        kind = t("cli.import.kind_warning" if warning else "cli.import.kind_error")
        print(t("cli.import.issue", row=issue.row, column=issue.column, kind=kind,
                message=issue.problem.message))
    if len(result.issues) > 20:
        print(t("cli.import.more", n=len(result.issues)))
    if args.dry_run:
        print(t("cli.import.dry_run"))
    elif result.committed:
        print(t("cli.import.done"))
    else:
        print(t("cli.import.nothing"))
    return EXIT_OK


@command("members export", "all members to .xlsx (ID and phone masked)",
         arg("output"), arg("--full-id", action="store_true",
                            help="full ID and phone numbers (recorded in the audit log)"))
def members_export(ledger: Ledger, args: argparse.Namespace) -> int:
    """Every member to a workbook, masked unless full numbers are asked for (audited)."""
    from unionoffice.members.roster.export import export_members

    rows = run_with_bar(export_members(ledger.engine, Path(args.output), full=args.full_id),
                        t("cli.export.progress"))
    print(t("cli.export.done", rows=rows, path=args.output)
          + ("" if args.full_id else t("cli.export.masked")))
    return EXIT_OK


@command("members template", "write the import template (.xlsx)", arg("output"), ledger=False)
def members_template(args: argparse.Namespace) -> int:
    """The roster template an employer fills in."""
    from unionoffice.members.roster.export import write_template

    write_template(Path(args.output))
    print(t("cli.template.done", path=args.output))
    return EXIT_OK
