"""Line roles: the lines of a page that are not headline and not body.

A news page or a repost prints, around its headline and body, lines that belong to the
article but are neither: the repost's ``原标题：…``, editor and author lines (``责任编辑：王翔``,
``（作者：赵子健）``), bylines (``文 | 陈汐 郑慧``, ``21世纪经济报道记者赵子健 北京报道``), source
and date lines (``来源：…``, ``发布时间：2011-05-05 发布人：-新京报``), copyright notes,
share/QR boilerplate (``海量资讯、精准解读，尽在新浪财经APP``), chart and photo credits
(``图片来源：…``), table and figure captions (``表1：…``, ``图2 …``), table rows (cells joined
by ``|``) and sub-section marks (``■ 细节扫描``, ``◆ 网友热议``).

:func:`role` names the role of one line (already width-normalised by ``layout.clean``, so
``：`` is ``:`` and ``（`` is ``(``), or ``None`` for headline and body lines. The article
splitter keeps these lines inside the article they are printed in, never lets them start an
article or give it a title, and leaves them out of the body that summaries read.
:func:`leading_byline` finds a byline printed at the start of a body paragraph.

The share/QR phrases are data: ``analysis/data/boilerplate.txt`` (one phrase a line).
"""
from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
from functools import cache
from typing import Any

from . import lexicon

_CJK = r"\u4e00-\u9fff"

#: role names, in the order they are tried
ROLES = ("repost", "editor", "source", "credit", "table_caption", "byline", "table_row", "mark",
         "share", "dateline", "meta")

_REPOST = re.compile(r"""
    ^原标题 \s* [:|] \s* (?P<title>\S.*)$        # 原标题:1-7月西安市经济 延续稳定恢复态势
""", re.VERBOSE)

# a staff role, its two characters sometimes spaced apart in print (作 者丨, 编 辑丨, 作   者丨)
_STAFF = (r"(?: (?:责任|值班|网络|本版|文字|美术|图片|视频|新媒体)?编\s{0,3}辑 | (?:版式|版面|美术)设计"
          r" | 责\s{0,3}编 | 主\s{0,3}编 | 主\s{0,3}笔 | 校\s{0,3}对 | 审\s{0,3}核 | 审\s{0,3}校 | 监\s{0,3}制 | 终\s{0,3}审"
          r" | 排\s{0,3}版 | 整\s{0,3}理 | 编\s{0,3}译 | (?:本文)?作\s{0,3}者 | 撰\s{0,3}稿 | 记\s{0,3}者"
          r" | 策\s{0,3}划 | 统\s{0,3}筹 | 出\s{0,3}品 | 制\s{0,3}作 | 设\s{0,3}计 | 海报设计 | 视\s{0,3}觉 | 实习生"
          r" | 摄\s{0,3}像 | 剪\s{0,3}辑"
          r" | (?:本期|本版|本栏|本刊)(?:统\s{0,3}筹|策\s{0,3}划|主\s{0,3}持) )")  # 本期统筹:蒋雪婕

#: the signature closing an editor's note (编者按) on a line of its own: ``——编  者``, ``—— 编者``
NOTE_SIGN = r"^(?:—{1,2}|-{2}) \s* 编 \s{0,2} 者 \s* $"

_EDITOR = re.compile(rf"""
    ^\(? \s* {_STAFF}
    \s* [:|丨] \s* [{_CJK}A-Za-z0-9·\s:|丨()]{{1,40}} \)?$   # 责任编辑:王翔 / (作者:赵子健) / 作 者丨陈洁
  | ^[【\[] \s* {_STAFF} \s* [:|丨] [^【】\[\]]{{1,30}} [】\]]$   # 【责任编辑:张三】 / [责任编辑:张三]
  | ^\(? 作者 (?:为|系|是|单位[:]) [^。]{{2,40}} \)?$        # 作者为《财经》产业研究中心研究员
  | ^\( (?:作者|记者|来源|编辑|文) [:] [^()]{{1,60}} \)$    # (作者:南方财经全媒体记者 钟小韵 编辑:杜弘禹)
  | {NOTE_SIGN}                                             # ——编  者 (an editor's note signed)
  | ^\( [{_CJK}]{{2,4}} , [{_CJK}·]{{2,24}}                  # (刘元春,中国人民大学副校长): the author
      (?:校长|院长|所长|教授|研究员|主任|主席|理事长|经济学家|分析师|董事长|总裁|总经理|总监) \)$
""", re.VERBOSE)

