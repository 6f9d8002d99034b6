"""The members' search index (FTS5): what it finds, that no typed text breaks it, and that the
rows every write path leaves are the rows a rebuild makes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import valid_id
from unionoffice import browse, members
from unionoffice.db import member_search
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.queries import member_rows, search_member_ids
from unionoffice.members import MemberInput, add_member

PEOPLE = [
    ("阿依古丽·买买提", "13811112222"),
    ("张三(大)", "13865123456"),
    ("王\U000f0001明", None),  # a private-use code point, as rare characters are often typed
    ("李𱍐", "13933334444"),  # CJK extension H: newer than SQLite's Unicode tables
    ("John Smith", None),
]


@pytest.fixture
def people(engine):
    return {name: add_member(engine, MemberInput(name=name, id_number=valid_id(seq=i * 2 + 1),
                                                 phone=phone))
            for i, (name, phone) in enumerate(PEOPLE)}


def find(engine, query: str) -> list[str]:
    with read_session(engine) as s:
        return [r.name for r in member_rows(s, search_member_ids(s, query))]


@pytest.mark.parametrize(("query", "name"), [
    ("阿依古丽", "阿依古丽·买买提"),
    ("阿依古丽·买", "阿依古丽·买买提"),
    ("aygl", "阿依古丽·买买提"),
    ("张三(", "张三(大)"),
    ("张三大", "张三(大)"),
    ("3456", "张三(大)"),
    ("王\U000f0001", "王\U000f0001明"),
    ("李𱍐", "李𱍐"),
    ("john sm", "John Smith"),
    ("JOHNSMITH", "John Smith"),
])
def test_names_with_separators_and_rare_characters_are_found(engine, people, query, name):
    assert find(engine, query) == [name]


def test_the_index_row_holds_the_name_and_its_pinyin():
    assert member_search.search_row("m1", "张三") == ("m1", "张三 zhangsan zs")


@pytest.mark.parametrize(("typed", "ending"), [
    ("123x", "123X"), ("0517 123X", "0517123X"), ("6512-3456", "65123456"), ("123", None),
    ("张三", None), ("12a4", None), ("", None)])
def test_what_counts_as_the_end_of_a_number(typed, ending):
    assert member_search.number_ending(typed) == ending


def test_ends_of_id_numbers_and_phones_are_found_through_the_member_table(engine):
    x_id = next(valid_id(seq=s) for s in range(1, 200) if valid_id(seq=s).endswith("X"))
    first = add_member(engine, MemberInput(name="赵一", id_number=x_id, phone="13800005678"))
    second = add_member(engine, MemberInput(name="钱二", id_number=valid_id(seq=3),
                                            phone="13911115678"))
    with read_session(engine) as s:
        assert sorted(search_member_ids(s, "5678")) == sorted([first, second])
        assert search_member_ids(s, "05678") == [first]
        assert search_member_ids(s, "13800005678") == [first]
        assert search_member_ids(s, x_id[-6:].lower()) == [first]
        assert search_member_ids(s, x_id) == [first]
        assert search_member_ids(s, "678") == []
    rowids = browse.member_rowids(engine, browse.MemberFilter(text="1111 5678"))
    assert [r.name for r in browse.member_rows(engine, rowids.rowids).values()] == ["钱二"]


def test_the_members_list_finds_the_same(engine, people):
    rowids = browse.member_rowids(engine, browse.MemberFilter(text="阿依古丽·买"))
    assert [r.name for r in browse.member_rows(engine, rowids.rowids).values()] == \
        ["阿依古丽·买买提"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(query=st.text(max_size=12))
def test_no_typed_text_breaks_the_search(engine, people, query):
    with read_session(engine) as s:
        search_member_ids(s, query)
    browse.member_rowids(engine, browse.MemberFilter(text=query))


def index_rows(engine) -> list[tuple]:
    with read_session(engine) as s:
        return sorted(s.connection().exec_driver_sql(
            f"SELECT member_id, names FROM {member_search.TABLE}").all())


def test_the_rows_writes_leave_are_the_rows_a_rebuild_makes(engine, people):
    members.update_member(engine, people["李𱍐"], MemberInput(
        name="曾𱍐", id_number=valid_id(seq=7), phone="13900001111"))
    members.delete_member(engine, people["John Smith"], reason="重复录入")
    written = index_rows(engine)
    assert len(written) == len(PEOPLE) - 1
    with write_session(engine) as s:
        assert member_search.rebuild(s.connection()) == len(PEOPLE) - 1
    assert index_rows(engine) == written
    assert find(engine, "zeng") == ["曾𱍐"] and find(engine, "1111") == ["曾𱍐"]
    assert find(engine, "john") == [] and find(engine, "li") == []
