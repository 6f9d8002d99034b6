"""Search keys for names."""

from __future__ import annotations

import pytest

from unionoffice.common.pinyin import search_keys


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("曾国藩", "zengguofan", "zgf"),
        ("单雄信", "shanxiongxin", "sxx"),
        ("解缙", "xiejin", "xj"),
        ("仇英", "qiuying", "qy"),
        ("区志明", "ouzhiming", "ozm"),
        ("朴正熙", "piaozhengxi", "pzx"),
        ("查良镛", "zhaliangyong", "zly"),
        ("盖聂", "genie", "gn"),
        ("欧阳修", "ouyangxiu", "oyx"),
        ("司马光", "simaguang", "smg"),
        ("诸葛亮", "zhugeliang", "zgl"),
        ("王喆", "wangzhe", "wz"),
        ("李堃", "likun", "lk"),
        ("刘䶮", "liuyan", "ly"),
        ("陈玥", "chenyue", "cy"),
        ("周珺", "zhoujun", "zj"),
        ("吴燚", "wuyi", "wy"),
    ],
)
def test_surname_aware_keys(name, full, initials):
    keys = search_keys(name)
    assert keys[0] == full
    assert initials in keys


def test_surname_reading_wins_over_common_reading():
    assert "cengguofan" not in search_keys("曾国藩")
    assert "danxiongxin" not in search_keys("单雄信")


def test_given_name_polyphones_have_both_readings():
    keys = search_keys("张乐")
    assert "zhangle" in keys and "zhangyue" in keys


def test_compound_surname_needs_a_given_name():
    # "欧阳" alone is a two-character name, read character by character.
    assert search_keys("欧阳")[0] == "ouyang"


def test_latin_names():
    assert search_keys("John Smith") == ["johnsmith"]


def test_variants_are_bounded():
    assert len(search_keys("乐乐乐乐乐乐")) <= 8