_SOURCE = re.compile(r"""
    ^(?: 来源 | 稿源 | 出处 | 本文来源 | 文章来源 | 信息来源 | 转自 | 转载自 | 发布时间 | 发布日期
       | 发布人 | 发稿时间 | 更新时间 | 时间 | 日期 ) \s* [:丨|] .{0,60}$   # 发布时间:2011-05-05 发布人:…
  | 版权所有 | 版权声明 | 未经(?:许可|授权).{0,12}(?:转载|使用) | 侵权必究 | 免责声明   # copyright notes
  | ^(?: 声明 | 特别声明 | 风险提示 ) [:] .{0,60}$                                 # 声明:本文仅代表作者观点
  | ^(?: 当前位置 | 您的位置 | 你的位置 | 您现在的位置 | 所在位置 ) \s* [:]              # 当前位置:首页 > 新闻
  | ^(?: 首页 | 主页 | 网站首页 ) \s* [>›»/]                                       # 首页 > 财经 > 正文
  | ^\d{4} [-/.年] \d{1,2} [-/.月] \d{1,2} 日? \s* \d{1,2}:\d{2} (?::\d{2})? (?: \s [^【。]{0,40} )?$  # 2022-04-26 10:23 来源:…
  | ^\d{1,2} [-/月] \d{1,2} 日? \s+ \d{1,2}:\d{2} (?::\d{2})? (?: \s [^,。;!?]{0,40} )?$    # 08-31 06:30 Wind (no year)
  | ^(?: 原创 \s+ )? (?: [^\s,。;!?:]{1,20} \s+ ){1,3} \d{4}-\d{1,2}-\d{1,2} \s+ \d{1,2}:\d{2} $  # 原创 CNNVD  CNNVD安全动态   2026-01-14 06:55 (a WeChat post's account line)
  | ^《[^《》]{2,12}》 \s* \( \d{4}年\d{1,2}月\d{1,2}日 \s* 第? \s* \d{1,3} \s* 版 \)$   # 《人民日报》(2025年07月16日第 04 版)
  | ^\( 完 \)$ | ^(?: 推荐 | 延伸 | 延展 | 扩展 | 相关 | 热门 | 更多 ) (?: 阅读 | 新闻 | 文章 | 报道 ) [:]?$  # (完) / 延伸阅读
  | ^\( 据? (?:新华社|中新社|中新网|人民网|央视网|本报) [^()]{0,20} 电 \)$           # (新华社北京12月20日电), (据新华社电)
  | ^\( (?:摘编自|摘自|原载于?|转载自|转自|选自|节选自) [^()]{2,60} \)$             # (摘编自《云南日报》,原题为《…》)
  | ^\( 综合 [^()]{2,60} 报道 \)$                                             # (综合本报记者孙秀艳和新华社记者…报道)
  | ^ (?:本文|此文|该文) (?:来自|来源于|转自|转载自|首发于|原载于?|原发于) [^。!?;]{2,120} 。?$   # 本文来自微信公众号“…”(ID:…),作者:…,36氪经授权发布。
""", re.VERBOSE)

_CREDIT = re.compile(r"""
    ^(?: 图片来源 | 图源 | 图片 | 制图 | 图表 | 数据来源 | 资料来源 | 视频来源 | 摄影 | 供图 | 图 ) \s* [:|丨] .{0,80}$
  | ^\(? (?: 视觉中国 | 新华社 | 东方IC | IC\s?photo | 图虫创意 ) \s* (?:发|供图|图|记者.{2,8}摄)? \)?$
  | ^(?: 图片来源 | 数据来源 | 资料来源 ) \s{2,} [^\s,。;!?:] .{0,60}$   # 数据来源  农业农村部、国家统计局等 (blanks for the colon)
  | ^(?: 配图 | 插图 | 题图 | 组图 )$                 # an image's printed caption naming it only
  | ^(?: 以上 | 本版 | 上 | 下 | 左 | 右 )? 图片 (?: 均 | 皆 )? (?: 为 | 由 ) [^\s,。;!?:]{2,16}
      (?: 摄影? | 提供 | 供图 )$                       # 以上图片均为陈畅摄 (the photos' credit under a photo piece)
  | ^[^\s:,。]{1,12} \s+ (?: 图片来源 | 图源 ) \s* [:|丨] .{0,40}$    # 鲍威尔 图片来源:视觉中国 (caption, credit)
""", re.VERBOSE)

