"""调解协议书 and its companion notices, laid out per domain.md §3 and §6."""

from __future__ import annotations

import datetime as dt

from unionoffice.common.money import capitals, yuan
from unionoffice.db.models import CaseApplicant, MediationCase
from unionoffice.errors import RuleViolation
from unionoffice.mediation import rules as mediation
from unionoffice.mediation.queries import CaseDetail
from unionoffice.mediation.rules import CASES
from unionoffice.pdf.layout import Document, chinese_date

CN_NUMERALS = "一二三四五六七八九十"


def _ordinal(n: int) -> str:
    if n <= 10:
        return CN_NUMERALS[n - 1]
    if n < 20:
        return "十" + CN_NUMERALS[n - 11]
    return str(n)


def _applicant_line(a: CaseApplicant, many: bool) -> str:
    parts = [a.name]
    if a.gender:
        parts.append("男" if a.gender == "1" else "女")  # documents are in Chinese
    if a.birth_date:
        parts.append(f"{chinese_date(a.birth_date)}出生")
    if a.ethnicity:
        parts.append(a.ethnicity)
    if a.id_number:
        parts.append(f"公民身份号码{a.id_number}")
    if a.address:
        parts.append(f"住{a.address}")
    if a.phone:
        parts.append(f"联系电话{a.phone}")
    if a.post:
        parts.append(f"工作岗位{a.post}")
    label = "申请人" + ("（代表）" if many and a.representative else "")
    return f"{label}：{'，'.join(parts)}。"


def _respondent_line(case: MediationCase) -> str:
    parts = [case.respondent_name]
    if case.respondent_uscc:
        parts.append(f"统一社会信用代码{case.respondent_uscc}")
    if case.respondent_address:
        parts.append(f"住所{case.respondent_address}")
    lines = [f"被申请人：{'，'.join(parts)}。"]
    if case.respondent_legal_rep:
        rep = f"法定代表人：{case.respondent_legal_rep}"
        if case.respondent_legal_rep_title:
            rep += f"，{case.respondent_legal_rep_title}"
        if case.respondent_phone:
            rep += f"，联系电话{case.respondent_phone}"
        lines.append(rep + "。")
    return lines


def _parties(doc: Document, detail: CaseDetail) -> None:
    many = len(detail.applicants) > 1
    for a in detail.applicants:
        doc.add(_applicant_line(a, many), "plain")
    for line in _respondent_line(detail.case):
        doc.add(line, "plain")


def _office_name(detail: CaseDetail) -> str:
    return detail.office.name if detail.office else "（调解组织名称）"


def agreement_pdf(detail: CaseDetail) -> bytes:
    """The 调解协议书 of a case with a signed agreement."""
    case = detail.case
    if case.status not in mediation.AGREEMENT_STATES or not detail.terms:
        raise RuleViolation("case.no_agreement", "case", value=case.case_number or case.id,
                            state=CASES.state_label(case.status))
    doc = Document("劳动争议调解协议书", case.case_number or "")
    doc.add("劳动争议调解协议书", "title")
    doc.add(case.case_number or "", "number")
    doc.space(0.5)
    _parties(doc, detail)
    doc.space(0.5)
    received = chinese_date(case.received_on)
    claimed = f"涉及金额人民币{yuan(case.claimed_amount)}元。" if case.claimed_amount else ""
    doc.add(f"申请人于{received}向本会申请调解，请求：{case.claims or '（见调解申请）'}{claimed}")
    if case.facts:
        doc.add(f"争议事实：{case.facts}")
    doc.add("经调解，双方自愿达成如下协议：")
    for term in detail.terms:
        text = f"{_ordinal(term.position)}、{term.content.rstrip('。')}"
        if term.amount:
            text += f"，金额{capitals(term.amount)}（{yuan(term.amount)}元）"
        if term.deadline:
            text += f"，于{chinese_date(term.deadline)}前"
        if term.method:
            text += f"以{term.method}方式履行"
        doc.add(text + "。")
    if case.agreed_amount:
        doc.add(f"以上协议金额合计{capitals(case.agreed_amount)}（{yuan(case.agreed_amount)}元）。")
    doc.add("本协议自双方当事人签名或者盖章，经调解员签名并加盖调解组织印章之日起生效。"
            "双方当事人应当按照约定的期限和方式履行。")
    doc.add("协议生效后，双方当事人可以自协议生效之日起十五日内共同向劳动人事争议仲裁委员会提出"
            "仲裁审查申请，或者自协议生效之日起三十日内共同向人民法院申请司法确认。"
            "一方当事人在约定期限内不履行的，另一方当事人可以依法申请仲裁；因支付拖欠劳动报酬、"
            "工伤医疗费、经济补偿或者赔偿金事项达成的协议，用人单位在约定期限内不履行的，"
            "劳动者可以持本协议书依法向人民法院申请支付令。")
    signatures = len(doc.story)  # the copies clause stays with the signatures
    doc.add("本协议一式三份，双方当事人各执一份，调解组织留存一份。")
    doc.space(1)
    doc.add("申请人（签名/按指印）：", "plain")
    doc.space(0.6)
    doc.add("被申请人（盖章）：　　　　　　　法定代表人或委托代理人（签名）：", "plain")
    doc.space(0.6)
    doc.add("调解员（签名）：", "plain")
    doc.space(1.2)
    doc.add(f"{_office_name(detail)}（印章）", "right")
    doc.add(chinese_date(case.signed_on), "right")
    doc.keep_together_from(signatures)
    return doc.render()


