"""From roster rows to a plan: each row checked, matched with the ledger, and decided.

Two steps, so the expensive one runs once when a dry run is followed by the import:

* :func:`prepare_rows` cleans and validates every row with the ledger's own rules and finds
  repeats inside the file. It needs no database.
* :func:`reconcile` matches the prepared rows with the ledger (same ID number → update when the
  row agrees with the record, else flag; organization by credit code or name, or a new one when
  allowed) and decides new / updated / unchanged / rejected. The import runs it again inside
  its write transaction, so what it writes is decided on the ledger as it is at that moment.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlmodel import Session

from unionoffice.common.validation import normalize_uscc
from unionoffice.errors import Problem, ValidationFailed
from unionoffice.members import rules as membership
from unionoffice.members.roster import normalize as N
from unionoffice.members.roster.columns import ColumnMapping
from unionoffice.members.roster.read import RosterTable
from unionoffice.members.service import MemberInput, validate_member

PROGRESS_EVERY = 2000
# Member columns an import may set (status and join date come from membership events).
MEMBER_FIELDS = ("name", "phone", "ethnicity", "education", "political_status", "household_type",
                 "migrant_worker", "employment_status", "employment_form", "new_form_group",
                 "platform", "card_number", "model_worker_level", "hardship")
CHOICE_KEYS = ("education", "household_type", "employment_status", "employment_form",
               "new_form_group", "model_worker_level", "political_status")
_BRACKETS = str.maketrans("()（）", "（）（）")


@functools.lru_cache(maxsize=4096)  # a roster names its few organizations again and again
def org_name_key(name: str) -> str:
    """Organization names as compared: brackets unified, spaces dropped (北京某某(分公司) = …）)."""
    return re.sub(r"\s+", "", name.translate(_BRACKETS))


@dataclass
class ImportOptions:
    """Choices the clerk makes for one import.

    Attributes:
        default_join_date: 入会日期 for rows that have none (else such rows are refused).
        default_organization_id: organization for rows that name none.
        create_organizations: add organizations the ledger does not know (else refuse the row).
        today: reference day for date checks.
    """

    default_join_date: dt.date | None = None
    default_organization_id: str | None = None
    create_organizations: bool = False
    today: dt.date | None = None

    @property
    def day(self) -> dt.date:
        return self.today or dt.date.today()


@dataclass
class PreparedRow:
    """One data row after clean-up and validation (``values`` is None when it is refused)."""

    row: int
    cells: list[object]
    values: dict | None
    present: frozenset[str]
    join_date: dt.date | None
    org_name: str
    org_uscc: str | None
    problems: list[Problem]
    repeat_of: int | None = None  # an identical earlier row: nothing to do

    @property
    def ok(self) -> bool:
        """Valid and not refused (every refusal also clears ``values``)."""
        return self.values is not None


@dataclass
class Issue:
    """One line of the error workbook: where, what value, what is wrong."""

    row: int
    field: str
    column: str
    value: str
    problem: Problem


@dataclass
class Summary:
    rows: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    warnings: int = 0

    def to_json(self) -> dict[str, int]:
        return {"rows": self.rows, "imported": self.imported, "updated": self.updated,
                "unchanged": self.unchanged, "rejected": self.rejected,
                "warnings": self.warnings}


@dataclass
class NewOrganization:
    id: str
    name: str
    uscc: str | None
    rows: list[int] = field(default_factory=list)


@dataclass
class Decisions:
    """What the import will do, decided against the ledger."""

    new: list[tuple[PreparedRow, str | None, dt.date]] = field(default_factory=list)
    updates: list[tuple[PreparedRow, str, dict, dict]] = field(default_factory=list)
    unchanged: list[PreparedRow] = field(default_factory=list)
    rejected: list[PreparedRow] = field(default_factory=list)
    new_orgs: dict[str, NewOrganization] = field(default_factory=dict)
    # Problems found while matching, by row (the prepared rows are not changed).
    problems: dict[int, list[Problem]] = field(default_factory=dict)
    # The ledger's change counter when these were decided (-1: unknown).
    ledger_seq: int = -1

    def add(self, row: int, problem: Problem) -> None:
        self.problems.setdefault(row, []).append(problem)

    def summary(self, prepared: list[PreparedRow]) -> Summary:
        warnings = sum(1 for r in prepared for p in r.problems if p.severity == "warning")
        warnings += sum(1 for ps in self.problems.values() for p in ps if p.severity == "warning")
        return Summary(rows=len(prepared), imported=len(self.new), updated=len(self.updates),
                       unchanged=len(self.unchanged), rejected=len(self.rejected),
                       warnings=warnings)


# --- step 1: clean and validate ---------------------------------------------------------------


# Fields whose values repeat down a roster (a few hundred distinct values in 100,000 rows):
# their cells are converted once per distinct value.
REPEATING = frozenset({"gender", "ethnicity", "organization", "organization_uscc", "join_date",
                       "birth_date", "migrant_worker", "hardship", "platform", *CHOICE_KEYS})


def convert_cell(key: str, cell: object, today: dt.date) -> tuple[str, object, tuple[Problem, ...]]:
    """One cell of field ``key``: (its text, its cleaned value, the problems found).

    A pure function of the cell, so :class:`RowPreparer` may reuse its result.
    """
    problems: list[Problem] = []
    text = N.cell_text(cell)
    if not text:
        return "", None, ()
    if key == "id_number":
        value = N.id_number_cell(cell, key, problems)
    elif key in ("birth_date", "join_date"):
        value = N.date_cell(cell, key, problems, today)
    elif key in CHOICE_KEYS:
        value = N.choice_cell(text, key)
    elif key == "gender":
        value = N.gender_cell(text, key, problems)
    elif key == "phone":
        value = N.phone_cell(text) or None
    elif key in ("migrant_worker", "hardship"):
        value = N.yes_no_cell(text, key, problems)
    elif key == "ethnicity":
        value = text if text.endswith("族") or text in ("其他", "外国血统") else text + "族"  # 汉
    elif key == "organization_uscc":
        try:
            value = normalize_uscc(N.half_width(text), field=key)
        except ValidationFailed as exc:
            value = None
            problems.extend(exc.problems)
    else:
        value = text
    return text, value, tuple(problems)


class RowPreparer:
    """Cleans and validates the rows of one file, for one column mapping and set of options."""

    def __init__(self, columns: list[tuple[int, str]], options: ImportOptions) -> None:
        """
        Args:
            columns: (column index, field) of the mapped columns.
            options: The clerk's choices.
        """
        self.columns = columns
        self.options = options
        self.today = options.day
        # Per repeating field: converted cells by text (most cells), and by (type, value) for
        # the rest, since True == 1 == 1.0 but 是 != "1" != "1.0".
        self.memo: dict[str, dict] = {key: {} for _, key in columns if key in REPEATING}
        self.typed_memo: dict[str, dict] = {key: {} for key in self.memo}
        # The same few sets of filled-in fields, shared by the rows instead of one per row.
        self.present: dict[tuple[str, ...], frozenset[str]] = {}

    def prepare(self, row: int, cells: list[object]) -> PreparedRow | None:
        """One row cleaned and validated; None for a row with nothing in the mapped columns."""
        today, memo = self.today, self.memo
        found: dict[str, object] = {}
        texts: dict[str, str] = {}
        problems: list[Problem] = []
        width = len(cells)
        for i, key in self.columns:
            cell = cells[i] if i < width else None
            if cell is None or cell == "":
                continue
            seen = memo.get(key)
            if seen is None:
                text, value, found_problems = convert_cell(key, cell, today)
            elif cell.__class__ is str:
                done = seen.get(cell)
                if done is None:
                    done = seen[cell] = convert_cell(key, cell, today)
                text, value, found_problems = done
            else:
                typed = self.typed_memo[key]
                done = typed.get((cell.__class__, cell))
                if done is None:
                    done = typed[(cell.__class__, cell)] = convert_cell(key, cell, today)
                text, value, found_problems = done
            if text:
                texts[key] = text
                found[key] = value
                if found_problems:
                    problems.extend(found_problems)
        if not texts:
            return None
        return self._validate(row, cells, found, texts, problems)

    def _validate(self, row: int, cells: list[object], found: dict, texts: dict,
                  problems: list[Problem]) -> PreparedRow:
        get = found.get
        data = MemberInput(
            name=texts.get("name", ""), id_number=get("id_number") or "",
            gender=get("gender"), birth_date=get("birth_date"), phone=get("phone"),
            migrant_worker=bool(get("migrant_worker")), hardship=bool(get("hardship")),
            employment_status=get("employment_status") or "1",
            education=get("education"), political_status=get("political_status"),
            household_type=get("household_type"), employment_form=get("employment_form"),
            new_form_group=get("new_form_group"), model_worker_level=get("model_worker_level"),
            ethnicity=get("ethnicity"), platform=get("platform"),
        )
        values = None
        # A warning (a 15-digit number upgraded) does not stand in for the number's errors.
        id_reported = bool(problems) and any(p.field == "id_number" and p.severity == "error"
                                             for p in problems)
        try:
            values = validate_member(data, today=self.today)
        except ValidationFailed as exc:
            # An ID cell Excel damaged is already reported; do not add "required" to it.
            problems.extend(p for p in exc.problems
                            if not (id_reported and p.field == "id_number"))
        problems.extend(data.warnings)
        join_date = get("join_date")
        if values and join_date and values["birth_date"] and join_date < values["birth_date"]:
            problems.append(Problem("date.before", "join_date", {
                "value": join_date.isoformat(), "other": "出生日期",
                "other_value": values["birth_date"].isoformat()}))
        if values is not None and problems and any(p.severity == "error" for p in problems):
            values = None
        keys = tuple(texts)
        present = self.present.get(keys)
        if present is None:
            present = self.present[keys] = frozenset(keys)
        return PreparedRow(row, cells, values, present, join_date,
                           texts.get("organization", ""), get("organization_uscc"), problems)


def prepare_row(row: int, cells: list[object], columns: list[tuple[int, str]],
                options: ImportOptions) -> PreparedRow | None:
    """Clean and validate one row; None for a row with nothing in the mapped columns."""
    return RowPreparer(columns, options).prepare(row, cells)


def prepare_rows(table: RosterTable, mapping: ColumnMapping,
                 options: ImportOptions) -> Iterator[tuple[int, int]]:
    """Clean and validate every row; yields progress, returns the list of prepared rows."""
    total = len(table.rows)
    prepared: list[PreparedRow] = []
    preparer = RowPreparer([(i, key) for i, key in enumerate(mapping.fields) if key], options)
    for done, (row, cells) in enumerate(table.rows):
        item = preparer.prepare(row, cells)
        if item is not None:
            prepared.append(item)
        if done % PROGRESS_EVERY == 0:
            yield done, total
    _mark_repeats(prepared)
    yield total, total
    return prepared


def _fingerprint(item: PreparedRow) -> tuple:
    return (tuple(sorted((k, str(v)) for k, v in item.values.items())), item.join_date,
            item.org_name, item.org_uscc, item.present)


def _mark_repeats(prepared: list[PreparedRow]) -> None:
    """The same ID number twice: an identical repeat is skipped, differing rows are all refused."""
    by_id: dict[str, list[PreparedRow]] = {}
    for item in prepared:
        if item.values is not None:
            by_id.setdefault(item.values["id_number"], []).append(item)
    for items in by_id.values():
        if len(items) < 2:
            continue
        first = items[0]
        if all(_fingerprint(i) == _fingerprint(first) for i in items[1:]):
            for item in items[1:]:
                item.repeat_of = first.row
                item.problems.append(Problem("roster.repeat_row", "id_number",
                                             {"other": first.row}, "warning"))
            continue
        rows = "、".join(str(i.row) for i in items)
        number = first.values["id_number"]
        for item in items:
            item.problems.append(Problem("roster.duplicate_in_file", "id_number",
                                         {"value": number, "rows": rows}))
            item.values = None


# --- step 2: match with the ledger ------------------------------------------------------------

_LEDGER_COLUMNS = ("id", "id_number", "name", "status", "join_date", "organization_id",
                   *MEMBER_FIELDS[1:])


def _ledger_members(session: Session, id_numbers: list[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    conn = session.connection()
    held = conn.exec_driver_sql("SELECT count(*) FROM member").scalar_one()
    if held < len(id_numbers):
        # A file larger than the ledger (a first import): read the ledger's numbers once
        # rather than look up every row of the file.
        known = {r[0] for r in conn.exec_driver_sql(
            "SELECT id_number FROM member WHERE id_type = 'RIC'")}
        id_numbers = [n for n in id_numbers if n in known]
    for start in range(0, len(id_numbers), 500):
        chunk = id_numbers[start:start + 500]
        rows = conn.exec_driver_sql(
            f"SELECT {', '.join(_LEDGER_COLUMNS)} FROM member WHERE id_type = 'RIC' AND "
            f"id_number IN ({', '.join('?' for _ in chunk)})", tuple(chunk)).all()
        for r in rows:
            found[r[1]] = dict(zip(_LEDGER_COLUMNS, r, strict=True))
    return found


class _Organizations:
    """The ledger's organizations by credit code and by compared name."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(text("SELECT id, name, uscc FROM organization")).all()
        self.names = {r[0]: r[1] for r in rows}
        self.by_uscc = {r[2]: r[0] for r in rows if r[2]}
        self.by_name: dict[str, list[str]] = {}
        for r in rows:
            self.by_name.setdefault(org_name_key(r[1]), []).append(r[0])