_TABLE_CAPTION = re.compile(r"""
    ^(?: 附表 | 附图 | 表 | 图 ) \s* \d{1,2} (?: [-.]\d{1,2} )? (?! [\d.%] )   # 表1 / 图2-1 (not 图1.5%)
    \s* [:.]? \s* [^。!?;]{2,50}$                                              # its caption, no sentence
  | ^ (?:19|20)\d{2} \s* [-—–~至] \s* (?:19|20)?\d{2} 年 [^,。!?;:]{2,40} 及其增长(?:速度|率)$
                                  # a chart's title without its number (2015-2019年居民人均可支配收入及其增长速度)
""", re.VERBOSE)

_TABLE_ROW = re.compile(r"""
    ^ [^|\n]{0,40} (?: \s\|\s | \t ) .*$        # cells joined by " | " or a tab
""", re.VERBOSE)

_MARK = re.compile(r"""
    ^ [■◆●▲◇★☆◎] \s* (?! (?:本报)?记者 | 通讯员 )  # ■ 细节扫描 / ◆ 网友热议 (not ■ 本报记者 …)
    [^,。;!?]{1,20}$
""", re.VERBOSE)

# a person's name in a byline; a two-character name may be printed spaced out to three (安  蓓)
_NAME = rf"(?:[{_CJK}·]{{2,4}}|[{_CJK}]\s{{1,2}}[{_CJK}](?![{_CJK}]))"

_BYLINE = re.compile(rf"""
    ^ (?: 文 | 作者 | 撰文 | 文图 | 图文 | 记者 | 本报记者 ) \s* [|丨/:] \s*     # 文 | 陈汐 郑慧
      [{_CJK}·]{{2,6}} (?: [\s、,]+ [{_CJK}·]{{2,6}} ){{0,4}} $
  | ^ [■□◎]? \s* (?: {_NAME} [\s、]+ ){{0,4}}   # the correspondents' names first (郭华平 黄晓平 本报记者 鄢朝晖)
      [{_CJK}0-9A-Za-z]{{0,12}} (?:记者|通讯员) \s* {_NAME}          # 21世纪经济报道记者赵子健
      (?: [\s、]+ (?:记者|通讯员)? \s* {_NAME} )*
      (?: \s* [|丨]? \s* [{_CJK}]{{2,6}} (?:报道|发自[{_CJK}]{{2,6}}) )?     # … 北京报道
      (?: \s* 《[^《》]{{2,12}}》 \s* (?: \( [^()]{{4,30}} \) )? )? $     # 《人民日报》(2025年07月16日第 04 版)
  | ^ \( (?:本报)?(?:记者|通讯员) \s* [{_CJK}·]{{2,4}} (?: [\s、]+ [{_CJK}·]{{2,4}} )*    # (记者 张三)
      \s* (?: 采访整理 | 整理 )? \) $          # (本报记者李心萍采访整理): closing an interview
  | ^ (?: [{_CJK}·]{{2,24}} | {_NAME} ) (?: [\s、]+ (?: [{_CJK}·]{{2,8}} | {_NAME} ) ){{0,4}} \s*   # the author (a person, a body; 吴  焰)
      《[^《》]{{2,12}}》 \s* \( \d{{4}}年\d{{1,2}}月\d{{1,2}}日 \s* 第? \s* \d{{1,3}} \s* 版 \) $
                                      # 中共国家发展改革委党组《人民日报》(2025年07月17日第 11 版)
  | ^ (?: [{_CJK}]{{1,3}}人 \s* : \s* [^:《》。;!?]{{2,24}}? \s* ){{1,3}}          # 解读人:… 采访人:本报记者
      《[^《》]{{2,12}}》 \s* \( \d{{4}}年\d{{1,2}}月\d{{1,2}}日 \s* 第? \s* \d{{1,3}} \s* 版 \) $
""", re.VERBOSE)

# a byline printed at the start of the first body paragraph, before the first sentence
_LEADING_BYLINE = re.compile(rf"""
    ^ [{_CJK}0-9A-Za-z]{{2,12}} (?:记者|通讯员) \s* [{_CJK}·]{{2,4}}
      (?: [\s、]+ [{_CJK}·]{{2,4}} )*
      \s* (?: [{_CJK}]{{2,6}}报道 ) \s+          # 21世纪经济报道记者赵子健 北京报道 <body>
""", re.VERBOSE)


