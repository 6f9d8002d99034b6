"""Read use cases behind the ledger's lists: filtered, sorted id lists and lazily fetched rows.

Lists hold SQLite rowids, not UUIDs: an id list of 200,000 members sorted by name is read
from the name index alone in ~40 ms (the UUIDs would cost a table lookup per row, ~330 ms).
Rowids are only kept in memory for the life of a list; they are never stored or sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, text

from unionoffice import access
from unionoffice.db import member_search
from unionoffice.db.engine import read_session
from unionoffice.validation import mask_id_number

MEMBER_SORTS = {
    "name": "m.name",
    "gender": "m.gender",
    "id_number": "m.id_number",
    "phone": "m.phone",
    "organization": "o.name",
    "status": "m.status",
    "join_date": "m.join_date",
    "new_form_group": "m.new_form_group",
}


@dataclass(frozen=True)
class MemberFilter:
    """What the members list shows: search text, filters and sort order."""

    text: str = ""
    status: str | None = None
    organization_id: str | None = None
    employment_form: str | None = None
    new_form_group: str | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class MemberListRow:
    rowid: int
    id: str
    name: str
    gender: str
    id_number: str
    phone: str | None
    organization: str | None
    status: str
    join_date: dt.date | None
    new_form_group: str | None


TEXT_SEARCH_CAP = 5000


@dataclass(frozen=True)
class MemberIdList:
    """The members a list shows, in order; ``truncated`` when a search matched more than the cap."""

    rowids: list[int]
    truncated: bool = False


def member_rowids(engine: Engine, flt: MemberFilter) -> MemberIdList:
    """Rowids of the members matching ``flt``, in its sort order (the order is the query's).

    Without search text the whole (filtered) ledger is listed straight from an index. With
    search text at most ``TEXT_SEARCH_CAP`` matches are listed: a search is for finding
    people, and one or two letters ("z") match a tenth of the ledger.
    """
    where, params = [], {}
    # With search text the search's indexes come first and the filters are checked on what
    # they find ("+" keeps SQLite from reading, say, every active member instead).
    plus = "+" if flt.text.strip() else ""
    for column in ("status", "organization_id", "employment_form", "new_form_group"):
        value = getattr(flt, column)
        if value:
            where.append(f"{plus}m.{column} = :{column}")
            params[column] = value
    sort = MEMBER_SORTS.get(flt.sort, "m.name")
    direction = "DESC" if flt.descending else "ASC"
    join = "LEFT JOIN organization o ON o.id = m.organization_id" if sort.startswith("o.") else ""
    with read_session(engine) as session:
        if not flt.text.strip():
            sql = (f"SELECT m.rowid FROM member m {join} "
                   f"{'WHERE ' + ' AND '.join(where) if where else ''} "
                   f"ORDER BY {sort} {direction}")
            return MemberIdList(list(session.execute(text(sql), params).scalars()))
        params["cap"] = TEXT_SEARCH_CAP + 1
        # Take matches in the index's order and stop at the cap (an ORDER BY here would read
        # every match first), then sort just those rows.
        found = member_search.match(flt.text)
        if found is None:
            return MemberIdList([])
        condition, search_params = found
        params.update(search_params)
        where = [condition, *where]
        matched = list(session.execute(text(
            f"SELECT m.rowid FROM member m WHERE {' AND '.join(where)} LIMIT :cap"),
            params).scalars())
        truncated = len(matched) > TEXT_SEARCH_CAP
        marks = ", ".join(str(int(r)) for r in matched[:TEXT_SEARCH_CAP])
        ordered = list(session.execute(text(
            f"SELECT m.rowid FROM member m {join} WHERE m.rowid IN ({marks}) "
            f"ORDER BY {sort} {direction}")).scalars()) if marks else []
    return MemberIdList(ordered, truncated)


def member_rows(engine: Engine, rowids: list[int]) -> dict[int, MemberListRow]:
    """The list columns of the given members, keyed by rowid."""
    if not rowids:
        return {}
    marks = ", ".join(str(int(r)) for r in rowids)  # ints only: safe to inline
    sql = ("SELECT m.rowid, m.id, m.name, m.gender, m.id_number, m.phone, o.name, m.status, "
           "m.join_date, m.new_form_group FROM member m "
           "LEFT JOIN organization o ON o.id = m.organization_id "
           f"WHERE m.rowid IN ({marks})")
    with read_session(engine) as session:
        rows = session.execute(text(sql)).all()
    return {
        r[0]: MemberListRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                            dt.date.fromisoformat(r[8]) if r[8] else None, r[9])
        for r in rows
    }


ORG_SORTS = {"name": "o.name", "uscc": "o.uscc", "kind": "o.kind", "industry": "o.industry",
             "employees": "o.employees", "members": "members", "status": "o.status"}


@dataclass(frozen=True)
class OrganizationFilter:
    text: str = ""
    kind: str | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class OrganizationListRow:
    rowid: int
    id: str
    name: str
    uscc: str | None
    kind: str
    industry: str | None
    employees: int
    members: int
    status: str
    contact_phone: str | None = None


_ORG_SELECT = (
    "SELECT o.rowid, o.id, o.name, o.uscc, o.kind, o.industry, o.employees, "
    "(SELECT count(*) FROM member m WHERE m.organization_id = o.id "
    " AND m.status IN ('active', 'retained')) AS members, o.status, o.contact_phone "
    "FROM organization o"
)


def organization_rowids(engine: Engine, flt: OrganizationFilter) -> list[int]:
    """Rowids of the organizations matching ``flt`` (name, pinyin or credit code)."""
    where, params = [], {}
    text_ = flt.text.strip()
    if text_:
        params["t"] = f"%{text_}%"
        params["k"] = f"%{text_.lower()}%"
        where.append("(o.name LIKE :t OR o.uscc LIKE :t OR o.search_key LIKE :k)")
    if flt.kind:
        where.append("o.kind = :kind")
        params["kind"] = flt.kind
    sort = ORG_SORTS.get(flt.sort, "o.name")
    select_members = sort == "members"
    sql = (f"SELECT o.rowid FROM ({_ORG_SELECT}) AS o " if select_members else
           "SELECT o.rowid FROM organization o ")
    sql += (f"{'WHERE ' + ' AND '.join(where) if where else ''} "
            f"ORDER BY {sort} {'DESC' if flt.descending else 'ASC'}")
    with read_session(engine) as session:
        return list(session.execute(text(sql), params).scalars())


def organization_rows(engine: Engine, rowids: list[int]) -> dict[int, OrganizationListRow]:
    if not rowids:
        return {}
    marks = ", ".join(str(int(r)) for r in rowids)
    with read_session(engine) as session:
        rows = session.execute(text(f"{_ORG_SELECT} WHERE o.rowid IN ({marks})")).all()
    return {r[0]: OrganizationListRow(*r) for r in rows}


def organization_choices(engine: Engine) -> list[tuple[str, str]]:
    """(id, name) of every organization, by name, for pickers."""
    with read_session(engine) as session:
        return [tuple(r) for r in session.execute(
            text("SELECT id, name FROM organization ORDER BY name")).all()]


@dataclass(frozen=True)
class EventView:
    """A membership event as the history list shows it."""

    kind: str
    event_date: dt.date
    reason_code: str | None
    organization: str | None
    other_organization: str | None
    original_join_date: dt.date | None
    note: str | None
    operator: str


@dataclass
class MemberDetail:
    member: object  # unionoffice.db.models.Member, detached
    organization_name: str | None
    events: list[EventView]


def member_detail(engine: Engine, member_id: str) -> MemberDetail:
    """A member with the name of their organization and their event history."""
    from unionoffice.db.models import Member, Organization
    from unionoffice.db.queries import member_events
    from unionoffice.errors import NotFound

    with read_session(engine) as session:
        member = session.get(Member, member_id)
        if member is None:
            raise NotFound("member.not_found", value=member_id)
        names = dict(session.execute(text("SELECT id, name FROM organization o WHERE o.id IN "
                                          "(SELECT to_organization_id FROM member_event "
                                          " WHERE member_id = :m UNION SELECT "
                                          " from_organization_id FROM member_event "
                                          " WHERE member_id = :m UNION SELECT :o)"),
                                     {"m": member_id, "o": member.organization_id}).all())
        events = [
            EventView(e.kind, e.event_date, e.reason_code, _event_organization(e, names),
                      e.other_organization, e.original_join_date, e.note, e.operator)
            for e in member_events(session, member_id)
        ]
        org = session.get(Organization, member.organization_id) if member.organization_id \
            else None
    if access.accounts_enabled(engine):
        # With accounts every full number shown is a logged reveal (members.reveal_id_number).
        # A detached copy: the form shows the masked number, and giving it back unchanged
        # keeps the stored one (members.update_member).
        member = member.model_copy(update={"id_number": mask_id_number(member.id_number)})
    return MemberDetail(member, org.name if org else None, events)


def _event_organization(event, names: dict[str, str]) -> str | None:
    """The union an event is about: where the member went (transfers out), else where they are."""
    if event.kind == "transfer_out":
        target = names.get(event.to_organization_id or "") or event.other_organization
        return f"→ {target}" if target else None
    if event.kind in ("join", "transfer_in"):
        return names.get(event.to_organization_id or "") or event.other_organization
    return names.get(event.from_organization_id or "") or event.other_organization


def organization_detail(engine: Engine, org_id: str):
    """One organization (detached)."""
    from unionoffice.db.models import Organization
    from unionoffice.errors import NotFound

    with read_session(engine) as session:
        org = session.get(Organization, org_id)
        if org is None:
            raise NotFound("org.not_found", value=org_id)
        return org


@dataclass(frozen=True)
class LedgerSummary:
    office_name: str | None
    office_code: str | None
    signing_key_id: str | None
    members_active: int
    members_retained: int
    organizations: int
    joined_this_month: int


def ledger_summary(engine: Engine, today: dt.date | None = None) -> LedgerSummary:
    """The few figures the home page shows before the dashboard issue lands."""
    today = today or dt.date.today()
    with read_session(engine) as session:
        office = session.execute(text("SELECT name, code, signing_key_id FROM office")).first()
        counts = dict(session.execute(text(
            "SELECT status, count(*) FROM member GROUP BY status")).all())
        orgs = session.execute(text("SELECT count(*) FROM organization")).scalar_one()
        joined = session.execute(text(
            "SELECT count(*) FROM member_event WHERE kind = 'join' AND event_date >= :d"),
            {"d": today.replace(day=1).isoformat()}).scalar_one()
    return LedgerSummary(office[0] if office else None, office[1] if office else None,
                         office[2] if office else None, counts.get("active", 0),
                         counts.get("retained", 0), orgs, joined)
