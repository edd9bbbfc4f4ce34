"""The indicator stage: ``extract(cleaned, sentences, articles) -> list[Indicator]``.

Per sentence (a ``context.Unit``):
1. extractors (``patterns.py``) find changes, completions, ranks and quantities;
2. every quantity is an *anchor* (one indicator); a change attaches to the anchor right before
   it (``164.4亿元,增长5.7%``), a list of changes after ``分别`` is distributed over the anchors
   before it, a change with no anchor is an indicator of its own (value null);
3. completion (``完成年度目标任务61.71%``) and rank (``增幅全市第一``) attach to the indicator
   before them;
4. the metric name is the clause before the figure (``names.py``), its canonical key comes from
   ``taxonomy.yaml``; period and region come from ``context.py``.

Statistical tables (``tables.py``) are read apart: their rows are not sentences, each figure is
a record.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Any

from analysis.articles import ArticleSeg
from analysis.layout import Cleaned
from analysis.models import Change, Indicator, Normalized, PeriodNorm

from . import context, data, names, places, tables
from .anchored import anchored
from .numbers import parse_arabic
from .parse import (
    direction,
    normalize,
    parse_change_list,
    reported_basis,
    unit_as_written,
    unit_kind,
)
from .patterns import (
    BASIS_AFTER,
    BASIS_FRAME,
    BRACKET_RATE,
    BY_RATE,
    CHANGE,
    CHANGE_NOT_NUMBER,
    COMPLETION,
    COMPLETION_AFTER,
    COUNT_MARK,
    COUNT_OVER_LINE,
    DOUBLED,
    FLAT,
    FROM_BEFORE,
    FROM_RATE_BEFORE,
    FROM_TO_MID,
    GAP,
    GAP_FIGURE_BETWEEN,
    GAP_METRIC,
    GAP_OWN_RATE,
    GAP_RATE,
    GAP_RATE_LEAD,
    GROUP_RANK,
    GROWTH_APPOS,
    GROWTH_FRAME,
    GROWTH_WORDS,
    MAY_HOLD_FIGURE,
    MORE_LESS,
    PLACE_RANK,
    PLAN_BEFORE,
    PULL,
    PULL_NUMBER,
    RANGE_HIGH,
    RANK_HINT,
    RANK_MOVE,
    RANK_MOVE_AFTER,
    RANK_MOVE_LATER,
    RATE_COMPARED,
    RATE_COMPARED_LEAD,
    RATE_COMPARED_STOP,
    RATE_FROM_TO,
    RATE_GAP_BEFORE,
    RATE_NAMED,
    RATE_NAMED_EACH,
    RATE_TO_MID,
    RATIO,
    REDUCE,
    REDUCE_MORE,
    RISE_AFTER,
    SECTOR_RATIO,
    SECTOR_RATIO_NAMES,
    SET_BEFORE,
    SET_SUPERLATIVE,
    WON_RANK,
    QuantityM,
    quantities,
    quoted,
    rank_matches,
)
from .places import Place, foreign_subject
from .places import find as find_places


@dataclass(slots=True)
class _Ind:
    start: int                      # span in unit coordinates
    end: int
    value: float | None = None
    unit: str | None = None
    scale: str = ""
    base: str = ""
    approx: bool = False
    change: dict | None = None      # direction, value, unit, basis, start, end
    rank: str | None = None
    rank_span: tuple[int, int] | None = None   # the rank as written is read from the original
    completion: float | None = None
    name: str | None = None
    name_from: int | None = None    # where the metric name is looked for (the anchor or the change)
    group: int | None = None        # indicators sharing a name (分别 / two quantities)
    extent: int = 0                 # end of everything attached (for the next name's floor)
    post: bool = False
    period_from: int | None = None  # where its period is looked for, when not name_from
    share: bool = False             # a share written as a fraction (1/4 of a whole): no key
    plan: bool = False              # the plan's figure inside a completion (为年初预算X万元的101.2%)


# between a figure and its change: separators, 分别, and a price basis written between them
# (地区生产总值1419.15亿元,按不变价格计算,比上年增长2.8%)
_FILLER = re.compile(r"^(?:人民币|\((?:含|不含|包括|不包括)[^()]{1,20}\)"   # 1.62万亿元人民币,同比…;
                     # 73286元(按现价计算),增长6.3%: the price basis in brackets, also written
                     # short and shared with the lines after (1303.96亿元(现价,下同),比上年增长4.6%)
                     r"|\((?:按|以)?(?:现行?|当年|不变|可比)价格?(?:计算)?(?:,下同)?\))?"
                     r"[,\s、]*"     # 224.1万辆(含三轮汽车和低速货车),比上年末增长3.5%: what it counts
                     # 8141.69亿元,跨越八千亿新台阶,按不变价格计算,比上年增长4.7%: the mark reached
                     r"(?:(?:首次|首度|成功|一举|率先|再次|已经|已)?(?:跨越|跨上|迈上|迈入|站上|突破)"
                     r"[^,;。\d%]{1,10}(?:台阶|大关|关口)[,\s]*)?"
                     # 超过6万亿元,实现历史性晋位,年均增速5.7%: a clause of what the figure did
                     # (272.24亿元,达到新的量级,…; …,创历史新高,…)
                     r"(?:(?:实现|跻身|跨入|跃居|迈入|达到|登上|再创|创)[^,;。\d%]{1,10},\s*)?"
                     # 58.1%,保持在50%以上扩张区间,环比…上升6.8个百分点: an index's range held
                     # (位于荣枯线以上, 连续3个月处于扩张区间): no figure of its own
                     r"(?:(?:连续\d{1,2}个月)?(?:保持|位于|处于|运行)在?(?:\d{1,3}(?:\.\d+)?%)?"
                     r"(?:以上|以下)?[^,;。\d%]{0,6}?(?:区间|荣枯线(?:以上|以下)?|临界点(?:以上|以下)?)"
                     r",\s*)?"
                     # 630.5亿元,是2020年的1.1倍,年均增长1.9%: a ratio to a year before (no record)
                     r"(?:(?:是|为|相当于)(?:\d{4}年|[^,;。\d%]{1,8})的(?:\d+(?:\.\d+)?|[一两二三四五六七八九十]+)多?倍"
                     r",\s*)?"
                     r"(?:(?:按|以)(?:不变|可比)(?:价格?|口径)计算|按可比口径|扣除价格因素"
                     # 下降4.6%,剔除同期增发国债一次性增支因素后同口径增长5%: a factor taken out
                     r"|(?:剔除|扣除)[^,;。\d%]{1,20}?因素(?:影响)?后)?"
                     # 90078人,累计完成数比上年上升21.9%: the figure named again (modifiers.yaml)
                     r"(?:[,\s]*(?:" + "|".join(sorted(map(re.escape, data.RESTATED_FIGURE),
                                                     key=len, reverse=True)) + r"))?"
                     r"[,\s]*(?:分别)?[,\s]*"
                     r"(?:仅|只|也|亦|仍)?"     # 664万辆,仅同比增长5.3%: an adverb before the change
                     r"(?:[两三四五六七八九十]年)?$")   # 1.3万亿元,五年年均增长17%: the years of the change
_SHARE_BETWEEN = re.compile(r"[,、]占[^,;。\d]{1,12}(?:\(下同\))?")   # a share written between a figure and its change (占一般公共预算支出的(下同)7.8%)
# a part's figure in brackets between a figure and its change (收入28.7亿元(不含辽滨经开区36.4亿元),
# 可比口径同比增长5.2%): the change is the figure's before the bracket, the part is its metric's
# (…99479元(折合13969美元),比上年增长5.4%: the figure converted, in brackets, as a part's)
_ASIDE_OPEN = re.compile(r"\((?:含|不含|包括|不包括|其中:?|折合|约合|折算)[^()\d,;。]{0,16}")
_ASIDE_CLOSE = re.compile(r"\)")
_CLAUSE_END = re.compile(r"[,;。]")
_RATE_LEFT_BEFORE = re.compile(r"(?:由|从)[^,;。\d%]{0,8}$")
_RATE_LEFT_MOVED = re.compile(r"(?:由|从)[^,;。\d%]{0,8}?(?:上涨|下降|下跌|增长|减少|上升)$")
_RATE_LEFT_AFTER = re.compile(r"(?:转为|转而|(?:拉升|回升|回落|上升|下降|下滑|扩大|收窄|提高|提升|加快|放缓)(?:至|到))")
_GAP_TO_RATE = re.compile(r"[,、](?:高于|低于|快于|慢于)[^,;。\d%]{1,16}$")
_DASH_ITEM = ("——", "--", "—")     # (layout.clean may narrow the dash)
_RUN_IN_ITEM = re.compile(r"[二三四五六七八九十]是")    # 二是加快产业优化升级。: a later item
_THAT_YEAR = "当年"       # periods.yaml: the year the text is on, opening a clause
_THAT_MONTH = "当月"      # periods.yaml: the last month of the period before it
# the recent years written inside a sentence after its figures (2025年,…出口额达192.7亿元,近3年
# 出口额年均增长超30%,…): the period of its own clause only, not of the clauses after it nor of
# the paragraphs after (a sentence opening with it, 近两年,…, dates its sentence as written)
_YEARS_IN_CLAUSE = re.compile(r"近[两三四五六七八九十2-9]年")
_DIGIT = re.compile(r"\d")


def _years_in_clause(text: str, s: int, p: str) -> bool:
    """Is the period ``p`` at ``s`` recent years written after a figure of its sentence
    (_YEARS_IN_CLAUSE), not opening it (近两年,…; 再看近十年两座城市的人口增速。)?

    >>> t = "2025年,出口额达192.7亿元,近3年出口额年均增长超30%。"
    >>> _years_in_clause(t, t.index("近"), "近3年"), _years_in_clause("近3年,增长30%", 0, "近3年")
    (True, False)
    """
    return _YEARS_IN_CLAUSE.fullmatch(p) is not None and _DIGIT.search(text, 0, s) is not None
def _holiday_before(text: str, at: int) -> str | None:
    """The last holiday ``text`` names before ``at`` (context.HOLIDAY_PERIOD), as written: the
    one a holiday written again without its name (这个假期, 整个假期) is; None if it names none.

    >>> _holiday_before("即将到来的“五一”假期,出行需求旺盛。这个假期,预计…", 20)
    '“五一”假期'
    >>> _holiday_before("暑期出行需求旺盛。这个假期,预计…", 12) is None
    True
    """
    if context.HOLIDAY.search(text, 0, at) is None:
        return None
    last = None
    for m in context.HOLIDAY_PERIOD.finditer(text, 0, at):
        last = m.group()
    return last


_THAT_QUARTER = ("该季度", "本季度")   # periods.yaml: the quarter written before it
_YEAR_BEFORE = frozenset({"去年同期", "上年同期"})   # the period the text is on, a year before
_SAME_PERIOD = "同期"     # periods.yaml: the period written before it, opening a clause
# a section's lead-in line ending with a dash (一辆车,折射产业优势“链”动创新阵势——)
_LEAD_IN = re.compile(r"[^。;!?\d]{4,30}——")
# a report's title (政府工作报告, 统计公报, 预算执行情况): its paragraphs go on over its year
# 目前, then a clause that writes a figure (目前,已建成…659所): the figure's time
_NOW_CLAUSE_FIGURE = re.compile(r"[,，][^,，;；。!?]*?\d")
_REPORT_TITLE = re.compile(r"报告|公报|预算|决算|计划|规划|纲要|情况")
# a short topic sentence a paragraph of a profile runs in under (生态环境良好。风光资源充裕。)
_TOPIC_LINE = re.compile(r"(?![再而但从据那这])[\u4e00-\u9fff]{4,8}。")   # (not 再来看江苏。)
_BARE_POINTS = frozenset({"年末", "年底", "年终"})
# a point or a within-year period written inside a sentence after figures of another period
# (…完成牧业产值227.5亿元,年末存栏生猪402.6万头,年内出栏生猪677.2万头…;完成林业产值30.8亿元;
# 基本农田面积526.9万亩;年末拥有农产品加工企业13156家;开展网上销售农产品的农户8.7万户): its
# clause's own, up to the ';' (the clauses after go back to the period before it)
_WITHIN_YEAR = "年内"
_CLAUSE_POINTS = _BARE_POINTS | {_WITHIN_YEAR}
# 年内 is a period set against a year-end point written before it in its clause (年末存栏生猪…,
# 年内出栏生猪677.2万头): the year's whole; elsewhere (a work report's 年内完成投资8000万元, 年内新增
# “四上”企业10家) it is the time of a plan, and the period the paragraph gives holds
# a budget's balance item the year-end point opens (年终结转, 年终结余, 年末滚存结余): the point is
# the item's own, not the total written after it in the sentence (…,年终结转370,639万元,支出总计…)
_BALANCE_ITEM = re.compile(r"(?:滚存)?结[转余]")
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}年")
# a period written with one year (2025年, 截至2025年末, 2025年1—11月; not 2024年至2025年)
_ONE_YEAR = re.compile(r"(?:截[至止](?:到)?|到)?((?:19|20)\d{2}年)[^年]*")


def _period_line_before(text: str, start: int) -> str | None:
    """The period a line right above a headline is made of alone (a kicker: 今年前两月 over
    广西对东盟跨境电商进出口增长超40%): the headline's figures are of it; else None.

    >>> t = "今年前两月\\n广西对东盟跨境电商进出口增长超40%"
    >>> _period_line_before(t, t.index("广西")), _period_line_before(t, 0)
    ('今年前两月', None)
    """
    if start == 0 or text[start - 1] != "\n":
        return None
    line = text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip()
    ps = context.periods(line, []) if 0 < len(line) <= 12 else []
    return ps[0][2] if len(ps) == 1 and ps[0][2] == line else None


def _year_of(period: str) -> str | None:
    """The year a period written with one year names (截至2025年末 → 2025年), else None.

    >>> _year_of("截至2025年末"), _year_of("2025年"), _year_of("2024年至2025年"), _year_of("全年")
    ('2025年', '2025年', None, None)
    """
    m = _ONE_YEAR.fullmatch(period)
    return m.group(1) if m else None


_OTHER_YEAR = re.compile(r"今年|去年|明年|上年|本年")


def _year_after(ups: list[tuple[int, int, str]], year: str | None) -> str | None:
    """The year named by the last of ``ups`` that names one (``year`` if none does); a year
    written relatively (今年, 去年) after it ends it.

    >>> _year_after([(0, 8, "截至2025年末")], None), _year_after([(0, 2, "今年")], "2025年")
    ('2025年', None)
    >>> _year_after([(0, 4, "1-8月")], "2025年")
    '2025年'
    """
    for _s, _e, p in ups:
        y = _year_of(p)
        year = y if y else None if _OTHER_YEAR.search(p) else year
    return year
_YEAR_LAST_MONTH_END = re.compile(r"(?:截[至止](?:到)?|到)?(?:(?:19|20)\d{2}年)?12月(?:末|底)")
_MONTHS_BEFORE = re.compile(r"前[两二三四五六七八九十]个月|1[—–\-~至][2-9]月")
_HISTORY = 10      # years before the document's: a history's, not a period reported on
_CENSUS_TITLE = re.compile(data.CENSUS_TITLE)
# a paragraph opening with what a reporter found in the data (第一财经记者根据各地第七次全国人口普查
# 数据梳理发现,目前,共有143个区…): 目前 after it is the period of the figures, as after 数据显示
_FOUND_LEAD = re.compile(r"^[^,;。]{0,40}?(?:梳理|统计|分析|调查|研究|查询)(?:后)?发现,")
_YEAR_END_POINT = re.compile(r"(?:19|20)\d{2}年(?:年?末|年?底)")
_BREAKS = re.compile(r"\s+")
_RANK_LEAD = re.compile(r"^\)?(?:(?:依旧|依然|仍然|仍|还|继续|持续|始终|一直)?"
                        r"在(?:[^,;。\d]{1,10}|[^,;。\d]{0,4}\d+[个家只座名位][^,;。\d]{0,12}?)中)?"
                        # 在副省级城市中分列第四和第五位; 依旧在10家净利盈利的公司中垫底 (the set
                        # counted, an adverb before it)
                        # (…、湖北(6.7%)位列前三: the bracket closes before the rank)
                        r"(?:总量|总规模|总额|增速|增幅|规模|数量|和|及|与|、"
                        r"|[\u4e00-\u9fff]{0,2}?(?:规模|额度|任务量))*"     # …334.6亿元,业务规模居全省第1位; …治理面积6929.96万亩,治理任务量位居全国前列
                        r"(?:继续|持续|依旧|依然|仍然|始终|并|且|均|仍|还|稳|一直|分别|首次|首度|再次|连续第?[\d一二三四五六七八九十两]+(?:个月|个季度|年|季度))*"
                        r"(?:已经|已)?(?:是|为|成为)?"     # 上海GDP总量3.87万亿,已经是全球第八的城市
                        r"(?:都|均)?(?:保持着?)?"     # 都保持着全国第一的增速,增速高达35.3%
                        # 仅销出1.93万辆,掉到了第4位: a fall to a place (patterns.FALL_RANK)
                        r"(?:掉到了?|掉至|跌到了?|跌至|降至|降到了?|退居|滑落至|下滑至|回落至)?"
                        r"在?$")     # 增速在全省排名第4位
_POINT_PERIOD = re.compile(r"(?:截至|到)?(?:\d{4}年)?(?:年?末|年?底|年终|期末|年?初)"   # (2025年初…余额: a point)
                           r"|本年度?|当年|上年度"
                           # 年末存栏…,年内出栏生猪677.2万头: within the year, held where written
                           r"|年内"
                           # 6月第五周…: a week, held where written (not the next paragraph's)
                           r"|(?:\d{4}年)?\d{1,2}月份?第[一二三四五1-5]周"
                           # 截至2013年6月30日,船队总运力…: a day, held where written
                           r"|截[至止](?:到)?(?:\d{4}年)?\d{1,2}月\d{1,2}日"
                           # 近年来,陕西研制的127项…: years not counted, held where written
                           r"|近年来"
                           # …占全国的12%,近3年年均增长26.8%: an average's years, held where written
                           r"|近[2-9]年"
                           # 截至今年一季度,…普及率达86.7%: a point reached, held where written
                           r"|截[至止](?:到)?(?:\d{4} ?年|今年)?(?:上半年|前三季度|第?[一二三四]季度?)末?")   # 本年, 当年, 上年度 too hold where written,
#                                                    not over a paragraph
# a rank and the figure's name between them: 14种农产品产量居全国第1位
_RANK_NOUN_GAP = re.compile(r"[^\d,;。、:()%]{1,10}")
# a comment drawn from the figures before (…增长了31.9%,可见经历疫情后,中国经济正快速复苏): a
# place named in it is not the subject the next paragraphs go on about
_COMMENT_BEFORE = re.compile(r"(?:可见|由此可见|说明|表明|意味着)[^。!?]*$")
# a rank in the clause right before its figure: 连续16年位居全国首位,增量39.7亿斤
# (上海居榜首,为22663元: the figure is the ranked subject's)
# a rank of growth in the clause before the rate (都保持着全国第一的增速,增速高达35.3%)
_RANK_THEN_RATE = re.compile(r"的?(?:增速|增幅|涨幅),(?:增速|增幅|涨幅)?(?:高达|达到?|为)?"
                             r"|,(?:实际|名义)(?:增速|增幅)?")   # 增速领跑,实际增速超过15%
_RANK_THEN_ABOUT = re.compile(r"不到|不足|超过|约|近")      # 增速垫底,不到10%
# 特斯拉Model Y位居第一,同比增幅接近300%: the rate the ranked one's, named opening the clause
_RANK_THEN_NAMED_RATE = re.compile(r"(?:同比|环比)(?:增速|增幅|涨幅)")
_RANK_THEN_FIGURE = re.compile(r",(?:(?:总量|增量|产量|总额|规模)(?:为|达到?了?)?|为|达到?了?|到达)")
# a superlative of a kind, then the figure in the next clause (拥有全国最多的地级市数量,到达21个;
# 是全省经济增长最快的地区,前三季度GDP增幅达到10.6%)
# (是全国最大的奶山羊养殖基地县,奶山羊存栏达95万只; 是全球食品工业第一大国,行业规模约9.8万亿元:
# the kind named in the rank itself)
_SUPERLATIVE_THEN = re.compile(r"的[\u4e00-\u9fff]{1,10},[^\d,;。%]{0,16}")
_SUPERLATIVE_END = re.compile(r"最[快多高大]$")
_BIG_NOUN_END = re.compile(r"第[一二三四五六七八九十]大[\u4e00-\u9fff]{0,4}?(?:国家|国)$")
_BIG_NOUN_THEN = re.compile(r",[^\d,;。%]{0,16}")
_TOP_EACH_THEN = re.compile(r"的[\u4e00-\u9fff]{1,4},均[^\d,;。%]{0,8}")
_GROWTH_RANKED = ("增幅", "增速", "涨幅")
_GROWTH_RANK_THEN = re.compile(r",(?:同比|环比)?")
# a superlative among a set (patterns.SET_SUPERLATIVE) in a clause with no figure: the figure of
# the clause after it (天津的百万人口大区最少,仅有3个); a ratio's (广东的比例最高,共有27个,占了全国的
# 18.88%) the share written after it, not the count before the share
_SET_RANK_THEN = re.compile(r",[^;。]{0,24}")
_RATIO_RANK = ("比例", "比重", "占比")
_SHARE_LATER = re.compile(r"[^;。]{0,16}?占[^,;。\d%]{0,8}\d")


# a place's rank in the clause before its figure, the metric named again (玉环市排名第二位,人均
# 可支配收入是68138元/年): the clause before the rank holds the place only
_RANK_THEN_NAMED = re.compile(r",[^\d,;。%()]{1,10}?(?:是|为|达到?)")


def _rank_then(t: str, rank, start: int, rate: bool) -> bool:
    """Is the rank ``rank`` (start, end, text) of a clause before the figure at ``start`` that
    figure's?"""
    if (_RANK_THEN_RATE if rate else _RANK_THEN_FIGURE).fullmatch(t, rank[1], start):
        return True
    if rate and t[rank[1]:start] == "," and (_RANK_THEN_ABOUT.match(t, start)
                                             or _RANK_THEN_NAMED_RATE.match(t, start)):
        return True
    if not rate and _RANK_THEN_NAMED.fullmatch(t, rank[1], start):
        cs = max((m.end() for m in _CLAUSE_END.finditer(t, 0, rank[0])), default=0)
        p = context.REGION.match(t, cs)
        while p is not None and p.end() < rank[0] and p.end() > cs:   # 江苏省昆山市
            cs, p = p.end(), context.REGION.match(t, p.end())
        if p is not None and p.end() == rank[0]:
            return True
    if not rate and rank[0] > 0 and _place_opens_rank(t, rank, start):
        return True
    if not rate and SET_SUPERLATIVE.fullmatch(rank[2]) and _SET_RANK_THEN.fullmatch(t, rank[1], start) \
            and SET_BEFORE.search(t, max(0, rank[0] - 40), rank[0]):
        return True
    if rate and SET_SUPERLATIVE.fullmatch(rank[2]) and rank[2][:2] in _GROWTH_RANKED \
            and _GROWTH_RANK_THEN.fullmatch(t, rank[1], start) \
            and SET_BEFORE.search(t, max(0, rank[0] - 40), rank[0]):
        return True               # 其中巴西市场增幅最大,同比增长3.8倍: the rate of the one ranked
    if not rate and rank[2][:1] == "前" and _TOP_EACH_THEN.fullmatch(t, rank[1], start):
        return True               # …成为…前三的国家,均突破10万辆: the figure each reached
    if _BIG_NOUN_END.search(rank[2]) and _BIG_NOUN_THEN.fullmatch(t, rank[1], start):
        return True
    return bool(_SUPERLATIVE_END.search(rank[2])) and bool(
        _SUPERLATIVE_THEN.fullmatch(t, rank[1], start))


# a clause after a list of figures naming the one that leads it (…分别下降24.4%、5.2%、37%以及25.1%,
# 定金及预收款降幅最大): the superlative is that figure's rank
_NAMED_SUPERLATIVE = re.compile(r"(?<=[,;])(?:其中)?([^,;。\d%]{2,12}?)"
                                r"((?:降幅|增幅|涨幅|增速|降速|占比|比重)最(?:大|快|高|小|低|多))(?=[,;。]|$)")


def _named_superlative(t: str, inds: list[_Ind]) -> None:
    for m in _NAMED_SUPERLATIVE.finditer(t):
        before = [i for i in inds if i.end <= m.start()]
        hit = [i for i in before if i.name == m.group(1)]
        if len(hit) == 1 and hit[0].rank is None and len(before) >= 2:
            hit[0].rank, hit[0].rank_span = m.group(2), m.span(2)


# a count of cities (有10个副省级城市…, 16座城市, 10城超万亿, 万亿俱乐部城市增至24个): over the
# whole country when the text is on no one place (c51, c69, c87, c96, c103; the provinces
# counted in c15 and c26 are given none)
# (not sister cities abroad: 国际友城和友好合作关系城市增至254个, 50个友好城市)
_CITIES_AFTER = re.compile(r"[^\d,;。、:()%“”]{0,8}?(?<!友好)(?<!关系)(?<!姊妹)城市"
                           r"|[区县](?=人口|GDP|经济总量)")    # 共有143个区人口超过了100万
_CITIES_BEFORE = re.compile(r"(?<!友好)(?<!关系)(?<!姊妹)城市(?:数量?)?(?:已经|已)?(?:增至|增加到|达到|达|为)$")


def _counts_cities(t: str, ind) -> bool:
    if ind.value is None or ind.unit not in ("个", "座", "城"):
        return False
    return ind.unit == "城" or bool(_CITIES_AFTER.match(t, ind.end)) \
        or bool(_CITIES_BEFORE.search(t, max(0, ind.start - 12), ind.start))


