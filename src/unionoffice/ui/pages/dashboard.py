"""首页: the ledger at a glance (the month's figures and charts come with the reports issue)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from unionoffice import browse
from unionoffice.ui.pages.base import Page


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

    def __init__(self, engine, tasks, parent=None) -> None:
        super().__init__(parent)
        self.engine, self.tasks = engine, tasks
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
        find = QPushButton(self.tr("查找会员 (Ctrl+F)"), self)
        new = QPushButton(self.tr("新增会员 (Ctrl+N)"), self)
        find.clicked.connect(self.goMembers)
        new.clicked.connect(self.newMember)
        note = QLabel(self.tr(
            "法定时限提醒（调解15日、合同报送10日等）、本月统计图表将在“调解案件”“集体合同”“报表”"
            "功能完成后显示在这里。"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addWidget(find)
        buttons.addWidget(new)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addStretch(1)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def activate(self) -> None:
        self.tasks.run(lambda: browse.ledger_summary(self.engine), self._on_summary)

    def _on_summary(self, s: browse.LedgerSummary) -> None:
        self.heading.setText(s.office_name or self.tr("尚未设置本街道信息（见“设置”页）"))
        for key, value in [("active", s.members_active), ("retained", s.members_retained),
                           ("organizations", s.organizations), ("joined", s.joined_this_month)]:
            self.cards[key].value.setText(f"{value:,}")
