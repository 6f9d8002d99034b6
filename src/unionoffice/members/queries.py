"""Reading members: the list's filtered, sorted id lists and lazily fetched rows, search,
one member's detail.

Lists hold SQLite rowids, not UUIDs: an id list of 200,000 members sorted by name is read
from the name index alone in ~40 ms (the UUIDs would cost a table lookup per row, ~330 ms).
Rowids are only kept in memory for the life of a list; they are never stored or sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlmodel import Session, select

from unionoffice.accounts import permissions
from unionoffice.common.validation import mask_id_number
from unionoffice.db import member_search
from unionoffice.db.engine import read_session
from unionoffice.db.models import Member, MemberEvent, Organization

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
    """A member as the members list shows them (unmasked; masked when shown)."""
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
    """One member with their organization's name and their history."""
    member: object  # unionoffice.db.models.Member, detached
    organization_name: str | None
    events: list[EventView]


def member_detail(engine: Engine, member_id: str) -> MemberDetail:
    """A member with the name of their organization and their event history."""
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
    if permissions.accounts_enabled(engine):
        # With accounts every full number shown is a logged reveal (members.reveal_id_number).
        # A detached copy: the form shows the masked number, and giving it back unchanged
        # keeps the stored one (members.update_member).
        member = member.model_copy(update={"id_number": mask_id_number(member.id_number)})
    return MemberDetail(member, org.name if org else None, events)


def _event_organization(event: MemberEvent, names: dict[str, str]) -> str | None:
    """The union an event is about: where the member went (transfers out), else where they are."""
    if event.kind == "transfer_out":
        target = names.get(event.to_organization_id or "") or event.other_organization
        return f"→ {target}" if target else None
    if event.kind in ("join", "transfer_in"):
        return names.get(event.to_organization_id or "") or event.other_organization
    return names.get(event.from_organization_id or "") or event.other_organization


def search_member_ids(session: Session, query: str, limit: int = 50) -> list[str]:
    """Ids of members matching ``query`` by name, pinyin, or the end of ID number / phone.

    At most ``limit``, in the order the indexes give them (a short query matches thousands).
    """
    found = member_search.match(query)
    if found is None:
        return []
    condition, params = found
    return list(session.execute(
        text(f"SELECT m.id FROM member m WHERE {condition} LIMIT :n"), {**params, "n": limit},
    ).scalars())


def scan_member_ids(session: Session, query: str, limit: int = 50) -> list[str]:
    """The naive search (``LIKE '%q%'`` over name, ID and phone); the benchmark's baseline."""
    pattern = f"%{query}%"
    return list(session.execute(
        text("SELECT id FROM member WHERE name LIKE :p OR id_number LIKE :p OR phone LIKE :p "
             "LIMIT :n"),
        {"p": pattern, "n": limit},
    ).scalars())


@dataclass(frozen=True)
class MemberSummary:
    """What a list shows of a member (unmasked here; masking happens where it is displayed)."""

    id: str
    name: str
    gender: str
    id_number: str
    phone: str | None
    organization: str | None
    status: str
    join_date: object


def member_summaries(session: Session, ids: list[str]) -> list[MemberSummary]:
    """Rows for ``ids``, in the order given."""
    if not ids:
        return []
    stmt = (
        select(Member.id, Member.name, Member.gender, Member.id_number, Member.phone,
               Organization.name, Member.status, Member.join_date)
        .outerjoin(Organization, Organization.id == Member.organization_id)
        .where(Member.id.in_(ids))
    )
    by_id = {r[0]: MemberSummary(*r) for r in session.exec(stmt)}
    return [by_id[i] for i in ids if i in by_id]


def member_events(session: Session, member_id: str) -> list[MemberEvent]:
    """A member's membership events in date order."""
    return list(session.exec(
        select(MemberEvent).where(MemberEvent.member_id == member_id)
        .order_by(MemberEvent.event_date, MemberEvent.change_seq)
    ))


def find_member_id(session: Session, ref: str) -> str | None:
    """A member by id or by full ID number."""
    if session.get(Member, ref):
        return ref
    return session.exec(select(Member.id).where(Member.id_number == ref.upper())).first()
