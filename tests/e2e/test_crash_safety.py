"""Crash safety: a real process killed (SIGKILL) at random points during an import, a bundle, a
backup or a save leaves a ledger that opens, passes integrity_check, and holds all or none of
the interrupted work. And a read-only ledger folder gets a clear message and no damage.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import INIT, uo
from tests.helpers import dump_ledger, valid_id
from tests.roster_files import HEADER, write_xlsx

RUNS = 6  # kills per operation
SEED = int.from_bytes(os.urandom(4))


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """An office with demo data and a district recipient: copied fresh for every run."""
    from unionoffice.bundle import crypt

    root = tmp_path_factory.mktemp("crash-base")
    env = dict(os.environ, UNIONOFFICE_DATA_DIR=str(root / "data"),
               XDG_DATA_HOME=str(root / "xdg"),
               PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
               UNIONOFFICE_OPERATOR="测试员")
    run = lambda *a: subprocess.run([sys.executable, "-m", "unionoffice", *a], env=env,  # noqa: E731
                                    check=True, capture_output=True, timeout=300)
    run(*INIT)
    run("demo", "--members", "3000")
    run("config", "set", "district-recipient", crypt.new_identity()[1])
    rows = [["会员", valid_id(seq=n % 400 * 2 + 1, birth=dt.date(1960, 1, 1)
                              + dt.timedelta(days=n // 400)), "", "", "2024-05-01"]
            for n in range(30_000)]
    write_xlsx(root / "roster.xlsx", [HEADER] + rows)
    return root


def fresh(base: Path, tmp: Path) -> dict:
    target = tmp / f"run{time.monotonic_ns()}"
    shutil.copytree(base, target)
    return dict(os.environ, UNIONOFFICE_DATA_DIR=str(target / "data"),
                XDG_DATA_HOME=str(target / "xdg"),
                PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
                UNIONOFFICE_OPERATOR="测试员", ROOT=str(target))


_DURATIONS: dict[tuple, float] = {}


def full_run_seconds(base: Path, tmp: Path, args: list[str]) -> float:
    """How long the command takes uninterrupted on this machine (measured once, on a copy)."""
    key = tuple(args)
    if key not in _DURATIONS:
        env = fresh(base, tmp)
        start = time.monotonic()
        subprocess.run([sys.executable, "-m", "unionoffice", *args], env=env,
                       capture_output=True, timeout=600)
        _DURATIONS[key] = time.monotonic() - start
    return _DURATIONS[key]


def kill_at_random(env: dict, args: list[str], rng: random.Random, base: Path,
                   tmp: Path) -> bool:
    """Start ``unionoffice ARGS``, SIGKILL it at a random moment of its run (the run's length
    is measured first, so every moment is possible); True if it was killed."""
    upto = full_run_seconds(base, tmp, args) * 0.95
    proc = subprocess.Popen([sys.executable, "-m", "unionoffice", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.05, upto))
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    return killed


def count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def assert_sound(env: dict) -> Path:
    """The ledger passes integrity_check and the program opens it again."""
    db = Path(env["UNIONOFFICE_DATA_DIR"]) / "ledger.db"
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"seed {SEED}"
    con.close()
    subprocess.run([sys.executable, "-m", "unionoffice", "members", "search", "zz"], env=env,
                   check=True, capture_output=True, timeout=120)
    return db


@pytest.mark.parametrize("operation", ["import", "bundle", "backup", "save"])
def test_a_kill_at_any_moment_leaves_all_or_none(base, tmp_path, operation):
    rng = random.Random(f"{SEED}-{operation}")
    killed_mid_way = 0
    for _ in range(RUNS):
        env = fresh(base, tmp_path)
        db = Path(env["UNIONOFFICE_DATA_DIR"]) / "ledger.db"
        members = count(db, "SELECT count(*) FROM member")
        if operation == "import":
            killed = kill_at_random(env, ["members", "import", str(base / "roster.xlsx")],
                                    rng, base, tmp_path)
            assert_sound(env)
            now = count(db, "SELECT count(*) FROM member")
            assert now in (members, members + 30_000), f"seed {SEED}: {now}"
            imported = count(db, "SELECT count(*) FROM audit_entry "
                                 "WHERE action = 'roster.import'")
            assert imported == (now > members)
        elif operation == "bundle":
            killed = kill_at_random(env, ["bundle", "create", "--period", "2026-10"], rng,
                                    base, tmp_path)
            assert_sound(env)
            folder = Path(env["ROOT"]) / "data" / "bundles"
            made = count(db, "SELECT count(*) FROM bundle_record")
            assert made in (0, 1), f"seed {SEED}"
            if made:  # the record committed: its file is in place, whole
                (finished,) = folder.glob("*.uob.age")
                assert finished.read_bytes().startswith(b"age-encryption.org/v1")
            else:  # killed before the commit: the next bundle takes the seq (and its file)
                subprocess.run([sys.executable, "-m", "unionoffice", "bundle", "create",
                                "--period", "2026-10"], env=env, check=True,
                               capture_output=True, timeout=120)
                assert count(db, "SELECT count(*) FROM bundle_record") == 1
            assert [p.name for p in folder.glob("*.uob*")] == \
                [p.name for p in folder.glob("*_0001.uob.age")], f"seed {SEED}"
        elif operation == "backup":
            before = dump_ledger(db)
            killed = kill_at_random(env, ["backup", "create"], rng, base, tmp_path)
            assert_sound(env)
            assert dump_ledger(db) == before
            for copy in (Path(env["UNIONOFFICE_DATA_DIR"]) / "backups").glob("ledger-*.db"):
                assert count(copy, "SELECT count(*) FROM member") == members, f"seed {SEED}"
        else:
            killed = kill_at_random(env, ["members", "add", "--name", "张三", "--id-number",
                                          valid_id(seq=997)], rng, base, tmp_path)
            assert_sound(env)
            now = count(db, "SELECT count(*) FROM member")
            assert now in (members, members + 1)
            added = now - members
            assert count(db, "SELECT count(*) FROM audit_entry WHERE action = 'member.create' "
                             "AND after LIKE '%张三%'") == added
        killed_mid_way += killed
    assert killed_mid_way, f"seed {SEED}: every run finished before the kill"


def _read_only_folder(path: Path):
    """Make ``path`` read-only for this process: a read-only bind mount as root, else chmod."""
    if os.geteuid() != 0:
        path.chmod(0o555)
        return lambda: path.chmod(0o755)
    mount = path.with_name(path.name + "-ro")
    mount.mkdir()
    ok = subprocess.run(["mount", "--bind", str(path), str(mount)],
                        capture_output=True).returncode == 0 and subprocess.run(
        ["mount", "-o", "remount,bind,ro", str(mount)], capture_output=True).returncode == 0
    if not ok:
        subprocess.run(["umount", str(mount)], capture_output=True)
        pytest.skip("cannot make a read-only folder here (no bind mounts, running as root)")
    return mount


def test_a_read_only_ledger_folder_gets_a_clear_message_and_no_damage(isolated_env):
    uo(*INIT)
    uo("members", "add", "--name", "张三", "--id-number", valid_id(seq=11))
    before = dump_ledger(isolated_env / "ledger.db")
    target = _read_only_folder(isolated_env)
    folder = target if isinstance(target, Path) else isolated_env
    try:
        out = uo("--data-dir", str(folder), "members", "add", "--name", "李娜", "--id-number",
                 valid_id(seq=12), check_rc=1)
        assert "不能写入" in out.stderr and "账本未改动" in out.stderr
    finally:
        if isinstance(target, Path):
            subprocess.run(["umount", str(target)], check=True)
        else:
            target()
    assert dump_ledger(isolated_env / "ledger.db") == before
