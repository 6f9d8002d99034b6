"""The command line contract, driven as a user would: real processes, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import valid_id

INIT = ["init", "--office-code", "110101004", "--office-name", "东城区龙潭街道总工会",
        "--short-name", "龙潭", "--district-code", "110101", "--district-name", "东城区总工会"]


def uo(*args: str, check_rc: int | None = 0) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "unionoffice", *args], capture_output=True,
                          text=True, encoding="utf-8", env=os.environ.copy(), timeout=120)
    if check_rc is not None:
        assert proc.returncode == check_rc, proc.stderr
    return proc


def test_init_creates_ledger_and_key_then_refuses_a_second_time(isolated_env):
    out = uo(*INIT)
    assert (isolated_env / "ledger.db").exists()
    assert "已创建账本" in out.stdout and "签名密钥" in out.stdout
    assert "不安全" in out.stderr  # the explicitly chosen plaintext test backend is flagged
    again = uo(*INIT, check_rc=1)
    assert "已有账本" in again.stderr


def test_data_dir_option_wins_over_environment(isolated_env, tmp_path):
    other = tmp_path / "elsewhere"
    uo("--data-dir", str(other), *INIT)
    assert (other / "ledger.db").exists() and not (isolated_env / "ledger.db").exists()


def test_add_search_show(isolated_env):
    uo(*INIT)
    uo("demo", "--members", "80", "--seed", "4")
    number = valid_id(seq=321)
    member_id = uo("members", "add", "--name", "曾喆", "--id-number", number.lower(),
                   "--phone", "13812345678", "--join-date", "2024/3/1").stdout.strip()
    assert len(member_id) == 32

    found = json.loads(uo("members", "search", "zengz", "--json").stdout)
    assert [f["id"] for f in found] == [member_id]
    item = found[0]
    assert set(item) >= {"id", "name", "gender", "id_number", "phone", "organization", "status"}
    assert item["name"] == "曾喆" and item["status"] == "active"
    assert item["id_number"] == number[:6] + "********" + number[-4:]
    assert item["phone"] == "138****5678"
    assert number not in json.dumps(found)

    by_phone = json.loads(uo("members", "search", "5678", "--json").stdout)
    assert member_id in [f["id"] for f in by_phone]
    by_id = json.loads(uo("members", "search", number[-4:], "--json").stdout)
    assert member_id in [f["id"] for f in by_id]

    shown = json.loads(uo("members", "show", member_id, "--json").stdout)
    assert shown["join_date"] == "2024-03-01"
    assert [e["kind"] for e in shown["events"]] == ["join"]
    text = uo("members", "show", number).stdout
    assert "曾喆" in text and number not in text


def test_members_add_to_an_organization_by_name(isolated_env):
    uo("demo", "--members", "40", "--seed", "9")
    org = json.loads(uo("members", "search", "z", "--json", "--limit", "1").stdout)[0][
        "organization"]
    member_id = uo("members", "add", "--name", "李四", "--id-number", valid_id(seq=555),
                   "--org", org).stdout.strip()
    assert json.loads(uo("members", "show", member_id, "--json").stdout)["organization"] == org


def test_bad_id_number_is_refused_in_the_chosen_language(isolated_env):
    zh = uo("members", "add", "--name", "王五", "--id-number", "110105194912310021",
            check_rc=1)
    assert "证件号码" in zh.stderr and "校验位" in zh.stderr and "X" in zh.stderr
    en = uo("--lang", "en", "members", "add", "--name", "王五", "--id-number",
            "110105194912310021", check_rc=1)
    assert "ID number" in en.stderr and "check character" in en.stderr
    assert json.loads(uo("members", "search", "王五", "--json").stdout) == []


def test_unknown_org_and_member_are_refused(isolated_env):
    r = uo("members", "add", "--name", "王五", "--id-number", valid_id(), "--org", "没有这家",
           check_rc=1)
    assert "找不到单位" in r.stderr
    r = uo("members", "show", "0" * 32, check_rc=1)
    assert "找不到会员" in r.stderr


def test_usage_errors_exit_2(isolated_env):
    assert uo("members", "add", "--name", "x", check_rc=2).returncode == 2
    assert uo("no-such-command", check_rc=2).returncode == 2


def test_demo_refuses_a_filled_ledger(isolated_env):
    uo("demo", "--members", "60", "--seed", "3")
    r = uo("demo", "--members", "60", check_rc=1)
    assert "空账本" in r.stderr


def test_gui_without_a_display_says_so(isolated_env):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                            "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "unionoffice"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert proc.returncode == 1
    assert "没有可用的显示器" in proc.stderr


def test_a_second_program_on_the_same_ledger_gets_a_clear_message(isolated_env):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys, time
            from unionoffice.db.migrate import open_ledger
            from unionoffice.paths import resolve_data_dir
            with open_ledger(resolve_data_dir(None)):
                print("ready", flush=True)
                sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        assert holder.stdout.readline().strip() == "ready"
        r = uo("members", "search", "z", check_rc=1)
        assert "正被另一个" in r.stderr and str(holder.pid) in r.stderr
    finally:
        holder.communicate("\n", timeout=30)
    uo("members", "search", "z")  # free again


@pytest.mark.parametrize("bad", ["--members=-5"])
def test_bad_demo_size(isolated_env, bad):
    r = uo("demo", bad, check_rc=1)
    assert r.stderr


def test_cases_list_and_agreement(isolated_env, tmp_path):
    uo("demo", "--members", "1500", "--seed", "6")
    items = json.loads(uo("cases", "list", "--json").stdout)
    assert len(items) >= 12
    for key in ("case_number", "state", "received_on", "deadline", "applicants", "respondent",
                "claimed_fen", "agreed_fen"):
        assert key in items[0], key
    signed = next(i for i in items if i["state"] in ("signed", "effective", "performed"))
    pdf = tmp_path / "agreement.pdf"
    out = uo("cases", "agreement", signed["case_number"], "-o", str(pdf))
    assert out.stdout.strip() == str(pdf) and pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert signed["case_number"] in "".join(text.split())
    open_case = next(i for i in items if i["state"] == "mediating")
    refused = uo("cases", "agreement", open_case["case_number"], "-o", str(tmp_path / "x.pdf"),
                 check_rc=1)
    assert "没有调解协议" in refused.stderr and not (tmp_path / "x.pdf").exists()
    missing = uo("cases", "agreement", "（1999）无此号", "-o", str(tmp_path / "y.pdf"),
                 check_rc=1)
    assert "找不到调解案件" in missing.stderr
    only_open = json.loads(uo("cases", "list", "--open", "--json").stdout)
    assert {i["state"] for i in only_open}.isdisjoint({"closed", "rejected", "withdrawn"})


def test_contracts_list(isolated_env):
    uo("demo", "--members", "3000", "--seed", "2")
    items = json.loads(uo("contracts", "list", "--json").stdout)
    assert items and {"title", "state", "term_end", "covered_workers"} <= set(items[0])
    soon = json.loads(uo("contracts", "list", "--json", "--expiring", "90").stdout)
    assert all(i["state"] == "effective" and i["days_to_expiry"] <= 90 for i in soon)
    assert len(soon) < len(items)


def test_report_monthly_in_three_formats(isolated_env, tmp_path):
    import datetime as dt

    uo("demo", "--members", "1500", "--seed", "3")
    period = dt.date.today().strftime("%Y-%m")
    for suffix in ("json", "xlsx", "pdf"):
        target = tmp_path / f"report.{suffix}"
        assert uo("report", "monthly", "--period", period, "-o", str(target)).stdout.strip() \
            == str(target)
        assert target.stat().st_size > 500
    data = json.loads((tmp_path / "report.json").read_text("utf-8"))
    assert data["period"] == period and data["members"]["in_union"] > 0
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    bad = uo("report", "monthly", "--period", period, "-o", str(tmp_path / "r.doc"),
             check_rc=1)
    assert ".xlsx" in bad.stderr and not (tmp_path / "r.doc").exists()
    bad = uo("report", "monthly", "--period", "2026/10", "-o", str(tmp_path / "r.json"),
             check_rc=1)
    assert "年-月" in bad.stderr


def test_bundle_commands(isolated_env, tmp_path):
    from unionoffice.bundle.crypt import new_identity

    uo(*INIT)
    uo("demo", "--members", "200", "--seed", "2")
    refused = uo("bundle", "create", "--period", "2026-10", check_rc=1)
    assert "aggregates-only" in refused.stderr
    identity, recipient = new_identity()
    (tmp_path / "district.key").write_text(identity + "\n", "utf-8")
    uo("config", "set", "district-recipient", recipient)
    pub = uo("keys", "show").stdout
    assert pub.startswith("untrusted comment: minisign public key ") and len(
        pub.splitlines()) == 2
    (tmp_path / "office.pub").write_text(pub, "utf-8")
    path = uo("bundle", "create", "--period", "2026-10", "-o", str(tmp_path / "b")).stdout.strip()
    assert path.endswith("_2026-10_0001.uob.age")
    ok = uo("bundle", "verify", path, "--pubkey", str(tmp_path / "office.pub"), "--identity",
            str(tmp_path / "district.key"))
    assert "有效" in ok.stdout and "第 1 号" in ok.stdout
    rotated = uo("keys", "rotate").stdout
    assert "→" in rotated and uo("keys", "show").stdout != pub
    data = bytearray(Path(path).read_bytes())
    data[-10] ^= 1
    bad = tmp_path / "bad.uob.age"
    bad.write_bytes(bytes(data))
    refused = uo("bundle", "verify", str(bad), "--pubkey", str(tmp_path / "office.pub"),
                 "--identity", str(tmp_path / "district.key"), check_rc=1)
    assert "无法解密" in refused.stderr


def test_coverage_rule_is_configurable(isolated_env):
    uo("demo", "--members", "100", "--seed", "1")
    assert "each" in uo("config", "set", "coverage-rule", "each").stdout
    bad = uo("config", "set", "coverage-rule", "twice", check_rc=1)
    assert "once" in bad.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_setting_is_changed_and_audited_once_in_either_language(isolated_env, lang):
    """The message is rendered in the chosen language only: the service behind it runs once."""
    import sqlite3

    uo(*INIT)
    out = uo("--lang", lang, "config", "set", "district-url", "https://qu.example.cn/intake/")
    assert "https://qu.example.cn/intake" in out.stdout
    con = sqlite3.connect(isolated_env / "ledger.db")
    try:
        rows = con.execute("SELECT count(*) FROM audit_entry "
                           "WHERE action = 'settings.district_url'").fetchone()[0]
    finally:
        con.close()
    assert rows == 1


def test_the_parser_is_built_from_the_commands_registrations():
    from unionoffice.cli import build_parser, registry

    parser = build_parser()
    for cmd in registry.COMMANDS:
        argv = [cmd.name] if cmd.group is None else [cmd.group, cmd.name]
        argv += [(a.options.get("choices") or ["x"])[0] for a in cmd.args
                 if not a.names[0].startswith("-") and a.options.get("nargs") not in ("?", "*")]
        for a in cmd.args:
            if a.options.get("required"):
                argv += [a.names[-1], str((a.options.get("choices") or [1])[0])]
        args = parser.parse_args(argv)
        assert args.run is cmd
