"""Response shapes for the OpenAPI schema (CONTRACT.md §2). The result itself is
``analysis.models.Result``: the same pydantic models produce the JSON and document it."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel


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
    state: Literal["queued", "running", "succeeded", "failed", "cancelled"]
    stage: Literal["decode", "segment", "indicators", "summarize"] | None
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
    code: str
    message: str


class Error(BaseModel):
    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": Error} for s in (400, 401, 404, 409, 413, 415, 422, 503)}
