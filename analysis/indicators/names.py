"""Metric names and canonical keys.

The name of a figure is the clause before it (``地区生产总值完成164.4亿元`` → ``地区生产总值``),
with periods, regions and verbs stripped (``modifiers.yaml``). Counts may be named after the
number (``215个重点工程项目``). An enumeration before 分别 gives each figure its part
(``一、二、三产业增加值分别增长…``); a clause naming no metric takes the one before it: a change
measured otherwise (``涨幅…,环比下降0.4%``), a bare head completed by the clause's subject
(``服务业…,增加值跨上3万亿元``), places only (``宁波和青岛都超过了6500亿元``), ``X以…位居``, a
framing clause (``从经济总量看``), or the article's last keyed metric when its unit fits.
The canonical key is the longest synonym from ``taxonomy.yaml`` found in the name, if its unit
fits and the name is not a part, a rate or a gap of it (``exclude``, ``exclude_re``, 日均…,
…增速, 高于…); a table row is keyed with its column or caption (``in_table``).
"""
from __future__ import annotations

import functools
import re
import re._parser as _sre_parse
from typing import Any

from . import data
from . import places as places_mod
from .context import NATION_AROUND_AFTER, NATION_AROUND_BEFORE, PERIOD, REGION
from .parse import unit_kind

_DELIM = re.compile(r"[,;:。!?、\s…]")
# (全 is a prefix of scope, 全市…; not the 全 of 全球, 全体居民, 全部, 全面)
_PREFIX = re.compile("|".join("全(?![球体部面])" if p == "全" else re.escape(p)
                              for p in sorted(data.NAME_STRIP_PREFIX, key=len, reverse=True)))
# (均 is an adverb, 产值均增长; not the 均 of 平均: 北京平均增长16.7%)
_SUFFIX = re.compile("(?:" + "|".join("(?<!平)均" if p == "均" else re.escape(p)
                                      for p in data.NAME_STRIP_SUFFIX) + ")$")
# (a match of it ends at the end, or before a final line break, and is no wider than its widest
# word: searched from there on, not tried at every character of the name, and only in a name
# that ends with the last character of one of its words; the same match)
_SUFFIX_FROM = _sre_parse.parse(_SUFFIX.pattern).getwidth()[1] + 1
_SUFFIX_LAST = frozenset(p[-1] for p in data.NAME_STRIP_SUFFIX) | {"\n"}
_CUT = re.compile(r"(?:增幅|增速)")          # 固定资产投资增幅在... → 固定资产投资
_COUNT_VERB = re.compile(r"(?:的|实施|建设|打造|引进|培育|新建|创建|签约|落地|组织|发放|为|对|有|涌现|认定|入选|获批|获评|帮扶|带动|吸纳|共|累计|其中)$")
_RATE = re.compile(r"(?:率|比重|占比|比例|增速|增幅|人均.*)$")
# a per-head, per-day or per-unit figure is a rate of the metric, not the metric (日均新登记经营主体)
_RATE_PREFIX = re.compile(r"^(?:人均|日均|月均|户均|亩均|单位|平均每)")
# a gap to another figure (高于GDP增速6.6个百分点, 快于全部投资13.7个百分点), not that figure
_COUNTED = re.compile(r"^\d[\d.]*(?:家|个|户|座|项|所|名)")   # 191家工业企业营业收入: a subset
_COUNTED_LEAD = re.compile(r"^\d[\d.]*(?:家|个|户|座|项|所|名)(?:省份|省|城市|地市|市|县|区|国家)?")
_NATION_LEVEL = re.compile(r"的?全国(?:平均)?(?:水平|均值|平均值)")
# the national level written before its figure in brackets: 增速超过全国水平(4.8%), 国家线(4.8%)
# (高于同期全省18.6%的增速: the province's rate of the metric before)
_NATION_BEFORE = re.compile(r"全国(?:平均)?(?:水平|均值|平均值|平均线)\($|国家线\($"
                            r"|(?:高于|低于|快于|慢于)(?:同期)?全[国省市区](?:平均)?\(?$")   # 低于全国(49.5%)
# (拉动GDP增长3.4个百分点: a contribution, not the figure)
_DRIVEN = re.compile(r"(?:带动|拉动)(?!有力|作用|效应)")   # (数字经济带动有力: a heading)
_COMPARED = re.compile(r"^(?:高于|低于|快于|慢于|领先于?|落后于?|超出|拉动|带动"
                       r"|扣除|剔除|除去|不含|不包括)")   # 扣除房地产开发投资后的固定资产投资: a part
# a clause taking a part out of the metric named after it (扣除房地产开发投资后,固定资产投资增长
# 2.7%): the metric less that part (named with it), not the whole's key
_LESS_FRAME = re.compile(r"(?:^|(?<=[,;:。!?]))((?:扣除|剔除|除去|不含|不包括)[^,;:。!?\d]{2,16}?)(后|以外|之外)?,$")
# the metric, then how it compares with another's (广州GDP超出重庆337亿多元): a gap, not it
_GAP_AFTER = re.compile(r"(?:超出|高出|多出|高于|低于|快于|慢于|领先|落后|少于|多于)")
_COUNT_KINDS = {"count", "people"}
_OUTPUT_VERB = re.compile(r"增产|减产")
# the figure before converted (modifiers.yaml converted_figure), at a rate named before the word:
# 按年平均汇率折算达12551美元, 按当年汇率折合
_CONVERTED = re.compile(r"(?:按[^,;:。\d]{0,8}?汇率)?(?:"
                        + "|".join(map(re.escape, sorted(data.CONVERTED_FIGURE, key=len,
                                                         reverse=True))) + ")")
_SHARE = re.compile(r"^占|比重|占比|比例")     # 占GDP的26.7%: a share, not a metric to carry on
_DONE = re.compile(r"建成投产|建成|投产|竣工|完工|开工|签约|落地")
_POST_STOP = re.compile(r"[,;:。!?、()\s\d]|(?:开复工|开工|完成|实现|达到|已|的)")


# a clause that only frames a list (其中, 分市看): the figures after it keep the metric before
_FRAMING = {"", "其中", "分市看", "分地区看", "分区域看", "分县看", "从各市看", "从地区看", "具体来看"}

