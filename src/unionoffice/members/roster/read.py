"""Read a roster file (.xlsx, .xls, .csv) into a header and rows of raw cell values.

python-calamine reads both Excel formats. CSV files come from many tools: UTF-8 with or
without a BOM, or GBK / GB18030 (Excel's "CSV" on a Chinese Windows); the first encoding that
decodes the whole file wins, tried in that order (valid GB18030 text is almost never valid
UTF-8, while any bytes at all decode as GB18030, so the order matters).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import python_calamine

from unionoffice.common.memory import gc_paused
from unionoffice.errors import LedgerError
from unionoffice.members.roster.columns import score_header_row

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
HEADER_SEARCH_ROWS = 15  # title rows ("XX公司工会会员花名册") may sit above the header
CSV_ENCODINGS = ("utf-8-sig", "gb18030")


class RosterUnreadable(LedgerError):
    """The file cannot be read as a roster; nothing was imported."""


@dataclass
class RosterTable:
    """A roster as read: where its header is, the header cells and the data rows.

    ``rows`` holds (row number in the file, 1-based as Excel shows it, cells).
    """

    path: Path
    sheet: str
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[object]]]
    encoding: str | None = None
    sha256: str = ""


def read_roster(path: Path) -> RosterTable:
    """Read the first sheet that has a roster header (needs at least 姓名 and an ID column).

    Raises:
        RosterUnreadable: unknown type, damaged or password-protected file, undecodable CSV,
            or no header row found.
    """
    with gc_paused():
        return _read(Path(path))


def _read(path: Path) -> RosterTable:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise RosterUnreadable("roster.not_found", file=str(path))
    if suffix in EXCEL_SUFFIXES:
        sheets = _excel_sheets(path)
        encoding = None
    elif suffix in CSV_SUFFIXES:
        encoding, rows = _csv_rows(path)
        sheets = [("", rows)]
    else:
        raise RosterUnreadable("roster.file_type", file=path.name, suffix=suffix or "（无）")
    for sheet, rows in sheets:
        header_at = _find_header(rows)
        if header_at is None:
            continue
        headers = [_header_text(c) for c in rows[header_at]]
        body = [(header_at + 2 + i, cells) for i, cells in enumerate(rows[header_at + 1:])]
        return RosterTable(path, sheet, header_at + 1, headers, body, encoding,
                           file_sha256(path))
    raise RosterUnreadable("roster.no_header", file=path.name, rows=HEADER_SEARCH_ROWS)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read a mebibyte at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _header_text(cell: object) -> str:
    return str(cell).strip() if cell not in (None, "") else ""


def _find_header(rows: list[list[object]]) -> int | None:
    best, best_score = None, 0
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = score_header_row(cells)
        if score > best_score:
            best, best_score = index, score
    return best


def _excel_sheets(path: Path) -> Iterator[tuple[str, list[list[object]]]]:
    """The visible sheets' cells, one sheet at a time (reading stops at the roster's sheet)."""
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        names = [s.name for s in book.sheets_metadata
                 if s.visible == python_calamine.SheetVisibleEnum.Visible]
        for name in names:
            # Keep empty cells as "" so column positions stay those of the header.
            yield name, book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except python_calamine.PasswordError:
        raise RosterUnreadable("roster.password", file=path.name) from None
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise RosterUnreadable("roster.damaged", file=path.name, reason=_reason(exc)) from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text and the encoding that decoded it (UTF-8 with/without BOM, else GB18030)."""
    for encoding in CSV_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise RosterUnreadable("roster.encoding")  # pragma: no cover - GB18030 decodes anything


def _csv_rows(path: Path) -> tuple[str, list[list[object]]]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        # UTF-16 (Excel's "Unicode text") or not a text file at all.
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            text, encoding = data.decode("utf-16"), "utf-16"
        else:
            raise RosterUnreadable("roster.damaged", file=path.name, reason="binary data")
    else:
        text, encoding = decode_csv(data)
        if encoding == "gb18030" and _looks_binary(text):
            raise RosterUnreadable("roster.encoding", file=path.name)
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    return encoding, rows


def _looks_binary(text: str) -> bool:
    # GB18030 maps every byte sequence to something; control characters betray binary data.
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t")
    return controls > 8
