"""Backups (rotation, daily copy, before imports) and restore with the bundle-chain guard."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from tests.db.test_bundle import OFFICE, district, make  # noqa: F401 - fixtures
from tests.helpers import dump_ledger, valid_id
from unionoffice.backup.copies import (
    backup_if_due,
    backup_ledger,
    choose_keepers,
    list_backups,
)
from unionoffice.backup.restore import restore_ledger
from unionoffice.bundle import keys, sign
from unionoffice.bundle.chain import ack_required, bundle_history, confirm_district_ack
from unionoffice.bundle.verify import open_bundle
from unionoffice.errors import LedgerError, RuleViolation
from unionoffice.members.service import MemberInput, add_member
from unionoffice.office import init_office, set_district_recipient


def members_count(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM member").fetchone()[0]
    finally:
        con.close()


def test_rotation_keeps_7_days_4_weeks_12_months_and_the_latest_few():
    start = dt.datetime(2025, 1, 1, 9)
    taken = [start + dt.timedelta(days=d) for d in range(700)]  # one copy a day for ~2 years
    taken += [taken[-1] + dt.timedelta(minutes=m) for m in (1, 2, 3)]  # three more today
    keep = choose_keepers(taken)
    newest = sorted(taken, reverse=True)
    assert set(newest[:5]) <= keep  # the latest few, whatever they are
    days = {t.date() for t in keep}
    last7 = {(newest[0] - dt.timedelta(days=d)).date() for d in range(7)}
    assert last7 <= days
    months = {(t.year, t.month) for t in keep}
    assert len(months) == 12
    assert len(keep) <= 5 + 7 + 4 + 12
    assert min(keep) > newest[0] - dt.timedelta(days=400)


def test_backups_are_listed_newest_first_and_rotated(data_paths, ledger):
    day = dt.datetime(2026, 1, 1, 8)
    for n in range(40):
        backup_ledger(data_paths, "daily", now=day + dt.timedelta(days=n))
    copies = list_backups(data_paths)
    assert [c.taken_at for c in copies] == sorted((c.taken_at for c in copies), reverse=True)
    assert len(copies) < 40 and copies[0].taken_at == day + dt.timedelta(days=39)
    assert copies[0].reason == "daily" and copies[0].reason_label == "每日自动"
    assert not list(data_paths.backups.glob("*.partial"))


def test_the_daily_copy_is_made_at_most_once_a_day(data_paths, ledger):
    now = dt.datetime(2026, 11, 21, 9)
    assert backup_if_due(data_paths, now) is not None
    assert backup_if_due(data_paths, now + dt.timedelta(hours=3)) is None
    assert backup_if_due(data_paths, now + dt.timedelta(hours=21)) is not None


def test_restore_brings_the_copy_back_and_keeps_the_current_state(ledger, engine, data_paths):
    add_member(engine, MemberInput(name="张三", id_number=valid_id(seq=11)))
    copy = backup_ledger(data_paths, "manual")
    add_member(engine, MemberInput(name="李娜", id_number=valid_id(seq=12)))
    result = restore_ledger(ledger, copy, operator="主席")
    assert members_count(data_paths.ledger) == 1
    assert members_count(result.safety_copy) == 2  # nothing is lost by restoring
    assert ack_required(engine)
    con = sqlite3.connect(data_paths.ledger)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    action, who = con.execute("SELECT action, operator FROM audit_entry ORDER BY seq DESC "
                              "LIMIT 1").fetchone()
    assert (action, who) == ("ledger.restore", "主席")


@pytest.mark.parametrize("content, code", [
    (b"SQLite format 3\x00" + b"\x00" * 200, "backup.damaged"),
    (b"not a database at all", "backup.damaged"),
])
def test_a_damaged_backup_is_refused_and_the_ledger_untouched(ledger, engine, data_paths,
                                                              tmp_path, content, code):
    add_member(engine, MemberInput(name="张三", id_number=valid_id(seq=11)))
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(LedgerError) as caught:
        restore_ledger(ledger, bad)
    assert caught.value.code == code
    assert dump_ledger(data_paths.ledger) == before and not ack_required(engine)


def test_a_database_that_is_not_a_ledger_is_refused(ledger, tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(LedgerError) as caught:
        restore_ledger(ledger, other)
    assert caught.value.code == "backup.not_a_ledger"


@pytest.fixture
def office_ledger(engine, district):  # noqa: F811 - the fixture imported above
    init_office(engine, OFFICE, ledger_path="x")
    set_district_recipient(engine, district[1])
    add_member(engine, MemberInput(name="张三", id_number=valid_id(seq=11)))
    return sign.read_public_key(sign.public_key_file(
        keys.office_public_key("110101004").public_key))


def test_after_a_restore_bundles_wait_for_the_districts_last_seq(
        ledger, engine, data_paths, tmp_path, office_ledger, district):  # noqa: F811
    make(engine, tmp_path / "out")  # seq 1
    copy = backup_ledger(data_paths, "manual")
    second = make(engine, tmp_path / "out")  # seq 2, sent after the copy was made
    restore_ledger(ledger, copy)
    assert [r.seq for r in bundle_history(engine)] == [1]
    with pytest.raises(LedgerError) as caught:
        make(engine, tmp_path / "out")
    assert caught.value.code == "bundle.ack_required"
    # The district holds seq 2, which this ledger never saw: its receipt's hash is needed.
    with pytest.raises(RuleViolation) as caught:
        confirm_district_ack(engine, 2)
    assert caught.value.code == "bundle.ack_needs_receipt"
    b2 = open_bundle(second.read_bytes(), office_ledger, district[0])
    assert confirm_district_ack(engine, 2, b2.manifest_sha256) == 3
    third = make(engine, tmp_path / "out")
    b3 = open_bundle(third.read_bytes(), office_ledger, district[0])
    assert (b3.manifest["seq"], b3.manifest["prev_manifest_sha256"]) == (3, b2.manifest_sha256)
    assert b3.manifest["since_seq"] == 0  # everything again: nothing is assumed sent


def test_acknowledging_an_earlier_seq_forgets_the_later_local_bundles(
        ledger, engine, data_paths, tmp_path, office_ledger, district):  # noqa: F811
    first = make(engine, tmp_path / "out")
    make(engine, tmp_path / "out")
    copy = backup_ledger(data_paths, "manual")
    restore_ledger(ledger, copy)
    with pytest.raises(RuleViolation) as caught:
        confirm_district_ack(engine, 1, "0" * 64)
    assert caught.value.code == "bundle.ack_mismatch"
    assert confirm_district_ack(engine, 1) == 2
    assert [r.seq for r in bundle_history(engine)] == [1]
    again = make(engine, tmp_path / "again")
    b1 = open_bundle(first.read_bytes(), office_ledger, district[0])
    b2 = open_bundle(again.read_bytes(), office_ledger, district[0])
    assert (b2.manifest["seq"], b2.manifest["prev_manifest_sha256"]) == (2, b1.manifest_sha256)
