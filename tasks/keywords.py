"""Keywords: informative terms by frequency, stop words removed."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

DATA = Path(__file__).parent / "data"
_STOP: set[str] | None = None


def stopwords() -> set[str]:
    global _STOP
    if _STOP is None:
        p = DATA / "stopwords.txt"
        _STOP = set(p.read_text("utf-8").split()) if p.exists() else set()
    return _STOP


def keywords(text: str, tokens: list[tuple[int, int, str]], k: int = 8) -> list[str]:
    """Most frequent words of two or more characters that are not stop words or numbers."""
    stop = stopwords()
    c = Counter()
    for s, e, _ in tokens:
        w = text[s:e]
        if len(w) >= 2 and w not in stop and not any(ch.isdigit() for ch in w):
            c[w] += 1
    return [w for w, _ in c.most_common(k)]
