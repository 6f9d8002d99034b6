"""Roster columns: the fields a roster can carry, their header synonyms, and header matching.

Employers label columns in many ways (身份证号 / 公民身份号码 / 证件号码 …), add notes to the
header (姓名（必填）, *手机) and put a title row above it. Matching is on a normalised header
text, in any column order; anything not recognised is reported and left out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from unionoffice.i18n import t


@dataclass(frozen=True)
class RosterField:
    """One importable field: its key, labels and the header texts that mean it."""

    key: str
    zh: str  # the header in the template and the export (always Chinese)
    synonyms: tuple[str, ...]

    @property
    def label(self) -> str:
        """The field's name in the chosen language (``zh`` is the template's header)."""
        return t(f"roster.field.{self.key}")


# Order = the template's column order (and the export's).
FIELDS: tuple[RosterField, ...] = (
    RosterField("name", "姓名", ("姓名", "会员姓名", "职工姓名", "名字")),
    RosterField("gender", "性别", ("性别",)),
    RosterField("ethnicity", "民族", ("民族",)),
    RosterField("id_number", "身份证号码", (
        "身份证号码", "身份证号", "身份证", "公民身份号码", "公民身份证号码", "证件号码", "证件号",
        "身份证件号码")),
    RosterField("birth_date", "出生日期", ("出生日期", "出生年月日", "生日")),
    RosterField("phone", "手机号码", (
        "手机号码", "手机", "手机号", "联系电话", "电话", "电话号码", "联系方式", "移动电话")),
    RosterField("organization", "工作单位", (
        "工作单位", "单位名称", "单位", "所在单位", "工作单位名称", "所在工会", "基层工会名称",
        "基层工会")),
    RosterField("organization_uscc", "统一社会信用代码", (
        "统一社会信用代码", "单位统一社会信用代码", "社会信用代码", "信用代码")),
    RosterField("join_date", "入会日期", ("入会日期", "入会时间", "入会年月日")),
    RosterField("education", "学历", ("学历", "文化程度", "最高学历")),
    RosterField("political_status", "政治面貌", ("政治面貌",)),
    RosterField("household_type", "户籍类型", (
        "户籍类型", "户口性质", "户籍性质", "户口类型")),
    RosterField("employment_status", "就业状况", ("就业状况", "就业状态")),
    RosterField("employment_form", "用工形式", ("用工形式", "用工方式")),
    RosterField("migrant_worker", "是否农民工", (
        "是否农民工", "农民工", "是否为农民工")),
    RosterField("new_form_group", "新就业形态", (
        "新就业形态", "新就业形态群体", "新就业形态类型", "新就业形态人员类别", "新就业形态类别")),
    RosterField("platform", "所属平台", ("所属平台", "平台", "从业平台")),
    RosterField("model_worker_level", "劳模级别", ("劳模级别", "劳模", "劳模荣誉")),
    RosterField("hardship", "是否困难职工", ("是否困难职工", "困难职工")),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
REQUIRED = ("name", "id_number")
_NOTE = re.compile(r"[（(\[【].*?[)）\]】]")
_NOISE = re.compile(r"[\s*＊★:：]")


def normalize_header(text: object) -> str:
    """Header text as compared: half-width, no spaces, no notes in brackets, no ``*`` marks."""
    value = unicodedata.normalize("NFKC", str(text or ""))
    value = _NOTE.sub("", value)
    return _NOISE.sub("", value).lower()


_SYNONYMS = {normalize_header(s): f.key for f in FIELDS for s in f.synonyms}


def field_for_header(text: object) -> str | None:
    """The field a header names, or None."""
    return _SYNONYMS.get(normalize_header(text))


@dataclass
class ColumnMapping:
    """Which field each column of the file goes to (``None`` = left out)."""

    headers: list[str]
    fields: list[str | None]
    # Columns left out because an earlier column already gave the same field.
    repeated: list[int] = field(default_factory=list)

    @classmethod
    def detect(cls, headers: list[str]) -> ColumnMapping:
        """Map each header by its synonyms; a second column for the same field is left out."""
        fields: list[str | None] = []
        repeated: list[int] = []
        seen: set[str] = set()
        for index, header in enumerate(headers):
            key = field_for_header(header)
            if key in seen:
                repeated.append(index)
                key = None
            if key:
                seen.add(key)
            fields.append(key)
        return cls(list(headers), fields, repeated)

    def column_of(self, key: str) -> int | None:
        """The file's column holding field ``key``, if any."""
        try:
            return self.fields.index(key)
        except ValueError:
            return None

    def header_of(self, key: str) -> str:
        """The file's own header for a field (what the error workbook names), else its label."""
        index = self.column_of(key)
        if index is not None:
            return self.headers[index]
        return FIELD_BY_KEY[key].label if key in FIELD_BY_KEY else key

    def missing_required(self) -> list[str]:
        """The required fields no column holds."""
        return [key for key in REQUIRED if key not in self.fields]

    def ignored_headers(self) -> list[str]:
        """Non-empty headers of the columns that are left out."""
        return [h for h, f in zip(self.headers, self.fields, strict=True) if f is None and h]

    def with_field(self, column: int, key: str | None) -> ColumnMapping:
        """The mapping with one column reassigned (a field sits in one column at most)."""
        fields = [None if (key and f == key) else f for f in self.fields]
        fields[column] = key
        return ColumnMapping(list(self.headers), fields,
                             [i for i in self.repeated if fields[i] is None])


def score_header_row(cells: list[object]) -> int:
    """How many distinct fields a row names (a header row names at least 姓名 and the ID)."""
    keys = {field_for_header(c) for c in cells if str(c or "").strip()}
    keys.discard(None)
    return len(keys) if set(REQUIRED) <= keys else 0
