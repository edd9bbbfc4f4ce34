"""Context: the text units the extractor reads, and the period and region they inherit.

A *unit* is a sentence in cleaned text, with line breaks the page layout put inside it
removed (so ``5.\\n7%`` or ``工\\n作总基调`` read as one), and a map from each of its characters
back to a cleaned offset. Units are grouped into paragraphs and articles.

Periods (as written) and regions (full official names of ``places.tsv``: every province-,
prefecture- and county-level division) are resolved in this order: the sentence (nearest
before the figure) → earlier sentences of the paragraph → the paragraph's first → earlier
paragraphs of the article (periods) / the article's title, dateline or opening (regions).
A short or ambiguous place name (大同, 朝阳区) is resolved by the document's other places
(``places.Resolver``); 全省 / 全市 / 我县 … by the article's place at that level.

A period as written is also resolved to months (``period_norm``) against the document's date
(``document_date``: its dateline, a year in its title, else a date in its text).
"""
from __future__ import annotations

import bisect
import functools
import heapq
import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from analysis import lexicon
from analysis.layout import FULLWIDTH

from . import data
from . import places as places_mod
from .openings import _ALL, _CATEGORY, _class, _covers, _two, _Unknown
from .places import Place, Resolver

# a holiday as a period (periods.yaml: holidays): 春节假期, 今年国庆、中秋假期, 2025年春节档, 今年春节
_HOLIDAY_NAME = "|".join(sorted(map(re.escape, data.HOLIDAYS), key=len, reverse=True)) or "(?!)"
# (in quotes as news writes it: “五一”假期, ‘五一’小长假 in a speaker's words)
_HOLIDAY_ONE = rf"(?:[“‘](?:{_HOLIDAY_NAME})[”’]|(?:{_HOLIDAY_NAME}))节?"
_HOLIDAYS = rf"{_HOLIDAY_ONE}(?:[、和与]{_HOLIDAY_ONE})*"
# (1月时值春节假期前夕: the time before the holiday, not the holiday's months)
_HOLIDAY_PATTERN = (rf"(?:\d{{4}} ?年|今年|去年|这个)?{_HOLIDAYS}(?:小长假|长假|假期|黄金周|期间|档)(?![前后])"
                    rf"|(?:\d{{4}} ?年|今年|去年){_HOLIDAYS}(?![前后夕])")
HOLIDAY = re.compile(_HOLIDAY_NAME)
# the holiday the text has named, written again without its name, opening a clause (“五一”假期,…。
# 这个假期,预计…流动量达15.2亿人次; 预计整个假期,全国日均租车量将超70万辆): that holiday's months
# (engine: the last holiday named before it; none named, no months)
HOLIDAY_AGAIN = re.compile(r"(?:(?<![^,;:。!?\s“”])|(?<=预计))(?:这个|整个|该|本次)?假期(?![前后间])")
# the lookahead lets the scan skip, at one test per character, positions no period starts at
_PERIOD_FIRST = "".join(sorted({c for c in "0123456789今去全上下前一两第二三四五六七八九十截到年过近这“‘刚本当期从目自如未最同该新眼现早"}))


def _in_class(items: list, c: str) -> bool:
    """Does the parsed character class ``items`` ([…] or \\d) hold ``c``?"""
    hit, negate = False, False
    for op, av in items:
        if op is _sre.NEGATE:
            negate = True
        elif op is _sre.LITERAL:
            hit |= chr(av) == c
        elif op is _sre.RANGE:
            hit |= av[0] <= ord(c) <= av[1]
        elif op is _sre.CATEGORY and av in _CATEGORY:
            hit |= bool(re.match(_CATEGORY[av], c))
        else:
            raise _Unknown(op)
    return hit != negate


def _opening(seq: Any, alphabet: set[str]) -> tuple[set[str], bool]:
    """The characters of ``alphabet`` a parsed regex ``seq`` can open a match with, and whether
    it can match the empty string. Zero-width items (lookarounds, ^, \\b) are stepped over: the
    set may hold too many characters, never too few."""
    out: set[str] = set()
    for op, av in seq:
        if op is _sre.LITERAL:
            return out | ({chr(av)} & alphabet), False
        if op is _sre.NOT_LITERAL:
            return out | (alphabet - {chr(av)}), False
        if op is _sre.ANY:
            return out | alphabet, False
        if op is _sre.IN:
            return out | {c for c in alphabet if _in_class(av, c)}, False
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue
        if op is _sre.SUBPATTERN:
            chars, empty = _opening(av[-1], alphabet)
        elif op is _sre.BRANCH:
            alts = [_opening(a, alphabet) for a in av[1]]
            chars, empty = set().union(*(a[0] for a in alts)), any(a[1] for a in alts)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            chars, empty = _opening(av[2], alphabet)
            empty = empty or av[0] == 0
        else:
            raise _Unknown(op)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _dispatch(patterns: Sequence[str], first: str) -> str:
    """One regex for the alternation of ``patterns`` at positions whose character is in
    ``first``, split by that character: the characters whose patterns are the same make one
    branch, ``(?=[class])(?:those patterns, in their order)``. At a position only the branch of
    its character is entered, so fewer alternatives are tried there than in the whole
    alternation; and as every pattern that can open there is in that branch, in the order of
    ``patterns``, the first of them that matches wins as before: the same matches, for
    ``finditer``, ``match``, ``search`` and ``fullmatch`` alike (docs/performance.md, tenth round).

    A branch none of whose patterns can match fewer than two characters also tests the
    character after (``_two``): ``(?=[class][the characters that can come second])``, so a
    digit inside a number (the 4 of 164.4亿元) is passed over at one test unless a period can go
    on from it (docs/performance.md, eleventh round). The patterns are tried as before wherever
    they could match, so the matches stay the same.

    >>> _dispatch([r"\\d年", "今年", r"(?<!前)\\d月|今天"], "0123今")
    '(?=[0123今])(?:(?=[0123][年月])(?:(?:\\\\d年)|(?:(?<!前)\\\\d月|今天))|(?=[今][天年])(?:(?:今年)|(?:(?<!前)\\\\d月|今天)))'
    >>> R = re.compile(_dispatch([r"\\d年", "今年", r"(?<!前)\\d月|今天"], "0123今"))
    >>> [m.group() for m in R.finditer("今年3月,今天2年,前3月")]
    ['今年', '3月', '今天', '2年']
    """
    alphabet = set(first)
    opens = []
    twos: list[tuple[bool, frozenset, frozenset, frozenset] | None] = []   # None: not read
    for p in patterns:
        if re.compile(p).groups:
            raise ValueError(f"a capturing group would be numbered apart in each branch: {p}")
        parsed = _sre_parse.parse(p)
        try:
            chars, empty = _opening(parsed, alphabet)
        except _Unknown:
            chars, empty = alphabet, True
        opens.append(alphabet if empty else chars)
        try:
            twos.append(_two(parsed))
        except _Unknown:
            twos.append(None)
    branches: dict[tuple[int, ...], list[str]] = {}   # patterns (their indexes) -> characters
    for c in first:
        branches.setdefault(tuple(i for i, o in enumerate(opens) if c in o), []).append(c)

    def head(idx: tuple[int, ...], cs: list[str]) -> str:
        """The branch's lookahead: its characters, and the second ones when every pattern
        of it needs one after them (one that may match nothing or one of them alone does not)."""
        chars = f"[{''.join(map(re.escape, cs))}]"
        second: set = set()
        for i in idx:
            t = twos[i]
            if t is None or t[0] or any(_covers(t[2], c) for c in cs):
                return f"(?={chars})"
            second |= {y for x, y in t[3] if any(_covers(frozenset([x]), c) for c in cs)}
        if not second or _ALL in second:
            return f"(?={chars})"
        return f"(?={chars}{_class(second)})"

    return f"(?=[{''.join(map(re.escape, first))}])(?:" + "|".join(
        head(idx, cs) + "(?:" + "|".join(f"(?:{patterns[i]})" for i in idx) + ")"
        for idx, cs in branches.items() if idx) + ")"


PERIOD = re.compile(_dispatch(data.PERIOD_PATTERNS, _PERIOD_FIRST))
# searched apart, in a text that names a holiday (中, 国 open too many words to start PERIOD's scan)
HOLIDAY_PERIOD = re.compile(_HOLIDAY_PATTERN)
# since an event (periods.yaml ``event_since``), searched apart in a text that writes 以来
EVENT_SINCE_PERIOD = re.compile(data.EVENT_SINCE)
# a period inside a target is not the period of the figure: 完成全年任务, 全年目标
# a superlative over a span is not the figure's period either: 增幅为近五年最高
_NOT_PERIOD_AFTER = re.compile(r"(?:任务|目标|计划|就业计划|的任务|红|”|\"|(?:以?来|的|间|中)?(?:最[高低好大小多少快慢佳]|新[高低])"
                               r"|的(?:[\d.]+|[一两二三四五六七八九十]+)倍"   # 是“十三五”时期的3倍: a base
                               r"|[^,;。!?\d]{0,8}?基础上)")   # 在一季度良好开局的基础上: a base
_NOT_PERIOD_BEFORE = re.compile(r"(?:完成|实现|超额完成|占|比|较|与|同|高于|低于|相当于|[比较]上年"
                                # 同比增长18.6%,持续今年以来两位数增长态势: a trend the figure
                                # goes on with, not its period
                                r"|持续|延续"
                                # 动画电影占我国全年票房10%左右: the whole a share is of
                                r"|占(?:我国|全国|全省|全市|全区|全县|全州|我省|我市|我区|我县))$")   # 比上年全年: a basis
# (it ends at $: a match is no longer than its widest word, so only that many characters
# before a period are searched, not the whole text before it; the same matches)
_NOT_PERIOD_BEFORE_LEN = _sre_parse.parse(_NOT_PERIOD_BEFORE.pattern).getwidth()[1]
_YEAR_ONLY = re.compile(r"\d{4} ?年度?$")
_TARGET_GROWTH = re.compile(r"(?:GDP|经济)?增长\d")
# (这两座城市2021年GDP, 该市2021年…: after a subject named again, the year is its period)
# (迎来了另一场“狂飙”——2025年,江门摩托车整车出口额达192.7亿元: a dash opens the clause too;
# not a range's, 规划(2018—2022年))
_YEAR_LEAD = re.compile(r"(?:^|[,;:。!?、 (“\"]|(?<![\d年])—|和|在|于|至|到了?|力争|确保|预计|计划|争取|过去的|按照"
                        r"|城市|两市|两省|两地|该市|该省|该区|该县|其"
                        r"|虽然|虽|尽管|由于|因为|但|而|同时|此外|另外"
                        r"|[,;:。!?](?:仅|单|光|只))$")   # …,仅2025年…就新增近20项: the one year singled out   # 虽然2016年武汉市…: a conjunction opening the clause
# 提出了2022年的目标:GDP超过1万亿元: the year its targets are set for
_YEAR_TARGET_AFTER = re.compile(r"的(?:主要)?(?:发展)?(?:预期)?目标"
                                # 一般公共预算收入2021年首次突破600亿元: the year of the figure after
                                r"|(?:首次|首度)?(?:突破|达到|达|实现|完成)(?=[^,;。]{0,6}\d)"
                                # 纽扣拉链产业2025年新增外观设计专利156件: the year of the additions after it
                                r"|(?:新增|新建|新设|新登记|新认定|新培育)(?=[^,;。\d]{0,10}\d)"
                                # 在北京宣布2021年GDP超过4万亿之前: the year of the metric after it
                                r"|(?:GDP|地区生产总值|国内生产总值|经济总量)(?=[^,;。]{0,8}\d)"
                                # 有47家上市公司2021年的营收规模超过千亿: the year of the metric after 的
                                r"|的[^,;。\d]{0,6}?(?:规模|总量|收入|营收|利润|产值|产量|销量)"
                                r"(?=[^,;。]{0,8}(?:\d|[万千百]亿))"
                                # 茶叶2025年综合产值突破380亿元: the year of the output written
                                # right after it
                                r"|(?:综合|总)?(?:营收|利润|产值|产量|销量)"
                                r"(?=[^,;。\d]{0,8}(?:\d|[万千百]亿))")

# a figure named as a flow over the period (营业收入, 利润, 产量): a year-end point written in an
# earlier sentence of its paragraph is not its period (periods.yaml: flows)
FLOW_NAME = re.compile("|".join(map(re.escape, data.PERIOD_FLOWS)) or "(?!)")
# …but not a balance's total (贷款总额: a stock, periods.yaml ``stocks``)
STOCK_NAME = re.compile("|".join(map(re.escape, data.PERIOD_STOCKS)) or "(?!)")
# …and a total held now (燃气管网总长度, 登记在册经营主体: periods.yaml ``stocks_now``)
STOCK_NOW_NAME = re.compile("|".join(map(re.escape, data.PERIOD_STOCKS_NOW)) or "(?!)")
# periods a figure may follow directly (not the start of a date: 2022年9月 + 17日)
_FIGURE_MAY_FOLLOW = re.compile(r"(?:季度|半年|全年|以来|^去年|^上年度)$")   # 在去年9650.2亿元的GDP基础上
# every period expression holds one of these (each alternative opens with a character, so
# ``re`` skips in C to where one stands: not a character class as an alternative)
_PERIOD_HINT = re.compile("年|月|季|截|来|期|本次|普查|目前|当前|如今|现在|眼下|五[”’]末")   # (a holiday: HOLIDAY)
_DIGIT = re.compile(r"\d")
# .match(text, pos) / .finditer(text) over every place surface (names.py strips a place)
REGION: Any = places_mod.PATTERN


def _region_len(text: str, start: int) -> int:
    """Length of the place name at ``start`` (0 if none)."""
    m = REGION.match(text, start)
    return m.end() - start if m else 0

_NUMBERED_PART = re.compile(r"[一二三四五六七八九十]{1,3}、")
# a date alone on its line, with its time of day (a scraped page's 2017-05-15 10:13:16)
_DATE_LINE = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*星期[一二三四五六日天])?"
                        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_END = set("。!?;…”」』)》:")
_NO_JOIN_TAIL = re.compile(r"(?:摄|供稿|图|编辑|责任编辑)\s*$")


_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")
_NO_BREAK = re.compile(r"[^\n\r]+")


@dataclass(slots=True)
class Unit:
    text: str                 # cleaned, width-normalised, layout line breaks removed
    cmap: Sequence[int]       # cmap[i] = cleaned offset of text[i] (a list, or a range)
    sent_span: tuple[int, int]  # cleaned span of the whole unit
    article: int
    paragraph: int            # global paragraph counter


def periods(text: str, mask: list[bool] | None = None) -> list[tuple[int, int, str]]:
    """Period expressions in ``text``: (start, end, as written).

    >>> [p for _, _, p in periods("2022年1—11月增长9.9%,截至2022年10月底,上半年,完成全年任务")]
    ['2022年1—11月', '截至2022年10月底', '上半年']
    >>> [p for _, _, p in periods("1—6月份,平鲁区;今年以来;全年接待游客;2022年9月17日")]  # a date is not a period
    ['1—6月份', '今年以来', '全年']
    >>> [p for _, _, p in periods("其中,北京2021年GDP达到40269.6亿元")]
    ['2021年']
    >>> [p for _, _, p in periods("争取新增专项债券1296.6亿元,是“十三五”时期的3倍")]   # a base
    []
    >>> [p for _, _, p in periods("两年平均增速从上半年的4.7%下跌至3.80%")]   # the rate left behind
    []
    >>> [p for _, _, p in periods("全市一般公共预算收入2021年首次突破600亿元,全国2018年戏曲百戏盛典")]
    ['2021年']
    >>> [p for _, _, p in periods("在一季度良好开局的基础上展现较强韧性,上半年增长6.4%")]
    ['上半年']
    >>> [p for _, _, p in periods("虽然2016年武汉市人才净流入率还为-0.4%")]
    ['2016年']
    >>> [p for _, _, p in periods("在北京宣布2021年GDP超过4万亿之前")]
    ['2021年']
    >>> [p for _, _, p in periods("组建于2005年9月,2018年6月进入国家开发区目录,规划总面积12平方公里")]
    []
    >>> [p for _, _, p in periods("据统计,春节假期,南京市重点监测的90余家商贸企业累计实现销售额16.4亿元")]
    ['春节假期']
    >>> [p for _, _, p in periods("今年国庆、中秋假期,全社会跨区域人员流动量预计达23.6亿人次;营造出浓郁的春节氛围")]
    ['今年国庆、中秋假期']
    >>> [p for _, _, p in periods("自2014年以来,累计投资4.7万亿元;2024年度部分主要能耗节能收益超过8000万元")]
    ['自2014年以来', '2024年度']
    >>> [p for _, _, p in periods("10月1日至4日,全国跨区域人员流动量累计约12.5亿人次")]
    ['10月1日至4日']
    >>> [p for _, _, p in periods("4月11日至12日,国务院总理李克强在江西南昌、上饶考察。")]   # no figure
    []
    >>> [[p for _, _, p in periods(t)] for t in ("曹妃甸区,如今临港而兴,已聚集26家央企", "如今,全市200个")]
    [['如今'], []]
    """
    holiday = HOLIDAY.search(text) is not None
    if not holiday and not _PERIOD_HINT.search(text):
        return []
    again = "假期" in text
    out = []
    if mask is None:
        from .patterns import quoted
        mask = quoted(text)
    matches = list(PERIOD.finditer(text))
    if holiday:     # 2025年春节档, 今年国庆、中秋假期: the holiday, not 2025年 / 今年
        hs = list(HOLIDAY_PERIOD.finditer(text))
        if hs:
            matches = sorted([m for m in matches if not any(
                h.start() < m.end() and m.start() < h.end() for h in hs)] + hs,
                key=lambda m: m.start())
    if again:       # 这个假期, 整个假期, 假期 opening a clause: the holiday named before
        hs = list(HOLIDAY_AGAIN.finditer(text))
        if hs:
            matches = sorted(matches + [h for h in hs if not any(
                m.start() < h.end() and h.start() < m.end() for m in matches)],
                key=lambda m: m.start())
    if "以来" in text:      # 四川自贸试验区成立以来: since an event, as written
        es = list(EVENT_SINCE_PERIOD.finditer(text))
        if es:
            matches = sorted([m for m in matches if not any(
                h.start() < m.end() and m.start() < h.end() for h in es)] + es,
                key=lambda m: m.start())
    for m in matches:
        if mask and mask[m.start()] and not _PLAN_NAME.match(m.group()) \
                and not (m.group()[0] in "“‘" and HOLIDAY.search(m.group())):   # “五一”假期
            continue      # “2018年全国生态文化村”: a year inside a name (not “十四五”时期, nor
            #               ‘十四五’以来 in a speaker's quote)
        if _NOT_PERIOD_AFTER.match(text, m.end()) or (
                _NOT_PERIOD_BEFORE.search(text, max(0, m.start() - _NOT_PERIOD_BEFORE_LEN), m.start())
                and not _TARGET_GROWTH.match(text, m.end())):
            continue      # (要实现全年增长6%的目标: the target's year)
        if m.group().endswith("人口普查") and _YEAR_ONLY.search(text, max(0, m.start() - 6),
                                                               m.start()):
            continue      # 2020年第七次人口普查为1275万人: the year written is the period
        if _DIGIT.match(text, m.end()) and not _FIGURE_MAY_FOLLOW.search(m.group()):
            continue      # 2022年9月17日: a date (but 今年一季度4.8%增速: that figure's period)
        if text[m.start() - 1:m.start()] in ("比", "较") and (
                _BASIS_YEAR.fullmatch(m.group()) or _PLAN_END.fullmatch(m.group())):
            continue      # 比2018年末增长10.9%;从业人员…: the basis compared with, not a period
        if text[m.start() - 1:m.start()] in ("从", "由") and _DIGIT.match(
                text, m.end() + (text[m.end():m.end() + 1] == "的")):
            continue      # 从上半年5.5%降到5.3%, 从上半年的4.7%下跌至3.80%: the figure left behind
        if _YEAR_ONLY.fullmatch(m.group()) and not _YEAR_LEAD.search(text[max(0, m.start() - 3):m.start()]) \
                and not _place_before(text, m.start()) and not _YEAR_TARGET_AFTER.match(text, m.end()):
            continue      # 全国2018年戏曲百戏盛典: a year inside a name (北京2021年GDP: the year)
        if (_MONTH_WRITTEN.search(m.group()) and (
                _EVENT_AFTER.match(text, m.end()) or text[m.start() - 1:m.start()] == "于")
                or _FOUNDED_YEAR.fullmatch(m.group()) and _EVENT_AFTER.match(text, m.end())) \
                and not _DIGIT.search(text, m.end(), _clause_end(text, m.end())):
            continue      # 组建于2005年9月, 2018年6月进入国家开发区目录,: an event's date
            #               (尚义于1936年建县,由…起名: a year before the event's word too;
            #               not 活动于2018年首次启动,先后赴…10个: the span since then)
        if _DAY_ONLY.fullmatch(m.group()) and not _DIGIT_TO_END.match(text, m.end()):
            continue      # 7月18日,国务院新闻办举行新闻发布会,…介绍了…: an event's day, no figure
        out.append((m.start(), m.end(), m.group()))
    return out


_DAY_ONLY = re.compile(r"\d{1,2}月\d{1,2}日(?:[至到—–\-~]\d{1,2}日)?")
_DIGIT_TO_END = re.compile(r"[^。!?]*?\d")
_MONTH_WRITTEN = re.compile(r"\d月$")
_FOUNDED_YEAR = re.compile(r"(?:19|20)\d{2}年")
_EVENT_AFTER = re.compile(data.EVENT_AFTER)
_CLAUSE_STOP = re.compile(r"[,;。!?]")


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_STOP.search(text, pos)
    return m.start() if m else len(text)


_PLAN_END = re.compile(r"[“‘]?十[一二三四五]五[”’]?期?末")   # 较“十三五”期末增长36.2%: a basis
_BASIS_YEAR = re.compile(r"(?:19|20)\d{2}年(?:末|底|1[—–\-~至]\d{1,2}月份?)?")   # 比2019年1—8月份增长


def _place_before(text: str, start: int) -> bool:
    """Does a place's own name (北京, 深圳市, 我国; not 全国, 全省) end right at ``start``?

    >>> _place_before("其中,北京2021年GDP", 5), _place_before("全国2018年戏曲", 2)
    (True, False)
    >>> _place_before("我国2000年人均GDP为7942元", 2)
    True
    """
    seg = text[max(0, start - 8):start]
    return any(e == len(seg) and not w.startswith(("全", "本")) and e - s_ >= 2
               for s_, e, w in places_mod.find(seg))


