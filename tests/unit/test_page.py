"""The web page's static files: no HTML built from strings, no inline code, no external
resource, and the exact Content-Security-Policy on every file."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from api import page
from api.errors import ApiError

STATIC = Path(page.__file__).with_name("static")
EXPECTED_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                "img-src 'self' data:; base-uri 'none'; form-action 'none'; "
                "frame-ancestors 'none'")


def _text(name: str) -> str:
    return (STATIC / name).read_text("utf-8")


@pytest.mark.parametrize("name", ["index.html", "app.js", "app.css"])
def test_no_html_sink_anywhere(name):
    """Data reaches the DOM through textContent only: none of the string-to-HTML sinks."""
    sinks = re.findall(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|"
                       r"new Function|srcdoc|javascript:", _text(name))
    assert sinks == []


def test_the_script_fills_the_dom_with_text_content():
    js = _text("app.js")
    assert "textContent" in js and "createElement" in js


def test_index_has_no_inline_code_and_no_external_resource():
    html = _text("index.html")
    assert not re.search(r"<script(?![^>]*\ssrc=)", html), "inline <script>"
    assert "<style" not in html and " style=" not in html
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"
    assert '<script src="/static/app.js"' in html and 'href="/static/app.css"' in html
    for name in ("index.html", "app.js", "app.css"):
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", _text(name)), name
        assert "@import" not in _text(name) and "url(" not in _text(name)


def test_csp_header_is_exact_on_every_file():
    assert page.CSP == EXPECTED_CSP
    responses = [page.page(), page.static("app.js"), page.static("app.css")]
    for r in responses:
        assert r.headers["content-security-policy"] == EXPECTED_CSP
        assert r.headers["x-content-type-options"] == "nosniff"
    assert responses[0].media_type.startswith("text/html")
    assert responses[1].media_type.startswith("text/javascript")
    assert responses[2].media_type.startswith("text/css")
    assert responses[0].body == (STATIC / "index.html").read_bytes()


@pytest.mark.parametrize("name", ["index.html", "nope.js", "..%2Fpage.py", ""])
def test_other_static_names_are_not_found(name):
    with pytest.raises(ApiError) as e:
        page.static(name)
    assert e.value.code == "not_found"