# the noun a rank qualifies (位居前十名的城市, 排名第一的省份), opening its own subject
_RANKED_NOUN = re.compile(data.RANKED_NOUN)   # stops.yaml ranked_noun
# …同比增幅接近300%,排名第4的理想ONE超过了奥迪Q5: any name the rank qualifies (not a measure of
# the figure before it: 排名第一的增速)
_RANKED_NAME = re.compile(r"(?!增速|增幅|增长|速度|水平|成绩|位置|规模|总量|份额|比重|占比)"
                          r"[\u4e00-\u9fffA-Za-z]")


def _place_opens_rank(t: str, rank, start: int) -> bool:
    """A sentence opening with a place and its rank (武汉位列第四,在2020年…的情况下,武汉GDP仍然
    达到1.56万亿; 郑州位列第七,首位度有所提升,GDP破1.2万亿): the rank of that place's first figure
    after it, no other place named between."""
    p = context.REGION.match(t, 0)
    if p is None or p.end() != rank[0]:
        return False
    return all(m.group() == p.group() for m in context.REGION.finditer(t[rank[1]:start]))
# a list of names each with its figure in brackets: 江西(6.9%)、福建(6.7%)、湖北(6.7%)位列前三;
# the rank after the list is every listed figure's
_BRACKET_LIST_GAP = re.compile(r"\)[、和及与]\s*[^\d,;。()]{1,10}\(")
# (东北三省再次垫底,黑龙江、吉林、辽宁分别为0.5%、0.6%和0.64%: the places between)
# (…分列前3,3月销量分别为3.97万辆、2.67万辆、2.28万辆: a month may open the clause)
_EACH_VERB = ("分列", "分居")     # a rank given out over the places listed before it
# a rank verb before a superlative 第X大 (稳居全球第二大经济体): the rank is the verb's, up to 第X
_RANK_VERB_BEFORE = re.compile(r"(?:稳居|位居|跃居|位列|居)$")
_BIG_ORD = re.compile(r"第[一二三四五六七八九十]+(?=大)")
_EACH_AFTER_RANK = re.compile(r"""
    (?: 的?(?:分别|依次)(?:是|为)[^,;。\d%]{1,40} )?   # (前三的分别是A、B和C,分别为…: the names listed)
    ,(?:\d{1,2}月份?)?[^,;。\d%]{0,16}?分别(?:占|为|是|有|达到?)""", re.VERBOSE)
_GROUP_RANK_WORD = re.compile(r"前|后[二三四五六七八九十\d]|垫底|^最")
# a superlative closing the clause of a list of names, their figures after it (计算机、休闲服务和
# 传媒行业的公司最多,分别有6家、6家、5家): the group's rank, each figure's
_LIST_SUPERLATIVE = re.compile(r"(?<=[\u4e00-\u9fff])最(?:多|高|大|快)(?=,[^,;。\d%]{0,16}?分别)")
_RANK_ALL = re.compile(r"^(?:总量|总规模|总额|增速|增幅|规模|数量)*(?:均|都)")   # 2家、67家,均居全国第一


# sort keys read in C (operator's getters, not a lambda called per item): the same keys
_AT_START = itemgetter("start")          # a change's dict
_EVENT_ORDER = itemgetter(0, 1)          # an event: (position, order at that position, ...)
_START = attrgetter("start")             # an _Ind


def _years_back(month: str, n: int) -> str:
    """'2021-03' → '2020-03' for n = 1."""
    return f"{int(month[:4]) - n:04d}{month[4:]}"


def _changes(t: str, mask: list[bool], growth_before: bool = False) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for m in CHANGE.finditer(t):
        ls = m.start("list")
        if mask and mask[ls]:
            continue
        verb = m.group("verb") or m.group("short") or m.group("market")
        if verb in ("增速", "增幅") and not m.group("basis") \
                and GAP_RATE_LEAD.search(t, max(0, m.start() - 14), m.start()):
            continue      # 快于经济增速1个百分点: a gap between rates (GAP_RATE), not a change
        if not COUNT_MARK.isdisjoint(t[max(0, ls - 24):ls]) and COUNT_OVER_LINE.search(t, max(0, ls - 24), ls) \
                and not t.startswith("的", m.end()):
            continue      # 8个行业净利润增幅超100%: the line the count is over, not a rate
            #               (8个省份GDP增速超过18.3%的全国平均水平: the nation's, a figure)
        vals = parse_change_list(m.group("list"), ls)
        if vals[0][1] is None and CHANGE_NOT_NUMBER.match(t, vals[0][3]):
            continue      # 进一步减少1-4月份: a heading run into a date, not a change
        if vals[0][1] == "百分点" and not m.group("basis") \
                and RATE_GAP_BEFORE.search(t, 0, m.start()):
            continue      # 增速比1—9月份回落0.4个百分点: a gap between rates, not a figure
        if m.group("pbasis") \
                and (vals[0][1] != "百分点" or RATE_GAP_BEFORE.search(t, 0, m.end("basis"))):
            continue      # (增速比上半年回落0.4个百分点: a gap between rates, as above; only a
            #             share's change in points takes such a basis: 比重…,比上半年回升…)
        dist = bool(m.group("dist1") or m.group("dist2") or m.group("dist3"))
        if len(vals) > 1:
            # without 分别 a list is only a list when written with 、/和 (not a comma)
            keep = [vals[0]]
            for v in vals[1:]:
                if not dist and "," in t[keep[-1][3]:v[2]]:
                    break
                keep.append(v)
            vals = keep
        if len(vals) == 1 and vals[0][1] is not None and t.endswith(vals[0][1], 0, vals[0][3]):
            hi = RANGE_HIGH.match(t, vals[0][3])      # 增长3%—4%: the range as one change
            if hi and t.startswith(vals[0][1], hi.end()):
                vals = [(*vals[0][:3], hi.end() + len(vals[0][1]))]
        basis, start = m.group("basis"), m.start()
        basis = data.BASIS_ABBREV.get(basis, basis) if basis else basis    # 同增17.1%: 同比
        lead = _BASES_LISTED.search(t, max(0, start - 8), start) \
            if basis in _LISTED_BASES and m.group("dist2") and len(vals) > 1 else None
        if lead is not None:
            # 环比、同比分别上升6.8个、3.8个百分点: one figure's changes on the bases listed, in
            # turn; the first is its change (a bulletin's two changes keep the first), the unit
            # written once after the last (6.8个 is 6.8个百分点)
            first, unit = vals[0], vals[-1][1]
            if first[1] in (None, "个") and unit in ("百分点", "%"):
                first = (first[0], unit, first[2], first[3])
            out.append({"start": lead.start(), "end": vals[-1][3], "basis": lead.group("first"),
                        "verb": verb, "vals": [first], "dist": False})
            continue
        if start and t[start - 1] == "对" and m.group("pbasis"):
            basis, start = "对" + basis, start - 1     # 对比上半年回升了约0.8个百分点
        out.append({"start": start, "end": vals[-1][3], "basis": basis,
                    "verb": verb, "vals": vals, "dist": dist})
    if "%" in t:
        # 两年平均增幅从上半年的4.2%提高到4.3%: the rate reached, a change; the one left behind
        # no figure
        for m in (RATE_FROM_TO.finditer(t) if "从" in t or "由" in t else ()):
            ls = m.start("list")
            if (mask and mask[ls]) or any(c["start"] <= ls < c["end"] for c in out):
                continue
            out.append({"start": m.start(), "end": m.end(), "basis": m.group("basis"),
                        "verb": "增长", "vals": parse_change_list(m.group("list"), ls),
                        "dist": False, "taken": m.span("from"),
                        "period_from": m.start(),   # (从上半年的…: the rate left behind's)
                        "rate_of": m.start()})
        # 以8.7%的增速, 实现6.5%的增长: a growth rate in apposition is a change
        for m in GROWTH_APPOS.finditer(t):
            ls = m.start("list")
            if (mask and mask[ls]) or any(c["vals"][0][2] <= ls < c["end"] for c in out):
                continue
            verb = "下降" if m.group("kind") in ("降幅", "下降", "降速", "负增长") else "增长"
            out.append({"start": m.start(), "end": m.end(),
                        "basis": m.group("basis") or m.group("vbasis"),
                        "verb": verb, "vals": parse_change_list(m.group("list"), ls),
                        "dist": False,
                        "name": "GDP" if m.group("metric") else m.group("noun")})
        # 8.2万元/平方米,年涨幅接近10%: the rise of the figure before
        for m in (RISE_AFTER.finditer(t) if "幅" in t else ()):
            ls = m.start("list")
            if (mask and mask[ls]) or any(c["start"] <= ls < c["end"] for c in out):
                continue
            out.append({"start": m.start(), "end": m.end(), "basis": None,
                        "verb": "下降" if m.group("kind") == "降幅" else "增长",
                        "vals": parse_change_list(m.group("list"), ls), "dist": False})
        # 增速下滑至0.1%, 增速达到了6.2%: a rate named before it is a change
        named: list[re.Match] = []
        if "增速" in t or "幅" in t:
            named += RATE_NAMED.finditer(t)
            if "分别" in t:
                named += RATE_NAMED_EACH.finditer(t)      # (环比降幅分别高达41%和60%)
        for m in named:
            ls = m.start("list")
            if (mask and mask[ls]) or any(c["start"] <= ls < c["end"] for c in out):
                continue
            if not COUNT_MARK.isdisjoint(t[max(0, ls - 24):ls]) and COUNT_OVER_LINE.search(t, max(0, ls - 24), ls) \
                    and not t.startswith("的", m.end()):
                continue      # 8个行业净利润增幅超100%: the line the count is over, not a rate
            fall = t[m.start() - 2:m.start()] in ("降幅", "跌幅")
            on = t[m.start() - 4:m.start() - 2]       # 同比降幅皆在30%以上: its basis
            ranked = m.re is RATE_NAMED and m.group("gap")[:2] in ("垫底", "领跑")    # 增速垫底,
            #                                                     不到10%: the rank's
            if t[m.start() - 6:m.start() - 2] == "两年平均":
                on = "两年平均"     # 两年平均增速仅为3%: the base two years before
            out.append({"start": m.start() + 3 if ranked else m.start(), "end": m.end(),
                        "basis": on if on in ("同比", "环比", "两年平均") else None,
                        "verb": "下降" if fall else "增长",
                        "vals": parse_change_list(m.group("list"), ls),
                        "dist": m.re is RATE_NAMED_EACH})
        # 增速仅次于湖北省的58.3%和海南省的19.8%,高于江苏的19.2%: the rates compared with
        for lead in (RATE_COMPARED_LEAD.finditer(t) if "增速" in t or "增幅" in t else ()):
            stop = RATE_COMPARED_STOP.search(t, lead.end())
            for m in RATE_COMPARED.finditer(t, lead.end(), stop.start() if stop else len(t)):
                ls = m.start("list")
                if (mask and mask[ls]) or any(c["start"] <= ls < c["end"] for c in out):
                    continue
                cs = max(lead.end(), max((c.end() for c in _CLAUSE_END.finditer(t, 0, ls)),
                                         default=0))
                out.append({"start": ls, "end": m.end(), "basis": None, "verb": "增长",
                            "vals": parse_change_list(m.group("list"), ls), "dist": False,
                            "name_from": lead.start(), "compared": True,
                            # 高于深圳今年第一季度的2%: the period written with it is its own
                            "period_from": ls if context.PERIOD.search(t, cs, ls) else None})
        # 增速方面,…江西以6.9%领跑全国: a rate given with 以 under a growth frame is a growth
        frame = GROWTH_FRAME.search(t) if "以" in t and ("增速" in t or "增幅" in t) else None
        for m in (BY_RATE.finditer(t, frame.end()) if frame else ()):
            ls = m.start("list")
            if (mask and mask[ls]) or any(c["vals"][0][2] <= ls < c["end"] for c in out):
                continue
            out.append({"start": ls, "end": m.end(), "basis": None, "verb": "增长",
                        "vals": parse_change_list(m.group("list"), ls), "dist": False})
        # 温州(5.2%)、宁波(4.9%)增速…: a rate in brackets after a name, in a sentence about growth
        # (or right after a sentence about growth: 增速有所放缓。其中,广东(3.3%)、江苏(4.6%)…)
        if "(" in t and (growth_before or GROWTH_WORDS.search(t)):
            for m in BRACKET_RATE.finditer(t):
                ls = m.start("list")
                if (mask and mask[ls]) or any(c["vals"][0][2] <= ls < c["end"] for c in out):
                    continue
                out.append({"start": m.start(), "end": m.end("list"), "basis": None,
                            "verb": "增长", "vals": parse_change_list(m.group("list"), ls),
                            "dist": False, "bracket": True})
    if "百分点" in t and ("高于" in t or "低于" in t or "快于" in t or "慢于" in t
                        or "超过" in t or "增速" in t or "增幅" in t):
        # 对俄进出口增速高于全国8.4个百分点: a rate's gap to the nation's, a record of its own
        # unless it follows the rate itself (增长7.7%,高于全国1.8个百分点; 增长15.6%,居全国第5位,…)
        gaps = list(GAP.finditer(t))
        if "增速" in t or "增幅" in t:
            gaps += GAP_METRIC.finditer(t)    # 比同期工业增加值增速高6.7个百分点
            gaps += GAP_RATE.finditer(t)      # 快于经济增速1个百分点
        for m in gaps:
            ls = m.start("list")
            vals = parse_change_list(m.group("list"), ls)
            if (mask and mask[ls]) or any(c["start"] <= ls < c["end"] for c in out) \
                    or not vals or vals[-1][1] != "百分点" or any(
                        c["start"] < m.start() and "%" in str(c["vals"][-1][1])
                        and not GAP_FIGURE_BETWEEN.search(t, c["end"], m.start())
                        and not GAP_OWN_RATE.search(t, c["end"], m.start())
                        and not re.search("[;。]", t[c["end"]:m.start()]) for c in out):
                continue
            vals = [(v, "百分点" if u in ("个", None) else u, a, b) for v, u, a, b in vals]
            out.append({"start": m.start(), "end": vals[-1][3], "basis": m.group("basis"),
                        "verb": "下降" if m.group("dir") in ("低于", "慢于", "低", "慢") else "增长",
                        "vals": vals, "dist": bool(m.group("dist")), "name_from": m.start()})
    if ("由" in t or "从" in t) and ("转为" in t or "至" in t):
        # 鲜菜价格由上月上涨10.6%转为下降4.1%, 保利发展从下跌2.6%拉升至上涨0.43%: the rate left
        # behind is no record (the one it turned to is)
        out = [c for c in out if not (_RATE_LEFT_AFTER.match(t, c["end"])
                                      and _RATE_LEFT_BEFORE.search(t, max(0, c["start"] - 10),
                                                                   c["start"]))]
    if "百分点" in t and ("高于" in t or "低于" in t or "快于" in t or "慢于" in t):
        # 增长20.4%,高于规模以上工业增速12.9个百分点: the rate's gap to another metric's rate,
        # right after the rate itself (as 高于全国…, GAP above): the rate's, not a record
        out = [c for c in out if not (
            c["verb"] in ("增速", "增幅") and c["vals"][-1][1] == "百分点"
            and _GAP_TO_RATE.search(t, max(0, c["start"] - 18), c["start"])
            and any(p["end"] <= c["start"] and "%" in str(p["vals"][-1][1])
                    and not GAP_FIGURE_BETWEEN.search(t, p["end"], c["start"])
                    and not re.search("[;。]", t[p["end"]:c["start"]]) for p in out))]
    if "比" in t and ("少" in t or "多" in t):
        for m in MORE_LESS.finditer(t):
            ls = m.start("list")
            vals = parse_change_list(m.group("list"), ls)
            if (mask and mask[ls]) or any(c["start"] <= ls < c["end"] for c in out) \
                    or not vals or vals[0][1] is None:
                continue
            out.append({"start": m.start(), "end": vals[-1][3], "basis": m.group("basis"),
                        "verb": "减少" if m.group("dir") == "少" else "增加",
                        "vals": vals[:1], "dist": False, "name_from": m.start()})
    if "减" in t or "压缩" in t:
        # 压减一般性支出20%: a reduction with its object between the verb and the number
        for m in REDUCE.finditer(t):
            ls = m.start("list")
            if (mask and mask[ls]) or any(c["start"] <= ls < c["end"] for c in out):
                continue
            vals = parse_change_list(m.group("list"), ls)
            if not vals or vals[0][1] not in _REDUCE_RATE_UNITS:
                # 压减非刚性支出1.19亿元, 压减地下水开采量21.5亿立方米: the amount cut is the
                # line's own figure (a value named by verb and object), not a change
                continue
            out.append({"start": m.start(), "end": vals[0][3], "basis": None,
                        "verb": m.group("verb"), "vals": vals[:1], "dist": False,
                        "name_from": ls})
            end = vals[0][3]
            while (more := REDUCE_MORE.match(t, end)) is not None:   # 、公用经费5%
                ms = more.start("list")
                mv = parse_change_list(more.group("list"), ms)
                if (mask and mask[ms]) or not mv or mv[0][1] not in _REDUCE_RATE_UNITS:
                    break
                out.append({"start": more.start("obj"), "end": mv[0][3], "basis": None,
                            "verb": m.group("verb"), "vals": mv[:1], "dist": False,
                            "name_from": ms})
                end = mv[0][3]
    out.sort(key=_AT_START)
    if "(" in t:
        for c in out:
            if c["basis"] is None and t.startswith("(", c["end"]) \
                    and (b := BASIS_AFTER.match(t, c["end"])) is not None:
                c["basis"] = b.group("basis")    # 增长0.2%(与上年比较,下同)
    if out and any(c["basis"] is None for c in out) and ("相比" in t or "看" in t or ",同" in t
                                                         or ",比" in t or ",较" in t or ",环" in t
                                                         or "普查比较" in t):
        # 与上年相比,一产占比提高0.88个百分点: the frame is the basis of the changes after it
        frames = [(m.end(), m.group("basis") or m.group("view")
                   or ("两年平均" if m.group("two") else None)) for m in BASIS_FRAME.finditer(t)]
        for c in out if frames else ():
            if c["basis"] is None:
                c["basis"] = next((b for e, b in reversed(frames) if e <= c["start"]), None)
    return out


# a list of bases written before one 分别 (环比、同比分别上升6.8个、3.8个百分点; 同比和环比分别
# 增长5.1%和0.3%): the first is the first change's
_LISTED_BASES = frozenset({"同比", "环比"})
_BASES_LISTED = re.compile(r"(?P<first>同比|环比)(?:、|和|与|及)$")
# 压减一般性支出20%: a cut written with its object before the number is a change only as a rate
_REDUCE_RATE_UNITS = frozenset({"%", "百分点", "个百分点", "‰"})


_FROM_LIST_SEP = frozenset({"、", "和", "与"})
# 产量分别为8.05、3.14、0.15和11.39万吨: bare numbers listed before the one that writes the unit
_BARE_LIST = re.compile(r"分别(?:为|是|达到|达)?((?:\d+(?:\.\d+)?(?:、|和|及|与))+)$")
_BARE_NUM = re.compile(r"\d+(?:\.\d+)?")


def _unit_written_once(t: str, qs: list, mask: list[bool] | None) -> list:
    """Add the bare numbers of a list whose unit is written once, after its last number
    (…分别为8.05、3.14、0.15和11.39万吨): each a figure in the last one's unit."""
    out = list(qs)
    for q in qs:
        if q.base in ("%", "") or q.start < 2:
            continue
        m = _BARE_LIST.search(t, max(0, q.start - 40), q.start)
        if m is None:
            continue
        for n in _BARE_NUM.finditer(t, m.start(1), m.end(1)):
            if mask and mask[n.start()]:
                continue
            out.append(QuantityM(n.start(), n.end(), n.group(), q.scale, q.base, False,
                                 float(n.group())))
    if len(out) > len(qs):
        out.sort(key=lambda x: x.start)
    return out


# a budget's metric (一般公共预算收入, 社会保险基金收入): a bare 支出预算 after it is that budget's
_BUDGET_METRIC = re.compile(r"(?:预算|基金)(?:收入|支出)$")
# a list item's heading that names a budget and no figure (1.一般公共预算收支情况。本级收入
# 578609万元…;本级支出…): the paragraph's budget, which the bare sides after it take
_BUDGET_HEADING = re.compile(r"""
    \s*(?:\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、)?\s*   # its list marker
    (一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算)      # the budget
    (?:收支|执行)(?:情况)?[。:]?\s*$""", re.VERBOSE)


# a sentence with no event returns at once (speed only; tests/unit/test_indicator_prefilters.py
# runs the stage without it and compares the records)
_EMPTY_EXIT = True