def mentions(text: str, resolver: Resolver | None = None,
             article: int = 0) -> list[tuple[int, int, Place]]:
    """Place mentions: (start, end, place), resolved with ``resolver``'s evidence (else the
    text's own).

    >>> [p.name for _, _, p in mentions("平鲁区社会消费品零售总额,朔州日新月异,2019年洪洞县政府")]
    ['平鲁区', '朔州市', '洪洞县']
    >>> [p.name for _, _, p in mentions("广西、楚雄州、珠海斗门、全国")]
    ['广西壮族自治区', '楚雄彝族自治州', '珠海市', '斗门区', '全国']
    """
    r = resolver or Resolver([text])      # the text's own evidence
    out = []
    for s, e, w in places_mod.find(text):
        p = r.resolve(w, article)
        if p is not None:
            out.append((s, e, p))
    return out


def enumerated(text: str, end: int, before: int) -> bool:
    """Is the place ending at ``end`` an item of a list the figure counts (武汉东立、日本念持
    等4个项目: the projects, not 武汉)?"""
    return text[before - 1:before] == "等" and not _CLAUSE.search(text, end, before)


_CLAUSE = re.compile(r"[,;:。!?]")
# (a share in tenths written in words is a figure too: 海南播栽过九成、广东近六成)
_FIGURE_END = re.compile(r"(?:[\d%]|[一二三四五六七八九十]成)(?:[^\d、,;。]{0,3})$")
_COMPARATIVE = re.compile(r"(?:率先|首|第|排|乃至|都)")
# an adverb between a clause's start and 在 (已在辽宁建设了…, 还在…, 均在…)
_ADVERB_AT = re.compile(r"(?:已经|已|还|也|均|都|将|曾|正|先后)$")
_FIGURE_IN_CLAUSE = re.compile(r"[^,;:。!?\d]*\d")
# who acted, opening the clause before 在 + a place (铁塔公司协同电信运营商在浙江新建站址1083个): a
# few words, no figure, no place list, no time clause
_AGENT_BEFORE_AT = re.compile(r"(?:^|(?<=[,;:。!? ]))[^,;:。!?\d、]{2,14}$")
_LISTED_ITEM = re.compile(r"(?:[、和及与][^,;:。!?、和及与]{1,12}?)+等[\d一二三四五六七八九十两几](?!线)")   # (not 等一线城市)
_NAMED_ITEM = re.compile(r"[\u4e00-\u9fff]{1,6}(?<![一二三四五六七八九十]成)、")
_ORIGIN_AFTER = re.compile(data.ORIGIN_AFTER)
_ITEM_LEAD = re.compile(r"(?:^|[,;:。!? ])?(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])")
# a clause of time opening the sentence (自…后, 随着…): its places are not the subject after it
_ADVERBIAL = re.compile(r"(?:^|[,;:。!?])(?:自从|自|当|随着)[^,;:。!?]*$")
_ADVERBIAL_END = re.compile(r"[^,;:。!?]*(?:后|以来|之后|之际|时|期间)(?:[,;:。!?]|$)")
# a description before the place that opens its clause: 颇有危机感的 / 被誉为“世界工厂”的
# a clause opening on 在 and a description of the place after it (在平均海拔超5000米的…)
_SCENE_DESCRIBED = re.compile(r"(?:^|[,;:。!?，；：。！？])在[^,;:。!?，；：！？在]{2,16}的$")
_DESCRIBED = re.compile(r"(?:^|[,;:。!?])(?![^,;:。!?]*(?:[\d%]|比|较|高于|低于|超过|于|占))"
                        r"[^,;:。!?]{2,16}$")


# a contrast opening its clause, the place described before it (,而同属中部地区的西安则…)
_CONTRAST_DESCRIBED = re.compile(r"(?:^|[,;:。!?])而[^,;:。!?\d%]{1,12}的$")


def in_bracket(text: str, pos: int) -> bool:
    """Is ``pos`` inside a bracket opened before it?"""
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def _bracketed(text: str, start: int, before: int) -> bool:
    """Is the place at ``start`` inside a bracket that closes before ``before``? (…4678 亿元
    (广东地区 4013 亿元、深圳市 665 亿元),包括:一是新增一般债务限额 356 亿元: not 深圳's)"""
    i = text.rfind("(", 0, start)
    if i < 0 or text.find(")", i, start) >= 0:
        return False
    j = text.find(")", start)
    return 0 <= j < before


# a rank opening its clause, then 的 and the place ranked (排名第一的义乌市…)
_RANKED_LEAD = re.compile(r"(?<![^,;:。!? ])(?:即便是|即使是|而|其中)?(?:(?:排名|排在|位居|位列|名列)"
                          r"第[一二三四五六七八九十\d]{1,3}(?:位|名)?|(?:排名|位居|位列|名列)?榜首)的$")   # 其中榜首的深圳


# a place the clause's subject comes after (广东之后,…; 广深之外,…): an order, not the subject
_ORDER_AFTER = re.compile(r"之(?:后|外),")
# the class of places a subject is named with, opening its clause (直辖市重庆, 第四经济大省浙江)
_CLASS_LEAD = re.compile(r"(?:^|(?<=[,;:。!? ]))(?:第[一二三四五六七八九十\d]{1,2})?(?:经济)?"
                         r"(?:直辖市|省会城市|副省级城市|计划单列市|大省|强省)$")


# a pure function of its arguments, asked again about the same place by each figure of its
# sentence (DocPlaces.attribute) and by the paragraph's tests: remembered for one document
# (DocPlaces clears it), so that no document is answered from another's
@functools.lru_cache(maxsize=4096)
def is_subject(text: str, start: int, end: int | None = None) -> bool:
    """Is the region mention at ``start`` the subject of its clause (not inside a name)?

    >>> t = "1—6月份,平鲁区社会消费品零售总额;加快推进晋北地区朔州高原风沙源项目"
    >>> is_subject(t, t.index("平鲁区")), is_subject(t, t.index("朔州"))
    (True, False)
    >>> t = "在孝义,搭载…;在山西省率先实现"
    >>> is_subject(t, 1), is_subject(t, t.index("山西省"))
    (True, False)
    >>> is_subject("说话间,天津来的一名女顾客挑好了汉服", 4)
    False
    >>> is_subject("在平均海拔超5000米的西藏自治区那曲市双湖县,农行…", 12)
    True
    """
    if end is None:
        end = start + _region_len(text, start)
    m = _NAMED_ITEM.match(text, end)
    if m and _region_len(text, m.end()) and not _region_len(text, end):
        return False      # 延安苹果、汉中中药材入选…: names of products, not places
    if _LISTED_ITEM.match(text, end):
        return False      # 苍梧、昭平等10个县区通了高速公路: items of a list, not the subject
    if _ORIGIN_AFTER.match(text, end):
        return False      # 天津来的一名女顾客: where someone comes from, not the subject
    if _ORDER_AFTER.match(text, end):
        return False      # 广东之后,直辖市重庆有12个区…: the place the next one comes after
    if start == 0 or text[start - 1] in ",;:。!? ()”\"":
        return True       # (广东地区 4013 亿元、深圳市 665 亿元): a bracket's own subject
    if _CLASS_LEAD.search(text, max(0, start - 12), start):
        return True       # 直辖市重庆有12个区…, 第四经济大省浙江共有11个区…: the place after its class
    if _ITEM_LEAD.fullmatch(text, max(0, start - 3), start) or _ITEM_LEAD.fullmatch(text, 0, start):
        return True       # 一是广东地区 235 亿元…。二是深圳市 117 亿元: a list item's subject
    if text[start - 1] == "的" and text[start + _region_len(text, start):][:1] == "," \
            and _DESCRIBED.search(text, 0, start - 1):
        return True       # 被誉为“世界工厂”的东莞,2021年GDP为…: the subject, described
    if text[start - 1] == "的" and _SCENE_DESCRIBED.search(text, max(0, start - 20), start):
        e = end
        while (n := _region_len(text, e)):
            e += n
        if text[e:e + 1] in (",", "，"):
            return True   # 在平均海拔超5000米的西藏自治区那曲市双湖县,…: the scene the clauses
            #               after it are set in, described
    if text[start - 1] == "的" and text[end:end + 1] in ("则", "却", "也") \
            and _CONTRAST_DESCRIBED.search(text, max(0, start - 16), start):
        return True       # …150.10万户,而同属中部地区的西安则达到250.47万户: the place set against
    if text[start - 1] == "的" and _RANKED_LEAD.search(text, max(0, start - 16), start):
        return True       # 排名第一的义乌市人均可支配收入为…, 即便是排名第10位的余姚市: the place ranked
    if text[start - 1] == "、" and _FIGURE_END.search(text, 0, start - 1):
        return True       # 福州市1200亿元、厦门市1300亿元: a list of places with their figures
    if text[max(0, start - 2):start] in ("其中", "同时", "此外", "另外") or \
            (text[start - 1] in "而但" and (start == 1 or text[start - 2] in ",;:。!? ")):
        return True       # 其中福州市…, …,而厦门市…
    if text[start - 1] in "仅单光只" and (start == 1 or text[start - 2] in ",;:。!? "):
        return True       # 仅西安从事软件行业的人数就超过30万人: the one place singled out
    if text[start - 1] == "以" and text.startswith("为例", end) \
            and (start == 1 or text[start - 2] in ",;:。!? 再就"):
        return True       # 再以苏州为例,其2019年的人口…: the example is what follows is about
    if text[start - 1] == "在" and not _COMPARATIVE.match(text, start + _region_len(text, start)):
        adv = _ADVERB_AT.search(text, max(0, start - 3), start - 1)
        j = adv.start() if adv else start - 1
        if (j == 0 or text[j - 1] in ",;:。!? 单仅只光") \
                and (adv is None or _FIGURE_IN_CLAUSE.match(text, end)):
            return True   # 在孝义,…: a place opening the clause (not 在山西省率先…); after an
            #               adverb, of the clause's own figure (已在辽宁钢铁主产地建设了5个核心基地;
            #               not 已在北京、上海、深圳等地开展试点,28个项目…: where a thing was done)
        ag = _AGENT_BEFORE_AT.search(text, max(0, start - 15), start - 1)
        if ag and text[end:end + 1] not in "、和及与" and _FIGURE_IN_CLAUSE.match(text, end) \
                and not _region_len(text, end) \
                and not any(_region_len(text, i) for i in range(ag.start(), start - 1)):
            return True   # 铁塔公司协同电信运营商在浙江新建站址1083个: where the clause's
            #               figure was made, after who made it (not 宁波在全国市场占有率…: a
            #               place is the subject already)
    if not any(e == start for _, e, _ in periods(text[:start])):
        return False
    # 自2020上半年重庆GDP反超广州后,…: a place after the period of a time clause is not the subject
    return not (_ADVERBIAL.search(text, 0, start) and _ADVERBIAL_END.match(text, end))


# who a figure is about when that is not a place: a company, a ministry, a park, opening its
# clause (not a source: 据国家统计局, 国家统计局数据显示)
_ORG_TAIL = data.ORG_TAIL        # subjects.yaml: 集团, 公司, 证券, 高新区 …


@functools.cache
def brands() -> tuple[str, ...]:
    """Organisations the texts name with no tail that says what they are (万科, 保利发展, 南钢,
    国家铁路: ``data/companies.txt``), longest first.

    >>> b = brands(); "万科" in b and b.index("万科A") < b.index("万科")
    True
    """
    return tuple(sorted({ln.split("=")[0].strip() for ln in lexicon.lines("companies.txt")},
                        key=lambda w: (-len(w), w)))


# a name the texts write for an organisation reported by its own (全路 = 国家铁路)
_BRAND_AS = {a.strip(): b.strip() for a, _, b in
             (ln.partition("=") for ln in lexicon.lines("companies.txt")) if b.strip()}


def word_alternation(words: Sequence[str]) -> str:
    """A regex matching any of ``words`` (the longest where several fit), its alternatives
    factored by their first characters: ``re`` tries only the branch of the character it stands
    on, not every word.

    >>> rx = re.compile(word_alternation(["万科", "万科A", "保利", "保利发展", "南钢"]))
    >>> [rx.match(t).group() for t in ("万科A从下跌", "万科市值", "保利发展发布", "南钢实现")]
    ['万科A', '万科', '保利发展', '南钢']
    """
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(c) + build(node[c]) for c in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body
    return build(trie) or "(?!)"


# a brand (companies.txt) with the tail or the model written right after it (东方财富证券,
# 哈弗H6, 特斯拉Model Y), the whole subject unless a list goes on (碧桂园、金地都是…: both) or
# a second brand follows (奥迪一汽新能源: a product's name); not a loan's kind after a bank
# (工行公司类贷款余额: 工行's) nor a trade the name opens (中国银行业: the banking industry)
_BRAND = word_alternation(brands())
_BRAND_NAME = (rf"(?>{_BRAND}(?:证券|集团|公司(?!类)|股份|银行|汽车|地产|控股)?"
               r"(?:[A-Z][A-Za-z0-9-]*(?: [A-Z0-9][A-Za-z0-9]*)?)?)")
_BRAND_NEXT = rf"(?![、和与及]|业(?!务|绩)|{_BRAND})"
# a bank a later 该行 refers back to, named at a clause's start whether or not a figure follows
# (建设银行上海市分行联动建信财险…。…该行于今年初发放1000万元贷款; 中行境外机构已覆盖…): a bank of
# companies.txt, with its branch
_NAMED_BANK = re.compile(r"(?:^|(?<=[\n,;:。!?“”，；：！？]))"
                         rf"(?P<name>{_BRAND}(?:[\u4e00-\u9fff]{{2,8}}?[分支]行)?)")


def named_banks(text: str) -> list[tuple[int, str]]:
    """The banks ``text`` names at a clause's start, in text order: (start, name as its full
    name, its branch kept).

    >>> named_banks("经过调研,建设银行上海市分行联动建信财险落地了保险。据介绍,中行境外机构已覆盖")
    [(5, '建设银行上海市分行'), (30, '中国银行')]

    A branch is named as written (农行陕西渭南分行, not 农业银行陕西渭南分行):

    >>> named_banks("在石羊农业集团,农行陕西渭南分行为企业量身打造了专项产品")
    [(8, '农行陕西渭南分行')]
    """
    out = []
    for m in _NAMED_BANK.finditer(text):
        name = m.group("name")
        brand = _IS_BRAND.match(name)
        if brand is not None and brand.end() < len(name) and not name.endswith("行"):
            continue
        head = _BRAND_AS.get(brand.group() if brand else name, "")
        full = head if head and brand and brand.end() == len(name) else name
        if full.endswith("行") and ("银行" in full or head.endswith("银行")):
            out.append((m.start("name"), full))
    return out


_IS_BRAND = re.compile(_BRAND_NAME)     # (a brand's model may hold a digit: 哈弗H6)
# the banks of companies.txt (建设银行, 农行 = 农业银行): a branch may be written after them
_BANK_BRAND = word_alternation([b for b in brands()
                                if b.endswith("银行") or _BRAND_AS.get(b, "").endswith("银行")])
_BANK_BRANCH = rf"{_BANK_BRAND}(?:(?![各在的和与及、])[\u4e00-\u9fff]){{2,8}}?[分支]行(?![业长])"
_IS_BANK_BRANCH = re.compile(_BANK_BRANCH)
_BRAND_IN_TITLE = re.compile(_BRAND_NAME)
_BRAND_HINT = re.compile(_BRAND)
_NATION_OPERATOR = re.compile(data.NATION_ORG)
_NATIONAL_BANK = re.compile(data.NATIONAL_BANK)
_INDUSTRY_SET = re.compile(data.INDUSTRY_SET)
# the companies an association counts, written as the frame of the clause after it (在中钢协重点
# 统计企业中,有95%的企业将数字化转型…): the subject of its figures
_SET_FRAME = re.compile(rf"在(?P<org>{data.INDUSTRY_SET})(?:中|里|当中),")
_IN_CHINA = re.compile(r"在(?:华|中国|国内)")
# what a subject does next: a figure's verb or metric (国铁集团完成…, 某公司营业收入…)
_ORG_NEXT = (r"(?:\([^()]{0,40}\))?"     # 市级(含市属开发区,下同)一般公共预算收入…
             r"(?:(?<=级)\d|"               # 其中,市本级49.48亿元,区级10.87亿元
             # a budget level before an item it spends or takes in (市本级公务接待费支出同比下降27%)
             r"(?<=级)[\u4e00-\u9fff]{1,8}?(?:支出|收入)|"
             # a port or a park with its figure right after (秦皇岛港5500大卡…, 若尔盖国家公园12项
             # …: subjects.yaml ``next_figure``), not a berth's class (铁山港20万吨级泊位)
             + "".join(f"(?<={re.escape(w)})\\d(?![\\d.]*万?吨级)|" for w in data.ORG_NEXT_FIGURE) +
             r"(?:(?:,?在?(?:\d{4}年|今年|去年|全年|上半年|前三季度|[一二三四]季度|\d{1,2}[—–\-~至]\d{1,2}月)"
             r"(?:全年|上半年|前三季度|[一二三四]季度)?"     # 东风公司今年上半年销售汽车150.5万辆
             rf"(?:份)?,?)?的?)?(?:{data.ORG_NEXT}))")   # (北部生态发展区前三季度的GDP增速,
