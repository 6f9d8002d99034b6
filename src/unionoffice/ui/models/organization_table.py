"""The organizations list with member counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from unionoffice.browse import OrganizationListRow
from unionoffice.organizations import INDUSTRIES, kind_label
from unionoffice.ui.models.lazy_table import LazyTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganizationTableModel", text)


class OrganizationTableModel(LazyTableModel):
    def __init__(self, fetch, parent=None) -> None:
        super().__init__(fetch, parent)
        self.columns = [
            ("name", _tr("名称")),
            ("uscc", _tr("统一社会信用代码")),
            ("kind", _tr("类型")),
            ("industry", _tr("行业")),
            ("employees", _tr("职工数")),
            ("members", _tr("会员数")),
        ]

    def display(self, row: OrganizationListRow, key: str):
        if key == "kind":
            return kind_label(row.kind)
        if key == "industry":
            return INDUSTRIES.get(row.industry or "", "")
        if key == "uscc":
            return row.uscc or _tr("（无）")
        return getattr(row, key)