# a clause naming no metric, only how the figure before it is measured: a change of the same
# metric (涨幅比上月回落1.2个百分点,环比下降0.4%; 剔除新增国债因素,同口径增长4%)
_SAME_METRIC = re.compile(r"^(?:(?:涨幅|增幅|增速|降幅)(?:(?:比|较)[^,;。\d]{1,8}[\d.]+个百分点)?"
                          r"|(?:剔除|扣除|不含|不考虑).{0,12}(?:因素|影响)"
                          r"|(?:剔除|扣除)(?:以上|上述|这部分|此|该)?(?:因素)?后(?:同口径|按可比口径|可比口径|可比)?"
                          r"|同口径|按可比口径|可比口径|可比|环比|同比|(?:比上年)?(?:名义|实际)(?:增速)?"
                          r"|(?:两年)?平均"     # 从两年工业平均增速来看,北京平均增长16.7%
                          # (按可比口径计算,详见附注二),比2019年…增长41.3%: a note on the figure
                          r"|(?:按[^,;。\d]{1,8}计算,)?(?:详见|参见|具体见|见)[^,;。\d]{0,8}?(?:附注|注释|说明|附表)[一二三四五六七八九十\d]*)$")
# (涨幅比上月回落1.2个百分点,环比下降0.4%: how its growth moved, then the same metric again)
# a change after a part taken out with no factor named (剔除后同口径增长6.88%: the part just named)
_TAKEN_OUT = re.compile(r"(?:剔除|扣除)(?:以上|上述|这部分|此|该)?(?:因素)?后(?:同口径|按可比口径|可比口径|可比)?")

# a subject, then 以 and the figure: 晋城市以1520.3亿元排名第二位, 江苏分别以…
_BY_FIGURE = re.compile(r"^[^,;:。!?、\d]{0,8}?(?:分别)?以$")

# the metric a clause frames the figures after it by: 从经济总量看, 就增速而言…, 在投资方面
_VIEW = re.compile(r"(?:从|就)([^,;:。!?、\d从就]{1,10}?)(?:来|上)?看[,:]?"
                   r"|在([^,;:。!?、\d]{1,10}?)方面[,:]?")
_GENERIC_VIEW = re.compile(r"^(?:增速|增幅|增长|增长速度|速度|总量|规模|体量)$")


def _view_metric(m: re.Match, before: str | None) -> str | None:
    """从经济总量看 → 经济总量; 从增速看 → the metric before (its growth), else 增速; 从各市看,
    分地区看: places, not a metric (None)."""
    metric = _VIEW_RATE.sub("", clean(m.group(1) or m.group(2) or ""))
    if not metric:
        return before       # 从增速来看: the growth of the metric before
    if not metric or _NOT_METRIC.match(metric) or _PLACE_LIKE.fullmatch(metric):
        return None
    if _GENERIC_VIEW.match(metric) and before:
        return before
    return metric


_VIEW_RATE = re.compile(r"^两年(?=[^,;。]*平均)|的?平?均?(?:同比|名义|实际)?(?:增速|增幅|增长速度|增长)$")   # 从GDP同比增速来看, 从两年工业平均增速来看
_NOT_METRIC = re.compile(r"^(?:各|分|主要|全年|总体|整体|长远|全局|目前|当前|短期|中长期|结构)")


_PLACES_ETC = re.compile(r"等(?:地区|地|城市|省份|省市)")


def _strip_suffix(s: str) -> str:
    """``_SUFFIX.sub("", s)``: its one match at most (it ends at $), searched only where it can be
    (tests/unit/test_indicator_anchoring.py compares them)."""
    if not s or s[-1] not in _SUFFIX_LAST:
        return s
    m = _SUFFIX.search(s, max(0, len(s) - _SUFFIX_FROM))
    return s[:m.start()] + s[m.end():] if m else s


# (cached per process, as ``canonical`` and ``_synonyms_in``: a pure function of the raw clause
# and the data files; ``resolve`` asks it up to three times a figure, and clauses such as 全市
# GDP完成 or 同比增长 come back within a document and across documents)
@functools.lru_cache(maxsize=8192)
def clean(raw: str) -> str:
    """Strip periods, regions, and framing words around a metric name.

    >>> clean("上半年,全区新增城镇就业"), clean("全市GDP完成"), clean("原煤产量")
    ('新增城镇就业', 'GDP', '原煤产量')
    >>> clean("1—6月份平鲁区社会消费品零售总额"), clean("城乡居民收入分别达到")
    ('社会消费品零售总额', '城乡居民收入')
    """
    s = raw.strip()
    for _ in range(8):
        before = s
        s = s.strip(",;:。!?、() …—")
        if s[:1] == "“" and "”" not in s:
            s = s[1:]     # “二季度0.4%的正增长来之不易”: a quotation opening, not the name's
        m = PERIOD.match(s)
        if m and not m.group().startswith("本年"):     # 本年实际到位资金: the row's own words
            s = s[m.end():]
        m = REGION.match(s)
        if m:
            s = s[m.end():]
            e = _PLACES_ETC.match(s)      # 武汉佛山厦门等地增速: the places' 等地 too
            s = s[e.end():] if e else s
        m = _PREFIX.match(s)
        if m and len(s) > m.end():
            s = s[m.end():]
        s = _strip_suffix(s)
        if s == before:
            break
    return s


# the last delimiter before a position: the greedy ``.*`` backtracks from the end, so one
# match in the regex engine finds it (not a loop over every delimiter of the sentence)
_LAST_DELIM = re.compile(f"(?s:.*)(?:{_DELIM.pattern})")


def _clause(t: str, pos: int, floor: int) -> tuple[str, int]:
    """The clause before ``pos`` (not before ``floor``): (raw text, start).

    >>> _clause("全年城镇新增就业人数 2.34 万人", 11, 0), _clause("巴州经济 新增就业", 5, 0)
    (('全年城镇新增就业人数 ', 0), ('', 5))
    """
    end = pos
    while end > floor and pos - end < 2 and t[end - 1] == " ":
        end -= 1
    if end == pos or not ("\u4e00" <= t[end - 1:end] <= "\u9fff") or not t[pos:pos + 1].isdigit():
        end = pos     # 城镇新增就业人数 2.34 万人: a PDF's space between a name and its figure
    m = _LAST_DELIM.match(t, floor, end)
    start = m.end() if m else floor
    return t[start:pos], start


