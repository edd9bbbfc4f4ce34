"""Keywords: informative terms (industries, places, projects, metrics) of an article or a
document.

Score of a word = (occurrences in the text) × (its inverse document frequency from jieba's
``idf.txt``; words missing there, such as the domain terms of ``data/userdict.txt``, get a high
default) × (1.5 when the word is also in the title). A word is a candidate when it has two or
more characters, is not a number, date or quantity, is not in ``data/stopwords.txt`` (the domain
stop list: 工作, 推进, 发展, 加快 …) and its dictionary part of speech is a noun-like one
(``n ns nt nz nr vn l j eng`` or a word unknown to the dictionary, usually a name).
"""
from __future__ import annotations

import re
import threading
from collections import Counter
from pathlib import Path

DATA = Path(__file__).parent / "data"
_STOP: set[str] | None = None
_IDF: dict[str, float] | None = None
_IDF_DEFAULT = 12.0
_TAGS: dict | None = None
_lock = threading.Lock()

_KEEP_TAGS = {"n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "vn", "l", "j", "eng", "an", "i"}
_NUMERIC = re.compile(r"[0-9０-９.%％一二三四五六七八九十百千万亿两几多余第]+[年月日号个项家户人元吨亩次批条种类]?"
                      r"|.*[0-9].*")


def stopwords() -> set[str]:
    global _STOP
    if _STOP is None:
        p = DATA / "stopwords.txt"
        words: set[str] = set()
        if p.exists():
            for line in p.read_text("utf-8").splitlines():
                if not line.lstrip().startswith("#"):
                    words.update(line.split())
        _STOP = words
    return _STOP


def load() -> tuple[dict[str, float], dict]:
    """Load the IDF table and the part-of-speech table once (the worker may call it before
    forking, next to ``segment.load()``)."""
    return _load()


def _load() -> tuple[dict[str, float], dict]:
    global _IDF, _TAGS
    if _IDF is None or _TAGS is None:
        with _lock:
            if _IDF is None or _TAGS is None:
                import jieba.analyse
                import jieba.posseg

                from . import segment

                idf_path = Path(jieba.analyse.__file__).parent / "idf.txt"
                idf: dict[str, float] = {}
                for line in idf_path.read_text("utf-8").splitlines():
                    parts = line.split(" ")
                    if len(parts) == 2:
                        idf[parts[0]] = float(parts[1])
                tk = segment.jieba_tokenizer()
                pt = jieba.posseg.POSTokenizer(tk)
                tags = dict(pt.word_tag_tab)
                tags.update(getattr(tk, "user_word_tag_tab", {}) or {})
                _IDF, _TAGS = idf, tags
    return _IDF, _TAGS


def candidate(word: str) -> bool:
    """Is ``word`` worth listing as a keyword?

    >>> [w for w in ["工作", "推进", "煤层气", "平鲁区", "164.4亿元", "2022年", "增长", "氢能重卡"] if candidate(w)]
    ['煤层气', '平鲁区', '氢能重卡']
    """
    if len(word) < 2 or word in stopwords() or _NUMERIC.fullmatch(word):
        return False
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", word):
        return False
    _, tags = _load()
    tag = tags.get(word)
    return tag is None or tag in _KEEP_TAGS


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
