"""The web page at ``GET /``: upload several documents, follow the caller's jobs, download
their indicators, query the indicator table across documents.

The page is static: ``api/static/index.html``, ``app.js`` and ``app.css`` (package data, no
build step), served with a strict Content-Security-Policy — scripts and styles only from this
origin, requests only to this origin, no inline code, no frames, no forms. Everything the page
shows from the API goes in through ``textContent`` (tests/unit/test_page.py checks that no
``innerHTML`` is used). The page speaks to the API as any client: with an ``X-API-Key`` header
when keys are configured (it asks for the key on a 401 and keeps it in sessionStorage).

The routes are not in the OpenAPI schema (``include_in_schema=False``): they are the page, not
the API. They answer 200, or 404 ``not_found`` for a static file that does not exist.
"""
from __future__ import annotations

from importlib import resources

from fastapi import APIRouter
from fastapi.responses import Response

from .errors import ApiError

router = APIRouter()

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
       "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")

_MEDIA = {"index.html": "text/html; charset=utf-8",
          "app.js": "text/javascript; charset=utf-8",
          "app.css": "text/css; charset=utf-8"}


def _load(name: str) -> bytes:
    return resources.files("api").joinpath("static", name).read_bytes()


_FILES = {name: _load(name) for name in _MEDIA}


def _headers() -> dict[str, str]:
    return {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
            "Cache-Control": "no-cache"}


@router.get("/", include_in_schema=False)
def page() -> Response:
    return Response(_FILES["index.html"], media_type=_MEDIA["index.html"], headers=_headers())


@router.get("/static/{name}", include_in_schema=False)
def static(name: str) -> Response:
    if name not in _FILES or name == "index.html":
        raise ApiError("not_found", "no such file")
    return Response(_FILES[name], media_type=_MEDIA[name], headers=_headers())
