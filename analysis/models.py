"""The result models: these pydantic classes ARE the contract's result JSON (CONTRACT.md §3)
and the OpenAPI schema of ``GET /v1/jobs/{id}/result``.

Spans are ``[start, end)`` in code points of the decoded text, before any clean-up.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentInfo(_Model):
    filename: str
    media_type: str
    encoding: str | None = None
    sha256: str
    chars: int
    bytes: int | None = None
    articles: int | None = None
    # the document's date (YYYY-MM-DD, YYYY-MM or YYYY) relative periods are resolved against,
    # and where it was found: dateline, title or text
    date: str | None = None
    date_source: Literal["dateline", "title", "text"] | None = None
    # pages of a PDF or a scan; for pages read by OCR, the engine's mean confidence (0–1)
    pages: int | None = None
    ocr: list[OcrPageInfo] | None = None


class OcrPageInfo(_Model):
    page: int                   # 1-based
    confidence: float | None    # the OCR engine's mean confidence over the page's characters


class PeriodNorm(_Model):
    """A period as months, both ends included: ``{"start": "2022-01", "end": "2022-06"}``."""
    start: str
    end: str


class Normalized(_Model):
    value: float
    unit: str


class Change(_Model):
    direction: Literal["up", "down", "flat"]
    value: float | None = None
    unit: str | None = None
    basis: str | None = None
    text: str | None = None
    span: Span | None = None


class Indicator(_Model):
    name: str | None
    canonical: str | None = None
    value: float | None = None
    unit: str | None = None
    approx: bool = False
    normalized: Normalized | None = None
    change: Change | None = None
    rank: str | None = None
    completion: float | None = None
    period: str | None = None
    region: str | None = None
    # who the figure is about when that is not a place (a company, a ministry, a park)
    subject: str | None = None
    period_norm: PeriodNorm | None = None
    span: Span
    text: str
    article: int | None = None
    sentence: str = ""
    sentence_span: Span | None = None
    # the page the figure is printed on (PDFs and scans, 1-based), and for pages read by OCR
    # the box of its line on that page: [x0, y0, x1, y1] in pixels of the page at 150 dpi
    page: int | None = None
    box: list[float] | None = None


class Article(_Model):
    index: int
    kind: Literal["article", "caption"] = "article"
    title: str = ""
    subtitle: str | None = None
    kicker: str | None = None
    byline: str | None = None
    span: Span
    title_span: Span | None = None
    summary: str = ""
    keywords: list[str] = Field(default_factory=list)
    indicators: int = 0


class Stats(_Model):
    chars: int
    sentences: int = 0
    tokens: int = 0
    articles: int = 0
    indicators: int = 0


class Result(_Model):
    document: DocumentInfo
    articles: list[Article] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    summary: str = ""
    keywords: list[str] = Field(default_factory=list)
    stats: Stats
    tokens: list[tuple[int, int, str]] | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    _text: str = PrivateAttr(default="")
    # the tokens before mapping to original coordinates, and the map (the ``layout.Cleaned``):
    # the worker stores them packed (``core.tokencodec``) instead of asking for ``tokens``
    _token_source: tuple[Sequence, Any] | None = PrivateAttr(default=None)

    @property
    def text(self) -> str:
        """The decoded text every span points into (not part of the JSON)."""
        return self._text

    def to_json_dict(self, include_tokens: bool = False) -> dict:
        """The contract JSON; ``tokens`` only when asked for."""
        d = self.model_dump(mode="json")
        if not include_tokens or d.get("tokens") is None:
            d.pop("tokens", None)
        return d
