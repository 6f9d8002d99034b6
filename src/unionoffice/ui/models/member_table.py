"""The members list: masked ID and phone, status and organization."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from unionoffice.common.validation import gender_label, mask_id_number, mask_phone
from unionoffice.members import rules as membership
from unionoffice.members.queries import MemberListRow
from unionoffice.ui.models.lazy_table import LazyTableModel


class MemberTableModel(LazyTableModel):
    def __init__(self, fetch, tasks, parent=None) -> None:
        super().__init__(fetch, tasks, parent)
        self.columns = [
            ("name", QCoreApplication.translate("MemberTableModel", "姓名")),
            ("gender", QCoreApplication.translate("MemberTableModel", "性别")),
            ("id_number", QCoreApplication.translate("MemberTableModel", "证件号码")),
            ("phone", QCoreApplication.translate("MemberTableModel", "手机号码")),
            ("organization", QCoreApplication.translate("MemberTableModel", "工作单位")),
            ("status", QCoreApplication.translate("MemberTableModel", "会籍状态")),
            ("join_date", QCoreApplication.translate("MemberTableModel", "入会日期")),
            ("new_form_group", QCoreApplication.translate("MemberTableModel", "新就业形态")),
        ]

    def display(self, row: MemberListRow, key: str):
        if key == "gender":
            return gender_label(row.gender)
        if key == "id_number":
            return mask_id_number(row.id_number)
        if key == "phone":
            return mask_phone(row.phone)
        if key == "status":
            return membership.status_label(row.status)
        if key == "join_date":
            return row.join_date.isoformat() if row.join_date else ""
        return getattr(row, key) or ""
