"""Mediation case use cases: register, accept (case number), mediate, agree, perform, close.

Every step is one transaction: the rule check, the case's new state, a CaseEvent (dated, by
whom) and the audit entry commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Engine, delete, text
from sqlmodel import Session, select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.common import clocks
from unionoffice.common.money import parse_yuan, yuan
from unionoffice.common.validation import (
    Collector,
    clean_text,
    normalize_mobile,
    normalize_uscc,
    parse_date,
    parse_id_number,
)
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import (
    AgreementTerm,
    CaseApplicant,
    CaseEvent,
    MediationCase,
    MediationSession,
    Office,
)
from unionoffice.db.tombstones import delete_with_tombstone
from unionoffice.errors import NotFound, Problem, RuleViolation
from unionoffice.i18n import pick
from unionoffice.mediation import rules as mediation


@dataclass
class ApplicantInput:
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


def _get(session: Session, case_id: str) -> MediationCase:
    case = session.get(MediationCase, case_id)
    if case is None:
        raise NotFound("case.not_found", value=case_id)
    return case


@permissions.guarded("cases.edit")
def register_case(engine: Engine, data: CaseInput, *, operator: str = "",
                  today: dt.date | None = None) -> str:
    """登记: record an application; returns the case id (the number comes at acceptance)."""
    values, applicants = validate_case(data, today=today)
    with write_session(engine) as session:
        case = MediationCase(**values, status=mediation.REGISTERED)
        session.add(case)
        session.flush()
        for a in applicants:
            session.add(CaseApplicant(case_id=case.id, **a))
        session.add(CaseEvent(case_id=case.id, action="register", from_state="",
                              to_state=mediation.REGISTERED, on_date=case.received_on,
                              operator=operator or trail.current_operator()))
        session.flush()
        trail.record(session, operator=operator, action="case.register",
                     entity="mediation_case", entity_id=case.id,
                     after=trail.snapshot(case) | {"applicants": len(applicants)})
        return case.id


@permissions.guarded("cases.edit")
def update_case(engine: Engine, case_id: str, data: CaseInput, *, operator: str = "",
                today: dt.date | None = None) -> None:
    """Correct what was registered (parties, requests, amounts) while the case is still open."""
    values, applicants = validate_case(data, today=today)
    with write_session(engine) as session:
        case = _get(session, case_id)
        if case.status not in mediation.OPEN_STATES:
            raise RuleViolation("case.action_not_allowed", "case",
                                state=mediation.state_label(case.status),
                                action=pick("修改登记信息", "edit"))
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


def case_input_of(detail: CaseDetail) -> CaseInput:
    """The registered details of a case, ready for the edit form."""
    c = detail.case
    return CaseInput(
        received_on=c.received_on, workers_count=c.workers_count, channel=c.channel,
        applicants=[ApplicantInput(a.name, a.id_number, a.phone, a.ethnicity, a.address, a.post,
                                   a.member_id, a.representative) for a in detail.applicants],
        respondent_name=c.respondent_name, respondent_uscc=c.respondent_uscc,
        respondent_address=c.respondent_address, respondent_legal_rep=c.respondent_legal_rep,
        respondent_legal_rep_title=c.respondent_legal_rep_title,
        respondent_phone=c.respondent_phone,
        respondent_organization_id=c.respondent_organization_id, category=c.category,
        subcategory=c.subcategory, claims=c.claims, claimed_amount=c.claimed_amount,
        facts=c.facts, mediators=c.mediators)


def _step(session: Session, case: MediationCase, action: str, on: object, *,
          note: str | None = None, operator: str = "", today: dt.date | None = None,
          amount: int = 0) -> dt.date:
    """Check and apply one transition; returns its date."""
    today = today or dt.date.today()
    if not mediation.can(case.status, action):
        raise RuleViolation("case.action_not_allowed", "case",
                            state=mediation.state_label(case.status),
                            action=mediation.action_label(action))
    when = parse_date(on, field="on_date", not_after=today)
    last = session.execute(text("SELECT max(on_date) FROM case_event WHERE case_id = :c"),
                           {"c": case.id}).scalar()
    last = dt.date.fromisoformat(last) if isinstance(last, str) else last
    if last and when < last:
        raise RuleViolation("case.date_order", "on_date", value=when.isoformat(),
                            last=last.isoformat())
    before = trail.snapshot(case)
    new_state = mediation.next_state(case.status, action)
    session.add(CaseEvent(case_id=case.id, action=action, from_state=case.status,
                          to_state=new_state, on_date=when, note=note, amount=amount,
                          operator=operator or trail.current_operator()))
    case.status = new_state
    session.flush()
    trail.record(session, operator=operator, action=f"case.{action}", entity="mediation_case",
                 entity_id=case.id, before=before, after=trail.snapshot(case))
    return when


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


@permissions.guarded("cases.edit")
def accept_case(engine: Engine, case_id: str, on: object, *, operator: str = "",
                today: dt.date | None = None) -> str:
    """受理: give the case its number; returns the number."""
    with write_session(engine) as session:
        case = _get(session, case_id)
        office = session.exec(select(Office)).first()
        when = parse_date(on, field="on_date", not_after=today or dt.date.today())
        serial = _next_case_serial(session, when.year)
        pattern = office.case_number_pattern if office else mediation.DEFAULT_CASE_NUMBER_PATTERN
        case.case_number = mediation.format_case_number(
            pattern, year=when.year, short=office.short_name if office else "", n=serial)
        case.case_year, case.case_serial, case.accepted_on = when.year, serial, when
        _step(session, case, "accept", when, operator=operator, today=today)
        return case.case_number


def _simple(action: str):
    def run(engine: Engine, case_id: str, on: object, *, note: str | None = None,
            operator: str = "", today: dt.date | None = None) -> None:
        with write_session(engine) as session:
            case = _get(session, case_id)
            when = _step(session, case, action, on, note=note, operator=operator, today=today)
            if action in ("fail", "reject", "withdraw"):
                case.outcome_note = note
            if action == "close":
                case.closed_on = when
            session.flush()
    run.__name__ = f"{action}_case"
    run.__doc__ = f"{mediation.ACTIONS[action][2]} ({action})."
    return run


reject_case = _simple("reject")
fail_mediation = _simple("fail")
withdraw_case = _simple("withdraw")
close_case = _simple("close")
mark_overdue = _simple("mark_overdue")


@permissions.guarded("cases.edit")
def record_session(engine: Engine, case_id: str, held_on: object, notes: str, *,
                   mediator: str | None = None, operator: str = "",
                   today: dt.date | None = None) -> str:
    """调解笔录: a session; the first one moves an accepted case to 调解中."""
    with write_session(engine) as session:
        case = _get(session, case_id)
        when = parse_date(held_on, field="on_date", not_after=today or dt.date.today())
        if case.status == mediation.ACCEPTED:
            _step(session, case, "start", when, operator=operator, today=today)
        elif case.status != mediation.MEDIATING:
            raise RuleViolation("case.action_not_allowed", "case",
                                state=mediation.state_label(case.status),
                                action=mediation.action_label("start"))
        record = MediationSession(case_id=case.id, held_on=when, mediator=mediator,
                                  notes=clean_text(notes, field="notes", max_len=20000))
        session.add(record)
        session.flush()
        trail.record(session, operator=operator, action="case.session", entity="mediation_case",
                     entity_id=case.id, after=trail.snapshot(record))
        return record.id


@permissions.guarded("cases.edit")
def extend_limit(engine: Engine, case_id: str, to: object, note: str, *,
                 operator: str = "") -> None:
    """Both parties agree to mediate beyond 15 days (logged with their consent)."""
    with write_session(engine) as session:
        case = _get(session, case_id)
        if case.status not in (mediation.ACCEPTED, mediation.MEDIATING):
            raise RuleViolation("case.action_not_allowed", "case",
                                state=mediation.state_label(case.status),
                                action=clocks.MEDIATION_LIMIT.label)
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


@permissions.guarded("cases.edit")
def record_agreement(engine: Engine, case_id: str, terms: list[TermInput], signed_on: object,
                     *, operator: str = "", today: dt.date | None = None) -> int:
    """协议签订: the agreed terms, each with its deadline and method; returns the agreed fen."""
    c = Collector()
    if not terms:
        c.add(Problem("case.terms_required", "terms"))
    rows = []
    for n, t in enumerate(terms, start=1):
        content = c.check(clean_text, t.content, field="terms", max_len=2000, required=True)
        amount = c.check(_fen, t.amount, "amount") or 0
        deadline = c.check(parse_date, t.deadline, field="terms") if t.deadline else None
        if amount and (deadline is None or not (t.method or "").strip()):
            c.add(Problem("case.term_deadline_required", "terms", {"n": n}))
        rows.append(dict(position=n, content=content, amount=amount, deadline=deadline,
                         method=(t.method or "").strip() or None))
    c.raise_if_errors()
    with write_session(engine) as session:
        case = _get(session, case_id)
        when = _step(session, case, "sign", signed_on, operator=operator, today=today)
        session.execute(delete(AgreementTerm).where(AgreementTerm.case_id == case.id))
        for row in rows:
            session.add(AgreementTerm(case_id=case.id, **row))
        case.signed_on = when
        case.agreed_amount = sum(r["amount"] for r in rows)
        session.flush()
        return case.agreed_amount


@permissions.guarded("cases.edit")
def agreement_takes_effect(engine: Engine, case_id: str, on: object, *, operator: str = "",
                           today: dt.date | None = None) -> None:
    """生效: the mediator has signed and the seal is on (Art. 14)."""
    with write_session(engine) as session:
        case = _get(session, case_id)
        case.effective_on = _step(session, case, "take_effect", on, operator=operator,
                                  today=today)


@permissions.guarded("cases.edit")
def record_payment(engine: Engine, case_id: str, amount: object, on: object, *,
                   operator: str = "", today: dt.date | None = None) -> str:
    """履行: add a payment; paid in full → 履行完毕. Returns the new state."""
    fen = _fen(amount, "amount")
    with write_session(engine) as session:
        case = _get(session, case_id)
        full = case.paid_amount + fen >= case.agreed_amount
        when = _step(session, case, "complete" if full else "pay", on,
                     note=pick(f"支付{yuan(fen)}元", f"paid {yuan(fen)} yuan"),
                     operator=operator, today=today, amount=fen)
        case.paid_amount += fen
        case.paid_on = when
        session.flush()
        return case.status


@permissions.guarded("cases.edit")
def refer_case(engine: Engine, case_id: str, kind: str, on: object, *, operator: str = "",
               today: dt.date | None = None) -> None:
    """Record where the case went next: 仲裁, 仲裁审查, 司法确认 or 支付令."""
    allowed = {
        "arbitration": {mediation.REJECTED, mediation.FAILED, mediation.OVERDUE,
                        mediation.ACCEPTED, mediation.MEDIATING},
        "arbitration_review": {mediation.EFFECTIVE, mediation.PERFORMING},
        "judicial_confirmation": {mediation.EFFECTIVE, mediation.PERFORMING},
        "payment_order": {mediation.OVERDUE},
    }
    with write_session(engine) as session:
        case = _get(session, case_id)
        label = mediation.REFERRALS[kind][0]
        if case.status not in allowed[kind]:
            raise RuleViolation("case.referral_not_allowed", "case",
                                state=mediation.state_label(case.status), referral=label)
        if kind == "payment_order" and not mediation.qualifies_for_payment_order(
                case.category, case.subcategory):
            raise RuleViolation("case.payment_order_not_eligible", "case")
        before = trail.snapshot(case)
        case.referral = kind
        case.referral_on = parse_date(on, field="on_date", not_after=today or dt.date.today())
        session.flush()
        trail.record(session, operator=operator, action="case.refer", entity="mediation_case",
                     entity_id=case.id, before=before, after=trail.snapshot(case))


# --- clocks ------------------------------------------------------------------------------------


def mediation_limit(case: MediationCase) -> clocks.Deadline:
    return clocks.deadline(clocks.MEDIATION_LIMIT, case.received_on,
                           extended_to=case.limit_extended_to)


def case_clocks(case: MediationCase, terms: list) -> list[clocks.Deadline]:
    """The clocks that matter for the case in its present state."""
    found = []
    if case.status == mediation.REGISTERED:
        found.append(clocks.deadline(clocks.ACCEPTANCE, case.received_on))
    if case.status in mediation.OPEN_STATES:
        found.append(mediation_limit(case))
    if case.effective_on and case.status in (mediation.EFFECTIVE, mediation.PERFORMING,
                                             mediation.OVERDUE):
        found.append(clocks.deadline(clocks.ARBITRATION_REVIEW, case.effective_on))
        found.append(clocks.deadline(clocks.JUDICIAL_CONFIRMATION, case.effective_on))
    if case.status in (mediation.SIGNED, mediation.EFFECTIVE, mediation.PERFORMING,
                       mediation.OVERDUE):
        for term in terms:
            if term.deadline and term.amount:
                found.append(clocks.Deadline(clocks.PERFORMANCE, term.deadline, term.deadline))
    return found


def current_deadline(case: MediationCase, terms: list) -> clocks.Deadline | None:
    """The earliest clock still running — what the list's 'days left' shows."""
    running = case_clocks(case, terms)
    return min(running, key=lambda d: d.effective_due) if running else None


