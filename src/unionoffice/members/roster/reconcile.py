"""Step 2 of a roster import: match the prepared rows with the ledger and decide each one."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text
from sqlmodel import Session

from unionoffice.errors import Problem
from unionoffice.members import rules as membership
from unionoffice.members.roster.plan import (
    MEMBER_FIELDS,
    Decisions,
    ImportOptions,
    NewOrganization,
    PreparedRow,
    org_name_key,
)

_LEDGER_COLUMNS = ("id", "id_number", "name", "status", "join_date", "organization_id",
                   *MEMBER_FIELDS[1:])


def _ledger_members(session: Session, id_numbers: list[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    conn = session.connection()
    held = conn.exec_driver_sql("SELECT count(*) FROM member").scalar_one()
    if held < len(id_numbers):
        # A file larger than the ledger (a first import): read the ledger's numbers once
        # rather than look up every row of the file.
        known = {r[0] for r in conn.exec_driver_sql(
            "SELECT id_number FROM member WHERE id_type = 'RIC'")}
        id_numbers = [n for n in id_numbers if n in known]
    for start in range(0, len(id_numbers), 500):
        chunk = id_numbers[start:start + 500]
        rows = conn.exec_driver_sql(
            f"SELECT {', '.join(_LEDGER_COLUMNS)} FROM member WHERE id_type = 'RIC' AND "
            f"id_number IN ({', '.join('?' for _ in chunk)})", tuple(chunk)).all()
        for r in rows:
            found[r[1]] = dict(zip(_LEDGER_COLUMNS, r, strict=True))
    return found


class _Organizations:
    """The ledger's organizations by credit code and by compared name."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(text("SELECT id, name, uscc FROM organization")).all()
        self.names = {r[0]: r[1] for r in rows}
        self.by_uscc = {r[2]: r[0] for r in rows if r[2]}
        self.by_name: dict[str, list[str]] = {}
        for r in rows:
            self.by_name.setdefault(org_name_key(r[1]), []).append(r[0])


def _resolve_org(item: PreparedRow, orgs: _Organizations, options: ImportOptions,
                 out: Decisions, new_id: Callable[[], str]) -> tuple[str | None, bool]:
    """(organization id or None, refused?) for a row; may plan a new organization."""
    name, uscc = item.org_name, item.org_uscc
    if not name and not uscc:
        if options.default_organization_id:
            return options.default_organization_id, False
        out.add(item.row, Problem("roster.no_org", "organization", {}, "warning"))
        return None, False
    key = org_name_key(name) if name else ""
    if uscc and uscc in orgs.by_uscc:
        org_id = orgs.by_uscc[uscc]
        if key and org_name_key(orgs.names[org_id]) != key:
            out.add(item.row, Problem("roster.org_uscc_mismatch", "organization", {
                "uscc": uscc, "found": orgs.names[org_id], "value": name}))
            return None, True
        return org_id, False
    if key:
        matches = orgs.by_name.get(key, [])
        if len(matches) > 1:
            out.add(item.row, Problem("roster.org_ambiguous", "organization", {"value": name}))
            return None, True
        if matches:
            if uscc:  # the name is known with another (or no) code: do not guess which is right
                out.add(item.row, Problem("roster.org_uscc_mismatch", "organization", {
                    "uscc": uscc, "found": orgs.names[matches[0]], "value": name}))
                return None, True
            return matches[0], False
    label = name or uscc
    if not options.create_organizations:
        out.add(item.row, Problem("roster.org_not_found", "organization", {"value": label}))
        return None, True
    if not name:
        out.add(item.row, Problem("roster.org_name_needed", "organization", {"value": uscc}))
        return None, True
    planned_key = uscc or key
    planned = out.new_orgs.get(planned_key)
    if planned is None:
        planned = out.new_orgs[planned_key] = NewOrganization(new_id(), name, uscc)
        out.add(item.row, Problem("roster.org_created", "organization", {"value": name},
                                  "warning"))
    planned.rows.append(item.row)
    return planned.id, False


def reconcile(session: Session, prepared: list[PreparedRow], options: ImportOptions,
              new_id: Callable[[], str]) -> Decisions:
    """Decide what each prepared row does to the ledger as it is in ``session``.

    Args:
        session: An open session (read for a dry run, the write transaction for the import).
        prepared: Rows from :func:`prepare_rows`.
        options: The clerk's choices.
        new_id: Makes ids for organizations to be created.
    """
    out = Decisions()
    valid = [r for r in prepared if r.ok]
    existing = _ledger_members(session, [r.values["id_number"] for r in valid])
    orgs = _Organizations(session)
    for item in prepared:
        if not item.ok:
            out.rejected.append(item)
            continue
        if item.repeat_of is not None:
            out.unchanged.append(item)
            continue
        org_id, refused = _resolve_org(item, orgs, options, out, new_id)
        if refused:
            out.rejected.append(item)
            continue
        current = existing.get(item.values["id_number"])
        if current is None:
            join_date = item.join_date or options.default_join_date
            if join_date is None:
                out.add(item.row, Problem("roster.join_date_missing", "join_date"))
                out.rejected.append(item)
                continue
            birth = item.values["birth_date"]
            if birth and join_date < birth:
                out.add(item.row, Problem("date.before", "join_date", {
                    "value": join_date.isoformat(), "other": "出生日期",
                    "other_value": birth.isoformat()}))
                out.rejected.append(item)
                continue
            out.new.append((item, org_id, join_date))
            continue
        _decide_update(item, current, org_id, orgs, out)
    return out


def _decide_update(item: PreparedRow, current: dict, org_id: str | None,
                   orgs: _Organizations, out: Decisions) -> None:
    if current["name"] != item.values["name"]:
        out.add(item.row, Problem("roster.name_mismatch", "name", {
            "value": item.values["id_number"], "name": current["name"],
            "given": item.values["name"]}))
        out.rejected.append(item)
        return
    before, after = {}, {}
    for key in MEMBER_FIELDS[1:]:
        if key not in item.present:
            continue
        new = item.values[key]
        old = bool(current[key]) if key in ("migrant_worker", "hardship") else current[key]
        if new != old:
            before[key], after[key] = old, new
    if org_id and org_id != current["organization_id"]:
        if current["organization_id"] is None:
            before["organization_id"], after["organization_id"] = None, org_id
        else:
            out.add(item.row, Problem("roster.org_differs", "organization", {
                "current": orgs.names.get(current["organization_id"], ""),
                "value": item.org_name or item.org_uscc}, "warning"))
    joined = current["join_date"]
    if item.join_date and joined and item.join_date.isoformat() != str(joined):
        out.add(item.row, Problem("roster.join_date_differs", "join_date", {
            "value": item.join_date.isoformat(), "current": str(joined)}, "warning"))
    if current["status"] not in membership.IN_UNION:
        out.add(item.row, Problem("roster.not_member", "name", {
            "status": membership.status_label(current["status"])}, "warning"))
    if after:
        out.updates.append((item, current["id"], before, after))
    else:
        out.unchanged.append(item)


