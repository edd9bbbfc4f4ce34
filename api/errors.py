"""Errors in the contract's shape: ``{"error": {"code": "...", "message": "..."}}``.

``STATUS`` is the one table from error codes to HTTP statuses: the domain's codes
(``analysis.errors.CODES``: a document the pipeline refuses) and the API's own."""
from __future__ import annotations

import logging

import redis
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from analysis.errors import DocumentError

log = logging.getLogger("zhibiao.api")

STATUS: dict[str, int] = {
    # the document (analysis.errors.CODES)
    "empty_document": 400,
    "too_large": 413,
    "too_many_chars": 413,
    "unsupported_media_type": 415,
    "undecodable_text": 422,  # the upload is well-formed, its content cannot be processed
    "corrupt_document": 422,
    "encrypted_document": 422,
    "no_text_layer": 422,
    "too_many_pages": 413,
    # the request
    "bad_request": 400,
    "missing_file": 400,
    "unauthorized": 401,
    "not_found": 404,
    "method_not_allowed": 405,
    "not_ready": 409,
    "already_final": 409,
    "idempotency_conflict": 409,
    # many documents (api/many.py)
    "bad_cursor": 400,
    "not_final": 409,
    "document_gone": 410,
    "callback_not_allowed": 422,  # callback_url refused (scheme, credentials, SSRF)
    # the service
    "internal_error": 500,
    "redis_unavailable": 503,
    "redis_full": 503,
    "no_worker": 503,
}


class ApiError(Exception):
    """An error answer: its status comes from ``STATUS[code]``."""

    def __init__(self, code: str, message: str, headers: dict | None = None,
                 extra: dict | None = None):
        if code not in STATUS:
            raise ValueError(f"no HTTP status for error code {code!r}")
        super().__init__(message)
        self.code, self.message = code, message
        self.headers = headers
        self.extra = extra or {}

    @property
    def status(self) -> int:
        return STATUS[self.code]


def error_body(code: str, message: str, **extra) -> dict:
    return {"error": {"code": code, "message": message, **extra}}


def error_response(code: str, message: str, headers: dict | None = None, *,
                   status: int | None = None, **extra) -> JSONResponse:
    """The answer for ``code`` (``status`` only for a status the framework chose)."""
    return JSONResponse(error_body(code, message, **extra),
                        status_code=status or STATUS[code], headers=headers)


def _endpoints(routes):
    """The routes that answer requests, inside included routers too (FastAPI keeps an included
    router as one entry of ``app.routes``)."""
    for route in routes:
        inner = getattr(getattr(route, "original_router", None), "routes", None)
        if inner is not None:
            yield from _endpoints(inner)
        elif getattr(route, "methods", None):
            yield route


def allowed_methods(request: Request) -> str:
    """The methods the request's path answers, for 405's ``Allow`` (RFC 9110 §15.5.6): every
    route on that path, not only the first one the router tried (GET and DELETE share
    ``/v1/jobs/{job_id}``)."""
    methods: set[str] = set()
    for route in _endpoints(request.app.routes):
        if route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods
    order = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
    return ", ".join(sorted(methods, key=lambda m: (order.index(m) if m in order else 99, m)))


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_req: Request, e: ApiError):
        return error_response(e.code, e.message, e.headers, **e.extra)

    @app.exception_handler(DocumentError)
    async def _doc(_req: Request, e: DocumentError):
        return error_response(e.code, e.message)

    @app.exception_handler(redis.exceptions.ConnectionError)
    @app.exception_handler(redis.exceptions.TimeoutError)
    @app.exception_handler(redis.exceptions.BusyLoadingError)
    async def _redis(_req: Request, e: Exception):
        log.warning("redis unavailable: %s", e.__class__.__name__)
        return error_response("redis_unavailable",
                              "the job store is unavailable; nothing was accepted, retry later",
                              {"Retry-After": "5"})

    @app.exception_handler(redis.exceptions.OutOfMemoryError)
    async def _redis_full(_req: Request, _e: Exception):
        log.error("redis is full (maxmemory reached with noeviction): refusing new work")
        return error_response("redis_full",
                              "the job store is full; nothing was accepted, retry later",
                              {"Retry-After": "60"})

    @app.exception_handler(StarletteHTTPException)
    async def _http(req: Request, e: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(e.status_code, "http_error")
        headers = dict(e.headers or {})
        if e.status_code == 405:
            headers["Allow"] = allowed_methods(req)
        return error_response(code, str(e.detail), headers or None, status=e.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation(_req: Request, e: RequestValidationError):
        first = e.errors()[0] if e.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", []))
        return error_response("bad_request", f"{where}: {first.get('msg', 'invalid request')}")

    @app.exception_handler(Exception)
    async def _any(_req: Request, _e: Exception):
        log.exception("unhandled error")
        return error_response("internal_error", "an internal error occurred")
