"""Search keys for Chinese names: full pinyin and initials, with surname readings.

pypinyin per name is slow (~4 s for 200,000 names); readings are cached per character, and a
name's keys are joined from the cache. Surnames use their surname reading (曾 zeng, 单 shan …)
and compound surnames (欧阳, 司马 …) are read as a unit.
"""

from __future__ import annotations

import itertools
import re

# Single-character surnames whose surname reading differs from the common reading.
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha",
    "盖": "ge", "乐": "yue", "缪": "miao", "翟": "zhai", "秘": "bi", "覃": "qin", "召": "shao",
    "种": "chong", "繁": "po", "员": "yun", "尉": "wei", "长": "chang", "重": "chong",
    "华": "hua", "任": "ren", "冼": "xian", "隗": "wei", "车": "che", "句": "gou", "折": "she",
    "黑": "he", "盛": "sheng", "藏": "zang", "柏": "bai", "卜": "bu", "薄": "bo", "乜": "nie",
    "过": "guo", "曲": "qu", "那": "na", "阚": "kan", "谌": "chen", "逄": "pang", "宁": "ning",
    "沈": "shen", "贾": "jia", "令": "ling", "都": "du", "万": "wan", "纪": "ji", "燕": "yan",
    "应": "ying", "蕃": "pi", "期": "qi", "哈": "ha", "祭": "zhai", "殷": "yin", "洗": "xian",
    "叶": "ye", "朝": "chao", "相": "xiang", "传": "chuan", "居": "ju", "石": "shi", "澄": "cheng",
}

# Compound surnames, read as a unit.
COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "欧阳": ("ou", "yang"), "司马": ("si", "ma"), "上官": ("shang", "guan"),
    "诸葛": ("zhu", "ge"), "东方": ("dong", "fang"), "皇甫": ("huang", "fu"),
    "尉迟": ("yu", "chi"), "公孙": ("gong", "sun"), "慕容": ("mu", "rong"),
    "长孙": ("zhang", "sun"), "宇文": ("yu", "wen"), "司徒": ("si", "tu"),
    "夏侯": ("xia", "hou"), "令狐": ("ling", "hu"), "端木": ("duan", "mu"),
    "澹台": ("tan", "tai"), "独孤": ("du", "gu"), "南宫": ("nan", "gong"),
    "呼延": ("hu", "yan"), "轩辕": ("xuan", "yuan"), "单于": ("chan", "yu"),
    "万俟": ("mo", "qi"), "司空": ("si", "kong"), "闻人": ("wen", "ren"),
    "申屠": ("shen", "tu"), "太史": ("tai", "shi"), "钟离": ("zhong", "li"),
    "宗政": ("zong", "zheng"), "濮阳": ("pu", "yang"), "公冶": ("gong", "ye"),
    "赫连": ("he", "lian"), "百里": ("bai", "li"), "东郭": ("dong", "guo"),
}

# Given-name characters with two readings both common in names; every other character takes
# pypinyin's most common reading (its rarer readings only add noise to search results).
GIVEN_NAME_ALTERNATES: dict[str, tuple[str, str]] = {
    "乐": ("le", "yue"), "长": ("chang", "zhang"), "行": ("xing", "hang"), "朝": ("zhao", "chao"),
    "重": ("zhong", "chong"), "觉": ("jue", "jiao"), "蔓": ("man", "wan"), "茜": ("qian", "xi"),
    "莎": ("sha", "suo"), "单": ("dan", "shan"), "曾": ("ceng", "zeng"), "秘": ("mi", "bi"),
    "卜": ("bu", "bo"), "角": ("jiao", "jue"), "弄": ("nong", "long"), "尉": ("wei", "yu"),
    "区": ("qu", "ou"), "解": ("jie", "xie"), "查": ("cha", "zha"), "大": ("da", "dai"),
}
MAX_VARIANTS = 4
_cache: dict[str, tuple[str, ...]] = {}
_NON_LETTERS = re.compile(r"[^a-z0-9]")


def char_readings(ch: str) -> tuple[str, ...]:
    """Toneless readings of a given-name character (most common first), cached."""
    cached = _cache.get(ch)
    if cached is not None:
        return cached
    if ch.isascii():
        low = ch.lower()
        result = (low,) if low.isalnum() else ("",)
    else:
        alternates = GIVEN_NAME_ALTERNATES.get(ch)
        if alternates:
            result = alternates
        else:
            # pypinyin's tables take a quarter of a second to load: only when a name is read.
            from pypinyin import Style, pinyin

            found = pinyin(ch, style=Style.NORMAL, errors=lambda s: [""])[0][0]
            result = (found.replace("ü", "v") if found.isascii() else "",)
    _cache[ch] = result
    return result


def name_readings(name: str) -> list[tuple[str, ...]]:
    """Per-syllable reading options for a name, surname first."""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        head = [(r,) for r in COMPOUND_SURNAMES[name[:2]]]
        rest = name[2:]
    elif name and name[0] in SURNAME_READINGS:
        head = [(SURNAME_READINGS[name[0]],)]
        rest = name[1:]
    elif name and not name[0].isascii():
        # Other surnames have one reading: the most common one.
        head = [char_readings(name[0])[:1]]
        rest = name[1:]
    else:
        head = []
        rest = name
    cache = _cache
    return head + [cache.get(ch) or char_readings(ch) for ch in rest
                   if ch != "·" and not ch.isspace()]


_units: dict[str, tuple[str, str, bool]] = {}
_surname_units: dict[str, tuple[str, str]] = {}


def _unit(ch: str) -> tuple[str, str, bool]:
    """(reading, initial, has alternates) of a given-name character, cached."""
    readings = char_readings(ch)
    unit = (readings[0], readings[0][:1], len(readings) > 1)
    _units[ch] = unit
    return unit


def _surname_unit(ch: str) -> tuple[str, str]:
    reading = SURNAME_READINGS.get(ch) or char_readings(ch)[0]
    unit = (reading, reading[:1])
    _surname_units[ch] = unit
    return unit


def search_keys(name: str) -> list[str]:
    """The lower-case pinyin keys of a name: full readings and initials, a few variants each.

    >>> search_keys("曾国藩")
    ['zengguofan', 'zgf']
    """
    if name.isascii():
        flat = _NON_LETTERS.sub("", name.lower())
        return [flat] if flat else []
    # Fast path (almost every name): one reading per character, joined from the caches.
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        first, second = COMPOUND_SURNAMES[name[:2]]
        full, initials, rest = first + second, first[0] + second[0], name[2:]
    else:
        full, initials = _surname_units.get(name[0]) or _surname_unit(name[0])
        rest = name[1:]
    for ch in rest:
        reading, initial, alternates = _units.get(ch) or _unit(ch)
        if alternates or ch == "·" or ch.isspace():
            return _variant_keys(name)
        full += reading
        initials += initial
    return [full, initials] if full != initials else [full]


def _variant_keys(name: str) -> list[str]:
    options = name_readings(name)
    keys: list[str] = []
    for combo in itertools.islice(itertools.product(*options), MAX_VARIANTS):
        full = "".join(combo)
        initials = "".join(s[:1] for s in combo)
        for k in (full, initials):
            if k and k not in keys:
                keys.append(k)
    return keys
