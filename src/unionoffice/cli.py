"""Command line: parse, call a service, print, exit code (0 done, 1 refused, 2 usage)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from typing import Any

from unionoffice import __version__, i18n
from unionoffice.common.validation import gender_label, mask_card, mask_id_number, mask_phone
from unionoffice.db.engine import read_session
from unionoffice.db.migrate import Ledger, open_ledger
from unionoffice.errors import LedgerError, ValidationFailed
from unionoffice.i18n import pick
from unionoffice.members import rules as membership
from unionoffice.members.queries import (
    find_member_id,
    member_events,
    member_summaries,
    search_member_ids,
)
from unionoffice.paths import resolve_data_dir

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create the ledger and the office signing key")
    p.add_argument("--office-code", required=True, help="9-digit subdistrict code")
    p.add_argument("--office-name", required=True)
    p.add_argument("--short-name", required=True, help="short name used in case numbers")
    p.add_argument("--district-code", required=True, help="6-digit district code")
    p.add_argument("--district-name", required=True)

    p = sub.add_parser("demo", help="fill an empty ledger with realistic synthetic data")
    p.add_argument("--members", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)

    members = sub.add_parser("members", help="members").add_subparsers(
        dest="members_command", metavar="SUBCOMMAND", required=True)
    p = members.add_parser("search", help="search by name, pinyin, ID or phone ending")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p = members.add_parser("add", help="add a member (records 入会)")
    p.add_argument("--name", required=True)
    p.add_argument("--id-number", required=True)
    p.add_argument("--phone")
    p.add_argument("--org", help="organization name or credit code")
    p.add_argument("--join-date", help="date the union approved (default today)")
    p = members.add_parser("show", help="one member (id or ID number)")
    p.add_argument("member")
    p.add_argument("--json", action="store_true")
    p = members.add_parser("import", help="import a roster (.xlsx .xls .csv); checks every row "
                                          "first and imports the valid ones in one go")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check only, change nothing")
    p.add_argument("--errors", metavar="OUT.xlsx", help="write every problem to this workbook")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.add_argument("--join-date", help="入会日期 for rows without one")
    p.add_argument("--org", help="organization (name or credit code) for rows without one")
    p.add_argument("--create-orgs", action="store_true",
                   help="create organizations the ledger does not know (else refuse the row)")
    p = members.add_parser("export", help="all members to .xlsx (ID and phone masked)")
    p.add_argument("output")
    p.add_argument("--full-id", action="store_true",
                   help="full ID and phone numbers (recorded in the audit log)")
    p = members.add_parser("template", help="write the import template (.xlsx)")
    p.add_argument("output")
    cases = sub.add_parser("cases", help="mediation cases").add_subparsers(
        dest="cases_command", metavar="SUBCOMMAND", required=True)
    p = cases.add_parser("list", help="cases, newest first, with the clock that runs out first")
    p.add_argument("--state", help="only cases in this state (e.g. mediating)")
    p.add_argument("--open", action="store_true", help="only cases not yet closed")
    p.add_argument("--json", action="store_true")
    p = cases.add_parser("agreement", help="the 调解协议书 of a case as PDF")
    p.add_argument("case_number")
    p.add_argument("-o", "--output", required=True, help="PDF file to write")
    contracts = sub.add_parser("contracts", help="collective contracts").add_subparsers(
        dest="contracts_command", metavar="SUBCOMMAND", required=True)
    p = contracts.add_parser("list", help="contracts with their state and next clock")
    p.add_argument("--json", action="store_true")
    p.add_argument("--expiring", type=int, metavar="DAYS",
                   help="only contracts in force that expire within DAYS days")
    p.add_argument("--state")
    report = sub.add_parser("report", help="reports").add_subparsers(
        dest="report_command", metavar="SUBCOMMAND", required=True)
    p = report.add_parser("monthly", help="the month's figures as .pdf, .xlsx or .json")
    p.add_argument("--period", required=True, help="YYYY-MM")
    p.add_argument("-o", "--output", required=True,
                   help="file to write; its extension (.pdf .xlsx .json) picks the format")
    config = sub.add_parser("config", help="settings").add_subparsers(
        dest="config_command", metavar="SUBCOMMAND", required=True)
    p = config.add_parser("set", help="set a setting")
    p.add_argument("name", choices=["district-recipient", "coverage-rule", "district-url",
                                    "district-receipt-key"],
                   help="district-recipient: the district's age key; coverage-rule: once "
                        "(an employer covered by two contracts counts once) or each")
    p.add_argument("value")
    keys_cmd = sub.add_parser("keys", help="the office signing key").add_subparsers(
        dest="keys_command", metavar="SUBCOMMAND", required=True)
    keys_cmd.add_parser("show", help="the public key, as minisign writes a .pub file")
    keys_cmd.add_parser("rotate", help="a new key; the next bundle carries the hand-over "
                                       "signed by the old and the new key")
    bundle = sub.add_parser("bundle", help="the monthly bundle").add_subparsers(
        dest="bundle_command", metavar="SUBCOMMAND", required=True)
    p = bundle.add_parser("create", help="make the month's bundle; prints its path")
    p.add_argument("--period", required=True, help="YYYY-MM")
    p.add_argument("-o", "--output", help="folder (default: bundles/ in the data folder)")
    p.add_argument("--full", action="store_true", help="all rows, not only the changes")
    p.add_argument("--aggregates-only", action="store_true",
                   help="only the month's totals, no personal data (needs no recipient)")
    p = bundle.add_parser("upload", help="send a made bundle to the district's intake "
                                         "service; prints the receipt")
    p.add_argument("file", nargs="?", help="the bundle file (default: everything due)")
    p.add_argument("--url", help="the service (default: config district-url)")
    p = bundle.add_parser("outbox", help="made bundles and their upload state")
    p.add_argument("--json", action="store_true")
    p = bundle.add_parser("ack", help="after a restore: the last bundle seq the district "
                                      "acknowledged (unblocks bundle create)")
    p.add_argument("--seq", type=int, required=True)
    p.add_argument("--manifest-sha256", help="from the district's receipt, when this ledger "
                                             "has no record of that bundle")
    op_cmd = sub.add_parser("operator", help="accounts (the first one is the chair)") \
        .add_subparsers(dest="operator_command", metavar="SUBCOMMAND", required=True)
    p = op_cmd.add_parser("add", help="add an account; the password is asked (or "
                                      "$UNIONOFFICE_NEW_PASSWORD)")
    p.add_argument("username")
    p.add_argument("--name", required=True, help="the person's name")
    p.add_argument("--role", required=True, choices=["clerk", "mediator", "chair"])
    p = op_cmd.add_parser("list", help="the accounts")
    p.add_argument("--json", action="store_true")
    p = op_cmd.add_parser("passwd", help="set a password (own, or anyone's by the chair)")
    p.add_argument("username")
    p = op_cmd.add_parser("disable", help="disable an account")
    p.add_argument("username")
    p = op_cmd.add_parser("enable", help="enable an account again")
    p.add_argument("username")
    audit_cmd = sub.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", metavar="SUBCOMMAND", required=True)
    audit_cmd.add_parser("verify", help="check the hash chain; exit 1 naming the first broken "
                                        "entry")
    p = audit_cmd.add_parser("list", help="entries, newest first")
    p.add_argument("--operator-name", help="only this operator's entries")
    p.add_argument("--action", help="only actions starting with this (e.g. member.)")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    privacy = sub.add_parser("privacy", help="personal data: report, correction, retention") \
        .add_subparsers(dest="privacy_command", metavar="SUBCOMMAND", required=True)
    p = privacy.add_parser("report", help="everything held on one ID number (JSON)")
    p.add_argument("id_number")
    p.add_argument("-o", "--output", help="write the JSON to this file")
    p = privacy.add_parser("correct", help="correct a member's name or phone, with the reason")
    p.add_argument("id_number")
    p.add_argument("--name")
    p.add_argument("--phone")
    p.add_argument("--new-id-number")
    p.add_argument("--reason", required=True)
    p = privacy.add_parser("retention", help="show or set how long data is kept")
    p.add_argument("kind", nargs="?", choices=["former_members", "closed_cases"])
    p.add_argument("years", nargs="?", help="years, or 'keep' for no limit")
    p = privacy.add_parser("purge", help="de-identify what is past its retention period")
    p.add_argument("--dry-run", action="store_true", help="only count")
    backup_cmd = sub.add_parser("backup", help="copies of the ledger").add_subparsers(
        dest="backup_command", metavar="SUBCOMMAND", required=True)
    backup_cmd.add_parser("create", help="copy the ledger now; prints the copy's path")
    p = backup_cmd.add_parser("list", help="the copies, newest first")
    p.add_argument("--json", action="store_true")
    p = backup_cmd.add_parser("restore", help="replace the ledger by a copy (the current "
                                              "ledger is copied first)")
    p.add_argument("file", help="a copy's path or file name in the backups folder")
    p = bundle.add_parser("verify", help="check a bundle; exit 0 when valid")
    p.add_argument("file")
    p.add_argument("--pubkey", required=True, help="the office's minisign .pub file")
    p.add_argument("--identity", help="age identity file to decrypt with")
    district = sub.add_parser("district", help="the district federation's side")
    district.add_argument("--district-dir", help="the district store's folder "
                          "(default: district/ in the data folder)")
    district.add_argument("--db", help="the district store's database URL "
                          "(postgresql://user@host/db); instead of a folder")
    dsub = district.add_subparsers(dest="district_command", metavar="SUBCOMMAND", required=True)
    p = dsub.add_parser("serve", help="the intake service (offices upload bundles to it)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8400)
    dsub.add_parser("receipt-key", help="the district's receipt key (.pub) for the offices")
    p = dsub.add_parser("init", help="create the store and the age identity; prints the "
                                     "recipient to give the offices")
    p.add_argument("--district-code", default="district")
    p = dsub.add_parser("register", help="register an office's public key")
    p.add_argument("office_code")
    p.add_argument("pubfile")
    p = dsub.add_parser("ingest", help="check and accept bundles")
    p.add_argument("files", nargs="+")
    p.add_argument("--identity", help="age identity file (default: the one in the keyring)")
    p = dsub.add_parser("status", help="which offices reported for a month")
    p.add_argument("--period", required=True)
    p.add_argument("--json", action="store_true")
    p = dsub.add_parser("report", help="all offices' totals for a month")
    p.add_argument("--period", required=True)
    p.add_argument("-o", "--output", help="write JSON to this file")
    return parser


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _run_with_bar(job: Iterator[tuple[int, int]], label: str):
    """Run a generator of (done, total), drawing a text bar on a terminal; returns its value."""
    tty = sys.stderr.isatty()
    while True:
        try:
            done, total = next(job)
        except StopIteration as stop:
            if tty:
                sys.stderr.write("\n")
            return stop.value
        if tty and total:
            filled = int(30 * done / total)
            sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
            sys.stderr.flush()


def cmd_init(ledger: Ledger, args) -> int:
    from unionoffice.office import OfficeInput, init_office

    office, public, status = init_office(
        ledger.engine,
        OfficeInput(args.office_code, args.office_name, args.short_name, args.district_code,
                    args.district_name),
        ledger_path=str(ledger.paths.ledger),
    )
    if status.warning:
        _err(status.warning)
    print(pick(f"已创建账本：{ledger.paths.ledger}", f"Ledger created: {ledger.paths.ledger}"))
    print(pick(f"街道：{office.name}（{office.code}）", f"Office: {office.name} ({office.code})"))
    print(pick(f"签名密钥：{public.key_id}（私钥保存在系统钥匙串：{status.name}）",
               f"Signing key: {public.key_id} (secret kept in the keyring: {status.name})"))
    return EXIT_OK


def cmd_demo(ledger: Ledger, args) -> int:
    from unionoffice.demo.generate import generate_demo

    if args.members < 0:
        raise ValidationFailed([_problem("number.range", "members", value=args.members,
                                         min=0, max=10_000_000)])
    _run_with_bar(generate_demo(ledger.engine, members=args.members, seed=args.seed),
              pick("生成演示数据", "demo data"))
    print(pick(f"已生成演示数据：{args.members} 名会员（种子 {args.seed}）",
               f"Demo data made: {args.members} members (seed {args.seed})"))
    return EXIT_OK


def _problem(code: str, field: str, **params):
    from unionoffice.errors import Problem

    return Problem(code, field, params)


def member_summary(row) -> dict[str, Any]:
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


def cmd_members_search(ledger: Ledger, args) -> int:
    with read_session(ledger.engine) as session:
        rows = member_summaries(session, search_member_ids(session, args.query, args.limit))
    items = [member_summary(r) for r in rows]
    if args.json:
        _print_json(items)
        return EXIT_OK
    if not items:
        print(pick("没有找到匹配的会员", "no matching members"))
    for it in items:
        print("\t".join([it["name"], it["gender_label"], it["id_number"], it["phone"] or "-",
                         it["organization"] or "-", it["status_label"], it["id"]]))
    return EXIT_OK


def cmd_members_add(ledger: Ledger, args) -> int:
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
        _err(pick("提示：", "note: ") + warning.describe())
    print(member_id)
    return EXIT_OK


def cmd_members_import(ledger: Ledger, args) -> int:
    from pathlib import Path

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
    result = _run_with_bar(run_import(ledger.engine, Path(args.file), options, dry=args.dry_run),
                           pick("导入", "import"))
    if args.errors:
        write_error_workbook(result, Path(args.errors))
    summary = result.summary
    if args.json:
        _print_json(summary.to_json())
        return EXIT_OK
    ignored = result.mapping.ignored_headers()
    sheet = result.table.sheet
    where = pick(f"工作表“{sheet}”，", f"sheet '{sheet}', ") if sheet else ""
    print(pick(f"文件：{result.table.path.name}（{where}表头在第 {result.table.header_row} 行）",
               f"file: {result.table.path.name} ({where}header on row {result.table.header_row})"))
    if ignored:
        print(pick("未导入的列：", "columns left out: ") + "、".join(ignored))
    print(pick(f"数据行 {summary.rows}：新增 {summary.imported}，更新 {summary.updated}，"
               f"无变化 {summary.unchanged}，未导入 {summary.rejected}；提示 {summary.warnings} 条",
               f"{summary.rows} rows: {summary.imported} new, {summary.updated} updated, "
               f"{summary.unchanged} unchanged, {summary.rejected} rejected; "
               f"{summary.warnings} warnings"))
    for issue in result.issues[:20]:
        warning = issue.problem.severity == "warning"
        kind = pick("提示", "note") if warning else pick("错误", "error")
        print(pick(f"  第 {issue.row} 行 {issue.column}（{kind}）：{issue.problem.message}",
                   f"  row {issue.row} {issue.column} ({kind}): {issue.problem.message}"))
    if len(result.issues) > 20:
        print(pick(f"  …… 共 {len(result.issues)} 条，完整清单请用 --errors 写入 Excel",
                   f"  … {len(result.issues)} in all; write them all with --errors"))
    if args.dry_run:
        print(pick("这是预检，账本未改动。", "Dry run: the ledger is unchanged."))
    elif result.committed:
        print(pick("已导入。", "Imported."))
    else:
        print(pick("没有可导入的行，账本未改动。", "Nothing to import; the ledger is unchanged."))
    return EXIT_OK


def cmd_members_export(ledger: Ledger, args) -> int:
    from pathlib import Path

    from unionoffice.members.roster.export import export_members

    rows = _run_with_bar(export_members(ledger.engine, Path(args.output), full=args.full_id),
                         pick("导出", "export"))
    print(pick(f"已导出 {rows} 名会员到 {args.output}", f"{rows} members written to "
               f"{args.output}") + ("" if args.full_id else pick("（证件号码和手机号已遮盖）",
                                                                  " (ID and phone masked)")))
    return EXIT_OK


def cmd_members_template(args) -> int:
    from pathlib import Path

    from unionoffice.members.roster.export import write_template

    try:
        write_template(Path(args.output))
    except LedgerError as exc:
        _err(str(exc))
        return EXIT_REFUSED
    print(pick(f"已写入导入模板：{args.output}", f"import template written: {args.output}"))
    return EXIT_OK


def cmd_members_show(ledger: Ledger, args) -> int:
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
        _print_json(info)
        return EXIT_OK
    labels = [("name", "姓名", "Name"), ("gender_label", "性别", "Gender"),
              ("id_number", "证件号码", "ID number"), ("birth_date", "出生日期", "Born"),
              ("phone", "手机号码", "Phone"), ("organization", "工作单位", "Organization"),
              ("status_label", "会籍状态", "Status"), ("join_date", "入会日期", "Joined")]
    for key, zh, en in labels:
        print(f"{pick(zh, en)}: {info[key] or '-'}")
    print(pick("会籍变动:", "Membership changes:"))
    for e in info["events"]:
        print(f"  {e['date']}  {e['kind_label']}  {e['other_organization'] or ''}".rstrip())
    return EXIT_OK


def case_summary(row, today) -> dict[str, Any]:
    from unionoffice.mediation import rules as mediation

    return {
        "id": row.id, "case_number": row.case_number, "state": row.state,
        "state_label": mediation.state_label(row.state),
        "received_on": row.received_on.isoformat(),
        "deadline": row.deadline.isoformat() if row.deadline else None,
        "deadline_rule": row.deadline_rule,
        "days_left": (row.deadline - today).days if row.deadline else None,
        "applicants": row.applicants, "workers": row.workers, "respondent": row.respondent,
        "category": row.category, "claimed_fen": row.claimed_fen, "agreed_fen": row.agreed_fen,
        "paid_fen": row.paid_fen,
    }


def cmd_cases_list(ledger: Ledger, args) -> int:
    import datetime as dt

    from unionoffice.common.money import yuan
    from unionoffice.mediation.service import list_cases

    today = dt.date.today()
    items = [case_summary(r, today) for r in list_cases(ledger.engine, state=args.state,
                                                          open_only=args.open)]
    if args.json:
        _print_json(items)
        return EXIT_OK
    if not items:
        print(pick("没有调解案件", "no mediation cases"))
    for it in items:
        left = "" if it["days_left"] is None else pick(f"剩{it['days_left']}天",
                                                         f"{it['days_left']} days left")
        print("\t".join([it["case_number"] or pick("（未受理）", "(not accepted)"),
                         it["state_label"], it["received_on"], "、".join(it["applicants"]),
                         it["respondent"], yuan(it["claimed_fen"]), left]))
    return EXIT_OK


def cmd_cases_agreement(ledger: Ledger, args) -> int:
    from pathlib import Path

    from unionoffice.mediation.documents import agreement_pdf
    from unionoffice.mediation.service import case_detail, find_case_id

    pdf = agreement_pdf(case_detail(ledger.engine, find_case_id(ledger.engine,
                                                                 args.case_number)))
    target = Path(args.output)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(pdf)
    partial.replace(target)  # never leave half a PDF under the asked-for name
    print(target)
    return EXIT_OK


def cmd_contracts_list(ledger: Ledger, args) -> int:
    import datetime as dt

    from unionoffice.contracts import service as cc

    today = dt.date.today()
    rows = cc.list_contracts(ledger.engine, state=args.state, expiring_within=args.expiring,
                             today=today)
    items = [{
        "id": r.id, "title": r.title, "type": r.contract_type,
        "type_label": pick(*cc.TYPES[r.contract_type]), "scope": r.scope,
        "state": r.state, "state_label": cc.state_label(r.state),
        "organization": r.organization,
        "signed_on": r.signed_on.isoformat() if r.signed_on else None,
        "term_end": r.term_end.isoformat() if r.term_end else None,
        "days_to_expiry": (r.term_end - today).days if r.term_end else None,
        "next_deadline": r.due.isoformat() if r.due else None, "next_rule": r.due_rule,
        "covered_enterprises": r.covered_enterprises, "covered_workers": r.covered_workers,
    } for r in rows]
    if args.json:
        _print_json(items)
        return EXIT_OK
    if not items:
        print(pick("没有符合条件的集体合同", "no matching collective contracts"))
    for it in items:
        print("\t".join([it["title"], it["state_label"], it["term_end"] or "-",
                         str(it["covered_workers"])]))
    return EXIT_OK


def cmd_report_monthly(ledger: Ledger, args) -> int:
    from pathlib import Path

    from unionoffice.office import get_office
    from unionoffice.reports.monthly import monthly_report, monthly_trend

    target = Path(args.output)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".xlsx", ".json"):
        raise LedgerError("report.format", value=target.name)
    report = monthly_report(ledger.engine, args.period)
    office = get_office(ledger.engine)
    name = office.name if office else ""
    if suffix == ".json":
        payload = json.dumps(report.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
    elif suffix == ".xlsx":
        from unionoffice.reports.xlsx import report_xlsx

        payload = report_xlsx(report, name)
    else:
        from unionoffice.reports.pdf import report_pdf

        payload = report_pdf(report, name, monthly_trend(ledger.engine, args.period))
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(payload)
    partial.replace(target)
    print(target)
    return EXIT_OK


def cmd_config_set(ledger: Ledger, args) -> int:
    if args.name == "district-url":
        from unionoffice.bundle.outbox import set_district_url

        print(pick(f"区总工会上报地址：{set_district_url(ledger.engine, args.value)}",
                   f"district upload address: {set_district_url(ledger.engine, args.value)}"))
        return EXIT_OK
    if args.name == "district-receipt-key":
        from pathlib import Path

        from unionoffice.bundle.outbox import set_receipt_key

        source = Path(args.value)
        text = source.read_text("utf-8") if source.is_file() else args.value
        print(pick(f"已设置区总工会回执公钥 {set_receipt_key(ledger.engine, text)}",
                   f"district receipt key set: {set_receipt_key(ledger.engine, text)}"))
        return EXIT_OK
    if args.name == "coverage-rule":
        from unionoffice.contracts.service import set_coverage_rule

        set_coverage_rule(ledger.engine, args.value)
        print(pick(f"集体合同覆盖计数规则：{args.value}", f"coverage rule: {args.value}"))
        return EXIT_OK
    from unionoffice.office import set_district_recipient

    value = set_district_recipient(ledger.engine, args.value)
    print(pick(f"已设置区总工会接收公钥：{value}", f"District recipient set: {value}"))
    return EXIT_OK


def cmd_keys_show(ledger: Ledger, args) -> int:
    from unionoffice.bundle import keys
    from unionoffice.bundle.sign import public_key_file
    from unionoffice.office import get_office

    office = get_office(ledger.engine)
    if office is None:
        raise LedgerError("office.missing")
    sys.stdout.write(public_key_file(keys.office_public_key(office.code).public_key))
    return EXIT_OK


def cmd_keys_rotate(ledger: Ledger, args) -> int:
    from unionoffice.bundle.rotation import rotate_signing_key

    old_id, new_id = rotate_signing_key(ledger.engine)
    print(pick(f"已更换签名密钥：{old_id} → {new_id}。"
               "下一个数据包将携带由新旧密钥共同签名的换钥声明。",
               f"signing key rotated: {old_id} → {new_id}; the next bundle carries the "
               "hand-over signed by both keys."))
    return EXIT_OK


def cmd_bundle_create(ledger: Ledger, args) -> int:
    from pathlib import Path

    from unionoffice.bundle.export import create_bundle

    out = Path(args.output) if args.output else ledger.paths.root / "bundles"
    job = create_bundle(ledger.engine, args.period, out, full=args.full,
                        aggregates_only=args.aggregates_only)
    path = None
    while True:
        try:
            next(job)
        except StopIteration as stop:
            path = stop.value
            break
    print(path)
    return EXIT_OK


def cmd_bundle_upload(ledger: Ledger, args) -> int:
    from pathlib import Path

    from unionoffice.bundle import outbox

    if args.file:
        results = [outbox.upload_bundle(ledger.engine,
                                        outbox.bundle_for_file(ledger.engine, Path(args.file)),
                                        args.url)]
    else:
        results = outbox.send_due(ledger.engine, args.url)
        if not results:
            print(pick("没有待上传的数据包", "nothing to upload"))
    failed = False
    for r in results:
        line = pick(f"第 {r.seq} 号：{outbox.state_label(r.state)}",
                    f"bundle {r.seq}: {outbox.state_label(r.state)}")
        if r.receipt:
            line += pick(f"（回执：{r.receipt['received_at']} 收到）",
                         f" (receipt: received {r.receipt['received_at']})")
        if r.message:
            line += "：" + r.message if i18n.language() == "zh" else ": " + r.message
        (print if r.state == "accepted" else _err)(line)
        failed |= r.state != "accepted"
    return EXIT_REFUSED if failed else EXIT_OK


def cmd_bundle_outbox(ledger: Ledger, args) -> int:
    from unionoffice.bundle import outbox
    from unionoffice.bundle.export import bundle_history

    rows = [{"seq": r.seq, "period": r.period, "state": r.upload_state,
             "attempts": r.upload_attempts,
             "next_try": r.next_upload_at.isoformat() if r.next_upload_at else None,
             "error": r.upload_error, "file": r.file} for r in bundle_history(ledger.engine)]
    if args.json:
        _print_json(rows)
        return EXIT_OK
    for r in rows:
        print("\t".join([str(r["seq"]), r["period"], outbox.state_label(r["state"]),
                         r["error"] or ""]))
    return EXIT_OK


def cmd_bundle_ack(ledger: Ledger, args) -> int:
    from unionoffice.backup.restore import confirm_district_ack

    following = confirm_district_ack(ledger.engine, args.seq, args.manifest_sha256)
    print(pick(f"已确认区总工会收到第 {args.seq} 号数据包；下一个数据包为第 {following} 号",
               f"confirmed: the district holds bundle {args.seq}; the next bundle is "
               f"{following}"))
    return EXIT_OK


def cmd_backup_create(ledger: Ledger, args) -> int:
    from unionoffice.backup.copies import backup_ledger

    print(backup_ledger(ledger.paths, "manual"))
    return EXIT_OK


def cmd_backup_list(ledger: Ledger, args) -> int:
    from unionoffice.backup.copies import list_backups

    copies = list_backups(ledger.paths)
    if args.json:
        _print_json([{"file": c.path.name, "path": str(c.path),
                      "taken_at": c.taken_at.isoformat(timespec="seconds"),
                      "reason": c.reason, "bytes": c.size} for c in copies])
        return EXIT_OK
    if not copies:
        print(pick("还没有备份", "no backups yet"))
    for c in copies:
        print("\t".join([c.taken_at.strftime("%Y-%m-%d %H:%M:%S"), c.reason_label,
                         f"{c.size / 1e6:.1f} MB", c.path.name]))
    return EXIT_OK


def cmd_backup_restore(ledger: Ledger, args) -> int:
    from pathlib import Path

    from unionoffice.backup.restore import restore_ledger

    source = Path(args.file)
    if not source.exists() and (ledger.paths.backups / args.file).exists():
        source = ledger.paths.backups / args.file
    result = restore_ledger(ledger, source)
    print(pick(f"已从 {result.restored_from.name} 恢复账本；恢复前的账本已另存为 "
               f"{result.safety_copy.name}",
               f"ledger restored from {result.restored_from.name}; the ledger as it was is "
               f"saved as {result.safety_copy.name}"))
    print(pick("生成下一个数据包前，请用 bundle ack --seq N 确认区总工会已收到的最后一个序号"
               f"（本账本记录到第 {result.last_local_bundle} 号）",
               "before the next bundle, confirm the last seq the district acknowledged with "
               f"bundle ack --seq N (this ledger knows up to {result.last_local_bundle})"))
    return EXIT_OK


def _new_password() -> str:
    import getpass
    import os

    given = os.environ.get("UNIONOFFICE_NEW_PASSWORD")
    if given:
        return given
    if not sys.stdin.isatty():
        raise LedgerError("operator.password_needed")
    first = getpass.getpass(pick("新密码：", "new password: "))
    if getpass.getpass(pick("再输一次：", "again: ")) != first:
        raise LedgerError("auth.failed")
    return first


def cmd_operator(ledger: Ledger, args) -> int:
    from unionoffice.accounts import operators, permissions

    name = args.operator_command
    if name == "add":
        operators.create_operator(ledger.engine, args.username, args.name, args.role,
                                  _new_password())
        print(pick(f"已添加账户 {args.username}（{permissions.role_label(args.role)}）",
                   f"account {args.username} added ({permissions.role_label(args.role)})"))
    elif name == "list":
        rows = operators.list_operators(ledger.engine)
        if args.json:
            _print_json([{"username": o.username, "name": o.display_name, "role": o.role,
                          "active": o.active} for o in rows])
        for o in [] if args.json else rows:
            print("\t".join([o.username, o.display_name, permissions.role_label(o.role),
                             pick("启用", "active") if o.active else pick("停用", "disabled")]))
    elif name == "passwd":
        import getpass
        import os

        own = permissions.current() is not None and permissions.current().username == args.username
        old = os.environ.get("UNIONOFFICE_PASSWORD") if own else None
        if own and old is None and sys.stdin.isatty():
            old = getpass.getpass(pick("原密码：", "current password: "))
        operators.change_password(ledger.engine, args.username, _new_password(),
                                  old_password=old)
        print(pick("密码已更改", "password changed"))
    else:
        operators.set_active(ledger.engine, args.username, name == "enable")
        print(pick(f"账户 {args.username} 已{'启用' if name == 'enable' else '停用'}",
                   f"account {args.username} {name}d"))
    return EXIT_OK


def cmd_audit(ledger: Ledger, args) -> int:
    from unionoffice.accounts import permissions
    from unionoffice.audit import trail

    permissions.require(ledger.engine, "audit.view")
    if args.audit_command == "verify":
        result = trail.verify_log(ledger.engine)
        if result.first_bad is not None:
            _err(pick(f"操作日志第 {result.first_bad} 条被改动或断链（此前 {result.checked} 条"
                      "完好）。请保留现状并报告主席；可用备份核对",
                      f"audit entry {result.first_bad} was altered or the chain is broken "
                      f"({result.checked} entries before it are intact). Leave the ledger "
                      "as it is and report it; backups can be compared"))
            return EXIT_REFUSED
        print(pick(f"操作日志完整：共 {result.checked} 条，链头 {result.head_hash[:16]}…",
                   f"audit log intact: {result.checked} entries, head {result.head_hash[:16]}…"))
        return EXIT_OK
    entries = trail.list_entries(ledger.engine, operator=args.operator_name,
                                 action=args.action, limit=args.limit)
    if args.json:
        _print_json([e.to_json() for e in entries])
        return EXIT_OK
    for e in entries:
        print("\t".join([str(e.seq), e.at_local, e.operator, e.action, e.entity,
                         e.entity_id, e.summary]))
    return EXIT_OK


def cmd_privacy(ledger: Ledger, args) -> int:
    from pathlib import Path

    from unionoffice import privacy as pd
    from unionoffice.db.models import Member
    from unionoffice.members.service import MemberInput

    engine = ledger.engine
    name = args.privacy_command
    if name == "report":
        text = pd.report_text(pd.subject_report(engine, args.id_number))
        if args.output:
            Path(args.output).write_text(text, "utf-8")
            print(pick(f"已写入 {args.output}", f"written to {args.output}"))
        else:
            print(text)
    elif name == "correct":
        with read_session(engine) as session:
            member_id = find_member_id(session, args.id_number)
            if member_id is None:
                raise LedgerError("member.not_found", value=args.id_number)
            m = session.get(Member, member_id)
            data = MemberInput(**{k: getattr(m, k) for k in (
                "name", "id_number", "gender", "birth_date", "phone", "ethnicity", "education",
                "political_status", "household_type", "migrant_worker", "employment_status",
                "employment_form", "new_form_group", "platform", "organization_id",
                "card_number", "model_worker_level", "hardship")})
        data.name = args.name or data.name
        data.phone = args.phone if args.phone is not None else data.phone
        if args.new_id_number:
            data.id_number, data.gender, data.birth_date = args.new_id_number, None, None
        pd.correct_member_data(engine, member_id, data, args.reason)
        print(pick("已更正，原因已记入操作日志", "corrected; the reason is in the audit log"))
    elif name == "retention":
        if args.kind and args.years:
            years = None if args.years == "keep" else int(args.years)
            pd.set_retention(engine, args.kind, years)
        for kind, years in pd.retention_settings(engine).items():
            print(f"{kind}\t{pd.retention_label(kind)}\t" + (
                pick(f"{years} 年", f"{years} years") if years else pick("不限", "no limit")))
    else:
        if args.dry_run:
            counts = {k: len(v) for k, v in pd.expired(engine).items()}
        else:
            counts = pd.purge_expired(engine)
        for kind, n in counts.items():
            print(f"{kind}\t{pd.retention_label(kind)}\t{n}")
        print(pick("（预览，未改动）" if args.dry_run else "已清理并记入操作日志",
                   "(preview, nothing changed)" if args.dry_run else
                   "purged; recorded in the audit log"))
    return EXIT_OK


COMMANDS = {
    ("init", None): cmd_init,
    ("demo", None): cmd_demo,
    ("members", "search"): cmd_members_search,
    ("members", "add"): cmd_members_add,
    ("members", "show"): cmd_members_show,
    ("members", "import"): cmd_members_import,
    ("members", "export"): cmd_members_export,
    ("cases", "list"): cmd_cases_list,
    ("cases", "agreement"): cmd_cases_agreement,
    ("contracts", "list"): cmd_contracts_list,
    ("report", "monthly"): cmd_report_monthly,
    ("config", "set"): cmd_config_set,
    ("keys", "show"): cmd_keys_show,
    ("keys", "rotate"): cmd_keys_rotate,
    ("bundle", "create"): cmd_bundle_create,
    ("bundle", "ack"): cmd_bundle_ack,
    ("bundle", "upload"): cmd_bundle_upload,
    ("bundle", "outbox"): cmd_bundle_outbox,
    ("backup", "create"): cmd_backup_create,
    ("operator", "add"): cmd_operator,
    ("operator", "list"): cmd_operator,
    ("operator", "passwd"): cmd_operator,
    ("operator", "disable"): cmd_operator,
    ("operator", "enable"): cmd_operator,
    ("audit", "verify"): cmd_audit,
    ("privacy", "report"): cmd_privacy,
    ("privacy", "correct"): cmd_privacy,
    ("privacy", "retention"): cmd_privacy,
    ("privacy", "purge"): cmd_privacy,
    ("audit", "list"): cmd_audit,
    ("backup", "list"): cmd_backup_list,
    ("backup", "restore"): cmd_backup_restore,
}


def cmd_bundle_verify(args) -> int:
    """Needs no ledger: the district (or anyone) checks a file with the office's public key."""
    from pathlib import Path

    from unionoffice.bundle.sign import read_public_key
    from unionoffice.bundle.verify import open_bundle

    try:
        public = read_public_key(Path(args.pubkey).read_text("utf-8"))
        identity = Path(args.identity).read_text("utf-8") if args.identity else None
        bundle = open_bundle(Path(args.file).read_bytes(), public, identity)
    except LedgerError as exc:
        _err(pick("数据包无效：", "invalid bundle: ") + str(exc))
        return EXIT_REFUSED
    except OSError as exc:
        _err(pick(f"无法读取文件：{exc}", f"cannot read a file: {exc}"))
        return EXIT_REFUSED
    print(pick("数据包有效：", "valid bundle: ") + bundle.summary())
    return EXIT_OK