#                                                             丝筘公司的产值也从…)
def _top_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (not inside a group or a class)."""
    out, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":           # a class: to its closing ] (one right after [ or [^ is a member)
            i += 1
            if pattern[i:i + 1] == "^":
                i += 1
            if pattern[i:i + 1] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


# an alternative's opening: a lazy run of a class (班列's name, 指数's), lookbehinds, a character
_RUN_FIRST = re.compile(r"(?:\(\?:)?\[((?:\\.|[^\]\\])+)\]\{([01]),\d+\}\?")
_BEHIND_FIRST = re.compile(r"((?:\(\?<[=!](?:\\.|\[(?:\\.|[^\]\\])+\]|[^()\\\[])*\))+)([^\\()\[\]|.*+?{}^$])")
_BEHIND = re.compile(r"\(\?<[=!](?:\\.|\[(?:\\.|[^\]\\])+\]|[^()\\\[])*\)")
# an alternative opening with a class of plain characters (no range, escape or negation) and
# not repeated ([谷城港湾廊]”…), or with a group of plain characters only ((?:班列)\()
_CLASS_FIRST = re.compile(r"\[([^\]\\^\-\[]+)\](?![*+?{])")
_GROUP_FIRST = re.compile(r"\(\?:([^\\()\[\]|.*+?{}^$]+)\)(?![*+?{])")


def char_first(pattern: str) -> str:
    """``pattern`` for a yes/no search (``bool(p.search(t))`` only: spans differ), each top-level
    alternative rewritten to open with a character, so that ``re`` skips in C to where one may
    start: a lazy run of a class opening it is dropped ([…]{0,6}?班列: 班列 is there iff it is) or
    read behind (X{1,10}?指数: 指数 after an X), and a lookbehind before a character is read after
    it ((?<!国有)控股: 控(?<!国有控)股). An alternative of another form is kept as written."""
    out = []
    for alt in _top_alternatives(pattern):
        m = _RUN_FIRST.match(alt)
        if m:
            rest = alt[m.end():]
            if alt.startswith("(?:"):
                rest = "(?:" + rest
            alt = rest if m.group(2) == "0" else f"(?<=[{m.group(1)}])" + rest
        m = _BEHIND_FIRST.match(alt)
        if m:
            c = m.group(2)
            behind = _BEHIND.sub(lambda b, c=c: b.group()[:-1] + re.escape(c) + ")", m.group(1))
            alt = c + behind + alt[m.end():]
        m = _CLASS_FIRST.match(alt)
        if m:             # [谷城港湾廊]”…: one alternative per character (谷”…|城”…|…)
            out += [re.escape(c) + alt[m.end():] for c in m.group(1)]
            continue
        m = _GROUP_FIRST.match(alt)
        if m:             # (?:班列)\(: 班列\( (the group holds one run of characters)
            alt = m.group(1) + alt[m.end():]
        out.append(alt)
    # (an alternative that opens with a class or a group, even one, leaves ``re`` no set of
    # first characters for the whole search: every position then tries every alternative;
    # with all of them opening with a character it skips in C to where one stands, ≈ 5×
    # faster over the seed mix's sentences: docs/performance.md, twenty-first round)
    return "|".join(out)


# (every alternative opens with a character, not a class: ``re`` skips in C to where one stands)
_QUOTED_NEXT = rf"(?:聚集|集聚|{data.ORG_NEXT})"
_ORG_HINT = re.compile(_ORG_TAIL + rf"|(?:{data.BRACKETED_NAME})\(|[谷城港湾廊]”{_QUOTED_NEXT}" + r"|该行|部|委|厅|局|署|本级|省直|市直|州直|县直|区直|旗直|盟直|属企业|属国有企业|协重点|协会重点"
                       + "|" + data.MARKET_INDEX
                       # (a budget level 市级 before a bracket, its figure or a budget's name;
                       # each alternative opens with a character: ``re`` skips in C to it)
                       + "".join(f"|{c}级(?=\\(|\\d|一般|政府性|国有资本|社会保险|地方|安排|收入|支出)"
                                 for c in "市州县区旗盟"))
# (its truth only is read: the alternatives added since that open otherwise, 控股 after no 国有,
# …班列(, …指数, rewritten to open with a character: the search ≈ 10× faster)
_ORG_HINT_WRITTEN = _ORG_HINT
_ORG_HINT = re.compile(char_first(_ORG_HINT.pattern))
_LIST_MARKER = re.compile(data.LIST_MARKER)
# a park written alone is the document's park: 高新区 → 楚雄高新区 where the text writes that
_PARK = re.compile(rf"(?:{data.ORG_PARK})$")
_ZONE = re.compile(rf"(?:{data.ORG_ZONE})$")
_BUDGET_LEVEL = re.compile(data.BUDGET_LEVEL)
_BACK_REF = re.compile(r"该(?:公司|集团|企业|银行|行(?!业))")
# a company's registered name (its place may stand in brackets: 卧安机器人(深圳)股份有限公司)
_REGISTERED = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")    # (该行: a bank, not 该行业)
_BRACKETED = re.compile(rf"(?:{data.BRACKETED_NAME})\((?P<place>[\u4e00-\u9fff]{{2,6}})\)")
# a stock index (上证指数, 恒生科技指数, 科创50: subjects.yaml ``market_index``)
MARKET_INDEX = re.compile(data.MARKET_INDEX)
_CLAUSE_START = re.compile(r"[,;:。!? ]")
_WORLD_WIDE = re.compile(r"全球|世界|海外|境外|国际")
# a work's title opening a clause, then what it drew or made (《哪吒2》以159.49亿元的全球票房成为…,
# 年初,《哪吒2》吸引了3.24亿观影人次): the work is its figures' subject (not a document's title:
# 《规划》提出…)
_WORK_SUBJECT = re.compile(r"(?:^|(?<=[,;:。!? ]))(《[^《》,;:。!?\d]{1,12}\d?》)"
                           r"(?=以[\d一二三四五六七八九十]|吸引了?|斩获|收获|累计票房|票房|观影人次)")
# the whole they are counted in and how many they are, before the organisations (全国169家
# 国家级高新区预计…, 全省地方国企资产总额…)
_ORG_COUNTED = re.compile(r"(?:全国|全省|全市|全区|全县)(?:\d+(?:个|家|所|座))?|\d+(?:个|家|所|座)")
# a word joining a clause to the one before, before its subject (而万科为3940亿元)
_ORG_JOIN = re.compile(r"""(?:而且|而|但是|但|彼时|实际上|截至目前|目前|预计),?
                          # an example's lead (拿上汽通用五菱来说,…联合超50家企业…; 以万科为例,…):
                          # the organisation the clauses after it are about
                          |(?:拿|以)(?=[^,;:。!?]{2,20}?(?:来说|为例),)
                       """, re.VERBOSE)
_ORG_JOIN_FIRST = frozenset("而但彼实截目预拿以")
# a descriptor before a registered name (牵头研发企业中科卫星(广西)科技有限公司: subjects.yaml
# ``descriptor``)
_ORG_DESCRIPTOR = re.compile(data.ORG_DESCRIPTOR)
ORG = re.compile(
    r"“?(?:其中|同时|此外|另外)?,?"
    # a word referring back to a bank named before (named_banks), opening a clause with a
    # figure, whatever comes between (该行于今年初发放1000万元贷款, 该行在共建…国家…超过1400个)
    r"(?P<org>该(?:银行|行(?!业))(?=[^,;。]{0,30}?\d)|"
    r"(?:该(?:公司|集团|企业)(?=[^,;。]{0,20}?\d)|"     # 该公司利息净收入…9.6亿元
    rf"(?:(?:{data.ORG_STANDALONE})(?![\u4e00-\u9fff]{{0,6}}?(?<!社会)(?:{_ORG_TAIL}))|"   # (市本级社会保险基金…)
    rf"[\u4e00-\u9fffA-Za-z0-9·()]{{2,20}}?(?:{_ORG_TAIL})|"
    r"[\u4e00-\u9fff]{1,12}[\u4e00-\u9fff](?<![东西南北中内全外大总本各局])(?:部|委|厅|局|署))"
    rf")(?={_ORG_NEXT})|"
    # a company's registered name opening its clause, whatever follows (抚顺新钢铁有限责任公司
    # 吨钢成本持续下降,物流效率提升50%): a name that can be nothing but the subject
    r"[\u4e00-\u9fffA-Za-z0-9·()]{2,24}?(?:股份有限公司|有限责任公司|有限公司)(?=[\u4e00-\u9fff])|"
    # a name with its operator's place in brackets (中欧班列(西安)稳定开行18条国际线路)
    rf"(?:{data.BRACKETED_NAME})\([\u4e00-\u9fff]{{2,6}}\)(?=[\u4e00-\u9fff])|"
    # a stock index opening its clause with its move (上证指数跌0.4%报2837.43点, 科创50跌0.46%)
    rf"(?:{data.MARKET_INDEX})(?={data.INDEX_MOVE}(?:逾|超)?[\d.])|"
    # a zone's quoted byname opening its clause before its verb (全年“材料谷”聚集规上企业525家,
    # 实现营业收入1799.92亿元; “中国V谷”, “光谷”): the subject of its figures (not a quoted kind of
    # goods or spending: “新三样”出口…, “三保”支出…)
    rf"“[\u4e00-\u9fffA-Za-z0-9+·]{{1,9}}[谷城港湾廊]”(?={_QUOTED_NEXT})|"
    # a bank's branch opening its clause, named as written (农行西藏分行农户贷款已覆盖…, 建设银行
    # 上海市分行发放…): the branch's figures, not the bank's (its place, not a list or 各分行)
    rf"{_BANK_BRANCH}|"
    rf"{_BRAND_NAME}{_BRAND_NEXT})")     # 万科市值2578亿, 保利只有875亿: a brand opening its clause
# not a name: a verb, a conjunction or a pronoun in it (抢抓…示范区, 县医疗集团先后与北京大学)
_ORG_NOT = re.compile(
    r"^(?:据|根据|经|由|从|向|对|与|和|同|比|按|以|为|受|被|在|把|将|让|使|已|要|该|这|那|其他|"
    r"各|一批|抢抓|深化|进一步|完善|落实|新建|改建|加强|获批|利用|依法|作为|此次|接受|推进|实施|"
    r"加快|支持|鼓励|引导|依托|围绕|通过|坚持|持续|全面|积极|大力|着力|努力|不断|重点|主要|继续|"
    r"建设|打造|引进|培育|组织|开展|完成|实现|新增|累计|有(?![色限])|(?:沿海|内河)(?=港))"
    r"|与|和|及|暨|、|占|先后|分别|全市|全省|全县|全区|我市|我省|我县|我区|\d")


# a source or a speaker before the subject: 数据显示,上半年,某公司…
_SOURCE_LEAD = re.compile(r"^[^,;。]{0,12}?(?:显示|表明|介绍|指出|称|了解到|获悉),")
SOURCE_LEAD = _SOURCE_LEAD
# the topic a sentence opens with before its subject: 销售额方面,保利…
_TOPIC_LEAD = re.compile(r"^[^,;。]{1,10}方面,")


_NATION_TITLE = re.compile(data.NATION_TITLE_AFTER)
_JOINER = re.compile(data.PLACE_JOINERS)
_PLACE_IN_NAME = re.compile(data.PLACE_IN_NAME)
_COMPANY_IN_NAME = re.compile(data.COMPANY_IN_NAME)
# a region of several places opening a longer name (长三角生态绿色一体化发展示范区, 京津冀协同
# 发展): not the subject (中部六省GDP总量, 南疆五地州地区生产总值 are)
_NAME_GOES_ON = re.compile(rf"[\u4e00-\u9fff]{{0,12}}?(?:{data.GROUP_NAME_TAIL})")
# a share written before a place: the place is the base of the next share (占北京市的60%,全国的)
_SHARE_LIST = re.compile(r"占[^,;:。!?]{1,12}的[\d.]+%[,、]$")
_EACH = re.compile(r"分别|各自|依次|分列")    # 分别: each place its own figure


def opens(text: str, start: int) -> bool:
    """Does ``text`` open with what starts at ``start`` (after at most a period: 2023年,…)?"""
    head = _TOPIC_LEAD.sub("", _SOURCE_LEAD.sub("", text[:start])).rstrip(", ")
    if head and _LIST_MARKER.fullmatch(head):
        return True       # 1.市本级完成…, (2)高新区…: a list item's subject
    if head.startswith("“"):  # a quote opening the sentence (“目前,伊利已开发超800个智能体。)
        lead = PERIOD.match(text, 1)
        return head == "“" or (lead is not None and not text[lead.end():start].strip(", "))
    return not head or bool(PERIOD.fullmatch(head))


def organisations(text: str) -> list[tuple[int, int, str]]:
    """Subjects that are not places, opening a clause: (start, end, name).

    >>> [o for _, _, o in organisations("中国国家铁路集团有限公司完成旅客发送量36.8亿人;据国家统计局,全国…")]
    ['中国国家铁路集团有限公司']
    >>> [o for _, _, o in organisations("2023年,商务部实现…,西部地区增长,国家统计局数据显示")]
    ['商务部']
    >>> organisations("抢抓国家全域旅游示范区建设机遇,完成临汾机场周边整治28.1万平方米")
    []
    """
    works = [(w.start(1), w.end(1), w.group(1)) for w in _WORK_SUBJECT.finditer(text)] \
        if "《" in text else []
    if not _ORG_HINT.search(text) and not _BRAND_HINT.search(text):
        return works    # (apart: the brands in the hint's alternation slow it tenfold)
    out = list(works)
    lead = _LIST_MARKER.match(text)
    for st in [lead.end() if lead else 0] + [m.end() for m in _CLAUSE_START.finditer(text)]:
        if text.startswith("在", st) and (framed := _SET_FRAME.match(text, st)):
            out.append((framed.start("org"), framed.end("org"), framed.group("org")))
            continue      # 在中钢协重点统计企业中,有95%的企业…: the set the share is over
        m = ORG.match(text, st)
        if not m:
            joined = _ORG_JOIN.match(text, st) if text[st:st + 1] in _ORG_JOIN_FIRST \
                else None                           # 而万科为3940亿元, 彼时万科市值2578亿
            if joined:
                st = joined.end()
                m = ORG.match(text, st)
        if not m:
            lead_period = PERIOD.match(text, st)     # 2025年市直一般公共预算收入…
            at = lead_period.end() if lead_period else st
            if lead_period and text.startswith(("时", "以来"), at):
                at += 1 if text[at] == "时" else 2  # 2020年末时保利…, 去年3月以来万科股价…
            m = ORG.match(text, at) if lead_period and not _CLAUSE_START.match(text, at) \
                else None
            if not m:
                continue
        os_, org = m.start("org"), m.group("org")
        lead_period = PERIOD.match(org)
        if lead_period and lead_period.end() < len(org) - 1:
            os_, org = os_ + lead_period.end(), org[lead_period.end():]   # 上半年东方财富证券
        described = _ORG_DESCRIPTOR.match(org) if org.endswith("有限公司") else None
        if described and len(org) - described.end() >= 8:
            os_, org = os_ + described.end(), org[described.end():]   # 牵头研发企业中科卫星…
        counted = _ORG_COUNTED.match(org)
        if counted and counted.end() < len(org) - 1:
            if _PARK.fullmatch(org, counted.end()):
                continue          # 全市开发区达到6个: the city's parks, not one park
            os_, org = os_ + counted.end(), org[counted.end():]   # 全国169家国家级高新区
        if _BACK_REF.fullmatch(org) or not _ORG_NOT.search(org) or _IS_BRAND.fullmatch(org) \
                or _IS_BANK_BRANCH.fullmatch(org) \
                or MARKET_INDEX.fullmatch(org):      # (科创50: a number in the index's name)
            out.append((os_, m.end("org"), _BRAND_AS.get(org, org)))
    return sorted(out) if works else out


def _joinable(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Was the line break between sentences ``a`` and ``b`` put there by the page layout?"""
    gap = text[a[1]:b[0]]
    if "\n" not in gap:
        return False
    piece = text[a[0]:a[1]]
    nxt = text[b[0]:b[0] + 1]
    if piece[-2:-1].isdigit() and piece[-1:] in ":∶:" and nxt.isdigit():
        return True       # a ratio the column wraps: 6.0:\n54.8:39.2
    if not piece or piece[-1] in _END or _NO_JOIN_TAIL.search(piece):
        return False
    if nxt in "#【—-" or not nxt:
        return False
    line_start = a[0] == 0 or text[a[0] - 1] == "\n"
    if line_start and len(piece) <= 30 and _NUMBERED_PART.match(piece):
        return False      # 一、工业稳定增长,企业利润增长较快: a numbered part's heading
    if _DATE_LINE.fullmatch(piece.strip()) or _DATE_LINE.fullmatch(text, b[0], b[1]):
        return False      # a dateline (2017-05-15 10:13:16) is a line of its own
    if piece[-1].isdigit() or piece[-1] == ".":
        return True
    return ("," in piece or "," in piece or "、" in piece or len(piece) >= 22 or not line_start)


def article_lookup(spans: list[tuple[int, int]], fallback: int | None = None):
    """``art_of(pos)``: the innermost article holding ``pos`` (the shortest; of equal ones the
    first: a caption inside a page belongs to the caption), else ``fallback`` (by default the
    last article, 0 if none).

    One sweep over the span boundaries gives the answer for each stretch between two of them,
    so a lookup is one bisection (articles can nest: a linear scan per unit grew with both).

    >>> f = article_lookup([(0, 100), (10, 20), (10, 20), (50, 60), (120, 130)])
    >>> [f(p) for p in (0, 10, 19, 20, 55, 60, 110, 125, 500)]
    [0, 1, 1, 0, 3, 0, 4, 4, 4]
    """
    if fallback is None:
        fallback = max(0, len(spans) - 1) if spans else 0
    bounds = sorted({x for sp in spans for x in sp})
    by_start = sorted(range(len(spans)), key=lambda k: spans[k][0])
    active: list[tuple[int, int, int]] = []     # (length, index, end): the innermost on top
    inner: list[int] = []                       # inner[i]: the article of [bounds[i], bounds[i + 1])
    j = 0
    for b in bounds:
        while j < len(by_start) and spans[by_start[j]][0] <= b:
            k = by_start[j]
            heapq.heappush(active, (spans[k][1] - spans[k][0], k, spans[k][1]))
            j += 1
        while active and active[0][2] <= b:
            heapq.heappop(active)
        inner.append(active[0][1] if active else fallback)

    def art_of(pos: int) -> int:
        i = bisect.bisect_right(bounds, pos) - 1
        return inner[i] if i >= 0 else fallback
    return art_of


def units(text: str, sentences: list[tuple[int, int]],
          articles_spans: list[tuple[int, int]], narrow: bool = False) -> list[Unit]:
    """Sentences joined across layout line breaks, with article and paragraph numbers.
    ``narrow``: the text is width-normalised already (``layout.clean``'s text): no full-width
    form is looked for.

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
    pending_art = 0           # the article of pending[0] (found once, as the unit starts)

    art_of = article_lookup(articles_spans)
    # a text with no full-width form needs no test per unit
    fullwidth = not narrow and _FULLWIDTH.search(text) is not None

    def flush():
        nonlocal para
        if not pending:
            return
        if len(pending) == 1:     # one sentence, no layout break inside: a slice and a range
            s, e = pending[0]
            seg = text[s:e]
            if "\n" not in seg and "\r" not in seg:
                if fullwidth and _FULLWIDTH.search(seg):
                    seg = seg.translate(FULLWIDTH)
                out.append(Unit(seg, range(s, e), (s, e), pending_art, para))
                pending.clear()
                return
        chars: list[str] = []
        cmap: list[int] = []
        for s, e in pending:
            seg = text[s:e]
            if "\n" not in seg and "\r" not in seg:
                chars.append(seg)
                cmap.extend(range(s, e))
                continue
            for m in _NO_BREAK.finditer(seg):     # the runs between line breaks
                chars.append(m.group())
                cmap.extend(range(s + m.start(), s + m.end()))
        joined = "".join(chars)
        if fullwidth and _FULLWIDTH.search(joined):
            joined = joined.translate(FULLWIDTH)
        out.append(Unit(joined, cmap, (pending[0][0], pending[-1][1]), pending_art, para))
        pending.clear()

    for sp in sentences:
        # the gap before the sentence (pending[-1] ends at prev_end); _joinable needs a line
        # break in it, so the call is made only then
        gap = text[prev_end:sp[0]] if prev_end is not None else "\n"
        if pending and "\n" in gap and _joinable(text, pending[-1], sp):
            pending.append(sp)
            prev_end = sp[1]
            continue
        flush()
        pending_art = art_of(sp[0])
        if "\n" in gap or (out and pending_art != out[-1].article):
            para += 1
        pending.append(sp)
        prev_end = sp[1]
    flush()
    return out


# a photo's credit closing a line (周  巍摄(影像中国), 记者 张三 摄, 新华社记者  黄博涵摄): that
# line, and a caption sentence printed alone over a credit line, describe the photo, not the
# story's place
_PHOTO_CREDIT = re.compile(r"(?:^|[\s。])(?:(?:本报|新华社|中新社)?记者\s*)?[\u4e00-\u9fff](?:\s{0,2}[\u4e00-\u9fff]){1,3}"
                           r"\s*摄影?(?:[(（][\u4e00-\u9fff]{2,8}[)）])?\s*$")


def without_captions(opening: str) -> str:
    """``opening`` with its photo captions blanked (same length): a line ending in a photo's
    credit, and the line over a line that is a credit alone.

    >>> t = "我国钢材\\n黄石市某公司车间。  周  巍摄(影像中国)\\n黄石市某公司车间。\\n周  巍摄(影像中国)\\n上海宝山,"
    >>> without_captions(t).split()
    ['我国钢材', '上海宝山,']
    >>> without_captions("我国\\n图①:工作人员在安徽省宿州市机房。\\n新华社记者  黄博涵摄\\n基于").split()
    ['我国', '基于']
    >>> without_captions("记者王明摄影技术好,深圳")
    '记者王明摄影技术好,深圳'
    """
    if "摄" not in opening:
        return opening
    lines = opening.split("\n")
    drop = set()
    for i, line in enumerate(lines):
        m = _PHOTO_CREDIT.search(line)
        if m:
            drop.add(i)
            if m.start() == 0 and i and lines[i - 1].rstrip().endswith("。"):
                drop.add(i - 1)   # the caption over its credit line
    return "\n".join(" " * len(x) if i in drop else x for i, x in enumerate(lines))


# a dateline names where the news was written, not what it is about: 新华社北京1月17日电
_DATELINE_AFTER = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日)?\s*(?:电|讯)")


# a place a figure is measured against is not what the article is about: GDP占北京的1/4,
# a national operator opening a clause (中国铁路总公司, 国家铁路: subjects.yaml ``nation_org``)
_NATION_ORG = re.compile(rf"(?:^|(?<=[\n,;:。!?]))(?:{data.NATION_ORG})")
# a national organ (国务院新闻办, 工业和信息化部, 国家外汇管理局: subjects.yaml ``nation_organ``)
_NATION_ORGAN = re.compile(data.NATION_ORGAN)
# a national data column tagging the title (subjects.yaml ``nation_column``)
_NATION_COLUMN = re.compile(data.NATION_COLUMN)
# 增速超过全国, 高于浙江 (the article is about the place it compares, named next)
_BASE_BEFORE = re.compile(r"(?:占|超过|超|高于|低于|比|较|相当于|仅次于)$")


# the end of a list of places: 吉林、上海、山东、广东、河北等地, 等省份, 等城市
_LIST_OF_PLACES_END = re.compile(r"等(?:地|省|市|城市|省份|省市|地区|国家)?")
# one place given as an example of many (上海等多地实行静态管理): not the one the text is about
_EXAMPLE_OF_MANY = re.compile(r"等(?:多|众多|部分|不少|一些)(?:个|座)?(?:地|省|市|城市|省份|省市|地区)")


def listed_places(t: str, ms: list[tuple[int, int, Place]], i: int) -> bool:
    """Is mention ``i`` of ``t`` an item of a list of three or more places closed by 等?"""
    a = b = i
    while a > 0 and t[ms[a - 1][1]:ms[a][0]] == "、":
        a -= 1
    while b + 1 < len(ms) and t[ms[b][1]:ms[b + 1][0]] == "、":
        b += 1
    return b - a >= 2 and _LIST_OF_PLACES_END.match(t, ms[b][1]) is not None


def _glued_list(t: str, urs: list[tuple[int, int, Place]], k: int, before: int) -> int:
    """The last index of a run of places written with no separator from ``k`` and closed by 等
    (武汉佛山厦门等地: three places), or of provinces alone (广东广西近六成: one figure of both),
    else ``k``.

    >>> t = "广东广西近六成"
    >>> _glued_list(t, mentions(t), 0, 4)
    1
    """
    j = k
    while j + 1 < len(urs) and urs[j + 1][0] == urs[j][1] and urs[j + 1][1] <= before:
        j += 1
    if j > k and all(p.level == "province" for _s, _e, p in urs[k:j + 1]):
        return j
    return j if j > k and _LIST_OF_PLACES_END.match(t, urs[j][1]) else k


def nation_remark(t: str, s: int, e: int, p: Place) -> bool:
    """Is the nation mention ``t[s:e]`` 中国经济 in a clause with no figure (可见经历疫情后,中国经济正
    快速复苏): a remark on the country's economy, not the place of the figures around it?"""
    return p.level == "nation" and t[s:e] == "中国" and t.startswith("经济", e) \
        and not _FIGURE_DIGIT.search(t, e, _clause_end(t, e))


def article_place(title: str, opening: str, resolver: Resolver | None = None,
                  article: int = 0) -> Place | None:
    """The place an article is about: its title, else its dateline / first lines.

    >>> article_place("走进县城看发展", "——平鲁区“四个聚集”在全方位推动").name
    '平鲁区'
    >>> article_place("", "新华社北京1月17日电 国家统计局今天发布,全国…") .name
    '全国'
    >>> article_place("", "全年国内生产总值…。分区域看,东部地区生产总值…") is None
    True
    >>> article_place("这个区GDP占北京的1/4", "2021年,海淀区GDP预计为9500亿元").name
    '海淀区'
    >>> article_place("铁路客货创新高", "今年以来,中国铁路总公司…。其中,西安、兰州…").name
    '全国'
    >>> article_place("工业经济向稳向新向优发展", "数据来源:工业和信息化部\\n制造业投资增长7.5%").name
    '全国'
    >>> article_place("畅通经济大动脉  打开发展新空间", "——河北唐山一线观察\\n本报记者").name
    '唐山市'
    >>> article_place("特斯拉打败哈弗H6", "国内车市格局再生变。受疫情影响,吉林、上海、山东、广东、河北等地的成交量都受到影响。") is None
    True
    >>> article_place("南京钢铁集团累计投入超130亿元用于环保提升", "算算南钢的“三本账”") is None
    True
    >>> article_place("上半年我国GDP同比增长2.5%", "二季度以来,上海等多地实行静态管理").name
    '全国'
    >>> article_place("信号越山海  技术惠民生(大数据观察)", "浙江舟山群岛最北端,花鸟岛…。是我国…").name
    '全国'
    >>> article_place("A股半年报长这样", "上半年A股公司营业收入增长31.9%,可见经历疫情后,中国经济正快速复苏") is None
    True
    """
    nation = None
    for t in (title, opening):
        if t is opening and _NATION_COLUMN.search(title or opening[:200]) \
                and ("我国" in opening or "全国" in opening):
            return places_mod.PLACES[places_mod.NATION]   # 技术惠民生(大数据观察) over a scene,
            #   the text turning to the nation's figures (…是我国电信普遍服务…的最新成果之一)
        op = _NATION_ORG.search(t)
        first = op.start() if op else -1
        ms = mentions(t, resolver, article)
        scenes = _scenes(t, ms) if t is opening else ()
        for i, (s, e, p) in enumerate(ms):
            if i in scenes:
                continue              # 上海宝山,宝钢股份冷轧厂,…。\n辽宁鞍山,鞍钢股份…: scenes
                #                       of a story about none of their places
            if 0 <= first < s:
                return places_mod.PLACES[places_mod.NATION]    # 中国铁路总公司…,西安、兰州…
            if _DATELINE_AFTER.match(t, e) or _BASE_BEFORE.search(t, 0, s):
                continue
            if p.level == "nation":   # 全国文明城市…: 全国 only when no place is named
                if t is title or not nation_remark(t, s, e, p):
                    nation = nation or p
                continue
            if p.level == "group" and t is opening:
                continue              # 分区域看,东部地区…: a part the text goes through
            if _COMPANY_IN_NAME.match(t, e):
                continue              # 南京钢铁集团累计投入…: a company's name, not its place
            if t is opening and (listed_places(t, ms, i) or _EXAMPLE_OF_MANY.match(t, e)):
                continue              # 受疫情影响,吉林、上海、山东、广东、河北等地的成交量…: places
                #                       the text goes through, not the one it is about
            return chain_end(ms, i)   # ——河北曹妃甸一线观察: the place under its province
    if nation is None and (_NATION_ORGAN.search(title) or _NATION_ORGAN.search(opening)):
        return places_mod.PLACES[places_mod.NATION]     # a ministry's release names no place
    return nation