def resolve(t: str, inds: list, prev_name: str | None = None, topic: str | None = None,
            budget: str | None = None, para_budget: str | None = None,
            head_budget: str | None = None) -> None:
    """Give each indicator of a sentence its name (in place). ``prev_name``: the last name of
    the paragraph's previous sentence (a bare head like 利润总额 takes its qualifier);
    ``para_budget``: the paragraph's last budget metric before this sentence (一般公共预算收入:
    a bare 支出 after its parts 税收收入, 非税收入 is that budget's); ``head_budget``: the budget
    a heading of the paragraph names (1.一般公共预算收支情况。: its 本级收入, 本级支出 are that budget's);
    ``topic``: the article's last keyed metric before this sentence (南京以7622.77亿元位居第六位,
    opening a paragraph of a news story comparing cities' GDP)."""
    floor = 0
    prev = None
    wide: dict[int, str] = {}     # group → the words before its first figure, across 、
    views = [(m.end(), v) for m in _VIEW.finditer(t)
             if (v := _view_metric(m, prev_name or topic))] if "看" in t or "方面" in t else []
    for ind in inds:
        pos = ind.name_from if ind.name_from is not None else ind.start
        if ind.name:              # named by its form (a ratio's part: 第一产业比重)
            floor, prev = max(floor, ind.end), ind
            continue
        if ind.group is not None and prev is not None and prev.group == ind.group:
            ind.name = prev.name
            prev = ind
            continue
        if prev is not None and prev.extent <= pos:
            floor = max(floor, prev.extent)   # after the previous figure and what it attached
        if ind.group is not None:
            w = _wide_clause(t, pos, min(floor, pos))
            if not w and pos > min(floor, pos) and t[pos - 1] == ",":
                # 接待国内游客量、国内游客出游总花费,较2025年春节假期分别增长26.9%、24.9%: the
                # names before the comma of a clause that opens with its basis
                w = _wide_clause(t, pos - 1, min(floor, pos))
            wide[ind.group] = w
        raw, start = _clause(t, pos, min(floor, pos))
        name = clean(raw)
        if ind.value is not None and _CONVERTED.fullmatch(name) and (
                prev.name if prev is not None else prev_name):
            # …1022.8亿元人民币,同比增长11.6%;折合158.4亿美元: that figure converted
            name = prev.name if prev is not None else prev_name   # type: ignore[assignment]
        cut = _CUT.search(name)
        if cut and ind.value is None:
            name = name[:cut.start()]
        if ind.value is None and prev is not None and prev.name and (cut or _CUT.match(t, pos)) \
                and _PLACE_LIKE.fullmatch(name) and _longest_synonym(prev.name):
            name = prev.name      # 市级一般公共预算收入增幅为0.6%,高新区增幅为6.2%: the same metric
        count = ind.value is not None and _kind(ind) in _COUNT_KINDS
        inherited = prev.name if prev is not None else prev_name
        view = next((v for e, v in reversed(views) if e <= pos), None) if views else None
        if view and (prev is None or prev.start < max(e for e, _ in views if e <= pos)):
            inherited = view      # 从经济总量看,广东、江苏分别以…亿元、…亿元位居前两位
        # the metric a subject-only clause takes: the first keyed one that fits the figure among
        # the one before, the framing clause's and the article's, else the one before
        # a keyed metric whose unit fits the figure (carried to a clause naming only places:
        # 宁波和青岛都超过了6500亿元 takes GDP, 3座煤矿 or 5万亩 takes nothing)
        kind = _kind_of(ind)
        carried = None            # (a loop, not a generator made per figure)
        for cand in (inherited, view, topic):
            if cand and canonical(cand, kind) is not None:
                carried = cand
                break
        carried_any = carried or inherited
        if not carried and carried_any and ind.value is not None and _BY_FIGURE.search(raw) \
                and not _longest_synonym(name):
            carried = carried_any     # 长治市紧随其后,以215.6亿元位居第4位 (a metric with no key)
        if carried and not _longest_synonym(name) and (
                (_BY_FIGURE.search(raw) and ind.value is not None)
                # 高于4.8%的全国水平, 低于全国平均水平(8.1%): the nation's level of the metric
                # the figures around it are compared by
                or _NATION_LEVEL.match(t, ind.extent) or _nation_around(t, ind)
                # 距离10223.99亿元的湖南仅一步之遥: a place's figure of the metric in scope
                or (ind.value is not None and t[ind.extent:ind.extent + 1] == "的"
                    and REGION.match(t, ind.extent + 1))
                or _NATION_BEFORE.search(t, max(0, ind.start - 8), ind.start)
                # 湖北省以58.3%的增速位居首位: the growth of the metric before
                or (ind.value is None and _BY_FIGURE.search(raw + t[pos:pos + 1]))
                or (not count and (_subject_only(t[start:max(pos, ind.start)])
                                   or _BARE_TOTAL.fullmatch(_LEAD.sub("", name))))
                # …增长30.1%,为全省工业增速最快的城市,全市两年平均增长也达到23.1%: the same metric
                or (ind.value is None and _WHOLE_ONLY.fullmatch(name))):
            # 长治市紧随其后,以215.6亿元位居第4位: the subject ranks by the metric named before;
            # 宁波和青岛这两个计划单列市都超过了6500亿元: places, and how they compare
            ind.name = carried
            floor = ind.end
            prev = ind
            continue
        if not name and ind.value is None and prev is None and topic \
                and _BARE_RATE.match(t, ind.end):
            name = topic          # …的情况下,今年一季度4.8%增速实属不易: the article's metric
        if not name and prev is not None and floor > 0 and (
                re.fullmatch(r"[、,和及与\s]*", t[min(floor, pos):pos])
                or (raw.strip(",;:。!?、() …—") and "累计" not in raw)):
            # 1324户485.3万元, 15393元、5344元, 突破300天,达到315天: the same metric
            name = prev.name or ""          # 1324户485.3万元, 15393元、5344元: the same metric
            if prev.group is None:
                wide[id(prev)] = _wide_clause(t, prev.name_from if prev.name_from is not None
                                              else prev.start, 0)
            ind.group = prev.group = prev.group or id(prev)
        elif not name and not count and start > 0:
            raw2, _ = _clause(t, start - 1, min(floor, start - 1))
            name = "" if _VIEW.fullmatch(raw2.strip()) else clean(raw2)
            cut = _CUT.search(name)
            if cut and ind.value is None and prev is not None and cut.start() == 0:
                name = ""         # 同比上涨6.4%,涨幅比上月回落…,环比下降0.4%: the same metric
            elif cut:
                name = name[:cut.start()]
            if (name in _FRAMING or (ind.value is None and _SAME_METRIC.match(clean(raw2))))\
                    and inherited:
                name = inherited  # 全省地区生产总值…。其中,太原市5571.2亿元: the metric before
        elif ind.value is None and inherited and _SAME_METRIC.match(name):
            name = inherited      # 剔除…因素,同口径增长4%: a change of the metric before
            if _TAKEN_OUT.fullmatch(clean(raw)) and canonical(inherited, kind) is None:
                # 支出完成2665184万元,…,2024年支出基数中有21.62亿元无支撑,剔除后同口径增长6.88%:
                # the part taken out is named before; the change is the keyed metric's before it
                name = next((i.name for i in reversed(inds[:next(
                    k for k, x in enumerate(inds) if x is ind)])
                    if i.name and canonical(i.name, kind) is not None), inherited)
        post = t[ind.end:ind.end + 16] if count else ""
        same = ind.group is not None and prev is not None and prev.group == ind.group
        m = _POST_STOP.search(post)
        post = post[:m.start()] if m else post
        syn = _longest_synonym(post) if post else None
        if count and (not name or _COUNT_VERB.search(name) or len(name) <= 1 or syn):
            if syn:
                i = post.index(syn) + len(syn)
                done = _DONE.match(post, i)      # 243个重点项目建成投产: what they did
                post = post[:done.end() if done else i]
                if same and _DELIM.search(t, floor, pos):
                    # 完成投资1865.7亿元,243个重点项目: a metric of its own (投资593亿元28个
                    # 重点项目, with no comma, keeps the words before: the projects invested in)
                    name, ind.group = "", None
            base = re.sub(r"的$", "", name)
            name = (base + post) if post else name
        if not name and ind.value is None and start == 0 and not raw.strip() and inherited \
                and not _SHARE.search(inherited):
            name = inherited      # 杭州GDP达到了8646亿元,同比增长12.7%;两年平均增长7.0%
        elif not name and ind.value is None and not raw.strip() and topic \
                and _OPENING_RATE.match(t, ind.end):
            name = topic          # (…GDP为1395.99亿元…)\n19.8%的同比增速目前仅次于湖北省
        elif topic and _GROWTH_AFTER.match(t, ind.end) and _NO_METRIC.fullmatch(name or "") \
                and canonical(topic, _kind_of(ind)) is not None:
            name = topic          # 仍能保持3%的增长, 目前8.1%的增速: the story's metric's growth
        if name and prev is not None and prev.value is not None and start == prev.extent \
                and _kind(prev) in _COUNT_KINDS and not count and _longest_synonym(name):
            name = t[prev.start:prev.end] + name     # 191家工业企业营业收入超百亿元: a subset
        if name and ind.value is None and _OUTPUT_VERB.match(t, pos) \
                and not _longest_synonym(name) and name + "产量" in _SYN_KEY:
            name += "产量"        # 粮食增产169.8亿斤: the change of 粮食产量
        goal = _GOAL_AFTER.match(t, ind.end) if ind.value is not None else None
        if goal and not _longest_synonym(name or "") and _longest_synonym(goal.group(1)) \
                and canonical(goal.group(1), kind) is not None:
            name = goal.group(1) + "目标"     # 锚定1万亿元的经济总量目标: the metric after it
        elif not goal and ind.value is not None and t[ind.end:ind.end + 1] == "的" \
                and not _longest_synonym(name or ""):
            after = _METRIC_AFTER.match(t, ind.end)
            if after and _longest_synonym(after.group(1)) \
                    and canonical(after.group(1), kind) is not None:
                name = after.group(1)   # 对比10345元的居民人均可支配收入“国家线”: the metric after it
        if name and start > 0 and len(name) <= 4 and not _longest_synonym(name):
            name = _complete(name, t, start) or name
        before = prev.name if prev is not None else prev_name
        if name and before and _BARE_SIDE.fullmatch(name) and _SIDE_END.search(before) \
                and not _BUDGET_NAME.search(before):
            # 一般公共预算收入完成148.21亿元…。其中,税收收入…。非税收入…。支出完成300.55亿元:
            # the budget's other side, not its last part's (非税支出)
            bud = para_budget
            for o in inds:
                if o is ind:
                    break
                if o.name and _BUDGET_NAME.search(o.name):
                    bud = o.name
            if bud:
                before = bud
        if name and head_budget and (lv := _LEVEL_SIDE.fullmatch(name)) and (
                before is None or _LEVEL_SIDE.fullmatch(before) or head_budget in before):
            # 1.一般公共预算收支情况。本级收入578609万元…;本级支出…: the heading's budget, at
            # the level written (本级一般公共预算收入)
            name = (lv.group(1) or "") + head_budget + lv.group(2)
            before = None
        if name and before:
            name = _qualify(name, before)
        if not name and count:
            name = raw.strip(",;:。!?、() …—")   # 累计达到12254户: keep the words, no key
        if name and start > 1 and t[start - 1] == "," and (
                less := _LESS_FRAME.search(t, max(0, start - 24), start)) \
                and not less.group(1).endswith(("因素", "影响")) and not _COMPARED.match(name):
            name = less.group(1) + (less.group(2) or "") + "的" + name
        ind.name = name or None
        floor = ind.end
        prev = ind
    for ind in inds:          # 8个省份GDP增速超过18.3%的全国平均水平: the nation's, not the subset's
        if ind.name and _COUNTED.match(ind.name) and (_NATION_LEVEL.match(t, ind.end)
                                                      or _nation_around(t, ind)):
            ind.name = _COUNTED_LEAD.sub("", ind.name) or ind.name
    _split_enumeration(inds, wide)
    _split_urban_rural(inds)
    _plan_then_actual(t, inds, budget)
    for ind in inds:          # 中国的经济增速为8.1%: GDP's growth (modifiers.yaml rate_names)
        if ind.value is None and ind.name in data.RATE_NAMES:
            ind.name = data.RATE_NAMES[ind.name]
        elif ind.value is None and ind.name in data.RATE_NAMES_WRITTEN and ind.change \
                and data.RATE_NAMES_WRITTEN[ind.name] not in t[:ind.start] \
                and re.search(re.escape(ind.name) + r"(?:平均)?(?:同比|名义|实际)?(?:增速|增幅|增长速度)",
                              _clause(t, ind.change["start"], 0)[0] if ind.group is None
                              else t[:ind.change["start"]]):
            ind.name = data.RATE_NAMES_WRITTEN[ind.name]    # 工业增速8.3%, not 完成投资增长43.8%
    for ind in inds:
        if ind.value is None and ind.name and ind.change \
                and str(ind.change.get("unit", "")).endswith("百分点") and _amount_key(ind.name) \
                and _RATE_WORD.search(_clause(t, ind.change["start"], 0)[0]):
            ind.name += "增速"   # 增速比上月回落1.1个百分点: the growth rate moved, not the amount