def _unit_indicators(t: str, prev_name: str | None = None,
                     mask: list[bool] | None = None, topic: str | None = None,
                     growth_before: bool = False, budget: str | None = None,
                     para_budget: str | None = None,
                     head_budget: str | None = None) -> list[_Ind]:
    if mask is None:
        mask = quoted(t)
    changes = _changes(t, mask, growth_before)
    for c in changes:
        if "rate_of" in c:
            # 佛山的两年平均增幅也从…提高到4.3%: a place's rate of the metric named before
            cs = max((m.end() for m in _CLAUSE_END.finditer(t, 0, c["rate_of"])), default=0)
            if names.subject_only(t[cs:c["rate_of"]]):
                c["name"] = prev_name if prev_name and names.canonical(prev_name, None) \
                    else topic
    if len(changes) > 1 and ("从" in t or "由" in t):
        # 增速从2月增长3.0%加快至全年增长6.7%: the rate reached, named from before 从
        keep = []
        for k, c in enumerate(changes):
            nxt = changes[k + 1] if k + 1 < len(changes) else None
            f = FROM_RATE_BEFORE.search(t, max(0, c["start"] - 10), c["start"])
            if nxt is not None and f and len(c["vals"]) == 1 \
                    and RATE_TO_MID.fullmatch(t, c["end"], nxt["start"]):
                nxt["name_from"] = f.start()
                nxt["period_from"] = nxt["start"]      # 加快至全年增长6.7%: its own period
                nxt["taken"] = (c["vals"][0][2], c["end"])
                continue
            keep.append(c)
        changes = keep
    pulls: list[_Ind] = []
    for m in (PULL.finditer(t) if "拉动" in t else ()):
        ls, le = m.span("list")
        if mask and mask[ls]:
            continue
        for n in PULL_NUMBER.finditer(t, ls, le):
            end = n.end() + (1 if t.startswith("个", n.end()) else 0)
            end = le if n.end() + 5 >= le else end      # the last one: 2.99个百分点
            pulls.append(_Ind(n.start(), end, parse_arabic(n.group()), "百分点", "",
                              "个百分点", name_from=m.start(), extent=end))
        changes = [c for c in changes if not ls <= c["vals"][0][2] < le]
    moves = [m.span() for m in RANK_MOVE.finditer(t)] \
        if "排名" in t or "位次" in t or "排位" in t or "名次" in t else []
    if "位," in t:
        moves += [m.span() for m in RANK_MOVE_AFTER.finditer(t)]
    if "排名" in t or "位次" in t:     # (排名与上一年度相比,深圳下降了4位)
        at = min(i for i in (t.find("排名"), t.find("位次")) if i >= 0)
        moves += [m.span() for m in RANK_MOVE_LATER.finditer(t, at)]
    if moves:                     # 位次前移2位, 排名上升3个位次: a move in a ranking
        changes = [c for c in changes if not any(a <= c["start"] < b for a, b in moves)]
    taken = [(c["vals"][0][2], c["end"]) for c in changes] + [(i.start, i.end) for i in pulls] \
        + moves + [c["taken"] for c in changes if "taken" in c]   # the rate a 从…至 left behind
    completions = []
    plans: list[tuple[int, int]] = []     # 为年初预算1,067,400万元的101.2%: the plan's figure
    for m in (COMPLETION.finditer(t) if "%" in t else ()):
        completions.append((m.start(), m.end(), parse_arabic(m.group("num"))))
        if m.group("plan"):
            plans.append(m.span("plan"))
        taken.append((m.start("num"), m.end()))
    for m in (COMPLETION_AFTER.finditer(t) if "完成" in t and "%" in t else ()):
        cs = max((c.end() for c in _CLAUSE_END.finditer(t, 0, m.start() - 1)), default=0)
        if PLAN_BEFORE.search(t, cs, m.start()):
            completions.append((m.start(), m.end(), parse_arabic(m.group("num"))))
            taken.append((m.start("num"), m.end()))
    ranks = []
    hint = RANK_HINT.search(t) is not None
    for m in (rank_matches(t, hint) if hint or "最" in t or "垫底" in t else ()):
        rs = m.start()
        if mask and mask[rs]:
            continue
        for c in changes:         # 以6.2%的增速位居全省前列: 增速 belongs to the change
            if c["start"] <= rs < c["end"] < m.end():
                rs = c["end"]
        re_ = m.end()
        big = _BIG_ORD.search(t, rs, re_) if "大" in m.group() else None
        verb = _RANK_VERB_BEFORE.search(t, max(0, rs - 3), rs) if big else None
        if verb and big:          # 稳居全球第二大经济体: the rank held (稳居全球第二), not the noun
            rs, re_ = verb.start(), big.end()
        ranks.append((rs, re_, t[rs:re_]))
        taken.append((rs, m.end()))   # 居全省11个市第2位: the peers' count is not a figure
    won: set[int] = set()
    for m in (WON_RANK.finditer(t) if "得" in t or "获" in t or "摘" in t or "成为" in t else ()):
        if not (mask and mask[m.start()]) \
                and not any(a < m.end("r") and m.start("r") < b for a, b, _ in ranks):
            ranks.append((m.start("r"), m.end("r"), m.group("r")))
            won.add(m.start("r"))
    if won:
        ranks.sort()
    placed: set[int] = set()
    for m in (PLACE_RANK.finditer(t) if "榜首" in t or "最" in t else ()):
        # 其中榜首的深圳超过了3万亿, 经济总量最小的哈尔滨,…: a bare rank before the place it qualifies
        if not (mask and mask[m.start()]) and context.REGION.match(t, m.end() + 1) \
                and not any(a <= m.start() < b for a, b, _ in ranks):
            ranks.append((m.start(), m.end(), m.group()))
            placed.add(m.start())
    if "分别" in t and "最" in t:
        for m in _LIST_SUPERLATIVE.finditer(t):
            if not (mask and mask[m.start()]) and not any(a <= m.start() < b for a, b, _ in ranks) \
                    and "、" in t[max(0, m.start() - 24):m.start()]:
                ranks.append((m.start(), m.end(), m.group()))
                ranks.sort()
    if placed:
        ranks.sort()
    shares = []
    for m in (SECTOR_RATIO.finditer(t) if "产业" in t else ()):
        if mask and mask[m.start()]:
            continue
        parts = _part_moves(t, m.end(), changes)
        for k, (g, nm) in enumerate(zip("abc", SECTOR_RATIO_NAMES)):
            shares.append(_Ind(m.start(g), m.end(g), parse_arabic(m.group(g)), None,
                               name=nm, extent=m.end(g)))
            if parts:             # 第一产业比重上调1.1个百分点,…: each part's move is its change
                c = parts[k]
                v, u, vs, ve = c["vals"][0]
                shares[-1].change = _change_dict("c", c["verb"], v, u, c["basis"], vs, ve)
                shares[-1].extent = c["end"]
        if parts:
            changes = [c for c in changes if all(c["start"] != p["start"] for p in parts)]
        taken.append((m.start(), m.end()))
    # any structure written as a ratio, its parts then moved one clause each (种植业结构…调整为
    # 54.1∶38.6∶7.3,粮食作物比重下调0.2个百分点,经济作物比重上调…,青饲料比重下调…): a record
    # per part, named by its clause, with its move as its change
    for m in (RATIO.finditer(t) if ":" in t or "∶" in t else ()):
        if any(a <= m.start() < b for a, b in taken) or (mask and mask[m.start()]):
            continue
        nums = list(_RATIO_PART.finditer(t, m.start(), m.end()))
        parts = _part_moves(t, m.end(), changes, len(nums))
        if not parts or any(not p["part"] for p in parts):
            continue
        for n, c in zip(nums, parts):
            v, u, vs, ve = c["vals"][0]
            shares.append(_Ind(n.start(), n.end(), parse_arabic(n.group()), None,
                               name=c["part"], extent=c["end"],
                               change=_change_dict("c", c["verb"], v, u, c["basis"], vs, ve)))
        changes = [c for c in changes if all(c["start"] != p["start"] for p in parts)]
        taken.append((m.start(), m.end()))
    flats = list(FLAT.finditer(t)) if "持平" in t else []
    if "翻" in t:
        flats += DOUBLED.finditer(t)     # 较上年翻一番: up, no value (read as a flat is)
    events: list[tuple[int, int, str, Any]] = []
    qs = quantities(t, mask, taken)
    if qs and "分别" in t:
        qs = _unit_written_once(t, qs, mask)
    from_start: dict[int, int] = {}
    from_year: dict[int, int] = {}      # a figure reached whose year is written before it
    if "从" in t or "由" in t:
        # 从41万亿元增加到63.5万亿元: one figure, the one reached, named from before 从
        drop = set()
        for a, b in zip(qs, qs[1:]):
            f = FROM_BEFORE.search(t, max(0, a.start - 16), a.start)
            if f and FROM_TO_MID.fullmatch(t, a.end, b.start):
                drop.add(id(a))
                from_start[id(b)] = f.start()
                if "年" in t[a.end:b.start] or "如今" in t[a.end:b.start]:
                    # 从2020年的51%提升到2025年的70%: 2025年's (从最初的5头到如今的200多头: 如今's)
                    from_year[id(b)] = b.start
        # 分别从771家、481家增加到1076家、636家: a list left behind, then the list reached
        for i, a in enumerate(qs):
            if id(a) in drop or t[a.end:a.end + 1] not in _FROM_LIST_SEP:
                continue
            f = FROM_BEFORE.search(t, max(0, a.start - 16), a.start)
            if not f:
                continue
            j = i
            while j + 1 < len(qs) and t[qs[j].end:qs[j + 1].start] in _FROM_LIST_SEP:
                j += 1
            left = j - i + 1      # how many figures were left behind
            if left < 2 or j + left >= len(qs) \
                    or not FROM_TO_MID.fullmatch(t, qs[j].end, qs[j + 1].start) \
                    or any(t[qs[k].end:qs[k + 1].start] not in _FROM_LIST_SEP
                           for k in range(j + 1, j + left)):
                continue
            drop.update(id(q) for q in qs[i:j + 1])
            for q in qs[j + 1:j + left + 1]:
                from_start[id(q)] = f.start()
        # 鲜菜价格由上月上涨10.6%转为下降4.1%: the rate left behind (its change is dropped in
        # _changes), no figure either
        drop.update(id(q) for q in qs if _RATE_LEFT_AFTER.match(t, q.end)
                    and _RATE_LEFT_MOVED.search(t, max(0, q.start - 12), q.start))
        qs = [q for q in qs if id(q) not in drop]
    for q in qs:
        if q.base == "倍":
            continue              # 是上年的2倍: a comparison, not a figure
        if q.base == "个百分点" or q.base == "百分点":
            continue              # 高于全国3.2个百分点, 比上半年加快0.8个百分点: a difference
                                  # (a change in points is read by CHANGE: 下降1.6个百分点)
        events.append((q.start, 0, "q", q))
    for c in changes:
        events.append((c["start"], 1, "c", c))
    for p in pulls:
        events.append((p.start, 0, "pull", p))
    for m in flats:
        events.append((m.start(), 1, "d" if m.re is DOUBLED else "f", m))
    for done in completions:
        events.append((done[0], 2, "done", done))
    for r in ranks:
        events.append((r[0], 2, "rank", r))
    events.sort(key=_EVENT_ORDER)
    if not events and not shares and _EMPTY_EXIT:
        return []                 # no figure: every record below is made from an event (what
        #                           follows only reads and changes the records made)

    inds: list[_Ind] = []
    group_id = 0
    last_change_end = 0
    pending_rank = None
    each_rank = None              # a group rank given to each figure of the list after it
    # 位居榜首的无锡,…下滑了1.4万元: the rank of the place it qualifies (one per rank so written:
    # 排名第一的义乌市…77468元/年,…,即便是排名第10位的余姚市(63381元/年))
    place_ranks: list[tuple[Any, str]] = []
    compared = {c["start"] for c in changes if c.get("compared")}   # 高于广东省同期的2%
    asides: list[tuple[_Ind, _Ind]] = []     # (a figure, its part's figure in brackets)
    # (declared: the flat form's values are None, a change's are read; mypyc needs the type)
    vals: list[tuple[Any, Any, int, int]]
    for _pos, _, kind, ev in events:
        if kind == "q":
            # ev.value: the number composed (2万3千多户 → 2.3 万户, 八点五 → 8.5)
            value, unit = ev.value, unit_as_written(ev.scale, ev.base)
            inds.append(_Ind(ev.start, ev.end, value, unit, ev.scale, ev.base, ev.approx,
                             name=ev.name, name_from=from_start.get(id(ev), ev.start),
                             extent=ev.end, share=ev.share, period_from=from_year.get(id(ev)),
                             plan=any(a <= ev.start < b for a, b in plans)))
            if pending_rank is not None and pending_rank[2].startswith(_RATIO_RANK) \
                    and ev.base != "%" and not ev.share and _SHARE_LATER.match(t, ev.end):
                continue          # 比例最高,共有27个,占了全国的18.88%: the share's rank
            if pending_rank is not None and _rank_then(t, pending_rank, ev.start, False):
                inds[-1].rank, inds[-1].rank_span = pending_rank[2], pending_rank[:2]
            elif pending_rank is not None and _GROUP_RANK_WORD.search(pending_rank[2]) \
                    and _EACH_AFTER_RANK.fullmatch(t, pending_rank[1], ev.start):
                # …制造业企业法人单位数位居前三位,分别占17.2%、11.5%和10.9%: the group's rank
                # on every figure of the list after it (分列前3,…分别为: 前3, without the verb
                # that distributes it)
                if pending_rank[2].startswith(_EACH_VERB):
                    pending_rank = (pending_rank[0] + 2, pending_rank[1], pending_rank[2][2:])
                inds[-1].rank, inds[-1].rank_span = pending_rank[2], pending_rank[:2]
                each_rank = pending_rank
            elif each_rank is not None and len(inds) >= 2 and inds[-2].rank == each_rank[2] \
                    and _LIST_SEP.fullmatch(t, inds[-2].end, ev.start):
                inds[-1].rank, inds[-1].rank_span = each_rank[2], each_rank[:2]
            else:
                each_rank = None
            pending_rank = None
        elif kind == "pull":
            inds.append(ev)
        elif kind in ("c", "f", "d"):
            if kind != "c":       # (a flat, or a doubling: no value)
                vals, basis, verb, start, end = [(None, None, ev.start(), ev.end())], \
                    ev.group("basis"), None, ev.start(), ev.end()
            else:
                vals, basis, verb, start, end = ev["vals"], ev["basis"], ev["verb"], \
                    ev["start"], ev["end"]
            # (not a plan's figure written inside a completion: 支出508,075万元,为年初预算631,600
            # 万元的80.4%,较上年决算数下降18.3%: the change of the figure done)
            cands = [i for i in inds if i.value is not None and i.change is None
                     and i.start >= last_change_end and i.end <= start and not i.plan]
            k = len(vals)
            # (after what the figure attached: 214,858万元,完成预算数的94.7%,比2024年增加…)
            if k == 1 and len(cands) >= 2 and vals[0][1] == "%" and cands[-1].unit == "%" \
                    and _SHARE_BETWEEN.fullmatch(t, cands[-2].extent, cands[-1].start) \
                    and _FILLER.match(t[cands[-1].extent:start]):
                cands = cands[:-1]    # 2306亿元,占GDP的26.7%,同比增长16.7%: the share's figure's
                cands[-1].extent = start
            if k == 1 and len(cands) >= 2 and vals[0][1] is not None \
                    and _ASIDE_OPEN.fullmatch(t, cands[-2].extent, cands[-1].start) \
                    and _ASIDE_CLOSE.match(t, cands[-1].extent) \
                    and _FILLER.match(t[cands[-1].extent + 1:start]):
                asides.append((cands[-2], cands[-1]))
                cands = cands[:-1]    # 28.7亿元(不含辽滨经开区36.4亿元),同比增长5.2%
                cands[-1].extent = start
            # 出口1.92万亿元,规模连续第29年居内地外贸城市首位,增长13.5%: the change of the
            # figure whose rank stands between them
            # (a rank written before the figure, 玉环市排名第二位,…是68138元/年, is not between)
            after = cands[-1].rank_span[1] if cands and cands[-1].rank_span \
                and cands[-1].extent <= cands[-1].rank_span[1] <= start \
                else (cands[-1].extent if cands else 0)
            fits = cands and len(cands) >= k and (
                _FILLER.match(t[after:start]) or (k == 1 and _named_again(
                    t, after, start, cands[-1].start))
                or (k == 1 and _counted_noun(t, cands[-1], after, start))) \
                and not (kind == "c" and ev.get("bracket"))
            if fits:
                for ind, (v, u, vs, ve) in zip(cands[-k:], vals):
                    ind.change = _change_dict(kind, verb, v, u, basis, vs, ve)
                    ind.extent = max(ind.extent, ve, end)   # 以6.2%的增速: up to 增速
            elif kind == "c" and _second_change(inds, t, start, last_change_end,
                                                vals[0][1] == "百分点", basis,
                                                k == 1 and vals[0][1] == "%"
                                                and verb not in _REDUCE_VERBS, end):
                # 比年初增加126.4亿元,同比多增18.5亿元: a change of the change;
                # 增长7.3%,比1-10月回落0.2个百分点: a gap between two rates
                last = _last_done(inds)
                prev = last.change    # …完成年初预算的120.2%,比上年增收52,015万元,
                if k == 1 and prev is not None and _budget_rate(t, last, vals[0][1]):
                    last.change = _change_dict(      # 增长8.6%: a budget line's rate
                        kind, verb, vals[0][0], vals[0][1], basis or prev["basis"],
                        vals[0][2], vals[0][3])
                    last.extent = max(last.extent, vals[0][3], end)
            elif kind == "c":
                group_id += 1
                for v, u, vs, ve in vals:
                    inds.append(_Ind(vs, ve, change=_change_dict(kind, verb, v, u, basis, vs, ve),
                                     name=ev.get("name"),
                                     name_from=ev.get("name_from", start), extent=max(ve, end),
                                     period_from=ev.get("period_from"),
                                     group=group_id if k > 1 else None))
                if pending_rank is not None and k == 1 \
                        and _rank_then(t, pending_rank, start, True):
                    inds[-1].rank, inds[-1].rank_span = pending_rank[2], pending_rank[:2]
                    pending_rank = None
            last_change_end = end
        elif kind == "done":
            for ind in reversed(inds):
                if ind.plan:
                    continue      # 为年初预算631,600万元的80.4%: the plan's figure has none
                if ind.extent <= ev[0] and ind.completion is not None \
                        and _FILLER.match(t[ind.extent:ev[0]]):
                    ind.extent = max(ind.extent, ev[1])   # …的80.4%,为调整预算502,100万元的
                    break         # 101.2%: a second completion of the same figure (the first kept)
                if ind.extent <= ev[0] and ind.completion is None and ind.value is not None:
                    ind.completion = ev[2]
                    ind.extent = max(ind.extent, ev[1])
                    break
        elif kind == "rank":
            clause_start = max((m.end() for m in _CLAUSE_END.finditer(t, 0, ev[0])), default=0)
            if ((t.startswith("的", ev[1]) and context.REGION.match(t, ev[1] + 1))
                    # 不过,位居第三成都,2021年GDP达到了19917亿元: the rank opens its clause,
                    # the place right after it
                    or (ev[0] == clause_start and context.REGION.match(t, ev[1]))) \
                    and not (inds and inds[-1].extent > clause_start):
                place_ranks.append((ev, t[clause_start:ev[0]]))   # (人均GDP)位居榜首的无锡,…
                continue
            if ev[0] in placed:
                continue          # (a bare rank only before the place it qualifies)
            if t.startswith("的", ev[1]) and (_RANKED_NOUN.match(t, ev[1] + 1)
                                              or _RANKED_NAME.match(t, ev[1] + 1)) \
                    and ev[0] == clause_start and not (inds and inds[-1].extent > clause_start):
                pending_rank = ev     # 有11个城市突破了万亿大关,位居前十名的城市分别是…: the rank
                continue              # of the noun after it, not of the figure before (是全省增速
                #                       最快的城市, after 是, is the figure's subject's)
            right_after = inds and inds[-1].extent > clause_start \
                and (_RANK_LEAD.match(t[inds[-1].extent:ev[0]])
                     or _RANK_NOUN_GAP.match(t, inds[-1].extent, ev[0])
                     or (ev[0] in won and bool(WON_RANK.match(t, inds[-1].extent))))
            # 分别以311.26亿元、282.08亿元和254.43亿元获得…前三名: each listed figure's
            each = ev[0] in won and t[ev[0]] == "前"
            if not _RANK_LEAD.match(t[clause_start:ev[0]]) and not right_after:
                if not (inds and inds[-1].extent > clause_start):
                    pending_rank = ev     # 连续16年位居全国首位,增量39.7亿斤: the next figure's
                continue      # 工业企业增加值增速居全省前列: a rank of another subject
                              # (以1520.3亿元排名第二位: the rank of the figure before it;
                              # 14种农产品产量居全国第1位: the figure's, its name between)
            if not inds:
                pending_rank = ev         # the sentence opens with the rank: the next figure's
                continue
            if inds[-1].extent < clause_start and _other_subject_between(
                    t, inds[-1].extent, clause_start):
                continue      # …增加至24个,长沙依然未能跻身“十强”,居第15位: 长沙's rank
            if _distribute_rank(t, inds, ev):
                continue          # 分别增长6%、5.2%、5.2%,分别居全国第二、第七、第九
            every = bool(_RANK_ALL.match(t[clause_start:ev[0]]))
            later = None
            skipped = False
            for ind in reversed(inds):
                if ind.start in compared and ind.value is None and ind.rank is None:
                    skipped = True    # 增速高于…广东省同期的2%,全国的2.5%,在四大一线城市中
                    continue          # 排名第一: the rates compared with are not the subject's
                if ind.value is None and ind.rank is None and ind.change is not None \
                        and ind.change.get("basis") in _OWN_BASES and later is None \
                        and not _RATE_WORD.search(t, clause_start, ev[1]) \
                        and any(i.value is not None and i.change is not None for i in inds
                                if i.end <= ind.start):
                    skipped = True    # …30664.85亿元,比上年增长6.7%,两年平均增长4.9%,…,在全国所有
                    continue          # 城市中位居第三: the level's rank, not the rate's over two years
                if ind.extent <= ev[0]:
                    if ind.rank is not None:
                        break
                    if later is not None and not every \
                            and not _BRACKET_LIST_GAP.fullmatch(t, ind.end, later.start) \
                            and not (each and _LIST_SEP.fullmatch(t, ind.end, later.start)):
                        break
                    ind.rank, ind.rank_span = ev[2], (ev[0], ev[1])
                    if not skipped:
                        ind.extent = max(ind.extent, ev[1])
                    later = ind
                    if every and ind.value is None:
                        break     # 均居全国第一: every figure before it (until one ranked)
    inds.sort(key=_START)
    inds = _change_then_value(t, inds)
    if "%" in t:
        _place_rate_list(t, inds)
    names.resolve(t, inds, prev_name, topic, budget, para_budget, head_budget)
    for whole, part in asides:
        part.name = whole.name    # (不含辽滨经开区36.4亿元): the same metric, a part's
    for pr in place_ranks:
        _give_place_rank(t, inds, *pr)
    if "最" in t:
        _named_superlative(t, inds)
    if shares:                    # named by their place in the ratio, not by the clause
        inds = sorted(inds + shares, key=_START)
    return inds


def _give_place_rank(t: str, inds: list[_Ind], ev, metric: str) -> None:
    """A rank that qualifies a place (即便是位居榜首的无锡,2020年的人均GDP也比2019年下滑了1.4万元;
    人均GDP位居榜首的无锡,2019年的统计人口为659万左右,…人均GDP稀释了1.4万元) is the rank of that
    place's figure of the metric written before the rank, else of its first figure."""
    after = [i for i in inds if i.start >= ev[1] and i.rank is None]
    ords = list(_RANK_ORD.finditer(ev[2]))
    if len(ords) >= 2 and len(after) >= len(ords) and all(
            _LIST_SEP.fullmatch(t, a.end, b.start) for a, b in zip(after, after[1:len(ords)])):
        # 排名第一和第二的贵阳和合肥,GDP增幅分别达到了284%和272%: one ordinal a figure, the
        # first as written with its verb (排名第一), the others as their ordinal (第二)
        rs = ev[0]
        for j, (one, m) in enumerate(zip(after, ords)):
            a = rs if j == 0 else rs + m.start()
            one.rank, one.rank_span = t[a:rs + m.end()], (a, rs + m.end())
        return
    metric = metric.strip(",、 ")
    ind = next((i for i in after if len(metric) >= 2 and metric in (i.name or "")),
               after[0] if after else None)
    if ind is not None:
        ind.rank, ind.rank_span = ev[2], (ev[0], ev[1])


_COMPARED_WORD = re.compile(r"高于|低于|快于|慢于|超过|好于")
_COMPARED_BEFORE = re.compile(r"(?:高于|低于|快于|慢于|超过|好于)[^,;。\d]{0,8}$")


def _compared_period(t: str, p: tuple[int, int, str]) -> bool:
    """Is a period written in a comparison, the period of the figure compared with (增速高于深圳
    今年第一季度的2%), which the sentences after it do not take?"""
    return t.startswith("的", p[1]) and p[1] + 1 < len(t) and t[p[1] + 1].isdigit() \
        and bool(_COMPARED_BEFORE.search(t, max(0, p[0] - 12), p[0]))


def _event_within(text: str, ups: list[tuple[int, int, str]], period: str | None,
                  carried: str | None, dates: context.DateContext,
                  mask: list[bool] | None = None) -> bool:
    """Is the paragraph's first period, written in a later sentence with no figure, only the
    date of an event inside the period carried (…占GDP比重超过30%。今年4月,深圳市市长…强调…:
    April, inside 上半年), so that figures before it keep the period carried? With none
    carried, the date of an event named after it (…累计培训东盟电商人才1.4万人次…。今年4月开展
    的“…2026年…行动”,联动…): the figures before it keep none (not a period summed up: …增长
    35.6%、25.5%……上半年,科技创新和产业创新融合发展加速). ``mask``: names (patterns.quoted)."""
    if not period or period == carried:
        return False
    pos = 0
    for s, e, _p in [*ups, (len(text), len(text), "")]:   # its figures, its periods left out
        if any(not (mask and mask[m.start()]) for m in MAY_HOLD_FIGURE.finditer(text, pos, s)):
            return False
        pos = e
    if not carried:
        return any(p == period and _EVENT_DATED.match(text, e) for _s, e, p in ups)
    a, b = context.normalize_period(period, dates), context.normalize_period(carried, dates)
    if a is None or b is None:
        return False
    return b["start"] <= a["start"] <= a["end"] <= b["end"] and a != b


# an event a date is written with (今年4月开展的“…行动”, 3月召开的…大会)
_EVENT_DATED = re.compile(r"(?:开展|举办|举行|召开|启动|发布|开幕|上线|开通|成立|印发|出台)的")
_YEARS_AHEAD = re.compile(r"(?:今后|未来)[两二三四五六七八九十]年")


def _inside_story(period: str, story: str, dates: context.DateContext) -> bool:
    """Is ``period`` a part of the story's period, shorter than it (前两个月 in 一季度)?"""
    a, b = context.normalize_period(period, dates), context.normalize_period(story, dates)
    if not a or not b:
        return False
    return b["start"] <= a["start"] and a["end"] <= b["end"] and a != b


def _years_span(period: str | None, dates: context.DateContext) -> bool:
    """Does ``period`` run over more than one year (“十五五”时期, 近3年)?"""
    pn = context.normalize_period(period, dates) if period else None
    return pn is not None and pn["start"][:4] != pn["end"][:4]


def _plan_ahead(period: str, dates: context.DateContext) -> bool:
    """Is ``period`` a span of years that runs on past the document's year (“十五五”时期 in
    a 2026 story): a plan's, written for what is to come?"""
    pn = context.normalize_period(period, dates)
    ny = dates.now_year
    return pn is not None and ny is not None and pn["start"][:4] != pn["end"][:4] \
        and int(pn["end"][:4]) > ny


def _inside_span(period: str | None, carried: str | None, dates: context.DateContext) -> bool:
    """Is ``period`` a part of a span of past years carried (…2025年旅居人数超550万… in a
    paragraph under 这五年): then it dates its own sentence only, and the paragraph's other
    figures keep the span (a 2026 work report's 十四五 review)?"""
    if not carried or not period or period == carried:
        return False
    a, b = context.normalize_period(period, dates), context.normalize_period(carried, dates)
    if a is None or b is None or b["start"][:4] == b["end"][:4] or not dates.now_year:
        return False
    # a span still running or to come (“十四五”期间 in a 2021 text) is no review
    if b["end"] >= f"{dates.now_year:04d}-{dates.now_month or 12:02d}":
        return False
    return b["start"] <= a["start"] <= a["end"] <= b["end"] and a != b


def _looked_back(period: str | None, carried: str | None, dates: context.DateContext) -> bool:
    """Is ``period`` wholly before the period carried into the paragraph (2024年 under (一)2025年
    预算收支情况: …下降2.6%,未达预算数的主要原因是:2024年增发国债政策退坡…): a look back
    written after figures of the period carried, not their date?"""
    if not carried or not period or period == carried:
        return False
    a, b = context.normalize_period(period, dates), context.normalize_period(carried, dates)
    return a is not None and b is not None and a["end"] < b["start"]


def _other_subject_between(t: str, a: int, b: int) -> bool:
    """Does a clause between a figure (ending at ``a``) and a rank's clause (at ``b``) open
    with a place, the subject the rank is about (…城市已经增加至24个,长沙依然未能跻身“十强”,
    居第15位)?"""
    gap = t[a:b]
    if "," not in gap.rstrip(",;") and ";" not in gap.rstrip(",;"):
        return False
    pos = a
    for piece in _CLAUSE_END.split(gap)[1:]:
        pos = t.index(piece, pos) if piece else pos
        if piece and context.REGION.match(t, pos) and context.is_subject(t, pos):
            return True
    return False


_PARALLEL_GAP = re.compile(r",[^\d,;。%]{1,16}")   # ,农村居民人均可支配收入: a parallel clause's name
_RANK_ORD = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:位|名)?")
_LIST_SEP = re.compile(r"[、,和及与\s]*")