def _resolve_org(item: PreparedRow, orgs: _Organizations, options: ImportOptions,
                 out: Decisions, new_id) -> tuple[str | None, bool]:
    """(organization id or None, refused?) for a row; may plan a new organization."""
    name, uscc = item.org_name, item.org_uscc
    if not name and not uscc:
        if options.default_organization_id:
            return options.default_organization_id, False
        out.add(item.row, Problem("roster.no_org", "organization", {}, "warning"))
        return None, False
    key = org_name_key(name) if name else ""
    if uscc and uscc in orgs.by_uscc:
        org_id = orgs.by_uscc[uscc]
        if key and org_name_key(orgs.names[org_id]) != key:
            out.add(item.row, Problem("roster.org_uscc_mismatch", "organization", {
                "uscc": uscc, "found": orgs.names[org_id], "value": name}))
            return None, True
        return org_id, False
    if key:
        matches = orgs.by_name.get(key, [])
        if len(matches) > 1:
            out.add(item.row, Problem("roster.org_ambiguous", "organization", {"value": name}))
            return None, True
        if matches:
            if uscc:  # the name is known with another (or no) code: do not guess which is right
                out.add(item.row, Problem("roster.org_uscc_mismatch", "organization", {
                    "uscc": uscc, "found": orgs.names[matches[0]], "value": name}))
                return None, True
            return matches[0], False
    label = name or uscc
    if not options.create_organizations:
        out.add(item.row, Problem("roster.org_not_found", "organization", {"value": label}))
        return None, True
    if not name:
        out.add(item.row, Problem("roster.org_name_needed", "organization", {"value": uscc}))
        return None, True
    planned_key = uscc or key
    planned = out.new_orgs.get(planned_key)
    if planned is None:
        planned = out.new_orgs[planned_key] = NewOrganization(new_id(), name, uscc)
        out.add(item.row, Problem("roster.org_created", "organization", {"value": name},
                                  "warning"))
    planned.rows.append(item.row)
    return planned.id, False


