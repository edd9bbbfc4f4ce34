"""Routes for many documents (CONTRACT.md §5): the caller's job list, batches, indicators across
documents, spreadsheets, purge and rerun. Every route sees only the caller's own jobs."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from python_multipart.multipart import MultipartParser, parse_options_header

from analysis.errors import DocumentError
from analysis.export import indicators_xlsx, rows_csv, tag_rows
from core import index
from core.many import Batch, Many
from core.messages import task_message
from core.settings import Settings
from core.store import Job, JobStore
from core.webhooks import batch_check

from .deps import get_settings, get_store, tenant
from .errors import ApiError
from .routes import _check_document, _require_succeeded, check_callback, load_job, safe_filename
from .schemas import CALLBACK_URL, JOB, STORE, errors
from .schemas import Job as JobSchema

router = APIRouter()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv; charset=utf-8"
_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


BATCH = ("unauthorized", "not_found", *STORE)
"""A route on one batch: a bad API key, an unknown (or another tenant's) batch, the store down."""


def _file(media: str, description: str) -> dict[str, Any]:
    return {"content": {media: {"schema": {"type": "string", "format": "binary"}}},
            "description": description}


# --------------------------------------------------------------------------------------------
# response shapes (OpenAPI)

class JobPage(BaseModel):
    jobs: list[JobSchema]
    next_cursor: str | None


class Rejected(BaseModel):
    filename: str
    error: dict[str, str]


class BatchCreated(BaseModel):
    id: str
    jobs: list[JobSchema]
    rejected: list[Rejected]


class Counts(BaseModel):
    queued: int
    running: int
    succeeded: int
    failed: int
    cancelled: int


class BatchStatus(BaseModel):
    id: str
    created_at: str
    counts: Counts
    progress: float
    jobs: list[str]
    finished_at: str | None


class IndicatorPage(BaseModel):
    indicators: list[dict[str, Any]]
    next_cursor: str | None


# --------------------------------------------------------------------------------------------
# helpers

def get_many(request: Request) -> Many:
    m = getattr(request.app.state, "many", None)
    if m is None:
        m = request.app.state.many = Many(request.app.state.store)
    return m


def _batch(bid: str, many: Many, who: str) -> Batch:
    b = many.get_batch(bid) if _ID.match(bid) else None
    if b is None or b.tenant != who:
        raise ApiError("not_found", "no such batch (unknown, expired or not yours)")
    return b


def _cursor_page(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except index.BadCursor:
        raise ApiError("bad_cursor", "the cursor is invalid; start again without one") from None


def _attachment(data: bytes, media: str, stem: str, ext: str) -> Response:
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", stem) + "." + ext
    return Response(data, media_type=media, headers={
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; "
                               f"filename*=UTF-8''{quote(stem + '.' + ext)}",
        "X-Content-Type-Options": "nosniff"})


def _document_row(job: Job, result: dict | None) -> dict[str, Any]:
    d = job.document or {}
    return {"job_id": job.id, "filename": d.get("filename"), "state": job.state,
            "media_type": d.get("media_type"), "bytes": d.get("bytes"),
            "chars": (result or {}).get("document", {}).get("chars"), "sha256": d.get("sha256"),
            "indicators": len((result or {}).get("indicators") or []) if result else None,
            "error": (job.error or {}).get("code")}


def _spreadsheet(many: Many, jobs: list[Job], fmt: str, stem: str) -> Response:
    """The indicators of the succeeded ones among ``jobs`` (one CSV, or an XLSX with a sheet
    of indicators and one of documents)."""
    done = dict((j.id, r) for j, r in many.results(jobs))
    rows: list[dict] = []
    for j in jobs:
        if j.id in done:
            rows += tag_rows(done[j.id], j.id, j.document.get("filename", ""))
    if fmt == "csv":
        return _attachment(rows_csv(rows), CSV, stem, "csv")
    docs = [_document_row(j, done.get(j.id)) for j in jobs]
    return _attachment(indicators_xlsx(rows, docs), XLSX, stem, "xlsx")


# --------------------------------------------------------------------------------------------
# jobs

@router.get("/v1/jobs", tags=["jobs"], response_model=None,
            responses={200: {"model": JobPage}, **errors(*JOB, "bad_request", "bad_cursor")},
            summary="The caller's jobs, newest first, by state and batch, a page at a time")
def list_jobs(state: Literal["queued", "running", "succeeded", "failed", "cancelled"] | None = None,
              batch: str | None = None, limit: int = Query(50, ge=1, le=500),
              cursor: str | None = None, many: Many = Depends(get_many),
              who: str = Depends(tenant)):
    if batch is not None:
        _batch(batch, many, who)
    jobs, nxt = _cursor_page(many.list_jobs, who, state=state, batch=batch, limit=limit,
                             cursor=cursor)
    return {"jobs": [j.public() for j in jobs], "next_cursor": nxt}


@router.post("/v1/jobs/{job_id}/rerun", status_code=202, tags=["jobs"], response_model=None,
             responses={202: {"model": JobSchema}, **errors(*JOB, "not_final", "document_gone")},
             summary="Run a final job's document again (today's dictionaries); 409 before it is "
                     "final, 410 when its document is no longer stored")
def rerun_job(job_id: str, store: JobStore = Depends(get_store),
              settings: Settings = Depends(get_settings), many: Many = Depends(get_many),
              who: str = Depends(tenant)):
    job = load_job(job_id, store, who)
    # on the queue it came in on (a scan goes back to the OCR queue)
    st, state = many.rerun(job, task_message(job.id, store.get_queue(job.id) or settings.queue))
    if st == -1:
        raise ApiError("not_found", "no such job (unknown, expired or not yours)")
    if st == 0:
        raise ApiError("not_final", f"the job is {state}; only a final job can run again",
                       extra={"state": state})
    if st == -2:
        raise ApiError("document_gone",
                       "the uploaded document is no longer stored; upload it again")
    # the job as the rerun left it (a worker may have started it already)
    again = replace(job, state="queued", stage=None, progress=0.0, started_at=None,
                    finished_at=None, attempts=0, error=None)
    return JSONResponse(again.public(), status_code=202, headers={"Location": f"/v1/jobs/{job.id}"})


@router.get("/v1/jobs/{job_id}/indicators.xlsx", tags=["jobs"], response_class=Response,
            responses={200: _file(XLSX, "sheets `indicators` and `documents`"),
                       **errors(*JOB, "not_ready")},
            summary="The job's indicators as an XLSX workbook")
def job_xlsx(job_id: str, store: JobStore = Depends(get_store), many: Many = Depends(get_many),
             who: str = Depends(tenant)):
    job = load_job(job_id, store, who)
    _require_succeeded(job)
    if not many.results([job]):
        raise ApiError("not_found", "the result has expired")
    stem = safe_filename(job.document.get("filename")).rsplit(".", 1)[0] or "indicators"
    return _spreadsheet(many, [job], "xlsx", stem)


# --------------------------------------------------------------------------------------------
# batches

_BATCH_BODY = {
    "required": True,
    "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {
            "file": {"type": "array", "items": {"type": "string", "format": "binary"},
                     "description": "one field per document; each is its own job"},
            "callback_url": {**CALLBACK_URL, "description": str(CALLBACK_URL["description"])
                             + ". One `batch.finished` call when the batch's last job is final."},
        },
    }}},
}