# the rest of a scene's first clause after its place (上海宝山,: 宝山 is a short name a text
# naming no evidence for it may leave unresolved): a few characters, no figure, then a comma
_SCENE_CLAUSE = re.compile(r"[\u4e00-\u9fff]{0,8}[,，]")


def _scenes(t: str, ms: list[tuple[int, int, Place]]) -> frozenset[int]:
    """The mentions of the places of scenes in ``t``, an article's opening, when two or more
    lines open on a place and a short clause (上海宝山,宝钢股份冷轧厂,…。\\n辽宁鞍山,鞍钢股份…) in
    different provinces: a story that goes from one scene to another is about none of them.

    >>> t = "记者\\n上海宝山,宝钢股份冷轧厂,成本降低。\\n辽宁鞍山,鞍钢股份的车间。\\n从南到北,我国"
    >>> sorted(_scenes(t, mentions(t)))
    [0, 1, 2]
    >>> t = "记者\\n上海宝山,宝钢股份冷轧厂,成本降低。\\n上海浦东,某公司。"
    >>> sorted(_scenes(t, mentions(t)))
    []
    """
    found: list[list[int]] = []
    provinces = set()
    i = 0
    while i < len(ms):
        s, e, p = ms[i]
        if s and t[s - 1] != "\n" or p.level in ("nation", "group"):
            i += 1
            continue
        k = i
        while k + 1 < len(ms) and ms[k + 1][0] == ms[k][1] and _below(ms[k][2], ms[k + 1][2]):
            k += 1
        c = _SCENE_CLAUSE.match(t, ms[k][1])
        if c is not None:
            found.append(list(range(i, k + 1)))
            provinces.add(ms[k][2].chain[-1].code)
        i = k + 1
    if len(found) < 2 or len(provinces) < 2:
        return frozenset()
    return frozenset(j for f in found for j in f)


# 全市, 我县, 本省 …: the document's place at that level (全国 is a place of its own)
# (the test of the character before is made after the first one, ``(?<![占超比较于].)``: a
# pattern that opens with a character lets ``re`` skip in C to where one stands)
WHOLE = re.compile(r"(?:全|我|本)(?<![占超比较于].)"  # 占全省比重, 高于全市: a comparison, not the subject
                   r"(?:省|市|县|区|州|盟|旗)(?!第|排|级|委|政府|人大|政协)")


def whole_region(level: str, home: Place | None, doc_level: dict[str, str]) -> str | None:
    """全市 / 全省 / 我县 … → the place at that level: the article's place or its ancestor
    whose name ends with the level word, else the document's most mentioned one.

    >>> p = places_mod.PLACES
    >>> whole_region("省", p["230606"], {}), whole_region("市", p["230606"], {})
    ('黑龙江省', '大庆市')
    >>> whole_region("区", p["450100"], {}), whole_region("市", p["110105"], {})
    ('广西壮族自治区', '北京市')
    """
    if home is not None:
        for a in home.chain:
            if a.name.endswith(level):
                return a.name
    got = doc_level.get(level)
    if got:
        return got
    return home.name if home is not None else None


_HEADING_FIGURE = re.compile(r"(?<!第)(?<!\d)\d")
# an article naming this many places outside its own place's line as its clauses' subjects
# compares them (DocPlaces.prepare)
COMPARE_PLACES = 4
_COMPARED_LEVELS = frozenset(("province", "prefecture", "county"))


# a figure that counts places (2个省份GDP超过2万亿元, 8个城市…) is none of the places of a
# level that cannot hold them (not 广东省's: 2个省份; 广东省有3个城市 is)
# (not 12个省市重点工程项目: 省市 names a level of the projects)
# (not sister cities abroad: 国际友城和友好合作关系城市增至254个, 50个友好城市: the city's own)
_COUNTED_PLACES = re.compile(r"(?:\d+|[一二三四五六七八九十两几多]+)个?(?!友好)(省份|城市|地市|县区|区县|县市区)"
                             r"(?!重点|级|更新|项目|建设)")
# …超1万亿元的省份共8个: the count written after the places
_COUNTED_NAMED = re.compile(r"(?<!友好)(?<!关系)(?<!姊妹)(省份|城市|地市|县区|区县|县市区)(?:共有|共|有|达到|达|增至|为)$")
# 辐射至16个省份: the places a network reaches, not places the region holds
_REACH_BEFORE = re.compile(data.REACH_BEFORE)
_COUNTED_LEVEL = {"省份": 1, "城市": 2, "地市": 2, "县区": 3, "区县": 3, "县市区": 3}


_LEVELS: dict[str, str] = {}


def _levels(home: Place) -> str:
    """The level words that end the names of ``home`` and the places over it (县市省)."""
    got = _LEVELS.get(home.code)
    if got is None:
        got = _LEVELS[home.code] = "".join(a.name[-1] for a in home.chain)
    return got


def _under_subject(t: str, urs: list[tuple[int, int, Place]], k: int) -> bool:
    """Is place ``k`` (written right after place ``k - 1``) under that place, the subject
    (单在汕尾海丰县,…: 海丰县, the county of 汕尾; 吉林白山靖宇县: 靖宇县, down a chain of three)"""
    ps, pe, parent = urs[k - 1]
    return _below(parent, urs[k][2]) and (is_subject(t, ps, pe) or (
        k >= 2 and urs[k - 2][1] == ps and _under_subject(t, urs, k - 1)))


# a clause a city opens that says what it did, with no figure (获批国家物流枢纽承载城市,
# 具有全国影响力的科技创新中心加快建设): the clause is the city's, not the clauses after it
_OWN_CLAUSE = re.compile(r"(?:获批|入选|获评|成功|具有|成为|建成|跻身|荣获|被评为|被列为|列入)"
                         r"[^,;。\d]{4,}[,;]|实现全覆盖[,;]"
                         # 元阳阿者科入选世界最佳旅游乡村: a place in the city, then its listing
                         r"|[\u4e00-\u9fff]{2,3}(?:获批|入选|获评|荣获|被评为|被列为|列入)[^,;。\d]{4,}[,;]"
                         # 芜湖中欧班列顺利首开, 蚌埠综合保税区封关运行: the city's thing opened
                         r"|[^,;。\d]{2,12}?(?:顺利|正式|成功)?(?:首开|开通|通车|投运|封关运行|获批设立|揭牌)[,;]"
                         # 滨海新区开发开放龙头作用更加突出: the part's role, said of it alone
                         r"|[^,;。\d]{0,8}?作用(?:更加|更为|日益|持续|不断|进一步)?(?:突出|彰显|凸显|显现|增强|显著)[,;]")


# a heading ranking the items after it (地级市及宁东1—7月投资增速后三名:), as patterns.GROUP_RANK
_RANKED_ITEMS = re.compile(r"[前后][二三四五六七八九十\d]{1,2}名:")


def _joined_end(t: str, urs: list[tuple[int, int, Place]], k: int) -> int:
    """Where the places joined from ``urs[k]`` end (马鞍山、宿州)."""
    end = urs[k][1]
    j = k
    while j + 1 < len(urs) and _JOINER.fullmatch(t, end, urs[j + 1][0]):
        j += 1
        end = urs[j][1]
    return end


def chain_end(urs: list[tuple[int, int, Place]], k: int) -> Place:
    """The place written last in a chain of places each under the one before it, from
    ``urs[k]`` (河北曹妃甸, 安徽省阜阳市: the lower one); when a sibling of it follows glued
    to it, the place over both (浙江宁波舟山港: a port of 宁波 and 舟山, 浙江省).

    >>> t = "安徽省阜阳市的餐饮消费市场"
    >>> chain_end(mentions(t), 0).name
    '阜阳市'
    >>> chain_end(mentions("浙江宁波舟山港以协同促高效"), 0).name
    '浙江省'
    """
    _s, e, p = urs[k]
    while k + 1 < len(urs) and urs[k + 1][0] == e and _below(p, urs[k + 1][2]):
        k += 1
        _s, e, p = urs[k]
    if k + 1 < len(urs) and urs[k + 1][0] == e and _siblings(p, urs[k + 1][2]):
        return places_mod.PLACES[p.parent or places_mod.NATION]
    return p


# a place that sets a scene's site (位于江苏省南京市江宁区的景枫购物中心…门店里, 特色美食街区之
# 一的颍泉区东关美食街内): after 位于 or a description's 的, the site named after it, then 内/里
_SCENE_SITE_LEAD = re.compile(r"(?:位于|坐落于|地处|的)$")
_SCENE_SITE = re.compile(r"""的?[\u4e00-\u9fff]{2,14}?   # the site (景枫购物中心小米之家门店)
                             (?:内|里)(?![\u4e00-\u9fff]{0,2}[0-9０-９])   # inside it (not
                             #                    里 of a distance: 里程100公里)
                          """, re.VERBOSE)


def scene_site(t: str, urs: list[tuple[int, int, Place]], k: int) -> Place | None:
    """The place (the lowest of its chain) of a scene's site that mention ``k`` opens, else
    None: not the subject of its clause, but the place a story's next paragraphs that name
    none are set in.

    >>> t = "春节假期,位于江苏省南京市江宁区的景枫购物中心小米之家门店里顾客盈门。"
    >>> scene_site(t, mentions(t), 0).name
    '江宁区'
    >>> t = "清晨,特色美食街区之一的颍泉区东关美食街内已人声鼎沸。"
    >>> scene_site(t, mentions(t), 0).name
    '颍泉区'
    >>> t = "全省的平均水平,江宁区的增速高于南京市的平均水平。"
    >>> scene_site(t, mentions(t), 0) is None
    True
    """
    s = urs[k][0]
    if k and urs[k - 1][1] == s or not _SCENE_SITE_LEAD.search(t, max(0, s - 3), s):
        return None
    j = k
    while j + 1 < len(urs) and urs[j + 1][0] == urs[j][1] and _below(urs[j][2], urs[j + 1][2]):
        j += 1
    m = _SCENE_SITE.match(t, urs[j][1])
    if m is None or any(c in t[urs[j][1]:m.end()] for c in ",，。;；、"):
        return None
    p = chain_end(urs, k)
    return None if p.level in ("nation", "group") else p


def _shared_parent(urs: list[tuple[int, int, Place]], s: int, e: int) -> str | None:
    """The place over two sibling places that open a name side by side (宁波舟山港: a port of
    宁波 and 舟山, 浙江省's; not 乌鲁木齐天山国际机场, a district under its city: None).

    >>> p = places_mod.PLACES
    >>> _shared_parent([(0, 2, p["330200"]), (2, 4, p["330900"])], 0, 5)
    '浙江省'
    >>> _shared_parent([(0, 2, p["330200"])], 0, 5) is None
    True
    """
    first = next(((pe, p) for ps, pe, p in urs if ps == s and pe <= e), None)
    if first is None:
        return None
    second = next((p for ps, pe, p in urs if ps == first[0] and pe <= e), None)
    a = first[1]
    if second is None or not _siblings(a, second):
        return None
    return places_mod.PLACES[a.parent or places_mod.NATION].name


def _siblings(a: Place, b: Place) -> bool:
    """Two places of one level under one place below the nation (宁波市, 舟山市: 浙江省's)."""
    return a.code != b.code and a.level == b.level and a.parent is not None \
        and a.parent == b.parent and a.parent != places_mod.NATION


def _below(base: Place, p: Place) -> bool:
    """Is ``p`` a place under ``base`` (深圳市 under 广东省)?"""
    return p.code != base.code and any(a.code == base.code for a in p.chain)


_FIGURE_DIGIT = re.compile(r"\d")


def opening_place(text: str, urs: list[tuple[int, int, Place]]) -> Place | None:
    """The place a paragraph's first sentence opens on: its first place, the subject of its
    clause, with no figure before it (前三季度,深圳全市规模以上工业增加值…; 广州的投资同样
    有活力。; 除了工业增速较快,汕尾的投资表现也不错。).

    >>> t = "前三季度,深圳全市规模以上工业增加值同比增长4.8%"
    >>> opening_place(t, mentions(t)).name
    '深圳市'
    >>> t = "全年交通投资845亿元,西安地铁15号线通车运营"
    >>> opening_place(t, mentions(t)) is None
    True

    A person it opens on as a resident of a place is of that place (its chain's end):

    >>> t = "买提卡斯木是新疆和田地区于田县阿甫塔甫勒克库勒村村民,家里种植肉苁蓉近20年。"
    >>> opening_place(t, mentions(t)).name
    '于田县'
    """
    if not urs:
        return None
    s, e, p = urs[0]
    if p.level in ("nation", "group") or _FIGURE_DIGIT.search(text, 0, s):
        return None
    if not is_subject(text, s, e):
        if not _PERSON_IS.fullmatch(text, 0, s):
            return None
        k = 0
        while k + 1 < len(urs) and urs[k + 1][0] == urs[k][1] \
                and _below(urs[k][2], urs[k + 1][2]):
            k += 1
        if not _RESIDENT_OF.match(text, urs[k][1]):
            return None
        return urs[k][2]              # 买提卡斯木是新疆和田地区于田县…村村民: 于田县
    return p


# a person opening a paragraph as a resident of a place (买提卡斯木是新疆和田地区于田县…村村民)
_PERSON_IS = re.compile(r"[\u4e00-\u9fff·]{2,12}是")
_RESIDENT_OF = re.compile(data.RESIDENT_OF)


_COUNT_OF = re.compile(r"(?:\d+|[一两二三四五六七八九十]+)个")


def in_name(text: str, urs: list[tuple[int, int, Place]], k: int) -> bool:
    """Does place ``k`` open a name (乌鲁木齐天山国际机场), alone or joined with the places after it
    (西安、兰州两个铁路局集团公司): an organisation's, not a subject place of its own?

    >>> t = "其中,西安、兰州两个铁路局集团公司增幅较大"
    >>> in_name(t, mentions(t), 0), in_name("其中,西安增幅较大", mentions("其中,西安增幅较大"), 0)
    (True, False)
    """
    j, end = k, urs[k][1]
    while True:
        n = _COUNT_OF.match(text, end)        # 北京4个铁路局集团公司: the places counted
        if _PLACE_IN_NAME.match(text, n.end() if n else end):
            return True
        if j + 1 < len(urs) and _JOINER.fullmatch(text, end, urs[j + 1][0]):
            j, end = j + 1, urs[j + 1][1]
            continue
        return False


def _peer(base: Place, name: str) -> bool:
    """Is ``name`` another place of ``base``'s level (浙江省 beside 湖北省), not one under it?"""
    codes = places_mod.BY_NAME.get(name)
    if not codes or base.level not in _COMPARED_LEVELS:
        return False
    p = places_mod.PLACES[codes[0]]
    return p.level == base.level and p.code != base.code


