"""Fill an empty ledger with a realistic synthetic subdistrict (same seed → same ledger).

Rows go in through bulk statements in one transaction (style.md §12): 200,000 members with
their events and search index rows in well under the 30-second target (bench/bench_demo.py).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.common.memory import gc_paused
from unionoffice.common.pinyin import search_keys
from unionoffice.common.validation import make_id_number, make_uscc
from unionoffice.db import member_search
from unionoffice.db.bulk import drop_secondary_indexes, insert_rows, now_text
from unionoffice.db.engine import bulk_write_session, reserve_change_seqs
from unionoffice.db.models import (
    AgreementTerm,
    CaseApplicant,
    CaseEvent,
    CollectiveContract,
    ContractCoverage,
    ContractEvent,
    MediationCase,
    MediationSession,
    Member,
    MemberEvent,
    Office,
    Organization,
)
from unionoffice.demo import names as N
from unionoffice.demo.cases import TARGETS, build_cases
from unionoffice.demo.contracts import build_contracts
from unionoffice.errors import RuleViolation
from unionoffice.members import rules as membership

DEMO_OFFICE = dict(code="110101004", name="东城区龙潭街道总工会", short_name="龙潭",
                   district_code="110101", district_name="东城区总工会")
MEMBERS_PER_ORG = 40
CHUNK = 20_000
MINORITIES = ["回族", "满族", "蒙古族", "朝鲜族"]
USCC_BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


class DemoBuilder:
    """Makes the rows; deterministic for a given seed and reference day."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.window_start = today - dt.timedelta(days=730)
        self.ids_seen: set[str] = set()
        self.uscc_seen: set[str] = set()
        surnames = list(N.SURNAMES)
        weights = [1.0 / (i + 8) for i in range(len(surnames))]
        self.surnames = surnames + list(N.POLYPHONIC_SURNAMES) + list(N.COMPOUND_SURNAMES)
        self.surname_cum = list(itertools.accumulate(
            weights + [0.004] * len(N.POLYPHONIC_SURNAMES) + [0.002] * len(N.COMPOUND_SURNAMES)))

    def uid(self) -> str:
        """A random version-4 UUID from the seeded generator."""
        # A version-4 UUID from the seeded generator (uuid.UUID() per row is measurably slow).
        n = self.rng.getrandbits(128)
        n = (n & ~(0xF << 76)) | (0x4 << 76)
        n = (n & ~(0xC << 60)) | (0x8 << 60)
        return f"{n:032x}"

    def day_between(self, start: dt.date, end: dt.date) -> dt.date:
        """A day between ``start`` and ``end``."""
        span = max((end - start).days, 0)
        return start + dt.timedelta(days=self.rng.randint(0, span))

    # --- organizations ----------------------------------------------------------------------

    def uscc(self, prefix: str) -> str:
        """A valid credit code (unique in this ledger)."""
        while True:
            body = prefix + "110101" + "".join(self.rng.choice(USCC_BODY_CHARS) for _ in range(9))
            code = make_uscc(body)
            if code not in self.uscc_seen:
                self.uscc_seen.add(code)
                return code

    def organization(self, index: int) -> dict:
        """An organization row of a realistic kind and size."""
        rng = self.rng
        roll = rng.random()
        kind = ("single" if roll < 0.72 else "joint" if roll < 0.82 else
                "regional" if roll < 0.86 else "industry" if roll < 0.90 else "employer")
        industry = rng.choices(list(N.INDUSTRY_WEIGHTS), list(N.INDUSTRY_WEIGHTS.values()))[0]
        trade = rng.choice(N.TRADE_WORDS)
        if kind == "joint":
            name = f"龙潭街道{trade}联合工会委员会"
        elif kind == "regional":
            name = f"龙潭街道{rng.choice(N.STREETS)}区域工会联合会"
        elif kind == "industry":
            name = f"龙潭街道{rng.choice(N.INDUSTRY_WORDS[industry])}行业工会联合会"
        else:
            name = f"北京{trade}{rng.choice(N.INDUSTRY_WORDS[industry])}有限公司"
        name = name if index < 60 else name.replace("有限公司", f"第{index % 97 + 1}分公司", 1) \
            if rng.random() < 0.3 else name
        employees = int(min(5000, max(3, rng.lognormvariate(3.2, 1.1))))
        small = employees < 8 and kind == "employer"
        uscc = None if small and rng.random() < 0.5 else self.uscc(
            "81" if kind in ("joint", "regional", "industry") else "92" if small else "91")
        return dict(
            id=self.uid(), name=name, uscc=uscc,
            uscc_missing_reason="个体工商户，未办理统一社会信用代码" if uscc is None else None,
            kind=kind, unit_category="sole_trader" if small else "enterprise", industry=industry,
            employees=employees, female_employees=int(employees * rng.uniform(0.2, 0.6)),
            founded_on=None if kind == "employer" else self.day_between(
                dt.date(2005, 1, 1), self.today).isoformat(),
            chair=None if kind == "employer" else self.person_name(rng.random() < 0.5),
            contact_person=self.person_name(rng.random() < 0.5),
            contact_phone=f"010-{rng.randint(60000000, 89999999)}",
            address=f"北京市东城区{rng.choice(N.STREETS)}{rng.randint(1, 200)}号",
            status="active", search_key=" ".join(search_keys(name)),
        )

    # --- members ----------------------------------------------------------------------------

    def person_name(self, female: bool) -> str:
        """A realistic Chinese name."""
        rng = self.rng
        surname = rng.choices(self.surnames, cum_weights=self.surname_cum)[0]
        pool = N.FEMALE_CHARS if female else N.MALE_CHARS
        given = "".join(
            rng.choice(N.RARE_CHARS) if rng.random() < 0.01 else rng.choice(pool)
            for _ in range(1 if rng.random() < 0.3 else 2)
        )
        return surname + given

    def id_number(self, birth: dt.date, female: bool) -> str:
        """A valid ID number for that birth date and gender (unique in this ledger)."""
        rng = self.rng
        while True:
            seq = rng.randrange(0, 500) * 2 + (0 if female else 1)
            number = make_id_number(rng.choice(N.AREA_CODES), birth, seq)
            if number not in self.ids_seen:
                self.ids_seen.add(number)
                return number

    def member(self, org_ids: list[str], org_cum: list[float]) -> tuple[dict, list[dict]]:
        """A member row and their membership events."""
        rng = self.rng
        female = rng.random() < 0.45
        age = int(rng.triangular(18, 62, 34))
        birth = self.day_between(dt.date(self.today.year - age - 1, self.today.month, 1),
                                 dt.date(self.today.year - age, self.today.month, 1))
        name = self.person_name(female)
        group = None
        if rng.random() < 0.12:
            group = rng.choice(list(N.PLATFORMS))
        migrant = rng.random() < 0.35
        org_id = rng.choices(org_ids, cum_weights=org_cum)[0]
        row = dict(
            id=self.uid(), name=name, gender="2" if female else "1",
            ethnicity="汉族" if rng.random() < 0.94 else rng.choice(MINORITIES),
            id_type="RIC", id_number=self.id_number(birth, female), birth_date=birth.isoformat(),
            phone=f"1{rng.choice('3456789')}{rng.randint(0, 999999999):09d}"
            if rng.random() < 0.85 else None,
            education=rng.choices(["研究生", "大学本科", "大学专科", "中专/中职", "高中", "初中"],
                                  [3, 22, 25, 15, 20, 15])[0],
            political_status=rng.choices(["中共党员", "共青团员", "群众"], [12, 15, 73])[0],
            household_type=rng.choice(["外埠城镇", "外埠农村"]) if migrant else rng.choice(
                ["本市城镇", "本市农村"]),
            migrant_worker=migrant, employment_status="1",
            employment_form="平台灵活用工" if group else rng.choices(
                ["劳动合同", "劳务派遣", "非全日制"], [85, 10, 5])[0],
            new_form_group=group,
            platform=rng.choice(N.PLATFORMS[group]) if group else None,
            organization_id=org_id, card_number=None,
            model_worker_level=rng.choice(["区级", "省部级"]) if rng.random() < 0.002 else None,
            hardship=rng.random() < 0.01,
        )
        events = self.events(row, birth, org_ids, org_cum)
        state = membership.derive_state(
            membership.EventFact(e["kind"], dt.date.fromisoformat(e["event_date"]),
                                 dt.date.fromisoformat(e["original_join_date"])
                                 if e["original_join_date"] else None)
            for e in events
        )
        row["status"] = state.status
        row["join_date"] = state.join_date.isoformat() if state.join_date else None
        return row, events

    def events(self, row: dict, birth: dt.date, org_ids: list[str],
               org_cum: list[float]) -> list[dict]:
        """A member's membership events, from 入会 on."""
        rng = self.rng
        adult = dt.date(birth.year + 18, birth.month, 1)
        earliest = max(adult, dt.date(2008, 1, 1))
        recent = rng.random() < 0.3
        start = max(self.window_start, earliest) if recent else earliest
        end = self.today if recent else max(self.window_start, earliest)
        first_date = self.day_between(start, end)
        events: list[dict] = []

        def add(kind: str, when: dt.date, **extra) -> None:
            events.append(dict(id=self.uid(), member_id=row["id"], kind=kind,
                               event_date=when.isoformat(), reason_code=extra.get("reason"),
                               from_organization_id=extra.get("from_org"),
                               to_organization_id=extra.get("to_org"),
                               other_organization=extra.get("other"),
                               original_join_date=extra.get("original"), note=None,
                               operator="demo"))

        if rng.random() < 0.1:
            original = self.day_between(earliest, first_date)
            add(membership.TRANSFER_IN, first_date, to_org=row["organization_id"],
                other="原单位工会", original=original.isoformat())
        else:
            add(membership.JOIN, first_date, to_org=row["organization_id"])
        last = first_date
        status = membership.ACTIVE
        # At most two later changes, inside the 24-month window.
        for _ in range(2):
            if rng.random() > 0.12:
                break
            lo = max(last, self.window_start)
            if lo >= self.today:
                break
            when = self.day_between(lo, self.today)
            choice = rng.random()
            if choice < 0.35 and membership.can_follow(status, membership.TRANSFER_OUT):
                target = rng.choices(org_ids, cum_weights=org_cum)[0]
                inside = rng.random() < 0.6
                if inside and target != row["organization_id"]:  # a move inside the subdistrict
                    add(membership.TRANSFER_OUT, when, reason="1",
                        from_org=row["organization_id"], to_org=target)
                    add(membership.TRANSFER_IN, when, to_org=target,
                        original=row.get("_join") or first_date.isoformat())
                    row["organization_id"] = target
                else:
                    add(membership.TRANSFER_OUT, when, reason="1",
                        from_org=row["organization_id"], other="外区工会")
                    status = membership.TRANSFERRED_OUT
            elif choice < 0.6 and membership.can_follow(status, membership.RETAIN):
                add(membership.RETAIN, when)
                status = membership.RETAINED
            elif choice < 0.7 and membership.can_follow(status, membership.RESTORE):
                add(membership.RESTORE, when)
                status = membership.ACTIVE
            elif membership.can_follow(status, membership.LEAVE):
                add(membership.LEAVE, when, reason=rng.choice("1355"),
                    from_org=row["organization_id"])
                status = membership.LEFT
            last = when
            if status not in membership.IN_UNION:
                break
        return events


