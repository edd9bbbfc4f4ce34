"""Segmentation: sentences and word tokens, with offsets into the text given.

Dictionaries load once per process (``load()``); the worker calls it before forking.

Segmenter choice (``bench/bench_segment.py``, five seeds, 84,812 characters after layout
clean-up; agreement = token-boundary F1 against jieba + our user dictionary):

=============================== ======= =========== ===============================
segmenter                       F1      chars/s     notes
=============================== ======= =========== ===============================
jieba.lcut + userdict           1.000     ~320,000  the first version's hot path
jieba.lcut, no userdict         0.992     ~330,000  splits 规模以上工业增加值, 氢能重卡
jieba.posseg + userdict         0.990      ~70,000  POS tags cost 4-5x; no stage needs them
jieba_fast + userdict           1.000     ~690,000  sdist only (needs a C compiler), last
                                                    release 2018: not taken
rjieba + userdict (add_word)    0.999   ~7,000,000  abi3 manylinux wheel, Rust port of jieba
=============================== ======= =========== ===============================

So the hot path is ``rjieba`` (20x jieba, same dictionary and HMM, our user dictionary added
word by word with ``add_word``), falling back to ``jieba`` when ``rjieba`` is not installed
(``BACKEND`` says which). Tags are ``x``: no stage needs part-of-speech tags in the hot path
(``keywords`` looks the tag of a candidate word up in jieba's dictionary instead).

Dictionaries: jieba's, then the package's domain dictionary ``data/userdict.txt`` (general
economic, statistical and administrative vocabulary only), then a user's dictionaries named by
``ZHIBIAO_USER_DICT`` (paths separated by ``os.pathsep``; jieba's format ``word [freq] [tag]``,
``#`` comments allowed): the names of one's own documents (villages, companies, projects). A
missing user dictionary is an error, not a silent fallback.
"""
from __future__ import annotations

import logging
import os
import re
import sys
import threading
from array import array
from collections import defaultdict
from collections.abc import Sequence
from itertools import count, islice, repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from . import lexicon

if TYPE_CHECKING:  # numpy is imported where it is used: a process that never analyses
    import numpy as np  # (the worker's main process) does not load it (~11 MB)

USERDICT = lexicon.path("userdict.txt")
USER_DICT_ENV = "ZHIBIAO_USER_DICT"

_lock = threading.Lock()
_tokenizer = None
_jieba = None
BACKEND: str | None = None


def user_dict_paths() -> list[Path]:
    """The user's dictionaries (``ZHIBIAO_USER_DICT``), loaded after the package's."""
    paths = [Path(p) for p in os.environ.get(USER_DICT_ENV, "").split(os.pathsep) if p.strip()]
    for p in paths:
        if not p.is_file():
            raise FileNotFoundError(f"{USER_DICT_ENV}: no such file: {p}")
    return paths


def _user_dict_lines() -> list[str]:
    """The non-blank, non-``#`` lines of the user's dictionaries, in order."""
    return [s for p in user_dict_paths() for line in p.read_text("utf-8-sig").splitlines()
            if (s := line.strip()) and not s.startswith("#")]


def _userdict_entries():
    for line in (*lexicon.lines(USERDICT.name), *_user_dict_lines()):
        parts = line.split()
        if parts:
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tag = parts[2] if len(parts) > 2 else (parts[1] if len(parts) == 2 and freq is None
                                                    else None)
            yield parts[0], freq, tag


def jieba_tokenizer():
    """jieba's tokenizer with the domain and user dictionaries (loaded once)."""
    global _jieba
    if _jieba is None:
        with _lock:
            if _jieba is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tk = jieba.Tokenizer()
                tk.initialize()
                for word, freq, tag in _userdict_entries():
                    tk.add_word(word, freq, tag)
                _jieba = tk
    return _jieba


def load():
    """Load the hot-path segmenter and the domain user dictionary once; returns the segmenter.
    (``analysis.pipeline.warm_up`` also warms the keyword tables.)"""
    if _tokenizer is not None:
        return _tokenizer
    return _load_segmenter()


def _load_segmenter():
    global _tokenizer, BACKEND
    if _tokenizer is not None:
        return _tokenizer
    try:
        import rjieba
    except ImportError:
        rjieba = None  # type: ignore[assignment]  # the jieba fallback below
    if rjieba is None:
        tk = jieba_tokenizer()
        with _lock:
            _tokenizer, BACKEND = tk, "jieba"
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            tk = rjieba.Jieba()
            for word, freq, tag in _userdict_entries():
                tk.add_word(word, freq, tag)
            _tokenizer, BACKEND = tk, "rjieba"
    return _tokenizer


