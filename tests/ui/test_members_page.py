"""The members page as a clerk uses it: type to search, filter, sort, open, add."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers import dump_ledger, valid_id
from tests.ui.conftest import double_click_row, read_column, settle, type_text
from unionoffice.members import queries as member_queries
from unionoffice.members import rules as membership
from unionoffice.members.service import MemberInput, add_member
from unionoffice.ui.pages.members import MembersPage

# The demo ledger the page tests open (a copy of one built once; tests/conftest.py).
DEMO = {"members": 300, "seed": 3}


@pytest.fixture
def page(qtbot, demo_ledger, tasks):
    engine = demo_ledger.engine
    page = MembersPage(engine, tasks)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, tasks)
    return page


def shown_names(qtbot, tasks, page) -> list[str]:
    return read_column(qtbot, tasks, page.model, 0)


def type_search(qtbot, page, tasks, text: str) -> None:
    page.search.clear()
    type_text(qtbot, page.search, text)
    qtbot.wait(150)  # the search waits for typing to pause
    settle(qtbot, tasks)


def test_whole_ledger_is_listed_with_masked_ids(page):
    assert page.model.rowCount() == 300
    id_cell = page.model.data(page.model.index(0, 2))
    assert "********" in id_cell and len(id_cell) == 18
    assert page.count.text() == "共 300 人"
    assert page.stack.currentWidget() is page.table


def test_typing_a_surname_shows_only_matching_members(qtbot, page, tasks):
    type_search(qtbot, page, tasks, "张")
    names = shown_names(qtbot, tasks, page)
    assert names and all(n.startswith("张") for n in names)


def test_initials_full_pinyin_and_phone_suffix(qtbot, page, tasks, engine):
    mid = add_member(engine, MemberInput(name="曾国藩", id_number=valid_id(seq=901),
                                         phone="13900009876"))
    for query in ("zgf", "zengguofan", "9876", valid_id(seq=901)[-4:]):
        type_search(qtbot, page, tasks, query)
        ids = [page.model.data(page.model.index(r, 0), Qt.ItemDataRole.UserRole)
               for r in range(page.model.rowCount())]
        assert mid in ids, query


def test_no_match_says_what_to_try(qtbot, page, tasks):
    type_search(qtbot, page, tasks, "没有这个人")
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.no_match


def test_status_filter(qtbot, page, tasks):
    page.status.setCurrentIndex(page.status.findData(membership.LEFT))
    settle(qtbot, tasks)
    statuses = set(read_column(qtbot, tasks, page.model, 5))
    assert statuses == {"已退会"}


def test_sorting_is_done_by_the_query(qtbot, page, tasks):
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # 入会日期
    settle(qtbot, tasks)
    dates = read_column(qtbot, tasks, page.model, 6)
    assert dates == sorted(dates, reverse=True)
    assert page.model.sort_key == "join_date" and page.model.descending


def test_empty_ledger_says_what_to_do(qtbot, engine, tasks):
    page = MembersPage(engine, tasks)
    qtbot.addWidget(page)
    page.activate()
    settle(qtbot, tasks)
    assert page.stack.currentWidget() is page.empty
    assert "新增会员" in page.empty.text()


def test_add_a_member_through_the_form(qtbot, page, tasks, engine):
    page.create_new()
    form = page.current_form
    number = valid_id(seq=777)
    type_text(qtbot, form.name, "王喆")
    qtbot.keyClicks(form.id_number, number.lower())
    assert "1990-05-17" in form.derived.text()
    qtbot.keyClicks(form.phone, "13812345678")
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert not form.isVisible()
    ids = member_queries.member_rowids(engine, member_queries.MemberFilter(text=number)).rowids
    (row,) = member_queries.member_rows(engine, ids).values()
    assert (row.name, row.status) == ("王喆", membership.ACTIVE)
    type_search(qtbot, page, tasks, "wangz")
    assert "王喆" in shown_names(qtbot, tasks, page)


def test_enter_saves_the_form(qtbot, page, tasks, engine):
    page.create_new()
    form = page.current_form
    type_text(qtbot, form.name, "李堃")
    qtbot.keyClicks(form.id_number, valid_id(seq=779))
    qtbot.keyClick(form.id_number, Qt.Key.Key_Return)
    settle(qtbot, tasks)
    assert not form.isVisible()
    assert member_queries.member_rowids(engine, member_queries.MemberFilter(text="李堃")).rowids


def test_a_bad_id_number_is_shown_beside_the_field_and_nothing_is_written(
        qtbot, page, tasks, data_paths):
    page.create_new()
    form = page.current_form
    type_text(qtbot, form.name, "王五")
    qtbot.keyClicks(form.id_number, "110105194912310021")
    message = form.rows["id_number"].message
    assert message.isVisibleTo(form) and "校验位" in message.text()  # while typing
    before = dump_ledger(data_paths.ledger)
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert form.isVisible()
    assert "校验位" in form.rows["id_number"].message.text()
    assert "1 处需要修改" in form.message.text()
    assert dump_ledger(data_paths.ledger) == before


def test_escape_cancels(qtbot, page, data_paths):
    page.create_new()
    form = page.current_form
    type_text(qtbot, form.name, "不保存")
    before = dump_ledger(data_paths.ledger)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert dump_ledger(data_paths.ledger) == before


def test_edit_opens_full_values(qtbot, page, tasks, engine):
    number = valid_id(seq=555)
    add_member(engine, MemberInput(name="赵六", id_number=number, phone="13700001111"))
    type_search(qtbot, page, tasks, "赵六")
    double_click_row(qtbot, page.table, 0)
    settle(qtbot, tasks)
    form = page.current_form
    assert form.id_number.text() == number and form.phone.text() == "13700001111"
    form.phone.setText("13700002222")
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    type_search(qtbot, page, tasks, "2222")
    assert shown_names(qtbot, tasks, page) == ["赵六"]
