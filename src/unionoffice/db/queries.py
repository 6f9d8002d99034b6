"""Read queries used by services, the CLI and table models (id lists, rows, counts)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session, select

from unionoffice.db import member_search
from unionoffice.db.models import Member, MemberEvent, Office, Organization


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
class MemberRow:
    """What a list shows of a member (unmasked here; masking happens where it is displayed)."""

    id: str
    name: str
    gender: str
    id_number: str
    phone: str | None
    organization: str | None
    status: str
    join_date: object


def member_rows(session: Session, ids: list[str]) -> list[MemberRow]:
    """Rows for ``ids``, in the order given."""
    if not ids:
        return []
    stmt = (
        select(Member.id, Member.name, Member.gender, Member.id_number, Member.phone,
               Organization.name, Member.status, Member.join_date)
        .outerjoin(Organization, Organization.id == Member.organization_id)
        .where(Member.id.in_(ids))
    )
    by_id = {r[0]: MemberRow(*r) for r in session.exec(stmt)}
    return [by_id[i] for i in ids if i in by_id]


def member_events(session: Session, member_id: str) -> list[MemberEvent]:
    return list(session.exec(
        select(MemberEvent).where(MemberEvent.member_id == member_id)
        .order_by(MemberEvent.event_date, MemberEvent.change_seq)
    ))


def find_member_id(session: Session, ref: str) -> str | None:
    """A member by id or by full ID number."""
    if session.get(Member, ref):
        return ref
    return session.exec(select(Member.id).where(Member.id_number == ref.upper())).first()


def get_office(session: Session) -> Office | None:
    return session.exec(select(Office)).first()

