"""Routes (CONTRACT.md §2). Thin: validate, talk to the job store, answer."""
from __future__ import annotations

import hashlib
import json
import logging
import re
import time
import unicodedata

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
    StreamingResponse,
)
from starlette.datastructures import UploadFile

from analysis.decode import decode
from analysis.errors import DocumentError
from analysis.models import Result
from core import tokencodec
from core.many import Many
from core.messages import task_message
from core.settings import Settings
from core.store import FINAL, Job, JobStore
from core.webhooks import Allow, Refused, check, job_finished

from .deps import get_settings, get_store, tenant
from .errors import STATUS, ApiError, error_body
from .schemas import (
    DOCUMENT,
    JOB,
    JOB_LINKS,
    LOCATION,
    SSE_EVENT,
    UPLOAD_BODY,
    Jobs,
    Ready,
    errors,
    text_body,
)
from .schemas import Job as JobSchema

log = logging.getLogger("zhibiao.api")
router = APIRouter()


# --------------------------------------------------------------------------------------------
# helpers

def safe_filename(name: str | None) -> str:
    """A file name is metadata only, never a path: keep the last component, drop control
    characters, cap the length.

    >>> safe_filename("../../etc/passwd"), safe_filename("C:\\\\x\\\\报告.docx"), safe_filename(None)
    ('passwd', '报告.docx', 'document')
    """
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    name = name.lstrip(".") or "document"
    return name[:200]


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def load_job(job_id: str, store: JobStore, who: str) -> Job:
    """The job if it exists and belongs to the caller; otherwise 404 (never a fake state)."""
    if not _UUID.match(job_id):
        raise ApiError("not_found", "no such job")
    job = store.get(job_id)
    if job is None or job.tenant != who:
        raise ApiError("not_found", "no such job (unknown, expired or not yours)")
    return job


def check_callback(value: object, settings: Settings) -> str:
    """A ``callback_url`` form value the service may call (``core.webhooks.check``: http(s),
    no credentials, resolving only to allowed addresses), else 422 ``callback_not_allowed``.
    Blocking (DNS): run it in the thread pool."""
    if not isinstance(value, str):
        raise ApiError("callback_not_allowed", "callback_url must be a text field")
    try:
        check(value.strip(), Allow.parse(settings.webhook_allow))
    except Refused as e:
        raise ApiError("callback_not_allowed", f"callback_url refused: {e}") from None
    return value.strip()


def _submit_one(store: JobStore, settings: Settings, who: str, data: bytes,
                filename: str, media_type: str | None, idem_key: str | None,
                queue: str | None = None, callback_url: str | None = None) -> tuple[Job, bool]:
    """Create and queue one job (on ``queue``, default the text queue); returns (job,
    replayed)."""
    body_sha = hashlib.sha256(filename.encode() + b"\0" + data).hexdigest()
    jid = store.new_id()
    if idem_key:
        won, held_id, held_sha = store.claim_idempotency(who, idem_key, body_sha, jid)
        if not won:
            if held_sha != body_sha:
                raise ApiError("idempotency_conflict",
                               "this Idempotency-Key was used with a different body")
            for _ in range(40):  # the winner may still be writing the record
                job = store.get(held_id)
                if job is not None:
                    return job, True
                time.sleep(0.05)
            raise ApiError("idempotency_conflict",
                           "a request with this Idempotency-Key is still being accepted")
    document = {"filename": filename, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(), "media_type": media_type}
    try:
        # the record, the document and the Celery message in one transaction
        job = store.create(jid, who, data, document,
                           enqueue=task_message(jid, queue or settings.queue),
                           callback_url=callback_url)
    except BaseException:
        if idem_key:
            try:
                store.release_idempotency(who, idem_key)
            except Exception:
                pass
        raise
    return job, False


