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

import heapq
import operator
import re
import threading
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

from . import lexicon, segment

if TYPE_CHECKING:  # numpy is imported where it is used: a process that never analyses
    import numpy as np  # (the worker's main process) does not load it (~11 MB)

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


_BLANK = " \u3000"


def _credit_positions(text: str) -> tuple[set[int], set[int]]:
    """Where a credited name may end and where one may start: ``e`` in the first set when
    ``text[e:e + 4]`` without its leading blanks starts with 摄 or 供稿, ``s`` in the second
    when ``text[s - 4:s]`` without its trailing blanks ends with 记者 or 通讯员 (exactly
    the test a token ``text[s:e]`` is a credited name by, found from the few places those words
    occur instead of asked per token).

    >>> def credited(t, s, e):  # the definition, per token
    ...     after = t[e:e + 4].lstrip(" \u3000")
    ...     before = t[max(0, s - 4):s].rstrip(" \u3000")
    ...     return after.startswith(("摄", "供稿")) or before.endswith(("记者", "通讯员"))
    >>> t = "井坪鸟瞰图。刘强 摄 记者王磊 通讯员　李四 张三  供稿"
    >>> ends, starts = _credit_positions(t)
    >>> sorted(ends), sorted(starts)
    ([8, 9, 25, 26, 27], [13, 19, 20])
    >>> all(credited(t, s, e) == (e in ends or s in starts)
    ...     for s in range(len(t)) for e in range(s, len(t) + 1))
    True
    """
    ends: set[int] = set()
    starts: set[int] = set()
    for word, room in (("摄", 3), ("供稿", 2)):  # blanks that fit in the 4-character window
        p = text.find(word)
        while p >= 0:
            e = p
            ends.add(e)
            while e > 0 and p - e < room and text[e - 1] in _BLANK:
                e -= 1
                ends.add(e)
            p = text.find(word, p + 1)
    for word, room in (("记者", 2), ("通讯员", 1)):
        p = text.find(word)
        while p >= 0:
            s = p + len(word)
            starts.add(s)
            while s < len(text) and s - p - len(word) < room and text[s] in _BLANK:
                s += 1
                starts.add(s)
            p = text.find(word, p + 1)
    return ends, starts


class _Weights(dict):
    """word -> its idf when a candidate, else NaN; a word missing is weighed on first lookup
    (so a document's words cost one lookup each, in C, when they are known)."""

    __slots__ = ("idf",)

    def __init__(self, idf: dict[str, float]) -> None:
        super().__init__()
        self.idf = idf

    def __missing__(self, word: str) -> float:
        w = self[word] = self.idf.get(word, _IDF_DEFAULT) if candidate(word) else _NOT
        return w


_WEIGHT: _Weights | None = None  # the cache, per process
_WEIGHT_TAGGER: object = None  # the tagger the cache was filled with (a new one empties it)
_WEIGHT_MAX = 300_000
_NOT = float("nan")


def _weights(distinct: Sequence[str]) -> np.ndarray:
    """The idf weight of each word of ``distinct`` (NaN: not a candidate), from a cache kept
    per process (emptied before it could pass ``_WEIGHT_MAX`` words)."""
    np = segment.numpy()
    global _WEIGHT, _WEIGHT_TAGGER
    idf, tagger = _load()
    cache = _WEIGHT
    if cache is None or tagger is not _WEIGHT_TAGGER or len(cache) + len(distinct) > _WEIGHT_MAX:
        # other dictionaries, other tags, or full: start again
        cache = _WEIGHT = _Weights(idf)
        _WEIGHT_TAGGER = tagger
    return np.fromiter(map(cache.__getitem__, distinct), np.float64, len(distinct))


def _table_weights(table) -> np.ndarray:
    """The weight of every word of a ``segment.WordTable`` (indexed by its ids; NaN: not a
    candidate), kept in the table: only the words numbered since the last call (or every
    word, after the tagger changed) are weighed, so a document's distinct words cost no
    lookup each (the per-process cache's lookups missed the CPU's caches)."""
    np = segment.numpy()
    idf, tagger = _load()
    with table.lock:
        words = table.words
        n = len(words)
        have = table.weights
        if have is None or have[0] is not tagger:  # first use, or other dictionaries
            have = (tagger, np.empty(1024, np.float64), 0)
        _, buf, done = have
        if done < n:
            buf = segment.grown(buf, n)
            buf[done:n] = np.fromiter(
                [idf.get(w, _IDF_DEFAULT) if candidate(w) else _NOT for w in words[done:n]],
                np.float64, n - done)
            table.weights = (tagger, buf, n)
        elif have is not table.weights:
            table.weights = have
    return buf[:n]


