"""Names of audit actions and their groups, in the user's language (for the audit view)."""

from __future__ import annotations

from unionoffice import i18n
from unionoffice.i18n import t

# The groups the audit view filters by (labels audit.group.*), as action prefixes.
GROUPS = ("member", "organization", "case", "contract", "roster", "bundle", "auth", "operator",
          "ledger", "office")


def action_label(action: str) -> str:
    """An audit action's name (``audit.action.<action>``), else its group and its code."""
    if i18n.has(f"audit.action.{action}"):
        return t(f"audit.action.{action}")
    group, _, rest = action.partition(".")
    if group in GROUPS:
        return t("audit.group_action", group=t(f"audit.group.{group}"), action=rest)
    return action


def group_choices() -> list[tuple[str, str]]:
    """(prefix, label) of each group, for the audit view's filter."""
    return [(f"{group}.", t(f"audit.group.{group}")) for group in GROUPS]