def _nation_around(t: str, ind) -> bool:
    """Is the figure the nation's level, written around it (超过全国9.8%的水平)?"""
    return t.startswith("的", ind.end) and bool(
        NATION_AROUND_AFTER.match(t, ind.end)
        and NATION_AROUND_BEFORE.search(t, max(0, ind.start - 6), ind.start))


_WHOLE_ONLY = re.compile(r"(?:全|我|本)(?:省|市|县|区|州|盟|旗)")   # a clause naming only 全市
_RATE_WORD = re.compile(r"增速|增幅|涨幅|降幅|增长速度")
_GOAL_AFTER = re.compile(r"的([^,;:。!?、\d的]{2,10}?)目标")
_METRIC_AFTER = re.compile(r"的([^,;:。!?、\d的“”\"()]{2,12})")
_OPENING_RATE = re.compile(r"的(?:同比|环比)?(?:增速|增幅|增长速度)")   # 19.8%的同比增速, opening
_GROWTH_AFTER = re.compile(r"的(?:同比|环比|实际|名义)?(?:增长|增速|增幅|增长速度)(?![\u4e00-\u9fff]{0,2}[\d%])")
# a name that is only adverbs, verbs and times: no metric of its own (仍能, 目前, 高)
_NO_METRIC = re.compile(r"(?:仍能|仍然|依然|仍|也|还|都|均|已经|已|再|能够|能|目前|当前|如今|保持|维持|实现|"
                        r"录得|高达|达到|达|高|继续|要|但|而|并|且|了|的)*")
