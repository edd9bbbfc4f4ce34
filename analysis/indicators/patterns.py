"""Extractors: find candidate spans in one sentence (cleaned, half-width text).

Every regex here is compiled once at import from the language data in ``analysis/data/``
(``data.py``); parsing what a span means is ``parse.py``.

- ``QUANTITY``   a number with its unit and approximation words   (164.4亿元, 3000余万元, 二百多个)
- ``CHANGE``     a change verb and its number(s)                   (同比分别增长13.4%和6.9%)
- ``FLAT``       no change                                         (与上年持平)
- ``COMPLETION`` a share of a target                               (完成年度目标任务61.71%)
- ``RANK``       a ranking                                         (增幅全市第一, 位居八县市第2位, 稳居世界第二)
- ``GROWTH_APPOS``, ``BRACKET_RATE``, ``REDUCE``: changes written as 以8.7%的增速, 温州(5.2%),
  压减一般性支出20%; ``FROM_BEFORE``/``FROM_TO_MID``: 从A增加到B (B is the figure)

Numbers are Arabic, Chinese (百分之八点五, 两千一百万) or mixed (2万3千多户, 2亿4千多万); their
value is composed by ``numbers.compose``.
"""
from __future__ import annotations

import re
import re._constants as _sre_const
import re._parser as _sre_parse
from dataclasses import dataclass
from operator import attrgetter

from . import data
from .numbers import _SUB_SCALED, CHINESE_NUMERAL_CHARS, compose
from .openings import _ALL, _class, _closing, _covers, _two, _Unknown