def cmd_district(args) -> int:
    """District commands work on the district store, never on an office ledger."""
    from pathlib import Path

    from unionoffice.district import intake

    root = args.db or (Path(args.district_dir) if args.district_dir else
                       resolve_data_dir(args.data_dir).root / "district")
    try:
        if args.district_command == "serve":
            from unionoffice.district.server import serve

            serve(root, args.host, args.port)
        elif args.district_command == "receipt-key":
            print(intake.receipt_public_key(root))
        elif args.district_command == "init":
            print(intake.init_district(root, args.district_code))
        elif args.district_command == "register":
            key_id = intake.register_office(root, args.office_code,
                                            Path(args.pubfile).read_text("utf-8"))
            print(pick(f"已登记街道 {args.office_code} 的密钥 {key_id}",
                       f"registered key {key_id} for office {args.office_code}"))
        elif args.district_command == "ingest":
            identity = Path(args.identity).read_text("utf-8") if args.identity else None
            failed = 0
            for name in args.files:
                try:
                    result = intake.ingest(root, Path(name).read_bytes(), identity)
                except LedgerError as exc:
                    failed += 1
                    _err(f"{name}: " + pick("拒绝接收：", "refused: ") + str(exc))
                    continue
                if result.already:
                    print(f"{name}: " + pick("已接收过（内容相同），未作改动", "already ingested"))
                else:
                    print(f"{name}: " + pick(
                        f"已接收 {result.office} {result.period} 第 {result.seq} 号，"
                        f"{result.rows} 行",
                        f"accepted {result.office} {result.period} #{result.seq}, "
                        f"{result.rows} rows"))
            return EXIT_REFUSED if failed else EXIT_OK
        elif args.district_command == "status":
            rows = intake.period_status(root, args.period)
            if args.json:
                _print_json(rows)
            for r in rows if not args.json else []:
                state = pick(f"已上报 第{r['seq']}号 {r['ingested_at']}", f"reported #{r['seq']}") \
                    if r["reported"] else pick("未上报", "not reported")
                print(f"{r['office']}\t{r['name']}\t{state}")
        elif args.district_command == "report":
            data = intake.district_report(root, args.period)
            text = json.dumps(data, ensure_ascii=False, indent=2)
            if args.output:
                Path(args.output).write_text(text, "utf-8")
                print(args.output)
            else:
                print(text)
    except LedgerError as exc:
        _err(str(exc))
        return EXIT_REFUSED
    except OSError as exc:
        _err(pick(f"无法读写文件：{exc}", f"cannot read or write a file: {exc}"))
        return EXIT_REFUSED
    return EXIT_OK


