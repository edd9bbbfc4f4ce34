"""Errors in the contract's shape: ``{"error": {"code": "...", "message": "..."}}``."""
from __future__ import annotations

import logging

import redis
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from analysis.errors import DocumentError

log = logging.getLogger("zhibiao.api")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict | None = None,
                 extra: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers
        self.extra = extra or {}


def error_response(status: int, code: str, message: str, headers: dict | None = None,
                   **extra) -> JSONResponse:
    body = {"error": {"code": code, "message": message, **extra}}
    return JSONResponse(body, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_req: Request, e: ApiError):
        return error_response(e.status, e.code, e.message, e.headers, **e.extra)

    @app.exception_handler(DocumentError)
    async def _doc(_req: Request, e: DocumentError):
        return error_response(e.status, e.code, e.message)

    @app.exception_handler(redis.exceptions.ConnectionError)
    @app.exception_handler(redis.exceptions.TimeoutError)
    @app.exception_handler(redis.exceptions.BusyLoadingError)
    async def _redis(_req: Request, e: Exception):
        log.warning("redis unavailable: %s", e.__class__.__name__)
        return error_response(503, "redis_unavailable",
                              "the job store is unavailable; nothing was accepted, retry later",
                              {"Retry-After": "5"})

    @app.exception_handler(redis.exceptions.OutOfMemoryError)
    async def _redis_full(_req: Request, _e: Exception):
        log.error("redis is full (maxmemory reached with noeviction): refusing new work")
        return error_response(503, "redis_full",
                              "the job store is full; nothing was accepted, retry later",
                              {"Retry-After": "60"})

    @app.exception_handler(StarletteHTTPException)
    async def _http(_req: Request, e: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(e.status_code, "http_error")
        return error_response(e.status_code, code, str(e.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation(_req: Request, e: RequestValidationError):
        first = e.errors()[0] if e.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", []))
        return error_response(400, "bad_request", f"{where}: {first.get('msg', 'invalid request')}")

    @app.exception_handler(Exception)
    async def _any(_req: Request, _e: Exception):
        log.exception("unhandled error")
        return error_response(500, "internal_error", "an internal error occurred")