def _distribute_rank(t: str, inds: list[_Ind], ev) -> bool:
    """A list of ranks after as many listed figures (一产、二产、三产增加值分别增长6%、5.2%、
    5.2%,分别居全国第二、第七、第九): the k-th rank is the k-th figure's, each as its ordinal
    (第二, 第七: the shortest phrase that holds it, as c53, c85 and c95 annotate it; c19 gives
    the first its verb and peers). True if done."""
    ords = list(_RANK_ORD.finditer(ev[2]))
    k = len(ords)
    if k < 2 or len(inds) < k:
        return False
    last = inds[-k:]
    each = t.endswith("分别", 0, ev[0])    # 城镇居民…73869元,农村居民…42946元,分别在15个副省级
    if any(i.rank is not None or i.extent > ev[0] for i in last) or not all(   # 城市中居第三和第一
            _LIST_SEP.fullmatch(t, a.end, b.start) or _BRACKET_LIST_GAP.fullmatch(t, a.end, b.start)
            or (each and _PARALLEL_GAP.fullmatch(t, a.end, b.start))
            for a, b in zip(last, last[1:])):     # 海南(9.2%)、内蒙古(7.3%)分列第二、第三位
        return False
    rs = ev[0]
    for ind, m in zip(last, ords):
        a = rs + m.start()
        ind.rank, ind.rank_span = t[a:rs + m.end()], (a, rs + m.end())
        ind.extent = max(ind.extent, rs + m.end())
    return True


# 外贸进出口增长8.4%、达8000亿元 / 铁路运营里程新增1700公里、达7000公里: the change written
# first, then the level reached; one record (the level) that carries the change
_THEN_REACH = re.compile(r"^[、,]\s*(?:总量|总额|规模|总规模)?(?:首次|已|再|稳步|逐步)?"
                         # 收入增长2%,完成643.1亿元 (a budget's plan: the amount to be reached)
                         # 地区生产总值年均增长4.8%,总量接近3万亿元: 接近, the level nearly reached
                         r"(?:达到|达|增至|增加到|提高到|突破|超过|接近|跨过|迈上|完成|收报|收于|报)$"
                         r"|^(?:至|到|收报|收于|报)$")     # 上证指数跌0.4%报2837.43点: the level after     # 提升30元至700元: the change, then the level reached
_ADDED_BEFORE = re.compile(r"(?:新增|增加|净增|增长)$")


# between a place's growth rate and the next place's bare rate: 广州工业增速18.7%,上海20%,北京41.4%;
# 北京平均增长16.7%,上海5.4%,广州4.7%,而深圳为3.2%
_PLACE_RATE_GAP = re.compile(r"[,;]\s*(?:而|其中)?")
_PLACE_RATE_VERB = re.compile(r"(?:则?为|是|达到?)?")


def _place_rate_list(t: str, inds: list[_Ind]) -> None:
    """A rate in % written after a place, right after another place's growth rate of the same
    metric, is that place's growth too (a change-only record, on the same basis)."""
    for a, b in zip(inds, inds[1:]):
        ch = a.change
        if a.value is not None or ch is None or ch.get("unit") != "%" or b.unit != "%" \
                or b.change is not None or b.rank is not None or b.completion is not None \
                or b.value is None:
            continue
        g = _PLACE_RATE_GAP.match(t, a.extent)
        p = context.REGION.match(t, g.end()) if g and g.end() > a.extent else None
        if p is None or _PLACE_RATE_VERB.fullmatch(t, p.end(), b.start) is None:
            continue
        v = b.value
        d = "down" if v < 0 else ch["direction"]
        b.change = {"direction": d, "value": abs(v), "unit": "%", "basis": ch.get("basis"),
                    "start": b.start, "end": b.end}
        b.value, b.unit, b.scale, b.base = None, None, "", ""
        b.group = a.group = a.group or id(a)      # the same metric's name


def _change_then_value(t: str, inds: list[_Ind]) -> list[_Ind]:
    drop: set[int] = set()
    for a, b in zip(inds, inds[1:]):
        if b.value is None or b.change is not None or id(a) in drop \
                or not _THEN_REACH.match(t[a.extent:b.start]) or a.group is not None:
            continue
        if a.value is None and a.change is not None and a.rank is None:
            b.change = a.change                       # 增长8.4%、达8000亿元
            cu = a.change.get("unit")
            if cu in data.SCALES and b.unit and b.unit.startswith(cu) and b.unit != cu:
                b.change = {**a.change, "unit": b.unit}   # 增加了87万至746万人: 万人, as reached
        elif a.change is None and a.value is not None and a.base and a.base == b.base \
                and a.rank is None and a.completion is None \
                and _ADDED_BEFORE.search(t, 0, a.start):
            b.change = {"direction": "up", "value": a.value, "unit": a.unit, "basis": None,
                        "start": a.start, "end": a.end}   # 新增1700公里、达7000公里
        else:
            continue
        b.name_from = min(b.name_from if b.name_from is not None else b.start,
                          a.name_from if a.name_from is not None else a.start)
        drop.add(id(a))
    return [i for i in inds if id(i) not in drop] if drop else inds


# a budget line gives the amount of its change with a fiscal verb (比上年增收52,015万元, 增支,
# 减收) or after the budget's completion (完成预算数的94.7%,比2024年增加14,129万元), then the
# rate (增长8.6%): budget reports keep the rate (c09, c34, c47), bulletins the amount (c18)
_FISCAL_VERB = re.compile(r"(?:增收|增支|减收|减支)$")


def _changes_of_before(before: list[Indicator], own: list[Indicator]) -> bool:
    """A sentence of changes only, after 分别, whose amounts are written in the units of the
    figures of the sentence before (…事故56起、死亡30人、受伤58人、直接经济损失818.92万元。
    相比2023年同期分别减少32起、减少11人、减少58人,分别下降36%、下降26%、下降50%): each amount
    is the change of the figure in its unit, in order; the rates after them are those figures'
    too. Given to them (True) when every amount finds its figure, none holding a change."""
    if any(i.value is not None or i.change is None for i in own):
        return False
    amounts = [i for i in own if i.change.unit not in (None, "%", "百分点")]  # type: ignore[union-attr]
    if len(amounts) < 2:
        return False
    figures = [i for i in before if i.value is not None]
    pairs: list[tuple[Indicator, Indicator]] = []
    k = 0
    for a in amounts:
        while k < len(figures) and figures[k].unit != a.change.unit:  # type: ignore[union-attr]
            k += 1
        if k == len(figures) or figures[k].change is not None:
            return False
        pairs.append((figures[k], a))
        k += 1
    basis = amounts[0].change.basis      # type: ignore[union-attr]
    for fig, a in pairs:
        ch = a.change
        fig.change = ch if ch.basis or not basis else ch.model_copy(  # type: ignore[union-attr]
            update={"basis": basis})
    return True


# the thing a count counts, written right after it (出口了670万辆摩托车,同比增长11%): a noun of a
# few characters, no verb of a clause of its own
_COUNTED = re.compile(r"[\u4e00-\u9fff]{1,5}[,，]\s*$")
_NOT_COUNTED = re.compile(r"[的是为在和与及]|增|减|降|升|达|超|占|比|较|同|完成|实现|新|其中|以上|左右")


def _counted_noun(t: str, fig: _Ind, after: int, start: int) -> bool:
    """Is the gap between a count (in 辆, 台, 吨…) and a change the noun it counts?

    >>> t = "出口了670万辆摩托车,同比增长11%"     # the change 同比增长11% starts at 12
    >>> _counted_noun(t, _Ind(3, 8, 670, "万辆", "万", "辆"), 8, 12)
    True
    >>> _counted_noun("出口了670万辆摩托车的新车型,增长11%", _Ind(3, 8, 670, "万辆", "万", "辆"), 8, 16)
    False
    """
    if fig.unit is None or fig.unit.endswith(("元", "%")) or fig.base in ("", "个百分点", "百分点"):
        return False
    gap = t[after:start]
    return bool(_COUNTED.fullmatch(gap)) and not _NOT_COUNTED.search(gap)


def _last_done(inds: list[_Ind]) -> _Ind:
    """The last record, past a plan's figure written inside its completion (支出3,722,984万元,
    为年初预算3,959,300万元的94%: the figure done)."""
    return next((i for i in reversed(inds) if not i.plan), inds[-1])


def _budget_rate(t: str, prev: _Ind, unit: str | None) -> bool:
    """Is a rate in % after ``prev``'s absolute change the change a budget line keeps?"""
    ch = prev.change
    if unit != "%" or ch is None or ch.get("unit") in (None, "%", "百分点") \
            or prev.value is None:
        return False
    return prev.completion is not None or bool(
        _FISCAL_VERB.search(t, max(0, ch["start"] - 2), ch["start"]))


def _second_change(inds: list[_Ind], t: str, start: int, last_change_end: int,
                   points: bool = False, basis: str | None = None, rate: bool = False,
                   end: int = 0) -> bool:
    """Is this change written right after another change of the same figure? (A change in
    points right after a growth rate in % is a gap between two rates, even without a value;
    a rate in % right after an amount with no level, 常住人口增加224.64万人,增长27.33%, is the
    amount's rate: the figure keeps the amount, as a bulletin's two changes keep the first.)
    A rate on another basis is a figure of its own (增长15.0%,两年平均增长7.6%)."""
    if not inds or last_change_end == 0:
        return False
    prev = _last_done(inds)
    if (basis in _OWN_BASES or (basis and _YEAR_BASIS.search(basis))) and not points \
            and prev.change is not None and prev.change.get("basis") != basis:
        return False      # (also after an absolute change: 比“十三五”时期增加799.2亿元,年均增长2.7%)
    rate_gap = points and prev.change is not None and prev.change.get("unit") == "%"
    amount_rate = rate and prev.value is None and prev.change is not None \
        and prev.change.get("unit") not in (None, "%", "百分点")
    between = t[last_change_end:start]
    return ((prev.value is not None or rate_gap or amount_rate) and prev.change is not None
            and prev.extent == last_change_end
            and bool(_FILLER.match(between) or (rate_gap and _GAP_FILLER.match(between))
                     # 增长1.7%(同口径增长2.5%以上): the same figure's rate on another basis
                     or (between == "(" and basis is not None and _CLOSED_AFTER.match(t, end))))


_PART_OF = ("其中", "其中,")
_CLOSED_AFTER = re.compile(r"(?:以上|左右|多)?\)")
_OWN_BASES = frozenset({"两年平均", "年均", "年平均"})   # a rate over other years: its own record
_RATE_WORD = re.compile(r"增速|增幅|增长|涨幅|降幅|增量|速度")   # a rank of a rate (增速居全国第三)
# 一般性支出同比减少0.6亿元,压减4.4%: a cut in % is the line's own figure (c34), not the amount's rate
_REDUCE_VERBS = frozenset({"压减", "削减", "缩减", "压缩"})
_YEAR_BASIS = re.compile(r"(?:19|20)\d{2}年")    # 同比增长15.1%,比疫情前的2019年同期增长4.9%
def _named_again(t: str, after: int, start: int, fig: int) -> bool:
    """Is the gap ``t[after:start]`` between a figure (at ``fig``) and a change only the name
    written right before the figure, written again (移动互联网用户36.3876万户,移动互联网用户比上年
    增加2.6215万户)?

    >>> t = "移动互联网用户36.3876万户,移动互联网用户比上年增加2.6215万户"
    >>> _named_again(t, 16, 24, 7), _named_again("农村用户1万户,城镇用户比上年增加1万户", 7, 12, 4)
    (True, False)
    """
    name = t[after:start].lstrip(", ")
    return len(name) >= 2 and start - after - len(name) <= 1 and t.endswith(name, 0, fig)


_GAP_FILLER = re.compile(r"^[,\s]*(?:增速|增幅|涨幅|降幅)?(?:(?:比|较)[^,;。]{1,12})?$")
                                            # ,比1-10月 回落…; ,增速比上月回落… (比上月: the basis)


# a structure's parts moved, one clause each, right after the ratio (…调整为18.1∶16.4∶65.5,
# 第一产业比重上调1.1个百分点,第二产业下调0.6个百分点,第三产业下调0.5个百分点)
_PART_MOVE = re.compile(r"[,;]\s*(?P<name>[^,;。\d]{1,10}?)(?:上调|下调|提高|降低|上升|下降|增加|减少)"
                        r"\d+(?:\.\d+)?个?百分点")


_RATIO_PART = re.compile(r"\d+(?:\.\d+)?")


def _part_moves(t: str, pos: int, changes: list[dict], n: int = 3) -> list[dict] | None:
    """The ``n`` changes in points written one per clause right after a ratio of ``n`` parts,
    in order (each part's change, with ``part``: the name its clause writes), else None."""
    out = []
    for _ in range(n):
        m = _PART_MOVE.match(t, pos)
        if not m:
            return None
        c = next((c for c in changes if len(c["vals"]) == 1
                  and m.start() <= c["vals"][0][2] < m.end()), None)
        if c is None:
            return None
        out.append(dict(c, part=m.group("name").strip()))
        pos = m.end()
    return out


def _clause_point(x: tuple[int, int, str], sent_periods: list[str | None],
                  unit_periods: list[tuple[int, str | None]]) -> bool:
    """Is the period ``x`` of a clause a point (年末) or 年内 that a figure of the same sentence
    before it, of another period, makes its clause's own (…增长7.0%,年末存栏生猪402.6万头…;
    …;年末拥有…13156家;…): it is not passed on past the ';'. A sentence opened with the point
    (年末股民开户数…;年末期货公司3家…;证券公司2家) keeps it over its clauses."""
    if x[2] not in _CLAUSE_POINTS:
        return False
    before = sent_periods + [p for st, p in unit_periods if st < x[0]]
    return any(p is not None and not _POINT_PERIOD.fullmatch(p) for p in before)


def _change_dict(kind, verb, v, u, basis, vs, ve) -> dict:
    basis = reported_basis(basis)     # 年均增长: read as a change, its basis null
    if kind in ("f", "d"):    # 持平; 较上年翻一番 (d: a doubling, up with no value)
        return {"direction": "up" if kind == "d" else "flat", "value": None, "unit": None,
                "basis": basis,
                "start": vs, "end": ve}
    d, val = direction(verb, v)
    return {"direction": d, "value": val, "unit": u, "basis": basis, "start": vs, "end": ve}


def extract(cleaned: Cleaned, sentences: list[tuple[int, int]],
            articles: list[ArticleSeg], dates: context.DateContext | None = None
            ) -> list[Indicator]:
    """Indicators of a document; spans in ORIGINAL coordinates, sorted by span.

    ``dates``: what relative periods are resolved against (``context.document_date``); found
    here from the text when not given."""
    text = cleaned.text
    if articles:
        aspans = [a.span for a in articles]
        bodies = [b for a in articles for b in (a.body or [a.span])]
    else:
        aspans = [(0, len(text))]
        bodies = aspans
    bodies = sorted(bodies)
    bstarts = [b[0] for b in bodies]
    bmax_end = []                 # running max of body ends, for the overlap test
    m = -1
    for b in bodies:
        m = max(m, b[1])
        bmax_end.append(m)

    def in_body(sp):          # does the sentence overlap a body span?
        i = bisect.bisect_left(bstarts, sp[1]) - 1
        return i >= 0 and bmax_end[i] > sp[0]

    tabs = tables.rows(text)
    if tabs:                  # table rows are read as tables, not as sentences
        row_spans = sorted((r.start, r.end) for tb in tabs for r in tb)
        rstarts = [a for a, _ in row_spans]

        def in_table(sp):
            i = bisect.bisect_right(rstarts, sp[0]) - 1
            return i >= 0 and row_spans[i][1] >= sp[1]
        sentences = [sp for sp in sentences if not in_table(sp)]
    sents = _body_sentences(text, sentences, in_body)
    # (layout.clean's text is width-normalised: units need not search it for full-width forms)
    units = context.units(text, sents, aspans, narrow=True)
    # an article's headline and the headings inside it are read too (4月工业增加值增长6.5%,
    # 东方财富证券净利逆市大增37%, 2021年,海淀GDP预计为9500亿元: c08, c12, c29 and t11
    # annotate them; a second document's headline after a first one is a heading; a kicker
    # over a headline is printed headline text too: 前三季度我市外贸进出口增长18.6% over
    # 一般贸易成为主力…, t11 after another document): their own units, each a paragraph of
    # its own that passes nothing on (period, topic, subject), read before the bodies
    heads = sorted(h for a in articles if a.kind == "article"
                   for h in [a.title_span, a.kicker_span, *a.subtitle_spans, *a.sections]
                   if h is not None
                   if MAY_HOLD_FIGURE.search(text, h[0], h[1]))
    head_units: list[context.Unit] = []
    if heads:
        taken = set(sents)
        sstarts = [sp[0] for sp in sentences]
        hs = [sp for a, b in heads
              for sp in sentences[bisect.bisect_left(sstarts, a):bisect.bisect_left(sstarts, b)]
              if sp not in taken]
        head_units = context.units(text, hs, aspans, narrow=True) if hs else []
        for k, u in enumerate(head_units):
            u.paragraph = -1 - k

    titles = [a.title or "" for a in articles] if articles else [""]
    if dates is None:
        dates = context.DateContext.of(*context.document_date(text, titles), titles)
    doc_places = context.DocPlaces(text, aspans, titles)
    doc_places.prepare(units)
    if head_units:
        doc_places.add(head_units)
        units = head_units + units
    norms: dict[str | None, PeriodNorm | None] = {}

    # group units by paragraph
    paras: dict[int, list[context.Unit]] = {}
    for u in units:
        paras.setdefault(u.paragraph, []).append(u)

    out: list[Indicator] = []
    # a period the title gives (《…2015年第三季度经济运行分析》) until the text writes one
    article_period: dict[int, str | None] = {
        k: context.title_period(titles[k] if k < len(titles) else "", text[s:s + 200])
        for k, (s, _) in enumerate(aspans)}
    title_period = dict(article_period)
    # 关于某市2025年预算执行情况和2026年预算草案的报告: the figures before the text writes a
    # period are the year carried out (its parts are not reset to it: a part on 2026 says so)
    for k in article_period:
        if article_period[k] is None and k < len(titles):
            article_period[k] = context.budget_title_year(titles[k])
    # (both of the byline's forms end with 报》: found by str.find before the pattern, which is
    # tried at every character)
    features = {k for k, (s, _) in enumerate(aspans) if text.find("报》", s, s + 300) >= 0
                and _FEATURE_BYLINE.search(text, s, s + 300)}
    # a newspaper's story with no reporter's byline (《人民日报》(2026年03月30日第 01 版), 本报南昌
    # 3月29日电): its scenes' 如今 holds in their paragraph too, as a feature's
    dispatches = {k for k, (s, _) in enumerate(aspans) if next(_paper_sources(text, s, s + 300), None)}
    reports = {k for k in range(len(aspans)) if k < len(titles) and _REPORT_TITLE.search(titles[k])}
    census = {k for k in range(len(aspans)) if k < len(titles) and _CENSUS_TITLE.search(titles[k])}
    parks = {k: p for k, (s, _e) in enumerate(aspans) if k < len(titles)
             and (p := context.park_title(titles[k], text[s:s + 200]))}   # 柳河开发区
    # an article whose title names one company (解读中海集运半年报): its figures of no other
    # subject and no place are the company's
    companies = {k: c for k, (s, e) in enumerate(aspans) if k < len(titles)
                 and (c := context.company_title(titles[k], text[s:e]))}
    # a feature's section headings (用心用情解决好人民群众急难愁盼问题): each section starts again
    # from the story's period, not one the section before ended with
    feature_heads = sorted(h[0] for k, a in enumerate(articles or ()) if k in features
                           for h in a.sections)
    last_end = 0     # where the paragraph before ends (a part heading may stand between)
    enum_base: dict[int, str | None] = {}   # article → the period its list items inherit
    # article → the period passed on when its list opened (by the paragraph that opens it)
    list_period: dict[int, str | None] = {}
    # article → the period its last paragraph opened with, and where that paragraph ends
    prev_lead: dict[int, tuple[str | None, int]] = {}
    topics: dict[int, str] = {}
    budgets: dict[int, str] = {}     # article → its last budget metric named (names.resolve)
    # article → the budget level (市直, 市本级) a paragraph opened with: the paragraphs after it
    # that name no subject are its, until a heading (context.budget_level)
    level: dict[int, tuple[str, str | None]] = {}
    part_base: dict[int, str | None] = {}    # article → the period its part heading writes
    lead_base: dict[int, str] = {}   # article → the lead of the paragraph opening its part
    dash_before: dict[int, bool] = {}    # article → was its paragraph before a dash item
    section_period: dict[int, str | None] = {}   # article → the period its last heading wrote
    last_place: dict[int, str] = {}    # article → the subject place its last paragraph named
    # article → a newspaper story's 目前 its last paragraph held (not passed on): the next
    # paragraph takes it only when it opens by going on (同时,知识产权服务达到新水平…)
    held_now: dict[int, str] = {}
    for pid in sorted(paras):
        plist = paras[pid]
        art = plist[0].article
        if pid < 0:               # a headline: what it sets is put back after it
            saved = (dict(article_period), dict(prev_lead), dict(topics), dict(level),
                     dict(enum_base), last_end, doc_places.last_org)
        masks = [quoted(u.text) for u in plist]
        p_periods = [context.periods(u.text, mk) for u, mk in zip(plist, masks)]
        p_periods = [[x for x in ps if x[2] != _WITHIN_YEAR or any(
            p in _BARE_POINTS for _s, e, p in ps if e <= x[0])] for ps in p_periods]
        # 目前 is the period of a paragraph it opens (目前,开发区落户企业55户(其中,…)…; after a
        # source: 数据显示,目前,东莞有19万家工业企业); inside a paragraph it tells what is under
        # way (…总投资524.6亿。目前,…加快建设), not a period
        # (filtered only when a sentence of the paragraph writes it)
        # In an article that is no report (a news story, a feature) 目前 opening a later
        # sentence whose first clause writes a figure dates that sentence's figures (…。目前,
        # 已建成…养老服务中心659所,…; …。目前,复兴号已覆盖…25条高铁线路), outside a speaker's
        # quote (…介绍说:“…。目前,我们一期…年产1000套): not the figures before it nor the
        # sentences after it; one whose clause tells what is under way (…。目前,…加快建设,
        # 第一批600亩…) is no period
        mid_now = False
        if any(p[2] == "目前" for ps in p_periods for p in ps):
            news = art in features or art in dispatches
            src = context.SOURCE_LEAD.match(plist[0].text) or _FOUND_LEAD.match(plist[0].text)
            # (a newspaper story's 目前 opening a later sentence of a paragraph that wrote no
            # period before it: …布局标准化老年食堂,…。目前,已建成…养老服务中心659所: the time
            # of the figures after it; not a report's: seed 004 目前,我们一期… → 今年)
            own = art not in reports
            quote = 0
            kept = []
            for k, ps in enumerate(p_periods):
                kept.append([p for p in ps if p[2] != "目前" or (k == 0 and (
                                 p[0] == 0 or (src is not None and p[0] == src.end())
                                 or (p[0] == 1 and plist[0].text[0] == "“")))   # (a quote
                             #   opening the paragraph with it: “目前,伊利已开发超800个智能体。…)
                             or (own and k and p[0] == 0 and quote <= 0
                                 and _NOW_CLAUSE_FIGURE.match(plist[k].text, p[1]) is not None)
                             or plist[k].text[p[1]:p[1] + 1] not in ",，"
                             or (p[0] == 0 and news and not any(p_periods[:k]))])
                quote += plist[k].text.count("“") - plist[k].text.count("”")
            p_periods = kept
            mid_now = any(p[2] == "目前" for ps in p_periods[1:] for p in ps)
        for k, u in enumerate(plist):
            if (k or art in features) and u.text.startswith(_NOW_LEAD) \
                    and not any(p[0] == 0 for p in p_periods[k]):
                # a sentence opening with 如今, after the past its paragraph has told (…成为“海淀
                # 园”。如今,海淀…; …压根不敢接。”如今,依靠3D打印技术,…只要50元), or a feature's
                # paragraph (如今,走进新城钮扣的生产工厂,…不到30分钟): now, the document's
                # date (periods.yaml reads 如今 after a comma; a report's paragraph opening
                # with it keeps the paragraph's period: seed 002's 如今,全市固废…)
                p_periods[k] = [(0, 2, u.text[:2]), *p_periods[k]]   # (现在,…: as written)
        p_regions = [doc_places.unit(u) for u in plist]
        # the paragraph's first period, for figures written before it; not a year-end point
        # (…356天,…,年末省级以上自然保护区5个: the point is the later figure's own), nor the year
        # a figure reached (…降至3万元左右。…产值也从2024年的2000万元增至2025年的8000万元)
        # nor a part's (…总产值9.1亿元,同比下降5.9%,其中四季度期内5家企业无产值: 其中's own)
        first_ui, first_period = next(((k, p) for k, (u, ps) in enumerate(zip(plist, p_periods))
                                       for s, e, p in ps if not _POINT_PERIOD.fullmatch(p)
                                       and p != _NOW     # (过去,…400元,…。如今,…50元: not the past's)
                                       and not (k and p == "目前")   # (…。目前,…: its own sentence's)
                                       # (…滴滴租车预订量同比上涨30%……这个假期,…: the holiday
                                       # written again dates the figures after it only)
                                       and not ((k or s) and context.HOLIDAY_AGAIN.fullmatch(p))
                                       and not u.text.endswith("其中", 0, s)
                                       and not context.listed_period(u.text, ps, s, e)
                                       and not context.compared_span(u.text, s, e, p)
                                       and not context.reached_year(u.text, s, e, p)
                                       # (…,2024年支出基数中有21.62亿元…: a base's year)
                                       and not context.base_year(u.text, e, p)), (0, None))
        # …320天以上,1-8月PM2.5平均浓度9微克/立方米;拥有耕地211万亩: a first period its own
        # clause's holds for the figures of its sentence only, not for the sentences after
        first_local = first_period is not None and any(
            p == first_period and context.clause_local(plist[first_ui].text, p_periods[first_ui], s)
            for s, _e, p in p_periods[first_ui])
        # 去年 (a period of its own sentence) written after a comma, not opening its sentence
        # (…培育5个国家先进制造业集群。…集聚全国80%以上关键核心技术,去年北斗产业实现产值782
        # 亿元): the figures before it are not that year's (去年,长沙的GDP…: 13270.7亿元 before is)
        first_s = next((s for s, _e, p in p_periods[first_ui] if p == first_period), 0)
        first_mid = first_s > 0 and context.sentence_period(first_period)
        first_at = next(((k, context.chain_end(rs, j).name)     # 安徽省阜阳市: 阜阳市
                         for k, (u, rs) in enumerate(zip(plist, p_regions))
                         for j, (s, e, p) in enumerate(rs) if context.is_subject(u.text, s, e)
                         and not context.in_name(u.text, rs, j)), (0, None))
        #                 (西安、兰州两个铁路局集团公司增幅较大: the bureaus', not the paragraph's)
        first_region = first_at[1]
        # an article of no one place (scenes from many): a paragraph that names no place is
        # about the place the paragraph before named (春节假期,河南省洛阳市…景区内…。\n春节假期,
        # 景区…每天入园人次保持在10万以上)
        after_place = last_place.get(art) if doc_places.home.get(art) is None \
            and not any(p_regions) else None
        if after_place is not None and any(context.opens(plist[0].text, os_)
                                           for os_, _, _ in context.organisations(plist[0].text)):
            after_place = None    # …厦门信达上半年净利…。\n世纪联合控股虽然净利…: a paragraph on
            #                       an organisation of its own, not on the place before
        named = next(((rs, j) for k, (u, rs) in enumerate(zip(plist, p_regions))
                      for j, (s, e, p) in enumerate(rs) if context.is_subject(u.text, s, e)
                      and not context.in_name(u.text, rs, j)
                      # (吉林、上海、山东、广东、河北等地的成交量…: places gone through, not one)
                      and not context.listed_places(u.text, rs, j)
                      # (…增长了31.9%,可见经历疫情后,中国经济正快速复苏: a comment drawn from
                      # the figures, not the place of the paragraphs after it)
                      and not _COMMENT_BEFORE.search(u.text, 0, s)), None)
        if named is not None and pid >= 0:    # (河南省洛阳市…: the place written last)
            last_place[art] = context.chain_end(*named).name
        elif pid >= 0 and (site := next((x for u, rs in zip(plist, p_regions)
                                         for j in range(len(rs))
                                         if (x := context.scene_site(u.text, rs, j))),
                                        None)) is not None:
            last_place[art] = site.name    # 春节假期,位于江苏省南京市江宁区的…门店里顾客盈门。
            #                                (\n…。\n…店内客流量增加了30%): the scene's site
        # the place the paragraph opens on (前三季度,深圳全市…; 广州的投资同样有活力。): its
        # later sentences that name none are about it when it lies under the article's place
        # (news comparing a province's cities), not about the province (context.DocPlaces)
        para_place = context.opening_place(plist[0].text, p_regions[0]) \
            if len(plist) > 1 else None
        # a figure takes the paragraph's subject place only from a sentence before its own
        # (有11个省份超过万亿,…其中广东以…: not 广东's; 全年粮食产量…。分区域看,东部地区…)
        first_subject: tuple[str, str | None] | None = None
        semi_subject: tuple[str, str | None] | None = None
        semi_region = None
        # a numbered part (十、科学技术和教育) of a bulletin starts again from the period its
        # title gives (2025年), not one the part before wrote (全年保障特困人员…); its first
        # paragraph's figures before a period of their own take that period too
        part_start = bool(title_period.get(art)) and any(
            context.part_heading(ln.strip())
            for ln in text[last_end:plist[0].sent_span[0]].split("\n"))
        if part_start:
            article_period[art] = title_period[art]
        # numbered headings crossed before the paragraph (一、2025年预算执行情况, (三)2026年预算
        # 草案, (一)预算收支情况): one that writes a period gives it to its section; one that
        # writes none gives its section the period of the part heading over it, else the lead
        # of the paragraph that opens the part (2025年是…。一年来,…: 2025年), not the period
        # the section before ended with
        for ln in text[last_end:plist[0].sent_span[0]].split("\n") if pid >= 0 else ():
            hd = context.heading_period(ln.strip())
            if hd is None:
                continue
            is_part, hp = hd
            if is_part:
                part_base[art] = hp
                lead_base.pop(art, None)
            sec = hp or part_base.get(art) or lead_base.get(art)
            section_period[art] = hp
            if sec:
                article_period[art] = sec
                enum_base.pop(art, None)
        # a news story's section lead-in (“网联”强基,平台节点提供有力支撑——): its section
        # starts again from the story's period (its title's, else none), not one the section
        # before ended with
        if pid >= 0 and art in features and feature_heads and \
                bisect.bisect_left(feature_heads, last_end) < \
                bisect.bisect_left(feature_heads, plist[0].sent_span[0]):
            article_period[art] = title_period.get(art)
            enum_base.pop(art, None)
        if pid >= 0 and (any(_LEAD_IN.fullmatch(ln.strip())
                             for ln in text[last_end:plist[0].sent_span[0]].split("\n"))
                         or (len(plist) > 1 and art not in reports
                             and not title_period.get(art)
                             and context.year_part(article_period.get(art))
                             and _TOPIC_LINE.fullmatch(plist[0].text.strip()))):
            # (also a profile's paragraph run in under its topic: 生态环境良好。康保天蓝…: not
            # under the months an earlier paragraph reported on (2023年上半年,全县地区生产总值…);
            # a report's topics are items of its years: 政策赋能更为高效。 under “十四五”时期)
            article_period[art] = title_period.get(art)
            enum_base.pop(art, None)
        if art in level and context.heading_between(text, last_end, plist[-1].sent_span[1]):
            del level[art]
        last_end = plist[-1].sent_span[1]
        now = held_now.pop(art, None)
        if now and pid >= 0 and _GOES_ON.match(plist[0].text):
            article_period[art] = now
        carried = article_period.get(art)
        if pid < 0 and carried is None:
            carried = _period_line_before(text, plist[0].sent_span[0])
        # enumerated items ((一)…(九), 一是…) inherit the period of the paragraph that opens
        # the list (刚刚过去的2025年…, 一年来,主要做了以下工作:), not one an earlier item wrote
        # about its own figure (…,全年安全事故起数…)
        item = context.enum_item(plist[0].text)
        # a run of paragraphs each opened by a dash (——经济保持平稳增长。…) is a list too: its
        # first item is the one after a paragraph that is no dash item
        dash = plist[0].text.startswith(_DASH_ITEM)
        if item is None and dash:
            item = 2 if dash_before.get(art) else 1
        dash_before[art] = dash
        if item == 1:     # the list's opening paragraph is the one right before it
            lead, lead_end = prev_lead.get(art, (None, 0))
            list_period[art] = article_period.get(art)
            enum_base[art] = lead if not text[lead_end:plist[0].sent_span[0]].strip() else None
        elif item is None and context.part_heading(plist[0].text):
            enum_base.pop(art, None)
        base = enum_base.get(art) if item else None
        if base:        # an item that opens with its own period (——这五年…): that one
            base = context.item_lead(plist[0].text, p_periods[0]) or base
        if base:
            carried = base
        # a bulletin whose title gives the year: figures before a later 全年 of the paragraph
        # keep the period carried (绿色低碳转型持续深入。…发电量为27.36亿千瓦时…。全年PM2.5…)
        late_whole = first_period == "全年" and carried is not None and carried != "" and (
            bool(title_period.get(art)) or (
                carried != "全年" and not carried.startswith(("截至", "截止"))
                and not _POINT_PERIOD.fullmatch(carried)
                and carried not in (section_period.get(art), part_base.get(art))))
        # (…广州2021年的实际增速为8.1%…。\n…增加值同比增长25.7%,…。…全年产量同比增长87.9%: a
        # year a paragraph before wrote; 一年来,…(三)…。\n深入推进长三角一体化发展,推出35个…。…
        # 全年发运突破千列: the list's) not a heading's (二、2025年财政重点工作: its 全年 after)
        # nor a point the paragraph before ended on (截至11月底,…。\n…比重达到81.5%。全年…)
        # a paragraph that opens with 其中 goes on with the one before: its figures before a
        # later period of its own keep the period carried (其中,东莞的出口总额达6980.5亿元,…,
        # 出口贸易总额占GDP比重在今年首次突破九成)
        late_whole = late_whole or (bool(carried) and plist[0].text.startswith(_PART_OF))
        out_before = len(out)
        # 截至12月底,累计生产原煤1328.91万吨,…;水泥342.14万吨: a month's end that opens a
        # cumulative flow is the months up to it (not a point, as 截至2025年底…累计转移 is)
        flow_points = {p for u, ps in zip(plist, p_periods) for _s, e, p in ps
                       if _MONTH_END_POINT.fullmatch(p) and _CUMULATIVE.match(u.text, e)} \
            if any("累计" in u.text for u in plist) else set()
        para_last = None
        # the year the paragraph's last period written with one names; before any, the year of
        # the period carried into it (2021年,全国…。\n…无锡,全年GDP增速分别为8.2%…: 2021's whole)
        para_year: str | None = _year_of(carried) if carried else None
        span_last = None      # the paragraph's last period that is not a year-end point
        prev_name = None
        para_budget: str | None = None    # the paragraph's last budget metric (一般公共预算收入)
        head_budget: str | None = None    # the budget its heading names (一般公共预算收支情况。)
        prev_out: list[Indicator] = []    # the figures of the sentence right before
        rank_next: str | None = None      # a rank sentence that opens the paragraph's figures
        seen_figures = False
        prev_text = ""
        sent_periods: list[str | None] = []   # the periods of the sentence's figures so far
        # items run in within the paragraph (刚刚过去的2025年,…。一是…。二是…全年接待游客…。
        # 三是…): each takes the paragraph's lead again, not a period an earlier item wrote
        p_lead = context.leading_period(plist[0].text, p_periods[0]) \
            if len(plist) > 1 and p_periods[0] else None
        # the first period only dates an event inside the period carried (…30%。今年4月,…强调)
        event_first = first_ui > 0 and _event_within(plist[first_ui].text, p_periods[first_ui],
                                                     first_period, carried, dates,
                                                     masks[first_ui])
        # a year inside the span of years carried, written in a later sentence (这五年,…。\n
        # …超1万美元。…2025年旅居人数超550万…。…): that sentence's own, not the paragraph's
        in_span = first_ui > 0 and _inside_span(first_period, carried, dates)
        # a first period before the one a heading or the title gives, written after figures
        # (under (一)2025年预算收支情况: …收入总计2,081,074万元。…下降2.6%,未达预算数的主要原因
        # 是:2024年增发国债政策退坡): a look back; the figures before it keep the period carried
        # (a story's running year is no such frame: …人均GDP不少在6~8万元…。2020年,苏中地区…)
        looked_back = (first_ui > 0 or _DIGIT.search(plist[0].text, 0, first_s) is not None) \
            and carried in (section_period.get(art), part_base.get(art), title_period.get(art)) \
            and _looked_back(first_period, carried, dates)
        # a feature's span of years written after its figures (…累计推出235项改革创新经验做法。
        # “‘十五五’时期,我们将…”; …8次牵手夏季达沃斯论坛;…“十四五”时期实际使用外资…): a plan or a
        # review of its own, not the date of the figures before it
        later_span = art in features and _years_span(first_period, dates)
        group_rank: str | None = None
        for ui, (u, ups, urs, mk) in enumerate(zip(plist, p_periods, p_regions, masks)):
            before_text, prev_text = prev_text, u.text
            if not before_text.rstrip().endswith(";"):
                sent_periods = []       # a new sentence (not a clause after ';')
            if art in level and "全" in u.text and context.whole_subject(u.text):
                del level[art]    # 2025年全市地方政府债务余额…: the whole again, not 市本级
            if p_lead and ui and _RUN_IN_ITEM.match(u.text):
                para_last = span_last = p_lead
            orphan = _rank_sentence(cleaned, u, mk)
            if orphan is not None:
                # a sentence that holds a rank and no figure: the rank of the total written in
                # the sentence right before it (…地区生产总值3399.85亿元…。GDP总量超越了沈阳,
                # 位居副省级城市第13位。) or, when it opens the paragraph's figures, of the
                # total in the sentence right after it (成都继续位居副省级城市第三位。数据显示,
                # 成都上半年实现GDP9602.72亿元)
                target = next((i for i in prev_out if i.value is not None), None)
                ranked = next((p.name for a, e, p in urs if context.is_subject(u.text, a, e)),
                              None) if urs else None
                if target is not None and ranked is not None and target.region != ranked:
                    target = None     # …27个省份发布了一季度GDP数据。从GDP总量看,广东省稳居
                    #                   第一: another place's rank, not the figure's
                if target is not None:
                    if target.rank is None and _TOTAL_RANK.search(u.text) \
                            and not _GROWTH_RANK.search(u.text):
                        target.rank = orphan
                elif not seen_figures and not _GROWTH_RANK.search(u.text) \
                        and not _COUNT_RANK.search(u.text):
                    rank_next = orphan    # (…货运业务年均增速全国第一。…已有9家入驻: a growth
                    #                       rank is not the next count's)
                prev_out = []
                continue
            if not MAY_HOLD_FIGURE.search(u.text):
                prev_out = []
                headline = names.named_key(u.text)
                if headline:      # (…发布的GDP增速均为GDP实际增速,…。数据显示,广州2021年的实际
                    topics[art] = headline   # 增速为8.1%: the metric the story goes on about)
                rank_next = None  # (…走在全国前列。完成…任务,…。…兑付资金64.5亿元: the rank
                #                   sentence's next sentence holds no figure: not the later one's)
                if ups:
                    para_last = context.carried([x for x in ups if not (
                        mid_now and ui and x[2] == "目前")]) or para_last
                    para_year = _year_after(ups, para_year)
                    span_last = next((p for _, _, p in reversed(ups)
                                      if not _POINT_PERIOD.fullmatch(p)), None) or span_last
                continue
            uorgs = None
            unit_subject: tuple[str, str | None] | None = None
            outer_region: str | None = None
            # a year-end point written after the paragraph's period (全年…。年末农机总动力…)
            # holds for the stocks after it (…用户, …面积), not for a flow over the year
            # (农产品加工营业收入…): that goes back to the paragraph's period (read by figures
            # only: made here, after the sentences without one have gone on)
            point_after = bool(para_last and span_last and _POINT_PERIOD.fullmatch(para_last)
                               and not span_last.endswith(("底", "末")))   # 6月底: a point too
            flow_back = span_last
            if not point_after and para_last and _YEAR_LAST_MONTH_END.fullmatch(para_last) \
                    and carried and _BARE_YEAR.fullmatch(carried):
                # 2025年,…。\n…12月末,牛羊猪存栏203.21万头…。牛羊猪出栏107.23万头…。猪牛羊肉产量…:
                # the last month's end is the year's end, a point for stocks; flows go on
                # over the year carried
                point_after, flow_back = True, carried
            # the sentence before is about growth: read only for a sentence with a bracket
            # (温州(5.2%)…: _changes), so searched only then
            growth_before = "(" in u.text and bool(before_text) \
                and bool(GROWTH_WORDS.search(before_text))
            uinds = _unit_indicators(u.text, prev_name, mk, topics.get(art), growth_before,
                                     budgets.get(art), para_budget, head_budget)
            if not uinds and (bh := _BUDGET_HEADING.match(u.text)):
                head_budget = bh.group(1)     # 1.一般公共预算收支情况。: the budget of its lines
            # a list item's heading ranking the places it lists (投资增速前二名:中卫市增长36.4%,
            # 吴忠市增长7.5%): the group's rank on every figure after it, through the ';' clauses
            g = GROUP_RANK.search(u.text) if "名:" in u.text else None
            if g is not None and not any(i.start < g.start() for i in uinds):
                group_rank = g.group()
            if group_rank is not None:
                for ind in uinds:
                    if ind.rank is None:
                        ind.rank = group_rank
                if not u.text.rstrip().endswith(";"):
                    group_rank = None
            # 2021年、2022年…分别 …: one period to each figure, in order
            listed = context.distribute_periods(ups, u.text, [i.start for i in uinds])
            # 湖北、安徽和上海分别以…亿元、…亿元和…亿元: one place to each figure, in order
            listed_regions = context.distribute_regions(urs, u.text, [i.start for i in uinds])
            # 融创中国、金地集团、瑞安房地产…,分别以…: one organisation to each figure, in order
            listed_orgs = context.distribute_orgs(u.text, [i.start for i in uinds]) \
                if uinds and "分别" in u.text else {}
            # the sentence's heading place and original span: once for all its figures
            usection = doc_places.section(u) if uinds else None
            uspan = cleaned.to_original(*u.sent_span) if uinds else None
            unit_periods: list[tuple[int, str | None]] = []   # (start, period) of its figures
            for k, ind in enumerate(uinds):
                prev_name = ind.name or prev_name
                keyed = ind.name if ind.name and names.canonical(ind.name, None) else None
                if keyed:
                    topics[art] = keyed        # the article's last keyed metric (names.resolve)
                if ind.name and _BUDGET_METRIC.search(ind.name):
                    budgets[art] = ind.name    # …and budget (一般公共预算收入: 支出预算 after it)
                    para_budget = ind.name     # (the paragraph's: its parts' 支出 names.resolve)
                before = ind.name_from if ind.name_from is not None else ind.start
                # a list item's sentence that writes no period takes the list's (一年来), not
                # one an earlier sentence of the item wrote (全年交通投资…。…存款余额增长6.9%)
                at = ind.period_from if ind.period_from is not None else before
                # 当年 (that year) holds in its own clause only (当年结余658万元,累计结余…)
                # and so does a year-end balance item's (年终结转370,639万元,支出总计…)
                written = next((p for s, e, p in reversed(ups) if e <= at and not (
                    (p == _THAT_YEAR or context.reached_year(u.text, s, e, p)
                     or context.base_year(u.text, e, p)
                     or _years_in_clause(u.text, s, p)
                     or p in _BARE_POINTS and _BALANCE_ITEM.match(u.text, e))
                    and _CLAUSE_END.search(u.text, e, at))), None)
                period = listed.get(k) or written \
                    or (None if base else flow_back if point_after
                        and context.FLOW_NAME.search(ind.name or "")
                        and not context.STOCK_NAME.search(ind.name or "") else para_last) \
                    or (None if base or part_start or late_whole or in_span
                        or (ui < first_ui and event_first) or first_period == _SAME_PERIOD
                        or (first_local and ui > first_ui)
                        or (ui <= first_ui and later_span)
                        or ((first_mid or looked_back)
                            and (ui < first_ui or ui == first_ui and at < first_s))
                        or (ui < first_ui and u.text.lstrip("“\"").startswith(_PAST_LEAD))
                        else first_period) or carried   # (…61.4%。…同期,…: 同期 not before it)
                if period and not written and art in features \
                        and context.STOCK_NOW_NAME.search(ind.name or "") and (
                            period.endswith("以来") or period == first_period and (
                                ui < first_ui or ui == first_ui and at < first_s)):
                    period = None     # 全市燃气管网总长度达1万余公里 (a feature, after 2021年以来,
                    #                   …累计…): a total held now, of no span nor later year
                if uorgs is None:
                    uorgs = context.organisations(u.text)
                region, subject = doc_places.attribute(u, urs, uorgs, before,
                                                       (None if first_at[0] >= ui
                                                        else first_region) or after_place,
                                                       semi_subject or first_subject or (
                                                           level.get(art) if first_region
                                                           is None else None),
                                                       usection, semi_region,
                                                       keyed, para_place if ui else None)
                region = listed_regions.get(k) or context.own_place(urs, u.text, ind.start,
                                                                     ind.end) or region
                if "两" in u.text and len(urs) >= 2:   # 上海和北京,这两座城市…: both
                    region = context.pair_back(u.text, urs, before) or region
                subject = listed_orgs.get(k) or subject
                if (subject is None or context.budget_level((subject, None))) \
                        and (ind.unit or "").endswith("元"):   # (证券公司3家: a kind, counted)
                    subject = context.named_company(ind.name) or subject   # 东楚集团5880万元
                if subject is None and art in parks \
                        and region in (None, doc_places.home_name(art)):
                    subject = parks[art]      # (an article on a park: its figures are the park's)
                if subject is None and region is None and art in companies:
                    subject = companies[art]  # (an article on a company: its figures are its)
                if "(" not in u.text or not context.in_bracket(u.text, ind.start):
                    outer_region = region     # the clause's place, not a bracket's (for ';')
                if (subject is None or region is None) \
                        and (abroad := foreign_subject(u.text, ind.start, ind.end)):
                    region = abroad           # 低于美国28%: a country's own figure (not passed on);
                    #                           a company's figure abroad (在墨西哥,春风动力…销量
                    #                           增长42.9%): that country, the company no region
                org_at = [os_ for os_, oe, _ in uorgs if oe <= before]
                if subject is not None and org_at:
                    own = any(context.opens(u.text, os_) for os_ in org_at)
                    if own and first_subject is None and u is plist[0] \
                            and not context.MARKET_INDEX.fullmatch(subject):
                        #   (not an index: 恒生指数跌1.02%…。消费股领跌,农夫山泉跌逾10%)
                        first_subject = (subject, region)   # the paragraph opens with it
                    if own or not context.budget_level((subject, None)):
                        unit_subject = (subject, region)    # passed over ';': the sentence's,
                        #                                     or an organisation's opening a clause
                back = 1 if period in _YEAR_BEFORE else 0
                if period in (_THAT_YEAR, _THAT_MONTH, _SAME_PERIOD, *_THAT_QUARTER) or back:
                    # 当年: the year the text is on; 去年同期: the months of the period the text
                    # is on, a year before (一季度…。而在去年同期,上海市GDP为…): the period before
                    that = next((p for s, e, p in reversed(ups) if e <= at and p != period
                                 and p not in _YEAR_BEFORE and p != _SAME_PERIOD
                                 and p not in _THAT_QUARTER), None) \
                        or next((p for p in (para_last, first_period, carried)
                                 if p and p != period and p not in _YEAR_BEFORE
                                 and p != _SAME_PERIOD and p not in _THAT_QUARTER), None)
                    norm_key = that if that and that != _THAT_YEAR else None
                elif period == "全年" and (year := _year_after([x for x in ups if x[1] <= at],
                                                               para_year)):
                    norm_key = year     # 2023年,…全年实现营业收入…: that year's whole (截至2025年
                    #                     末,…余额达到18.8万亿元,全年新增…: the year of the point
                    #                     written before it in its paragraph, not the date's)
                elif period in _BARE_POINTS and (year := next(
                        (p for p in (para_last, first_period, carried)
                         if p and _BARE_YEAR.fullmatch(p)), None)):
                    norm_key = year + period    # (一)2025年…:…,年末滚存结余729,679万元: the
                    #                             end of the year in force, not the date's
                elif period and context.HOLIDAY_AGAIN.fullmatch(period):
                    # 这个假期, 整个假期: the holiday the text named last before it (“五一”假期)
                    norm_key = _holiday_before(text, u.cmap[min(at, len(u.cmap) - 1)])
                else:
                    norm_key = period
                if norm_key not in norms:    # one PeriodNorm per period of the document
                    pn = context.normalize_period(norm_key, dates)
                    norms[norm_key] = PeriodNorm(**pn) if pn else None
                norm = norms[norm_key]
                if back and norm is not None:
                    norm = PeriodNorm(start=_years_back(norm.start, back),
                                      end=_years_back(norm.end, back))
                elif period in flow_points and norm is not None and norm.start == norm.end:
                    norm = PeriodNorm(start=norm.start[:5] + "01", end=norm.end)
                elif norm is not None and norm.start == norm.end and norm.end.endswith("-12") \
                        and _YEAR_FLOW.search(ind.name or "") \
                        and "累计" not in u.text[max(u.text.rfind(c, 0, ind.start)
                                                      for c in ",;。") + 1:ind.start]:
                    # 2025年底,成都航空旅客年吞吐量突破9000万人次; 2025年底,林下经济年产值突破
                    # 100亿元: a flow over the year reached by its end, the whole year (not
                    # 截至2025年底,累计完成投资…: since a start the text does not give)
                    norm = PeriodNorm(start=norm.start[:5] + "01", end=norm.end)
                elif period == _THAT_MONTH and norm is not None:
                    # 前三季度,…。当月进出口总量创历史新高,全省进出口0.78万亿元: the last month
                    # of the period before it
                    norm = PeriodNorm(start=norm.end, end=norm.end)
                elif period == _THAT_YEAR and norm is not None and norm.start == norm.end:
                    # 年末登记在册经营主体74.72万户,…其中当年新登记7.07万户: the year of the
                    # year-end point, not the point
                    norm = PeriodNorm(start=norm.start[:5] + "01", end=norm.end[:5] + "12")
                if region is None and subject is None and _counts_cities(u.text, ind):
                    region = "全国"     # 有10个副省级城市GDP超过万亿: cities counted over the
                    #                     country, in a text on no one place
                unit_periods.append((ind.start, period))
                out.append(_indicator(cleaned, u, ind, period, region, norm, subject, uspan))
            if uinds and prev_out and "分别" in u.text \
                    and _changes_of_before(prev_out, out[len(out) - len(uinds):]):
                del out[len(out) - len(uinds):]
                uinds = []
            prev_out = out[len(out) - len(uinds):]
            seen_figures = seen_figures or bool(uinds)
            if rank_next is not None:
                first = next((i for i in prev_out if i.value is not None), None)
                if first is not None and first.rank is None:
                    first.rank = rank_next
                rank_next = None
            # a sentence that ends in ';' passes its subject on (某公司营收41.77亿元;净利润…)
            semi = u.text.rstrip().endswith(";")
            semi_subject = unit_subject if semi else None
            semi_region = outer_region if semi and uinds and any(
                context.is_subject(u.text, s, e) for s, e, _ in urs) else None
            if ups and _COMPARED_WORD.search(u.text):
                ups = [p for p in ups if not _compared_period(u.text, p)]
            if ups and listed:    # 一季度和二季度同比分别增长6.5%和6.3%: a list's periods are
                ups = [x for x in ups if x[2] not in listed.values()]   # its figures' only
            if in_span and all(_inside_span(p, carried, dates) for _, _, p in ups):
                ups = []          # 2025年旅居人数超550万 under 这五年: its own sentence's
            if ups and (sent_periods or uinds):
                ups = [x for x in ups if not _clause_point(x, sent_periods, unit_periods)]
            sent_periods += [p for _, p in unit_periods]
            if ups and uinds:     # …320天以上,1-8月PM2.5平均浓度9微克/立方米: its clause's only
                starts = [i.start for i in uinds]
                ups = [x for x in ups if not context.clause_local(u.text, ups, x[0], starts)]
            if ups:
                # a balance item's year-end point (收支相抵,年终结转402,761万元。) is the item's
                # own: the next sentence's total (…一般公共预算总收入1,671,092万元) is the year's
                para_last = context.carried([x for x in ups if not context.compared_span(
                    u.text, *x) and not context.reached_year(u.text, *x)
                    and not context.base_year(u.text, x[1], x[2])
                    and not (x[2] in _BARE_POINTS and _BALANCE_ITEM.match(u.text, x[1]))
                    and not (mid_now and ui and x[2] == "目前" and not (
                        ui + 1 < len(plist) and _GOES_ON.match(plist[ui + 1].text)))],
                    u.text) or para_last   # (…。目前,…15座污水处理厂…。同时,…300余栋: goes on)
                para_year = _year_after(ups, para_year)
            span_last = next((p for s, _, p in reversed(ups) if not _POINT_PERIOD.fullmatch(p)
                              and not _years_in_clause(u.text, s, p)),
                             None) or span_last
        if context.budget_level(first_subject):
            level[art] = first_subject          # type: ignore[assignment]
        elif first_subject is not None or first_region is not None:
            level.pop(art, None)
        # a year-end point (年末结转5,939万元, 年末各类养老床位数…) holds in its paragraph only
        lead = context.leading_period(plist[0].text, p_periods[0])
        passed = context.passed_on(span_last, lead, p_periods, title_period.get(art))
        if passed == _SAME_PERIOD:    # 1-8月,…。同期,外商投资企业进出口…: 同期 holds in its
            passed = lead if lead != _SAME_PERIOD else None   # paragraph only, the lead goes on
        if passed in context.PAST_SCENES or (passed and ("世纪" in passed or passed.endswith("一年内"))):
            passed = None     # 早些年,…160元。\n恰好…流转了上千亩, 上世纪70年代末,…: the past a
            #                   story tells holds in its paragraph only (一年内预计还有3万户…: a
            #                   forecast's horizon the same)
        if passed is None and art in census and lead and _YEAR_END_POINT.fullmatch(lead):
            passed = lead     # 2023年末,全省共有…: a census's reference point (periods.yaml)
        sec = section_period.get(art)
        if passed and sec and passed != sec and passed.startswith(sec) and \
                context.normalize_period(passed, dates) == context.normalize_period(sec, dates):
            passed = sec      # (三)“十四五”我市财政…: a paragraph's “十四五”时期, the heading's
            #                   period written out, leaves the heading's for the paragraphs after
        if passed and dates.now_year and "年" in passed and passed[-1:] != "来":
            pn = context.normalize_period(passed, dates)
            if pn and pn["start"] > f"{dates.now_year:04d}-{dates.now_month or 12:02d}" and (
                    passed.startswith(("到", "至")) or int(pn["start"][:4]) > dates.now_year + 1):
                passed = None     # 到2025年,规上工业增加值达到6800亿元 (a text on 2021), 2035年
                #                   …将控制在…: a plan's year after the document's date holds in
                #                   its paragraph only (a plan for the next year, 2023年储备项目…
                #                   written in 2022, goes on over the plan)
                # …明确了今后五年的发展目标:…到2035年…: the plan's years the paragraph wrote
                # before that year go on (not a period an earlier paragraph passed)
                passed = next((p for ps in reversed(p_periods) for _, _, p in reversed(ps)
                               if _YEARS_AHEAD.fullmatch(p)), None)
        if passed and passed != lead and len(out) == out_before and dates.now_year \
                and _BARE_YEAR.fullmatch(passed) and int(passed[:4]) < dates.now_year - _HISTORY:
            passed = None     # 历史发展沿革。…1925年康保正式建县,…1952年改属…: a history's years,
            #                   in a paragraph with no figure, are no period of the figures after it
        if passed and _EVENT_SINCE.fullmatch(passed):
            # 自“三北”工程攻坚战打响以来,…: since an event, its paragraph's only; the paragraph's
            # lead goes on (目前,…。“专项行动开展以来,…”: 目前)
            passed = lead if lead and not _EVENT_SINCE.fullmatch(lead) else None
        if passed and (context.HOLIDAY_AGAIN.fullmatch(passed) or (
                art in features or art in dispatches) and len(out) == out_before
                and context.HOLIDAY_PERIOD.fullmatch(passed)):
            passed = None     # …假期公路人员流动量占比…。\n河北高速新增…车位超3900个: the holiday
            #                   written again holds in its paragraph only; a story's holiday
            #                   its paragraph only names (即将到来的“五一”小长假,成为…窗口。) too
        if art in features and passed and _plan_ahead(passed, dates):
            passed = None     # …“十五五”时期,湖南力争…。\n…文旅产业迈上了万亿元台阶: a feature's plan
            #                   years hold in their paragraph; the scenes after are no plan's
        if passed and ((art in features or art in dispatches) and _STORY_TIME.fullmatch(passed)
                       or passed in _NOWS and (art in features or art in dispatches)):
            if passed in _NOWS_HELD:
                held_now[art] = passed
            passed = None     # (…如今,走进新嘉懿公司智慧管控中心,…。\n转型前,…182台染色机: a
            #                   scene's 如今 holds in its paragraph, not over the story after it;
            #                   a story's year too in a newspaper piece with no byline: 2025年,陕建
            #                   承建的146个…。\n…三殿村…打造36栋…: the next paragraph writes none)
            article_period[art] = title_period[art]
        elif art in features and passed and carried and _inside_story(passed, carried, dates) \
                and _MONTHS_BEFORE.fullmatch(passed):
            passed = None     # 一季度,…。\n前两个月,…增长超10%。\n…累计引进20家民营企业: the first
            #                   months of the story's quarter hold in their paragraph only
        if passed:
            article_period[art] = passed
        elif item and list_period.get(art):
            # an item that passes no period of its own leaves the list's for the paragraphs
            # after it ((二)…。\n坚持以科技创新引领产业升级,…: 一年来), not the one an earlier
            # item wrote about its own figure ((一)…全年新登记各类经营主体…)
            article_period[art] = list_period[art]
        if item is None and not any(p_periods) and len(out) == out_before and art in prev_lead:
            # a line between the opening paragraph and its list that writes neither period nor
            # figure (2025年是…。\n主要做了以下工作。\n一是…) passes that paragraph's lead on
            prev_lead[art] = (prev_lead[art][0], plist[-1].sent_span[1])
        else:
            prev_lead[art] = (lead if lead and not _POINT_PERIOD.fullmatch(lead) else None,
                              plist[-1].sent_span[1])
        opened = prev_lead[art][0]
        if pid >= 0 and art not in lead_base and opened:
            lead_base[art] = opened
        if pid < 0:
            article_period, prev_lead, topics, level, enum_base, last_end, \
                doc_places.last_org = saved
    if "”" in cleaned.original:
        _quote_speakers(cleaned.original, out, doc_places)
    if "（" in cleaned.original:
        _subjects_as_written(cleaned.original, out)
    if "中国" in cleaned.original and "银行" in cleaned.original:
        _banks_in_full(cleaned.original, out)
    # (both of the byline's forms hold 报》: the document searched once, only when it writes it)
    byline = "报》" in cleaned.original and _FEATURE_BYLINE.search(cleaned.original) is not None
    if "产业" in cleaned.original and byline:
        _feature_industries(cleaned.original, out)
    if ("届" in cleaned.original or "会" in cleaned.original) and byline:
        _feature_events(cleaned.original, out)
    if "有限公司" in cleaned.original:
        _scene_companies(cleaned.original, out, doc_places)
        _registered_from_city(cleaned.original, out, doc_places)
        _company_short_names(cleaned.original, out)
    if byline:
        _feature_people(cleaned.original, out)
        if "一家" in cleaned.original:
            _unnamed_company_scenes(cleaned.original, out)
    if "财政" in cleaned.original:
        _broad_fiscal_totals(cleaned.original, out)
    if "对" in cleaned.original:
        _partner_trade_heads(out)
    if any(t in cleaned.original for t in data.TOWN_SUFFIXES):
        _town_regions(cleaned.original, out)
    if _VILLAGE_HAS_ANY.search(cleaned.original):
        _village_regions(cleaned.original, out)
    if articles and any(a.sections for a in articles):
        _headings_restated(out, [cleaned.to_original(*h) for a in articles
                                 if a.kind == "article" for h in a.sections])
    if tabs:
        out += _table_indicators(cleaned, tabs, aspans, doc_places, dates, norms, companies)
    for rec in out:
        if rec.subject == "本级":    # 本级收入578609万元 in 唐山市's report: 市本级
            rec.subject = context.own_level(rec.region) or rec.subject
        if rec.subject is not None and rec.canonical in data.PLACE_ONLY_KEYS:
            rec.canonical = None     # 金鸡农庄…有限公司去年接待游客超18万人次: a company's or a
            #                          site's visitors, not the place's tourist arrivals
    out.sort(key=lambda i: (i.span[0], i.span[1]))
    return out


