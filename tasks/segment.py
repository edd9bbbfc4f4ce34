"""Segmentation: sentences and jieba tokens, with offsets into the text given.

Dictionaries load once per process (``load()``); the worker calls it before forking.
"""
from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

DATA = Path(__file__).parent / "data"
USERDICT = DATA / "userdict.txt"

_lock = threading.Lock()
_tokenizer = None


def load():
    """Load jieba and the domain user dictionary once; returns the tokenizer."""
    global _tokenizer
    if _tokenizer is not None:
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tk = jieba.Tokenizer()
            tk.initialize()
            if USERDICT.exists():
                tk.load_userdict(str(USERDICT))
            _tokenizer = tk
    return _tokenizer


_SENT_END = re.compile(r"[。！？!?；;…]+[”」』’)）]?|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` (end punctuation included, surrounding blanks trimmed).

    >>> t = "增长5.7%。下降2%！\\n标题"
    >>> [t[s:e] for s, e in sentences(t)]
    ['增长5.7%。', '下降2%！', '标题']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if not m.group().startswith("\n") else m.start()
        _add(text, start, end, spans)
        start = m.end()
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
    """Word tokens ``[start, end, tag]``; whitespace is skipped. The tag is ``x`` (jieba.lcut
    path: part-of-speech tagging costs 7x and no stage needs it)."""
    tk = load()
    out = []
    for word, s, e in tk.tokenize(text):
        if not word.isspace():
            out.append((s, e, "x"))
    return out