class DocPlaces:
    """The places of one document: found once, resolved by the evidence of each article (then
    the whole text), with each article's own place (``home``) and the document's most
    mentioned place of each level (for 全市 / 我县 when the article names none)."""

    def __init__(self, text: str, aspans: list[tuple[int, int]], titles: list[str]):
        is_subject.cache_clear()        # (remembered for one document)
        _normalized_period.cache_clear()
        art_of = article_lookup(aspans, fallback=0)    # the innermost article, else 0
        self._raw = places_mod._raw(text)       # the automaton's matches (``prepare`` too)
        found = places_mod.find(text, list(self._raw))
        per: list[list[str]] = [[] for _ in aspans] or [[]]
        arts = []
        for s, _, w in found:
            k = art_of(s)
            per[k].append(w)
            arts.append(k)
        self.resolver = Resolver(surfaces=per)
        self.text = text
        self._parks: dict[str, str] = {}
        self._last_org: tuple[str, str | None] | None = None   # for 该公司 (in text order)
        self._last_org_at = -1            # where (cleaned offset) it was met
        # (article, organisation) → the place under the article's it was first given (上汽通用
        # 五菱 in a paragraph about 柳州市): where it is when named again with no place
        self._org_homes: dict[tuple[int, str], str] = {}
        self._banks: list[tuple[int, str]] | None = None   # for 该行: the banks named (once)
        counts: dict[str, int] = {}
        for (_s, _e, w), k in zip(found, arts):
            p = self.resolver.resolve(w, k)
            if p is not None and p.level not in ("nation", "group"):
                counts[p.name] = counts.get(p.name, 0) + 1
        self.doc_level: dict[str, str] = {}
        for name, _ in sorted(counts.items(), key=lambda kv: -kv[1]):
            self.doc_level.setdefault(name[-1], name)
        # headings: a short line with no figure that opens with a place (福州市上半年经济运行
        # after a part about 平鲁区): the paragraphs under it are about that place
        self.aspans = aspans
        self.headings: list[tuple[int, Place]] = []
        for i, ((s, _e, w), k) in enumerate(zip(found, arts)):
            if s and text[s - 1] != "\n":
                continue
            end = text.find("\n", s)
            line = text[s:end if end >= 0 else len(text)].strip()
            if len(line) > 30 or line[-1:] in "。;,:!?;,:。" or _HEADING_FIGURE.search(line):
                continue          # (an ordinal is no figure: 东莞跻身第24座万亿之城)
            p = self.resolver.resolve(w, k)
            j, e = i, _e
            while p is not None and j + 1 < len(found) and found[j + 1][0] == e:
                q = self.resolver.resolve(found[j + 1][2], arts[j + 1])
                if q is None or not _below(p, q):
                    break
                j, e, p = j + 1, found[j + 1][1], q   # 四川成都:高水平开放…: 成都市, the
                #                                       place under its province (chain_end)
            if p is not None and j + 1 < len(found) and found[j + 1][0] == e:
                q = self.resolver.resolve(found[j + 1][2], arts[j + 1])
                if q is not None and _siblings(p, q):
                    p = places_mod.PLACES[p.parent or places_mod.NATION]   # 浙江宁波舟山港…
            if p is not None:
                self.headings.append((s, p))
        self._hpos = [h[0] for h in self.headings]
        self.home: dict[int, Place | None] = {}
        for k, (s, e) in enumerate(aspans):
            title = titles[k] if k < len(titles) else ""
            self.home[k] = article_place(title or "", without_captions(text[s:min(e, s + 300)]),
                                         self.resolver, k)

    def prepare(self, units: list[Unit]) -> None:
        """Find the places of every unit in one call of ``find`` over their texts joined (not
        one per unit), with the automaton's matches mostly the whole text's (``_joined_raw``)."""
        parts = [u.text for u in units]
        # starts[i]: where unit i's text begins in the joined text (each unit and a "\n")
        starts = [0, *accumulate(len(t) + 1 for t in parts)][:len(parts)]
        joined = "\n".join(parts)
        self._found: dict[int, list[tuple[int, int, Place]]] = {}
        # an article whose clauses open with many places outside its own place's line (news
        # comparing provinces or cities: 15个副省级城市上半年GDP：深圳总量第一, 解码一季度GDP：
        # 江西领跑全国) is about all of them: the place its title names is not its figures'
        # place (its home is dropped)
        seen: dict[int, set[str]] = {}
        lines: dict[int, frozenset[str]] = {}     # the home and its ancestors
        for s, e, w in places_mod.find(joined, self._joined_raw(units, starts)):
            i = bisect.bisect_right(starts, s) - 1      # the unit the mention is in
            u = units[i]
            p = self.resolver.resolve(w, u.article)
            if p is None:
                continue
            s, e = s - starts[i], e - starts[i]
            self._found.setdefault(id(u), []).append((s, e, p))
            if p.level not in _COMPARED_LEVELS:
                continue
            home = self.home.get(u.article)
            if home is None:
                continue
            line = lines.get(u.article)
            if line is None:
                line = lines[u.article] = frozenset(a.code for a in home.chain)
            got = seen.setdefault(u.article, set())
            if not line or p.code in got or p.code in line or len(got) >= COMPARE_PLACES:
                continue          # (the nation's line is empty: a national text compares none)
            if any(a.code == home.code for a in p.chain):
                continue          # a place under the home (its cities, counties)
            if is_subject(u.text, s, e):
                got.add(p.code)
        for k, got in seen.items():
            if len(got) >= COMPARE_PLACES:
                self.home[k] = None

    def _joined_raw(self, units: list[Unit], starts: list[int]) -> list[tuple[int, int, str]]:
        """The automaton's matches over the units' texts joined by line breaks (``starts``:
        where each begins), without searching most of them again. No surface holds a line
        break, so a unit's matches there are those of its text alone; a unit that is a slice
        of the text (most) has the whole text's matches that fall inside it when none crosses
        its edges (the leftmost-longest matches of the slice are then the same ones). The
        other units are searched, joined, in one call."""
        text, raw = self.text, self._raw
        rstarts = [m[0] for m in raw]
        out: list[tuple[int, int, str]] = []
        again: list[tuple[int, int]] = []       # (unit, where its matches go in ``out``)
        bl = bisect.bisect_left
        for i, u in enumerate(units):
            cm = u.cmap
            if type(cm) is range and cm.step == 1 and len(u.text) == len(cm) \
                    and text.startswith(u.text, cm.start):
                s0, e0 = cm.start, cm.stop
                a = bl(rstarts, s0)
                b = bl(rstarts, e0, a)
                if (a == 0 or raw[a - 1][1] <= s0) and (b == a or raw[b - 1][1] <= e0):
                    if b > a:
                        d = starts[i] - s0
                        out += [(s + d, e + d, w) for s, e, w in raw[a:b]]
                    continue
            again.append((i, len(out)))
        if again:
            parts = [units[i].text for i, _ in again]
            at = [0, *accumulate(len(t) + 1 for t in parts)][:len(parts)]
            own: list[list[tuple[int, int, str]]] = [[] for _ in again]
            for s, e, w in places_mod._raw("\n".join(parts)):
                j = bisect.bisect_right(at, s) - 1
                d = starts[again[j][0]] - at[j]
                own[j].append((s + d, e + d, w))
            for (_i, k), ms in zip(reversed(again), reversed(own)):
                out[k:k] = ms           # (from the last: the places before stay where they are)
        return out

    def add(self, units: list[Unit]) -> None:
        """Find the places of units read apart from the bodies (headlines): they count for
        nothing else (not for an article comparing places)."""
        for u in units:
            self._found[id(u)] = mentions(u.text, self.resolver, u.article)

    @property
    def last_org(self) -> tuple[str, str | None] | None:
        """The last subject organisation met (for 该公司), in text order."""
        return self._last_org

    @last_org.setter
    def last_org(self, value: tuple[str, str | None] | None) -> None:
        self._last_org = value

    def _bank_before(self, at: int) -> tuple[str, str | None] | None:
        """The bank named last before ``at`` (cleaned offset) when named after the last
        organisation met with a figure (建设银行上海市分行 named with no figure, then 该行…1000万元),
        with the place its name holds: found in the text once, placed by bisection."""
        if self._banks is None:
            self._banks = named_banks(self.text)
        k = bisect.bisect_left(self._banks, (at, ""))
        if not k or self._banks[k - 1][0] < self._last_org_at:
            return None
        name = self._banks[k - 1][1]
        at_places = [p for _s, _e, p in mentions(name, self.resolver) if p.level != "nation"]
        return name, (at_places[-1].name if at_places else None)

    def unit(self, u: Unit) -> list[tuple[int, int, Place]]:
        """The places a unit names, resolved."""
        found = getattr(self, "_found", None)
        if found is None:
            return mentions(u.text, self.resolver, u.article)
        return found.get(id(u), [])

    def section(self, u: Unit) -> Place | None:
        """The place of the last heading above unit ``u`` in its article (None: the article's
        own place holds)."""
        i = bisect.bisect_right(self._hpos, u.sent_span[0]) - 1
        if i < 0 or not self.aspans:
            return None
        pos, p = self.headings[i]
        a0 = self.aspans[u.article][0] if u.article < len(self.aspans) else 0
        return p if pos > a0 else None      # the title's place is the article's

    def park(self, name: str) -> str:
        """A park written alone (高新区) as the document writes it with its place (楚雄高新区)."""
        if name not in self._parks:
            full = name
            for m in re.finditer(rf"([\u4e00-\u9fff]{{2,4}}?){re.escape(name)}", self.text):
                pre = m.group(1)
                for k in range(len(pre) - 1):
                    if pre[k:] in places_mod.SURFACES:
                        full = pre[k:] + name
                        break
                if full != name:
                    break
            self._parks[name] = full
        return self._parks[name]

    def home_name(self, article: int) -> str | None:
        p = self.home.get(article)
        return p.name if p else None

    def attribute(self, u: Unit, urs: list[tuple[int, int, Place]],
                  orgs: list[tuple[int, int, str]], before: int,
                  first_region: str | None,
                  first_subject: tuple[str, str | None] | None = None,
                  section: Place | None = None,
                  carried: str | None = None,
                  keyed: str | None = None,
                  opened: Place | None = None) -> tuple[str | None, str | None]:
        """(region, subject) of a figure whose name starts at ``before`` in unit ``u``.

        Region: the nearest place opening a clause before the figure (not one a 全市 / 我县
        follows, not an item of a list the figure counts); else 全市 / 我县 … as the
        article's place at that level; else the article's place; else the paragraph's first.
        Subject: a company, ministry or park opening a clause before the figure with no place
        after it; its region is the place in its name, else the region as above. A sentence
        that names no place and no organisation keeps the paragraph's (``first_subject``:
        subject and region). ``section``: the place of the heading above the paragraph, in
        place of the article's (福州市上半年经济运行 after a part about 平鲁区). ``carried``: the
        place of the sentence before when it ended in ';' (杭州GDP8646亿元;两年平均增长7.0%).
        ``opened``: the place the paragraph opened on (``opening_place``): a sentence after it
        that names no place is about it when it lies under the article's place (深圳 in a
        text about 广东省: 前三季度,深圳…。全市37个工业行业大类中,32个行业…; 其中,…分别增长…).
        """
        t = u.text
        region = None
        whole = None      # 全市 / 我县 before the figure (searched when no place opens a clause)
        home = section or self.home.get(u.article)
        small = home is not None and home.level != "nation"
        for k in range(len(urs) - 1, -1, -1):
            if k and urs[k][1] == before and _JOINER.fullmatch(t, urs[k - 1][1], urs[k][0]):
                break     # 新增荆州、孝感、黄冈3个…城市: the places counted, not the subject
            s, e, p = urs[k]
            if e > before or not (is_subject(t, s, e) or (
                    k and urs[k - 1][1] == s and _under_subject(t, urs, k))) \
                    or enumerated(t, e, before) \
                    or _bracketed(t, s, before):
                continue
            if home is not None and p.level == "province" and t[s:e] in places_mod.PARTS \
                    and _below(p, home):
                continue          # (朔州's report) 晋北(朔州)现代煤化工基地…40亿立方米: a part of
                #                   the province holding the article's place, that place's
            if t[before - 1:before] == "等" and _CLAUSE.search(t, e, before):
                continue          # 中卫入选…,“西部数谷”等4个项目入选…: the items counted
            if home is not None and home.level == "province" and _below(home, p) \
                    and _OWN_CLAUSE.match(t, _joined_end(t, urs, k)) \
                    and _CLAUSE.search(t, e, before):
                break             # (a province's report) 马鞍山、宿州获批国家物流枢纽承载城市,新增
                #                   5A级物流企业3家: the cities' own clause, not the figure's (nor
                #                   is a city before it: 合肥…突破千列,芜湖中欧班列顺利首开,港口…)
            if "名:" in t and _CLAUSE.search(t, e, before) and _RANKED_ITEMS.search(t, 0, s):
                break             # 投资增速后三名:…,石嘴山市下降1.3%,宁东下降25.3%: each item of
                #                   a ranked list opens with its own subject (not a place: the home's)
            w = nw = WHOLE.search(t, e, before)
            while nw:     # the nearest before the figure (在粤西地区,…阳江…为全省工业增速最快的
                w, nw = nw, WHOLE.search(t, nw.end(), before)    # 城市,全市两年平均…: 全市)
            if w and w.start() != e and not p.name.endswith(w.group()[-1]):
                continue          # 全市 after the place: the article's (杭州全市: 杭州市); not
                #                   a 全县 after a county (…双湖县,农行西藏双湖支行是全县唯一的
                #                   金融机构,17名员工…: that county's)
            if t[e:e + 1] == "的" and _SHARE_LIST.search(t, 0, s):
                continue          # 约占北京市的60%,全国的37%: the base of a second share
            if small and (p.level == "nation" or (home is not None and _below(p, home))) \
                    and _NATION_TITLE.match(t, e):
                continue          # 全国重点实验室7家, (a city's) 福建名牌农产品32个: a title
            if _PLACE_IN_NAME.match(t, e) or (
                    _JOINER.match(t, e) and k + 1 < len(urs) and urs[k + 1][0] == e + 1
                    and _PLACE_IN_NAME.match(t, urs[k + 1][1])):
                continue          # 乌鲁木齐天山国际机场…投运, 喀什、霍尔果斯经济开发区: a name
            if p.level == "group" and _NAME_GOES_ON.match(t, e):
                continue          # 长三角生态绿色一体化发展示范区…: inside a longer name
            region = p.name
            place_at = s
            joined = [p.name]     # 深圳和广州…都超过1.3万亿元: one figure of both
            j, end = k, e
            glued = _glued_list(t, urs, k, before)    # 武汉佛山厦门等地增速领跑
            while j + 1 < len(urs) and urs[j + 1][1] <= before \
                    and (_JOINER.fullmatch(t, end, urs[j + 1][0]) or j < glued):
                j += 1
                end = urs[j][1]
                if urs[j][2].name not in joined:
                    joined.append(urs[j][2].name)
            if len(joined) > 1 and not _EACH.search(t, end, before):
                region = "、".join(joined)
            break
        if region is None:
            place_at = -1
            whole = WHOLE.search(t, 0, before)
            nxt = WHOLE.search(t, whole.end(), before) if whole else None
            while nxt:    # the nearest before the figure (…为全省工业增速最快的城市,全市两年平均…)
                whole, nxt = nxt, WHOLE.search(t, nxt.end(), before)
            if whole:     # 全市 / 我县: the article's region at that level
                named: list[Place] = []
                if home is None:   # (used only then, or under a home of no such level)
                    named = [p for _s, e, p in urs if e <= whole.start()] or [
                        places_mod.PLACES[c]
                        for c in places_mod.BY_NAME.get(first_region or "", ())[:1]]
                elif whole.group()[-1] not in _levels(home):
                    named = [p for _s, e, p in urs if e <= whole.start()
                             and is_subject(t, _s, e)] or ([opened] if opened else []) or [
                        places_mod.PLACES[c]      # (else the paragraph's first place before)
                        for c in places_mod.BY_NAME.get(first_region or "", ())[:1]]
                region = self.whole(whole.group()[-1], u.article, section, named,
                                    bool(keyed) and t.startswith(keyed or "", whole.end()))
            if region is None:
                base = section or self.home.get(u.article)
                if (base is None or base.level == "nation") and any(
                        e <= before and t[_s:e] == "我国" for _s, e, _p in urs):
                    # (a national story) 作为我国首创的基建新材料,竹缠绕管道…目前已在11个省份
                    # 铺设700余公里: the nation its sentence writes (not as the clause's
                    # subject), not a place a paragraph before carried (我国 only: 全国 is
                    # often the base compared with, 超过18.3%的全国平均水平,占比超过三成)
                    region = places_mod.PLACES[places_mod.NATION].name
                elif first_region and base is not None and (
                        base.level == "nation" or _peer(base, first_region)):
                    region = carried or first_region   # a paragraph about a peer of the
                    #                                    heading's place (浙江省 under 湖北省…),
                    # or a national text's paragraph about one place (2021年昆山市完成地区生产
                    # 总值4700亿元,…。2021年人均GDP达到22.69万元)
                elif opened is not None and base is not None and _below(base, opened):
                    region = carried or opened.name    # the city the paragraph opened on
                else:
                    region = carried or (base.name if base else None) or first_region
        subject = None
        for s, e, name in reversed(orgs):
            bo = max(before, e) if s == before else before   # (a name opening with it:
            #                                                   万科2021年实现合同销售面积…)
            if e <= bo and t[e:e + 1].isdigit() and _CLAUSE.search(t, e, bo) \
                    and not PERIOD.match(t, e):
                continue          # 区级300万元,西易集团自筹资金600万元: the level's own figure only
                #                   (not a period after it: 万科2021年实现…,…达到14.3%)
            if e <= bo and _OWN_CLAUSE.match(t, e) and _CLAUSE.search(t, e, bo):
                break             # 上汽通用五菱入选国家首批领航级智能工厂培育名单,新增…4家:
                #                   the company's own clause, not the figure's
            if e <= bo and t[bo - 1:bo] == "等" and "、" in t[e:bo]:
                break             # 中石化特种纤维、宝丰第二套煤制烯烃…等1700多个新项目: the
                #                   items counted, not the subject
            if e <= bo:
                if place_at < e and not _whole_between(t, e, bo):
                    if _BACK_REF.fullmatch(name):   # 该公司: the organisation named before
                        bank = self._bank_before(u.cmap[s]) if name in ("该行", "该银行") \
                            else None
                        if bank is not None:
                            subject, region = bank
                        elif self._last_org is not None:
                            subject, region = self._last_org
                        break
                    subject = self.park(name) if _PARK.fullmatch(name) else name
                                         # no place opens a clause after the organisation
                    inside = [p for ps, pe, p in urs if ps == s and pe <= e] or [
                        p for ps, pe, p in urs if s < ps and pe <= e
                        and MARKET_INDEX.fullmatch(name)] or [   # 中国台湾加权指数: 台湾省
                        p for ps, pe, p in urs if s < ps and pe < e and t[ps - 1] == "("
                        and t[pe] == ")" and _REGISTERED.search(name)]
                    #     太初(无锡)电子科技有限公司: the city it is registered in, bracketed
                    same = [p for ps, pe, p in urs if ps == s and pe == e]
                    if same and not (same[0].level == "nation" and MARKET_INDEX.fullmatch(name)):
                        #                  滨海新区, 川渝高竹新区: a place, its own region (not
                        #                  上证指数: the nation's index, the subject)
                        subject, region = None, same[0].name
                        break
                    if (bracket := _BRACKETED.fullmatch(name)) is not None:
                        at = mentions(bracket.group("place"), self.resolver, u.article)
                        region = at[0][2].name if at and at[0][1] - at[0][0] == len(
                            bracket.group("place")) else None   # 中欧班列(西安): 西安市;
                        #                                         (成渝): no one place
                    elif _ZONE.search(name):   # 成都平原经济区: the zone spans places
                        region = (section.name if section else self.home_name(u.article)) \
                            or first_region
                    elif inside:         # 福州地铁集团 → 福州市
                        region = _shared_parent(urs, s, e) or inside[0].name
                    elif place_at < 0 and _NATION_ORGAN.fullmatch(name):
                        region = places_mod.PLACES[places_mod.NATION].name
                        #                  国家林草局累计发布37项…, 农业农村部…派出5个工作组: a
                        #                  national organ's figure is the nation's (not a place
                        #                  an earlier scene carried, nor none)
                    elif region == places_mod.PLACES[places_mod.NATION].name and not any(
                            p.level == "nation" for _ps, _pe, p in urs) \
                            and not _NATION_OPERATOR.fullmatch(name) \
                            and not _INDUSTRY_SET.fullmatch(name) \
                            and not _IN_CHINA.search(t, s, bo) \
                            and not (name.startswith("《") and not _WORLD_WIDE.search(
                                t, e, _clause_end(t, e))):
                        # (a work's figure is the market's the text is on: 《哪吒2》吸引了3.24亿
                        # 观影人次; not where its clause says 全球: …以159.49亿元的全球票房)
                        region = None    # (a national home, no 全国 written) an organisation's
                        #                  own figure, not the nation's (a national organ's is:
                        #                  above;
                        #                  but 国家铁路 is the nation's network, and 丰田汽车6月
                        #                  在华销量 is the company's figure in China)
                    works_at = next((k for k, (ps, _pe, _p) in enumerate(urs) if ps == e + 1),
                                    None) if t[e:e + 1] == "在" else None
                    if works_at is not None and urs[works_at][2].level != "nation" \
                            and urs[works_at][1] <= bo:
                        region = chain_end(urs, works_at).name
                        #                  国家电网在浙江宁波新投充电枪300余把: the place it
                        #                  works in, written right after it
                    if place_at < 0 and _NATIONAL_BANK.fullmatch(subject):
                        region = None    # (a county's scene, then) 农业银行普惠型小微企业贷款余额
                        #                  4.4万亿元: a national bank's own figure, no place's
                    below = [places_mod.PLACES[c] for c in places_mod.BY_NAME.get(region or "", ())
                             if small and _below(home, places_mod.PLACES[c])]    # type: ignore[arg-type]
                    if below and (inside or place_at < 0):
                        self._org_homes.setdefault((u.article, subject), below[0].name)
                    elif place_at < 0 and not whole and not inside and not same \
                            and bracket is None:
                        # (a province's story) 在柳州市上汽通用五菱…宝骏基地,…上汽通用五菱…生产
                        # 效率提升30%。\n…拿上汽通用五菱来说,…联合超50家企业: an organisation
                        # the article placed under its place before, named again in a
                        # sentence that names no place: still there
                        region = next((r for (a, name), r in self._org_homes.items()
                                       if a == u.article and subject in name), region)
                    self._last_org = (subject, region)
                    self._last_org_at = u.cmap[s]
                break
        else:
            if place_at < 0 and not whole and first_subject:   # (place_at < 0: searched)
                subject, region = first_subject
        if region and subject is None:
            counted = (None if _REACH_BEFORE.search(t, max(0, before - 4), before)
                       else _COUNTED_PLACES.match(t, before)) \
                or _COUNTED_NAMED.search(t, max(0, before - 6), before)
            codes = places_mod.BY_NAME.get(region) if counted else None
            if codes and places_mod.level_rank(places_mod.PLACES[codes[0]]) >= \
                    _COUNTED_LEVEL[counted.group(1)]:      # type: ignore[union-attr]
                region = None     # 广东省稳居第一;2个省份GDP超过2万亿元: places no 广东 holds
        return region, subject

    def whole(self, level: str, article: int, section: Place | None = None,
              named: Sequence[Place] = (), metric: bool = False) -> str | None:
        home = section or self.home.get(article)
        if level == "省" and home is not None and home.level not in ("province", "nation") \
                and not metric:
            return None   # 全省 in a city's text: 全省…示范村, 超全省平均: not the subject
                          # (but 全省规模以上工业增加值增长7.5%: a keyed metric right after it)
        if home is None:  # an article of no one place: the place its sentence names before
            for p in reversed(named):   # (深圳市统计局公布的数据显示,…全市…: 深圳市)
                got = whole_region(level, p, {})
                if got and got[-1] == level:
                    return got
        elif named and level not in _levels(home):
            for p in reversed(named):   # 全市 in a province's text, after 深圳 / in a paragraph
                if _below(home, p):     # opened on 深圳: 深圳市 (not the most mentioned city)
                    got = whole_region(level, p, {})
                    if got and got[-1] == level:
                        return got
        return whole_region(level, home, self.doc_level)


_PARK_TITLE = re.compile(rf"\s*(?P<head>[\u4e00-\u9fff]{{2,8}}?)(?P<tail>{data.PARK_TITLE_TAIL})\s*")


def park_title(title: str, opening: str) -> str | None:
    """The park an article is about when its title is the park's name alone (柳河开发区): its
    name as the opening writes it in full (柳河经济开发区组建于…), else as the title writes it.

    >>> park_title("柳河开发区", "柳河开发区\\n柳河经济开发区组建于2005年9月"), park_title("柳河县概况", "")
    ('柳河经济开发区', None)
    """
    m = _PARK_TITLE.fullmatch(title)
    if not m:
        return None
    name = title.strip()
    full = next((f.group() for f in re.finditer(
        rf"{re.escape(m.group('head'))}[\u4e00-\u9fff]{{0,4}}?{re.escape(m.group('tail'))}",
        opening) if f.group() != name), None)     # (the opening may repeat the title first)
    return full or name


def company_title(title: str, body: str) -> str | None:
    """The company an article is about when its title names one and only one (解读中海集运半年报,
    算算南钢的“三本账”; not 保利_碾压_万科: two) and its body names it again at least twice: the
    figures the article gives with no other subject and no place are the company's.

    >>> company_title("解读中海集运半年报", "中海集运公布…。上半年,中海集运录得…")
    '中海集运'
    >>> company_title("历史性时刻!保利_碾压_万科", "保利…万科…保利…万科")
    >>> company_title("“券茅”业绩一枝独秀!东方财富证券净利逆市大增", "东方财富证券…东方财富证券")
    '东方财富证券'
    """
    names = {m.group() for m in _BRAND_IN_TITLE.finditer(title)}
    if len(names) != 1:
        return None
    name = names.pop()
    return name if body.count(name) >= 2 else None


def _whole_between(t: str, a: int, b: int) -> bool:
    """Is there a 全市 / 全省 … in ``t[a:b]`` that is a subject, not the peers of a rank
    (沿海经济带东西两翼则是全省经济增长最快的地区,…增幅达到10.6%: the zone's)?"""
    from .patterns import RANK, SUPERLATIVE_RANK
    return any(not (SUPERLATIVE_RANK.match(t, w.start()) or RANK.match(t, w.start())
                    or t[w.start() - 1:w.start()] in _COMPARED_WITH
                    or _REACHED_WHOLE.search(t, max(a, w.start() - 10), w.start()))
               for w in WHOLE.finditer(t, a, b))


_COMPARED_WITH = ("与", "同")     # 收入下降原因与全市情况相同: the whole compared with, not a subject
# the whole an organisation's service reaches, its place written before it (农行西藏分行农户贷款
# 已覆盖西藏全区90%以上的农牧民): the share is the organisation's, the whole no subject
_REACHED_WHOLE = re.compile(data.REACH_BEFORE.removesuffix("$") + r"[\u4e00-\u9fff]{0,6}$")


def whole_subject(t: str) -> bool:
    """Does a sentence name the whole (全市, 全省…) as a subject (2025年全市地方政府债务余额…),
    which ends a budget level's paragraphs (市本级…)?

    >>> whole_subject("2025年全市地方政府债务余额9,907,732万元"), whole_subject("占全市的37%")
    (True, False)
    >>> whole_subject("实际支出963.36亿元,下降3.2%,支出下降原因与全市情况相同。")
    False
    """
    return _whole_between(t, 0, len(t))


def budget_level(subject: tuple[str, str | None] | None) -> bool:
    """Is a paragraph's subject a budget level (市本级, 市直), which later paragraphs keep?"""
    return subject is not None and bool(_BUDGET_LEVEL.fullmatch(subject[0]))


def own_level(region: str | None) -> str | None:
    """The budget level a bare 本级 is in a report on ``region`` (subjects.yaml ``own_level``).

    >>> own_level("唐山市"), own_level("大理白族自治州"), own_level("广西壮族自治区"), own_level(None)
    ('市本级', '州本级', '自治区本级', None)
    """
    if not region:
        return None
    return next((lv for end, lv in data.OWN_LEVEL.items() if region.endswith(end)), None)


# a company a figure is written right after, as its name (主要是东楚集团5880万元、城发集团4900万元)
_NAMED_COMPANY = re.compile(r"(?:主要是|主要为|包括|其中)?([\u4e00-\u9fff]{2,10}?(?:集团|公司|银行|证券))")