# (not 平鲁区在示范乡村创建中: a word after the county; not 高石庄乡店湾村: a village of it, the
# story's scene, whose figures the county's report keeps)
_TOWN = re.compile(r"(?![在的和与及对从将把为])[\u4e00-\u9fff]{2,3}?(?:"
                   + "|".join(map(re.escape, data.TOWN_SUFFIXES))
                   + r")(?![村镇乡]|[\u4e00-\u9fff]{1,3}村)") if data.TOWN_SUFFIXES else None
# what may stand before the town in its sentence for it to be the subject of the sentences after
# (1983年,桥头镇诞生…; 在浙江温州永嘉县桥头镇): a time or a short lead, 在, its county
_TOWN_LEAD = re.compile(r"[^,;。，；]{0,12}?[,，]?(?:在)?[\u4e00-\u9fff]{0,8}")
_SENT_END = re.compile(r"[。!?;！？；\n]")
_CLAUSE_OPEN = re.compile(r"[,;。:!?，；：！？\s]|在")


def _opens_clause(text: str, at: int) -> bool:
    """Does a clause open at ``at`` (after a mark, a space or 在; not ——桥头纽扣市场, 从桥头出发)?

    >>> [_opens_clause(t, t.index("桥头")) for t in ("此后,桥头纽扣", "市场——桥头纽扣", "从桥头出发", "桥头")]
    [True, False, False, True]
    """
    return at == 0 or _CLAUSE_OPEN.match(text, at - 1) is not None


@functools.cache
def _county_surfaces() -> tuple[frozenset[str], int]:
    """The surfaces that name a county (one of their places), and the longest one's length."""
    ws = frozenset(w for w, codes in places.SURFACES.items()
                   if any(places.PLACES[c].level == "county" for c in codes))
    return ws, max(map(len, ws), default=0)


@functools.cache
def _county_ends() -> frozenset[str]:
    """The last two characters of each surface that names a county (every one has two or more:
    tests/unit/test_indicator_speedups.py): tested before the surfaces of every length ending
    at a position are."""
    return frozenset(w[-2:] for w in _county_surfaces()[0])


def _town_paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs (start, end: between line breaks) where a town's suffix (镇, 乡, 街道) is
    written two or three characters after a county's name, as ``_TOWN`` after a county
    ``find_places`` found needs: every town ``_town_regions`` reads stands in one of them (a
    surface, ``_TOWN`` and its lookahead hold no line break). Most texts have none."""
    counties, longest = _county_surfaces()
    ends = _county_ends()
    out: set[tuple[int, int]] = set()
    for suffix in data.TOWN_SUFFIXES:
        q = text.find(suffix)
        while q >= 0:
            for e in (q - 2, q - 3):
                if e > 1 and text[e - 2:e] in ends \
                        and any(text[e - k:e] in counties for k in range(2, min(longest, e) + 1)):
                    b = text.find("\n", e)
                    out.add((text.rfind("\n", 0, e) + 1, len(text) if b < 0 else b))
                    break
            q = text.find(suffix, q + 1)
    return sorted(out)


def _towns(text: str, found: list[tuple[int, int, str]]) -> dict[str, set[str]]:
    """Town → the names of its county and the places above: each ``_TOWN`` right after a county
    of ``found`` that no other place of ``found`` overlaps."""
    towns: dict[str, set[str]] = {}
    for _s, e, w in found:
        m = _TOWN.match(text, e) if _TOWN is not None else None
        codes = places.SURFACES.get(w, ())
        if m and any(places.PLACES[c].level == "county" for c in codes) \
                and not any(a < m.end() and b > e for a, b, _ in found):
            towns.setdefault(m.group(), set()).update(
                p.name for c in codes if places.PLACES[c].level == "county"
                for p in places.PLACES[c].chain)
    return towns


def _town_regions(text: str, out: list[Indicator]) -> None:
    """A township the text writes right after its county (永嘉县桥头镇, 江门蓬江区杜阮镇,
    modifiers.yaml town_suffixes) is the region of the figures after it where it opens a clause
    (桥头镇的纽扣地摊…发展到40多家; 在江门蓬江区杜阮镇,…汇聚超过1000家企业): in its sentence,
    and in the sentences after it in its paragraph until another place is named. Only a figure
    given the county's region (or a place above it) changes."""
    if _TOWN is None:
        return
    # the whole text's places only when a paragraph that may hold a town holds one: its places
    # there are the whole text's (places.find_in_paragraph), and so are its towns (a town and
    # the places overlapping it stand in its paragraph); most texts hold none (docs/performance.md,
    # twenty-fourth round)
    if not any(_towns(text, places.find_in_paragraph(text, a, b))
               for a, b in _town_paragraphs(text)):
        return
    found = find_places(text)
    towns = _towns(text, found)        # town → the names of its county and the places above
    if not towns:
        return
    # the places a figure's own may be named at (the nation, the town's county and above
    # are not another place: 诞生我国农村第一个…市场)
    others = [(s, w) for s, _, w in found if places.NATION not in places.SURFACES.get(w, ())]
    mentions: list[tuple[int, int, str]] = []   # (start, end, town) where it opens a clause
    for town in towns:
        # the town's name, and its name without the suffix (桥头 for 桥头镇) where that is no
        # place's name (the short name opens a clause alone: 此后数十年间,桥头纽扣产业…)
        short = next((town[:-len(x)] for x in data.TOWN_SUFFIXES if town.endswith(x)), "")
        for name in (town, short) if len(short) >= 2 and short not in places.SURFACES \
                else (town,):
            k = text.find(name)
            while k >= 0:
                a = k
                while True:              # back over the places written before it (江门蓬江区)
                    j = next((s for s, e, _ in found if e == a), None)
                    if j is None:
                        break
                    a = j
                if name == town and _opens_clause(text, a) or (
                        name != town and not text.startswith(town, k) and _opens_clause(text, a)):
                    mentions.append((k, k + len(name), town))
                k = text.find(name, k + len(name))
    mentions.sort()
    # 当地 opening a clause in the paragraph of the town's last mention or the one right after,
    # no place named since (not even its county): the town (…桥头镇诞生…。\n…王碎奶回忆,当地政府…近300个摊位)
    for word in data.TOWN_BACK_REF:
        k = text.find(word)
        while k >= 0:
            last = next((m for m in reversed(mentions) if m[1] <= k), None)
            if last is not None and _opens_clause(text, k) \
                    and text.count("\n", last[1], k) <= 1 \
                    and not any(last[1] <= p < k for p, _w in others):
                bisect.insort(mentions, (k, k + len(word), last[2]))
            k = text.find(word, k + len(word))
    mentions.sort()
    for ind in out:
        fig = ind.span[0]
        para = text.rfind("\n", 0, fig) + 1
        got = next(((s, e, t) for s, e, t in reversed(mentions) if para <= s and e <= fig), None)
        if got is None or ind.region is None or ind.region not in towns[got[2]]:
            continue
        s, e, town = got
        if any(e <= p < fig and not {places.PLACES[c].name for c in places.SURFACES.get(w, ())}
               & towns[town] for p, w in others):
            continue                     # another place named since: its figures are its own
        if _SENT_END.search(text, e, fig):
            # a sentence after the town's: the town goes on if its own sentence named it as the
            # subject of the figures (opening it, not a clause inside a longer one)
            sent = max(text.rfind(c, para, s) for c in "。!?;！？；") + 1
            if sent < para:
                sent = para
            lead = text[sent:s]
            if not _TOWN_LEAD.fullmatch(lead):
                continue
        ind.region = town


# a village written right after its county, or its county and town (梅县区南福村, 刘集镇曹管村):
# its name (not 村民, 村委, 村级: words of the village's people and bodies)
_VILLAGE_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道))?(?P<v>[\u4e00-\u9fff]{2,3}?村)"
                            r"(?![民委级庄落集镇里])")
# the village opening its sentence as the subject that has the figures after it (南福村有金柚种植户
# 450户…; 南福村共有…)
_VILLAGE_HAS = re.compile(r"(?:共|现|目前|现已|已)?(?:有|拥有)(?=[^。!?！？\n]*?\d)")
_SENTENCE_MARKS = "。!?！？;；\n"
# (what a text must write for a village to have figures: most texts are spared the search)
_VILLAGE_HAS_ANY = re.compile(r"村(?:共|现|目前|现已|已)?(?:有|拥有)")


def _village_regions(text: str, out: list[Indicator]) -> None:
    """A village the text writes right after its county (广东梅州梅县区南福村…) that opens a
    sentence as the subject having its figures (南福村有金柚种植户450户、种植面积5000多亩,年总收入
    超5000万元): the region of that sentence's figures, in place of its county's. A village named
    as a story's scene (在刘集镇曹管村,…; 城口县河岸村海拔…的山坡上; 幸福村种植户张玉林…) keeps
    the county, as the corpus's gold gives it (c159, c171, c177, c187)."""
    found = find_places(text)
    villages: dict[str, set[str]] = {}   # village → the names of its county and the places above
    for _s, e, w in found:
        codes = [c for c in places.SURFACES.get(w, ()) if places.PLACES[c].level == "county"]
        m = _VILLAGE_AFTER.match(text, e) if codes else None
        if m and not any(a < m.end() and b > e for a, b, _ in found):
            villages.setdefault(m.group("v"), set()).update(
                p.name for c in codes for p in places.PLACES[c].chain)
    if not villages:
        return
    spans: list[tuple[int, int, str]] = []   # (sentence start, end, village)
    for v in villages:
        k = text.find(v)
        while k >= 0:
            if (k == 0 or text[k - 1] in _SENTENCE_MARKS) and _VILLAGE_HAS.match(text, k + len(v)):
                end = min((i for i in (text.find(c, k) for c in _SENTENCE_MARKS) if i >= 0),
                          default=len(text))
                spans.append((k, end, v))
            k = text.find(v, k + len(v))
    for ind in out:
        got = next((v for a, b, v in spans if a < ind.span[0] < b), None)
        if got is not None and ind.region in villages[got]:
            ind.region = got


# trade with one partner (对拉美出口了670万辆) and a bare trade head after it in its sentence
# (…,出口额同比增长18%): the head is that partner's trade too, not the total
_PARTNER_TRADE = re.compile(r"对[^,;。\d]{1,10}?(?:出口|进口|进出口)")
_TRADE_HEAD = re.compile(r"(?:出口|进口|进出口)(?:额|总额|金额|总值)?")


def _partner_trade_heads(out: list[Indicator]) -> None:
    """A bare trade head (出口额) keyed as the total's, written in the sentence of a figure of
    trade with one partner before it (2025年中国对拉美出口了670万辆摩托车,…,出口额同比增长18%):
    the partner's trade, not the key."""
    prev: Indicator | None = None
    for ind in sorted(out, key=lambda i: i.span[0]):
        if prev is not None and ind.canonical is not None and ind.sentence_span is not None \
                and ind.sentence_span == prev.sentence_span and _TRADE_HEAD.fullmatch(ind.name or "") \
                and _PARTNER_TRADE.match(prev.name or ""):
            ind.canonical = None
            continue          # (the partner goes on to the heads after it)
        prev = ind


def _broad_fiscal_totals(text: str, out: list[Indicator]) -> None:
    """A bare fiscal total (地方财政收入) keyed as the general budget's, when a narrower name
    (一般公共预算收入) gives that key to another figure later in its paragraph: the total with
    the other budgets, not the key (modifiers.yaml broad_fiscal_names)."""
    for ind in out:
        narrow = data.BROAD_FISCAL_NAMES.get(ind.name or "")
        if not narrow or ind.canonical is None or ind.value is None:
            continue
        end = text.find("\n", ind.span[1])
        end = len(text) if end < 0 else end
        if any(o.span[0] >= ind.span[1] and o.span[1] <= end and o.canonical == ind.canonical
               and narrow in (o.name or "") for o in out):
            ind.canonical = None


def _headings_restated(out: list[Indicator], sections: list[tuple[int, int]]) -> None:
    """A section heading's figure that writes no period (航空旅客年吞吐量突破9000万人次, 外贸进出口
    总额超8500亿元 over their paragraphs) restates a figure of the text under it: the period of the
    first figure after it, before the next heading, in the same unit and within 5% of it."""
    ends = sorted(sections)
    for ind in out:
        if ind.period is not None or ind.value is None or not ind.value:
            continue
        h = next((h for h in ends if h[0] <= ind.span[0] and ind.span[1] <= h[1]), None)
        if h is None:
            continue
        nxt = next((a for a, _b in ends if a >= h[1]), None)
        for o in out:
            if o.span[0] < h[1] or (nxt is not None and o.span[0] >= nxt):
                continue
            if o.unit == ind.unit and o.value is not None and o.period is not None \
                    and abs(o.value - ind.value) <= 0.05 * abs(ind.value):
                ind.period, ind.period_norm = o.period, o.period_norm
                break


# a quote's speaker named right after it by a company (“…我们月产超万套。”公司销售总监鞠丹说;
# “…销往40多个国家和地区。”长春百凝盾体育用品器材有限公司总经理王阳介绍): the company the
# quote's figures are about (公司 alone: the company the paragraph named before the quote)
_QUOTE_SPEAKER = re.compile(
    r"[,，]?(?:[\u4e00-\u9fff]{2,20}?、)?(?P<org>[\u4e00-\u9fffA-Za-z0-9()（）·]{2,30}?(?:股份有限公司|有限责任公司|有限公司)|公司)"
    r"[\u4e00-\u9fff]{1,12}?(?:介绍|说|表示|坦言|告诉记者)")
_REGISTERED = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）·]{2,30}?(?:股份有限公司|有限责任公司|有限公司)")
# a quote's speaker named right after it by the company's short name and a title (“…作业效率提升
# 15%。”柳工有关负责人说, after 广西柳工机械股份有限公司 set the scene): the registered name
# written before the quote, in its line or the line before, that holds the short name
_SHORT_SPEAKER = re.compile(
    rf"[,，]?(?P<short>[\u4e00-\u9fff]{{2,4}}?)(?:有关|相关)?(?:{data.OFFICER_TITLE})"
    r"[\u4e00-\u9fff]{0,4}?(?:介绍|说|表示|坦言|告诉记者)")
# a speaker before the quote named by a bare title and his name, opening a sentence after the
# company's registered name (广东先康达生物科技有限公司深耕研发一线…。董事长谢海涛介绍,…,“2025年我们
# 新增合作医院近20家…”): that company's officer, the quote's figures the company's
_TITLE_SPEAKER = re.compile(rf"(?:^|(?<=[。;；!！?？]))(?:{data.OFFICER_TITLE})"
                            r"(?P<person>[\u4e00-\u9fff]{2,3}?)(?:介绍|说|表示|坦言|告诉记者)")
_DESCRIBED = re.compile(r"^[^()（）]*[的者](?=[^的者]{6,}$)")
# a company's officer named with his title (公司总经理陶小亮就发愁: subjects.yaml ``officer_title``)
_OFFICER = re.compile(rf"(?P<org>{_REGISTERED.pattern}|公司)(?:{data.OFFICER_TITLE})"
                      r"(?P<person>[\u4e00-\u9fff]{2,3}?)(?=[就说表介告坦很,，。:：])")
# their finditer, searched only near the word each match holds (a lazy run opens them: re has
# no first character to skip to; anchored.py, docs/performance.md twenty-third round)
_registered_in = anchored(_REGISTERED, "有限")
_officers_in = anchored(_OFFICER, "公司")


def _officers(text: str) -> dict[str, str]:
    """The companies' officers ``text`` names with their title, read once: person → the
    registered name (公司: the one named last before, in its line or the line before).

    >>> _officers("还有江西京东实业有限公司。\\n转型前,公司总经理陶小亮就发愁")
    {'陶小亮': '江西京东实业有限公司'}
    """
    out: dict[str, str] = {}
    for m in _officers_in(text):
        bare = m.group("org") == "公司"
        line = text.rfind("\n", 0, text.rfind("\n", 0, m.start()) if bare else m.start())
        named = [n.group("org") for n in _scene_names_in(text, line + 1, m.end("org"))
                 if bare or n.end() == m.end("org")]   # (its name without 还有, 在…)
        if named:
            out.setdefault(m.group("person"), named[-1])
    return out




