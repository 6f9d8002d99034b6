"""Mediation case services: register, accept (case number), mediate, agree, perform, close.

Every service is one transaction: the rule check, the case's new state, its dated event and
the audit entry commit together or not at all. Steps go through the case lifecycle
(``mediation.rules.CASES``), which also checks the permission; reading cases is in
``mediation/queries.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, delete, text
from sqlmodel import Session, select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.common.money import parse_yuan, yuan
from unionoffice.common.validation import (
    Collector,
    clean_text,
    normalize_mobile,
    normalize_uscc,
    parse_date,
    parse_id_number,
)
from unionoffice.db.engine import write_session
from unionoffice.db.models import (
    AgreementTerm,
    CaseApplicant,
    MediationCase,
    MediationSession,
    Office,
)
from unionoffice.db.tombstones import delete_with_tombstone
from unionoffice.errors import Problem, RuleViolation
from unionoffice.i18n import t
from unionoffice.mediation import rules as mediation
from unionoffice.mediation.clocks import MEDIATION_LIMIT, mediation_limit
from unionoffice.mediation.rules import CASES, EDIT


@dataclass
class ApplicantInput:
    """One applicant of a case as typed."""
    name: str
    id_number: str | None = None
    phone: str | None = None
    ethnicity: str | None = None
    address: str | None = None
    post: str | None = None
    member_id: str | None = None
    representative: bool = False


@dataclass
class CaseInput:
    """An application as the mediator records it (Art. 12: oral ones are written down)."""

    received_on: object
    applicants: list[ApplicantInput]
    respondent_name: str
    respondent_uscc: str | None = None
    respondent_address: str | None = None
    respondent_legal_rep: str | None = None
    respondent_legal_rep_title: str | None = None
    respondent_phone: str | None = None
    respondent_organization_id: str | None = None
    workers_count: int | None = None
    channel: str = "walk_in"
    category: str = "pay"
    subcategory: str | None = None
    claims: str = ""
    claimed_amount: object = 0  # yuan as typed, or fen as int
    facts: str = ""
    mediators: str = ""


@dataclass
class TermInput:
    """One term of an agreement as typed: content, amount, deadline, method."""
    content: str
    amount: object = 0  # yuan as typed, or fen as int
    deadline: object = None
    method: str | None = None


def _fen(raw: object, field_name: str) -> int:
    return raw if isinstance(raw, int) else parse_yuan(raw, field=field_name)


def validate_case(data: CaseInput, *, today: dt.date | None = None) -> tuple[dict, list[dict]]:
    """Column values of the case and of its applicants, or ValidationFailed with every problem."""
    today = today or dt.date.today()
    c = Collector()
    values = {
        "received_on": c.check(parse_date, data.received_on, field="received_on",
                               not_after=today),
        "respondent_name": c.check(clean_text, data.respondent_name, field="respondent_name",
                                   max_len=200, required=True),
        "respondent_uscc": c.check(normalize_uscc, data.respondent_uscc, field="respondent_uscc")
        if data.respondent_uscc else None,
        "claimed_amount": c.check(_fen, data.claimed_amount, "claimed_amount") or 0,
        "claims": c.check(clean_text, data.claims, field="claims", max_len=4000) or "",
        "facts": c.check(clean_text, data.facts, field="facts", max_len=8000) or "",
        "mediators": c.check(clean_text, data.mediators, field="mediators", max_len=200) or "",
        "channel": data.channel, "respondent_organization_id": data.respondent_organization_id,
        "respondent_address": data.respondent_address, "respondent_phone": data.respondent_phone,
        "respondent_legal_rep": data.respondent_legal_rep,
        "respondent_legal_rep_title": data.respondent_legal_rep_title,
    }
    if data.category not in mediation.CATEGORIES:
        c.add(Problem("choice", "category", {"value": data.category,
                                             "choices": ", ".join(mediation.CATEGORIES)}))
    values["category"], values["subcategory"] = data.category, data.subcategory or None
    if data.channel not in mediation.CHANNELS:
        c.add(Problem("choice", "channel", {"value": data.channel,
                                            "choices": ", ".join(mediation.CHANNELS)}))
    applicants = []
    if not data.applicants:
        c.add(Problem("case.applicant_required", "applicants"))
    for position, a in enumerate(data.applicants, start=1):
        row = {"position": position, "representative": bool(a.representative),
               "member_id": a.member_id, "ethnicity": a.ethnicity, "address": a.address,
               "post": a.post,
               "name": c.check(clean_text, a.name, field="applicants", max_len=50, required=True)}
        if a.id_number:
            info = c.check(parse_id_number, a.id_number, field="applicants", today=today)
            if info:
                row.update(id_number=info.number, gender=info.gender, birth_date=info.birth_date)
        row["phone"] = c.check(normalize_mobile, a.phone, field="applicants") if a.phone else None
        applicants.append(row)
    workers = data.workers_count or len(data.applicants)
    values["workers_count"] = max(workers, len(data.applicants))
    if mediation.is_collective(values["workers_count"]) and applicants and not any(
            a["representative"] for a in applicants):
        c.add(Problem("case.representatives_required", "applicants",
                      {"n": values["workers_count"]}))
    c.raise_if_errors()
    return values, applicants


@permissions.guarded(EDIT)
def register_case(engine: Engine, data: CaseInput, *, operator: str = "",
                  today: dt.date | None = None) -> str:
    """登记: record an application; returns the case id (the number comes at acceptance)."""
    values, applicants = validate_case(data, today=today)
    with write_session(engine) as session:
        case = MediationCase(**values)
        session.add(case)
        session.flush()
        for a in applicants:
            session.add(CaseApplicant(case_id=case.id, **a))
        CASES.register(session, case, case.received_on, operator=operator,
                       audit_after={"applicants": len(applicants)})
        return case.id


@permissions.guarded(EDIT)
def update_case(engine: Engine, case_id: str, data: CaseInput, *, operator: str = "",
                today: dt.date | None = None) -> None:
    """Correct what was registered (parties, requests, amounts) while the case is still open."""
    values, applicants = validate_case(data, today=today)
    with write_session(engine) as session:
        case = CASES.get(session, case_id)
        CASES.refuse_unless(case, mediation.OPEN_STATES, t("case.edit_registration"))
        before = trail.snapshot(case)
        before["applicants"] = [trail.snapshot(a) for a in session.exec(
            select(CaseApplicant).where(CaseApplicant.case_id == case_id))]
        for key, value in values.items():
            setattr(case, key, value)
        for old in session.exec(select(CaseApplicant).where(CaseApplicant.case_id == case_id)):
            delete_with_tombstone(session, old)
        session.flush()
        for a in applicants:
            session.add(CaseApplicant(case_id=case.id, **a))
        session.flush()
        trail.record(session, operator=operator, action="case.update", entity="mediation_case",
                     entity_id=case.id, before=before,
                     after=trail.snapshot(case) | {"applicants": applicants})


def _next_case_serial(session: Session, year: int) -> int:
    """The next number of the year: kept in ledger_meta so it is never reused."""
    key = f"case_serial:{year}"
    row = session.execute(text("UPDATE ledger_meta SET value = CAST(value AS INTEGER) + 1 "
                               "WHERE key = :k RETURNING CAST(value AS INTEGER)"),
                          {"k": key}).scalar()
    if row is None:
        session.execute(text("INSERT INTO ledger_meta (key, value) VALUES (:k, '1')"), {"k": key})
        row = 1
    return row


@permissions.guarded(EDIT)
def accept_case(engine: Engine, case_id: str, on: object, *, operator: str = "",
                today: dt.date | None = None) -> str:
    """受理: give the case its number; returns the number."""
    with write_session(engine) as session:
        case = CASES.get(session, case_id)
        office = session.exec(select(Office)).first()
        when = parse_date(on, field="on_date", not_after=today or dt.date.today())
        serial = _next_case_serial(session, when.year)
        pattern = office.case_number_pattern if office else mediation.DEFAULT_CASE_NUMBER_PATTERN
        case.case_number = mediation.format_case_number(
            pattern, year=when.year, short=office.short_name if office else "", n=serial)
        case.case_year, case.case_serial, case.accepted_on = when.year, serial, when
        CASES.step(session, case, "accept", when, operator=operator, today=today)
        return case.case_number


def _keep_outcome(case: MediationCase, _when: dt.date, note: str | None) -> None:
    case.outcome_note = note


def _closed(case: MediationCase, when: dt.date, _note: str | None) -> None:
    case.closed_on = when


reject_case = CASES.step_service("reject", apply=_keep_outcome,
                                 doc="不予受理: refuse the application, with the reason.")
fail_mediation = CASES.step_service("fail", apply=_keep_outcome,
                                    doc="调解不成: mediation failed, with the reason.")
withdraw_case = CASES.step_service("withdraw", apply=_keep_outcome,
                                   doc="撤回: the applicant withdraws, with the reason.")
close_case = CASES.step_service("close", apply=_closed, doc="结案: close the case.")
mark_overdue = CASES.step_service("mark_overdue",
                                  doc="逾期未履行: the agreement was not performed in time.")


@permissions.guarded(EDIT)
def record_session(engine: Engine, case_id: str, held_on: object, notes: str, *,
                   mediator: str | None = None, operator: str = "",
                   today: dt.date | None = None) -> str:
    """调解笔录: a session; the first one moves an accepted case to 调解中."""
    with write_session(engine) as session:
        case = CASES.get(session, case_id)
        when = parse_date(held_on, field="on_date", not_after=today or dt.date.today())
        if case.status == mediation.ACCEPTED:
            CASES.step(session, case, "start", when, operator=operator, today=today)
        else:
            CASES.refuse_unless(case, {mediation.MEDIATING}, CASES.action_label("start"))
        record = MediationSession(case_id=case.id, held_on=when, mediator=mediator,
                                  notes=clean_text(notes, field="notes", max_len=20000))
        session.add(record)
        session.flush()
        trail.record(session, operator=operator, action="case.session", entity="mediation_case",
                     entity_id=case.id, after=trail.snapshot(record))
        return record.id


@permissions.guarded(EDIT)
def extend_limit(engine: Engine, case_id: str, to: object, note: str, *,
                 operator: str = "") -> None:
    """Both parties agree to mediate beyond 15 days (logged with their consent)."""
    with write_session(engine) as session:
        case = CASES.get(session, case_id)
        CASES.refuse_unless(case, mediation.MEDIATION_STATES, MEDIATION_LIMIT.label)
        current = mediation_limit(case).effective_due
        new = parse_date(to, field="on_date")
        if new <= current or not (note or "").strip():
            raise RuleViolation("case.extension_invalid", "on_date", value=new.isoformat(),
                                current=current.isoformat())
        before = trail.snapshot(case)
        case.limit_extended_to, case.extension_note = new, note.strip()
        session.flush()
        trail.record(session, operator=operator, action="case.extend", entity="mediation_case",
                     entity_id=case.id, before=before, after=trail.snapshot(case))


def _agreement_terms(terms: list[TermInput]) -> list[dict]:
    c = Collector()
    if not terms:
        c.add(Problem("case.terms_required", "terms"))
    rows = []
    for n, term in enumerate(terms, start=1):
        content = c.check(clean_text, term.content, field="terms", max_len=2000, required=True)
        amount = c.check(_fen, term.amount, "amount") or 0
        deadline = c.check(parse_date, term.deadline, field="terms") if term.deadline else None
        if amount and (deadline is None or not (term.method or "").strip()):
            c.add(Problem("case.term_deadline_required", "terms", {"n": n}))
        rows.append(dict(position=n, content=content, amount=amount, deadline=deadline,
                         method=(term.method or "").strip() or None))
    c.raise_if_errors()
    return rows


@permissions.guarded(EDIT)
def record_agreement(engine: Engine, case_id: str, terms: list[TermInput], signed_on: object,
                     *, operator: str = "", today: dt.date | None = None) -> int:
    """协议签订: the agreed terms, each with its deadline and method; returns the agreed fen."""
    rows = _agreement_terms(terms)
    with write_session(engine) as session:
        case = CASES.get(session, case_id)
        when = CASES.step(session, case, "sign", signed_on, operator=operator, today=today)
        session.execute(delete(AgreementTerm).where(AgreementTerm.case_id == case.id))
        for row in rows:
            session.add(AgreementTerm(case_id=case.id, **row))
        case.signed_on = when
        case.agreed_amount = sum(r["amount"] for r in rows)
        session.flush()
        return case.agreed_amount


agreement_takes_effect = CASES.step_service(
    "take_effect", date_field="effective_on",
    doc="生效: the mediator has signed and the seal is on (Art. 14).")


@permissions.guarded(EDIT)
def record_payment(engine: Engine, case_id: str, amount: object, on: object, *,
                   operator: str = "", today: dt.date | None = None) -> str:
    """履行: add a payment; paid in full → 履行完毕. Returns the new state."""
    fen = _fen(amount, "amount")
    with write_session(engine) as session:
        case = CASES.get(session, case_id)
        full = case.paid_amount + fen >= case.agreed_amount
        when = CASES.step(session, case, "complete" if full else "pay", on,
                          note=t("case.paid_note", amount=yuan(fen)), operator=operator,
                          today=today, amount=fen)
        case.paid_amount += fen
        case.paid_on = when
        session.flush()
        return case.status


@permissions.guarded(EDIT)
def refer_case(engine: Engine, case_id: str, kind: str, on: object, *, operator: str = "",
               today: dt.date | None = None) -> None:
    """Record where the case went next: 仲裁, 仲裁审查, 司法确认 or 支付令."""
    with write_session(engine) as session:
        case = CASES.get(session, case_id)
        if case.status not in mediation.REFERRALS[kind]:
            raise RuleViolation("case.referral_not_allowed", "case",
                                state=CASES.state_label(case.status),
                                referral=t(f"case.referral.{kind}"))
        if kind == "payment_order" and not mediation.qualifies_for_payment_order(
                case.category, case.subcategory):
            raise RuleViolation("case.payment_order_not_eligible", "case")
        before = trail.snapshot(case)
        case.referral = kind
        case.referral_on = parse_date(on, field="on_date", not_after=today or dt.date.today())
        session.flush()
        trail.record(session, operator=operator, action="case.refer", entity="mediation_case",
                     entity_id=case.id, before=before, after=trail.snapshot(case))
