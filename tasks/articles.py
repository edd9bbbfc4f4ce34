"""Article split: a page or a dump becomes articles and captions (spans in cleaned text)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .layout import Cleaned


@dataclass
class ArticleSeg:
    """One article or caption, in cleaned-text coordinates."""

    kind: str  # "article" | "caption"
    span: tuple[int, int]
    title: str = ""
    title_span: tuple[int, int] | None = None
    subtitle: str | None = None
    kicker: str | None = None
    byline: str | None = None
    # spans of body text (what summaries and indicators read), cleaned coordinates
    body: list[tuple[int, int]] = field(default_factory=list)


def split(cleaned: Cleaned, sentences: list[tuple[int, int]]) -> list[ArticleSeg]:
    """First version: the whole document is one article titled by its first short line."""
    text = cleaned.text
    s, e = 0, len(text)
    title, tspan = "", None
    for a, b in sentences:
        if b - a <= 40:
            title, tspan = text[a:b], (a, b)
        break
    return [ArticleSeg(kind="article", span=(s, e), title=title, title_span=tspan, body=[(s, e)])]