def _quote_speakers(text: str, out: list[Indicator], doc_places: context.DocPlaces) -> None:
    """Give a figure inside a quote with no subject the company of the quote's speaker, when
    the speaker is named right after the quote by the company (``_QUOTE_SPEAKER``), and the
    region of the place the company's name opens with; or by his bare name when he was named
    before with his title at the company (公司总经理陶小亮…。“总投入才600多万元…。”陶小亮很满意)."""
    officers: dict[str, str] | None = None
    for ind in out:
        if ind.subject is not None:
            continue
        s = ind.span[0]
        o = o_ = text.rfind("“", 0, s)
        if o < 0 or text.rfind("”", 0, s) > o or "\n" in text[o:s]:
            continue
        c = text.find("”", s)
        if c < 0 or "\n" in text[s:c] or "“" in text[s:c]:
            continue
        m = _QUOTE_SPEAKER.match(text, c + 1)
        if m is None:
            if officers is None:
                officers = _officers(text)
            org = next((o for p, o in officers.items() if text.startswith(p, c + 1)
                        and text.find(p) < o_), "")   # (named with his title before)
            short = _SHORT_SPEAKER.match(text, c + 1) if not org else None
            if short is not None:   # (the short name of a registered name before the quote)
                line = text.rfind("\n", 0, o)
                line = text.rfind("\n", 0, line) + 1 if line > 0 else 0
                org = next((n.group() for n in reversed(list(_registered_in(text, line, o)))
                            if short.group("short") in n.group()), "")
            if not org:
                line = text.rfind("\n", 0, o) + 1
                said = list(_TITLE_SPEAKER.finditer(text, line, o))
                if said and "”" not in text[said[-1].end():o]:
                    named = list(_registered_in(text, line, said[-1].start()))
                    # (这家中心的拥有者广东先康达…有限公司: the name after what the text calls it)
                    org = _DESCRIBED.sub("", named[-1].group()) if named else ""
            if not org:
                continue
        else:
            org = m.group("org")
        if org == "公司":
            line = text.rfind("\n", 0, o) + 1
            named = list(_registered_in(text, line, o))
            if not named:
                continue
            org = named[-1].group()
        org, place = _company_place(org, doc_places)
        if place is not None:
            ind.region = place.name
        ind.subject = org


_COMPANY_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
def _scene_under(text: str, at: int, place: Place | None,
                 doc_places: context.DocPlaces) -> Place | None:
    """The place under ``place`` (the place a company's registered name opens with) that the
    scene wrote as an address from it, last before ``at`` in its line or the line before
    (4月,浙江省衢州市开化县,钱塘江源头…。\n“…去年销售额达到1.2亿元。”浙江森古生物科技有限公司总经理…
    介绍: 开化县, where the company is, not 浙江省 from its name); else ``place``. A place named
    alone is not the company's (南京海关发言人…, 在中欧班列(沈阳)集结中心: an organ's, a site's)."""
    if place is None:
        return place
    ls = text.rfind("\n", 0, at) + 1
    start = text.rfind("\n", 0, ls - 1) + 1 if ls > 0 else 0
    found = context.mentions(text[start:at], doc_places.resolver)
    got = place
    for k, (_s, e, p) in enumerate(found):
        if p.code != place.code:
            continue
        deepest = p
        for _s2, e2, p2 in found[k + 1:]:
            if _s2 != e or not context._below(deepest, p2):
                break
            deepest, e = p2, e2
        got = deepest
    return got


# what a registered name writes between its place and its form, when a trade name comes before
# the place (中粮屯河|昌吉|番茄制品|有限公司): its trade in plain words (no bracket, no mark)
_TRADE_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _seat_city(surface: str, place: Place) -> Place:
    """The city an autonomous prefecture's bare short form names inside a registered name, where
    that form is also its seat city's (中粮屯河昌吉番茄制品有限公司: 昌吉市; the prefecture's own
    short form keeps its 州, 昌吉州), else ``place``."""
    if not place.name.endswith("自治州"):
        return place
    seat = next((places.PLACES[c] for c in places.SURFACES.get(surface, ())
                 if places.PLACES[c].parent == place.code
                 and places.PLACES[c].level == "county"), None)
    return seat or place


# how a place written in full ends (吉林省辽源市…, 温州市永嘉县…: an address before the registered
# name of the company of the place under it; 江西赣州…, short names, are the name's own)
_FULL_PLACE = ("省", "自治区", "市", "州", "盟", "地区", "县", "区")


def _company_place(org: str, doc_places: context.DocPlaces) -> tuple[str, Place | None]:
    """A registered name and the place it opens with (吉林省辽源市德弘…有限公司: 辽源市德弘…有限公司
    and 辽源市, the province before its city dropped; 江西赣州森泰竹木有限公司, the province's
    short name glued to the city's: the name as written, and 赣州市), else the name and None."""
    urs = context.mentions(org, doc_places.resolver)
    if urs and urs[0][0] != 0:
        # 绿叶嘉奥制药石家庄有限公司: a registered name writing its place after its trade name,
        # right before the company's form (its region; the name as written)
        tail = next((len(org) - len(f) for f in _COMPANY_FORMS if org.endswith(f)), -1)
        last = urs[-1]
        if last[1] == tail and last[0] > 1:
            return org, last[2]
        # 中粮屯河昌吉番茄制品有限公司: trade name, then its place (a prefecture or a county, one
        # the document's evidence resolves), then its trade before the form: that place
        first = urs[0]
        if len(urs) == 1 and first[0] > 1 and tail - first[1] >= 2 \
                and first[2].level in ("prefecture", "county") \
                and _TRADE_AFTER_PLACE.fullmatch(org, first[1], tail):
            return org, _seat_city(org[first[0]:first[1]], first[2])
        return org, None
    if not urs:
        return org, None
    k = 0
    while k + 1 < len(urs) and urs[k + 1][0] == urs[k][1] and context._below(
            urs[k][2], urs[k + 1][2]):
        k += 1
    if k and not org[:urs[k][0]].endswith(_FULL_PLACE):
        return org, urs[k][2]     # (江西赣州…: the short names are the registered name's own)
    return org[urs[k][0]:], urs[k][2]


# a company's registered name opening a clause of a feature's scene, or set by a word of place
# (在…有限公司总装车间, 走进…有限公司车间, 位于湖南长沙宁乡市的…有限公司里: subjects.yaml
# ``scene_before``), and a bare word referring back to it at a clause's start (公司总经理…说)
_SCENE_LEAD = re.compile(rf"(?:{data.SCENE_BEFORE})")
_SCENE_NAME = re.compile(
    r"(?:^|(?<=[\n,;:。!?，；：！？”、…])|(?<=——))"      # (…高速运转……在浙江新兴…有限公司车间里)
    rf"(?P<lead>(?:{data.SCENE_BEFORE}))?"
    r"(?:[\u4e00-\u9fff]{2,10}?[中里内]的)?"   # where it stands (在珠贝产业园中的江西樱翔…有限公司)
    r"(?P<org>[\u4e00-\u9fffA-Za-z0-9()（）·]{2,30}?(?:股份有限公司|有限责任公司|有限公司))",
    re.M)
_SCENE_NAME_LEN = context._sre_parse.parse(_SCENE_NAME.pattern).getwidth()[1]
_scene_names_in = anchored(_SCENE_NAME, "有限")
_SPEAKER_AFTER = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:介绍|说|表示|坦言|告诉记者)")
_SCENE_BACK = re.compile(rf"(?:^|(?<=[\n,;:。!?，；：！？”]))(?:{data.SCENE_BACK_REF})")
# its words when they are plain words (a span holding none of them is not searched)
_SCENE_BACK_WORDS = tuple(data.SCENE_BACK_REF.split("|")) \
    if all(re.escape(w) == w for w in data.SCENE_BACK_REF.split("|")) else None
_SCENE_BACK_OPEN = frozenset("\n,;:。!?，；：！？”")     # what _SCENE_BACK's look-behind allows


def _scene_back(text: str, start: int, end: int, cache: dict[int, int] | None = None) -> bool:
    """Does a bare word referring back to a company open a clause in ``text[start:end]``?
    ``start`` opens a line and ``end`` lies in it; ``cache`` keeps, for each line, where its
    first such word ends.

    >>> _scene_back("产量增长。公司总经理说,利润增长", 0, 16), _scene_back("产量增长,利润增长", 0, 9)
    (True, False)
    """
    if _SCENE_BACK_WORDS is None:
        return _SCENE_BACK.search(text, start, end) is not None
    first = cache.get(start) if cache is not None else None
    if first is None:
        line_end = text.find("\n", start)
        stop = len(text) if line_end < 0 else line_end
        if cache is None:
            stop = min(stop, end)
        first = len(text) + 1      # (none in the line)
        for w in _SCENE_BACK_WORDS:      # each place a word is written, opening a clause there
            q = text.find(w, start, stop)
            while q >= 0 and q + len(w) < first:
                if q == 0 or text[q - 1] in _SCENE_BACK_OPEN:
                    first = q + len(w)
                    break
                q = text.find(w, q + 1, stop)
        if cache is not None:
            cache[start] = first
    return first <= end


# the company's short name in its place, the speaker after a quote (“…”宏源公司董事长吴斌说 after
# 福建省宏源环境资源有限公司 set the scene): its core written inside the registered name
_SCENE_SHORT = re.compile(r"(?:^|(?<=[\n,;:。!?，；：！？”]))(?P<core>[\u4e00-\u9fff]{2,4}?)公司")


# a company's short name opening a clause, or set by a word of place (新嘉懿公司在2025年成功转型,
# 走进新嘉懿公司智慧管控中心, 绿金公司作为废钢铁采购平台): the registered name written before it
# that holds its core (江西新嘉懿新材料有限公司, 鞍钢绿金产业发展有限公司)
_SHORT_OPENING = re.compile(r"(?:^|(?<=[\n,;:。!?，；：！？”]))"
                            rf"(?:{data.SCENE_BEFORE})?(?P<short>(?P<core>[\u4e00-\u9fff]{{2,4}}?)公司)",
                            re.M)
_short_openings_in = anchored(_SHORT_OPENING, "公司")


# (the end of the figure's clause: subjects.yaml ``one_of_after``)
_ONE_OF_AFTER = re.compile(rf"[^,;:。!?，；：！？\n]{{0,40}}?(?:{data.ONE_OF_AFTER})")
# a registered name's short form the text declares (浙江新城钮扣饰品有限公司（以下简称“新城钮扣”）)
_ALIAS = re.compile(r"(?P<org>[\u4e00-\u9fffA-Za-z0-9()（）·]{2,30}?(?:股份有限公司|有限责任公司|有限公司))"
                    r"[(（]以下简称[:：]?[“\"]?(?P<short>[\u4e00-\u9fffA-Za-z0-9]{2,8})[”\"]?[)）]")
_aliases_in = anchored(_ALIAS, "以下简称")


def _aliases(text: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The short names a text declares for registered names, and a pattern of one setting a
    scene (走进新城钮扣的生产工厂) or opening a clause."""
    names: dict[str, str] = {}
    for m in _aliases_in(text) if "以下简称" in text else ():
        org = m.group("org")
        lead = _SCENE_NAME.search(m.group())       # (作为…龙头企业,浙江新城…: from the clause's start)
        names[m.group("short")] = lead.group("org") if lead else org
    shorts = list(_short_openings_in(text)) \
        if "有限公司" in text and next(_paper_sources(text), None) else []     # (a newspaper's features)
    # the registered names (each ends with 公司), read from the first 公司 to the last, and only
    # where a short name opens a clause
    registered = [(r.end(), r.group()) for r in _registered_in(
        text, max(0, text.find("公司") - 36), text.rfind("公司") + 2)] if shorts else []
    for m in shorts if registered else ():
        short, core = m.group("short"), m.group("core")
        if short in names:
            continue
        full = [name for end, name in registered if end <= m.start("short") and core in name
                and not name.endswith(short)]
        if full:      # 走进新嘉懿公司智慧管控中心 after 江西新嘉懿新材料有限公司: its short name
            name = full[-1]
            lead = _SCENE_NAME.search(name)
            names[short] = lead.group("org") if lead else name
    if not names:
        return None, names
    alt = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
    return re.compile(r"(?:^|(?<=[\n,;:。!?，；：！？”])|(?<=——))"
                      rf"(?P<lead>(?:{data.SCENE_BEFORE}))?(?P<org>{alt})(?![（(])", re.M), names


def _scene_name(text: str, start: int, end: int,
                aliases: tuple[re.Pattern[str] | None, dict[str, str]] = (None, {}),
                cache: dict[int, list[tuple[int, int, str, str, bool, bool]]] | None = None,
                backs: dict[int, list[int]] | None = None) -> tuple[str, str] | None:
    """The last company's registered name setting a scene in ``text[start:end]``: (what set it,
    the name). Opening a clause with no word of place before it, the name must open with its
    place, as a registered name does. ``start`` opens a line and ``end`` lies in it; ``cache``
    keeps each line's names for the next call on it.

    >>> _scene_name("大连港集装箱码头,大连领航国际货运代理有限公司一个标准箱", 0, 30)
    ('', '大连领航国际货运代理有限公司')
    >>> _scene_name("让数据跑腿——在沈阳金杯李尔汽车座椅有限公司总装车间", 0, 30)
    ('在', '沈阳金杯李尔汽车座椅有限公司')
    >>> _scene_name("设立天津航空货运发展办公室,成立天津货运航空有限公司,开通", 0, 40) is None
    True
    """
    last = None
    rx, names = aliases
    found = cache.get(start) if cache is not None else None
    if found is None:
        found = _scene_names(text, start, len(text) if cache is not None else end)
        if cache is not None:
            cache[start] = found
    if not found and rx is None:
        return None
    quoted = text.rfind("“", start, end) > text.rfind("”", start, end)
    for at, stop, lead, org, speaker, placed in found:
        if stop > end:
            break
        if not quoted and speaker and not _back_between(text, start, stop, end, backs):
            continue      # 中南大学科技园发展有限公司总经理喻晓峰介绍,…依托中南大学专利技术…创立的企业
            #               超过1000家: a speaker's company, not what he speaks of (unless he
            #               speaks of it by a bare word: …有限公司总经理俞春山介绍,2025年,公司番茄
            #               制品产量达11万吨)
        if not placed:
            continue      # 成立天津货运航空有限公司: a verb before the name (a registered name opens
            #               with its place: 大连领航国际货运代理有限公司)
        last = (at, lead, org)
    for m in rx.finditer(text, start, end) if rx is not None else ():
        if (quoted or not _SPEAKER_AFTER.match(text, m.end())) \
                and (last is None or m.start() > last[0]):
            last = (m.start(), m.group("lead") or "", names[m.group("org")])   # 走进新城钮扣的…
    return last[1:] if last else None


def _back_between(text: str, start: int, a: int, b: int,
                  cache: dict[int, list[int]] | None) -> bool:
    """Does a bare word referring back to a company open a clause in ``text[a:b]``, in the line
    ``start`` opens? ``cache`` keeps each line's such words (read once per line).

    >>> _back_between("某有限公司总经理说,公司产量11万吨", 0, 5, 17, None)
    True
    """
    found = cache.get(start) if cache is not None else None
    if found is None:
        line_end = text.find("\n", start)
        found = [m.start() for m in _SCENE_BACK.finditer(
            text, start, len(text) if line_end < 0 else line_end)]
        if cache is not None:
            cache[start] = found
    k = bisect.bisect_left(found, a)
    return k < len(found) and found[k] < b


def _scene_names(text: str, start: int, end: int) -> list[tuple[int, int, str, str, bool, bool]]:
    """The registered names of ``text[start:end]``'s line that may set a scene, in order:
    (start, end, what set it, the name, a speaker after it, opened by a word of place or its
    own place). A match ending before a later ``end`` is the same match (the pattern has no
    look-ahead, and its lazy name ends at the first 公司 it can), so a line is read once."""
    line_end = text.find("\n", start, end)
    end = end if line_end < 0 else line_end
    # every match ends with 公司 (有限公司, 有限责任公司) and is at most _SCENE_NAME_LEN long:
    # the scan runs from that far before the first 公司 to the end of the last
    first = text.find("公司", start, end)
    if first < 0:
        return []
    out = []
    for m in _scene_names_in(text, max(start, first + 2 - _SCENE_NAME_LEN),
                                  text.rfind("公司", start, end) + 2):
        lead, org = m.group("lead") or "", m.group("org")
        inner = _SCENE_LEAD.match(org)      # (位于…的 inside a name read from the clause's start)
        if inner and inner.end() < len(org) - 4:
            lead, org = inner.group(), org[inner.end():]
        speaker = _SPEAKER_AFTER.match(text, m.end()) is not None
        if not speaker and m.start() > 0 and text[m.start() - 1] == "、":
            continue      # a list's item (携手…、山西国润储能科技有限公司等15家单位); after 、 only
            #               a speaker's second role (…协会副会长、新疆笑厨食品有限公司总经理…介绍)
        placed = bool(lead) or bool((at := find_places(org)) and at[0][0] == 0)
        out.append((m.start(), m.end(), lead, org, speaker, placed))
    return out


def _registered_from_city(text: str, out: list[Indicator], doc_places: context.DocPlaces) -> None:
    """A subject that is a registered name opening with a province and a city under it
    (吉林省辽源市德弘冰雪运动科技有限公司) is written from the city (辽源市德弘…), as the company's
    own name is; its region is that city where it was the province's or none. A region that is
    the place the name opens with gives way to a place under it the scene named right before
    (``_scene_under``: 开化县 for 浙江森古生物科技有限公司 after 浙江省衢州市开化县,…)."""
    for ind in out:
        name = ind.subject
        if name is None or not _REGISTERED.fullmatch(name):
            continue
        org, place = _company_place(name, doc_places)
        if place is None:
            continue
        if org != name:
            ind.subject = org
            if ind.region is None or any(a.name == ind.region for a in place.chain[1:]):
                ind.region = place.name
        if ind.region == place.name:
            at = text.rfind(name, 0, ind.span[0])
            scene = _scene_under(text, at if at >= 0 else ind.span[0], place, doc_places)
            if scene is not None and scene is not place:
                ind.region = scene.name


# the rest of a site's name after its place, up to how it ends (铁岭|5G全连接工厂: subjects.yaml
# ``scene_site``)
_SITE_REST = re.compile(rf"[^,;:。!?，；：！？\n]{{0,10}}?(?:{data.SCENE_SITE})")


def _scene_site(text: str, org: str, end: int, doc_places: context.DocPlaces) -> Place | None:
    """The place of the company's site the scene is at, written right after the registered
    name ``org`` last written before ``end`` (在辽宁通用重型机械股份有限公司铁岭5G全连接工厂: 铁岭市),
    else None."""
    at = text.rfind(org, 0, end)
    if at < 0:
        return None
    after = at + len(org)
    found = context.mentions(text[after:after + 8], doc_places.resolver)
    if not found or found[0][0] != 0 or not _SITE_REST.match(text, after + found[0][1]):
        return None
    return found[0][2]


# the end of a sentence (a paragraph's opening hook ends at its second)
_HOOK_END = re.compile(r"[。！？!?\n]")
# a scene the opening sentence sets itself before its figure (在这趟快航首航中,价值2亿美元的…)
_HOOK_FRAME = re.compile(data.SCENE_FRAME)


def _scene_hook(text: str, ls: int, s: int,
                names: dict[int, list[tuple[int, int, str, str, bool, bool]]],
                ends: list[int]) -> tuple[str, str] | None:
    """A figure in a paragraph's opening sentence, before any company, is the company whose
    registered name sets the scene later in that sentence or the next (10余台桁架式机器人精准抓取
    配件,…高速运转……在浙江新兴汽车空调有限公司车间里; 拍72张照片,检测一支药液,需要多久?今年4月,
    辽宁方大集团东北制药集团股份有限公司…): (what set it, the name), else None. ``ends`` are the
    text's sentence ends, ``names`` each line's scene names (read once per line)."""
    k = bisect.bisect_left(ends, s)
    if k and ends[k - 1] >= ls:
        return None       # not the paragraph's opening sentence
    if _HOOK_FRAME.search(text, ls, s):
        return None       # 在这趟快航首航中,价值2亿美元的…: a scene of its own, set before it
    found = names.get(ls)
    if found is None:
        found = names[ls] = _scene_names(text, ls, len(text))
    stop = ends[k + 1] if k + 1 < len(ends) else len(text)
    for at, e, lead, org, speaker, placed in found:
        if at > s and e <= stop and placed and not speaker and text[ls:s].count("“") \
                == text[ls:s].count("”"):
            return lead, org
    return None


_CLAUSE_START = re.compile(r"[\n,;:。!?，；：！？]")


def _placed_left_out(text: str, s: int, region: str,
                     resolver: places.Resolver | None = None) -> bool:
    """Does the figure at ``s``'s clause open with 在 and the place ``region`` names, its actor
    left out (绿金公司作为…平台,已在辽宁钢铁主产地建设了5个核心基地: the scene company's figure
    placed in 辽宁, not 辽宁's own)? An adverb may come before 在 (已, 还, 均…).

    >>> _placed_left_out("公司作为平台,已在辽宁钢铁主产地建设了5个核心基地", 25, "辽宁省")
    True
    >>> _placed_left_out("在辽宁,全省建设了5个核心基地", 12, "辽宁省")
    False
    """
    cs = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, s - 60), s)), default=0)
    k = text.find("在", cs, s)
    if k < 0 or (k > cs and not context._ADVERB_AT.fullmatch(text, cs, k)):
        return False
    at = context.mentions(text[k + 1:s], resolver)
    return bool(at) and at[0][0] == 0 and any(a.name == region for a in at[0][2].chain)


def _scene_companies(text: str, out: list[Indicator], doc_places: context.DocPlaces) -> None:
    """A figure with no subject in a feature's scene at a company is the company's: the company's
    registered name opens a clause of the figure's paragraph before it, or is set by a word of
    place (在沈阳金杯李尔汽车座椅有限公司总装车间,…; 位于湖南长沙宁乡市的…有限公司里,…); or it did
    so in the paragraph right before, and the figure's paragraph refers back to it by a bare word
    at a clause's start (公司总经理林蓬勃说,…至少400元; “…实现16个应用场景全覆盖…。”企业负责人王学智
    说). The region is the place the name opens with (or the place of 位于…的) when it lies under the
    figure's; a figure whose region is another place than the text's own is left alone."""
    if "有限公司" not in text and "有限责任公司" not in text:
        return      # (every name that sets a scene, and every alias declared, is a registered name)
    homes = {p.name for p in doc_places.home.values() if p is not None}
    nation = places.PLACES[places.NATION].name
    aliases = _aliases(text)
    names: dict[int, list[tuple[int, int, str, str, bool, bool]]] = {}   # each line's, once
    backs: dict[int, int] = {}
    speaker_backs: dict[int, list[int]] = {}
    feature = next(_paper_sources(text), None) is not None      # (a newspaper feature's hooks)
    ends = [m.start() for m in _HOOK_END.finditer(text)] if out and feature else []
    for ind in out:
        if ind.subject is not None and not (_SCENE_LEAD.match(ind.subject)
                                            and ind.subject.endswith("公司")):
            continue      # (位于…的…有限公司 read as a name from its clause's start: the scene)
        s = ind.span[0]
        ls = text.rfind("\n", 0, s) + 1
        got = _scene_name(text, ls, s, aliases, names, speaker_backs)
        if got is None and ls > 1:
            close = text.find("”", s)
            after = close + 1 if close >= 0 and text.rfind("“", ls, s) > text.rfind("”", ls, s) \
                else -1   # the figure's quote, and who speaks it after it
            # (the speaker after the figure's quote: “…2000多台…。”宏源公司董事长吴斌说)
            short = [m.group("core") for m in [_SCENE_SHORT.match(text, after)]
                     if m is not None] if after > 0 and "\n" not in text[s:after] else []
            if _scene_back(text, ls, s, backs) or (after > 0 and "\n" not in text[s:after]
                                                   and _SCENE_BACK.match(text, after)):
                got = _scene_name(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1, aliases, names)
            elif short:
                got = _scene_name(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1, aliases, names)
                if got is not None and not any(c in got[1] for c in short):
                    got = None    # another company's short name
        if got is None and feature:
            got = _scene_hook(text, ls, s, names, ends)
        if got is None:
            continue
        lead, org = got
        if _ONE_OF_AFTER.match(text, ind.span[1]):
            continue      # 宏源公司是福建省4家具备…资格的企业之一: the place's few, not the company's
        site = _scene_site(text, org, s, doc_places)
        org, place = _company_place(org, doc_places)
        if site is not None and (place is None or context._below(place, site)):
            place = site                # 在辽宁通用重型…有限公司铁岭5G全连接工厂: 铁岭市
        if lead.startswith("位于") and (at := context.mentions(lead, doc_places.resolver)):
            place = at[-1][2]           # 位于湖南长沙宁乡市的: 宁乡市
        region = ind.region
        if region == nation and place is not None:
            region = None     # (the nation a national text's figures inherit: the company's
            #                   place, 在浙江新兴汽车空调有限公司车间里 in a text on the big banks)
        if region is not None and region not in homes and (place is None or not any(
                a.name == region for a in place.chain)) and not _placed_left_out(
                    text, s, region, doc_places.resolver):
            continue      # a figure of another place the clause names
        if place is not None and (region is None or any(
                a.name == region and a.code != place.code for a in place.chain)):
            region = place.name
        ind.subject, ind.region = org, region


def _subjects_as_written(text: str, out: list[Indicator]) -> None:
    """A subject read from the cleaned text with its brackets as the document writes them
    (中欧班列(西安) → 中欧班列（西安）, 中科卫星(广西)科技有限公司 → 中科卫星（广西）…) where the
    document writes it so and not with the cleaned text's brackets."""
    for ind in out:
        name = ind.subject
        if name is None or "(" not in name:
            continue
        written = name.replace("(", "（").replace(")", "）")
        if written in text and name not in text:
            ind.subject = written


