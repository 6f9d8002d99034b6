"""Read queries used by services, the CLI and table models (id lists, rows, counts)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session, select

from unionoffice.db.models import Member, MemberEvent, Office, Organization

_DIGITS = re.compile(r"^[0-9Xx]+$")
MIN_DIGITS = 4


def prefix_bounds(prefix: str) -> tuple[str, str]:
    """[lo, hi) such that every string starting with ``prefix`` sorts inside (code-point order)."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def search_key_of(query: str) -> str | None:
    """The member_key prefix a query is looked up by, or None when it cannot match anything.

    - 4 or more digits (X allowed): the end of an ID number or phone (keys hold them reversed);
    - Latin letters: pinyin, full or initials ("zhangs", "zs");
    - anything else: the start of the name.
    """
    q = re.sub(r"\s+", "", query)
    if not q:
        return None
    if _DIGITS.match(q):
        return "#" + q.upper()[::-1] if len(q) >= MIN_DIGITS else None
    if q.isascii():
        return q.lower()
    return q


def search_member_ids(session: Session, query: str, limit: int = 50) -> list[str]:
    """Ids of members matching ``query`` by name, pinyin, or the end of ID number / phone."""
    key = search_key_of(query)
    if key is None:
        return []
    lo, hi = prefix_bounds(key)
    # Walk the key index in order and de-duplicate here: a GROUP BY would have to read every
    # match of a short prefix ("张" has thousands) before returning the first.
    found: dict[str, None] = {}
    after = (lo, "")
    fetch = limit * 4
    while True:
        rows = session.execute(
            text("SELECT key, member_id FROM member_key "
                 "WHERE (key, member_id) > (:k, :m) AND key < :hi "
                 "ORDER BY key, member_id LIMIT :n"),
            {"k": after[0], "m": after[1], "hi": hi, "n": fetch},
        ).all()
        for _key, member_id in rows:
            found.setdefault(member_id)
            if len(found) >= limit:
                return list(found)
        if len(rows) < fetch:
            return list(found)
        after = tuple(rows[-1])


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

