"""Member use cases: add, edit, membership events (join, transfer, retain, leave, expel)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import Engine
from sqlmodel import Session, select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.common.validation import (
    clean_name,
    clean_text,
    cross_check_identity,
    mask_id_number,
    normalize_mobile,
    parse_date,
    parse_id_number,
)
from unionoffice.db.engine import write_session
from unionoffice.db.models import Member, MemberEvent, Organization
from unionoffice.db.tombstones import delete_with_tombstone
from unionoffice.errors import NotFound, Problem, RuleViolation, ValidationFailed
from unionoffice.members import rules as membership

CHOICE_FIELDS = {
    "employment_status": {"1", "2", "3", "4", "5", "6", "7", "8", "9"},
    "employment_form": {"劳动合同", "劳务派遣", "非全日制", "平台灵活用工"},
    "new_form_group": {"货车司机", "网约车司机", "快递员", "外卖配送员", "护工护理员", "家政服务员",
                       "商场信息员", "房产中介员", "保安员"},
    "household_type": {"本市城镇", "本市农村", "外埠城镇", "外埠农村"},
    "education": {"研究生", "大学本科", "大学专科", "中专/中职", "高中", "初中", "小学及以下"},
    "model_worker_level": {"全国", "省部级", "区级"},
}


@dataclass
class MemberInput:
    """A member as typed or imported. Gender and birth date may be left out: the ID gives them."""

    name: str
    id_number: str
    gender: str | None = None
    birth_date: object = None
    phone: str | None = None
    ethnicity: str | None = None
    education: str | None = None
    political_status: str | None = None
    household_type: str | None = None
    migrant_worker: bool = False
    employment_status: str | None = "1"
    employment_form: str | None = None
    new_form_group: str | None = None
    platform: str | None = None
    organization_id: str | None = None
    card_number: str | None = None
    model_worker_level: str | None = None
    hardship: bool = False
    warnings: list[Problem] = field(default_factory=list, compare=False)


def validate_member(data: MemberInput, *, today: dt.date | None = None) -> dict:
    """Check every field; returns column values or raises ValidationFailed listing all problems.

    Warnings (unknown birthplace, under 16) are put on ``data.warnings``.
    """
    # Called once per row of a roster (100,000 rows): the checks are called directly rather
    # than through a Collector, and the code lists are walked as prepared tuples.
    today = today or dt.date.today()
    problems: list[Problem] = []
    warnings = data.warnings
    warnings.clear()
    values: dict = {}
    try:
        values["name"] = clean_name(data.name)
    except ValidationFailed as exc:
        problems.extend(exc.problems)
        values["name"] = None
    info = None
    try:
        info = parse_id_number(data.id_number, today=today, warnings=warnings)
    except ValidationFailed as exc:
        problems.extend(exc.problems)
    birth = None
    if data.birth_date not in (None, ""):
        try:
            birth = parse_date(data.birth_date, field="birth_date", not_after=today)
        except ValidationFailed as exc:
            problems.extend(exc.problems)
    gender = str(data.gender).strip() if data.gender else None
    if gender and gender not in ("1", "2"):
        problems.append(Problem("choice", "gender", {"value": gender, "choices": "1, 2"}))
    if info:
        if gender or birth:
            problems.extend(cross_check_identity(info, gender, birth))
        values["id_type"] = "RIC"
        values["id_number"] = info.number
        values["gender"] = info.gender
        values["birth_date"] = info.birth_date
    phone = None
    if data.phone:
        try:
            phone = normalize_mobile(data.phone)
        except ValidationFailed as exc:
            problems.extend(exc.problems)
    values["phone"] = phone
    for name, allowed, choices in _CHOICES:
        value = getattr(data, name) or None
        if value is not None and value not in allowed:
            problems.append(Problem("choice", name, {"value": value, "choices": choices}))
        values[name] = value
    for name in _FREE_TEXT:
        raw = getattr(data, name)  # mostly left empty: no call then
        value = None
        if raw:
            try:
                value = clean_text(raw, field=name, max_len=50) or None
            except ValidationFailed as exc:
                problems.extend(exc.problems)
        values[name] = value
    values["migrant_worker"] = bool(data.migrant_worker)
    values["hardship"] = bool(data.hardship)
    values["organization_id"] = data.organization_id or None
    if problems and any(p.severity == "error" for p in problems):
        raise ValidationFailed(problems)
    return values


_CHOICES = tuple((name, allowed, "、".join(sorted(allowed)))
                 for name, allowed in CHOICE_FIELDS.items())
_FREE_TEXT = ("ethnicity", "political_status", "platform", "card_number")


def _check_unique_id(session: Session, id_number: str, own_id: str | None) -> None:
    other = session.exec(select(Member).where(Member.id_number == id_number)).first()
    if other and other.id != own_id:
        raise ValidationFailed(
            [Problem("id_number.duplicate", "id_number", {"value": id_number, "name": other.name})]
        )


def check_organization(session: Session, org_id: str | None) -> None:
    """NotFound unless ``org_id`` is empty or an organization of the ledger."""
    if org_id and session.get(Organization, org_id) is None:
        raise NotFound("org.not_found", "organization", value=org_id)


@permissions.guarded("members.edit")
def add_member(
    engine: Engine,
    data: MemberInput,
    *,
    join_date: object = None,
    transfer_in_from: str | None = None,
    original_join_date: object = None,
    operator: str = "",
    today: dt.date | None = None,
) -> str:
    """Register a person and their membership in one transaction; returns the member id.

    Args:
        engine: The ledger.
        data: The person's details.
        join_date: Date the union approved the membership (入会); today if not given.
        transfer_in_from: Name of the union they come from: records 转入 instead of 入会.
        original_join_date: For 转入, the date they first joined (kept; not a new member).
        operator: Who is entering it.
        today: Reference date for checks.
    """
    today = today or dt.date.today()
    values = validate_member(data, today=today)
    with write_session(engine) as session:
        _check_unique_id(session, values["id_number"], None)
        check_organization(session, values["organization_id"])
        member = Member(**values)
        session.add(member)
        session.flush()
        trail.record(session, operator=operator, action="member.create", entity="member",
                     entity_id=member.id, after=trail.snapshot(member))
        if transfer_in_from is not None:
            apply_event(session, member, membership.TRANSFER_IN, join_date or today,
                          other_organization=transfer_in_from,
                          to_organization_id=member.organization_id,
                          original_join_date=original_join_date, operator=operator, today=today)
        else:
            apply_event(session, member, membership.JOIN, join_date or today,
                          to_organization_id=member.organization_id, operator=operator,
                          today=today)
        return member.id


@permissions.guarded("members.edit")
def update_member(
    engine: Engine, member_id: str, data: MemberInput, *, operator: str = ""
) -> None:
    """Correct a member's details. Status and join date are not editable: record an event.

    An operator who may not see full ID numbers edits with the number masked; the masked
    number given back means "unchanged".
    """
    with write_session(engine) as session:
        apply_member_update(session, member_id, data, operator=operator)


def apply_member_update(session: Session, member_id: str, data: MemberInput, *,
                        operator: str = "") -> Member:
    """The edit of :func:`update_member` inside the caller's transaction (with its audit)."""
    member = get_member(session, member_id)
    if data.id_number == mask_id_number(member.id_number):
        data = replace(data, id_number=member.id_number)
    values = validate_member(data)
    _check_unique_id(session, values["id_number"], member_id)
    check_organization(session, values["organization_id"])
    before = trail.snapshot(member)
    for key, value in values.items():
        setattr(member, key, value)
    session.flush()
    trail.record(session, operator=operator, action="member.update", entity="member",
                 entity_id=member.id, before=before, after=trail.snapshot(member))
    return member


