"""Personal data: the report on one ID number, corrections with a reason, retention and purge."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from tests.helpers import dump_ledger, name_keys_as_rebuilt, name_keys_as_written, valid_id
from unionoffice import privacy
from unionoffice.db.engine import read_session
from unionoffice.db.models import AuditEntry, CaseApplicant, MediationCase, Member
from unionoffice.errors import ValidationFailed
from unionoffice.mediation.service import ApplicantInput, CaseInput, register_case
from unionoffice.members import events
from unionoffice.members.queries import search_member_ids
from unionoffice.members.service import MemberInput, add_member
from unionoffice.reports import monthly as reports

ID = valid_id(seq=11)
TODAY = dt.date(2026, 11, 21)


def last_entry(engine) -> AuditEntry:
    with read_session(engine) as s:
        return s.exec(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()


def test_the_report_lists_the_member_history_cases_and_log(engine):
    member_id = add_member(engine, MemberInput(name="张三", id_number=ID, phone="13812345678"),
                           join_date=dt.date(2020, 1, 1))
    register_case(engine, CaseInput(received_on=dt.date.today(),
                                    applicants=[ApplicantInput("张三", ID)],
                                    respondent_name="北京华信商贸有限公司", claims="工资"))
    report = privacy.subject_report(engine, ID.lower())
    data = report.to_json()
    assert data["members"][0]["phone"] == "13812345678"
    assert [e["kind"] for e in data["events"]] == ["join"]
    assert data["cases"][0]["as_recorded"]["name"] == "张三"
    assert {a["action"] for a in data["audit"]} >= {"member.create"}
    entry = last_entry(engine)
    assert (entry.action, entry.entity_id) == ("privacy.report", member_id)
    assert ID not in entry.after  # the log records that a report was made, not its content


def test_a_correction_needs_a_reason_and_logs_it(engine):
    member_id = add_member(engine, MemberInput(name="张山", id_number=ID))
    with pytest.raises(ValidationFailed):
        privacy.correct_member_data(engine, member_id,
                                          MemberInput(name="张三", id_number=ID), " ")
    privacy.correct_member_data(engine, member_id, MemberInput(name="张三", id_number=ID),
                                      "本人持身份证要求更正姓名")
    with read_session(engine) as s:
        assert s.get(Member, member_id).name == "张三"
    assert "本人持身份证" in last_entry(engine).after


def test_a_correction_and_its_reason_are_written_together(engine, data_paths, monkeypatch):
    """If the reason cannot be written, the correction is not written either (one transaction)."""
    from unionoffice.audit import trail

    member_id = add_member(engine, MemberInput(name="张山", id_number=ID))
    before = dump_ledger(data_paths.ledger)
    record = trail.record

    def failing(session, *, action, **kw):
        if action == "privacy.correction":
            raise OSError(28, "No space left on device")
        return record(session, action=action, **kw)

    monkeypatch.setattr(trail, "record", failing)
    with pytest.raises(OSError):
        privacy.correct_member_data(engine, member_id, MemberInput(name="张三", id_number=ID),
                                    "本人持身份证要求更正姓名")
    assert dump_ledger(data_paths.ledger) == before


def test_nothing_is_purged_until_a_period_is_set(engine):
    member_id = add_member(engine, MemberInput(name="张三", id_number=ID),
                           join_date=dt.date(2010, 1, 1))
    events.leave_union(engine, member_id, dt.date(2012, 3, 1), "5")
    assert privacy.expired(engine, TODAY) == {"former_members": [], "closed_cases": []}
    assert privacy.purge_expired(engine, TODAY) == {"former_members": 0,
                                                          "closed_cases": 0}


def test_purging_de_identifies_former_members_and_keeps_the_figures(engine):
    old = add_member(engine, MemberInput(name="张三", id_number=ID, phone="13812345678"),
                     join_date=dt.date(2010, 1, 1))
    events.leave_union(engine, old, dt.date(2012, 3, 1), "5")
    recent = add_member(engine, MemberInput(name="李娜", id_number=valid_id(seq=12)),
                        join_date=dt.date(2010, 1, 1))
    events.leave_union(engine, recent, dt.date(2025, 3, 1), "5")
    active = add_member(engine, MemberInput(name="王五", id_number=valid_id(seq=13)),
                        join_date=dt.date(2010, 1, 1))
    before = reports.monthly_report(engine, "2012-03").to_json()["members"]
    privacy.set_retention(engine, "former_members", 5)
    assert privacy.expired(engine, TODAY)["former_members"] == [old]
    assert privacy.purge_expired(engine, TODAY) == {"former_members": 1,
                                                          "closed_cases": 0}
    with read_session(engine) as s:
        purged = s.get(Member, old)
        assert purged.name == "（已清理）" and purged.phone is None
        assert ID not in purged.id_number and purged.birth_date == dt.date(1990, 1, 1)
        assert purged.gender == "1" and s.get(Member, active).name == "王五"
        assert s.get(Member, recent).name == "李娜"
        assert search_member_ids(s, "zs") == [] and search_member_ids(s, ID[-4:]) == []
        # Nor by the placeholder name: a purged member has no search keys at all.
        assert search_member_ids(s, "已清理") == [] and search_member_ids(s, "yql") == []
        assert (purged.name_pinyin, purged.name_initials) == (None, None)
    assert name_keys_as_written(engine) == name_keys_as_rebuilt(engine)
    assert reports.monthly_report(engine, "2012-03").to_json()["members"] == before
    entry = last_entry(engine)
    assert entry.action == "privacy.purge" and ID not in entry.after and "张三" not in entry.after
    assert privacy.expired(engine, TODAY)["former_members"] == []  # done once


def test_purging_closed_cases_clears_the_applicants(engine):
    case_id = register_case(engine, CaseInput(received_on=dt.date.today(),
                                              applicants=[ApplicantInput("张三", ID,
                                                                         phone="13812345678")],
                                              respondent_name="北京华信商贸有限公司",
                                              claims="工资"))
    with read_session(engine) as s:  # close it long ago (the case steps need today's dates)
        s.connection().exec_driver_sql("UPDATE mediation_case SET closed_on = '2015-06-01' "
                                       "WHERE id = ?", (case_id,))
        s.commit()
    privacy.set_retention(engine, "closed_cases", 10)
    assert privacy.purge_expired(engine, TODAY)["closed_cases"] == 1
    with read_session(engine) as s:
        applicant = s.exec(select(CaseApplicant)).one()
        assert (applicant.name, applicant.id_number, applicant.phone) == ("（已清理）", None, None)
        assert s.get(MediationCase, case_id).claims == "工资"


def test_a_retention_period_must_be_sensible(engine):
    with pytest.raises(ValidationFailed):
        privacy.set_retention(engine, "former_members", 0)
    privacy.set_retention(engine, "closed_cases", 30)
    privacy.set_retention(engine, "closed_cases", None)
    assert privacy.retention_settings(engine) == {"former_members": None,
                                                        "closed_cases": None}
