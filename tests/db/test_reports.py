"""Monthly indicators against hand-counted fixtures (design.md §6)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from openpyxl import load_workbook

from tests.helpers import valid_id
from unionoffice.common.validation import make_id_number, make_uscc
from unionoffice.contracts.service import (
    ContractInput,
    approve_contract,
    contract_takes_effect,
    file_contract,
    register_contract,
    sign_contract,
)
from unionoffice.db.engine import write_session
from unionoffice.demo.generate import ensure_office
from unionoffice.errors import ValidationFailed
from unionoffice.mediation.service import (
    ApplicantInput,
    CaseInput,
    TermInput,
    accept_case,
    agreement_takes_effect,
    record_agreement,
    record_payment,
    record_session,
    register_case,
)
from unionoffice.members import events
from unionoffice.members.service import MemberInput, add_member
from unionoffice.organizations.service import OrganizationInput, add_organization
from unionoffice.reports import monthly as reports

D = dt.date


@pytest.fixture
def ledger_oct(engine):
    """A small ledger whose October 2026 figures are counted by hand below."""
    with write_session(engine) as s:
        ensure_office(s)
    a = add_organization(engine, OrganizationInput(name="甲公司", uscc=make_uscc(
        "91110101000000100"), employees=100, female_employees=40, founded_on="2026-10-08"))
    b = add_organization(engine, OrganizationInput(name="乙公司", uscc=make_uscc(
        "91110101000000200"), employees=50, founded_on="2015-01-01"))
    young = make_id_number("110101", D(1995, 1, 1), 12)       # 31 in Oct 2026, female
    old = make_id_number("110101", D(1970, 1, 1), 13)         # 56, male
    m1 = add_member(engine, MemberInput(name="张一", id_number=young, organization_id=a,
                                        migrant_worker=True, new_form_group="快递员"),
                    join_date="2026-10-05")
    # Entered in November but dated 31 October: an October join.
    add_member(engine, MemberInput(name="张二", id_number=old, organization_id=a),
                    join_date="2026-10-31")
    # 转入 in October: not a new member.
    add_member(engine, MemberInput(name="张三", id_number=valid_id(seq=21),
                                        organization_id=b), join_date="2026-10-10",
                    transfer_in_from="外区工会", original_join_date="2010-01-01")
    # Joined in September, retained in October, so a stock but not a flow of October.
    m4 = add_member(engine, MemberInput(name="张四", id_number=valid_id(seq=23),
                                        organization_id=b), join_date="2026-09-01")
    events.retain_membership(engine, m4, "2026-10-15")
    # Joined earlier, left in October.
    m5 = add_member(engine, MemberInput(name="张五", id_number=valid_id(seq=25)),
                    join_date="2020-01-01")
    events.leave_union(engine, m5, "2026-10-20", "5")
    # Joined in November: not in October at all.
    add_member(engine, MemberInput(name="张六", id_number=valid_id(seq=27)),
               join_date="2026-11-02")
    # Internal transfer in October: one 转出 and one 转入.
    events.transfer_member(engine, m1, b, "2026-10-25")
    # A case accepted and mediated to an agreement in October, paid partly in November.
    case_id = register_case(engine, CaseInput(
        received_on="2026-10-08", applicants=[ApplicantInput(
            name="张一", id_number=young, member_id=m1)], respondent_name="甲公司",
        claimed_amount="10000"))
    accept_case(engine, case_id, "2026-10-09")
    record_session(engine, case_id, "2026-10-12", "")
    record_agreement(engine, case_id, [TermInput(
        "支付工资", "8000", "2026-11-30", "转账")], "2026-10-14")
    agreement_takes_effect(engine, case_id, "2026-10-14")
    record_payment(engine, case_id, "3000", "2026-10-30")
    record_payment(engine, case_id, "5000", "2026-11-05")
    # A case received in October still being mediated at month end, past its 15 days.
    late = register_case(engine, CaseInput(
        received_on="2026-10-02", applicants=[ApplicantInput(name=f"工人{i}",
                                                                     representative=i == 0)
                                              for i in range(12)],
        respondent_name="乙公司", claimed_amount="50000"))
    accept_case(engine, late, "2026-10-03")
    # A contract in force from October covering 甲公司.
    contract = register_contract(engine, ContractInput(
        title="甲公司工资专项集体合同", contract_type="wage", organization_id=a,
        covered_workers=100, covered_female_workers=40), on="2026-08-01")
    approve_contract(engine, contract, "2026-08-20", total=30, present=25, yes=20)
    sign_contract(engine, contract, "2026-09-01", term_start="2026-10-01",
                     term_end="2027-09-30")
    file_contract(engine, contract, "2026-09-05")
    contract_takes_effect(engine, contract, "2026-10-01")
    return engine


def test_member_flows_and_stocks(ledger_oct):
    m = reports.monthly_report(ledger_oct, "2026-10").members
    assert m["joined"] == 2                     # 张一, 张二 (dated 31 Oct); not 转入, not Nov
    assert m["joined_female"] == 1 and m["joined_migrant"] == 1
    assert m["joined_new_forms"]["快递员"] == 1 and m["joined_new_forms_total"] == 1
    assert m["joined_under_35"] == 1
    assert m["transferred_in"] == 2             # 张三 from outside, 张一 inside the ledger
    assert m["transferred_out"] == 1 and m["left"] == 1 and m["expelled"] == 0
    assert m["in_union"] == 3                   # 张一, 张二, 张三 (张四 retained, 张五 left)
    assert m["retained"] == 1


def test_september_does_not_see_october(ledger_oct):
    m = reports.monthly_report(ledger_oct, "2026-09").members
    assert m["joined"] == 1 and m["in_union"] == 2  # 张四 (and 张五 from 2020)
    assert m["retained"] == 0


def test_organizations_contracts_and_disputes(ledger_oct):
    r = reports.monthly_report(ledger_oct, "2026-10")
    assert r.organizations == {"new_unions": 1}
    c = r.contracts
    assert c["in_force"] == 1 and c["new_by_type"]["wage"] == 1
    assert (c["covered_enterprises"], c["covered_workers"], c["covered_female_workers"]) == (
        1, 100, 40)
    assert (c["wage_contracts"], c["wage_covered_workers"]) == (1, 100)
    assert c["signing_rate"] == 0.5             # 甲 of 甲, 乙
    d = r.disputes
    assert (d["accepted"], d["resolved"], d["failed"]) == (2, 1, 0)
    assert d["pending"] == 1 and d["overdue"] == 1
    assert d["claimed_fen"] == 6_000_000 and d["agreed_fen"] == 800_000
    assert d["paid_fen"] == 300_000             # November's 5,000 belongs to November
    assert d["collective"] == 1 and d["new_forms"] == 1
    nov = reports.monthly_report(ledger_oct, "2026-11").disputes
    assert nov["paid_fen"] == 500_000 and nov["accepted"] == 0


def test_bad_period_is_refused():
    with pytest.raises(ValidationFailed) as exc:
        reports.month_bounds("2026-13")
    assert exc.value.problems[0].code == "period.format"


def test_json_keys_are_stable_and_documented(ledger_oct):
    from pathlib import Path

    data = reports.monthly_report(ledger_oct, "2026-10").to_json()
    doc = (Path(__file__).parents[2] / "docs" / "report-keys.md").read_text("utf-8")
    for section in ("organizations", "members", "contracts", "disputes"):
        for key in data[section]:
            assert f"`{section}.{key}`" in doc, f"{section}.{key} not documented"
    json.dumps(data, ensure_ascii=False)


def test_xlsx_holds_numbers_as_numbers(ledger_oct):
    from unionoffice.reports.xlsx import report_xlsx

    book = load_workbook(io.BytesIO(report_xlsx(reports.monthly_report(ledger_oct, "2026-10"),
                                                "龙潭")))
    assert book.sheetnames == ["建会", "会员", "集体合同", "劳动争议调解", "指标说明"]
    rows = {r[0]: r[1] for r in book["会员"].iter_rows(min_row=3, values_only=True)}
    assert rows["新发展会员（入会）"] == 2 and isinstance(rows["新发展会员（入会）"], int)
    money = {r[0]: r[1] for r in book["劳动争议调解"].iter_rows(min_row=3, values_only=True)}
    assert money["履行金额（元）"] == 3000.0


def test_pdf_report_embeds_its_fonts_and_holds_the_figures(ledger_oct, tmp_path):
    import subprocess

    from unionoffice.reports.pdf import report_pdf

    path = tmp_path / "r.pdf"
    path.write_bytes(report_pdf(reports.monthly_report(ledger_oct, "2026-10"), "龙潭街道总工会",
                                reports.monthly_trend(ledger_oct, "2026-10")))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])
    text = "".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                  text=True).stdout.split())
    for expected in ["2026年10月工作统计", "新发展会员（入会）", "签订率", "50.0%", "注1"]:
        assert expected in text, expected


def test_trend_counts_each_month(ledger_oct):
    trend = dict((p, (j, a)) for p, j, a in reports.monthly_trend(ledger_oct, "2026-11", 3))
    assert trend == {"2026-09": (1, 0), "2026-10": (2, 2), "2026-11": (1, 0)}