class _Parts:
    """Multipart parts as they stream in; a file part over ``limit`` bytes is cut off (its
    bytes dropped) and marked, the rest of the request goes on."""

    def __init__(self, limit: int):
        self.limit = limit
        self.done: list[dict] = []
        self.cur: dict = {}
        self._hf = self._hv = b""

    def callbacks(self) -> dict:
        def part_begin():
            self.cur = {"headers": {}, "data": bytearray(), "size": 0}

        def header_field(data, start, end):
            self._hf += data[start:end]

        def header_value(data, start, end):
            self._hv += data[start:end]

        def header_end():
            self.cur["headers"][self._hf.strip().lower()] = self._hv.strip()
            self._hf = self._hv = b""

        def part_data(data, start, end):
            self.cur["size"] += end - start
            if self.cur["size"] <= self.limit:
                self.cur["data"] += data[start:end]
            else:
                self.cur["data"] = bytearray()

        def part_end():
            self.done.append(self.cur)

        return {"on_part_begin": part_begin, "on_header_field": header_field,
                "on_header_value": header_value, "on_header_end": header_end,
                "on_part_data": part_data, "on_part_end": part_end}


@router.post("/v1/batches", status_code=202, tags=["batches"], response_model=None,
             openapi_extra={"requestBody": _BATCH_BODY},
             responses={202: {"model": BatchCreated}, **errors("bad_request", "missing_file", "unauthorized",
                                                          "unsupported_media_type", "callback_not_allowed",
                                                          *STORE)},
             summary="Upload any number of documents in one streamed request: a batch of jobs")
