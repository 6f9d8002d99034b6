"""Records with dated, audited steps: their states, the actions allowed in each, the step.

A mediation case and a collective contract (and every later record with dated steps) each
declare one :class:`Lifecycle`: the record's states and, for every action, the states it may
follow, the state it leads to and the permission it needs. An action cannot be declared
without a permission, and :meth:`Lifecycle.step` is the only way such a record changes
state. Inside the caller's transaction a step checks, in this order, that the signed-in role
holds the action's permission, that the action is allowed in the record's present state, and
that its date is neither in the future nor before the record's last step; then it writes the
dated event, the new state and the audit entry.

:meth:`Lifecycle.step_service` makes the service for a step that needs nothing more (one
transaction each); a service that does more than the step (give a case its number, record a
vote) opens the session itself and calls :meth:`Lifecycle.step` inside it.

Labels come from the message catalog: ``<kind>.state.<state>``, ``<kind>.action.<action>``
and ``field.<kind>`` (what the record is called in messages: 案件, 集体合同).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import Session, SQLModel, select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.common.validation import parse_date
from unionoffice.db.engine import write_session
from unionoffice.errors import NotFound, RuleViolation
from unionoffice.i18n import t


@dataclass(frozen=True)
class Action:
    """One step a record may take: from which states, to which state, by whose permission.

    Attributes:
        name: the action's code (``accept``); its label is ``<kind>.action.<name>``.
        after: the states it may follow.
        to: the state it leads to.
        permission: what the signed-in role must hold (``accounts/permissions.py``).
        note: the catalog key of the note this step requires (a reason, a description), or
            None when a note is optional.
        confirm: whether the window asks before taking it (it closes or ends something).
    """

    name: str
    after: frozenset[str]
    to: str
    permission: str
    note: str | None = None
    confirm: bool = False


class Lifecycle:
    """The states and actions of one kind of record, and the one way to take a step."""

    def __init__(self, kind: str, *, model: type[SQLModel], event_model: type[SQLModel],
                 owner: str, entity: str, initial: str, states: Iterable[str],
                 actions: Iterable[Action], register_permission: str) -> None:
        """Declare a lifecycle; a mistake in the declaration fails at import.

        Args:
            kind: the record's name in codes and messages (``case``, ``contract``).
            model: the record's table; it has a ``status`` column.
            event_model: the table of its dated steps (action, from_state, to_state,
                on_date, note, operator and the ``owner`` column).
            owner: the event column naming the record (``case_id``).
            entity: the record's name in the audit log (``mediation_case``).
            initial: the state a newly registered record is in.
            states: every state, in the order lists show them.
            actions: every action.
            register_permission: what registering a new record needs.
        """
        self.kind, self.model, self.event_model = kind, model, event_model
        self.owner, self.entity, self.initial = owner, entity, initial
        self.states = tuple(states)
        self.actions = {a.name: a for a in actions}
        self.register_permission = register_permission
        self.services: dict[str, Callable[..., None]] = {}  # step services, by action
        for permission in {register_permission, *(a.permission for a in self.actions.values())}:
            if permission not in permissions.PERMISSIONS:
                raise ValueError(f"{kind}: unknown permission {permission!r}")
        for a in self.actions.values():
            if a.to not in self.states or not a.after <= set(self.states):
                raise ValueError(f"{kind}.{a.name}: a state that is not declared")

    # --- the rules ------------------------------------------------------------------------

    def can(self, state: str, action: str) -> bool:
        """Whether ``action`` may follow ``state``."""
        return state in self.actions[action].after

    def allowed_actions(self, state: str) -> list[str]:
        """The actions ``state`` allows, in their declared order."""
        return [name for name in self.actions if self.can(state, name)]

    def state_label(self, state: str) -> str:
        """The state's name in the chosen language."""
        return t(f"{self.kind}.state.{state}")

    def action_label(self, action: str) -> str:
        """The action's name in the chosen language."""
        return t(f"{self.kind}.action.{action}")

    def state_choices(self) -> list[tuple[str, str]]:
        """(state, label) of every state, for filters."""
        return [(s, self.state_label(s)) for s in self.states]

    # --- the steps ------------------------------------------------------------------------

    def get(self, session: Session, record_id: str) -> Any:
        """The record, or NotFound (``<kind>.not_found``)."""
        record = session.get(self.model, record_id)
        if record is None:
            raise NotFound(f"{self.kind}.not_found", value=record_id)
        return record

    def last_step_on(self, session: Session, record_id: str) -> dt.date | None:
        """The date of the record's latest step."""
        column = getattr(self.event_model, self.owner)
        last = session.execute(select(func.max(self.event_model.on_date))
                               .where(column == record_id)).scalar()
        return dt.date.fromisoformat(last) if isinstance(last, str) else last

    def register(self, session: Session, record: Any, on: dt.date, *, operator: str = "",
                 audit_after: dict | None = None) -> None:
        """Write a new record's first event and its audit entry (``<kind>.register``)."""
        permissions.require(_engine(session), self.register_permission)
        record.status = self.initial
        session.add(record)
        session.flush()
        session.add(self.event_model(**{self.owner: record.id}, action="register",
                                     from_state="", to_state=self.initial, on_date=on,
                                     operator=operator or trail.current_operator()))
        session.flush()
        trail.record(session, operator=operator, action=f"{self.kind}.register",
                     entity=self.entity, entity_id=record.id,
                     after=trail.snapshot(record) | (audit_after or {}))

    def step(self, session: Session, record: Any, action: str, on: object, *,
             note: str | None = None, operator: str = "", today: dt.date | None = None,
             **event_fields: Any) -> dt.date:
        """Take ``action`` on ``record`` dated ``on``; returns the date.

        Raises:
            AccessDenied: the signed-in role may not take this action.
            RuleViolation: the action is not allowed in the present state
                (``lifecycle.not_allowed``) or its date is before the last step
                (``lifecycle.date_order``).
            ValidationFailed: the date is not a date, or lies in the future.
        """
        spec = self.actions[action]
        permissions.require(_engine(session), spec.permission)
        if not self.can(record.status, action):
            raise RuleViolation("lifecycle.not_allowed", self.kind,
                                state=self.state_label(record.status),
                                action=self.action_label(action))
        when = parse_date(on, field="on_date", not_after=today or dt.date.today())
        last = self.last_step_on(session, record.id)
        if last and when < last:
            raise RuleViolation("lifecycle.date_order", "on_date", record=self.record_name(),
                                value=when.isoformat(), last=last.isoformat())
        before = trail.snapshot(record)
        session.add(self.event_model(**{self.owner: record.id}, action=action,
                                     from_state=record.status, to_state=spec.to, on_date=when,
                                     note=note, operator=operator or trail.current_operator(),
                                     **event_fields))
        record.status = spec.to
        session.flush()
        trail.record(session, operator=operator, action=f"{self.kind}.{action}",
                     entity=self.entity, entity_id=record.id, before=before,
                     after=trail.snapshot(record))
        return when

    def refuse_unless(self, record: Any, allowed: Iterable[str], what: str) -> None:
        """RuleViolation unless the record is in one of ``allowed`` (for non-step edits)."""
        if record.status not in set(allowed):
            raise RuleViolation("lifecycle.not_allowed", self.kind,
                                state=self.state_label(record.status), action=what)

    def record_name(self) -> str:
        """What the record is called in messages (案件, 集体合同)."""
        return t(f"field.{self.kind}")

    def step_service(self, action: str, *, apply: Callable[[Any, dt.date, str | None], None]
                     | None = None, date_field: str | None = None,
                     doc: str = "") -> Callable[..., None]:
        """The service ``fn(engine, record_id, on, *, note=None, operator="", today=None)``.

        It checks the action's permission before anything else, then takes the step in one
        transaction; ``date_field`` names the record's column that keeps the step's date
        (``filed_on``), and ``apply(record, date, note)`` sets anything else the step records
        on the record itself (an end date, an objection).
        """
        spec = self.actions[action]

        @permissions.guarded(spec.permission)
        def service(engine: Engine, record_id: str, on: object, *, note: str | None = None,
                    operator: str = "", today: dt.date | None = None) -> None:
            with write_session(engine) as session:
                record = self.get(session, record_id)
                when = self.step(session, record, action, on, note=note, operator=operator,
                                 today=today)
                if date_field is not None:
                    setattr(record, date_field, when)
                if apply is not None:
                    apply(record, when, note)
                session.flush()

        service.__name__ = service.__qualname__ = f"{action}_{self.kind}"
        service.__doc__ = doc or f"{self.kind}: {action}."
        self.services[action] = service
        return service


def _engine(session: Session) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine
