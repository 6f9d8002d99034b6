"""Cell clean-up for rosters: what Excel and hand typing do to values, undone without guessing.

Each function takes a raw cell (str, int, float, date, datetime or None, as python-calamine or
the csv module give it) and returns the cleaned text or value. What cannot be cleaned safely is
reported as a :class:`Problem` and left out; an ID number that Excel turned into a number has
lost its last digits and is never reconstructed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

from unionoffice.common.validation import parse_date, upgrade_15_digit
from unionoffice.errors import Problem, ValidationFailed

# Spaces Excel and web forms leave behind: no-break, ideographic, zero-width, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[\s\u00a0\u3000]+")
_EXCEL_TEXT = re.compile(r'^="(.*)"$')  # ="0123…" is how CSV exports keep leading zeros
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")
_MONTH_ONLY = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*月?$")

GENDERS = {"男": "1", "男性": "1", "1": "1", "m": "1", "male": "1",
           "女": "2", "女性": "2", "2": "2", "f": "2", "female": "2"}
YES = {"是", "y", "yes", "1", "√", "✓", "✔", "有", "true"}
NO = {"否", "n", "no", "0", "×", "✗", "无", "不是", "false", "-"}
EMPLOYMENT_STATUS_NAMES = {"1": "在岗", "2": "待岗", "3": "失业", "4": "退休", "5": "离休",
                           "6": "退职", "7": "内退", "8": "病休", "9": "其他"}
# Everyday words for the code lists of the ledger (domain.md §1) -> the stored value.
CHOICE_SYNONYMS: dict[str, dict[str, str]] = {
    "education": {
        "硕士": "研究生", "博士": "研究生", "硕士研究生": "研究生", "博士研究生": "研究生",
        "本科": "大学本科", "大本": "大学本科", "大专": "大学专科", "专科": "大学专科",
        "高职": "大学专科", "中专": "中专/中职", "中职": "中专/中职", "技校": "中专/中职",
        "中技": "中专/中职", "职高": "中专/中职", "小学": "小学及以下", "文盲": "小学及以下"},
    "household_type": {"北京城镇": "本市城镇", "北京农村": "本市农村", "京籍城镇": "本市城镇",
                       "京籍农村": "本市农村", "外地城镇": "外埠城镇", "外地农村": "外埠农村",
                       "外省城镇": "外埠城镇", "外省农村": "外埠农村"},
    "employment_status": {**{v: k for k, v in EMPLOYMENT_STATUS_NAMES.items()}, "在职": "1"},
    "employment_form": {"合同制": "劳动合同", "签订劳动合同": "劳动合同", "派遣": "劳务派遣",
                        "兼职": "非全日制", "灵活用工": "平台灵活用工", "平台用工": "平台灵活用工"},
    "new_form_group": {"外卖骑手": "外卖配送员", "外卖员": "外卖配送员", "骑手": "外卖配送员",
                       "快递小哥": "快递员", "网约车": "网约车司机", "货车": "货车司机",
                       "护工": "护工护理员", "护理员": "护工护理员", "家政": "家政服务员",
                       "房产中介": "房产中介员", "保安": "保安员"},
    "model_worker_level": {"全国劳模": "全国", "全国劳动模范": "全国", "省部级劳模": "省部级",
                           "市级": "省部级", "北京市劳模": "省部级", "区级劳模": "区级"},
    "political_status": {"党员": "中共党员", "中共正式党员": "中共党员", "预备党员": "中共预备党员",
                         "团员": "共青团员"},
}
# Words that mean "none" in an optional code column (新就业形态: 否 / 无 / 不是).
NONE_WORDS = {"否", "无", "不是", "-", "/", "—", "非", "无此项"}


def cell_text(cell: object) -> str:
    """A cell as trimmed text: integral floats lose their ``.0``, dates become ISO text."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "是" if cell else "否"
    if isinstance(cell, float):
        return excel_number_text(cell) if cell.is_integer() else repr(cell)
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, str) and cell.isprintable() and cell[:1] not in (" ", "=") and \
            cell[-1:] != " " and "  " not in cell:
        return cell  # the common case: already clean (no odd spaces, tabs or marks)
    text = str(cell).translate(_INVISIBLE)
    m = _EXCEL_TEXT.match(text.strip())
    if m:
        text = m[1]
    return _SPACES.sub(" ", text).strip()


