"""Accounts and the audit log from the command line: a named operator, verify, list."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from tests.cli.test_cli import INIT, uo

PASSWORD = "龙潭2026!secret"


@pytest.fixture
def chair(isolated_env, monkeypatch):
    uo(*INIT)
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", PASSWORD)
    uo("operator", "add", "wang", "--name", "王主席", "--role", "chair")
    return isolated_env


def test_with_accounts_a_command_needs_a_named_operator_and_password(chair, monkeypatch):
    monkeypatch.delenv("UNIONOFFICE_OPERATOR")
    out = uo("members", "search", "zs", check_rc=1)
    assert "--operator" in out.stderr
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "wrong")
    out = uo("--operator", "wang", "members", "search", "zs", check_rc=1)
    assert "用户名或密码不对" in out.stderr
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", PASSWORD)
    uo("--operator", "wang", "operator", "add", "li", "--name", "李录入", "--role", "clerk")
    added = uo("--operator", "li", "members", "add", "--name", "张三", "--id-number",
               "11010519491231002X")
    assert added.stdout.strip()
    refused = uo("--operator", "li", "cases", "list", check_rc=1)
    assert "“录入员”不能查看调解案件" in refused.stderr
    listed = json.loads(uo("--operator", "wang", "operator", "list", "--json").stdout)
    assert [(o["username"], o["role"]) for o in listed] == [("li", "clerk"), ("wang", "chair")]
    con = sqlite3.connect(chair / "ledger.db")
    assert ("member.create", "li") in con.execute(
        "SELECT action, operator FROM audit_entry").fetchall()


def test_audit_verify_names_the_first_broken_entry(chair, monkeypatch):
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", PASSWORD)
    monkeypatch.setenv("UNIONOFFICE_OPERATOR", "wang")
    out = uo("audit", "verify")
    assert "操作日志完整" in out.stdout
    entries = json.loads(uo("audit", "list", "--json", "--action", "auth.").stdout)
    assert entries and {e["action"] for e in entries} == {"auth.login"}
    con = sqlite3.connect(chair / "ledger.db")
    con.execute("DROP TRIGGER audit_entry_no_update")
    con.execute("UPDATE audit_entry SET operator = '冒名' WHERE seq = 2")
    con.commit()
    con.close()
    out = uo("audit", "verify", check_rc=1)
    assert "第 2 条被改动或断链" in out.stderr and "此前 1 条完好" in out.stderr
    assert os.environ.get("UNIONOFFICE_NEW_PASSWORD") == PASSWORD


def test_privacy_report_correct_retention_and_purge(isolated_env, tmp_path):
    from tests.helpers import valid_id

    uo(*INIT)
    number = valid_id(seq=21)
    member_id = uo("members", "add", "--name", "张山", "--id-number", number, "--join-date",
                   "2010-01-01").stdout.strip()
    uo("privacy", "correct", number, "--name", "张三", "--reason", "本人要求更正")
    report = json.loads(uo("privacy", "report", number).stdout)
    assert report["members"][0]["name"] == "张三" and report["members"][0]["id"] == member_id
    out = uo("privacy", "retention", "former_members", "5")
    assert "former_members" in out.stdout and "5 年" in out.stdout
    assert "0" in uo("privacy", "purge", "--dry-run").stdout
    con = sqlite3.connect(isolated_env / "ledger.db")
    actions = [r[0] for r in con.execute("SELECT action FROM audit_entry")]
    assert {"privacy.correction", "privacy.report", "privacy.retention"} <= set(actions)
