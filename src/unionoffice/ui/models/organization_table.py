"""The organizations list with member counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from unionoffice.organizations.queries import OrganizationListRow
from unionoffice.organizations.service import INDUSTRIES, kind_label
from unionoffice.ui.models.lazy_table import LazyTableModel


class OrganizationTableModel(LazyTableModel):
    def __init__(self, fetch, tasks, parent=None) -> None:
        super().__init__(fetch, tasks, parent)
        self.columns = [
            ("name", QCoreApplication.translate("OrganizationTableModel", "名称")),
            ("uscc", QCoreApplication.translate("OrganizationTableModel", "统一社会信用代码")),
            ("kind", QCoreApplication.translate("OrganizationTableModel", "类型")),
            ("industry", QCoreApplication.translate("OrganizationTableModel", "行业")),
            ("employees", QCoreApplication.translate("OrganizationTableModel", "职工数")),
            ("members", QCoreApplication.translate("OrganizationTableModel", "会员数")),
        ]

    def display(self, row: OrganizationListRow, key: str):
        if key == "kind":
            return kind_label(row.kind)
        if key == "industry":
            return INDUSTRIES.get(row.industry or "", "")
        if key == "uscc":
            return row.uscc or QCoreApplication.translate("OrganizationTableModel", "（无）")
        return getattr(row, key)
