"""Dependencies: settings, the job store, the Celery sender, the caller's tenant."""
from __future__ import annotations

import hashlib
import hmac

from fastapi import Depends, Header, Request

from core.settings import Settings
from core.store import JobStore

from .errors import ApiError


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> JobStore:
    return request.app.state.store


def tenant(x_api_key: str | None = Header(default=None),
           settings: Settings = Depends(get_settings)) -> str:
    """The caller's tenant: a hash of its API key, or ``public`` when no keys are configured.
    Jobs belong to their tenant; another tenant's job reads as unknown (404)."""
    keys = settings.key_list
    if not keys:
        return "public"
    if not x_api_key or not any(hmac.compare_digest(x_api_key, k) for k in keys):
        raise ApiError("unauthorized", "a valid X-API-Key header is required")
    return hashlib.sha256(x_api_key.encode()).hexdigest()[:16]