def _alt_plain(words) -> str:
    """A regex alternation, longest first (so 人次 is tried before 人)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _alt_by_first(words) -> str:
    """``_alt_plain``'s alternation with its words grouped by their first character: 元/吨|元|吨
    is written 元(?:/吨|)|吨. ``re`` tries an alternation's branches one by one; each plain word
    is a branch, and each costs a test even where its first character is not the text's. Grouped,
    only the groups' first characters are tested, then the words of the one group whose character
    stands there. The same words in the same order of trial (a word whose first character is not
    the text's fails at once in either form): the same matches and the same backtracking, so every
    pattern built with it matches as with the plain form (docs/performance.md, twenty-second
    round; tests/unit/test_pattern_forms.py).

    >>> _alt_by_first(["人", "人次", "元/吨", "吨", "元"])
    '元(?:/吨|)|人(?:次|)|吨'
    """
    ordered = sorted(set(words), key=len, reverse=True)
    if "" in ordered:
        return _alt_plain(words)
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(c) if rests == [""]
                    else re.escape(c) + "(?:" + "|".join(map(re.escape, rests)) + ")"
                    for c, rests in groups.items())


_alt = _alt_by_first       # every alternation of words below (the plain form: _alt_plain)


ARABIC = r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|-?\d+(?:\.\d+)?"
CHINESE = f"[{CHINESE_NUMERAL_CHARS}][零〇{CHINESE_NUMERAL_CHARS}]*"
_CN_DIGIT = "零〇一二两三四五六七八九"
# a Chinese numeral with decimals: 八点五, 四点零二
CHINESE_DEC = f"{CHINESE}(?:点[{_CN_DIGIT}]+)?"
# the rest of a number written with 万/亿 inside: 2万3千(户), 2亿4千(多万), 3亿2000(万), 一万三千(亿)
TAIL = rf"[万亿](?:\d{{1,4}}(?:[千百十]|(?=[多余]?万))|[一二两三四五六七八九][千百十][零〇{CHINESE_NUMERAL_CHARS}]*)"
SCALE = _alt(data.SCALES)
BASE = _alt([*data.BASE_UNITS, *data.RATIO_UNITS])
APPROX_MID = "余|多|(?<=十)几(?=[万亿名人户])"   # 十几万元, 十几名: "ten-odd", read as 十多, before a scale or a count of people (not 其余十几个店面, 十几种花样, 十几天: too vague to report, a06, a164)
APPROX_SUFFIX = _alt(data.APPROX_SUFFIX)

QUANTITY = re.compile(rf"""
    (?=[0-9\-{CHINESE_NUMERAL_CHARS}])  # fast skip (百分之 starts with 百): only where a number can start
    (?: (?<![A-Za-z0-9.第]) | (?<=GDP) | (?<=CPI) | (?<=PPI) )   # not inside a code (G241,
                                   # PM2.5) or an ordinal (第3); a metric's acronym may touch it
    (?P<pct> 百分之 )?             # 百分之八点五 = 8.5%
    (?P<num> (?: {ARABIC}
               | {CHINESE_DEC} )
             (?: {TAIL} )* )       # 2万3千多户, 2亿4千多万
    (?P<approx1> {APPROX_MID} )?   # 3000余万元, 80多户
    (?: \x20 (?= {SCALE} | {BASE} ) )?   # one space before the unit: 81.58 万人次, 29 家
    (?P<scale> {SCALE} )?          # 万, 亿 (folded into `normalized`)
    (?P<approx2> {APPROX_MID} )?   # 5亿多元
    (?P<base> {BASE} )?            # 元, 吨, 千瓦时, 人次, %, 个百分点 ...
    (?P<approx3> {APPROX_SUFFIX} )? # 5000亩左右, 81%以上
    """, re.VERBOSE)

# one number inside a change (the list form: 5.3%、5.6% / 13.4%和6.9%)
CHANGE_NUMBER = re.compile(rf"""
    (?P<pct> 百分之 )?             # 百分之八 = 8%
    (?P<num> (?:{ARABIC}|(?<=百分之){CHINESE_DEC}|{CHINESE_DEC}(?=(?:{APPROX_MID})?(?:{SCALE}|{BASE})))
             (?:{TAIL})* )
    (?: {APPROX_MID} )?            # 增加7300多万
    (?: \x20 (?= {SCALE} | {BASE} ) )?   # one space before the unit: 增长3.0 %
    (?P<scale> {SCALE} )?
    (?: {APPROX_MID} )?
    (?P<base> {BASE} )?
    """, re.VERBOSE)

_LIST_SEP = r"(?:、|和|与|以及|及|,)"   # (37%以及25.1%)
_ONE = rf"""(?:(?:{ARABIC})(?:{TAIL})*(?:{APPROX_MID})?(?:\x20(?=%))?(?:{SCALE})?(?:{APPROX_MID})?(?:{BASE})?
              |百分之(?:{CHINESE_DEC}|{ARABIC})
              |{CHINESE_DEC}(?:{TAIL})*(?:{APPROX_MID})?(?:(?:{SCALE})(?:{APPROX_MID})?(?:{BASE})?|{BASE}))"""
_CHANGE_FIRST = "".join(sorted({w[0] for w in [*data.BASES, *data.CHANGE_VERBS, *data.SHORT_VERBS, "分别"]}))
# a basis naming an earlier period of the same year, or last year's whole (比上半年回升0.8个百分点,
# 对比上半年回升了约0.8个百分点, 比去年全年提高了0.02个百分点, 较1-8月提高3.6个百分点)
# a holiday of a year (periods.yaml ``holidays``: 较2025年春节假期, 比2024年国庆黄金周)
_HOLIDAY_BASE = (r"(?:" + "|".join(sorted(map(re.escape, data.HOLIDAYS), key=len, reverse=True))
                 + r")节?(?:小长假|长假|假期|黄金周|期间)") if data.HOLIDAYS else "(?!)"
_ABBREV = "".join(data.BASIS_ABBREV)   # 同, 环: a basis's first character (同增17.1%)
PERIOD_BASIS = (r"(?:比|较)(?:去年全年|上年全年|上半年|下半年|一季度|前三季度|[一二三四]季度"
                r"|1[—–\-~至]\d{1,2}月份?)")
# a population census as a basis (较第六次人口普查, 与2010年第六次全国人口普查比较,…)
CENSUS = r"(?:(?:19|20)\d{2}年)?第[四五六七]次(?:全国)?人口普查"
CHANGE_SOURCE = rf"""
    (?=[{_CHANGE_FIRST}])          # fast skip
    (?P<dist1> 分别 )?
    (?P<basis> {_alt(data.BASES)}
             | (?:比|较|相比)(?:[\u4e00-\u9fff]{{1,4}}的)?(?:19|20)\d{{2}}年
               (?:同期|末|底|1[—–\-~至]\d{{1,2}}月份?|{_HOLIDAY_BASE})?(?:数据)?   # 比2019年1—8月份增长42.9%
                                            # 较2025年春节假期分别增长26.9%: the holiday a year before
                                            # 比2015年下降18.8%, 比疫情前的2019年同期增长4.9%,
                                            # 比2019年数据增加412万人
             | (?:比|较)[一两二三四五六七八九十]{{1,2}}年前   # 浙江人口比十年前增加了1014万人
             | (?:比|较){CENSUS}     # 武汉较第六次人口普查增加254.11万人: the census before
             | (?:比|较)(?:上年同月|去年同月|\d{{1,2}}月(?:份|末|底)?)   # 比3月末减少…
             | (?:比|较|相对)(?:上周|(?:\d{{1,2}}月)?第[一二三四五六]周)   # 较第一周增长26%
             | (?P<pbasis> {PERIOD_BASIS} )
             | (?:比|较)“?十[一二三四五]五”?(?:期末|末|时期|期间)?   # 较“十三五”末改善16.5%,
                                                        # 比“十三五”时期增加799.2亿元
             | (?:(?<=按)|比|较)上年(?:快报数|执行数|决算数)     # 按上年快报数增长2%
             | (?:{_alt(data.BASIS_ABBREV)}) (?= (?:{_alt(data.SHORT_VERBS)}) [-+]?\d ) )?   # 同增17.1% (同比)
    (?(basis) (?: \(下同\) )? )        # 较上年执行数(下同)下降7.1%: the basis of the lines after it
    (?(basis) (?: 的 {_ONE} )? )      # 较“十三五”末的9323.1亿元增加4374.4亿元: the base's own figure
    (?P<dist2> 分别 )?
    (?: 名义 | 实际 )?                # 比上年名义增长6.3%
    (?(basis) [也亦还仍]? )          # 合同销售金额6277.8亿元,同比也下降10.85%
    (?(basis) (?: 小幅 | 稳步 | 略有 | 明显 | 显著 )? )   # 较去年同期小幅增长3.51%: an adverb after the basis
    (?: (?P<verb> {_alt(data.CHANGE_VERBS)} )
      | (?<=[比较年期末初约{_ABBREV}]) (?P<short> {_alt(data.SHORT_VERBS)} )
                                      # 同比增12%, 碳排放约降1.0%, 同增17.1%
      | (?P<market> 涨 | 跌 ) (?= [-+]?\d+(?:\.\d+)?% )   # 深证成指跌0.31%, 科创50涨0.5%: a
                                      # market's rise or fall in one character, before a rate
      | (?<=同比|环比) (?=[-+]\d) )                                  # 代销收入同比-4%
    (?P<dist3> 分别(?:为|是|达到|达) )?   # 增速分别为10.5%和13.7%
    了? \x20?                        # 增加 0.25千公顷 (a PDF's space)
    (?: [也均都仍] (?= 达|超|接近|近 ) )?   # 固定资产投资增长也超过10%
    (?: 达到 | 高达 | 达 (?! 到 ) )?      # 同比增长达到10%, 增长达12.5%, 同比下降高达334.07%
    (?: {_alt(data.APPROX_PREFIX)} )?   # 比年初增加约960亿元: an approximation word, not in the span
    (?P<list> {_ONE} (?: {_LIST_SEP} {_ONE} )* )
    """


def _pair_guard(source: str, first: str, flags: int = 0) -> str:
    """A lookahead for the first two characters a match of ``source`` can open with, at the
    positions whose character is in ``first`` (``source`` opens with ``(?=[first])``):
    ``(?=比[…]|较[…]|…)``, one branch per character of ``first`` with the characters
    ``openings._two`` finds can follow it. ``_two`` may give too many, never too few, so a
    position the guard refuses is one where ``source`` cannot match: put before ``source``
    (after ``(?=[first])``) it matches as ``source`` alone, but refuses at once most of the
    positions ``first`` lets in (改革, 环境, 大力, 年,), where the whole pattern was tried
    (docs/performance.md, twenty-second round). Empty (no guard) when a match could be one
    character long or open with any character.

    >>> _pair_guard(r"(?=[ab])(?:a[xy](q)?|b)(?(1)z|w)", "ab")
    '(?=a[xy]|b[wz])'
    """
    empty, _first, alone, pairs = _two(_sre_parse.parse(source, flags))
    if empty or any(_covers(alone, c) for c in first) or any(x is _ALL for x, _ in pairs):
        return ""
    parts = []
    for c in first:
        second = {y for x, y in pairs if _covers(frozenset([x]), c)}
        if _ALL in second:
            parts.append(re.escape(c))
        elif second:
            parts.append(re.escape(c) + _class(second))
    return f"(?={'|'.join(parts)})" if parts else "(?!)"


# a change: its first two characters tested before the whole pattern is tried (after its first
# one alone: the guard's branches cost more than one class, and most positions fail that)
CHANGE = re.compile(f"(?=[{_CHANGE_FIRST}])" + _pair_guard(CHANGE_SOURCE, _CHANGE_FIRST, re.VERBOSE)
                    + CHANGE_SOURCE, re.VERBOSE)

# a clause that only gives the basis of the changes after it in the sentence: 与上年相比,一产占比
# 提高0.88个百分点,二产占比下降2.87个百分点; 从GDP同比增速来看,…江西(6.9%)、福建(6.7%)
_FRAME_FIRST = "".join(sorted({w[0] for w in data.BASES} | {"从", "而", "再"}))
BASIS_FRAME = re.compile(rf"(?=[{_FRAME_FIRST}])(?:^|(?<=[,;:]))(?:(?P<basis>{_alt(data.BASES)}"
                         # 与2010年第六次全国人口普查比较,全市常住人口增加224.64万人
                         rf"|与{CENSUS}(?:相比|比较)),"
                         # 而从环比看,食品价格由上月下降0.6%转为上涨1.4%: 环比
                         rf"|(?:而|再)?从[^,;。\d]{{0,10}}?(?P<view>同比|环比)(?:增速|增幅|增长)?(?:来)?看"
                         # 从两年工业平均增速来看,北京平均增长16.7%: 两年平均
                         rf"|从(?P<two>两年)[^,;。\d]{{0,6}}?平均(?:增速|增幅|增长)(?:来)?看)")
# a basis in a bracket right after a change's number (增长0.2%(与上年比较,下同)): that change's,
# as written (下同 says the later changes share it; they are not given it, as they write none)
BASIS_AFTER = re.compile(rf"\((?P<basis>{_alt(data.BASES)}|与(?:上年|去年)(?:同期)?(?:比较|相比)"
                         rf"|比上年|较上年)(?:,下同)?\)")
FLAT = re.compile(rf"(?:(?<=,)(?:增速|增幅))?"      # 28.7亿元,增速与上年持平: the figure's growth
                  rf"(?P<basis>{_alt([*data.BASES, *data.FLAT_BASES])})?(?:基本)?(?:{_alt(data.FLAT_VERBS)})")
# a doubling after its basis (较上年翻一番): a change up with no value (modifiers.yaml change_doubled)
DOUBLED = re.compile(rf"(?P<basis>{_alt(data.BASES)})(?:{_alt(data.DOUBLED_VERBS)})(?![\d倍])")

# the budget a completion is of: 预算数, 预算, or the budget as adjusted written 预算调整 (完成预算调整的
# 101.9%: against the adjusted budget, as 完成调整预算的96.5%)
_BUDGET = r"预算调整(?:方案|数)?|预算数|预算"
COMPLETION = re.compile(rf"""
    (?=[完为占达相])
    (?: 完成了?
        (?: [^,;。]{{0,12}}? (?:任务|计划|目标|{_BUDGET}) )   # 年度目标任务, 预算数的94.7%
      | (?:为|占|达到?|相当于)                         # 为年计划的105.3%, 为调整预算的96.5%
        [^,;。的]{{0,6}}?(?:目标任务|计划|目标|任务|{_BUDGET}) )
    (?: \[\d{{1,2}}\] )?                 # 完成调整预算[4]的96.3%: a footnote's marker
    (?: (?P<plan> (?:{ARABIC}) (?:万|亿)?元 ) (?=的) )?   # 为年初预算1,067,400万元的101.2%: the plan's
                                        # own figure, written inside (a record of its own)
    的?
    (?P<num> {ARABIC} ) %
    """, re.VERBOSE)

# a completion written as the clause after the plan it is of: 计划投资232亿元,完成63.5% (the plan's
# share done; its figure's, not a record; tested on the clause before with PLAN_BEFORE). (A rate
# named 完成率 after a figure done, 完成改造103516户,完成率108.51%, stays a record: the seeds' gold)
COMPLETION_AFTER = re.compile(rf"(?<=[,;])完成了?(?P<num>{ARABIC})%(?=[,;。]|$)")
PLAN_BEFORE = re.compile(r"计划[^,;。]{0,8}\d[^,;。]*[,;]$")

# a list item's heading ranking the places it lists (地级市1—7月投资增速前二名:中卫市增长36.4%,
# 吴忠市增长7.5%; 县(区)重大项目投资完成率后三名:…): the group's rank, on every figure after it
GROUP_RANK = re.compile(r"[前后][二三四五六七八九十\d]{1,2}名(?=:)")

_ORD = r"第[一二三四五六七八九十\d]{1,3}(?:位|名)?(?!产业|批|季度|次|个|大|期|届|轮|号|章|条|款|种|类|家|项)"
_PEER_COUNT = r"[一二三四五六七八九十\d]{1,3}个?(?:县市区|县\(市、区\)|县\(市\)|县市|县区|市州|地市|设区市|省份|省区市|副省级城市|省会城市|计划单列市|城市|市|区|县|省)"
_PEERS = rf"""(?: 全(?:国|省|市|区|县|球|州|盟)(?:同类城市|城市|省份|地区|各县\(市、区\)|县区|县市区|{_PEER_COUNT})?
               | 各(?:县|市|区|省|地市)(?:\([^()]{{1,6}}\))?        # 居各县(市、区)首位
               | 世界|全球|亚洲|中西部|中部|西部|东部|东北|西北|西南|东南|华北|华东|华南|华中
               | 内地|同类城市|同级城市|中部六省|同行业|行业|业内     # 分别居行业第二和第三
               | (?:新)?一线城市|二线城市                   # 领跑一线城市
               | {_PEER_COUNT}
               | 省会城市|副省级城市 )"""
# a superlative among peers, as news writes a rank (为全省工业增速最快的城市, 拥有全国最多的地级市,
# 是全省经济增长最快的地区, 是全省第一大消费城市); not one of several (…最多的地区之一)
_SUPERLATIVE = rf"""(?: (?<= [是为] ) (?: {_PEERS} ) 最[大多]    # 是全国最大的奶山羊养殖基地县: the place's
      (?= 的[\u4e00-\u9fff]{{1,10}}?(?:县|市|区|省|国|基地|产区)(?:[,;。]|$) )   # rank among its peers
    | (?: {_PEERS} | 省内 )
      (?: (?:工业|经济|GDP)? (?:增速|增幅|增长|总量|规模) )? 最(?:快|多|高|大|低|少)   # 度电排放二氧化碳0.13千克、全国最低
      (?= 的[\u4e00-\u9fff]{{1,6}}(?:[,;。]|$) | [,;。] | $ ) (?! 的[^,;。]{{0,12}}之一 )
    | (?: {_PEERS} ) [\u4e00-\u9fff]{{0,6}}? 第[一二三四五六七八九十]大 [\u4e00-\u9fff]{{0,4}}?
      (?:城市|省份|经济体|国家|国) (?= [,;。] | $ )     # 是全球食品工业第一大国: the trade among peers
    | (?<= [是为] ) (?: {_PEERS} ) [\u4e00-\u9fff]{{2,6}}? 最(?:快|多|高|大|低|少|长)   # 是全省光照时间最长的县:
      (?= 的 (?:县|市|区|省|城市|地区|省份|国家) (?:[,;。]|$) )   # the place's measure, among its peers
    | (?<= [是为] ) (?: {_PEERS} | 国内 ) (?:范围内)? [\u4e00-\u9fff]{{2,10}}? 最(?:多|大|高)   # 已经是国内单位
      (?= 的 [\u4e00-\u9fff]{{1,4}} (?:[,;。]|$) ) (?! 的[^,;。]{{0,6}}之一 ) )"""   # 平方公里产出最大的城市; 成为全球范围内智能集卡数量最多的码头
RANK = re.compile(rf"""
    (?=[增总排位稳保居全各世亚中西东同省副一二三四五六七八九十\d跃名列升攀蝉分暂高领在跻晋])
    (?: (?:增幅|增速|总量|增量|规模)? 领跑 (?: {_PEERS} ) (?! 第|前)      # 江西以6.9%领跑全国
    | (?: (?<= 增速|增幅 ) | (?<= 增速持续|增幅持续|增速继续|增幅继续|增速一直|增速始终 ) )
      领跑 (?= [,;。] )      # 武汉佛山厦门等地增速领跑,实际增速超过15%; 增速持续领跑 (an adverb)
    | 在 (?: {_PEERS} | [^,;。!?\d第前首]{{2,14}}? ) 中 领跑 (?= [,;。] | $ )    # 增速达到了6.3%,在12个城市中领跑
    | 在 (?: {_PEERS} | [^,;。!?\d第前首里]{{2,14}}? ) [中里] 遥遥 (?:领跑|领先) (?= [,;。] | $ )   # 武汉GDP同比增长28.6%,佛山同比增长17.3%,在一二线城市里遥遥领先
    | (?:增幅|增速|总量|增量|规模)? (?: {_PEERS} ) 领先 (?= [,;。] | $ )   # …企业325家、中部领先
    | (?: (?: (?:增幅|增速|总量|增量|规模)? (?:位居|位列|居于|稳居|跃居|暂居|高居|排名|名列
                                              |保持(?!着)(?=[^,;。!?\d第前首]{{1,8}}?第一)     # 保持国内汽车市场第一
                                              |居(?=内地|全|世界|全球|亚洲|同类|各|[\u4e00-\u9fff]{{1,4}}(?:省|自治区)))   # 规模居云南省前列
            [^,;。!?\d第前首]{{1,8}}? (?= 第|前列|前茅|首位|榜首|之首) )    # 位居全省县域第一, 位居全国百强县之首
      | (?: (?:增幅|增速|总量|增量|规模) 在? | 在 (?= (?: {_PEERS} ) 中 ) )?   # 在全省11个县中居第3位,
        (?: {_PEERS} ) 中?                   # 增速在全市排第3位; a bare 在 left out: (已发布1509个
        (?:排名|排位|位居|位列|居于|名列|居|列|排)   # 大模型,)在全球位居前列 → 全球位居前列
      | (?:增幅|增速|总量|增量|规模)? 在 [^,;。!?\d第前首]{{2,14}}? 中    # 在中部地区省会城市中
        (?:排名|排位|位居|位列|居于|名列|居|列|排)     # (在同行业中名列前茅)
      | (?: (?:增幅|增速|总量|增量|规模)?
            (?:排名|排位|排在|位居|位列|位于|稳居|稳定在|居于|跃居|跃升至|升至|攀升至|蝉联|名列|保持|跻身|晋级|
               暂居|高居|分列|分居|居|列|排) )
        (?: {_PEERS} )? 中?
      | (?:增幅|增速|总量)? (?: {_PEERS} ) 中?
        (?! 前[二三四五六七八九十\d] ) )    # 7个设区市…进入全国前十: a count, not a rank
    (?: 排名|排位|排 )?
    (?: (?<= 排名|排位 ) 分别 (?:为|是)? (?= 第 ) )?    # 增速在全市排名分别为第3位、第9位: a list
    (?: 第一方阵                              # 位居全省县域经济第一方阵
      | {_ORD} (?: (?:和|与|、) {_ORD} )*      # 分列第四和第五位
      | 前列 | 首位 | 前茅 | 榜首 | 之首 | 首 (?=[,;。]|$)
      | 前[二三四五六七八九十\d]{{1,2}} (?:位|名|强)?       # 位列前三, 居全国前10位
        (?! 季度|个月|年|月|天|周|批|次|项|个|大|家|种|\d ) )
    (?: 、 (?: {_PEERS} | [\u4e00-\u9fff]{{1,4}}?(?:省|市|区|县) ) {_ORD} )* )
                                              # 稳居全国第三位、广东省第一位: two ranks
    """, re.VERBOSE)
# a move in a ranking is not a figure: 位次前移2位, 排名上升3个位次, 排位前进4位
RANK_MOVE = re.compile(r"(?:排名|排位|位次|名次)(?:较上年|比上年|同比)?"
                       r"(?:上升|前移|前进|提升|提高|上移|跃升|下降|后移|后退|下滑)了?"
                       r"[\d一二三四五六七八九十]{1,3}(?:个位次|个名次|位|名)")
# …居全国第13位,较2019年上升了2位: a move written after the rank (no 排名 before it)
RANK_MOVE_AFTER = re.compile(r"(?<=位),(?:较|比)(?:上年|去年|\d{4}年)?"
                             r"(?:上升|前移|前进|提升|提高|上移|跃升|下降|后移|后退|下滑)了?"
                             r"[\d一二三四五六七八九十]{1,3}(?:个位次|个名次|位|名)")
# …人均GDP排名与上一年度相比,深圳下降了4位,…广州则下降1位: a move in the ranking the sentence
# names before it (排名 earlier, the move in places after a subject)
RANK_MOVE_LATER = re.compile(r"(?:上升|前移|前进|提升|上移|跃升|下降|后移|后退|下滑)了?"
                             r"[\d一二三四五六七八九十]{1,2}(?:个位次|个名次|位|名)(?![\u4e00-\u9fff]{0,2}[\d%])")
RANK_HINT = re.compile(r"第|前列|首位|前茅|榜首|之首|居首|领跑|领先|前[二三四五六七八九十\d]")
# (a pattern of its own, tried only on a sentence that holds one: 最快, 第一大)
SUPERLATIVE_RANK = re.compile(rf"(?=[全各世亚中西东同省内副一二三四五六七八九十\d])(?:{_SUPERLATIVE})", re.VERBOSE)
BOTTOM_RANK = re.compile(r"垫底")
# a rank written bare before the place it qualifies, opening a subject (其中榜首的深圳超过了3万亿,
# 经济总量最小的哈尔滨,2021年GDP为5352亿元): the rank of that place's figure; the engine keeps it
# only before a place (not 仅为榜首的深圳的17.5%, after 为/是: a figure compared with)
PLACE_RANK = re.compile(r"(?<![为是])(?:榜首|(?<=[量额模])最[大小高低多少])(?=的)")
# a place won in a ranking, after the figure it was won with (分别以311.26亿元、282.08亿元和254.43亿元
# 获得销售金额榜前三名, 以524.6亿元获得…销售金额冠军): the rank is the place won (前三名, 冠军)
# After 成为 the title as written is the rank (以159.49亿元的全球票房成为全球影史动画电影票房冠军), and
# a 第一 won is read with what it is first in (以月销4.198万辆的成绩再次夺得轿车销量第一之位): a bare
# 第一 names no ranking; 冠军 and 榜首 won keep the shortest phrase (获得…销售金额冠军 → 冠军)
WON_RANK = re.compile(r"""
    (?: 的[\u4e00-\u9fff]{1,6}? )?                   # 以4.198万辆的成绩…: what the figure was
    (?: 再次|再度|首次|一举|又|也 )?                   # (an adverb before the verb)
    (?: 获得|夺得|摘得|斩获|荣获|摘取|成为 ) 了? [^\d,;。、:()%]{0,16}?
    (?P<r> (?<=成为) [^\d,;。、:()%的]{1,16}? (?:冠军|榜首)     # 成为…票房冠军: the title
         | (?<=获得|夺得|摘得) [^\d,;。、:()%的]{1,12}? 第一 (?=之位)   # 夺得轿车销量第一之位
         | 前[二三四五六七八九十\d]{1,2}(?:名|位|强)?(?!季度|个|年|月|天|周|批|次|项|家|大|\d)
         | 冠军|亚军|季军|榜首 )""", re.VERBOSE)
_SUPERLATIVE_HINT = re.compile(r"最[快多高大低少长]|第[一二三四五六七八九十]大")
# a superlative among a set named with 在…中, ending its clause: right after the set (在12家经销商中
# 表现最差), or in the clause after it, of a subject (在四大直辖市中,天津的百万人口大区最少; 在143个
# 人口超百万的区中,广东的比例最高): the rank of the set's member's figure (its noun kept when it is
# a measure: 表现最差, 比例最高)
SET_SUPERLATIVE = re.compile(r"(?:表现|增速|增幅|规模|总量|占比|比例|比重|数量)?"
                             r"最(?:快|慢|多|少|高|低|大|小|好|差)(?=[,;。]|$)")
# (or one of a list named before, after 其中: 俄罗斯、阿联酋、巴西…;其中巴西市场增幅最大)
SET_BEFORE = re.compile(r"在[^,;。]{1,16}?中(?:,[^,;。\d%]{1,12}?的[^,;。\d%]{0,8}?)?$"
                        r"|(?:^|(?<=[,;。]))其中[^,;。\d%]{1,8}?$")


# the order in which a place reached a line among its peers (地区生产总值…达到10.3万亿元,成为全国第三个、
# 北方第一个过10万亿元省份): the figure's rank, the first one written
ORDINAL_REACHED = re.compile(rf"(?<=成为)(?:{_PEERS})第[一二三四五六七八九十\d]{{1,2}}个"
                             r"(?=、|[^,;。]{0,16}?(?:省份|城市|省|市|县|地区|国家|经济体))", re.VERBOSE)


def rank_matches(t: str, hint: bool = True) -> list[re.Match]:
    """The ranks of ``t`` as written (RANK, and the superlatives SUPERLATIVE_RANK), in order.
    ``hint``: RANK_HINT was found in ``t`` (the caller tests it, with 最, before calling)."""
    ms = list(RANK.finditer(t)) if hint else []
    if "垫底" in t:          # 东北三省再次垫底: the last place, a rank
        ms = sorted(ms + list(BOTTOM_RANK.finditer(t)), key=lambda m: m.start())
    if ("最" in t or ("大" in t and "第" in t)) and _SUPERLATIVE_HINT.search(t):
        ms = sorted(ms + list(SUPERLATIVE_RANK.finditer(t)), key=lambda m: m.start())
    if "成为" in t and "个" in t:
        ms = sorted(ms + [m for m in ORDINAL_REACHED.finditer(t)
                          if not any(o.start() < m.end() and m.start() < o.end() for o in ms)],
                    key=lambda m: m.start())
    if "成为" in t and "前" in t:     # 俄罗斯、阿联酋、巴西成为中国汽车出口量前三的国家: the top few
        more = [m for m in TOP_BECOME.finditer(t) if _BECOME_BEFORE.search(t, max(0, m.start() - 14), m.start())
                and not any(o.start() < m.end() and m.start() < o.end() for o in ms)]
        if more:
            ms = sorted(ms + more, key=lambda m: m.start())
    if "第" in t and ("到" in t or "至" in t or "退居" in t):     # 掉到了第4位: a fall in a ranking
        more = [m for m in FALL_RANK.finditer(t)
                if not any(o.start() < m.end() and m.start() < o.end() for o in ms)]
        if more:
            ms = sorted(ms + more, key=lambda m: m.start())
    if "前" in t and "分别" in t:     # 销售均价霸屏前三的分别是A、B和C,分别为…: the top few listed
        more = [m for m in TOP_LISTED.finditer(t)
                if not any(o.start() < m.end() and m.start() < o.end() for o in ms)]
        if more:
            ms = sorted(ms + more, key=lambda m: m.start())
    if "最" in t and ("在" in t or "其中" in t):
        more = [m for m in SET_SUPERLATIVE.finditer(t)
                if SET_BEFORE.search(t, max(0, m.start() - 40), m.start())
                and not any(o.start() < m.end() and m.start() < o.end() for o in ms)]
        if more:
            ms = sorted(ms + more, key=lambda m: m.start())
    return ms

# a fall in a ranking, to the place written bare after the verb (此前长年位居榜首的哈弗H6仅销出1.93万辆,
# 掉到了第4位; 跌至第5位): the figure's rank, the place without the verb (as 第4位 is written
# after 分别位居…); a rise keeps its verb (升至全国第7位, RANK)
FALL_RANK = re.compile(rf"""
    (?: (?<= 掉到|掉至|跌到|跌至|降至|降到|退居 ) | (?<= 掉到了|跌到了|降到了|滑落至|下滑至|回落至 ) )
    {_ORD} (?= [,;。] | $ )""", re.VERBOSE)
# the top few opening the list of the names they are (销售均价霸屏前三的分别是绿城中国、招商蛇口和
# 中海地产,分别为22537/㎡、…; 前五名依次为…): the rank of every figure listed after the names
TOP_LISTED = re.compile(r"""
    前[二三四五六七八九十\d]{1,2} (?:名|位|强)?      # 前三, 前五名, 前10强
    (?= 的?(?:分别|依次)(?:是|为) )                 # … the names they are, listed after it
    """, re.VERBOSE)
# the top few a list of places became (俄罗斯、阿联酋、巴西成为中国汽车出口量前三的国家): their rank
TOP_BECOME = re.compile(r"前[二三四五六七八九十]{1,2}(?:位|名|强)?(?=的(?:国家|城市|省份|地区|市场)[,;。])")
_BECOME_BEFORE = re.compile(r"、[^,;。、\d%]{1,6}?成为[^,;。\d%]{1,10}$")

# a contribution in points is a figure, not a change: 拉动规上工业增加值增长6.4个百分点,
# 拉动全市规上工业4.2个百分点, 拉动经济增长0.69个、2.12个和2.99个百分点
PULL = re.compile(rf"""
    拉动 [^,;。\d%]{{0,14}}?
    (?P<list> (?: (?:{ARABIC}) 个? (?: 、|和|与|及 ) )* (?:{ARABIC}) 个百分点 )
    """, re.VERBOSE)
PULL_NUMBER = re.compile(ARABIC)

# the three sectors' shares written as one ratio: 三次产业结构为6.4:38.0:55.6, 三次产业结构比
#为12.03:49.09:38.88, 由去年同期的5.7∶43.2∶51.1调整为4.8∶45.1∶50.1 (the ratio reached);
# each share is a figure without a unit (第一/第二/第三产业比重)
SECTOR_RATIO = re.compile(r"""
    (?=[三产])
    (?: 三次 )? 产业 [^,;。\d]{0,10}? (?: 结构 | 比例 | 比重 | 之比 ) 比?    # 三次产业增加值占GDP比重
    [^;。]{0,24}? (?: 为 | 是 | 达到? ) \s*               # 三次产业结构进一步优化,调整为
    (?P<a> \d{1,2}(?:\.\d+)? ) \s* [:∶：︰] \s*                  # (︰: a vertical form some
    (?P<b> \d{1,2}(?:\.\d+)? ) \s* [:∶：︰] \s*                  #  bulletins print: 2.0︰50.5)
    (?P<c> \d{1,2}(?:\.\d+)? )
    (?! [\d.:∶：︰] )
    """, re.VERBOSE)
SECTOR_RATIO_NAMES = ("第一产业比重", "第二产业比重", "第三产业比重")

# a growth rate written in apposition: 以8.7%的增速, 实现6.5%的增长, 保持5%左右的增速
GROWTH_APPOS = re.compile(rf"""
    (?=[以实保按0-9\-])             # fast skip
    (?P<lead> 以|实现了?|保持了?|按 )?
    (?P<list> {ARABIC} % ) (?: 左右 )?
    (?: 的 | (?= 增速|增幅|增长速度|增长率 ) )   # 今年一季度4.8%增速实属不易 (not 由30.9%下降到)
    (?: (?P<metric> GDP | 经济 )
      | (?P<noun> {_alt(n for n, _ in data.SYNONYMS)} ) (?= 增长|增速|增幅 ) )?   # 40%的进出口增长
    (?: (?P<vbasis> 同比|环比 ) (?= 增速|增幅|增长速度|增长率 ) )?
    (?(metric) (?= 增速|增幅|增长速度|增长率|(?<=经济)增长 ) )   # 58.3%的同比增速, 58.3%的GDP(同比)
                                                 # 增速 (GDP's), 全年6%的经济增长目标
    (?: (?P<basis> 年均 ) | 平均 (?= 增速|增幅 ) )?     # 远低于全国12.7%的平均增速
    (?P<kind> 增速|增幅|增长速度|增长率|高速增长|较快增长|正增长|负增长|增长|涨幅|降幅|下降|降速 )
    """, re.VERBOSE)                # (二季度0.4%的正增长来之不易)
# growth rates of other places a rate is compared with: 增速仅次于湖北省的58.3%和海南省的19.8%,
# 高于江苏的19.2%、广东省的18.6% (each the place's growth rate, a change; not 占全市的37%)
RATE_COMPARED = re.compile(rf"(?<=的)(?P<list>{ARABIC}%)(?![\d%]|的|增|以上|左右)")
RATE_COMPARED_LEAD = re.compile(r"(?:增速|增幅)(?:仅次于|高于|低于|快于|慢于|超过|领先于?|落后于?)")
RATE_COMPARED_STOP = re.compile(r"[;。]|占|比重|占比|份额|贡献")
# a growth rate named before it, words between: 增速下滑至0.1%, 两年平均增速达到了6.2%, 增速高于
# 4.8%的全国水平 (a rate, so a change; its level is the growth)
# (not 对GDP增幅的贡献率分别为6.2%: a share of the growth, a figure of its own)
# (降幅均在30%以上, 同比跌幅均在20%以上: a fall named before it, a change down)
RATE_NAMED = re.compile(rf"(?<=增速|增幅|降幅|跌幅)(?P<gap>(?:(?!的|率|比重|贡献|拉动|占|分别)[^,;。!?\d%()、]){{1,8}}?"
                        # 增速垫底,不到10%: the rate in the clause after its rank
                        rf"|(?:垫底|领跑),(?:不到|不足|超过|约|近)(?=\d))"
                        rf"(?P<list>{ARABIC}%)")
# the same with a list given out by 分别 (环比降幅分别高达41%和60%): a change each
RATE_NAMED_EACH = re.compile(rf"(?<=增速|增幅|降幅|跌幅)(?:均|也)?分别(?:为|是|高达|达到?)?"
                             rf"(?P<list>(?:{ARABIC})%(?:{_LIST_SEP}(?:{ARABIC})%)+)")
# a growth rate written moving from one level to another: the rate reached is the change (up,
# its basis the one named before the rate), the rate left behind no figure (两年平均增幅也从上半年的
# 4.2%提高到4.3%; 两年平均增速从上半年的4.7%下跌至3.80%; 增速由一季度的5.1%回落到4.6%)
RATE_FROM_TO = re.compile(rf"(?=[两年同增])(?P<basis>两年平均|年均|同比)?(?:增速|增幅|增长速度)[^,;。\d%]{{0,4}}?[从由]"
                          rf"[^,;。\d%]{{0,10}}?(?P<from>(?:{ARABIC})%),?[^,;。\d%]{{0,4}}?"
                          rf"(?:{_alt(data.CHANGE_VERBS)})(?:到|至)(?P<list>(?:{ARABIC})%)")
# a price's rise written in the clause right after it: 2021年达到8.2万元/平方米,年涨幅接近10%
# (a change of that figure; 居民消费价格涨幅1.4%, named in its own clause, is a figure)
RISE_AFTER = re.compile(rf"(?<=[,;])(?:年|同比|环比)?(?P<kind>涨幅|降幅)"
                        rf"(?:接近|约为?|为|达到?|超过|近)?(?P<list>{ARABIC}%)")
# a rate's gap to a benchmark written as the only figure of its clause: 对俄进出口增速高于全国8.4个
# 百分点, 增速分别高于全国12.7个、12个百分点 (after the rate itself it is the rate's, not a record)
GAP = re.compile(rf"(?P<basis>(?P<dir>高于|低于|快于|慢于|超过)(?:全国|全省|全市|全区|全州|全部[^,;。\d%]{{2,8}}?)"
                 rf"(?:平均水平|平均|水平)?)"      # 增速高于全部规上工业2.3个百分点
                 rf"(?P<dist>分别)?(?P<list>{_ONE}(?:{_LIST_SEP}{_ONE})*)", re.VERBOSE)
# a rate's gap to another metric's rate, that rate named (比同期工业增加值增速高6.7个百分点, 比同期
# 高技术制造业增加值增速低0.8个百分点): as GAP, the metric compared with as the basis; not a gap
# to a period (增速比一季度下降2个百分点: a change verb, read as a gap between two rates)
# (a rate's gap to the nation's or province's level: 利润增速比全国水平低33.2个百分点)
GAP_METRIC = re.compile(rf"(?P<basis>(?:比|较)[^,;。\d%]{{1,18}}?(?:增速|增幅)"
                        rf"|(?<=增速|增幅)(?:比|较)(?:全国|全省|全市|全区|全州)(?:平均水平|平均|水平)?)"
                        rf"(?P<dir>高|低|快|慢)(?P<dist>分别)?(?P<list>{_ONE}(?:{_LIST_SEP}{_ONE})*)",
                        re.VERBOSE)
# a rate's gap to another metric's rate, written 快于/高于 before it (增长5.8%、快于经济增速1个百分点,
# 高于规模以上工业增速12.9个百分点): as GAP_METRIC (not a change 增速1个百分点)
GAP_RATE = re.compile(rf"(?P<basis>(?P<dir>高于|低于|快于|慢于|超过|超出)[^,;。、\d%]{{1,12}}?(?:增速|增幅))"
                      rf"(?P<dist>分别)?(?P<list>{_ONE}(?:{_LIST_SEP}{_ONE})*)", re.VERBOSE)
GAP_RATE_LEAD = re.compile(r"(?:高于|低于|快于|慢于|超过|超出)[^,;。、\d%]{1,12}$")
# a figure's gap to another's, written 比X多/少 (…67871元/年,比排名第一的义乌少了9597元/年): the
# change of the figure before it (basis as written), not a record
MORE_LESS = re.compile(rf"(?P<basis>比[^,;。\d%]{{1,12}}?)(?P<dir>多|少)了?(?P<list>{_ONE})", re.VERBOSE)
GAP_FIGURE_BETWEEN = re.compile(r"\d(?:\.\d+)?(?:%|亿|万|元)")
# …增长13.3%,一产增加值增幅高于全国0.7个百分点: the clause before the gap names a rate of its
# own, so the gap is that rate's record, not the growth written before it
GAP_OWN_RATE = re.compile(r"[^,;。\d%]{2,}(?:增幅|增速|涨幅)$")
# a growth frame opening a clause (增速方面, 从GDP增速看), and a rate given with 以 after it
# (增速方面,…江西以6.9%领跑全国: 江西's growth, a change; not 以6.9%的增速, read above)
GROWTH_FRAME = re.compile(r"(?:^|(?<=[,;:。]))(?:(?:从|就)[^,;。\d]{0,10}?(?:增速|增幅|增长速度)"
                          r"(?:来|上)?看|[^,;。\d]{0,6}?(?:增速|增幅)方面)[,:]")
BY_RATE = re.compile(rf"(?<=以)(?P<list>{ARABIC}%)(?![\d%的])")
# a growth rate in brackets after a name, in a sentence about growth: 温州(5.2%)、宁波(4.9%)
BRACKET_RATE = re.compile(rf"(?<=[\u4e00-\u9fff])\((?P<list>{ARABIC}%)\)")
GROWTH_WORDS = re.compile("增速|增幅|增长|涨幅|降幅|下降|回落|上涨")
# a reduction written with its object between verb and number: 压减一般性支出20%
REDUCE = re.compile(rf"""
    (?=[削压缩])
    (?P<verb> 削减|压减|缩减|压缩 ) 了?
    (?! 至|到|为 )                 # 审查周期压减至15.5个月: the level reached, not a reduction
    (?P<obj> [^,;。!?:\d%()]{{1,14}}? )
    (?P<list> {_ONE} )
    """, re.VERBOSE)
# …, then more objects, each with its number (压减一般性支出20%、公用经费5%): each a reduction
REDUCE_MORE = re.compile(rf"、(?P<obj>[^,;。!?:\d%()、]{{1,8}}?)(?P<list>{_ONE})", re.VERBOSE)
# 从41万亿元增加到63.5万亿元: the figure reached is the one after the verb
# 从41万亿元…, 从上年的…, 从上半年5.5%降到5.3%: 从/由, then 的-phrase or a period
# (从2018年的不到100万辆扩大到2025年超200万辆: a bound written before either figure)
_FROM_BOUND = rf"(?:不到|不足|{_alt(data.APPROX_PREFIX)})?"
FROM_BEFORE = re.compile(r"(?:从|由)(?:[^,;。从由]{0,14}?的|每[^,;。从由\d]{1,5}|(?:\d{4}年|上年|去年|年初|上半年|"
                         r"[一二三四]季度|前三季度)(?:同期|末|底)?)?\s?" + _FROM_BOUND + "$")   # 由去年同期39.7%提高到43.8%
FROM_TO_MID = re.compile(r",?(?:增加|增长|提高|提升|上升|扩大|跃升|攀升|下降|减少|降低|缩小|缩减|缩短|压缩|延长|回落|回升|增|提|降|减|升"
                         r"|调整|优化|变|发展|壮大)(?:到|至|为)了?\s?(?:\d{4}\s?年(?:末|底)?的?\s?)?"
                         + _FROM_BOUND + r"|到(?:如今|现在|目前|今天)的\s?" + _FROM_BOUND   # 从最初的5头到如今的200多头
                         + r"|到\s?")   # 从2020年的51%提升到2025年的70%   # (面积从7085平方公里到11496平方公里)   # 从上次预算调整的 3597.19 亿元调整为 3832.2 亿元
# (农村宽带用户数从2017年的9377万,增长到2024年的2亿: a comma may part the start from its verb)
# (成本从每平方米4万多元降至3万元左右: a price per unit, the unit written after 从; 体验店由几年前的
# 18家发展至1100余家, 地摊从最初的2家发展到40多家: a number grown to)
# 增速从2月增长3.0%加快至全年增长6.7%: a rate moved from one to another; the figure is the one reached
FROM_RATE_BEFORE = re.compile(r"(?:从|由)[^,;。从由%]{0,8}$")
RATE_TO_MID = re.compile(r"(?:加快|回落|提高|提升|放缓|下降|上升|扩大|收窄|回升|下滑)(?:到|至)[^,;。\d]{0,6}")

# a change's bare number that is a date or a range (进一步减少\n1-4月份, 提升\n4月份): not a figure
CHANGE_NOT_NUMBER = re.compile(r"[-—–~至/]\d|[年月日号]")   # (增加了近2/3: a fraction, not 2)

# "3.2个、0.5个、1.2个百分点": the 个 of a list that ends in 百分点
POINTS_LIST = re.compile(rf"^(?:{_LIST_SEP}(?:{ARABIC})个?)*{_LIST_SEP}(?:{ARABIC})个百分点")
# 增速比1—9月份回落0.4个百分点: a gap between two growth rates (tested on the clause before a
# change in points; stops.yaml `rate_gap_before`)
RATE_GAP_BEFORE = re.compile(data.RATE_GAP_BEFORE)

APPROX_PREFIX = re.compile(rf"(?:{_alt(data.APPROX_PREFIX)})了?$")   # 超过了1.3万亿元
# the last characters its matches can end with (before a number: searched only after one)
_APPROX_PREFIX_LAST = frozenset([*(w[-1] for w in data.APPROX_PREFIX), "了", "\n"])
# each list of stop patterns is compiled into one alternation
_STOP_BEFORE = re.compile("|".join(f"(?:{p})" for p in data.STOP_BEFORE))


def _end_gate(sources: list[str]) -> re.Pattern[str]:
    r"""A test of a string's last characters for the alternation of ``sources``, patterns that
    all end in ``$``: ``[…]\n?\Z``, the characters ``openings._closing`` finds they can close a
    match with, then an optional line break (``$`` matches before a final one too). A string
    it refuses is one where no pattern of ``sources`` can match, so searched from two
    characters before the end it is a cheap first test (docs/performance.md, twenty-fifth
    round). One that lets everything pass (``(?:)``) when a pattern does not end in ``$``, can
    match the empty string or close with any character.

    >>> _end_gate([r"第$", r"[×x]\s*$", r"(?:这|那)的?$"]).pattern
    '[\\sx×的第这那]\\n?\\Z'
    >>> _end_gate([r"第$", r"第\d"]).pattern
    '(?:)'
    """
    last: set = set()
    for source in sources:
        seq = _sre_parse.parse(source)
        if not len(seq) or seq[-1][0] is not _sre_const.AT or seq[-1][1] is not _sre_const.AT_END:
            return re.compile("(?:)")
        try:
            empty, f = _closing(seq[:-1])
        except _Unknown:
            return re.compile("(?:)")
        if empty or _ALL in f:
            return re.compile("(?:)")
        last |= f
    return re.compile(_class(last) + r"\n?\Z")


# the last characters the stop patterns before a figure can end with (``_end_gate``): most
# figures' 8 characters before end in none of them, and are not searched at every position
_STOP_BEFORE_END = _end_gate(data.STOP_BEFORE)
# a duration measured, named right before its months (发明专利平均审查周期压减至15.5个月,
# 商标注册平均审查周期稳定在4个月)
_DURATION_BEFORE = re.compile(r"(?:周期|时长|用时|工期|审查期|审批时间|办理时间)[^,;。\d%]{0,6}$")
_TIME_NAMED = re.compile(r"[^,;。\d]{0,6}?圈|(?:公园|书店|便利店|营业|开放|通关|不打烊|自助|值守|在线|服务|(?:满负荷)?试运)")
# 24小时 (the whole day) before what goes on in it: around the clock, not a time measured
# (能24小时自动监测虫害, 24小时能处理…8000多吨, 24小时不间断收汇; not 缩短至24小时, 需要24小时:
# a time taken, after a verb of needing or reaching; not 24小时内: a deadline)
_ROUND_THE_CLOCK = re.compile(r"(?![内以之的后前])[\u4e00-\u9fff]")
_TIME_TAKEN_BEFORE = re.compile(r"(?:需|要|用|至|到|为|是|达|近|约|超|耗时|历时|仅|只|缩短|压缩)$")
_STOP_AFTER = re.compile("|".join(f"(?:{p})" for p in data.STOP_AFTER))
# a round number in words naming what a city is (千座公园城市): a title after it, ending in 城市
_ROUND_WORDS = frozenset({"百", "千", "万", "一百", "一千", "一万"})
_TITLE_CITY = re.compile(r"[\u4e00-\u9fff]{1,4}(?:城市|之城)")
_ROUND_CLASS = re.compile(data.ROUND_CLASS_AFTER)
_BIG_CLASS = re.compile(r"大(?!幅|中型|型|关)")   # 九大产业链 (not 大幅, 大关: stops.yaml after)
_STOP_BEFORE_CN = re.compile("|".join(f"(?:{p})" for p in data.STOP_BEFORE_CHINESE))
_STOP_CAPACITY = re.compile("|".join(f"(?:{p})" for p in data.STOP_AFTER_CAPACITY))
_CAP_BEFORE = re.compile(data.CAPACITY_BEFORE)
_THRESHOLD = re.compile(data.STOP_AFTER_THRESHOLD)
_INCLUDED_BOUND = re.compile(data.INCLUDED_BOUND_BEFORE)
_CAP_AFTER = re.compile(data.CAPACITY_AFTER)
_SET_SCOPE = re.compile(data.SET_SCOPE_AFTER)
_SET_AVERAGE = re.compile(data.SET_AVERAGE_AFTER)
# the height of a story's scene (从海拔6500米的珠穆朗玛峰前进营地, 在海拔超3000米的天山深处): 海拔
# and its figure describing the place that follows with 的, not a statistic (平均海拔1450米, is)
_SCENE_ALTITUDE_BEFORE = re.compile(r"(?<!平均)海拔(?:超过|超|近|约|高达|达)?$")
_THRESHOLD_COMPOSED = re.compile(data.THRESHOLD_COMPOSED)
_EXTENT_KINDS = frozenset({"length", "area", "volume", "mass"})   # a thing's size, not a set's
_SET_DESCRIBED = re.compile(data.SET_SCOPE_DESCRIBED)
_SET_PART = re.compile(data.SET_PART_AFTER)
_WHOLE_CLASS = re.compile("|".join(map(re.escape, data.WHOLE_CLASS)) or "(?!)")   # stops.yaml whole_class
_LINE_BEFORE = re.compile(data.THRESHOLD_CATEGORY_BEFORE)
_LINE_AFTER = re.compile(data.THRESHOLD_CATEGORY_AFTER)
_AGE_STAT = re.compile(data.AGE_STATISTIC_BEFORE)
_MEMBERS = re.compile(data.MEMBERS_AFTER)
_MEMBER_UNITS = frozenset({"个", "座", "家", "名", "位"})

# a list counted back after a word of focus (聚焦钢铁、有色金属、石化化工、建材4个重点行业, 从原料、
# 用能、工艺、产品4方面发力, 主要聚焦原材料、…、共性需求等…急需的6个关键领域): the count repeats
# how many were named, it is not a statistic (as 这10个省会城市); a list counted as what a
# statistic reports (新增荆州、孝感、黄冈3个过三千亿元城市, 紫鑫、天强、龙泰、中晟4户为高新技术
# 企业) stays a figure (stops.yaml ``list_focus``)
_LIST_FOCUS = re.compile(data.STOP_LIST_FOCUS)
_LISTED = re.compile(r"(?:^|[,;。:!?()“”\s])([^,;。:!?()“”\s\d]{1,24}(?:、[^,;。:!?()“”、\s\d]{1,12})+)"
                     r"(?:等[^,;。:!?()“”、\s\d]{0,24})?$")
_LISTED_AND = re.compile("[和与及]")


def listed_count(text: str, s: int, value: float) -> bool:
    """Does the count at ``s`` count the items named just before it?

    >>> t = "聚焦钢铁、有色金属、石化化工、建材4个重点行业"
    >>> listed_count(t, t.index("4"), 4), listed_count(t, t.index("4"), 5)
    (True, False)
    >>> t = "新增仙桃、潜江、宜都、大冶4个千亿县"
    >>> listed_count(t, t.index("4"), 4)
    False
    """
    if not 2 <= value <= 20 or value != int(value) or "、" not in text[max(0, s - 120):s]:
        return False
    m = _LISTED.search(text, max(0, s - 120), s)
    if not m:
        return False
    items = m.group(1).split("、")
    if not _LIST_FOCUS.search(items[0]):
        return False
    n = len(items)
    return value == n or (value == n + 1 and bool(_LISTED_AND.search(items[-1])))


_RANK_PLACE = re.compile(data.RANK_PLACE_BEFORE)
_BARE_CATEGORY = ("城市", "县", "地级市", "省份")   # 过三千亿元城市, 超千亿元县, 过10万亿元省份: no 的

_QUOTES = {"“": "”", "《": "》", "「": "」", "‘": "’", "〈": "〉"}
_HAS_QUOTE = re.compile('[“《「‘〈"]')
# does a sentence hold anything a figure could be read from? (skips most sentences cheaply)
# \d | 百分之 | a Chinese numeral with its scale or unit | 破万, 上亿. Written as the first
# character (a character class: ``re`` then skips in C to where one stands, instead of trying
# the pattern at every character), and what follows it by which one it is (百 is a numeral);
# only its truth is read (tests/unit/test_indicator_speedups.py: the plain alternation's)
MAY_HOLD_FIGURE = re.compile(rf"[\d{CHINESE_NUMERAL_CHARS}破上过超逾近]"
                             rf"(?:(?<=\d)|(?<=百)分之|(?<=[{CHINESE_NUMERAL_CHARS}])"
                             rf"[零〇{CHINESE_NUMERAL_CHARS}]*(?:{APPROX_MID})?(?:{SCALE}|{BASE})"
                             rf"|(?<=[破上过超逾近])了?[万亿]"   # (迈上了万亿元台阶)
                             rf"|(?<=一)半)")                    # (占全球一半以上: HALF)


_QUOTED = re.compile(r'《[^《》\n]*》|“[^“”\n]*”|"[^"\n]*"|「[^「」\n]*」|〈[^〈〉\n]*〉')
_SPEECH = re.compile(r"[,，。;；!！?？:：]")
# a quote that is a sentence of its own (…同比增长17%左右。“国家高新区以0.1%的国土面积创造了约全国
# 13%的GDP”。): reported speech, though it holds no clause punctuation (a name or slogan stands
# inside a sentence: 落实“33条”, “十四五”时期)
_OWN_SENTENCE_BEFORE = "。！？!?:：\n"
_OWN_SENTENCE_AFTER = "。！？!?,，;；"


def quoted(text: str) -> list[bool]:
    """Mask of characters inside names and slogans: book titles (names of plans) and short
    quotes. A quote holding clause punctuation is reported speech, and its figures count.

    >>> t = '落实国务院"33条"和《2022年规划》,共3户'
    >>> m = quoted(t); [t[i] for i, q in enumerate(m) if q][:4]
    ['"', '3', '3', '条']
    >>> m[t.index("共3户") + 1]
    False
    >>> t = '他说:"三十年前,厂里一年只能生产300台拖拉机。"'
    >>> any(quoted(t))
    False
    >>> quoted("没有引号")
    []
    """
    if not _HAS_QUOTE.search(text):
        return []             # no quotes: an empty mask (callers test ``mask and mask[i]``)
    mask: list[bool] | None = None
    for m in _QUOTED.finditer(text):
        body = m.group()
        if body[0] != "《" and _SPEECH.search(body):
            continue
        if body[0] != "《" and len(body) >= 14 \
                and (m.start() == 0 or text[m.start() - 1] in _OWN_SENTENCE_BEFORE) \
                and (m.end() == len(text) or text[m.end()] in _OWN_SENTENCE_AFTER):
            continue          # a quoted sentence of its own: speech
        if mask is None:
            mask = [False] * len(text)
        mask[m.start():m.end()] = [True] * (m.end() - m.start())
    return mask or []


# after 成 (tenths): words where 成 is a verb or part of a word
_NOT_TENTHS = re.compile(r"[群为立功本交员果绩效型品长熟就年片套批规不器]")

# a dimensionless figure right after an index: 环境空气质量综合指数5.62
# a scale written alone after a threshold verb: 突破万亿元, 迈上万亿元台阶, 过万亿, 突破万列
# (one of that scale, approximate); a bare scale must end the phrase or be 级 / 台阶 / 大关
_THRESHOLD_VERBS = ("突破", "迈上", "迈入", "跨上", "跨越", "站上", "跃上", "超过", "过", "超", "破",
                    "达到", "达", "上", "逾", "近")   # 达到万亿元规模, 达万亿级规模, 参赛队伍上万支
BARE_SCALE = re.compile(
    "(?=[万亿千百])(?:" + "|".join(f"(?<={v})" for v in _THRESHOLD_VERBS)
    + "".join(f"|(?<={v}了)" for v in _THRESHOLD_VERBS if len(v) > 1) + ")"   # 迈上了万亿元台阶
    + rf"(?P<scale>万亿|千亿|百亿|万|亿)(?P<base>{BASE})?(?P<lvl>级)?")
_DIGIT_WORDS = frozenset("一二两三四五六七八九")
_PASSED_BEFORE = re.compile(r"(?:突破|超过|迈上|跨过|跨越|站上|逼近|接近|近|逾)了?$")
_SCALE_MARK = re.compile(r"大关|关口|大?台阶")    # 双双突破4万亿大关, 迈上1万亿元大台阶: a figure with its mark
_COUNT_OVER = re.compile(r"有[\d一二三四五六七八九十两]+[个家][^,;。\d]*$")
# (有42家上市公司…净利润超百亿元, 仍有5个城市总量低于1万亿元, 共有18区人口超过200万, 有47家上市
# 公司2021年的营收规模超过千亿: a count after 有 anywhere in its clause, the year it is of between)
_COUNT_OVER_LINE = re.compile(r"(?:^|[,;。:]|(?<=有))(?:其中|共有|有|仅有|只有|仍有|还有)?"
                              r"[\d一二三四五六七八九十两]+"
                              r"(?:个(?:副省级|省会|地级|计划单列)?(?:省份|省|城市|地市|市|县|区|国家|行业"
                              r"|产业链|产业集群|产业|集群)|[城区]|家[^,;。\d]{0,4}?(?:企业|公司))"   # 8个产业规模超千亿元
                              r"[^,;。\d]{0,10}(?:\d{4}年[^,;。\d]{0,8})?"
                              r"(?:超过|突破|超|过|高于|低于)$")   # (10城超万亿)
_COUNT_MARK = frozenset("个家城区")   # a count's word _COUNT_OVER_LINE needs (a cheap test first)
COUNT_OVER_LINE = _COUNT_OVER_LINE     # (engine: a rate's line the count is over)
COUNT_MARK = _COUNT_MARK
# the clause right after a figure, passing a mark written as a bare scale (11926.1亿元,首次突破
# 万亿元大关): the figure's mark, not a figure of its own
_MARK_AFTER_FIGURE = re.compile(r"(?:人民币)?,(?:首次|首度|成功|一举|率先|再次|已经|已)?"
                                r"(?:突破|跨越|跨上|迈上|迈入|站上)")
_BARE_SCALE_END = re.compile(r"(?![\u4e00-\u9fa5A-Za-z0-9])|台阶|大关|关口|规模")
# 近万吨桥体: nearly a round amount in a unit of measure before the thing measured (an amount
# told, not a class: 万吨级码头, 万吨巨轮 write none before it); money the same (投资近亿元建设)
_NEAR_AMOUNT = re.compile(r"近(?:万|千|百|亿)(?:吨|千克|公斤|立方米|平方米|公里|米|元)")
# 上千家企业, 上万家丝网企业 (after 的 or a clause break): 上 + a bare scale is one quantifier
# ("more than a thousand"), 上 inside the span; after a verb or a noun (增长到上万双, 队伍上万支)
# 上 is the verb and stays out
_OVER_SCALE_BEFORE = re.compile(r"(?:^|(?<=[的,;。、:(]))上$")
# a share written as a fraction, after 占 / 比重 / the whole it is a share of: 占全国1/10以上
FRACTION = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,3})(?![\d/])(?P<approx>以上|左右|多)?")
_SHARE_BEFORE = re.compile(r"(?:占|比重|份额|全国|全省|全市|的)[^,;。\d]{0,6}$")
# half a whole written as a bound, after 占 / 比重 (占全球一半以上, 占比超过一半): a share of 0.5,
# approximate (a plain 占全国的一半 is left as prose)
HALF = re.compile(r"(?P<over>超过|超|逾|近|接近)?一半(?P<approx>以上|左右|多)?(?!的)")
# a fraction of another thing, not of a whole (仅为宁波的1/6; modifiers.yaml fraction_compared),
# and the list it opens (、合肥的1/5,芜湖的1/2)
_FRACTION_COMPARED = re.compile(
    rf"(?:{_alt(data.FRACTION_COMPARED) if data.FRACTION_COMPARED else '(?!)'})(?![全总]|世界)[^,;。\d占]{{1,8}}的$")
_FRACTION_LIST = re.compile(r"[、,和及与][^,;。\d占]{1,8}的$")
# medals counted in one run: 52金34银31铜 (at least two kinds, so 5金 alone is not read)
_MEDAL = "|".join(re.escape(m) for m in data.MEDALS)
_MEDAL_ONE = re.compile(rf"(\d+)({_MEDAL or '(?!)'})")
MEDALS = re.compile(rf"(?<![\d.])\d+(?:{_MEDAL or '(?!)'})(?:、?\d+(?:{_MEDAL or '(?!)'}))+")   # 9金、5银、6铜
_MEDAL_HINT = re.compile(r"\d[金银]、?\d")
# a unit's other word in brackets: 3.1万套(间)
_ALT_UNIT = re.compile(rf"\((?:{BASE})\)")
_PEOPLE_BEFORE = re.compile(data.PEOPLE_BEFORE_SCALE)
_KEEP_UNIT = re.compile(r"[\u4e00-\u9fa5A-Za-z]")   # a word after the scale: not a bare count
_PEOPLE_AFTER = re.compile(_alt(data.PEOPLE_AFTER_SCALE)) if data.PEOPLE_AFTER_SCALE else re.compile(r"(?!)")
# (an index's abbreviation in brackets may follow it: 居民消费价格总指数(CPI)99.7)
# (or a ratio of two incomes: 城乡居民收入比降至2.2)
# (or a ratio named 之比: 2021年城乡之比仅为1.94, 11个地市…最高最低之比仅为1.6左右; a sex ratio:
# 常住人口性别比(以女性为100,男性对女性的比例)为101.45)
INDEX_VALUE = re.compile(rf"(?:(?<=指数|系数)(?:\([A-Z]{{2,5}}\))?(?:均值|平均值)?|(?<=收入比)|(?<=比值)|(?<=之比)|(?<=性别比)(?:\([^()]{{0,24}}\))?)(?:仅为|为|是|达到|达|降至|降到|缩小至|缩小到|缩小为)?"
                         # 运价指数均值为1142.33点: an index in points (unit 点)
                         rf"(?P<num>{ARABIC})(?P<pt>点(?![亮位]))?(?![\d.%年])(?P<approx>左右)?")
# a market's level after its move (上证指数跌0.4%报2837.43点, …收盘涨0.84%,报22370.66点): a figure
# in points, the move before it its change
MARKET_LEVEL = re.compile(rf"(?:(?<=%)|(?<=%,))(?:收报|收于|报)(?P<num>{ARABIC})点(?![\d.%])")
# (收入比2010年翻一番, 营业收入比2019年增长: 比 with the year of the base, not a ratio's value)
# a structure as a ratio: 7.3:46.0:46.7 (∶ is the ratio sign some texts print); its parts are
# named by modifiers.yaml `ratio_parts` when the sentence names the structure right before it
RATIO = re.compile(r"(?<![\d.:∶])\d{1,3}(?:\.\d+)?(?:[:∶]\d{1,3}(?:\.\d+)?){2,3}(?![\d.:∶])")
_RATIO_NUM = re.compile(r"\d+(?:\.\d+)?")
_RATIO_BEFORE = [(re.compile(f"(?:{b})[^。;!?]{{0,30}}$"), names) for b, names in data.RATIO_PARTS]
_RATIO_FROM = re.compile(r"[^,;。\d]{0,6}(?:为|到|至)\d{1,3}(?:\.\d+)?[:∶]")   # 由A调整为B: A


_QUANTITY_GROUPS = ("pct", "num", "approx1", "scale", "approx2", "base", "approx3")
_NUMERAL_SET = frozenset(CHINESE_NUMERAL_CHARS)     # one character's test: a set lookup
_ROUTE_AFTER = re.compile(r"公交|车|电车|汽车|线|口|段|军|人马|[,;。]|$")
# a brand whose name opens with a numeral (companies.txt: 百度, 五粮液): its numeral is no figure
# (青岛港携手百度智能云: not 100 度 of electricity)
_NUMERAL_BRAND = re.compile("|".join(sorted((re.escape(b) for b in data.BRANDS if b[:1] in _NUMERAL_SET),
                                            key=len, reverse=True)) or "(?!)")


@dataclass(slots=True)
class QuantityM:
    start: int            # number start (span start)
    end: int              # span end (unit and approximation suffix included)
    num: str
    scale: str
    base: str
    approx: bool
    value: float | None = None   # the number with a mixed form composed (2万3千 → 2.3, scale 万)
    name: str | None = None      # a name the form itself gives (a ratio's part: 第一产业比重)
    share: bool = False          # a share written as a fraction (占全国1/4): never the whole's key


_Q_START = attrgetter("start")     # a QuantityM's sort key, read in C


def quantities(text: str, mask: list[bool], taken: list[tuple[int, int]]) -> list[QuantityM]:
    """Candidate quantities that are not changes, completions, dates, codes, ordinals, names.

    >>> [(q.num, q.scale + q.base, q.approx) for q in quantities("共减免1324户485.3万元", [False] * 20, [])]
    [('1324', '户', False), ('485.3', '万元', False)]
    >>> [(q.num, q.base, q.approx) for q in quantities("七大类二百多个产品,六个专项行动,百辆", [False] * 30, [])]
    [('二百', '个', True), ('百', '辆', False)]
    >>> quantities("2022年8月19日,4号机组,2×100万千瓦项目", [False] * 40, [])
    []
    >>> quantities("青岛港携手百度智能云", [False] * 10, [])    # a company's name (companies.txt)
    []
    """
    out: list[QuantityM] = []
    for m in QUANTITY.finditer(text):
        s = m.start()
        if (taken and any(a <= s < b for a, b in taken)) or (mask and mask[s]):
            continue
        if m.lastindex == 2 and m.start(1) < 0:
            continue          # a bare number (no group after ``num`` matched, no 百分之): as below
        # every group in one call (~2,000 matches over the seed mix, most of them bare numbers)
        pct, num, approx1, scale, approx2, base, approx3 = m.group(*_QUANTITY_GROUPS)
        scale, base = scale or "", base or ""
        chinese = num[0] in _NUMERAL_SET
        if chinese and _NUMERAL_BRAND.match(text, s):
            continue          # 携手百度智能云: a company's name
        if pct:
            if scale or base or num == "百":
                continue      # 百分之五十万: not a percentage; 百分之百: a slogan
            base = "%"
        if not base and not scale:
            if not (chinese and ("万" in num or "亿" in num) and approx1):
                continue      # a bare number (七千多万 is a figure: a scale is inside)
        if not chinese and scale not in _SUB_SCALED and "万" not in num and "亿" not in num:
            value = float(num.replace(",", ""))   # compose's result for an Arabic number, inlined
        else:
            try:
                value, scale = compose(num, scale)
            except ValueError:
                continue
        if not base and (chinese or approx2) and not (
                ("万" in num or "亿" in num or approx1) and scale in ("万", "亿")) and not (
                chinese and num[0] in _DIGIT_WORDS and _PASSED_BEFORE.search(text, max(0, s - 4), s)):
            continue          # a bare 万/亿 only after Arabic digits (524.6亿) or with a
                              # composed or approximate number (七千多万, 2亿4千多万), or a
                              # level passed (上海突破了四万亿, 首次突破一千万大关, 近两千万)
        end = m.end()
        if base == "人" and scale and not approx3 and text[end:end + 1] == "口":
            base, end = "", end - 1   # 近5亿人口, 14亿多人口: the 人 opens 人口, the people
            #                           counted (450万困难群众 below: the scale as written)
        before, after = text[max(0, s - 8):s], text[end:end + 16]
        approx = bool(approx1 or approx2 or approx3 or (
            before[-1:] in _APPROX_PREFIX_LAST and APPROX_PREFIX.search(before)))
        if base == "平" and (after[:1] in "均稳衡台" or not scale and (
                before[-1:] == "胜" or after[:1] in "负局")):
            continue          # PM_2.5平均浓度, 3胜2平1负: not an area (76.06万平 is)
        if base == "路" and not approx and _ROUTE_AFTER.match(after):
            continue          # 8路公交车, 兵分三路: a line's number (500余路摄像头 are counted)
        if base in ("小时", "分钟") and _TIME_NAMED.match(after):
            continue          # 15分钟便民生活圈, 24小时开放, 168小时满负荷试运行: a time
            #                   naming a place, a service or a test
        if base == "小时" and num == "24" and not scale and not approx \
                and _ROUND_THE_CLOCK.match(after) and not _TIME_TAKEN_BEFORE.search(before):
            continue          # 能24小时自动监测虫害, 24小时能处理…: around the clock
        if base == "个月" and not _DURATION_BEFORE.search(text, max(0, s - 16), s):
            continue          # 连续5个月, 近3个月: a span of time, not a figure (审查周期…15.5个月 is)
        if base == "P" and (not scale or after[:1].isascii() and after[:1].isalpha()):
            continue          # 3P空调: a size, not computing power (智算规模22万P is)
        if base == "批" and chinese:
            continue          # 办成了一批多年想办…的大事: a batch of, not a count (60多批参观者 is)
        if base == "城" and chinese and not approx:
            continue          # 4月百城首套房贷平均利率: a panel of cities named (超百城 is a count)
        if base == "个" and not scale and POINTS_LIST.match(after):
            base = "个百分点"
        if base == "成" and (value > 10 or _NOT_TENTHS.match(after) or num[-1] in "十百千万亿"
                             and value != 10):
            continue          # 三五成群, 建成, 一成不变: not a share in tenths
        if chinese:
            if _STOP_BEFORE_CN.search(before):
                continue
            if num in _ROUND_WORDS and _TITLE_CITY.match(after):
                continue      # 建成千座公园城市, 百个…示范城市: a city's title, not a count
            if num in _ROUND_WORDS and scale and _ROUND_CLASS.match(after):
                continue      # 小丝网织出千亿元产业链: the class of the chain, not a figure
            if value * data.SCALES.get(scale, 1.0) < 100 and not approx \
                    and base not in data.RATIO_UNITS:
                continue      # 六个专项行动, 两个确立, 四个一批: slogans, not statistics
        if base in _MEMBER_UNITS and _RANK_PLACE.search(text, max(0, s - 12), s) \
                and base in ("名", "位"):
            continue          # GDP排在全国30至40名之间, 已经掉到了40名开外: a place in a ranking
        if after[:1] == "大" and _BIG_CLASS.match(after) and (not base or after[1:2] == "类"):
            continue          # 九大产业链, 三大攻坚战: a class named, not a count; 97个大类中: the
            #                   set (13个大模型, 14座大中型水电站: counted with their measure word)
        if _STOP_BEFORE_END.search(before, len(before) - 2) and _STOP_BEFORE.search(before) \
                or (_STOP_AFTER.search(after) and not (
                _SCALE_MARK.match(after) and not _COUNT_OVER.search(text, max(0, s - 24), s))):
            continue          # (外贸进出口突破5000亿元大关: a level with its mark; 有10个城市
                              # 经济总量超5000亿元大关: the mark the count is over, not a figure)
        if not scale and base and base != "%" and listed_count(text, s, value):
            continue          # 钢铁、有色金属、石化化工、建材4个重点行业: the list counted back
        if not _COUNT_MARK.isdisjoint(text[max(0, s - 24):s]) \
                and _COUNT_OVER_LINE.search(text, max(0, s - 24), s):
            continue          # 8个省份GDP超过1万亿元: the line the count is over, not a figure
        if after[:1] == "的" and _SCENE_ALTITUDE_BEFORE.search(before):
            continue          # 从海拔6500米的珠穆朗玛峰前进营地: a scene's height
        if _CAP_BEFORE.search(before) and _CAP_AFTER.search(text[end:end + 48]):
            continue
        if base == "岁" and not _AGE_STAT.search(text, max(0, s - 12), s):
            continue          # ages (60岁以上老人) are not figures; 预期寿命78.8岁 is
        if not scale and data.BASE_UNITS.get(base, {}).get("kind") == "count" \
                and _SET_AVERAGE.match(text[end:end + 24]):
            continue          # 上榜的50家公司三季度以来股价平均上涨12.14%: the set averaged over
        if _THRESHOLD_COMPOSED.match(text[s:end + 24]):
            continue          # 由两个以上民族组成的家庭: the line drawing what is counted
        if base == "个" and not scale and (wc := _WHOLE_CLASS.match(after)) \
                and data.WHOLE_CLASS[wc.group()] == value:
            continue          # 15个副省级城市: the class counted whole, not a statistic
        if "中" in after and (
                (_SET_SCOPE.search(after) and not _SET_DESCRIBED.search(before)
                 and data.BASE_UNITS.get(base, {}).get("kind") not in _EXTENT_KINDS)
                or (_SET_PART.search(after) and data.BASE_UNITS.get(base, {}).get("kind")
                    in ("count", "people"))):
            continue          # 15个副省级城市中,…: the set the next figure is taken from;
                              # 154种主要工业品中66种: the set its part is counted from
                              # (not an extent: 3046公里的防风固沙林带中,种植了…)
        if ("的" in after[:3] or after.startswith(_BARE_CATEGORY)) and _LINE_AFTER.match(after) \
                and _LINE_BEFORE.search(before):
            continue          # GDP总量超1万亿元的省份共8个: the line the category is drawn at
            #                   (新增…3个过三千亿元城市: the category right after it)
        if approx3 in ("以上", "以下", "以内") and (_THRESHOLD.search(after)
                                                  or _INCLUDED_BOUND.search(before)):
            continue          # 5亿元以上项目4个: a category, the count is the figure; (不含4.5吨
            #                   以下货车): the bound of what is counted
        info = data.BASE_UNITS.get(base)
        if base in _MEMBER_UNITS and not scale and after[:1] in ",城县区市省企项" \
                and (mm := _MEMBERS.match(text, end)) and (base == "个" or mm.group("each")):
            continue          # 固原市1个,固原市…工程: the list counted, its members named after it
        if info and info["kind"] in data.CAPACITY_KINDS and _STOP_CAPACITY.search(after):
            continue
        if not base and scale in ("万", "亿") and _PEOPLE_BEFORE.search(text, max(0, s - 12), s) \
                and not _KEEP_UNIT.match(text, end):
            base = "人"       # 人口仅313万: people, counted (unit 万人; the span as written)
        if not base and scale and _PEOPLE_AFTER.match(text, end):
            out.append(QuantityM(s, end, num, scale, base, approx, value))
            continue          # 450万困难群众: 450万 (the unit as written)
        if not base and _KEEP_UNIT.match(text, end) \
                and text[end:end + 1] not in "的和及与" and not _SCALE_MARK.match(text, end) \
                and text[end:end + 2] not in ("之前", "之后", "市值") \
                and not (m.group("approx1") and text[end:end + 1] not in "级元"):
            continue          # a bare scale must end the phrase (10亿级, 万亩良田), unless
                              # written approximate (带动7300多万农民: 7300多万) or a
                              # market value after it (2.4万亿市值的茅台)
        alt = _ALT_UNIT.match(text, end) if base else None
        if alt:
            end = alt.end()   # 3.1万套(间), 8条(个): the unit's other word is part of it
        if info and info["kind"] == "temperature" and not chinese and num[0] != "-" \
                and s >= 2 and text[s - 2:s] == "零下":
            s, value = s - 2, -value   # 零下30摄氏度: below zero, the span from 零下
        elif base == "摄氏度":
            continue          # written out above zero, prose describing a process (红焦由1000多
            #                   摄氏度的高温降低到150多摄氏度), not a reading (年平均气温3.6℃ is)
        out.append(QuantityM(s, end, num, scale, base, approx, value))
    compared_end = -1         # the end of the last fraction compared with another thing
    for m in (FRACTION.finditer(text) if "/" in text else ()):
        s = m.start()
        if any(a <= s < b for a, b in taken) or (mask and mask[s]) \
                or not _SHARE_BEFORE.search(text, max(0, s - 12), s):
            continue
        if _FRACTION_COMPARED.search(text, max(0, s - 12), s) \
                or (compared_end >= 0 and _FRACTION_LIST.fullmatch(text, compared_end, s)):
            compared_end = m.end()
            continue          # 仅为宁波的1/6、合肥的1/5: a ratio to another figure, as 倍
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < a < b:         # 占全国1/10以上: a share written as a fraction
            out.append(QuantityM(s, m.end(), m.group("a") + "/" + m.group("b"), "", "",
                                 bool(m.group("approx") or APPROX_PREFIX.search(text, max(0, s - 8), s)),
                                 a / b, share=True))   # 占全国约1/4, 接近全国1/4: approximate
    for m in (HALF.finditer(text) if "一半" in text else ()):
        s = m.end("over") if m.group("over") else m.start()
        if (m.group("over") or m.group("approx")) and not (mask and mask[s]) \
                and not any(a <= s < b for a, b in taken) \
                and _SHARE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            out.append(QuantityM(s, m.end(), "一半", "", "", True, 0.5, share=True))
    # (_MEDAL_HINT holds 金 or 银: a sentence with neither is not searched)
    for m in (MEDALS.finditer(text) if ("金" in text or "银" in text)
              and _MEDAL_HINT.search(text) else ()):
        if (mask and mask[m.start()]) or any(a <= m.start() < b for a, b in taken):
            continue
        for one in _MEDAL_ONE.finditer(text, m.start(), m.end()):   # 52金34银31铜: one each
            out.append(QuantityM(one.start(), one.end(), one.group(1), "", one.group(2), False,
                                 float(one.group(1))))
    for m in (BARE_SCALE.finditer(text) if ("万" in text or "亿" in text) else ()):
        s = m.start()
        over = bool(m.group("base")) and _OVER_SCALE_BEFORE.search(text, max(0, s - 2), s)
        if (taken and any(a <= s < b for a, b in taken)) or (mask and mask[s]) \
                or not (over or _BARE_SCALE_END.match(text, m.end())
                        or _NEAR_AMOUNT.fullmatch(text, max(0, s - 1), m.end())):
            continue
        base = m.group("base") or ""
        if base in data.RATIO_UNITS or any(q.start <= s < q.end for q in out):
            continue
        if _STOP_BEFORE_CN.search(text, max(0, s - 4), s):
            continue          # 纽扣样式成千上万: an idiom of many (stops.yaml before_chinese)
        if _LINE_AFTER.match(text, m.end()) and _LINE_BEFORE.search(text, max(0, s - 4), s):
            continue          # 比去年一季度超过万亿的省份多3个: the line, not a figure
        prev = max((q.end for q in out if q.end <= s), default=-1)
        if prev >= 0 and _MARK_AFTER_FIGURE.fullmatch(text, prev, s):
            continue          # 进出口总额11926.1亿元,首次突破万亿元大关: the mark the figure passed
        if _COUNT_OVER_LINE.search(text, max(0, s - 24), s) \
                or _COUNT_OVER.search(text, max(0, s - 24), s):
            continue          # 有10个副省级城市GDP超过万亿, 有47家上市公司…营收规模超过千亿: the line the count is over
        scale = m.group("scale")
        value, scale = compose("一", scale) if scale in _SUB_SCALED else (1.0, scale)
        out.append(QuantityM(s - 1 if over else s, m.end(), "一", scale, base, True, value))   # 千亿: 1000 亿
    for m in (INDEX_VALUE.finditer(text) if "数" in text or "比" in text else ()):
        s = m.start("num")
        if not (taken and any(a <= s < b for a, b in taken)) and not (mask and mask[s]):
            out.append(QuantityM(s, m.end(), m.group("num"), "", "点" if m.group("pt") else "",
                                 bool(m.group("approx")), float(m.group("num"))))
    for m in (MARKET_LEVEL.finditer(text) if "点" in text else ()):
        s = m.start("num")
        if not (taken and any(a <= s < b for a, b in taken)) and not (mask and mask[s]):
            out.append(QuantityM(s, m.end(), m.group("num"), "", "点", False,
                                 float(m.group("num"))))
    for m in (RATIO.finditer(text) if ":" in text or "∶" in text else ()):
        s = m.start()
        if (taken and any(a <= s < b for a, b in taken)) or (mask and mask[s]) \
                or _RATIO_FROM.match(text, m.end()):
            continue
        head = text[max(0, s - 40):s]
        parts = next((nm for rx, nm in _RATIO_BEFORE if rx.search(head)), None)
        nums = list(_RATIO_NUM.finditer(text, s, m.end()))
        if parts is None or len(nums) != len(parts):
            continue
        for n, name in zip(nums, parts):     # 三次产业结构为7.3:46.0:46.7: one figure a part
            out.append(QuantityM(n.start(), n.end(), n.group(), "", "", False,
                                 float(n.group()), name))
    if "上" in text:
        for q in out:         # 的上千家企业: 上千 one quantifier (上万家: BARE_SCALE above)
            if q.num in ("百", "千") and _OVER_SCALE_BEFORE.search(text, max(0, q.start - 2), q.start):
                q.start -= 1
                q.approx = True
    out.sort(key=_Q_START)
    if "~" in text or "～" in text or "—" in text or "–" in text or "-" in text or "至" in text:
        out = _ranges(text, out)
    return out


# a range written as one figure (6~8万元, 3%—4%): one record, its low end, approximate, the span
# over both numbers (the low end's unit is the high end's, or written the same)
# (每千克25至35元: 至 between two bare numbers, the low end without a unit)
_RANGE_LOW = re.compile(r"(?<![\d.年月日:/\-—–~～])(\d+(?:\.\d+)?)(%?)(?:[~～—–\-]|(?<=\d)至)$")
_RANGE_LOW_HYPHEN = re.compile(r"(?<![\d.年月日:/\-—–~～])(\d+(?:\.\d+)?)(%?)$")
# the high end of a range after a change's number (增长3%—4%, 年均增速4.5%-5%): the change's span
# covers both, its value the low end (as a quantity's range above)
# a range of changes later in the sentence, one for each end of a 至 range before it
_PAIRED_RANGE_AFTER = re.compile(r"[^。;；]*?\d(?:\.\d+)?%?至\d")
RANGE_HIGH = re.compile(r"[~～—–\-]\d+(?:\.\d+)?")
# a range with the unit written at both ends (采购150台至200台, 收入达1.5亿至1.8亿元): one record as
# above, unless a change verb or 从/由 stands before the low end (提升30元至700元: a change, then the
# level reached) — the low end read as a figure of its own, or (1.5亿) a number with its scale only
# (joined by 至 only: c129 annotates 无霜期100天—120天 as two records, its lower and upper bound)
_RANGE_JOIN = re.compile(r"至")
_RANGE_LOW_SCALED = re.compile(r"(?<![\d.年月日:/\-—–~～])(\d+(?:\.\d+)?)([万亿])至$")
_RANGE_NOT_AFTER = re.compile(
    r"(?:增加|增长|减少|下降|提升|提高|降低|上升|回落|回升|扩大|缩小|下调|上调|增|降|升|涨|跌|从|由)了?"
    r"(?:约|近|超过?)?$")


def _ranges(text: str, out: list[QuantityM]) -> list[QuantityM]:
    """Join the low end of a range to the figure that closes it.

    >>> [(q.start, q.end, q.value, q.approx) for q in quantities("占比3%—4%,年收入6~8万元", [False] * 20, [])]
    [(2, 7, 3.0, True), (11, 16, 6.0, True)]
    >>> [(q.start, q.end, q.value, q.approx) for q in quantities("占比3%-4%", [False] * 8, [])]
    [(2, 7, 3.0, True)]
    >>> [(q.start, q.end, q.value, q.approx) for q in quantities("每千克25至35元", [False] * 9, [])]
    [(3, 9, 25.0, True)]
    >>> t = "交付量145000至155000辆,将增长38.0%至47.5%"   # each end its own change: not joined
    >>> [(q.start, q.end, q.value) for q in quantities(t, [False] * len(t), [])][:1]
    [(10, 17, 155000.0)]
    """
    merged: list[QuantityM] = []
    for q in out:
        if q.num[:1] == "-" and q.num[1:2].isdigit():   # 占比3%-4%: the high end read as -4%
            m = _RANGE_LOW_HYPHEN.search(text, max(0, q.start - 12), q.start)
            if m and (not m.group(2) or q.base == "%"):
                if merged and merged[-1].start == m.start(1) and merged[-1].end == m.end(2):
                    merged.pop()
                merged.append(QuantityM(m.start(1), q.end, m.group(1), q.scale, q.base, True,
                                        float(m.group(1)), q.name))
                continue
        low = merged[-1] if merged else None
        if q.num[:1].isdigit() and q.start >= 1 and _RANGE_JOIN.match(text, q.start - 1) \
                and not _PAIRED_RANGE_AFTER.match(text, q.end):
            if low is not None and low.end == q.start - 1 and low.num[:1].isdigit() \
                    and (low.scale, low.base) == (q.scale, q.base) and q.base \
                    and not _RANGE_NOT_AFTER.search(text, max(0, low.start - 4), low.start):
                merged[-1] = QuantityM(low.start, q.end, low.num, q.scale, q.base, True,
                                       low.value, q.name)   # 150台至200台
                continue
            m = _RANGE_LOW_SCALED.search(text, max(0, q.start - 12), q.start) if q.scale else None
            if m and m.group(2) == q.scale and (low is None or low.end <= m.start(1)) \
                    and not _RANGE_NOT_AFTER.search(text, max(0, m.start(1) - 4), m.start(1)):
                merged.append(QuantityM(m.start(1), q.end, m.group(1), q.scale, q.base, True,
                                        float(m.group(1)), q.name))   # 1.5亿至1.8亿元
                continue
        m = _RANGE_LOW.search(text, max(0, q.start - 12), q.start)
        if m and m.group().endswith("至") and _PAIRED_RANGE_AFTER.match(text, q.end):
            m = None          # 交付量145000至155000辆,…增长38.0%至47.5%: each end its own change
        if m and q.num[:1].isdigit() and (not m.group(2) or q.base == "%"):
            if merged and merged[-1].start == m.start(1) and merged[-1].end == m.end(2):
                merged.pop()          # 3%—4%: the low end read as a figure of its own
            elif merged and merged[-1].end > m.start(1):
                merged.append(q)
                continue
            merged.append(QuantityM(m.start(1), q.end, m.group(1), q.scale, q.base, True,
                                    float(m.group(1)), q.name))
            continue
        merged.append(q)
    return merged