async def create_batch(request: Request, store: JobStore = Depends(get_store),
                       settings: Settings = Depends(get_settings),
                       many: Many = Depends(get_many), who: str = Depends(tenant)):
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or not params.get(b"boundary"):
        raise ApiError("unsupported_media_type",
                       "send the documents as multipart/form-data, one field named 'file' each")
    parts = _Parts(settings.max_upload_bytes)
    try:
        parser = MultipartParser(params[b"boundary"], parts.callbacks())  # type: ignore[arg-type]
    except Exception:
        raise ApiError("bad_request", "malformed multipart boundary") from None
    batch: Batch | None = None
    jobs: list[Job] = []
    rejected: list[dict] = []
    files = 0
    mb = settings.max_upload_mb
    callback: str | None = None
    hooked = False  # the batch has its callback (held back until the upload is over)

    async def new_batch() -> Batch:
        nonlocal hooked
        b = await run_in_threadpool(many.new_batch, who)
        if callback:
            await run_in_threadpool(store.set_batch_hook, b.id, callback)
            hooked = True
        return b

    async def take(part: dict) -> None:
        nonlocal batch, files, callback, hooked
        _, cd = parse_options_header(part["headers"].get(b"content-disposition", b""))
        field = cd.get(b"name", b"").decode("utf-8", "replace")
        if field == "callback_url":
            if callback is not None:
                raise ApiError("callback_not_allowed", "give at most one callback_url")
            if b"filename" in cd or part["size"] > 2000:
                raise ApiError("callback_not_allowed", "callback_url must be a short text field")
            value = bytes(part["data"]).decode("utf-8", "replace")
            if not value.strip():  # an empty field (a form left blank): no callback
                return
            callback = await run_in_threadpool(check_callback, value, settings)
            if batch is not None:
                await run_in_threadpool(store.set_batch_hook, batch.id, callback)
                hooked = True
            return
        if field != "file" or b"filename" not in cd:
            return  # other fields are ignored
        files += 1
        name = safe_filename(cd[b"filename"].decode("utf-8", "replace"))
        if files > settings.max_batch_files:
            rejected.append({"filename": name, "error": {
                "code": "too_many_files",
                "message": f"a batch holds at most {settings.max_batch_files} files"}})
            return
        if part["size"] > settings.max_upload_bytes:
            rejected.append({"filename": name, "error": {
                "code": "too_large", "message": f"the file exceeds the limit of {mb:g} MB"}})
            return
        data = bytes(part["data"])
        try:
            media_type, queue = await run_in_threadpool(_check_document, data, name, settings)
        except (DocumentError, ApiError) as e:
            rejected.append({"filename": name, "error": {"code": e.code, "message": e.message}})
            return
        if batch is None:
            batch = await new_batch()
        jobs.append(await run_in_threadpool(_create, store, who, batch.id, data, name,
                                            media_type, queue))

    try:
        async for chunk in request.stream():
            try:
                parser.write(chunk)
            except Exception:
                raise ApiError("bad_request", "malformed multipart body") from None
            while parts.done:
                await take(parts.done.pop(0))
        parser.finalize()
    except ApiError as e:
        if jobs and batch is not None:  # the jobs already queued are kept: say where they are
            e.extra = {**e.extra, "batch": batch.id, "accepted": len(jobs)}
            if hooked:
                await run_in_threadpool(_close, store, many, batch.id, settings.queue)
        raise
    if files == 0:
        raise ApiError("missing_file", "no multipart field named 'file' with a document")
    if batch is None:
        batch = await new_batch()
    if hooked:
        await run_in_threadpool(_close, store, many, batch.id, settings.queue)
    return JSONResponse({"id": batch.id, "jobs": [j.public() for j in jobs],
                         "rejected": rejected},
                        status_code=202, headers={"Location": f"/v1/batches/{batch.id}"})