class WordStats:
    """The keyword candidates of one document, computed once: the candidate tokens (not
    credited names, in text order) as word ids with their token indices and starts, and each
    word's idf weight. ``top(lo, hi)`` ranks the candidates among the document's tokens
    ``lo:hi`` (token indices): an article's keywords cost one sort of its slice of candidate
    ids (numpy), not a pass in Python over its tokens.

    The tokens' words come as ids into a vocabulary (``tokens.ids``, ``tokens.vocab``, as
    ``segment.word_tokens`` gives them) or as ``words`` (``text[s:e]`` of each token; made
    from the tokens when not given)."""

    _ranked: dict[tuple[int, int], np.ndarray]  # an ordered slice's ranking (word ids)

    def __init__(self, text: str, tokens: Sequence[tuple[int, int, str]],
                 words: list[str] | None = None, starts: Sequence[int] | None = None,
                 ends: Sequence[int] | None = None, ordered: bool | None = None) -> None:
        np = segment.numpy()
        ids = getattr(tokens, "ids", None)
        vocab: list[str] | None = getattr(tokens, "vocab", None)
        if ids is None or vocab is None:
            if words is None:
                words = [text[s:e] for s, e, _ in tokens]
            number: defaultdict[str, int] = defaultdict(count().__next__)
            ids = np.fromiter(map(number.__getitem__, words), np.int64, len(words))
            vocab = list(number)
        if starts is None:
            starts = list(map(operator.itemgetter(0), tokens))
        if ends is None:
            ends = list(map(operator.itemgetter(1), tokens))
        table = getattr(tokens, "table", None)
        # the weights of the process's word table (``segment.word_tokens``' ids index it)
        weight = _table_weights(table) if table is not None else _weights(vocab)
        keep = ~np.isnan(weight[ids])
        # the ranking's tie-break is the word's first start; first seen = first start only
        # when the starts increase (they do: the segmenter's tokens are in text order)
        # (``ordered``: the caller knows both starts and ends strictly increase)
        self.ordered = ordered if ordered is not None else (
            all(map(operator.lt, starts, starts[1:])) and all(map(operator.lt, ends, ends[1:])))
        ends_at, starts_at = _credit_positions(text)
        if self.ordered:
            n = len(ends)  # a credited token is found by bisection, not by a pass over all
            for pos, where in ((ends_at, ends), (starts_at, starts)):
                for x in pos:
                    i = bisect_left(where, x)
                    if i < n and where[i] == x:
                        keep[i] = False
        elif ends_at or starts_at:
            for i, (s, e) in enumerate(zip(starts, ends)):
                if keep[i] and (e in ends_at or s in starts_at):
                    keep[i] = False
        self.index = np.flatnonzero(keep)  # token index of each candidate token
        self.ids = ids[self.index]  # its word id
        self.vocab = vocab
        self.weight = weight
        self._starts = starts
        self._ranked = {}

    def top(self, lo: int = 0, hi: int | None = None, k: int = 8,
            title: str | None = None) -> list[str]:
        """The ``k`` best candidates among the tokens ``lo:hi``."""
        index = self.index
        a = int(index.searchsorted(lo))
        b = len(index) if hi is None else int(index.searchsorted(hi))
        vocab = self.vocab
        if self.ordered and not title:
            # the ranking does not depend on k (a stable order cut at k): kept per slice, so
            # the document's keywords reuse those of an article holding every candidate
            ranked = self._ranked.get((a, b))
            if ranked is None:
                ranked = self._ranked[(a, b)] = self._order(self.ids[a:b])
            return list(map(vocab.__getitem__, ranked[:k].tolist()))
        ids = self.ids[a:b]
        words = list(map(vocab.__getitem__, ids.tolist()))
        starts = list(map(self._starts.__getitem__, index[a:b].tolist()))
        return self._rank(words, starts, self.weight[ids].tolist(), k, title)

    def _order(self, ids: np.ndarray) -> np.ndarray:
        """The word ids of ``ids`` (a slice of candidate tokens in text order), best score
        (occurrences × weight) first, ties in order of first occurrence in the slice: the
        order of ``_rank`` when the starts increase, before its cut at ``k``. The count times
        the weight is the same float product as in Python (the count converted to a double,
        then one multiplication)."""
        np = segment.numpy()
        # np.unique(ids, return_index=True, return_counts=True), without its wrappers
        n = len(ids)
        if not n:
            return ids
        perm = ids.argsort(kind="stable")  # stable: each id's first position comes first
        sid = ids[perm]
        new = np.empty(n, np.bool_)
        new[0] = True
        np.not_equal(sid[1:], sid[:-1], out=new[1:])
        at = new.nonzero()[0]
        u = sid[at]
        counts = np.empty(len(at), np.int64)
        np.subtract(at[1:], at[:-1], out=counts[:-1])
        counts[-1] = n - at[-1]
        score = counts * self.weight[u]
        return u[np.lexsort((perm[at], -score))]

    def _rank(self, words: list[str], starts: Sequence[int], weights: list[float], k: int,
              title: str | None) -> list[str]:
        c = Counter(words)  # keys in order of first occurrence
        first: dict[str, int] = {}
        for w, s in zip(words, starts):
            first.setdefault(w, s)
        scored = []
        wt = dict(zip(words, weights))  # each word's weight (the same for all its tokens)
        for w, n in c.items():
            score = n * wt[w]  # candidates only: never NaN
            if title and w in title:
                score *= 1.5
            scored.append((-score, first[w], w))
        return [w for _, _, w in heapq.nsmallest(k, scored)]


def keywords(text: str, tokens: list[tuple[int, int, str]], k: int = 8,
             title: str | None = None, words: list[str] | None = None) -> list[str]:
    """The ``k`` most informative words of the tokens (``text[s:e]`` for each token).

    >>> t = "平鲁区推进煤层气产业发展,煤层气产量增长。平鲁区加快工作。"
    >>> from .segment import tokens as tok
    >>> sorted(keywords(t, tok(t), k=3))
    ['产量', '平鲁区', '煤层气']
    """
    return WordStats(text, tokens, words).top(k=k, title=title)