def acceptance_notice_pdf(detail: CaseDetail) -> bytes:
    """受理通知书 to the applicant(s)."""
    case = detail.case
    if case.status == mediation.REGISTERED or not case.case_number:
        raise RuleViolation("case.document_not_available", "case",
                            state=CASES.state_label(case.status), document="受理通知书")
    names = "、".join(a.name for a in detail.applicants)
    doc = Document("劳动争议调解受理通知书", case.case_number)
    doc.add("劳动争议调解受理通知书", "title")
    doc.add(case.case_number, "number")
    doc.space(0.5)
    doc.add(f"{names}：", "plain")
    doc.add(f"你（们）于{chinese_date(case.received_on)}提出的与{case.respondent_name}"
            f"的劳动争议调解申请，经审查，符合受理条件，本会决定予以受理，受理日期为"
            f"{chinese_date(case.accepted_on)}。")
    doc.add("本会将自收到调解申请之日起十五日内组织调解。十五日内未达成调解协议的，当事人可以"
            "依法向劳动人事争议仲裁委员会申请仲裁；双方同意延长调解期限的除外。")
    doc.add("请保持联系电话畅通，按时参加调解，并提交与争议有关的证据材料。")
    doc.space(1.5)
    doc.add(f"{_office_name(detail)}（印章）", "right")
    doc.add(chinese_date(case.accepted_on), "right")
    return doc.render()


def failure_notice_pdf(detail: CaseDetail, today: dt.date | None = None) -> bytes:
    """调解不成告知书: informs the applicant of the right to arbitration (Art. 14)."""
    case = detail.case
    if case.status not in (mediation.FAILED, mediation.CLOSED) or not any(
            e.action == "fail" for e in detail.events):
        raise RuleViolation("case.document_not_available", "case",
                            state=CASES.state_label(case.status), document="调解不成告知书")
    failed_on = max(e.on_date for e in detail.events if e.action == "fail")
    names = "、".join(a.name for a in detail.applicants)
    doc = Document("劳动争议调解不成告知书", case.case_number or "")
    doc.add("劳动争议调解不成告知书", "title")
    doc.add(case.case_number or "", "number")
    doc.space(0.5)
    doc.add(f"{names}：", "plain")
    reason = case.outcome_note or "双方未能达成调解协议"
    doc.add(f"你（们）于{chinese_date(case.received_on)}申请调解的与{case.respondent_name}的"
            f"劳动争议，经本会调解，{reason}，于{chinese_date(failed_on)}调解终结。")
    doc.add("根据《中华人民共和国劳动争议调解仲裁法》第十四条的规定，你（们）可以依法向劳动人事"
            "争议仲裁委员会申请仲裁。劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道"
            "其权利被侵害之日起计算（第二十七条）。")
    doc.space(1.5)
    doc.add(f"{_office_name(detail)}（印章）", "right")
    doc.add(chinese_date(failed_on), "right")
    return doc.render()