def _sign_in(ledger: Ledger, args) -> None:
    """With accounts on the ledger, the command runs as a signed-in operator."""
    import getpass
    import os

    from unionoffice.accounts import operators, permissions

    if not permissions.accounts_enabled(ledger.engine):
        return
    username = args.operator or os.environ.get("UNIONOFFICE_OPERATOR")
    password = os.environ.get("UNIONOFFICE_PASSWORD")
    if username and password is None and sys.stdin.isatty():
        password = getpass.getpass(pick(f"{username} 的密码：", f"password for {username}: "))
    if not username or password is None:
        raise LedgerError("operator.password_needed")
    operators.authenticate(ledger.engine, username, password)


def run_command(args: argparse.Namespace) -> int:
    """Open the ledger, run one command, turn domain errors into a message and exit 1."""
    if args.command == "bundle" and args.bundle_command == "verify":
        return cmd_bundle_verify(args)
    if args.command == "district":
        return cmd_district(args)
    if args.command == "members" and args.members_command == "template":
        return cmd_members_template(args)
    sub_command = next((getattr(args, f"{name}_command", None) for name in (
        "members", "cases", "contracts", "report", "config", "keys", "bundle", "backup",
        "operator", "audit", "privacy")
        if getattr(args, f"{name}_command", None)),
        None)
    handler = COMMANDS[(args.command, sub_command)]
    try:
        with open_ledger(resolve_data_dir(args.data_dir)) as ledger:
            _sign_in(ledger, args)
            return handler(ledger, args)
    except LedgerError as exc:
        _err(str(exc))
        return EXIT_REFUSED
    except OSError as exc:
        log.exception("command failed")
        _err(pick(f"无法读写文件：{exc}（账本未改动）", f"cannot read or write a file: {exc} "
                  "(the ledger is unchanged)"))
        return EXIT_REFUSED
    except Exception:
        log.exception("command failed")
        _err(pick("程序内部错误，操作未完成，账本未改动。详情见日志：",
                  "internal error; nothing was done and the ledger is unchanged. Details in: ")
             + str(resolve_data_dir(args.data_dir).logs / "unionoffice.log"))
        return EXIT_REFUSED
