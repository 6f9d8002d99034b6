"""Grassroots unions and employers: create, edit, find, count their members."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.common.pinyin import search_keys
from unionoffice.common.validation import (
    Collector,
    clean_text,
    normalize_phone,
    normalize_uscc,
    parse_date,
)
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import Member, Organization
from unionoffice.db.tombstones import delete_with_tombstone
from unionoffice.errors import NotFound, Problem, RuleViolation, ValidationFailed
from unionoffice.i18n import t
from unionoffice.members.rules import IN_UNION

KINDS = ("single", "joint", "regional", "industry", "employer")  # labels org.kind.*
UNIT_CATEGORIES = ("enterprise", "institution", "government", "social", "sole_trader",
                   "other")  # labels org.unit_category.*
# GB/T 4754-2017 sections.
INDUSTRIES = {
    "A": "农、林、牧、渔业", "B": "采矿业", "C": "制造业", "D": "电力、热力、燃气及水生产和供应业",
    "E": "建筑业", "F": "批发和零售业", "G": "交通运输、仓储和邮政业", "H": "住宿和餐饮业",
    "I": "信息传输、软件和信息技术服务业", "J": "金融业", "K": "房地产业", "L": "租赁和商务服务业",
    "M": "科学研究和技术服务业", "N": "水利、环境和公共设施管理业",
    "O": "居民服务、修理和其他服务业", "P": "教育", "Q": "卫生和社会工作",
    "R": "文化、体育和娱乐业", "S": "公共管理、社会保障和社会组织",
    "T": "国际组织",
}


@dataclass
class OrganizationInput:
    """An organization as typed or imported; every field is validated before it is stored."""

    name: str
    uscc: str | None = None
    uscc_missing_reason: str | None = None
    kind: str = "single"
    unit_category: str | None = "enterprise"
    industry: str | None = None
    employees: int | str = 0
    female_employees: int | str = 0
    founded_on: object = None
    chair: str | None = None
    contact_person: str | None = None
    contact_phone: str | None = None
    address: str | None = None


def _count(raw: object, field: str, c: Collector) -> int:
    text = str(raw if raw is not None else "").strip() or "0"
    if not text.isdigit():
        c.add(Problem("number.format", field, {"value": text}))
        return 0
    value = int(text)
    if value > 10_000_000:
        c.add(Problem("number.range", field, {"value": value, "min": 0, "max": 10_000_000}))
    return value


def validate_organization(data: OrganizationInput, *, today: dt.date | None = None) -> dict:
    """Check every field; returns the column values or raises ValidationFailed with all problems."""
    c = Collector()
    values: dict = {}
    values["name"] = c.check(clean_text, data.name, field="name", max_len=200, required=True)
    if data.uscc and str(data.uscc).strip():
        values["uscc"] = c.check(normalize_uscc, data.uscc)
        values["uscc_missing_reason"] = None
    else:
        reason = c.check(clean_text, data.uscc_missing_reason, field="uscc_missing_reason",
                         max_len=200)
        if not reason:
            c.add(Problem("uscc.missing_reason", "uscc"))
        values["uscc"] = None
        values["uscc_missing_reason"] = reason
    if data.kind not in KINDS:
        c.add(Problem("choice", "kind", {"value": data.kind, "choices": ", ".join(KINDS)}))
    values["kind"] = data.kind
    values["unit_category"] = data.unit_category
    if data.industry and data.industry not in INDUSTRIES:
        c.add(Problem("choice", "industry", {"value": data.industry, "choices": "A–T"}))
    values["industry"] = data.industry or None
    values["employees"] = _count(data.employees, "employees", c)
    values["female_employees"] = _count(data.female_employees, "female_employees", c)
    if values["female_employees"] > values["employees"]:
        c.add(Problem("number.range", "female_employees",
                      {"value": values["female_employees"], "min": 0, "max": values["employees"]}))
    values["founded_on"] = (
        c.check(parse_date, data.founded_on, field="founded_on", not_after=today or dt.date.today())
        if data.founded_on not in (None, "") else None
    )
    for name in ("chair", "contact_person", "address"):
        values[name] = c.check(clean_text, getattr(data, name), field=name, max_len=200) or None
    values["contact_phone"] = (
        c.check(normalize_phone, data.contact_phone) if data.contact_phone else None
    )
    c.raise_if_errors()
    values["search_key"] = " ".join(search_keys(values["name"]))
    return values


def _check_unique_uscc(session: Session, uscc: str | None, own_id: str | None) -> None:
    if not uscc:
        return
    other = session.exec(select(Organization).where(Organization.uscc == uscc)).first()
    if other and other.id != own_id:
        raise ValidationFailed(
            [Problem("uscc.duplicate", "uscc", {"value": uscc, "name": other.name})])


@permissions.guarded("organizations.edit")
def add_organization(engine: Engine, data: OrganizationInput, *, operator: str = "") -> str:
    """Create an organization; returns its id."""
    values = validate_organization(data)
    with write_session(engine) as session:
        _check_unique_uscc(session, values["uscc"], None)
        org = Organization(**values)
        session.add(org)
        session.flush()
        trail.record(session, operator=operator, action="organization.create",
                     entity="organization", entity_id=org.id, after=trail.snapshot(org))
        return org.id


@permissions.guarded("organizations.edit")
def update_organization(
    engine: Engine, org_id: str, data: OrganizationInput, *, operator: str = ""
) -> None:
    """Replace an organization's editable fields."""
    values = validate_organization(data)
    with write_session(engine) as session:
        org = session.get(Organization, org_id)
        if org is None:
            raise NotFound("org.not_found", value=org_id)
        _check_unique_uscc(session, values["uscc"], org_id)
        before = trail.snapshot(org)
        for key, value in values.items():
            setattr(org, key, value)
        session.flush()
        trail.record(session, operator=operator, action="organization.update",
                     entity="organization", entity_id=org.id, before=before,
                     after=trail.snapshot(org))


