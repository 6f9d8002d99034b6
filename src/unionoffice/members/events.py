"""Membership events (会籍变动): 入会, 转入, 转出, 保留会籍, 恢复, 退会, 除名 — checked and audited.

A member's status and join date are never typed: each event is checked against the rules
(``members/rules.py``) and the member's status follows from the event log.
"""

from __future__ import annotations

from sqlalchemy import Engine

from unionoffice.accounts import permissions
from unionoffice.db.engine import write_session
from unionoffice.db.models import Organization
from unionoffice.errors import RuleViolation
from unionoffice.members import rules as membership
from unionoffice.members.service import apply_event, check_organization, get_member


@permissions.guarded("members.edit")
def record_event(
    engine: Engine, member_id: str, kind: str, event_date: object, *, operator: str = "", **kw
) -> str:
    """Record one membership change after checking it against the rules; returns the event id."""
    with write_session(engine) as session:
        member = get_member(session, member_id)
        return apply_event(session, member, kind, event_date, operator=operator, **kw).id


@permissions.guarded("members.edit")
def join_union(engine: Engine, member_id: str, on: object, *, operator: str = "") -> str:
    """入会 for a person already on the ledger (e.g. rejoining after leaving)."""
    return record_event(engine, member_id, membership.JOIN, on, operator=operator)


@permissions.guarded("members.edit")
def retain_membership(engine: Engine, member_id: str, on: object, *, operator: str = "") -> str:
    """保留会籍, typically on retirement."""
    return record_event(engine, member_id, membership.RETAIN, on, operator=operator)


@permissions.guarded("members.edit")
def restore_membership(engine: Engine, member_id: str, on: object, *, operator: str = "") -> str:
    """恢复会籍 after it was retained."""
    return record_event(engine, member_id, membership.RESTORE, on, operator=operator)


@permissions.guarded("members.edit")
def leave_union(
    engine: Engine, member_id: str, on: object, reason_code: str, *, operator: str = ""
) -> str:
    """退会 with a reason (1–5)."""
    return record_event(engine, member_id, membership.LEAVE, on, reason_code=reason_code,
                        operator=operator)


@permissions.guarded("members.edit")
def expel_member(
    engine: Engine, member_id: str, on: object, *, note: str, operator: str = ""
) -> str:
    """除名: only after a criminal conviction (reason 6), decided by the union committee."""
    return record_event(engine, member_id, membership.EXPEL, on, reason_code="6", note=note,
                        operator=operator)


@permissions.guarded("members.edit")
def transfer_out(
    engine: Engine, member_id: str, on: object, to_union: str, *, operator: str = ""
) -> str:
    """转出 to a union outside this ledger."""
    return record_event(engine, member_id, membership.TRANSFER_OUT, on, reason_code="1",
                        other_organization=to_union, operator=operator)


@permissions.guarded("members.edit")
def transfer_member(
    engine: Engine, member_id: str, to_organization_id: str, on: object, *, operator: str = ""
) -> None:
    """Move a member between two unions of this ledger: 转出 and 转入 in one transaction.

    The original join date is kept; the member is not counted as newly developed.
    """
    with write_session(engine) as session:
        member = get_member(session, member_id)
        check_organization(session, to_organization_id)
        if member.organization_id == to_organization_id:
            raise RuleViolation("member.same_org", "organization")
        target = session.get(Organization, to_organization_id)
        source = (session.get(Organization, member.organization_id)
                  if member.organization_id else None)
        apply_event(session, member, membership.TRANSFER_OUT, on, reason_code="1",
                      to_organization_id=to_organization_id, other_organization=target.name,
                      operator=operator)
        apply_event(session, member, membership.TRANSFER_IN, on,
                      to_organization_id=to_organization_id,
                      other_organization=source.name if source else None, operator=operator)
