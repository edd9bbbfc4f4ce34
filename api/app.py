"""The FastAPI application: ``create_app(settings)``. HTTP only; analysis lives in ``tasks/``."""
from __future__ import annotations

import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from core import __version__, logs
from core.settings import Settings, get_settings
from core.store import JobStore

from . import errors, routes
from .limits import UploadLimit

log = logging.getLogger("zhibiao.api")


def create_app(settings: Settings | None = None) -> FastAPI:
    s = settings or get_settings()
    logs.setup(s.log_level)
    app = FastAPI(title="zhibiao", version=__version__,
                  description="Indicators, articles and summaries from Chinese documents.")
    app.state.settings = s
    app.state.store = JobStore(s.redis_url, ttl_s=s.job_ttl_s, events_maxlen=s.events_maxlen)
    errors.install(app)
    app.include_router(routes.router)
    if s.cors_list:
        app.add_middleware(CORSMiddleware, allow_origins=s.cors_list, allow_methods=["*"],
                           allow_headers=["*"])
    app.add_middleware(UploadLimit, max_bytes=s.max_upload_bytes)
    if not s.key_list:
        log.warning("ZHIBIAO_API_KEYS is not set: the API is OPEN to anyone who can reach it; "
                    "serve it on 127.0.0.1 only, or set API keys")
    return app
