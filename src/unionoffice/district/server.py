"""The district's intake service: offices POST bundles; everyone sees the month's board.

``unionoffice district serve --db postgresql://… [--host 127.0.0.1] [--port 8400]``. A bundle
is trusted through its signature and chain — exactly the checks of ``district ingest`` — not
through the connection, so the service needs no accounts: a wrong, tampered or replayed file is
refused with the reason in both languages and leaves nothing behind.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse

from unionoffice.bundle import format as fmt
from unionoffice.district import intake
from unionoffice.district.store import DistrictStore, open_store
from unionoffice.errors import LedgerError, render

log = logging.getLogger(__name__)
MAX_UPLOAD = fmt.MAX_TOTAL_BYTES
_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
STATE_LABELS = {"on_time": ("按时", "on time"), "late": ("逾期", "late"),
                "missing": ("未报", "missing")}


def rejection(exc: LedgerError) -> JSONResponse:
    """The HTTP answer to a refused bundle, with the reason in both languages."""
    zh, en = render(exc.code, exc.params, "zh"), render(exc.code, exc.params, "en")
    return JSONResponse(status_code=422, content={
        "state": "rejected", "code": exc.code, "params": {k: str(v) for k, v in
                                                           exc.params.items()},
        "message_zh": zh, "message_en": en})


def board(store: DistrictStore, period: str) -> dict:
    """A month's completeness board: every office, received, on time, late."""
    offices = intake.period_status(store, period)
    counts = {"offices": len(offices), "received": sum(o["reported"] for o in offices)}
    for state in STATE_LABELS:
        counts[state] = sum(o["state"] == state for o in offices)
    return {"period": period, "deadline": offices[0]["deadline"] if offices else None,
            "counts": counts, "offices": offices}


def create_app(target: Path | str | DistrictStore, identity: str | None = None) -> FastAPI:
    """The intake service over ``target``'s store."""
    store = open_store(target)
    identity = identity or intake.district_identity(store)
    app = FastAPI(title="UnionOffice district intake", docs_url=None, redoc_url=None)

    @app.post("/bundles")
    async def upload(request: Request):
        data = bytearray()
        async for chunk in request.stream():
            data += chunk
            if len(data) > MAX_UPLOAD:
                return rejection(LedgerError("bundle.unsafe_zip", reason="too large"))
        try:
            result = await run_in_threadpool(intake.ingest, store, bytes(data), identity)
        except LedgerError as exc:
            log.info("refused upload: %s", exc.code)
            return rejection(exc)
        return {"state": "accepted", "already": result.already, "office": result.office,
                "period": result.period, "seq": result.seq, "rows": result.rows,
                "file_sha256": fmt.sha256(bytes(data)), "receipt": result.receipt,
                "receipt_signature": result.receipt_signature}

    @app.get("/bundles/{file_sha256}")
    def upload_state(file_sha256: str):
        found = intake.find_upload(store, file_sha256.lower())
        if found is None:
            return JSONResponse(status_code=404, content={"state": "unknown"})
        return found

    @app.get("/receipt-key", response_class=PlainTextResponse)
    def receipt_key():
        return intake.receipt_public_key(store)

    @app.get("/periods/{period}/board")
    def period_board(period: str):
        if not _PERIOD.match(period):
            return JSONResponse(status_code=400, content={"error": "period is YYYY-MM"})
        return board(store, period)

    @app.get("/periods/{period}", response_class=HTMLResponse)
    def period_page(period: str):
        if not _PERIOD.match(period):
            return HTMLResponse("<p>月份格式应为 YYYY-MM</p>", status_code=400)
        return board_html(board(store, period))

    return app


def board_html(data: dict) -> str:
    """The month's board as a small page (no script: it works in any browser, and prints)."""
    c = data["counts"]
    rows = []
    for o in data["offices"]:
        zh = STATE_LABELS[o["state"]][0]
        rows.append(
            f'<tr class="{o["state"]}"><td>{html.escape(o["office"])}</td>'
            f'<td>{html.escape(o["name"] or "")}</td><td class="state">{zh}</td>'
            f'<td>{o["seq"] or "—"}</td><td>{html.escape((o["ingested_at"] or "—")[:16])}</td>'
            f'<td>{o["last_seq"]}</td></tr>')
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{data['period']} 月度上报情况</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; margin: 2em; }}
table {{ border-collapse: collapse; min-width: 60%; }}
th, td {{ border: 1px solid #bbb; padding: 6px 12px; text-align: left; }}
th {{ background: #dde6f0; }}
tr.late td.state {{ color: #8a5a00; font-weight: bold; }}
tr.missing td.state {{ color: #b00020; font-weight: bold; }}
tr.on_time td.state {{ color: #2e7d32; }}
.counts span {{ margin-right: 1.5em; }}
</style></head><body>
<h1>{data['period']} 月度上报情况</h1>
<p class="counts"><span id="received">已收到 {c['received']} / {c['offices']}</span>
<span id="on_time">按时 {c['on_time']}</span><span id="late">逾期 {c['late']}</span>
<span id="missing">未报 {c['missing']}</span><span>截止日期 {data['deadline'] or '—'}</span></p>
<table id="board"><thead><tr><th>街道代码</th><th>街道</th><th>状态</th><th>本月数据包</th>
<th>收到时间（UTC）</th><th>最新序号</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
</body></html>"""


def serve(target: Path | str, host: str, port: int) -> None:
    """Run the intake service until it is stopped."""
    import uvicorn

    uvicorn.run(create_app(target), host=host, port=port, log_level="info")