def _serials(cases: list[dict]) -> dict[int, int]:
    top: dict[int, int] = {}
    for case in cases:
        if case["case_year"]:
            top[case["case_year"]] = max(top.get(case["case_year"], 0), case["case_serial"])
    return top


def ensure_office(session: Session) -> Office:
    """The ledger's office, made from the demo office if there is none."""
    office = session.exec(select(Office)).first()
    if office is None:
        office = Office(**DEMO_OFFICE)
        session.add(office)
        session.flush()
    return office


@permissions.guarded("settings.edit")
def generate_demo(
    engine: Engine,
    *,
    members: int = 2000,
    seed: int = 1,
    today: dt.date | None = None,
    operator: str = "",
) -> Iterator[tuple[int, int]]:
    """Fill an empty ledger; yields (done, total) members as it goes.

    Refuses a ledger that already has members or organizations: synthetic people must never
    be mixed into a real ledger.
    """
    today = today or dt.date.today()
    builder = DemoBuilder(seed, today)
    now = now_text()
    with gc_paused(), bulk_write_session(engine) as session:
        existing = session.execute(select(func.count()).select_from(Member)).scalar_one() + \
            session.execute(select(func.count()).select_from(Organization)).scalar_one()
        if existing:
            raise RuleViolation("demo.not_empty")
        office = ensure_office(session)
        n_orgs = max(1, round(members / MEMBERS_PER_ORG))
        orgs = [builder.organization(i) for i in range(n_orgs)]
        seq = reserve_change_seqs(session, 1)
        seq = insert_rows(session, Organization.__table__, orgs, seq, now)
        union_orgs = [o for o in orgs if o["kind"] != "employer"] or orgs
        org_ids = [o["id"] for o in union_orgs]
        org_cum = list(itertools.accumulate(o["employees"] for o in union_orgs))
        # The tables are empty: building their secondary indexes once at the end is much faster
        # than updating them row by row. Their exact SQL is kept and replayed.
        indexes = drop_secondary_indexes(session, ("member", "member_event",
                                                   member_search.TABLE))
        done = 0
        people: list[dict] = []  # a sample of the members, to be applicants in the cases
        yield 0, members
        while done < members:
            batch = min(CHUNK, members - done)
            rows, events, found = [], [], []
            for _ in range(batch):
                row, evs = builder.member(org_ids, org_cum)
                row["name_pinyin"], row["name_initials"], other = member_search.name_keys(
                    row["name"])
                rows.append(row)
                events.extend(evs)
                found.extend((row["id"], key) for key in other)
            people = people or rows[:2000]
            seq = insert_rows(session, Member.__table__, rows, seq, now)
            seq = insert_rows(session, MemberEvent.__table__, events, seq, now)
            member_search.index_members(session.connection(), found)
            done += batch
            yield done, members
        for sql in indexes:
            session.connection().exec_driver_sql(sql)
        # Mediation cases in every state: about one per 100 members, at least one per state.
        made = build_cases(builder.rng, builder.uid,
                           max(len(TARGETS), members // 100) if people else 0,
                           union_orgs + [o for o in orgs if o["kind"] == "employer"], people,
                           today)
        for table in (MediationCase, CaseApplicant, CaseEvent, MediationSession, AgreementTerm):
            seq = insert_rows(session, table.__table__, made[table.__tablename__], seq, now)
        contracts = build_contracts(builder.rng, builder.uid, orgs, today)
        for table in (CollectiveContract, ContractCoverage, ContractEvent):
            seq = insert_rows(session, table.__table__, contracts[table.__tablename__], seq, now)
        for year, serial in _serials(made["mediation_case"]).items():
            session.connection().exec_driver_sql(
                "INSERT OR REPLACE INTO ledger_meta (key, value) VALUES (?, ?)",
                (f"case_serial:{year}", str(serial)))
        # Bring the counter past the rows written by hand above.
        session.connection().exec_driver_sql(
            "UPDATE ledger_meta SET value = ? WHERE key = 'change_seq'", (str(seq),))
        trail.record(session, operator=operator, action="demo.generate", entity="ledger",
                     entity_id=office.id,
                     after={"members": members, "organizations": n_orgs, "seed": seed,
                            "cases": len(made["mediation_case"]),
                            "contracts": len(contracts["collective_contract"]),
                            "today": today.isoformat()})
