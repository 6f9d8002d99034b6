"""Member search: what it finds, that no typed text breaks it, and that the keys every write
path leaves are the keys a rebuild makes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from tests.helpers import name_keys_as_written, valid_id
from unionoffice.db import member_search
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import AuditEntry, Member
from unionoffice.members import service as members
from unionoffice.members.queries import (
    MemberFilter,
    member_rowids,
    member_rows,
    member_summaries,
    search_member_ids,
)
from unionoffice.members.service import MemberInput, add_member

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
        return [r.name for r in member_summaries(s, search_member_ids(s, query))]


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


@pytest.mark.parametrize(("name", "keys"), [
    ("张三", ("zhangsan", "zs", [])),
    ("曾乐", ("zengle", "zl", ["zengyue", "zy"])),  # 乐 is read le or yue in names
    ("张三(小)", ("zhangsanxiao", "zsx", ["张三小"])),  # as typed without the brackets
    ("李Anna", ("lianna", "lanna", ["李anna"])),  # and in lower case
    ("John Smith", ("johnsmith", None, [])),
])
def test_the_keys_of_a_name(name, keys):
    assert member_search.name_keys(name) == keys


def test_the_pinyin_columns_are_not_the_members_data(engine):
    member_id = add_member(engine, MemberInput(name="张三", id_number=valid_id(seq=1)))
    with read_session(engine) as s:
        member = s.get(Member, member_id)
        created = s.exec(select(AuditEntry).where(AuditEntry.action == "member.create")).one()
        assert member.name_pinyin == "zhangsan"  # kept, but not dumped into the log
        assert "name_pinyin" not in member.model_dump() and "zhangsan" not in created.after


def test_a_filtered_list_still_finds_by_name(engine, people):
    found = member_rowids(engine, MemberFilter(text="zs", status="active"))
    assert [r.name for r in member_rows(engine, found.rowids).values()] == ["张三(大)"]
    assert member_rowids(engine, MemberFilter(text="zs", status="left")).rowids \
        == []


def test_other_readings_are_found(engine):
    member_id = add_member(engine, MemberInput(name="曾乐", id_number=valid_id(seq=1)))
    with read_session(engine) as s:
        for query in ("zengle", "zengy", "zy", "曾乐"):
            assert search_member_ids(s, query) == [member_id], query


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
    rowids = member_rowids(engine, MemberFilter(text="1111 5678"))
    assert [r.name for r in member_rows(engine, rowids.rowids).values()] == ["钱二"]


def test_the_members_list_finds_the_same(engine, people):
    rowids = member_rowids(engine, MemberFilter(text="阿依古丽·买"))
    assert [r.name for r in member_rows(engine, rowids.rowids).values()] == \
        ["阿依古丽·买买提"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(query=st.text(max_size=12))
def test_no_typed_text_breaks_the_search(engine, people, query):
    with read_session(engine) as s:
        search_member_ids(s, query)
    member_rowids(engine, MemberFilter(text=query))


def test_the_rows_writes_leave_are_the_rows_a_rebuild_makes(engine, people):
    members.update_member(engine, people["李𱍐"], MemberInput(
        name="曾𱍐", id_number=valid_id(seq=7), phone="13900001111"))
    members.delete_member(engine, people["John Smith"], reason="重复录入")
    written = name_keys_as_written(engine)
    assert len(written[0]) == len(PEOPLE) - 1
    assert written[1], "the keys of 张三(大) and 阿依古丽·买买提 are there"
    with write_session(engine) as s:
        assert member_search.rebuild(s.connection()) == len(PEOPLE) - 1
    assert name_keys_as_written(engine) == written
    assert find(engine, "zeng") == ["曾𱍐"] and find(engine, "1111") == ["曾𱍐"]
    assert find(engine, "john") == [] and find(engine, "li") == []
