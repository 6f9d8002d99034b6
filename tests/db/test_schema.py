"""The migrations build exactly the tables the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import unionoffice.db.models  # noqa: F401
from unionoffice.db import member_search


def _modelled(name, type_, _parent) -> bool:
    # The search index is an FTS5 virtual table with shadow tables: SQL no model describes.
    return not (type_ == "table" and member_search.is_index_table(name))


def test_migrated_ledger_matches_the_models(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _modelled})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_the_search_index_is_the_only_table_left_out(engine):
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    left_out = {t for t in tables if t not in SQLModel.metadata.tables}
    assert left_out - {"alembic_version"} == {
        "member_search", "member_search_data", "member_search_idx", "member_search_content",
        "member_search_docsize", "member_search_config"}
