"""Step 1 of a roster import: clean and validate every row, find repeats inside the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from unionoffice.common.validation import normalize_uscc
from unionoffice.errors import Problem, ValidationFailed
from unionoffice.members.roster import normalize as N
from unionoffice.members.roster.columns import ColumnMapping
from unionoffice.members.roster.plan import (
    CHOICE_KEYS,
    PROGRESS_EVERY,
    ImportOptions,
    PreparedRow,
)
from unionoffice.members.roster.read import RosterTable
from unionoffice.members.service import MemberInput, validate_member

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


