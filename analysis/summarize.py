"""Extractive, indicator-aware summaries in the article's own sentences.

Article summary (≤ 120 characters):

1. Candidates are the sentences of the article's body spans (``ArticleSeg.body``), clipped to
   them, so headlines, section headings, bylines (``本报讯(记者 …)``), captions and
   ``(下转第三版)`` never enter.  Sentences that are rhetoric or procedure are dropped: the
   address and thanks of a work report (``各位代表:``, ``请予审议``), ``一年来,我们…`` and other
   first-person ``我们`` sentences without a figure, exclamations, questions, direct quotes,
   the occasion and speaker lines printed under a report's title (``——…日在…会议上``,
   ``省长 王凯``), and sentences that repeat the headline. A rhetorical sentence that reports
   core figures (``各位代表,刚刚过去的2025年,…,地区生产总值增长5.3%,…``) stays: its
   figure-less opening clauses are cut (``summary_select``). A heading line left in the body
   does not make the next sentence the tail of a cut one.
2. Each candidate is scored: core indicators in it (``Indicator.canonical`` in ``CORE``, their
   ``span`` in original coordinates inside the sentence) weigh 3 (GDP 4), other indicators 0.5
   (at most 1.0 a sentence, only in sentences without a core one), core indicator names
   followed by a figure 3 when the indicator stage gave no core indicator for the article; a
   sentence with core figures gets up to 1.5 more the earlier it is (a report's headline
   figures open it; not in a long article that is no news item whose one core figure comes in its
   second half, a side detail: ``成都全市规模以上工业增加值…`` in a story on cities' population),
   and number-with-unit figures 0.25 each when no indicator falls in the
   article (so the stage still works when indicator extraction is off); the article's first
   two body sentences get a lead bonus (2, 1 for news items: a ``本报讯`` byline, a wire or news
   credit, an item of a list; 1, 0 for a news item's sentences without a figure when two of its
   first sentences carry one; 1.5, 0.75 for other articles when they carry a figure outside an
   opening frame, ``面对…1686公里的风沙线…,``, 0.5, 0.25 when not); a sentence holding the
   headline's percentage (``增长6.5%``) 2 more; outside a news item the first sentence printing
   each count or whole amount the headline states (``1-4月关店超1000家`` → ``…已有超1000家门店停业``)
   1.5 more; the first sentence with a figure of each
   indicator the headline names by its acronym (``11月CPI、PPI公布``) 1.5 more; the first
   sentence giving a figure of each thing a headline stating a figure names (``5月全国汽车产销量环比双
   下降`` → ``5月份全国汽车产量为131.27万辆``: runs of its words, in the clause before the figure) 1
   more; the first
   sentence saying what an explainer's headline asks about (``什么是低空经济?`` → ``低空经济是…``)
   3 more; the sentence right before one drawing an inference from it in the same paragraph
   (``2023年,我国大豆进口量为9940.9万吨。参考…,也就是说80%以上的大豆需要进口。``) 1.5 more when it
   carries a figure; in a long article without core figures that is no news item and whose two
   lead sentences say no measured figure (an analysis opening on its framing), the first
   sentence saying one 1 more and the next 0.5 (not an example, ``比如…``, nor a figure in
   brackets only; none after a plan issued found after the framing: that is the news). Attendance lists (``…参加。``) and who spoke or chaired
   (``…出席开幕式并致辞。``, ``…主持会议。``), plans and
   targets (``预期目标``, ``力争``, ``…左右``; not in a story whose first sentence says a plan
   was issued, ``印发《…方案》``: its targets are its news, nor a preliminary count of a period
   past, ``初步核算,2021年…预计全年营业收入超过48万亿元,同比增长12%左右``), enumerated headings (``一、…``), reported speech
   (``…总经理王建国表示,``; in an interview a named person's answer turn, ``Damien:…``) and
   month-on-month figures (``环比``) lose points; an interviewer's question turn (``36氪:…``,
   ``记者:``, ``问:``: ``data/interview.txt``; outside an interview a press release's question
   answered on the next line under ``答:``, whose answer is said without its label) is no
   candidate, nor is a line opening with an
   editor's note or saying where the text came from (``编者按:…``, ``来源:…``:
   ``data/summary_notes.txt``). A sentence about the article's
   tables (``表1和表2分别列出了…``, ``上图是…``) loses points; a breakdown by category
   (``按常住地分,城镇…。农村…。``) gives way to the total before it; the headline acronym's bonus
   (``CPI``) never goes to another economy's figure (``6月美国CPI…``); in a long analysis a
   forecast of an amount (``预计今年新增减税降费超7000亿元``) is a fact, not a target, and a
   count (``SKU超9000个``) is a measured figure of an article without core figures that is no
   news item.
3. ``summary_select`` filters the candidates and, in an economic text, chooses the lead and
   the figures that follow it.
4. The best sentences are taken greedily while they fit; a sentence whose figures are all said
   already, or that is printed twice, is skipped, and so is one without a measured figure once
   the summary reports figures (a comment after the news: ``…政策成效持续显现。``); a quoted
   sentence leaves out how its figure was computed and how far it reached its budget
   (``data/summary_drop.txt``: ``按不变价格计算``, ``完成年初预算的120.2%``), a later piece says
   one figure (its clauses up to its first measured figure and those saying more of it: its
   change, ``达到…``; not a comparison, rank or comment after it: ``全市固定资产投资同比增长45.6%,
   高于全区25.9个百分点,位居全区第一`` → ``…增长45.6%。``) and says a change on
   the year before without its base (``比上年增长5.6%`` → ``增长5.6%``) nor its change on a year further back
   after the year-on-year one (``,比2019年同期增长10.6%``) and an amount without
   the verb before it (``收入完成134,743万元`` → ``收入134,743万元``); a later sentence is said without the
   breakdown after its total (``,其中,…``, ``,按城乡分,…``); a note on units (``(人民币,下同)``)
   and one on how a figure is counted (``(按可比口径计算,详见附注二)``, ``(不含农户)``) are left out, and GDP's part by sector (``第二产业增加值…``) is no later piece; a later piece
   says its figure without who gave it (``据海关总署统计,``, ``付凌晖表示,``: ``data/summary_attrib.txt``;
   kept when the next clause is a bare change) and without the time
   the lead says (``1-7月,西安市固定资产投资…`` after ``1-7月,西安市规模以上工业增加值…``). When the room runs out before the figures do,
   the summary is built again with each piece said in fewer clauses (``_squeeze``: no comment
   on its figures, ``说明…``, nor the clauses without a number after its last figure) and that
   one is taken when it says more figures. The best
   sentence that does not fit alone is
   trimmed to its leading clauses (``,`` ``;`` ``、``), a later one with a figure to the
   clauses that fit the room left (``,`` ``;`` only, keeping a measured figure). The best
   sentence is printed first (with the start of its sentence when that is chosen too), the
   others in document order; in a short item without headline figures that is no news item
   (a regional page's story of a town) whose summary takes an opening sentence naming a place,
   all in document order (the who-and-where lead before its figure: ``_placed_lead``). A
   summary that fills less than half its room (a news item's one-sentence lead: ``…是第32个全国
   肿瘤防治宣传周,各地举行了…活动。``) goes on with the candidates after its last piece, in
   reading order, while they fit and are not marked down (what was published, decided or
   expected next); a short item's, whose one piece is a later figure, takes first its opening
   sentence naming a place (``_fill_lead``). Text is shown as printed (full-width
   punctuation kept).

A report printed with its occasion and speaker lines starts with who reported it, when and where
(``省长刘小涛2026年2月3日在江苏省十四届人大五次会议上：``); a bulletin or report printed with its
author lines under its headline (``衡水市统计局`` / ``国家统计局衡水调查队``) with who issued it
(``衡水市统计局、国家统计局衡水调查队：``); a signed commentary or essay that is no news item (its
byline a person's name only, ``陈  凌《人民日报》（…）``) with whose argument it is (``陈凌：``).

Captions: the caption text itself, trimmed.  Document summary (≤ 120): a one-article document
gets that article's summary with the same budget; a page or dump gets its main article
(most core indicators, then longest) as ``headline：summary`` followed by the headlines of the
others.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from operator import itemgetter

from . import lexicon, lineroles, segment, summary_select
from .articles import ArticleSeg, author_signature, reader_signature
from .indicators.data import CORE_KEYS, SUMMARY_KEYS
from .indicators.places import FOREIGN
from .indicators.places import find as find_places
from .layout import Cleaned
from .models import Indicator

ARTICLE_MAX = 120
CLOSING_ARGUMENT = 1.5  # the first sentence of a reader's commentary's last paragraph (half after)
DOCUMENT_MAX = 120  # issue #16: the document summary obeys the article limit

# the figures a summary leads with: the taxonomy's `summary: true` keys (taxonomy.yaml)
CORE = SUMMARY_KEYS
# the other headline figures (taxonomy `core: true`: new jobs, CPI, population) follow them
# (not GDP's parts by sector nor GDP per head: the lead gives GDP)
FOLLOW = frozenset(CORE_KEYS) - CORE - {"primary_value_added", "secondary_value_added",
                                        "tertiary_value_added", "per_capita_gdp"}

# rhetoric: openings (matched at the start) and words anywhere (one search each: an
# alternation of literals alone lets the regex engine skip ahead by their first characters)
_RHETORIC_START = re.compile(
    r"各位代表|同志们|现在,我代表|请予审议|并请|让我们|展望未来|回顾过去|站在新起点|"
    r"一年来,我们|过去的一年|刚刚过去的|新的一年|当前,|鉴往事|"
    # an analogy or an example illustrates, it does not report: 打个比方,气温从零下30度…
    r"打个比方|打比方|比如说|举个例子|举例来说")
_RHETORIC = re.compile(
    r"各位代表|请予审议|极不平凡|不避难|砥砺奋进|踔厉奋发|撸起袖子|攻坚克难|奋力谱写|"
    r"以优异成绩迎接|美好的明天|凝心聚力|不忘初心")
# a press conference's occasion: …负责人就…介绍了有关情况 / 并答记者问 (searched only in a
# sentence holding 情况 or 记者)
_PRESS = re.compile(r"介绍了?(?:有关|相关)情况|并答记者问|回答了?记者提问")
# the occasion and the speaker a report prints under its title, when they reach the body:
# ——2026年1月26日在河南省第十四届人民代表大会第四次会议上 / 河南省人民政府省长 王凯
_OCCASION = re.compile(
    r"[—\-－\s]*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*在[^。,;]{2,60}(?:会议|大会|会)上"
    r"|[^,。;\s]{0,24}(?:省长|市长|县长|区长|州长|主席|主任|书记|局长|部长|厅长)"
    r"\s*(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})$")
_FIGURE = re.compile(r"\d+(?:\.\d+)? ?(?:%|个百分点|亿元|万元|元|万吨|吨|亿千瓦时|万千瓦时|万千瓦|"
                     r"万亩|亩|万人|人|户|个|家|公里|万方|亿|万)")
# core indicator names, used when the indicator stage gave no canonical keys for the article
_CORE_NAMES = re.compile(
    r"(地区生产总值|GDP|生产总值|一般公共预算收入|公共财政预算收入|财政总收入|固定资产投资|"
    r"社会消费品零售总额|限上消费品零售额|规模以上工业增加值|规上工业增加值|工业增加值|"
    r"规模以上工业总产值|居民人均可支配收入|城乡居民收入|原煤产量|发电量|粮食产量|进出口总额|"
    r"旅游总收入|税收收入)(?!比重|的比重|占比)[^。;]{0,24}?\d")  # not a share of it (占当年GDP比重2.1%)
# GDP named as a figure, not as the base of a share (占当年GDP比重约为2.1%)
_GDP_WORD = re.compile(r"(?:生产总值|GDP)(?!比重|的比重|占比)")
# an enumerated heading (一、… / 第三,…; matched at the start) or a review's heading words
_ENUM_HEAD = re.compile(r"[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[,、]")
_HEAD_WORDS = ("工作回顾", "之年")
_HEAD_WORD = re.compile("|".join(map(re.escape, _HEAD_WORDS)))  # one search, no generator
_TARGET = re.compile(r"预期目标|主要目标|目标是|力争|左右[,;。]|预计")
# a figure measured against a past one (…收入达135663亿元,同比下降2.6%,…可比增长1.2%左右;): an
# outcome given about its size, not a target (目标 and 预计 still mark one)
_MEASURED = re.compile(r"同比|比上年|较上年|比去年|较去年|数据显示")
# a preliminary count of a period past (初步核算,2021年…预计全年营业收入超过48万亿元,同比增长12%左右):
# what the period reached, not a target, however rounded
_PRELIMINARY = re.compile(r"初步(?:核算|统计|测算)")
_FORETOLD = re.compile(r"有望|预计|预测|将达|将超")
_ATTEND = re.compile(r"(参加|出席|列席会议|陪同|主持|到会指导)[。.]?$")
# who spoke or chaired, a short sentence of its own (中共中央政治局委员、北京市委书记蔡奇出席开幕式并致辞。
# / 国务院副总理刘鹤作书面致辞。 / 市政协党组书记、主席乔晓峰主持会议。): the occasion's protocol, as
# an attendance list is (matched in its last 16 characters)
_PROTOCOL = re.compile(r"(?:出席[^,，;；。]{0,8}?并(?:致辞|讲话|发言)|主持(?:会议|并讲话)|作(?:书面|视频)?致辞)[。.]?$")
#: the longest sentence read as protocol alone
PROTOCOL_MAX = 40
_CLAUSE_SPLIT = re.compile(r"(?<=[,;、，；])")
_PART_SPLIT = re.compile(r"(?<=[,;，；])")
# a measured figure (not 2个月, not a year): 486.5亿斤, 13.6%, 121.7万人, 1327例 (cases counted)
_MEASURE = re.compile(r"\d(?:[\d.,]*\d)? ?(?:%|个百分点|万|亿|千|元|吨|斤|人|户|家|公里|亩|千瓦|倍|例)")
# a count of things (400个品牌, SKU超9000个; not a number of units: 2个月, 30个基点) measures too
# in an article without headline figures that is no news item (a company story): there it is a
# fact, in a report it is a list's length (5个重点项目)
_MEASURE_COUNT = re.compile(_MEASURE.pattern[:-1] + r"|个(?!月|季度|小时|工作日|百分点|基点))")
_END_PUNCT = "。!?!?"
# GDP's part by sector opening a sentence (第二产业增加值完成57.55亿元): no later piece of a summary
_SECTOR = re.compile(r"(?:其中,?)?第[一二三]产业")
# a note on the units of the figures that follow (28093.6亿元(人民币,下同)): not the summary's
# and a bracketed note on how a figure is counted or where it is explained, without a figure of
# its own (利润总额79750.1亿元,同比增长38.0%(按可比口径计算,详见附注二) / 投资(不含农户) / (详见表3-1)),
# and what a figure includes said without a figure (市级(包括市本级和经济技术开发区…,下同)一般公共预算
# 收入 / 国家财政性教育经费(主要包括一般公共预算安排的教育经费,…等)为42908.15亿元)
_NOTE = re.compile(r"[(（][^()（）]{0,12}下同[)）]|[(（](?:主要)?(?:包括|包含)[^()（）\d]{4,80}[)）]|[(（](?:[^()（）\d]{0,16}(?:详见|附注|口径)[^()（）]{0,16}|不含[^()（）\d]{0,16})[)）]")
# the breakdown of a figure after its total (…283.28万吨,同比增长0.01%,其中,夏粮… / 72.3万人,按城
# 乡分,…): a summary's later sentence says the total and leaves room for the next figure
_BREAKDOWN = re.compile(r"[,;，；](?=其中[,，]?|按[\u4e00-\u9fff]{1,6}分[,，])")


# a summary leaves out how a figure was computed and how far it reached its budget (data/
# summary_drop.txt): a clause matching one whole, with the , after it (or the , before it when
# it closes its sentence)
_DROPPED = "|".join(f"(?:{x})" for x in lexicon.lines("summary_drop.txt"))
_DROP = re.compile(rf"(?:(?<=[,，;；:：])|^)(?:{_DROPPED})[,，]|[,，](?:{_DROPPED})(?=[。;；]|$)")


# the base of a year-on-year change, the one a change is read against when none is said
# (比上年增长5.6% → 增长5.6%)
_LAST_YEAR = re.compile(r"比上年(?=增长|下降|增加|减少)")


# the verb between a figure's name and its amount (地区生产总值完成164.4亿元 → 地区生产总值164.4亿元)
# how a growth rate was computed, said inside its clause (按不变价格计算比上年增长5.4%): the rate
# stays, the basis goes (as a clause of its own: data/summary_drop.txt)
_PRICE_BASIS = re.compile(r"按(?:不变|可比)价格?计算(?=(?:比上年|同比|比|较)?(?:增长|下降))")
_DONE = re.compile(r"(?<=[\u4e00-\u9fff])(?:完成|实现)(?=\d)")


# a relative day named with its date in brackets (今天(4月15日), 昨日(3月2日)): the date says it
_DAY_DATE = re.compile(r"(?:今天|今日|昨天|昨日)[(（]((?:\d{4}年)?\d{1,2}月\d{1,2}日)[)）]")


# a sentence opening a breakdown of the figure before it (按常住地分,城镇居民人均可支配收入…): the
# sentence before it says the total, which leads
_BREAKDOWN_OPEN = re.compile(r"按[\u4e00-\u9fff]{1,6}分[,，]")
#: what the total before a breakdown gains over the breakdown's score
BREAKDOWN_TOTAL = 0.5


# a connective opening a sentence (然而,… / 此外,… / 与此同时,…): it ties the sentence to the one
# before it in the article, which a summary does not quote; a summary's piece says it without it
_CONNECTIVE_OPEN = re.compile(r"(?:然而|但是|不过|可是|此外|另外|与此同时|同时|而且|并且|因此|所以)[,，]")
_CONNECTIVE_FIRST = frozenset("然但不可此另与同而并因所")


def _compact(piece: str) -> str:
    """A sentence as a summary quotes it: without its method and budget-completion clauses,
    a relative day given with its date said by the date, a change on the year before said
    without that base (``比上年增长5.6%`` → ``增长5.6%``: the base a change is read against), an
    amount without the verb before it (``收入完成134,743万元`` → ``收入134,743万元``), and a change
    on a year further back said after the year-on-year one without it (``同比增长38.0%,比2019年1—11
    月份增长41.3%,两年平均增长18.9%`` → ``同比增长38.0%,两年平均增长18.9%``: the average over the two
    years says it).

    >>> _compact("利润总额79750.1亿元，同比增长38.0%，比2019年1—11月份增长41.3%，两年平均增长18.9%。")
    '利润总额79750.1亿元，同比增长38.0%，两年平均增长18.9%。'
    >>> _compact("比2019年同期增长10.6%，两年平均增长5.2%。")
    '两年平均增长5.2%。'
    >>> _compact("全市一般公共预算收入8500.9亿元，比2024年增长1.5%。")
    '全市一般公共预算收入8500.9亿元，比2024年增长1.5%。'
    >>> _compact("单位GDP二氧化碳排放比2019年下降约1.0%，比2015年下降18.8%。")
    '单位GDP二氧化碳排放比2019年下降约1.0%，比2015年下降18.8%。'
    >>> _compact("全市一般公共预算收入654,233万元，完成年初预算的120.2%，比上年增收52,015万元，增长8.6%；")
    '全市一般公共预算收入654,233万元，增长8.6%；'
    >>> _compact("根据市（地）生产总值统一核算结果，2025年，全市实现地区生产总值392.2亿元，按不变价计算，同比增长5.1%；")
    '2025年，全市实现地区生产总值392.2亿元，同比增长5.1%；'
    >>> _compact("全年地区生产总值789.56亿元,按不变价格计算,比上年增长5.3%。")
    '全年地区生产总值789.56亿元,增长5.3%。'
    >>> _compact("全年实现地区生产总值27695.1亿元，按不变价格计算比上年增长5.4%。")
    '全年实现地区生产总值27695.1亿元，增长5.4%。'
    >>> _compact("完成地方一般公共预算支出555,678万元，下降0.05%，剔除新增国债因素，同口径增长4%。")
    '完成地方一般公共预算支出555,678万元，下降0.05%，同口径增长4%。'
    >>> _compact("剔除今年因境内所属代理延伸服务模式的改变导致的收入确认口径变动的影响因素，公司营运收入同比下降3.6%。")
    '公司营运收入同比下降3.6%。'
    >>> _compact("2025年末常住人口852.1万人，比上年增加4.3万人；比上年同期下降2.1%。")
    '2025年末常住人口852.1万人，增加4.3万人；比上年同期下降2.1%。'
    >>> _compact("2024年，市本级地方一般公共预算收入完成134,743万元，增长11.7%，")
    '2024年，市本级地方一般公共预算收入134,743万元，增长11.7%，'
    >>> _compact("一般公共预算支出完成620,992万元，为变动预算的89.7%，增长14.1%。")
    '一般公共预算支出620,992万元，增长14.1%。'
    >>> _compact("全市实现地区生产总值392.2亿元。")
    '全市实现地区生产总值392.2亿元。'
    >>> _compact("今天（4月15日），第十五届中国国际园林博览会在浙江温州开幕。")
    '4月15日，第十五届中国国际园林博览会在浙江温州开幕。'
    """
    if "今" in piece or "昨" in piece:
        piece = _DAY_DATE.sub(r"\1", piece)
    if "比上年" in piece:
        piece = _LAST_YEAR.sub("", piece)
    if "完成" in piece or "实现" in piece:
        piece = _DONE.sub("", piece)
    if "价" in piece:
        piece = _PRICE_BASIS.sub("", piece)
    if "比20" in piece and (m := _BASE_YEAR.search(piece) or _BASE_YEAR_OPEN.match(piece)) \
            and (m.start() == 0 or "同比" in piece[:m.start()]):
        piece = piece[:m.start()] + piece[m.end():]
    return _DROP.sub("", piece)


# a change on a year further back (比2019年1—11月份增长41.3%), a clause of its own after the
# year-on-year change (同比 before it) or opening a piece before its two-year average
_BASE_YEAR = re.compile(r"(?<=[,，;；])(?:比|较)20\d\d年[^,，;；。环]{0,12}?(?:增长|下降)(?:约)?\d+(?:\.\d+)?%[,，]"
                        r"|[,，](?:比|较)20\d\d年[^,，;；。环]{0,12}?(?:增长|下降)(?:约)?\d+(?:\.\d+)?%(?=[;；。]|$)")
_BASE_YEAR_OPEN = re.compile(r"(?:比|较)20\d\d年[^,，;；。环]{0,12}?(?:增长|下降)(?:约)?\d+(?:\.\d+)?%[,，](?=两年平均)")


# who says or shows the figures, opening a sentence (国家统计局11月15日公布的数据显示, / 据介绍, / 邵新宇
# 介绍,): the figures are the summary's, not who gave them (data/summary_attrib.txt)
_ATTRIB = re.compile("(?:" + "|".join(lexicon.lines("summary_attrib.txt")) + r")[,，]$")
# a clause drawing a conclusion from the figures (这意味着…, 也就是说…, 表明…): a comment
_COMMENT = re.compile(r"(?:这意味着|这表明|也就是说|表明|说明|显示出|可见|足见)")
# a clause framing the one after it (在连续2个月低于50%的临界点后, / 随着…): never the last one kept
_FRAME_OPEN = re.compile(r"\s*(?:在|当|随着|由于|受|因|相比|与|较)")
_QUOTE_MARKS = re.compile(r"[“”\"()（）《》]")


# a clause whose figure describes a noun it ends with, the sentence's topic (3151.08亿元的经济总量, /
# 距离淮河100公里左右的宿州,): what is said of it is in the clause after it
# a sentence that only lists names (银鳕鱼、加州鲈、南美白对虾。): three or more short items, no verb
# nor clause between them
_BARE_LIST = re.compile(r"[“”\w·]{1,5}(?:、[“”\w·]{1,5})+、(?![^、]*[增减降升涨跌创达是有为])"
                        r"[“”\w·]{1,5}[。!！…]*")
_TOPIC = re.compile(r"\d[^,;，；。的]*的[\u4e00-\u9fff]{1,4}[,，]$")
# a clause opening with the copula after a figure's (这处占地近50个足球场的白色建筑群,是我国…装置):
# the figure's clause is the subject, this one what is said of it: a piece is not cut between them
_COPULA = re.compile(r"\s*(?:是|已?经?成为|正在?成为)")


def _squeeze(piece: str, lead: bool = True, tail: bool = True) -> str:
    """A sentence with a measured figure as a summary says it: its figure clauses, not who
    gave them (a leading ``…数据显示,``), nor a comment on them (``这意味着…``), nor the clauses
    without a number after its last figure (``…,有力保障了用能需求。``); the clauses kept are
    printed as they stand, and a change keeps what changed (a leading clause is kept when the
    next opens with a bare change, ``同比增长…``).

    >>> _squeeze("国家统计局11月15日公布的数据显示，10月份，规模以上工业增加值同比增长3.5%，为今年首次回升。")
    '10月份，规模以上工业增加值同比增长3.5%。'
    >>> _squeeze("消费品进口一季度增长了5.4%，说明国内市场需求逐步恢复，为经济持续增长创造条件。", tail=False)
    '消费品进口一季度增长了5.4%。'
    >>> _squeeze("数据显示，同比增长5.4%。")
    '数据显示，同比增长5.4%。'
    """
    parts = _PART_SPLIT.split(piece)
    if len(parts) < 2:
        return piece
    fig = [_MEASURE.search(c) is not None for c in parts]
    if not any(fig):
        return piece
    keep = [True] * len(parts)
    n = len(parts)
    if lead:
        i = 0
        while i < n - 1 and not fig[i] and _ATTRIB.search(parts[i]) and not _QUOTE_MARKS.search(parts[i]):
            i += 1
        if i and _BARE_CHANGE.match(parts[i]) is None:
            for k in range(i):
                keep[k] = False
    if tail and not _FRAME_OPEN.match(parts[last := max(k for k in range(n) if fig[k])]):
        if _TOPIC.search(parts[last]) and last + 1 < n:
            last += 1  # a topic's figure: what is said of it is kept (…的经济总量,在省内连超…)
        for k in range(n - 1, last, -1):
            if re.search(r"\d", parts[k]) or _QUOTE_MARKS.search(parts[k]):
                break
            keep[k] = False
    if lead or tail:
        for k in range(1, n):
            if keep[k] and not fig[k] and _COMMENT.match(parts[k]) and not _QUOTE_MARKS.search(parts[k]) \
                    and (k + 1 >= n or _BARE_CHANGE.match(parts[k + 1]) is None):
                keep[k] = False
                if not any(fig[k + 1:]):  # what follows a comment without a figure comments too
                    for j in range(k + 1, n):
                        keep[j] = False
                    break
    if all(keep):
        return piece
    end = piece.rstrip()[-1:]
    out = _close("".join(c for c, kp in zip(parts, keep) if kp))
    if end in _END_PUNCT + ";；" and out[-1:] == "。":
        out = out[:-1] + end
    return out


# a piece of a sentence that opens with a bare change (同比上涨1.1%,… after 6月份CPI环比下降0.4%,…;):
# its subject is in the piece before
_BARE_CHANGE = re.compile(r"(?:同比|环比|比上年|比上月|较上年|较上月|比去年同期)?"
                          r"(?:上涨|增长|下降|回落|上升|下跌|增加|减少|持平)")


def _with_subjects(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence pieces, a piece opening with a bare change joined to the piece before it (the
    same sentence, cut at its ``;``): ``6月份CPI环比下降0.4%,…;同比上涨1.1%,…。`` is one candidate,
    the change is never quoted without what changed.

    >>> t = "具体来看,6月份CPI环比下降0.4%;同比上涨1.1%。上半年上涨0.5%。"
    >>> [t[a:b] for a, b in _with_subjects(t, [(0, 20), (20, 29), (29, 39)])]
    ['具体来看,6月份CPI环比下降0.4%;同比上涨1.1%。', '上半年上涨0.5%。']
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and text[out[-1][1] - 1] in ";；" and _BARE_CHANGE.match(text, a) is not None \
                and not text[out[-1][1]:a].strip():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


#: at most this many sentences are joined to close a quote opened in the first
QUOTE_JOIN = 4
#: characters a sentence says before the quote it opens for the quote to be joined: a fact
#: (2022年3月,有赞开启新一波裁员,多个事业部均有裁员计划,如上述员工所说“…”), not a speaker
QUOTE_FACT = 16


def _with_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence pieces, a sentence that opens a quote closed in a later sentence of its line
    joined with those (at most ``QUOTE_JOIN``): ``2022年3月,有赞开启新一波裁员,如员工所说“…都有一定比例的
    裁员。其中,核心部门大约裁50%,…。”`` is one candidate, said as the article prints it, not two
    halves of a quote.

    >>> t = "2022年3月,有赞开启新一波裁员,员工说“其他部门都裁。核心部门裁50%。”次月复工。"
    >>> [t[a:b] for a, b in _with_quotes(t, [(0, 29), (29, 39), (39, 44)])]
    ['2022年3月,有赞开启新一波裁员,员工说“其他部门都裁。核心部门裁50%。”', '次月复工。']
    >>> t = "他细数,“棚里有传感器。每亩产1200斤。”"
    >>> [t[a:b] for a, b in _with_quotes(t, [(0, 12), (12, 22)])]
    ['他细数,“棚里有传感器。', '每亩产1200斤。”']
    """
    out: list[tuple[int, int]] = []
    i, n = 0, len(spans)
    while i < n:
        a, b = spans[i]
        opened = text.count("“", a, b) - text.count("”", a, b)
        j = i
        # (a quote after a speaker's frame alone, 崔宝军一一细数,“…。…。”, is what someone said: it
        # stays in pieces, as a sentence opening the quote does)
        if opened > 0 and text.find("“", a, b) - a >= QUOTE_FACT:
            while j + 1 < n and j - i < QUOTE_JOIN and "\n" not in text[b:spans[j + 1][0]] \
                    and "\n" not in text[spans[j + 1][0]:spans[j + 1][1]].rstrip():
                j += 1
                s2, e2 = spans[j]
                opened += text.count("“", s2, e2) - text.count("”", s2, e2)
                if opened <= 0:
                    break
            if opened != 0:
                j = i  # not closed in its line: the pieces stay as they are
        out.append((a, spans[j][1]))
        i = j + 1
    return out