def reconcile(session: Session, prepared: list[PreparedRow], options: ImportOptions,
              new_id) -> Decisions:
    """Decide what each prepared row does to the ledger as it is in ``session``.

    Args:
        session: An open session (read for a dry run, the write transaction for the import).
        prepared: Rows from :func:`prepare_rows`.
        options: The clerk's choices.
        new_id: Makes ids for organizations to be created.
    """
    out = Decisions()
    valid = [r for r in prepared if r.ok]
    existing = _ledger_members(session, [r.values["id_number"] for r in valid])
    orgs = _Organizations(session)
    for item in prepared:
        if not item.ok:
            out.rejected.append(item)
            continue
        if item.repeat_of is not None:
            out.unchanged.append(item)
            continue
        org_id, refused = _resolve_org(item, orgs, options, out, new_id)
        if refused:
            out.rejected.append(item)
            continue
        current = existing.get(item.values["id_number"])
        if current is None:
            join_date = item.join_date or options.default_join_date
            if join_date is None:
                out.add(item.row, Problem("roster.join_date_missing", "join_date"))
                out.rejected.append(item)
                continue
            birth = item.values["birth_date"]
            if birth and join_date < birth:
                out.add(item.row, Problem("date.before", "join_date", {
                    "value": join_date.isoformat(), "other": "出生日期",
                    "other_value": birth.isoformat()}))
                out.rejected.append(item)
                continue
            out.new.append((item, org_id, join_date))
            continue
        _decide_update(item, current, org_id, orgs, out)
    return out


