"""Keywords: informative terms, not official filler words."""
from __future__ import annotations

from pathlib import Path

from analysis import articles, keywords, segment
from analysis.layout import clean

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
FILLER = {"工作", "推进", "发展", "加快", "推动", "建设", "全面", "坚持", "实施"}


def _kw(prefix: str, k: int = 12):
    c = clean(next(p for p in SEEDS if p.name.startswith(prefix)).read_text("utf-8"))
    toks = segment.tokens(c.text)
    return c, toks, keywords.keywords(c.text, toks, k=k)


def test_document_keywords_are_informative():
    for prefix in ("000", "002", "004"):
        c, toks, kw = _kw(prefix)
        assert len(kw) == 12
        assert not FILLER & set(kw), kw
        assert all(len(w) >= 2 and not any(ch.isdigit() for ch in w) for w in kw)


def test_article_keywords_name_places_and_industries():
    c, toks, _ = _kw("004")
    segs = articles.split(c, segment.sentences(c.text))
    feature = next(a for a in segs if a.title == "奋楫争先谱华章")
    s, e = feature.span
    kw = keywords.keywords(c.text, [t for t in toks if s <= t[0] and t[1] <= e])
    assert "氢能" in kw and "吕梁" in kw
    c0, toks0, kw0 = _kw("000")
    assert "平鲁区" in kw0


def test_stopwords_file_is_used():
    stop = keywords.stopwords()
    assert {"工作", "推进", "发展", "加快"} <= stop
    assert not keywords.candidate("工作") and keywords.candidate("煤层气")


def test_userdict_terms_are_single_tokens():
    text = "平鲁区规模以上工业增加值增长9.5%,煤层气和氢能重卡产业加快发展。"
    words = [text[s:e] for s, e, _ in segment.tokens(text)]
    for term in ("平鲁区", "规模以上工业增加值", "煤层气", "氢能重卡"):
        assert term in words
