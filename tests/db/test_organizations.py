"""Organizations: validation, uniqueness, lookup, member counts."""

from __future__ import annotations

import pytest

from tests.helpers import dump_ledger, valid_id
from unionoffice.common.validation import make_uscc
from unionoffice.db.engine import read_session
from unionoffice.errors import NotFound, RuleViolation, ValidationFailed
from unionoffice.members import events
from unionoffice.members.service import MemberInput, add_member
from unionoffice.organizations.service import (
    OrganizationInput,
    add_organization,
    find_organization,
    member_counts,
    update_organization,
)


def test_add_and_find_by_name_or_uscc(engine):
    oid = add_organization(engine, OrganizationInput(
        name="北京华信商贸有限公司", uscc="91110000600037341L", employees="120",
        female_employees=50, founded_on="2019/5/1", contact_phone="010-6712 3456",
        industry="F"))
    with read_session(engine) as s:
        assert find_organization(s, "91110000600037341l").id == oid
        assert find_organization(s, "北京华信商贸有限公司").id == oid
        with pytest.raises(NotFound):
            find_organization(s, "不存在的公司")


def test_letter_first_uscc_is_accepted(engine):
    add_organization(engine, OrganizationInput(name="某农民专业合作社",
                                               uscc=make_uscc("N2110101MA0000001")))


def test_no_uscc_needs_a_reason(engine, data_paths):
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(ValidationFailed) as exc:
        add_organization(engine, OrganizationInput(name="老王早点铺"))
    assert exc.value.problems[0].code == "uscc.missing_reason"
    assert dump_ledger(data_paths.ledger) == before
    add_organization(engine, OrganizationInput(name="老王早点铺",
                                               uscc_missing_reason="个体户，无代码"))


def test_problems_are_reported_together(engine):
    with pytest.raises(ValidationFailed) as exc:
        add_organization(engine, OrganizationInput(
            name="x", uscc="91110000600037341A", employees="十", female_employees=5,
            kind="secret", founded_on="2099-01-01", contact_phone="12"))
    assert {p.field for p in exc.value.problems} == {
        "uscc", "employees", "kind", "founded_on", "contact_phone", "female_employees"}


def test_duplicate_uscc_is_refused(engine):
    add_organization(engine, OrganizationInput(name="甲公司", uscc="91110000600037341L"))
    with pytest.raises(ValidationFailed) as exc:
        add_organization(engine, OrganizationInput(name="乙公司", uscc="91110000600037341L"))
    assert exc.value.problems[0].code == "uscc.duplicate"


def test_same_name_twice_makes_lookup_by_name_ambiguous(engine):
    for i in range(2):
        add_organization(engine, OrganizationInput(name="同名公司",
                                                   uscc=make_uscc(f"9111010100000000{i}")))
    with read_session(engine) as s, pytest.raises(RuleViolation):
        find_organization(s, "同名公司")


def test_update(engine):
    oid = add_organization(engine, OrganizationInput(name="甲公司", uscc="91110000600037341L"))
    update_organization(engine, oid, OrganizationInput(name="甲公司（更名）",
                                                       uscc="91110000600037341L", employees=9))
    with read_session(engine) as s:
        org = find_organization(s, "甲公司（更名）")
    assert org.employees == 9 and "jia" in org.search_key


def test_member_counts_only_count_members_in_the_union(engine):
    a = add_organization(engine, OrganizationInput(name="甲", uscc="91110000600037341L"))
    ids = [add_member(engine, MemberInput(name=f"张{i}", id_number=valid_id(seq=i),
                                          organization_id=a), join_date="2020-01-01")
           for i in range(3)]
    events.leave_union(engine, ids[0], "2024-01-01", "5")
    events.retain_membership(engine, ids[1], "2024-01-01")
    assert member_counts(engine) == {a: 2}


def test_delete_only_without_members_and_with_a_tombstone(engine, data_paths):
    from sqlmodel import select

    from unionoffice.db.models import Tombstone
    from unionoffice.organizations.service import delete_organization

    a = add_organization(engine, OrganizationInput(name="甲", uscc="91110000600037341L"))
    mid = add_member(engine, MemberInput(name="张三", id_number=valid_id(), organization_id=a),
                     join_date="2020-01-01")
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(RuleViolation) as exc:
        delete_organization(engine, a)
    assert exc.value.code == "org.has_members"
    assert dump_ledger(data_paths.ledger) == before
    # Still named by the member's join event after the member moved away: refused too.
    b = add_organization(engine, OrganizationInput(name="乙", uscc=make_uscc("91110101MA0000001")))
    events.transfer_member(engine, mid, b, "2025-01-01")
    with pytest.raises(RuleViolation) as exc:
        delete_organization(engine, a)
    assert exc.value.code == "org.referenced"
    c = add_organization(engine, OrganizationInput(name="丙", uscc=make_uscc("91110101MA0000002")))
    delete_organization(engine, c)
    with read_session(engine) as s:
        assert [t.entity_id for t in s.exec(select(Tombstone))] == [c]
