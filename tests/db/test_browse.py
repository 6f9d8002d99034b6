"""List queries behind the pages: filters, sorting by the query, the search cap, rows."""

from __future__ import annotations

import pytest

from unionoffice import browse, membership
from unionoffice.demo.generate import generate_demo


@pytest.fixture
def filled(engine):
    for _ in generate_demo(engine, members=400, seed=8):
        pass
    return engine


def names(engine, flt):
    found = browse.member_rowids(engine, flt)
    rows = browse.member_rows(engine, found.rowids)
    return [rows[r].name for r in found.rowids], found


def test_whole_ledger_sorted_by_name_both_ways(filled):
    up, found = names(filled, browse.MemberFilter())
    assert len(up) == 400 and not found.truncated
    assert up == sorted(up)
    down, _ = names(filled, browse.MemberFilter(descending=True))
    assert down == sorted(up, reverse=True)


def test_text_search_is_sorted_by_the_chosen_column(filled):
    found = browse.member_rowids(filled, browse.MemberFilter(text="z", sort="join_date"))
    rows = browse.member_rows(filled, found.rowids)
    dates = [rows[r].join_date for r in found.rowids]
    assert dates == sorted(dates) and len(dates) > 10


def test_text_and_filters_combine(filled):
    found = browse.member_rowids(filled, browse.MemberFilter(text="z", status=membership.LEFT))
    rows = browse.member_rows(filled, found.rowids).values()
    assert rows and all(r.status == membership.LEFT for r in rows)


def test_broad_searches_are_capped_and_say_so(filled, monkeypatch):
    monkeypatch.setattr(browse, "TEXT_SEARCH_CAP", 25)
    found = browse.member_rowids(filled, browse.MemberFilter(text="z"))
    assert len(found.rowids) == 25 and found.truncated
    narrow = browse.member_rowids(filled, browse.MemberFilter(text="zhangwei"))
    assert not narrow.truncated


def test_organization_list_counts_members_in_the_union(filled):
    ids = browse.organization_rowids(filled, browse.OrganizationFilter(sort="members",
                                                                       descending=True))
    rows = browse.organization_rows(filled, ids)
    counts = [rows[r].members for r in ids]
    assert counts == sorted(counts, reverse=True)
    in_union = browse.ledger_summary(filled)
    assert sum(counts) == in_union.members_active + in_union.members_retained


def test_organization_search_by_pinyin_and_code(filled):
    ids = browse.organization_rowids(filled, browse.OrganizationFilter())
    first = browse.organization_rows(filled, ids[:1])[ids[0]]
    by_code = browse.organization_rowids(filled, browse.OrganizationFilter(text=first.uscc or
                                                                           first.name))
    assert ids[0] in by_code
    assert browse.organization_rowids(filled, browse.OrganizationFilter(text="beijing"))
