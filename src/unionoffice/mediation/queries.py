"""Reading mediation cases: the list with its first clock, one case in full, what is due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlmodel import select

from unionoffice.accounts import permissions
from unionoffice.common import clocks
from unionoffice.common.clocks import Deadline
from unionoffice.db.engine import read_session
from unionoffice.db.models import (
    AgreementTerm,
    CaseApplicant,
    CaseEvent,
    MediationCase,
    MediationSession,
    Office,
)
from unionoffice.errors import NotFound
from unionoffice.mediation import rules as mediation
from unionoffice.mediation.clocks import case_clocks, current_deadline
from unionoffice.mediation.rules import CASES
from unionoffice.mediation.service import ApplicantInput, CaseInput

VIEW = "cases.view"


@dataclass
class CaseDetail:
    """One case with its applicants, terms, history, sessions, office and clocks."""
    case: MediationCase
    applicants: list[CaseApplicant]
    terms: list[AgreementTerm]
    events: list[CaseEvent]
    sessions: list[MediationSession]
    office: Office | None = None
    clocks: list[Deadline] = field(default_factory=list)


@permissions.guarded(VIEW)
def case_detail(engine: Engine, case_id: str) -> CaseDetail:
    """A case with its parties, terms, history, sessions, the office and its clocks."""
    with read_session(engine) as session:
        case = CASES.get(session, case_id)
        by_case = lambda model, order: list(session.exec(  # noqa: E731
            select(model).where(model.case_id == case_id).order_by(order)))
        terms = by_case(AgreementTerm, AgreementTerm.position)
        return CaseDetail(
            case, by_case(CaseApplicant, CaseApplicant.position), terms,
            by_case(CaseEvent, CaseEvent.change_seq), by_case(MediationSession,
                                                              MediationSession.held_on),
            session.exec(select(Office)).first(), case_clocks(case, terms))


@permissions.guarded(VIEW)
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
    """A case as the list shows it, with the clock that runs out first."""
    id: str
    case_number: str | None
    state: str
    received_on: dt.date
    clock: Deadline | None  # the clock that runs out first
    applicants: list[str]
    respondent: str
    category: str
    claimed_fen: int
    agreed_fen: int
    paid_fen: int
    workers: int


@permissions.guarded(VIEW)
def list_cases(engine: Engine, *, state: str | None = None, open_only: bool = False,
               text_query: str = "") -> list[CaseRow]:
    """Cases newest first, with the clock that runs out first."""
    with read_session(engine) as session:
        stmt = select(MediationCase).order_by(MediationCase.received_on.desc(),
                                              MediationCase.change_seq.desc())
        if state:
            stmt = stmt.where(MediationCase.status == state)
        if open_only:
            stmt = stmt.where(MediationCase.status.not_in(mediation.ENDED_STATES))
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
                            due, applicants, case.respondent_name,
                            case.category, case.claimed_amount, case.agreed_amount,
                            case.paid_amount, case.workers_count))
    return rows


@permissions.guarded(VIEW)
def due_cases(engine: Engine, today: dt.date | None = None) -> list[tuple[CaseRow, str]]:
    """Cases whose first clock is at a warning point or past it: (row, 'due' | 'overdue')."""
    today = today or dt.date.today()
    found = []
    for row in list_cases(engine, open_only=True):
        if row.clock is None:
            continue
        level = clocks.alarm_level(row.clock.days_left(today), row.clock.rule)
        if level != "ok":
            found.append((row, level))
    return sorted(found, key=lambda pair: pair[0].clock.effective_due)


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
