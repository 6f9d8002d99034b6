"""Who may do what: roles, the signed-in operator, and the check every guarded service makes.

A ledger without operator accounts is in single-user mode: everything is allowed and the audit
log names the operating-system account (as before accounts existed). As soon as the first
account (a chair) is created, every guarded service requires a signed-in operator whose role
allows the action — the desktop app asks for a password at start, the command line takes
``--operator`` and a password. The check is in the services, so hiding a button is only a
courtesy.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, text

from unionoffice.errors import LedgerError
from unionoffice.i18n import t

CLERK, MEDIATOR, CHAIR = "clerk", "mediator", "chair"
ROLES = (CLERK, MEDIATOR, CHAIR)  # labels role.*
EVERYONE = frozenset(ROLES)
# Who may do what: permission -> the roles that hold it. What each permission is called in
# messages is permission.<name> in the catalog.
PERMISSIONS: dict[str, frozenset[str]] = {
    "members.edit": frozenset({CLERK, CHAIR}),
    "organizations.edit": frozenset({CLERK, CHAIR}),
    "contracts.edit": frozenset({CLERK, CHAIR}),
    "cases.view": frozenset({MEDIATOR, CHAIR}),
    "cases.edit": frozenset({MEDIATOR, CHAIR}),
    "bundle.create": frozenset({CHAIR}),
    "keys.manage": frozenset({CHAIR}),
    "settings.edit": frozenset({CHAIR}),
    "id.reveal": frozenset({CHAIR}),
    "operators.manage": frozenset({CHAIR}),
    "audit.view": frozenset({CHAIR}),
    "backup.restore": frozenset({CHAIR}),
    "data.purge": frozenset({CHAIR}),
    "reports.view": EVERYONE,
}


class AccessDenied(LedgerError):
    """The signed-in operator's role does not allow this (or nobody is signed in)."""


@dataclass(frozen=True)
class Actor:
    """The operator signed in to this process."""

    username: str
    display_name: str
    role: str

    @property
    def role_label(self) -> str:
        """The role's name in the chosen language."""
        return role_label(self.role)


_lock = threading.Lock()
_actor: Actor | None = None
_accounts: dict[str, bool] = {}  # ledger URL -> has accounts (cached; see accounts_enabled)


def role_label(role: str) -> str:
    """A role's name in the chosen language."""
    return t(f"role.{role}") if role in ROLES else role


def sign_in(actor: Actor) -> None:
    """Make ``actor`` the operator of this process."""
    global _actor
    with _lock:
        _actor = actor


def sign_out() -> None:
    """Nobody is signed in any more."""
    global _actor
    with _lock:
        _actor = None


def current() -> Actor | None:
    """The signed-in operator, or None."""
    return _actor


def reset() -> None:
    """Forget the signed-in operator and the cached modes (tests)."""
    global _actor
    with _lock:
        _actor = None
        _accounts.clear()


def accounts_enabled(engine: Engine) -> bool:
    """True once the ledger has an active account (then everything needs a signed-in role)."""
    key = str(engine.url)
    if key not in _accounts:
        with engine.connect() as conn:
            try:
                found = conn.execute(text(
                    "SELECT 1 FROM operator WHERE active LIMIT 1")).first() is not None
            except Exception:  # noqa: BLE001 - a ledger opened before its migration
                found = False
        _accounts[key] = found
    return _accounts[key]


def refresh_mode(engine: Engine) -> bool:
    """Look again whether the ledger has accounts (they were created, or a ledger restored).

    Called by the services that change it, in their own thread: the window only reads the
    cached answer.
    """
    _accounts.pop(str(engine.url), None)
    return accounts_enabled(engine)


def allowed(engine: Engine, permission: str) -> bool:
    """Whether the current operator may do ``permission`` (for showing or hiding controls)."""
    if not accounts_enabled(engine):
        return True
    actor = _actor
    return actor is not None and actor.role in PERMISSIONS[permission]


def require(engine: Engine, permission: str) -> None:
    """Raise AccessDenied unless the current operator may do ``permission``."""
    if allowed(engine, permission):
        return
    what = t(f"permission.{permission}")
    if _actor is None:
        raise AccessDenied("access.sign_in", action=what)
    roles = t("list.separator").join(role_label(r) for r in sorted(PERMISSIONS[permission]))
    raise AccessDenied("access.denied", action=what, role=_actor.role_label, roles=roles)


def guarded(permission: str, *, engine: Callable[[Any], Engine] | None = None
            ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorate a service ``fn(engine, ...)`` so it first checks ``permission``.

    For generator jobs the check runs when the generator is created, before any work. The
    decorated function carries its permission as ``.permission`` (tests walk the services
    by it). ``engine`` finds the ledger's engine in the first argument when that is not the
    engine itself (a ``Ledger``).
    """
    import functools
    import inspect

    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    engine_of = engine or (lambda first: first)

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        if inspect.isgeneratorfunction(fn):
            @functools.wraps(fn)
            def job(first: Any, *args: Any, **kwargs: Any) -> Any:
                require(engine_of(first), permission)
                return fn(first, *args, **kwargs)
            job.permission = permission
            return job

        @functools.wraps(fn)
        def call(first: Any, *args: Any, **kwargs: Any) -> Any:
            require(engine_of(first), permission)
            return fn(first, *args, **kwargs)
        call.permission = permission
        return call

    return wrap
