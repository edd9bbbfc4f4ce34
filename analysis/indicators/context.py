"""Context: the text units the extractor reads, and the period and region they inherit.

A *unit* is a sentence in cleaned text, with line breaks the page layout put inside it
removed (so ``5.\\n7%`` or ``工\\n作总基调`` read as one), and a map from each of its characters
back to a cleaned offset. Units are grouped into paragraphs and articles.

Periods (as written) and regions (full names from ``regions.txt``) are resolved in this order:
the sentence (nearest before the figure) → earlier sentences of the paragraph → the
paragraph's first → earlier paragraphs of the article (periods) / the article's title,
dateline or opening (regions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.layout import FULLWIDTH

from . import data

# the lookahead lets the scan skip, at one test per character, positions no period starts at
_PERIOD_FIRST = "".join(sorted({c for c in "0123456789今去全上下前一第二三四截到年过近五“" }))
PERIOD = re.compile(f"(?=[{_PERIOD_FIRST}])(?:" + "|".join(f"(?:{p})" for p in data.PERIOD_PATTERNS) + ")")
# a period inside a target is not the period of the figure: 完成全年任务, 全年目标
_NOT_PERIOD_AFTER = re.compile(r"^(?:任务|目标|计划|就业计划|的任务|红|”|\")")
_NOT_PERIOD_BEFORE = re.compile(r"(?:完成|实现|超额完成|占|比|较|与|同)$")
_YEAR_ONLY = re.compile(r"\d{4}年$")
_YEAR_LEAD = re.compile(r"(?:^|[,;:。!?、 (“\"]|在|于|至|到|力争|确保|预计|计划|争取)$")

_PERIOD_HINT = re.compile("[年月季截]")   # every period expression holds one of these
REGION = re.compile("|".join(re.escape(a) for a in sorted(data.REGIONS, key=len, reverse=True)))


def _region_len(text: str, start: int) -> int:
    """Length of the place name at ``start`` (0 if none)."""
    m = REGION.match(text, start)
    return m.end() - start if m else 0

_END = set("。!?;…”」』)》:")
_NO_JOIN_TAIL = re.compile(r"(?:摄|供稿|图|编辑|责任编辑)\s*$")


_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")


@dataclass
class Unit:
    text: str                 # cleaned, width-normalised, layout line breaks removed
    cmap: list[int]           # cmap[i] = cleaned offset of text[i]
    sent_span: tuple[int, int]  # cleaned span of the whole unit
    article: int
    paragraph: int            # global paragraph counter


def periods(text: str, mask: list[bool] | None = None) -> list[tuple[int, int, str]]:
    """Period expressions in ``text``: (start, end, as written).

    >>> [p for _, _, p in periods("2022年1—11月增长9.9%,截至2022年10月底,上半年,完成全年任务")]
    ['2022年1—11月', '截至2022年10月底', '上半年']
    >>> [p for _, _, p in periods("1—6月份,平鲁区;今年以来;全年接待游客;2022年9月17日")]  # a date is not a period
    ['1—6月份', '今年以来', '全年']
    """
    if not _PERIOD_HINT.search(text):
        return []
    out = []
    if mask is None:
        from .patterns import quoted
        mask = quoted(text)
    for m in PERIOD.finditer(text):
        if mask and mask[m.start()]:
            continue      # “2018年全国生态文化村”: a year inside a name
        if _NOT_PERIOD_AFTER.match(text, m.end()) or _NOT_PERIOD_BEFORE.search(text, 0, m.start()):
            continue
        if re.match(r"\d", text[m.end():m.end() + 1]):
            continue
        if _YEAR_ONLY.fullmatch(m.group()) and not _YEAR_LEAD.search(text[max(0, m.start() - 2):m.start()]):
            continue      # 全国2018年戏曲百戏盛典: a year inside a name
        out.append((m.start(), m.end(), m.group()))
    return out


def regions(text: str) -> list[tuple[int, int, str]]:
    """Region mentions: (start, end, full name).

    >>> [r for _, _, r in regions("平鲁区社会消费品零售总额,朔州日新月异,2019年洪洞县政府")]
    ['平鲁区', '朔州市', '洪洞县']
    """
    return [(m.start(), m.end(), data.REGIONS[m.group()]) for m in REGION.finditer(text)]


_COMPARATIVE = re.compile(r"(?:率先|首|第|排|乃至|都)")


def is_subject(text: str, start: int) -> bool:
    """Is the region mention at ``start`` the subject of its clause (not inside a name)?

    >>> t = "1—6月份,平鲁区社会消费品零售总额;加快推进晋北地区朔州高原风沙源项目"
    >>> is_subject(t, t.index("平鲁区")), is_subject(t, t.index("朔州"))
    (True, False)
    >>> t = "在孝义,搭载…;在山西省率先实现"
    >>> is_subject(t, 1), is_subject(t, t.index("山西省"))
    (True, False)
    """
    if start == 0 or text[start - 1] in ",;:。!? )”\"":
        return True
    if text[start - 1] == "在" and (start == 1 or text[start - 2] in ",;:。!? ") \
            and not _COMPARATIVE.match(text, start + _region_len(text, start)):
        return True       # 在孝义,…: a place opening the clause (not 在山西省率先…)
    return any(e == start for _, e, _ in periods(text[:start]))


def _joinable(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Was the line break between sentences ``a`` and ``b`` put there by the page layout?"""
    gap = text[a[1]:b[0]]
    if "\n" not in gap:
        return False
    piece = text[a[0]:a[1]]
    if not piece or piece[-1] in _END or _NO_JOIN_TAIL.search(piece):
        return False
    nxt = text[b[0]:b[0] + 1]
    if nxt in "#【—-" or not nxt:
        return False
    line_start = a[0] == 0 or text[a[0] - 1] == "\n"
    if piece[-1].isdigit() or piece[-1] == ".":
        return True
    return ("," in piece or "," in piece or "、" in piece or len(piece) >= 22 or not line_start)


