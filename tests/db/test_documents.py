"""The printed documents: text, fonts, page size, rare characters (pdftotext, pdffonts)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.db.test_cases import agree, application, office, to_mediating  # noqa: F401
from unionoffice.common.validation import make_id_number
from unionoffice.errors import RuleViolation
from unionoffice.mediation.documents import acceptance_notice_pdf, agreement_pdf, failure_notice_pdf
from unionoffice.mediation.queries import case_detail
from unionoffice.mediation.service import (
    ApplicantInput,
    accept_case,
    fail_mediation,
    record_session,
    register_case,
)
from unionoffice.pdf.fonts import MissingGlyphs, document_fonts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [line.split() for line in out]


def pdf_info(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def signed_case(engine, office):  # noqa: F811
    rare = "王喆堃䶮玥珺燚"
    case_id = register_case(engine, application(applicants=[ApplicantInput(
        name="刘䶮", id_number=make_id_number("110101", __import__("datetime").date(1988, 2, 3),
                                             456), phone="13812345678", ethnicity="汉族",
        address="北京市东城区龙潭路1号", post="厨师")], respondent_legal_rep=rare,
        respondent_legal_rep_title="总经理", facts="申请人王喆与陈玥、周珺、吴燚、李堃为同事。"))
    accept_case(engine, case_id, "2026-11-02")
    record_session(engine, case_id, "2026-11-03", "到场")
    agree(engine, case_id)
    return case_detail(engine, case_id)


def test_agreement_holds_parties_terms_amounts_and_number(signed_case, tmp_path):
    text = pdf_text(agreement_pdf(signed_case), tmp_path)
    flat = "".join(text.split())
    a = signed_case.applicants[0]
    for expected in ["劳动争议调解协议书", "（2026）龙潭劳调字第1号", "刘䶮", a.id_number,
                     "北京华信餐饮管理有限公司", "91110000600037341L",
                     "经调解，双方自愿达成如下协议",
                     "一、支付工资", "人民币捌仟元整", "8,000.00元", "二、支付经济补偿",
                     "人民币肆仟元整", "人民币壹万贰仟元整", "2026年11月20日前", "银行转账",
                     "一式三份", "申请人（签名/按指印）", "被申请人（盖章）", "调解员（签名）",
                     "东城区龙潭街道总工会（印章）", "2026年11月5日", "—1—"]:
        assert expected in flat, expected


def test_rare_characters_are_all_there(signed_case, tmp_path):
    flat = "".join(pdf_text(agreement_pdf(signed_case), tmp_path).split())
    for ch in "喆堃䶮玥珺燚":
        assert ch in flat, ch


def test_every_font_is_embedded_and_the_page_is_a4(signed_case, tmp_path):
    pdf = agreement_pdf(signed_case)
    fonts = pdf_fonts(pdf, tmp_path)
    assert fonts and all("yes" == row[-5] for row in fonts), fonts  # the "emb" column
    assert "595.276 x 841.89 pts (A4)" in pdf_info(pdf, tmp_path)


def test_a_character_no_font_has_is_reported_not_dropped():
    fonts = document_fonts()
    with pytest.raises(MissingGlyphs) as exc:
        fonts.markup("张\U0002A6A5")  # 𪚥: in no free font installed here
    assert "U+2A6A5" in str(exc.value) and "找不到" in str(exc.value)
    assert "<font" not in fonts.markup("张三") and "<font" not in fonts.markup("ABC")


def test_no_agreement_no_document(engine, office):  # noqa: F811
    case_id = to_mediating(engine)
    with pytest.raises(RuleViolation) as exc:
        agreement_pdf(case_detail(engine, case_id))
    assert exc.value.code == "case.no_agreement"


def test_acceptance_and_failure_notices(engine, office, tmp_path):  # noqa: F811
    case_id = to_mediating(engine)
    text = "".join(pdf_text(acceptance_notice_pdf(case_detail(engine, case_id)),
                            tmp_path).split())
    assert "受理通知书" in text and "予以受理" in text and "王喆：" in text
    fail_mediation(engine, case_id, "2026-11-17", note="双方分歧较大，未能达成协议")
    text = "".join(pdf_text(failure_notice_pdf(case_detail(engine, case_id)),
                            tmp_path).split())
    for expected in ["调解不成告知书", "双方分歧较大", "第十四条", "申请仲裁", "一年",
                     "2026年11月17日"]:
        assert expected in text, expected
