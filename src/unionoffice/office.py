"""The office itself: set up once with its codes, names and signing key."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlmodel import select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.bundle import keys
from unionoffice.common.validation import Collector, clean_text
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import Office
from unionoffice.errors import LedgerError, Problem, ValidationFailed


@dataclass
class OfficeInput:
    """The office's codes and names as typed at set-up."""
    code: str
    name: str
    short_name: str
    district_code: str
    district_name: str


def validate_office(data: OfficeInput) -> dict:
    """Column values of the office, or ValidationFailed with every problem."""
    c = Collector()
    code = str(data.code or "").strip()
    if not re.fullmatch(r"\d{9}", code):
        c.add(Problem("office.code", "office_code", {"value": code}))
    district = str(data.district_code or "").strip()
    if not re.fullmatch(r"\d{6}", district):
        c.add(Problem("district.code", "district_code", {"value": district}))
    elif code[:6] and code[:6] != district:
        c.add(Problem("office.code", "office_code", {"value": code}))
    values = dict(
        code=code, district_code=district,
        name=c.check(clean_text, data.name, field="name", max_len=100, required=True),
        short_name=c.check(clean_text, data.short_name, field="short_name", max_len=20,
                           required=True),
        district_name=c.check(clean_text, data.district_name, field="district_name",
                              max_len=100, required=True),
    )
    c.raise_if_errors()
    return values


def get_office(engine: Engine) -> Office | None:
    """The office's row, or None before set-up."""
    with read_session(engine) as session:
        return session.exec(select(Office)).first()


@permissions.guarded("settings.edit")
def init_office(engine: Engine, data: OfficeInput, *, ledger_path: str, operator: str = ""
                ) -> tuple[Office, keys.PublicKeyInfo, keys.BackendStatus]:
    """Set up the office and make its signing key (the seed goes only to the keyring).

    Returns:
        (office, public key info, keyring backend status).

    Raises:
        LedgerError: the ledger already has an office.
        KeyringError: the keyring cannot hold the key; nothing is written then.
    """
    values = validate_office(data)
    if get_office(engine) is not None:
        raise LedgerError("ledger.exists", path=ledger_path)
    public, status = keys.create_office_key(values["code"])
    with write_session(engine) as session:
        if session.exec(select(Office)).first() is not None:
            raise LedgerError("ledger.exists", path=ledger_path)
        office = Office(**values, signing_key_id=public.key_id,
                        signing_public_key=public.public_key_b64)
        session.add(office)
        session.flush()
        trail.record(session, operator=operator, action="office.init", entity="office",
                     entity_id=office.id, after=trail.snapshot(office))
    return office, public, status


@permissions.guarded("settings.edit")
def set_case_number_pattern(engine: Engine, pattern: str, *, operator: str = "") -> str:
    """Change how case numbers are written; numbers already given stay as they are.

    The pattern must contain ``{n}`` and may use ``{year}`` and ``{short}``.
    """
    from unionoffice.mediation.rules import format_case_number

    pattern = clean_text(pattern, field="case_number_pattern", max_len=100, required=True)
    try:
        sample = format_case_number(pattern, year=2026, short="龙潭", n=1)
    except (KeyError, IndexError, ValueError):
        sample = ""
    if "{n}" not in pattern or not sample:
        raise ValidationFailed([Problem("case.number_pattern", "case_number_pattern",
                                        {"value": pattern})])
    _update_office(engine, "office.case_number_pattern", operator, case_number_pattern=pattern)
    return sample


@permissions.guarded("settings.edit")
def set_district_recipient(engine: Engine, recipient: str, *, operator: str = "") -> str:
    """The district's age public key, to which bundles with personal data are encrypted."""
    from unionoffice.bundle.crypt import parse_recipient

    value = str(parse_recipient(recipient))
    _update_office(engine, "office.district_recipient", operator, district_recipient=value)
    return value


def _update_office(engine: Engine, action: str, operator: str, **changes: object) -> None:
    """Change fields of the office row, audited, in one transaction."""
    with write_session(engine) as session:
        office = session.exec(select(Office)).first()
        if office is None:
            raise LedgerError("office.missing")
        before = trail.snapshot(office)
        for name, value in changes.items():
            setattr(office, name, value)
        session.flush()
        trail.record(session, operator=operator, action=action, entity="office",
                     entity_id=office.id, before=before, after=trail.snapshot(office))


@dataclass(frozen=True)
class LedgerSummary:
    """The office and the ledger's headline counts."""
    office_name: str | None
    office_code: str | None
    signing_key_id: str | None
    members_active: int
    members_retained: int
    organizations: int
    joined_this_month: int


def ledger_summary(engine: Engine, today: dt.date | None = None) -> LedgerSummary:
    """The office and the ledger's few headline counts (home page, status bar)."""
    today = today or dt.date.today()
    with read_session(engine) as session:
        office = session.execute(text("SELECT name, code, signing_key_id FROM office")).first()
        counts = dict(session.execute(text(
            "SELECT status, count(*) FROM member GROUP BY status")).all())
        orgs = session.execute(text("SELECT count(*) FROM organization")).scalar_one()
        joined = session.execute(text(
            "SELECT count(*) FROM member_event WHERE kind = 'join' AND event_date >= :d"),
            {"d": today.replace(day=1).isoformat()}).scalar_one()
    return LedgerSummary(office[0] if office else None, office[1] if office else None,
                         office[2] if office else None, counts.get("active", 0),
                         counts.get("retained", 0), orgs, joined)