def named_company(name: str | None) -> str | None:
    """The company a figure's name is (主要是东楚集团 → 东楚集团), else None.

    >>> named_company("主要是东楚集团"), named_company("城发集团"), named_company("利润收入")
    ('东楚集团', '城发集团', None)
    """
    m = _NAMED_COMPANY.fullmatch(name or "")
    if not m or _ORG_NOT.search(m.group(1)):
        return None
    return m.group(1)


def heading_between(text: str, a: int, b: int) -> bool:
    r"""Does a heading line (short, no figure, no closing punctuation: (二)政府性基金预算收支
    情况) stand between two paragraphs (``text[a:b]``)?

    >>> heading_between("完成。\n(二)政府性基金预算收支情况\n2025年", 3, 19)
    True
    >>> heading_between("完成。\n分项情况如下:\n1.", 3, 12)
    False

    A heading's item number is not a figure (2.政府性基金预算):

    >>> heading_between("2,484,974万元。\n2.政府性基金预算\n全市", 11, 23)
    True
    """
    for ln in text[a:b].split("\n"):
        ln = ln.strip()
        if ln and len(ln) <= 30 and ln[-1] not in "。;,:!?;,:。" \
                and not _HEADING_FIGURE.search(ln, _heading_number_end(ln)):
            return True
    return False


_HEADING_NUMBER = re.compile(r"\d{1,2}[.、．](?=[\u4e00-\u9fff])|[(（]\d{1,2}[)）]")


def _heading_number_end(ln: str) -> int:
    m = _HEADING_NUMBER.match(ln)
    return m.end() if m else 0


_TITLE_SPECIFIC = re.compile(r"季度|月|半年|公报|统计|经济运行|运行情况|运行分析")


_LIST_GAP = re.compile(r"[、和及与]")


# what may come before the period a paragraph opens with (初步测算,全年农林牧渔业总产值…: 全年)
_LEAD_GAP = re.compile(r"(?:刚刚|刚)?(?:过去的)?|在|截至|到|(?:据|经)?初步(?:测算|核算|统计),"
                       # 根据地区生产总值统一核算结果,全年实现…: the source of the figures before it
                       r"|(?:据|经|根据)[^,;。\d]{0,16}?(?:测算|核算|统计)(?:结果|数据)?,")


def leading_period(text: str, ups: list[tuple[int, int, str]]) -> str | None:
    """The period a paragraph opens with (its first sentence's: 一年来,…; 刚刚过去的2025年…;
    2025年是…), which the paragraphs after it inherit; None if it opens with none.

    >>> t = "刚刚过去的2025年很不平凡。"
    >>> leading_period(t, periods(t, [])), leading_period("全区上下…,全年增长5%", [(6, 8, "全年")])
    ('2025年', None)
    """
    if not ups:
        return None
    s, _e, p = ups[0]
    return p if _LEAD_GAP.fullmatch(text, 0, s) else None


# a span of years written bare (利润总额五年分别增长27.7%) is that clause's: the sentences after it
# keep the period written before (五年来)
_LOCAL_PERIOD = re.compile(r"近?[两三四五六七八九十2-9]年|当年|本年度?|去年|上年度|[\d一两二三四五六七八九十]{1,3}年前")   # 当年: its clause only;
# 本年, 去年: its sentence (去年,东莞进出口总额同比下降3.8%…。今年,…)


def carried(ups: list[tuple[int, int, str]], text: str | None = None) -> str | None:
    """The period a sentence passes on to the next ones of its paragraph: its last one, not a
    bare span of years (五年分别增长…); not a 全年 written after a figure at the year's end the
    sentence ``text`` named before it.

    >>> t = "截至2025年末,贷款余额18.8万亿元,全年新增1.4万亿元。"
    >>> carried([(0, 8, "截至2025年末"), (21, 23, "全年")], t)
    '截至2025年末'
    >>> carried([(0, 5, "2025年"), (18, 20, "全年")], "2025年,贷款余额18.8万亿元,全年新增")
    '全年'

    >>> carried([(0, 3, "五年来"), (9, 11, "五年")]), carried([(0, 2, "五年")])
    ('五年来', None)
    """
    kept = [x for x in ups if not _LOCAL_PERIOD.fullmatch(x[2])]
    if text is not None and len(kept) > 1 and kept[-1][2] in _WHOLE_YEAR \
            and _NAMED_YEAR.search(kept[-2][2]) and _DIGIT.search(text, kept[-2][1], kept[-1][0]):
        return kept[-2][2]   # 截至2025年末,…余额18.8万亿元,全年新增1.4万亿元。: a 全年 after a figure
        #                      at the year's end the sentence opened with holds in its own clause
        #                      (the year's flow); the sentence passes the point on (not 2025年,
        #                      …加快至全年增长6.7%: a bare year, 全年 goes on)
    return kept[-1][2] if kept else None


# a point at a named year's end (截至2025年末, 2025年底, 去年年末)
_NAMED_YEAR = re.compile(r"(?:\d{4} ?年|[今去上本]年)(?:年?末|年?底)$")


def sentence_period(period: str | None) -> bool:
    """Is ``period`` one that dates its own sentence only (去年, 当年, 近3年), not the figures
    of the sentences before it?

    >>> sentence_period("去年"), sentence_period("近3年"), sentence_period("今年以来")
    (True, True, False)
    """
    return bool(period) and _LOCAL_PERIOD.fullmatch(period or "") is not None


def clause_local(text: str, ups: list[tuple[int, int, str]], s: int,
                 starts: Sequence[int] | None = None) -> bool:
    """Is the period at ``s`` its own clause's: written after a comma, as the sentence's first
    period, once a figure with no period has gone before it (常年保持在320天以上,1-8月PM2.5平均
    浓度9微克/立方米;…): it dates the figures after it in its sentence only, not the figures
    before it nor the sentences after. ``starts``: the sentence's figures (else any digit).

    >>> t = "国家二级标准以上天数常年保持在320天以上,1-8月PM2.5平均浓度9微克/立方米;"
    >>> ups = periods(t, [])
    >>> clause_local(t, ups, ups[0][0]), clause_local("1-8月,增长5%", [(0, 4, "1-8月")], 0)
    (True, False)
    """
    if s == 0 or text[s - 1] not in ",，" or any(e <= s for _, e, _ in ups):
        return False
    p = next((p for a, _e, p in ups if a == s), "")
    if not _YEAR_PART.fullmatch(p):
        return False      # (…5,684万元,…,全年兑现…3,002万元: a year goes on, as a report writes it)
    if starts is not None:
        return any(st < s for st in starts)
    return _DIGIT.search(text, 0, s) is not None


def year_part(period: str | None) -> bool:
    """Is ``period`` a part of a year (1-8月, 2023年上半年, 一季度), not a year or more?

    >>> year_part("2023年上半年"), year_part("1-8月"), year_part("全年"), year_part(None)
    (True, True, False, False)
    """
    return bool(period) and _YEAR_PART.fullmatch(_YEAR_LEAD_OFF.sub("", period or "")) is not None


_YEAR_LEAD_OFF = re.compile(r"^(?:(?:19|20)\d{2}年|今年|去年|本年)")
# months, quarters, halves: a part of a year (1-8月, 一季度, 上半年)
_YEAR_PART = re.compile(r"(?:\d{1,2}[—–\-~至])?\d{1,2}月份?|(?:第|前)?[一二三四1-4]季度|[上下]半年|前三季度")


# two places named once more as a pair: 上海和北京,这两座城市…双双突破4万亿; 两市GDP也都超过了…
_PAIR_BACK = re.compile(r"这两(?:座|个)(?:城市|省份|省|市|地区)|两市|两省|两地|二者|两者")


def pair_back(t: str, urs: list[tuple[int, int, Place]], before: int) -> str | None:
    """The region of a figure whose clause names two places again as a pair (这两座城市, 两市):
    the last two places joined (和, 与, 、) before the pair, else None.

    >>> from analysis.indicators.places import Place
    >>> sh = Place("310000", "上海市", "上海", "province", None)
    >>> bj = Place("110000", "北京市", "北京", "province", None)
    >>> t = "春风得意马蹄疾的是上海和北京,这两座城市2021年GDP双双突破4万亿大关"
    >>> pair_back(t, [(9, 11, sh), (12, 14, bj)], 35)
    '上海市、北京市'
    >>> pair_back("上海和北京的GDP双双突破4万亿", [(0, 2, sh), (3, 5, bj)], 13) is None
    True
    """
    m = max(_PAIR_BACK.finditer(t, 0, before), key=lambda x: x.start(), default=None)
    if m is None:
        return None
    prev = [x for x in urs if x[1] <= m.start()]
    for j in range(len(prev) - 1, 0, -1):
        a, b = prev[j - 1], prev[j]
        if _JOINER.fullmatch(t, a[1], b[0]) and a[2].name != b[2].name:
            return a[2].name + "、" + b[2].name
    return None


def passed_on(last: str | None, lead: str | None,
              para_periods: list[list[tuple[int, int, str]]], title: str | None) -> str | None:
    """The period a paragraph passes on to the paragraphs after it that write none (None: the
    one before it stays): its last period that is not a year-end point (``last``). In a
    document whose title gives the period (a 2024年 bulletin), a paragraph that wrote only
    points (年末常住人口…) or a 全年 it did not open with and keep to its end (…年末公园数;
    新兴产业加速成长。全年…) passes on the title's (2024年); 全年社会消费品零售总额… passes 全年.

    >>> ps = [[(0, 2, "全年")], [(0, 2, "年末")]]
    >>> passed_on("全年", "全年", ps, "2024年"), passed_on("全年", "全年", ps[:1], "2024年")
    ('2024年', '全年')
    >>> passed_on("全年", None, ps[:1], "2024年"), passed_on("全年", None, ps, None)
    ('2024年', '全年')
    >>> passed_on(None, "年末", ps[1:], "2024年"), passed_on("1—6月", "今年以来", ps, "2023年上半年")
    ('2024年', '1—6月')
    """
    if not title:
        return last
    if last is None:
        return title if any(para_periods) else None
    if last in _WHOLE_YEAR and not (lead == last and all(
            p == lead for ps in para_periods for _, _, p in ps)):
        return title
    if _MONTH_END.fullmatch(last) and _YEAR_TITLE.fullmatch(title):
        return title      # 2024年白银市经济运行情况: 截至12月底,全市在库项目593个。\n从三次产业投资
        #                   看:…增长41.6% (a month's end holds in its paragraph, as a year's end;
        #                   under a title of months, 1—9月, 截至9月末 goes on: the seeds' t04)
    return last


_WHOLE_YEAR = frozenset({"全年"})
# a past a story sets against now (periods.yaml: 早些年,河岸村的青壮年纷纷外出务工,…一吨运费就要
# 160元): no years written, and held in its paragraph only (engine)
PAST_SCENES = frozenset({"早些年", "前些年", "早年", "早年间"})
_MONTH_END = re.compile(r"(?:截[至止](?:到)?|到)?(?:\d{4}年)?\d{1,2}月(?:末|底)")
_YEAR_TITLE = re.compile(r"(?:19|20)\d{2}年")


_ITEM = re.compile(r"[(（]([一二三四五六七八九十]{1,3})[)）]|([一二三四五六七八九十]{1,3})是")
_CN_ORD = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


def enum_item(text: str) -> int | None:
    """The number of the list item a paragraph opens ((一)…, (二)…, 一是…, 二是…), else None.

    >>> enum_item("(一)内需潜力持续释放。"), enum_item("二是着力…"), enum_item("一年来,…")
    (1, 2, None)
    """
    m = _ITEM.match(text)
    if not m:
        return None
    w = m.group(1) or m.group(2)
    return _CN_ORD.get(w) if len(w) == 1 else 10 + _CN_ORD.get(w[-1], 0)


_SECTION_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")
_PLAN_NAME = re.compile(r"“?十[一二三四五]五”?")     # (三)“十四五”我市财政发展情况: the plan's years


def heading_period(line: str) -> tuple[bool, str | None] | None:
    """A numbered heading line (一、2025年预算执行情况; (三)2026年预算草案; (一)预算收支情况):
    (is it a part heading 一、…, the period it writes or None); None if the line is no such
    heading (long, or ends in punctuation: (二)加快构建…体系。按照…).

    >>> heading_period("一、2025年预算执行情况"), heading_period("(三)“十四五”我市财政发展情况")
    ((True, '2025年'), (False, '“十四五”'))
    >>> heading_period("(一)预算收支情况"), heading_period("(二)加快构建政策体系。按照…")
    ((False, None), None)
    """
    m = _SECTION_HEADING.match(line)
    if not m or len(line) > 30 or line[-1] in "。;,:!?;,:。" or "。" in line:
        return None
    rest = line[m.end():]
    ps = periods(rest)
    if ps:
        return m.group().endswith("、"), ps[0][2]
    pm = _PLAN_NAME.match(rest)
    return m.group().endswith("、"), (pm.group() if pm else None)


_ITEM_MARK = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}是|[—-]{1,2}")


def item_lead(text: str, ups: list[tuple[int, int, str]]) -> str | None:
    """The period a list item opens with right after its marker (——这五年综合经济实力…;
    (二)2025年,…), which its figures take instead of the list's; None if it opens with none.

    >>> t = "——这五年综合经济实力大幅提升。"
    >>> item_lead(t, periods(t, [])), item_lead("——经济保持平稳增长。全年…", [(10, 12, "全年")])
    ('这五年', None)
    """
    m = _ITEM_MARK.match(text)
    if not m or not ups:
        return None
    s, _e, p = ups[0]
    return p if _LEAD_GAP.fullmatch(text, m.end(), s) else None


def part_heading(text: str) -> bool:
    """Does a paragraph open a numbered part (二、2026年工作安排)?"""
    return bool(_NUMBERED_PART.match(text))


# a span of years opening a comparison of its two ends (2020年到2025年,工业投资占固定资产投资比重
# 从17.9%提升到35.5%,…): the years the sentence's figures run between, not a period of the
# paragraph (its other figures keep the one carried)
_SPAN_COMPARED = re.compile(r"[,:]?[^。;!?]{0,30}?从[^。;!?]{1,30}?(?:提升|提高|增加|增长|上升|下降|降低|"
                            r"减少|扩大|缩小|跃升|攀升|突破)?(?:到|至)")


def compared_span(text: str, _s: int, e: int, p: str) -> bool:
    """Is the period ``p`` at ``_s:e`` a span of years whose sentence compares its two ends?

    >>> t = "2020年到2025年,工业投资占固定资产投资比重从17.9%提升到35.5%"
    >>> compared_span(t, 0, 11, "2020年到2025年"), compared_span("2021—2025年,年均增长6%", 0, 10, "2021—2025年")
    (True, False)
    """
    return bool(_YEAR_SPAN.fullmatch(p)) and bool(_SPAN_COMPARED.match(text, e))


# 从2020年的3.68万亿元增长到2025年的4.93万亿元: the year written with the figure reached
_REACHED_YEAR = re.compile(r"(?:19|20)\d{2}年(?:末|底)?")
_REACHED_BEFORE = re.compile(r"(?:到|至|为)$")


def reached_year(text: str, s: int, e: int, p: str) -> bool:
    """Is the period ``p`` at ``s:e`` the year written with a figure reached (增长到2025年的
    4.93万亿元)? It is that figure's only, not the period of the clauses after it.

    >>> t = "生产总值从2020年的3.6万亿元增长到2025年的4.9万亿元,粮食产量稳定在760亿斤"
    >>> reached_year(t, 20, 25, "2025年"), reached_year("2025年,生产总值4.9万亿元", 0, 5, "2025年")
    (True, False)
    """
    return text.startswith("的", e) and e + 1 < len(text) and text[e + 1].isdigit() \
        and _REACHED_YEAR.fullmatch(p) is not None \
        and _REACHED_BEFORE.search(text, max(0, s - 1), s) is not None


# 2024年支出基数中有21.62亿元2025年无支撑,剔除后同口径增长6.88%: the year of a base the figures
# are set against (a look back), named with 基数 after it in its clause
_BASE_AFTER = re.compile(r"[^,;:。!?\d]{0,6}?基数")


def base_year(text: str, e: int, p: str) -> bool:
    """Is the year ``p`` ending at ``e`` the year of a base (2024年支出基数中有21.62亿元)? It
    dates its clause's figures only, not the clauses after it nor the sentences after.

    >>> t = "同比下降1.65%,2024年支出基数中有21.62亿元无支撑,剔除后同口径增长6.88%"
    >>> base_year(t, t.index("年支") + 1, "2024年"), base_year("2024年,支出基数下降", 5, "2024年")
    (True, False)
    """
    return _REACHED_YEAR.fullmatch(p) is not None and _BASE_AFTER.match(text, e) is not None


def listed_period(text: str, ups: list[tuple[int, int, str]], s: int, e: int) -> bool:
    """Is the period at ``s:e`` one of a list before 分别 (一季度和二季度同比分别增长6.5%和6.3%)?
    Its figures are the list's; it is not a period for the figures of the paragraph.

    >>> t = "规模以上工业增加值一季度和二季度同比分别增长6.5%和6.3%"
    >>> ps = periods(t, [])
    >>> [listed_period(t, ps, a, b) for a, b, _ in ps]
    [True, True]
    """
    if "分别" not in text or len(ups) < 2:
        return False
    nxt = next(((a, b) for a, b, _p in ups if a > s), None)
    prv = next(((a, b) for a, b, _p in reversed(ups) if b < e), None)
    joined_next = nxt is not None and _LIST_GAP.fullmatch(text, e, nxt[0]) is not None
    joined_prev = prv is not None and _LIST_GAP.fullmatch(text, prv[1], s) is not None
    if not (joined_next or joined_prev):
        return False
    last = e
    while nxt is not None and _LIST_GAP.fullmatch(text, last, nxt[0]):
        last = nxt[1]
        nxt = next(((a, b) for a, b, _p in ups if a > nxt[0]), None)
    return "分别" in text[last:last + 30]


