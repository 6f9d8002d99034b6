"""Alembic environment: runs on the connection handed over by unionoffice.db.migrate."""

from alembic import context
from sqlmodel import SQLModel

import unionoffice.db.models  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
