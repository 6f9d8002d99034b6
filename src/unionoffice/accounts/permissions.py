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
from dataclasses import dataclass

from sqlalchemy import Engine, text

from unionoffice.errors import LedgerError
from unionoffice.i18n import pick

CLERK, MEDIATOR, CHAIR = "clerk", "mediator", "chair"
ROLES = {CLERK: ("录入员", "clerk"), MEDIATOR: ("调解员", "mediator"), CHAIR: ("主席", "chair")}
EVERYONE = frozenset(ROLES)
# permission -> (roles allowed, what it is called in messages)
PERMISSIONS: dict[str, tuple[frozenset[str], tuple[str, str]]] = {
    "members.edit": (frozenset({CLERK, CHAIR}), ("编辑会员", "edit members")),
    "organizations.edit": (frozenset({CLERK, CHAIR}), ("编辑单位", "edit organizations")),
    "contracts.edit": (frozenset({CLERK, CHAIR}), ("编辑集体合同", "edit collective contracts")),
    "cases.view": (frozenset({MEDIATOR, CHAIR}), ("查看调解案件", "see mediation cases")),
    "cases.edit": (frozenset({MEDIATOR, CHAIR}), ("办理调解案件", "work on mediation cases")),
    "bundle.create": (frozenset({CHAIR}), ("生成和签名数据包", "make and sign bundles")),
    "keys.manage": (frozenset({CHAIR}), ("管理签名密钥", "manage the signing key")),
    "settings.edit": (frozenset({CHAIR}), ("修改本街道设置", "change the office settings")),
    "id.reveal": (frozenset({CHAIR}), ("查看完整证件号码", "see full ID numbers")),
    "operators.manage": (frozenset({CHAIR}), ("管理账户", "manage accounts")),
    "audit.view": (frozenset({CHAIR}), ("查看操作日志", "see the audit log")),
    "backup.restore": (frozenset({CHAIR}), ("恢复账本", "restore the ledger")),
    "data.purge": (frozenset({CHAIR}), ("清理到期数据", "purge expired data")),
    "reports.view": (EVERYONE, ("查看报表", "see reports")),
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
        return pick(*ROLES[self.role])


_lock = threading.Lock()
_actor: Actor | None = None
_accounts: dict[str, bool] = {}  # ledger URL -> has accounts (cached; see accounts_enabled)


def role_label(role: str) -> str:
    return pick(*ROLES.get(role, (role, role)))


def sign_in(actor: Actor) -> None:
    global _actor
    with _lock:
        _actor = actor


def sign_out() -> None:
    global _actor
    with _lock:
        _actor = None


def current() -> Actor | None:
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


def forget_mode(engine: Engine) -> None:
    """Recompute single-user mode next time (accounts were created, or a ledger restored)."""
    _accounts.pop(str(engine.url), None)


def allowed(engine: Engine, permission: str) -> bool:
    """Whether the current operator may do ``permission`` (for showing or hiding controls)."""
    if not accounts_enabled(engine):
        return True
    actor = _actor
    return actor is not None and actor.role in PERMISSIONS[permission][0]


def require(engine: Engine, permission: str) -> None:
    """Raise AccessDenied unless the current operator may do ``permission``."""
    if allowed(engine, permission):
        return
    what = pick(*PERMISSIONS[permission][1])
    if _actor is None:
        raise AccessDenied("access.sign_in", action=what)
    roles = "、".join(role_label(r) for r in sorted(PERMISSIONS[permission][0]))
    raise AccessDenied("access.denied", action=what, role=_actor.role_label, roles=roles)


def guarded(permission: str):
    """Decorate a service ``fn(engine, ...)`` so it first checks ``permission``.

    For generator jobs the check runs when the generator is created, before any work.
    """
    import functools
    import inspect

    def wrap(fn):
        if inspect.isgeneratorfunction(fn):
            @functools.wraps(fn)
            def job(engine, *args, **kwargs):
                require(engine, permission)
                return fn(engine, *args, **kwargs)
            return job

        @functools.wraps(fn)
        def call(engine, *args, **kwargs):
            require(engine, permission)
            return fn(engine, *args, **kwargs)
        return call

    return wrap