def payment_order_hint(case: MediationCase, terms: list[AgreementTerm],
                       today: dt.date) -> bool:
    """Art. 16: an overdue agreement on pay, injury costs or compensation → 支付令 possible."""
    if case.status not in (mediation.EFFECTIVE, mediation.PERFORMING, mediation.OVERDUE):
        return False
    late = mediation.overdue_terms(
        [mediation.Term(t.content, t.amount, t.deadline, t.method) for t in terms],
        case.paid_amount, today)
    return bool(late) and mediation.qualifies_for_payment_order(case.category, case.subcategory)


# --- reading -----------------------------------------------------------------------------------


@dataclass
class CaseDetail:
    case: MediationCase
    applicants: list[CaseApplicant]
    terms: list[AgreementTerm]
    events: list[CaseEvent]
    sessions: list[MediationSession]
    office: Office | None = None
    clocks: list[clocks.Deadline] = field(default_factory=list)


@permissions.guarded("cases.view")
def case_detail(engine: Engine, case_id: str) -> CaseDetail:
    with read_session(engine) as session:
        case = _get(session, case_id)
        by_case = lambda model, order: list(session.exec(  # noqa: E731
            select(model).where(model.case_id == case_id).order_by(order)))
        terms = by_case(AgreementTerm, AgreementTerm.position)
        return CaseDetail(
            case, by_case(CaseApplicant, CaseApplicant.position), terms,
            by_case(CaseEvent, CaseEvent.change_seq), by_case(MediationSession,
                                                              MediationSession.held_on),
            session.exec(select(Office)).first(), case_clocks(case, terms))


