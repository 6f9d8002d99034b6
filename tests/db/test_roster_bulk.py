"""The bulk path of a roster import (at least 5,000 new rows, more than the ledger holds).

It drops and rebuilds the member indexes, turns off foreign-key enforcement for its own
transaction, indexes the members for search from a helper thread and hashes the audit log as it
goes: each of these must leave a ledger that is whole, or exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import uuid

import pytest
from sqlmodel import select

from tests.helpers import (
    TODAY,
    disk_room,
    dump_ledger,
    name_keys_as_rebuilt,
    name_keys_as_written,
    valid_id,
)
from tests.roster_files import HEADER, write_csv
from unionoffice.audit import trail
from unionoffice.bundle.export import run_to_end
from unionoffice.db.engine import read_session, wait_for_checkpoint, write_session
from unionoffice.db.models import Member, MemberEvent
from unionoffice.errors import LedgerError
from unionoffice.members.queries import search_member_ids
from unionoffice.members.roster import ImportOptions, commit_import, run_import
from unionoffice.members.service import MemberInput, add_member
from unionoffice.organizations.service import OrganizationInput, add_organization

ORG = "北京华信商贸（东城）有限公司"
ROWS = 6000
JOIN = dt.date(2024, 5, 1)
OPTIONS = ImportOptions(today=TODAY, create_organizations=True)


def person(n: int) -> str:
    return valid_id(birth=dt.date(1970, 1, 1) + dt.timedelta(days=n // 900), seq=n % 900 + 1)


@pytest.fixture
def roster(engine, tmp_path):
    """A ledger with one organization and one member, and a 6,000-row roster for it: the
    member again with a new phone (an update), and rows naming a second, unknown organization
    (created by the import)."""
    org = add_organization(engine, OrganizationInput(name=ORG, uscc_missing_reason="-"))
    add_member(engine, MemberInput(name="张三", id_number=person(0), organization_id=org),
               join_date=JOIN)
    rows = [["张三", person(0), "13812345678", ORG, JOIN]]
    # Every seventh name has a character read two ways in names (乐: le, yue): more keys.
    rows += [[f"会员{n}{'乐' if n % 7 == 0 else ''}", person(n), f"139{n:08d}",
              ORG if n % 3 else "北京新开张有限公司", JOIN]
             for n in range(1, ROWS)]
    return write_csv(tmp_path / "r.csv", [HEADER] + rows)


def schema(path) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_a_bulk_import_leaves_a_whole_ledger(engine, roster, data_paths):
    before = schema(data_paths.ledger)
    result = run_to_end(run_import(engine, roster, OPTIONS, operator="录入员"))
    assert result.summary.to_json() == {"rows": ROWS, "imported": ROWS - 1, "updated": 1,
                                        "unchanged": 0, "rejected": 0, "warnings": 1}
    assert schema(data_paths.ledger) == before  # every index dropped for the load is back
    with sqlite3.connect(data_paths.ledger) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("SELECT count(*) FROM member WHERE name_pinyin IS NOT NULL"
                           ).fetchone()[0] == ROWS
        assert con.execute("SELECT count(DISTINCT member_id) FROM member_name_key"
                           ).fetchone()[0] == (ROWS - 1) // 7
    assert name_keys_as_written(engine) == name_keys_as_rebuilt(engine)
    with read_session(engine) as s:
        assert trail.verify_chain(s) is None
        assert len(s.exec(select(MemberEvent)).all()) == ROWS
        one = s.exec(select(Member).where(Member.id_number == person(4321))).one()
        assert search_member_ids(s, "会员4321") == [one.id]
        assert search_member_ids(s, f"139{4321:08d}") == [one.id]
        assert search_member_ids(s, "5678")  # the updated member's new phone is searchable
        # Ids made in bulk are version-4 UUIDs like any other, unique, and handed out in order.
        for made in (
                s.exec(select(Member.id).where(Member.id_number != person(0))
                       .order_by(Member.change_seq)).all(),
                s.exec(select(MemberEvent.id).where(MemberEvent.note.startswith("花名册导入"))
                       .order_by(MemberEvent.change_seq)).all()):
            assert len(made) == ROWS - 1 and len(set(made)) == len(made)
            assert made == sorted(made)
            assert all(uuid.UUID(i).version == 4 and uuid.UUID(i).variant == uuid.RFC_4122
                       and uuid.UUID(i).hex == i for i in made)


def test_foreign_keys_are_enforced_again_after_a_bulk_import(engine, roster):
    run_to_end(run_import(engine, roster, OPTIONS))
    for _ in range(3):  # every pooled connection
        with write_session(engine) as s:
            assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            with pytest.raises(Exception, match="FOREIGN KEY"):
                s.connection().exec_driver_sql(
                    "INSERT INTO member_event (id, created_at, updated_at, change_seq, "
                    "member_id, kind, event_date, operator) VALUES ('x', '2026-01-01', "
                    "'2026-01-01', 0, 'no-such-member', 'join', '2026-01-01', '')")


def test_a_bulk_import_leaves_the_log_to_a_helper_thread_that_copies_all_of_it(
        engine, roster, data_paths, tmp_path):
    with write_session(engine) as s:
        automatic = s.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one()
    run_to_end(run_import(engine, roster, OPTIONS))
    wait_for_checkpoint(engine)
    # The ledger file alone, without its log, already holds the import.
    shutil.copyfile(data_paths.ledger, tmp_path / "file-only.db")
    con = sqlite3.connect(tmp_path / "file-only.db")
    try:
        assert con.execute("SELECT count(*) FROM member").fetchone()[0] == ROWS
    finally:
        con.close()
    for _ in range(3):  # every pooled connection checkpoints automatically again
        with write_session(engine) as s:
            assert s.connection().exec_driver_sql(
                "PRAGMA wal_autocheckpoint").scalar_one() == automatic


def test_cancelling_a_bulk_import_half_way_leaves_the_ledger_as_it_was(engine, roster,
                                                                     data_paths):
    checked = run_to_end(run_import(engine, roster, OPTIONS, dry=True))
    before, indexes = dump_ledger(data_paths.ledger), schema(data_paths.ledger)
    job = commit_import(engine, checked)
    for _ in range(3):  # the indexes are dropped and a batch is written
        next(job)
    job.close()
    assert dump_ledger(data_paths.ledger) == before
    assert schema(data_paths.ledger) == indexes
    with write_session(engine) as s:
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_a_full_disk_during_a_bulk_import_leaves_the_ledger_as_it_was(engine, roster,
                                                                      data_paths):
    checked = run_to_end(run_import(engine, roster, OPTIONS, dry=True))
    before = dump_ledger(data_paths.ledger)
    with disk_room(engine, data_paths.ledger, 400), pytest.raises(LedgerError) as caught:
        run_to_end(commit_import(engine, checked))  # room for about a third of the import
    assert caught.value.code == "ledger.disk_full"
    assert dump_ledger(data_paths.ledger) == before


def test_bulk_rows_are_stored_as_the_orm_stores_them(engine, tmp_path, data_paths):
    # The bulk INSERT leaves out the columns no row of a batch fills and converts dates and
    # booleans itself; what it stores must be what the ORM stores for a member entered by hand.
    org = add_organization(engine, OrganizationInput(name=ORG, uscc_missing_reason="-"))
    add_member(engine, MemberInput(name="张三", id_number=person(0), organization_id=org,
                                   ethnicity="汉族", migrant_worker=True), join_date=JOIN)
    # 民族 only in the second batch of 5,000; 是否农民工 in every other row.
    rows = [[f"会员{n}", person(n), ORG, JOIN, "汉族" if n > 5500 else "", "是" if n % 2 else "否"]
            for n in range(1, ROWS)]
    path = write_csv(tmp_path / "r.csv", [["姓名", "身份证号码", "工作单位", "入会日期", "民族",
                                           "是否农民工"]] + rows)
    assert run_to_end(run_import(engine, path, OPTIONS)).summary.imported == ROWS - 1

    def stored(n: int) -> tuple:
        with sqlite3.connect(data_paths.ledger) as con:
            return con.execute(
                "SELECT typeof(birth_date), birth_date, typeof(migrant_worker), migrant_worker, "
                "typeof(hardship), hardship, ethnicity, phone FROM member WHERE id_number = ?",
                (person(n),)).fetchone()

    def birth(n: int) -> str:
        return dt.date.fromisoformat(
            f"{person(n)[6:10]}-{person(n)[10:12]}-{person(n)[12:14]}").isoformat()

    assert stored(0) == ("text", birth(0), "integer", 1, "integer", 0, "汉族", None)
    assert stored(5501) == ("text", birth(5501), "integer", 1, "integer", 0, "汉族", None)
    assert stored(2) == ("text", birth(2), "integer", 0, "integer", 0, None, None)