# a sentence ends at a run of end marks (with one closing quote or bracket) or of line breaks:
# ``[。！？!?；;…]+[”」』’)）]?|\n+``, each found with the run before it, a possessive run of
# the other characters (one tight loop in the regex engine) instead of a match attempt at
# every character (2.2 → 0.75 ms over the seeds); ``\Z`` ends the text's last run (group 1
# unset). tests/unit/test_sentences.py compares it with the plain search.
_SENT_RUN = re.compile(r"[^。！？!?；;…\n]*+(?:([。！？!?；;…]+[”」』’)）]?|\n+)|\Z)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` (end punctuation included, surrounding blanks trimmed).

    >>> t = "增长5.7%。下降2%！\\n标题"
    >>> [t[s:e] for s, e in sentences(t)]
    ['增长5.7%。', '下降2%！', '标题']
    """
    spans: list[tuple[int, int]] = []
    append = spans.append
    start = 0
    for m in _SENT_RUN.finditer(text):
        s, e = m.span(1)
        if s < 0:  # the end of the text
            break
        end = s if text[s] == "\n" else e
        if end > start and not text[start].isspace() and not text[end - 1].isspace():
            append((start, end))      # nothing to trim (_add, inlined for the common case)
        else:
            _add(text, start, end, spans)
        start = e
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, s: int, e: int, spans: list) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens ``[start, end, tag]`` (code-point offsets); whitespace is skipped. The tag is
    ``x``: part-of-speech tagging costs 4-5x and no stage needs it.

    >>> t = "平鲁区规模以上工业增加值增长9.5%"
    >>> [t[s:e] for s, e, _ in tokens(t)][:3]
    ['平鲁区', '规模以上工业增加值', '增长']
    """
    return list(word_tokens(text))


def numpy():
    """numpy, imported on first use (a process that never analyses, such as the worker's main
    process, does not load it), without its BLAS thread pool (``OPENBLAS_NUM_THREADS=1``
    unless set): no stage uses BLAS, and one more thread in a pool process would take the
    signals its main thread holds back (the fault tests' task stuck past the soft time limit
    blocks SIGUSR1 in its thread; with a BLAS thread the signal went there and was handled
    anyway)."""
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import numpy as np

    return np


def word_tokens(text: str) -> Tokens:
    """``tokens(text)`` as a ``Tokens``: two arrays of offsets (16 bytes a token), each
    token's word id (``ids``, 4 bytes) into the process's word table (``vocab``, the
    ``WordTable``'s words: ``vocab[ids[i]] == text[starts[i]:ends[i]]``), from one cut,
    with no per-token Python code: the ids are one dict lookup per word in C (the table's
    ``defaultdict`` numbering new words), the offsets the running sum of the word lengths
    (numpy, each word's length taken by its id from the table), the whitespace words
    dropped by one mask from the table's. The text is cut in pieces of about ``_PIECE``
    characters that end after a line break: the segmenter never joins across one (it cuts
    runs of Han, letters and digits apart and treats every other character alone), so the
    tokens are the same; and a piece's word strings are freed before the next is cut (2 M
    characters have ~1 M tokens but ~8,000 distinct words).

    >>> t = "增长 9.5%,平鲁区"
    >>> toks = word_tokens(t)
    >>> [toks.vocab[i] for i in toks.ids] == [t[s:e] for s, e, _ in toks]
    True
    """
    np = numpy()
    tk = load()
    cut = tk.cut if BACKEND == "rjieba" else tk.lcut
    table = word_table()
    number = table.ids
    word_id = number.__getitem__
    parts = []
    at, n = 0, len(text)
    while at < n:
        stop = text.find("\n", at + _PIECE)
        stop = n if stop < 0 else stop + 1
        piece = cut(text[at:stop]) if at or stop < n else cut(text)
        # one id per word: the lookups made by one itemgetter call (a C loop), not by a map
        # calling the dict's method per word (0.93x); itemgetter of one item is not a tuple
        parts.append(np.fromiter(itemgetter(*piece)(number) if len(piece) > 1
                                 else map(word_id, piece), np.int32, len(piece)))
        at = stop
    ids = parts[0] if len(parts) == 1 else np.concatenate(parts or [np.empty(0, np.int32)])
    lens, space = table.sync()
    # the words cover the text end to end: the offsets are the running sum of their lengths
    # (a length per word of the table, taken per token by the ids)
    e = np.zeros(len(ids) + 1, np.int64)
    np.cumsum(lens[ids], out=e[1:])
    starts, ends = e[:-1], e[1:]
    drop = space[ids]
    if drop.any():
        keep = ~drop
        starts, ends, ids = starts[keep], ends[keep], ids[keep]
    return Tokens(_q(starts), _q(ends), ids, table.words, table)


class WordTable:
    """The words segmented in this process, each numbered once (in order of first sight),
    with each word's length and whitespace test as arrays indexed by the id: a document's
    word ids cost one lookup per token in a dict of known words, and its offsets and
    whitespace mask are gathers, not a length and a test per distinct word of every
    document; ``keywords`` keeps its weight of each word here too (``weights``). Replaced
    by a new table (never emptied in place: ``Tokens`` made before keep theirs) once it
    holds ``_WORDS_MAX`` words."""

    __slots__ = ("ids", "words", "_lens", "_space", "weights", "lock")

    def __init__(self) -> None:
        np = numpy()
        self.ids: defaultdict[str, int] = defaultdict(count().__next__)  # word -> id
        self.words: list[str] = []  # id -> word (grows as words are numbered)
        self._lens = np.zeros(1024, np.int64)  # buffers, ``len(words)`` of them used
        self._space = np.zeros(1024, np.bool_)
        self.weights: tuple | None = None  # keywords' own (tagger, buffer of weights)
        self.lock = threading.Lock()

    def sync(self) -> tuple[np.ndarray, np.ndarray]:
        """The words numbered since the last call appended to ``words`` and their lengths
        and whitespace tests to the arrays; returns the two arrays (views covering every
        id given so far)."""
        np = numpy()
        with self.lock:
            have = len(self.words)
            n = len(self.ids)
            if n > have:
                # the words numbered since: the dict's last keys (it keeps insertion order;
                # read from its end, so a call costs the new words, not the whole table)
                new = list(islice(reversed(self.ids), n - have))
                new.reverse()
                self.words.extend(new)
                self._lens = grown(self._lens, n)
                self._lens[have:n] = np.fromiter(map(len, new), np.int64, n - have)
                self._space = grown(self._space, n)
                self._space[have:n] = np.fromiter(map(str.isspace, new), np.bool_, n - have)
            return self._lens[:n], self._space[:n]


def grown(buf: np.ndarray, n: int) -> np.ndarray:
    """``buf`` if it holds ``n`` items, else a copy at least twice as long (amortised
    appends; views of the old buffer keep their values)."""
    if len(buf) >= n:
        return buf
    np = numpy()
    size = max(len(buf), 1024)
    while size < n:
        size *= 2
    out = np.zeros(size, buf.dtype)
    out[:len(buf)] = buf
    return out


_WORDS_MAX = 300_000
_table: WordTable | None = None


def word_table() -> WordTable:
    """The process's word table (a new one when the current holds ``_WORDS_MAX`` words)."""
    global _table
    table = _table
    if table is None or len(table.words) >= _WORDS_MAX:
        with _lock:
            if _table is None or len(_table.words) >= _WORDS_MAX:
                _table = WordTable()
            table = _table
    return table


def _q(a) -> array:
    """A numpy int64 array as an ``array('q')`` (a copy of its bytes)."""
    out = array("q")
    out.frombytes(a.tobytes())  # int64 in the machine's order, as ``array('q')``
    return out


_PIECE = 1 << 16


class Tokens(Sequence):
    """Word tokens ``(start, end, "x")`` kept as two arrays; the tuples are made on access.
    ``tokenize`` makes them from running sums of word lengths (each ≥ 1), so the starts and
    the ends strictly increase (``ordered``)."""

    ordered = True

    __slots__ = ("starts", "ends", "ids", "vocab", "table")

    def __init__(self, starts: array, ends: array, ids: np.ndarray | None = None,
                 vocab: list[str] | None = None, table: WordTable | None = None) -> None:
        self.starts, self.ends = starts, ends
        # each token's word as an id into ``vocab`` (``ids``, when ``word_tokens`` made
        # them), the words of the process's ``WordTable`` (``table``) when it made them
        self.ids, self.vocab, self.table = ids, vocab, table

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i], repeat("x")))
        return (self.starts[i], self.ends[i], "x")

    def __iter__(self):
        return zip(self.starts, self.ends, repeat("x"))

    def packed(self) -> tuple[bytes, bytes, str]:
        """The starts and the ends as little-endian uint32 bytes and the tag every token has
        (``""`` when there are none): what ``core.tokencodec.pack`` stores, made by two numpy
        conversions instead of three passes over ``(start, end, tag)`` tuples (≈ 6 ms for
        the seed mix's 45,000 tokens before)."""
        np = numpy()
        n = len(self.starts)
        if n and (self.starts[0] < 0 or self.ends[n - 1] >= 1 << 32):  # both increase
            raise OverflowError("token offsets out of the uint32 range")
        return (np.frombuffer(self.starts, np.int64).astype("<u4").tobytes(),
                np.frombuffer(self.ends, np.int64).astype("<u4").tobytes(),
                "x" if n else "")

    def mapped(self, origin: Sequence[int]) -> list[tuple[int, int, str]]:
        """The tokens in the coordinates ``origin`` maps to (``layout.Cleaned.origin``), as
        ``Cleaned.to_original`` maps a span: start ↦ ``origin[start]``, end ↦
        ``origin[end - 1] + 1`` (no token is empty). Two numpy gathers instead of a Python
        expression per token (≈ 8.7 → 0.6 ms for the seed mix's tokens)."""
        np = numpy()
        o = np.asarray(origin, np.int64)
        starts = np.frombuffer(self.starts, np.int64)
        ends = np.frombuffer(self.ends, np.int64)
        return list(zip(o[starts].tolist(), (o[ends - 1] + 1).tolist(), repeat("x")))

    def __eq__(self, other) -> bool:
        return isinstance(other, (list, tuple, Tokens)) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"
