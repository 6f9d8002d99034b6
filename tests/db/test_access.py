"""Operators and roles, enforced in the services (not only by hiding buttons)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from tests.helpers import valid_id
from unionoffice.accounts import operators, permissions
from unionoffice.accounts.permissions import AccessDenied
from unionoffice.bundle.export import create_bundle
from unionoffice.db.engine import read_session
from unionoffice.db.models import AuditEntry, Member
from unionoffice.errors import RuleViolation, ValidationFailed
from unionoffice.mediation.queries import list_cases
from unionoffice.mediation.service import ApplicantInput, CaseInput, register_case
from unionoffice.members.queries import member_detail
from unionoffice.members.roster.export import export_members
from unionoffice.members.service import MemberInput, add_member, reveal_id_number, update_member
from unionoffice.organizations.service import OrganizationInput, add_organization

PASSWORD = "龙潭2026!secret"
ID = valid_id(seq=11)


@pytest.fixture
def accounts(engine):
    """A chair, a clerk and a mediator; nobody signed in afterwards."""
    operators.create_operator(engine, "wang", "王主席", permissions.CHAIR, PASSWORD)
    operators.authenticate(engine, "wang", PASSWORD)
    operators.create_operator(engine, "li", "李录入", permissions.CLERK, PASSWORD)
    operators.create_operator(engine, "zhao", "赵调解", permissions.MEDIATOR, PASSWORD)
    permissions.sign_out()
    return engine


def sign_in(engine, name: str) -> None:
    operators.authenticate(engine, name, PASSWORD)


def case_input() -> CaseInput:
    return CaseInput(received_on=dt.date.today(), applicants=[ApplicantInput("张三", ID)],
                     respondent_name="北京华信商贸有限公司", claims="支付拖欠工资",
                     claimed_amount="8000")


def actions(engine) -> list[tuple[str, str]]:
    with read_session(engine) as s:
        return [(e.action, e.operator) for e in s.exec(select(AuditEntry).order_by(
            AuditEntry.seq))]


def test_without_accounts_the_ledger_is_single_user(engine):
    assert not permissions.accounts_enabled(engine)
    add_member(engine, MemberInput(name="张三", id_number=ID))  # no sign-in needed


def test_the_first_account_must_be_a_chair(engine):
    with pytest.raises(RuleViolation) as caught:
        operators.create_operator(engine, "li", "李录入", permissions.CLERK, PASSWORD)
    assert caught.value.code == "operator.first_is_chair"
    with pytest.raises(ValidationFailed) as caught:
        operators.create_operator(engine, "wang", "王主席", permissions.CHAIR, "short")
    assert caught.value.code == "password.too_short"


def test_once_accounts_exist_every_guarded_service_needs_a_sign_in(accounts):
    engine = accounts
    with pytest.raises(AccessDenied) as caught:
        add_member(engine, MemberInput(name="张三", id_number=ID))
    assert caught.value.code == "access.sign_in" and "编辑会员" in str(caught.value)


def test_a_wrong_password_is_refused_and_logged(accounts):
    engine = accounts
    with pytest.raises(AccessDenied) as caught:
        operators.authenticate(engine, "li", "wrong password")
    assert caught.value.code == "auth.failed" and permissions.current() is None
    sign_in(engine, "li")
    assert permissions.current().role == permissions.CLERK
    assert actions(engine)[-2:] == [("auth.failed", "li"), ("auth.login", "li")]


def test_a_clerk_edits_members_but_not_cases_bundles_or_full_ids(accounts, tmp_path):
    engine = accounts
    sign_in(engine, "li")
    org = add_organization(engine, OrganizationInput(name="北京华信商贸有限公司",
                                                     uscc="91110000600037341L"))
    member_id = add_member(engine, MemberInput(name="张三", id_number=ID, organization_id=org))
    assert actions(engine)[-2:] == [("member.create", "li"), ("member.join", "li")]
    for call, code in [
        (lambda: register_case(engine, case_input()), "access.denied"),
        (lambda: list_cases(engine), "access.denied"),
        (lambda: create_bundle(engine, "2026-10", tmp_path), "access.denied"),
        (lambda: reveal_id_number(engine, member_id), "access.denied"),
        (lambda: export_members(engine, tmp_path / "x.xlsx", full=True), "access.denied"),
    ]:
        with pytest.raises(AccessDenied) as caught:
            call()
        assert caught.value.code == code
    assert "录入员" in str(caught.value) and "主席" in str(caught.value)
    # The member form gets the number masked; giving it back unchanged keeps the real one.
    detail = member_detail(engine, member_id)
    assert detail.member.id_number == ID[:6] + "********" + ID[-4:]
    update_member(engine, member_id, MemberInput(name="张三", id_number=detail.member.id_number,
                                                 phone="13812345678", organization_id=org))
    with read_session(engine) as s:
        stored = s.get(Member, member_id)
    assert stored.id_number == ID and stored.phone == "13812345678"


def test_a_mediator_works_cases_but_not_members(accounts):
    engine = accounts
    sign_in(engine, "zhao")
    case_id = register_case(engine, case_input())
    assert [c.id for c in list_cases(engine)] == [case_id]
    with pytest.raises(AccessDenied):
        add_member(engine, MemberInput(name="张三", id_number=ID))


def test_the_chair_reveals_a_full_id_and_it_is_logged(accounts):
    engine = accounts
    sign_in(engine, "wang")
    member_id = add_member(engine, MemberInput(name="张三", id_number=ID))
    # Even for the chair the form gets it masked: showing it is an explicit, logged act.
    assert "********" in member_detail(engine, member_id).member.id_number
    assert reveal_id_number(engine, member_id) == ID
    assert actions(engine)[-1] == ("member.reveal_id", "wang")


def test_passwords_change_and_the_last_chair_stays(accounts):
    engine = accounts
    sign_in(engine, "li")
    with pytest.raises(AccessDenied):
        operators.change_password(engine, "li", "another password", old_password="nope")
    operators.change_password(engine, "li", "another password", old_password=PASSWORD)
    with pytest.raises(AccessDenied):  # a clerk cannot reset someone else's password
        operators.change_password(engine, "zhao", "another password")
    operators.authenticate(engine, "li", "another password")
    sign_in(engine, "wang")
    operators.change_password(engine, "zhao", "reset by chair")
    operators.set_active(engine, "li", False)
    with pytest.raises(AccessDenied):
        operators.authenticate(engine, "li", "another password")
    with pytest.raises(RuleViolation) as caught:
        operators.set_active(engine, "wang", False)
    assert caught.value.code == "operator.last_chair"
    assert [o.username for o in operators.list_operators(engine) if o.active] == ["wang", "zhao"]