_BARE_RATE = re.compile(r"(?:同比|环比)?(?:增速|增幅|增长速度)|的?[正负]增长")   # 4.8%增速 (no 的),
# 0.4%的正增长


def _amount_key(name: str) -> bool:
    """Is ``name`` keyed to an amount (money, mass …) rather than a rate in %?"""
    key = canonical(name, None)
    return key is not None and "percent" not in data.KEYS[key].units


_WIDE_DELIM = re.compile(r"[,;:。!?\s…]")
_ENUM_SEPS = (re.compile("、"), re.compile("[、和及与]"))
_NUMERAL_HEAD = re.compile(r"^第?[一二三]$")


# what a clause naming only its subjects says besides the places: 这两个计划单列市都超过了
_SUBJECT_WORDS = re.compile(
    r"(?:[和与及、的]|[\u4e00-\u9fff]{0,4}?(?:这|那)?[两二三四五六七八九十\d]+个?(?:中部|西部|东部|东北)?"
    r"(?:城市|省份|省市|省区"
    r"|计划单列市|副省级城市|省会城市|地市|市|省|县|区)|其中|都|均|也|则|已|还|仍|继续)*"
    r"(?:[(（]|(?:名义|实际)?增速|增幅|规模|总量|一季度|上半年)?(?:也|均|依然|仍|已)?"
    r"(?:超过了?|突破了?|达到了?|超|过|达|为|是|增长|下降|高达|高于|低于|跑赢|跑输|保持在|"
    r"(?:下滑|回落|提高|提升|加快|放缓|升)至)?[(（]?")


# a subject that is a place or a zone, before 增幅/增速 (高新区增幅为6.2%)
_PLACE_LIKE = re.compile(r"(?:全|我|该|本)?[\u4e00-\u9fff]{1,5}?(?:省|市|县|区|州|盟|旗|园区|新区)(?:级)?")
# the total of the metric just named, and how it went (但规模突破了1万亿: 上海GDP's)
_BARE_TOTAL = re.compile(r"(?:规模|总量|体量)(?:已|也|均|再)?(?:突破了?|超过了?|达到了?|迈上了?|跨过了?|达|超)?")
_LEAD = re.compile(r"^(?:其中|此外|另外|同时|而|但|则|还有|还包括|包括|不过|虽然|即便是|即使是"
                   r"|(?:排名|排在|位居|位列|名列)第[一二三四五六七八九十\d]{1,3}(?:位|名)?的)+")
                   # (即便是排名第10位的余姚市(63381元/年): a place, ranked)
_PLACE_COUNT = re.compile(r"[两二三四五六七八九十\d]+个?(?:中部|西部|东部|东北)?"
                          r"(?:城市|省份|省市|省区|计划单列市|副省级城市)")


# (cached per process, as ``clean``: a pure function of the clause and the data files; clauses
# such as 其中 or 江苏为 come back within a document and across documents)
@functools.lru_cache(maxsize=4096)
def _subject_only(raw: str) -> bool:
    """Does the clause name only places (and how many) before its figure?

    >>> _subject_only("宁波和青岛这两个计划单列市都超过了"), _subject_only("其中广深两个城市超过")
    (True, True)
    >>> _subject_only("其中江西("), _subject_only("江苏为")
    (True, True)
    >>> _subject_only("全市地区生产总值"), _subject_only("新建"), _subject_only("")
    (False, False, False)
    >>> _subject_only("而天津一季度增速下滑至"), _subject_only("湖南、湖北4个中部省份的增速均保持在")
    (True, True)
    """
    s = _LEAD.sub("", raw.strip(",;:。!?、() …—"))     # 其中江西: not 中江 (a county)
    if not s or len(s) > 24:
        return False
    # a place at each position, else a period, else the character is kept; the period is found
    # by one ``search`` (in C) from the position on, not tried at every character: no period
    # matches the empty string, so the leftmost match at or after ``i`` is the one ``match``
    # would find at its start, and none starts before it (test_indicator_speedups.py compares
    # this loop with the match at every character)
    rest, i, places, n = [], 0, False, len(s)
    per = PERIOD.search(s)
    while i < n:
        m = REGION.match(s, i)
        if m and m.end() > i:
            i, places = m.end(), True
            continue
        if per is not None and per.start() < i:
            per = PERIOD.search(s, i)     # (the one found before was passed over by a place)
        if per is not None and per.start() == i:
            i = per.end()
            continue
        rest.append(s[i])
        i += 1
    rest_s = "".join(rest)
    places = places or bool(_PLACE_COUNT.search(rest_s))
    return places and bool(_SUBJECT_WORDS.fullmatch(rest_s))


subject_only = _subject_only


def _wide_clause(t: str, pos: int, floor: int) -> str:
    """The words before ``pos`` back to a comma or stop (an enumeration ``A、B`` stays whole)."""
    start = floor
    for m in _WIDE_DELIM.finditer(t, floor, pos):
        start = m.end()
    return t[start:pos]


