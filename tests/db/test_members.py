"""Member use cases against a real ledger file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event
from sqlmodel import select

from tests.helpers import dump_ledger, valid_id
from unionoffice.audit import trail
from unionoffice.common.validation import make_uscc
from unionoffice.db.engine import read_session
from unionoffice.db.models import AuditEntry, Member, MemberEvent
from unionoffice.errors import LedgerError, RuleViolation, ValidationFailed
from unionoffice.members import events as membership_events
from unionoffice.members import rules as membership
from unionoffice.members import service as members
from unionoffice.members.queries import member_summaries, search_member_ids
from unionoffice.members.service import MemberInput, add_member
from unionoffice.organizations.service import OrganizationInput, add_organization

ID = valid_id()


@pytest.fixture
def org(engine):
    return add_organization(engine, OrganizationInput(name="北京华信商贸有限公司",
                                                      uscc="91110000600037341L"))


@pytest.fixture
def org2(engine):
    return add_organization(engine, OrganizationInput(name="北京恒通物流有限公司",
                                                      uscc=make_uscc("91110101MA0123456")))


def get(engine, member_id) -> Member:
    with read_session(engine) as s:
        return s.get(Member, member_id)


def events_in_ledger(engine, member_id):
    with read_session(engine) as s:
        return list(s.exec(select(MemberEvent).where(MemberEvent.member_id == member_id)
                           .order_by(MemberEvent.change_seq)))


def test_add_member_derives_gender_birth_and_status(engine, org):
    mid = add_member(engine, MemberInput(name="王喆", id_number=ID.lower(), phone="13812345678",
                                         organization_id=org), join_date="2024年3月1日")
    m = get(engine, mid)
    assert (m.name, m.id_number, m.gender, m.birth_date) == ("王喆", ID, "1", dt.date(1990, 5, 17))
    assert m.status == membership.ACTIVE and m.join_date == dt.date(2024, 3, 1)
    assert [e.kind for e in events_in_ledger(engine, mid)] == [membership.JOIN]


def test_rare_characters_are_stored_as_typed(engine):
    for i, name in enumerate(["王喆", "李堃", "刘䶮", "陈玥", "周珺", "吴燚", "𠀾𪚥"]):
        mid = add_member(engine, MemberInput(name=name, id_number=valid_id(seq=100 + i)))
        assert get(engine, mid).name == name


def test_all_problems_of_a_form_are_reported_together(engine, data_paths):
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(ValidationFailed) as exc:
        add_member(engine, MemberInput(name="", id_number="110105194912310021", phone="123",
                                       education="博士后"))
    assert {(p.field, p.code) for p in exc.value.problems} == {
        ("name", "required"), ("id_number", "id_number.checksum"), ("phone", "phone.format"),
        ("education", "choice")}
    assert dump_ledger(data_paths.ledger) == before


def test_gender_and_birth_date_are_cross_checked(engine):
    with pytest.raises(ValidationFailed) as exc:
        add_member(engine, MemberInput(name="张三", id_number=ID, gender="2",
                                       birth_date="1990-05-18"))
    assert {p.code for p in exc.value.problems} == {"id_number.gender_mismatch",
                                                    "id_number.birth_mismatch"}


def test_same_id_number_twice_is_refused_and_nothing_is_written(engine, data_paths):
    add_member(engine, MemberInput(name="张三", id_number=ID))
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(ValidationFailed) as exc:
        add_member(engine, MemberInput(name="张三丰", id_number=ID))
    assert exc.value.problems[0].code == "id_number.duplicate"
    assert "张三" in str(exc.value)
    assert dump_ledger(data_paths.ledger) == before


def test_future_join_date_is_refused(engine, data_paths):
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(ValidationFailed):
        add_member(engine, MemberInput(name="张三", id_number=ID),
                   join_date=dt.date.today() + dt.timedelta(days=3))
    assert dump_ledger(data_paths.ledger) == before


def test_transfer_in_keeps_original_join_date_and_is_not_a_join(engine, org):
    mid = add_member(engine, MemberInput(name="李四", id_number=ID, organization_id=org),
                     join_date="2025-06-01", transfer_in_from="朝阳区某公司工会",
                     original_join_date="2012-04-09")
    m = get(engine, mid)
    assert m.join_date == dt.date(2012, 4, 9)
    (e,) = events_in_ledger(engine, mid)
    assert e.kind == membership.TRANSFER_IN and e.other_organization == "朝阳区某公司工会"


def test_transfer_in_without_original_join_date_is_refused(engine, data_paths):
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(RuleViolation) as exc:
        add_member(engine, MemberInput(name="李四", id_number=ID), transfer_in_from="外单位")
    assert exc.value.code == "member.transfer_join_date"
    assert dump_ledger(data_paths.ledger) == before


def test_internal_transfer_moves_member_and_keeps_join_date(engine, org, org2):
    mid = add_member(engine, MemberInput(name="赵六", id_number=ID, organization_id=org),
                     join_date="2020-01-01")
    membership_events.transfer_member(engine, mid, org2, "2025-05-05")
    m = get(engine, mid)
    assert m.organization_id == org2 and m.status == membership.ACTIVE
    assert m.join_date == dt.date(2020, 1, 1)
    kinds = [e.kind for e in events_in_ledger(engine, mid)]
    assert kinds == [membership.JOIN, membership.TRANSFER_OUT, membership.TRANSFER_IN]


def test_event_not_allowed_in_status_is_refused(engine, data_paths):
    mid = add_member(engine, MemberInput(name="钱七", id_number=ID), join_date="2020-01-01")
    membership_events.leave_union(engine, mid, "2024-01-01", "5")
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(RuleViolation) as exc:
        membership_events.retain_membership(engine, mid, "2024-02-01")
    assert exc.value.code == "member.event_not_allowed"
    assert "已退会" in str(exc.value)
    assert dump_ledger(data_paths.ledger) == before


def test_events_must_not_go_back_in_time(engine):
    mid = add_member(engine, MemberInput(name="孙八", id_number=ID), join_date="2020-01-01")
    with pytest.raises(RuleViolation) as exc:
        membership_events.retain_membership(engine, mid, "2019-12-31")
    assert exc.value.code == "member.event_date_order"


def test_expulsion_requires_the_criminal_reason(engine):
    mid = add_member(engine, MemberInput(name="周九", id_number=ID), join_date="2020-01-01")
    with pytest.raises(RuleViolation):
        membership_events.record_event(engine, mid, membership.EXPEL, "2024-01-01", reason_code="5")
    membership_events.expel_member(engine, mid, "2024-01-01", note="委员会决定")
    assert get(engine, mid).status == membership.EXPELLED
    assert members.membership.allowed_events(membership.EXPELLED) == []


def test_rejoin_after_leaving(engine):
    mid = add_member(engine, MemberInput(name="吴十", id_number=ID), join_date="2015-01-01")
    membership_events.leave_union(engine, mid, "2018-01-01", "1")
    membership_events.join_union(engine, mid, "2022-02-02")
    m = get(engine, mid)
    assert m.status == membership.ACTIVE and m.join_date == dt.date(2022, 2, 2)


def test_status_always_equals_replay_of_events(engine, org, org2):
    mid = add_member(engine, MemberInput(name="郑一", id_number=ID, organization_id=org),
                     join_date="2015-01-01")
    membership_events.retain_membership(engine, mid, "2020-01-01")
    membership_events.restore_membership(engine, mid, "2021-01-01")
    membership_events.transfer_member(engine, mid, org2, "2022-01-01")
    membership_events.transfer_out(engine, mid, "2023-01-01", "海淀区某工会")
    state = membership.derive_state(
        membership.EventFact(e.kind, e.event_date, e.original_join_date)
        for e in events_in_ledger(engine, mid))
    m = get(engine, mid)
    assert (m.status, m.join_date) == (state.status, state.join_date) == (
        membership.TRANSFERRED_OUT, dt.date(2015, 1, 1))


def test_update_member_refreshes_search_keys_and_audits(engine):
    mid = add_member(engine, MemberInput(name="张三", id_number=ID, phone="13812345678"))
    members.update_member(engine, mid, MemberInput(name="曾三", id_number=ID,
                                                   phone="13900001111"))
    with read_session(engine) as s:
        assert search_member_ids(s, "zengs") == [mid]
        assert search_member_ids(s, "zhangs") == []
        assert search_member_ids(s, "1111") == [mid]
        assert search_member_ids(s, "5678") == []
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "member.update")).one()
    assert '"张三"' in entry.before and '"曾三"' in entry.after
    assert entry.operator == "测试员"


def test_every_write_is_audited_and_the_chain_verifies(engine, org):
    mid = add_member(engine, MemberInput(name="张三", id_number=ID, organization_id=org))
    membership_events.retain_membership(engine, mid, dt.date.today())
    with read_session(engine) as s:
        actions = [e.action for e in s.exec(select(AuditEntry).order_by(AuditEntry.seq))]
        assert actions == ["organization.create", "member.create", "member.join",
                           "member.retain"]
        assert trail.verify_chain(s) is None


def test_a_tampered_audit_entry_is_detected(engine, data_paths):
    add_member(engine, MemberInput(name="张三", id_number=ID))
    import sqlite3

    con = sqlite3.connect(data_paths.ledger)
    for statement in ("UPDATE audit_entry SET operator = 'x' WHERE seq = 1",
                      "DELETE FROM audit_entry WHERE seq = 1"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute(statement)
    # Someone who drops the guard and edits anyway is still caught by the hash chain.
    con.execute("DROP TRIGGER audit_entry_no_update")
    con.execute("UPDATE audit_entry SET operator = 'someone else' WHERE seq = 1")
    con.commit()
    con.close()
    with read_session(engine) as s:
        assert trail.verify_chain(s) == 1


def test_change_seq_grows_with_every_write(engine):
    mid = add_member(engine, MemberInput(name="张三", id_number=ID))
    first = get(engine, mid).change_seq
    members.update_member(engine, mid, MemberInput(name="张叁", id_number=ID))
    assert get(engine, mid).change_seq > first


class TestSearch:
    @pytest.fixture
    def people(self, engine):
        made = {}
        for i, (name, phone) in enumerate([("张三丰", "13811112222"), ("曾国藩", "13933334444"),
                                           ("欧阳修", None), ("张伟", "13755556666")]):
            made[name] = add_member(engine, MemberInput(
                name=name, id_number=valid_id(seq=i * 2 + 1), phone=phone))
        return made

    def find(self, engine, q):
        with read_session(engine) as s:
            return [r.name for r in member_summaries(s, search_member_ids(s, q))]

    def test_name_prefix(self, engine, people):
        assert sorted(self.find(engine, "张")) == ["张三丰", "张伟"]

    def test_initials_and_full_pinyin(self, engine, people):
        assert self.find(engine, "zsf") == ["张三丰"]
        assert self.find(engine, "zengguo") == ["曾国藩"]
        assert self.find(engine, "ZGF") == ["曾国藩"]
        assert self.find(engine, "ouyang") == ["欧阳修"]
        assert self.find(engine, "oyx") == ["欧阳修"]

    def test_id_suffix_and_full_id(self, engine, people):
        id_number = valid_id(seq=3)
        assert self.find(engine, id_number[-4:]) == ["曾国藩"]
        assert self.find(engine, id_number) == ["曾国藩"]

    def test_phone_suffix(self, engine, people):
        assert self.find(engine, "6666") == ["张伟"]

    def test_short_digit_queries_match_nothing(self, engine, people):
        assert self.find(engine, "66") == []

    def test_limit(self, engine, people):
        with read_session(engine) as s:
            assert len(search_member_ids(s, "z", limit=1)) == 1


def test_a_full_disk_is_reported_and_changes_nothing(engine, data_paths):
    add_member(engine, MemberInput(name="张三", id_number=ID))

    @event.listens_for(engine, "connect")
    def tiny(dbapi_conn, _rec):  # the file may not grow: SQLite reports SQLITE_FULL
        dbapi_conn.execute("PRAGMA max_page_count = 1")

    engine.dispose()
    try:
        for i in range(500):
            before = dump_ledger(data_paths.ledger)
            try:
                add_member(engine, MemberInput(name="李" * 40, id_number=valid_id(seq=i)))
            except LedgerError as exc:
                assert exc.code == "ledger.disk_full"
                assert "磁盘空间不足" in str(exc)
                break
        else:
            pytest.fail("the page limit never filled up")
    finally:
        event.remove(engine, "connect", tiny)
        engine.dispose()
    assert dump_ledger(data_paths.ledger) == before


def test_deleting_a_mistaken_entry_leaves_tombstones_and_an_audit_record(engine):
    from unionoffice.db.models import Tombstone

    mid = add_member(engine, MemberInput(name="录错了", id_number=ID))
    members.delete_member(engine, mid, reason="重复录入")
    with read_session(engine) as s:
        assert s.get(Member, mid) is None
        assert search_member_ids(s, "录错") == []
        stones = s.exec(select(Tombstone)).all()
        assert {(t.entity, t.entity_id) for t in stones} >= {("member", mid)}
        assert {t.entity for t in stones} == {"member", "member_event"}
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "member.delete")).one()
        assert "录错了" in entry.before and "重复录入" in entry.after
    # The same person can be entered again afterwards.
    add_member(engine, MemberInput(name="张三", id_number=ID))


def test_deleting_needs_a_reason(engine):
    mid = add_member(engine, MemberInput(name="张三", id_number=ID))
    with pytest.raises(ValidationFailed):
        members.delete_member(engine, mid, reason=" ")
