"""The member form: every field checked as you type, saved through the database worker."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from unionoffice import privacy
from unionoffice.accounts import permissions
from unionoffice.common.validation import gender_label, normalize_mobile, parse_id_number
from unionoffice.errors import Problem, ValidationFailed
from unionoffice.members import service as members
from unionoffice.members.queries import MemberDetail, member_detail
from unionoffice.members.service import CHOICE_FIELDS, MemberInput
from unionoffice.ui.changes import MEMBERS
from unionoffice.ui.ops import QueryOp, WriteOp
from unionoffice.ui.widgets.form import (
    FieldRow,
    SavingForm,
    fill_combo,
    from_qdate,
    make_date_edit,
    save_cancel_buttons,
    show_save_error,
)
from unionoffice.ui.widgets.membership_panel import MembershipPanel

# Labels of the 就业状况 codes; marked for lupdate, translated when the combo is filled.
EMPLOYMENT_STATUS = [
    ("1", QT_TRANSLATE_NOOP("MemberForm", "在岗")), ("2", QT_TRANSLATE_NOOP("MemberForm", "待岗")),
    ("3", QT_TRANSLATE_NOOP("MemberForm", "失业")), ("4", QT_TRANSLATE_NOOP("MemberForm", "退休")),
    ("5", QT_TRANSLATE_NOOP("MemberForm", "离休")), ("6", QT_TRANSLATE_NOOP("MemberForm", "退职")),
    ("7", QT_TRANSLATE_NOOP("MemberForm", "内退")), ("8", QT_TRANSLATE_NOOP("MemberForm", "病休")),
    ("9", QT_TRANSLATE_NOOP("MemberForm", "其他")),
]
POLITICAL = ["中共党员", "中共预备党员", "共青团员", "民主党派成员", "无党派人士", "群众"]


class MemberForm(SavingForm, QDialog):
    """New member (records 入会 or 转入) or edit an existing one (details, history, events)."""

    saved = Signal(str)  # member id

    def __init__(self, engine, tasks, org_choices: list[tuple[str, str]],
                 member_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks, self.member_id = engine, tasks, member_id
        self.org_choices = org_choices
        self.detail: MemberDetail | None = None
        self.setWindowTitle(self.tr("新增会员") if member_id is None else self.tr("会员信息"))
        self.setMinimumWidth(720)
        self._build()
        if member_id:
            self.reload()
        self.name.setFocus()

    # --- layout -----------------------------------------------------------------------------

    def _line(self, name: str, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _combo(self, name: str, accessible: str, items, current=None) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        fill_combo(combo, items, current)
        return combo

    def _build(self) -> None:
        self.rows: dict[str, FieldRow] = {}
        none = [(None, self.tr("（未填）"))]
        self.name = self._line("name", self.tr("姓名"))
        self.id_number = self._line("id_number", self.tr("证件号码"), self.tr("18位身份证号码"))
        self.derived = QLabel(self)
        self.derived.setObjectName("derived")
        # With accounts on, the number comes masked; only the chair may show it (audited).
        self.reveal_button = QPushButton(self.tr("显示完整号码"), self)
        self.reveal_button.setObjectName("reveal_id")
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.setVisible(False)
        self.reveal_button.clicked.connect(self._on_reveal_clicked)
        derived_row = QWidget(self)
        derived_layout = QHBoxLayout(derived_row)
        derived_layout.setContentsMargins(0, 0, 0, 0)
        derived_layout.addWidget(self.derived, 1)
        derived_layout.addWidget(self.reveal_button)
        self.phone = self._line("phone", self.tr("手机号码"), self.tr("11位手机号码"))
        self.ethnicity = self._line("ethnicity", self.tr("民族"), self.tr("如：汉族"))
        self.education = self._combo("education", self.tr("学历"),
                                     none + [(e, e) for e in CHOICE_FIELDS["education"]])
        self.political = self._combo("political_status", self.tr("政治面貌"),
                                     none + [(p, p) for p in POLITICAL])
        households = sorted(CHOICE_FIELDS["household_type"])
        self.household = self._combo("household_type", self.tr("户籍类型"),
                                     none + [(h, h) for h in households])
        self.migrant = QCheckBox(self.tr("农民工"), self)
        self.employment_status = self._combo(
            "employment_status", self.tr("就业状况"),
            [(code, self.tr(label)) for code, label in EMPLOYMENT_STATUS], "1")
        self.employment_form = self._combo(
            "employment_form", self.tr("用工形式"),
            none + [(f, f) for f in ["劳动合同", "劳务派遣", "非全日制", "平台灵活用工"]])
        self.new_form = self._combo(
            "new_form_group", self.tr("新就业形态"),
            none + [(g, g) for g in ["货车司机", "网约车司机", "快递员", "外卖配送员", "护工护理员",
                                     "家政服务员", "商场信息员", "房产中介员", "保安员"]])
        self.platform = self._line("platform", self.tr("平台"), self.tr("如：美团"))
        self.organization = self._combo("organization", self.tr("工作单位"),
                                        [(None, self.tr("（街道直属）"))] + self.org_choices)
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.card = self._line("card_number", self.tr("会员卡号"))
        self.model_worker = self._combo("model_worker_level", self.tr("劳模"),
                                        none + [(x, x) for x in ["全国", "省部级", "区级"]])
        self.hardship = QCheckBox(self.tr("困难职工"), self)
        self.reason = self._line("reason", self.tr("更正原因"),
                                 self.tr("本人要求更正时填写原因（记入操作日志）"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for label, key, widget in [
            (self.tr("姓名*"), "name", self.name),
            (self.tr("证件号码*"), "id_number", self.id_number),
            ("", "derived", derived_row),
            (self.tr("手机号码"), "phone", self.phone),
            (self.tr("工作单位"), "organization", self.organization),
            (self.tr("民族"), "ethnicity", self.ethnicity),
            (self.tr("学历"), "education", self.education),
            (self.tr("政治面貌"), "political_status", self.political),
            (self.tr("户籍类型"), "household_type", self.household),
            ("", "migrant_worker", self.migrant),
            (self.tr("就业状况"), "employment_status", self.employment_status),
            (self.tr("用工形式"), "employment_form", self.employment_form),
            (self.tr("新就业形态"), "new_form_group", self.new_form),
            (self.tr("平台"), "platform", self.platform),
            (self.tr("会员卡号"), "card_number", self.card),
            (self.tr("劳模"), "model_worker_level", self.model_worker),
            ("", "hardship", self.hardship),
        ] + ([] if self.member_id is None else [(self.tr("更正原因"), "reason", self.reason)]):
            row = FieldRow(widget, self)
            self.rows[key] = row
            form.addRow(label, row)

        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        details = QGroupBox(self.tr("基本信息"), self)
        details.setLayout(form)
        columns.addWidget(details, 3)
        if self.member_id is None:
            columns.addWidget(self._build_joining(), 2)
        else:
            self.membership = MembershipPanel(self.engine, self.tasks, self.org_choices, self)
            self.membership.recorded.connect(self._on_event_recorded)
            self.membership.failed.connect(self.show_error)
            columns.addWidget(self.membership, 3)
        layout.addLayout(columns)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        self.buttons = save_cancel_buttons(self, self._on_save_clicked, self.tr("保存"),
                                           self.tr("取消"))
        self.report_button = QPushButton(self.tr("个人信息报告…"), self)
        self.report_button.setObjectName("privacy_report")
        self.report_button.setAutoDefault(False)
        self.report_button.setVisible(self.member_id is not None)
        self.report_button.setEnabled(permissions.allowed(self.engine, "id.reveal"))
        self.report_button.clicked.connect(self._on_report_clicked)
        self.buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(self.buttons)

        self.name.textChanged.connect(self._on_name_changed)
        self.id_number.textChanged.connect(self._on_id_number_changed)
        self.phone.textChanged.connect(self._on_phone_changed)
        self.setTabOrder(self.name, self.id_number)
        self.setTabOrder(self.id_number, self.phone)
        self.setTabOrder(self.phone, self.organization)

    def _build_joining(self) -> QGroupBox:
        box = QGroupBox(self.tr("入会"), self)
        form = QFormLayout(box)
        self.join_date = make_date_edit(box)
        self.join_date.setAccessibleName(self.tr("入会日期"))
        self.transfer_in = QCheckBox(self.tr("由外单位工会转入（不是新入会）"), box)
        self.from_union = self._line("from_union", self.tr("原所在工会"))
        self.original_join = make_date_edit(box, dt.date(2010, 1, 1))
        self.original_join.setAccessibleName(self.tr("原入会日期"))
        form.addRow(self.tr("日期"), self.join_date)
        form.addRow(self.transfer_in)
        form.addRow(self.tr("原所在工会"), self.from_union)
        form.addRow(self.tr("原入会日期"), self.original_join)
        self.transfer_in.toggled.connect(self._on_transfer_in_toggled)
        self._on_transfer_in_toggled(False)
        return box

    # --- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the member off the GUI thread, then fill the form."""
        engine, member_id = self.engine, self.member_id
        QueryOp(self, self.tasks, lambda: member_detail(engine, member_id), self._on_loaded) \
            .failure(self.show_error).run()

    def _on_loaded(self, detail: MemberDetail) -> None:
        self.detail = detail
        m = detail.member
        self.name.setText(m.name)
        masked = "*" in m.id_number
        self.id_number.setReadOnly(masked)
        self.id_number.setText(m.id_number)
        self.reveal_button.setVisible(masked)
        may_reveal = permissions.allowed(self.engine, "id.reveal")
        self.reveal_button.setEnabled(may_reveal)
        self.reveal_button.setToolTip("" if may_reveal else self.tr("只有主席可以查看完整号码"))
        if masked:
            self.derived.setText(self.tr("性别：{gender}　出生日期：{date}").format(
                gender=gender_label(m.gender),
                date=m.birth_date.isoformat() if m.birth_date else ""))
        self.phone.setText(m.phone or "")
        self.ethnicity.setText(m.ethnicity or "")
        self.platform.setText(m.platform or "")
        self.card.setText(m.card_number or "")
        for combo, value in [(self.education, m.education), (self.political, m.political_status),
                             (self.household, m.household_type),
                             (self.employment_status, m.employment_status),
                             (self.employment_form, m.employment_form),
                             (self.new_form, m.new_form_group),
                             (self.organization, m.organization_id),
                             (self.model_worker, m.model_worker_level)]:
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.migrant.setChecked(m.migrant_worker)
        self.hardship.setChecked(m.hardship)
        self.membership.show_member(detail)

    def member_input(self) -> MemberInput:
        org_id = self.organization.currentData()
        if self.organization.currentIndex() < 0 or (
                self.organization.currentText() != self.organization.itemText(
                    self.organization.currentIndex())):
            org_id = None
        return MemberInput(
            name=self.name.text(), id_number=self.id_number.text(), phone=self.phone.text(),
            ethnicity=self.ethnicity.text(), education=self.education.currentData(),
            political_status=self.political.currentData(),
            household_type=self.household.currentData(), migrant_worker=self.migrant.isChecked(),
            employment_status=self.employment_status.currentData(),
            employment_form=self.employment_form.currentData(),
            new_form_group=self.new_form.currentData(), platform=self.platform.text(),
            organization_id=org_id, card_number=self.card.text(),
            model_worker_level=self.model_worker.currentData(), hardship=self.hardship.isChecked(),
        )

    # --- live validation --------------------------------------------------------------------

    def _on_name_changed(self, text: str) -> None:
        self.rows["name"].show_problem(
            None if text.strip() else Problem("required", "name"))

    def _on_report_clicked(self) -> None:
        engine, member_id = self.engine, self.member_id
        WriteOp(self, self.tasks, lambda: privacy.member_report(engine, member_id),
                self.show_report, changes=()).failure(self.show_error).run()

    def show_report(self, report) -> None:
        from unionoffice.ui.dialogs.document_viewer import TextReportDialog

        dialog = TextReportDialog(self.tr("个人信息报告"), privacy.report_text(report),
                                  f"个人信息报告_{report.id_number[-4:]}.json", self)
        dialog.open()
        self.report_dialog = dialog

    def _on_reveal_clicked(self) -> None:
        engine, member_id = self.engine, self.member_id
        WriteOp(self, self.tasks, lambda: members.reveal_id_number(engine, member_id),
                self._on_revealed, changes=()).failure(self.show_error).run()

    def _on_revealed(self, number: str) -> None:
        self.id_number.setReadOnly(False)
        self.id_number.setText(number)
        self.reveal_button.setVisible(False)

    def _on_id_number_changed(self, text: str) -> None:
        if "*" in text and self.id_number.isReadOnly():
            return  # the masked number stands for the stored one
        if not text.strip():
            self.rows["id_number"].show_problem(Problem("required", "id_number"))
            self.derived.clear()
            return
        warnings: list[Problem] = []
        try:
            info = parse_id_number(text, warnings=warnings)
        except ValidationFailed as exc:
            self.rows["id_number"].show_problem(exc.problems[0])
            self.derived.clear()
            return
        self.rows["id_number"].show_problem(warnings[0] if warnings else None)
        self.derived.setText(self.tr("性别：{gender}　出生日期：{date}（由证件号码得出）").format(
            gender=gender_label(info.gender), date=info.birth_date.isoformat()))

    def _on_phone_changed(self, text: str) -> None:
        if not text.strip():
            self.rows["phone"].show_problem(None)
            return
        try:
            normalize_mobile(text)
            self.rows["phone"].show_problem(None)
        except ValidationFailed as exc:
            self.rows["phone"].show_problem(exc.problems[0])

    def _on_transfer_in_toggled(self, on: bool) -> None:
        self.from_union.setEnabled(on)
        self.original_join.setEnabled(on)

    # --- saving -----------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        data = self.member_input()
        self.buttons.setEnabled(False)
        self.message.clear()
        for row in self.rows.values():
            row.show_problem(None)
        engine = self.engine
        if self.member_id is None:
            kwargs = {"join_date": from_qdate(self.join_date.date())}
            if self.transfer_in.isChecked():
                kwargs.update(transfer_in_from=self.from_union.text().strip() or self.tr("外单位"),
                              original_join_date=from_qdate(self.original_join.date()))

            def work():
                return members.add_member(engine, data, **kwargs)
        else:
            member_id = self.member_id
            reason = self.reason.text().strip()

            def work():
                if reason:  # a correction the person asked for, with its reason
                    privacy.correct_member_data(engine, member_id, data, reason)
                else:
                    members.update_member(engine, member_id, data)
                return member_id

        self.save_with(work, changes={MEMBERS})

    def show_error(self, exc: BaseException) -> None:
        """Put each problem beside its field; anything else in the message line."""
        show_save_error(self.rows, self.message, exc)

    # --- membership events ------------------------------------------------------------------

    def _on_event_recorded(self) -> None:
        self.message.clear()
        self.reload()
        self.saved.emit(self.member_id)

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt naming
        # Enter saves even from a line edit (the Save button is the default button).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not isinstance(self.focusWidget(), QTableWidget):
            self._on_save_clicked()
            return
        super().keyPressEvent(event)