@permissions.guarded("id.reveal")
def reveal_id_number(engine: Engine, member_id: str, *, operator: str = "") -> str:
    """The full ID number of one member, for an operator allowed to see it; audited."""
    with write_session(engine) as session:
        member = get_member(session, member_id)
        trail.record(session, operator=operator, action="member.reveal_id", entity="member",
                     entity_id=member_id)
        return member.id_number


@permissions.guarded("members.edit")
def delete_member(engine: Engine, member_id: str, *, reason: str, operator: str = "") -> None:
    """Remove a record entered by mistake (not someone leaving: that is 退会).

    The member and their events go, each leaving a tombstone; the audit log keeps the
    removed record and the reason.
    """
    reason = clean_text(reason, field="reason", max_len=200, required=True)
    with write_session(engine) as session:
        member = get_member(session, member_id)
        before = trail.snapshot(member)
        before["events"] = [trail.snapshot(e) for e in events_of(session, member_id)]
        for event in events_of(session, member_id):
            delete_with_tombstone(session, event)
        session.flush()
        delete_with_tombstone(session, member)
        session.flush()
        trail.record(session, operator=operator, action="member.delete", entity="member",
                     entity_id=member_id, before=before, after={"reason": reason})


def get_member(session: Session, member_id: str) -> Member:
    """The member, or NotFound."""
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound("member.not_found", value=member_id)
    return member