def excel_number_text(value: float) -> str:
    """A whole number as Excel shows it: 15 significant digits, then zeros."""
    return str(int(Decimal(f"{value:.15g}")))


def half_width(text: str) -> str:
    """Full-width digits, letters and punctuation to ASCII (for codes, numbers and dates)."""
    return unicodedata.normalize("NFKC", text)


def id_number_cell(cell: object, field: str, problems: list[Problem]) -> str:
    """The ID number as text, or "" with a problem when Excel has damaged it.

    A number Excel stored as a number keeps 15 significant digits: an 18-digit number has lost
    its last three (and an X check character cannot be a number at all). Such a value is
    refused, never completed. A 15-digit legacy number is upgraded, with a warning.
    """
    whole = isinstance(cell, int) or (isinstance(cell, float) and cell.is_integer())
    if whole and not isinstance(cell, bool):
        digits = cell_text(cell)
        if len(digits) > 15 or (isinstance(cell, float) and abs(cell) >= 1e15):
            problems.append(Problem("roster.id_as_number", field, {"value": digits}))
            return ""
        text = digits
    else:  # text, or a number that is no ID at all (3.5, NaN): the format check says so
        text = cell_text(cell)
        if not (len(text) == 18 and text[:17].isdigit() and text.isascii()):
            text = re.sub(r"[\s\-_]", "", half_width(text))
        text = text.upper()
    if _SCIENTIFIC.match(text):
        problems.append(Problem("roster.id_as_number", field, {"value": text}))
        return ""
    if len(text) == 15 and text.isdigit():
        new = upgrade_15_digit(text)
        problems.append(Problem("roster.id_upgraded", field, {"old": text, "new": new},
                                "warning"))
        return new
    return text


def phone_cell(text: str) -> str:
    """Phone digits as text (a phone stored as a number is exact: 11 digits fit)."""
    return text if text.isascii() else half_width(text)


def gender_cell(text: str, field: str, problems: list[Problem]) -> str | None:
    """男/女, 1/2, M/F … → the GB/T 2261.1 code (``text`` is the cell's :func:`cell_text`)."""
    if not text:
        return None
    code = GENDERS.get(text) or GENDERS.get(half_width(text).lower())
    if code is None:
        problems.append(Problem("choice", field, {"value": text, "choices": "男、女"}))
    return code


def yes_no_cell(text: str, field: str, problems: list[Problem]) -> bool | None:
    """是/否, Y/N, 1/0, √/× … → a flag (``text`` is the cell's :func:`cell_text`)."""
    if not text:
        return None
    word = half_width(text).lower()
    if word in YES:
        return True
    if word in NO:
        return False
    problems.append(Problem("choice", field, {"value": text, "choices": "是、否"}))
    return None


def choice_cell(text: str, field: str) -> str | None:
    """A code-list value with everyday synonyms replaced; the ledger's rules check the result."""
    text = text.replace(" ", "")
    if not text or (field != "employment_status" and text in NONE_WORDS):
        return None
    text = half_width(text) if field == "employment_status" else text
    return CHOICE_SYNONYMS.get(field, {}).get(text, text)


def date_cell(cell: object, field: str, problems: list[Problem],
              not_after: dt.date) -> dt.date | None:
    """A date from a date cell, an Excel serial, or any of the ledger's written forms."""
    if cell in (None, ""):
        return None
    raw: object = cell
    if isinstance(cell, float) and cell.is_integer():
        raw = int(cell)
    if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 10_000_000:
        raw = str(raw)  # 20190501 typed as a number
    if isinstance(raw, str):
        raw = half_width(cell_text(raw))
        if not raw:
            return None
        if _MONTH_ONLY.match(raw):
            problems.append(Problem("roster.month_only", field, {"value": raw}))
            return None
    try:
        return parse_date(raw, field=field, not_after=not_after)
    except ValidationFailed as exc:
        problems.extend(exc.problems)
        return None
