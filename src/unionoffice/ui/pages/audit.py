"""操作日志: who did what and when, filtered; and a check of the whole hash chain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from unionoffice.audit import queries as audit_queries
from unionoffice.audit.labels import action_label, group_choices
from unionoffice.ui.changes import AREAS
from unionoffice.ui.models.row_list import RowListModel
from unionoffice.ui.ops import QueryOp, failure_text
from unionoffice.ui.pages.base import Page
from unionoffice.ui.widgets.form import (
    ERROR_STYLE,
    OK_STYLE,
    fill_combo,
    from_qdate,
    make_date_edit,
)

LIMIT = 2000


class AuditModel(RowListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("序号"), self.tr("时间（北京）"), self.tr("操作人"),
                        self.tr("操作"), self.tr("对象"), self.tr("内容")]

    def cell(self, e, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return "\n".join(x for x in (e.before and "before: " + e.before,
                                         e.after and "after: " + e.after) if x)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [e.seq, e.at_local, e.operator, action_label(e.action),
                f"{e.entity} {e.entity_id[:8]}".strip(), e.summary][column]


class AuditPage(Page):
    page_id = "audit"

    watches = AREAS  # every write is in the log

    def __init__(self, engine, tasks, parent=None) -> None:
        super().__init__(engine, tasks, parent)
        self.operator = QComboBox(self)
        self.operator.setAccessibleName(self.tr("操作人"))
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("操作类别"))
        fill_combo(self.group, [(None, self.tr("全部操作"))] + group_choices())
        self.use_dates = QCheckBox(self.tr("日期"), self)
        self.since = make_date_edit(self)
        self.until = make_date_edit(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("记录编号或内容中的文字"))
        self.text.setAccessibleName(self.tr("查找"))
        self.search_button = QPushButton(self.tr("查找"), self)
        self.verify_button = QPushButton(self.tr("校验日志完整性"), self)
        self.verify_button.setObjectName("verify_audit")
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate([70, 150, 90, 130, 150]):
            self.table.setColumnWidth(column, width)
        self.count = QLabel(self)
        self.result = QLabel(self)
        self.result.setObjectName("audit_result")
        self.result.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (self.operator, self.group, self.use_dates, self.since, QLabel("–", self),
                  self.until):
            bar.addWidget(w)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.search_button)
        bar.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        for combo in (self.operator, self.group):
            combo.currentIndexChanged.connect(self.reload)
        self.search_button.clicked.connect(self.reload)
        self.text.returnPressed.connect(self.reload)
        self.use_dates.toggled.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)

    def activate(self) -> None:
        engine = self.engine
        QueryOp(self, self.tasks, lambda: audit_queries.operators_in_log(engine),
                self._on_operators_loaded).run()
        self.reload()

    def _on_operators_loaded(self, names: list[str]) -> None:
        current = self.operator.currentData()
        self.operator.blockSignals(True)
        fill_combo(self.operator, [(None, self.tr("全部操作人"))] + [(o, o) for o in names],
                   current)
        self.operator.blockSignals(False)

    def reload(self) -> None:
        kw = dict(operator=self.operator.currentData(), action=self.group.currentData(),
                  text=self.text.text().strip() or None, limit=LIMIT)
        if self.use_dates.isChecked():
            kw.update(since=from_qdate(self.since.date()), until=from_qdate(self.until.date()))
        engine = self.engine
        QueryOp(self, self.tasks, lambda: audit_queries.list_entries(engine, **kw),
                self._on_loaded).run()

    def _on_loaded(self, entries) -> None:
        self.model.set_rows(entries)
        self.count.setText(self.tr("显示最近 {n} 条").format(n=len(entries)) if len(entries)
                           >= LIMIT else self.tr("共 {n} 条").format(n=len(entries)))

    def verify(self) -> None:
        self.result.setText(self.tr("正在校验…"))
        engine = self.engine
        QueryOp(self, self.tasks, lambda: audit_queries.verify_log(engine), self._on_verified) \
            .failure(lambda exc: self.result.setText(failure_text(exc))).run()

    def _on_verified(self, check) -> None:
        if check.first_bad is None:
            self.result.setStyleSheet(OK_STYLE)
            self.result.setText(self.tr(
                "日志完整：共 {n} 条，每条都与前一条相连，未被改动。").format(
                n=f"{check.checked:,}"))
        else:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(self.tr(
                "第 {seq} 条被改动或断链（此前 {n} 条完好）。请保留现状并报告主席；可用备份核对。"
            ).format(seq=check.first_bad, n=f"{check.checked:,}"))
