"""Validators: ID number, USCC, phone, dates, masking."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import TODAY, valid_id
from unionoffice import i18n
from unionoffice.common.validation import (
    USCC_ALPHABET,
    id_check_character,
    make_id_number,
    make_uscc,
    mask_card,
    mask_id_number,
    mask_phone,
    normalize_mobile,
    normalize_phone,
    normalize_uscc,
    parse_date,
    parse_id_number,
    upgrade_15_digit,
    uscc_check_character,
)
from unionoffice.errors import ValidationFailed


def codes(exc: ValidationFailed) -> list[str]:
    return [p.code for p in exc.problems]


class TestIdNumber:
    def test_known_valid_number_with_lower_case_x(self):
        info = parse_id_number("11010519491231002x", today=TODAY)
        assert info.number == "11010519491231002X"
        assert info.birth_date == dt.date(1949, 12, 31)
        assert info.gender == "2"  # 17th digit 2 is even
        assert info.birthplace_known

    def test_spaces_are_dropped(self):
        assert parse_id_number(" 110105 19491231 002X ", today=TODAY).number == "11010519491231002X"

    def test_wrong_check_character_names_the_expected_one(self):
        with pytest.raises(ValidationFailed) as exc:
            parse_id_number("110105194912310021", today=TODAY)
        assert codes(exc.value) == ["id_number.checksum"]
        assert exc.value.problems[0].params["expected"] == "X"
        assert exc.value.problems[0].field == "id_number"
        assert "校验位" in str(exc.value)

    def test_malformed(self):
        for bad in ("1101051949123100", "11010519491231002Y", "ABCDEFGHIJKLMNOPQR"):
            with pytest.raises(ValidationFailed) as exc:
                parse_id_number(bad, today=TODAY)
            assert codes(exc.value) == ["id_number.format"]

    def test_empty_is_required(self):
        with pytest.raises(ValidationFailed) as exc:
            parse_id_number("  ", today=TODAY)
        assert codes(exc.value) == ["required"]

    def test_impossible_birth_date(self):
        body = "11010519910230123"  # 30 February
        with pytest.raises(ValidationFailed) as exc:
            parse_id_number(body + id_check_character(body), today=TODAY)
        assert codes(exc.value) == ["id_number.birth_date"]

    def test_future_birth_date_is_refused(self):
        # stdnum accepts it; we do not (domain.md §2).
        number = make_id_number("110101", TODAY + dt.timedelta(days=1), 11)
        with pytest.raises(ValidationFailed) as exc:
            parse_id_number(number, today=TODAY)
        assert codes(exc.value) == ["id_number.future_birth"]

    def test_unknown_birthplace_is_only_a_warning(self):
        warnings = []
        # 110115 (Daxing) with a 1990 birth, and a Hong Kong residence permit (81xxxx).
        for number in (make_id_number("110115", dt.date(1990, 1, 1), 12),
                       make_id_number("810000", dt.date(1985, 3, 3), 22)):
            info = parse_id_number(number, today=TODAY, warnings=warnings)
            assert not info.birthplace_known
        assert [w.code for w in warnings] == ["id_number.birth_place"] * 2
        assert all(w.severity == "warning" for w in warnings)

    def test_under_16_is_a_warning(self):
        warnings = []
        parse_id_number(make_id_number("110101", dt.date(2015, 1, 1), 11), today=TODAY,
                        warnings=warnings)
        assert [w.code for w in warnings] == ["id_number.under_16"]

    def test_legacy_15_digit_is_refused_but_can_be_upgraded(self):
        with pytest.raises(ValidationFailed) as exc:
            parse_id_number("110105491231002", today=TODAY)
        assert codes(exc.value) == ["id_number.legacy15"]
        assert upgrade_15_digit("110105491231002") == "11010519491231002X"

    @given(
        area=st.sampled_from(["110101", "110105", "370102", "510104"]),
        birth=st.dates(dt.date(1930, 1, 1), dt.date(2008, 12, 31)),
        seq=st.integers(0, 999),
    )
    def test_generated_numbers_validate_and_carry_birth_and_gender(self, area, birth, seq):
        info = parse_id_number(make_id_number(area, birth, seq), today=TODAY)
        assert info.birth_date == birth
        assert info.gender == ("1" if seq % 2 else "2")

    @given(
        body=st.text("0123456789", min_size=17, max_size=17),
        wrong=st.sampled_from("0123456789X"),
    )
    def test_any_other_check_character_is_caught(self, body, wrong):
        right = id_check_character(body)
        if wrong == right:
            return
        with pytest.raises(ValidationFailed):
            parse_id_number(body + wrong, today=TODAY)

    def test_check_character_matches_the_published_algorithm(self):
        weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        body = "11010519491231002"
        total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
        assert id_check_character(body) == "10X98765432"[total % 11]


class TestUscc:
    def test_known_valid(self):
        assert normalize_uscc("91110000600037341l") == "91110000600037341L"

    def test_codes_starting_with_a_letter_are_accepted(self):
        for body in ("N1110000MA0000000", "Y1110000MA0000001", "A1110000MA0000002"):
            code = make_uscc(body)
            assert normalize_uscc(code) == code

    def test_wrong_check_character(self):
        with pytest.raises(ValidationFailed) as exc:
            normalize_uscc("91110000600037341A")
        assert codes(exc.value) == ["uscc.checksum"]
        assert exc.value.problems[0].params["expected"] == "L"

    def test_malformed(self):
        for bad in ("9111000060003734", "91110000600037341I", "Z1110000600037341L",
                    "91ABCDEF600037341L"):
            with pytest.raises(ValidationFailed) as exc:
                normalize_uscc(bad)
            assert codes(exc.value) == ["uscc.format"]

    def test_check_character_matches_the_published_algorithm(self):
        body = "91110000600037341"
        total = sum(USCC_ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(body))
        assert uscc_check_character(body) == USCC_ALPHABET[(31 - total % 31) % 31]

    @given(
        first=st.sampled_from("156789ANY"),
        second=st.sampled_from("123"),
        area=st.text("0123456789", min_size=6, max_size=6),
        org=st.text(USCC_ALPHABET, min_size=9, max_size=9),
        wrong=st.sampled_from(USCC_ALPHABET),
    )
    def test_generated_codes_validate_and_any_other_check_fails(self, first, second, area, org,
                                                                  wrong):
        body = first + second + area + org
        code = make_uscc(body)
        assert normalize_uscc(code) == code
        if wrong != code[-1]:
            with pytest.raises(ValidationFailed):
                normalize_uscc(body + wrong)


class TestPhones:
    @pytest.mark.parametrize("raw", ["13812345678", "138 1234 5678", "+86 138-1234-5678",
                                     "008613812345678"])
    def test_mobile_forms(self, raw):
        assert normalize_mobile(raw) == "13812345678"

    @pytest.mark.parametrize("raw", ["1381234567", "12812345678", "23812345678", "010-12345678"])
    def test_bad_mobile(self, raw):
        with pytest.raises(ValidationFailed) as exc:
            normalize_mobile(raw)
        assert codes(exc.value) == ["phone.format"]

    def test_landline_is_allowed_for_contact_phones(self):
        assert normalize_phone("010-12345678") == "01012345678"
        with pytest.raises(ValidationFailed):
            normalize_phone("12345")


class TestDates:
    @pytest.mark.parametrize("raw", ["2024-01-01", "2024/1/1", "2024.1.1", "2024年1月1日",
                                     "20240101", 45292, 45292.0, "45292", dt.date(2024, 1, 1),
                                     dt.datetime(2024, 1, 1, 9, 30), "２０２４年１月１日"])
    def test_formats(self, raw):
        assert parse_date(raw) == dt.date(2024, 1, 1)

    @pytest.mark.parametrize("raw", ["2024-13-01", "2023/2/29", "yesterday", "1.1.2024", 10])
    def test_bad(self, raw):
        with pytest.raises(ValidationFailed) as exc:
            parse_date(raw, field="join_date")
        assert codes(exc.value) == ["date.format"]
        assert exc.value.problems[0].field == "join_date"

    def test_future_refused_when_asked(self):
        with pytest.raises(ValidationFailed) as exc:
            parse_date("2026-11-22", not_after=TODAY)
        assert codes(exc.value) == ["date.future"]


def test_masks():
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_card("6217000010001234567") == "621700*********4567"
    assert mask_id_number(None) == "" and mask_phone("") == ""


def test_messages_follow_the_language():
    with pytest.raises(ValidationFailed) as exc:
        parse_id_number("110105194912310021", today=TODAY)
    assert str(exc.value).startswith("证件号码：")
    i18n.set_language("en")
    assert str(exc.value).startswith("ID number: ")
    assert "check character" in str(exc.value)


def test_valid_id_helper_is_valid():
    assert parse_id_number(valid_id(), today=TODAY).number == valid_id()
