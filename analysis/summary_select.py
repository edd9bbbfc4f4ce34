"""Which sentences a summary may use, and which one leads it.

``summarize`` scores the candidate sentences of an article (``_score_sentences``) and packs
the best ones (``_fit``). This module sits between the two (``summarize.article_summary``
calls :func:`select` once):

* **Filter.** Sentences that repeat the headline (equal to it, or it and a few characters) are
  dropped; so is boilerplate a body line can still carry (``原标题:…``, ``责任编辑:…``, share/QR
  lines, credits: ``lineroles.role``), in case the splitter left such a line in the body.
* **Framing.** In any article the best sentence loses its leading clauses when they say no
  number and its first figure comes ``FRAME_MAX`` characters or more into it (a report's one
  sentence of the year's figures after its framing, ``面对…,我们坚持…,全省地区生产总值…``).
* **Economic texts** (three or more sentences with core figures; other articles, news items
  among them, keep the scorer's order, which already favours their lead):

  - *Lead.* What the article reports comes first: its headline figures. The lead is the
    opening sentence of the body's first paragraph when it (or the one after it) carries a
    core figure, as a news item's lead does; otherwise a sentence of the year reporting the
    region's GDP (the headline figure of an economy; the most distinct core figures first), then
    the sentence with the most distinct core figures (the region's GDP counting twice, the earliest on ties) among those of the
    year (a plan period's averages, ``年均增长``, ``五年来``, lead only when no sentence of the
    year's figures holds two), failing that the one with most core figures; when the headline
    names provinces or prefectures, those chosen first among the sentences reporting a core figure
    of them or of a place within them (``湖南14市州GDP排行…`` → ``岳阳市实现GDP…``, not the
    cities outside it compared with).
  - *Followers.* The sentence right after the lead when it carries a headline figure
    (``其中,出口3.47万亿元,增长13.6%;``), then each sentence that reports a figure the summary
    lacks (a key for a region not yet given; not a part's figure of a key it gives for the whole:
    ``伊州区实现地区生产总值…`` after 哈密市's), in reading order from the lead, in four passes:
    the rest of the lead's paragraph (a core key or another headline key, ``follow``); a key of
    ``data/summary_order.txt`` (after GDP a bulletin's industry, investment, retail sales,
    trade, budget and population; a budget's spending, fund revenue and debt); another core
    key (grain, coal, power); another headline key (prices, jobs). A plan period's sentence only
    follows a lead of the same kind, a plan or target never. They rank right after the lead,
    so the packer takes the headline figures before side details; a quoted sentence stops
    before a clause naming another item after its last headline figure (``粮食总产量385.7万吨,
    棉花产量…``).
  - *Trimming.* The best-ranked sentences lose their leading clauses without a figure (the
    address and framing: ``各位代表,刚刚过去的2025年,在…领导下,…``; a source and date,
    ``海关总署3月7日公布的数据显示,``, stay), their trailing clauses without a figure
    (``…取得多年未有的好成绩``) and a closing percentage-point comparison
    (``…,比上年同月加快0.5个百分点。``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache, lru_cache
from operator import itemgetter

from . import lexicon, lineroles
from .layout import Cleaned
from .models import Indicator

_NOISE = re.compile(r"[\s“”\"'‘’—\-,.;:!?、。,;:!?()()《》]")
#: how many sentences right after the lead that carry core figures join it whatever they report
NEXT = 1
#: the best-ranked sentences that lose their figure-less framing (the packer reads no further)
TRIM_TOP = 24
#: a core figure in one of the first OPENING candidate sentences leads (a news item's lead)
OPENING = 2
#: the first sentences of an article, where its lead may restate the headline
LEAD_SENTENCES = 3
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


def title_chars(titles) -> Callable[[str], bool]:
    """A cheap test every sentence that repeats one of the (normalised, non-empty) ``titles``
    passes: it holds that title's first, middle and last characters (a normalised sentence
    equal to a title, or holding it, holds all its characters). Made once per article, without
    the generator per sentence of ``any(... for t in titles)``.

    >>> may = title_chars(["经济延续稳定恢复态势", "西安"])
    >>> may("西安市经济延续稳定恢复态势。"), may("规模以上工业增加值增长5.8%。")
    (True, False)
    """
    keys = [(t[0], t[len(t) // 2], t[-1]) for t in titles]
    if not keys:
        return lambda _s: False
    if len(keys) == 1:
        (a, b, c), = keys
        return lambda s: a in s and b in s and c in s
    if len(keys) == 2:
        (a, b, c), (d, e, f) = keys
        return lambda s: (a in s and b in s and c in s) or (d in s and e in s and f in s)
    return lambda s: any(a in s and b in s and c in s for a, b, c in keys)


def norm_titles(titles: list[str]) -> list[str]:
    """The titles as :func:`repeats_title` compares them (those of 6 characters or more)."""
    return [t for t in map(_norm, titles) if len(t) >= 6]


_FIRST_CLAUSE = re.compile(r"[^,;:,;:]{6,}?[,;:,;:]")


def _after_title_clause(text: str, a: int, b: int, titles: list[str], normed: list[str],
                        firsts: set[str] | None = None) -> int:
    """Start of a sentence without a leading clause that repeats the headline (a wire item's
    ``LME金属期货收盘涨跌不一,LME期铜收涨76美元,…``): the summary never repeats the title.

    >>> t = "LME金属期货收盘涨跌不一,LME期铜收涨76美元。"
    >>> t[_after_title_clause(t, 0, len(t), ["LME金属期货收盘涨跌不一"], ["LME金属期货收盘涨跌不一"]):]
    'LME期铜收涨76美元。'
    """
    if firsts is not None and _norm(text[a:a + 4])[:2] not in firsts:
        return a  # a clause repeating the headline starts as it does (a cheap test first)
    m = _FIRST_CLAUSE.match(text, a, b)
    if m is None or m.end() >= b - 6 or not repeats_title(text[a:m.end()], titles, normed):
        return a
    return m.end()


# a leading clause saying who learned the news: 36氪获悉, / 记者9月28日获悉, / 据悉, / 据了解,
# / 记者今天(4月15日)从国家林草局了解到,
# / 外交部网站消息, (at most _HEARSAY_MAX characters, then a comma or colon)
# (a dated one, 5月3日消息, says when: it stays)
# a speaker's appeal to what the audience knows (大家都知道, / 众所周知,) frames the same way, and so
# does the writer saying what they noticed (去看年度数据的时候,我发现, / 《每日经济新闻》记者注意到,)
_HEARSAY = re.compile(r"(?:[^,;:。!?]{0,22}?(?:获悉|了解到)|[^;:。!?\d]{0,16}?(?:我|我们|笔者|记者)(?:发现|注意到)|[^,;:。!?\d]{0,16}?消息|据悉|据了解|大家都?知道|众所周知)[,:]")
_HEARSAY_MAX = 24  # (记者今天(3月16日)从自然资源部获悉,)
# the day a sentence opens with, its own clause (11月25日, / 2021年11月25日,)
_DATED = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日[,:]")


def _after_hearsay(text: str, a: int, b: int) -> int:
    """Start of a sentence without its leading clause saying who learned the news (the
    reporter's framing: the summary says what happened).

    >>> t = "36氪获悉,3月2日下午,好丽友官方微博再就涨价传闻发布声明。"
    >>> t[_after_hearsay(t, 0, len(t)):]
    '3月2日下午,好丽友官方微博再就涨价传闻发布声明。'
    >>> t = "国家统计局发布的数据显示,全年服务零售额比上年增长5.5%。"
    >>> _after_hearsay(t, 0, len(t)), _after_hearsay("5月3日消息,中国指数研究院发布指数。", 0, 19)
    (0, 0)
    >>> t = "记者今天(4月15日)从国家林草局了解到,我国浙江常山和四川四姑娘山正式成为世界地质公园。"
    >>> t[_after_hearsay(t, 0, len(t)):]
    '我国浙江常山和四川四姑娘山正式成为世界地质公园。'
    >>> t = "大家都知道,2015年中国GDP达到美国GDP 60%的时候,西方学者全面转变对华的战略。"
    >>> t[_after_hearsay(t, 0, len(t)):]
    '2015年中国GDP达到美国GDP 60%的时候,西方学者全面转变对华的战略。'
    >>> t = "去看年度数据的时候,我发现,在 2020 年,MAU 是 2973 万,同比增长了 36.56%。"
    >>> t[_after_hearsay(t, 0, len(t)):]
    '在 2020 年,MAU 是 2973 万,同比增长了 36.56%。'
    >>> t = "11月25日,记者从省通信管理局获悉,两地将于12月1日起取消座机长途费。"
    >>> t[_after_hearsay(t, 0, len(t)):]
    '两地将于12月1日起取消座机长途费。'
    >>> t = "11月25日,两地通信管理局宣布取消座机长途费。"
    >>> _after_hearsay(t, 0, len(t))
    0

    """
    if (d := _DATED.match(text, a, b)) is not None and "获悉" in text[d.end():d.end() + _HEARSAY_MAX]:
        # the day the reporter learned it (11月25日,记者从省通信管理局获悉,): the day of the
        # hearsay, not of the news; both go
        m = _HEARSAY.match(text, d.end(), min(b, d.end() + _HEARSAY_MAX + 1))
        if m is not None and "获悉" in m.group() and m.end() < b - 6:
            return m.end()
    e = min(b, a + _HEARSAY_MAX + 1)
    w = text[a:e]
    if "获悉" not in w and "消息" not in w and "据" not in w and "知" not in w and "了解" not in w \
            and "发现" not in w and "注意到" not in w:
        return a  # none of its words: no match to try (most sentences)
    m = _HEARSAY.match(text, a, e)
    return m.end() if m is not None and m.end() < b - 6 else a


# a leading clause saying how the figures are looked at (具体来看, / 总体来看, / 从数据看, / 按品目看, / PPI方面,)
_FRAME_OPEN = re.compile(r"(?:具体|总体|整体|总的|分项|分地区|分行业|从[^,;:。!?]{1,12}?|按[^,;:。!?]{1,8}?)来?看[,:]"
                         r"|(?!在)[^,;:。!?\d]{1,8}方面[,:]")  # (在消费品以旧换新方面, names the topic)
_FRAME_OPEN_MAX = 14


def _after_frame(text: str, a: int, b: int) -> int:
    """Start of a sentence without its leading clause saying how the figures are looked at: the
    summary says the figures.

    >>> t = "具体来看,6月份CPI环比下降0.4%,降幅比上月扩大0.2个百分点;"
    >>> t[_after_frame(t, 0, len(t)):]
    '6月份CPI环比下降0.4%,降幅比上月扩大0.2个百分点;'
    >>> t = "按品目看,半导体出口328.4亿美元,同比增长151.4%。"
    >>> t[_after_frame(t, 0, len(t)):]
    '半导体出口328.4亿美元,同比增长151.4%。'
    >>> t = "PPI方面,6月份PPI环比上涨0.3%。"
    >>> t[_after_frame(t, 0, len(t)):]
    '6月份PPI环比上涨0.3%。'
    >>> _after_frame("看好后市,机构加仓。", 0, 10)
    0
    """
    e = min(b, a + _FRAME_OPEN_MAX + 1)
    if text.find("看", a, e) < 0 and text.find("方面", a, e) < 0:
        return a  # no 看 and no 方面 in reach: no frame (most sentences)
    m = _FRAME_OPEN.match(text, a, e)
    return m.end() if m is not None and m.end() < b - 6 else a


# a long leading clause naming who released the data (国家统计局服务业调查中心与中国物流与采购联合会
# 30日联合发布数据,): the source, longer than the figures' own clause can spare; a short one
# (国家统计局发布的数据显示,) stays
_LONG_SOURCE = re.compile(r"[^,;:。!?]{20,44}?(?:发布|公布)的?(?:统计)?数据(?:显示)?[,:]")
_LONG_SOURCE_MIN = 24  # characters of such a clause


def _after_long_source(text: str, a: int, b: int) -> int:
    """Start of a sentence without a long leading clause naming who released its data.

    >>> t = "国家统计局服务业调查中心与中国物流与采购联合会30日联合发布数据,11月份,中国制造业采购经理指数(PMI)为50.1%,比上月上升0.9个百分点。"
    >>> t[_after_long_source(t, 0, len(t)):]
    '11月份,中国制造业采购经理指数(PMI)为50.1%,比上月上升0.9个百分点。'
    >>> t = "国家统计局发布的数据显示,全年服务零售额比上年增长5.5%。"
    >>> _after_long_source(t, 0, len(t))
    0
    """
    m = _LONG_SOURCE.match(text, a, min(b, a + 50))
    return m.end() if m is not None and m.end() - a >= _LONG_SOURCE_MIN and m.end() < b - 20 else a


def _lead_in(text: str, a: int, b: int) -> int:
    """Start of a sentence without its leading hearsay (``_after_hearsay``), frame
    (``_after_frame``), long source (``_after_long_source``) and purpose (``_after_purpose``)
    clauses; each function is called only when the words it looks for are within its reach (one
    call for most sentences)."""
    if "数据" in text[a + 20:a + 50]:
        a = _after_long_source(text, a, b)
    w = text[a:a + _HEARSAY_MAX + 1]
    if "获悉" in w or "消息" in w or "据" in w or "知" in w or "了解" in w or "发现" in w \
            or "注意到" in w:
        a = _after_hearsay(text, a, b)
        w = text[a:a + _FRAME_OPEN_MAX + 1]
    if "看" in w[:_FRAME_OPEN_MAX + 1] or "方面" in w[:_FRAME_OPEN_MAX + 1]:
        a = _after_frame(text, a, b)
    return _after_purpose(text, a, b) if text[a:a + 1] == "为" else a


# a leading purpose (为进一步加强电力安全监督管理,督促…,) before the clause saying when it happened
_PURPOSE_DATE = re.compile(r"[,;]((?:\d{4}年)?\d{1,2}月\d{1,2}日)")
_PURPOSE_MAX = 120  # characters of the purpose clauses
# the clause after a purpose that says an act: who issued, held or launched what
# a purpose that is a policy followed (为贯彻落实…《…》精神, / 为深入贯彻…部署要求,): one clause
_PURPOSE_SPIRIT = re.compile(r"为(?:深入|认真|全面)?(?:贯彻落实|贯彻|落实)[^,;。!?]{2,110}?(?:精神|部署|要求)[,;]")
_PURPOSE_ACT = re.compile(r"[,;]([^,;。]{2,30}?(?:印发|发布|出台|召开|举行|约谈|启动|部署|签署))")


def _after_purpose(text: str, a: int, b: int) -> int:
    """Start of a sentence opening with its purpose (为…) at the clause dating the event: the
    summary says what happened first.

    >>> t = "为进一步加强电力安全监督管理,有效遏制事故多发频发态势,2021年6月24日下午,国家能源局约谈中国华电。"
    >>> t[_after_purpose(t, 0, len(t)):]
    '2021年6月24日下午,国家能源局约谈中国华电。'
    >>> t = "为了进一步提升自然资源要素配置效率和服务效能,自然资源部、国家林草局近日联合印发通知,要求建立机制。"
    >>> t[_after_purpose(t, 0, len(t)):]
    '自然资源部、国家林草局近日联合印发通知,要求建立机制。'
    >>> t = "为贯彻落实国务院印发的《成渝地区双城经济圈建设规划纲要》精神,四川省通信管理局协调两地基础电信企业,取消长途费。"
    >>> t[_after_purpose(t, 0, len(t)):]
    '四川省通信管理局协调两地基础电信企业,取消长途费。'
    >>> t = "为此,6月24日,国家能源局约谈中国华电。"
    >>> t[_after_purpose(t, 0, len(t)):] == t
    True
    """
    if text[a:a + 1] != "为" or text[a + 1:a + 2] in ",:期":  # not 为期三天的…
        return a
    m = _PURPOSE_DATE.search(text, a, min(b, a + _PURPOSE_MAX))
    if m is not None and m.start(1) - a >= 8:
        return m.start(1)
    # or the clause after it saying who did what (…,自然资源部、国家林草局近日联合印发通知,…)
    m = _PURPOSE_ACT.search(text, a, min(b, a + _PURPOSE_MAX))
    if m is not None and m.start(1) - a >= 8 and m.end() < b - 6:
        return m.start(1)
    # or, neither said, after a purpose that is a policy followed (为贯彻落实《…》精神,): who did
    # what comes next
    m = _PURPOSE_SPIRIT.match(text, a, min(b, a + _PURPOSE_MAX))
    return m.end() if m is not None and m.end() < b - 20 else a


_PLAN_END = re.compile(r"规划期末|规划期内")
_PERIOD_REVIEW = re.compile(r"年均|五年来|五年间|十[三四五]五.{0,6}(?:期间|时期|以来|末)|累计")
# a paragraph reviewing a plan period opens saying so (“十四五”时期是…的五年。/ ——这是…的五年。/
# 过去五年,…): its sentences report the period's totals (全省地区生产总值达到…,较“十三五”末…), not
# the year's, though none of them names the period again
_REVIEW_OPEN = re.compile(r"的五年[。!,;，；！]|五年来|五年间|五年里|过去五年|十[三四五]五.{0,6}(?:期间|时期)")
#: characters of a paragraph's opening read for a period review
REVIEW_OPEN_MAX = 60
_CLAUSE_END = re.compile(r"[,;,;]")
_DIGIT = re.compile(r"\d")
# a figure: a number with a unit or a percentage (not a year or a date)
_FIGURE_AT = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:%|‰|个百分点|[万亿千百]*(?:元|美元|吨|斤|人|户|家|个|千瓦时|千瓦|"
                        r"亩|公里|平方米|立方米|辆|套|件|项|次|人次|倍|标准煤)|万|亿)")
# an amount or a rate (675.9亿元, 54.4%; not a count: 21个地级市)
_AMOUNT = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:%|‰|个百分点|[万亿]|[千百]?(?:元|美元|吨|斤|千瓦时|千瓦|亩))")
# a growth rate compared in percentage points: 增速比上月回落1.1个百分点 / 高于全国1.8个百分点
_COMPARE = re.compile(r"^[^,;，；]*(?:比|较|高于|低于|快于|慢于|领先)[^,;，；]*百分点[^,;，；]*$"
                      r"|^(?:比|较)上年末?(?:增加|减少|多|少)[\d.]+[万亿千百]?[^\d%,;，；。]{0,3}[。;；,，]?$")
# where a sentence's leading clauses end (a dash closes a framing clause: 符合预期——据…)
_HEAD_CLAUSE_END = re.compile(r"[,;,;]|——")
_SOURCE_HEAD = re.compile(r"显示|公布|发布|通报|统计|据")
_PERIOD_CLAUSE = re.compile(r"[年月季]|上半年|下半年|前三季度|全年|今年|去年|以来")
# a word distributing a figure over the things named before it: 分别, 都, 均 (not 人均, 年均, 平均,
# 成都, 首都, 都市)
_DISTRIBUTE = re.compile(r"分别|(?<![成首京古])都(?![市会江])|(?<![人年平户日月亩])均(?![值价衡])")
# a figure's clause without its subject, by how much it ranks (以25878.38亿元排名第二) or
# pointing back at it (这两座城市2021年GDP双双突破…, 该市…): the subject is in the clause before
_SUBJECTLESS = re.compile(r"\s*(?:以\s?\d|这[\d一二两三四五六七八九十几]*[个座家位项些]|该[市省区县])")
#: characters of the clause before that names the subject
SUBJECT_MAX = 16


def _trim_tail(text: str, a: int, b: int) -> int:
    """End of a sentence without its trailing clauses that carry no figure (an economic
    text's summary is its figures: ``增长5.1%,增速高于预期目标、高于全国,取得多年未有的好成绩。``
    ends after ``增长5.1%,``).

    >>> t = "全区地区生产总值增长5.1%,增速高于预期目标、高于全国,取得多年未有的好成绩。"
    >>> t[:_trim_tail(t, 0, len(t))]
    '全区地区生产总值增长5.1%,'

    The comparison in percentage points that closes a sentence (``…,比上年同月加快0.5个百分点。``,
    ``高于全国1.8个百分点。``; not one before ``;``, where the sentence goes on) goes too: the
    figure is the summary, its comparison a detail.

    >>> t = "规上工业增加值增长7.7%,增速比上月回落1.1个百分点,高于全国1.8个百分点。"
    >>> t[:_trim_tail(t, 0, len(t))]
    '规上工业增加值增长7.7%,增速比上月回落1.1个百分点,'

    So does the absolute change of a level that closes it (the level is the figure):

    >>> t = "年末常住人口382.04万人,较上年减少1.74万人。"
    >>> t[:_trim_tail(t, 0, len(t))]
    '年末常住人口382.04万人,'
    """
    sent = text[a:b]
    if not _DIGIT.search(sent):
        return b
    cuts = [m.end() for m in _CLAUSE_END.finditer(sent)]
    end = len(sent)
    for c in reversed(cuts):
        clause = sent[c:end]
        if _DIGIT.search(clause) and not (end == len(sent) and _COMPARE.search(clause)):
            break
        end = c
    return a + end


def _open_bracket(sent: str, i: int) -> bool:
    """Is ``sent[i]`` inside brackets opened before it (``经费(主要包括…,校办…等)``)?

    >>> t = "经费(主要包括拨款,校办产业等)为4.2亿元,增长7%。"
    >>> _open_bracket(t, t.index(",")), _open_bracket(t, t.rindex(","))
    (True, False)
    """
    return sent.count("(", 0, i) + sent.count("（", 0, i) > sent.count(")", 0, i) + sent.count("）", 0, i)


def _trim_head(text: str, a: int, b: int, name: str = "") -> int:
    """Start of a sentence without its leading clauses that carry no figure (an address, the
    year's framing, ``在…领导下``, ``全省上下…``): the report's figures start the summary. A short
    period clause right before the first figure (``上半年,``) stays with it.

    >>> t = "各位代表,刚刚过去的2025年,全省上下稳中求进,上半年,地区生产总值增长5.3%,进出口增长6%。"
    >>> t[_trim_head(t, 0, len(t)):]
    '上半年,地区生产总值增长5.3%,进出口增长6%。'
    >>> t = "初步核算,全年实现地区生产总值15112.32亿元,比上年增长5.6%。"
    >>> t[_trim_head(t, 0, len(t)):]
    '全年实现地区生产总值15112.32亿元,比上年增长5.6%。'
    >>> t = "3月22日,广东省统计局发布数据显示,规模以上工业增加值4745.61亿元。"
    >>> t[_trim_head(t, 0, len(t)):] == t
    True

    Who reports the figures stays with them (``据…公布的数据,``), not the framing before it
    (``——`` ends a clause too); nor does the clause naming the first figure's indicator go
    (``name``: ``苏州规模以上工业总产值突破万亿,达10051.6亿元``).

    >>> t = "面对不利影响,经济稳定开局,指标基本符合预期——据市统计局公布的数据,全市生产总值5136.7亿元。"
    >>> t[_trim_head(t, 0, len(t)):]
    '据市统计局公布的数据,全市生产总值5136.7亿元。'

    A long framing that names no short source (who wrote a letter, and that it says) goes whole:

    >>> t = "1月25日,市委书记和市长发布了一封致广大网民朋友的拜年信,信中提到,全市经济总量站上3万亿元新台阶。"
    >>> t[_trim_head(t, 0, len(t)):]
    '全市经济总量站上3万亿元新台阶。'
    >>> t = "作为工业大市,苏州规模以上工业总产值突破万亿,达10051.6亿元。"
    >>> t[_trim_head(t, 0, len(t), "规模以上工业总产值"):]
    '苏州规模以上工业总产值突破万亿,达10051.6亿元。'

    Figures given ``分别`` (one each) keep the clause naming whom they are of:

    >>> t = "前七座城市增幅较大,其余的郑州、厦门、武汉,GDP增幅分别是198%、197%和186%。"
    >>> t[_trim_head(t, 0, len(t)):]
    '其余的郑州、厦门、武汉,GDP增幅分别是198%、197%和186%。'

    A clause break inside brackets is no clause's end (the figure's subject stays whole):

    >>> t = "其中,国家财政性教育经费(主要包括一般公共预算安排的教育经费,校办产业收入等)为42908.15亿元。"
    >>> t[_trim_head(t, 0, len(t)):]
    '国家财政性教育经费(主要包括一般公共预算安排的教育经费,校办产业收入等)为42908.15亿元。'

    A figure's clause without a subject (``以…排名第二``) keeps the short clause
    before it that names whose figure it is:

    >>> t = "山东紧随其后,以2588.3亿元排名第二。"
    >>> t[_trim_head(t, 0, len(t)):]
    '山东紧随其后,以2588.3亿元排名第二。'
    """
    sent = text[a:b]
    m = _FIGURE_AT.search(sent)
    if m is None:
        return a
    # (never inside brackets: 国家财政性教育经费(主要包括…,校办产业…等)为42908.15亿元 keeps its name)
    cuts = [c.end() for c in _HEAD_CLAUSE_END.finditer(sent, 0, m.start())
            if not _open_bracket(sent, c.start())]
    if not cuts:
        return a
    cut = cuts[-1]
    head = sent[:cut]
    if len(head) <= 24 and _DIGIT.search(head):
        return a  # 3月22日,: when
    if name and name in head:
        # the clause naming the figure stays with it
        at = head.rindex(name)
        cut = max([0] + [c for c in cuts if c <= at])
        return a + cut
    if _SOURCE_HEAD.search(head):
        # who reports it: from the clause that names the source (海关总署3月7日公布的数据显示,),
        # when that is short; a longer framing goes whole
        starts = [0] + cuts[:-1]
        i = max(k for k, c0 in enumerate(starts) if _SOURCE_HEAD.search(sent, c0, cut))
        if i and starts[i] - starts[i - 1] <= 12 and _DIGIT.search(sent, starts[i - 1], starts[i]):
            i -= 1  # and when: 3月22日,广东省统计局发布…
        return a + starts[i] if cut - starts[i] <= 30 else a + cut
    prev = cuts[-2] if len(cuts) > 1 else 0
    if (d := _DISTRIBUTE.search(sent, cut, m.start())) is not None and "、" not in sent[cut:d.start()]:
        # 其余的郑州、厦门、武汉,GDP增幅分别是198%、…: 分别 needs whom it distributes over (not
        # when its own clause names them: 全年接待游客人次、出游总花费分别增长20.7%、15.3%); so do
        # 都 and 均 (浙江、江西、吉林表现突出,相比2019年增长率都高达15%以上)
        return a + prev
    clause = sent[prev:cut - 1]
    if len(clause) <= 8 and _PERIOD_CLAUSE.search(clause) and not _FIGURE_AT.search(clause):
        cut = prev  # 上半年, / 1-7月, / 2025年, stay with the figure they date
    elif _SUBJECTLESS.match(sent, cut) is not None and len(clause) <= SUBJECT_MAX:
        # 江苏省紧随其后,以25878.38亿元排名第二: the figure's clause has no subject, the clause
        # before names it
        cut = prev
    return a + cut


def _first_name(inside: list[Indicator]) -> str:
    """The name of the first core or headline figure of a sentence, as printed (or "")."""
    for x in inside:
        if x.name and x.canonical:
            return x.name
    return ""


Key = tuple[str, "str | None"]  # (indicator key, region)


def _keys(inside: list[Indicator], core: frozenset[str] | set[str]) -> tuple[set[Key], set[Key]]:
    """The figures a sentence reports: core keys and other keys, each with its region (a text
    comparing cities reports one GDP a city)."""
    ck = {(x.canonical, x.region) for x in inside if x.canonical and x.canonical in core}
    ok = {(x.canonical or x.name or "", x.region) for x in inside} - ck
    return ck, ok


@lru_cache(maxsize=256)  # (bounded: a worker sees headlines without end)
def _title_places(titles: tuple[str, ...]) -> frozenset[str]:
    """The codes of the provinces and prefectures a headline names, each one place
    (``湖南14市州GDP排行出炉,郴州勇夺GDP增速第一`` → 湖南省, 郴州市; not 全国).

    >>> sorted(_title_places(("湖南14市州GDP排行出炉，郴州勇夺GDP增速第一",)))
    ['430000', '431000']
    """
    from .indicators.places import PLACES, SURFACES, find
    out = set()
    for t in titles:
        for _s, _e, w in find(t) if t else ():
            codes = SURFACES.get(w, ())
            if len(codes) == 1 and PLACES[codes[0]].level in ("province", "prefecture"):
                out.add(codes[0])
    return frozenset(out)


def title_place_names(title: str, any_level: bool = False) -> tuple[str, ...]:
    """The names of the provinces and prefectures a headline names, as printed
    (``辽宁制造提“智”加“数”`` → 辽宁; a headline naming none → ()).

    >>> title_place_names("辽宁制造提“智”加“数”"), title_place_names("三个关键词看首季能源形势")
    (('辽宁',), ())
    """
    from .indicators.places import PLACES, SURFACES, find
    out: list[str] = []
    for _s, _e, w in find(title) if title else ():
        codes = SURFACES.get(w, ())
        if len(codes) == 1 and (any_level or PLACES[codes[0]].level in ("province", "prefecture")) \
                and w not in out:
            out.append(w)
    return tuple(out)


#: the words a feature names its own place by (全省“三北”工程区…): the whole place, not a part
_SCOPE_WORDS = ("全省", "全市", "全区", "全州")


def feature_places(title: str, kicker: str) -> tuple[str, ...]:
    """The names a long feature calls its own place by: the places its headline or kicker names
    (any level), as printed; when they lie in one province, that province's full and short names
    and the words for a whole place (全省, 全市) too; () when they name no place.

    >>> feature_places("白山松水塑造冰天雪地新优势", "")[:3], feature_places("浦东居首，广东占比最高", "")
    (('白山', '吉林省', '吉林'), ('浦东', '广东'))
    """
    from .indicators.places import PLACES, SURFACES
    named = tuple(dict.fromkeys(title_place_names(title, True) + title_place_names(kicker, True)))
    out: list[str] = list(named)
    provinces = set()
    for w in named:
        for p in PLACES[SURFACES[w][0]].chain:
            if p.level == "province":
                provinces.add(p.code)
                out += [x for x in (p.name, p.short) if len(x) >= 2]
    if len(provinces) != 1:
        return named  # places of several provinces (浦东居首，广东占比最高): a comparison, no one place
    return tuple(dict.fromkeys(out + list(_SCOPE_WORDS)))


@lru_cache(maxsize=4096)
def _in_places(region: str, codes: frozenset[str]) -> bool:
    """Is the place named ``region`` one of ``codes`` or within one?"""
    from .indicators.places import BY_NAME, PLACES
    return any(p.code in codes for c in BY_NAME.get(region, ()) if c in PLACES
               for p in PLACES[c].chain)


def _of_places(keys: set[Key], codes: frozenset[str]) -> bool:
    """Does a sentence report a core figure of one of the places ``codes`` (or within one)?

    >>> hunan = _title_places(("湖南14市州GDP排行出炉",))
    >>> _of_places({("gdp", "岳阳市")}, hunan), _of_places({("gdp", "宁波市")}, hunan)
    (True, False)
    """
    return any(r and any(_in_places(x, codes) for x in r.split("、")) for _c, r in keys)


@lru_cache(maxsize=4096)
def _part_of(region: str, whole: str) -> bool:
    """Is ``region`` a place within ``whole`` (伊州区 within 哈密市; not 重庆 within 广州)?

    >>> _part_of("伊州区", "哈密市"), _part_of("哈密市", "伊州区"), _part_of("重庆市", "广州市")
    (True, False, False)
    """
    from .indicators.places import BY_NAME, PLACES
    if region == whole or whole not in BY_NAME:
        return False
    return any(p.name == whole for c in BY_NAME.get(region, ()) if c in PLACES
               for p in PLACES[c].chain[1:])


def _new_keys(keys: set[Key], covered: set[Key]) -> set[Key]:
    """The keys a follower adds, without a figure of a part of a place whose figure of the same
    key the summary gives (the lead's 全年实现地区生产总值1162.95亿元 of 哈密市: not 伊州区实现地区生产总值
    664.08亿元, but the city's jobs and prices).

    >>> _new_keys({("gdp", "伊州区"), ("cpi", "哈密市")}, {("gdp", "哈密市")})
    {('cpi', '哈密市')}
    """
    if not keys:
        return keys
    return {(c, r) for c, r in keys
            if r is None or not any(c == c2 and r2 and _part_of(r, r2) for c2, r2 in covered)}


@cache
def _first_keys() -> frozenset[str]:
    """The headline keys that follow a summary's lead first (data/summary_order.txt)."""
    return frozenset(lexicon.lines("summary_order.txt"))


def select(cleaned: Cleaned, titles: list[str], scored: list[tuple[float, int, int]],
           indicators: list[Indicator], core: frozenset[str] | set[str],
           body_start: int | None = None,
           follow: frozenset[str] | set[str] = frozenset()) -> list[tuple[float, int, int]]:
    """Candidates ``(score, start, end)`` (cleaned coordinates) filtered and re-ranked.
    ``body_start``: where the article's body starts (its first paragraph is its lead).
    ``follow``: other headline keys (new jobs, CPI, population) a sentence after the lead may
    add when it reports one the summary lacks."""
    text = cleaned.text
    normed = norm_titles(titles)       # once, not once per sentence
    role = lineroles.role
    may_repeat = title_chars(normed)  # repeats_title's cheap first test, made once
    kept = [(sc, a, b) for sc, a, b in scored  # each sentence sliced once (both tests are pure)
            if role(sent := text[a:b]) is None
            and not (normed and may_repeat(sent) and repeats_title(sent, titles, normed))]
    if not kept:
        return kept
    kept.sort(key=itemgetter(1))
    # who learned it (36氪获悉, 记者9月28日获悉, 据悉): the reporter's framing, not the news
    kept = [(sc, _lead_in(text, a, b), b) for sc, a, b in kept]
    if normed:
        # the lead restates the headline (LME金属期货收盘涨跌不一,LME期铜收涨…): its first sentences
        firsts = {t[:2] for t in normed}  # how a clause repeating a headline starts
        kept[:LEAD_SENTENCES] = [(sc, _after_title_clause(text, a, b, titles, normed, firsts), b)
                                 for sc, a, b in kept[:LEAD_SENTENCES]]
    if sum(1 for x in indicators if (x.canonical or "") in core) < MIN_CORE_SENTENCES:
        # too few core figures for an economic text (no pass over its sentences); a region's GDP
        # among them (a bulletin's 综合 section alone): a sentence reporting another headline key
        # (urbanization, new jobs) comes before one of figures no key names (出生人口9.55万人);
        # not in a story where a core figure is a side detail (成都…工业增加值增长11.4%)
        if any(x.canonical == "gdp" for x in indicators):
            kept = _keyed_first(cleaned, kept, indicators, _first_keys() | set(follow))
        return _framed_best(text, kept)
    inds = sorted(indicators, key=lambda x: x.span[0])
    starts = [x.span[0] for x in inds]
    n_core: list[int] = []
    insides: list[list[Indicator]] = []
    origin = cleaned.origin
    for _, a, b in kept:
        oa, ob = origin[a], origin[b - 1] + 1  # cleaned.to_original(a, b), b > a
        lo, hi = bisect_left(starts, oa), bisect_right(starts, ob)
        if lo == hi:  # most sentences hold no figure
            insides.append([])
            n_core.append(0)
            continue
        inside = [x for x in inds[lo:hi] if x.span[1] <= ob]
        insides.append(inside)
        n_core.append(sum(1 for x in inside if (x.canonical or "") in core))
    if sum(1 for n in n_core if n) < MIN_CORE_SENTENCES:
        # not an economic text: the scorer's order (news leads with its lead)
        return _framed_best(text, kept)
    gdp = [inside != [] and any(x.canonical == "gdp" for x in inside) for inside in insides]
    keys = [_keys(inside, core) if inside else (set(), set()) for inside in insides]
    core_keys = [ck for ck, _ in keys]
    other_keys = [ok for _, ok in keys]
    # the year's figures, not a plan period's averages (年均增长, 五年来), lead a report
    current = [not _PERIOD_REVIEW.search(text[a:b]) for _, a, b in kept]
    # (nor a sentence of a paragraph reviewing the period: ——这是…的五年。全省地区生产总值达到…)
    review: dict[int, bool] = {}  # paragraph start → it reviews a plan period (one test each)
    reviewed = [False] * len(kept)
    for k, (_, a, _b) in enumerate(kept):
        if current[k] or k < OPENING:
            p = text.rfind("\n", 0, a) + 1
            if p not in review:
                stop = text.find("。", p, p + REVIEW_OPEN_MAX)
                review[p] = _REVIEW_OPEN.search(text, p, stop + 1 if stop >= 0 else
                                                min(len(text), p + REVIEW_OPEN_MAX)) is not None
            reviewed[k] = review[p]
            current[k] = current[k] and not review[p]
    first_par = body_start if body_start is not None else kept[0][1]

    def opening(k: int) -> bool:  # a news item's lead: in the body's first paragraph
        return k < OPENING and n_core[k] >= 1 and not reviewed[k] and \
            "\n" not in text[first_par:kept[k][1]]

    def density(k: int) -> int:  # distinct core keys, the region's GDP counting twice
        return (len({c for c, _ in core_keys[k]}) + gdp[k]) if core_keys[k] else gdp[k]

    # never a plan period's target (规划期末工业总产值达百亿元) leads: what is, not what is planned
    real = [k for k in range(len(kept)) if not _PLAN_END.search(text, kept[k][1], kept[k][2])]
    lead = next((k for k in real if opening(k)), None)
    # a headline naming places (湖南14市州GDP排行出炉,郴州…): a lead of their figures first, not of
    # places it compares them with (排名在长沙之前的宁波、青岛、无锡,全年GDP增速分别为…)
    named = _title_places(tuple(titles))
    local = [k for k in real if _of_places(core_keys[k], named)] if named else []
    for cand in ((local, real) if local else (real,)):
        if lead is not None:
            break
        for pool in ([k for k in cand if current[k] and gdp[k]],
                     [k for k in cand if current[k] and density(k) >= 2],
                     [k for k in cand if density(k) >= 2],
                     [k for k in cand if n_core[k] >= 1]):
            if pool:
                lead = max(pool, key=lambda k: (density(k), -k))
                break
    if lead is None:
        return kept
    top = max(sc for sc, _, _ in kept)
    out = list(kept)
    sc, a, b = kept[lead]
    out[lead] = (top + 3.0, a, b)
    if 0 < lead < OPENING and opening(lead) and kept[0][0] >= 0 and \
            _AMOUNT.search(text, kept[0][1], kept[0][2]) is not None:
        # the paragraph's opening sentence before a lead chosen for its core figure reports the
        # story's own figures (1133个重大项目开工1116个,完成投资675.9亿元,…。全区固定资产投资…): it
        # opens the summary, the lead follows
        out[0] = (top + 3.25, kept[0][1], kept[0][2])
    # then the sentences that report figures the lead does not, in reading order from the lead
    covered = set(core_keys[lead]) | other_keys[lead]
    bonus = 2.5
    for k in range(lead + 1, min(len(kept), lead + 1 + NEXT)):
        if not n_core[k] and not any(x[0] in follow for x in other_keys[k]):
            break  # the rest of the lead's paragraph: 其中,出口3.47万亿元,增长13.6%;
        sc, a, b = kept[k]
        out[k] = (top + bonus, a, b)
        covered |= core_keys[k] | other_keys[k]
        bonus -= 0.25
    # first those adding a key of data/summary_order.txt (a bulletin's industry, investment,
    # retail sales, trade, budget and population after its GDP; a budget's spending, fund revenue
    # and debt), then another key a summary leads with (grain, coal, power), then another
    # headline key (prices, jobs), each pass in reading order; never a plan or target the scorer
    # marked down (主要预期目标是:…)
    first = _first_keys()
    # (a sentence reporting no figure (most) adds no key in any pass: left out of the passes)
    order = [k for k in list(range(lead + 1 + NEXT, len(kept))) + list(range(lead))
             if kept[k][0] >= 0 and (current[k] or not current[lead])
             and (core_keys[k] or other_keys[k])]
    # the rest of the lead's paragraph first: a story's opening paragraph gives its headline
    # figures (GDP, then jobs and income, 同期,…)
    lead_par = text.rfind("\n", 0, kept[lead][1]) + 1, text.find("\n", kept[lead][2])
    in_par = [k for k in order if lead_par[0] <= kept[k][1]
              and (lead_par[1] < 0 or kept[k][2] <= lead_par[1])]
    for pool, keys_of in (
            (in_par, lambda k: core_keys[k] | {x for x in other_keys[k] if x[0] in follow}),
            (order, lambda k: {x for x in core_keys[k] | other_keys[k] if x[0] in first}),
            (order, lambda k: core_keys[k]),
            (order, lambda k: core_keys[k] | {x for x in other_keys[k] if x[0] in follow})):
        for k in pool:
            if bonus <= 0:
                break
            if not _new_keys(keys_of(k) - covered, covered):
                continue
            sc, a, b = kept[k]
            out[k] = (top + bonus, a, b)
            covered |= core_keys[k] | other_keys[k]
            bonus -= 0.25
    # the figures of the sentences a summary can reach, without their framing and comments
    # best score first, ties in reading order (a reverse sort keeps equal keys in order)
    best = sorted(range(len(out)), key=list(map(itemgetter(0), out)).__getitem__,
                  reverse=True)[:TRIM_TOP]
    headline = set(core) | first | set(follow)
    for k in best:
        sc, a, b = out[k]
        b = _after_headline_items(text, origin, a, b, insides[k], headline)
        out[k] = (sc, _trim_head(text, a, b, _first_name(insides[k])),
                  _without_frame(text, a, _trim_tail(text, a, b)))
    return out


#: what a sentence reporting a headline key gains in a text with too few core figures for the
#: passes of an economic text (a bulletin's 综合 section alone)
KEYED = 0.75


def _keyed_first(cleaned: Cleaned, kept: list[tuple[float, int, int]], indicators: list[Indicator],
                 keys: set[str] | frozenset[str]) -> list[tuple[float, int, int]]:
    """``kept`` with each sentence holding an indicator of ``keys`` (a positive score) raised by
    ``KEYED``, the first of each key only."""
    origin = cleaned.origin
    spans = sorted((x.span[0], x.span[1], x.canonical) for x in indicators
                   if x.canonical in keys)
    starts = [x[0] for x in spans]
    seen: set[str] = set()
    out = []
    for sc, a, b in kept:
        if sc > 0 and b > a:
            oa, ob = origin[a], origin[b - 1] + 1
            got = {c for s_, e_, c in spans[bisect_left(starts, oa):bisect_right(starts, ob)]
                   if e_ <= ob and c is not None} - seen
            if got:
                seen |= got
                sc += KEYED
        out.append((sc, a, b))
    return out


#: characters of framing before the first figure of the best sentence that go (its figures
#: would not fit the summary's room after them)
FRAME_MAX = 80


def _framed_best(text: str, kept: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The best sentence without its leading clauses when they say no number and its first figure
    comes FRAME_MAX characters or more into it (a report's one sentence of the year's figures
    after a long framing: ``面对错综复杂的…任务,我们坚持…,全力推进…,全省地区生产总值达到5.53万亿元,…``);
    the others as they are.

    >>> t = "面对" + "复杂形势,我们坚持稳中求进," * 6 + "全省地区生产总值达到5.53万亿元、增长4.8%。其他。"
    >>> out = _framed_best(t, [(5.0, 0, t.index("其")), (1.0, t.index("其"), len(t))])
    >>> t[out[0][1]:out[0][2]]
    '全省地区生产总值达到5.53万亿元、增长4.8%。'
    """
    if not kept:
        return kept
    k = max(range(len(kept)), key=lambda i: kept[i][0])  # the first of the best
    sc, a, b = kept[k]
    m = _FIGURE_AT.search(text, a, b)
    if sc <= 0 or m is None or m.start() - a < FRAME_MAX or _DIGIT.search(text, a, m.start()):
        return kept  # (a framing that says when or a count is the story's own: 2月27日,…)
    out = list(kept)
    out[k] = (sc, _trim_head(text, a, b), b)
    return out


# a clause that frames what follows it (按2020年全市常住人口185.94万人计算, / 与上年相比, / 从数据看,)
_FRAME_CLAUSE = re.compile(r"(?:按|以|与|同|和|从|据)[^,;，；。]{0,40}?(?:计算|测算|相比|相较|来看|看)[,;，；]$")


def _without_frame(text: str, a: int, b: int) -> int:
    """End of a cut sentence without its last clause when that frames a figure the cut left out
    (``…1730.2亿元,按2020年全市常住人口185.94万人计算,`` ends after ``1730.2亿元,``).

    >>> t = "义乌市GDP总量仅为1730.2亿元,按2020年全市常住人口185.94万人计算,"
    >>> t[:_without_frame(t, 0, len(t))]
    '义乌市GDP总量仅为1730.2亿元,'
    """
    if b - a < 2 or text[b - 1] not in ",;，；":
        return b  # a whole sentence: its frame has what it frames
    c = max(text.rfind(x, a, b - 1) for x in ",;，；")
    if c < a or _FRAME_CLAUSE.match(text, c + 1, b) is None:
        return b
    return c + 1


_ITEM_END = re.compile(r"[,;，；]")


def _after_headline_items(text: str, origin, a: int, b: int, inside: list[Indicator],
                          headline: set[str]) -> int:
    """End of a sentence cut before the first clause, after its last headline figure, that
    reports another item (``粮食总产量385.7万吨,棉花产量3.6万吨,油料产量…``: the grain output is the
    summary's, the list of crops is not; ``…生产总值392.2亿元,同比增长5.1%;第一产业增加值…``: GDP and
    its growth, not its parts). Clauses without an indicator of their own (its growth) stay.
    ``inside``: the sentence's indicators (original coordinates)."""
    if len(inside) < 2:
        return b
    keyed = [x.span[0] for x in inside if (x.canonical or "") in headline]
    if not keyed:
        return b
    last = max(keyed)
    others = sorted(x.span[0] for x in inside if x.span[0] > last
                    and (x.canonical or "") not in headline)
    if not others:
        return b
    # the clause ends after the last headline figure, up to the first clause naming another
    # item (not one saying more of the same figure: 比上年增收…, 两年平均增长…, 拉动…, 占…)
    ends = [m.end() for m in _ITEM_END.finditer(text, a, b) if origin[m.start()] > last]
    for c0, c1 in zip(ends, ends[1:] + [b]):
        if any(origin[c0] <= o < origin[c1 - 1] + 1 for o in others) and \
                not _SAME_FIGURE.match(text, c0, c1):
            return c0
    return b


# a clause saying more of the figure before it (its comparison, its share, what it drove)
_SAME_FIGURE = re.compile(r"\s*(?:比|较|同比|环比|两年|年均|拉动|占|增长|下降|增加|减少|增收|减收|增支|减支|"
                          r"完成|为|达|高于|低于|其中|居|位居|排)")


# ----------------------------------------------------------------------------- who and where
# A report or speech prints under its title the occasion (——2026年2月3日在江苏省第十四届人民代表大会
# 第五次会议上) and the speaker (江苏省人民政府省长 刘小涛), each on its own line or both on one.
# Its summary says who reported it, when and where (省长刘小涛2026年2月3日在江苏省十四届人大五次会议上：),
# then the figures.
# (also printed in brackets: (2026年1月27日在贵州省第十四届人民代表大会第四次会议上))
# (its date also in Chinese numerals: ——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上)
_OCCASION_LINE = re.compile(
    r"[—\-－―‒–\s(（]*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
    r"[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*在\s*"
    r"([^。,;:，；：\n]{2,60}?(?:会议|大会))\s*上\s*[)）]?\s*(.*)")
_OFFICE = r"(?:省长|市长|县长|区长|州长|旗长|主席|主任|局长|厅长|部长|书记|行长)"
_SPEAKER_LINE = re.compile(
    r"([^\s,。;:，；：]{0,24}?" + _OFFICE + r")\s*"
    r"((?:[\u4e00-\u9fff]\s?){1,3}[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})")
# the customary short form of a people's congress session: 第十四届人民代表大会第五次会议 → 十四届人大五次会议
# (or without the first 第: 甘肃省十四届人民代表大会第四次会议)
_CONGRESS = re.compile(r"第?([一二三四五六七八九十]+)届人民代表大会(常务委员会)?第([一二三四五六七八九十百]+)次会议")
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
# a speaker line that is only a name (毛伟明) under the occasion line: 2 to 4 characters, its
# surname a common one (data/surnames.txt)
_NAME_LINE = re.compile(r"[\u4e00-\u9fff](?:\s{0,3}[\u4e00-\u9fff]){1,3}")
_SURNAMES: list[frozenset[str]] = []
_BLANK = re.compile(r"\s")
_BLANK_GOV = re.compile(r"\s|人民政府")  # 四川省人民政府省长 施小琳 → 四川省省长施小琳
#: the lines after the headline where the occasion and the speaker are looked for
HEAD_LINES = 4


def _congress(m: re.Match[str]) -> str:
    return f"{m[1]}届人大{'常委会' if m[2] else ''}{m[3]}次会议"


def _cn_number(t: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十七 → 27, 三十一 → 31 (a month's or a day's number)."""
    if "十" not in t:
        return _CN_DIGIT.get(t, 0)
    tens, _, ones = t.partition("十")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def _arabic_date(when: str) -> str:
    """A date in Chinese numerals in the customary digits (二〇二六年一月二十七日 → 2026年1月27日);
    a date in digits as it is, without blanks."""
    when = _BLANK.sub("", when)
    if when[0].isdigit():
        return when
    y, _, rest = when.partition("年")
    mo, _, d = rest.partition("月")
    return f"{''.join(str(_CN_DIGIT.get(c, 0)) for c in y)}年{_cn_number(mo)}月{_cn_number(d[:-1])}日"


def _name_line(line: str) -> bool:
    """A line that is only a person's name (``毛伟明``, ``王  凯``), its surname a common one."""
    if _NAME_LINE.fullmatch(line) is None:
        return False
    if not _SURNAMES:
        _SURNAMES.append(frozenset(" ".join(lexicon.lines("surnames.txt")).split()))
    name, names = _BLANK.sub("", line), _SURNAMES[0]
    if name[:2] in names:
        return 3 <= len(name) <= 4
    return name[0] in names and len(name) <= 3


_OCCASION_START = re.compile(r"[—\-－―‒–\s(（]*(?:\d{4}\s*年|[〇○零一二三四五六七八九]{4}年)[^。\n]{0,40}在")


def _head_lines(text: str, start: int, end: int, blank: bool = True) -> list[str]:
    """The ``HEAD_LINES`` lines after the headline of ``text[start:end]`` (a long one, the body:
    ``…``; ``blank``: blank lines count), an occasion line broken over two (``——2026年2月8日在
    某市第五届`` / ``人民代表大会第五次会议上``) said as one."""
    lines: list[str] = []
    at = text.find("\n", start, end)  # the headline's line is not looked at
    n = 0
    while at >= 0 and n < HEAD_LINES:
        nxt = text.find("\n", at + 1, end)
        e = nxt if nxt >= 0 else end
        ln = text[at + 1:e] if e - at <= 200 else "…"  # a long line: the body
        at = nxt
        if blank or ln.strip():
            lines.append(ln)
            n += 1
    for k in range(len(lines) - 1):
        ln = lines[k].strip()
        if _OCCASION_START.match(ln) and not _OCCASION_LINE.fullmatch(ln) and \
                _OCCASION_LINE.fullmatch(joined := ln + lines[k + 1].strip()):
            lines[k:k + 2] = [joined, ""]
            break
    return lines


def occasion_lead(text: str, start: int, end: int) -> str:
    """``who when where：`` of a report whose occasion and speaker lines follow its headline
    (within ``HEAD_LINES`` lines of ``text[start:end]``, the article), or "" when it prints
    no such pair (a bulletin, a news item; an occasion without a speaker).

    >>> t = "2026年江苏省政府工作报告\\n——2026年2月3日在江苏省第十四届人民代表大会第五次会议上\\n省长 刘小涛\\n各位代表："
    >>> occasion_lead(t, 0, len(t))
    '省长刘小涛2026年2月3日在江苏省十四届人大五次会议上：'
    >>> t = "报告\\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省人民政府省长 赵刚\\n各位代表："
    >>> occasion_lead(t, 0, len(t))
    '陕西省省长赵刚2026年1月27日在陕西省十四届人大四次会议上：'
    >>> t = "政府工作报告\\n(2026年1月27日在贵州省第十四届人民代表大会第四次会议上)\\n省长 李炳军\\n各位代表:"
    >>> occasion_lead(t, 0, len(t))
    '省长李炳军2026年1月27日在贵州省十四届人大四次会议上：'
    >>> t = "报告\\n—2026年2月10日在楚雄市第十届人民代表大会第六次会议上\\n各位代表："
    >>> occasion_lead(t, 0, len(t))
    ''
    """
    when = where = who = ""
    lines = _head_lines(text, start, end)
    for ln in (x.strip() for x in lines):
        if not ln:
            continue
        m = _OCCASION_LINE.fullmatch(ln) if not when else None
        if m:
            when, where, ln = m[1], m[2], m[3].strip()
            if not ln:
                continue
        s = _SPEAKER_LINE.fullmatch(ln) if len(ln) <= 40 else None
        if s and not who:
            who = s[1] + s[2]
        elif when and not who and _name_line(ln):
            who = ln  # the speaker's name alone (毛伟明): who, without the office
        elif when:
            break  # the body starts (各位代表：)
    if not (when and who):
        return ""
    who = _BLANK_GOV.sub("", who)
    where = _CONGRESS.sub(_congress, _BLANK.sub("", where))
    return f"{who}{_arabic_date(when)}在{where}上："


# A bulletin or a budget report prints its authors under its title (衡水市统计局 / 国家统计局衡水调查队
# / (2025年5月15日)); without a speaker, its summary says who issued it
# (衡水市统计局、国家统计局衡水调查队：), then the figures.
_ORGAN = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:局|调查队|厅|委员会|办公室)")
_DATE_LINE = re.compile(r"[(（]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[)）]?")
#: characters of an author line
AUTHOR_LINE_MAX = 30


def _organs(line: str) -> list[str]:
    """The bodies an author line names (``海东市统计局 国家统计局海东调查队``, ``衡 水 市 统 计 局``),
    or [] when the line is not one."""
    if len(line) > AUTHOR_LINE_MAX:
        return []
    parts = line.split()
    if len(parts) > 1 and all(_ORGAN.fullmatch(p) for p in parts):
        return parts
    whole = _BLANK.sub("", line)
    return [whole] if _ORGAN.fullmatch(whole) else []


def author_lead(text: str, start: int, end: int) -> str:
    """``A、B：`` of a document whose author lines (bodies: 统计局, 调查队, 财政局) follow its
    headline, within ``HEAD_LINES`` lines of ``text[start:end]`` and before its body (an
    occasion line and a date line may come between), or "".

    >>> t = "衡水市2024年国民经济和社会发展统计公报\\n衡 水 市 统 计 局\\n国家统计局衡水调查队\\n(2025年5月15日)\\n2024年…"
    >>> author_lead(t, 0, len(t))
    '衡水市统计局、国家统计局衡水调查队：'
    >>> t = "关于潍坊市2025年预算执行情况的报告\\n——2026年1月14日在潍坊市第十八届人民代表大会第五次会议上\\n潍坊市财政局\\n一、…"
    >>> author_lead(t, 0, len(t))
    '潍坊市财政局：'
    >>> t = "2025年庆阳市经济运行情况\\n2025年,庆阳市上下坚持稳中求进。\\n庆阳市统计局"
    >>> author_lead(t, 0, len(t))
    ''
    """
    organs: list[str] = []
    for ln in (x.strip() for x in _head_lines(text, start, end, blank=False)):
        if not ln:
            continue
        found = _organs(ln)
        if found:
            organs += [o for o in found if o not in organs]
        elif _DATE_LINE.fullmatch(ln) or _OCCASION_LINE.fullmatch(ln):
            continue
        else:
            break  # the body starts
    return "、".join(organs) + "：" if organs else ""



# A dialogue prints its participants under its headline: a label line (对话人:, 【对话人】,
# data/dialogue_labels.txt), then one participant a line, the name then the title after two
# blanks (李  拯  本报评论员) or in brackets (叶  青(中央戏剧学院青年教师)), the first one on the
# label's line at times. Its summary says who talks with whom, in the text's own words:
# 本报评论员李拯与中国工程院院士刘经南对话：, the paper's own (本报记者, 本报评论员) first.
_DIALOGUE_LABEL = re.compile(
    r"[【\[]?(?:" + "|".join(map(re.escape, lexicon.lines("dialogue_labels.txt"))) +
    r")[】\]]?\s*[:：]?\s*(.*)")
_PARTICIPANT = re.compile(r"""
    ([\u4e00-\u9fff](?:[ \t\u3000]{0,3}[\u4e00-\u9fff]){1,3})  # the name (李  拯, 刘经南)
    (?:[ \t\u3000]*[(（]([^()（）\n]{2,40})[)）]              # its title in brackets
     |[ \t\u3000]{2,}(\S[^\n]{1,39}))                       # or after two blanks
    """, re.X)
_OWN_STAFF = re.compile(r"本报|本刊|本台|本网|主持人")
#: lines of an article's head where a dialogue's label line is looked for (an editor's note
#: may come first)
DIALOGUE_LINES = 12
#: characters of a dialogue's lead at most (longer titles: no lead; the room is the figures')
DIALOGUE_LEAD_MAX = 60


def dialogue_lead(text: str, start: int, end: int) -> str:
    """``A与B对话：`` of a dialogue whose participants are listed under a label line
    (``对话人:``) within ``DIALOGUE_LINES`` lines of ``text[start:end]``: each participant's
    title then name, the paper's own first; "" when there is no such list, or the lead would be
    longer than ``DIALOGUE_LEAD_MAX`` characters.

    >>> t = "北斗的未来\\n对话人:\\n李  拯  本报评论员\\n刘经南  中国工程院院士\\n李拯:我们为何…"
    >>> dialogue_lead(t, 0, len(t))
    '本报评论员李拯与中国工程院院士刘经南对话：'
    >>> t = "喜剧\\n对话人:叶  青(中央戏剧学院青年教师)\\n石介甫(单立人喜剧创始人)\\n王  瑨(本报记者)\\n如今,…"
    >>> dialogue_lead(t, 0, len(t))
    '本报记者王瑨与中央戏剧学院青年教师叶青和单立人喜剧创始人石介甫对话：'
    >>> t = "标题\\n李  拯  本报评论员\\n刘经南  中国工程院院士\\n正文。"
    >>> dialogue_lead(t, 0, len(t))
    ''
    """
    people: list[tuple[str, str]] = []
    listing = False
    at = text.find("\n", start, end)  # the headline's line is not looked at
    for _ in range(DIALOGUE_LINES):
        if at < 0:
            break
        nxt = text.find("\n", at + 1, end)
        ln = text[at + 1:nxt if nxt >= 0 else end].strip()
        at = nxt
        if not listing:
            m = _DIALOGUE_LABEL.fullmatch(ln)
            if m is None:
                continue
            listing, ln = True, m[1].strip()
            if not ln:
                continue
        p = _PARTICIPANT.fullmatch(ln)
        if p is None or not _name_line(p[1]):
            break  # the list ends
        people.append((_BLANK.sub("", p[2] or p[3]), _BLANK.sub("", p[1])))
    if len(people) < 2:
        return ""
    own = [x for x in people if _OWN_STAFF.match(x[0])]
    guests = [x for x in people if x not in own]
    said = ["".join(x) for x in own + guests]
    if own and guests:
        # (two guests or more: the last after 和, A、B和C)
        rest = said[len(own):]
        lead = "、".join(said[:len(own)]) + "与" + \
            ("、".join(rest[:-1]) + "和" + rest[-1] if len(rest) > 1 else rest[0]) + "对话："
    else:
        lead = "、".join(said[:-1]) + "与" + said[-1] + "对话："
    return lead if len(lead) <= DIALOGUE_LEAD_MAX else ""


# a report of a press conference: its opening sentence says when it was held (4月13日,开局起步
# “十五五”湖南专场新闻发布会在湖南长沙举行。)
_PRESS_HELD = re.compile(r"(\d{1,2}月\d{1,2}日)[,，]\s*([^,，。；;\n]{0,40}?发布会)在[^,，。；;\n]{2,16}举行[。,，]")
PRESS_WITHIN = 2  # the sentences of an article's body where its occasion is looked for


def press_lead(text: str, sentences: list[tuple[int, int]]) -> str:
    """``when which发布会：`` of a report on a press conference its first sentences say was held
    (``4月13日,开局起步“十五五”湖南专场新闻发布会在湖南长沙举行。`` → ``4月13日，湖南专场新闻发布会：``:
    the conference's name without the campaign quoted before it: each clause printed in the text),
    or "".

    >>> t = "4月13日,开局起步“十五五”湖南专场新闻发布会在湖南长沙举行。省长表示,…"
    >>> press_lead(t, [(0, 35)])
    '4月13日，湖南专场新闻发布会：'
    >>> press_lead("4月13日,湖南省举行发布会。", [(0, 15)])
    ''
    """
    for a, b in sentences[:PRESS_WITHIN]:
        m = _PRESS_HELD.match(text, a, b)
        if m is not None:
            name = re.split(r"[”》」]", m[2])[-1].strip()
            return m[1] + "，" + name + "：" if len(name) > 3 else ""
    return ""


# ----------------------------------------------------------------------------- a table alone
# A document that is only a table under its caption (各市地区生产总值初步核算结果) has no sentence to
# summarise: its summary is the caption and the figures of its leading rows (a total row first,
# then the largest by the first column), each with its growth when the table gives one.
_TOTAL_ROW = re.compile(r"^(?:全国|全省|全区|全市|全县|全州|合计|总计|全部)")


def table_summary(text: str, start: int, end: int, caption: str, limit: int) -> str:
    """``caption：row figure、增长 x%，…`` of the first table in ``text[start:end]`` (or "").

    >>> t = ("各市生产总值\\n地区 | 总量(亿元) | 增长(%)\\n甲市 | 12.50 | -1.2\\n"
    ...      "乙市 | 30.10 | 4.0\\n丙市 | 8.00 | 2.0")
    >>> table_summary(t, 0, len(t), "各市生产总值", 120)
    '各市生产总值：乙市30.10亿元、增长4.0%，甲市12.50亿元、下降1.2%，丙市8.00亿元、增长2.0%。'
    """
    from .indicators import tables  # only documents without a sentence come here

    part = text[start:end]
    found = tables.rows(part)
    if not found:
        return ""
    firsts: dict[int, tables.TableFigure] = {}
    for f in tables.figures(found[0], caption, lambda _s: []):
        if f.value is not None and f.row.start not in firsts:
            firsts[f.row.start] = f  # the first figure of each row: its headline column
    figs = list(firsts.values())
    if len(figs) < 2 or len({(f.scale, f.base) for f in figs}) > 1:
        return ""
    amount = figs[0].base != "%"
    figs.sort(key=lambda f: (not _TOTAL_ROW.match(f.name), -(f.value or 0) if amount else 0))
    head = caption.strip()
    out = f"{head}：" if head else ""
    n = 0
    for f in figs:
        piece = f"{f.name}{part[f.span[0]:f.span[1]]}{f.scale}{f.base}"
        ch = f.change
        if ch and ch.get("unit") == "%":
            num = part[ch["start"]:ch["end"]].lstrip("-+−").rstrip("%")
            piece += f"、{'下降' if ch['direction'] == 'down' else '增长'}{num}%"
        sep = "，" if n else ""
        if len(out) + len(sep) + len(piece) + 1 > limit:
            break
        out += sep + piece
        n += 1
    return out + "。" if n else ""