def _check_document(data: bytes, filename: str, settings: Settings) -> tuple[str, str]:
    """Refuse at the door what the pipeline would refuse (size, emptiness, type, encoding,
    length, pages: ``decode`` checks them all, ``analysis.decode.limits``); returns the media
    type and the queue: scans (images, PDF pages without text) are checked here, not read,
    and go to the OCR queue."""
    d = decode(data, filename, max_chars=settings.max_chars, max_bytes=settings.max_upload_bytes,
               ocr="defer", max_pages=settings.max_pages)
    return d.media_type, settings.ocr_queue if d.needs_ocr else settings.queue


# --------------------------------------------------------------------------------------------
# jobs

@router.post("/v1/jobs", status_code=202, tags=["jobs"], operation_id="create_job",
             openapi_extra={"requestBody": UPLOAD_BODY},
             responses={202: {"model": JobSchema | Jobs, "headers": LOCATION,
                              "links": JOB_LINKS, "description": "the job (or jobs), queued"},
                        **errors("bad_request", "missing_file", "unauthorized",
                                 "idempotency_conflict", *DOCUMENT, "callback_not_allowed",
                                 "redis_unavailable", "redis_full")},
             summary="Upload one document (or several `file` fields) and get job ids at once")
async def create_job(request: Request, store: JobStore = Depends(get_store),
                     settings: Settings = Depends(get_settings), who: str = Depends(tenant)):
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("multipart/form-data"):
        raise ApiError("unsupported_media_type",
                       "send the document as multipart/form-data in a field named 'file'")
    try:
        form = await request.form(max_files=100, max_fields=100)
    except Exception as e:
        raise ApiError("bad_request", f"malformed multipart body: {e.__class__.__name__}") from e
    files = [f for f in form.getlist("file") if isinstance(f, UploadFile)]
    if not files:
        raise ApiError("missing_file", "no multipart field named 'file' with a document")
    callbacks = [c for c in form.getlist("callback_url")
                 if not (isinstance(c, str) and not c.strip())]  # an empty field: none
    if len(callbacks) > 1:
        raise ApiError("callback_not_allowed", "give at most one callback_url")
    callback = (await run_in_threadpool(check_callback, callbacks[0], settings)
                if callbacks else None)
    items = []
    for f in files:
        data = await f.read()
        name = safe_filename(f.filename)
        try:
            media_type, queue = await run_in_threadpool(_check_document, data, name, settings)
        except DocumentError as e:
            prefix = f"{name}: " if len(files) > 1 else ""
            raise ApiError(e.code, prefix + e.message) from e
        items.append((data, name, media_type, queue))
    key = request.headers.get("idempotency-key")
    if key is not None and not (0 < len(key) <= 200):
        raise ApiError("bad_request", "Idempotency-Key must be 1 to 200 characters")
    jobs = []
    replayed_all = True
    for i, (data, name, media_type, queue) in enumerate(items):
        k = key if key is None or len(items) == 1 else f"{key}#{i}"
        job, replayed = await run_in_threadpool(_submit_one, store, settings, who, data,
                                                name, media_type, k, queue, callback)
        replayed_all &= replayed
        jobs.append(job)
    headers = {"Location": f"/v1/jobs/{jobs[0].id}"}
    if key is not None and replayed_all:
        headers["Idempotent-Replayed"] = "true"
    if len(jobs) == 1:
        return JSONResponse(jobs[0].public(), status_code=202, headers=headers)
    return JSONResponse({"jobs": [j.public() for j in jobs]}, status_code=202, headers=headers)


@router.get("/v1/jobs/{job_id}", tags=["jobs"], summary="The job record",
            operation_id="get_job", responses={200: {"model": JobSchema}, **errors(*JOB)})
def get_job(job_id: str, store: JobStore = Depends(get_store), who: str = Depends(tenant)):
    return load_job(job_id, store, who).public()


def _require_succeeded(job: Job) -> None:
    if job.state != "succeeded":
        raise ApiError("not_ready", f"the job is {job.state}", extra={
            "state": job.state, "job_error": job.error})


