"""Collective contract rules (集体合同规定, 北京市集体合同条例): states, steps, votes, terms.

Pure rules with no database access. The articles behind them:
- the draft passes the 职代会 (or all workers) only with at least 2/3 present and more than
  half of *all* representatives in favour (Art. 36);
- a term is 1–3 years (Art. 38); renewal may be asked for in the 3 months before expiry;
- filed with the labour bureau within 10 days of signing (Art. 42);
- effective if the bureau raises no objection within 15 days of receiving it (Art. 47).
The clocks are in ``contracts/clocks.py``, the services in ``contracts/service.py``.
"""

from __future__ import annotations

import datetime as dt

from unionoffice.db.models import CollectiveContract, ContractEvent
from unionoffice.lifecycle import Action, Lifecycle

# Kinds, scopes (labels contract.type.*, contract.type_short.*, contract.scope.*).
TYPES = ("comprehensive", "wage", "women", "safety")
SCOPES = ("single", "regional", "industry")

# States; labels are contract.state.* in the message catalog.
NEGOTIATING, APPROVED, SIGNED, FILED, EFFECTIVE, OBJECTED = (
    "negotiating", "approved", "signed", "filed", "effective", "objected")
EXPIRED, RENEWED, AMENDED, TERMINATED = "expired", "renewed", "amended", "terminated"
STATES = (NEGOTIATING, APPROVED, SIGNED, FILED, EFFECTIVE, OBJECTED, EXPIRED, RENEWED, AMENDED,
          TERMINATED)
IN_FORCE = frozenset({EFFECTIVE})

EDIT = "contracts.edit"
CONTRACTS = Lifecycle(
    "contract", model=CollectiveContract, event_model=ContractEvent, owner="contract_id",
    entity="collective_contract", initial=NEGOTIATING, states=STATES,
    register_permission=EDIT,
    actions=[
        Action("approve", frozenset({NEGOTIATING}), APPROVED, EDIT),
        Action("sign", frozenset({APPROVED}), SIGNED, EDIT),
        Action("file", frozenset({SIGNED}), FILED, EDIT),
        Action("take_effect", frozenset({FILED}), EFFECTIVE, EDIT),
        Action("object", frozenset({FILED}), OBJECTED, EDIT, note="contract.note.description"),
        Action("renegotiate", frozenset({OBJECTED}), NEGOTIATING, EDIT),
        Action("expire", frozenset({EFFECTIVE}), EXPIRED, EDIT),
        Action("renew", frozenset({EFFECTIVE, EXPIRED}), RENEWED, EDIT),
        Action("amend", frozenset({EFFECTIVE}), AMENDED, EDIT, note="contract.note.description",
               confirm=True),
        Action("terminate", frozenset({EFFECTIVE}), TERMINATED, EDIT,
               note="contract.note.description", confirm=True),
    ])
RENEWAL_WINDOW_DAYS = 91  # "3 months before expiry"
COVERAGE_RULES = ("once", "each")  # labels contract.coverage_rule.*


def vote_passes(total: int, present: int, yes: int) -> bool:
    """Art. 36: at least 2/3 of all present, and more than half of *all* in favour."""
    return total > 0 and 3 * present >= 2 * total and 2 * yes > total and yes <= present <= total


def term_years(start: dt.date, end: dt.date) -> float:
    """The term's length in years."""
    return (end - start).days / 365.25


def term_is_usual(start: dt.date, end: dt.date) -> bool:
    """Art. 38: 1 to 3 years (a few days' slack for calendar ends)."""
    return 360 <= (end - start).days <= 3 * 366


def renewal_window_opens(term_end: dt.date) -> dt.date:
    """Art. 38: either side may ask to renew in the 3 months before expiry."""
    return term_end - dt.timedelta(days=RENEWAL_WINDOW_DAYS)