def _enumerated(raw: str, k: int) -> list[str] | None:
    """The ``k`` metric names of an enumeration, or None.

    >>> _enumerated("新落地项目、实际利用内资分别", 2)
    ['新落地项目', '实际利用内资']
    >>> _enumerated("一、二、三产业增加值分别", 3)
    ['第一产业增加值', '第二产业增加值', '第三产业增加值']
    >>> _enumerated("接待游客数量和游客总花费分别", 2)
    ['接待游客数量', '游客总花费']
    >>> _enumerated("城镇、农村居民人均可支配收入分别", 2)
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    >>> _enumerated("第一、二、三产业增加值分别为", 3)
    ['第一产业增加值', '第二产业增加值', '第三产业增加值']
    >>> _enumerated("粮食播种面积和产量分别为", 2)
    ['粮食播种面积', '粮食产量']
    >>> _enumerated("国内游客人次、总花费", 2)
    ['国内游客人次', '国内游客总花费']
    >>> _enumerated("太原、大同分别", 2) is None, _enumerated("地区生产总值", 2) is None
    (True, True)
    >>> _enumerated("我国东部、中部、西部地区实际使用外资同比分别", 3) is None
    True
    """
    s = clean(raw)
    for sep in _ENUM_SEPS:
        parts = [p.strip() for p in sep.split(s)]
        if len(parts) != k:
            continue
        last = clean(parts[-1])
        parts = [clean(p) for p in parts[:-1]] + [last]
        if not all(parts) or any(ch.isdigit() for p in parts for ch in p):
            return None           # a place (太原、大同分别), a period, a number: not names
        if any(p + "地区" in places_mod.BY_NAME for p in parts[:-1]):
            return None           # 东部、中部、西部地区实际使用外资: regions, one metric
        out = []
        head = len(parts[-2].lstrip("第"))
        for p in parts:
            if p is not last and len(p) <= 2 and len(last) > head + 1:
                p = p + last[head:]          # 城镇、农村居民收入: the words they share
            elif p is not parts[0] and len(p) <= 3:
                # 粮食播种面积和产量: the first part's head with this one makes a known metric
                # (国内游客人次、总花费: 国内游客总花费, a known metric inside)
                p = next((parts[0][:k] + p for k in range(len(parts[0]) - 1, 0, -1)
                          if parts[0][:k] + p in _SYN_KEY), None) \
                    or next((parts[0][:k] + p for k in range(len(parts[0]) - 1, 0, -1)
                             if canonical(parts[0][:k] + p, None)), p)
            out.append(p)
        if _NUMERAL_HEAD.match(parts[0]):     # 一、二、三产业增加值: 第一产业增加值 ...
            out = [p if p.startswith("第") else "第" + p for p in out]
        if len(set(out)) < k:
            return None
        return out
    return None


def _split_enumeration(inds: list, wide: dict[int, str]) -> None:
    """一、二、三产业增加值分别增长4.2%、5%、5.4%: each figure its own name, in order."""
    if not wide:
        return            # no group's words were kept: nothing to split (most sentences)
    groups: dict = {}
    for ind in inds:
        if ind.group is not None:
            groups.setdefault(ind.group, []).append(ind)
    for gid, g in groups.items():
        raw = wide.get(gid) if gid in wide else wide.get(id(g[0]))
        if not raw or len(g) < 2:
            continue
        names = _enumerated(raw, len(g))
        if names:
            for ind, n in zip(g, names):
                ind.name = n


# a budget's metric (一般公共预算收入, 社会保险基金支出) and a figure named by its side only (支出):
# after the budget's parts (其中,税收收入…。非税收入…), the side is the budget's (resolve)
_BUDGET_NAME = re.compile(r"(?:预算|基金)(?:收入|支出)$")
_BARE_SIDE = re.compile(r"收入|支出")
_SIDE_END = re.compile(r"(?:收入|支出)$")
# a side written with its budget level only (本级收入, 市本级支出) or alone (支出)
_LEVEL_SIDE = re.compile(r"(" + data.BUDGET_LEVEL + r")?(收入|支出)")
_HEAD = re.compile("(?:" + "|".join(re.escape(h) for h in data.GENERIC_HEADS) + ")$") \
    if data.GENERIC_HEADS else None
_SCOPE = re.compile("(?:全市|全省|全县|全区)?(" + "|".join(map(re.escape, data.SCOPE_HEADS)) + ")") \
    if data.SCOPE_HEADS else None


def _complete(name: str, t: str, start: int) -> str | None:
    """A bare name (增加值, 新登记) completed by the subject that opens the clause before it,
    when the two make a known metric.

    >>> _complete("增加值", "服务业支撑作用更加明显,增加值跨上3万亿元台阶", 12)
    '服务业增加值'
    >>> _complete("增加值", "累计完成建筑业产值9万亿元,增加值3万亿元", 15) is None
    True
    """
    if name not in _SYN_TAILS:
        return None       # no synonym ends with the name: no subject can complete it
    raw, _ = _clause(t, start - 1, 0)
    subject = clean(raw)
    for k in range(min(len(subject), 10), 0, -1):
        if subject[:k] + name in _SYN_KEY:
            return subject[:k] + name
    return None


_TABLE_NO = re.compile(r"^(?:附?表\s*[\d一二三四五六七八九十]+[.、:\s]*)")
_ROW_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、])")
_TOTAL_ROWS = frozenset({"合计", "总计", "全部", "总体", "全部行业", "全行业", "行业合计"})
_BY_BRANCH = re.compile(r"分?(?:行业|门类)(?=增加值|营业收入|利润)")   # 规模以上工业行业增加值
_CAPTION_TAIL = re.compile(r"(?:主要指标)?(?:的?增长速度|增速|增长情况|情况)$")


