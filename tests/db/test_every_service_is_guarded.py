"""Every public write service of the core refuses a role that may not use it.

The test walks the core's modules, finds every public function that takes the ledger (its
engine, or the ``Ledger``) first, and calls each one as every role its permission leaves out
(and as nobody signed in), with a ledger that has accounts. Each call must be refused with
AccessDenied before it touches anything: the ledger is compared row by row afterwards. A new
service that forgets its permission fails here; a new read that every role may use is added
to ``READS`` (the test checks that it opens no write transaction).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import unionoffice
from tests.helpers import dump_ledger
from unionoffice.accounts import operators, permissions
from unionoffice.accounts.permissions import AccessDenied, Actor

# Not part of the office's core: the window, the command line (it calls these services), the
# district's own store (its staff accounts are another issue), the tables and migrations.
OUTSIDE_CORE = ("unionoffice.ui", "unionoffice.cli", "unionoffice.district", "unionoffice.db",
                "unionoffice.__main__", "unionoffice.self_test", "unionoffice.launcher")

# Reads every role may use (figures, lists of members and contracts, the office's settings).
READS = {
    "ack_required", "bundle_history", "bundle_for_file", "coverage_on", "coverage_rule",
    "coverage_series", "dashboard_trend", "district_url", "due_uploads", "expired",
    "get_office", "ledger_summary", "list_contracts", "contract_detail", "contract_reminders",
    "list_operators", "member_counts", "member_detail", "member_rowids", "member_rows",
    "monthly_report", "monthly_trend", "organization_choices", "organization_detail",
    "organization_rowids", "organization_rows", "receipt_key_text", "retention_settings",
}
# Services anyone may call, and why.
OPEN = {
    "authenticate": "signing in is how a role is obtained",
    "record_sign_out": "signing out needs no right",
    "change_password": "one's own password needs none (anyone else's: operators.manage, "
                       "tested in test_access.py)",
    "refresh_mode": "looks whether the ledger has accounts",
    "accounts_enabled": "looks whether the ledger has accounts",
    "allowed": "the check itself",
    "require": "the check itself",
}


def core_services():
    """(qualified name, function) of every public ledger-first function of the core."""
    found = {}
    for info in pkgutil.walk_packages(unionoffice.__path__, "unionoffice."):
        if info.name.startswith(OUTSIDE_CORE):
            continue
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if fn.__module__ != module.__name__ and not hasattr(fn, "permission"):
                continue  # imported from elsewhere; walked where it is defined
            params = list(inspect.signature(fn).parameters)
            if params and params[0] in ("engine", "ledger"):
                found.setdefault(fn, f"{module.__name__}.{name}")
    return sorted(((qualified, fn) for fn, qualified in found.items()), key=lambda p: p[0])


SERVICES = core_services()


def test_the_walk_finds_the_services():
    names = {q.rsplit(".", 1)[1] for q, _ in SERVICES}
    # The five case steps that once ran unchecked, and services of every area.
    assert {"reject_case", "fail_mediation", "withdraw_case", "close_case", "mark_overdue",
            "add_member", "register_contract", "create_bundle", "restore_ledger",
            "correct_member_data", "set_district_url", "generate_demo"} <= names
    assert len(SERVICES) > 60


def test_each_service_is_guarded_or_a_declared_read():
    unguarded = []
    for qualified, fn in SERVICES:
        name = qualified.rsplit(".", 1)[1]
        if hasattr(fn, "permission") or name in OPEN:
            continue
        if name in READS:
            source = inspect.getsource(fn)
            assert "write_session" not in source, f"{qualified} writes but is listed as a read"
            continue
        unguarded.append(qualified)
    assert unguarded == []


@pytest.fixture
def guarded_ledger(ledger):
    """A ledger with accounts (a chair), nobody signed in."""
    operators.create_operator(ledger.engine, "wang", "王主席", permissions.CHAIR,
                              "龙潭2026!secret")
    permissions.sign_out()
    return ledger


def _call(fn, ledger):
    params = inspect.signature(fn).parameters
    first = ledger if next(iter(params)) == "ledger" else ledger.engine
    required = [p for p in list(params.values())[1:]
                if p.default is inspect.Parameter.empty
                and p.kind in (p.POSITIONAL_OR_KEYWORD, p.POSITIONAL_ONLY)]
    keywords = {p.name: None for p in params.values()
                if p.kind == p.KEYWORD_ONLY and p.default is inspect.Parameter.empty}
    return fn(first, *[None] * len(required), **keywords)


def test_every_guarded_service_refuses_every_role_without_its_permission(guarded_ledger):
    before = dump_ledger(guarded_ledger.paths.ledger)
    refused = 0
    for qualified, fn in SERVICES:
        permission = getattr(fn, "permission", None)
        if permission is None:
            continue
        outsiders = [None] + [r for r in permissions.ROLES
                              if r not in permissions.PERMISSIONS[permission]]
        for role in outsiders:
            if role is None:
                permissions.sign_out()
            else:
                permissions.sign_in(Actor("tester", "测试", role))
            with pytest.raises(AccessDenied) as caught:
                _call(fn, guarded_ledger)
            assert caught.value.code == ("access.sign_in" if role is None else "access.denied"), \
                qualified
            refused += 1
    permissions.sign_out()
    assert dump_ledger(guarded_ledger.paths.ledger) == before
    assert refused > 100


@pytest.mark.parametrize("step", ["reject_case", "fail_mediation", "withdraw_case",
                                  "close_case", "mark_overdue"])
def test_a_clerk_cannot_take_the_case_steps_that_once_ran_unchecked(guarded_ledger, step):
    from unionoffice.mediation import service

    permissions.sign_in(Actor("li", "李录入", permissions.CLERK))
    with pytest.raises(AccessDenied) as caught:
        getattr(service, step)(guarded_ledger.engine, "no-such-case", "2026-11-20",
                               note="理由")
    assert "调解员" in str(caught.value) and "录入员" in str(caught.value)
