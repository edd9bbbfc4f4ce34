"""The per-document keyword statistics (``keywords.WordStats``) rank exactly as the definition:
count every token that is not a credited name, score ``count × idf`` (× 1.5 in the title),
best first, ties by first occurrence. The definition is written out here, token by token, and
compared on every article of every seed, on shuffled and partial token lists and with titles."""
from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections import Counter
from pathlib import Path

import pytest

from analysis import articles, keywords, segment
from analysis.layout import clean

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _credited(text: str, s: int, e: int) -> bool:
    after = text[e:e + 4].lstrip(" \u3000")
    before = text[max(0, s - 4):s].rstrip(" \u3000")
    return after.startswith(("摄", "供稿")) or before.endswith(("记者", "通讯员"))


def reference(text: str, tokens, k: int = 8, title: str | None = None) -> list[str]:
    idf, _ = keywords.load()
    c: Counter[str] = Counter()
    first: dict[str, int] = {}
    for s, e, _ in tokens:
        if _credited(text, s, e):
            continue
        w = text[s:e]
        c[w] += 1
        first.setdefault(w, s)
    scored = []
    for w, n in c.items():
        if not keywords.candidate(w):
            continue
        score = n * idf.get(w, keywords._IDF_DEFAULT)
        if title and w in title:
            score *= 1.5
        scored.append((-score, first[w], w))
    scored.sort()
    return [w for _, _, w in scored[:k]]


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_article_and_document_keywords_equal_the_definition(path):
    c = clean(path.read_text("utf-8"))
    toks = segment.word_tokens(c.text)
    assert list(toks) == segment.tokens(c.text)
    words = [toks.vocab[i] for i in toks.ids]
    assert words == [c.text[s:e] for s, e, _ in toks]
    st = keywords.WordStats(c.text, toks, words, toks.starts, toks.ends, ordered=toks.ordered)
    # and as the pipeline makes them: word ids into the document's vocabulary, no word list
    plain = keywords.WordStats(c.text, toks, None, toks.starts, toks.ends, ordered=True)
    assert plain.top(k=12) == reference(c.text, list(toks), k=12)
    segs = articles.split(c, segment.sentences(c.text))
    assert segs
    for seg in segs:
        s, e = seg.span
        lo = bisect_left(toks.starts, s)
        hi = max(lo, bisect_right(toks.ends, e))
        assert st.top(lo, hi) == reference(c.text, toks[lo:hi]), seg.title
        if seg.title:
            assert (st.top(lo, hi, title=seg.title)
                    == reference(c.text, toks[lo:hi], title=seg.title))
    assert st.top(k=12) == reference(c.text, list(toks), k=12)


def test_any_token_list_in_any_order():
    rng = random.Random(13)
    c = clean(SEEDS[0].read_text("utf-8"))
    toks = segment.tokens(c.text)
    for _ in range(30):
        sub = rng.sample(toks, rng.randint(0, len(toks)))
        if rng.random() < 0.5:
            sub.sort()
        assert keywords.keywords(c.text, sub, k=10) == reference(c.text, sub, k=10)


def test_credited_names_are_left_out():
    t = "记者王磊报道,王磊和刘强在平鲁区调研。刘强 摄。通讯员 张三 平鲁区平鲁区。李四  供稿"
    toks = segment.tokens(t)
    assert keywords.keywords(t, toks, k=20) == reference(t, toks, k=20)
    assert "李四" not in keywords.keywords(t, toks, k=20)


def _cut_tokens(text: str) -> list[tuple[int, int, str]]:
    """The definition of the tokens: the segmenter's words, offsets by their lengths,
    whitespace words left out."""
    tk = segment.load()
    pos, out = 0, []
    for w in (tk.cut(text) if segment.BACKEND == "rjieba" else tk.lcut(text)):
        if not w.isspace():
            out.append((pos, pos + len(w), "x"))
        pos += len(w)
    return out


def test_the_word_table_serves_every_document_and_is_replaced_when_full(monkeypatch):
    """Word ids, lengths, whitespace and keyword weights come from the process's word table
    (``segment.WordTable``), which outlives a document: whatever it held before (the other
    seeds, in both orders) and after it was replaced for being full, the tokens and the
    keywords equal their definitions."""
    monkeypatch.setattr(segment, "_table", None)
    monkeypatch.setattr(segment, "_WORDS_MAX", 2_000)
    tables = set()
    for path in SEEDS + SEEDS[::-1]:
        c = clean(path.read_text("utf-8"))
        toks = segment.word_tokens(c.text)
        tables.add(id(toks.table))
        assert list(toks) == _cut_tokens(c.text)
        assert [toks.vocab[i] for i in toks.ids] == [c.text[s:e] for s, e, _ in toks]
        st = keywords.WordStats(c.text, toks, None, toks.starts, toks.ends, ordered=True)
        assert st.top(k=12) == reference(c.text, list(toks), k=12)
        assert st.top(k=12, title=c.text[:30]) == reference(c.text, list(toks), k=12,
                                                             title=c.text[:30])
    assert len(tables) > 2