def in_table(name: str, column: str, caption: str, kind: str | None) -> str:
    """A table row's metric, completed by its column's metric or the table's caption when that
    makes a known metric (the row alone names none).

    >>> in_table("粮食", "产量", "表3 2025年主要农产品产量", "mass")
    '粮食产量'
    >>> in_table("投资完成额", "", "表6 2025年房地产开发和销售主要指标增长速度", None)
    '房地产开发投资完成额'
    >>> in_table("住宅", "", "表6 2025年房地产开发和销售主要指标增长速度", None)
    '住宅'
    >>> in_table("一、粮食", "", "表1 2024年主要农产品产量", "mass")
    '粮食产量'
    >>> in_table("合计", "增长速度(%)", "表2 2024年规模以上工业行业增加值增长速度", None)
    '规模以上工业增加值'
    """
    name = _ROW_NUMBER.sub("", name) or name     # 一、粮食: the row's list number is not its name
    if not name or canonical(name, kind):
        return name
    if name in _TOTAL_ROWS:     # 合计 of a table by branch: the caption's metric as a whole
        whole = _CAPTION_TAIL.sub("", _BY_BRANCH.sub("", clean(
            _TABLE_NO.sub("", caption.split(" 单位")[0].strip()))))
        if whole and canonical(whole, kind):
            return whole
    if column and canonical(name + column, kind):
        return name + column
    cap = clean(_TABLE_NO.sub("", caption.split(" 单位")[0].strip()))
    # (a synonym across the join holds the two characters either side of it: where no synonym
    # holds that pair, none can be found across it and the search is not made; _SYN_PAIRS)
    for k in range(min(len(cap), 12), 1, -1):
        if cap[k - 1] + name[0] not in _SYN_PAIRS:
            continue
        whole = cap[:k] + name
        for syn, _ in _synonyms_in(whole):
            i = whole.find(syn)
            if i < k < i + len(syn) and canonical(whole, kind):
                return whole          # the synonym joins the caption's words and the row's
    for k in range(1, min(len(cap), 12) + 1):     # 粮食 under 主要农产品产量: the row, then the caption's
        if name[-1] + cap[len(cap) - k] not in _SYN_PAIRS:
            continue      # (a synonym opening the row and going on into the caption's words)
        whole = name + cap[len(cap) - k:]
        for syn, _ in _synonyms_in(whole):
            i = whole.find(syn)
            if i == 0 and len(name) < len(syn) and canonical(whole, kind):
                return whole          # the row opens the synonym (not 农副食品加工业 + 工业增加值)
    return name


# the actual figure written right after the approved budget's (…预算收入为53.03亿元,实际完成53.68亿元)
_ACTUAL_AFTER = re.compile(r"[,;]?\s*实际(?:完成|执行|实现|支出|收入)?(?:为|了)?")
_BARE_BUDGET = re.compile(r"(收入|支出)(?:预算)?")
# an actual figure named by its side only, the budget left to the section (实际支出1512.54亿元)
_BARE_ACTUAL = re.compile(r"实际(?:完成|执行|实现)?(收入|支出)")


def _plan_then_actual(t: str, inds: list, topic: str | None) -> None:
    # (``topic``: the article's last budget metric named, 一般公共预算收入)
    """A budget line's two figures of one metric: the approved budget, then 实际完成 the actual
    (全市2025年一般公共预算收入为53.03亿元,实际完成53.68亿元; 支出预算为155.32亿元,实际完成174.24亿
    元). The actual is the metric (a bare 支出预算 takes the budget of the article's metric before:
    一般公共预算支出); the budget is named …预算 (no key: taxonomy.yaml excludes it)."""
    for a, b in zip(inds, inds[1:]):
        if a.value is None or b.value is None or not a.name or a.name != b.name \
                or not _ACTUAL_AFTER.fullmatch(t, a.end, b.start):
            continue
        base = a.name[:-2] if a.name.endswith("支出预算") or a.name.endswith("收入预算") \
            else a.name
        bare = _BARE_BUDGET.fullmatch(base)
        if bare and topic:
            m = _BARE_BUDGET.search(topic)
            if m and m.start() > 0:
                base = topic[:m.start()] + bare.group(1)    # 支出 after 一般公共预算收入
        b.name = base
        a.name = base + "预算"
    if topic and (m := _BARE_BUDGET.search(topic)) and m.start() > 0:
        for ind in inds:      # 全年支出预算调整为1571.03亿元。实际支出1512.54亿元 (the budget
            bare = _BARE_ACTUAL.fullmatch(ind.name or "")     # of the article's last metric)
            if bare and ind.value is not None:
                ind.name = topic[:m.start()] + bare.group(1)


def _qualify(name: str, prev: str) -> str:
    """A bare head after a fuller name takes its qualifier.

    >>> _qualify("利润总额", "规上工业企业主营业务收入")
    '规上工业企业利润总额'
    >>> _qualify("原煤产量", "地区生产总值")
    '原煤产量'
    >>> _qualify("主营业务收入", "规模以上工业企业产品销售率")
    '规模以上工业企业主营业务收入'
    """
    if _HEAD is None or not _HEAD.fullmatch(name):
        return name
    m = _HEAD.search(prev)
    if m and m.start() > 0 and prev[m.start():] != name:
        return prev[:m.start()] + name
    scope = _SCOPE.match(prev) if _SCOPE is not None else None
    if scope:             # …规模以上工业企业产品销售率…。实现主营业务收入3423.5亿元
        return scope.group(1) + name
    return name


def _kind_of(ind) -> str | None:
    return unit_kind(ind.scale, ind.base) if ind.value is not None else None


def _kind(ind) -> str | None:
    info = data.BASE_UNITS.get(ind.base)
    return info["kind"] if info else None


def _split_urban_rural(inds: list) -> None:
    """城乡居民收入分别达到15393元、5344元 → 城镇居民收入, 农村居民收入; 人民币存贷款余额分别增长
    6.9%、6.6% → 人民币存款余额, 人民币贷款余额 (modifiers.yaml ``paired_words``)."""
    groups: dict = {}
    for ind in inds:
        if ind.group is not None:
            groups.setdefault(ind.group, []).append(ind)
    for g in groups.values():
        if len(g) != 2 or not g[0].name or g[0].name != g[1].name:
            continue
        name = g[0].name
        word = next((w for w in data.PAIRED_WORDS if w in name), None)
        if word:
            a, b = data.PAIRED_WORDS[word]
            g[0].name, g[1].name = name.replace(word, a, 1), name.replace(word, b, 1)


_SYN_RE = re.compile("|".join(re.escape(n) for n, _ in data.SYNONYMS))
_SYN_KEY = dict(data.SYNONYMS)
# every proper suffix of a synonym (增加值 of 服务业增加值): the names ``_complete`` can complete
_SYN_TAILS = frozenset(n[i:] for n in _SYN_KEY for i in range(1, len(n)))


_INNER_VERB = re.compile(r"(?<=.)(?:实现|完成|累计)(?=.)")
# 新登记各类经营主体 → 新登记经营主体 (modifiers.yaml name_inner_strip)
_INNER_KIND = re.compile("(?<=.)(?:" + "|".join(map(re.escape, data.NAME_INNER_STRIP)) + ")(?=.)") \
    if data.NAME_INNER_STRIP else None
# a bracket defining the metric as a ratio (常住人口城镇化率(城镇人口占常住人口比重): closed or cut
# by the clause's end (modifiers.yaml name_gloss_ratio)
_GLOSS = re.compile(r"\((?=[^()]*(?:" + "|".join(map(re.escape, data.NAME_GLOSS_RATIO))
                    + r"))[^()]*(?:\)|$)") if data.NAME_GLOSS_RATIO else None
