"""Keywords: informative terms (industries, places, projects, metrics) of an article or a
document.

Score of a word = (occurrences in the text) × (its inverse document frequency from jieba's
``idf.txt``; words missing there, such as the domain terms of ``data/userdict.txt``, get a high
default) × (1.5 when the word is also in the title). A word is a candidate when it has two or
more characters, is not a number, date or quantity, is not in ``data/stopwords.txt`` (the domain
stop list: 工作, 推进, 发展, 加快 …), is not a reporter's or photographer's name in a credit
(``记者 王磊``, ``刘强 摄``) and its dictionary part of speech is a noun-like one
(``n ns nt nz nr vn l j eng`` or a word unknown to the dictionary, usually a name).
"""
from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from . import lexicon

_STOP: set[str] | None = None
_IDF: dict[str, float] | None = None
_IDF_DEFAULT = 11.95  # jieba's median idf
_IDF_KEEP = 10.5
_TAGS: Callable[[str], str | None] | None = None  # word -> dictionary tag
_lock = threading.Lock()

_KEEP_TAGS = {"n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "vn", "l", "j", "eng", "an", "i"}
_NUMERIC = re.compile(r"[0-9０-９.%％一二三四五六七八九十百千万亿两几多余第]+[年月日号个项家户人元吨亩次批条种类]?"
                      r"|.*[0-9].*")


def stopwords() -> set[str]:
    global _STOP
    if _STOP is None:
        words: set[str] = set()
        for line in lexicon.lines("stopwords.txt"):
            words.update(line.split())
        _STOP = words
    return _STOP


def load() -> tuple[dict[str, float], Callable[[str], str | None]]:
    """Load the IDF table and the tagger once (``analysis.pipeline.warm_up`` calls it before
    the worker forks)."""
    return _load()


def _load() -> tuple[dict[str, float], Callable[[str], str | None]]:
    """IDF of the common words only (idf < ``_IDF_KEEP``, about 55,000 of jieba's 270,000:
    the rarer ones score the median default anyway, and the whole table costs ~60 MB per
    process); part-of-speech tags come from the hot-path segmenter (``rjieba``'s ``tag``), or
    from jieba's tag table when running on the jieba fallback."""
    global _IDF, _TAGS
    if _IDF is None or _TAGS is None:
        with _lock:
            if _IDF is None or _TAGS is None:
                import importlib.util

                from . import segment

                spec = importlib.util.find_spec("jieba")
                idf: dict[str, float] = {}
                if spec is not None and spec.origin:
                    idf_path = Path(spec.origin).parent / "analyse" / "idf.txt"
                    with open(idf_path, encoding="utf-8") as f:
                        for line in f:
                            word, _, val = line.rstrip("\n").partition(" ")
                            if val:
                                v = float(val)
                                if v < _IDF_KEEP:
                                    idf[word] = v
                tk = segment._load_segmenter()
                tagger: Callable[[str], str | None]
                if segment.BACKEND == "rjieba":
                    tagger = _RTagger(tk)
                else:
                    import jieba.posseg

                    pt = jieba.posseg.POSTokenizer(tk)
                    table = dict(pt.word_tag_tab)
                    table.update(getattr(tk, "user_word_tag_tab", {}) or {})
                    tagger = table.get
                _IDF, _TAGS = idf, tagger
    return _IDF, _TAGS


class _RTagger:
    """The dictionary tag of a word (``None`` when the segmenter splits it), cached."""

    def __init__(self, tk) -> None:
        self.tk = tk
        self.cache: dict[str, str | None] = {}

    def __call__(self, word: str) -> str | None:
        tag = self.cache.get(word, "?")
        if tag == "?":
            pairs = self.tk.tag(word)
            tag = pairs[0][1] if len(pairs) == 1 and pairs[0][1] != "x" else None
            if len(self.cache) > 200_000:
                self.cache.clear()
            self.cache[word] = tag
        return tag


def candidate(word: str) -> bool:
    """Is ``word`` worth listing as a keyword?

    >>> [w for w in ["工作", "推进", "煤层气", "平鲁区", "164.4亿元", "2022年", "增长", "氢能重卡"] if candidate(w)]
    ['煤层气', '平鲁区', '氢能重卡']
    """
    if len(word) < 2 or word in stopwords() or _NUMERIC.fullmatch(word):
        return False
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", word):
        return False
    _, tagger = _load()
    tag = tagger(word)
    return tag is None or tag in _KEEP_TAGS


def _credit_name(text: str, s: int, e: int) -> bool:
    """A reporter's or photographer's name in a byline or credit (``记者 王磊``, ``刘强 摄``).

    >>> t = "井坪鸟瞰图。刘强 摄"
    >>> _credit_name(t, 6, 8), _credit_name(t, 0, 2)
    (True, False)
    """
    after = text[e:e + 4].lstrip(" \u3000")
    before = text[max(0, s - 4):s].rstrip(" \u3000")
    return after.startswith(("摄", "供稿")) or before.endswith(("记者", "通讯员"))


def keywords(text: str, tokens: list[tuple[int, int, str]], k: int = 8,
             title: str | None = None) -> list[str]:
    """The ``k`` most informative words of the tokens (``text[s:e]`` for each token).

    >>> t = "平鲁区推进煤层气产业发展,煤层气产量增长。平鲁区加快工作。"
    >>> from .segment import tokens as tok
    >>> sorted(keywords(t, tok(t), k=3))
    ['产量', '平鲁区', '煤层气']
    """
    idf, _ = _load()
    c: Counter[str] = Counter()
    first: dict[str, int] = {}
    for s, e, _ in tokens:
        w = text[s:e]
        if _credit_name(text, s, e):
            continue
        c[w] += 1
        first.setdefault(w, s)
    scored = []
    for w, n in c.items():
        if not candidate(w):
            continue
        score = n * idf.get(w, _IDF_DEFAULT)
        if title and w in title:
            score *= 1.5
        scored.append((-score, first[w], w))
    scored.sort()
    return [w for _, _, w in scored[:k]]
