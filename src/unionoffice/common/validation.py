"""Field validators: ID number, USCC, phone, dates; each problem has a code and a field.

python-stdnum does the checksum and code-table work; the caveats of domain.md §2 are handled
here: a birthplace failure is only a warning, a future birth date is refused, ``stdnum``'s
``calc_check_digit`` is fed the 17-digit body plus a placeholder, and USCCs that start with a
letter (N1…, Y1…) are accepted.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError as StdnumError

from unionoffice.errors import Problem, ValidationFailed

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
# Registering bodies (position 1) of GB 32100-2015.
USCC_BODIES = set("156789ANY")
GENDER_MALE, GENDER_FEMALE = "1", "2"  # GB/T 2261.1
_ID_RE = re.compile(r"^\d{17}[\dX]$")
_SEPARATORS = re.compile(r"[\s\-－—_]")
_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE_RE = re.compile(r"^0\d{2,3}\d{7,8}(\d{1,6})?$")
_PHONE_NOISE = re.compile(r"[\s\-－()（）]")
_WHITESPACE = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def fail(code: str, field: str, **params: object) -> ValidationFailed:
    """Build the exception for one problem (raise it at the call site)."""
    return ValidationFailed([Problem(code, field, dict(params))])


class Collector:
    """Collects problems from several validators so a form reports them all at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def check(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a validator; on failure remember its problems and return None."""
        try:
            return fn(*args, **kwargs)
        except ValidationFailed as exc:
            self.problems.extend(exc.problems)
            return None

    def add(self, problem: Problem) -> None:
        """Remember a problem found by hand."""
        self.problems.append(problem)

    def raise_if_errors(self) -> None:
        """ValidationFailed with every error found so far (warnings do not refuse)."""
        if any(p.severity == "error" for p in self.problems):
            raise ValidationFailed(self.problems)


# --- ID numbers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class IdNumberInfo:
    """What a valid 18-digit citizen ID number says about its holder."""

    number: str
    birth_date: dt.date
    gender: str  # "1" male, "2" female
    birthplace_known: bool


def id_check_character(body17: str) -> str:
    """ISO 7064 MOD 11-2 check character for a 17-digit body."""
    # stdnum ignores the last character it is given: pass a placeholder (domain.md §2).
    return ric.calc_check_digit(body17 + "0")


def upgrade_15_digit(number: str) -> str:
    """Turn a legacy 15-digit ID number into its 18-digit form (only for importing old data)."""
    number = number.strip()
    if not (len(number) == 15 and number.isdigit()):
        raise fail("id_number.format", "id_number", value=number)
    body = number[:6] + "19" + number[6:]
    return body + id_check_character(body)


def parse_id_number(
    raw: str,
    *,
    field: str = "id_number",
    today: dt.date | None = None,
    warnings: list[Problem] | None = None,
) -> IdNumberInfo:
    """Validate a citizen ID number (GB 11643-1999) and derive birth date and gender.

    Args:
        raw: The number as typed; spaces are dropped and a lower-case x is upper-cased.
        field: Field name reported with problems.
        today: Reference date for the future/under-16 checks.
        warnings: If given, non-fatal findings (unknown birthplace, under 16) are appended.

    Raises:
        ValidationFailed: format, check character or birth date are wrong.
    """
    today = today or dt.date.today()
    value = str(raw or "")
    if not (len(value) == 18 and value.isalnum() and value.isascii()):
        value = _SEPARATORS.sub("", value)
    value = value.upper()
    if not value:
        raise fail("required", field)
    if len(value) == 15 and value.isdigit():
        raise fail("id_number.legacy15", field, value=value)
    if not _ID_RE.match(value):
        raise fail("id_number.format", field, value=value)
    expected = id_check_character(value[:17])
    if value[17] != expected:
        raise fail("id_number.checksum", field, value=value, expected=expected)
    try:
        birth = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise fail(
            "id_number.birth_date", field, value=value,
            date=f"{value[6:10]}-{value[10:12]}-{value[12:14]}",
        ) from None
    if birth > today:
        raise fail("id_number.future_birth", field, value=value, date=birth.isoformat())
    place_known = _birth_place_known(value[:6], value[6:10])
    if not place_known:
        if warnings is not None:
            warnings.append(
                Problem("id_number.birth_place", field, {"value": value, "code": value[:6]},
                        "warning")
            )
    if warnings is not None and age_on(birth, today) < 16:
        warnings.append(
            Problem("id_number.under_16", field, {"date": birth.isoformat()}, "warning")
        )
    gender = GENDER_MALE if int(value[16]) % 2 == 1 else GENDER_FEMALE
    return IdNumberInfo(value, birth, gender, place_known)


@functools.lru_cache(maxsize=8192)
def _birth_place_known(area: str, year: str) -> bool:
    # stdnum's lookup costs ~50 µs a call; a roster of 100,000 people has a few thousand
    # distinct (area, year) pairs, so the answers are remembered.
    try:
        ric.get_birth_place(f"{area}{year}0101000X")
        return True
    except StdnumError:
        return False


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def cross_check_identity(
    info: IdNumberInfo, gender: str | None, birth_date: dt.date | None
) -> list[Problem]:
    """Compare a typed gender / birth date with what the ID number says."""
    problems = []
    if gender and gender != info.gender:
        problems.append(
            Problem(
                "id_number.gender_mismatch",
                "gender",
                {"given": gender_label(gender), "derived": gender_label(info.gender)},
            )
        )
    if birth_date and birth_date != info.birth_date:
        problems.append(
            Problem(
                "id_number.birth_mismatch",
                "birth_date",
                {"given": birth_date.isoformat(), "derived": info.birth_date.isoformat()},
            )
        )
    return problems


def gender_label(code: str) -> str:
    """男 or 女 (male, female) for a gender code."""
    from unionoffice.i18n import t

    return t("gender.male") if code == GENDER_MALE else t("gender.female")


def make_id_number(area: str, birth: dt.date, sequence: int) -> str:
    """Build a valid ID number (demo data and tests): area code, birth date, 3-digit sequence."""
    body = f"{area}{birth:%Y%m%d}{sequence:03d}"
    return body + id_check_character(body)


# --- USCC -------------------------------------------------------------------------------------


def uscc_check_character(body17: str) -> str:
    """GB 32100-2015 check character for the first 17 characters."""
    return uscc.calc_check_digit(body17)


def normalize_uscc(raw: str, *, field: str = "uscc") -> str:
    """Validate a unified social credit code (GB 32100-2015), letters first included."""
    value = _SEPARATORS.sub("", str(raw or "")).upper()
    if not value:
        raise fail("required", field)
    if (
        len(value) != 18
        or value[0] not in USCC_BODIES
        or any(c not in USCC_ALPHABET for c in value)
        or not value[2:8].isdigit()
    ):
        raise fail("uscc.format", field, value=value)
    expected = uscc_check_character(value[:17])
    if value[17] != expected:
        raise fail("uscc.checksum", field, value=value, expected=expected)
    return value


def make_uscc(body17: str) -> str:
    """Complete a 17-character USCC body with its check character."""
    return body17 + uscc_check_character(body17)


# --- phones -----------------------------------------------------------------------------------


def _phone_digits(raw: str) -> str:
    value = str(raw or "")
    if not value.isdigit():
        value = _PHONE_NOISE.sub("", value)
    if value.startswith("+86"):
        value = value[3:]
    elif value.startswith("0086"):
        value = value[4:]
    return value


def normalize_mobile(raw: str, *, field: str = "phone") -> str:
    """A mainland mobile number: 11 digits starting 13–19; +86, spaces and dashes are dropped."""
    value = _phone_digits(raw)
    if not _MOBILE_RE.match(value):
        raise fail("phone.format", field, value=str(raw).strip())
    return value


def normalize_phone(raw: str, *, field: str = "contact_phone") -> str:
    """A mobile number or a landline with area code (010-12345678); kept as digits."""
    value = _phone_digits(raw)
    if _MOBILE_RE.match(value) or _LANDLINE_RE.match(value):
        return value
    raise fail("phone.landline_format", field, value=str(raw).strip())


# --- dates ------------------------------------------------------------------------------------

_DATE_RES = [
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]


def parse_date(
    raw: object,
    *,
    field: str = "date",
    not_after: dt.date | None = None,
) -> dt.date:
    """Read a date as offices write it: ISO, slashes, dots, 年月日, 8 digits or an Excel serial.

    Args:
        raw: A ``date``, ``datetime``, Excel serial number (int/float or its digits), or text.
        field: Field name reported with problems.
        not_after: If given, a later date is refused (``date.future``).
    """
    if isinstance(raw, dt.datetime):
        value = raw.date()
    elif isinstance(raw, dt.date):
        value = raw
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        value = _from_excel_serial(raw, field)
    else:
        text = str(raw or "").strip().replace("　", "")
        if not text:
            raise fail("required", field)
        text = text.translate(str.maketrans("０１２３４５６７８９／．－", "0123456789/.-"))
        value = None
        if re.fullmatch(r"\d{1,5}(\.\d+)?", text):
            value = _from_excel_serial(float(text), field)
        else:
            for pattern in _DATE_RES:
                m = pattern.match(text)
                if m:
                    try:
                        value = dt.date(int(m[1]), int(m[2]), int(m[3]))
                    except ValueError:
                        raise fail("date.format", field, value=text) from None
                    break
        if value is None:
            raise fail("date.format", field, value=text)
    if not_after is not None and value > not_after:
        raise fail("date.future", field, value=value.isoformat())
    return value


def _from_excel_serial(serial: float, field: str) -> dt.date:
    # Excel's day 60 is the non-existent 1900-02-29; serials from 61 on count from 1899-12-30.
    if not 61 <= serial <= 2958465:
        raise fail("date.format", field, value=str(serial))
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))


# --- text -------------------------------------------------------------------------------------


def clean_text(raw: object, *, field: str, max_len: int = 100, required: bool = False) -> str:
    """Trim a text field; refuse it if it is empty (when required) or too long."""
    if not raw:
        value = ""
    else:
        value = str(raw)
        if not value.isprintable() or "  " in value or value[0] == " " or value[-1] == " ":
            value = _WHITESPACE.sub(" ", value).strip()
    if required and not value:
        raise fail("required", field)
    if len(value) > max_len:
        raise fail("too_long", field, max=max_len)
    return value


def clean_name(raw: object, *, field: str = "name") -> str:
    """A person's name: trimmed, inner spaces dropped for Chinese names, 1–50 characters.

    Rare characters (喆 堃 䶮 玥 珺 燚 and beyond the BMP) are kept as they are.
    """
    value = clean_text(raw, field=field, max_len=50, required=True)
    if " " in value and _HAN.search(value):
        value = value.replace(" ", "")
    return value


# --- masking ----------------------------------------------------------------------------------


def mask_id_number(value: str | None) -> str:
    """110101********1234 — first 6 and last 4 kept."""
    if not value:
        return ""
    if len(value) <= 10:
        return value[:2] + "*" * max(len(value) - 4, 0) + value[-2:]
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str | None) -> str:
    """138****1234 — first 3 and last 4 kept."""
    if not value:
        return ""
    if len(value) < 8:
        return "*" * (len(value) - 2) + value[-2:]
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_card(value: str | None) -> str:
    """Bank-card style: first 6 and last 4 kept."""
    if not value:
        return ""
    if len(value) <= 10:
        return "*" * (len(value) - 4) + value[-4:]
    return value[:6] + "*" * (len(value) - 10) + value[-4:]