@router.get("/v1/jobs/{job_id}/result", tags=["jobs"], operation_id="get_result",
            responses={200: {"model": Result}, **errors(*JOB, "not_ready")},
            summary="The result (CONTRACT §3) once the job succeeded; 409 before")
def get_result(job_id: str, include: str | None = None, store: JobStore = Depends(get_store),
               who: str = Depends(tenant)):
    job = load_job(job_id, store, who)
    _require_succeeded(job)
    raw = store.get_result(job_id)
    if raw is None:
        raise ApiError("not_found", "the result has expired")
    if include and "tokens" in include.split(","):
        toks = tokencodec.to_json(store.get_tokens(job_id) or b"[]")  # stored packed
        raw = raw[:-1] + b',"tokens":' + toks + b"}"
    return Response(raw, media_type="application/json")


@router.get("/v1/jobs/{job_id}/text", tags=["jobs"], operation_id="get_text",
            summary="The decoded text every span points into", response_class=PlainTextResponse,
            responses={**text_body("text/plain", "the text as decoded (UTF-8)"),
                       **errors(*JOB, "not_ready")})
def get_text(job_id: str, store: JobStore = Depends(get_store), who: str = Depends(tenant)):
    job = load_job(job_id, store, who)
    _require_succeeded(job)
    text = store.get_text(job_id)
    if text is None:
        raise ApiError("not_found", "the text has expired")
    return PlainTextResponse(text, media_type="text/plain; charset=utf-8")


@router.delete("/v1/jobs/{job_id}", tags=["jobs"],
               summary="Cancel a queued or running job (200); purge a final one (204)",
               operation_id="cancel_job",
               responses={200: {"model": JobSchema}, 204: {"description": "purged"},
                          **errors(*JOB, "already_final", "not_final")})
def cancel_job(job_id: str, store: JobStore = Depends(get_store),
               settings: Settings = Depends(get_settings), who: str = Depends(tenant)):
    job = load_job(job_id, store, who)
    if job.state in FINAL:  # purge: record, document, result, text, tokens, events, index
        st, state = Many(store).purge(job)
        if st == 1:
            return Response(status_code=204)
        if st == -1:
            raise ApiError("not_found", "no such job (unknown, expired or not yours)")
        raise ApiError("not_final", f"the job is {state}", extra={"state": state})
    status, state, _ = store.cancel(job_id)
    if status == 1:  # final now: its webhook, and its batch's when it was the last
        job_finished(store, job_id, settings.queue)
    after = store.get(job_id)
    if status != 1:
        raise ApiError("already_final", f"the job is already {state}; delete it again to "
                       "purge it", extra={"state": state})
    return after.public() if after else {"id": job_id, "state": "cancelled"}


@router.get("/v1/jobs/{job_id}/events", tags=["jobs"], operation_id="job_events",
            summary="Server-Sent Events: one per state or stage change, closing after a final state",
            response_class=StreamingResponse,
            responses={**text_body("text/event-stream", "the events, until a final state",
                                           SSE_EVENT),
                       **errors(*JOB)})
def job_events(job_id: str, request: Request, store: JobStore = Depends(get_store),
               settings: Settings = Depends(get_settings), who: str = Depends(tenant)):
    load_job(job_id, store, who)
    last = request.headers.get("last-event-id") or "0"

    def stream():
        nonlocal last
        deadline = time.monotonic() + 3600
        yield "retry: 2000\n\n"
        pending = store.events(job_id, last)
        while True:
            for eid, ev in pending:
                last = eid
                data = {"id": job_id, "state": ev.get("state"), "stage": ev.get("stage") or None,
                        "progress": float(ev.get("progress") or 0), "ts": float(ev.get("ts") or 0)}
                yield f"id: {eid}\nevent: {data['state']}\ndata: {json.dumps(data)}\n\n"
                if data["state"] in FINAL:
                    return
            if time.monotonic() > deadline:
                return
            pending = store.events(job_id, last, block_ms=settings.sse_poll_ms)
            if not pending:
                job = store.get(job_id)
                if job is None:
                    yield "event: gone\ndata: {}\n\n"
                    return
                yield ": keep-alive\n\n"

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


