"""The three pages of the roster import wizard: the file, the columns, the dry run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from unionoffice.members.roster import (
    FIELDS,
    ColumnMapping,
    ImportOptions,
    ImportResult,
    RosterTable,
    dry_run,
    read_roster,
)
from unionoffice.members.roster.export import write_template
from unionoffice.members.roster.normalize import cell_text
from unionoffice.members.roster.report import hint_for, write_error_workbook
from unionoffice.ui.models.row_list import RowListModel
from unionoffice.ui.ops import JobOp, QueryOp, failure_text
from unionoffice.ui.widgets.form import (
    ERROR_STYLE,
    OK_STYLE,
    fill_combo,
    from_qdate,
    hbox,
    make_date_edit,
)

if TYPE_CHECKING:
    from unionoffice.ui.dialogs.import_wizard import ImportWizard

SAMPLE_ROWS = 3


def describe_issue(issue) -> str:
    """The whole problem in one sentence, with how to fix it."""
    p = issue.problem
    return QCoreApplication.translate(
        "ImportWizard", "第 {row} 行“{column}”：{message}\n如何修改：{hint}").format(
        row=issue.row, column=issue.column, message=p.message, hint=hint_for(p.code, p.severity))


class IssueModel(RowListModel):
    """The dry run's problems: row, column, value, problem, kind (errors in red)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("行号"), self.tr("列"), self.tr("原值"), self.tr("问题"),
                        self.tr("类别")]

    def cell(self, issue, column: int, role: int):
        error = issue.problem.severity == "error"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b00020") if error else QColor("#8a5a00")
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe_issue(issue)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [issue.row, issue.column, issue.value, issue.problem.message,
                self.tr("错误") if error else self.tr("提示")][column]


