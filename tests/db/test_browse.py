"""List queries behind the pages: filters, sorting by the query, the search cap, rows."""

from __future__ import annotations

import pytest

from unionoffice.demo.generate import generate_demo
from unionoffice.members import queries
from unionoffice.members import rules as membership
from unionoffice.office import ledger_summary
from unionoffice.organizations.queries import (
    OrganizationFilter,
    organization_rowids,
    organization_rows,
)


@pytest.fixture
def filled(engine):
    for _ in generate_demo(engine, members=400, seed=8):
        pass
    return engine


def names(engine, flt):
    found = queries.member_rowids(engine, flt)
    rows = queries.member_rows(engine, found.rowids)
    return [rows[r].name for r in found.rowids], found


def test_whole_ledger_sorted_by_name_both_ways(filled):
    up, found = names(filled, queries.MemberFilter())
    assert len(up) == 400 and not found.truncated
    assert up == sorted(up)
    down, _ = names(filled, queries.MemberFilter(descending=True))
    assert down == sorted(up, reverse=True)


def test_text_search_is_sorted_by_the_chosen_column(filled):
    found = queries.member_rowids(filled, queries.MemberFilter(text="z", sort="join_date"))
    rows = queries.member_rows(filled, found.rowids)
    dates = [rows[r].join_date for r in found.rowids]
    assert dates == sorted(dates) and len(dates) > 10


def test_text_and_filters_combine(filled):
    found = queries.member_rowids(filled, queries.MemberFilter(text="z", status=membership.LEFT))
    rows = queries.member_rows(filled, found.rowids).values()
    assert rows and all(r.status == membership.LEFT for r in rows)


def test_broad_searches_are_capped_and_say_so(filled, monkeypatch):
    monkeypatch.setattr(queries, "TEXT_SEARCH_CAP", 25)
    found = queries.member_rowids(filled, queries.MemberFilter(text="z"))
    assert len(found.rowids) == 25 and found.truncated
    narrow = queries.member_rowids(filled, queries.MemberFilter(text="zhangwei"))
    assert not narrow.truncated


def test_organization_list_counts_members_in_the_union(filled):
    ids = organization_rowids(filled, OrganizationFilter(sort="members",
                                                                       descending=True))
    rows = organization_rows(filled, ids)
    counts = [rows[r].members for r in ids]
    assert counts == sorted(counts, reverse=True)
    in_union = ledger_summary(filled)
    assert sum(counts) == in_union.members_active + in_union.members_retained


def test_organization_search_by_pinyin_and_code(filled):
    ids = organization_rowids(filled, OrganizationFilter())
    first = organization_rows(filled, ids[:1])[ids[0]]
    by_code = organization_rowids(filled, OrganizationFilter(text=first.uscc or
                                                                           first.name))
    assert ids[0] in by_code
    assert organization_rowids(filled, OrganizationFilter(text="beijing"))
