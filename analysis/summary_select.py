"""Which sentences a summary may use, and which one leads it.

``summarize`` scores the candidate sentences of an article (``_score_sentences``) and packs
the best ones (``_fit``). This module sits between the two (``summarize.article_summary``
calls :func:`select` once), so the scoring and packing code stays as it is:

* **Filter.** Sentences that repeat the headline (equal to it, or it and a few characters) are
  dropped; so is boilerplate a body line can still carry (``原标题:…``, ``责任编辑:…``, share/QR
  lines, credits: ``lineroles.role``), in case the splitter left such a line in the body.
* **Lead.** What the article reports comes first: for an economic text its headline figures.
  The lead is the article's opening sentence when it (or the one after it) carries a core
  figure, as a news item's lead does; otherwise the first sentence, in reading order, that
  carries the region's GDP or at least
  two core figures (indicators with a core ``canonical`` key); failing that, the first with one
  core figure; a sentence of a plan period's averages (``年均增长``, ``五年来``) leads only
  when no sentence of the year's figures does. Only in economic texts (three or more sentences with core figures); other
  articles, news items among them, keep the scorer's order, which already favours their lead. It is ranked first, and the sentences right after it that carry core figures
  too (the rest of the report's summary paragraph, ``地方一般公共预算收入5853.9亿元,增长3.9%;``)
  are ranked next, so the packer takes the headline figures before side details. In such a
  text a sentence loses its trailing clauses without a figure (``…取得多年未有的好成绩``). An article
  without core figures keeps the scorer's order.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter

from . import lineroles
from .layout import Cleaned
from .models import Indicator

_NOISE = re.compile(r"[\s“”\"'‘’—\-,.;:!?、。,;:!?()()《》]")
#: how many sentences after the lead that carry core figures join it
FOLLOWERS = 3
#: a core figure in one of the first OPENING candidate sentences leads (a news item's lead)
OPENING = 2
#: an economic text: at least this many of its sentences carry core figures
MIN_CORE_SENTENCES = 3


def _norm(t: str) -> str:
    return _NOISE.sub("", t)


def repeats_title(sent: str, titles: list[str], normed: list[str] | None = None) -> bool:
    """Does a sentence repeat a headline (equal to it, or the headline with a few characters
    more: ``原标题:…``, a date)? A sentence that reports more than the headline is kept.
    ``normed``: the titles already normalised (:func:`norm_titles`), for many sentences.

    >>> repeats_title("1-7月 西安市经济延续稳定恢复态势。", ["1-7月 西安市经济延续稳定恢复态势"])
    True
    >>> repeats_title("1-7月,西安市规模以上工业增加值同比增长5.8%。", ["1-7月 西安市经济延续稳定恢复态势"])
    False
    """
    if normed is None:
        normed = norm_titles(titles)
    # a sentence that repeats a title holds its first and last characters (a cheap test that
    # spares most sentences the substitution)
    if not any(t[0] in sent and t[-1] in sent for t in normed):
        return False
    n = _norm(sent)
    return any(n == t or (t in n and len(n) <= 1.3 * len(t)) for t in normed)


def norm_titles(titles: list[str]) -> list[str]:
    """The titles as :func:`repeats_title` compares them (those of 6 characters or more)."""
    return [t for t in map(_norm, titles) if len(t) >= 6]


_PERIOD_REVIEW = re.compile(r"年均|五年来|五年间|十[三四五]五.{0,6}(?:期间|时期|以来)|累计")
_CLAUSE_END = re.compile(r"[,;,;]")
_DIGIT = re.compile(r"\d")


def _trim_tail(text: str, a: int, b: int) -> int:
    """End of a sentence without its trailing clauses that carry no figure (an economic
    text's summary is its figures: ``增长5.1%,增速高于预期目标、高于全国,取得多年未有的好成绩。``
    ends after ``增长5.1%,``).

    >>> t = "全区地区生产总值增长5.1%,增速高于预期目标、高于全国,取得多年未有的好成绩。"
    >>> t[:_trim_tail(t, 0, len(t))]
    '全区地区生产总值增长5.1%,'
    """
    sent = text[a:b]
    if not _DIGIT.search(sent):
        return b
    cuts = [m.end() for m in _CLAUSE_END.finditer(sent)]
    end = len(sent)
    for c in reversed(cuts):
        if _DIGIT.search(sent[c:end]):
            break
        end = c
    return a + end


def select(cleaned: Cleaned, titles: list[str], scored: list[tuple[float, int, int]],
           indicators: list[Indicator], core: frozenset[str] | set[str]) -> list[tuple[float, int, int]]:
    """Candidates ``(score, start, end)`` (cleaned coordinates) filtered and re-ranked."""
    text = cleaned.text
    normed = norm_titles(titles)       # once, not once per sentence
    kept = [(sc, a, b) for sc, a, b in scored
            if not (normed and repeats_title(text[a:b], titles, normed))
            and lineroles.role(text[a:b]) is None]
    if not kept:
        return kept
    kept.sort(key=lambda x: x[1])
    # (start, end, core, gdp) of each indicator, by start (a stable sort: ties keep their order)
    inds = sorted(((x.span[0], x.span[1], (x.canonical or "") in core, x.canonical == "gdp")
                   for x in indicators), key=itemgetter(0))
    starts = [x[0] for x in inds]
    n_core, gdp = [], []
    for _, a, b in kept:
        oa, ob = cleaned.to_original(a, b)
        inside = [x for x in inds[bisect_left(starts, oa):bisect_right(starts, ob)]
                  if x[1] <= ob]
        n_core.append(sum(1 for x in inside if x[2]))
        gdp.append(any(x[3] for x in inside))
    if sum(1 for n in n_core if n) < MIN_CORE_SENTENCES:
        return kept  # not an economic text: the scorer's order (news leads with its lead)
    # the year's figures, not a plan period's averages (年均增长, 五年来), lead a report
    current = [not _PERIOD_REVIEW.search(text[a:b]) for _, a, b in kept]
    lead = None
    for ok in ((lambda k: k < OPENING and n_core[k] >= 1),  # a news item's lead sentence
               (lambda k: current[k] and (gdp[k] or n_core[k] >= 2)),
               (lambda k: gdp[k] or n_core[k] >= 2),
               (lambda k: n_core[k] >= 1)):
        lead = next((k for k in range(len(kept)) if ok(k)), None)
        if lead is not None:
            break
    if lead is None:
        return kept
    kept = [(sc, a, _trim_tail(text, a, b)) for sc, a, b in kept]
    top = max(sc for sc, _, _ in kept)
    out = list(kept)
    sc, a, b = kept[lead]
    out[lead] = (top + 3.0, a, b)
    bonus = 2.0
    for k in range(lead + 1, min(len(kept), lead + 1 + FOLLOWERS)):
        if not n_core[k]:
            break
        sc, a, b = kept[k]
        out[k] = (top + bonus, a, b)
        bonus -= 0.1
    return out
