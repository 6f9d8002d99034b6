"""Synthetic mediation cases in every state, following the case state machine step by step."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from unionoffice.mediation import rules as mediation
from unionoffice.mediation.rules import CASES

CLAIMS = {
    "pay": ("支付{start}至{end}拖欠工资", "拖欠工资"),
    "termination": ("支付解除劳动合同经济补偿", "经济补偿"),
    "injury": ("支付工伤医疗费", "工伤医疗费"),
    "hours": ("支付休息日加班费", None),
    "social_insurance": ("补缴社会保险", None),
}
# Final states and how often the demo ends a case there.
TARGETS = [(mediation.REGISTERED, 3), (mediation.REJECTED, 4), (mediation.ACCEPTED, 4),
           (mediation.MEDIATING, 8), (mediation.SIGNED, 2), (mediation.EFFECTIVE, 3),
           (mediation.PERFORMING, 5), (mediation.PERFORMED, 20), (mediation.OVERDUE, 4),
           (mediation.FAILED, 12), (mediation.WITHDRAWN, 5), (mediation.CLOSED, 30)]
PATHS = {
    mediation.REGISTERED: [], mediation.REJECTED: ["reject"], mediation.ACCEPTED: ["accept"],
    mediation.MEDIATING: ["accept", "start"], mediation.SIGNED: ["accept", "start", "sign"],
    mediation.EFFECTIVE: ["accept", "start", "sign", "take_effect"],
    mediation.PERFORMING: ["accept", "start", "sign", "take_effect", "pay"],
    mediation.PERFORMED: ["accept", "start", "sign", "take_effect", "complete"],
    mediation.OVERDUE: ["accept", "start", "sign", "take_effect", "mark_overdue"],
    mediation.FAILED: ["accept", "start", "fail"],
    mediation.WITHDRAWN: ["accept", "withdraw"],
}
CLOSED_FROM = [mediation.PERFORMED, mediation.FAILED, mediation.REJECTED, mediation.WITHDRAWN]


def build_cases(rng: random.Random, uid: Callable[[], str], count: int, orgs: list[dict],
                people: list[dict], today: dt.date) -> dict[str, list[dict]]:
    """Rows for mediation_case, case_applicant, case_event, mediation_session, agreement_term."""
    out = {"mediation_case": [], "case_applicant": [], "case_event": [],
           "mediation_session": [], "agreement_term": []}
    states = [s for s, _ in TARGETS]
    weights = [w for _, w in TARGETS]
    employers = [o for o in orgs if o.get("uscc")] or orgs
    for i in range(count):
        target = states[i] if i < len(states) else rng.choices(states, weights)[0]
        path = list(PATHS[target]) if target != mediation.CLOSED else \
            PATHS[rng.choice(CLOSED_FROM)] + ["close"]
        live = target in mediation.OPEN_STATES or target in (mediation.SIGNED,
                                                            mediation.EFFECTIVE)
        received = today - dt.timedelta(days=rng.randint(0, 12) if live else
                                        rng.randint(40, 720))
        if target == mediation.REGISTERED:
            received = today - dt.timedelta(days=rng.randint(0, 2))
        elif target in (mediation.PERFORMING, mediation.OVERDUE):
            # An office follows these up within weeks; old ones would have been closed.
            received = today - dt.timedelta(days=rng.randint(30, 90))
        org = rng.choice(employers)
        category = rng.choice(list(CLAIMS))
        template, sub = CLAIMS[category]
        month = received.replace(day=1) - dt.timedelta(days=1)
        claims = template.format(start=f"{month.year}年{max(1, month.month - 2)}月",
                                 end=f"{month.year}年{month.month}月")
        claimed = rng.randrange(2000, 80000) * 100
        case_id = uid()
        workers = rng.choice([1] * 30 + [2, 3, 4] + [12, 15, 26])
        case = dict(
            id=case_id, case_number=None, case_year=None, case_serial=None,
            channel=rng.choice(list(mediation.CHANNELS)), received_on=received.isoformat(),
            accepted_on=None, respondent_name=org["name"], respondent_uscc=org.get("uscc"),
            respondent_address=org.get("address"),
            respondent_legal_rep=org.get("chair") or org.get("contact_person"),
            respondent_legal_rep_title="总经理", respondent_phone=org.get("contact_phone"),
            respondent_organization_id=org["id"], workers_count=workers, category=category,
            subcategory=sub, claims=claims + f"共计人民币{claimed // 100:,}元。",
            claimed_amount=claimed, facts="申请人在被申请人处工作，双方因" + claims +
            "发生争议。", mediators="刘玥 王喆", status=target, limit_extended_to=None,
            extension_note=None, outcome_note=None, agreed_amount=0, signed_on=None,
            effective_on=None, paid_amount=0, paid_on=None, referral=None, referral_on=None,
            closed_on=None)
        for position in range(1, min(workers, 12) + 1):
            person = rng.choice(people)
            out["case_applicant"].append(dict(
                id=uid(), case_id=case_id, position=position, name=person["name"],
                gender=person["gender"], id_number=person["id_number"],
                birth_date=person["birth_date"], ethnicity=person.get("ethnicity"),
                phone=person.get("phone"), address="北京市东城区龙潭路" + str(position) + "号",
                post=rng.choice(["厨师", "快递员", "保洁员", "店员", "司机"]),
                member_id=person["id"] if rng.random() < 0.4 else None,
                representative=workers >= mediation.COLLECTIVE_THRESHOLD and position <= 3))
        _walk(rng, uid, case, path, received, today, out)
        out["mediation_case"].append(case)
    _number(out["mediation_case"])
    return out


def _walk(rng: random.Random, uid: Callable[[], str], case: dict, path: list[str],
          received: dt.date, today: dt.date, out: dict[str, list[dict]]) -> None:
    state, day = mediation.REGISTERED, received
    out["case_event"].append(dict(id=uid(), case_id=case["id"], action="register", from_state="",
                                  to_state=state, on_date=day.isoformat(), note=None,
                                  operator="demo", amount=0))
    for action in path:
        step = {"accept": rng.randint(0, 2), "start": rng.randint(0, 3),
                "sign": rng.randint(1, 8), "take_effect": 0, "pay": rng.randint(3, 10),
                "complete": rng.randint(5, 25), "mark_overdue": rng.randint(20, 30),
                "fail": rng.randint(5, 15), "withdraw": rng.randint(1, 5),
                "reject": rng.randint(1, 3), "close": rng.randint(1, 10)}[action]
        day = min(day + dt.timedelta(days=step), today)
        new = CASES.actions[action].to
        assert CASES.can(state, action), (state, action)
        note, amount = None, 0
        if action == "accept":
            case["accepted_on"] = day.isoformat()
        elif action == "start":
            out["mediation_session"].append(dict(id=uid(), case_id=case["id"],
                                                 held_on=day.isoformat(), mediator="刘玥",
                                                 notes="双方到场，各自陈述意见，调解员释明法律规定。"))
        elif action == "sign":
            agreed = case["claimed_amount"] * rng.choice([6, 7, 8, 9, 10]) // 10 // 100 * 100
            first = agreed // 2 // 100 * 100
            for position, (amount, days) in enumerate([(first, 10), (agreed - first, 30)], 1):
                out["agreement_term"].append(dict(
                    id=uid(), case_id=case["id"], position=position,
                    content=f"被申请人向申请人支付第{position}期款项", amount=amount,
                    deadline=(day + dt.timedelta(days=days)).isoformat(), method="银行转账"))
            case["agreed_amount"], case["signed_on"] = agreed, day.isoformat()
        elif action == "take_effect":
            case["effective_on"] = day.isoformat()
        elif action == "pay":
            amount = case["agreed_amount"] // 2
            case["paid_amount"], case["paid_on"] = amount, day.isoformat()
        elif action == "complete":
            amount = case["agreed_amount"] - case["paid_amount"]
            case["paid_amount"], case["paid_on"] = case["agreed_amount"], day.isoformat()
        elif action in ("fail", "reject", "withdraw"):
            note = {"fail": "双方分歧较大，未能达成协议", "reject": "不属于劳动争议调解受理范围",
                    "withdraw": "申请人与被申请人自行和解"}[action]
            case["outcome_note"] = note
            if action == "fail":
                case["referral"], case["referral_on"] = "arbitration", day.isoformat()
        elif action == "close":
            case["closed_on"] = day.isoformat()
        out["case_event"].append(dict(id=uid(), case_id=case["id"], action=action,
                                      from_state=state, to_state=new, on_date=day.isoformat(),
                                      note=note, operator="demo", amount=amount))
        state = new
    case["status"] = state


def _number(cases: list[dict]) -> None:
    """Numbers per year in order of acceptance, as accept_case would have given them."""
    accepted = sorted((c for c in cases if c["accepted_on"]), key=lambda c: c["accepted_on"])
    serial: dict[int, int] = {}
    for case in accepted:
        year = int(case["accepted_on"][:4])
        serial[year] = serial.get(year, 0) + 1
        case["case_year"], case["case_serial"] = year, serial[year]
        case["case_number"] = mediation.format_case_number(
            mediation.DEFAULT_CASE_NUMBER_PATTERN, year=year, short="龙潭", n=serial[year])
