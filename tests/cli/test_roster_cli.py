"""Rosters through the command line, as a clerk's script would use it: real processes, files."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import openpyxl

from tests.cli.test_cli import INIT, uo
from tests.helpers import dump_ledger, valid_id
from tests.roster_files import HEADER, write_xlsx

ORG = "北京华信商贸有限公司"
A, B = valid_id(seq=123), valid_id(seq=124)


def setup_ledger() -> None:
    uo(*INIT)


def roster(tmp_path, rows=None):
    return write_xlsx(tmp_path / "花名册.xlsx", [HEADER] + (rows or [
        ["张三", A, "13812345678", "", "2024-05-01"],
        ["李娜", B, "", "", "2024-05-01"],
        ["王五", "123", "", "", "2024-05-01"]]))


def test_import_json_prints_exactly_the_counts_and_commits(isolated_env, tmp_path):
    setup_ledger()
    out = uo("members", "import", str(roster(tmp_path)), "--json")
    assert json.loads(out.stdout) == {"rows": 3, "imported": 2, "updated": 0, "unchanged": 0,
                                      "rejected": 1, "warnings": 2}
    found = json.loads(uo("members", "search", "zs", "--json").stdout)
    assert [m["name"] for m in found] == ["张三"]


def test_dry_run_with_errors_workbook_changes_nothing(isolated_env, tmp_path):
    setup_ledger()
    before = dump_ledger(isolated_env / "ledger.db")
    out = uo("members", "import", str(roster(tmp_path)), "--dry-run", "--errors",
             str(tmp_path / "问题.xlsx"))
    assert "数据行 3：新增 2，更新 0，无变化 0，未导入 1" in out.stdout
    assert "第 4 行 身份证号码（错误）" in out.stdout and "预检" in out.stdout
    assert dump_ledger(isolated_env / "ledger.db") == before
    sheet = openpyxl.load_workbook(tmp_path / "问题.xlsx")["问题清单"]
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [2, 3, 4]


def test_default_org_and_join_date_options(isolated_env, tmp_path):
    setup_ledger()
    uo("members", "add", "--name", "占位", "--id-number", valid_id(seq=999))  # ledger not empty
    path = write_xlsx(tmp_path / "r.xlsx", [["姓名", "身份证号码"], ["张三", A]])
    refused = json.loads(uo("members", "import", str(path), "--json").stdout)
    assert refused["rejected"] == 1
    out = uo("members", "import", str(path), "--json", "--join-date", "2024-05-01",
             "--org", "北京新单位", check_rc=1)
    assert "找不到单位" in out.stderr
    ok = json.loads(uo("members", "import", str(path), "--json", "--join-date",
                       "2024-05-01").stdout)
    assert ok["imported"] == 1
    shown = json.loads(uo("members", "show", A, "--json").stdout)
    assert shown["join_date"] == "2024-05-01"


def test_an_unreadable_file_exits_1_with_a_message_in_chinese(isolated_env, tmp_path):
    setup_ledger()
    (tmp_path / "坏.xlsx").write_bytes(b"PK\x03\x04broken")
    out = uo("members", "import", str(tmp_path / "坏.xlsx"), check_rc=1)
    assert "无法读取“坏.xlsx”" in out.stderr and "账本未改动" in out.stderr
    out = uo("members", "import", str(tmp_path / "none.xlsx"), check_rc=1)
    assert "找不到文件" in out.stderr


def test_template_then_export_masked_and_full(isolated_env, tmp_path):
    uo("members", "template", str(tmp_path / "模板.xlsx"))
    book = openpyxl.load_workbook(tmp_path / "模板.xlsx")
    assert book.sheetnames == ["会员花名册", "填写说明"]
    headers = [c.value for c in book["会员花名册"][1]]
    assert headers[:4] == ["姓名", "性别", "民族", "身份证号码"]
    assert book["会员花名册"]["D2"].number_format == "@"  # ID column is text

    setup_ledger()
    uo("members", "import", str(roster(tmp_path)))
    out = uo("members", "export", str(tmp_path / "名册.xlsx"))
    assert "已导出 2 名会员" in out.stdout and "已遮盖" in out.stdout
    rows = list(openpyxl.load_workbook(tmp_path / "名册.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:4] == ("姓名", "性别", "民族", "身份证号码")
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["张三"][3] == A[:6] + "********" + A[-4:]
    assert by_name["张三"][5] == "138****5678"
    uo("members", "export", str(tmp_path / "全.xlsx"), "--full-id")
    full = {r[0]: r for r in openpyxl.load_workbook(tmp_path / "全.xlsx").active.iter_rows(
        values_only=True)}
    assert full["张三"][3] == A and full["张三"][5] == "13812345678"
    con = sqlite3.connect(isolated_env / "ledger.db")
    exports = [json.loads(a) for (a,) in con.execute(
        "SELECT after FROM audit_entry WHERE action = 'member.export' ORDER BY seq")]
    assert [(e["rows"], e["full_id"]) for e in exports] == [(2, False), (2, True)]
    # The full export goes back in unchanged: same columns, nothing new.
    again = json.loads(uo("members", "import", str(tmp_path / "全.xlsx"), "--json").stdout)
    assert again == {"rows": 2, "imported": 0, "updated": 0, "unchanged": 2, "rejected": 0,
                     "warnings": 2}


def test_a_killed_import_leaves_the_ledger_as_it_was(isolated_env, tmp_path):
    setup_ledger()
    rows = [["会员", valid_id(birth=dt.date(1970, 1, 1) + dt.timedelta(days=n // 400),
                            seq=n % 400 * 2 + 1), "", "", "2024-05-01"] for n in range(60_000)]
    path = write_xlsx(tmp_path / "big.xlsx", [HEADER] + rows)
    ledger = isolated_env / "ledger.db"
    before = dump_ledger(ledger)
    wal = ledger.with_name("ledger.db-wal")
    wal_before = wal.stat().st_size if wal.exists() else 0
    proc = subprocess.Popen([sys.executable, "-m", "unionoffice", "members", "import", str(path)],
                            env=os.environ.copy(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    # Kill it once the write transaction is under way (the WAL grows by a few MB).
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > wal_before + 2_000_000:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    assert dump_ledger(ledger) == before
    con = sqlite3.connect(ledger)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM member").fetchone() == (0,)
