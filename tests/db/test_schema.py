"""The migrations build exactly the tables the models describe."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import unionoffice.db.models  # noqa: F401
from unionoffice.db import member_search


def _modelled(name, type_, _parent) -> bool:
    # The table of other name keys is derived data, and the indexes on the ends of numbers
    # are on expressions: SQL no model describes.
    return not member_search.is_unmodelled(name, type_)


# SQLAlchemy cannot reflect indexes on expressions; it says so and leaves them out, as
# _modelled would.
@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning")
def test_migrated_ledger_matches_the_models(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _modelled})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_the_name_keys_are_the_only_table_left_out(engine):
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    left_out = {t for t in tables if t not in SQLModel.metadata.tables}
    assert left_out - {"alembic_version"} == {"member_name_key"}


def test_the_ends_of_numbers_are_looked_up_in_their_indexes(engine):
    # The search's expressions must be those of the indexes, or SQLite scans every member.
    with engine.connect() as conn:
        plan = " ".join(r[-1] for r in conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT m.rowid FROM member m WHERE "
            f"{member_search.NUMBER_MATCH}", member_search.number_params("123X")))
    assert "ix_member_id_number_tail" in plan and "ix_member_phone_tail" in plan
    assert "SCAN m" not in plan


@pytest.mark.parametrize("other_filter", ["", " AND +m.status = 'active'"])
def test_names_are_looked_up_in_their_indexes(engine, other_filter):
    # Four index ranges; the member list's filters are checked on what they find (browse.py
    # writes them with "+" when searching).
    with engine.connect() as conn:
        plan = " ".join(r[-1] for r in conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT m.rowid FROM member m WHERE "
            f"{member_search.NAME_MATCH}{other_filter}", member_search.name_params("zs")))
    for index in ("ix_member_name ", "ix_member_name_pinyin", "ix_member_name_initials",
                  "ix_member_name_key_key"):
        assert index in plan, plan
    assert "SCAN m" not in plan
