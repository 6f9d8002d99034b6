"""SQLModel tables of the ledger (design.md §3).

Every ledger table has a UUID key, ``created_at``, ``updated_at`` and ``change_seq`` (a
ledger-wide counter bumped on every write; bundles pick rows by it). Deleting a row leaves a
``Tombstone``. Money is integer fen; dates are ``date``; timestamps are UTC.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Column,
    Connection,
    Index,
    LargeBinary,
    Text,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.orm import Mapper
from sqlmodel import Field, SQLModel

from unionoffice.db import member_search

SCHEMA_VERSION = 10  # PRAGMA user_version written by the newest migration
SCHEMA_REVISION = "0010_member_name_keys"  # the newest migration (tests check it)


def new_id() -> str:
    """A random UUID as 32 hex characters."""
    return uuid.uuid4().hex


def utcnow() -> dt.datetime:
    """Now, as an aware UTC timestamp."""
    return dt.datetime.now(dt.UTC)


class LedgerRow(SQLModel):
    """Columns shared by every ledger table."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    change_seq: int = Field(default=0, index=True)


class LedgerMeta(SQLModel, table=True):
    """Key/value facts about the ledger itself (the change counter, the ledger id)."""

    __tablename__ = "ledger_meta"
    key: str = Field(primary_key=True, max_length=50)
    value: str = Field(default="")


class Office(LedgerRow, table=True):
    """This subdistrict office (one row)."""

    __tablename__ = "office"
    code: str = Field(max_length=9, unique=True)
    name: str = Field(max_length=100)
    short_name: str = Field(max_length=20)
    district_code: str = Field(max_length=6)
    district_name: str = Field(max_length=100)
    district_recipient: str | None = Field(default=None, max_length=200)
    signing_key_id: str | None = Field(default=None, max_length=16)
    signing_public_key: str | None = Field(default=None, max_length=100)
    case_number_pattern: str = Field(default="（{year}）{short}劳调字第{n}号", max_length=100)


class Organization(LedgerRow, table=True):
    """A grassroots union and/or employer (基层工会 / 用人单位)."""

    __tablename__ = "organization"
    name: str = Field(max_length=200, index=True)
    uscc: str | None = Field(default=None, max_length=18, unique=True)
    uscc_missing_reason: str | None = Field(default=None, max_length=200)
    kind: str = Field(default="single", max_length=20)
    unit_category: str | None = Field(default=None, max_length=30)
    industry: str | None = Field(default=None, max_length=1)
    employees: int = Field(default=0)
    female_employees: int = Field(default=0)
    founded_on: dt.date | None = None
    chair: str | None = Field(default=None, max_length=50)
    contact_person: str | None = Field(default=None, max_length=50)
    contact_phone: str | None = Field(default=None, max_length=20)
    address: str | None = Field(default=None, max_length=200)
    status: str = Field(default="active", max_length=20)
    search_key: str = Field(default="", max_length=400, index=True)


class Member(LedgerRow, table=True):
    """A union member. ``status`` and ``join_date`` are derived from MemberEvent, never typed."""

    __tablename__ = "member"
    __table_args__ = (UniqueConstraint("id_type", "id_number", name="uq_member_id_number"),)
    name: str = Field(max_length=50, index=True)
    gender: str = Field(max_length=1)
    ethnicity: str | None = Field(default=None, max_length=20)
    id_type: str = Field(default="RIC", max_length=10)
    id_number: str = Field(max_length=30)
    birth_date: dt.date | None = None
    phone: str | None = Field(default=None, max_length=20)
    education: str | None = Field(default=None, max_length=20)
    political_status: str | None = Field(default=None, max_length=20)
    household_type: str | None = Field(default=None, max_length=20)
    migrant_worker: bool = Field(default=False)
    employment_status: str | None = Field(default=None, max_length=2)
    employment_form: str | None = Field(default=None, max_length=20)
    new_form_group: str | None = Field(default=None, max_length=20)
    platform: str | None = Field(default=None, max_length=50)
    organization_id: str | None = Field(default=None, foreign_key="organization.id", index=True)
    card_number: str | None = Field(default=None, max_length=30)
    model_worker_level: str | None = Field(default=None, max_length=10)
    hardship: bool = Field(default=False)
    status: str = Field(default="none", max_length=20, index=True)
    join_date: dt.date | None = None
    # Search keys derived from the name (db/member_search.py), kept by the events below: not
    # the member's data, so never dumped (audit entries, exports) and not sent in bundles.
    name_pinyin: str | None = Field(default=None, max_length=300, index=True, exclude=True)
    name_initials: str | None = Field(default=None, max_length=50, index=True, exclude=True)


# Columns of ledger tables that are derived, not recorded (the fields marked exclude):
# bundles leave them out.
DERIVED_COLUMNS = {"member": tuple(name for name, info in Member.model_fields.items()
                                   if info.exclude)}