@permissions.guarded("organizations.edit")
def delete_organization(engine: Engine, org_id: str, *, operator: str = "") -> None:
    """Delete a mistaken entry; refused while members, events or cases refer to it."""
    with write_session(engine) as session:
        org = session.get(Organization, org_id)
        if org is None:
            raise NotFound("org.not_found", value=org_id)
        count = session.exec(
            select(func.count()).select_from(Member).where(Member.organization_id == org_id)
        ).one()
        if count:
            raise RuleViolation("org.has_members", "organization", name=org.name, count=count)
        before = trail.snapshot(org)
        delete_with_tombstone(session, org)
        try:
            session.flush()
        except IntegrityError:  # still named by a membership event, contract or case
            raise RuleViolation("org.referenced", "organization", name=before["name"]) from None
        trail.record(session, operator=operator, action="organization.delete",
                     entity="organization", entity_id=org_id, before=before)


def find_organization(session: Session, name_or_uscc: str) -> Organization:
    """The organization with this credit code or exact name."""
    key = name_or_uscc.strip()
    if len(key) == 18 and key.isalnum():
        org = session.exec(select(Organization).where(Organization.uscc == key.upper())).first()
        if org:
            return org
    found = session.exec(select(Organization).where(Organization.name == key)).all()
    if not found:
        raise NotFound("org.not_found", "organization", value=key)
    if len(found) > 1:
        raise RuleViolation("org.ambiguous", "organization", value=key)
    return found[0]


def member_counts(engine: Engine) -> dict[str, int]:
    """Members in the union (在会 + 保留会籍) per organization id."""
    with read_session(engine) as session:
        rows = session.exec(
            select(Member.organization_id, func.count())
            .where(Member.status.in_(IN_UNION))
            .group_by(Member.organization_id)
        ).all()
    return {org_id: n for org_id, n in rows if org_id}


def kind_label(kind: str) -> str:
    """The organization kind in the chosen language."""
    return t(f"org.kind.{kind}")


def unit_category_label(category: str) -> str:
    """The unit category in the chosen language."""
    return t(f"org.unit_category.{category}")