#: a feed's or wire list's time stamp opening a line, with its separator: ``[13:19]``,
#: ``13:19:00 ``, ``00:01:30|``, ``2026-04-16 13:19:00 `` (a time without brackets is followed by
#: a blank or a bar, so ``10:30,会议开始`` is none)
STAMP = (r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\]"
         r"|(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?(?=\s|[|丨]))\s*[|丨]?\s*")

# a wire dateline or news credit opening a story (本报讯(记者 赖伟行), 财联社4月16日电,
# 新华社北京12月20日电, 《科创板日报》16日讯, 央视网消息(新闻联播):), after an optional time stamp
# of a wire list ([11:41]); the separator after it (, :) is part of it
_WIRE = re.compile(rf"""
    ^ (?: {STAMP} )? \(?        # (新华社北京12月20日电) in brackets too
    (?P<credit>
      (?: 本报讯 | 本报[{_CJK}]{{2,4}}讯
        | 《?[{_CJK}A-Za-z0-9]{{2,10}}》? \d{{1,2}}月\d{{1,2}}日 (?:电|讯)
        | 《[^《》]{{2,12}}》 \d{{1,2}}日 (?:电|讯)
        | [{_CJK}A-Za-z]{{1,8}} (?:网|社|台|报|频道|客户端) 消息 )
      (?: \s* \( [^()]{{1,30}} \) )? )             # (记者 赖伟行) / (新闻联播)
    \)? \s* [:,]? \s*
    (?: 题 \s* [:：] [^。!?;]{{2,60}} $ )?          # 新华社北京11月30日电 题:… (the headline again)
""", re.VERBOSE)


_BYLINE_MAX = 60    # characters of a byline line (新华社记者  安  蓓  谢希瑶  王雨萧《人民日报》(…))
_DATELINE_MAX = 40  # characters of a credit line printed alone (央视网消息(新闻联播):)

# a metadata field of a feed or an archive printed as a line of its own (``id: 2372989``,
# ``level: C``, ``subjects: 环球市场情报``, ``url: https://…``, ``item_count: 151``): a lower-case
# field name, a colon and a space, a value that is no sentence; or a bare web address
_META = re.compile(r"""
    ^ [a-z][a-z0-9]* (?: [_-][a-z0-9]+ ){0,2} : [ \t]+ (?: https?://\S+ | [^。!?;\n]{1,200} ) $
  | ^ (?: https?:// | www\. ) \S+ $
""", re.VERBOSE)


def dateline(paragraph: str) -> tuple[int, int, int] | None:
    """A wire dateline or news credit opening a paragraph: (start, end) of the credit and where
    the body starts (offsets into ``paragraph``), or None.

    >>> p = "[11:41] 财联社4月16日电,加拿大皇家银行(RBC)将目标股价上调至1700美元。"
    >>> s, e, b = dateline(p); p[s:e], p[b:b + 7]
    ('财联社4月16日电', '加拿大皇家银行')
    >>> p = "央视网消息(新闻联播):国务院新闻办公室今天举行新闻发布会。"; s, e, b = dateline(p); p[s:e]
    '央视网消息(新闻联播)'
    >>> p = "新华社北京11月30日电 题:制造业PMI重回扩张区间 传递市场向好预期"; s, e, b = dateline(p)
    >>> p[s:e], b == len(p)  # the headline repeated after 题: is no body
    ('新华社北京11月30日电', True)
    >>> dateline("有关消息,市场回暖。") is None, dateline("记者4月16日从上海海关获悉,外贸增长。") is None
    (True, True)
    """
    m = _WIRE.match(paragraph)
    return (m.start("credit"), m.end("credit"), m.end()) if m else None