def distribute_periods(ups: list[tuple[int, int, str]], text: str,
                       starts: list[int]) -> dict[int, str]:
    """Periods written as a list before 分别 (2021年、2022年GDP分别增长8%、5%): the k-th
    figure after the list gets the k-th period when the counts agree. {figure index: period}.

    >>> t = "2021年、2022年全市GDP分别增长8.1%、3.0%。"
    >>> distribute_periods(periods(t, []), t, [t.index("8.1"), t.index("3.0")])
    {0: '2021年', 1: '2022年'}
    """
    if "分别" not in text or len(ups) < 2:
        return {}
    run = [ups[0]]
    best: list[tuple[int, int, str]] = []
    for p in ups[1:]:
        if _LIST_GAP.fullmatch(text[run[-1][1]:p[0]]):
            run.append(p)
        else:
            run = [p]
        if len(run) >= 2:
            best = list(run)
    if not best:
        return {}
    end = best[-1][1]
    if "分别" not in text[end:end + 30]:
        return {}
    after = [k for k, st in enumerate(starts) if st >= end]
    nxt = next((s for s, _, _ in ups if s >= end), len(text))
    after = [k for k in after if starts[k] < nxt]
    if len(after) % len(best):
        return {}
    width = len(after) // len(best)     # 分别 over two lists: 分别为…,分别增长…
    return {k: best[i // width][2] for i, k in enumerate(after)} if width == 1 else {}


# a figure that is the nation's benchmark: 高于4.8%的全国水平, 超过全国水平(4.8%),
# 低于全国平均水平(8.1%)
_NATION_LEVEL_AFTER = re.compile(r"的?全国(?:平均)?(?:水平|平均线|线|均值|平均值|增速)|"
                                 r"的[^,;。\d]{0,12}?“?国家线")   # 10345元的…收入“国家线”
_COMPARED = re.compile(r"(?:于|比|较|超过|超出|远超|赶超|对比|相比|领先|落后|不及|不如)$")   # 远超杭州的12.44%
# what may follow a place that is a whole noun phrase (not one opening a name): 的湖南仅…,
# …14.3%的海淀独占15所
_PLACE_ALONE = re.compile(r"$|[,;:。!?、)和与及]|仅|只|也|还|则|都|已|正|相|独|是|为|在|有|拥有|位|排|占|达|成为")
# the figure is set against the place after it: 距离…亿元的湖南, 占…比重约14.3%的海淀 (not
# 投资1.5亿元的安顺达…: a project, a name)
_MEASURED_LEAD = re.compile(r"距离|距|超过|仅次于|次于|高于|低于|落后于|领先于|占|相当于")
_NATION_LEVEL_BEFORE = re.compile(r"全国(?:平均)?(?:水平|平均线|均值|平均值|增速)\($")
# the nation's level written around its figure (增速超过全国9.8%的水平, 高于全国6.5%的平均水平)
NATION_AROUND_BEFORE = re.compile(r"(?:高于|低于|超过|超出|快于|慢于|领先|落后于?)全国$")
NATION_AROUND_AFTER = re.compile(r"的(?:平均)?(?:水平|平均值|均值|增速)")


# a time written between a compared place and its figure (广东省同期的2%, 深圳今年第一季度的2%),
# and a comparison list going on after a comma (…高于广东省同期的2%,全国的2.5%)
_OWN_TIME = re.compile(r"同期|上年同期|去年同期|(?:今年|去年|上年)?(?:第?[一二三四]季度|上半年|前三季度"
                       r"|\d{1,2}[—–\-~至]\d{1,2}月份?|\d{1,2}月份?)")
_COMPARED_LIST = re.compile(r"(?:高于|低于|快于|慢于|超过)[^,;。]{0,12}的[\d.]+%$")


def _clause_start(text: str, pos: int) -> int:
    return max((m.end() for m in _CLAUSE.finditer(text, 0, pos)), default=0)


# a share of the nation's whole written before the figure, and the place it is found in after
# it (全国四成左右的集成电路人才都集中在上海, 全国约40%的网络游戏行业都在上海): that place's figure
_NATION_SHARE_BEFORE = re.compile(r"全国(?:约|近|超过?|有|逾)?$")
_LOCATED_IN = re.compile(r"的[^,;。\d%]{1,14}?(?:都|均|也|就)?(?:集中|聚集|汇聚|位于|落户|分布)?在")


# one of a place's counted few (是福建省4家具备…资格的企业之一: subjects.yaml ``one_of_before``)
_ONE_OF_BEFORE = re.compile(rf"(?:{data.ONE_OF_BEFORE})$")
_ONE_OF_AFTER = re.compile(data.ONE_OF_AFTER)
# organisations counted, then where they have settled (已有9家入驻郑州, 20家企业落户西安)
_SETTLED_IN = re.compile(r"(?:企业|公司|机构)?(?:已经|已|先后|陆续)?(?:入驻|落户|进驻|扎根)(?:了|到|在)?")
# a figure in a bracket after a place's facility named (北京首都机场(约121万吨))
_BRACKET_APPROX = re.compile(r"(?:约|近|超|逾|达)?")
_PLACE_NAMED = re.compile(r"[\u4e00-\u9fff]{2,6}(?:机场|港口|港|站|口岸)")


def own_place(urs: list[tuple[int, int, Place]], text: str, start: int,
              end: int) -> str | None:
    """A place the figure's own words give it, whatever the clause's subject: the name right
    before its bracket (内蒙古(5.8%)、黑龙江(5.4%)), 全国 for the nation's benchmark
    (高于4.8%的全国水平, 超过全国水平(4.8%)), the place compared with (高于重庆的18.1%).
    None when the words give none.

    >>> t = "还包括内蒙古(5.8%)、广西(4.9%)。增速高于4.8%的全国水平"
    >>> r = Resolver([t])
    >>> urs = [(s, e, r.resolve(w, 0)) for s, e, w in places_mod.find(t)]
    >>> [own_place(urs, t, t.index(x), t.index(x) + 4) for x in ("5.8%", "4.9%", "4.8%")]
    ['内蒙古自治区', '广西壮族自治区', '全国']
    >>> t = "14个地级市前三季度GDP增速超过全国9.8%的水平"
    >>> own_place([], t, t.index("9.8%"), t.index("9.8%") + 4)
    '全国'
    >>> t = "广州25.7%的增速高于重庆的18.1%"
    >>> urs = [(s, e, r.resolve(w, 0)) for s, e, w in places_mod.find(t)]
    >>> own_place(urs, t, t.index("18.1%"), len(t))
    '重庆市'
    >>> t = "增速仅次于湖北的58.3%和海南的19.8%,距离10224亿元的湖南仅一步之遥"
    >>> urs = [(s, e, r.resolve(w, 0)) for s, e, w in places_mod.find(t)]
    >>> [own_place(urs, t, t.index(x), t.index(x) + len(x)) for x in ("19.8%", "10224亿元")]
    ['海南省', '湖南省']
    >>> t = "加快推进投资6亿元的衡水桃城中学、投资1.5亿元的安顺达激光熔覆"
    >>> urs = [(s, e, r.resolve(w, 0)) for s, e, w in places_mod.find(t)]
    >>> own_place(urs, t, t.index("6亿元"), t.index("6亿元") + 3) is None
    True
    """
    if start > 0 and text[start - 1] == "(":
        for _s, e, p in urs:
            if e == start - 1:
                return p.name
    if "(" in text[max(0, start - 2):start]:
        bracket = text.rindex("(", max(0, start - 2), start)
        if _BRACKET_APPROX.fullmatch(text, bracket + 1, start):
            for _s, e, p in urs:
                if p.level != "nation" and _PLACE_NAMED.fullmatch(text, e, bracket):
                    return p.name     # 不及北京首都机场(约121万吨)的零头: the place's facility's
        if _NATION_LEVEL_BEFORE.search(text, max(0, start - 10), start):
            return "全国"
    if _NATION_LEVEL_AFTER.match(text, end) or (
            text.startswith("的", end) and NATION_AROUND_AFTER.match(text, end)
            and NATION_AROUND_BEFORE.search(text, max(0, start - 6), start)):
        return "全国"
    if start > 1 and text[start - 1] == "的":
        for s, e, p in urs:
            if (e == start - 1 or (e < start - 1 and _OWN_TIME.fullmatch(text, e, start - 1))) \
                    and (_COMPARED.search(text, max(0, s - 3), s)
                         or text[s - 1:s] in ("、", "和", "及", "与")
                         or (text[s - 1:s] == "," and _COMPARED_LIST.search(
                             text, max(0, s - 40), s - 1))):
                return p.name     # 25.7%的增速高于重庆的18.1%(、广东省的18.6%): 重庆's figure
                #                   (也高于广东省同期的2%,全国的2.5%: a time between, a comma)
    if text[end:end + 1] == "的":
        for s, e, p in urs:
            if s == end + 1 and p.level != "nation" and _PLACE_ALONE.match(text, e) \
                    and _MEASURED_LEAD.search(text, _clause_start(text, start), start):
                return p.name     # 距离10223.99亿元的湖南仅一步之遥: 湖南's figure (not in
                                  # 投资6亿元的衡水桃城中学: a name the place opens)
    if "在" in text[end:end + 24] and _NATION_SHARE_BEFORE.search(text, max(0, start - 4), start):
        for s, _e, p in urs:
            if s > end and p.level != "nation" and _LOCATED_IN.fullmatch(text, end, s):
                return p.name     # 全国约40%的网络游戏行业都在上海: the place the share is in
    if start > 2 and _ONE_OF_AFTER.search(text, end, _clause_end(text, end)):
        for s, e, p in urs:
            if e == start and p.level != "nation" \
                    and _ONE_OF_BEFORE.search(text, max(0, s - 2), s):
                return p.name     # 宏源公司是福建省4家…企业之一: one of the place's few
    if (settled := _SETTLED_IN.match(text, end)) is not None:
        for s, e, p in urs:
            if s == settled.end() and p.level != "nation" and _PLACE_ALONE.match(text, e):
                return p.name     # 全球排名前10位的货代企业,已有9家入驻郑州: the place they are in
    if "国内生产总值" in text:
        cs = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
        if any(not _SHARE_OF.match(text, max(0, g.start() - 1))
               for g in _DOMESTIC_PRODUCT.finditer(text, cs, start)) \
                and not any(cs <= s < start for s, _e, _p in urs):
            return "全国"         # 全年国内生产总值1260582亿元: the nation's (国内: domestic)
    return None


_DOMESTIC_PRODUCT = re.compile("国内生产总值")
# 国内生产总值 as a share's denominator, a metric's name and no place: 第一产业增加值占国内生产总值比重
#为11.4% (a prefecture's bulletin: its own output's share), 与国内生产总值之比
_SHARE_OF = re.compile("[占与]")


# the places' list closing its clause, their figures' name in the next (无锡,全年GDP增速分别为)
_LIST_THEN_NAME = re.compile(r",[^,;。\d]{1,12}")


_SHORT_BETWEEN = re.compile(r"、([\u4e00-\u9fff]{2})、")


def _sibling_between(text: str, a: tuple[int, int, Place], b: tuple[int, int, Place]
                     ) -> tuple[int, int, Place] | None:
    """A city named by its short form between two listed cities of one province, a form the
    place finder leaves alone outside a list (中山: 中山路, 中山大学): 广州、深圳、东莞、中山、佛山."""
    m = _SHORT_BETWEEN.fullmatch(text, a[1], b[0])
    if m is None or a[2].parent is None or a[2].parent != b[2].parent:
        return None
    for code in places_mod.BY_NAME.get(m.group(1) + "市", ()):
        p = places_mod.PLACES[code]
        if p.parent == a[2].parent and p.level == a[2].level:
            return (m.start(1), m.end(1), p)
    return None


def distribute_regions(urs: list[tuple[int, int, Place]], text: str,
                       starts: list[int]) -> dict[int, str]:
    """Places written as a list before 分别 (湖北、安徽和上海分别以10804.66亿元、10347.7亿元和
    10010.25亿元…): the k-th figure after the list is the k-th place's when the counts agree
    (分别为…,分别增长…: two lists, in turn). {figure index: region}.

    >>> t = "湖北、安徽和上海分别以10804.66亿元、10347.7亿元和10010.25亿元,首次进入万亿俱乐部。"
    >>> r = Resolver([t])
    >>> urs = [(s, e, r.resolve(w, 0)) for s, e, w in places_mod.find(t)]
    >>> distribute_regions(urs, t, [t.index("10804"), t.index("10347"), t.index("10010")])
    {0: '湖北省', 1: '安徽省', 2: '上海市'}

    The list may close its clause, described before it, its figures' name in the next
    (排名在长沙之前的宁波、青岛、无锡,全年GDP增速分别为8.2%、8.3%、8.6%):

    >>> t = "排名在长沙之前的宁波、青岛、无锡,全年GDP增速分别为8.2%、8.3%、8.6%。"
    >>> urs = [(s, e, r.resolve(w, 0)) for s, e, w in places_mod.find(t)]
    >>> distribute_regions(urs, t, [t.index("8.2"), t.index("8.3"), t.index("8.6")])
    {0: '宁波市', 1: '青岛市', 2: '无锡市'}
    """
    if "分别" not in text or len(urs) < 2:
        return {}
    run = [urs[0]]
    best: list[tuple[int, int, Place]] = []
    for p in urs[1:]:
        if _JOINER.fullmatch(text, run[-1][1], p[0]):
            run.append(p)
        elif (sib := _sibling_between(text, run[-1], p)) is not None:
            run += [sib, p]       # 东莞、中山、佛山: a sibling named short only in the list
        else:
            run = [p]
        if len(run) >= 2 and (is_subject(text, run[0][0], run[0][1]) or (
                text[run[0][0] - 1:run[0][0]] == "的" and text[p[1]:p[1] + 1] == ",")):
            best = list(run)      # (…之前的宁波、青岛、无锡,: a described list closing its clause)
    if not best or len({p.name for _, _, p in best}) < len(best):
        return {}
    end = best[-1][1]
    nxt = next((s for s, _, _ in urs if s >= end), len(text))
    if _GROUP_AFTER.match(text, end):
        return _distribute_in_turn(best, text, starts, end, nxt)
    each = text.find("分别", end, end + 30)
    if each < 0 or (re.search(r"[,;。]", text[end:each])
                    and not _LIST_THEN_NAME.fullmatch(text, end, each)
                    and not _counted_back(text, end, each, len(best))):
        return {}
    after = [k for k, st in enumerate(starts) if each < st < nxt]
    if after and len(after) % len(best):
        # (其余的郑州、厦门、武汉,GDP增幅分别是198%、197%和186%,也非常接近200%了: the
        # list's own clause, when the figures up to the next place do not divide)
        stop = _CLAUSE_STOP.search(text, each)
        stop_at = stop.start() if stop else len(text)
        after = [k for k in after if starts[k] < stop_at]
    if not after or len(after) % len(best):
        return {}
    return {k: best[i % len(best)][2].name for i, k in enumerate(after)}


_CLAUSE_STOP = re.compile(r"[,;。]")
# the list counted back right after it, its clause closing before 分别 (西安、兰州两个铁路局集团
# 公司增幅较大,分别达24.5%和22.2%): the count must be the list's
_COUNTED_BACK = re.compile(r"(?P<n>[两二三四五六七八九\d])(?:个|座|家|地|市|省|区|县)[^,;。\d%]{0,14},")
_SMALL_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _counted_back(text: str, a: int, b: int, n: int) -> bool:
    m = _COUNTED_BACK.fullmatch(text, a, b)
    if m is None:
        return False
    c = m.group("n")
    return _SMALL_COUNT.get(c, int(c) if c.isdigit() else 0) == n


# what may stand between a list of organisations and its 分别: a short scope (在销售金额层面,)
_ORGS_TO_EACH = re.compile(r"[^,;。\d]{0,12}?,?(?=分别)")   # (…融创中国分别以: not past 分别)
# a list of organisations named after a copula (销售均价霸屏前三的分别是绿城中国、招商蛇口和中海地产,
# 分别为…): opening what the clause ranks, as a list opening its clause does
_ORGS_AFTER_IS = re.compile(r"(?:(?:分别|依次)?(?:是|为))$")


def distribute_orgs(text: str, starts: list[int]) -> dict[int, str]:
    """Organisations (companies.txt) written as a list before 分别: the k-th figure after it
    is the k-th organisation's when the counts agree. {figure index: subject}.

    >>> t = "在上海,融创中国、金地集团、瑞安房地产在销售金额层面,分别以311.26亿元、282.08亿元和254.43亿元获得…"
    >>> distribute_orgs(t, [t.index(x) for x in ("311", "282", "254")])
    {0: '融创中国', 1: '金地集团', 2: '瑞安房地产'}
    >>> t = "销售面积榜方面,金地集团、招商蛇口和融创中国分别以76.06万平、68.31万平和54.56万平获得…"
    >>> distribute_orgs(t, [t.index(x) for x in ("76", "68", "54")])
    {0: '金地集团', 1: '招商蛇口', 2: '融创中国'}
    """
    if "分别" not in text:
        return {}
    run: list[tuple[int, int, str]] = []
    best: list[tuple[int, int, str]] = []
    for m in _BRAND_IN_TITLE.finditer(text):
        if run and _JOINER.fullmatch(text, run[-1][1], m.start()):
            run.append((m.start(), m.end(), m.group()))
        else:
            run = [(m.start(), m.end(), m.group())]
        if len(run) >= 2 and (run[0][0] == 0 or _CLAUSE_START.match(text, run[0][0] - 1)
                              or _ORGS_AFTER_IS.search(text, max(0, run[0][0] - 3), run[0][0])):
            best = list(run)
    if not best or len({n for _, _, n in best}) < len(best):
        return {}
    end = best[-1][1]
    gap = _ORGS_TO_EACH.match(text, end)
    if gap is None or not text.startswith("分别", gap.end()):
        return {}
    each = gap.end()
    stop = re.compile(r"[;。]").search(text, each)
    after = [k for k, st in enumerate(starts) if each < st < (stop.start() if stop else len(text))]
    if len(after) != len(best):
        return {}
    return {k: _BRAND_AS.get(n, n) for k, (_, _, n) in zip(after, best)}


# a list of places named as a group (广州、深圳、东莞、中山、佛山、珠海等地…): its clauses' 分别
# lists are the places' in turn, even clauses after the list's
# (北京、广州等一线城市…,环比降幅分别高达41%和60%: the group described)
_GROUP_AFTER = re.compile(r"等(?:[一二三四五]线|重点|主要)?(?:地|城市|市|省份?|地区|区县|县市区|县区)")
_EACH_LIST = re.compile(r"分别")


def _distribute_in_turn(best, text: str, starts: list[int], end: int,
                        nxt: int) -> dict[int, str]:
    """Every 分别 after a named group of places (广州、深圳、东莞、中山、佛山、珠海等地15～59岁劳动
    人口占比都在74%以上,60岁以上老人占比分别为12.35%、5.36%、5.47%、8.87%、10.52%和10%,65岁以上
    老人占比分别为8.58%、3.22%、3.54%、5.98%和6.64%): the k-th figure of each 分别 list is the
    k-th place's (a shorter list: the first places'); a figure not in such a list is the group's.

    >>> t = "广州、深圳、东莞等地占比都在74%以上,60岁以上占比分别为12.35%、5.36%和5.47%。"
    >>> r = Resolver([t])
    >>> urs = [(s, e, r.resolve(w, 0)) for s, e, w in places_mod.find(t)]
    >>> distribute_regions(urs, t, [t.index(x) for x in ("74%", "12.35", "5.36", "5.47")])
    {1: '广州市', 2: '深圳市', 3: '东莞市'}
    """
    out: dict[int, str] = {}
    eaches = [m.start() for m in _EACH_LIST.finditer(text, end, nxt)]
    for j, each in enumerate(eaches):
        stop = eaches[j + 1] if j + 1 < len(eaches) else nxt
        stop = min(stop, next((m.start() for m in re.finditer(r"[;。]", text[each:stop])),
                              stop - each) + each)
        ks = [k for k, st in enumerate(starts) if each < st < stop]
        if not ks or len(ks) > len(best):
            return {}
        out.update({k: best[i][2].name for i, k in enumerate(ks)})
    return out


def _narrow(t: str) -> str:
    """``t.translate(FULLWIDTH)``, translated only when it holds a full-width form
    (``_FULLWIDTH`` is FULLWIDTH's keys: a string with none is its own translation, and
    ``translate`` looks every character up in the table: ~60 µs for 600 characters)."""
    return t.translate(FULLWIDTH) if _FULLWIDTH.search(t) else t


def title_period(title: str, opening: str) -> str | None:
    """The period an article's title gives its figures (《福州市2015年第三季度经济运行分析》,
    2022年1—11月全市经济运行情况, 2023年统计公报), as written; not a report's year (a
    2019 work report reviews 2018), and only with its year.

    >>> title_period("福州市2015年第三季度经济运行分析", ""), title_period("2019年政府工作报告", "")
    ('2015年第三季度', None)
    >>> title_period("", "《福州市2015年第三季度经济运行分析》\\n前三季度,…")
    '2015年第三季度'
    >>> title_period("衡水市2024年国民经济和社会发展统计公报", "")
    '2024年'
    """
    heads = [title] + re.findall(r"《([^《》\n]{2,80})》", opening[:200])
    for t in heads:
        t = _narrow(t or "")
        if not _TITLE_SPECIFIC.search(t):
            continue
        for _s, _e, p in periods(t, []):
            if re.match(r"\d{4}年", p):     # 上半年 alone in a title: the text says which
                return p
        m = _TITLE_YEAR.search(t)
        if m:
            return m.group()     # 衡水市2024年国民经济和社会发展统计公报: the year after a place
    return None


_BUDGET_TITLE = re.compile(r"((?:19|20)\d{2}) ?年(?:度)?(?:[^年\n]{0,12}?)预算执行")


def budget_title_year(title: str) -> str | None:
    """The year a budget report's title says was carried out (关于某市2025年预算执行情况和2026年
    预算草案的报告: 2025年), else None.

    >>> budget_title_year("关于宿州市2025年预算执行情况和2026年预算草案的报告"), budget_title_year("2026年预算草案")
    ('2025年', None)
    """
    m = _BUDGET_TITLE.search((title or "").translate(FULLWIDTH))
    return m.group(1) + "年" if m else None


_TITLE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2} ?年(?![\d—–\-~至])")


# ---------------------------------------------------------------------------------------------
# the document's date, and periods as months

# (not a range of months: 发布的 2021 年 1-12 月销售数据 is no 2021-01-12)
_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d|\s*月)\s*日?")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")     # 2017-05-15 10:13:16: the time of day
_MONTH_DATE = re.compile(r"[(（]?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:印发|发布)?[)）]?")
_DATE_LABEL = re.compile(r"(?:发布|更新|印发|成文|发文)?(?:时间|日期)|来源|作者|编辑|星期|稿|报|电|"
                         r"会议|大会")
_TITLE_PERIOD = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(?:(?:第)?([一二三四1-4])季度|(上半年)|(前三季度)|"
    r"(?:\d{1,2}\s*[—–\-~至])?(\d{1,2})\s*月)?")
# (a year written without its 年 before a part of it, 2022上半年, 2024全年: as periods.yaml reads it)
_YEAR = re.compile(r"(?<![0-9０-９])((?:19|20|１９|２０)[0-9０-９]{2})"
                   r"(?:年|(?=全年|上半年|下半年|前三季度|第?[一二三四]季度))")
_YEAR_TARGET = re.compile(r"(?:到|至|—|–|-|~|力争|目标|预计|展望|计划|争取|预期|规划)$")
_YEAR_COMPARED = re.compile(r"(?:比|较|相比)$")
_YEAR_RANGE = re.compile(r"\s*(?:[—–\-~]|至(?!今))")   # (2022年至今: up to the present, its year)
# a year whose clause says what will be (2035年武汉常住人口将控制在1660万左右): a plan's year
_YEAR_FUTURE = re.compile(r"[,，]?[^,;。!?，；。！？\d]{0,10}?将(?!近)")   # (2025年,经济总量将突破…)
# a year before an event (南海和顺德在2002年底改区之前, …在2022年底之前加息): a past the text
# looks back on or a deadline, not the year it reports on (a record since a year, 创2024年以来
# 新高, may be written in that year: kept)
_YEAR_BEFORE_EVENT = re.compile(r"[^,;。!?，；！？\d]{0,16}?(?:之前|以前)")
# a target a few characters after the word that makes it one: 其规划设计的“2030年完成…
_YEAR_TARGET_NEAR = re.compile(r"(?:力争|目标|展望|预期|规划|设计)[^,;。!?,;。\d\s]{1,4}$")
# a base year of a multi-year average (比2019年1—11月份增长41.3%,两年平均增长18.9%): the text
# reports on the year that many years after it (2021), not on the base
_BASE_YEAR = re.compile(r"(?:比|较|相比|对比)$")
_YEARS_AVERAGE = re.compile(r"[^。!?\n]{0,40}?([两二三])年平均")
# a news agency's dateline: 新华社北京5月15日电, 本报讯(记者…)1月17日电; the month and day only
_NEWS_DATELINE = re.compile(r"(?:社|报|网|台)[\u4e00-\u9fff]{0,8}?(\d{1,2})月(\d{1,2})日(?:电|讯)")
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


