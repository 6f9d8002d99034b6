"""Deleting rows: each deletion leaves a Tombstone with a change number, for bundles."""

from __future__ import annotations

from sqlmodel import Session

from unionoffice.db.engine import reserve_change_seqs
from unionoffice.db.models import LedgerRow, Tombstone


def delete_with_tombstone(session: Session, row: LedgerRow) -> Tombstone:
    """Delete ``row`` and record its tombstone in the same transaction."""
    stone = Tombstone(entity=row.__tablename__, entity_id=row.id,
                      change_seq=reserve_change_seqs(session, 1))
    session.add(stone)
    session.delete(row)
    return stone
