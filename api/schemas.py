"""Response shapes and what each route documents in the OpenAPI schema (CONTRACT.md §2). The
result itself is ``analysis.models.Result``: the same pydantic models produce the JSON and
document it. Error statuses come from ``api.errors.STATUS``, stages from
``analysis.pipeline.STAGES``, final states from ``core.store.FINAL``: written once, here read."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from analysis.pipeline import STAGES
from core.store import FINAL

from .errors import STATUS

STATES = ("queued", "running", *FINAL)
"""A job's states in order (``core.store.FINAL`` the last three)."""
State = Literal[STATES]  # type: ignore[valid-type]
Stage = Literal[STAGES]  # type: ignore[valid-type]


class JobError(BaseModel):
    code: str
    message: str


class JobDocument(BaseModel):
    filename: str
    bytes: int
    sha256: str
    media_type: str | None = None


class Job(BaseModel):
    id: str
    state: State
    stage: Stage | None
    progress: float
    created_at: str
    started_at: str | None
    finished_at: str | None
    attempts: int
    document: JobDocument
    error: JobError | None


class Jobs(BaseModel):
    jobs: list[Job]


class ErrorBody(BaseModel):
    model_config = ConfigDict(extra="allow")  # 409 not_ready adds the job's state

    code: str
    message: str


class Error(BaseModel):
    error: ErrorBody


class JobEvent(BaseModel):
    """The ``data`` of one Server-Sent Event of ``GET /v1/jobs/{id}/events``."""
    id: str
    state: State
    stage: Stage | None
    progress: float
    ts: float


SSE_EVENT = {
    "type": "object",
    "description": "one event: `event` is the job's state (`gone` once the job expired), "
                   "`data` the JSON of the job's state, stage and progress",
    "properties": {
        "id": {"type": "string"},
        "event": {"type": "string", "enum": [*STATES, "gone"]},
        "data": {"type": "string", "contentMediaType": "application/json",
                 "contentSchema": {"anyOf": [JobEvent.model_json_schema(),
                                             {"type": "object", "maxProperties": 0}]}},
        "retry": {"type": "integer"},
    },
}
"""Each event of the stream (OpenAPI 3.1: a ``text/event-stream`` schema describes one event)."""


class Ready(BaseModel):
    status: Literal["ready", "unavailable"]
    redis: bool
    workers: int
    error: ErrorBody | None = None


def errors(*codes: str) -> dict[int | str, dict[str, Any]]:
    """The error answers a route can give, by status, each listing its codes.

    >>> sorted(errors("not_found", "not_ready", "already_final"))
    [404, 409]
    >>> errors("not_ready", "already_final")[409]["description"]
    '`not_ready`, `already_final`'
    """
    by_status: dict[int, list[str]] = {}
    for code in codes:
        by_status.setdefault(STATUS[code], []).append(code)
    return {status: {"model": Error, "description": ", ".join(f"`{c}`" for c in cs)}
            for status, cs in sorted(by_status.items())}


STORE = ("redis_unavailable",)
"""Every route that reads or writes the job store may answer 503 (Retry-After)."""
JOB = ("unauthorized", "not_found", *STORE)
"""A route on one job: a bad API key, an unknown (or another tenant's) job, the store down."""
DOCUMENT = ("empty_document", "too_large", "too_many_chars", "unsupported_media_type",
            "undecodable_text", "corrupt_document", "encrypted_document", "no_text_layer")
"""What an upload is refused for (analysis.errors.CODES)."""

CALLBACK_URL = {
    "type": "string", "maxLength": 2000,
    "description": "an http(s) URL the service POSTs to when the job (or the batch) is final: "
                   "`{\"event\": \"job.finished\", \"job\": {…}}` or `batch.finished` with the "
                   "batch, JSON, signed in `X-Zhibiao-Signature: sha256=<hex HMAC-SHA256 of the "
                   "body>`, retried with backoff until answered 2xx. Refused (422 "
                   "`callback_not_allowed`): other schemes, credentials in the URL, a name that "
                   "does not resolve, loopback, private, link-local and other non-public "
                   "addresses unless listed in ZHIBIAO_WEBHOOK_ALLOW",
}
"""The ``callback_url`` form field of ``POST /v1/jobs`` and ``POST /v1/batches``."""

UPLOAD_BODY = {
    "required": True,
    "content": {"multipart/form-data": {
        "example": {"file": "地区生产总值完成164.4亿元,增长5.7%。"},
        "schema": {
            "type": "object",
            "required": ["file"],
            "properties": {"file": {
                "type": "string", "format": "binary",
                "description": "the document: .txt (UTF-8, UTF-16, GB18030 ...), .docx, .pdf "
                               "with a text layer, or .html; repeat the field to send several",
            }, "callback_url": CALLBACK_URL},
        },
    }},
}
"""``POST /v1/jobs``'s body (the route reads the form itself: several ``file`` fields, its own
error codes)."""

JOB_LINKS = {
    name: {"operationId": op, "parameters": {"job_id": "$response.body#/id"},
           "description": desc}
    for name, op, desc in (
        ("GetJob", "get_job", "the job's record"),
        ("GetResult", "get_result", "the result once the job succeeded"),
        ("GetEvents", "job_events", "the job's progress as Server-Sent Events"),
        ("GetText", "get_text", "the decoded text every span points into"),
        ("CancelJob", "cancel_job", "cancel the job"),
    )
}
"""Where a client goes from ``POST /v1/jobs``'s answer: the job's ``id`` (also in ``Location``)."""

LOCATION = {"Location": {"description": "`/v1/jobs/{id}` of the (first) job",
                         "schema": {"type": "string"}}}


def text_body(media_type: str, description: str,
              schema: dict | None = None) -> dict[int | str, dict[str, Any]]:
    """A 200 answer that is not JSON."""
    return {200: {"description": description,
                  "content": {media_type: {"schema": schema or {"type": "string"}}}}}