def _decide_update(item: PreparedRow, current: dict, org_id: str | None,
                   orgs: _Organizations, out: Decisions) -> None:
    if current["name"] != item.values["name"]:
        out.add(item.row, Problem("roster.name_mismatch", "name", {
            "value": item.values["id_number"], "name": current["name"],
            "given": item.values["name"]}))
        out.rejected.append(item)
        return
    before, after = {}, {}
    for key in MEMBER_FIELDS[1:]:
        if key not in item.present:
            continue
        new = item.values[key]
        old = bool(current[key]) if key in ("migrant_worker", "hardship") else current[key]
        if new != old:
            before[key], after[key] = old, new
    if org_id and org_id != current["organization_id"]:
        if current["organization_id"] is None:
            before["organization_id"], after["organization_id"] = None, org_id
        else:
            out.add(item.row, Problem("roster.org_differs", "organization", {
                "current": orgs.names.get(current["organization_id"], ""),
                "value": item.org_name or item.org_uscc}, "warning"))
    joined = current["join_date"]
    if item.join_date and joined and item.join_date.isoformat() != str(joined):
        out.add(item.row, Problem("roster.join_date_differs", "join_date", {
            "value": item.join_date.isoformat(), "current": str(joined)}, "warning"))
    if current["status"] not in membership.IN_UNION:
        out.add(item.row, Problem("roster.not_member", "name", {
            "status": membership.status_label(current["status"])}, "warning"))
    if after:
        out.updates.append((item, current["id"], before, after))
    else:
        out.unchanged.append(item)


def issues_of(prepared: list[PreparedRow], decisions: Decisions,
              mapping: ColumnMapping) -> list[Issue]:
    """Every problem and warning, in row order, for the summary and the error workbook."""
    issues = []
    found_later = decisions.problems
    places: dict[str, tuple[int | None, str]] = {}  # field -> (its column, its header)
    for item in prepared:
        problems = item.problems
        later = found_later.get(item.row)
        if later:
            problems = problems + later
        for problem in problems:
            place = places.get(problem.field)
            if place is None:
                key = problem.field
                if key == "organization" and mapping.column_of(key) is None and \
                        mapping.column_of("organization_uscc") is not None:
                    key = "organization_uscc"  # the row named its organization by code only
                place = places[problem.field] = (mapping.column_of(key), mapping.header_of(key))
            column, header = place
            value = "" if column is None or column >= len(item.cells) else \
                N.cell_text(item.cells[column])
            issues.append(Issue(item.row, problem.field, header, value, problem))
    return issues
