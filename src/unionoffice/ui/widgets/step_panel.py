"""The steps of a record with a lifecycle (a case, a contract): one button per step.

A button is enabled when the lifecycle allows its action in the record's present state; steps
that are not lifecycle actions (edit, record a session …) say themselves when they apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget

from unionoffice.lifecycle import Lifecycle


class StepPanel(QGroupBox):
    """办理: the record's steps as buttons; ``stepClicked`` names the one pressed."""

    stepClicked = Signal(str)

    def __init__(self, lifecycle: Lifecycle, steps: list[str], parent: QWidget | None = None, *,
                 labels: dict[str, str] | None = None, columns: int = 7) -> None:
        """``steps`` in the order shown: lifecycle actions and the record's own steps
        (labelled by ``labels``)."""
        super().__init__(self.tr("办理"), parent)
        self.lifecycle = lifecycle
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        for i, step in enumerate(steps):
            text = (labels or {}).get(step) or lifecycle.action_label(step)
            button = QPushButton(text, self)
            button.setObjectName(f"step_{step}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=step: self.stepClicked.emit(s))
            self.buttons[step] = button
            grid.addWidget(button, i // columns, i % columns)

    def show_state(self, state: str, *, applies: dict[str, Callable[[str], bool]] | None = None
                   ) -> None:
        """Enable what ``state`` allows; ``applies`` decides for the record's own steps."""
        for step, button in self.buttons.items():
            if applies and step in applies:
                button.setEnabled(applies[step](state))
            else:
                button.setEnabled(step in self.lifecycle.actions
                                  and self.lifecycle.can(state, step))

    def enabled_steps(self) -> set[str]:
        """The steps that can be taken now."""
        return {step for step, button in self.buttons.items() if button.isEnabled()}
