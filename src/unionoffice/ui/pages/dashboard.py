"""首页: the ledger at a glance (the month's figures and charts come with the reports issue)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.accounts import permissions
from unionoffice.bundle.chain import bundle_history
from unionoffice.contracts.queries import contract_reminders
from unionoffice.mediation.queries import due_cases
from unionoffice.office import LedgerSummary, ledger_summary
from unionoffice.reports.monthly import MonthPoint, dashboard_trend
from unionoffice.ui.changes import AREAS
from unionoffice.ui.dialogs.record_detail import LEVEL_COLOURS
from unionoffice.ui.ops import QueryOp
from unionoffice.ui.pages.base import Page
from unionoffice.ui.widgets.charts import bar_chart


class Card(QFrame):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Card { background: white; border: 1px solid #ddd; "
                           "border-radius: 6px; }")
        layout = QVBoxLayout(self)
        self.title = QLabel(title, self)
        self.title.setStyleSheet("color: #666; font-size: 11pt;")
        self.value = QLabel("—", self)
        self.value.setStyleSheet("font-size: 24pt; font-weight: bold; color: #b71c1c;")
        layout.addWidget(self.title)
        layout.addWidget(self.value)


class DashboardPage(Page):
    page_id = "home"
    goMembers = Signal()
    newMember = Signal()
    openCase = Signal(str)
    openContract = Signal(str)

    watches = AREAS

    def __init__(self, engine, tasks, parent=None) -> None:
        super().__init__(engine, tasks, parent)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.cards = {
            "active": Card(self.tr("在会会员"), self),
            "retained": Card(self.tr("保留会籍"), self),
            "organizations": Card(self.tr("工会组织 / 企业"), self),
            "joined": Card(self.tr("本月新入会"), self),
        }
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)
        self.comparison = QLabel(self)
        self.comparison.setObjectName("month_comparison")
        self.comparison.setWordWrap(True)
        self.bundle_state = QLabel(self)
        self.bundle_state.setObjectName("bundle_state")
        self.charts = QHBoxLayout()
        self.chart_views: list[QWidget] = []
        find = QPushButton(self.tr("查找会员 (Ctrl+F)"), self)
        new = QPushButton(self.tr("新增会员 (Ctrl+N)"), self)
        find.clicked.connect(self.goMembers)
        new.clicked.connect(self.newMember)
        self.due_title = QLabel(self.tr("到期提醒（调解案件）"), self)
        self.due_title.setStyleSheet("font-size: 13pt; font-weight: bold; margin-top: 12px;")
        self.due_list = QListWidget(self)
        self.due_list.setObjectName("due_cases")
        self.due_list.setAccessibleName(self.tr("到期和逾期的案件"))
        self.due_list.itemActivated.connect(self._on_due_item_activated)
        self.due_list.itemDoubleClicked.connect(self._on_due_item_activated)
        self.contract_title = QLabel(self.tr("集体合同提醒（报送、期满、续签）"), self)
        self.contract_title.setStyleSheet(self.due_title.styleSheet())
        self.contract_list = QListWidget(self)
        self.contract_list.setObjectName("contract_reminders")
        self.contract_list.setAccessibleName(self.tr("集体合同提醒"))
        self.contract_list.itemActivated.connect(self._on_contract_item_activated)
        self.contract_list.itemDoubleClicked.connect(self._on_contract_item_activated)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addWidget(find)
        buttons.addWidget(new)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.comparison)
        layout.addLayout(self.charts)
        layout.addWidget(self.bundle_state)
        lists = QHBoxLayout()
        for title, widget in ((self.due_title, self.due_list),
                              (self.contract_title, self.contract_list)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)
        layout.addLayout(lists, 1)

        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def activate(self) -> None:
        engine = self.engine
        QueryOp(self, self.tasks, lambda: ledger_summary(engine), self._on_summary).run()
        if permissions.allowed(engine, "cases.view"):  # a clerk's home page lists no cases
            QueryOp(self, self.tasks, lambda: due_cases(engine), self._on_due_cases).run()
        else:
            self._on_due_cases([])
        QueryOp(self, self.tasks, lambda: dashboard_trend(engine), self._on_trend).run()
        QueryOp(self, self.tasks, lambda: bundle_history(engine), self._on_bundles).run()

    def _on_bundles(self, records) -> None:
        last_month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
        made = [r for r in records if r.period == last_month]
        if made:
            r = made[0]
            self.bundle_state.setText(self.tr(
                "上月（{period}）数据包：第 {seq} 号（{kind}），{when} 生成，"
                "上传状态：{state}").format(
                period=last_month, seq=r.seq, kind=r.kind,
                when=r.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                state=self.tr("待上传") if r.upload_state == "pending" else r.upload_state))
            self.bundle_state.setStyleSheet("color: #2e7d32;")
        else:
            self.bundle_state.setText(self.tr(
                "上月（{period}）的数据包还没有生成，请在“月度上报”中生成。").format(
                period=last_month))
            self.bundle_state.setStyleSheet("color: #b36b00;")

    def _on_trend(self, trend: list[MonthPoint]) -> None:
        months = [p.period for p in trend]
        now, before = trend[-1], trend[-2]
        self.comparison.setText(self.tr(
            "本月至今：新发展会员 {j} 人（上月 {jl}），其中新就业形态 {n} 人（上月 {nl}）；"
            "收到调解申请 {r} 件（上月 {rl}），调解成功 {s} 件（上月 {sl}）；"
            "集体合同覆盖职工 {c} 人（上月末 {cl}）。").format(
            j=now.joined, jl=before.joined, n=now.joined_new_forms, nl=before.joined_new_forms,
            r=now.received, rl=before.received, s=now.resolved, sl=before.resolved,
            c=f"{now.covered_workers:,}", cl=f"{before.covered_workers:,}"))
        for view in self.chart_views:
            self.charts.removeWidget(view)
            view.deleteLater()
        self.chart_views = [
            bar_chart(self.tr("新发展会员（近12个月）"), months, [
                (self.tr("其他"), [p.joined - p.joined_new_forms for p in trend], "#b71c1c"),
                (self.tr("新就业形态"), [p.joined_new_forms for p in trend], "#ef9a9a")],
                self, stacked=True),
            bar_chart(self.tr("调解案件（近12个月）"), months, [
                (self.tr("收到申请"), [p.received for p in trend], "#1565c0"),
                (self.tr("调解成功"), [p.resolved for p in trend], "#2e7d32")], self),
            bar_chart(self.tr("集体合同覆盖职工（月末）"), months, [
                (self.tr("覆盖职工"), [p.covered_workers for p in trend], "#6a1b9a")], self),
        ]
        for view in self.chart_views:
            self.charts.addWidget(view, 1)
        engine = self.engine
        QueryOp(self, self.tasks, lambda: contract_reminders(engine),
                self._on_contract_reminders).run()

    def _on_contract_reminders(self, found) -> None:
        self.contract_list.clear()
        kinds = {"filing": self.tr("须在 {date} 前报送劳动保障部门"),
                 "expiring": self.tr("{date} 期满"),
                 "renewal": self.tr("{date} 期满，已进入续签期")}
        for row, kind, level in found:
            item = QListWidgetItem(f"{row.title}　" + kinds[kind].format(
                date=row.clock.effective_due.isoformat()), self.contract_list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setForeground(QColor(LEVEL_COLOURS["due" if level == "ok" else level]))
        if not found:
            QListWidgetItem(self.tr("没有需要报送或即将期满的集体合同。"), self.contract_list)

    def _on_contract_item_activated(self, item) -> None:
        contract_id = item.data(Qt.ItemDataRole.UserRole)
        if contract_id:
            self.openContract.emit(contract_id)

    def _on_due_cases(self, rows) -> None:
        self.due_list.clear()
        today = dt.date.today()
        for row, level in rows:
            left = row.clock.days_left(today)
            when = (self.tr("已逾期 {n} 天").format(n=-left) if left < 0 else
                    self.tr("今天到期") if left == 0 else self.tr("剩 {n} 天").format(n=left))
            item = QListWidgetItem(f"{row.case_number or self.tr('（未受理）')}　"
                                   f"{'、'.join(row.applicants[:2])} — {row.respondent}　"
                                   f"{row.clock.rule.label} "
                                   f"{row.clock.effective_due.isoformat()}（{when}）",
                                   self.due_list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setForeground(QColor(LEVEL_COLOURS[level]))
        if not rows:
            QListWidgetItem(self.tr("没有临近或超过期限的案件。"), self.due_list)

    def _on_due_item_activated(self, item) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id:
            self.openCase.emit(case_id)

    def _on_summary(self, s: LedgerSummary) -> None:
        self.heading.setText(s.office_name or self.tr("尚未设置本街道信息（见“设置”页）"))
        for key, value in [("active", s.members_active), ("retained", s.members_retained),
                           ("organizations", s.organizations), ("joined", s.joined_this_month)]:
            self.cards[key].value.setText(f"{value:,}")
