"""Alembic environment: runs on the connection handed over by unionoffice.db.migrate."""

from alembic import context
from sqlmodel import SQLModel

import unionoffice.db.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from unionoffice.db import member_search

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
    transaction_per_migration=True,
    # The members' other name keys and the indexes on the ends of numbers are made by hand
    # in their migrations; autogenerate must not offer to drop them.
    include_name=lambda name, type_, _parent: not member_search.is_unmodelled(name, type_),
)
with context.begin_transaction():
    context.run_migrations()
