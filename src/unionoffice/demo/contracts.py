"""Synthetic collective contracts in every state, walked through the contract rules."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from unionoffice.contracts.clocks import review_deadline
from unionoffice.contracts.rules import (
    AMENDED,
    APPROVED,
    CONTRACTS,
    EFFECTIVE,
    EXPIRED,
    FILED,
    NEGOTIATING,
    OBJECTED,
    RENEWED,
    SIGNED,
    TERMINATED,
    vote_passes,
)
from unionoffice.i18n import render

# Final state and the steps to it; `offset` is how long ago negotiation started (days).
PATHS = {
    NEGOTIATING: [], APPROVED: ["approve"], SIGNED: ["approve", "sign"],
    FILED: ["approve", "sign", "file"], OBJECTED: ["approve", "sign", "file", "object"],
    EFFECTIVE: ["approve", "sign", "file", "take_effect"],
    EXPIRED: ["approve", "sign", "file", "take_effect", "expire"],
    RENEWED: ["approve", "sign", "file", "take_effect", "renew"],
    AMENDED: ["approve", "sign", "file", "take_effect", "amend"],
    TERMINATED: ["approve", "sign", "file", "take_effect", "terminate"],
}
WEIGHTS = {NEGOTIATING: 4, APPROVED: 2, SIGNED: 3, FILED: 3, OBJECTED: 1,
           EFFECTIVE: 60, EXPIRED: 8, RENEWED: 8, AMENDED: 2, TERMINATED: 2}


def build_contracts(rng: random.Random, uid: Callable[[], str], orgs: list[dict], today: dt.date
                    ) -> dict[str, list[dict]]:
    """Contracts in every state, each walked through the contract rules."""
    out = {"collective_contract": [], "contract_coverage": [], "contract_event": []}
    singles = [o for o in orgs if o["kind"] == "single"] or orgs
    employers = [o for o in orgs if o["kind"] == "employer"] or singles
    if not orgs:
        return out
    states = list(PATHS)
    count = max(len(states), len(singles) // 3)
    for i in range(count):
        target = states[i] if i < len(states) else rng.choices(states, list(WEIGHTS.values()))[0]
        regional = i % 12 == 5
        kind = "wage" if i % 4 == 1 else "women" if i % 9 == 2 else "comprehensive"
        org = rng.choice(singles or employers)
        # A regional contract covers employers without a union and, now and then, one that
        # also has its own contract: coverage counts that one once.
        covered = (rng.sample(employers, min(len(employers), rng.randint(3, 8)))
                   + rng.sample(singles, min(len(singles), 2))) if regional else []
        covered = list({o["id"]: o for o in covered}.values())  # each employer once
        contract_id = uid()
        years = rng.choice([1, 2, 3])
        out["collective_contract"].append(_walk(rng, uid, out, contract_id, target, org,
                                                covered, kind, regional, years, today))
    return out


def _walk(rng: random.Random, uid: Callable[[], str], out: dict[str, list[dict]],
          contract_id: str, target: str, org: dict, covered: list[dict], kind: str,
          regional: bool, years: int, today: dt.date) -> dict:
    steps = PATHS[target]
    if target == EFFECTIVE:
        start = today - dt.timedelta(days=rng.randint(30, 365 * years - 10))
    elif target in (EXPIRED, RENEWED):
        start = today - dt.timedelta(days=365 * years + rng.randint(10, 120))
    elif target in (AMENDED, TERMINATED):
        start = today - dt.timedelta(days=rng.randint(200, 400))
    else:
        start = today - dt.timedelta(days=rng.randint(3, 20))
    day = start - dt.timedelta(days=rng.randint(30, 60)) if steps[3:4] else start
    workers = sum(o["employees"] for o in covered) if covered else org["employees"]
    female = sum(o["female_employees"] for o in covered) if covered else org["female_employees"]
    name = ("龙潭街道" + rng.choice(["餐饮", "商贸", "物业", "快递"]) + "行业"
            if regional else org["name"]) + render(f"contract.type.{kind}", {}, "zh")
    row = dict(id=contract_id, organization_id=None if regional else org["id"], title=name,
               contract_type=kind, scope="industry" if regional else "single",
               worker_chief=org.get("chair"), employer_chief=org.get("contact_person"),
               congress_on=None, votes_total=None, votes_present=None, votes_yes=None,
               signed_on=None, filed_on=None, objection=None, effective_on=None,
               term_start=None, term_end=None,
               covered_enterprises=len(covered) if covered else 1, covered_workers=workers,
               covered_female_workers=female,
               wage_increase_bp=rng.choice([300, 350, 400, 500]) if kind == "wage" else None,
               status=NEGOTIATING, negotiators_per_side=rng.choice([3, 3, 5]),
               renewed_from_id=None, ended_on=None, end_note=None)
    for o in covered:
        out["contract_coverage"].append(dict(id=uid(), contract_id=contract_id,
                                             organization_id=o["id"], workers=o["employees"],
                                             female_workers=o["female_employees"]))
    state = NEGOTIATING
    events = [("register", "", NEGOTIATING, day, None)]
    for action in steps:
        gap = {"approve": 10, "sign": 3, "file": rng.randint(2, 9), "take_effect": 15,
               "object": 12, "expire": 0, "renew": 0, "amend": 100, "terminate": 150}[action]
        day = min(day + dt.timedelta(days=gap), today)
        if action == "approve":
            total = rng.randint(30, 120)
            present = rng.randint(-(-2 * total // 3), total)
            yes = rng.randint(total // 2 + 1, present)
            assert vote_passes(total, present, yes)
            row.update(congress_on=day.isoformat(), votes_total=total, votes_present=present,
                       votes_yes=yes)
        elif action == "sign":
            row["signed_on"] = day.isoformat()
            row["term_start"] = start.isoformat()
            row["term_end"] = (start.replace(year=start.year + years) - dt.timedelta(days=1)
                               ).isoformat()
        elif action == "file":
            row["filed_on"] = day.isoformat()
        elif action == "take_effect":
            day = min(max(day, review_deadline(
                dt.date.fromisoformat(row["filed_on"])).due), today)
            row["effective_on"] = day.isoformat()
        elif action == "object":
            row["objection"] = "工资增长条款表述不明确，请修改后重新报送"
        elif action in ("expire", "renew"):
            day = min(max(day, dt.date.fromisoformat(row["term_end"])), today)
            row["ended_on"] = day.isoformat()
        elif action in ("amend", "terminate"):
            row["ended_on"] = day.isoformat()
            row["end_note"] = "双方协商一致" if action == "amend" else "企业依法终止经营"
        assert CONTRACTS.can(state, action), (state, action)
        new = CONTRACTS.actions[action].to
        events.append((action, state, new, day, None))
        state = new
    row["status"] = state
    for action, old, new, when, note in events:
        out["contract_event"].append(dict(id=uid(), contract_id=contract_id, action=action,
                                          from_state=old, to_state=new,
                                          on_date=when.isoformat(), note=note, operator="demo"))
    return row
