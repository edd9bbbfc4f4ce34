"""The pure pipeline: ``analyze(data, filename) -> Result``.

decode → layout clean-up → sentences → articles → segment → indicators → keywords → summarize.
No Redis, no Celery, no HTTP here. Stages report through ``progress(stage, fraction)``.
"""
from __future__ import annotations

import gc
import hashlib
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from . import articles as articles_mod
from . import indicators as indicators_mod
from . import keywords as keywords_mod
from . import layout, segment, summarize
from .decode import Decoded, decode
from .decode.image import MAX_PAGES
from .models import Article, DocumentInfo, Indicator, OcrPageInfo, Result, Stats

STAGES = ("decode", "ocr", "segment", "indicators", "summarize")

Progress = Callable[[str, float], None]


def _noop(stage: str, fraction: float) -> None:
    pass


def analyze(data: bytes, filename: str, progress: Progress | None = None,
            include_tokens: bool = False, max_chars: int | None = None,
            stages: dict[str, float] | None = None, max_pages: int = MAX_PAGES) -> Result:
    """Analyse one document.

    ``progress(stage, fraction)`` is called as each stage starts; it may raise to stop the
    run (a cancelled job). Raises ``DocumentError`` for a document that cannot be analysed.
    ``stages``, when given, gets the seconds of each finer stage added to it (``decode``,
    ``layout``, ``sentences``, ``articles``, ``tokens``, ``indicators``, ``keywords``,
    ``summaries``, ``result``: ``bench/`` prints them).

    The cyclic garbage collector is paused for the call: the stages make hundreds of
    thousands of short-lived tuples, lists and match objects, freed by reference counting as
    they go, and the collector's passes over them (and over the loaded dictionaries) cost
    about 5 % of the run. It is enabled again on return if it was on.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _analyze(data, filename, progress, include_tokens, max_chars, stages, max_pages)
    finally:
        if paused:
            gc.enable()


def _analyze(data: bytes, filename: str, progress: Progress | None,
             include_tokens: bool, max_chars: int | None,
             stages: dict[str, float] | None, max_pages: int) -> Result:
    progress = progress or _noop
    timings: dict[str, float] = {}
    clock = time.perf_counter
    fine = stages if stages is not None else {}
    last = [clock()]

    def lap(name: str) -> None:
        now = clock()
        fine[name] = fine.get(name, 0.0) + now - last[0]
        last[0] = now

    def on_page(done: int, total: int) -> None:  # scans: the OCR stage, page by page
        progress("ocr", 0.05 + 0.2 * done / max(total, 1))

    progress("decode", 0.05)
    t = last[0] = clock()
    # applies the limits (decode.limits); scans are read by OCR (analysis.ocr)
    decoded = decode(data, filename, max_chars=max_chars, ocr="run", max_pages=max_pages,
                     on_page=on_page)
    lap("decode")
    cleaned = layout.clean(decoded.text)
    lap("layout")
    timings["decode"] = (clock() - t) * 1000

    progress("segment", 0.25)
    t = last[0] = clock()
    sents = segment.sentences(cleaned.text)
    lap("sentences")
    segs = articles_mod.split(cleaned, sents)
    lap("articles")
    toks = segment.word_tokens(cleaned.text)
    lap("tokens")
    # keywords: the word statistics (candidate words, weights) once for the document, while
    # its words are still in the CPU's caches (after the indicator stage each distinct word's
    # weight lookup missed them: keywords stage 6.1 → 5.3 ms over the seed mix); ranked per
    # article below.
    # The tokens come in text order (``Tokens.ordered``: their starts and their ends strictly
    # increase), so the tokens with start >= s are a suffix and those with end <= e a prefix:
    # an article's tokens are one slice found by two bisections
    t_starts, t_ends = toks.starts, toks.ends
    ordered = toks.ordered
    kw = keywords_mod.WordStats(cleaned.text, toks, None, t_starts, t_ends, ordered=ordered)
    lap("keywords")
    timings["segment"] = (clock() - t) * 1000

    progress("indicators", 0.55)
    t = last[0] = clock()
    titles = [seg.title for seg in segs]
    doc_date, date_source = indicators_mod.document_date(cleaned.text, titles)
    inds = indicators_mod.extract(cleaned, sents, segs,
                                  dates=indicators_mod.DateContext.of(doc_date, date_source,
                                                                      titles))
    lap("indicators")
    if decoded.pages:
        _locate(inds, decoded)
    timings["indicators"] = (clock() - t) * 1000

    progress("summarize", 0.8)
    t = last[0] = clock()
    art_keywords = []
    for seg in segs:
        s, e = seg.span
        if ordered:
            lo = bisect_left(t_starts, s)
            art_keywords.append(kw.top(lo, max(lo, bisect_right(t_ends, e))))
        else:
            art_keywords.append(keywords_mod.keywords(
                cleaned.text, [tk for tk in toks if s <= tk[0] and tk[1] <= e]))
    doc_keywords = kw.top(k=12)
    lap("keywords")

    by_article: dict[int | None, list] = {}
    for ind in inds:
        by_article.setdefault(ind.article, []).append(ind)
    scores: dict = {}  # sentence scores, shared by the article and the document summaries
    summaries = [summarize.article_summary(cleaned, seg, sents, by_article.get(i, []),
                                           scores=scores)
                 for i, seg in enumerate(segs)]
    doc_summary = summarize.document_summary(cleaned, segs, summaries, sents, inds,
                                             scores=scores)
    lap("summaries")
    timings["summarize"] = (clock() - t) * 1000

    arts = [Article(index=i, kind=seg.kind, title=seg.title, subtitle=seg.subtitle,
                    kicker=seg.kicker, byline=seg.byline, span=cleaned.to_original(*seg.span),
                    title_span=cleaned.to_original(*seg.title_span) if seg.title_span else None,
                    summary=summ, keywords=a_kw, indicators=len(by_article.get(i, ())))
            for i, (seg, summ, a_kw) in enumerate(zip(segs, summaries, art_keywords))]
    out_tokens = None
    if include_tokens:  # Cleaned.to_original of every token, by two numpy gathers
        out_tokens = toks.mapped(cleaned.origin)
    result = Result(
        document=DocumentInfo(filename=filename, media_type=decoded.media_type,
                              encoding=decoded.encoding, sha256=hashlib.sha256(data).hexdigest(),
                              chars=len(decoded.text), bytes=len(data), articles=len(arts),
                              date=doc_date, date_source=date_source,
                              pages=len(decoded.pages) or None,
                              ocr=[OcrPageInfo(page=p, confidence=c) for p, c in decoded.ocr]
                              or None),
        articles=arts, indicators=inds, summary=doc_summary, keywords=doc_keywords,
        stats=Stats(chars=len(decoded.text), sentences=len(sents), tokens=len(toks),
                    articles=len(arts), indicators=len(inds)),
        tokens=out_tokens,
        timings_ms={k: round(v, 3) for k, v in timings.items()},
    )
    result._text = decoded.text
    result._token_source = (toks, cleaned)
    lap("result")
    return result


def _locate(inds: list[Indicator], decoded: Decoded) -> None:
    """Each figure's page, and for OCR'd pages the box of its line on the page."""
    page_starts = [s for s, _ in decoded.pages]
    line_starts = [ln.start for ln in decoded.lines]
    for ind in inds:
        s = ind.span[0]
        ind.page = bisect_right(page_starts, s) or None
        k = bisect_right(line_starts, s) - 1
        if k >= 0 and s < decoded.lines[k].end:
            ind.box = [round(v, 1) for v in decoded.lines[k].box]


def warm_up() -> None:
    """Load every dictionary and compile every pattern (the worker calls this before forking)."""
    segment.load()
    keywords_mod.load()
    analyze("地区生产总值完成164.4亿元,增长5.7%。".encode(), "warm-up.txt")
