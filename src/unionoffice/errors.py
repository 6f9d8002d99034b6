"""Domain errors with stable codes; their texts are in the message catalog (``i18n/``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from unionoffice import i18n


def field_label(name: str) -> str:
    """The field's label in the current language (``field.<name>`` in the catalog)."""
    key = f"field.{name}"
    return i18n.t(key) if i18n.has(key) else name


def render(code: str, params: dict[str, Any], lang: str | None = None) -> str:
    """Render a message code with its parameters in ``lang`` (default: the current language)."""
    return i18n.render(code, params, lang or i18n.language())


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) with one field."""

    code: str
    field: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = "error"  # "error" refuses the write, "warning" only informs

    @property
    def message(self) -> str:
        """The message in the chosen language."""
        return render(self.code, self.params)

    def describe(self) -> str:
        """'<field>: <message>' in the current language."""
        return i18n.t("problem.field_message", field=field_label(self.field),
                      message=self.message)


class LedgerError(Exception):
    """Base of every error the user can be told about; carries a stable code."""

    def __init__(self, code: str, field: str = "", **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.describe())

    def describe(self) -> str:
        """The error in the chosen language, with its field's name."""
        return Problem(self.code, self.field, self.params).describe() if self.field else render(
            self.code, self.params
        )

    def __str__(self) -> str:  # re-render so a language switch after raising is honoured
        return self.describe()


class ValidationFailed(LedgerError):
    """A write refused because of one or more problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity == "warning"]
        first = self.problems[0]
        super().__init__(first.code, first.field, **first.params)

    def describe(self) -> str:
        """Every problem, one per line."""
        return "\n".join(p.describe() for p in self.problems)


class NotFound(LedgerError):
    """The thing asked for does not exist."""


class RuleViolation(LedgerError):
    """A domain rule refuses the operation (e.g. an event not allowed in the member's status)."""


class LedgerUnavailable(LedgerError):
    """The ledger cannot be opened: locked, too new, damaged."""


class KeyringError(LedgerError):
    """The signing key cannot be stored or read."""