# a date written in Chinese numerals, as a work report's dateline prints it (二〇二六年一月二十七日)
_CN_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _cn_small(s: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十七 → 27."""
    if "十" not in s:
        return _CN_DIGIT.get(s, 0)
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def _cn_date(m: re.Match) -> str:
    """二〇二六年一月二十七日 → 2026年1月27日.

    >>> _CN_DATE.sub(_cn_date, "——二〇二六年一月二十七日在省人民代表大会上")
    '——2026年1月27日在省人民代表大会上'
    """
    year = "".join(str(_CN_DIGIT[c]) for c in m.group(1))
    return f"{year}年{_cn_small(m.group(2))}月{_cn_small(m.group(3))}日"


# a report's dateline broken over two lines (——2026年2月9日在大理白族自治州第十五届 / 人民代表大会
# 第六次会议上): its second line ends the meeting's name
_DATELINE_OPEN = re.compile(r"\s*[—–-]{1,2}")
_DATELINE_CLOSE = re.compile(r"[^。,，;；:：]{2,40}(?:会议|大会)上\s*")


def _join_dateline(lines: list[str]) -> list[str]:
    """The lines, a dateline opening with a dash and closed on the next line joined to it.

    >>> _join_dateline(["报告", "——2026年2月9日在某州第十五届", "人民代表大会第六次会议上", "某州财政局"])
    ['报告', '——2026年2月9日在某州第十五届人民代表大会第六次会议上', '某州财政局']
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _DATELINE_OPEN.match(line) \
                and (_FULL_DATE.search(line) or _CN_DATE.search(line)) \
                and not _DATE_LABEL.search(line) and _DATELINE_CLOSE.fullmatch(lines[i + 1]):
            out.append(line.rstrip() + lines[i + 1].strip())
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def document_date(text: str, titles: list[str]) -> tuple[str | None, str | None]:
    """The date of a document and where it was found: ``dateline`` (a date standing on a line
    of its own near the top or the bottom; 新华社北京1月17日电 has no year: not used),
    ``title`` (a year, quarter or month in the title: the period's last month) or
    ``text`` (the latest year the text reports on, not a target's: 到2035年, 力争2027年).

    >>> document_date("统计局\\n发布时间:2023-01-17 10:00\\n全年地区生产总值…", [])
    ('2023-01-17', 'dateline')
    >>> document_date("《福州市2015年第三季度经济运行分析》\\n前三季度…", [])
    ('2015-09', 'title')
    >>> document_date("政府工作报告\\n过去一年,…2025年…2025年…2026年", ["政府工作报告"])
    ('2026', 'text')
    >>> document_date("副省级城市上半年GDP\\n…2021年上半年…2020年…2020年…到2035年", [])
    ('2021', 'text')
    >>> document_date("天津GDP\\n2021年…2020年…其规划设计的“2030年完成货邮吞吐量330万吨”", [])
    ('2021', 'text')
    >>> document_date("人口\\n2021年4月…2020年…。2035年武汉常住人口将控制在1660万左右", [])
    ('2021', 'text')
    >>> document_date("4月工业增加值增长6.5%\\n2017-05-15 10:13:16\\n4月份,…", [])
    ('2017-05-15', 'dateline')
    >>> document_date("上半年GDP\\n上半年GDP同比增长2.5%,经济困难在某些方面比2020年还大", [])
    (None, None)
    >>> document_date("半年报\\n2020年上半年和2021年上半年…,尽管2022上半年净利转盈", [])
    ('2022', 'text')
    """
    head, tail = _narrow(text[:600]), _narrow(text[-300:])
    lines = _join_dateline(head.split("\n")[:10]) + tail.split("\n")[-5:]
    for line in lines:
        line = line.strip()
        if "〇" in line or "零" in line:
            line = _CN_DATE.sub(_cn_date, line)   # ——二〇二六年一月二十七日在…会议上
        m = _FULL_DATE.search(line)
        if not m or len(line) > 60:
            continue
        rest = _CLOCK.sub("", line[:m.start()] + line[m.end():]).strip(" \t:：()（）—-")
        if len(rest) <= 4 or _DATE_LABEL.search(rest):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}", "dateline"
    for line in lines:          # a month alone on its line: (2023年12月), 2023年12月印发
        line = line.strip()
        m = _MONTH_DATE.fullmatch(line)
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}", "dateline"
    first = head[:120].split("\n")[0]
    heads = [_narrow(t) for t in titles if t] \
        + re.findall(r"《([^《》\n]{2,80})》", head[:300]) \
        + ([first] if len(first) <= 50 and not re.search("[。,]", first) else [])
    title_date = None
    for t in heads:
        m = _TITLE_PERIOD.search(t)
        if m:
            y = int(m.group(1))
            if m.group(2):
                title_date = f"{y:04d}-{_CN_Q[m.group(2)] * 3:02d}"
            elif m.group(3):
                title_date = f"{y:04d}-06"
            elif m.group(4):
                title_date = f"{y:04d}-09"
            elif m.group(5) and 1 <= int(m.group(5)) <= 12:
                title_date = f"{y:04d}-{int(m.group(5)):02d}"
            else:
                title_date = f"{y:04d}"
            break
    found: tuple[str, str] | None = (title_date, "title") if title_date else None
    if found is None:
        # the latest year the text reports on (not a target: 到2035年, 力争2027年; not a
        # range's start: 2021—2025年): a text is written after the periods it reports
        years = [_reported_year(text, m) for m in _YEAR.finditer(text)
                 if not _YEAR_TARGET.search(text, max(0, m.start() - 4), m.start())
                 and not _YEAR_TARGET_NEAR.search(text, max(0, m.start() - 10), m.start())
                 and not _YEAR_RANGE.match(text, m.end())
                 and not _YEAR_FUTURE.match(text, m.end())
                 and not _YEAR_BEFORE_EVENT.match(text, m.end())
                 # (经济困难在某些方面比2020年还大: a year compared with, not reported on,
                 # unless it is the base of a multi-year average: _reported_year)
                 and not (_YEAR_COMPARED.search(text, max(0, m.start() - 2), m.start())
                          and not _YEARS_AVERAGE.match(text, m.end()))]
        if years:
            found = (f"{max(years):04d}", "text")
    if found is None:
        return None, None
    news = _NEWS_DATELINE.search(head[:400])
    if news:      # 新华社北京5月15日电: its month and day, the year from the title or the text
        return _dateline_year(text, found[0], titles, int(news.group(1)), int(news.group(2)))
    return found


def _reported_year(text: str, m: re.Match) -> int:
    """The year ``m`` (a year as written) says the text reports on: the year itself, or, for
    the base of a multi-year average (比2019年…增长41.3%,两年平均增长18.9%), the year the
    average runs to (2021).

    >>> _reported_year("比2019年1—2月份增长72.1%,两年平均增长31.2%", _YEAR.search("比2019年"))
    2021
    """
    y = int(m.group(1).translate(FULLWIDTH))
    if _BASE_YEAR.search(text, max(0, m.start() - 2), m.start()):
        a = _YEARS_AVERAGE.match(text, m.end())
        if a:
            y += _CN_N[a.group(1)]
    return y


def _dateline_year(text: str, date: str, titles: list[str], mo: int, d: int
                   ) -> tuple[str | None, str | None]:
    """The full date of a dateline without a year (5月15日电) in a text reporting on ``date``'s
    year: that year, or the next when what it reports ends after the dateline's month
    (1月17日电 … 2023年全年 → 2024-01-17; 5月15日电 … 2017年4月份 → 2017-05-15). A work report
    is given in its title's year."""
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return date, "title" if len(date) > 4 else "text"
    y = int(date[:4])
    end = int(date[5:7]) if len(date) >= 7 else None
    if end is None and not any(_WORK_REPORT.search(t or "") for t in titles):
        ctx = DateContext(y, None, y)
        for _s, _e, p in periods(text[:3000], []):
            if str(y) in p and not _YEAR_ONLY.fullmatch(p):   # 2023年全年, 2023年1—4月
                pn = normalize_period(p, ctx)
                if pn and pn["end"].startswith(str(y)):
                    end = max(end or 0, int(pn["end"][5:7]))
    if end is not None and end >= mo:
        y += 1
    return f"{y:04d}-{mo:02d}-{d:02d}", "dateline"


@dataclass(frozen=True)
class DateContext:
    """What relative periods are resolved against: ``now`` (the document's date: 去年,
    一年来, 今年以来 …) and ``year`` (the year it reports on: a year in its title, else the
    date's: 全年, 上半年, 1—10月 …; the year before a work report's).

    >>> c = DateContext.of("2019", "title", ["2019年洪洞县政府工作报告"])
    >>> normalize_period("全年", c), normalize_period("今年", c)["start"], normalize_period("一年来", c)["end"]
    ({'start': '2018-01', 'end': '2018-12'}, '2019-01', '2018-12')
    """
    now_year: int | None = None
    now_month: int | None = None
    year: int | None = None
    year_from_title: bool = False
    # the date is only the latest year the text reports on (document_date's ``text``): years
    # counted back (过去五年, 最近5年) end with that year, not the year before it
    year_reported: bool = False

    @classmethod
    def of(cls, date: str | None, source: str | None,
           titles: list[str] | tuple[str, ...] = ()) -> DateContext:
        if not date:
            return cls()
        y = int(date[:4])
        mo = int(date[5:7]) if len(date) >= 7 else None
        title_year = None
        if source != "title":
            for t in titles:
                m = _TITLE_PERIOD.search(t or "")
                if m:
                    title_year = int(m.group(1))
                    break
        else:
            title_year = y
        if any(_WORK_REPORT.search(t or "") for t in titles):
            # a work report is given early in its year and reviews the year before: its
            # 全年 / 年底 are last year's (今年, 一年来 are read against its date as usual)
            ry = title_year or y
            return cls(ry if source == "title" else y, mo, ry - 1, True)
        return cls(y, mo, title_year or y, title_year is not None,
                   source == "text" and mo is None)


_WORK_REPORT = re.compile(r"工作报告|施政报告")
_YEAR_WHOLE = re.compile(r"^((?:19|20)\d{2})(?=全年$|第?[一二三四]季度$|上半年$|前三季度$)")
_CENSUS = {"五": 2000, "六": 2010, "七": 2020, "八": 2030}   # 第七次人口普查: 2020-11-01
_PLAN = {"十一": 2006, "十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}
_RANGE = re.compile(r"(\d{1,2})月?\s*[—–\-~至到、]\s*(\d{1,2})月")
_MONTH = re.compile(r"(\d{1,2})月")
_YEARS_AHEAD = re.compile(r"(?:今后|未来)([两二三四五六七八九十])年")
_YEARS_BACK = re.compile(r"(?:过去的?|这|近|最近)([一两二三四五六七八九十2-9])年来?|"
                         r"([一两二三四五六七八九十])年来?|刚刚过去的一年")
# a year counted back from the document's (10年前我接手时…, 十年前): that year, whole
_YEARS_AGO = re.compile(r"(\d{1,2}|[两二三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九])年前")
_CN_N = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
         "十": 10, **{str(d): d for d in range(2, 10)}}
_Q_RANGE = re.compile(r"([一二三四1-4])[—–\-~至]([一二三四1-4])季度")
_FIRST_MONTHS = re.compile(r"前(\d{1,2}|十一|[两三四五六七八九十])个?月")
_YEAR_SPAN = re.compile(r"从?((?:19|20)\d{2})(?: ?年)?[—–\-~至到]((?:19|20)\d{2})年")
_QUARTERS = (("前三季度", 1, 9), ("上半年", 1, 6), ("下半年", 7, 12), ("前两个月", 1, 2),
             # a company's interim reports: the months from January they cover
             ("半年报", 1, 6), ("中报", 1, 6), ("三季报", 1, 9), ("一季报", 1, 3))


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _span(y0: int, m0: int, y1: int, m1: int) -> dict:
    return {"start": _ym(y0, m0), "end": _ym(y1, m1)}


# normalize_period's and _months' patterns, compiled once (not looked up in re's cache a call)
_QUARTER_NUM = re.compile(r"第?([一二三四1-4])季度?")     # (二季末: a quarter's end)
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五])五")
_YEAR_SP = re.compile(r"((?:19|20)\d{2}) ?年")
_YEAR_NUM = re.compile(r"((?:19|20)\d{2})年")
_POINT_LEAD = re.compile(r"^(?:截至|截止到|截止|到)")
_PART_OF_YEAR = re.compile(r"半年(?!末)|季度?(?![度末])")


def _months(rest: str) -> tuple[int, int] | None:
    """The months a within-year period covers (None: the whole year is not meant)."""
    for w, a, b in _QUARTERS:
        if w in rest:
            return a, b
    m = _Q_RANGE.search(rest)
    if m:
        a, b = _CN_Q[m.group(1)], _CN_Q[m.group(2)]
        return (3 * a - 2, 3 * b) if a <= b else None
    m = _FIRST_MONTHS.search(rest)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _CN_N.get(m.group(1), 11)
        return (1, n) if 1 <= n <= 12 else None
    m = _QUARTER_NUM.search(rest)
    if m:
        q = _CN_Q[m.group(1)]
        return 3 * q - 2, 3 * q
    m = _RANGE.search(rest)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        return (a, b) if 1 <= a <= b <= 12 else None
    if "年底" in rest or "年末" in rest or "年终" in rest:
        return 12, 12
    m = _MONTH.search(rest)
    if m and 1 <= int(m.group(1)) <= 12:
        return int(m.group(1)), int(m.group(1))
    return None


def normalize_period(period: str | None, ctx: DateContext) -> dict | None:
    """``_normalize_period(period, ctx)``, remembered for one document (``DocPlaces`` clears
    it, as it clears ``is_subject``): a pure function of the period and the date context, asked
    again and again about the same few periods of a document (the paragraph's period passed
    on, the section's, each figure's). A fresh dict each call: a caller may keep or change it.

    >>> normalize_period("上半年", DateContext(2022, 12, 2022))
    {'start': '2022-01', 'end': '2022-06'}
    """
    if not period:
        return None
    pn = _normalized_period(period, ctx)
    return None if pn is None else {"start": pn[0], "end": pn[1]}


@functools.lru_cache(maxsize=1024)
def _normalized_period(period: str, ctx: DateContext) -> tuple[str, str] | None:
    pn = _normalize_period(period, ctx)
    return None if pn is None else (pn["start"], pn["end"])


def _normalize_period(period: str | None, ctx: DateContext) -> dict | None:
    """A period as written → ``{"start": "YYYY-MM", "end": "YYYY-MM"}`` (None: unresolved).

    >>> c = DateContext(2022, 12, 2022)
    >>> [normalize_period(p, c) for p in ("上半年", "2021年1—11月", "去年", "截至2022年10月底")]
    [{'start': '2022-01', 'end': '2022-06'}, {'start': '2021-01', 'end': '2021-11'}, {'start': '2021-01', 'end': '2021-12'}, {'start': '2022-10', 'end': '2022-10'}]
    >>> w = DateContext(2026, None, 2026)     # a 2026 work report
    >>> normalize_period("一年来", w), normalize_period("过去五年", w)
    ({'start': '2025-01', 'end': '2025-12'}, {'start': '2021-01', 'end': '2025-12'})
    >>> a = DateContext(2026, 4, 2026)     # a news story of April 2026: whole years counted back
    >>> normalize_period("近3年", a), normalize_period("三年来", a)["end"]
    ({'start': '2023-01', 'end': '2025-12'}, '2026-04')
    >>> normalize_period("今后五年", w)     # a plan's targets: the years from the report's on
    {'start': '2026-01', 'end': '2030-12'}
    >>> normalize_period("“十三五”时期", w), normalize_period("今年以来", w)
    ({'start': '2016-01', 'end': '2020-12'}, None)
    >>> normalize_period("“十四五”以来", DateContext(2026, 1, 2026))   # the plan ended
    {'start': '2021-01', 'end': '2025-12'}
    >>> normalize_period("1—12月", DateContext(2023, 1, 2023))   # a January release
    {'start': '2022-01', 'end': '2022-12'}
    >>> normalize_period("去年同期", c) is None     # the months of a period not written here
    True
    >>> normalize_period("第七次人口普查", c)
    {'start': '2020-11', 'end': '2020-11'}
    >>> normalize_period("上年度", DateContext(2025, 1, 2024))   # a budget report on 2024
    {'start': '2023-01', 'end': '2023-12'}
    >>> s = DateContext(2021, 9, 2021)
    >>> [normalize_period(p, s) for p in ("上半年末", "截至二季末", "下半年以来")]
    [{'start': '2021-06', 'end': '2021-06'}, {'start': '2021-06', 'end': '2021-06'}, {'start': '2021-07', 'end': '2021-09'}]
    """
    if not period or period.endswith("同期") or period == "近年来" or period.endswith("雪季") \
            or period.endswith(("财季", "财年")) or period in PAST_SCENES or "世纪" in period:
        return None     # (近年来: how many years back is not written; 2025—2026雪季, 新雪季: a
        #                 season whose months the text does not give; 第二财季, 2025财年: a
        #                 company's fiscal calendar, whose months the text does not give;
        #                 早些年: a past with no years written; 20世纪90年代中期: a decade)
    if period.endswith("人口普查"):     # a census counts the population as of 1 November
        y = _CENSUS.get(period[1:2])
        return _span(y, 11, y, 11) if y else None
    p = _YEAR_WHOLE.sub(r"\1年", period.replace(" ", ""))     # 2024全年 → 2024年全年
    ny, nm = ctx.now_year, ctx.now_month
    m = _FIVE_YEAR_PLAN.search(p)
    if m:
        y0 = _PLAN.get("十" + m.group(1))
        if y0 is None:
            return None
        if "以来" in p:
            if ny is None or nm is None:
                return None
            if (ny, nm) > (y0 + 4, 12):   # “十四五”以来 in a report of January 2026: the
                return _span(y0, 1, y0 + 4, 12)   # plan's years, ended
            return _span(y0, 1, ny, nm)
        if p.endswith("末"):     # 到“十五五”末: the plan's last month (a point)
            return _span(y0 + 4, 12, y0 + 4, 12)
        return _span(y0, 1, y0 + 4, 12)
    m = _YEARS_AHEAD.fullmatch(p)
    if m:           # 今后五年 (a plan's targets): the years from the document's on
        if ny is None:
            return None
        return _span(ny, 1, ny + _CN_N[m.group(1)] - 1, 12)
    m = _YEARS_BACK.fullmatch(p)
    if m:           # 一年来, 过去五年, 这五年, 近两年: counted back from the document's date
        if ny is None:
            return None
        n = _CN_N[m.group(1) or m.group(2) or "一"]
        if ctx.year_reported and 1 < n <= 5:   # 过去五年 in a news story on 2021 (no date): 2017–2021
            return _span(ny - n + 1, 1, ny, 12)
        if nm is None or nm <= 3:       # early in the year (a work report): whole past years
            return _span(ny - n, 1, ny - 1, 12)
        if n == 1:
            return _span(ny - 1, nm % 12 + 1, ny, nm) if nm < 12 else _span(ny, 1, ny, 12)
        if m.group(1):  # 近3年, 过去4年, 近十年来 later in the year: the whole years before it
            return _span(ny - n, 1, ny - 1, 12)     # (c58, c69, c76, c144, c151)
        return _span(ny - n + 1, 1, ny, nm)         # 三年来: up to the document's month
    m = _YEARS_AGO.fullmatch(p)
    if m:           # 10年前, 十年前: the year that many years before the document's
        if ny is None:
            return None
        w = m.group(1)
        if w.isdigit():
            n = int(w)
        elif "十" in w:     # 十, 二十, 十五
            tens, _sep, ones = w.partition("十")
            n = (_CN_N[tens] if tens else 1) * 10 + (_CN_N[ones] if ones else 0)
        else:
            n = _CN_N[w]
        return _span(ny - n, 1, ny - n, 12) if 0 < n < ny else None
    hol = HOLIDAY.findall(p)
    if hol:     # 春节假期, 今年国庆、中秋假期: the months the holiday falls in, that year
        m = _YEAR_SP.search(p)
        y = int(m.group(1)) if m else (ny - 1 if ny and "去年" in p else ny or ctx.year)
        # (2026年春节假期: February only, that year's break; 春节 moves with the lunar calendar)
        spans = [data.HOLIDAY_YEARS.get(h, {}).get(y or 0) or data.HOLIDAYS[h] for h in hol]
        a, b = max(x for x, _ in spans), min(y_ for _, y_ in spans)
        if a > b:       # holidays apart (no month shared): all their months
            a, b = min(x for x, _ in spans), max(y_ for _, y_ in spans)
        return _span(y, a, y, b) if y else None
    if p.endswith("一年内"):
        return None       # 一年内预计还有3万户…: a forecast's year from now, no calendar months
    if "目前" in p or p in ("当前", "如今", "现在", "眼下"):
        if ny and nm:
            return _span(ny, nm, ny, nm)
        # 目前,开发区落户企业55户 in a text dated by its year only: that year (截至目前, a point
        # up to a day, stays unresolved without the month)
        return _span(ny, 1, ny, 12) if ny and p in ("目前", "当前", "如今", "现在", "眼下") else None
    m = _YEAR_SPAN.fullmatch(p)
    if m:          # 2021—2023年
        y0, y1 = int(m.group(1)), int(m.group(2))
        return _span(y0, 1, y1, 12) if y0 <= y1 else None
    m = _YEAR_NUM.search(p)
    rel = None
    if m:
        year = int(m.group(1))
        rest = p[m.end():]
    elif p.startswith("上年度") and ctx.year is not None:
        year, rest = ctx.year - 1, p[3:]    # the year before the one reported on (a budget's)
    elif "去年" in p or "上年" in p:
        if ny is None:
            return None
        year, rest, rel = ny - 1, p.replace("去年", "").replace("上年", ""), "last"
    elif "今年" in p or "年初以来" in p:
        if ny is None:
            return None
        year, rest, rel = ny, p.replace("今年", "").replace("年初", ""), "this"
    else:
        if ctx.year is None:
            return None
        year, rest = ctx.year, p
    rest = _POINT_LEAD.sub("", rest)
    if rest == "年初" and p == "年初":
        return None       # 年初,《哪吒2》吸引了3.24亿观影人次: the year's first weeks, no months
    if rest == "年中":      # 到今年年中: the year's middle (a point)
        return _span(year, 6, year, 6)
    if "以来" in rest or rest.endswith("至今") or rest == "来":   # (2022年至今, 2015年来: as 2022年以来)
        # (去年12月底至今: from that month, as 去年12月以来)
        part = _months(rest.replace("以来", "").replace("至今", "")) \
            if rest not in ("以来", "至今", "来") else None
        if part is not None and ny is not None and nm is not None \
                and (year, part[0]) <= (ny, nm):
            return _span(year, part[0], ny, nm)   # 三季度以来, 下半年以来, 去年3月以来: from the part's start
        if ny is not None and nm is not None and (rel == "this" or (m and year <= ny)):
            return _span(year, 1, ny, nm)      # 今年以来, 年初以来, 2020年以来: up to now
        if m and nm is None and ctx.year is not None and ny is not None and year <= ctx.year < ny:
            return _span(year, 1, ctx.year, 12)   # a work report's 自2014年以来: to the year it reviews
        return None
    months = _months(rest)
    point = "截至" in p or "截止" in p or p.startswith("到") or "底" in rest or "末" in rest \
        or "年终" in rest
    if point and _PART_OF_YEAR.search(rest):
        point = False     # 截止2021年上半年,完成工业产值12.2亿元: the part of the year up to then
    if point and rest == "" and p.startswith("到") and ny is not None and year > ny:
        point = False     # 到2025年,…达到6800亿元: a target's year, not a point in it
    if months is None:
        if point and ("年底" in rest or "年末" in rest or rest in ("", "底", "末", "期末")):
            return _span(year, 12, year, 12)
        if rest == "初":
            return _span(year, 1, year, 1)    # 2025年初…余额为3.4亿元: the year's start, a point
        return _span(year, 1, year, 12)
    a, b = months
    if point:
        a = b
    if not m and rel is None and not ctx.year_from_title and ny == year and nm is not None \
            and b > nm:
        year -= 1     # 1—12月 in a January release: last year's
    return _span(year, a, year, b)
