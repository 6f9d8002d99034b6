"""Reading organizations: the list's id lists and rows, choices for pickers, one organization."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from unionoffice.db.engine import read_session

if TYPE_CHECKING:
    from unionoffice.db.models import Organization

ORG_SORTS = {"name": "o.name", "uscc": "o.uscc", "kind": "o.kind", "industry": "o.industry",
             "employees": "o.employees", "members": "members", "status": "o.status"}


@dataclass(frozen=True)
class OrganizationFilter:
    """What the organizations list shows: search text, kind, sort."""
    text: str = ""
    kind: str | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class OrganizationListRow:
    """An organization as the list shows it, with its members counted."""
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
    """The list's rows for ``rowids``."""
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


def organization_detail(engine: Engine, org_id: str) -> Organization:
    """One organization (detached)."""
    from unionoffice.db.models import Organization
    from unionoffice.errors import NotFound

    with read_session(engine) as session:
        org = session.get(Organization, org_id)
        if org is None:
            raise NotFound("org.not_found", value=org_id)
        return org
