"""The office's outbox: send made bundles to the district's intake service, keep the receipts.

States of a bundle: 待上传 queued → 正在上传 sending → 已接收 accepted (with the district's signed
receipt) | 被拒收 rejected (the district's reason, in plain words; retrying cannot help) | 上传失败
failed (the district could not be reached: tried again later, waiting longer each time, for as
many days as it takes). Sending the same bytes twice is harmless: the district accepts a bundle
once and answers a re-send with the same receipt.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from unionoffice import i18n
from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.bundle import sign
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import BundleRecord, LedgerMeta, utcnow
from unionoffice.errors import LedgerError, Problem, ValidationFailed
from unionoffice.i18n import t

log = logging.getLogger(__name__)
QUEUED, SENDING, ACCEPTED, REJECTED, FAILED = "pending", "sending", "accepted", "rejected", \
    "failed"
STATES = (QUEUED, SENDING, ACCEPTED, REJECTED, FAILED)  # labels outbox.state.*
URL_KEY, RECEIPT_KEY = "district_url", "district_receipt_key"
BACKOFF_MINUTES = [1, 4, 15, 60, 240, 360]  # then every 6 hours


def state_label(state: str) -> str:
    """An upload state in the chosen language."""
    return t(f"outbox.state.{state}") if state in STATES else state


def next_delay(attempts: int) -> dt.timedelta:
    """How long to wait after ``attempts`` failed tries."""
    return dt.timedelta(minutes=BACKOFF_MINUTES[min(attempts, len(BACKOFF_MINUTES)) - 1])


@dataclass(frozen=True)
class UploadResult:
    """What one upload ended in: its state, the district's message, the receipt."""
    seq: int
    state: str
    message: str = ""
    receipt: dict | None = None


def _meta(engine: Engine, key: str) -> str | None:
    with read_session(engine) as session:
        row = session.get(LedgerMeta, key)
    return row.value if row and row.value else None


@permissions.guarded("settings.edit")
def set_district_url(engine: Engine, url: str, *, operator: str = "") -> str:
    """The district's intake address (http or https); audited."""
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValidationFailed([Problem("outbox.bad_url", "url", {"value": url})])
    _set_meta(engine, URL_KEY, url, operator)
    return url


@permissions.guarded("settings.edit")
def set_receipt_key(engine: Engine, pub_text: str, *, operator: str = "") -> str:
    """The district's receipt key (its minisign .pub); receipts are checked against it."""
    key = sign.read_public_key(pub_text)
    _set_meta(engine, RECEIPT_KEY, pub_text.strip(), operator)
    return key.key_id_text


def _set_meta(engine: Engine, key: str, value: str, operator: str) -> None:
    with write_session(engine) as session:
        session.merge(LedgerMeta(key=key, value=value))
        trail.record(session, operator=operator, action=f"settings.{key}", entity="ledger",
                     after={key: value[:200]})


def district_url(engine: Engine) -> str | None:
    """The district's intake address, if set."""
    return _meta(engine, URL_KEY)


def receipt_key_text(engine: Engine) -> str | None:
    """The district's receipt key (.pub text), if set."""
    return _meta(engine, RECEIPT_KEY)