@event.listens_for(Member, "before_insert")
@event.listens_for(Member, "before_update")
def _set_name_keys(_mapper: Mapper, _connection: Connection, member: Member) -> None:
    member.name_pinyin, member.name_initials = member_search.key_columns(
        member.name, member.id_type)


@event.listens_for(Member, "after_insert")
def _index_new_member(_mapper: Mapper, connection: Connection, member: Member) -> None:
    member_search.index_members(connection, member_search.other_key_rows(
        member.id, member.name, member.id_type))


@event.listens_for(Member, "after_update")
def _reindex_member(_mapper: Mapper, connection: Connection, member: Member) -> None:
    attrs = inspect(member).attrs
    if attrs.name.history.has_changes() or attrs.id_type.history.has_changes():
        member_search.reindex_member(connection, member.id, member.name, member.id_type)


@event.listens_for(Member, "before_delete")
def _unindex_member(_mapper: Mapper, connection: Connection, member: Member) -> None:
    member_search.unindex_members(connection, [member.id])


class MemberEvent(LedgerRow, table=True):
    """One membership change (会籍变动); append-only."""

    __tablename__ = "member_event"
    # Monthly flows ("入会 in October") read this index alone, without the table.
    __table_args__ = (Index("ix_member_event_kind_date", "kind", "event_date", "member_id"),)
    member_id: str = Field(foreign_key="member.id", index=True)
    kind: str = Field(max_length=20)
    event_date: dt.date = Field(index=True)
    reason_code: str | None = Field(default=None, max_length=2)
    from_organization_id: str | None = Field(default=None, foreign_key="organization.id")
    to_organization_id: str | None = Field(default=None, foreign_key="organization.id")
    other_organization: str | None = Field(default=None, max_length=200)
    original_join_date: dt.date | None = None
    note: str | None = Field(default=None, max_length=500)
    operator: str = Field(default="", max_length=50)


class CollectiveContract(LedgerRow, table=True):
    """A collective contract (集体合同)."""

    __tablename__ = "collective_contract"
    organization_id: str | None = Field(default=None, foreign_key="organization.id", index=True)
    title: str = Field(default="", max_length=200)
    contract_type: str = Field(default="comprehensive", max_length=20)
    scope: str = Field(default="single", max_length=20)
    worker_chief: str | None = Field(default=None, max_length=50)
    employer_chief: str | None = Field(default=None, max_length=50)
    congress_on: dt.date | None = None
    votes_total: int | None = None
    votes_present: int | None = None
    votes_yes: int | None = None
    signed_on: dt.date | None = None
    filed_on: dt.date | None = None
    objection: str | None = Field(default=None, max_length=500)
    effective_on: dt.date | None = None
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    covered_enterprises: int = Field(default=0)
    covered_workers: int = Field(default=0)
    covered_female_workers: int = Field(default=0)
    wage_increase_bp: int | None = None  # basis points: 350 = 3.5 %
    status: str = Field(default="negotiating", max_length=20, index=True)
    negotiators_per_side: int | None = None
    renewed_from_id: str | None = Field(default=None, foreign_key="collective_contract.id")
    ended_on: dt.date | None = None
    end_note: str | None = Field(default=None, max_length=500)


class ContractCoverage(LedgerRow, table=True):
    """An employer covered by a (regional or industry) collective contract."""

    __tablename__ = "contract_coverage"
    __table_args__ = (UniqueConstraint("contract_id", "organization_id"),)
    contract_id: str = Field(foreign_key="collective_contract.id", index=True)
    organization_id: str = Field(foreign_key="organization.id", index=True)
    workers: int = Field(default=0)
    female_workers: int = Field(default=0)


class StepEvent(LedgerRow):
    """The columns of a dated step of a record with a lifecycle (lifecycle.py)."""

    action: str = Field(max_length=30)
    from_state: str = Field(max_length=20)
    to_state: str = Field(max_length=20)
    on_date: dt.date
    note: str | None = Field(default=None, max_length=500)
    operator: str = Field(default="", max_length=50)


class ContractEvent(StepEvent, table=True):
    """One dated step of a collective contract (职代会通过, 报送 …) with who did it."""

    __tablename__ = "contract_event"
    contract_id: str = Field(foreign_key="collective_contract.id", index=True)


