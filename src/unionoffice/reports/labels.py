"""Chinese labels of the monthly indicators, in the order the district's form lists them."""

from __future__ import annotations

from unionoffice.contracts import rules as contract_rules
from unionoffice.i18n import render

SECTIONS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("organizations", "建会", [("new_unions", "新建工会组织数")]),
    ("members", "会员", [
        ("in_union", "月末在会会员"), ("retained", "保留会籍"), ("joined", "新发展会员（入会）"),
        ("joined_female", "　其中：女性"), ("joined_migrant", "　　　　农民工"),
        ("joined_new_forms_total", "　　　　新就业形态劳动者"),
        ("joined_under_35", "　　　　35岁以下"), ("transferred_in", "转入"),
        ("transferred_out", "转出"), ("left", "退会"), ("expelled", "除名"),
    ]),
    ("contracts", "集体合同", [
        ("in_force", "月末有效集体合同"), ("covered_enterprises", "覆盖企业数"),
        ("covered_workers", "覆盖职工数"), ("covered_female_workers", "　其中：女职工"),
        ("wage_contracts", "工资专项集体合同"), ("wage_covered_enterprises", "　覆盖企业数"),
        ("wage_covered_workers", "　覆盖职工数"), ("signing_rate", "签订率"),
    ]),
    ("disputes", "劳动争议调解", [
        ("accepted", "受理"), ("resolved", "调解成功"), ("failed", "调解不成"),
        ("pending", "月末未结"), ("overdue", "　其中：逾期"), ("collective", "集体争议"),
        ("new_forms", "新就业形态劳动者案件"), ("claimed_fen", "涉及金额（元）"),
        ("agreed_fen", "协议金额（元）"), ("paid_fen", "履行金额（元）"),
    ]),
]
# Reports are printed in Chinese whatever the window's language.
TYPE_LABELS = {k: render(f"contract.type.{k}", {}, "zh") for k in contract_rules.TYPES}


def display_value(key: str, value: object) -> object:
    """Amounts in fen are shown in yuan; the signing rate as a percentage."""
    if key.endswith("_fen"):
        return round(value / 100, 2)
    return value