def _close(store: JobStore, many: Many, bid: str, queue: str) -> None:
    """The upload is over: the batch's webhook may fire (here, if its jobs are all final
    already; else when its last job is)."""
    store.close_batch(bid)
    batch_check(store, many, bid, queue)


def _create(store: JobStore, who: str, batch: str, data: bytes, name: str,
            media_type: str | None, queue: str) -> Job:
    """One job of a batch, on its queue (scans: the OCR queue)."""
    import hashlib

    jid = store.new_id()
    document = {"filename": name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                "media_type": media_type}
    return store.create(jid, who, data, document, enqueue=task_message(jid, queue), batch=batch)


@router.get("/v1/batches/{batch_id}", tags=["batches"], response_model=None,
            responses={200: {"model": BatchStatus}, **errors(*BATCH)},
            summary="A batch: its jobs' states counted, its progress, its job ids")
def get_batch(batch_id: str, many: Many = Depends(get_many), who: str = Depends(tenant)):
    return many.batch_status(_batch(batch_id, many, who))


@router.get("/v1/batches/{batch_id}/indicators.csv", tags=["batches"], response_class=Response,
            responses={200: _file("text/csv", "one row per indicator, with job_id and filename"),
                       **errors(*BATCH)},
            summary="Every indicator of the batch's succeeded jobs as one CSV")
def batch_csv(batch_id: str, many: Many = Depends(get_many), who: str = Depends(tenant)):
    b = _batch(batch_id, many, who)
    return _spreadsheet(many, many.batch_jobs(b.id), "csv", f"batch-{b.id[:8]}")


@router.get("/v1/batches/{batch_id}/indicators.xlsx", tags=["batches"], response_class=Response,
            responses={200: _file(XLSX, "sheets `indicators` and `documents`"), **errors(*BATCH)},
            summary="Every indicator of the batch's succeeded jobs as one XLSX workbook")
def batch_xlsx(batch_id: str, many: Many = Depends(get_many), who: str = Depends(tenant)):
    b = _batch(batch_id, many, who)
    return _spreadsheet(many, many.batch_jobs(b.id), "xlsx", f"batch-{b.id[:8]}")


# --------------------------------------------------------------------------------------------
# indicators across documents

@router.get("/v1/indicators", tags=["indicators"], response_model=None,
            responses={200: {"model": IndicatorPage,
                             "content": {"text/csv": {"schema": {"type": "string"}},
                                         XLSX: {"schema": {"type": "string",
                                                           "format": "binary"}}}},
                       **errors(*BATCH, "bad_request", "bad_cursor")},
            summary="Indicators across the caller's succeeded jobs, filtered; JSON, CSV or XLSX")
def indicators(request: Request, canonical: str | None = None, region: str | None = None,
               period: str | None = None, q: str | None = Query(None, max_length=200),
               batch: str | None = None, limit: int | None = Query(None, ge=1, le=100_000),
               cursor: str | None = None, format: Literal["json", "csv", "xlsx"] | None = None,
               many: Many = Depends(get_many), who: str = Depends(tenant)):
    if batch is not None:
        _batch(batch, many, who)
    fmt = format
    if fmt is None:
        accept = request.headers.get("accept", "")
        fmt = "csv" if "text/csv" in accept else "xlsx" if XLSX in accept else "json"
    # a JSON page: 100 by default, 1,000 at most; a file: up to 100,000 rows
    n = min(limit or 100, 1000) if fmt == "json" else (limit or 100_000)
    rows, nxt = _cursor_page(many.query_indicators, who, canonical=canonical, region=region,
                             period=period, batch=batch, q=q, limit=n, cursor=cursor)
    if fmt == "json":
        return {"indicators": rows, "next_cursor": nxt}
    headers = {"X-Next-Cursor": nxt} if nxt else {}
    if fmt == "csv":
        resp = _attachment(rows_csv(rows), CSV, "indicators", "csv")
    else:
        ids = list(dict.fromkeys(r["job_id"] for r in rows))
        jobs = [j for j in many.store.get_many(ids) if j is not None]
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["job_id"]] = counts.get(r["job_id"], 0) + 1
        docs = [{**_document_row(j, None), "indicators": counts.get(j.id)} for j in jobs]
        resp = _attachment(indicators_xlsx(rows, docs), XLSX, "indicators", "xlsx")
    resp.headers.update(headers)
    return resp
