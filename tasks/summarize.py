"""Extractive summaries in the article's own sentences."""
from __future__ import annotations

from .articles import ArticleSeg
from .layout import Cleaned
from .models import Indicator

ARTICLE_MAX = 120
DOCUMENT_MAX = 200


def _fit(parts: list[str], limit: int) -> str:
    out = ""
    for p in parts:
        if len(out) + len(p) <= limit:
            out += p
        elif not out:
            return p[: limit - 1] + "…"
    return out


def article_summary(cleaned: Cleaned, seg: ArticleSeg, sentences: list[tuple[int, int]],
                    indicators: list[Indicator]) -> str:
    """First version: the lead sentences of the body that fit in 120 characters."""
    s0, e0 = seg.span
    ts = seg.title_span
    parts = [cleaned.text[a:b] for a, b in sentences
             if s0 <= a and b <= e0 and not (ts and a == ts[0])]
    return _fit(parts, ARTICLE_MAX)


def document_summary(cleaned: Cleaned, segs: list[ArticleSeg], article_summaries: list[str],
                     sentences: list[tuple[int, int]], indicators: list[Indicator]) -> str:
    return _fit([s for s in article_summaries if s], DOCUMENT_MAX)