class ChooseFilePage(QWizardPage):
    """Pick the file and the defaults for rows that leave something out."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("第一步：选择花名册文件"))
        self.setSubTitle(self.tr("支持 Excel（.xlsx、.xls）和 CSV 文件。表头至少要有“姓名”和"
                                 "“身份证号码”两列，列的顺序不限。"))
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.path.setObjectName("import_path")
        self.path.setAccessibleName(self.tr("花名册文件"))
        self.browse = QPushButton(self.tr("选择文件…"), self)
        self.template = QPushButton(self.tr("下载导入模板…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("import_file_status")
        self.organization = QComboBox(self)
        self.organization.setAccessibleName(self.tr("表中没有单位时归入"))
        fill_combo(self.organization, [(None, self.tr("（不指定）"))] + wizard.org_choices)
        self.use_join_date = QCheckBox(self.tr("表中没有入会日期时，按此日期"), self)
        self.join_date = make_date_edit(self, dt.date.today())
        self.join_date.setEnabled(False)
        self.create_orgs = QCheckBox(self.tr("表中的单位不在台账中时，自动新增该单位"), self)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addSpacing(12)
        form = QFormLayout()
        form.addRow(self.tr("表中没有单位时归入"), self.organization)
        form.addRow(self.use_join_date, self.join_date)
        form.addRow("", self.create_orgs)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(hbox(self.template))
        self.browse.clicked.connect(self._on_browse)
        self.template.clicked.connect(self._on_template)
        self.use_join_date.toggled.connect(self.join_date.setEnabled)

    def options(self) -> ImportOptions:
        return ImportOptions(
            default_join_date=from_qdate(self.join_date.date())
            if self.use_join_date.isChecked() else None,
            default_organization_id=self.organization.currentData(),
            create_organizations=self.create_orgs.isChecked())

    def isComplete(self) -> bool:  # noqa: N802 — Qt naming
        return self.owner.table is not None

    def load_file(self, path: Path) -> None:
        """Read the file in the background; the page completes when it is read."""
        self.owner.table = None
        self.path.setText(str(path))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("正在读取…"))
        self.completeChanged.emit()
        QueryOp(self, self.owner.tasks, lambda: read_roster(path), self._on_read) \
            .failure(self._on_read_failed).run()

    def _on_read(self, table: RosterTable) -> None:
        self.owner.table = table
        self.owner.mapping = ColumnMapping.detect(table.headers)
        where = self.tr("工作表“{sheet}”，").format(sheet=table.sheet) if table.sheet else ""
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("已读取：{where}表头在第 {header} 行，其下共 {n} 行。").format(
            where=where, header=table.header_row, n=f"{len(table.rows):,}"))
        self.completeChanged.emit()

    def _on_read_failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(failure_text(exc))
        self.completeChanged.emit()

    def _on_browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择花名册文件"), str(Path.home()),
            self.tr("表格文件 (*.xlsx *.xls *.csv);;所有文件 (*)"))
        if name:
            self.load_file(Path(name))

    def _on_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存导入模板"), str(Path.home() / "会员花名册导入模板.xlsx"),
            self.tr("Excel 工作簿 (*.xlsx)"))
        if name:
            self.save_template(Path(name))

    def save_template(self, path: Path) -> None:
        QueryOp(self, self.owner.tasks, lambda: write_template(path),
                lambda _p: self.status.setText(self.tr("导入模板已保存到 {path}").format(
                    path=path))).failure(self._on_read_failed).run()


class MappingPage(QWizardPage):
    """One line per column of the file: what it is imported as, and sample values."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("第二步：核对列的对应关系"))
        self.setSubTitle(self.tr("已按列名自动对应。“不导入”的列将被忽略；如对应有误，请在右侧修改。"))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("mapping_table")
        self.table.setHorizontalHeaderLabels([self.tr("文件中的列"), self.tr("导入为"),
                                              self.tr("前几行的值")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 170)
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        table, mapping = self.owner.table, self.owner.mapping
        self.table.setRowCount(len(table.headers))
        self.combos = []
        samples = [row for _n, row in table.rows[:50] if any(cell_text(c) for c in row)]
        choices = [(None, self.tr("不导入"))] + [(f.key, f.label) for f in FIELDS]
        for index, header in enumerate(table.headers):
            self.table.setItem(index, 0, QTableWidgetItem(header or self.tr("（无列名）")))
            combo = QComboBox(self.table)
            combo.setAccessibleName(self.tr("“{header}”导入为").format(header=header))
            fill_combo(combo, choices, mapping.fields[index])
            combo.currentIndexChanged.connect(
                lambda _i, column=index, box=combo: self._on_changed(column, box))
            self.table.setCellWidget(index, 1, combo)
            self.combos.append(combo)
            values = [cell_text(r[index]) for r in samples if index < len(r)]
            self.table.setItem(index, 2, QTableWidgetItem(
                "；".join(v for v in values if v)[:80] if values else ""))
        self._show_state()

    def set_field(self, column: int, key: str | None) -> None:
        """Assign a column (the combo does this; tests call it directly)."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(key))

    def _on_changed(self, column: int, combo: QComboBox) -> None:
        self.owner.mapping = self.owner.mapping.with_field(column, combo.currentData())
        for index, box in enumerate(self.combos):  # a field moved away from another column
            if box.currentData() != self.owner.mapping.fields[index]:
                box.blockSignals(True)
                box.setCurrentIndex(box.findData(self.owner.mapping.fields[index]))
                box.blockSignals(False)
        self._show_state()

    def _show_state(self) -> None:
        mapping = self.owner.mapping
        missing = mapping.missing_required()
        labels = {f.key: f.label for f in FIELDS}
        if missing:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("还缺少必需的列：{columns}。请在“导入为”中指定。").format(
                columns="、".join(labels[k] for k in missing)))
        else:
            used = sum(1 for f in mapping.fields if f)
            ignored = mapping.ignored_headers()
            self.message.setStyleSheet("")
            self.message.setText(self.tr("将导入 {n} 列。").format(n=used) + (
                self.tr("不导入的列：{columns}").format(columns="、".join(ignored))
                if ignored else ""))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.owner.mapping is not None and not self.owner.mapping.missing_required()


class CheckPage(QWizardPage):
    """The dry run: counts, every problem, the error workbook; then the import button."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("第三步：预检结果"))
        self.setSubTitle(self.tr("已逐行检查，账本尚未改动。有问题的行不会导入；可保存问题清单，"
                                 "改正后再导入这些行。"))
        self.setFinalPage(True)
        self.counts: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, (key, label) in enumerate([
                ("rows", self.tr("数据行")), ("imported", self.tr("新增")),
                ("updated", self.tr("更新")), ("unchanged", self.tr("无变化")),
                ("rejected", self.tr("未导入")), ("warnings", self.tr("提示"))]):
            value = QLabel("–", self)
            value.setObjectName(f"count_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-size: 20px; font-weight: bold;" + (
                "color: #b00020;" if key == "rejected" else ""))
            caption = QLabel(label, self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.counts[key] = value
        self.model = IssueModel(self)
        self.issues = QTableView(self)
        self.issues.setObjectName("issue_table")
        self.issues.setModel(self.model)
        self.issues.verticalHeader().setVisible(False)
        self.issues.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate([56, 110, 160]):
            self.issues.setColumnWidth(column, width)
        self.issues.setWordWrap(False)
        self.detail = QLabel(self)
        self.detail.setObjectName("issue_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(36)
        self.save_errors = QPushButton(self.tr("保存问题清单（Excel）…"), self)
        self.save_errors.setEnabled(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("import_message")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.detail)
        layout.addLayout(hbox(self.save_errors))
        layout.addWidget(self.message)
        self.save_errors.clicked.connect(self._on_save_errors)
        self.issues.selectionModel().currentRowChanged.connect(self._on_issue_selected)

    def initializePage(self) -> None:  # noqa: N802
        owner = self.owner
        owner.result = None
        owner.options = owner.file_page.options()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("正在检查…"))
        self.model.set_rows([])
        table, mapping, options, engine = owner.table, owner.mapping, owner.options, owner.engine
        JobOp(owner, owner.tasks, self.tr("正在检查花名册…"),
              lambda: dry_run(engine, table, mapping, options), self._on_checked, db=False) \
            .failure(self._on_failed).run()

    def _on_checked(self, result: ImportResult) -> None:
        self.owner.result = result
        for key, value in result.summary.to_json().items():
            self.counts[key].setText(f"{value:,}")
        self.model.set_rows(result.issues)
        self.detail.setText(self.tr("选中一行可看到完整说明和修改方法。") if result.issues else "")
        self.save_errors.setEnabled(bool(result.issues))
        writes = result.summary.imported + result.summary.updated
        self.message.setStyleSheet("" if writes else ERROR_STYLE)
        self.message.setText(
            self.tr("点击“导入”，将新增 {new} 人、更新 {upd} 人（一次完成，可取消）。").format(
                new=result.summary.imported, upd=result.summary.updated)
            if writes else self.tr("没有可以导入的行。请改正问题后重新选择文件。"))
        self.completeChanged.emit()

    def _on_issue_selected(self, current, _previous) -> None:
        rows = self.model.rows
        self.detail.setText(describe_issue(rows[current.row()]) if 0 <= current.row() < len(rows)
                            else "")

    def _on_failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(failure_text(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        result = self.owner.result
        return result is not None and (result.summary.imported + result.summary.updated) > 0 \
            and not self.owner.busy

    def _on_save_errors(self) -> None:
        stem = self.owner.table.path.stem if self.owner.table else "花名册"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存问题清单"), str(Path.home() / f"{stem}_问题清单.xlsx"),
            self.tr("Excel 工作簿 (*.xlsx)"))
        if name:
            self.save_error_workbook(Path(name))

    def save_error_workbook(self, path: Path) -> None:
        result = self.owner.result
        QueryOp(self, self.owner.tasks, lambda: write_error_workbook(result, path),
                lambda _p: self.message.setText(self.tr("问题清单已保存到 {path}").format(
                    path=path))).failure(self._on_failed).run()