# a state bank whose full name opens with 中国 (中国农业银行, 中国工商银行, 中国建设银行)
_STATE_BANK = re.compile(r"(?:工商|农业|建设)银行")


def _banks_in_full(text: str, out: list[Indicator]) -> None:
    """A state bank's figures under the full name the text writes for it (是中国农业银行普惠金融
    服务的日常缩影。…农业银行普惠型小微企业贷款余额4.4万亿元 → 中国农业银行), not the short
    name it then goes on with; a text writing the short name alone keeps it (农业银行)."""
    full: dict[str, bool] = {}
    for ind in out:
        name = ind.subject
        if name is None or not _STATE_BANK.fullmatch(name):
            continue
        if name not in full:
            full[name] = "中国" + name in text
        if full[name]:
            ind.subject = "中国" + name


# an industry opening a clause (subjects.yaml ``industry_lead``, ``industry_not_after``,
# ``industry_kinds``): 湖南省北斗产业已集聚…, 去年北斗产业实现产值…, 纽扣拉链产业2025年新增…
_INDUSTRY = re.compile(
    r"(?:^|(?<=[\n,;:。!?，；：！？]))"
    rf"(?:{data.INDUSTRY_LEAD})?"
    r"(?P<ind>[\u4e00-\u9fff]{2,10}?产业)"
    rf"(?!{data.INDUSTRY_NOT_AFTER})")
_INDUSTRY_KIND = re.compile(rf"(?:{data.INDUSTRY_KINDS})产业$|{data.INDUSTRY_VERBS}")
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


def _feature_industry(text: str, start: int, end: int) -> str | None:
    """The last industry opening a clause of ``text[start:end]``, without the place it opens with.

    >>> _feature_industry("湖南省北斗产业已集聚全国", 0, 12)
    '北斗产业'
    >>> _feature_industry("去年北斗产业实现产值782亿元、占全国的", 0, 20)
    '北斗产业'
    >>> _feature_industry("力争到2030年,冰雪装备器材产业产值超过", 0, 21) is None
    True
    >>> _feature_industry("推动设立冰雪产业引导投资基金,冰雪装备器材产业产值超过", 0, 27) is None
    True
    >>> _feature_industry("高端医疗器械产业是我们的主导产业,区内聚集医药企业", 0, 25) is None
    True
    """
    last = None
    for m in _INDUSTRY.finditer(text, start, end):
        name = m.group("ind")
        at = find_places(name)
        if at and at[0][0] == 0 and at[0][1] < len(name) - 3:
            name = name[at[0][1]:]          # 湖南省北斗产业: 北斗产业
        if _INDUSTRY_KIND.search(name) or find_places(name[:-2]):
            continue      # 主导产业: a kind, no industry; 湖南产业: a place's; 推动设立冰雪产业: a verb
        last = name
    return last


def _feature_industries(text: str, out: list[Indicator]) -> None:
    """In a newspaper feature, a figure with no subject in a sentence with an industry opening
    one of its clauses before the figure is the industry's (湖南省北斗产业已集聚全国80%以上关键核心
    技术,去年北斗产业实现产值782亿元、占全国的12%,近3年年均增长26.8%)."""
    for ind in out:
        if ind.subject is not None:
            continue
        s = ind.span[0]
        ss = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, s - 300), s)), default=0)
        name = _feature_industry(text, ss, s)
        if name is not None:
            ind.subject = name


# an event named with its edition or its year opening a clause (第139届广交会开幕, 2025成都国际友城
# 合作与发展大会举行), and 本届 referring back to it (本届广交会…, 本届赛事…): subjects.yaml
# ``event_tail``, ``event_back``
_ORDINAL = r"第[\d一二三四五六七八九十百]{1,4}届"
_EVENT = re.compile(
    r"(?:^|(?<=[\n,;:。!?，；：！？”]))"
    rf"(?P<ev>(?:\d{{4}}(?!年)(?:{_ORDINAL})?|{_ORDINAL})[\u4e00-\u9fff·]{{1,24}}?(?:{data.EVENT_TAIL}))"
    r"|(?:^|(?<=[\n,;:。!?，；：！？”]))本届"
    rf"(?P<back>{data.EVENT_BACK}|[\u4e00-\u9fff]{{1,8}}?(?:{data.EVENT_TAIL}))", re.M)
_EVENT_WORDS = frozenset(data.EVENT_BACK.split("|"))
_FIGURE_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _feature_events(text: str, out: list[Indicator]) -> None:
    """In a newspaper feature, a figure with no subject after an event named with its edition or
    its year opening a clause of its sentence is the event's (在海南,第六届消博会吸引来自60多个国家
    和地区的超3400个品牌参展); 本届 and the event's short name or a word for it opening a clause
    refers back to the last event named before it (第139届广交会开幕…。\n本届广交会参展企业…超1.1万家).
    """
    anchors: list[tuple[int, str]] = []
    for m in _EVENT.finditer(text):
        name = m.group("ev")
        if name is None:
            back = m.group("back")
            prior = [n for _, n in anchors if back in _EVENT_WORDS or n.endswith(back)]
            if not prior:
                continue
            name = prior[-1]
        anchors.append((m.start(), name))
    if not anchors:
        return
    starts = [a for a, _ in anchors]
    ends = [m.start() for m in _FIGURE_SENTENCE_END.finditer(text)]
    for ind in out:
        if ind.subject is not None:
            continue
        s = ind.span[0]
        k = bisect.bisect_left(starts, s) - 1
        if k < 0:
            continue
        j = bisect.bisect_left(ends, s) - 1
        if j >= 0 and ends[j] > starts[k]:
            continue      # the event opens another sentence
        ind.subject = anchors[k][1]


# a company's short name (丝筘公司, 丝筘集团) after the text named it in full
_SHORT_COMPANY = re.compile(r"(?P<core>[\u4e00-\u9fff]{2,4})(?:公司|集团)")


def _company_short_names(text: str, out: list[Indicator]) -> None:
    """A subject that is a company's short name (丝筘公司) is the registered name the text wrote
    before it in full (河北丝筘金属制品有限公司): the last one holding the short name's core."""
    registered: list[re.Match] | None = None   # the document's full names, found once
    ends: list[int] = []
    for ind in out:
        m = _SHORT_COMPANY.fullmatch(ind.subject or "")
        if m is None:
            continue
        if registered is None:
            registered = list(_registered_in(text))
            ends = [r.end() for r in registered]
        # (those ending before the figure: the matches of the text cut there, _REGISTERED having
        # no lookaround and each match ending at its first suffix)
        full = [r.group() for r in registered[:bisect.bisect_right(ends, ind.span[0])]
                if m.group("core") in r.group() and r.group() != ind.subject]
        if full:
            name = full[-1]
            at = find_places(name)
            if at and at[0][0] and name.find(m.group("core")) > at[0][0]:
                name = name[at[0][0]:]   # 走进河北丝筘…有限公司: from the place its name opens with
            ind.subject = name


# a newspaper feature's byline (本报记者  姚雪青《人民日报》（2025年05月05日第 05 版）): its
# paragraphs are scenes and voices, each writing its own time; a period does not pass on (also a
# contributor's byline, the name alone on its line: 彭向善《人民日报》(2026年04月30日第 17 版))
# a flow over a year by its name (periods.yaml flows are read against an earlier point)
_YEAR_FLOW = re.compile(r"(?:产值|增加值|产量|吞吐量|利润(?:总额)?|营业收入|销售额|营业额|发电量)$")   # (not a rate of them: 营业收入利润率)
_NOW = "如今"
# a story's 目前 (目前,崇信县全县建成7条窑洞养牛示范带…; 截至目前,集团累计投资运营项目230余个):
# the time of its paragraph's figures, not of the scenes and projects the paragraphs after it tell
# (…辐射带动500多户农户增收; …每日可处理2000余吨生活垃圾), unless the next one goes on (同时,…)
_NOWS_HELD = frozenset({"目前", "截至目前", "截止目前", "到目前"})
_NOWS = frozenset({_NOW, "现在"}) | _NOWS_HELD   # a scene's now (如今,走进…; …;现在,每个“岛”兼容…)
# a paragraph that opens by going on with the one before it (同时,知识产权服务达到新水平…)
_GOES_ON = re.compile(r"(?:与此)?同时[,，]|此外[,，]|另外[,，]")
# (现在 too: …整条线都得停产;现在,每个“岛”兼容不同车型装配,78个智能岛…, a sentence of its own after ";")
_NOW_LEAD = ("如今,", "如今，", "现在,", "现在，")
_PAST_LEAD = ("过去,", "过去，")    # (“过去,工业制品最快要20多天才能抵达欧洲…”: the past)
# a newspaper's source line (葛孟超  苏咏潇《人民日报》（2026年04月13日第 18 版）), whoever signs it,
# or a dispatch's (本报北京4月12日电)
_PAPER_SOURCE = re.compile(r"《[^》\n]{2,12}报》[(（]\d{4}年|本报[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日电")
_paper_sources = anchored(_PAPER_SOURCE, "报")    # (its search: the first; searched near 报)
# a person a feature story introduces by a role (subjects.yaml ``person_role``): the name's
# two or three characters, the first a common surname (the length the text repeats it in)
_PERSON_INTRO = re.compile(rf"(?:{data.PERSON_ROLE})(?P<name>[\u4e00-\u9fff]{{2,3}})")


def _feature_people(text: str, out: list[Indicator]) -> None:
    """Give a figure with no subject in a feature story the person the story introduced by a
    role (种植户张玉林, 回乡创业的康开祥) when the figure is told of that person: its clause opens
    with the name (康开祥雇了50多名工人, 仅2025年,康开祥就发出了89万多元的务工工资), its sentence
    opens with the name and a colon before it (张玉林算了一笔账:平均每亩产量10吨), or it is inside a
    quote the name follows (“…开发面积只占流转林地的1/10。…”康开祥专门招收…).

    >>> from types import SimpleNamespace as I
    >>> t = "种植户张玉林与公司签订合同。张玉林算了一笔账：每亩产量10吨。同时，张玉林雇了50多名工人。"
    >>> out = [I(span=(t.index("10吨"), 0), subject=None), I(span=(t.index("50多名"), 0), subject=None)]
    >>> _feature_people(t, out); [i.subject for i in out]  # type: ignore[arg-type]
    ['张玉林', '张玉林']
    """
    people = []
    for m in _PERSON_INTRO.finditer(text):
        n = m.group("name")
        if n[0] not in data.SURNAMES:
            continue
        n = next((c for c in (n, n[:2]) if len(c) >= 2 and text.count(c) >= 2), "")
        if n and n not in people:
            people.append(n)
    if not people:
        return
    for ind in out:
        if ind.subject is not None:
            continue
        s = ind.span[0]
        starts = [text.rfind(c, 0, s) for c in ",;。!?:，；！？：“”\n"]
        clause = text[max(starts) + 1:s].lstrip("仅就")
        who = next((p for p in people if clause.startswith(p)), None)
        if who is None:
            sent = max(text.rfind(c, 0, s) for c in "。!?！？\n") + 1
            sent += text[sent:sent + 1] == "”"       # (…不愁卖。”张玉林算了一笔账:…)
            colon = max(text.rfind(c, sent, s) for c in ":：")
            if colon > 0 and "“" not in text[sent:colon]:
                who = next((p for p in people if text.startswith(p, sent)), None)
        if who is None and clause.startswith(("从", "由")):
            # 从最初的5头到如今的200多头,朱海萍的养殖生意越做越大: a growth told in a clause of
            # its own, the person's business named right after it
            nxt = min((i for i in (text.find(c, s) for c in ",，") if i >= 0), default=-1)
            if nxt > 0 and not any(ch in text[s:nxt] for ch in "。!?！？\n“"):
                who = next((p for p in people if text.startswith(p + "的", nxt + 1)), None)
        if who is None:
            o = text.rfind("“", 0, s)
            c = text.find("”", s)
            if o >= 0 and c > 0 and text.rfind("”", 0, s) < o and "\n" not in text[o:c]:
                who = next((p for p in people if text.startswith(p, c + 1)), None)
        if who is not None:
            ind.subject = who


# a company a feature story does not name, written after its place opening a sentence as its
# scene (和田县一家制药企业的厂房内,…年产量达280万盒): the subject of that sentence's figures
# (not 广东东莞一家卫浴出口企业负责人罗先生也表示: a speaker, its figures his words)
_UNNAMED_COMPANY = re.compile(r"(?:^|(?<=[\n。!?！？]))(?P<place>[\u4e00-\u9fff]{2,8}?)"
                              r"(?P<what>一家[\u4e00-\u9fff]{1,6}?(?:企业|公司|工厂))(?=的|[,，]|在)",
                              re.M)


def _unnamed_company_scenes(text: str, out: list[Indicator]) -> None:
    """Give a figure with no subject the company a feature story sets its sentence's scene in
    without naming it, its place written before it (和田县一家制药企业的厂房内,中药材口服液…,
    年产量达280万盒): that place and the company, as written. The words before 一家 must all be
    places (和田县, 广东东莞), so a clause's own words (由…) are no scene.

    >>> from types import SimpleNamespace as I
    >>> t = "和田县一家制药企业的厂房内，口服液有序下线，年产量达280万盒。当地种植面积70余万亩。"
    >>> out = [I(span=(t.index("280万盒"), 0), subject=None), I(span=(t.index("70余万亩"), 0), subject=None)]
    >>> _unnamed_company_scenes(t, out); [i.subject for i in out]  # type: ignore[arg-type]
    ['和田县一家制药企业', None]
    """
    scenes: list[tuple[int, int, str]] = []   # (sentence start, end, the company)
    for m in _UNNAMED_COMPANY.finditer(text):
        place = m.group("place")
        found = find_places(place)
        if not found or found[0][0] != 0 or found[-1][1] != len(place) \
                or any(a[1] != b[0] for a, b in zip(found, found[1:])):
            continue          # the words before 一家 are not places alone
        end = min((i for i in (text.find(c, m.end()) for c in "。!?！？\n") if i >= 0),
                  default=len(text))
        scenes.append((m.start(), end, place + m.group("what")))
    for ind in out:
        if ind.subject is None:
            ind.subject = next((w for a, b, w in scenes if a < ind.span[0] < b), None)


_FEATURE_BYLINE = re.compile(r"本报记者[^\n]{0,40}《[^》\n]{2,12}报》"
                             # its writers' names alone, one or more (葛孟超  苏咏潇《人民日报》(…)
                             r"|(?:^|\n)[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{1,4}){0,4}"
                             r"《[^》\n]{2,12}报》\(\d{4}年")
_MONTH_END_POINT = re.compile(r"截[至止](?:到)?\d{1,2}月(?:底|末)")
_CUMULATIVE = re.compile(r"[,\s]*(?:全市|全省|全县|全区)?累计")
# (截至2025年, 2025年底: a point of the story's time, as 2025年 is; a scene's month or day, 3月,
# 3月19日,…: the time of that scene, not of the scenes after it)
# since an event (periods.yaml: 四川自贸试验区成立以来, 自“三北”工程攻坚战打响以来, one dated by
# its year: 自2023年开源第一款模型以来)
_EVENT_SINCE = re.compile(r".*(?:成立|设立|组建|实施|开展|打响|启动|运营|运行|获批|开通|投运|投产|开工|开业|挂牌)以来"
                          r"|自\d{4}年(?:\d{1,2}月)?[\u4e00-\u9fff“”]{2,16}?以来")
_STORY_TIME = re.compile(r"(?:截[至止](?:到)?)?(?:(?:\d{4} ?|去|今)年(?:\d{1,2}月(?:\d{1,2}日)?)?"
                         r"|\d{1,2}月(?:\d{1,2}日)?)(?:底|末|初)?")


def _table_indicators(cleaned: Cleaned, tabs, aspans, doc_places: context.DocPlaces,
                      dates: context.DateContext, norms: dict,
                      companies: dict[int, str] | None = None) -> list[Indicator]:
    """One record per figure of each statistical table (``tables.py``). A row headed by a place
    (a table by region: 甲县 | 120.5 | 6.1) is that place's figure of the column's metric;
    otherwise the region is the article's. A table of an article on a company
    (``context.company_title``) with no place is the company's."""
    text = cleaned.text
    out: list[Indicator] = []
    art_of = context.article_lookup(aspans, fallback=0)    # the innermost article, else 0
    for tb in tabs:
        caption = tables.caption_before(text, tb[0].start) or tables.caption_after(text, tb[-1].end)
        for f in tables.figures(tb, caption, context.periods):
            art = art_of(f.span[0])
            s, e = cleaned.to_original(*f.span)
            change = None
            if f.change:
                c = f.change
                cs, ce = cleaned.to_original(c["start"], c["end"])
                change = Change(direction=c["direction"], value=c["value"], unit=c["unit"],
                                basis=c["basis"], text=cleaned.original[cs:ce], span=(cs, ce))
            norm = normalize(f.value, f.scale, f.base)
            kind = unit_kind(f.scale, f.base) if f.value is not None else None
            name = names.clean(f.name) or f.name
            region = doc_places.home_name(art)
            found = context.mentions(f.name, doc_places.resolver, art)
            if len(found) == 1 and found[0][1] - found[0][0] == len(f.name.strip()):
                region = found[0][2].name          # a table by region: the row is the place
                name = tables.metric_of_header(f.head) or name
            # the key from the row completed by its column or caption (粮食 | 产量(万吨))
            keyed = names.in_table(name, tables.metric_of_header(f.head), caption, kind)
            period = _written_before(cleaned, f.period, f.span[0])
            if f.period not in norms:
                pn = context.normalize_period(f.period, dates)
                norms[f.period] = PeriodNorm(**pn) if pn else None
            out.append(Indicator(
                name=name or None, canonical=names.canonical(keyed, kind),
                value=f.value, unit=unit_as_written(f.scale, f.base) if f.base or f.scale else None,
                approx=False, normalized=Normalized(value=norm[0], unit=norm[1]) if norm else None,
                change=change, rank=None, completion=None, period=period,
                region=region, period_norm=norms[f.period], span=(s, e),
                subject=companies.get(art) if companies and region is None else None,
                text=cleaned.original[s:e],
                article=art, sentence=text[f.row.start:f.row.end],
                sentence_span=cleaned.to_original(f.row.start, f.row.end)))
    return out


def _written_before(cleaned: Cleaned, period: str | None, before: int) -> str | None:
    """A table's period (read in its caption or header, width-normalised) as the text writes
    it: its last occurrence before the figure, full-width forms kept (表2 2024年1－12月…)."""
    if not period:
        return period
    i = cleaned.text.rfind(period, max(0, before - 2000), before)
    return cleaned.display(i, i + len(period)) if i >= 0 else period


_FINAL = set("。!?;…")


def _body_sentences(text: str, sentences: list[tuple[int, int]], in_body) -> list[tuple[int, int]]:
    """The sentences of article bodies, and the pieces that continue one: a short line of a
    column-wrapped page (``值完成1286.4``) reads as a heading to the article splitter, but
    after an unfinished body sentence it is the rest of that sentence."""
    out: list[tuple[int, int]] = []
    prev_kept = False
    for sp in sentences:
        if in_body(sp):
            out.append(sp)
            prev_kept = True
            continue
        if prev_kept and out and text[out[-1][1] - 1] not in _FINAL \
                and "\n" in text[out[-1][1]:sp[0]] and context._joinable(text, out[-1], sp):
            out.append(sp)    # continues the body sentence before it
            continue
        prev_kept = False
    return out


# a rank of a growth rate is not the rank of the total written before it
_GROWTH_RANK = re.compile("增速|增幅|增长|增量|降幅|涨幅")
# …the rank sentence after the figure names the total (GDP总量超越了沈阳,位居…第13位), not
# a metric of its own (空气质量指数稳居全省前列)
_TOTAL_RANK = re.compile("总量|总额|规模|GDP|经济总量")
# …a rank of a count the sentence names and gives no figure of (陕西获奖总数位居全国第二。在…论坛
# 年会上,2项陕西科研成果入选…): not the rank of the next sentence's figure
_COUNT_RANK = re.compile(r"(?:总数|数量|个数|人数|件数)(?:继续|仍|均|稳|已)?(?:位居|位列|居|排名|排|列)")


def _rank_sentence(cleaned: Cleaned, u: context.Unit, mask: list[bool]) -> str | None:
    """The rank (as written) of a short sentence that holds a rank and no figure, else None."""
    t = u.text
    if len(t) > 40:
        return None
    hint = RANK_HINT.search(t) is not None        # (第一大: RANK_HINT's 第)
    if not hint and "最" not in t:
        return None
    m = next((m for m in rank_matches(t, hint) if not (mask and mask[m.start()])), None)
    if m is None or _unit_indicators(t, None, mask):
        return None
    rs, re_ = _orig(cleaned, u, m.start(), m.end())
    return _BREAKS.sub("", cleaned.original[rs:re_]) or m.group()


def _orig(cleaned: Cleaned, u: context.Unit, a: int, b: int) -> tuple[int, int]:
    return cleaned.to_original(u.cmap[a], u.cmap[b - 1] + 1)


# a unit's other word in brackets closing a span (3.1万套（间）), as written
_ALT_TAIL = re.compile(r"[（(][\u4e00-\u9fff][）)]$")
_ALT_NEXT = re.compile(r"[（(][\u4e00-\u9fff][）)]")


def _indicator(cleaned: Cleaned, u: context.Unit, ind: _Ind, period, region,
               period_norm=None, subject=None, sentence_span=None) -> Indicator:
    # _orig and Cleaned.to_original inlined for the figure's span (one call per figure)
    origin, cmap = cleaned.origin, u.cmap
    a, b = cmap[ind.start], cmap[ind.end - 1] + 1
    s = origin[a]
    e = origin[b - 1] + 1 if b > a else s
    original = cleaned.original
    change = None
    if ind.change:                # the nested models as dicts (_record builds them)
        c = ind.change
        cs, ce = _orig(cleaned, u, c["start"], c["end"])
        cunit = c["unit"]
        if cunit and cunit[-1] != "%" and (alt := _ALT_TAIL.search(original, cs, ce)
                                           or _ALT_NEXT.match(original, ce)):
            cunit += alt.group()      # 增加22.4万头（只）: the unit's other word, as written
        change = {"direction": c["direction"], "value": c["value"], "unit": cunit,
                  "basis": c["basis"], "text": original[cs:ce], "span": (cs, ce)}
    unit = ind.unit
    if unit and (alt := _ALT_TAIL.search(original, s, e)) and not unit.endswith(alt.group()):
        unit += alt.group()           # 3.1万套（间）, 8条（个）: the span holds it (patterns._ALT_UNIT)
    rank = ind.rank
    if ind.rank_span:             # as written (居各县（市、区）首位), without layout line breaks
        rs, re_ = _orig(cleaned, u, *ind.rank_span)
        rank = _BREAKS.sub("", cleaned.original[rs:re_]) or rank
    norm = normalize(ind.value, ind.scale, ind.base)
    kind = unit_kind(ind.scale, ind.base) if ind.value is not None else None
    return _record({
        "name": ind.name or None,
        # a share of a total written as a fraction (占全国1/4, 1/4的工业增加值) is a share,
        # never the total's metric (the gold keys none: c05, c35, c73)
        "canonical": None if ind.share else names.canonical(ind.name or "", kind),
        "value": ind.value, "unit": unit, "approx": ind.approx,
        "normalized": {"value": norm[0], "unit": norm[1]} if norm else None,
        "change": change, "rank": rank, "completion": ind.completion,
        "period": period, "region": region, "subject": subject,
        "period_norm": period_norm,
        "span": (s, e), "text": original[s:e],
        "article": u.article, "sentence": u.text,
        "sentence_span": sentence_span or cleaned.to_original(*u.sent_span)})


# ``Indicator(**fields)`` without the keyword-argument wrapper: what _record builds is this
# validation's model (tests/unit/test_indicator_speedups.py compares them)
_validate_indicator = Indicator.__pydantic_validator__.validate_python

_set_attr = object.__setattr__
_validate_change = Change.__pydantic_validator__.validate_python


def _built(cls, fields: dict, given):
    """``cls.model_construct(given, **fields)`` for a dict holding every field of ``cls`` in
    its order: the instance pydantic's validation makes of a dict of the fields ``given`` whose
    values need no conversion (the same ``__dict__``, fields set, no extra or private parts)."""
    m = cls.__new__(cls)
    _set_attr(m, "__dict__", fields)
    _set_attr(m, "__pydantic_fields_set__", set(given))
    _set_attr(m, "__pydantic_extra__", None)
    _set_attr(m, "__pydantic_private__", None)
    return m


def _record(f: dict) -> Indicator:
    """``_validate_indicator(f)`` for the dict ``_indicator`` makes (its keys in the model's
    order), without validating what already has its field's type: the strings, spans, flags
    and the ``PeriodNorm`` do, and ``normalize`` gives a float and a unit; the float fields get
    validation's one conversion (an int becomes a float) and the change (one figure in ten) is
    validated as before. The same model at ≈ 60 % of validation's cost;
    tests/unit/test_indicator_speedups.py compares both on every record of the seeds and the
    open corpus, so that a field or a type changed on one side only shows there."""
    value, completion, norm, change = f["value"], f["completion"], f["normalized"], f["change"]
    if value.__class__ is int:
        f["value"] = float(value)
    if completion.__class__ is int:
        f["completion"] = float(completion)
    if norm is not None:
        f["normalized"] = _built(Normalized, norm, _NORMALIZED)
    if change is not None:
        f["change"] = _validate_change(change)
    f["page"] = f["box"] = None
    return _built(Indicator, f, _GIVEN)


# the fields _indicator gives (page and box keep their defaults: a PDF's are set later)
_GIVEN = frozenset(Indicator.model_fields) - {"page", "box"}
_NORMALIZED = frozenset(Normalized.model_fields)
