"""Membership events from the member form: each action, its rules, its confirmation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.helpers import dump_ledger, valid_id
from tests.ui.conftest import (
    Dialogs,
    accept_with,
    answer_no,
    click,
    press_dialog_button,
    settle,
    type_text,
)
from unionoffice.common.validation import make_uscc
from unionoffice.members import queries as member_queries
from unionoffice.members import rules as membership
from unionoffice.members.service import MemberInput, add_member
from unionoffice.organizations.queries import organization_choices
from unionoffice.organizations.service import OrganizationInput, add_organization
from unionoffice.ui.dialogs.member_form import MemberForm


@pytest.fixture
def orgs(engine):
    return [add_organization(engine, OrganizationInput(
        name=n, uscc=make_uscc(f"91110101000000{i}00")))
        for i, n in enumerate(["北京甲公司", "北京乙公司"])]


@pytest.fixture
def member(engine, orgs):
    return add_member(engine, MemberInput(name="孙八", id_number=valid_id(seq=8),
                                          organization_id=orgs[0]), join_date="2015-03-01")


def open_form(qtbot, engine, tasks, member_id):
    form = MemberForm(engine, tasks, organization_choices(engine), member_id)
    qtbot.addWidget(form)
    form.show()
    settle(qtbot, tasks)
    return form


def do_event(qtbot, tasks, form, kind, setup=None, *, answer=None):
    """Press the event's button, fill its dialog, press OK, answer the confirmation."""
    button = form.membership.event_buttons[kind]
    click(qtbot, button)
    dialog = form.membership.event_dialog
    dialog.date.setDate(dialog.date.date().addDays(-1))
    if setup:
        setup(dialog)
    dialogs = Dialogs(qtbot).then(answer) if answer else None
    press_dialog_button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    settle(qtbot, tasks)
    assert dialogs is None or dialogs.done
    return dialog


def confirmed(qtbot, asked):
    """Answer Yes to the confirmation, noting what it asked."""
    return accept_with(qtbot, lambda box: asked.append(box.text()))


def status(engine, member_id):
    return member_queries.member_detail(engine, member_id).member.status


def test_buttons_follow_the_rules(qtbot, engine, tasks, member):
    form = open_form(qtbot, engine, tasks, member)
    enabled = {k for k, b in form.membership.event_buttons.items() if b.isEnabled()}
    assert enabled == {membership.RETAIN, membership.TRANSFER_OUT, membership.LEAVE,
                       membership.EXPEL}
    status_text = form.membership.status_label.text()
    assert "在会" in status_text and "2015-03-01" in status_text
    history = form.membership.history
    assert history.rowCount() == 1 and history.item(0, 1).text() == "入会"


def test_retain_then_restore(qtbot, engine, tasks, member):
    form = open_form(qtbot, engine, tasks, member)
    do_event(qtbot, tasks, form, membership.RETAIN)
    assert status(engine, member) == membership.RETAINED
    assert form.membership.event_buttons[membership.RESTORE].isEnabled()
    do_event(qtbot, tasks, form, membership.RESTORE)
    assert status(engine, member) == membership.ACTIVE
    history = form.membership.history
    assert [history.item(r, 1).text() for r in range(3)] == ["入会", "保留会籍", "恢复会籍"]


def test_leave_asks_first_and_records_the_reason(qtbot, engine, tasks, member):
    form = open_form(qtbot, engine, tasks, member)
    asked = []
    do_event(qtbot, tasks, form, membership.LEAVE,
             lambda d: d.reason.setCurrentIndex(d.reason.findData("5")),
             answer=confirmed(qtbot, asked))
    assert asked and "退会" in asked[0]
    assert status(engine, member) == membership.LEFT
    assert "个人要求退会" in form.membership.history.item(1, 3).text()
    # After leaving, only 入会 is possible again.
    buttons = form.membership.event_buttons
    assert {k for k, b in buttons.items() if b.isEnabled()} == {membership.JOIN}
    do_event(qtbot, tasks, form, membership.JOIN)
    assert status(engine, member) == membership.ACTIVE


def test_declining_the_confirmation_writes_nothing(qtbot, engine, tasks, member, data_paths):
    form = open_form(qtbot, engine, tasks, member)
    before = dump_ledger(data_paths.ledger)
    do_event(qtbot, tasks, form, membership.EXPEL, lambda d: d.note.setText("决定"),
             answer=answer_no(qtbot))
    assert dump_ledger(data_paths.ledger) == before


def test_expel_needs_the_committee_decision(qtbot, engine, tasks, member):
    form = open_form(qtbot, engine, tasks, member)
    dialog = do_event(qtbot, tasks, form, membership.EXPEL)
    assert dialog.isVisible() and "除名决定" in dialog.message.text()
    assert status(engine, member) == membership.ACTIVE
    type_text(qtbot, dialog.note, "委员会决定第3号")
    dialogs = Dialogs(qtbot).then(accept_with(qtbot))
    press_dialog_button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    settle(qtbot, tasks)
    assert dialogs.done
    assert status(engine, member) == membership.EXPELLED
    assert not any(b.isEnabled() for b in form.membership.event_buttons.values())


def test_transfer_inside_the_subdistrict(qtbot, engine, tasks, member, orgs):
    form = open_form(qtbot, engine, tasks, member)
    do_event(qtbot, tasks, form, membership.TRANSFER_OUT,
             lambda d: d.org.setCurrentIndex(d.org.findData(orgs[1])),
             answer=accept_with(qtbot))
    detail = member_queries.member_detail(engine, member)
    assert detail.member.status == membership.ACTIVE
    assert detail.organization_name == "北京乙公司"
    assert detail.member.join_date == dt.date(2015, 3, 1)  # kept
    assert [e.kind for e in detail.events][-2:] == [membership.TRANSFER_OUT,
                                                    membership.TRANSFER_IN]


def test_transfer_out_of_the_ledger_then_back_in(qtbot, engine, tasks, member, orgs):
    form = open_form(qtbot, engine, tasks, member)

    def outside(d):
        d.outside.setChecked(True)
        d.other.setText("海淀区某公司工会")

    do_event(qtbot, tasks, form, membership.TRANSFER_OUT, outside, answer=accept_with(qtbot))
    assert status(engine, member) == membership.TRANSFERRED_OUT
    do_event(qtbot, tasks, form, membership.TRANSFER_IN,
             lambda d: (d.org.setCurrentIndex(d.org.findData(orgs[1])),
                        d.other.setText("海淀区某公司工会")))
    detail = member_queries.member_detail(engine, member)
    assert detail.member.status == membership.ACTIVE
    assert detail.member.join_date == dt.date(2015, 3, 1)


def test_a_refused_event_is_explained(qtbot, engine, tasks, member):
    form = open_form(qtbot, engine, tasks, member)
    click(qtbot, form.membership.event_buttons[membership.RETAIN])
    dialog = form.membership.event_dialog
    dialog.date.setDate(dialog.date.date().addYears(-20))  # before the join date
    press_dialog_button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    settle(qtbot, tasks)
    assert "早于该会员上一次会籍变动" in form.message.text()
    assert status(engine, member) == membership.ACTIVE
