"""The one message catalog: both languages, the same placeholders, every key the code uses.

A missing translation or a parameter that does not fit its template would show the user a
raw key or an unfilled "{value}"; these tests find them before that.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import unionoffice
from unionoffice import i18n
from unionoffice.i18n import catalog

SRC = Path(unionoffice.__file__).parent
CJK = re.compile(r"[\u3400-\u9fff]")
ERROR_TYPES = {"LedgerError", "NotFound", "RuleViolation", "LedgerUnavailable", "KeyringError",
               "AccessDenied"}


def test_both_languages_have_the_same_keys_and_placeholders():
    zh, en = catalog.messages("zh"), catalog.messages("en")
    assert set(zh) == set(en), set(zh) ^ set(en)
    for key in zh:
        assert zh[key].strip() and en[key].strip(), key
        assert catalog.placeholders(zh[key]) == catalog.placeholders(en[key]), key


def test_english_texts_are_english():
    # A Chinese term may be quoted where the office uses it (a date typed as 2024年1月1日).
    for key, text in catalog.messages("en").items():
        assert len(CJK.findall(text)) <= len(text) // 5, f"{key}: {text}"


def _calls():
    """(path, line, kind, key, keyword names or None, field) of every message the code names."""
    for path in sorted(SRC.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            for k in node.keywords:  # field="notes" given to a validator names a label too
                if k.arg == "field" and isinstance(k.value, ast.Constant) and name != "Field":
                    yield (f"{path.relative_to(SRC)}:{node.lineno}", "field", None, None,
                           k.value.value)
            args = node.args
            if not args or not isinstance(args[0], ast.Constant) or not isinstance(
                    args[0].value, str):
                continue
            key = args[0].value
            spread = any(k.arg is None for k in node.keywords)
            keywords = None if spread else {k.arg for k in node.keywords}
            where = f"{path.relative_to(SRC)}:{node.lineno}"
            if name == "t":
                yield where, "t", key, keywords, None
            elif name in ERROR_TYPES:
                field = args[1].value if len(args) > 1 and isinstance(args[1], ast.Constant) \
                    else None
                yield where, "error", key, keywords and keywords - {"field"}, field
            elif name == "Problem":
                field = args[1].value if len(args) > 1 and isinstance(args[1], ast.Constant) \
                    else None
                params = None
                if len(args) > 2 and isinstance(args[2], ast.Dict):
                    params = {k.value for k in args[2].keys if isinstance(k, ast.Constant)}
                elif len(args) <= 2 and not node.keywords:
                    params = set()
                yield where, "problem", key, params, field


CALLS = list(_calls())


def test_the_scan_finds_the_code_s_messages():
    kinds = {kind for _, kind, _, _, _ in CALLS}
    assert kinds == {"t", "error", "problem", "field"} and len(CALLS) > 300


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_message_the_code_names_exists_with_its_parameters(lang):
    messages = catalog.messages(lang)
    wrong = []
    for where, _kind, key, params, field in CALLS:
        if key is None:
            if f"field.{field}" not in messages:
                wrong.append(f"{where}: field {field!r} has no label")
            continue
        if key not in messages:
            wrong.append(f"{where}: no message {key!r}")
            continue
        if params is not None and params != catalog.placeholders(messages[key]):
            wrong.append(f"{where}: {key!r} is given {sorted(params)}, its text wants "
                         f"{sorted(catalog.placeholders(messages[key]))}")
        if field and f"field.{field}" not in messages:
            wrong.append(f"{where}: field {field!r} has no label")
    assert not wrong, "\n".join(wrong)


def test_labels_named_by_data_exist():
    """Labels the code builds from data (``case.state.<state>``) exist for every value."""
    from unionoffice.accounts import permissions
    from unionoffice.audit import labels as audit_labels
    from unionoffice.backup import copies
    from unionoffice.bundle import outbox
    from unionoffice.contracts import clocks as contract_clocks
    from unionoffice.contracts import rules as contract_rules
    from unionoffice.mediation import clocks as mediation_clocks
    from unionoffice.mediation import rules as mediation
    from unionoffice.members import rules as membership
    from unionoffice.members.roster.columns import FIELDS
    from unionoffice.organizations import service as organizations

    wanted = []
    for lifecycle in (mediation.CASES, contract_rules.CONTRACTS):
        wanted += [f"{lifecycle.kind}.state.{s}" for s in lifecycle.states]
        wanted += [f"{lifecycle.kind}.action.{a}" for a in lifecycle.actions]
        wanted += [a.note for a in lifecycle.actions.values() if a.note]
        wanted.append(f"field.{lifecycle.kind}")
    wanted += [f"case.channel.{c}" for c in mediation.CHANNELS]
    wanted += [f"case.referral.{r}" for r in mediation.REFERRALS]
    wanted += [f"case.category.{c}" for c in mediation.CATEGORIES]
    wanted += [f"contract.type.{k}" for k in contract_rules.TYPES]
    wanted += [f"contract.type_short.{k}" for k in contract_rules.TYPES]
    wanted += [f"contract.scope.{k}" for k in contract_rules.SCOPES]
    wanted += [f"contract.coverage_rule.{k}" for k in contract_rules.COVERAGE_RULES]
    for rules in (mediation_clocks.RULES, contract_clocks.RULES):
        wanted += [f"clock.{r}.{part}" for r in rules for part in ("name", "basis")]
    wanted += [f"member.event.{k}" for k in membership.EVENT_KINDS]
    wanted += [f"member.status.{k}" for k in membership.STATUSES]
    wanted += [f"member.reason.{k}" for k in membership.REASONS]
    wanted += [f"role.{r}" for r in permissions.ROLES]
    wanted += [f"permission.{p}" for p in permissions.PERMISSIONS]
    wanted += [f"audit.group.{g}" for g in audit_labels.GROUPS]
    wanted += [f"org.kind.{k}" for k in organizations.KINDS]
    wanted += [f"org.unit_category.{k}" for k in organizations.UNIT_CATEGORIES]
    wanted += [f"backup.reason.{k}" for k in copies.REASONS]
    wanted += [f"outbox.state.{s}" for s in outbox.STATES]
    wanted += [f"roster.field.{f.key}" for f in FIELDS]
    messages = catalog.messages("zh")
    assert [k for k in wanted if k not in messages] == []


def test_a_message_is_rendered_in_the_chosen_language_only():
    assert "9位" in i18n.t("office.code", value="1")
    i18n.set_language("en")
    assert "9 digits" in i18n.t("office.code", value="1")
    assert i18n.render("office.code", {"value": "1"}, "zh").startswith("街道代码")


def test_a_missing_key_or_parameter_is_logged_not_raised(caplog):
    assert i18n.t("no.such.message") == "no.such.message"
    assert "{value}" in i18n.t("office.code")
    assert "missing from the zh catalog" in caplog.text and "do not fit" in caplog.text


def test_chinese_texts_are_chinese():
    for key, text in catalog.messages("zh").items():
        bare = re.sub(r"\{[^}]*\}", "", text)
        if re.search(r"[A-Za-z]{4,}", bare) and not CJK.search(bare):
            pytest.fail(f"{key}: {text}")
