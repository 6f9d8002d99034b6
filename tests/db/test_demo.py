"""Demo data: realistic, valid, consistent, reproducible."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlmodel import select

from tests.helpers import name_keys_as_rebuilt, name_keys_as_written, valid_id
from unionoffice.common.validation import normalize_uscc, parse_id_number
from unionoffice.db.engine import read_session
from unionoffice.db.migrate import open_ledger
from unionoffice.db.models import Member, MemberEvent, Office, Organization
from unionoffice.demo.generate import generate_demo
from unionoffice.errors import RuleViolation
from unionoffice.members import rules as membership
from unionoffice.members.service import MemberInput, add_member
from unionoffice.paths import DataPaths

DAY = dt.date(2026, 11, 21)


def fill(engine, members=400, seed=5):
    progress = list(generate_demo(engine, members=members, seed=seed, today=DAY))
    assert progress[0] == (0, members) and progress[-1] == (members, members)


def test_demo_makes_a_valid_and_consistent_ledger(engine):
    fill(engine)
    with read_session(engine) as s:
        members = s.exec(select(Member)).all()
        orgs = s.exec(select(Organization)).all()
        events = s.exec(select(MemberEvent).order_by(MemberEvent.change_seq)).all()
        office = s.exec(select(Office)).one()
    assert office.short_name == "龙潭"
    assert len(members) == 400 and len(orgs) == 10  # one organization per 40 members
    for org in orgs:
        assert org.uscc is None and org.uscc_missing_reason or normalize_uscc(org.uscc)
    by_member: dict[str, list] = {}
    for e in events:
        by_member.setdefault(e.member_id, []).append(e)
    for m in members:
        info = parse_id_number(m.id_number, today=DAY)
        assert (info.gender, info.birth_date) == (m.gender, m.birth_date)
        state = membership.derive_state(
            membership.EventFact(e.kind, e.event_date, e.original_join_date)
            for e in sorted(by_member[m.id], key=lambda e: (e.event_date, e.change_seq)))
        assert (m.status, m.join_date) == (state.status, state.join_date)
    window = DAY - dt.timedelta(days=730)
    recent = [e for e in events if e.event_date >= window]
    assert len(recent) > 50 and all(e.event_date <= DAY for e in events)
    assert len({m.id_number for m in members}) == len(members)


def test_demo_names_include_polyphonic_and_compound_surnames(engine):
    fill(engine, members=3000, seed=2)
    with read_session(engine) as s:
        names = s.exec(select(Member.name)).all()
    assert any(n[0] in "曾单解仇区朴查盖" for n in names)
    assert any(n[:2] in ("欧阳", "司马", "上官", "诸葛") for n in names)
    assert any(ch in "喆堃䶮玥珺燚" for n in names for ch in n)


def test_same_seed_same_ledger(tmp_path):
    def content(root):
        with open_ledger(DataPaths(root)) as ledger:
            for _ in generate_demo(ledger.engine, members=300, seed=11, today=DAY):
                pass
        con = sqlite3.connect(root / "ledger.db")
        rows = [con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                for t in ("organization", "member", "member_event")]
        con.close()
        # drop created_at / updated_at (columns 1 and 2): they record when it was made
        return [[r[:1] + r[3:] for r in table] for table in rows]

    assert content(tmp_path / "a") == content(tmp_path / "b")


def test_different_seed_different_people(tmp_path):
    names = []
    for seed in (1, 2):
        with open_ledger(DataPaths(tmp_path / str(seed))) as ledger:
            for _ in generate_demo(ledger.engine, members=50, seed=seed, today=DAY):
                pass
            with read_session(ledger.engine) as s:
                names.append(sorted(s.exec(select(Member.name)).all()))
    assert names[0] != names[1]


def test_demo_refuses_a_ledger_with_data(engine):
    add_member(engine, MemberInput(name="真实会员", id_number=valid_id()))
    with pytest.raises(RuleViolation) as exc:
        fill(engine, members=10)
    assert exc.value.code == "demo.not_empty"


def test_demo_rows_are_searchable_and_indexes_are_back(engine):
    fill(engine, members=200)
    with read_session(engine) as s:
        m = s.exec(select(Member)).first()
        from unionoffice.members.queries import search_member_ids

        assert m.id in search_member_ids(s, m.id_number[-6:], limit=200)
        assert m.id in search_member_ids(s, m.name, limit=200)
        idx = {r[0] for r in s.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='index'")}
    written = name_keys_as_written(engine)
    assert len(written[0]) == 200 and all(pinyin for _, pinyin, _ in written[0])
    assert written == name_keys_as_rebuilt(engine)
    assert {"ix_member_name", "ix_member_status", "ix_member_event_member_id",
            "ix_member_event_kind_date", "ix_member_name_pinyin", "ix_member_name_key_key"} <= idx