class MediationCase(LedgerRow, table=True):
    """A labour-dispute mediation case (劳动争议调解案件); applicants are CaseApplicant rows."""

    __tablename__ = "mediation_case"
    case_number: str | None = Field(default=None, max_length=50, unique=True)
    case_year: int | None = None
    case_serial: int | None = None
    channel: str = Field(default="walk_in", max_length=20)
    received_on: dt.date = Field(index=True)
    accepted_on: dt.date | None = None
    respondent_name: str = Field(max_length=200)
    respondent_uscc: str | None = Field(default=None, max_length=18)
    respondent_address: str | None = Field(default=None, max_length=200)
    respondent_legal_rep: str | None = Field(default=None, max_length=50)
    respondent_legal_rep_title: str | None = Field(default=None, max_length=50)
    respondent_phone: str | None = Field(default=None, max_length=20)
    respondent_organization_id: str | None = Field(default=None, foreign_key="organization.id")
    workers_count: int = Field(default=1)
    category: str = Field(default="other", max_length=30)
    subcategory: str | None = Field(default=None, max_length=30)
    claims: str = Field(default="", sa_type=Text)
    claimed_amount: int = Field(default=0)
    facts: str = Field(default="", sa_type=Text)
    mediators: str = Field(default="", max_length=200)
    status: str = Field(default="registered", max_length=20, index=True)
    limit_extended_to: dt.date | None = None
    extension_note: str | None = Field(default=None, max_length=500)
    outcome_note: str | None = Field(default=None, max_length=500)
    agreed_amount: int = Field(default=0)
    signed_on: dt.date | None = None
    effective_on: dt.date | None = None
    paid_amount: int = Field(default=0)
    paid_on: dt.date | None = None
    referral: str | None = Field(default=None, max_length=30)
    referral_on: dt.date | None = None
    closed_on: dt.date | None = None


class CaseApplicant(LedgerRow, table=True):
    """A worker who applied (申请人); 10 or more make a collective case with representatives."""

    __tablename__ = "case_applicant"
    case_id: str = Field(foreign_key="mediation_case.id", index=True)
    position: int = 1
    name: str = Field(max_length=50)
    gender: str | None = Field(default=None, max_length=1)
    id_number: str | None = Field(default=None, max_length=30)
    birth_date: dt.date | None = None
    ethnicity: str | None = Field(default=None, max_length=20)
    phone: str | None = Field(default=None, max_length=20)
    address: str | None = Field(default=None, max_length=200)
    post: str | None = Field(default=None, max_length=50)
    member_id: str | None = Field(default=None, foreign_key="member.id")
    representative: bool = False


class CaseEvent(StepEvent, table=True):
    """One dated step of a case (受理, 调解不成 …) with who did it; append-only."""

    __tablename__ = "case_event"
    case_id: str = Field(foreign_key="mediation_case.id", index=True)
    amount: int = Field(default=0)  # fen paid at a 履行 step (monthly 履行金额)


class MediationSession(LedgerRow, table=True):
    """A mediation session (调解笔录): when, who, what was said."""

    __tablename__ = "mediation_session"
    case_id: str = Field(foreign_key="mediation_case.id", index=True)
    held_on: dt.date
    mediator: str | None = Field(default=None, max_length=50)
    notes: str = Field(default="", sa_type=Text)


class AgreementTerm(LedgerRow, table=True):
    """One numbered term of a mediation agreement (调解协议书)."""

    __tablename__ = "agreement_term"
    case_id: str = Field(foreign_key="mediation_case.id", index=True)
    position: int
    content: str = Field(sa_type=Text)
    amount: int = Field(default=0)
    deadline: dt.date | None = None
    method: str | None = Field(default=None, max_length=100)


class Tombstone(SQLModel, table=True):
    """Marks a deleted row so that bundles can carry the deletion."""

    __tablename__ = "tombstone"
    id: int | None = Field(default=None, primary_key=True)
    entity: str = Field(max_length=40)
    entity_id: str = Field(max_length=32)
    change_seq: int = Field(index=True)
    deleted_at: dt.datetime = Field(default_factory=utcnow)


class Operator(LedgerRow, table=True):
    """A person who signs in: 录入员 (clerk), 调解员 (mediator) or 主席 (chair).

    Never sent in bundles. The password is kept only as a salted scrypt hash.
    """

    __tablename__ = "operator"
    username: str = Field(max_length=30, unique=True)
    display_name: str = Field(max_length=50)
    role: str = Field(max_length=10)
    password_hash: str = Field(max_length=200)
    active: bool = Field(default=True)
    last_login_at: dt.datetime | None = None


class AuditEntry(SQLModel, table=True):
    """One write to the ledger, hash-chained to the previous entry (append-only)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
    seq: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow)
    operator: str = Field(max_length=50)
    action: str = Field(max_length=40)
    entity: str = Field(max_length=40)
    entity_id: str = Field(default="", max_length=32)
    before: str | None = Field(default=None, sa_type=Text)
    after: str | None = Field(default=None, sa_type=Text)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class BundleRecord(SQLModel, table=True):
    """A monthly bundle this office made."""

    __tablename__ = "bundle_record"
    seq: int = Field(primary_key=True)
    period: str = Field(max_length=7)
    kind: str = Field(max_length=10)
    created_at: dt.datetime = Field(default_factory=utcnow)
    since_seq: int = Field(default=0)
    until_seq: int = Field(default=0)
    manifest_sha256: str = Field(max_length=64)
    file: str = Field(max_length=300)
    upload_state: str = Field(default="pending", max_length=20)
    receipt: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    # The outbox: tries so far, when to try next (back-off), the last failure in plain words.
    upload_attempts: int = Field(default=0)
    next_upload_at: dt.datetime | None = None
    upload_error: str | None = Field(default=None, sa_type=Text)