# the synonyms as a lookahead: one scan in the regex engine tries them at every position
# (the first alternative, i.e. the longest, at each; overlapping ones included)
_SYN_AT = re.compile(f"(?=({_SYN_RE.pattern}))")
_SYN_LIST = [n for n, _ in data.SYNONYMS]      # longest first: a lower index is never shorter
# every two characters that stand side by side in a synonym (in_table's test before a search)
_SYN_PAIRS = frozenset(n[i:i + 2] for n in _SYN_LIST for i in range(len(n) - 1))
_SYN_AC: Any = None
try:   # the same synonyms by a Rust Aho-Corasick automaton: every match at every position (its
    #    overlapping matches), in one pass; the lookahead scan tries ~300 alternatives at each
    #    character (~3.5x the time over the open corpus's names and sentences)
    import ahocorasick_rs as _ac
    _SYN_AC = _ac.AhoCorasick(_SYN_LIST)       # (the standard match kind: overlapping allowed)
except ImportError:      # pragma: no cover - the lookahead scan
    pass


def _longest_each(name: str) -> set[str]:
    """The longest synonym starting at each position of ``name`` (what ``_SYN_AT`` captures):
    of the automaton's matches starting at a position, the one of lowest index, the longest
    (two synonyms of one length cannot both start at one position)."""
    best: dict[int, int] = {}
    for k, s, _e in _SYN_AC.find_matches_as_indexes(name, overlapping=True):
        j = best.get(s)
        if j is None or k < j:
            best[s] = k
    return {_SYN_LIST[k] for k in best.values()}


@functools.lru_cache(maxsize=8192)
def _synonyms_in(name: str) -> tuple[tuple[str, str], ...]:
    """Synonyms occurring in ``name`` (longest at each position), longest first.

    Cached per process (a pure function of the name and the taxonomy, like ``canonical``):
    ``resolve`` asks it up to four times about the same name. Found by the automaton
    (``_longest_each``), else by the lookahead scan; tests/unit/test_indicator_speedups.py
    compares both with a match tried at every position."""
    found = _longest_each(name) if _SYN_AC is not None \
        else {m.group(1) for m in _SYN_AT.finditer(name)}
    # longest first; among equals the one written first (a set's order changes per process)
    return tuple(sorted(((f, _SYN_KEY[f]) for f in found),
                        key=lambda p: (-len(p[0]), name.find(p[0]), p[0])))


def named_key(text: str) -> str | None:
    """The one headline metric (a summary key: GDP, 工业增加值, 投资 …) a sentence without figures
    names (its longest synonym), else None: none, synonyms of several keys, a key read only
    alone (出口 inside 推进口岸), or a part the key excludes (人均GDP).

    >>> named_key("统计部门发布的GDP增速均为GDP实际增速"), named_key("人均GDP排名上升")
    ('GDP', None)
    """
    found = _synonyms_in(text)
    if not found or any(k != found[0][1] for _, k in found):
        return None
    k = data.KEYS[found[0][1]]
    if k.key not in data.SUMMARY_KEYS or k.whole or any(x in text for x in k.exclude):
        return None
    return found[0][0]


def _longest_synonym(name: str) -> str | None:
    found = _synonyms_in(name)
    return found[0][0] if found else None


@functools.lru_cache(maxsize=64)
def _exclude_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _excluded(pattern: str, rest: str) -> bool:
    return bool(_exclude_pattern(pattern).search(rest))


@functools.lru_cache(maxsize=4096)
def canonical(name: str, kind: str | None) -> str | None:
    """The canonical key of a metric name, or None.

    >>> canonical("规上工业增加值", "money"), canonical("地区生产总值", "money")
    ('industrial_value_added', 'gdp')
    >>> canonical("人均地区生产总值", "money"), canonical("开复工率", "percent")
    ('per_capita_gdp', None)
    >>> canonical("人均原煤产量", "mass"), canonical("财政收入", "money")
    (None, 'public_budget_revenue')
    >>> canonical("出口", "money"), canonical("机电产品出口", "money"), canonical("城镇常住人口", "people")
    ('exports', None, None)
    >>> canonical("城乡居民收入", "money"), canonical("农村居民收入", "money")
    (None, 'rural_disposable_income')
    >>> canonical("原煤产量", "percent"), canonical("PM2.5浓度", None)
    (None, 'pm25')
    >>> canonical("规模以上工业企业实现营业收入", "money")
    'industrial_revenue'
    >>> canonical("规模以上工业增加值增速", None), _amount_key("规模以上工业增加值")
    (None, True)
    >>> _amount_key("城镇调查失业率"), _amount_key("煤炭工业增加值占比")
    (False, False)
    >>> canonical("高于GDP", None), canonical("191家工业企业营业收入", "money")
    (None, None)
    >>> canonical("日均新登记经营主体", "count"), canonical("对东盟进出口", None)
    (None, None)
    >>> canonical("广州GDP超出重庆", "money"), canonical("非化石能源发电量", "energy")
    (None, None)
    >>> canonical("新登记各类经营主体", "count")
    'new_market_entities'
    >>> canonical("旅发大会带动游客人数", None), canonical("游客人数", None)
    (None, 'tourist_arrivals')
    """
    if not name:
        return None
    if _COMPARED.match(name) or _COUNTED.match(name):
        return None
    if "动" in name and _DRIVEN.search(name):
        return None       # 旅发大会带动游客人数, 拉动消费: what something brought, not the metric
    name = _INNER_VERB.sub("", name)      # 规模以上工业企业实现营业收入 → …企业营业收入
    if _INNER_KIND is not None and ("各" in name):
        name = _INNER_KIND.sub("", name)  # 新登记各类经营主体 → 新登记经营主体
    if _GLOSS is not None and "(" in name:
        name = _GLOSS.sub("", name) or name   # 城镇化率(城镇人口占常住人口比重 → 城镇化率
    found = _synonyms_in(name)
    for syn, key in found:
        i = name.find(syn)
        k = data.KEYS[key]
        if any(x in name and x not in syn for x in k.exclude):
            return None
        if k.exclude_re and _excluded(k.exclude_re, name.replace(syn, "")):
            return None
        pre = _RATE_PREFIX.match(name)
        if _RATE.search(name[i + len(syn):]) or (pre and not syn.startswith(pre.group())) \
                or _GAP_AFTER.match(name, i + len(syn)):
            return None
        if kind is not None and k.units and kind not in k.units:
            return None
        if k.whole and name != syn and clean(name.replace(syn, "")) not in ("", "货物", "外贸"):
            return None       # 机电产品出口: a product's exports, not the total
        return key
    return None