# --------------------------------------------------------------------------------------------
# health and metrics

@router.get("/healthz", tags=["ops"], summary="Liveness", operation_id="healthz")
def healthz():
    return {"status": "ok"}


@router.get("/readyz", tags=["ops"], summary="Readiness: Redis reachable and a worker alive",
            operation_id="readyz",
            responses={200: {"model": Ready}, 503: {"model": Ready, "description":
                       "`redis_unavailable` or `no_worker` (in `error`)"}})
def readyz(store: JobStore = Depends(get_store), settings: Settings = Depends(get_settings)):
    try:
        store.ping()
    except Exception:
        return JSONResponse({"status": "unavailable", "redis": False, "workers": 0,
                             **error_body("redis_unavailable", "Redis is unreachable")},
                            status_code=STATUS["redis_unavailable"])
    workers = store.live_workers(within_s=settings.heartbeat_s * 4)
    if not workers:
        return JSONResponse({"status": "unavailable", "redis": True, "workers": 0,
                             **error_body("no_worker", "no worker is alive")},
                            status_code=STATUS["no_worker"])
    return {"status": "ready", "redis": True, "workers": len(workers)}


@router.get("/metrics", tags=["ops"], summary="Prometheus metrics", response_class=PlainTextResponse)
def metrics(store: JobStore = Depends(get_store), settings: Settings = Depends(get_settings)):
    """Prometheus text format 0.0.4 from prometheus-client: a collector over the store's
    counters and duration histograms in Redis (``api.metrics``)."""
    from .metrics import CONTENT_TYPE, exposition

    return Response(exposition(store, settings), media_type=CONTENT_TYPE)


# --------------------------------------------------------------------------------------------
# for people: the highlighted document and a spreadsheet

def _result_and_text(job_id: str, store: JobStore, who: str) -> tuple[Job, dict, str]:
    job = load_job(job_id, store, who)
    _require_succeeded(job)
    raw, text = store.get_result(job_id), store.get_text(job_id)
    if raw is None or text is None:
        raise ApiError("not_found", "the result has expired")
    return job, json.loads(raw), text


@router.get("/v1/jobs/{job_id}/view", tags=["jobs"], response_class=HTMLResponse,
            operation_id="view_job",
            responses={**text_body("text/html", "the page"), **errors(*JOB, "not_ready")},
            summary="The document with every indicator highlighted, a table and the summaries")
def view_job(job_id: str, store: JobStore = Depends(get_store), who: str = Depends(tenant)):
    from .view import render_view

    job, result, text = _result_and_text(job_id, store, who)
    html = render_view(result, text, title=job.document.get("filename"))
    return HTMLResponse(html, headers={
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                                   "script-src 'unsafe-inline'; img-src data:",
        "X-Content-Type-Options": "nosniff"})


@router.get("/v1/jobs/{job_id}/indicators.csv", tags=["jobs"], operation_id="indicators_csv",
            responses={**text_body("text/csv", "the indicators, one per row"),
                       **errors(*JOB, "not_ready")},
            summary="The indicators as CSV (UTF-8 with BOM, opens in Excel)")
def indicators_csv_route(job_id: str, store: JobStore = Depends(get_store),
                         who: str = Depends(tenant)):
    from analysis.export import indicators_csv

    job, result, _ = _result_and_text(job_id, store, who)
    stem = safe_filename(job.document.get("filename")).rsplit(".", 1)[0] or "indicators"
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", stem) + ".csv"
    from urllib.parse import quote

    return Response(indicators_csv(result), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; "
                               f"filename*=UTF-8''{quote(stem + '.csv')}"})
