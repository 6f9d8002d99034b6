"""Where the office's monthly job stands: keys, the district's address, what was made and sent.

One read for the 月度上报 page, done off the GUI thread (it touches the keyring too).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from unionoffice.accounts import permissions
from unionoffice.bundle import keys, outbox
from unionoffice.bundle.chain import ack_required, bundle_history
from unionoffice.bundle.sign import public_key_file
from unionoffice.db.models import BundleRecord
from unionoffice.errors import LedgerError
from unionoffice.office import get_office


@dataclass(frozen=True)
class MonthlyJobState:
    """What the page shows before the chair makes or sends a bundle."""

    ack_required: bool
    district_url: str | None
    receipt_key: str | None
    office_code: str | None
    recipient: str | None
    public_key: str | None  # the office's key as a minisign .pub file
    key_problem: str | None  # why the key could not be read
    history: list[BundleRecord]


@permissions.guarded("bundle.create")
def monthly_job_state(engine: Engine) -> MonthlyJobState:
    """Read everything the page needs at once."""
    office = get_office(engine)
    public, problem = None, None
    if office is not None:
        try:
            public = public_key_file(keys.office_public_key(office.code).public_key)
        except LedgerError as exc:
            problem = str(exc)
    return MonthlyJobState(
        ack_required(engine), outbox.district_url(engine), outbox.receipt_key_text(engine),
        office.code if office else None, office.district_recipient if office else None, public,
        problem, bundle_history(engine))
