"""Operator accounts: create, sign in (scrypt-hashed passwords), change password, deactivate."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.common.validation import clean_text
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import Operator, utcnow
from unionoffice.errors import NotFound, Problem, RuleViolation, ValidationFailed

# scrypt cost: ~50 ms a check on the office PC, far too slow for guessing at scale.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,30}$")


def hash_password(password: str) -> str:
    """A salted scrypt hash of ``password``, as stored."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=32)
    return "$".join(["scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P),
                     base64.b64encode(salt).decode(), base64.b64encode(digest).decode()])


def check_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches the stored hash (in constant time)."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                             r=int(r), p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


@dataclass(frozen=True)
class OperatorView:
    """An account as the accounts list shows it (no password hash)."""
    username: str
    display_name: str
    role: str
    active: bool
    last_login_at: object


def _check_password_rule(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationFailed([Problem("password.too_short", "password",
                                        {"min": MIN_PASSWORD})])


@permissions.guarded("operators.manage")
def create_operator(engine: Engine, username: str, display_name: str, role: str,
                    password: str, *, operator: str = "") -> None:
    """Add an account. The first account must be a chair (it then administers the others)."""
    username = (username or "").strip()
    problems = []
    if not _USERNAME.match(username):
        problems.append(Problem("operator.username", "username", {"value": username}))
    name = clean_text(display_name, field="display_name", max_len=50, required=True)
    if role not in permissions.ROLES:
        problems.append(Problem("choice", "role", {"value": role,
                                                   "choices": "、".join(permissions.ROLES)}))
    if problems:
        raise ValidationFailed(problems)
    _check_password_rule(password)
    with write_session(engine) as session:
        first = session.exec(select(Operator).where(Operator.active)).first() is None
        if first and role != permissions.CHAIR:
            raise RuleViolation("operator.first_is_chair", "role")
        if session.exec(select(Operator).where(Operator.username == username)).first():
            raise ValidationFailed([Problem("operator.exists", "username", {"value": username})])
        row = Operator(username=username, display_name=name, role=role,
                       password_hash=hash_password(password))
        session.add(row)
        session.flush()
        trail.record(session, operator=operator, action="operator.create", entity="operator",
                     entity_id=row.id, after={"username": username, "display_name": name,
                                              "role": role})
    permissions.refresh_mode(engine)


def authenticate(engine: Engine, username: str, password: str) -> permissions.Actor:
    """Check the password and sign the operator in; every attempt is in the audit log."""
    username = (username or "").strip()
    with write_session(engine) as session:
        row = session.exec(select(Operator).where(Operator.username == username)).first()
        ok = row is not None and row.active and check_password(password or "", row.password_hash)
        if not ok:
            trail.record(session, operator=username or "?", action="auth.failed",
                         entity="operator", entity_id=row.id if row else "",
                         after={"username": username})
        else:
            row.last_login_at = utcnow()
            trail.record(session, operator=username, action="auth.login", entity="operator",
                         entity_id=row.id, after={"username": username})
            actor = permissions.Actor(row.username, row.display_name, row.role)
    if not ok:
        raise permissions.AccessDenied("auth.failed")
    permissions.sign_in(actor)
    return actor


def record_sign_out(engine: Engine, reason: str = "sign_out") -> None:
    """Log the end of a session (sign out, idle lock) and forget the operator."""
    actor = permissions.current()
    if actor is None:
        return
    with write_session(engine) as session:
        trail.record(session, operator=actor.username, action=f"auth.{reason}",
                     entity="operator", after={"username": actor.username})
    permissions.sign_out()


def change_password(engine: Engine, username: str, new_password: str, *,
                    old_password: str | None = None, operator: str = "") -> None:
    """Own password (with the old one), or anyone's by the chair."""
    actor = permissions.current()
    own = actor is not None and actor.username == username
    if not own:
        permissions.require(engine, "operators.manage")
    _check_password_rule(new_password)
    with write_session(engine) as session:
        row = session.exec(select(Operator).where(Operator.username == username)).first()
        if row is None:
            raise NotFound("operator.not_found", value=username)
        if own and not check_password(old_password or "", row.password_hash):
            raise permissions.AccessDenied("auth.failed")
        row.password_hash = hash_password(new_password)
        trail.record(session, operator=operator, action="operator.password", entity="operator",
                     entity_id=row.id, after={"username": username})


@permissions.guarded("operators.manage")
def set_active(engine: Engine, username: str, active: bool, *, operator: str = "") -> None:
    """Disable or re-enable an account (accounts are never deleted: the log names them)."""
    with write_session(engine) as session:
        row = session.exec(select(Operator).where(Operator.username == username)).first()
        if row is None:
            raise NotFound("operator.not_found", value=username)
        if not active and row.role == permissions.CHAIR:
            chairs = session.exec(select(Operator).where(
                Operator.role == permissions.CHAIR, Operator.active)).all()
            if len(chairs) <= 1:
                raise RuleViolation("operator.last_chair", "username")
        row.active = active
        trail.record(session, operator=operator, action="operator.enable" if active
                     else "operator.disable", entity="operator", entity_id=row.id,
                     after={"username": username})
    permissions.refresh_mode(engine)


def list_operators(engine: Engine) -> list[OperatorView]:
    """Every account, by user name."""
    with read_session(engine) as session:
        rows = session.exec(select(Operator).order_by(Operator.username)).all()
    return [OperatorView(r.username, r.display_name, r.role, r.active, r.last_login_at)
            for r in rows]