def _sent_spans(seg: ArticleSeg, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences clipped to the article's body spans, in order. ``sentences`` are in text
    order and do not overlap (``segment.sentences``), so only those between the first body
    start and the last body end are looked at (two bisections, not a pass over the document
    per article)."""
    out: list[tuple[int, int]] = []
    body = sorted(seg.body)
    if not body:
        return out
    first = bisect_right(sentences, body[0][0], key=itemgetter(1))
    last = bisect_left(sentences, max(e for _, e in body), key=itemgetter(0))
    j = 0
    nb = len(body)
    for a, b in sentences[first:last]:
        while j < nb and body[j][1] <= a:
            j += 1
        if j < nb and body[j][0] <= a and b <= body[j][1] and (
                j + 1 == nb or body[j + 1][0] >= b):
            out.append((a, b))  # inside one body piece (most): the loop below gives it whole
            continue
        k = j
        while k < nb and body[k][0] < b:
            s, e = max(a, body[k][0]), min(b, body[k][1])
            if e > s:
                out.append((s, e))
            k += 1
    return out


# a sentence opening with a direct quote (“…,…” / “…。”), not with a quoted term (“十五五”期间)
_QUOTE_OPEN = re.compile(r"[“\"](?:[^”\"]{13,}|[^”\"]*[,。;!?:])")


def _may_be_occasion(s: str) -> bool:
    """Can ``_OCCASION`` match ``s``? (False only when it cannot: its first branch holds 会上,
    its second no ``,``, ``。`` or ``;``.) Most sentences have a comma or a full stop: the match,
    which tries the second branch's titles at each of the first 25 characters, is spared them
    (is_rhetoric over the seed mix's sentences: ≈ 6.3 → 4.4 ms).

    >>> _may_be_occasion("在全省经济工作会议上"), _may_be_occasion("河南省人民政府省长 王凯")
    (True, True)
    >>> _may_be_occasion("市委书记孙大军主持。")
    False
    """
    return "会上" in s or ("," not in s and "。" not in s and ";" not in s)


def is_rhetoric(sent: str) -> bool:
    """Sentences a reader leaves out of a summary.

    >>> is_rhetoric("——2026年1月26日在河南省第十四届人民代表大会第四次会议上")
    True
    >>> is_rhetoric("河南省人民政府省长 王凯")
    True
    >>> is_rhetoric("市委书记孙大军主持。")
    False

    >>> is_rhetoric("打个比方,气温从零下30度变为零下25度,的确“回暖”了。")
    True
    >>> is_rhetoric("“十四五”期间,全国累计完成生态保护修复面积超过8200万亩。")
    False

    >>> is_rhetoric("各位代表!")
    True
    >>> is_rhetoric("一年来,我们迎难而上,攻坚克难,不避难。")
    True
    >>> is_rhetoric("地区生产总值完成168.6亿元,同比降低2.9%;")
    False
    """
    s = sent.strip()
    if _RHETORIC_START.match(s) or _RHETORIC.search(s) or (len(s) <= 64 and _may_be_occasion(s)
                                                          and _OCCASION.match(s)):
        return True
    if ("情况" in s or "记者" in s) and _PRESS.search(s):
        return True
    if s.endswith(("!", "!", "?", "?")) or (s[:1] in "“\"" and _QUOTE_OPEN.match(s)):
        return True
    if "我们" in s and not _FIGURE.search(s):
        return True
    if ("”" in s or "“" in s) and s.count("”") != s.count("“"):  # counted only when there
        return True  # a piece of a direct quote
    return False


# a bullet opening a standfirst or list line (◎2022年1月,… / ● …): the line's mark, not its text
_LEAD_BULLET = re.compile(r"^\s*[◎●■◆▲◇★☆•▪]\s*")


# the label of a press release's answer turn (答：截至2021年8月末,…): the answer is said without it
_ANSWER_LABEL = re.compile(r"(?:" + "|".join(map(re.escape, lexicon.lines("interview_answers.txt")))
                           + r")[:：]\s*")


# an item's number opening a sentence (1.一般公共预算收入… / 2．…): a label, not what it says
# (not a figure: 1.5万亿元)
_ITEM_NUMBER = re.compile(r"\d{1,2}[.．](?![\d.．])\s*")


def _display(cleaned: Cleaned, s: int, e: int) -> str:
    t = cleaned.display(s, e) if hasattr(cleaned, "display") else cleaned.text[s:e]
    if t[:1] in _BULLETS or t[:1].isspace():
        t = _LEAD_BULLET.sub("", t)
    if t[:1].isdigit() and (m := _ITEM_NUMBER.match(t)) is not None:
        t = t[m.end():]
    return t[m.end():] if t[:1] in _ANSWER_FIRST and (m := _ANSWER_LABEL.match(t)) else t


_BULLETS = frozenset("◎●■◆▲◇★☆•▪")
_ANSWER_FIRST = frozenset(x[0] for x in lexicon.lines("interview_answers.txt"))


_TITLE_NOISE = re.compile(r"[\s“”\"'‘’—-]")


def _norm_title(t: str) -> str:
    return _TITLE_NOISE.sub("", t)


_ALNUM6 = re.compile(r"[^\W_](?:[\W_]*[^\W_]){5}")  # six characters that are str.isalnum()
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_LINK_RUN = re.compile(r"[\w=&%#./:?+-]{30,}", re.ASCII)  # an address or a hash, no space in it


# what keeps a quote giving the headline's figure from being its fact: a question, or what is
# to come (工程建成后,…超过3000万群众能喝上引调水。”: a plan's promise, not what happened)
_QUOTED_FACT = re.compile(r"[?？]|将|建成后|预计|计划|有望|力争|到20\d\d年")


def _not_prose(sent: str) -> bool:
    """A link, code or an address split at its ``?`` (``__biz=MzI0…&mid=…``): a run of 30
    characters or more of one, and more Latin letters than Chinese characters (a financing story
    naming its investors, ``「Glints」…Monk's Hill Ventures…``, is prose); a sentence opening with
    a Chinese character is never one."""
    if "\u4e00" <= sent[0] <= "\u9fff" or _LINK_RUN.search(sent) is None:
        return False
    return len(_LATIN.findall(sent)) > len(_HAN.findall(sent))
_CONT_END = _END_PUNCT + ";…”:—\ufffd"
_CUT_END = _END_PUNCT + ";…”"
_NEWS = re.compile(r"本报\S{0,4}讯")
# a lead opening with the day and what the reporter learned (11月25日,记者从省通信管理局获悉,)
_REPORTED = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日[,，])?记者[^,，。;；]{0,20}?(?:获悉|了解到)[,，]")
# a figure's number (not a year or a date): 6.2万亿元 → 6.2, 13.3% → 13.3
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?= ?(?:%|个百分点|[万亿千百]|元|吨|斤|人|户|家|个|公里|亩|倍))")
#: the first sentence giving a figure of a thing a figure headline names gains this
TITLE_NAME = 1.0
_NAME_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
_DIGIT = re.compile(r"\d")
_TIME_CHARS = re.compile(r"[年月日季]|上半|下半|前三")
_CHANGE_WORDS = frozenset("同比 环比 增长 下降 增加 减少 增速 回升 回落 上涨 下跌 新增 首次 同比增长 同比增加 同比下降 "
                          "同比减少 两年 平均".split())
_SCOPE_WORDS = frozenset("全国 全省 全市 我国 今年 去年".split())
#: a sentence holding the headline's figure gains this much
TITLE_FIGURE = 2.0
PLACE_FIGURE = 0.25  # a figure of the place a long feature's headline or kicker names
#: such a figure's sentence saying the headline's words gains this much times the share of the
#: headline's two-character runs it holds (the sentence the headline restates)
HEADLINE_WORDS = 1.0
#: the first sentence holding a figure a section heading prints gains this
SECTION_FIGURE = 1.5
def _figure_in(n: str, sent: str) -> bool:
    """Is the number ``n`` printed in ``sent`` as a number of its own?

    >>> _figure_in("13.61", "人数已达13.61亿人。"), _figure_in("10", "达10.07亿人"), _figure_in("3.6", "13.6%")
    (True, False, False)
    """
    at = sent.find(n)
    while at >= 0:
        e = at + len(n)
        after = sent[e:e + 1]
        if (at == 0 or not (sent[at - 1].isdigit() or sent[at - 1] == ".")) and \
                not after.isdigit() and not (after == "." and sent[e + 1:e + 2].isdigit()):
            return True
        at = sent.find(n, at + 1)
    return False


# a measured figure's number in a heading (77.3岁, 13.61亿, 超10亿; not 26个城市 nor a year)
_HEAD_NUMBER = re.compile(r"\d+(?:\.\d+)?(?= ?(?:%|个百分点|[万亿千]|元|吨|斤|岁|倍|人|户|家|公里|亩))")
#: the first sentence with a figure of an indicator the headline names by its acronym gains this
TITLE_TERM = 1.5
_TITLE_TERM = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])")  # CPI, PPI, GDP, PMI
# a country outside China (data/foreign_places.tsv) or a currency area named right before an
# indicator's acronym (6月美国CPI、欧元区HICP…): another economy's figure, not the headline's
_FOREIGN_TERM = re.compile("(?:" + "|".join(sorted(map(re.escape, [*FOREIGN, "欧元区", "欧盟"]),
                                                   key=len, reverse=True)) + ")$")


def _own_term(term: str, sent: str) -> bool:
    """Does ``sent`` name the indicator ``term`` once without a foreign economy before it?

    >>> _own_term("CPI", "6月美国CPI、欧元区HICP同比分别上涨9.1%、8.6%"), _own_term("CPI", "6月CPI同比上涨2.5%")
    (False, True)
    """
    at = sent.find(term)
    while at >= 0:
        if _FOREIGN_TERM.search(sent, max(0, at - 8), at) is None:
            return True
        at = sent.find(term, at + 1)
    return False
# an amount in a headline printed with its decimals (1022.8亿元): found as printed in the text
_TITLE_AMOUNT = re.compile(r"\d+\.\d+[万亿]")
_TITLE_PCT = re.compile(r"(\d+(?:\.\d+)?)%")
# a count or a whole amount in a headline (超1000家, 48万亿营收, 143个区, 18项政策): the first sentence
# printing it is the one that restates the headline's topic with its figure; an amount written with
# a word for its magnitude (千亿元产业链, 首破千亿美元) as well, not one a digit leads (7千亿)
_TITLE_COUNT = re.compile(r"(?<![\d.])(?:\d+(?:\.\d+)?(?:万亿|[万亿])(?:家|个|人|户|元|吨|项|名|件|台|辆)?"
                          r"|\d+(?:家|个(?!百分点)|人|户|元|吨|项|名|件|台|辆|条|座|艘)"
                          r"|(?<![\d.])[百千万]亿(?:美?元)?)")
#: the first sentence printing a count or amount the headline states gains this much
TITLE_COUNT = 1.5
#: the sentence defining what an explainer's headline asks about gains this much
DEFINITION = 3.0
# an explainer's headline asking what something is: 什么是低空经济? / 新质生产力是什么?
_WHAT_IS = re.compile(r"什么是([^?？,，:：\s]{2,12})[?？]|([^?？,，:：\s]{2,12})是什么[?？]")
# a story of a plan being issued, said in its first sentence (…办公厅近日印发《广西金融惠企三年行动
# 方案(2025—2027年)》): the plan's targets are its news, they lose no points
# (or said of the document: 近日,《…关于更高水平更高质量做好节能降碳工作的意见》发布)
_PLAN_ISSUED = re.compile(r"(?:印发|出台|发布|公布)(?:了)?《[^》]{2,60}(?:方案|规划|计划|意见|措施|纲要)"
                          r"(?:\([^)]{0,20}\))?》"
                          r"|《[^》]{2,60}(?:方案|规划|计划|意见|措施|纲要)(?:\([^)]{0,20}\))?》"
                          r"(?:近日|日前)?(?:正式)?(?:印发|出台|发布|公布)")
# a sentence opening with a connective that answers the one before it (但与居民医保…相比,… / 而非食品
# 价格方面,… / 对此,…): read alone, it says half of what it means
# (a contrast that says its own figures, 但北京和深圳3月交易量同比下降都仅约30%,…, stands alone; an
# exception to the trend said before, 但仍有房企逆势上扬,比如,万科…, does not)
_BACKREF = re.compile(r"(?:而|对此|因此|所以)(?!且|今|后)|(?:但|然而|不过)[,，]?(?:仍|也|还)有|(?:但是?|然而|不过|可是)[,，]?(?:与|同|和|跟)[^,，。]{2,40}(?:相比|相较)")
#: the first sentence saying a plan or measures were issued (…联合印发《支持创新药高质量发展的若干措施》)
#: gains this much when it comes after the two lead sentences, among the first ISSUED_SENTENCES:
#: what a policy story reports after its framing
ISSUED = 1.5
# a kicker saying who explains a document (…有关负责同志和相关专家解读——, …答记者问)
_EXPLAINED = re.compile(r"解读|答记者问")
ISSUED_SENTENCES = 4
#: an explainer (…(政策解读), …解读——) may frame the document longer before saying it was issued
#: (its background figures, what happened so far): the first EXPLAINER_ISSUED_SENTENCES are looked at
EXPLAINER_ISSUED_SENTENCES = 6
# a release of typical cases by a court, a procuratorate or a ministry (最高人民法院21日发布5件…典型
# 案例, 公安部公布10起…典型案例): the news its story reports, whatever frames it
_CASES_RELEASED = re.compile(r"""
    (?:发布|公布|通报)(?:了)?                  # released
    [^。,，;；]{0,12}?                         # (近日, 第三批)
    (?:\d+|[一二三四五六七八九十两]+)(?:件|起|个|批)  # how many: 5件, 10起, 一批
    [^。;；]{0,40}?典型案(?:例|件)              # …典型案例
""", re.VERBOSE)
# a document an explainer explains: a plan (_PLAN_ISSUED) or rules (…发布《…管理暂行办法》,
# 印发《…的通知》, 《…条例》公布)
_RULES_ISSUED = re.compile(r"(?:印发|出台|发布|公布)(?:了)?《[^》]{2,60}(?:办法|规定|条例|通知|细则|指南|准则)》"
                           r"|《[^》]{2,60}(?:办法|规定|条例|通知|细则|指南|准则)》"
                           r"(?:近日|日前)?(?:正式)?(?:印发|出台|发布|公布)")
_BACKREF_FIRST = frozenset("而对因所但然不可")  # how such a sentence starts (a cheap test first)
# reported speech: 总经理王建国表示, / 郜亮说,
# a sentence opening with a word that points back at the sentence before it (此后, 随后, 其后 /
# 前者, 后者, 其余): what it says goes on from there, it does not open a summary
# (or a sentence pointing at the place the footage or the scene shows, 这段…滨水空间,…。 / 在江苏的
# 这家钢厂,…。: the example it describes, not the news)
_ANAPHORA = re.compile(r"此后|随后|其后|前者|后者|其余"
                       r"|(?:在[^,，。]{1,8}的)?这(?:段|家|座|条|片)(?!时间|时期|日子|期间)")
_ANAPHORA_FIRST = frozenset("此随其前后这在")  # (a cheap test first)
ANAPHORA = 0.5

_SPEECH = re.compile(r"(?:表示|说|认为|指出|坦言|透露)[,:]")
# a speaker's tag after the quote it closes (“有歌有舞有戏曲,大家都看得特别开心!”浙江杭州…村民方秋兰说。):
# who said it, no sentence of its own (the splitter cut it after the quote's !”)
_SPEAKER_TAG = re.compile(r"[^,;:，；：。!?！？“”\d]{2,40}?(?:说|表示|介绍|坦言|感慨|感叹|告诉记者)[。.]?$")


#: the sentence a sentence draws its inference from (…,也就是说…) gains this much
INFERENCE = 1.5
#: a long article without core figures that is no news item (an analysis, a feature, an interview)
#: and whose two lead sentences say no measured figure: its first sentences saying one gain these,
#: where its facts begin after the framing (3月19日,A股向下调整;…。不少分析认为,…。据Choice数据统计,
#: 截至3月17日,今年来已有超60家A股上市公司发布了股权激励计划。)
FIRST_FIGURES = (1.0, 0.5)
#: an article of this many candidate sentences or more is a long one (a short feature's opening
#: stays its lead)
LONG = 12
#: a long article that is no news item with at most this many core figures, all in its second
#: half, gives them as side details
SIDE_CORE = 1
# an example (比如财务造假的康美药业…): no first fact
# a feature's tally of the whole place (…等一系列举措,全县林业生态产业产值突破30亿元。): a clause
# opening with 全县 (全市, 全镇…) that says a figure of it, not a clause naming it (全县唯一的…)
_TALLY = re.compile(r"""(?:^|[,，;；:：])
    全(?:县|市|区|州|盟|旗|镇|乡|村)   # the whole place
    [^,，;；。\d]{0,16}?\d               # its figure within the clause""", re.X)
TALLY = 1.0
# a company's short name as a feature introduces it (陕西建工控股集团有限公司(简称“陕建”)): the
# sentences where the company itself reports a figure (陕建投资运营15座污水处理厂) are its tally,
# not one project's details
_SHORT_NAME = re.compile(r"""(?:集团|公司|企业|银行)(?:有限公司|股份有限公司)?
    [(（](?:以下)?简称[“"]([^”"]{2,8})[”"][)）]""", re.X)
#: what a sentence in which a feature's company (its short name, or 集团 / 公司 opening a clause)
#: reports a figure gains
COMPANY_FIGURE = 0.5
_COMPANY_OPEN = re.compile(r"(?:^|[,，;；:：])(?:截至目前[,，])?(?:该|本)?(?:集团|公司)")
_EXAMPLE = re.compile(r"比如|例如|譬如|举例")
# a company's officer speaking (浙江森古生物科技有限公司总经理吕新旺介绍,公司…去年支付劳务费近800万元。):
# the company, within eight characters its officer's title (data/company_officers.txt), a name
# of five characters at most, the verb saying it
_OFFICER_SAID = re.compile(r"""(?:公司|企业|集团)[^,，;；。“”]{0,8}?
    (?:""" + "|".join(sorted(lexicon.lines("company_officers.txt"), key=len, reverse=True)) + r""")
    [\u4e00-\u9fff·]{0,5}(?:介绍|说|表示|告诉记者)""", re.X)
#: what a sentence of a long feature without headline figures, not on one company, loses when a
#: company's officer says it: their company's example, not the story's tally (全国林下经济…)
OFFICER_SAID = 0.75
# a clause whose subject is a person said by pronoun (去年底,他在农行…支行的帮助下,申请了161万元小微贷
# 款。 / 忙完早餐高峰期,他打开手机应用,…): one person's story
_PERSON_CLAUSE = re.compile(r"(?:^|[,，;；:：])(?:他|她)")
#: what a sentence of a long feature without headline figures loses when a person said by pronoun
#: does what it tells: the anecdote illustrating the story, not its tally (农业银行普惠型小微企业
#: 贷款余额4.4万亿元)
PERSON_CLAUSE = 0.5
# a sentence citing where its figures come from (年报显示, / 数据显示,): its opening clause; or
# pointing at the data it gives after a colon (透过一项数据,可窥见钢铁行业过去一年的运行质效: /
# 数据可以佐证:)
# (the clause pointing at the data: no summary piece opens with it, the data it points at does)
_DATA_POINTER = re.compile(r"[^。:：]{0,24}数据[^。:：]{0,24}[:：]")
_SHOWN = re.compile(r"[^,，;；。]{1,12}显示[,，]|" + _DATA_POINTER.pattern)
#: what the first such sentence of a long feature without headline figures (none in its
#: headline, no core ones) gains when it gives a figure: the facts it reports, not a scene's
#: (年报显示,2025年,…大型商业银行当年新增贷款共计超9.4万亿元。 over 2025年7月,500万元贷款顺利到账。)
SHOWN = 0.5
# a bracketed aside (年交易额不超过10万元) holds no figure of the sentence's own
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def _without_asides(sent: str) -> str:
    """``sent`` without its bracketed asides (``_ASIDE``); a sentence without an opening
    bracket (most) is returned as it is, no substitution run."""
    return _ASIDE.sub("", sent) if "(" in sent or "（" in sent else sent


# a sentence about a table or chart of the article, not a fact (表1和表2分别列出了… / 表7列出了… / 上图是
# 财报中关于…的数据): what the table says is in the sentences that report it (表2显示…回暖 stays)
_TABLE_META = re.compile(r"(?:如|从)?(?:(?:表|图)\s?[\d一二三四五六七八九十]+(?:[和、与及](?:表|图)?\s?[\d一二三四五六七八九十]+)*"
                         r"(?:分别)?(?:列出|列举|展示|给出)|(?:上|下)(?:图|表)(?:是|为|列出|展示))")
#: what such a sentence loses
TABLE_META = 2.0
# what a forecast says after 预计: an amount in its clause (…预计将以平均9.5%的年复合增长率成长 / 预计今年
# 新增减税降费超7000亿元; not 还有6只预计亏损)
_FORECAST = re.compile(r"[^,;。，；]{0,30}?\d(?:[\d.,]*\d)? ?(?:%|个百分点|万|亿|千|元|吨|人|户|家|倍)")
# a sentence inferring from the one before it (…,也就是说80%以上的大豆需要进口 / 这意味着…)
_INFERENCE = re.compile(r"也就是说|这意味着|换言之|换句话说")


# the writer pointing at the article itself, no fact of it (在这里,必须先提出一个观点,… / 我们刚好能够
#通过资料与数据去看下2个市场的发展情况 / 本文将… / 笔者梳理发现 is a fact's source, not matched)
_SIGNPOST = re.compile(r"(?:^|[,，])(?:在这里|这里)[,，]?(?:必须|需要|要|先)|本文(?:将|试图|主要)|"
                       r"我们(?:刚好|不妨|可以|能够|来|先|将)[^,，。;；]{0,16}?(?:看下|看看|看一看|分析|梳理|回顾|讨论)|"
                       r"(?:先|首先)提出一个观点")
#: what such a sentence loses
SIGNPOST = 2.0
# a sentence opening one item of a list of measures (一是大力提升油气勘探开发力度,…; 二是加快推动…):
# what was done, a figure said in passing; the figures it led to come after
_MEASURES_LIST = re.compile(r"[一二三四五六七八九十]是")
MEASURES_LIST = 0.75


# an interview's turns: a line opening with a speaker's label and a colon (36氪:… / Damien:… / 问:…)
_TURN = re.compile(r"[ \t]*([A-Za-z][A-Za-z .'-]{0,19}|[\u4e00-\u9fff\dA-Za-z]{1,6})[:：]")
# the interviewer's labels (data/interview.txt) and the answer labels that name no person
_ASKERS = frozenset(lexicon.lines("interview.txt"))
_ANSWERERS = frozenset(lexicon.lines("interview_answers.txt"))
#: an article is an interview when this many of its lines open with an interviewer's label
TURNS = 2


# an editor's note or a provenance line (data/summary_notes.txt), after an opening bracket
_NOTE_LINE = re.compile(r"[ \t【\[(（]*(?:" + "|".join(lexicon.lines("summary_notes.txt")) + ")")


def _note_lines(text: str, spans: list[tuple[int, int]]) -> set[int]:
    r"""Starts of the sentences on lines that open with an editor's note or say where the text
    came from: no summary sentence.

    >>> t = "编者按:近年来,我国经济增长5%。本刊特邀专家解读。\n今年增长6%。\n"
    >>> sorted(_note_lines(t, [(0, 17), (17, 26), (27, 34)]))
    [0, 17]
    """
    out: set[int] = set()
    note = False
    for a, _b in spans:
        if a == 0 or text[a - 1] == "\n":
            note = _NOTE_LINE.match(text, a) is not None
        if note:
            out.add(a)
    return out


# a photographer's credit (宋  鹏摄, 本报记者  曹继炜摄, 新华社记者  黄宗治摄, 宋卫星摄(影像中国),
# …供图): the line it closes or the one before it is a photo's caption
_PHOTO_CREDIT = r"(?:(?:本报|新华社)?记者[ \t\u3000]*)?[\u4e00-\u9fff·](?:[ \t\u3000]{0,3}[\u4e00-\u9fff·]){1,4}" \
    r"[ \t\u3000]*摄(?:[(（][^()（）\n]{1,8}[)）])?|[\u4e00-\u9fff]{2,20}供图"
_CREDIT_LINE = re.compile(rf"[ \t\u3000]*(?:{_PHOTO_CREDIT})[ \t\u3000]*$", re.M)
_CREDIT_END = re.compile(rf"[。.]?[ \t\u3000]{{2,}}(?:{_PHOTO_CREDIT})[ \t\u3000]*$", re.M)


_TWICE_MAX = 60  # characters of a photo's caption printed twice (its picture's text, then its caption)


def _twice_printed(text: str, a: int, e: int, nxt: int) -> bool:
    """The line ``text[a:e]`` is one short sentence printed again on the line above or below it,
    as a web page prints a photo's caption (游客在巍山小吃节上品尝长街宴。 twice in a row): the
    picture's caption, no sentence of the story."""
    line = text[a:e].strip()
    if not line or len(line) > _TWICE_MAX or line[-1] not in _END_PUNCT or \
            any(c in _END_PUNCT for c in line[:-1]):
        return False
    if e < len(text) and text[e + 1:nxt].strip() == line:
        return True
    if a >= 2:
        p = text.rfind("\n", 0, a - 1)
        return text[p + 1:a - 1].strip() == line
    return False


# the source line under an epigraph (——摘自“十五五”规划建议, ——节选自《…》)
_EPIGRAPH_SOURCE = re.compile(r"[ \t\u3000]*(?:——|—|--)[ \t\u3000]*(?:摘自|摘编自|节选自|选自)")


def _epigraphs(text: str, spans: list[tuple[int, int]]) -> set[int]:
    r"""Starts of the sentences of an epigraph: the lines a feature prints over its text, a quote
    closed by its source line (加快人工智能等数智技术创新,…高效供给。 / ——摘自“十五五”规划建议), and
    that source line: the frame of a series, not what the article reports.

    >>> t = "加快数智技术创新,强化算力供给。\n——摘自“十五五”规划建议\n西云算力位于中卫。\n"
    >>> sorted(_epigraphs(t, [(0, 16), (17, 30), (31, 40)]))
    [0, 17]
    """
    out: set[int] = set()
    if "摘" not in text and "选自" not in text:
        return out
    for a, _b in spans:
        if _EPIGRAPH_SOURCE.match(text, a):
            out.add(a)
            continue
        e = text.find("\n", a)
        if e >= 0 and _EPIGRAPH_SOURCE.match(text, e + 1):
            # the quote's sentences: those on the line the source line closes
            p = text.rfind("\n", 0, a) + 1
            out.update(x for x, _ in spans if p <= x < e)
    return out


def _caption_lines(text: str, spans: list[tuple[int, int]]) -> set[int]:
    r"""Starts of the sentences of a photo's caption printed in the body: a line closed by a
    photographer's credit (``博物馆藏青铜量(秦)。  宋  鹏摄``) or followed by a credit line.

    >>> t = "盐田始建于宋朝。古法制盐。\n刘国兴摄\n作为经济概念,“轻重”一词最早出现在《国语》中。\n"
    >>> sorted(_caption_lines(t, [(0, 8), (8, 13), (19, 43)]))
    [0, 8]
    >>> t = "游客在小吃节上品尝长街宴。\n游客在小吃节上品尝长街宴。\n小吃节开幕。\n"
    >>> sorted(_caption_lines(t, [(0, 13), (14, 27), (28, 34)]))
    [0, 14]
    """
    out: set[int] = set()
    caption = False
    for a, _b in spans:
        if a == 0 or text[a - 1] == "\n":
            e = text.find("\n", a)
            e = len(text) if e < 0 else e
            nxt = text.find("\n", e + 1)
            nxt = len(text) if nxt < 0 else nxt
            caption = _CREDIT_END.search(text, a, e) is not None or (
                e < len(text) and _CREDIT_LINE.match(text, e + 1, nxt) is not None) or \
                _twice_printed(text, a, e, nxt)
        if caption:
            out.add(a)
    return out


# what readers or residents complained of (但有读者网友反映,当前不少地方的无障碍设施…难用): the
# question a reader's letter or an investigation answers
_COMPLAINT = re.compile(r"(?:读者|网友|来信)[^,，;；。“”]{0,6}?(?:反映|投诉)[,，:：“]")
#: the first sentence saying what readers complained of gains this much
COMPLAINT = 1.5

# a kicker naming the person whose remarks the piece reports (温枢刚委员——, 于旭波代表——)
_SPEAKER_KICKER = re.compile(r"([\u4e00-\u9fff·]{2,4}?)(?:" + "|".join(lexicon.lines("speaker_titles.txt")) +
                             r")[ \t\u3000]*[—-]*[ \t\u3000]*$")
#: the first sentence naming a piece's speaker gains this much (who they are, what they said)
SPEAKER = 1.5
#: the first sentence where the speaker proposes (…委员建议,…) gains this much
PROPOSAL = 1.0


def _speaker(kicker: str | None) -> str:
    """The name of the person a kicker says the piece reports (``温枢刚委员——`` → 温枢刚);
    "" for another kicker.

    >>> _speaker("温枢刚委员——"), _speaker("于旭波代表"), _speaker("浙江杭州采用“全民点单”模式送演出下乡")
    ('温枢刚', '于旭波', '')
    """
    m = _SPEAKER_KICKER.fullmatch((kicker or "").strip())
    return m.group(1) if m else ""


# the sentence of an interview's standfirst saying who the reporter talks to (近日,本报记者对话青年
# 学者和来自一线的喜剧创作者,共同探讨。 / 记者专访了…): what the piece is, before its turns
_DIALOGUE_FRAME = re.compile(r"(?:记者|本报|本刊|本版)[^,，;；。:：]{0,6}?(?:对话|专访|访谈)了?(?![录会])")
#: that sentence gains this much
DIALOGUE_FRAME = 1.0


_EDITOR_SIGN = re.compile(r"[ \t\u3000]*——[ \t\u3000]*编[ \t\u3000]*者[ \t\u3000]*$", re.M)
#: a sentence of an editor's note signed at its end (——编  者) gains this much
EDITOR_NOTE = 1.5


# a note announcing the series the article opens (本报今起推出系列报道,关注…): the series' frame,
# printed over its first instalment, not what this one reports
_SERIES_NOTE = re.compile(r"""
    (?:本报|本版|本刊|本台|本网|我们)
    (?:今起|今日起|即日起|从今天起|今天起|近期|将)?       # when the series starts, if said
    (?:推出|开设|开辟|刊发|刊登|陆续刊发|陆续推出)         # the desk opens it
    [^。！？!?\n]{0,12}?(?:系列|专栏|栏目)                  # 系列报道, 专栏, 栏目
    """, re.X)


def _editor_note(text: str, spans: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    r"""Starts of the sentences of an editor's note signed at its end (……。\n——编  者): what
    the editors say the article found (first set), or, for a note announcing a series (本报今起
    推出系列报道…), the series' frame: no summary sentence (second set), unless it is all the
    article says.

    >>> t = "总书记强调:“增进福祉”。\n本报今起推出系列报道,关注劳动者权益保障。\n——编  者\n骑手朱元龙说。\n"
    >>> _editor_note(t, [(0, 13), (14, 36), (44, 51)])
    (set(), {0, 14})
    >>> _editor_note(t.replace("今起推出系列报道", "记者奔赴一线"), [(0, 13), (14, 34), (42, 49)])
    ({0, 14}, set())
    """
    m = _EDITOR_SIGN.search(text, spans[0][0], spans[-1][1]) if spans else None
    if m is None:
        return set(), set()
    note = [(a, b) for a, b in spans if b <= m.start()]
    if any("？" in text[a:b] or "?" in text[a:b] for a, b in note):
        return set(), set()  # a note asking what the page discusses (…面临哪些压力挑战？本版邀请…): a frame
    if len(note) < len(spans) and any(_SERIES_NOTE.search(text, a, b) for a, b in note):
        return set(), {a for a, _b in note}
    return {a for a, _b in note}, set()


def _turns(text: str, spans: list[tuple[int, int]]) -> dict[int, bool]:
    r"""The sentences of an interview that open a turn: start → True for a question (no summary
    sentence), False for a named person's answer (what they said); {} for no interview.

    >>> t = "36氪:名字怎么来的?\nDamien:因为爱吃话梅。\n36氪:为何开店?\nDamien:门店有10家。\n"
    >>> starts = [0] + [i + 1 for i, c in enumerate(t[:-1]) if c == "\n"]
    >>> _turns(t, list(zip(starts, starts[1:] + [len(t)])))
    {0: True, 12: False, 27: True, 37: False}
    """
    found: dict[int, str] = {}
    asks: dict[str, int] = {}  # turns of each label that end asking (?)
    for a, _b in spans:
        if a == 0 or text[a - 1] == "\n":
            m = _TURN.match(text, a)
            if m is not None:
                found[a] = who = m.group(1).strip()
                end = text.find("\n", a)
                # (the line alone, not the text up to it: its label's colon is no blank, so
                # the line's last character that is none is the text's up to the line's end)
                if text[a:end if end >= 0 else len(text)].rstrip()[-1:] in "?？":
                    asks[who] = asks.get(who, 0) + 1
    askers = _ASKERS
    if sum(1 for v in found.values() if v in askers) < TURNS:
        # an outlet's own label (澎湃新闻:…?): the one label of two, each opening TURNS lines or
        # more, whose turns mostly ask
        counts: dict[str, int] = {}
        for v in found.values():
            counts[v] = counts.get(v, 0) + 1
        two = [v for v, n in counts.items() if n >= TURNS]
        if len(two) != 2:
            return _asked_answered(text, spans, found)
        q = max(two, key=lambda v: asks.get(v, 0) / counts[v])
        if asks.get(q, 0) * 2 < counts[q]:
            return _asked_answered(text, spans, found)
        askers = frozenset((q,))
    out: dict[int, bool] = {}
    role = None
    for a, _b in spans:
        if a == 0 or text[a - 1] == "\n":  # a new line: a new turn, or no turn
            role = None if a not in found or found[a] in _ANSWERERS else found[a] in askers
        if role is not None:
            out[a] = role  # the turn's later sentences on its line are the turn's too
    return out


def _asked_answered(text: str, spans: list[tuple[int, int]], found: dict[int, str]) -> dict[int, bool]:
    r"""A press release's question turns outside an interview: a line opening with an
    interviewer's label that asks (``问：…请问造成…的原因是什么？``) and is answered on the next line
    under an answer label (``答：截至2021年8月末,…``): start → True for each of its sentences (no
    summary sentence); {} for none.

    >>> t = "问:外储公布了。原因是什么?\n答:截至8月末,外储32321亿美元。\n"
    >>> _asked_answered(t, [(0, 8), (8, 14), (15, 35)], {0: "问", 15: "答"})
    {0: True, 8: True}
    >>> _asked_answered("记者:为何?\n他说:有10家。\n", [(0, 6), (7, 13)], {0: "记者", 7: "他说"})
    {}
    """
    starts = [a for a, _ in spans if a == 0 or text[a - 1] == "\n"]
    asked = set()
    for a, nxt in zip(starts, starts[1:]):
        if found.get(a) in _ASKERS and found.get(nxt) in _ANSWERERS and (
                "?" in text[a:nxt] or "？" in text[a:nxt]):
            asked.add(a)
    if not asked:
        return {}
    out: dict[int, bool] = {}
    line = False
    for a, _b in spans:
        if a == 0 or text[a - 1] == "\n":
            line = a in asked
        if line:
            out[a] = True
    return out


def _score_sentences(cleaned: Cleaned, seg: ArticleSeg, spans: list[tuple[int, int]],
                     indicators: list[Indicator]) -> list[tuple[float, int, int]]:
    text = cleaned.text
    origin = cleaned.origin
    # indicators by start: those inside a sentence are found by bisection
    inds = sorted((i.span[0], i.span[1], (i.canonical or "") in CORE, i.canonical == "gdp")
                  for i in indicators)
    i_starts = [x[0] for x in inds]
    titles = {_norm_title(x) for x in (seg.title, seg.subtitle or "", seg.kicker or "") if x}
    titles.discard("")
    has_core = any(x[2] for x in inds)
    # a long article that is no news item with one core figure, in its second half (成都全市规模以上
    # 工业增加值比上年增长11.4% in a story on cities' population): a side detail, weighed as others
    # (has_core stays: the names of core indicators are not counted instead)
    if has_core and len(spans) >= LONG and sum(x[2] for x in inds) <= SIDE_CORE and not _is_news(seg) \
            and min(x[0] for x in inds if x[2]) >= origin[spans[len(spans) // 2][0]]:
        inds = [(s_, e_, False, False) for s_, e_, _c, _g in inds]
        side = True
    else:
        side = False
    t_figures = _title_figures(seg.title)
    # (not a news item's: its lead says it)
    # (counts written in characters too: 每万人口拥有高价值发明专利超十五件 → 15件)
    t_counts = _title_counts(_arabic_counts(seg.title), t_figures) if not _is_news(seg) else []
    if seg.kicker and not _is_news(seg):
        # the counts a kicker states (命名航线一百四十八条、…三百七十五家——), in digits
        t_counts += [c for c in _title_counts(_arabic_counts(seg.kicker)) if c not in t_counts]
    # a reporter's credit over a lead saying what they learned (川观新闻记者 唐泽文 / 11月25日,记者从
    # 省通信管理局获悉,…): a news item too, its lead says what happened
    news = _is_news(seg) or bool(spans and seg.byline and "记者" in seg.byline
                                 and _REPORTED.match(text, spans[0][0], spans[0][1]))
    body = sorted(seg.body)
    # body pieces that continue a sentence the layout cut (a headline or caption in between)
    cont = {s for (ps, pe), (s, _) in zip(body, body[1:])
            if text[pe - 1] not in _CONT_END and not _heading_piece(text, ps, pe)}
    ends = {e for _, e in body}
    out: list[tuple[float, int, int]] = []
    lead = 0
    # a news story that reports figures (two sentences or more with one) leads with them
    figured = news and sum(1 for a, b in spans[:8] if _FIGURE.search(text, a, b)) >= 2
    a0 = spans[0][0] if spans else 0
    # a feature without core figures whose sentences report others: its opening scene is no lead
    scene = not news and not has_core and sum(1 for a, b in spans if _FIGURE.search(text, a, b)) >= 5
    # a reader's commentary (signed 湖南省长沙市  李焱婕): its argument closes it; the opening
    # sentence of its last paragraph and the sentences after it gain, its opening anecdote does not
    closing = body[-1][0] if body and not has_core and reader_signature(seg.byline) else None
    if closing is not None:
        scene = True
    span_len = max(1, (spans[-1][1] - a0) if spans else 1)
    alnum6 = _ALNUM6.search
    figure = _FIGURE.search
    # a sentence that repeats a title holds its characters: the cheap test made once
    may_repeat = summary_select.title_chars(titles)
    # the indicators the headline names (11月CPI、PPI公布): the first sentence reporting each
    terms = set(_TITLE_TERM.findall(seg.title or ""))
    # what a headline stating a figure names (规模以上工业企业, 人民币贷款, 三棵树): the first sentence
    # giving a figure of each
    title_names = _title_names(seg.title) if seg.title and _DIGIT.search(seg.title) else []
    rewarded: list[str] = []  # the names whose first figure was found
    # an explainer's question (什么是低空经济?): the first sentence saying what it is answers it
    asked = _asked(seg.title)
    # the figures the section headings print (健康中国:…人均预期寿命升至77.3岁): a feature's
    # headline figures; the first sentence holding each gains
    # headline figures; the first sentence of its section holding each gains
    heads = sorted(seg.sections)
    head_nums = [set(_HEAD_NUMBER.findall(text, hs, he)) for hs, he in heads]
    head_ends = [he for _, he in heads] if any(head_nums) else []
    # the headings saying what is expected (“五一”假期出行需求旺盛,预计日均跨区域人员流动量超3亿
    # 人次): the forecast giving their figure is their section's fact, as under such a headline
    head_told = [_FORETOLD.search(text, hs, he) is not None for hs, he in heads]
    plan = False
    issued = True  # the first sentence saying a plan or measures were issued not yet seen
    explainer = _EXPLAINED.search(f"{seg.kicker or ''} {seg.title or ''}") is not None
    issued_window = EXPLAINER_ISSUED_SENTENCES if explainer else ISSUED_SENTENCES
    # an analysis without core figures: what its first sentences with a measured figure gain
    first_figs = list(FIRST_FIGURES) if not has_core and not news and len(spans) >= LONG else []
    # a feature whose headline names its place (辽宁制造提“智”加“数”): its facts begin where a figure
    # of that place is given (在辽宁,…智能工厂有273家), not in the opening company's story
    # (今年一季度,企业产量同比增长11.27%)
    places = summary_select.title_place_names(seg.title or "") if first_figs and scene else ()
    # a long feature without headline figures on a place its headline or kicker names (辽宁制造提
    # “智”加“数”): a figure of that place (截至今年一季度,辽宁工业企业数字化研发设计工具普及率达86.7%)
    # before one plant's (生产环节,…生产效率提高超30%); not under a headline on the country
    # (三亚再次领涨全国: a place among many). A headline place's province and the words for the
    # whole place are its names too (白山松水… → 吉林省持续完善…,目前建成68个…滑雪场地; 全省…)
    own = () if news or (has_core and not side) or len(spans) < LONG or "全国" in (seg.title or "") else \
        summary_select.feature_places(seg.title or "", seg.kicker or "")
    if side and "全省" not in own:
        # a core figure that is a side detail (2026年春节假期,吉林…国内游客出游总花费…增长24.9% at
        # a feature's end) leaves a feature on one place (its province: 全省 among its names) one;
        # cities compared (成都杭州青岛最具引力) stay a report's
        own = ()
    # the headline's two-character runs of Chinese, but the place's own names: what the sentence it
    # restates shares with it (“十四五”时期甘肃省林草事业… → “十四五”时期,全省森林覆盖率…)
    t_pairs = _han_pairs(seg.title or "") - {g for p in own for g in _han_pairs(p)} if own else set()
    turns = _turns(text, spans)
    # an interview: where its first turn begins (its standfirst says whom it talks to)
    dialogue = min(turns) if turns else 0
    edited, series = _editor_note(text, spans)
    notes = _note_lines(text, spans) | series
    # a piece reporting one person's remarks (kicker 温枢刚委员——): the sentences naming them
    speaker = _speaker(seg.kicker)
    complaint = not news
    proposer = (speaker + "代表建议", speaker + "委员建议", speaker + "建议") if speaker else ()
    # a photo's caption printed in the body: no sentence of the article's, unless it is all there is
    captions = _caption_lines(text, spans)
    if len(captions) == len(spans):
        captions = set()
    if len(epi := _epigraphs(text, spans)) < len(spans):
        captions |= epi  # an epigraph and its source line (——摘自“十五五”规划建议)
    # an analysis without core figures: a forecast (头豹研究所预计…将超6000亿元) is one of its facts
    forecast = not has_core and not news and len(spans) >= LONG
    tally = not has_core and not news and len(spans) >= LONG
    # a long company feature with no core figures: the company's short name (简称“陕建”)
    company, named_at = "", 0
    if tally and (m_c := _SHORT_NAME.search(text, *seg.span)) is not None:
        company, named_at = m_c.group(1), m_c.end()
    # a headline saying what is expected (今年春运民航旅客运输量有望创历史新高): the forecast of a
    # measured figure is the news (民航局预计,今年春运…有望达到9500万人次,同比增长约5.3%。)
    foretold = _FORETOLD.search(seg.title or "") is not None
    # a long feature without headline figures: its first sentence citing a source not yet seen
    shown = tally and not t_figures
    for a, b in spans:
        sent = text[a:b]
        if turns.get(a) or a in notes or a in captions:
            continue  # an interviewer's question, an editor's note: not what the article reports
        # (these two tests first: they are set lookups, the ones below searches; all are pure)
        if a in cont:
            continue  # the tail of a sentence cut by a headline or a caption printed inside it
        if text[a - 1:a] == "”" and _SPEAKER_TAG.match(sent) is not None:
            continue  # …!”村民方秋兰说。: the tag of the quote before it
        if b in ends and sent[-1:] not in _CUT_END:
            continue  # a sentence cut off by the layout
        if "、" in sent and _BARE_LIST.fullmatch(sent) is not None:
            continue  # 银鳕鱼、加州鲈、南美白对虾。: names listed to open a scene, nothing said of them
        # six alphanumeric characters: most sentences open with six (one isalnum, no search)
        if ((not (len(sent) >= 6 and sent[:6].isalnum()) and alnum6(sent) is None)
                or "\ufffd" in sent
                or _not_prose(sent)
                or (is_rhetoric(sent) and not _CORE_NAMES.search(sent)
                    # (a quote giving the headline's figure, “…2025年营收达到近2亿元。” under 百人团队
                    # “算”出近2亿营收: the fact the headline reports, whoever says it)
                    and not (sent[-1] == "”" and _QUOTED_FACT.search(sent) is None
                             and ((t_figures and any(f in sent for f in t_figures))
                                  or (t_counts and any(_count_in(c, sent) for c in t_counts)))))
                or (titles and may_repeat(sent) and _repeats_title(sent, titles))):
            continue
        oa, ob = origin[a], origin[b - 1] + 1  # cleaned.to_original(a, b), b > a
        score = 0.0
        n_core = n_other = 0
        gdp = False
        for _s, e_, c_, g_ in inds[bisect_left(i_starts, oa):bisect_right(i_starts, ob)]:
            if e_ <= ob:
                if c_:
                    n_core += 1
                    gdp = gdp or g_
                else:
                    n_other += 1
        if not has_core:
            n_core = max(n_core, min(len(_CORE_NAMES.findall(sent)), 3))
        score += 3.0 * n_core
        if not n_core:
            score += min(0.5 * n_other, 1.0)
        if gdp or (not has_core and ("生产总值" in sent or "GDP" in sent)
                   and _GDP_WORD.search(sent)):
            score += 1.0  # the headline figure of a region
        if n_core:
            # the headline figures of a report come first (its summary paragraph)
            score += 1.5 * (1 - (a - a0) / span_len) ** 2
        if not inds:
            score += 0.25 * min(len(_FIGURE.findall(sent)), 4)
        if lead < 2:
            if news and not figure(sent) and figured:
                # a lead without figures in a story that reports some: its figures follow
                score += 1.0 if lead == 0 else 0.0
            else:
                score += ((2.0 - lead) if news else (1.5 - 0.75 * lead)
                          if figure(sent) and not _scene_figures(sent)
                          else 0.0 if scene else (0.5 - 0.25 * lead))
        lead += 1
        if a in edited:
            score += EDITOR_NOTE
        if closing is not None and a >= closing:
            score += CLOSING_ARGUMENT if a == closing else CLOSING_ARGUMENT / 2
        # (a lead's count is a figure too: 陕西培育形成…21个国家级产业集群 opens the facts)
        if first_figs and (_MEASURE_COUNT if lead <= 2 else _MEASURE).search(_without_asides(sent)) is not None \
                and _EXAMPLE.search(sent) is None and (not places or any(p in sent for p in places)):
            if lead <= 2:
                first_figs = []  # a lead saying a figure (it has its bonus): the facts open it
            else:
                score += first_figs.pop(0)  # where an analysis's facts begin
        if own and any(p in sent for p in own) and _MEASURE_COUNT.search(sent) is not None:
            score += PLACE_FIGURE
            if t_pairs:
                score += HEADLINE_WORDS * len(t_pairs & _han_pairs(sent)) / len(t_pairs)
        if tally and "全" in sent and (m_t := _TALLY.search(sent)) is not None \
                and _MEASURE.match(sent, m_t.end() - 1) is not None:
            score += TALLY  # 全县林业生态产业产值突破30亿元: the whole place's figure behind a story
        if tally and not company and score > 0 and ("公司" in sent or "企业" in sent or "集团" in sent) \
                and _OFFICER_SAID.search(sent) is not None:
            score -= OFFICER_SAID  # …公司总经理吕新旺介绍,公司…近800万元: one company's example
        if tally and score > 0 and ("他" in sent or "她" in sent) and _PERSON_CLAUSE.search(sent) is not None:
            score -= PERSON_CLAUSE  # 去年底,他在…的帮助下,申请了161万元小微贷款: one person's story
        if shown and score > 0 and ("显示" in sent[:16] or "数据" in sent[:48]) and _SHOWN.match(sent) is not None:
            # 年报显示,…新增贷款共计超9.4万亿元 / 透过一项数据,…:2025年,…利润总额1151亿元: the
            # first figure cited from a source or pointed at as the data
            score += SHOWN
            shown = False
        if company and a > named_at and (n_other or _MEASURE_COUNT.search(sent) is not None) \
                and (d := _DIGIT.search(sent)) is not None and (
                company in sent[:d.start()] or _COMPANY_OPEN.search(sent, 0, d.start())):
            # 陕建投资运营15座污水处理厂: the company's own figure, named before it (not a project
            # whose figures come first, …,成为陕建应用…模式的标杆项目)
            score += COMPANY_FIGURE
        if t_figures and any(f in sent for f in t_figures):  # the headline's figure
            score += TITLE_FIGURE
        if t_counts and (counted := [c for c in t_counts if _count_in(c, sent)]):
            # 截止4月底,…全国各业态合计已有超1000家门店停业 under 1-4月关店超1000家: the headline's count
            score += TITLE_COUNT
            t_counts = [c for c in t_counts if c not in counted]
        if head_ends and a >= head_ends[0] and \
                (nums := head_nums[bisect_right(head_ends, a) - 1]) and \
                (found := {n for n in nums if _figure_in(n, sent)}):
            # 截至2020年末,…的人数已达13.61亿人 under 病有所医:…参保人数达13.61亿: the section's fact
            score += SECTION_FIGURE
            nums -= found
            told = head_told[bisect_right(head_ends, a) - 1]
        else:
            told = False
        if title_names and (got := _names_title(sent, title_names, rewarded)):
            # 11月社融增量为2.61万亿元 under 11月社融增速回升 新增人民币贷款1.27万亿: the first figure of
            # each thing a figure headline names
            rewarded.append(got)
            score += TITLE_NAME
        if terms and figure(sent) and (found := {t for t in terms if t in sent and _own_term(t, sent)}):
            score += TITLE_TERM  # the first figure of an indicator the headline names
            terms -= found
        if asked and sent.startswith(asked) and sent.startswith(("是", "就是", ",是", "，是"), len(asked)):
            score += DEFINITION  # 低空经济是一种综合性经济形态,…
            asked = ""
        if dialogue and a < dialogue and _DIALOGUE_FRAME.search(sent) is not None:
            score += DIALOGUE_FRAME  # …本报记者对话…,共同探讨。: who the interview talks to
            dialogue = 0
        if complaint and _COMPLAINT.search(sent) is not None:
            score += COMPLAINT  # …读者网友反映,…难用甚至无法使用: what the piece answers
            complaint = False
        said = bool(speaker) and speaker in sent
        if said:
            # …董事长温枢刚委员说,…: who speaks and what, the piece's lead; then what they propose
            score += SPEAKER
            speaker = ""
        if proposer and "建议" in sent and any(p in sent for p in proposer):
            score += PROPOSAL  # 温枢刚委员建议,…: what they propose
            proposer = ()
        if score > 0 and not said and (_SPEECH.search(sent) or a in turns):
            score -= 0.75  # what someone said about it, not what happened
        if ("这里" in sent or "本文" in sent or "我们" in sent or "观点" in sent) and \
                _SIGNPOST.search(sent) is not None:
            score -= SIGNPOST  # the writer pointing at the article: what it says comes after
        if sent[1:2] == "是" and _MEASURES_LIST.match(sent) is not None:
            score -= MEASURES_LIST  # 一是大力提升…,稳步提升…: one of the measures taken, not the news
        if "环比" in sent:
            score -= 1.0  # month on month: a release's headline figure is year on year
        if sent[0] in _BACKREF_FIRST and _BACKREF.match(sent):
            score -= 1.0  # 但与…相比,… / 而…: it answers the sentence before, it does not open
        elif sent[0] in _ANAPHORA_FIRST and _ANAPHORA.match(sent) is not None:
            score -= ANAPHORA  # 此后,研发项目又… / 前者是因为…: it goes on from the sentence before
        if len(sent) < 12:
            score -= 0.5
        if sent[0] in "表图如从上下" and _TABLE_META.match(sent):
            score -= TABLE_META  # 表1和表2分别列出了…: about the article's tables, not a fact
        if _ENUM_HEAD.match(sent) or _HEAD_WORD.search(sent):
            score -= 2.0
        if _ATTEND.search(sent, len(sent) - 8):  # anchored at the end: its longest match is 7
            score -= 1.5
        elif len(sent) <= PROTOCOL_MAX and _PROTOCOL.search(sent, len(sent) - 16):
            score -= 1.5  # 蔡奇出席开幕式并致辞。 / 刘鹤作书面致辞。 / 乔晓峰主持会议。: who took part
        if lead == 1 and _PLAN_ISSUED.search(sent):
            plan = True  # the story of a plan issued: its targets are what happened
            if not news and _EXPLAINED.search(f"{seg.kicker or ''} {seg.title or ''}"):
                # an explainer of the document its first sentence says was issued (国家发展改革委
                # 有关负责同志和相关专家解读—— / …(政策解读) / 近日,《…的意见》发布,…): that is its news
                score += ISSUED
        if issued:
            if lead > issued_window:
                issued = False  # past the opening sentences: no more looking
            elif "典型案" in sent and _CASES_RELEASED.search(sent):
                score += ISSUED  # 最高人民法院21日发布5件…典型案例: the release is the news
                if lead > 2:
                    first_figs = []
                # what frames it before (近年来,一些人员非法破解…,“黑飞”行为时有发生…。): background
                out = [(min(sc, 0.0), pa, pb) for sc, pa, pb in out]
                issued = False
            elif "《" in sent and (_PLAN_ISSUED.search(sent) or (explainer and _RULES_ISSUED.search(sent))):
                if lead > 2:
                    # after two sentences framing it (创新药,关乎群众健康,…。如今,…。): 6月30日,…联合
                    # 印发《支持创新药高质量发展的若干措施》,…: the news (a lead saying it has its bonus)
                    score += ISSUED
                    first_figs = []  # the news found after the framing: no other fact leads
                    if explainer:
                        # an explainer's background before the document it explains (2025年,新能源
                        # 汽车产销量均超1600万辆。… / 1月16日,六部门发布《…暂行办法》): framing only
                        out = [(min(sc, 0.0), pa, pb) for sc, pa, pb in out]
                issued = False
        if (m_t := _TARGET.search(sent)) and not plan \
                and not (foretold and _MEASURE.search(sent)) and not told and not (
                forecast and m_t.group() == "预计" and _FORECAST.match(sent, m_t.end()) is not None
                and _TARGET.search(sent, m_t.end()) is None) and _PRELIMINARY.search(sent) is None \
                and not (m_t.group().startswith("左右") and _TARGET.search(sent, m_t.end()) is None
                         and _MEASURED.search(sent, 0, m_t.start()) is not None):
            score = min(score, 0.5) - 1.0  # a plan or target, not what happened
        if sent[0] == "“" and sent.count("”") < sent.count("“"):
            a += 1  # the opening mark of a quote closed in a later sentence: not the summary's
        if out and score > 0 and sent[0] == "按" and _BREAKDOWN_OPEN.match(sent) is not None:
            ps, pa, pb = out[-1]
            if "\n" not in text[pb:a] and _MEASURE.search(text, pa, pb) is not None:
                # 全年居民人均可支配收入29065元,增长9.1%。按常住地分,城镇居民…: the total leads its parts
                out[-1] = (max(ps, score) + BREAKDOWN_TOTAL, pa, pb)
                score -= 1.0
        if out and score > 0 and _INFERENCE.search(sent, 0, 40) is not None:
            ps, pa, pb = out[-1]
            if "\n" not in text[pb:a] and _MEASURE.search(text, pa, pb) is not None:
                # 2023年,我国大豆进口量为9940.9万吨。参考…,也就是说80%以上的大豆需要进口。: what it
                # infers from is said first
                out[-1] = (ps + INFERENCE, pa, pb)
        out.append((score, a, b))
    return out


def _han_pairs(t: str) -> set[str]:
    """The runs of two Chinese characters in ``t``.

    >>> sorted(_han_pairs("“十四五”时期"))
    ['十四', '四五', '时期']
    """
    return {t[i:i + 2] for i in range(len(t) - 1) if _HAN.match(t, i) and _HAN.match(t, i + 1)}


# an opening clause that frames what follows (面对…, 随着…, 在…)
_SCENE_FRAME = re.compile(r"(?:面对|随着|在)[^,，;；。]*\d[^,，;；。]*[,，]")


def _scene_figures(sent: str) -> bool:
    """Are a sentence's figures all in its opening frame (面对河西走廊1686公里的风沙线和212个重点风沙口,
    甘肃将打好…攻坚战作为头等大事。)? It sets the scene: as an article's lead it reports no figure.

    >>> _scene_figures("面对1686公里的风沙线,甘肃将治沙作为头等大事。"), _scene_figures("在2025年,全省增长5%。")
    (True, False)
    """
    m = _SCENE_FRAME.match(sent)
    return m is not None and _MEASURE.search(sent, m.end()) is None


def _title_names(title: str) -> list[str]:
    """What a headline names: runs of one to three of its words, three Chinese characters or
    more, one a word of two characters or more that is no scope (``全国``), none a time
    (``11月``), neither opening nor closing with a change (``增长``, ``新增``) nor closing with a
    scope; longest first.

    >>> _title_names("11月社融增速回升 新增人民币贷款1.27万亿")
    ['人民币贷款', '人民币']
    >>> _title_names("5月全国汽车产销量环比双下降")[:3]
    ['全国汽车产销量', '产销量环比双', '汽车产销量']
    """
    spans = [(a, b) for a, b, _ in segment.tokens(title)]
    out: dict[str, None] = {}  # in title order (a set's order would change from run to run)
    for i in range(len(spans)):
        for j in range(i + 1, min(len(spans), i + 3) + 1):
            part = [title[a:b] for a, b in spans[i:j]]
            w = title[spans[i][0]:spans[j - 1][1]]  # (no run across a blank: 回升 新增)
            if len(w) >= 3 and _NAME_HAN.fullmatch(w) and not any(_TIME_CHARS.search(t) for t in part) \
                    and part[0] not in _CHANGE_WORDS and part[-1] not in _CHANGE_WORDS | _SCOPE_WORDS \
                    and any(len(t) >= 2 and t not in _SCOPE_WORDS for t in part):
                out[w] = None
    return sorted(out, key=len, reverse=True)  # (a stable sort: ties in title order)


def _names_title(sent: str, names: list[str], rewarded: list[str]) -> str:
    """The first of ``names`` (longest first) printed in the clause of ``sent`` before its first
    measured figure (not one in brackets), when no name already rewarded holds it; "" for none.

    >>> _names_title("11月社融增量为2.61万亿元,比上年同期多4786亿元。", ["社融增量", "人民币贷款"], [])
    '社融增量'
    >>> _names_title("分部门看,住户贷款增加7337亿元。", ["人民币贷款"], [])
    ''
    """
    # (the asides blanked out keep every offset and add no figure: a sentence without one
    # has none after, and one without a bracket has its own)
    m = _MEASURE.search(sent)
    if m is None:
        return ""
    if "(" in sent or "（" in sent:
        m = _MEASURE.search(_ASIDE.sub(lambda z: "＿" * len(z.group()), sent))
        if m is None:
            return ""
    s = m.start()
    named = sent[max(sent.rfind(",", 0, s), sent.rfind("，", 0, s), sent.rfind(";", 0, s),
                     sent.rfind("；", 0, s)) + 1:s]  # (no generator)
    return next((t for t in names if t in named and not any(t in r for r in rewarded)), "")


def _asked(title: str | None) -> str:
    """What an explainer's headline asks about (``什么是低空经济?(财经科普)`` → ``低空经济``), or "".

    >>> _asked("什么是低空经济?(财经科普)"), _asked("新质生产力是什么?"), _asked("低空经济起飞")
    ('低空经济', '新质生产力', '')
    """
    m = _WHAT_IS.search(title or "")
    return (m.group(1) or m.group(2)) if m else ""


def _is_news(seg: ArticleSeg) -> bool:
    """A news item: its byline is a dateline or news credit (``本报讯(记者 …)``, ``财联社4月18日电``,
    ``新华社北京12月20日电``, ``央视网消息(新闻联播)``), or an item of a news or wire list; its lead
    sentence says what happened."""
    return seg.item or bool(seg.byline and (_NEWS.match(seg.byline)
                                            or lineroles.dateline(seg.byline)))


def _heading_piece(text: str, s: int, e: int) -> bool:
    """A body piece that is one short line printed on its own (a section heading the splitter
    left in the body): the piece after it starts a sentence, it does not continue one."""
    return e - s <= 40 and "\n" not in text[s:e].strip() and (s == 0 or text[s - 1] == "\n")


def _title_figures(title: str) -> tuple[str, ...]:
    """The headline's percentages as a sentence prints them (``增长6.5%`` → ``6.5%``; a whole
    ``37%`` → ``37%`` and ``37.``, so ``净利大增37%`` finds ``37.47%``).

    >>> _title_figures("4月工业增加值增长6.5%"), _title_figures("净利逆市大增37%")
    (('6.5%',), ('37%', '37.'))

    and its amounts printed with decimals (``1022.8亿元``), as the sentence reporting it does:

    >>> _title_figures("1022.8亿元！1月实际使用外资实现开门红 中西部地区同比均创下超40%高增速")
    ('40%', '40.', '1022.8亿')
    """
    figs: list[str] = []
    for m in _TITLE_PCT.finditer(title or ""):
        n = m.group(1)
        figs += [n + "%", n + "."] if "." not in n else [n + "%"]
    figs += [m.group(0) for m in _TITLE_AMOUNT.finditer(title or "")]
    return tuple(dict.fromkeys(figs))


_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
# a count written in characters, with a multiplier (一百四十八, 三百七十五, 二十), as a kicker
# prints its figures (命名航线一百四十八条、联盟成员数量达三百七十五家——)
_CN_COUNT = re.compile(r"[零〇一二两三四五六七八九十百千]*[十百千][零〇一二两三四五六七八九十百千]*")


def _cn_value(t: str) -> int | None:
    """The value of a count written in characters (一百四十八 → 148, 十二 → 12), None if it is
    not one (a unit without a digit before it except a leading 十, digits side by side)."""
    total, digit = 0, None
    for i, ch in enumerate(t):
        if ch in _CN_DIGIT:
            if digit is not None and digit != 0:
                return None  # 十五五: digits side by side, a name, not a count
            digit = _CN_DIGIT[ch]
        else:
            if digit is None and not (ch == "十" and i == 0):
                return None
            total += (1 if digit is None else digit) * _CN_UNIT[ch]
            digit = None
    return total + (digit or 0)


def _arabic_counts(t: str) -> str:
    """``t`` with its counts written in characters printed in digits, as a sentence prints them.

    >>> _arabic_counts("命名航线一百四十八条、联盟成员数量达三百七十五家——")
    '命名航线148条、联盟成员数量达375家——'
    >>> _arabic_counts("“十五五”规划")
    '“十五五”规划'
    """
    def sub(m: re.Match) -> str:
        v = _cn_value(m.group(0))
        return m.group(0) if v is None else str(v)
    return _CN_COUNT.sub(sub, t)


def _title_counts(title: str | None, figures: tuple[str, ...] = ()) -> list[str]:
    """The counts and whole amounts a headline states, with their unit, as a sentence prints them
    (``1-4月关店超1000家`` → ``1000家``; ``169个国家高新区创造48万亿营收`` → ``169个``, ``48万亿``), not
    those its percentages or decimal amounts already give (``figures``), nor a year or a month.

    >>> _title_counts("1-4月关店超1000家，这个业态成重灾区"), _title_counts("169个国家高新区创造48万亿营收")
    (['1000家'], ['169个', '48万亿'])
    >>> _title_counts("2021年GDP增长8.1%"), _title_counts("1022.8亿元！", ("1022.8亿",))
    ([], [])
    """
    return [m.group() for m in _TITLE_COUNT.finditer(title or "")
            if not any(m.group() in f or f in m.group() for f in figures)]


_COUNT_PARTS = re.compile(r"(\d+)(\D.*)")


def _count_in(count: str, sent: str) -> bool:
    """Does ``sent`` print the headline's ``count``, or that whole count with decimals the headline
    rounds off (``15件`` under 超十五件: 达到15.3件)?

    >>> _count_in("1000家", "已有超1000家门店停业"), _count_in("15件", "拥有量达到15.3件"), _count_in("15件", "115.3件")
    (True, True, False)
    """
    if count in sent and _figure_in(count, sent):
        return True
    m = _COUNT_PARTS.fullmatch(count)
    return m is not None and re.search(rf"(?<![\d.]){m.group(1)}\.\d+{re.escape(m.group(2))}", sent) is not None


def _repeats_title(sent: str, titles: set[str]) -> bool:
    # equal after removing blanks, quotes and dashes: the title's first and last characters
    # are then in the sentence (a cheap test that spares most sentences the substitution)
    if not any(t and t[0] in sent and t[-1] in sent for t in titles):
        return False
    n = _norm_title(sent.rstrip(_END_PUNCT + ";,"))
    return any(t and n == t for t in titles)



def _trim(sent: str, limit: int, split: re.Pattern[str] = _CLAUSE_SPLIT) -> str:
    """Leading clauses of ``sent`` that fit in ``limit`` characters, ending in 。.
    ``split``: where a clause ends (``_PART_SPLIT``: at , and ; only, never inside a list).

    >>> _trim("地区生产总值完成164.4亿元,增长5.7%,增幅全市第一,分别高于全国3.2个百分点;", 32)
    '地区生产总值完成164.4亿元,增长5.7%,增幅全市第一。'
    """
    sent = sent.strip()
    if len(sent) <= limit:
        return sent
    out = ""
    for cl in split.split(sent):
        if len(out) + len(cl) <= limit - 1:
            out += cl
        else:
            break
    if not out:
        return sent[: limit - 1] + "…"
    return _close(out)


def _close(s: str) -> str:
    s = s.rstrip()
    if s and s[-1] in ",;、，；:：":
        s = s[:-1]
    if s and s[-1] not in _END_PUNCT + "”…":
        s += "。"
    return s


def _breakdown_parts(text: str, scored: list[tuple[float, int, int]]) -> set[int]:
    """Starts of the pieces of a breakdown list: a piece opening with ``其中:`` and the pieces
    after it in the same sentence (each before ended by ``;``)."""
    out: set[int] = set()
    prev_end = -1
    by = False  # the piece before opened a breakdown by a category (按常住地分,城镇…。农村…。)
    for _, a, b in sorted(scored, key=itemgetter(1)):
        if prev_end < 0 and not text.startswith(("其中", "按"), a):
            by = False  # (most sentences: neither opens a breakdown nor goes on with one)
            continue
        opens = text.startswith("其中:", a) or text.startswith("其中：", a)
        cat = not opens and text.startswith("按", a) and _BREAKDOWN_OPEN.match(text, a) is not None
        goes_on = prev_end >= 0 and not text[prev_end:a].strip() and (
            text[prev_end - 1] in ";；" or (by and "\n" not in text[prev_end:a]))
        if opens or cat or goes_on:
            out.add(a)
            prev_end = b
        else:
            prev_end = -1
        by = cat
    return out


def _fit(cleaned: Cleaned, scored: list[tuple[float, int, int]], limit: int,
         news: bool = False, counts: bool = False, squeeze: bool = False) -> str:
    if not scored:
        return ""
    # best score first, ties in text order: sorted(key=(-score, start)) as two stable sorts
    # by C key functions (a reverse sort keeps equal keys in their order)
    ranked = sorted(sorted(scored, key=itemgetter(1)), key=itemgetter(0), reverse=True)
    measure = (_MEASURE_COUNT if counts else _MEASURE).search
    # a report's breakdown list (其中:税收收入完成29.52亿元,…;非税收入完成24.16亿元,…。): the
    # figure before it is the headline, the parts give way to the next headline figures
    parts: set[int] = set() if news else _breakdown_parts(cleaned.text, scored)
    chosen: list[tuple[int, str, int]] = []
    said: set[str] = set()  # the figures already chosen
    used = 0
    full = False  # a figure left out for want of room
    for k, (sc, a, b) in enumerate(ranked):
        if k > 0 and (sc < 0 or (sc == 0 and not news)):
            break
        piece = _compact(_NOTE.sub("", _display(cleaned, a, b).strip()))
        if squeeze:
            piece = _squeeze(piece, lead=False)  # (the lead says who gave its figures)
        elif k == 0 and counts and (sq := _squeeze(piece, lead=False)) != piece and \
                _ENDS_FIGURE.search(sq) is not None:
            # a feature's lead (no headline figures, no news item) without its closing comment
            # (…融资更是上升到3亿美元,在估值层面一跃成为小独角兽。): the room goes to its next figure
            # (when its last clause ends with its figure: …10万千瓦光伏电站项目正式开工建设,标志着…
            # keeps what the start means)
            piece = sq
        if "数据" in piece[:48] and (m_d := _DATA_POINTER.match(piece)) is not None and measure(piece, m_d.end()):
            # 透过一项数据,可窥见…运行质效:2025年,…利润总额1151亿元: the data, not the pointer
            piece = piece[m_d.end():]
        if k > 0 and (m := _BREAKDOWN.search(piece)) is not None and measure(piece, 0, m.start()):
            piece = _close(piece[:m.start()])  # a later figure without its breakdown (其中,…)
        if k > 0:
            piece = _one_figure(piece)  # a later figure said alone (工业增加值增长8.1%。)
            piece = _squeeze(piece, tail=False)  # a later figure without who gave it (数据显示,)
            if chosen and _SAID_WHEN.match(piece):
                piece = _said_when(chosen[0][1], piece)
        if k > 0 and (m_b := _BARE_OPEN.match(piece)) is not None and not _bare_goes_on(cleaned.text, chosen, a, piece[:m_b.end()]):
            continue  # a change without what changed (2021年上涨0.9%。), or the same change said again
        if k > 0 and (_SECTOR.match(piece) or a in parts):
            continue  # GDP's part by sector (第二产业增加值…): the lead gave GDP, the next figure follows
        if k > 0 and said and not measure(piece):
            continue  # a summary that reports figures goes on with figures, not comments
        nums = set(_NUMBER.findall(piece))
        if any(piece in p for _, p, _ in chosen) or (nums and nums <= said):
            continue  # a page that prints its lead twice (under a sub-heading) says it once
        if k > 0 and (c := _said_less(chosen, piece, nums, used, limit)) is not None:
            # a sentence saying a chosen piece's figures and more (1-11月累计,全国销售彩票增长14.7%。
            # → …共销售彩票3410.29亿元,…,增长14.7%。): it takes that piece's place, said once
            used += len(piece) - len(chosen[c][1])
            chosen[c] = (a, piece, b)
            said |= nums
            continue
        if used + len(piece) > limit - 1:
            if k > 0:
                # a figure sentence cut to the leading clauses that fit (粮食总产486.5亿斤,)
                room = limit - 1 - used
                if not measure(piece):
                    continue
                full = True
                if room < ROOM_MIN:
                    continue
                whole, piece = piece, _trim(piece, room, _PART_SPLIT)
                if _COPULA.match(whole.strip(), len(piece)) is not None and \
                        len(_PART_SPLIT.split(piece)) == 1:
                    # 这处占地近50个足球场的白色建筑群。: a subject cut from what is said of it (,是…)
                    continue
                if piece.endswith("…") or not measure(piece) or _FRAME_END.search(piece) or \
                        all(_BASE_CLAUSE.match(c) or not measure(c) for c in _PART_SPLIT.split(piece)):
                    # (与…相比。, 从数据看。: a frame without what it frames; 相较去年…2900人次的观影
                    # 规模,今年大年初一。: the base without the figure compared with it)
                    continue
            elif len(piece) < 40:
                continue
            else:
                piece = _trim(piece, min(limit - 1, 90))  # the best sentence, cut to its clauses
        chosen.append((a, piece, b))
        said |= set(_NUMBER.findall(piece))
        used += len(piece)
        if used >= limit * 0.8:
            full = True
            break
    if not chosen:
        _, a, b = ranked[0]
        return _trim(_display(cleaned, a, b), limit)
    if used < limit * FILL and counts:
        used = _fill_lead(cleaned, scored, chosen, used, limit)
    if used < limit * FILL:
        used = _fill(cleaned, scored, chosen, used, limit)
    chosen = sorted(chosen) if counts and _placed_lead(scored, chosen) \
        else _lead_first(cleaned.text, chosen)
    # (once chosen: the room a piece took is not what chooses the next)
    chosen = [(a, _CONNECTIVE_OPEN.sub("", p, count=1) if p[:1] in _CONNECTIVE_FIRST else p, b)
              for a, p, b in chosen]
    out = "".join(p if p[-1] in _END_PUNCT + ";；”" else p.rstrip("…") + "。" if p[-1] == "…"
                  else p[:-1] + "；" if p[-1] in ",，" else p
                  for _, p, _ in chosen[:-1]) + chosen[-1][1]
    out = _close(out)
    if len(out) > limit:
        out = _trim(out, limit)
    if full and not squeeze and (freed := sum(len(p) - len(_squeeze(p, lead=False))
                                              for _, p, _ in chosen)) and \
            freed + limit - len(out) >= ROOM_MIN:
        # the room ran out before the figures did: the summary with its pieces said in fewer
        # clauses (_squeeze: no comment nor figure-less tail after their figures) when that says
        # more figures in the same room (tried only when squeezing frees room for a figure)
        alt = _fit(cleaned, scored, limit, news, counts, squeeze=True)
        if len(set(_NUMBER.findall(alt))) > len(set(_NUMBER.findall(out))):
            return alt
    return out


# a piece opening with a bare change, after its time at most (同比增长5.3%。 / 2021年上涨0.9%。): what
# changed is said before it
_BARE_OPEN = re.compile(r"(?:(?:今年|去年|全年)?(?:\d{4}年)?(?:\d{1,2}(?:[-—~至]\d{1,2})?月份?|[一二三四]季度|上半年|"
                        r"下半年|前三季度|全年)?[,，]?)?(?:同比|环比|比上年|比上月|较上年|较上月|比去年同期)?"
                        r"(?:上涨|增长|下降|回落|上升|下跌|增加|减少)")


def _bare_goes_on(text: str, chosen: list[tuple[int, str, int]], a: int, opening: str) -> bool:
    """Whether a piece opening with a bare change (``opening``) goes on a chosen piece printed
    right before it that says what changed and no change of the same kind (``4月CPI环比上涨0.14%;``
    then ``同比上涨5.58%``); not so after another piece (``…GDP增速达到8.1%。`` then ``2021年上涨
    0.9%``: what rose is left out) nor after a piece saying the same kind (``…同比增长2.8%;`` then
    ``同比增长5.3%``, its price-adjusted twin).

    >>> t = "4月CPI环比上涨0.14%；同比上涨5.58%。"
    >>> _bare_goes_on(t, [(0, "4月CPI环比上涨0.14%；", 13)], 13, "同比上涨")
    True
    >>> t = "投资248654亿元，同比增长2.8%；同比增长5.3%。"
    >>> _bare_goes_on(t, [(0, "投资248654亿元，同比增长2.8%；", 21)], 21, "同比增长")
    False
    >>> _bare_goes_on("GDP增长8.1%。物价2021年上涨0.9%。", [(0, "GDP增长8.1%。", 10)], 12, "2021年上涨")
    False
    """
    kind = "环比" if "环比" in opening else "同比"
    for _, p, b in chosen:
        if b <= a and not text[b:a].strip():
            return kind not in p
    return False


# a piece whose last clause ends with its measured figure (…上升到3亿美元。 / …1.1万名人才加入。)
_ENDS_FIGURE = re.compile(r"\d(?:[\d.,]*\d)? ?(?:%|个百分点|万|亿|千|元|吨|斤|人|户|家|公里|亩|千瓦|倍)"
                          r"[^\d,;，；。]{0,6}[。;；]?$")


# a piece's opening time (2021年, / 1—11月份, / 今年上半年,): the lead says it once
_SAID_WHEN = re.compile(r"(?:(?:今年|去年)?(?:\d{4}年)?(?:\d{1,2}(?:[-—~至]\d{1,2})?月份?|[一二三四]季度|上半年|下半年|前三季度|全年)?[,，]"
                        r"|\d{4}年[,，])")


def _said_when(lead: str, piece: str) -> str:
    """A later piece without the opening time the lead says (``2021年,宁波全市完成自营进出口总额…``
    after ``2021年,宁波实现地区生产总值…`` → ``宁波全市完成自营进出口总额…``).

    >>> _said_when("2021年，宁波实现地区生产总值14594.9亿元；", "2021年，宁波实现工业增加值6297.5亿元。")
    '宁波实现工业增加值6297.5亿元。'
    >>> _said_when("1—11月份，利润总额79750.1亿元。", "1—10月份，营业收入增长20.3%。")
    '1—10月份，营业收入增长20.3%。'
    >>> _said_when("上半年，社会消费品零售总额245458亿元。", "上半年，同比增长5.3%。")
    '上半年，同比增长5.3%。'
    """
    m = _SAID_WHEN.match(piece)
    if m is None or m.group()[:-1] not in lead:
        return piece
    rest = piece[m.end():]
    if len(rest) < 8 or rest[0].isdigit() or _BARE_CHANGE.match(rest):
        return piece  # (上半年,同比增长5.3%: the time is what the change is of)
    return rest


#: the least room a later figure is cut into (粮食总产486.5亿斤,): a full summary is built again
#: with its pieces squeezed only when that leaves this much room
ROOM_MIN = 16


# an amount's number (3410.29亿元, 2万户; not a rate: 14.7%, 0.6个百分点)
_AMOUNT_NUMBER = re.compile(r"\d+(?:\.\d+)?(?= ?(?:[万亿千百]|元|吨|斤|人|户|家|个(?!百分点)|公里|亩))")


def _said_less(chosen: list[tuple[int, str, int]], piece: str, nums: set[str], used: int,
               limit: int) -> int | None:
    """The index of a chosen piece whose figures ``piece`` all says again with the amount they
    are a change of (``1-11月累计,全国销售彩票增长14.7%。`` → ``…共销售彩票3410.29亿元,…,增长14.7%。``),
    when ``piece`` fits in its place; None for none. (A rate said again with another rate, the
    change on last month, is no such piece.)"""
    if len(nums) < 2:
        return None
    amounts = set(_AMOUNT_NUMBER.findall(piece))
    for c, (_, p, _) in enumerate(chosen):
        had = set(_NUMBER.findall(p))
        if had and had < nums and amounts - had and used - len(p) + len(piece) <= limit - 1:
            return c
    return None


#: a summary filling less than this share of its room goes on with the sentence after its last
FILL = 0.5
FILL_MIN = -0.5


def _fill_lead(cleaned: Cleaned, scored: list[tuple[float, int, int]], chosen: list[tuple[int, str, int]],
               used: int, limit: int) -> int:
    """A short item's summary that fills less than half its room with a later figure
    (``截至目前,已成功举办57场“睦邻市集”,服务群众6万余人次。``) takes the item's opening sentence
    too when it names a place and fits (``4月9日一大早,贵州凯里市大十字街道…赶“睦邻市集”。``: who
    and where the story is; ``_placed_lead`` then prints it first). Not when that sentence is
    marked down, nor in a long article (``SHORT_ITEM``). Appends to ``chosen``; returns the
    characters used."""
    if len(scored) > SHORT_ITEM:
        return used
    sc, a, b = min(scored, key=itemgetter(1))
    if sc < 0 or any(a == c for c, _, _ in chosen):
        return used
    piece = _compact(_NOTE.sub("", _display(cleaned, a, b).strip()))
    if not piece or used + len(piece) > limit - 1 or not _place_first(piece):
        return used
    chosen.append((a, piece, b))
    return used + len(piece)


# the second half of a contrast said across a semicolon (X是A;而Y,则是B): 而 opening the part,
# 则 further on in it, before its end (its clauses may be several)
_CONTRAST_HALF = re.compile(r"而[^;；。]{0,60}?则")


def _fill(cleaned: Cleaned, scored: list[tuple[float, int, int]], chosen: list[tuple[int, str, int]],
          used: int, limit: int) -> int:
    """A short summary (a news item's one-sentence lead, a meeting announced) goes on with the
    candidate sentences that follow its last piece, in reading order, while they fit: what the
    story says next (what the meeting decided, what the figure compares with). Appends to
    ``chosen``; returns the characters used.

    A summary without a measured figure (a commentary's, a feature's argument) passes over a
    sentence too long for the room left and goes on with the next that fits: its next point,
    said whole (a figure's summary stops there: what follows the figure it skips reads as
    the skipped one's)."""
    last = max(b for _, _, b in chosen)
    passes = not any(_MEASURE.search(p) for _, p, _ in chosen)
    text = cleaned.text
    for sc, a, b in sorted(scored, key=itemgetter(1)):
        if a < last:
            continue
        if sc < FILL_MIN and not (a == last and text[a - 1:a] in (";", "；") and
                                  _CONTRAST_HALF.match(text, a) is not None):
            # (the other half of a sentence cut at its semicolon, 是…“一件事”;而…则是…: marked
            # down as a back-reference when read alone, it is what the chosen half is said against)
            break
        piece = _compact(_NOTE.sub("", _display(cleaned, a, b).strip()))
        if passes and piece and used + len(piece) > limit - 1:
            continue  # too long for the room left: the next sentence that fits
        if not piece or used + len(piece) > limit - 1 or any(piece in p for _, p, _ in chosen):
            break
        chosen.append((a, piece, b))
        used += len(piece)
        if used >= limit * FILL:
            break
    return used


# a clause that goes on saying the figure before it: its change, its base, its rate or share
# (增长5.6% / 同比下降0.4% / 增产3.22% / 达到501202亿元 / 净回笼3492亿元)
_SAME_FIGURE = re.compile(r"\s*(?:同比|环比|比|较|增长|下降|增加|减少|上涨|下跌|回落|上升|增速|增幅|涨幅|降幅|"
                          r"分别|两年平均|年均|增产|减产|增收|减收|提高|降低|持平|达到?|为|占|实现|净)")


# a clause giving the base a figure is compared with (相较去年…2900人次的观影规模 / 与上年相比),
# or the one unit a rate is counted per (每利用1吨废钢,可减少1.6吨碳排放 / 每投入1元,带动…): the
# figure is the next clause's (a clause with a second number, 每1元资金撬动3.5元, is a figure)
_BASE_CLAUSE = re.compile(r"""\s*(?:
      (?:相较|相比)[^,;，；增减升降]*                         # 相较去年…的规模
    | (?:与|同|和|跟|较)[^,;，；增减升降]*(?:相比|相较|比较)   # 与上年相比
    | 每[^\d,;，；]{0,6}(?<![\d.])1(?![\d.])[^\d,;，；]*     # 每利用1吨废钢 (per one unit)
    )[,;，；]?$""", re.VERBOSE)


def _one_figure(piece: str) -> str:
    """A later piece of a summary says one figure: its clauses up to the first one with a
    measured figure and those after it saying more of that figure; what follows (a comment,
    a share, a rank, another item) gives way to the next figure.

    >>> _one_figure("全市固定资产投资同比增长45.6%，高于全区25.9个百分点，位居全区第一，其中：民间投资同比增长9%。")
    '全市固定资产投资同比增长45.6%。'
    >>> _one_figure("截至2025年底，我国基本医保参保人数达133068.14万人，同比增加406万人，参保率巩固在95%。")
    '截至2025年底，我国基本医保参保人数达133068.14万人，同比增加406万人。'
    >>> _one_figure("2025年，社会消费品零售总额首次超过50万亿元，达到501202亿元，增长3.7%。")
    '2025年，社会消费品零售总额首次超过50万亿元，达到501202亿元，增长3.7%。'
    """
    parts = _PART_SPLIT.split(piece)
    i = next((k for k, c in enumerate(parts) if _MEASURE.search(c)), None)
    if i is None:
        return piece
    if _BASE_CLAUSE.match(parts[i]):
        # the base it compares with (相较去年大年初一2900人次的观影规模,): the figure is the next one
        i = next((k for k in range(i + 1, len(parts)) if _MEASURE.search(parts[k])), None)
        if i is None:
            return piece
    j = i + 1
    if _TOPIC.search(parts[i]):
        j += 1  # a topic's figure (距离淮河100公里左右的宿州,): with what is said of it
    while j < len(parts) and _SAME_FIGURE.match(parts[j]):
        j += 1
    return piece if j >= len(parts) else _close("".join(parts[:j]))


# a clause that frames what follows it (与居民医保超过95%的资金使用率相比 / 从数据看 / 就…而言)
_FRAME_END = re.compile(r"(?:相比|相较|比较|来看|看来|而言|来说|方面|之际|时|看|计算|测算)[。]$")


_PART_OPEN = re.compile(r"其中[,，:：]")


SHORT_ITEM = 20  # candidate sentences of a short item (a regional page's story of a town or street)


def _placed_lead(scored: list[tuple[float, int, int]], chosen: list[tuple[int, str, int]]) -> bool:
    """Whether a short item's summary (at most ``SHORT_ITEM`` candidate sentences) takes one of
    its two opening sentences and that one names a place (``这几天,新疆乌鲁木齐…喀什东路街道,正…开展
    环境整治工作。``): the who-and-where lead then opens the summary and its figure
    (``社区…先后干了3件事:…200多名…``) follows, in reading order, as a reader of the item meets
    them (``_lead_first`` would put the best-scored figure first). Not in a long analysis (its
    opening scene, ``距离淮河100公里左右的宿州,…``, is no lead), nor when the opening sentence names
    no place (``两会启幕,…``: a framing).

    >>> sc = [(0.5, 0, 23), (1.0, 23, 37)]
    >>> _placed_lead(sc, [(23, "社区组建200多人的队伍。", 37), (0, "这几天,新疆乌鲁木齐喀什东路街道正开展环境整治。", 23)])
    True
    >>> _placed_lead(sc, [(23, "社区组建200多人的队伍。", 37)])
    False
    >>> _placed_lead([(0.5, 0, 10), (1.0, 10, 24)],
    ...              [(10, "社区组建200多人的队伍。", 24), (0, "两会启幕,代表热议。", 10)])
    False
    """
    firsts = sorted(a for _, a, _ in scored)[:2]
    a, piece, _ = min(chosen)
    return len(scored) <= SHORT_ITEM and a in firsts and a != chosen[0][0] and _place_first(piece)


PLACE_WITHIN = 16  # characters of a lead sentence where the place it names starts


def _place_first(piece: str) -> bool:
    """Whether a sentence names a place near its start, after its time at most (``4月9日下午,上海…``,
    ``这几天,新疆乌鲁木齐…``), as a news lead says where: not one a scene names later
    (``传化物流…业务技术部里,电脑屏幕上跳出预警——“无锡传化公路港…”``).

    >>> _place_first("4月9日下午,上海养老服务人才高校专场招聘会举办。"), _place_first("业务技术部里,电脑屏幕上跳出预警——“无锡传化公路港有一处能耗异常点”。")
    (True, False)
    """
    return any(s_ < PLACE_WITHIN for s_, _, _ in find_places(piece))


def _lead_first(text: str, chosen: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """The best piece (``chosen[0]``) leads, what the article reports; the others follow in
    reading order. Pieces printed right before it (the start of the sentence it ends:
    ``营业收入41.77亿元,增长34.15%;`` before ``净利润28.48亿元…``) stay before it. A best piece
    that is a part of a total printed before it (``其中,…煤炭行业利润增长4.38倍``) does not
    lead: all follow in reading order."""
    rest = sorted(chosen)
    if _PART_OPEN.match(chosen[0][1]) is not None:
        return rest
    i = rest.index(chosen[0])
    j = i
    while j > 0 and not text[rest[j - 1][2]:rest[j][0]].strip():
        j -= 1
    return rest[j:i + 1] + rest[:j] + rest[i + 1:]


def article_summary(cleaned: Cleaned, seg: ArticleSeg, sentences: list[tuple[int, int]],
                    indicators: list[Indicator], limit: int = ARTICLE_MAX,
                    scores: dict | None = None) -> str:
    """Summary of one article (≤ ``limit`` characters) from its own sentences.

    ``scores``: a dict kept for one document (the pipeline passes one) where the scored
    sentences of an article and its summary for each limit are kept, so the document summary
    does not score its main article again (nor, of the same length, summarise it again)."""
    if seg.kind == "caption":
        if seg.body:
            s, e = seg.body[0]
            return _trim(_display(cleaned, s, e), limit)
        return _trim(seg.title, limit)
    key = (id(seg), tuple(map(id, indicators)))     # (the document's own segment)
    if seg.kind == "article" and not seg.body and seg.title_span is not None:
        # a photo page, its headline over captions and their credits alone: the captions are
        # what it says (read as a body of captions, _caption_lines: all there is)
        start = max(e for _s, e in [seg.title_span, *seg.subtitle_spans,
                                    *([seg.byline_span] if seg.byline_span else [])])
        if start < seg.span[1]:
            seg = replace(seg, body=[(start, seg.span[1])])
    # the summary itself is kept too: a document of one article asks for the same one again
    # (same article, figures and limit) as its own summary
    done = scores.get((key, limit)) if scores is not None else None
    if done is not None:
        return done
    scored = scores.get(key) if scores is not None else None
    if scored is None:
        spans = _with_quotes(cleaned.text, _with_subjects(cleaned.text, _sent_spans(seg, sentences)))
        scored = _score_sentences(cleaned, seg, spans, indicators)
        # --- issue #16: filter (headline repeats, boilerplate) and choose the lead: summary_select
        scored = summary_select.select(cleaned, [seg.title, seg.subtitle or "", seg.kicker or ""],
                                       scored, indicators, CORE,
                                       body_start=min(s for s, _ in seg.body) if seg.body else None,
                                       follow=FOLLOW)
        # ---
        scored = _one_per_part(cleaned.text, seg, scored)
        scored = _profile_lead(cleaned.text, seg, scored)
        if scores is not None:
            scores[key] = scored
    out = _summary_of(cleaned, seg, scored, indicators, limit)
    if scores is not None:
        scores[(key, limit)] = out
    return out


# a profile's column tag in its headline's closing bracket (…“王警官”(新时代·面孔)): data/summary_profile.txt
_PROFILE_TAG = re.compile(r"[(（][^()（）]*(?:" + "|".join(lexicon.lines("summary_profile.txt")) +
                          r")[^()（）]*[)）]\s*$")
# an office said before the name of who holds it (…服务中心主任贺娇龙 / …大队长王警官): the
# person's name is the two or three characters after it
_OFFICE_NAME = re.compile(r"""(?:主任|大队长|队长|局长|处长|科长|所长|站长|院长|校长|厂长|社长|
    书记|主席|部长|县长|市长|镇长|乡长|村长|经理|董事长|理事长|会长|馆长|总监|院士|教授|研究员|
    工程师|医师|医生|教师|护士长|民警|船长|机长)
    (?=([\u4e00-\u9fff]{2,3}))""", re.VERBOSE)
#: a profile's sentences looked at for the one naming its person with their office
PROFILE_SENTENCES = 8
#: times the person's name is said in the piece (its subject, not someone met in passing)
PROFILE_NAMED = 3


def _profile_lead(text: str, seg: ArticleSeg, scored: list[tuple[float, int, int]]
                  ) -> list[tuple[float, int, int]]:
    """A profile (data/summary_profile.txt) leads with its first sentence (of its first
    ``PROFILE_SENTENCES``) that names the person with their office, the person being a name
    the piece says ``PROFILE_NAMED`` times or more (1月14日,…服务中心主任贺娇龙在…意外坠马,…年仅47
    岁。): who the person was and what happened, before the figures of what they did. That
    sentence scores above the best; other pieces: ``scored`` as given."""
    if not scored or not seg.title or _PROFILE_TAG.search(seg.title) is None:
        return scored
    s0, e0 = seg.span
    body = text[s0:e0]
    for _sc, a, b in sorted(scored, key=itemgetter(1))[:PROFILE_SENTENCES]:
        for m in _OFFICE_NAME.finditer(text, a, b):
            name = m[1]
            if body.count(name) < PROFILE_NAMED and body.count(name[:2]) >= PROFILE_NAMED:
                name = name[:2]  # a two-character name and the word after it (张伟在)
            if body.count(name) >= PROFILE_NAMED:
                top = max(x[0] for x in scored) + 1
                return [(top if x[1] == a else x[0], x[1], x[2]) for x in scored]
    return scored


PARALLEL_PARTS = 3   # parallel section headings of a piece summarised part by part
# the words parallel headings open with (有一种爱叫做“…”): four Chinese characters or more
_PARALLEL_OPEN = re.compile(r"[\u4e00-\u9fff]{4}")
LATER_IN_PART = 0.5  # what a sentence of such a part keeps of its score after the part's best


def _one_per_part(text: str, seg: ArticleSeg, scored: list[tuple[float, int, int]]
                  ) -> list[tuple[float, int, int]]:
    """A piece in three or more parts under parallel headings (有一种爱叫做“阳光普照” / 有一种爱
    叫做“特别的爱” / …: one argument told part by part) is summarised by its parts: each part's
    best sentence keeps its score, the part's other sentences keep ``LATER_IN_PART`` of theirs,
    so the next part's best comes before a part's second. Other pieces: ``scored`` as given."""
    heads = sorted(seg.sections)
    if len(heads) < PARALLEL_PARTS or \
            not _PARALLEL_OPEN.match(os.path.commonprefix([text[s:e].strip() for s, e in heads])):
        return scored
    ends = [e for _, e in heads]
    best: dict[int, tuple[float, int]] = {}
    for sc, a, _ in scored:
        part = bisect_right(ends, a) - 1
        if part >= 0 and sc > 0 and (part not in best or (-sc, a) < (-best[part][0], best[part][1])):
            best[part] = (sc, a)
    firsts = {a for _, a in best.values()}
    return [(sc * LATER_IN_PART if sc > 0 and a not in firsts and bisect_right(ends, a) > 0 else sc, a, b)
            for sc, a, b in scored]


def _summary_of(cleaned: Cleaned, seg: ArticleSeg, scored: list[tuple[float, int, int]],
                indicators: list[Indicator], limit: int) -> str:
    """An article's summary from its selected sentences (``article_summary``)."""
    if not scored:
        # no sentence (a table under its caption): the caption and its leading rows' figures
        return summary_select.table_summary(cleaned.text, *seg.span, seg.title, limit)
    # a report printed with its occasion and speaker says who reported it, when and where; a
    # reader's commentary who wrote it, from where (长沙市李焱婕：); a signed commentary or essay
    # that is no news item (陈  凌《人民日报》…) whose argument it is (陈凌：); a dialogue who talks
    # with whom (本报评论员李拯与中国工程院院士刘经南对话：)
    lead = reader_signature(seg.byline) or summary_select.occasion_lead(cleaned.text, *seg.span) or \
        summary_select.author_lead(cleaned.text, seg.title_span[1] if seg.title_span else seg.span[0],
                                   seg.span[1]) or \
        summary_select.press_lead(cleaned.text, sorted(x[1:] for x in scored)) or \
        summary_select.dialogue_lead(cleaned.text, *seg.span) or \
        (_signed(cleaned.text, seg) if not _is_news(seg) else "")
    # an article without headline figures that is no news item (a company story): its counts are facts
    counts = not _is_news(seg) and not any((i.canonical or "") in CORE for i in indicators)
    if lead:
        return lead + _fit(cleaned, scored, limit - len(lead), _is_news(seg), counts)
    out = _fit(cleaned, scored, limit, _is_news(seg), counts)
    kick = _figure_kicker(seg.kicker)
    if kick and not set(_NUMBER.findall(kick)) & set(_NUMBER.findall(out)):
        # a kicker stating the figure the article is about (2025年我国康养市场规模预计达9.5万亿元)
        # that its sentences do not give: it leads, the article's own figures follow
        rest = _fit(cleaned, scored, limit - len(kick) - 1, _is_news(seg), counts)
        if rest and seg.title and _PROFILE_TAG.search(seg.title) is not None:
            # (a profile's lead says who the person is first: the kicker's figures follow it)
            return rest + _close(kick)
        if rest:
            return kick + "；" + rest
    return out


# the author's note closing a signed piece: (作者为北京脑科学与类脑研究所所长,本报记者谷业凯采访整理)
_AUTHOR_NOTE = re.compile(r"[(（]作者为([^()（）\n,，;；]{2,40})(?:[,，][^()（）\n]{0,30})?[)）]\s*$")
#: characters of the note's title said before the author's name (of a longer one, its first part
#: as short: 华东师范大学教授、新基石研究员 → 华东师范大学教授; none: the name alone)
AUTHOR_TITLE_MAX = 13
_STAFF = re.compile(r"本报|本刊|本网|本台")


def _signed(text: str, seg: ArticleSeg) -> str:
    """``陈凌：`` of a signed commentary or essay (``articles.author_signature``), with the title
    its closing note gives (``(作者为中国铁路广州局广州南站客运员)`` → ``中国铁路广州局广州南站客运员张晓洁：``;
    the paper's own staff, ``本报评论部编辑``, without it): whose account it is. A piece whose
    byline line the splitter left under its headline is signed when it closes with such a note."""
    s, e = seg.span
    note = _AUTHOR_NOTE.search(text, max(s, e - 120), e)
    byline = seg.byline
    if byline is None and note is not None and seg.title_span:
        # (林占熺《人民日报》（2026年03月20日第 05 版） under the headline, the note closing the piece)
        at = seg.title_span[1] + (text[seg.title_span[1]:seg.title_span[1] + 1] == "\n")
        end = text.find("\n", at, e)
        byline = text[at:end if end >= 0 else e]
    sig = author_signature(byline)
    if not sig or note is None or _STAFF.match(note[1]):
        return sig
    title = note[1].strip()
    if len(title) > AUTHOR_TITLE_MAX:
        # (国家菌草工程技术研究中心首席科学家、菌草技术发明人: the first of its titles short enough)
        title = next((t for t in title.split("、") if len(t) <= AUTHOR_TITLE_MAX), "")
    return title + sig


_KICKER_MAX = 40  # characters of a kicker read as the article's figure


def _figure_kicker(kicker: str | None) -> str:
    """A kicker (引题) that states a figure (a number with its unit: ``上半年GDP同比增长5.3%``),
    without its closing dash; "" for one that frames, asks or lists nothing measured."""
    k = (kicker or "").strip().rstrip("—-").strip()
    if not k or len(k) > _KICKER_MAX or re.search(r"[?？!！]", k) or not _NUMBER.search(k):
        return ""
    return k


def document_summary(cleaned: Cleaned, segs: list[ArticleSeg], article_summaries: list[str],
                     sentences: list[tuple[int, int]], indicators: list[Indicator],
                     scores: dict | None = None) -> str:
    """Summary of the whole document (≤ DOCUMENT_MAX characters)."""
    arts = [i for i, s in enumerate(segs) if s.kind == "article"]
    if not arts:
        return _trim("".join(s for s in article_summaries if s), DOCUMENT_MAX)
    if len(arts) == 1:
        i = arts[0]
        inds = [x for x in indicators if x.article in (i, None)]
        return article_summary(cleaned, segs[i], sentences, inds, limit=DOCUMENT_MAX,
                               scores=scores)

    n_core: dict[int | None, int] = {}  # core indicators per article, one pass
    for x in indicators:
        if (x.canonical or "") in CORE:
            n_core[x.article] = n_core.get(x.article, 0) + 1

    def weight(i: int) -> tuple[int, int]:
        size = sum(e - s for s, e in segs[i].body)
        return (n_core.get(i, 0), size)

    main = max(arts, key=weight)
    inds = [x for x in indicators if x.article == main]
    title = segs[main].title
    lead_in = f"{title}：" if title and len(title) <= 40 else ""
    head = lead_in + article_summary(cleaned, segs[main], sentences, inds,
                                     limit=120 - len(lead_in), scores=scores)
    out = head
    others = [segs[i].title for i in arts if i != main and segs[i].title]
    for t in others:
        piece = ("" if out == head else "；") + t
        if len(out) + len(piece) + 1 > DOCUMENT_MAX:
            break
        out += piece
    if out != head:
        out = _close(out)
    return out[:DOCUMENT_MAX]