@cache
def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of the share/QR phrases (a search finds any of them in one pass)."""
    return re.compile("|".join(map(re.escape, phrases))) if phrases else None


_SHARE: list[re.Pattern[str] | None] = []  # the phrases' alternation, once made


def _share(line: str) -> bool:
    if len(line) > 60:
        return False
    # the alternation kept here: looked up through ``_phrases``'s cache, every call hashed
    # the tuple of all the phrases (role() asks for every short line and sentence)
    pat = _SHARE[0] if _SHARE else _share_pattern()
    return pat is not None and pat.search(line) is not None


def _share_pattern() -> re.Pattern[str] | None:
    if not _SHARE:
        _SHARE.append(_phrases(lexicon.lines("boilerplate.txt")))
    return _SHARE[0]


def role(line: str) -> str | None:
    """The role of one line, or None for headline and body lines.

    >>> role("责任编辑:王翔"), role("原标题:1-7月西安市经济 延续稳定恢复态势"), role("文 | 陈汐 郑慧")
    ('editor', 'repost', 'byline')
    >>> role("表1:2021年中国城市GDP排名40强"), role("■ 细节扫描"), role("海量资讯、精准解读,尽在新浪财经APP")
    ('table_caption', 'mark', 'share')
    >>> role("工业生产平稳向好") is None, role("1-2月,广东固定资产投资同比增长46.9%。") is None
    (True, True)
    >>> role("作 者丨陈洁 实习生莫海昕"), role("【责任编辑:张三】"), role("图片来源丨视觉中国"), role("(完)")
    ('editor', 'editor', 'credit', 'source')
    >>> role("延伸阅读"), role("(记者 张三)"), role("设计院的专家表示,这一方案可行。") is None
    ('source', 'byline', True)
    >>> role("首页 > 财经 > 正文"), role("当前位置:首页 > 新闻中心"), role("2022-04-26 10:23 来源:澎湃新闻")
    ('source', 'source', 'source')
    >>> role("配图"), role("整理 |得福 崔永旺"), role("配图说明了一切。") is None
    ('credit', 'editor', True)
    >>> role("鲍威尔 图片来源:视觉中国"), role("延展阅读"), role("他说 图片来源于网络") is None
    ('credit', 'source', True)
    >>> role("◎记者 梁敏"), role("◎ 宏观经济")
    ('byline', 'mark')
    >>> role("新华社记者  安  蓓  谢希瑶  王雨萧《人民日报》(2025年07月15日第 10 版)"), role("记者 王 明天下雨")
    ('byline', None)
    >>> role("本报讯"), role("人民网北京5月3日电"), role("央视网消息(新闻联播):"), role("今年全市用电量增长。")
    ('dateline', 'dateline', 'dateline', None)
    """
    t = line.strip()
    if not t:
        return None
    # a body line passes no test: one match of every anchored role pattern at once, and for a
    # short line the two searches, rule it out (each test below implies one of these); a
    # dateline's credit (_WIRE) ends in 讯, 电 or 消息: a short line without them is spared the
    # match, which backtracks over the credit's runs of characters (role over a seed round's
    # lines: 3.8 → 0.3 ms for this test)
    if _ANCHORED.match(t) is None and ("|" not in t and "\t" not in t
                                       or _TABLE_ROW.match(t) is None) and \
            (len(t) > _BYLINE_MAX or not _may(t, _BYLINE_NEEDS) or _BYLINE.match(t) is None) and \
            (len(t) > 80 or (not _source(t) and not _share(t))) and \
            (len(t) > _DATELINE_MAX or ("电" not in t and "讯" not in t and "消息" not in t)
             or _WIRE.match(t) is None):
        return None
    for name in ROLES:
        if _TESTS[name](t):
            return name
    return None


def has_role(line: str, name: str) -> bool:
    """``role(line) == name``, with that role's own test tried first: a line failing it (most)
    is spared the tests ``role`` tries before it.

    >>> has_role("id: 2372989", "meta"), has_role("全年地区生产总值增长5.6%。", "meta")
    (True, False)
    >>> has_role("责任编辑:王翔", "editor"), has_role("责任编辑:王翔", "meta")
    (True, False)
    """
    t = line.strip()
    return bool(t) and bool(_TESTS[name](t)) and role(t) == name


_CELL_MAX = 16  # characters of the second cell of a two-cell table row (居民消费价格 | 0.2)
_CELLS = re.compile(r"\s\|\s|\t")


def _labelled(t: str) -> bool:
    """A line printed as a short label, a bar and a phrase longer than a table's cell (a
    headline under its column's label: ``36氪首发 | 教育行业解决方案厂商「螳螂科技」…``): two cells
    only, the second holding CJK text, no table row."""
    cells = _CELLS.split(t)
    return len(cells) == 2 and len(cells[1].strip()) > _CELL_MAX and \
        re.search(f"[{_CJK}]", cells[1]) is not None


# the unanchored alternatives of _SOURCE (copyright notes: 版权所有, 版权声明, 未经许可…转载,
# 侵权必究, 免责声明) each hold one of these (a line holding none is spared the search, which
# tries every alternative at each character; one character alone, 未 of 未来, let many through)
# (four ``in`` tests: an ``any`` over them costs a generator each call)


def _source(t: str) -> bool:
    """``_SOURCE.search(t)``: its other alternatives match at the start only.

    >>> _source("版权所有 © 2024"), _source("本文未经授权不得转载"), _source("未来五年,产值将翻番。")
    (True, True, False)
    """
    return (_may(t, _SOURCE_NEEDS) and _SOURCE.match(t) is not None) or (
        ("版权" in t or "未经" in t or "侵权必究" in t or "免责声明" in t)
        and _SOURCE.search(t) is not None)


#: what every test but source and share needs: its pattern matching at the line's start
#: (a table row, tried apart, only on a line with a bar or a tab: its pattern backtracks; a
#: byline, tried apart, only on a line that may hold one: ``_needs``)
_ANCHORED = re.compile("|".join(f"(?:\n{p.pattern}\n)" for p in (
    _REPOST, _EDITOR, _CREDIT, _TABLE_CAPTION, _MARK, _META)), re.VERBOSE)


def _literals(seq: Any) -> list[set[str]]:
    """Sets of strings a match of the parsed regex ``seq`` holds one of (each set: one of its
    strings is in every match): its runs of literal characters, and an alternation whose
    every branch holds one. Items it does not read (classes, repeats that may match nothing,
    lookarounds) hold none; a run ends at them."""
    out: list[set[str]] = []
    run: list[str] = []
    for op, av in seq:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append({"".join(run)})
            run = []
        if op is _sre.SUBPATTERN and not av[1] and not av[2]:   # (no flags set inside it)
            out += _literals(av[-1])
        elif op is _sre.BRANCH:
            alts = [_literals(a) for a in av[1]]
            if all(alts):
                out.append(set().union(*(_best(a) for a in alts)))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _literals(av[2])
    if run:
        out.append({"".join(run)})
    return out


def _best(sets: list[set[str]]) -> set[str]:
    """The set whose shortest string is the longest (the rarest test, roughly)."""
    return max(sets, key=lambda x: min(map(len, x)))


def _lead(seq: Any) -> set[str] | None:
    """The strings one of which a match of the parsed regex ``seq`` opens with (its first item
    a literal run, or an alternation of branches opening with one), else None."""
    if not seq:
        return None
    op, av = seq[0]
    if op is _sre.LITERAL:
        run = []
        for op2, av2 in seq:
            if op2 is not _sre.LITERAL:
                break
            run.append(chr(av2))
        return {"".join(run)}
    if op is _sre.SUBPATTERN and not av[1] and not av[2]:
        return _lead(av[-1])
    if op is _sre.BRANCH:
        alts = [_lead(a) for a in av[1]]
        return None if any(a is None for a in alts) else set().union(*alts)  # type: ignore[arg-type]
    return None


_Needs = tuple[frozenset[str], re.Pattern[str] | None]


def _needs(pattern: re.Pattern[str]) -> _Needs | None:
    """What a line must open with or hold for ``pattern.match`` to match it, read from the
    parsed pattern: the first characters of the strings one of which opens a branch, and the
    strings one of which is inside each other branch. None when a branch says neither (or the
    pattern ignores case): every line is then tried (``_may``)."""
    if pattern.flags & re.IGNORECASE:
        return None
    seq = list(_sre_parse.parse(pattern.pattern, pattern.flags))
    while seq and seq[0] == (_sre.AT, _sre.AT_BEGINNING):   # (``match`` starts there anyway)
        seq = seq[1:]
    branches = seq[0][1][1] if len(seq) == 1 and seq[0][0] is _sre.BRANCH else [seq]
    first: set[str] = set()
    inside: set[str] = set()
    for b in branches:
        b = list(b)
        while b and b[0] == (_sre.AT, _sre.AT_BEGINNING):
            b = b[1:]
        lead = _lead(b)
        if lead:
            first |= {w[0] for w in lead}
            continue
        sets = _literals(b)
        if not sets:
            return None
        inside |= _best(sets)
    return frozenset(first), (re.compile("|".join(map(re.escape, sorted(inside))))
                              if inside else None)


def _may(t: str, needs: _Needs | None) -> bool:
    """Can the pattern ``needs`` was read from (``_needs``) match line ``t`` at its start?
    (False only when it cannot.)"""
    if needs is None:
        return True
    first, inside = needs
    return t[:1] in first or (inside is not None and inside.search(t) is not None)


#: what a byline (``_BYLINE``) and a source line (``_SOURCE`` at the start) must open with or hold
_BYLINE_NEEDS = _needs(_BYLINE)
_SOURCE_NEEDS = _needs(_SOURCE)

_TESTS = {
    "repost": lambda t: bool(_REPOST.match(t)),
    "editor": lambda t: bool(_EDITOR.match(t)),
    "source": lambda t: len(t) <= 80 and bool(_SOURCE.search(t)),
    "credit": lambda t: bool(_CREDIT.match(t)),
    "table_caption": lambda t: bool(_TABLE_CAPTION.match(t)),
    "byline": lambda t: len(t) <= _BYLINE_MAX and bool(_BYLINE.match(t)),
    "table_row": lambda t: bool(_TABLE_ROW.match(t)) and not t.endswith("。") and not _labelled(t),
    "mark": lambda t: bool(_MARK.match(t)),
    "share": _share,
    # a credit printed alone on its line (央视网消息(新闻联播):), opening the story under it
    "dateline": lambda t: len(t) <= _DATELINE_MAX and (m := _WIRE.match(t)) is not None and m.end() == len(t),
    "meta": lambda t: bool(_META.match(t)),
}


_NOTE_SIGN = re.compile(NOTE_SIGN, re.VERBOSE)


def note_signature(line: str) -> bool:
    """The line signing an editor's note (``——编  者``): the note above it is the desk's, no story.

    >>> note_signature("——编  者"), note_signature("——编者按语"), note_signature("编者")
    (True, False, False)
    """
    return _NOTE_SIGN.match(line.strip()) is not None


#: a newspaper's edition line printed alone under a headline (the site's credit of a piece
#: with no author, or of a box's title): 《人民日报》(2026年03月05日第 08 版)
_EDITION = re.compile(r"《[^《》]{2,12}》\s*\(\d{4}年\d{1,2}月\d{1,2}日\s*第?\s*\d{1,3}\s*版\)")


def edition(line: str) -> bool:
    """A paper's edition line printed alone (no author before it).

    >>> edition("《人民日报》(2026年03月05日第 08 版)"), edition("刘温馨《人民日报》(2026年03月05日第 08 版)")
    (True, False)
    """
    return _EDITION.fullmatch(line.strip()) is not None


def edition_byline(line: str) -> bool:
    """A byline ending in the paper's edition line (本报记者  王  浩《人民日报》(…第 02 版)): the
    site prints it under each piece's headline, so it credits a piece of its own, never a part
    of the piece before (an explainer's part is signed by its reporter alone: 本报记者  郁静娴).

    >>> edition_byline("本报记者  王  浩《人民日报》(2026年04月26日第 02 版)")
    True
    >>> edition_byline("本报记者  郁静娴"), edition_byline("《人民日报》(2026年03月05日第 08 版)")
    (False, False)
    """
    m = _EDITION.search(line.strip())
    return m is not None and m.start() > 0 and m.end() == len(line.strip())


def repost_title(line: str) -> tuple[int, int] | None:
    """Where the original title is inside a ``原标题:`` line (offsets into ``line``).

    >>> l = "原标题:GDP40强城市,哪些楼市回暖了?"; s, e = repost_title(l); l[s:e]
    'GDP40强城市,哪些楼市回暖了?'
    """
    m = _REPOST.match(line)
    return (m.start("title"), m.end("title")) if m else None


def leading_byline(paragraph: str) -> int:
    """Length of a byline printed at the start of a body paragraph (0 when there is none).

    >>> p = "21世纪经济报道记者赵子健 北京报道 海关总署3月7日公布的数据显示,进出口增长13.3%。"
    >>> p[:leading_byline(p)]
    '21世纪经济报道记者赵子健 北京报道 '
    """
    m = _LEADING_BYLINE.match(paragraph)
    return m.end() if m else 0