@permissions.guarded("cases.view")
def find_case_id(engine: Engine, ref: str) -> str:
    """A case by id or by case number."""
    with read_session(engine) as session:
        if session.get(MediationCase, ref):
            return ref
        found = session.exec(select(MediationCase.id).where(
            MediationCase.case_number == ref.strip())).first()
    if found is None:
        raise NotFound("case.not_found", value=ref)
    return found


@dataclass(frozen=True)
class CaseRow:
    id: str
    case_number: str | None
    state: str
    received_on: dt.date
    deadline: dt.date | None
    deadline_rule: str | None
    applicants: list[str]
    respondent: str
    category: str
    claimed_fen: int
    agreed_fen: int
    paid_fen: int
    workers: int


@permissions.guarded("cases.view")
def list_cases(engine: Engine, *, state: str | None = None, open_only: bool = False,
               text_query: str = "") -> list[CaseRow]:
    """Cases newest first, with the clock that runs out first."""
    with read_session(engine) as session:
        stmt = select(MediationCase).order_by(MediationCase.received_on.desc(),
                                              MediationCase.change_seq.desc())
        if state:
            stmt = stmt.where(MediationCase.status == state)
        if open_only:
            stmt = stmt.where(MediationCase.status.not_in(
                [mediation.CLOSED, mediation.REJECTED, mediation.WITHDRAWN]))
        cases = list(session.exec(stmt))
        ids = [c.id for c in cases]
        names: dict[str, list[str]] = {}
        terms: dict[str, list] = {}
        for chunk in (ids[i:i + 900] for i in range(0, len(ids), 900)):  # SQLite's bind limit
            for case_id, name in session.execute(
                    select(CaseApplicant.case_id, CaseApplicant.name)
                    .where(CaseApplicant.case_id.in_(chunk))
                    .order_by(CaseApplicant.case_id, CaseApplicant.position)):
                names.setdefault(case_id, []).append(name)
            for term in session.execute(
                    select(AgreementTerm.case_id, AgreementTerm.content, AgreementTerm.amount,
                           AgreementTerm.deadline, AgreementTerm.method)
                    .where(AgreementTerm.case_id.in_(chunk))):
                terms.setdefault(term.case_id, []).append(term)
    rows = []
    q = text_query.strip()
    for case in cases:
        applicants = names.get(case.id, [])
        if q and q not in (case.case_number or "") and q not in case.respondent_name and not any(
                q in n for n in applicants):
            continue
        due = current_deadline(case, terms.get(case.id, []))
        rows.append(CaseRow(case.id, case.case_number, case.status, case.received_on,
                            due.effective_due if due else None,
                            due.rule.id if due else None, applicants, case.respondent_name,
                            case.category, case.claimed_amount, case.agreed_amount,
                            case.paid_amount, case.workers_count))
    return rows


@permissions.guarded("cases.view")
def due_cases(engine: Engine, today: dt.date | None = None) -> list[tuple[CaseRow, str]]:
    """Cases whose first clock is at a warning point or past it: (row, 'due' | 'overdue')."""
    today = today or dt.date.today()
    found = []
    for row in list_cases(engine, open_only=True):
        if row.deadline is None:
            continue
        level = clocks.alarm_level((row.deadline - today).days, clocks.RULES[row.deadline_rule])
        if level != "ok":
            found.append((row, level))
    return sorted(found, key=lambda pair: pair[0].deadline)
