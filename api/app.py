"""The FastAPI application: ``create_app(settings)``. HTTP only; analysis lives in ``tasks/``."""
from __future__ import annotations

import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi

from core import __version__, logs
from core.settings import Settings, get_settings
from core.store import JobStore

from . import errors, many, page, routes
from .limits import UploadLimit

log = logging.getLogger("zhibiao.api")


def _openapi(app: FastAPI) -> dict:
    """FastAPI's schema, with every error documented as what it is answered with: JSON
    (``errors.install``), and a request that fails parameter validation as 400
    ``bad_request``, not FastAPI's own 422."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description,
                             routes=app.routes)
        for ops in schema.get("paths", {}).values():
            for op in ops.values():
                resp = op.get("responses", {})
                for status, answer in resp.items():
                    # an error is JSON even where the route's answer is text (FastAPI files
                    # every answer's model under the route's media type)
                    content = answer.get("content", {})
                    if status[0] in "45" and "application/json" not in content and any(
                            v.get("schema", {}).get("$ref", "").endswith("/Error")
                            for v in content.values()):
                        answer["content"] = {"application/json": {
                            "schema": {"$ref": "#/components/schemas/Error"}}}
                auto = resp.get("422", {}).get("content", {}).get("application/json", {})
                if auto.get("schema", {}).get("$ref", "").endswith("/HTTPValidationError"):
                    del resp["422"]
                    resp.setdefault("400", {
                        "description": "`bad_request`: a parameter is not valid",
                        "content": {"application/json": {
                            "schema": {"$ref": "#/components/schemas/Error"}}}})
        components = schema.get("components", {}).get("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        app.openapi_schema = schema
    return app.openapi_schema


def create_app(settings: Settings | None = None) -> FastAPI:
    s = settings or get_settings()
    logs.setup(s.log_level)
    app = FastAPI(title="zhibiao", version=__version__,
                  description="Indicators, articles and summaries from Chinese documents.")
    app.state.settings = s
    app.state.store = JobStore(s.redis_url, ttl_s=s.job_ttl_s, events_maxlen=s.events_maxlen,
                               keep_documents=s.keep_documents)
    errors.install(app)
    app.include_router(routes.router)
    app.include_router(many.router)
    app.include_router(page.router)
    if s.cors_list:
        app.add_middleware(CORSMiddleware, allow_origins=s.cors_list, allow_methods=["*"],
                           allow_headers=["*"])
    app.add_middleware(UploadLimit, max_bytes=s.max_upload_bytes)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    if not s.key_list:
        log.warning("ZHIBIAO_API_KEYS is not set: the API is OPEN to anyone who can reach it; "
                    "serve it on 127.0.0.1 only, or set API keys")
    return app