def units(text: str, sentences: list[tuple[int, int]],
          articles_spans: list[tuple[int, int]]) -> list[Unit]:
    """Sentences joined across layout line breaks, with article and paragraph numbers.

    >>> t = "今年以来,平鲁区坚持稳中求进工\\n\\n作总基调,制定51条。\\n新增1728人。"
    >>> from analysis.segment import sentences
    >>> us = units(t, sentences(t), [(0, len(t))])
    >>> [(u.text, u.paragraph) for u in us]
    [('今年以来,平鲁区坚持稳中求进工作总基调,制定51条。', 0), ('新增1728人。', 1)]
    >>> us[0].cmap[15], t[us[0].cmap[15]]
    (17, '作')
    """
    out: list[Unit] = []
    para = -1
    prev_end = None
    pending: list[tuple[int, int]] = []

    # innermost article first (a caption inside a page belongs to the caption)
    by_size = sorted(range(len(articles_spans)),
                     key=lambda k: articles_spans[k][1] - articles_spans[k][0])

    def art_of(pos: int) -> int:
        for k in by_size:
            s, e = articles_spans[k]
            if s <= pos < e:
                return k
        return max(0, len(articles_spans) - 1) if articles_spans else 0

    def flush():
        nonlocal para
        if not pending:
            return
        chars: list[str] = []
        cmap: list[int] = []
        for s, e in pending:
            seg = text[s:e]
            if "\n" not in seg and "\r" not in seg:
                chars.append(seg)
                cmap.extend(range(s, e))
                continue
            for i, ch in enumerate(seg):
                if ch not in "\n\r":
                    chars.append(ch)
                    cmap.append(s + i)
        joined = "".join(chars)
        if _FULLWIDTH.search(joined):
            joined = joined.translate(FULLWIDTH)
        out.append(Unit(joined, cmap, (pending[0][0], pending[-1][1]),
                        art_of(pending[0][0]), para))
        pending.clear()

    for sp in sentences:
        if pending and _joinable(text, pending[-1], sp):
            pending.append(sp)
            prev_end = sp[1]
            continue
        flush()
        gap = text[prev_end:sp[0]] if prev_end is not None else "\n"
        if "\n" in gap or (out and art_of(sp[0]) != out[-1].article):
            para += 1
        pending.append(sp)
        prev_end = sp[1]
    flush()
    return out


def article_region(title: str, opening: str) -> str | None:
    """The region an article is about: its title, else its dateline / first lines.

    >>> article_region("走进县城看发展", "——平鲁区“四个聚集”在全方位推动")
    '平鲁区'
    """
    for t in (title, opening):
        r = regions(t)
        if r:
            return r[0][2]
    return None
