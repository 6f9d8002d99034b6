"""The roster import wizard: file → column mapping → dry run with problems → import.

Nothing is written before the last step; the import itself is one transaction that Cancel
rolls back. Reading, checking and importing run off the GUI thread with progress.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from unionoffice.members.roster import (
    ColumnMapping,
    ImportOptions,
    ImportResult,
    RosterTable,
    commit_import,
)
from unionoffice.ui.changes import MEMBERS, ORGANIZATIONS
from unionoffice.ui.dialogs.import_pages import CheckPage, ChooseFilePage, MappingPage
from unionoffice.ui.ops import JobOp, failure_text
from unionoffice.ui.widgets.form import (
    ERROR_STYLE,
)


class ImportWizard(QWizard):
    """Import a roster; emits ``imported`` with the result after the import committed."""

    imported = Signal(object)

    def __init__(self, engine, tasks, org_choices: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.tasks, self.org_choices = engine, tasks, org_choices
        self.table: RosterTable | None = None
        self.mapping: ColumnMapping | None = None
        self.options = ImportOptions()
        self.result: ImportResult | None = None
        self.busy = False
        self.setWindowTitle(self.tr("导入会员花名册"))
        self.setObjectName("import_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("导入"))
        self.file_page = ChooseFilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page):
            self.addPage(page)
        self.resize(860, 600)

    def accept(self) -> None:
        """Finish = import: run it with progress; close only when it committed."""
        if self.result is None or self.busy:
            return
        self.busy = True
        self.check_page.completeChanged.emit()
        checked, engine = self.result, self.engine
        JobOp(self, self.tasks, self.tr("正在导入…"), lambda: commit_import(engine, checked),
              self._on_imported, changes={MEMBERS, ORGANIZATIONS}) \
            .failure(self._on_import_failed).run()

    def _on_imported(self, result: ImportResult) -> None:
        self.busy = False
        self.result = result
        self.imported.emit(result)
        super().accept()

    def _on_import_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.check_page.message.setStyleSheet(ERROR_STYLE)
        self.check_page.message.setText(failure_text(exc))
        self.check_page.completeChanged.emit()

