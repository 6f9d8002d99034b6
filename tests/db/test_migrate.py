"""Opening a ledger: create, migrate, back up, refuse newer or foreign files, single instance."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from tests.helpers import dump_ledger, name_keys_as_rebuilt, name_keys_as_written
from unionoffice.db.engine import read_session
from unionoffice.db.migrate import MIGRATIONS, head_revision, open_ledger
from unionoffice.db.models import SCHEMA_REVISION, SCHEMA_VERSION, Member
from unionoffice.errors import LedgerUnavailable
from unionoffice.members.queries import search_member_ids
from unionoffice.paths import DataPaths

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_migrate_from_empty(tmp_path):
    paths = DataPaths(tmp_path / "new")
    with open_ledger(paths) as ledger:
        with ledger.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == \
                head_revision()
            tables = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"office", "organization", "member", "member_event", "member_name_key",
            "collective_contract", "mediation_case", "agreement_term", "audit_entry",
            "bundle_record", "tombstone", "ledger_meta"} <= tables
    assert ledger.backups_made == []  # nothing to back up on first creation


def test_the_newest_migration_is_the_one_the_program_names():
    # An up-to-date ledger is opened without Alembic, by comparing with these two.
    assert SCHEMA_REVISION == head_revision()
    newest = (MIGRATIONS / "versions" / f"{SCHEMA_REVISION}.py").read_text(encoding="utf-8")
    assert f"PRAGMA user_version = {SCHEMA_VERSION}" in newest


def test_an_up_to_date_ledger_opens_without_migrating(data_paths, monkeypatch):
    from unionoffice.db import migrate as migrate_module

    def refuse(_engine):
        raise AssertionError("migrated an up-to-date ledger")

    monkeypatch.setattr(migrate_module, "migrate", refuse)
    with open_ledger(data_paths) as ledger, read_session(ledger.engine) as s:
        assert s.exec(select(Member)).all() == []


def test_a_ledger_newer_than_the_program_is_refused_and_untouched(data_paths):
    con = sqlite3.connect(data_paths.ledger)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(LedgerUnavailable) as exc:
        open_ledger(data_paths)
    assert exc.value.code == "ledger.too_new"
    assert "更新版本" in str(exc.value)
    assert dump_ledger(data_paths.ledger) == before
    assert list(data_paths.backups.glob("*.db")) == []


def test_an_unknown_revision_is_refused(data_paths):
    con = sqlite3.connect(data_paths.ledger)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with pytest.raises(LedgerUnavailable) as exc:
        open_ledger(data_paths)
    assert exc.value.code == "ledger.too_new"


def test_a_file_that_is_not_a_ledger_is_refused(tmp_path):
    paths = DataPaths(tmp_path).ensure()
    paths.ledger.write_bytes(b"this is a spreadsheet, not a ledger" * 100)
    with pytest.raises(LedgerUnavailable) as exc:
        open_ledger(paths)
    assert exc.value.code == "ledger.not_a_ledger"
    assert paths.ledger.read_bytes().startswith(b"this is a spreadsheet")


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    paths = DataPaths(tmp_path).ensure()
    con = sqlite3.connect(paths.ledger)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(LedgerUnavailable) as exc:
        open_ledger(paths)
    assert exc.value.code == "ledger.not_a_ledger"


def test_second_copy_gets_a_clear_message(data_paths):
    with open_ledger(data_paths):
        with pytest.raises(LedgerUnavailable) as exc:
            open_ledger(data_paths)
        assert exc.value.code == "ledger.locked"
        assert "另一个" in str(exc.value)
    with open_ledger(data_paths):  # released on close
        pass


def test_start_backup_is_a_consistent_copy(data_paths):
    with open_ledger(data_paths, backup_on_start=True) as ledger:
        (copy,) = ledger.backups_made
    assert copy.parent == data_paths.backups
    assert dump_ledger(copy) == dump_ledger(data_paths.ledger)


def test_many_copies_on_one_day_are_rotated_to_the_latest_few(data_paths):
    from unionoffice.backup.copies import KEEP_LATEST, backup_ledger

    made = [backup_ledger(data_paths, "manual") for _ in range(KEEP_LATEST + 3)]
    assert sorted(data_paths.backups.glob("ledger-*.db")) == sorted(made[-KEEP_LATEST:])


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("ledger-schema*.db")),
                         ids=lambda p: p.name)
def test_ledgers_of_every_released_schema_open(fixture, tmp_path):
    paths = DataPaths(tmp_path).ensure()
    shutil.copyfile(fixture, paths.ledger)
    with open_ledger(paths) as ledger:
        with ledger.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
            assert conn.exec_driver_sql("SELECT count(*) FROM member").scalar() > 0
        with read_session(ledger.engine) as session:
            # Members of older schemas have their search keys (made by 0010 from the names).
            for member in session.exec(select(Member)).all():
                assert member.id in search_member_ids(session, member.name, limit=100)
                assert member.id in search_member_ids(session, member.id_number[-6:])
        assert name_keys_as_written(ledger.engine) == name_keys_as_rebuilt(ledger.engine)


def test_there_is_a_fixture_for_the_current_schema():
    assert (FIXTURES / f"ledger-schema{SCHEMA_VERSION}.db").exists()


def test_a_python_whose_sqlite_lacks_fts5_makes_and_migrates_ledgers(tmp_path, monkeypatch):
    # Some Python builds ship SQLite without FTS5, which only migrations 0008 and 0009 used
    # (0010 drops their table again). This one has it, so its absence is simulated.
    from unionoffice.db import member_search

    assert member_search.fts5_available()
    monkeypatch.setattr(member_search, "fts5_available", lambda: False)
    for name, source in (("new", None), ("old", FIXTURES / "ledger-schema7.db")):
        paths = DataPaths(tmp_path / name).ensure()
        if source:
            shutil.copyfile(source, paths.ledger)
        with open_ledger(paths) as ledger, read_session(ledger.engine) as session:
            assert session.connection().exec_driver_sql(
                "PRAGMA user_version").scalar() == SCHEMA_VERSION
            for member in session.exec(select(Member)).all():
                assert search_member_ids(session, member.name, limit=100)
