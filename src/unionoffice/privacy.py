"""Personal information (个人信息保护法): what is held on one person, corrections with a reason,
and retention periods with an audited purge.

Retention is open (domain.md §8): nothing is purged until the chair sets a period. A purge
de-identifies rather than deletes, so the months' statistics stay true: a former member keeps
gender, birth year and the coded fields; name, ID number, phone, card number and the day of
birth go. Mediation applicants of long-closed cases lose name, ID number, birth date, phone,
address and post. The audit log is append-only and keeps the before/after of changes made
while the data was held (its entries are not rewritten; see the note in docs).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, text
from sqlmodel import select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.common.validation import clean_text, parse_id_number
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import (
    AuditEntry,
    CaseApplicant,
    LedgerMeta,
    MediationCase,
    Member,
    MemberEvent,
)
from unionoffice.errors import NotFound, Problem, ValidationFailed
from unionoffice.i18n import t
from unionoffice.members import rules as membership
from unionoffice.members.queries import find_member_id
from unionoffice.members.service import MemberInput, apply_member_update

PURGED_NAME = "（已清理）"
# What is kept for a limited time (labels retention.*): years counted from a member's last
# membership change (退会、转出、除名), or from a case's closing.
RETENTION = ("former_members", "closed_cases")
FORMER = (membership.LEFT, membership.TRANSFERRED_OUT, membership.EXPELLED)


def retention_label(kind: str) -> str:
    """What a retention setting covers, in the chosen language."""
    return t(f"retention.{kind}")


@dataclass
class SubjectReport:
    """Everything the ledger holds on one ID number."""

    id_number: str
    members: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {"id_number": self.id_number, "members": self.members, "events": self.events,
                "cases": self.cases, "audit": self.audit}


@permissions.guarded("id.reveal")
def subject_report(engine: Engine, id_number: str, *, operator: str = "") -> SubjectReport:
    """The person's member record, membership history, mediation cases and the log entries
    about them. Needs the right to see full ID numbers; the request is itself logged."""
    number = parse_id_number(id_number).number
    report = SubjectReport(number)
    with write_session(engine) as session:
        for m in session.exec(select(Member).where(Member.id_number == number)):
            report.members.append(m.model_dump(mode="json"))
            report.events += [e.model_dump(mode="json") for e in session.exec(
                select(MemberEvent).where(MemberEvent.member_id == m.id)
                .order_by(MemberEvent.event_date))]
            report.audit += [
                {"seq": e.seq, "at": e.at.isoformat(), "operator": e.operator,
                 "action": e.action}
                for e in session.exec(select(AuditEntry).where(AuditEntry.entity_id == m.id)
                                      .order_by(AuditEntry.seq))]
        for a in session.exec(select(CaseApplicant).where(CaseApplicant.id_number == number)):
            case = session.get(MediationCase, a.case_id)
            report.cases.append({"case_number": case.case_number, "status": case.status,
                                 "received_on": case.received_on.isoformat(),
                                 "respondent": case.respondent_name,
                                 "as_recorded": a.model_dump(mode="json")})
        trail.record(session, operator=operator, action="privacy.report", entity="member",
                     entity_id=report.members[0]["id"] if report.members else "",
                     after={"members": len(report.members), "cases": len(report.cases)})
    return report


@permissions.guarded("id.reveal")
def member_report(engine: Engine, member_id: str, *, operator: str = "") -> SubjectReport:
    """The report for the member on screen (the form may only hold the masked number)."""
    with read_session(engine) as session:
        member = session.get(Member, member_id)
        if member is None:
            raise NotFound("member.not_found", value=member_id)
        number = member.id_number
    return subject_report(engine, number, operator=operator)


@permissions.guarded("members.edit")
def correct_member_data(engine: Engine, member_id: str, data: MemberInput, reason: str, *,
                        operator: str = "") -> None:
    """A correction the person asked for (or an error found): the change and its reason,
    written in one transaction (both or neither)."""
    reason = clean_text(reason, field="reason", max_len=200, required=True)
    with write_session(engine) as session:
        apply_member_update(session, member_id, data, operator=operator)
        trail.record(session, operator=operator, action="privacy.correction", entity="member",
                     entity_id=member_id, after={"reason": reason})


EDITABLE = ("name", "id_number", "gender", "birth_date", "phone", "ethnicity", "education",
            "political_status", "household_type", "migrant_worker", "employment_status",
            "employment_form", "new_form_group", "platform", "organization_id", "card_number",
            "model_worker_level", "hardship")


@permissions.guarded("members.edit")
def correct_member(engine: Engine, id_number: str, *, reason: str, name: str | None = None,
                   phone: str | None = None, new_id_number: str | None = None,
                   operator: str = "") -> None:
    """Correct the name, phone or ID number of the member with ``id_number``, with the reason."""
    with read_session(engine) as session:
        member_id = find_member_id(session, id_number)
        if member_id is None:
            raise NotFound("member.not_found", value=id_number)
        member = session.get(Member, member_id)
        data = MemberInput(**{k: getattr(member, k) for k in EDITABLE})
    data.name = name or data.name
    data.phone = phone if phone is not None else data.phone
    if new_id_number:
        data.id_number, data.gender, data.birth_date = new_id_number, None, None
    correct_member_data(engine, member_id, data, reason, operator=operator)


def retention_settings(engine: Engine) -> dict[str, int | None]:
    """Years each kind of record is kept (None: kept until a period is set)."""
    with read_session(engine) as session:
        rows = {r.key: r.value for r in session.exec(
            select(LedgerMeta).where(LedgerMeta.key.in_([f"retention:{k}" for k in RETENTION])))}
    return {k: int(rows[f"retention:{k}"]) if rows.get(f"retention:{k}") else None
            for k in RETENTION}


@permissions.guarded("settings.edit")
def set_retention(engine: Engine, kind: str, years: int | None, *, operator: str = "") -> None:
    """How many years a kind of record is kept (None: until a period is set); audited."""
    if kind not in RETENTION:
        raise ValidationFailed([Problem("choice", "kind", {"value": kind,
                                                           "choices": "、".join(RETENTION)})])
    if years is not None and not 1 <= years <= 100:
        raise ValidationFailed([Problem("number.range", "years",
                                        {"value": years, "min": 1, "max": 100})])
    with write_session(engine) as session:
        before = session.get(LedgerMeta, f"retention:{kind}")
        old = before.value if before else None
        session.merge(LedgerMeta(key=f"retention:{kind}", value=str(years or "")))
        trail.record(session, operator=operator, action="privacy.retention", entity="ledger",
                     before={kind: old}, after={kind: years})


def _cutoff(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def expired(engine: Engine, today: dt.date | None = None) -> dict[str, list[str]]:
    """Ids whose retention period has run out, by kind (members, case applicants)."""
    today = today or dt.date.today()
    periods = retention_settings(engine)
    found: dict[str, list[str]] = {k: [] for k in RETENTION}
    with read_session(engine) as session:
        if periods["former_members"]:
            cutoff = _cutoff(today, periods["former_members"])
            marks = ", ".join(f"'{s}'" for s in FORMER)
            found["former_members"] = list(session.execute(text(
                f"SELECT m.id FROM member m WHERE m.status IN ({marks}) AND m.id_type != 'PURGED' "
                "AND (SELECT max(event_date) FROM member_event e WHERE e.member_id = m.id) "
                "< :cutoff"), {"cutoff": cutoff.isoformat()}).scalars())
        if periods["closed_cases"]:
            cutoff = _cutoff(today, periods["closed_cases"])
            found["closed_cases"] = list(session.execute(text(
                "SELECT a.id FROM case_applicant a JOIN mediation_case c ON c.id = a.case_id "
                "WHERE c.closed_on IS NOT NULL AND c.closed_on < :cutoff "
                "AND a.name != :purged"), {"cutoff": cutoff.isoformat(),
                                            "purged": PURGED_NAME}).scalars())
    return found


@permissions.guarded("data.purge")
def purge_expired(engine: Engine, today: dt.date | None = None, *,
                  operator: str = "") -> dict[str, int]:
    """De-identify every record whose period ran out, in one transaction; returns counts."""
    targets = expired(engine, today)
    with write_session(engine) as session:
        for member_id in targets["former_members"]:
            member = session.get(Member, member_id)
            birth = member.birth_date
            member.name = PURGED_NAME
            member.id_type, member.id_number = "PURGED", member.id[:30]
            member.birth_date = birth.replace(month=1, day=1) if birth else None
            member.phone = member.card_number = member.platform = member.ethnicity = None
        for applicant_id in targets["closed_cases"]:
            a = session.get(CaseApplicant, applicant_id)
            a.name, a.id_number, a.birth_date = PURGED_NAME, None, None
            a.phone = a.address = a.post = a.ethnicity = None
        counts = {k: len(v) for k, v in targets.items()}
        # Ids only: the log must not keep what was just removed.
        trail.record(session, operator=operator, action="privacy.purge", entity="ledger",
                     after={"counts": counts, "ids": targets,
                            "today": (today or dt.date.today()).isoformat()})
    return counts


def report_text(report: SubjectReport) -> str:
    """The report as readable JSON (what the person receives on request)."""
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)