def _post(url: str, data: bytes, timeout: float) -> tuple[int, dict]:
    request = urllib.request.Request(f"{url}/bundles", data=data, method="POST",
                                     headers={"Content-Type": "application/octet-stream"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        try:
            body = json.loads(exc.read() or b"{}")
        except ValueError:
            body = {}
        return exc.code, body


def _check_receipt(engine: Engine, record: BundleRecord, body: dict) -> dict:
    receipt = json.loads(body["receipt"])
    if receipt.get("seq") != record.seq or receipt.get("manifest_sha256") != \
            record.manifest_sha256:
        raise LedgerError("outbox.receipt_mismatch", seq=record.seq)
    key_text = _meta(engine, RECEIPT_KEY)
    if key_text:  # without the district's key the receipt is kept, marked unchecked
        sign.verify_file(sign.read_public_key(key_text), body["receipt"].encode("utf-8"),
                         body["receipt_signature"].encode("utf-8"))
        receipt["checked"] = True
    return receipt


@permissions.guarded("bundle.create")
def upload_bundle(engine: Engine, seq: int, url: str | None = None, *,
                  timeout: float = 120.0, operator: str = "") -> UploadResult:
    """Send one made bundle; records what happened (never raises for a network failure)."""
    url = (url or district_url(engine) or "").rstrip("/")
    if not url:
        raise LedgerError("outbox.no_url")
    with write_session(engine) as session:
        record = session.get(BundleRecord, seq)
        if record is None:
            raise LedgerError("outbox.no_bundle", seq=seq)
        if record.upload_state == ACCEPTED:
            return UploadResult(seq, ACCEPTED, receipt=json.loads(record.receipt or b"{}"))
        record.upload_state = SENDING
    try:
        data = Path(record.file).read_bytes()
    except OSError as exc:
        return _finish(engine, seq, FAILED, t("outbox.file_missing", error=exc), operator)
    try:
        status, body = _post(url, data, timeout)
    except (OSError, ValueError) as exc:  # unreachable, refused, reset, timed out, not JSON
        log.info("upload of bundle %s failed: %s", seq, exc)
        return _finish(engine, seq, FAILED, t("outbox.unreachable", error=exc),
                       operator)
    if status == 200 and body.get("state") == "accepted":
        try:
            receipt = _check_receipt(engine, record, body)
        except (LedgerError, KeyError, ValueError) as exc:
            return _finish(engine, seq, FAILED, str(exc), operator)
        stored = {"receipt": body["receipt"], "signature": body["receipt_signature"],
                  "checked": receipt.get("checked", False)}
        return _finish(engine, seq, ACCEPTED, "", operator,
                       receipt=json.dumps(stored, ensure_ascii=False).encode("utf-8"),
                       parsed=receipt)
    if status == 422 and body.get("state") == "rejected":
        message = body.get(f"message_{i18n.language()}", "")
        return _finish(engine, seq, REJECTED, message or body.get("code", ""), operator)
    return _finish(engine, seq, FAILED, t("outbox.service_failed", status=status),
                   operator)


def _finish(engine: Engine, seq: int, state: str, message: str, operator: str, *,
            receipt: bytes | None = None, parsed: dict | None = None) -> UploadResult:
    with write_session(engine) as session:
        record = session.get(BundleRecord, seq)
        record.upload_state = state
        record.upload_error = message or None
        if state == FAILED:
            record.upload_attempts += 1
            record.next_upload_at = utcnow() + next_delay(record.upload_attempts)
        else:
            record.next_upload_at = None
        if receipt is not None:
            record.receipt = receipt
        trail.record(session, operator=operator, action=f"bundle.upload_{state}",
                     entity="bundle", entity_id=str(seq),
                     after={"state": state, "message": message, "attempts":
                            record.upload_attempts})
    return UploadResult(seq, state, message, parsed)


def due_uploads(engine: Engine, now: dt.datetime | None = None) -> list[int]:
    """Bundles to send now: queued ones, and failed ones whose wait is over."""
    now = now or utcnow()
    with read_session(engine) as session:
        records = session.exec(select(BundleRecord).where(
            BundleRecord.upload_state.in_([QUEUED, FAILED, SENDING]),
            BundleRecord.file != "").order_by(BundleRecord.seq)).all()
    due = []
    for r in records:
        when = r.next_upload_at
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        if r.upload_state != FAILED or when is None or when <= now:
            due.append(r.seq)
    return due


@permissions.guarded("bundle.create")
def send_due(engine: Engine, url: str | None = None,
             now: dt.datetime | None = None) -> list[UploadResult]:
    """Send what is due, oldest first; stop at the first failure (the district is down)."""
    results = []
    for seq in due_uploads(engine, now):
        result = upload_bundle(engine, seq, url)
        results.append(result)
        if result.state in (FAILED, REJECTED):
            break  # later bundles chain on this one
    return results


def bundle_for_file(engine: Engine, path: Path) -> int:
    """The seq of a made bundle given its file."""
    name = Path(path).name
    with read_session(engine) as session:
        for record in session.exec(select(BundleRecord)):
            if Path(record.file).name == name:
                return record.seq
    raise LedgerError("outbox.unknown_file", file=name)

