"""Reading the audit trail: the entries a person may filter and see, and the chain check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from unionoffice.accounts import permissions
from unionoffice.audit.trail import ChainCheck, _walk_chain

VIEW = "audit.view"


@permissions.guarded(VIEW)
def verify_log(engine: Engine) -> ChainCheck:
    """Walk the whole chain (raw rows: ~1 s for a million entries' worth of hashing)."""
    with engine.connect() as conn:
        return _walk_chain(conn)


@dataclass(frozen=True)
class EntryView:
    """One entry as the audit view and ``audit list`` show it."""

    seq: int
    at: dt.datetime
    operator: str
    action: str
    entity: str
    entity_id: str
    before: str | None
    after: str | None

    @property
    def at_local(self) -> str:
        """The entry's time in Beijing, as the list shows it."""
        return self.at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S")

    @property
    def summary(self) -> str:
        """The entry's after (or before) text, shortened for the list."""
        text = self.after or self.before or ""
        return text if len(text) <= 160 else text[:157] + "…"

    def to_json(self) -> dict[str, Any]:
        """The entry as ``audit list --json`` prints it."""
        return {"seq": self.seq, "at": self.at.isoformat(), "operator": self.operator,
                "action": self.action, "entity": self.entity, "entity_id": self.entity_id,
                "before": self.before, "after": self.after}


BEIJING = dt.timezone(dt.timedelta(hours=8))


@permissions.guarded(VIEW)
def list_entries(engine: Engine, *, operator: str | None = None, action: str | None = None,
                 since: dt.date | None = None, until: dt.date | None = None,
                 text: str | None = None, limit: int = 2000) -> list[EntryView]:
    """Entries matching the filters, newest first (at most ``limit``)."""
    where, params = [], []
    if operator:
        where.append("operator = ?")
        params.append(operator)
    if action:
        where.append("action LIKE ?")
        params.append(action.replace("%", "") + "%")
    if since:
        where.append("at >= ?")
        params.append(dt.datetime.combine(since, dt.time(), BEIJING).astimezone(dt.UTC)
                      .strftime("%Y-%m-%d %H:%M:%S"))
    if until:
        where.append("at < ?")
        params.append(dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), BEIJING)
                      .astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"))
    if text:
        where.append("(entity_id = ? OR after LIKE ? OR before LIKE ?)")
        params += [text, f"%{text}%", f"%{text}%"]
    sql = ("SELECT seq, at, operator, action, entity, entity_id, before, after FROM audit_entry"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY seq DESC LIMIT ?")
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(sql, (*params, limit)).all()
    return [EntryView(r[0], dt.datetime.fromisoformat(r[1]).replace(tzinfo=dt.UTC)
                      if isinstance(r[1], str) else r[1].replace(tzinfo=dt.UTC), *r[2:])
            for r in rows]


@permissions.guarded(VIEW)
def operators_in_log(engine: Engine) -> list[str]:
    """Everyone who appears in the log (the audit view's filter)."""
    with engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            "SELECT DISTINCT operator FROM audit_entry ORDER BY operator")]
