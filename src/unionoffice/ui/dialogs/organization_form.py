"""The organization form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionoffice.common.validation import normalize_uscc
from unionoffice.errors import ValidationFailed
from unionoffice.organizations import service as organizations
from unionoffice.organizations.queries import organization_detail
from unionoffice.organizations.service import INDUSTRIES, KINDS, UNIT_CATEGORIES, OrganizationInput
from unionoffice.ui.changes import ORGANIZATIONS
from unionoffice.ui.ops import QueryOp
from unionoffice.ui.widgets.form import (
    FieldRow,
    SavingForm,
    fill_combo,
    save_cancel_buttons,
)


class OrganizationForm(SavingForm, QDialog):
    saved = Signal(str)

    def __init__(self, engine, tasks, org_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks, self.org_id = engine, tasks, org_id
        self.setWindowTitle(self.tr("新增单位") if org_id is None else self.tr("单位信息"))
        self.setMinimumWidth(560)
        self.rows: dict[str, FieldRow] = {}
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.uscc = QLineEdit(self)
        self.uscc.setPlaceholderText(self.tr("18位统一社会信用代码"))
        self.uscc_reason = QLineEdit(self)
        self.uscc_reason.setPlaceholderText(self.tr("无代码时填写原因，如：个体户未办理"))
        self.kind = QComboBox(self)
        fill_combo(self.kind, [(k, organizations.kind_label(k)) for k in KINDS], "single")
        self.category = QComboBox(self)
        fill_combo(self.category, [(k, organizations.unit_category_label(k))
                                   for k in UNIT_CATEGORIES],
                   "enterprise")
        self.industry = QComboBox(self)
        fill_combo(self.industry, [(None, self.tr("（未填）"))] +
                   [(k, f"{k} {v}") for k, v in INDUSTRIES.items()])
        self.employees = QSpinBox(self)
        self.employees.setRange(0, 10_000_000)
        self.female = QSpinBox(self)
        self.female.setRange(0, 10_000_000)
        self.founded = QLineEdit(self)
        self.founded.setPlaceholderText(self.tr("如 2020-05-01"))
        self.chair = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.address = QLineEdit(self)
        for label, key, widget in [
            (self.tr("名称*"), "name", self.name),
            (self.tr("统一社会信用代码"), "uscc", self.uscc),
            (self.tr("无代码原因"), "uscc_missing_reason", self.uscc_reason),
            (self.tr("类型"), "kind", self.kind),
            (self.tr("单位类别"), "unit_category", self.category),
            (self.tr("行业"), "industry", self.industry),
            (self.tr("职工人数"), "employees", self.employees),
            (self.tr("女职工人数"), "female_employees", self.female),
            (self.tr("建会日期"), "founded_on", self.founded),
            (self.tr("工会主席"), "chair", self.chair),
            (self.tr("联系人"), "contact_person", self.contact),
            (self.tr("联系电话"), "contact_phone", self.phone),
            (self.tr("地址"), "address", self.address),
        ]:
            widget.setAccessibleName(label.rstrip("*"))
            self.rows[key] = FieldRow(widget, self)
            form.addRow(label, self.rows[key])
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.buttons = save_cancel_buttons(self, self._on_save_clicked, self.tr("保存"),
                                           self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.uscc.textChanged.connect(self._on_uscc_changed)
        if org_id:
            QueryOp(self, tasks, lambda: organization_detail(engine, org_id), self._on_loaded) \
                .failure(self._on_save_failed).run()
        self.name.setFocus()

    def _on_loaded(self, org) -> None:
        self.name.setText(org.name)
        self.uscc.setText(org.uscc or "")
        self.uscc_reason.setText(org.uscc_missing_reason or "")
        for combo, value in [(self.kind, org.kind), (self.category, org.unit_category),
                             (self.industry, org.industry)]:
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.employees.setValue(org.employees)
        self.female.setValue(org.female_employees)
        self.founded.setText(org.founded_on.isoformat() if org.founded_on else "")
        self.chair.setText(org.chair or "")
        self.contact.setText(org.contact_person or "")
        self.phone.setText(org.contact_phone or "")
        self.address.setText(org.address or "")

    def _on_uscc_changed(self, text: str) -> None:
        if not text.strip():
            self.rows["uscc"].show_problem(None)
            return
        try:
            normalize_uscc(text)
            self.rows["uscc"].show_problem(None)
        except ValidationFailed as exc:
            self.rows["uscc"].show_problem(exc.problems[0])

    def organization_input(self) -> OrganizationInput:
        return OrganizationInput(
            name=self.name.text(), uscc=self.uscc.text(),
            uscc_missing_reason=self.uscc_reason.text(), kind=self.kind.currentData(),
            unit_category=self.category.currentData(), industry=self.industry.currentData(),
            employees=self.employees.value(), female_employees=self.female.value(),
            founded_on=self.founded.text().strip() or None, chair=self.chair.text(),
            contact_person=self.contact.text(), contact_phone=self.phone.text() or None,
            address=self.address.text())

    def _on_save_clicked(self) -> None:
        data = self.organization_input()
        for row in self.rows.values():
            row.show_problem(None)
        self.message.clear()
        self.buttons.setEnabled(False)
        engine, org_id = self.engine, self.org_id
        if org_id is None:
            def work():
                return organizations.add_organization(engine, data)
        else:
            def work():
                organizations.update_organization(engine, org_id, data)
                return org_id
        self.save_with(work, changes={ORGANIZATIONS})


    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_save_clicked()
            return
        super().keyPressEvent(event)