def events_of(session: Session, member_id: str) -> list[MemberEvent]:
    """The member's events in date order."""
    return list(session.exec(
        select(MemberEvent).where(MemberEvent.member_id == member_id)
        .order_by(MemberEvent.event_date, MemberEvent.change_seq)
    ))


def apply_event(
    session: Session,
    member: Member,
    kind: str,
    event_date: object,
    *,
    reason_code: str | None = None,
    to_organization_id: str | None = None,
    other_organization: str | None = None,
    original_join_date: object = None,
    note: str | None = None,
    operator: str = "",
    today: dt.date | None = None,
) -> MemberEvent:
    """Check one membership event against the rules and write it (with its audit)."""
    today = today or dt.date.today()
    when = parse_date(event_date, field="event_date", not_after=today)
    events = events_of(session, member.id)
    state = membership.derive_state(
        membership.EventFact(e.kind, e.event_date, e.original_join_date) for e in events
    )
    label = membership.event_label(kind)
    if not membership.can_follow(state.status, kind):
        raise RuleViolation("member.event_not_allowed", "member", name=member.name,
                            status=membership.status_label(state.status), event=label)
    if state.last_event_date and when < state.last_event_date:
        raise RuleViolation("member.event_date_order", "event_date", value=when.isoformat(),
                            last=state.last_event_date.isoformat())
    allowed_reasons = membership.REASONS_FOR.get(kind)
    if allowed_reasons is not None and reason_code not in allowed_reasons:
        raise RuleViolation("member.reason_required", "reason", event=label)
    original = None
    if kind == membership.TRANSFER_IN:
        if original_join_date in (None, "") and state.join_date is None:
            raise RuleViolation("member.transfer_join_date", "join_date")
        original = (parse_date(original_join_date, field="join_date", not_after=when)
                    if original_join_date not in (None, "") else state.join_date)
    if member.birth_date and when < member.birth_date:
        raise RuleViolation("date.before", "event_date", value=when.isoformat(),
                            other="出生日期", other_value=member.birth_date.isoformat())
    event = MemberEvent(
        member_id=member.id, kind=kind, event_date=when, reason_code=reason_code,
        from_organization_id=member.organization_id if kind in (
            membership.TRANSFER_OUT, membership.LEAVE, membership.EXPEL) else None,
        to_organization_id=to_organization_id, other_organization=other_organization,
        original_join_date=original, note=note, operator=operator or trail.current_operator(),
    )
    session.add(event)
    new_state = membership.apply_event(state, membership.EventFact(kind, when, original))
    member.status = new_state.status
    member.join_date = new_state.join_date
    if kind in (membership.JOIN, membership.TRANSFER_IN) and to_organization_id:
        member.organization_id = to_organization_id
    session.flush()
    trail.record(session, operator=operator, action=f"member.{kind}", entity="member_event",
                 entity_id=event.id, after=trail.snapshot(event))
    return event
