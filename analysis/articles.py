"""Article split: a page or a dump becomes articles and captions (spans in cleaned text).

The cleaned text is cut into lines ("blocks"); each block is classified
(``_classify``): separator ``-``, markdown heading ``#``, page date line, photo caption
(``… 摄``, ``… 供稿``, ``图为…``, a ``记者 X 摄`` credit line merges into the caption before it),
continuation marker ``(下转第三版)``, byline line (``□ 本报记者 王涛``, ``本报记者 刘淑花``, a line
of names ``谢宏 范磊`` closing a headline block), headline-like line (short, no clause
punctuation) or body paragraph.

Three layouts:

* **scraped dump** (``-`` separator lines and ``【…】`` title lines, seed 003): each record is
  ``【栏目】标题`` / body / date; ``栏目`` becomes the kicker; whatever follows the last record's
  date (the site footer ``有想补充的信息?点我投稿``, ``- 联系我们``) is not an article.
* **markdown-ish page** (``#`` headings, seed 001): a level-1 heading opens an article (the last
  level-1 heading of a heading block is the headline, the heading before it the kicker);
  ``##``/``###`` headings followed by body are section headings; plain short lines without
  punctuation are photo captions.
* **newspaper page** (seeds 000, 002, 004): a block of headline lines opens an article when it
  has two or more lines (kicker + title, title + sub-headline ``——…`` or ``X主持``), when a
  byline follows, or after a ``(下转…)`` marker; a single headline-like line inside a body is a
  section heading. ``本报讯(记者 …)`` after a body opens an article without a headline: its
  headline was printed after (or inside) its body, so the first headline group after it (when
  the next article's headline follows) or a headline-like line inside it becomes its title.

* **web page** (one paragraph a line, almost no blank lines: a portal page, a repost, a wire
  list): one story, whose photo captions are its lines (not entries of their own) and whose
  sub-headings (also a kicker-dash one over two lines, ``看投资——`` / ``行业内外迎来更多机遇``)
  are sections, unless stories are marked: a headline followed by a dateline paragraph
  (``本报讯``, ``财联社4月16日电``, ``央视网消息(新闻联播):``) once the story before has a body (a
  headline line between a headline and its first dateline paragraph is its deck); a news list
  (``国内联播快讯``: headline lines each over one to three paragraphs, no lead paragraph, or a
  heading naming a list, ``data/digest.txt``), whose heading and credit line belong to no item;
  a wire list (``[13:19] 【headline】财联社4月16日电,…``, two or more such lines), whose items
  may have no headline (title ``""``); a feed (a wire archive, a news roll: two or more
  headline lines, each marked by its time stamp ``00:01:30|headline`` or by the time, source or
  field lines printed under it ``2026-05-16 00:02:00``, ``id: …``, ``url: …``), whose items open
  at their headline lines, hold their field lines, and are untitled when the headline says so
  (``无标题``, ``data/untitled.txt``); the page's heading before the first item is none of them;
  a digest (a morning briefing: paragraphs opening with ``1、`` or a bullet ``●``, numbered
  from 1 under a heading naming a digest, ``data/digest.txt``, or under two plain section
  headings or more, never under a story's lead; or, its bullets lost in a copy, plain
  paragraphs under two short section headings or more, under a heading naming a digest), whose
  paragraphs are untitled items and whose heading, time line and section headings belong to
  none. Two short lines of about the same length heading a story
  are one headline printed over two lines (``天河业务降四成 东圃小中介关门``). A headline line
after a story's body with only role lines under it (a time line, photo captions), then a deck
line over a dateline paragraph, is the next story's headline and the deck its subtitle.

A dateline or credit opening a paragraph (``lineroles.dateline``) is the story's byline, not
body; after the body of a story that opened with one, the next one opens the next story.

A page's headline over nothing but its source line, photo captions and their credit lines
(``美团骑手孙琦在配送订单。`` / ``李大金摄(人民视觉)``, ``受访者供图``), or over an editor's note signed
by the desk (``——编  者``), then stories each under its own headline and byline, heads no story:
it, its captions and the note belong to no article. A page's closing block (an account's
``联系我们`` lines, an issue's table of contents under ``本期更多精彩``, an archive's capture line
``本文抓取时间:``; ``data/footer.txt``) belongs to none either.

Which line of a headline block titles the article: the one before a ``——`` sub-headline, the
one after a kicker ending in ``——``, the one carrying a column's tag (``…(权威发布)``: the line
above it is its kicker), the middle one of three plain lines (kicker 引题, headline 主题, subtitle
副题; not a document's title over its occasion, author, date or speaker lines), else the first;
a ``关于…`` title printed over two lines is one title.

Line roles (``lineroles.role``): a repost's ``原标题:`` line, editor/author/source/copyright
lines, share/QR boilerplate and chart credits (kind ``boiler``), table captions and rows
(``table``), ``■``/``◆`` sub-section marks (``mark``) and bylines (``文 | 陈汐 郑慧``) belong to
the article they are printed in: they never start an article, never title it and are not body
(summaries never read them); a byline-only line never starts an article either. Numbered parts
(``一、``, ``(三)``) are section headings, never headlines. In a document written one
paragraph a line (a web page, a repost), a short first line that does not end a sentence is the
headline; a repost without one is titled by its ``原标题``. A byline printed at the start of a
body paragraph (``21世纪经济报道记者赵子健 北京报道 …``) is the article's byline, not body.

Captions are entries of their own (``kind="caption"``); one printed inside an article keeps its
place, so its span lies inside the article's span. Entries are ordered by start.
"""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from typing import Any

from . import lexicon, lineroles
from .layout import ENUM_HEADING, Cleaned


@dataclass
class ArticleSeg:
    """One article or caption, in cleaned-text coordinates."""

    kind: str  # "article" | "caption"
    span: tuple[int, int]
    title: str = ""
    title_span: tuple[int, int] | None = None
    subtitle: str | None = None
    kicker: str | None = None
    byline: str | None = None
    # spans of body text (what summaries and indicators read), cleaned coordinates
    body: list[tuple[int, int]] = field(default_factory=list)
    # section headings inside the article (cleaned coordinates)
    sections: list[tuple[int, int]] = field(default_factory=list)
    # where the byline is (cleaned coordinates), when there is one
    byline_span: tuple[int, int] | None = None
    # where the kicker (引题) is, when there is one: printed headline text, read for figures
    kicker_span: tuple[int, int] | None = None
    # where the subtitle lines (副题, a deck under the headline) are: printed headline text too
    subtitle_spans: list[tuple[int, int]] = field(default_factory=list)
    # a page-continuation marker closing the article, e.g. "(下转第三版)"
    continuation: str | None = None
    # an item of a news or wire list (国内联播快讯, 财联社电报): a news item, its lead says it
    item: bool = False


@dataclass
class _Block:
    s: int
    e: int
    text: str
    kind: str = "body"
    level: int = 0  # markdown heading level
    # an item's headline printed inline before its body (【…】 of a wire list): line offsets
    inline: tuple[int, int, int] | None = None  # title start, title end, body start
    # a paragraph of a wire list opening with a time stamp ([01:16] …): an item of its own
    stamped: bool = False
    # the line's role (lineroles.role) when it has one
    role: str | None = None
    # a feed item's headline (00:01:30|headline, or the line under its time line): text
    # offsets, or None when the item is printed untitled (00:01:30|无标题)
    title: tuple[int, int] | None = None
    # the headline line of a feed's item (kind "item"; ``title`` says where its headline is)
    feed: bool = False
    # a digest's numbered or bulleted paragraph (kind "item"): the item's text starts at
    # ``lead`` (after its number or bullet)
    entry: bool = False
    lead: int = 0


_CJK = r"\u4e00-\u9fff"
_SEP = re.compile(r"-+|—{2,}|={3,}|\*{3,}")
_DATELINE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]|\d{4}-\d{1,2}-\d{1,2}")
_CONT = re.compile(r"\((?:下转|上接|转|接)第?[0-9一二三四五六七八九十]{1,3}版\)")
# a photo credit printed on its own line: the photographer (a two-character name may be spaced
# out, 王  炜), 摄 and the agency in brackets (李大金摄(人民视觉)); or who supplied the photo
# (受访者供图, 百度公司供图, 攀枝花市委宣传部供图); the reporter's paper or agency may open it
# (本报记者  谷业凯摄, 新华社记者  黄博涵摄, 中新社记者 …摄)
_PHOTOGRAPHER = rf"(?:[{_CJK}]{{2,4}}|[{_CJK}]\s{{1,2}}[{_CJK}])"
_REPORTER = r"(?:本报|新华社|中新社)?记者"
_CREDIT = re.compile(rf"(?:{_REPORTER}|通讯员)?\s*{_PHOTOGRAPHER}(?:\s*[、 ]\s*{_PHOTOGRAPHER})*\s*"
                     rf"(?:摄影?|供稿)(?:\([{_CJK}]{{2,8}}\))?|[{_CJK}]{{2,20}}供图")
_CAPTION_END = re.compile(rf"(?:\s|。|^)((?:{_REPORTER}\s*)?{_PHOTOGRAPHER}(?:\s+{_PHOTOGRAPHER})*\s*摄影?"
                          rf"|[{_CJK}]{{2,8}}供稿)$")


def _caption_end(t: str):
    """``_CAPTION_END.search(t)``, tried only on a line ending as it must (摄, 摄影, 供稿, or a
    line break before ``$``): the search backtracks from every character."""
    return _CAPTION_END.search(t) if t.endswith(("摄", "摄影", "供稿", "\n")) else None


_CAPTION_MAX = 60  # characters of a photo's caption printed over its credit line
# a photo's caption ending in its credit: the photographer in brackets (…的光照实验(张雷 摄)) or
# the photo's source after a blank (…胶轮电车(DRT) 图源:澎湃影像), or who compiled a chart
# (FITURE之前的组织架构 几何小姐姐根据采访整理): a caption whatever the page's
# layout (a web page's line, or the same line between blank lines)
_CREDIT_TAIL = re.compile(rf"\((?:(?:本报|新华社)?记者\s*)?{_PHOTOGRAPHER}(?:\s*[、 ]\s*{_PHOTOGRAPHER})*"
                          rf"\s*摄影?\)$|\s(?:图源|图片来源)\s*[:：]\s*[^\s:：]{{2,12}}$"
                          rf"|\s[^\s,。]{{2,12}}根据[^\s,。]{{1,8}}整理$")
_CREDIT_TAIL_MAX = 80  # characters of such a line


def _caption_sentence(t: str) -> bool:
    """One short sentence, as a photo's caption is printed (李红在新疆皖能江布发电有限公司办公。)."""
    return len(t) <= _CAPTION_MAX and t.endswith("。") and not _SENTENCE_END.search(t[:-1])


_BYLINE_LINE = re.compile(rf"(?:□\s*)?(?:本报记者|记者|本报通讯员|通讯员)\s*[{_CJK} 、]{{2,20}}")
_NAMES = re.compile(rf"[{_CJK}]{{2,3}}(?:\s+[{_CJK}]{{2,3}})+")
_ROLE = re.compile(rf"[{_CJK}]{{2,4}}(?:主持|出席|参加|讲话|并讲话|致辞|陪同|调研|指导|会见|看望|宣讲)")
_CLAUSE = re.compile(r"[,。;!?、:]")
_BRACKET = re.compile(r"【([^】]{1,20})】\s*")
# a headline printed in brackets on its own line
_WHOLE_BRACKET = re.compile(r"【[^【】]+】")
_BRACKET_HEAD_MAX = 82  # characters of such a line (a wire item's headline can be long)
# an item of a wire list: [13:19] 【headline】财联社4月16日电,… (the headline inline, then the body)
# a wire list's time stamp opening an item: [01:16]
_STAMP = re.compile(lineroles.STAMP)
_INLINE_HEAD = re.compile(rf"(?:{lineroles.STAMP})?【([^【】]{{6,80}})】\s*(?=\S)")
# a feed item's headline line: its time stamp, a bar or blank, its headline (00:01:30|OpenAI与
# Plaid构建合作伙伴关系, [09:30] 央行开展逆回购操作), or a marker saying it has none (无标题)
_STAMP_HEAD = re.compile(r"(?:(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?)"
                         r"\s*[|丨]?\s*(?P<title>[^【\s].{0,79})?")
_STAMP_TITLE_END = "。;!?…:,"  # a headline ends with none of these (a sentence does)
_SENTENCE_END = re.compile(r"[。!?;…]")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")  # a time of day in a feed item's time line
# a time alone on its line (00:02:00, [09:30]): a feed item's time
_TIME_LINE = re.compile(r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?")


def _lines(text: str) -> list[_Block]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(_Block(s, e, text[s:e]))
    return out


_LIST_NUM = re.compile(r"\d{1,2}(?:、|\.(?!\d))")  # an item's number: 1、 2.


def _headish(t: str) -> bool:
    """A headline-like line: short, no clause punctuation.

    >>> _headish("埋头苦干“双过半” 踔厉奋发“全年红”"), _headish("会议还研究了其他事项。")
    (True, False)
    >>> _headish("一、综合"), _headish("(二)工业"), _headish("长治:老工业城市的新答卷")
    (True, True, True)
    >>> _headish("今年以来,平鲁区坚持稳中求进工作总基调,认真落实")
    False
    """
    if len(t) > 45:
        return False
    if (m := _LIST_NUM.match(t)) is not None and not _CLAUSE.search(t, m.end()):
        return True  # 2、2025年粤港澳大湾区内地九市进出口9.15万亿元: a numbered headline
    if not _CLAUSE.search(t) or ENUM_HEADING.fullmatch(t):
        return True
    # a headline with one comma or colon (长治:老工业城市的新答卷), never a sentence end
    return (len(t) <= 32 and len(re.findall(r"[,:、]", t)) <= 1 and not re.search(r"[。;!?]", t)
            and t[-1] not in ",:、")


_ROLE_KIND = {"repost": "boiler", "editor": "boiler", "source": "boiler", "credit": "boiler",
              "share": "boiler", "dateline": "boiler", "table_caption": "table", "table_row": "table", "mark": "mark",
              "byline": "byline", "meta": "boiler"}
# lines printed under a document's title or with a story that are no kicker, headline or
# subtitle: a source or share line, a date, an occasion (…在…会议上), an author body (福州市统计
# 局, 国家统计局福州调查队) or a speaker (省长 梁惠玲)
# (a series line under a headline, 系列:记者手记, names the column, never the headline either)
_NO_DECK = re.compile(r"来源|分享|\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|会议上$|大会上$|^系列[:：]"
                      r"|(?:局|队|委员会|厅|办公室|政府|研究院|研究所|中心)$"
                      r"|(?:省长|市长|县长|区长|州长|主席|主任|书记|局长|部长|厅长)\s*\S{2,6}$")


def _three_decks(cand: list[_Block]) -> bool:
    """Three plain headline lines over a story (no dash, no column tag, no role line): a
    newspaper's kicker, headline and subtitle (引题, 主题, 副题), not a document's title over its
    occasion, author or date lines (2026年四川省人民政府工作报告 / 2026年2月3日在…会议上 / …)."""
    if len(cand) != 3 or any(b.kind != "head" for b in cand):
        return False
    a, b, c = (x.text for x in cand)
    if any(_ROLE.fullmatch(t) or _NAMES.fullmatch(t) or _NO_DECK.search(t) for t in (a, b, c)):
        return False
    return not (_DOC_END.search(a) or _two_line_headline(a, b) or b in a)


def _kicker_and_headline(cand: list[_Block]) -> bool:
    """Two plain headline lines over a story's byline, neither a subtitle (``——…``) nor a
    headline printed over two short lines, no role, name or document line: a newspaper's kicker
    and headline (引题, 主题: 上半年GDP同比增长5.3% / 稳新畅进,经济半年报含金量高), as a subtitle under
    a headline is printed with its dash."""
    if len(cand) != 2 or any(b.kind != "head" for b in cand):
        return False
    a, b = (x.text for x in cand)
    if any(t.startswith("—") or t.endswith("—") or _ROLE.fullmatch(t) or _NAMES.fullmatch(t)
           or _NO_DECK.search(t) or _DOC_END.search(t) for t in (a, b)):
        return False
    return not (_two_line_headline(a, b) or b in a)


def _headline_and_deck(cand: list[_Block]) -> bool:
    """A headline of one clause and no figure (no comma, colon, stop or digit) over a line of two
    clauses joined by a comma, no column tag: the headline and its subtitle (副题) giving the
    facts (春季农业生产全面展开 / 全国春播粮食完成意向面积近一成,进度基本持平), not a kicker over the
    headline (a kicker over a headline of one clause: 今年前两月 / 广西对东盟跨境电商进出口增长超
    40%; a kicker stating the figure over a slogan: 上半年GDP同比增长5.3% / 稳新畅进,经济半年报
    含金量高).

    >>> blocks = [_Block(0, 10, "春季农业生产全面展开"), _Block(11, 33, "全国春播粮食完成意向面积近一成,进度基本持平")]
    >>> _headline_and_deck(blocks), _headline_and_deck(blocks[::-1])
    (True, False)
    >>> _headline_and_deck([_Block(0, 14, "上半年GDP同比增长5.3%"), _Block(15, 29, "稳新畅进,经济半年报含金量高")])
    False

    So is a headline over a short deck taking up its subject again to add one fact (互联网广告
    市场秩序整治行动启动 / 行动为期半年), not a kicker over a short headline of its own (新疆和田
    地区延伸中药材产业链 / 沙地飘药香).

    >>> _headline_and_deck([_Block(0, 15, "互联网广告市场秩序整治行动启动"), _Block(16, 22, "行动为期半年")])
    True
    >>> _headline_and_deck([_Block(0, 14, "新疆和田地区延伸中药材产业链"), _Block(15, 20, "沙地飘药香")])
    False

    A deck giving facts is no shorter than its headline: a short line of two clauses under a
    longer one is the headline, a slogan, under its kicker (贵州兴义市扎实整改侵占耕地挖湖造景问题 /
    守牢红线,改彻底改到位).

    >>> _headline_and_deck([_Block(0, 19, "贵州兴义市扎实整改侵占耕地挖湖造景问题"), _Block(20, 31, "守牢红线,改彻底改到位")])
    False
    """
    if len(cand) != 2:
        return False
    a, b = (x.text.strip() for x in cand)
    if len(b) <= _SHORT_DECK and 2 * len(b) <= len(a) and _headish(a) and not _CLAUSE.search(b) \
            and not _COLUMN_TAG.search(b) and re.match(rf"[{_CJK}]{{2}}", b) and b[:2] in a:
        return True
    return not _CLAUSE.search(a) and not _DIGIT.search(a) and b.count(",") == 1 and not _CLAUSE.search(b.replace(",", "")) \
        and not _COLUMN_TAG.search(b) and b[-1] not in _CUT_MARKS and len(b) >= len(a)


_SHORT_DECK = 8  # characters of a deck under a headline at least twice as long (行动为期半年)
_CUT_MARKS = ",、"  # a headline line ending in one of these goes on in the next line
_YEAR_OPENS = re.compile(r"(?:19|20)\d{2}年")
_DIGIT = re.compile(r"\d")

# a column's tag printed on its own line over the headline: 【权威发布】, [经济聚焦]
_TAG_LINE = re.compile(rf"[【\[][{_CJK}·]{{2,8}}[】\]]")
# a column's tag printed after a newspaper's headline: (权威发布), (经济聚焦), (人民时评), a
# series' name (春耕里的新质生产力), with the series it belongs to (权威发布·高质量完成“十四五”规划)
# or a series printed before its column (开局起步“十五五”·专题新闻发布), the instalment's circled
# number closing it (中国道路中国梦·青春为中国式现代化挺膺担当㉟: ① to ㊿)
_SERIES_NUMBER = "\u2460-\u2473\u3251-\u325f\u32b1-\u32bf"
_COLUMN_TAG = re.compile(rf"\((?:[{_CJK}]{{2,10}}|[{_CJK}“”‘’]{{2,16}}(?=·)"
                         rf"|[{_CJK}]{{0,6}}“[{_CJK}]{{1,8}}”[{_CJK}]{{0,8}})(?:[ ·][{_CJK}“”‘’]{{2,16}})?"
                         rf"[{_SERIES_NUMBER}]?\)$")
_DOC_NOUN = re.compile(rf"[{_CJK}]{{0,6}}(?:公报|报告|通知|决定|意见|办法|规划|纲要|方案|白皮书|公告|通报)")
# a document title's first line naming only its year and place (2025年泉州市), over its noun
_YEAR_PLACE = re.compile(rf"(?:19|20)\d{{2}}年(?:度)?[{_CJK}]{{2,12}}(?:省|市|县|区|州|旗|盟)")
_FOOTNOTE_END = re.compile(r"\s*(?:\[\d{1,2}\]|[\u2460-\u2473])$")  # a footnote mark: [1], ①
_DOC_TITLE_MAX = 40  # characters of a document's title printed over two lines
# a document's noun ending a title line, with its closing bracket or the short qualifier printed
# after it (…草案的报告(书面), …的报告(摘要), …规划(草案), …意见(征求意见稿))
_DOC_END = re.compile(rf"(?:公报|报告|通知|决定|意见|办法|规划|纲要|方案|白皮书|公告|通报)"
                      rf"(?:\)|\([{_CJK}]{{1,6}}\))?$")


def _tagged_headline(t: str) -> bool:
    """A headline line ending in its column's tag: headline-like without the tag.

    >>> _tagged_headline("发挥比较优势,培育更多新的增长点(开局起步“十五五”·专题新闻发布)")
    True
    >>> _tagged_headline("会议指出,要坚持稳中求进,推动高质量发展。(新华社)")
    False
    >>> _tagged_headline("无障碍设施为何“建而难用”?(金台视线)"), _tagged_headline("他来了。你好吗?(现场)")
    (True, False)
    >>> _tagged_headline("都江堰的春灌水,精准称出来(春耕里的新质生产力)")
    True

    A series' tag may close with the instalment's circled number (…挺膺担当㉟).

    >>> _tagged_headline("修文明记忆,引古今共鸣(中国道路中国梦·青春为中国式现代化挺膺担当㉟)")
    True

    So is one opening with a short exclamation (致敬!缉毒一线无名英雄“王警官”(新时代·面孔)),
    not a sentence of a quote opening with one (好!我们明天再来,把活干完。(现场)).

    >>> _tagged_headline("致敬!缉毒一线无名英雄“王警官”(新时代·面孔)")
    True
    >>> _tagged_headline("好!我们明天再来,把活干完。(现场)")
    False
    """
    m = _COLUMN_TAG.search(t)
    if m is None or m.start() == 0:
        return False
    # a headline asking a question (无障碍设施为何“建而难用”?(金台视线)): one short question
    head = t[:m.start()].rstrip()
    if (x := _EXCLAIM_OPEN.match(head)) is not None and x.end() < len(head):
        head = head[x.end():]  # 致敬!: the exclamation a headline opens with, then the headline
    return _headish(head) or (head[-1] in "?!" and len(head) <= _QUESTION_HEAD_MAX
                              and _SENTENCE_END.search(head[:-1].rstrip("?!")) is None)


# a short exclamation opening a headline (致敬!, 点赞!, 好消息!): up to four characters
_EXCLAIM_OPEN = re.compile(rf"[{_CJK}]{{1,4}}[!！]\s*")


def _explainer_head(t: str) -> bool:
    """A headline tagged as one explainer or interview (``(政策解读·中央一号文件)``: a part of its
    column tag a line of ``data/explainers.txt``): its bylined parts are its sections.

    >>> _explainer_head("朝着建设农业强国目标扎实迈进(政策解读·中央一号文件)")
    True
    >>> _explainer_head("推动投资止跌回稳(经济新方位·对话·奋进2026)")
    True
    >>> _explainer_head("不做表面文章  不耍花拳绣腿(大家谈)"), _explainer_head("(政策解读)")
    (False, False)
    """
    m = _EXPLAINER_TAG.search(t)
    if m is None or m.start() == 0:
        return False
    tags = set(lexicon.lines("explainers.txt"))
    return any(part in tags for part in re.split(r"[ ·]", m.group(1)))


# a column tag after a headline, its series and column parts joined by · (经济新方位·对话·奋进2026)
_EXPLAINER_TAG = re.compile(rf"\(([{_CJK}A-Za-z0-9“”‘’]{{2,16}}(?:[ ·][{_CJK}A-Za-z0-9“”‘’]{{2,16}}){{0,3}})\)$")


# a short line opening with a place's name (康保县简介, 尚义县基本情况): a profile's headline
_PLACE_HEAD = re.compile(rf"([{_CJK}]{{2,6}}?(?:省|市|县|区|州|旗|盟))[{_CJK}]{{2,8}}")


def _place_head(t: str) -> str | None:
    """The place a short headline-like line opens with (康保县简介 -> 康保县), never a bare
    section heading (基本情况, 一、基本情况).

    >>> _place_head("尚义县基本情况"), _place_head("基本情况"), _place_head("城市更新行动")
    ('尚义县', None, None)
    """
    m = _PLACE_HEAD.fullmatch(t)
    return m.group(1) if m is not None and not _CLAUSE.search(t) else None


def _place_switch(real: list[_Block], cur: dict | None, seq: list[_Block],
                  under: _Block | None) -> bool:
    """One short line naming a place other than the one the current article's headline names,
    over a paragraph, in a document opening with such a line (康保县简介 / … / 尚义县基本情况 /
    尚义县地处…): the next place's profile, not a section heading of the first."""
    if cur is None or not cur["body"] or len(real) != 1 or real[0].kind != "head" \
            or under is None or under.kind != "body" or "title_span" not in cur:
        return False
    place = _place_head(real[0].text)
    first = next((b for b in seq if b.kind not in ("sep", "boiler")), None)
    title = next((b for b in seq if b.s == cur["title_span"][0]), None)
    if place is None or first is None or title is None or _place_head(first.text) is None:
        return False
    here = _place_head(title.text)
    return here is not None and here != place and place not in here and here not in place


def _column_label(t: str) -> bool:
    """A column's label printed on its own line over a headline (记者手记, 编后, 短评:
    ``data/columns.txt``), or ending in one of its longer labels (话题互动留言板): the column of
    a sidebar or commentary printed with a story.

    >>> _column_label("记者手记"), _column_label("话题互动留言板"), _column_label("稳中向好")
    (True, True, False)
    """
    t = t.strip("【】[] :")
    return len(t) <= _TAG_MAX + 2 and (t in lexicon.lines("columns.txt") or any(
        t.endswith(w) for w in lexicon.lines("columns.txt") if len(w) >= 3))


def _first_headline(blocks: list[_Block], web: bool = False) -> None:
    """The first line of a page is its headline when it is short and ends no sentence; on a
    web page, so is the first line after a repost's closing lines (责任编辑:…, the portal's app
    line) when more follows: the next repost's headline."""
    firsts = [next((b for b in blocks if b.kind not in ("sep", "boiler")), None)]
    if web:
        firsts += [b for k, b in enumerate(blocks[1:-1], 1) if blocks[k - 1].kind == "boiler"
                   and _closing(blocks[k - 1]) and b.kind == "body"]
    for first in firsts:
        if first is None or first.kind != "body" or lineroles.dateline(first.text):
            continue
        t = first.text
        # a question or exclamation makes a headline when short (GDP40强城市,哪些楼市回暖了?),
        # and so does a short line trailing off in an ellipsis after a list of its topics with
        # no sentence before it (央行又有最新表态,事关货币政策、流动性、共同富裕……)
        if len(t) <= 64 and (t[-1] not in "。!?;…:" or (t[-1] in "!?" and len(t) <= 40)
                             or (t[-1] == "…" and len(t) <= 40 and _open_list(t))):
            first.kind = "head"


def _open_list(t: str) -> bool:
    """A line ending in an ellipsis that closes a list of terms (事关货币政策、流动性、共同富裕……),
    not a sentence trailing off: the list's mark before it and no sentence end in the line.

    >>> _open_list("央行又有最新表态,事关货币政策、流动性、共同富裕……"), _open_list("他说:我们还会再来……")
    (True, False)
    """
    body = t.rstrip("…")
    return bool(body) and "、" in body and not _SENTENCE_END.search(body) and ":" not in body


def _closing(b: _Block) -> bool:
    """A line closing a repost: the portal's editor line (责任编辑:…) or app line, or its note
    naming the account it reprinted; or a piece reprinted from another paper: its credit
    (``(摘编自《云南日报》,原题为《…》)``)."""
    return b.role == "share" or (b.role == "editor" and _CLOSING_EDITOR.match(b.text) is not None) \
        or (b.role == "source" and _REPRINT.match(b.text) is not None) or _provenance(b)


# the credit closing a piece reprinted from another paper (lineroles role "source")
_REPRINT = re.compile(r"\((?:摘编自|摘自|原载|转载自|转自|选自|节选自)")
# a repost's note naming where it was first printed (本文来自微信公众号“…”(ID:…),作者:…,36氪经授权
# 发布。): its closing credit (lineroles role "source")
_PROVENANCE = re.compile(r"(?:本文|此文|该文)(?:来自|来源于|转自|转载自|首发于|原载|原发于)")


def _provenance(b: _Block) -> bool:
    """A repost's note naming the account or paper it was taken from: a web page's line."""
    return b.role == "source" and _PROVENANCE.match(b.text) is not None


def _signed(real: list[_Block], under: _Block | None) -> bool:
    """A headline over its author line (a byline of names), over a paragraph of text."""
    return len(real) >= 2 and real[-1].kind == "byline" and real[-2].kind == "head" and \
        _author_line(real[-1].text) and under is not None and under.kind == "body"


def _bylined(real: list[_Block], under: _Block | None) -> bool:
    """A headline block ending in its byline line (本报记者  谷业凯), over a paragraph of text."""
    return len(real) >= 2 and real[-1].kind == "byline" and \
        any(r.kind == "head" for r in real[:-1]) and under is not None and under.kind == "body"


def _tagged_story(real: list[_Block], cur: dict | None, seq: list[_Block],
                  under: _Block | None) -> bool:
    """A headline carrying its column's tag (读懂AI红包大战(人民时评)) over a paragraph, after a
    story with a body whose own headline carries another tag or none: the next column's piece,
    even with no byline under it (the parts of one series share its tag)."""
    if cur is None or not cur["body"] or under is None or under.kind != "body" or not real \
            or real[-1].kind != "head" or not _tagged_headline(real[-1].text) \
            or "title_span" not in cur:
        return False
    title = next((b for b in seq if b.s == cur["title_span"][0]), None)
    mine = _COLUMN_TAG.search(title.text) if title is not None else None
    theirs = _COLUMN_TAG.search(real[-1].text)
    return theirs is not None and (mine is None or mine.group() != theirs.group())


def _box_piece(seq: list[_Block], first: _Block) -> bool:
    """The headline lines from ``first`` on open a piece of their own: no subtitle (``——…``)
    opening them, and two headline lines (a kicker and its headline: 温枢刚委员—— / 逐步建立
    新型能源体系) or a byline among them.

    >>> b = [_Block(0, 6, "温枢刚委员——", "head"), _Block(7, 17, "逐步建立新型能源体系", "head")]
    >>> _box_piece(b + [_Block(18, 30, "“建设能源强国。”")], b[0]), _box_piece(b[1:], b[1])
    (True, False)
    """
    k = seq.index(first)
    run = []
    while k < len(seq) and seq[k].kind in ("head", "byline"):
        run.append(seq[k])
        k += 1
    return not first.text.startswith("—") and (
        sum(1 for r in run if r.kind == "head") >= 2 or any(r.kind == "byline" for r in run))


def _aside_only(seq: list[_Block], j: int) -> bool:
    """From ``seq[j]`` to the page's end, no headline line and no paragraph but bracketed
    asides (``(说真的,我不缺房,…)``), one at least.

    >>> _aside_only([_Block(0, 9, "(说真的,我也不知道。)"), _Block(10, 14, "责任编辑", "boiler")], 0)
    True
    >>> _aside_only([_Block(0, 9, "(说真的,我也不知道。)"), _Block(10, 14, "全年增长5%。")], 0)
    False
    """
    asides = 0
    for b in seq[j:]:
        if b.kind == "body" and b.text.startswith("(") and b.text.endswith(")"):
            asides += 1
        elif b.kind not in ("boiler", "table", "mark", "caption", "credit"):
            return False
    return asides > 0


def _page_heading_only(a: dict) -> bool:
    """An article opened by a headline with no byline and no text of its own, or whose only
    text is an editor's note signed by the desk (…/ ——编  者): the page's heading (and note)."""
    return not a.get("byline") and "title_span" in a and not a["headless"] and \
        (not a["body"] or bool(a.get("note")))


_COLUMN_HEAD_MAX = 32  # characters of a headline under a column's label (no sentence in it)
_DECK_MAX = 32  # characters of a deck line over a tagged headline (扶手太低、坡度过陡、盲道被堵)


# a table's unit line printed under its title (单位:亿元, (单位:万元、%), 计量单位:吨)
_UNIT_LINE = re.compile(r"\(?(?:计量)?单位\s*:\s*[^\s,。!?;:()]{1,10}(?:[、,/][^\s,。!?;:()]{1,10})?\)?")


# an article's list of references: its heading (References:, 参考资料:, 参考文献), then its
# entries, each opening with its number in brackets ([10]《非常静距离》李静)
_REFS_HEAD = re.compile(r"(?i)(?:references?|参考(?:资料|文献|链接)|资料来源)\s*:?")
_REF_ENTRY = re.compile(r"\[\d{1,3}\]")


def _classify(blocks: list[_Block], markdown: bool) -> None:
    prev = None
    for b in blocks:
        t = b.text
        r = lineroles.role(t)
        if _SEP.fullmatch(t):
            b.kind = "sep"
        elif r is not None and r != "byline" and not (r == "credit" and _caption_end(t)):
            b.kind = _ROLE_KIND[r]
            b.role = r
        elif _md_heading(t):
            b.kind = "md"
            b.level = len(t) - len(t.lstrip("#"))
        elif _DATELINE.fullmatch(t):
            b.kind = "dateline"
        elif _CONT.fullmatch(t):
            b.kind = "cont"
        elif _CREDIT.fullmatch(t) and prev is not None and prev.kind == "caption":
            b.kind = "credit"
        elif _CREDIT.fullmatch(t) and prev is not None and prev.kind == "body" and \
                _caption_sentence(prev.text):
            # a photo's caption, one short sentence, over its credit line (美团骑手孙琦在配送订单。
            # / 李大金摄(人民视觉))
            prev.kind = "caption"
            b.kind = "credit"
        elif _caption_end(t) or t.startswith("图为") or _CREDIT.fullmatch(t) or \
                (len(t) <= _CREDIT_TAIL_MAX and _CREDIT_TAIL.search(t)):
            b.kind = "caption"
        elif _column_label(t):
            b.kind = "head"  # 记者手记 over a sidebar's headline: its column, printed as its kicker
        elif prev is not None and _column_label(prev.text) and len(t) <= _COLUMN_HEAD_MAX \
                and not _SENTENCE_END.search(t) and r != "byline":
            # the headline under a column's label (记者手记 / 每个人都是发展的亲历者、建设者、受益
            #者): a headline even with the commas of a list in it; a byline under a label printed
            # below the headline (护航… / 系列:记者手记 / 刘温馨《人民日报》(…)) stays a byline
            b.kind = "head"
        elif _BYLINE_LINE.fullmatch(t) or (t.startswith("□") and len(t) <= 30) or r == "byline":
            b.kind = "byline"
        elif _headish(t) or (_WHOLE_BRACKET.fullmatch(t) and len(t) <= _BRACKET_HEAD_MAX):
            b.kind = "caption" if markdown else "head"
        elif prev is not None and prev.kind == "head" and not markdown and _tagged_headline(t):
            # a newspaper's headline carrying its column's tag under its kicker (着眼全国发展大局,
            # 立足陕西资源禀赋 / 发挥比较优势,培育更多新的增长点(开局起步“十五五”·专题新闻发布)):
            # a headline though the tag makes it long
            b.kind = "head"
        else:
            b.kind = "body"
        prev = b
    if markdown:
        return
    for above, b in zip(blocks, blocks[1:]):
        if b.kind in ("body", "head") and _UNIT_LINE.fullmatch(b.text):
            # a table's title over its unit line (2025年全市一般公共预算收入执行情况 / 单位:亿元):
            # the table's lines, no headline (whether or not blank lines part them)
            b.kind = "body"
            if above.kind == "head":
                above.kind = "body"
    refs = False
    for b in blocks:
        # a reference list's entries ([11]《苏有朋 对这个圈子我一直有疏离感》新京报) are its
        # article's lines, never headlines, whether or not blank lines part them
        if _REFS_HEAD.fullmatch(b.text):
            refs = True
        elif refs and _REF_ENTRY.match(b.text):
            if b.kind == "head":
                b.kind = "body"
        else:
            refs = False
    for k in range(1, len(blocks) - 1):
        b, above = blocks[k], blocks[k - 1]
        if b.kind in ("body", "head") and blocks[k + 1].kind == "byline" and \
                _tagged_headline(b.text):
            # a headline carrying its column's tag over its byline, whatever is above it
            # (无障碍设施为何“建而难用”?(金台视线) / 本报记者  施  芳…): a headline; the line
            # above it ending no sentence is its deck (扶手太低、坡度过陡、盲道被堵)
            b.kind = "head"
            if above.kind == "body" and len(above.text) <= _DECK_MAX and \
                    _SENTENCE_END.search(above.text) is None and above.text[-1] not in ",:、":
                above.kind = "head"


def _list_label(t: str) -> bool:
    """A section label naming a list of stories (抗疫播报, 财闻集锦, 要闻速览: a word of
    ``data/digest.txt``), short, no clause, no number.

    >>> _list_label("抗疫播报"), _list_label("财闻集锦"), _list_label("延展阅读"), _list_label("播报:今日要闻")
    (True, True, False, False)
    """
    return len(t) <= _SECTION_MAX and _names_list(t) and not _CLAUSE.search(t) \
        and not re.search(r"\d", t)


# an item's number printed on its own line over its headline (#01 / 欧盟推迟推进数字税…), as a
# digest numbers its items: not a markdown heading
_HASH_NUMBER = re.compile(r"#\d{1,3}")


def _md_heading(t: str) -> bool:
    """A markdown heading line (``## 一、总体情况``), not an item's number (``#01``).

    >>> _md_heading("## 一、总体情况"), _md_heading("#标题"), _md_heading("#01"), _md_heading("#7")
    (True, True, False, False)
    """
    return t.startswith("#") and _HASH_NUMBER.fullmatch(t) is None


_WRAPPED_MAX = 20  # characters of a sub-heading printed over two lines
# a numbered point of an analysis (关注点一:…, 看点二:…, 关键词三:…): a section heading, never a
# headline
_POINT = re.compile(r"(?:关注点|看点|亮点|焦点|要点|特点|热点|关键词|问题|观察|现象)"
                    r"[一二三四五六七八九十\d]{1,3}\s*[:、.丨|]")


def _wrapped_heading(heads: list[_Block], cur: dict | None, next_byl: bool,
                     prev_kind: str | None) -> bool:
    """Two plain short head lines after a story's body: one sub-heading wrapped in print; or a
    short tag with its dash over a heading (看投资—— / 行业内外迎来更多机遇), a sub-section's heading
    (a story's kicker is a phrase: 习近平总书记赴辽考察时重要讲话激励我市广大党员干部——)."""
    if cur is None or next_byl or prev_kind != "body" or len(heads) != 2:
        return False
    a, b = (h.text.strip() for h in heads)
    if not all(h.kind == "head" for h in heads) or _ROLE.fullmatch(a) or _ROLE.fullmatch(b):
        return False
    if _column_label(a):
        return False  # a column's label over its headline (记者手记 / …): a sidebar's, no sub-heading
    if a.endswith("—") and len(a.rstrip("—")) <= _TAG_MAX and not b.startswith("—"):
        return True  # a sub-section's short tag and heading: 看投资—— / 行业内外迎来更多机遇
    return (len(a) + len(b) <= _WRAPPED_MAX
            and not any(t.startswith("—") or t.endswith("—") for t in (a, b)))


_TAG_MAX = 6  # characters of a sub-section's tag before its dash (看投资——), not a kicker's


def _strip_md(b: _Block) -> tuple[int, int]:
    s = b.s + b.level
    while s < b.e and b.text[s - b.s].isspace():
        s += 1
    return s, b.e


# ---------------------------------------------------------------- headline blocks

def _groups(run: list[_Block], top: int = 1) -> list[list[_Block]]:
    """Cut a run of headline lines into headline groups: a kicker ending in ``——`` joins the
    next line; sub-headlines (``——…``), role lines (``李华参加``) and bylines join the line
    before."""
    groups: list[list[_Block]] = []
    open_kicker = False
    for b in run:
        t = b.text.lstrip("#").strip()
        attach = groups and not open_kicker and (
            t.startswith("—") or _ROLE.fullmatch(t) or b.kind in ("byline", "dateline")
            or (b.kind == "md" and b.level > top and groups[-1][-1].kind == "md"))
        if open_kicker or attach:
            groups[-1].append(b)
        else:
            groups.append([b])
        open_kicker = t.endswith("——")
    return groups


def _parse_header(run: list[_Block], art: dict, markdown: bool, edition: bool = False) -> None:
    """Fill title/kicker/subtitle/byline of ``art`` from its headline lines; ``edition``: the
    paper's bare edition line (《人民日报》(…), no author) is printed under them, where a
    byline would be."""
    lines = [b for b in run if b.kind != "dateline"]
    by = [b for b in lines if b.kind == "byline"]
    if (not by and len(lines) >= 2 and lines[-1].kind == "head"
            and _NAMES.fullmatch(lines[-1].text)):
        by = [lines[-1]]
    cand = [b for b in lines if b not in by]
    if by:
        art["byline"] = by[0].text
        art["byline_span"] = (by[0].s, by[0].e)
    if not cand:
        return
    ti = None
    if markdown and any(b.kind == "md" for b in cand):
        top = min(b.level for b in cand if b.kind == "md")
        ti = max(i for i, b in enumerate(cand) if b.kind == "md" and b.level == top)
    else:
        for i, b in enumerate(cand):
            if i > 0 and b.text.lstrip("#").strip().startswith("—"):
                ti = i - 1
                break
        if ti is None:
            for i, b in enumerate(cand[:-1]):
                if b.text.endswith("——"):
                    ti = i + 1
        if ti is None:
            # the headline carrying its column's tag (稳新畅进,经济半年报含金量高(权威发布)): the
            # line above it is its kicker (上半年GDP同比增长5.3%), not the headline
            ti = next((i for i, b in enumerate(cand) if i > 0 and b.kind == "head"
                       and _COLUMN_TAG.search(b.text)), None)
        if ti is None and _three_decks(cand):
            ti = 1  # kicker (引题), headline (主题), subtitle (副题)
        if ti is None and len(cand) >= 2 and cand[0].kind == "head" and cand[1].kind == "head" \
                and (_TAG_LINE.fullmatch(cand[0].text) or _column_label(cand[0].text)):
            ti = 1  # 【权威发布】, 记者手记 over the headline: its column, printed as its kicker
        if ti is None and (by or edition) and _kicker_and_headline(cand) \
                and not (by and cand[1].s > by[0].s) and not _headline_and_deck(cand):
            ti = 1  # kicker (引题) and headline (主题) over the byline: a subtitle has its dash
            # (or over the paper's edition line, a piece with no author: 今年前两月 / 广西对东盟
            # 跨境电商进出口增长超40% / 《人民日报》(…)); a line under the byline is no headline
            # (荧荧赤子心,照得万里明(暖闻热评) / 卢  涛《人民日报》(…) / 【人物】“拍客”陈真: a field)
        if ti is None and _kicker_and_headline(cand) and _YEAR_OPENS.match(cand[1].text) \
                and not _DIGIT.search(cand[0].text):
            ti = 1  # a theme with no figure over a headline opening with the year it reports
            # (锚定“和美莆田、共同富裕”新愿景 / 2025年莆田市经济运行总体平稳、稳中有进)
        if ti is None:
            ti = next((i for i, b in enumerate(cand) if not _ROLE.fullmatch(b.text)), 0)
    if ti > 0 and cand[ti].kind == "head" and cand[ti - 1].kind == "head" \
            and cand[ti - 1].text.startswith("关于") and not _DOC_END.search(cand[ti - 1].text) \
            and _DOC_END.search(cand[ti].text):
        # a document's title printed over two lines (关于黄石市2025年预算执行情况 / 和2026年预算
        # 草案的报告 / ——…): its first line, opening with 关于, does not name the document yet
        art["title_more"] = (cand[ti].s, cand[ti].e)
        cand.pop(ti)
        ti -= 1
    if ti > 0 and cand[ti].kind != "md" and len(cand[ti - 1].text) > len(cand[ti].text) \
            and cand[ti].text.strip() in cand[ti - 1].text:
        # the headline, then its short form printed again (2026年宁夏回族自治区政府工作报告 /
        # 政府工作报告 / ——…): the full one titles the article
        cand.pop(ti)
        ti -= 1
    tb = cand[ti]
    ts, te = _strip_md(tb) if tb.kind == "md" else (tb.s, tb.e)
    if ti + 1 < len(cand) and cand[ti + 1].kind == "head" and len(cand[ti + 1].text) <= 8 and \
            _DOC_NOUN.fullmatch(cand[ti + 1].text) and not _DOC_NOUN.search(tb.text[-8:]):
        # a headline printed on two lines: 2025年福州市国民经济和社会发展 / 统计公报
        art["title_more"] = (cand[ti + 1].s, cand[ti + 1].e)
        cand = cand[:ti + 1] + cand[ti + 2:]
    elif ti + 1 < len(cand) and cand[ti + 1].kind == "head" and tb.kind == "head" and \
            _YEAR_PLACE.fullmatch(tb.text) and \
            _DOC_END.search(nxt := _FOOTNOTE_END.sub("", cand[ti + 1].text)) and \
            len(tb.text) + len(nxt) <= _DOC_TITLE_MAX:
        # a document's title printed over two lines, its year and place, then what it is
        # (2025年泉州市 / 国民经济和社会发展统计公报[1]), without its footnote mark
        art["title_more"] = (cand[ti + 1].s, cand[ti + 1].s + len(nxt))
        cand = cand[:ti + 1] + cand[ti + 2:]
    elif len(cand) == 2 and ti == 0 and _two_line_headline(cand[0].text, cand[1].text):
        # a headline printed over two short bold lines (a web page, a newspaper page): 天河业务降四成 / 东圃小中介关门
        art["title_more"] = (cand[1].s, cand[1].e)
        art["title_sep"] = " "
        cand = cand[:1]
    # 【大同招商】大同市…: a scraped record's channel (its headline block carries the record's
    # date line, 2023-04-25) is its kicker; elsewhere a column's tag printed inline before the
    # headline (【一线调研】算力之城:…, over its story's dateline paragraph) is part of the headline
    # as printed, as a tag printed after it is (…含金量高(权威发布))
    record = any(b.kind == "dateline" for b in run)
    m = _BRACKET.match(tb.text) if tb.kind != "md" and record else None
    if m and tb.s + m.end() < te:
        art["title_span"] = (tb.s + m.end(), te)
        art["kicker_span"] = (tb.s + 1, tb.s + 1 + len(m.group(1)))
    elif tb.kind != "md" and _WHOLE_BRACKET.fullmatch(tb.text):
        art["title_span"] = (ts + 1, te - 1)  # 【特朗普称以黎领导人将对话】 on its own line
    elif tb.kind != "md" and "title_more" not in art and (fm := _FOOTNOTE_END.search(tb.text)) \
            and fm.start() > 0 and te - ts == len(tb.text):
        # a headline carrying its footnote's mark (银川市2025年国民经济和社会发展统计公报[1]):
        # the title without it
        art["title_span"] = (ts, ts + fm.start())
    else:
        art["title_span"] = (ts, te)
    if ti > 0 and "kicker_span" not in art:
        k = cand[ti - 1]
        ks, ke = _strip_md(k) if k.kind == "md" else (k.s, k.e)
        if _TAG_LINE.fullmatch(k.text):
            ks, ke = ks + 1, ke - 1  # 【权威发布】: the column without its brackets
        elif ti > 1 and k.kind == "head" and cand[ti - 2].kind == "head" and \
                cand[ti - 2].text[-1] in _CUT_MARKS:
            # a kicker a narrow column cut over two lines (南京钢铁集团累计投入超130亿元用于环保
            # 提升、 / 超低排放改造和生态保护): a line ending in a comma ends no headline line
            ks = cand[ti - 2].s
        art["kicker_span"] = (ks, ke)
    subs = [b for b in cand[ti + 1:]]
    if subs:
        art["subtitle_spans"] = [(_strip_md(b) if b.kind == "md" else (b.s, b.e)) for b in subs]


# the lines that close a repost (the portal's editor line 责任编辑:…, its app line 海量资讯…APP,
# role "share"): a headline over a body after one opens the next story
_CLOSING_EDITOR = re.compile(r"[(\[【]?\s*(?:责任编辑|责\s?编)")

_WEB_BLANKS = 10    # a web page has fewer than one blank line in ten lines
_TWO_LINE_MAX = 10  # characters of each line of a headline printed over two short lines


_DIGEST_STORIES_MIN = 3  # stories a web page's digest marks (numbers, photos, list labels)
_STANDFIRST_PARAS = 3    # paragraphs of a digest's standfirst before its stories
_DIGEST_LINE_MAX = 24  # characters of one line of a digest story's headline over two lines
_SPEAKER = re.compile(rf"[{_CJK}]{{2,8}}:")  # a headline's speaker (分析师:僵局或成油价看跌因素)


def _photo_credit(b: _Block | None) -> bool:
    """A photo's credit line (图片来源:视觉中国, 鲍威尔 图片来源:摄图网), not a chart's data source."""
    return b is not None and b.role == "credit" and "图" in b.text


def _digest_header(run: list[_Block], art: dict) -> None:
    """The headline of a digest's story (a web page's): after the item's number line (``#01``)
    the headline line; a headline printed over two short bold lines is the two joined, apart
    when the second has a speaker of its own (沙特、阿联酋继续僵持 / 分析师:僵局或成油价看跌因素),
    run on when one phrase is broken (强生新冠疫苗或与 / 罕见神经性系统疾病存在关联)."""
    heads = [r for r in run if r.kind == "head"]
    if "kicker_span" in art and not (heads and _HASH_NUMBER.fullmatch(heads[0].text)):
        return  # a kicker over the headline (GDP同比增长5.3% / …(权威发布)): as parsed
    if heads and _HASH_NUMBER.fullmatch(heads[0].text):
        art["kicker_span"] = (heads[0].s, heads[0].e)
        heads = heads[1:]
    if not heads or len(heads) > 2 or any(len(h.text) > _DIGEST_LINE_MAX
                                          or _SENTENCE_END.search(h.text) for h in heads):
        return
    art["title_span"] = (heads[0].s, heads[0].e)
    art.pop("subtitle_spans", None)
    if len(heads) == 2:
        art["title_more"] = (heads[1].s, heads[1].e)
        art["title_sep"] = " " if _SPEAKER.match(heads[1].text) else ""


def _two_line_headline(a: str, b: str) -> bool:
    """Two short lines of about the same length, neither a kicker, sub-headline or role line."""
    return (len(a) <= _TWO_LINE_MAX and len(b) <= _TWO_LINE_MAX and abs(len(a) - len(b)) <= 2
            and not any(t.startswith("—") or t.endswith("—") or _ROLE.fullmatch(t)
                        or _CLAUSE.search(t) for t in (a, b)))


# ---------------------------------------------------------------- web pages: lists of stories

_DIGEST_HEAD_MIN = 8     # characters of the shortest item headline of a news list
_DIGEST_HEAD_MEAN = 12   # mean length of its item headlines (sub-headings are shorter)
_DIGEST_ITEM_PARAS = 3   # paragraphs of the longest item
_INSIDE_ITEMS_MIN = 2    # items of a news list inside a page of stories (under a heading naming it)


def _web_kinds(blocks: list[_Block]) -> None:
    """Kinds only a page written one paragraph a line has: a caption's second short line, the
    items of a wire list (``[13:19] 【headline】财联社4月16日电,…``), of a news list and of a
    list of headlined items (a feed's, a ranked digest's)."""
    _caption_lines(blocks)
    _parallel_heads(blocks)
    if not _wire_list(blocks) and not _digest(blocks):
        _news_list(blocks)
        if not any(b.kind == "item" for b in blocks):
            _headed_list(blocks)
    if not any(b.kind in ("item", "skip") for b in blocks):
        _author_lines(blocks)  # a list's section labels (宏观, 金融) are no author lines


_AUTHOR_NAME = re.compile(rf"[{_CJK}]{{2,4}}|[{_CJK}]\s{{1,3}}[{_CJK}]")
# a reader's place (省, 市, 县, 区 ending it), blanks, then the name: 湖南省长沙市  李焱婕
_PLACE_AUTHOR = re.compile(rf"[{_CJK}]{{1,8}}(?:省|市|县|区|州|旗)\s+([{_CJK}]{{2,4}}|[{_CJK}]\s{{1,3}}[{_CJK}])")


def reader_signature(byline: str | None) -> str:
    """``长沙市李焱婕：`` for a reader's place/author line (``湖南省长沙市  李焱婕``: the place
    without its province, then the name), "" for any other byline.

    >>> reader_signature("湖南省长沙市  李焱婕"), reader_signature("王  琦"), reader_signature(None)
    ('长沙市李焱婕：', '', '')

    The paper's masthead and date printed after the name are no part of it.

    >>> reader_signature("陕西省西安市  刘玮航《人民日报》（2026年01月30日第 05 版）")
    '西安市刘玮航：'
    """
    t = _MASTHEAD.sub("", byline or "").strip()
    m = _PLACE_AUTHOR.fullmatch(t)
    if m is None or not _author_line(t):
        return ""
    place = t[:m.start(1)].strip()
    if "省" in place[:-1]:
        place = place[place.index("省") + 1:]
    return place + "".join(m.group(1).split()) + "："


# a paper's masthead printed after a signature (陈  凌《人民日报》（2026年03月24日第 05 版）)
_MASTHEAD = re.compile(r"\s*《[^》]{1,12}》.*$")


def author_signature(byline: str | None) -> str:
    """``陈凌：`` for a byline that is a person's name only (``陈  凌``, ``李海钦``), the paper's
    masthead and date after it at most (``陈  凌《人民日报》（2026年03月24日第 05 版）``): a signed
    commentary or essay, whose summary says whose argument it is; "" for a reporter's credit
    (``本报记者  王  珂``, ``汉中日报记者  张玉文``) and any other byline.

    >>> author_signature("陈  凌《人民日报》（2026年03月24日第 05 版）"), author_signature("李海钦")
    ('陈凌：', '李海钦：')
    >>> author_signature("本报记者  王  珂《人民日报》"), author_signature(None)
    ('', '')

    A two-character name spaced out to the width of three is a name whatever its first character
    (a pen name: ``雨  馨``), as the splitter reads it (``_SPACED_NAME``).

    >>> author_signature("雨  馨"), author_signature("雨馨")
    ('雨馨：', '')
    """
    t = _MASTHEAD.sub("", byline or "").strip()
    if not t or _PLACE_AUTHOR.fullmatch(t) or not (_author_line(t) or _SPACED_NAME.fullmatch(t)):
        return ""
    return "".join(t.split()) + "："


def _author_line(t: str) -> bool:
    """A line that is only a person's name (``李海钦``, a two-character one spaced out ``王  琦``,
    ``欧阳明``), its surname a common one (``data/surnames.txt``), or a reader's place then the
    name, apart (``湖南省长沙市  李焱婕``, as a column of readers' letters signs them).

    >>> _author_line("王  琦"), _author_line("李海钦"), _author_line("基本同步"), _author_line("宏观")
    (True, True, False, False)
    >>> _author_line("湖南省长沙市  李焱婕"), _author_line("河南省禹州市 何冠军"), _author_line("长沙市  发展")
    (True, True, False)
    """
    m = _PLACE_AUTHOR.fullmatch(t)
    if m is not None:  # a reader's place before the name (湖南省长沙市  李焱婕): the name is the rest
        t = m.group(1)
    if _AUTHOR_NAME.fullmatch(t) is None:
        return False
    name = "".join(t.split())
    names = _surnames()
    if name[:2] in names:
        return 3 <= len(name) <= 4
    return name[0] in names and len(name) <= 3


def _surnames() -> frozenset[str]:
    return _SURNAMES[0] if _SURNAMES else _load_surnames()


_SURNAMES: list[frozenset[str]] = []


def _load_surnames() -> frozenset[str]:
    _SURNAMES.append(frozenset(" ".join(lexicon.lines("surnames.txt")).split()))
    return _SURNAMES[0]


# a two-character name spaced out to the width of three (维  辰): a newspaper's way to print a
# short name, pen names included, whatever its first character
_SPACED_NAME = re.compile(rf"[{_CJK}]\s{{2,3}}[{_CJK}]")


def _author_lines(blocks: list[_Block]) -> None:
    """A person's name printed on its own line between a headline and the first paragraph (a
    commentary's author, ``文物“出差”大有可为`` / ``王  琦`` / text) is the article's byline. On a
    page that signs a piece so, a two-character name spaced out in the same place is one too,
    its first character no common surname (a pen name: ``让“吹哨人”有动力、能安心`` / ``维  辰``)."""
    spaced: list[_Block] = []
    signed = False
    for prev, b, nxt in zip(blocks, blocks[1:], blocks[2:]):
        if prev.kind == "head" and b.kind == "head" and nxt.kind == "body" and \
                len(prev.text) > len(_PLACE_AUTHOR.sub(r"\1", b.text)):
            if _author_line(b.text):
                b.kind = "byline"
                signed = True
            elif _SPACED_NAME.fullmatch(b.text):
                spaced.append(b)
    for b in spaced if signed else ():
        b.kind = "byline"


def _caption_lines(blocks: list[_Block]) -> None:
    """A caption's second short line (``广州的楼盘。 (资料图片) 记者 骆昌威 摄`` / ``天河广场一家中介的
    广告。``: one sentence without a clause, under a caption) is a caption too."""
    for prev, b in zip(blocks, blocks[1:]):
        if prev.kind == "caption" and b.kind == "body" and len(b.text) <= 30 and \
                b.text.endswith("。") and not _CLAUSE.search(b.text[:-1]):
            b.kind = "caption"


_FEED_HEAD_MAX = 80  # characters of a feed item's headline line
_FEED_ROLES = ("source", "meta")  # the time, source and field lines under a feed item's headline


def _feed_heads(blocks: list[_Block]) -> bool:
    """The items of a feed (a wire archive, a news roll): each item a headline line over its
    text, the headline marked as a feed's by its time stamp (``00:01:30|OpenAI与Plaid构建合作
    伙伴关系 …``, ``[09:30] 央行开展逆回购``), by a time line printed above it (``00:02:00``), or
    by the time, source or field lines printed under it (``2026-05-16 00:02:00``, ``00:02:00``,
    ``来源:财联社``, ``id:``, ``url:``: lineroles ``source``/``meta``), its text after them; a time
    line right over a paragraph of text opens an item without headline. Two or more such items
    make the page a feed; each opens at its first line (kind ``item``), titled by its headline
    (its 【】 left out), or untitled when the headline is a marker saying so (``00:01:30|无标题``,
    ``analysis/data/untitled.txt``). The page's heading and its lines before the first item
    belong to no item (kind ``skip``), unless a paragraph of text is printed there. True when
    the page is one."""
    n = len(blocks)

    def meta(x: _Block) -> bool:  # a time, source or field line printed with an item
        return (x.kind == "boiler" and x.role in _FEED_ROLES) or \
            (x.kind in ("body", "head") and _TIME_LINE.fullmatch(x.text) is not None)

    def text_at(j: int) -> _Block | None:  # the first line from j that is not a caption
        return next((x for x in blocks[j:] if x.kind not in ("boiler", "caption", "credit")), None)

    def headline(x: _Block | None) -> bool:  # a line that reads as a headline, not a sentence
        if x is None or x.kind not in ("body", "head") or len(x.text) > _FEED_HEAD_MAX \
                or _TIME_LINE.fullmatch(x.text):
            return False
        t = x.text.rstrip()
        return t[-1] not in _STAMP_TITLE_END and "。" not in t

    def paragraph(x: _Block | None) -> bool:  # a paragraph of text, not a headline
        return x is not None and x.kind in ("body", "head") and not _STAMP_HEAD.fullmatch(x.text) \
            and (len(x.text) > _FEED_HEAD_MAX or _SENTENCE_END.search(x.text) is not None
                 or lineroles.dateline(x.text) is not None)

    items: list[tuple[_Block, tuple[int, int] | None]] = []  # (first line, headline span)
    claimed: set[int] = set()  # time lines printed under a headline: its lines
    for k, b in enumerate(blocks):
        if k in claimed or b.kind not in ("body", "head", "md"):
            continue
        # a markdown heading's text after its marks (## 00:01:30|headline)
        off = len(b.text) - len(b.text.lstrip("# ")) if b.kind == "md" else 0
        j = k + 1
        while j < n and meta(blocks[j]):
            j += 1
        m = _STAMP_HEAD.fullmatch(b.text, off)
        if m is not None and m.group("title") is None:  # a time line alone
            h = text_at(k + 1)
            if paragraph(h):  # over a paragraph: an item without headline
                items.append((b, None))
            elif headline(h) and h is not None and paragraph(text_at(blocks.index(h) + 1)):
                items.append((b, (h.s, h.e)))  # over the headline of the item
                h.kind = "skip"  # inside the item's span: its headline, neither body nor item
            continue
        if not (headline(b) or b.kind == "md") and m is None:
            continue
        if not paragraph(text_at(j)):
            continue  # a headline over nothing, or over another headline: no item's headline
        if m is not None:  # 00:01:30|headline: its headline after the stamp
            t = m.group("title").rstrip()
            if t[-1] in _STAMP_TITLE_END or "。" in t:
                continue  # [01:16] 美联储…规模为1.37亿美元。: a stamped paragraph, not a headline
            items.append((b, (b.s + m.start("title"), b.s + m.end("title"))))
        elif b.kind == "md":
            continue  # a markdown heading marks a feed item by its time stamp only
        elif j > k + 1 and any(blocks[x].role == "meta" or _CLOCK.search(blocks[x].text)
                               for x in range(k + 1, j)):
            # a headline over its time (and source or field) lines; a source line alone
            # (来源:国家统计局 under a chart's heading) marks no feed item
            items.append((b, (b.s, b.e)))
            claimed.update(range(k + 1, j))
    if len(items) < 2:
        return False
    for b, span in items:
        b.kind = "item"
        b.feed = True
        if span is not None:
            t = _text_of(blocks, span)
            if _untitled(t):
                span = None
            elif _WHOLE_BRACKET.fullmatch(t.strip()):  # 【headline】 on its line
                span = (span[0] + 1, span[1] - 1)
        b.title = span
    for k in claimed:
        if blocks[k].kind != "boiler":
            blocks[k].kind = "boiler"  # 00:02:00 under its headline: the item's time line
    first = items[0][0]
    before = blocks[:blocks.index(first)]
    if not any(x.kind == "body" for x in before):
        for x in before:
            x.kind = "skip"
    return True


def _text_of(blocks: list[_Block], span: tuple[int, int]) -> str:
    """The text of ``span`` (text offsets) inside the line holding it."""
    b = next(x for x in blocks if x.s <= span[0] and span[1] <= x.e)
    return b.text[span[0] - b.s:span[1] - b.s]


def _untitled(t: str) -> bool:
    """A headline that says the item has none: 无标题, (无标题)."""
    return t.strip("()[]【】 ") in lexicon.lines("untitled.txt")


def _wire_list(blocks: list[_Block]) -> bool:
    """The items of a wire list (``[13:19] 【headline】财联社4月16日电,…``, printed one a line or
    with blank lines between them): each time stamp opens an item, a headline printed inline
    before its body titles it. True when the page is one."""
    feed = _feed_heads(blocks)
    stamped = [b for b in blocks if b.kind == "body" and _STAMP.match(b.text)]
    # a wire list: each time stamp opens an item; a stamp without brackets (13:19 …) only when
    # they open most paragraphs (not a story's programme: 9:00 开幕式…。 10:30 分论坛…。)
    bare = sum(1 for b in stamped if not b.text.startswith("["))
    if len(stamped) >= 2 and (not bare or 2 * bare >= sum(1 for b in blocks if b.kind == "body")):
        for b in stamped:
            b.stamped = True
    inline = []
    for b in blocks:
        m = _INLINE_HEAD.match(b.text) if b.kind in ("body", "head") else None
        if m and _CLAUSE.search(b.text, m.end()):
            inline.append((b, m))
    if len(inline) >= 2 or (feed and inline):  # a list of items, each headline before its body
        for b, m in inline:
            b.kind = "body"
            b.inline = (m.start(1), m.end(1), m.end())
        return True
    return feed


# ---------------------------------------------------------------- digests of numbered items

# a digest item's number or bullet opening its paragraph: 1、 / 2. / (3) / ④ / ● / •
_ITEM_NUM = re.compile(r"(?:(?P<n>\d{1,2})(?:、|[.．](?!\d))|\((?P<p>\d{1,2})\)|(?P<c>[\u2460-\u2473]))\s*")
_ITEM_BULLET = re.compile(r"(?P<b>[●•▪◆■▶►]|[-*](?=\s))\s*")
_DIGEST_ITEMS_MIN = 3  # items of the shortest digest


def _item_marker(b: _Block) -> tuple[str, int, int] | None:
    """(bullet or "#", number, where the text starts) of a digest item's paragraph, or None:
    a paragraph of sentences opening with a list number or a bullet."""
    if b.kind != "body" or not _SENTENCE_END.search(b.text):
        return None
    m = _ITEM_NUM.match(b.text)
    if m is not None:
        if m.group("c"):
            return "#", ord(m.group("c")) - 0x2460 + 1, m.end()
        return "#", int(m.group("n") or m.group("p")), m.end()
    m = _ITEM_BULLET.match(b.text)
    return (m.group("b"), 0, m.end()) if m is not None and m.end() < len(b.text) else None


def _digest(blocks: list[_Block]) -> bool:
    """A digest of untitled items, numbered or bulleted (``_marked_digest``) or printed without
    their bullets (``_plain_digest``). True when the page is one."""
    return _marked_digest(blocks) or _plain_digest(blocks)


_SECTION_MAX = 8  # characters of a digest's section heading (热点聚焦, 环球市场, 宏观)


def _plain_digest(blocks: list[_Block]) -> bool:
    """A digest whose items lost their bullets (a list copied as paragraphs): under a heading
    naming a digest (``data/digest.txt``), two short plain section headings or more (``热点聚焦``,
    ``宏观``: no punctuation, no number), each over paragraphs of sentences, and no paragraph
    before the first section. Each paragraph is then an untitled item; the page's heading, the
    lines under it and the section headings belong to no item. True when the page is one."""
    seq = [b for b in blocks if b.kind not in ("sep", "boiler", "caption", "credit", "table")]
    k0 = next((k for k, b in enumerate(seq) if b.kind == "body"), None)
    if k0 is None or not _names_list(seq[0].text.lstrip("# ")):
        return False
    if k0 + 1 < len(seq) and seq[k0 + 1].kind in ("head", "md"):
        # an intro paragraph under the page's heading lines, over the first section heading
        # (今天是…,以下是今日早餐的主要内容。): in no item
        k0 = next((k for k in range(k0 + 1, len(seq)) if seq[k].kind == "body"), len(seq))
    if k0 < 2 or k0 >= len(seq):
        return False
    sections: list[list[_Block]] = []
    for b in seq[k0 - 1:]:
        t = b.text.lstrip("# ")
        if b.kind in ("head", "md"):
            if len(t) > _SECTION_MAX or _CLAUSE.search(t) or re.search(r"\d", t) \
                    or ENUM_HEADING.fullmatch(t) or _POINT.match(t):
                return False  # a headline or a numbered part: stories, or one story's parts
            sections.append([])
        elif b.kind == "body" and _SENTENCE_END.search(t):
            sections[-1].append(b)
        else:
            return False
    items = [b for sec in sections for b in sec]
    if len(sections) < 2 or not all(sections) or len(items) < _DIGEST_ITEMS_MIN:
        return False
    first = items[0]
    for b in blocks:
        if b.kind in ("head", "md") or (b.s < first.s and b.kind != "sep"):
            b.kind = "skip"  # the page's heading and lines, the section headings
    for b in items:
        b.kind = "item"
        b.entry = True
    return True


_DIGEST_SECTION_ITEMS_MIN = 6  # numbered items of a digest's section taken alone (a62: 11)


def _digest_section(t: str) -> bool:
    """A digest's section heading naming a beat (国内股市, 金融; ``data/digest_sections.txt``):
    short, plain (no clause mark, no number, no part number)."""
    t = t.lstrip("# ").strip()
    return (len(t) <= _SECTION_MAX and not _CLAUSE.search(t) and not re.search(r"\d", t)
            and not ENUM_HEADING.fullmatch(t) and not _POINT.match(t)
            and any(w in t for w in lexicon.lines("digest_sections.txt")))


def _marked_digest(blocks: list[_Block]) -> bool:
    """A digest of untitled items (a morning briefing, 财经早餐): paragraphs each opening with a
    list number (``1、``, ``2.``, ``(3)``) or a bullet (``●``), every run of them numbered from 1
    (or under one bullet) and printed right under a heading, never under a paragraph of text
    (a story's lead, whose list its points are). The page is one when it has three items or more
    and either a heading over them names a digest (``data/digest.txt``; its sections may be
    numbered ``一、宏观``) or its numbering starts again under two plain section headings or more
    (``热点聚焦``, ``环球市场``; under numbered ones ``一、…`` they are a document's points). Each
    numbered paragraph is then an item (kind ``item``, untitled; the paragraphs after it up to
    the next are its own), the page's heading, its time and source lines and the section
    headings belong to no item (kind ``skip``). True when the page is one."""
    seq = [b for b in blocks if b.kind not in ("sep", "boiler", "caption", "credit", "table")]
    runs: list[list[_Block]] = []
    heads: list[_Block] = []  # the headings printed over the runs
    prev: _Block | None = None
    last: tuple[str, int] | None = None  # the marker of the run's last item
    numbered_parts = False  # a heading numbered 一、 (一) 关注点一: a document's part
    intro: list[_Block] = []  # paragraphs before the first item (今天是…,以下是今日早餐的主要内容。)
    for b in seq:
        mk = _item_marker(b)
        if mk is not None:
            mark, n, lead = mk
            if last is not None and mark == last[0] and (mark != "#" or n == last[1] + 1):
                runs[-1].append(b)
            elif (mark != "#" or n == 1) and (prev is None or prev.kind in ("head", "md")):
                runs.append([b])
                if prev is not None:
                    heads.append(prev)
            else:
                return False  # numbered on from nowhere, or printed under a paragraph
            b.lead = lead
            last = (mark, n)
        elif b.kind in ("head", "md"):
            t = b.text.lstrip("# ")
            numbered_parts = numbered_parts or bool(ENUM_HEADING.fullmatch(t) or _POINT.match(t))
            last = None
        elif b.kind == "body" and last is None:
            if runs:
                return False  # a paragraph outside every item: a story's text
            intro.append(b)  # before the first item: an intro (under a heading naming a digest)
        prev = b
    items = [b for r in runs for b in r]
    if len(items) < _DIGEST_ITEMS_MIN:
        return False
    # a heading before the first item naming a digest (陆家嘴财经早餐…): under it, its sections
    # may be numbered (一、宏观); without it, numbered parts are a document's, its points no items
    named = any(b.kind in ("head", "md") and _names_list(b.text) for b in seq
                if b.s < items[0].s)
    # one section of a digest taken alone: the page is a short heading naming a beat (国内股市,
    # 金融, data/digest_sections.txt) and one long run of numbered paragraphs, one paragraph
    # each, nothing else
    numbered = _item_marker(items[0])
    section = (len(runs) == 1 and len(heads) == 1 and heads[0] is seq[0] and not intro
               and all(b in items for b in seq[1:])
               and numbered is not None and numbered[0] == "#"
               and len(items) >= _DIGEST_SECTION_ITEMS_MIN and _digest_section(heads[0].text))
    if not named and not section and (
            intro or numbered_parts
            or not (len(runs) >= 2 and len({h.text for h in heads}) >= 2)):
        return False  # an intro over its items: a story's lead, unless the heading names a digest
    for b in items:
        b.kind = "item"
        b.entry = True
    first = items[0]
    for b in blocks:
        if b.s >= first.s:
            break
        b.kind = "skip"  # the page's heading, its time and source lines, the first section's
    for b in blocks:
        if b.s > first.s and b.kind in ("head", "md") and b in heads:
            b.kind = "skip"
    return True


_DIGEST_HEADING_MAX = 16  # characters of a heading naming a news list (国内联播快讯)


def _news_list(blocks: list[_Block]) -> None:
    """A news list (国内联播快讯): after the page's heading (and a credit or source line),
    headline lines each followed by one to three paragraphs, with no lead paragraph before the
    first one (or a heading naming a list, ``analysis/data/digest.txt``). Each headline then
    opens an item (kind ``item``); the page's heading and what precedes the first item belong
    to no item (kind ``skip``). A page of stories may print such a list under a heading naming
    it (a 新闻联播 page: its stories, 国内联播快讯, more stories, 国际联播快讯): the list's items
    are stories of their own, its heading and credit line belong to none, and the list ends
    where a story marked by its dateline (a headline over ``央视网消息…:`` ) starts."""
    seq = [b for b in blocks if b.kind not in ("sep", "boiler", "caption", "credit")]
    if len(seq) < 7 or seq[0].kind != "head":
        return
    starts = [0] + [k for k in range(2, len(seq) - 4)
                    if seq[k].kind == "head" and seq[k - 1].kind == "body"
                    and len(seq[k].text) <= _DIGEST_HEADING_MAX and _names_list(seq[k].text)]
    for k in starts:
        items = _list_items(seq, k, inside=k > 0)
        if not items:
            continue
        if k == 0 and _couplets(items[1:]):
            return  # a report's section headings in matched halves (生产供给稳健向好,三次产业聚力发展 /
            # 需求潜力持续释放,消费投资协同发力 under its headline): one document, not a list
        run = k == 0  # a page that is a list: everything before its first item
        for b in blocks:
            if b is seq[k]:
                run = True
            if b is items[0]:
                break
            if run:
                b.kind = "skip"
        for h in items:
            h.kind = "item"
        if k == 0:
            return


_COUPLET = re.compile(rf"([{_CJK}“”]{{4,10}})[,，]([{_CJK}“”]{{4,10}})")


def _couplet(t: str) -> bool:
    """A heading of two halves of one length (±1) joined by a comma, as a statistics bureau's or
    a report's sections are headed: a section heading, not a news headline.

    >>> _couplet("生产供给稳健向好,三次产业聚力发展"), _couplet("习近平同法国总统马克龙通电话")
    (True, False)
    >>> _couplet("郑州GDP破万亿,武汉紧随其后")
    False
    """
    m = _COUPLET.fullmatch(t.strip())
    return m is not None and abs(len(m.group(1)) - len(m.group(2))) <= 1


def _couplets(heads: list[_Block]) -> bool:
    """Are two thirds of ``heads`` or more (two at least) headings in matched halves?"""
    return len(heads) >= 2 and sum(_couplet(h.text) for h in heads) * 3 >= 2 * len(heads)


_LIST_ITEMS_MIN = 5      # items of the shortest list of plain headlined items
_RANKED_ITEMS_MIN = 3    # items of the shortest ranked digest (NO.1 … NO.3)
# a digest item's number set off by a bar (每经10点: 1丨统计局:…, 2丨整点投资丨…): a list's mark,
# never a document's part (一、 / 1、 / (1)), so it numbers items without a heading naming a list
_BAR_NUM = re.compile(r"(\d{1,2})\s*[丨｜]\s*(?=\S)")
_LIST_ITEM_PARAS = 3     # paragraphs of an item of a plain list (a story with sub-headings has more)
_LINK_LINE_MAX = 45      # characters of a line of a related-links block (【相关报道】 …)
_QUESTION_HEAD_MAX = 40  # characters of a headline ending in ? or ! (该如何根治?)
_LIST_ITEMS_LEAD_MIN = 10  # items of a plain list printed under a lead (an editor's note)
_TEASER_PARAS = 6        # paragraphs of an item of a newsletter of teasers (ending in a read-more link)


def _rank(b: _Block, numbered: bool = False) -> tuple[int, int] | None:
    """(number, where the headline starts) of a ranked headline line (``NO.1   刘鹤…``: a rank
    mark of ``data/ranks.txt``, its number, blanks, a headline of no sentence; or a number set
    off by a bar, ``1丨统计局:…``), or None.
    ``numbered``: under a heading naming a list (财经TOP10), a list number (``1、王毅:…``,
    ``2. …``) ranks a headline too."""
    if b.kind not in ("head", "body") or len(b.text) > _FEED_HEAD_MAX:
        return None
    if (m := _BAR_NUM.match(b.text)) is not None and "。" not in b.text[m.end():] \
            and len(b.text) - m.end() >= _DIGEST_HEAD_MIN:
        return int(m.group(1)), m.end()
    if numbered and (m := _LIST_NUM.match(b.text)) is not None and "。" not in b.text[m.end():] \
            and len(b.text) - m.end() >= _DIGEST_HEAD_MIN:
        return int(b.text[:m.end() - 1]), len(b.text) - len(b.text[m.end():].lstrip())
    for mark in lexicon.lines("ranks.txt"):
        if b.text[:len(mark)].upper() == mark.upper():
            m = re.compile(r"\.?\s*(\d{1,2})\s+(?=\S)").match(b.text, len(mark))
            if m is not None and "。" not in b.text[m.end():]:
                return int(m.group(1)), m.end()
    return None


def _label(t: str) -> bool:
    """A section label of a list: short, no clause, no digit (上市进行时, 大公司), or a short
    bracketed label (【政经要闻】, 【相关报道】)."""
    inner = t[1:-1] if _WHOLE_BRACKET.fullmatch(t) else t
    return len(inner) <= _SECTION_MAX and not _CLAUSE.search(inner) and not re.search(r"\d", inner)


def _headed_list(blocks: list[_Block]) -> bool:
    """A page that is a list of headlined items, each a headline line over its own paragraphs,
    under the page's heading and section labels, with no lead paragraph before the first item:

    * ranked (a 财经TOP10 digest): headline lines opening with a rank mark numbered from 1
      (``NO.1   刘鹤…``, ``data/ranks.txt``; under a heading naming a list, ``data/digest.txt``,
      a list number ``1、``, and a paragraph over NO.1 is its editor's note), three or more;
      each item runs to the next ranked line or section label, its sub-headings and paragraphs
      its own; a label followed only by short lines of no sentence up to the next item or the
      end (``【相关报道】`` and its links) belongs to no item; each title is the headline after
      its rank;
    * plain (a company-news feed, 8点1氪): five or more headline lines (no sentence end, at most
      80 characters; a short question) each over one to three paragraphs, a section label
      (``大公司``) allowed over a headline; any other run of headline lines (a sub-heading over
      two lines) makes no list, nor do short headlines (12 characters on average or fewer:
      sub-headings) or numbered ones (``一、综合``, ``关注点一:``: a document's parts). A lead of
      one to three paragraphs before the first item (an editor's note, in no item) is a story's
      unless the heading names a list (``data/digest.txt``) or ten items or more follow. A label
      ending in a colon (``融资披露:``) may stand over a headline, alone or under a section label
      (``教育`` / ``融资披露:`` / headline). A newsletter of teasers (a 创投日报: every item ending
      in a read-more link, ``……(查看更多请点这里)``, ``data/readmore.txt``) may have items of up to
      six paragraphs and a lead (its editor's note) over them.

    The page's heading, the section labels and the link blocks belong to no item (kind
    ``skip``); each headline opens an item (kind ``item``). True when the page is one."""
    seq = [b for b in blocks if b.kind not in ("sep", "boiler", "caption", "credit")]

    def headline(x: _Block) -> bool:  # no sentence; a short question or exclamation may be one
        t = x.text.rstrip()
        return x.kind in ("head", "body") and len(t) <= _FEED_HEAD_MAX and "。" not in t and \
            (t[-1] not in _STAMP_TITLE_END or (t[-1] in "!?" and len(t) <= _QUESTION_HEAD_MAX)) \
            and not _TIME_LINE.fullmatch(t)

    if len(seq) < 4 or not (seq[0].kind == "head" or headline(seq[0])):
        return False

    def paragraph(x: _Block) -> bool:
        return x.kind == "body" and not headline(x) and (
            len(x.text) > _FEED_HEAD_MAX or _SENTENCE_END.search(x.text) is not None)

    named = _names_list(seq[0].text)  # a heading naming a list: its numbered headlines rank
    ranks = [(k, r) for k, b in enumerate(seq) if (r := _rank(b, named)) is not None]
    if len(ranks) >= _RANKED_ITEMS_MIN and [r[0] for _, r in ranks] == list(range(1, len(ranks) + 1)) \
            and sum(len(seq[k].text) - r[1] for k, r in ranks) > _DIGEST_HEAD_MEAN * len(ranks):
        # short headlines (12 characters on average or fewer: 1、“冠军”的危与机) are a story's
        # numbered sub-headings, even under a heading naming a list (湖南14市州GDP排行出炉,…)
        first = ranks[0][0]
        if not named and any(paragraph(b) for b in seq[:first]):
            return False  # a story's lead, then its ranked points (under a heading naming a
            # list, 财经TOP10, a paragraph before NO.1 is the editor's note)
        skip = set(range(first))
        at = {k for k, _ in ranks}
        for k, b in enumerate(seq):
            if k <= first or k in at or b.kind != "head" or not _label(b.text):
                continue
            # a label: over the next item (a section's), or over links up to it (相关报道)
            j = k + 1
            while j < len(seq) and j not in at and len(seq[j].text) <= _LINK_LINE_MAX \
                    and "。" not in seq[j].text:
                j += 1
            if j == len(seq) or j in at:
                skip.update(range(k, j))
        for k in skip:
            seq[k].kind = "skip"
        for k, (_, at_title) in ranks:
            _headline_item(seq[k], at_title)
        return True

    def colon_label(x: _Block) -> bool:  # 融资披露: announcing the item under it, no headline
        return x.kind in ("head", "body") and x.text.endswith(":") and _label(x.text[:-1])

    # a link line closing the paragraph before it (原文链接: / the link: lineroles ``share``
    # holding a phrase of data/readmore.txt): the item ends in a link to the whole story
    linked: set[int] = set()
    for x, y in zip(blocks, blocks[1:]):
        if y.kind == "boiler" and y.role == "share" and _read_more(y.text.rstrip(":")):
            linked.add(id(x))
    later = [b.text for b in seq]

    def contents(run: list[_Block], at: int) -> int:
        """Lines opening ``run`` (from ``seq[at]``) that are a contents list of the page: two or
        more headline lines, each printed again further down, under an optional heading naming
        a list (新闻速览, data/digest.txt); how many."""
        n = 1 if run and _names_list(run[0].text) else 0
        k = n
        while k < len(run) and run[k].text in later[at + len(run):]:
            k += 1
        return k if k - n >= 2 else 0

    items: list[_Block] = []
    labels: list[_Block] = []
    lead: list[_Block] = []  # paragraphs before the first item (an editor's note)
    last: list[_Block] = []  # each item's last paragraph
    longest = 0  # paragraphs of the longest item
    k = 1
    while k < len(seq):
        j = k
        while j < len(seq) and (headline(seq[j]) or colon_label(seq[j])):
            j += 1
        p = j
        while p < len(seq) and paragraph(seq[p]):
            p += 1
        run = seq[k:j]
        if p == j:
            if p == len(seq) and items:
                break  # closing lines after the last item (整理 |…)
            return False  # a line neither headline nor paragraph
        if not run and not items and not lead and p - j <= _LIST_ITEM_PARAS:
            lead = seq[j:p]
            k = p
            continue
        # over the headline: a section label (大公司), a label ending in a colon (融资披露:), or
        # both (教育 / 融资披露: / headline); two plain lines over it are a headline over two lines
        if not items and not lead and (c := contents(run[:-1], k)):
            labels += run[:c]  # the post's list of its headlines (新闻速览 / …): no item
            run = run[c:]
        over = run[:-1]
        if over and colon_label(over[-1]):
            over = over[:-1]
        if not run or colon_label(run[-1]) or len(over) > 1 or \
                (over and not _label(over[0].text)):
            return False  # a heading over two lines
        labels += run[:-1]
        items.append(run[-1])
        last.append(seq[p - 1])
        longest = max(longest, p - j)
        k = p
    if len(items) < _LIST_ITEMS_MIN or \
            sum(len(b.text) for b in items) < _DIGEST_HEAD_MEAN * len(items) or \
            any(ENUM_HEADING.fullmatch(b.text) or _POINT.match(b.text) for b in items) or \
            _parallel([b.text for b in items]) or _couplets(items[1:]):
        return False  # short sub-headings, numbered parts (一、综合), parallel headings (构建新发展
        # 格局要求…, 构建新发展格局要求…): one document's sections
    # a newsletter of teasers: every item ends in a link to the whole story (……(查看更多请点这
    # 里), data/readmore.txt); its items may be longer, a lead over them is an editor's note
    teasers = all(_read_more(b.text) or id(b) in linked for b in last)
    if longest > (_TEASER_PARAS if teasers else _LIST_ITEM_PARAS):
        return False  # a story's long sections
    if lead and not (named or teasers or len(items) >= _LIST_ITEMS_LEAD_MIN):
        return False  # a story's lead over its sub-headings
    for b in [seq[0], *labels, *lead]:
        b.kind = "skip"
    # the role lines printed with the page's heading (a WeChat post's account line, 点击蓝字
    # 关注我们) belong to no item either
    for b in blocks[:blocks.index(items[0])]:
        if b.kind == "boiler":
            b.kind = "skip"
    for b in items:
        _headline_item(b, 0)
    return True


_PARALLEL_MIN = 4  # characters every heading of a document's parallel sections opens with


def _parallel(heads: list[str]) -> bool:
    """Headings that all open with the same words (``构建新发展格局要求经济发展向内需主导转变,…`` /
    ``构建新发展格局要求扩大高水平开放,…``): the parallel section headings of one commentary or
    report, not the headlines of separate stories.

    >>> _parallel(["构建新发展格局要求扩大高水平开放", "构建新发展格局要求增强自主创新能力"])
    True
    >>> _parallel(["苹果3月9日举办发布会", "苹果春季发布会或推出紫色iPhone"])
    False

    A label the headlines share (``36氪首发 | …``, ``国家统计局:…``) makes no parallel headings: the
    shared words run on in each heading.

    >>> _parallel(["国家统计局:4月CPI上涨0.1%", "国家统计局:4月PPI下降2.7%"])
    False
    """
    if len(heads) < 2:
        return False
    n = _cjk_run(os.path.commonprefix(heads))
    return n >= _PARALLEL_MIN and all(_cjk_run(h, n) > n for h in heads)


_CJK_RUN = re.compile(f"[{_CJK}]*")


def _cjk_run(t: str, at: int = 0) -> int:
    """Where the run of CJK characters of ``t`` starting at ``at`` ends."""
    m = _CJK_RUN.match(t, at)
    return m.end() if m is not None else at
_PARALLEL_HEAD_MAX = 45  # characters of a section heading printed like its siblings


def _parallel_heads(blocks: list[_Block]) -> None:
    """A line ending no sentence that opens as two headings of the page or more do (``构建新发展
    格局要求经济发展向内需主导转变,这为…``, longer than a heading with a comma usually is, among
    ``构建新发展格局要求扩大高水平开放,…``): a heading of the same series."""
    heads = [b.text for b in blocks if b.kind == "head"]
    if len(heads) < 2:
        return
    for b in blocks:
        if b.kind == "body" and len(b.text) <= _PARALLEL_HEAD_MAX and \
                _SENTENCE_END.search(b.text) is None and \
                sum(1 for h in heads if _parallel([h, b.text])) >= 2:
            b.kind = "head"


_READ_MORE_TAIL = 16  # characters at the end of a paragraph where its read-more link is printed


def _read_more(t: str) -> bool:
    """A paragraph ending in a link to the whole story (``……(查看更多请点这里)``, ``阅读全文``:
    ``data/readmore.txt``): a teaser of a newsletter."""
    tail = t.rstrip(" )]】>》")[-_READ_MORE_TAIL:]
    return any(w in tail for w in lexicon.lines("readmore.txt"))


def _headline_item(b: _Block, lead: int) -> None:
    """``b`` opens an item titled by its headline after ``lead`` (a rank), its brackets left
    out when they hold the whole headline (``【普洛斯拟赴美IPO】``)."""
    b.kind = "item"
    b.feed = True  # titled by ``title``; its text follows the headline line
    t = b.text[lead:]
    if _WHOLE_BRACKET.fullmatch(t):
        b.title = (b.s + lead + 1, b.e - 1)
    else:
        b.title = (b.s + lead, b.s + lead + _link_label_cut(t))


def _link_label_cut(t: str) -> int:
    """Where a headline line's headline ends: before a link printed after it past a blank
    (``… 环比减少37.7亿美元 官方解读``, ``data/headline_links.txt``), else at the line's end."""
    head, sep, last = t.rstrip().rpartition(" ")
    if sep and head.strip() and last in lexicon.lines("headline_links.txt"):
        return len(head.rstrip())
    return len(t)


def _names_list(heading: str) -> bool:
    return any(w in heading for w in lexicon.lines("digest.txt"))


_LIST_HEAD_MAX = 45  # characters of an item headline of a news list printed as a plain line


def _list_headline(t: str) -> bool:
    """A line of a news list that ends no sentence and no clause, short enough for a headline:
    the next item's headline, even with the commas of a list of titles in it.

    >>> _list_headline("《高端访谈》专访土库曼斯坦民族领袖、人民委员会主席别尔德穆哈梅多夫")
    True
    >>> _list_headline("今晚(3月20日),总台央视新闻频道《高端访谈》栏目将播出专访。")
    False
    >>> _list_headline("近日,青海湖进入开湖期,较去年提前了13天,融化面积已超过16.4%")
    False
    """
    t = t.rstrip()
    return 0 < len(t) <= _LIST_HEAD_MAX and _SENTENCE_END.search(t) is None and \
        t[-1] not in ",:、" and len(re.findall(r"[,:]", t)) <= 1


def _list_items(seq: list[_Block], k: int, inside: bool) -> list[_Block]:
    """The item headlines of the news list headed by ``seq[k]`` (none when it is not one). It
    runs to the end of the page, or to a story marked by its dateline or another list's
    heading. ``inside``: the list is printed inside a page of stories (its heading names a
    list; no lead paragraph)."""
    items: list[list] = []
    lead = 0
    named = _names_list(seq[k].text)  # a numbered list's items are items under such a heading
    for i in range(k + 1, len(seq)):
        b = seq[i]
        nxt = seq[i + 1] if i + 1 < len(seq) else None
        # a headline long for one or listing titles (《高端访谈》专访土库曼斯坦民族领袖、人民委员
        # 会主席别尔德穆哈梅多夫) between an item's paragraph and the next: the next item's
        plain = b.kind == "body" and bool(items) and items[-1][1] > 0 and \
            _list_headline(b.text) and len(b.text) >= _DIGEST_HEAD_MIN and nxt is not None and nxt.kind == "body" and \
            not _list_headline(nxt.text)
        if b.kind == "head" or plain:
            if items and (nxt is None or (nxt.kind == "body" and lineroles.dateline(nxt.text))
                          or (len(b.text) <= _DIGEST_HEADING_MAX and _names_list(b.text))):
                break  # a story under its headline and dateline, or the next list
            m = _ITEM_NUM.match(b.text) if named else None
            if m is not None and len(b.text) - m.end() >= _DIGEST_HEAD_MIN and \
                    int(m.group("n") or m.group("p") or 0) == len(items) + 1:
                b.lead = m.end()  # 1、央行开展301亿元逆回购: a numbered item of a list named so
            elif ENUM_HEADING.fullmatch(b.text) or len(b.text) < _DIGEST_HEAD_MIN or \
                    (items and items[-1][1] == 0):
                return []  # a numbered part, a short sub-heading, a headline over two lines
            items.append([b, 0])
        elif b.kind == "body" and b.inline is None:
            if items:
                items[-1][1] += 1
            else:
                lead += 1
        else:
            return []  # bylines, datelines, marks: the structure of one story
    # a list printed inside a page of stories under a heading naming it (国际联播快讯 closing a
    # 新闻联播 page) may hold two items; a page that is a list holds three or more
    if len(items) < (_INSIDE_ITEMS_MIN if inside else 3) or \
            any(n == 0 or n > _DIGEST_ITEM_PARAS for _, n in items) or \
            sum(len(h.text) for h, _ in items) < _DIGEST_HEAD_MEAN * len(items):
        return []
    if lead and (inside or not _names_list(seq[k].text)):
        return []
    for h, _ in items:
        h.kind = "head"  # a plain line read as an item's headline above
    return [h for h, _ in items]


# ---------------------------------------------------------------- newspaper and markdown

def _page(blocks: list[_Block], markdown: bool, web: bool = False) -> list[dict]:
    """Articles of a newspaper or markdown page; ``web``: a page written one paragraph a line,
    whose photo captions belong to the story they are printed in and whose stories are marked
    (a dateline or byline under their headline, items of a list)."""
    arts: list[dict] = []
    skip = ("sep", "skip") if web else ("caption", "credit", "sep", "skip")
    seq = [b for b in blocks if b.kind not in skip]
    # the page's top heading level opens articles (### 国内联播快讯 on a page of ### headings)
    top = min((b.level for b in seq if b.kind == "md"), default=1)
    cur: dict | None = None

    pending: list[_Block] = []  # role lines printed before any article: part of the next one

    def new(start: int, headless: bool) -> dict:
        a: dict[str, Any] = {"start": start, "end": start, "body": [], "sections": [],
                             "headless": headless}
        for p in pending:
            a["start"] = min(a["start"], p.s)
            rt = lineroles.repost_title(p.text)
            if rt and "repost_span" not in a:  # a repost printed without its headline
                a["repost_span"] = (p.s + rt[0], p.s + rt[1])
        pending.clear()
        arts.append(a)
        return a

    i = 0
    prev_kind = None
    # on a web page, a headline line taken as a section heading of the story before, with only
    # role lines (a time line, photo captions) after it: (story, its run, sections and end
    # before it). A deck line then opening a story under a dateline makes it that story's headline.
    held: tuple[dict, list[_Block], int, int] | None = None
    numbered = pictured = False
    # headlines over a photo's credit then text (美国6月CPI“爆表”… / 鲍威尔 图片来源:视觉中国 /
    # text): two or more make a web page a digest of stories, each under its picture
    photo_heads = sum(1 for a, c, d in zip(seq, seq[1:], seq[2:])
                      if a.kind == "head" and _photo_credit(c) and d.kind == "body") if web else 0
    # a digest's marks: pictured headlines or numbered items (#01 / headline); only then do its
    # section labels naming a list (抗疫播报) open stories (a page of 【公司要闻】 channels under a
    # plain heading is one story's)
    digest = photo_heads >= 2 or (web and sum(
        1 for a, c in zip(seq, seq[1:]) if _HASH_NUMBER.fullmatch(a.text) and c.kind == "head") >= 2)
    listed = False  # on a web page, under a section label naming a list (抗疫播报): its stories
    while i < len(seq):
        b = seq[i]
        if b.kind in ("boiler", "table", "mark", "caption", "credit"):
            # printed inside the article before it: part of it, never its start or body
            if cur is None and listed:
                i += 1  # under a list's section label (its picture's credit): in no story
                continue
            if cur is None:
                pending.append(b)
            else:
                cur["end"] = max(cur["end"], b.e)
                if cur["body"] and _closing(b):
                    cur["closed"] = True  # 责任编辑:… / 海量资讯…APP after the body: its end
                if cur["body"] and b.role == "editor" and lineroles.note_signature(b.text):
                    cur["note"] = True  # its text so far is an editor's note (…/ ——编  者)
                if b.kind == "mark":
                    cur["sections"].append((b.s, b.e))
                    prev_kind = "mark"
                rt = lineroles.repost_title(b.text) if b.kind == "boiler" else None
                if rt and "repost_span" not in cur:
                    cur["repost_span"] = (b.s + rt[0], b.s + rt[1])
            i += 1
            continue
        if b.kind not in ("head", "md", "byline", "dateline"):
            held = None  # a body line, an item or a marker: the held line was a sub-heading
        if b.kind == "item":  # the headline of an item of a news list or a feed
            cur = new(b.s, headless=False)
            cur["item"] = True
            if b.title is not None:  # a feed's: its headline (after the time stamp)
                cur["title_span"] = b.title
            elif b.entry:  # a digest's numbered paragraph: the item's text, after its number
                cur["body"].append((b.s + b.lead, b.e))
                cur["end"] = b.e
                prev_kind = "body"
                i += 1
                continue
            elif not b.feed:  # a news list's item: its headline (after its number)
                cur["title_span"] = (b.s + b.lead, b.e)
            cur["end"] = b.e
            prev_kind = "head"
            i += 1
            continue
        if b.kind in ("head", "md", "byline", "dateline"):
            j = i
            while j < len(seq) and seq[j].kind in ("head", "md", "byline", "dateline"):
                j += 1
            run = seq[i:j]
            nxt = seq[j] if j < len(seq) else None
            # the first line under the headline that is not a role line (原标题:…, a credit)
            under = next((r for r in seq[j:] if r.kind not in (
                "boiler", "table", "mark", "caption", "credit")), None)
            next_byl = nxt is not None and (
                lineroles.dateline(nxt.text) is not None
                # on a web page, a byline opening the paragraph (21世纪经济报道记者赵子健 北京报道 …)
                or (web and nxt.kind == "body" and lineroles.leading_byline(nxt.text) > 0))
            real = [r for r in run if r.kind != "dateline"]
            # numbered parts (一、 (三) 2.) are section headings, never a headline
            heads = [r for r in real if r.kind == "byline" or not (
                ENUM_HEADING.fullmatch(r.text) or _POINT.match(r.text))]
            deck = explainer = False
            # the paper's bare edition line under a headline (《人民日报》(…) with no author
            # before it): the site prints it under every piece's headline, never a section's
            edition = not markdown and nxt is not None and nxt.kind == "boiler" and \
                lineroles.edition(nxt.text) and any(r.kind == "head" for r in real)
            if edition and cur is not None and cur["body"] and len(real) == 1 \
                    and under is not None and under.kind == "head" and _box_piece(seq, under):
                # a box's title over that line, then the headline of the box's first piece
                # (发言席 / 《人民日报》(…) / 温枢刚委员—— / headline): the title and its line
                # belong to no story; the next headline opens one
                cur = held = None
                pending.clear()
                k = j
                while k < len(seq) and seq[k] is not under:
                    k += 1
                prev_kind = "head"
                i = k
                continue
            if markdown:
                is_new = cur is None or any(r.kind == "md" and r.level == top for r in run)
            elif web:
                # one story unless another is marked: a dateline or byline under its headline
                # once the story before has a body (sub-headings over two lines are sections)
                has_body = cur is not None and bool(cur["body"])
                if digest and real and real[0].kind == "head" and (has_body or listed) and \
                        _list_label(real[0].text) and (len(real) >= 2 or under is not None):
                    # a section label naming a list after a story (抗疫播报, 财闻集锦): the
                    # section's stories follow, each under its headline; the label and the role
                    # lines under it (its picture's credit) belong to none
                    listed = True
                    cur = None
                    pending.clear()
                    label = real[0]
                    run = [r for r in run if r is not label]
                    real, heads = real[1:], [r for r in heads if r is not label]
                    if not real:
                        prev_kind = "head"
                        i = j
                        continue
                    has_body = False
                # a digest's stories: a headline over its photo's credit (图片来源:…), or an
                # item's number line over its headline (#01 / 欧盟推迟推进数字税…), after a story
                numbered = len(real) >= 2 and _HASH_NUMBER.fullmatch(real[0].text) is not None
                pictured = photo_heads >= 2 and _photo_credit(nxt) and \
                    under is not None and under.kind == "body"
                # (a part credited with the paper's edition line is a piece of its own)
                explainer = cur is not None and bool(cur.get("explainer")) and not any(
                    r.kind == "byline" and lineroles.edition_byline(r.text) for r in run)
                if len(arts) == 1 and cur is arts[0] and _page_heading_only(cur) and not explainer \
                        and (_signed(real, under) or _bylined(real, under)):
                    # a column's name heading the page (纵横 / 《人民日报》(…)), then a headline
                    # over its author line (文物“出差”大有可为 / 王  琦): the page holds signed
                    # pieces; its heading and lines belong to none. So does a page's headline
                    # over nothing but photo captions and credits, or over an editor's note signed
                    # by the desk (…/ ——编  者), then a story's headline over its byline
                    # (稳就业,企业在行动 / captions / 百度构建校企直通育人路径—— / 给实习生… / 本报记者  谷业凯)
                    arts.pop()
                    cur = None
                is_new = (cur is None or prev_kind == "cont"
                          or (has_body and (numbered or pictured))
                          or (listed and has_body and under is not None and under.kind == "body")
                          or (has_body and cur.get("closed") and under is not None
                              and under.kind == "body")
                          # a headline over the paper's edition line (…/ 《人民日报》(…) / text)
                          or (has_body and edition and under is not None)
                          # a column's label over a headline (记者手记 / 为每一场丰收充盈底气): a
                          # sidebar or commentary of its own after the story
                          or (has_body and bool(real) and _column_label(real[0].text)
                              and under is not None and under.kind == "body")
                          # a bylined part of an explainer (kicker / heading / 本报记者  郁静娴) is
                          # its section, not a story of its own
                          or (has_body and not explainer and (next_byl or (
                              any(r.kind == "byline" for r in run)
                              and any(r.kind != "byline" for r in heads))))
                          or (not explainer and _tagged_story(real, cur, seq, under))
                          or _place_switch(real, cur, seq, under))
                # a deck line between the headline and its 本报讯 paragraph: the headline's
                deck = (not is_new and cur is not None and not cur["body"] and next_byl
                        and not cur.get("byline"))
                if is_new and next_byl and held is not None and held[0] is cur:
                    # 楼市中心城区供货降七成 / 发布时间:… / captions / deck / 本报讯…: the line held
                    # as the story before's sub-heading is this story's headline, this run its deck
                    hcur, hrun, nsec, hend = held
                    del hcur["sections"][nsec:]
                    hcur["end"] = hend
                    cur = new(hrun[0].s, headless=False)
                    _parse_header(hrun, cur, markdown)
                    cur["end"] = hrun[-1].e
                    is_new, deck = False, True
            else:
                # (a column's label over a headline, 记者手记, still opens a sidebar after it)
                explainer = cur is not None and bool(cur["body"]) and not next_byl and not edition \
                    and not (real and _column_label(real[0].text)) and (
                        (bool(cur.get("explainer")) and not any(
                            r.kind == "byline" and lineroles.edition_byline(r.text) for r in run))
                        # a story opened by its headline and byline line: headline lines with no
                        # byline and no dateline under them are its section headings
                        or (bool(cur.get("head_byline")) and not any(r.kind == "byline" for r in run)))
                if len(arts) == 1 and cur is arts[0] and _page_heading_only(cur) \
                        and _bylined(real, under) and not explainer:
                    # the page's headline over its captions, or over an editor's note signed
                    # by the desk, then a story under its own headline and byline: no story
                    arts.pop()
                    cur = None
                is_new = (cur is None or prev_kind == "cont"
                          # an explainer's parts (kicker / heading / byline) are its sections
                          or (bool(cur["body"]) and edition and under is not None)
                          or (not explainer and (len(heads) >= 2 or next_byl or (
                              any(r.kind == "byline" for r in run)
                              and any(r.kind != "byline" for r in heads))))
                          # a column's label after the story (话题互动留言板 / text): its own, as
                          # on a web page
                          or (bool(cur["body"]) and bool(real) and _column_label(real[0].text)
                              and under is not None and under.kind == "body")
                          or (not explainer and _tagged_story(real, cur, seq, under))
                          or _place_switch(real, cur, seq, under))
                # a deck line over the 本报讯 paragraph of a headline with no body yet, only
                # role lines between (楼市中心城区供货降七成 / 发布时间:… / deck / 本报讯…): its deck
                deck = (is_new and next_byl and prev_kind == "head" and cur is not None
                        and not cur["body"] and not cur["headless"] and not cur.get("byline")
                        and "title_span" in cur and len(real) == 1 and real[0].kind == "head")
                is_new = is_new and not deck
                # headline-like lines over nothing but a bracketed aside closing the page
                # (我们或可将上述称之为——“…” / 或可把今天称之为——“…” / (说真的,…)): the closing
                # lines of the story before, no story (a story's body is more than an aside)
                is_new = is_new and not (cur is not None and cur["body"] and _aside_only(seq, j))
                # the lines right under a ■/◆ mark (its heading, short quotes) are the
                # sub-section's, never a new article's headline
                is_new = is_new and not (prev_kind == "mark" and cur is not None and not next_byl)
                # a sub-heading printed over two short lines inside a story (居民收入与经济增长 /
                # 基本同步) is one section heading: two plain lines, no kicker dash, no role or
                # byline line, no byline after, short enough together to be one heading
                if is_new and _wrapped_heading(heads, cur, next_byl, prev_kind):
                    is_new = False
            held = None
            if deck and cur is not None:
                cur.setdefault("subtitle_spans", []).extend(
                    (r.s, r.e) for r in real if r.kind == "head")
                by = next((r for r in real if r.kind == "byline"), None)
                if by is not None:
                    cur["byline"] = by.text
                    cur["byline_span"] = (by.s, by.e)
                cur["end"] = run[-1].e
                prev_kind = "head"
                i = j
                continue
            if not is_new and cur is not None and real and all(r.kind == "byline" for r in real):
                # a byline printed under the headline block (文 | 陈汐 郑慧): the article's
                if not cur.get("byline"):
                    cur["byline"] = real[0].text
                    cur["byline_span"] = (real[0].s, real[0].e)
                cur["end"] = run[-1].e
                prev_kind = "head"
                i = j
                continue
            if not is_new:
                # a section heading, or the headline of an article printed inside its body
                if cur is not None and cur["headless"] and "title_span" not in cur and \
                        len(real) == 1 and real[0].kind == "head" and \
                        not ("repost_span" in cur and cur["body"]):
                    # (a repost titled by its 原标题 line, with a body: the line is a section's)
                    cur["title_span"] = (real[0].s, real[0].e)
                elif cur is not None and web:
                    # a sub-heading over two lines (看投资—— / 行业内外迎来更多机遇) is one section
                    if cur["body"] and real and all(r.kind == "head" for r in real):
                        held = (cur, real, len(cur["sections"]), cur["end"])
                    cur["sections"] += [(g[0].s, g[-1].e) for g in _groups(real)]
                elif cur is not None:
                    # (an explainer's part's byline is no heading of it)
                    cur["sections"] += [(_strip_md(r) if r.kind == "md" else (r.s, r.e))
                                        for r in real if not (explainer and r.kind == "byline")]
                if cur is not None:
                    cur["end"] = run[-1].e
            else:
                trailing: list[_Block] = []
                while cur is not None and cur["body"] and len(run) > 1 and \
                        run[0].kind == "byline" and any(r.kind == "head" for r in run[1:]):
                    # a credit line after the story's body, over the next headline ((本报记者
                    # 李心萍采访整理) / kicker / headline): the story's closing credit
                    cur["end"] = run.pop(0).e
                if markdown:
                    # sub-level headings after the headline are the first section headings
                    last1 = max((k for k, r in enumerate(run) if r.kind == "md" and r.level == top),
                                default=None)
                    if last1 is not None:
                        while len(run) > last1 + 1 and run[-1].kind == "md" and \
                                run[-1].level > top and not run[-1].text.lstrip("# ").startswith("——"):
                            trailing.insert(0, run.pop())
                # an enumerated heading (一、综合) after the headline opens the first section
                while len(run) > 1 and run[-1].kind == "head" and ENUM_HEADING.fullmatch(run[-1].text):
                    trailing.insert(0, run.pop())
                groups = _groups(run, top)
                if cur is not None and cur["headless"] and "title_span" not in cur \
                        and len(groups) >= 2:
                    # the headline printed after the body of the article before
                    g = groups.pop(0)
                    _parse_header(g, cur, markdown)
                    cur["end"] = g[-1].e
                    run = [r for g2 in groups for r in g2]
                # the page's date printed over the headline (2023年3月1日 星期三 / headline): the
                # page's, no line of the story (the story starts at its headline)
                while len(run) > 1 and run[0].kind == "dateline" and cur is None and not pending:
                    run.pop(0)
                cur = new(run[0].s, headless=False)
                _parse_header(run, cur, markdown, edition)
                if any(r.kind == "head" and _explainer_head(r.text) for r in run):
                    cur["explainer"] = True  # its bylined parts are its sections
                if any(r.kind == "byline" for r in run) and any(r.kind == "head" for r in run):
                    cur["head_byline"] = True
                if web and (numbered or pictured or listed):
                    _digest_header(run, cur)
                    cur["digest"] = True
                    cur["item"] = True  # a news item of the digest: it leads with its news
                cur["end"] = run[-1].e
                for r in trailing:
                    cur["sections"].append(_strip_md(r))
                    cur["end"] = r.e
            prev_kind = "head"
            i = j
            continue
        if b.kind == "cont":
            if cur is None:
                cur = new(b.s, headless=True)
            cur["end"] = b.e
            cur["cont"] = (b.s, b.e)
            prev_kind = "cont"
            i += 1
            continue
        # body paragraph; a dateline opening it (本报讯(记者 …), 财联社4月16日电,) is its byline
        d = lineroles.dateline(b.text)
        benbao = d is not None and b.text.startswith("本报", d[0])
        opened = False
        if b.inline is not None:  # [13:19] 【headline】财联社4月16日电,…: an item of a wire list
            ts, te, rest = b.inline
            if not (cur is not None and cur.get("item") and not cur["body"] and prev_kind == "head"):
                cur = new(b.s, headless=False)
                cur["item"] = True
                cur["title_span"] = (b.s + ts, b.s + te)
            # else: the text of a feed item under its headline line, repeating it in 【…】
            d = lineroles.dateline(b.text[rest:])
            d = (d[0] + rest, d[1] + rest, d[2] + rest) if d else (rest, rest, rest)
            opened = True
        elif d and (cur is None or (prev_kind in ("body", "cont") and (benbao or cur.get("wire")))):
            # a story opening with a dateline after the body of the story before
            cur = new(b.s, headless=True)
            opened = True
        elif cur is None or (b.stamped and (cur["body"] or not cur.get("item"))):
            # a wire list's item without headline or dateline ([01:16] 美联储…) opens one too,
            # also under the list's heading (🔴 重要电报), which titles no item and is none
            if cur is not None and not cur["body"] and not cur.get("item"):
                arts.remove(cur)
            cur = new(b.s, headless=True)
            opened = b.stamped
        if d and not (benbao or opened or not cur["body"]):
            d = None  # a dateline quoted inside a story's body
        bs = b.s
        lb = 0 if d else lineroles.leading_byline(b.text)
        if d:
            if d[1] > d[0]:
                cur["byline"] = b.text[d[0]:d[1]]
                cur["byline_span"] = (b.s + d[0], b.s + d[1])
                # a story opened by its dateline (a wire item): the next dateline after its
                # body opens the next item (a dateline under a headline opens nothing more)
                cur["wire"] = cur.get("wire") or opened
            bs = b.s + d[2]
        elif lb:  # 21世纪经济报道记者赵子健 北京报道 海关总署…: the byline, then the body
            if not cur.get("byline"):
                cur["byline"] = b.text[:lb].strip()
                cur["byline_span"] = (b.s, b.s + len(b.text[:lb].rstrip()))
            bs = b.s + lb
        elif (m := _STAMP.match(b.text)) is not None:
            bs = b.s + m.end()  # [01:16] 美联储…: a wire item's time stamp is not its body
        if bs < b.e:
            cur["body"].append((bs, b.e))
        cur["end"] = b.e
        prev_kind = "body"
        i += 1
    if web and sum(1 for a in arts if a.get("digest")) >= _DIGEST_STORIES_MIN and \
            not arts[0].get("digest") and len(arts[0]["body"]) <= _STANDFIRST_PARAS:
        # a digest of stories under their headlines: the page's heading and the short standfirst
        # previewing them (…更多内容,尽在《一周国际财经》。) are its opening, no story
        arts.pop(0)
    return arts


_LEAD_PAGE = 800  # characters of prose before a page's first story that make a story of their own


def _lead_page(text: str, blocks: list[_Block], arts: list[dict]) -> list[dict]:
    """A story of its own in the prose before the first article, when there is more of it than
    any page heading and standfirst hold (``_LEAD_PAGE`` characters): a document joined before a
    digest, whose stories start at its first item, keeps its article (and so its figures).

    >>> from .layout import clean
    >>> story = "".join(f"某市第{i}季度地区生产总值增长{i}%，经济运行总体平稳，各项指标好于预期，"
    ...                 f"全市上下共同努力。\\n" for i in range(1, 25))
    >>> blocks = _lines(clean("某市经济运行平稳\\n" + story).text)
    >>> [a["start"] for a in _lead_page(story, blocks, [])]
    [0]
    >>> _lead_page(story, blocks[:5], [])  # a heading and a standfirst: no story
    []
    """
    first = min((a["start"] for a in arts), default=len(text))
    run = [b for b in blocks if b.e <= first]
    if sum(len(b.text) for b in run if _CLAUSE.search(b.text)) < _LEAD_PAGE:
        return []
    web = text[run[0].s:run[-1].e].count("\n\n") * _WEB_BLANKS < len(run)  # as split() tells
    _classify(run, False)
    _first_headline(run, web)
    if web:
        _web_kinds(run)
    return _page(run, False, web)


def _captions(blocks: list[_Block]) -> list[ArticleSeg]:
    out: list[ArticleSeg] = []
    for b in blocks:
        if b.kind == "credit" and out and out[-1].kind == "caption":
            c = out[-1]
            c.span = (c.span[0], b.e)
            c.byline = b.text
            c.byline_span = (b.s, b.e)
            continue
        if b.kind not in ("caption", "credit"):
            continue
        s, e = b.s, b.e
        byline = None
        bspan = None
        m = _CAPTION_END.search(b.text)
        if m and m.start(1) > 0:
            byline = m.group(1).strip()
            bspan = (b.s + m.start(1), b.e)
            e = b.s + m.start(1)
        elif m or b.kind == "credit":
            byline = b.text
            bspan = (b.s, b.e)
        while e > s and b.text[e - 1 - b.s].isspace():
            e -= 1
        out.append(ArticleSeg(kind="caption", span=(b.s, b.e), body=[(s, e)] if e > s else [],
                              byline=byline, byline_span=bspan))
    return out


# ---------------------------------------------------------------- scraped dumps

_ORPHAN_PAGE = 200   # characters of prose outside every record that make a page of their own


def _dump(blocks: list[_Block], orphans: list[list[_Block]] | None = None) -> list[dict]:
    """Records between ``-`` separator lines: ``【…】title``, body, date; nothing after the
    last record's date is an article (the site footer). Runs of blocks outside every record
    are appended to ``orphans`` (the caller decides whether they are a page of their own)."""
    arts: list[dict] = []
    recs: list[list[_Block]] = [[]]
    for b in blocks:
        if b.kind == "sep":
            recs.append([])
        else:
            recs[-1].append(b)
    if orphans is None:
        orphans = []
    for rec in recs:
        ti = next((i for i, b in enumerate(rec) if b.text.startswith("【")), None)
        if ti is None:
            if rec:
                orphans.append(rec)
            continue  # no title line: not a record (site header or footer)
        if ti > 0:
            orphans.append(rec[:ti])
        tb = rec[ti]
        a: dict[str, Any] = {"start": tb.s, "end": tb.e, "body": [], "sections": [],
                             "headless": False}
        m = _BRACKET.match(tb.text)
        if m:
            a["kicker_span"] = (tb.s + 1, tb.s + 1 + len(m.group(1)))
            a["title_span"] = (tb.s + m.end(), tb.e)
        else:
            a["title_span"] = (tb.s, tb.e)
        for b in rec[ti + 1:]:
            if _DATELINE.fullmatch(b.text):
                a["end"] = b.e
                a["date"] = b.text
                rest = rec[rec.index(b) + 1:]
                if rest:
                    orphans.append(rest)
                break  # whatever follows the date is the site footer
            a["body"].append((b.s, b.e))
            a["end"] = b.e
        arts.append(a)
    return arts


# ---------------------------------------------------------------- the end of a list's item

def _item_ends(arts: list[dict], blocks: list[_Block]) -> None:
    """An item of a list ends at its last paragraph, or at the link to the whole story printed
    under it (``原文链接:`` and its address, ``data/readmore.txt``): the lines after it up to the
    next item (an image's ``配图`` mark, the list's ``整理 |…`` and app lines, a related-links
    block under ``【相关报道】``, the account's note) are the page's, not the item's."""
    starts = [b.s for b in blocks]
    for a in arts:
        if not a.get("item") or not a["body"]:
            continue
        end = max(e for _, e in a["body"])
        k = bisect.bisect_right(starts, end) - 1  # the line the last paragraph ends in
        if k < 0 or blocks[k].e < end:
            continue
        linked = False
        for b in blocks[k + 1:]:
            if b.e > a["end"] or b.kind != "boiler":
                break
            if b.role == "share" and _read_more(b.text.rstrip(":")):
                linked = True  # 原文链接:
            elif not (linked and b.role == "meta"):
                break  # the link's address under it
            end = b.e
        a["end"] = min(a["end"], max(end, a["start"]))


# ---------------------------------------------------------------- the page's closing block

_FOOTER_HEAD_MAX = 80  # characters of the line opening a page's closing block (one sentence at most)


def _footer(blocks: list[_Block]) -> None:
    """A page's closing block: from a line opening it (``联系我们``, ``本 期更多精彩``, the
    archive's ``本文抓取时间: …``; ``data/footer.txt``; a repost's ``本文来自微信公众号“…”(ID:…),
    作者:…`` is its article's closing credit, no such line) to the page's end, no sentence of text in it
    (contact lines, a table of contents), after the text; with the short plain lines printed
    right over that line (the issue's promotion: ``更多精彩报道详见本期新刊`` / ``点击下图,一键下单``),
    up to the last paragraph, role line or bracketed credit. It belongs to no article (kind
    ``skip``)."""
    heads = lexicon.lines("footer.txt")
    k = next((k for k, b in enumerate(blocks) if k > 0 and len(b.text) <= _FOOTER_HEAD_MAX
              and "".join(b.text.split()).startswith(heads) and "。" not in b.text[:-1]
              and not any("。" in x.text for x in blocks[k + 1:])), None)
    if k is None or not any(b.kind == "body" for b in blocks[:k]):
        return
    while k > 1 and blocks[k - 1].kind == "head" and \
            not (blocks[k - 1].text.startswith("(") and blocks[k - 1].text.endswith(")")):
        k -= 1
    for b in blocks[k:]:
        b.kind = "skip"


# ---------------------------------------------------------------- entry point

def _seg(cleaned: Cleaned, a: dict) -> ArticleSeg:
    text = cleaned.text
    disp = cleaned.display if hasattr(cleaned, "display") else (lambda s, e: text[s:e])
    ts = a.get("title_span") or a.get("repost_span")  # a repost without its headline
    title = disp(*ts).strip() if ts else ""
    if ts and a.get("title_more"):  # a headline printed on two lines
        title += a.get("title_sep", "") + disp(*a["title_more"]).strip()
        ts = (ts[0], a["title_more"][1])
    seg = ArticleSeg(kind="article", span=(a["start"], a["end"]), title_span=ts,
                     title=title, body=a["body"],
                     sections=a["sections"], byline=a.get("byline"),
                     byline_span=a.get("byline_span"), item=bool(a.get("item")))
    if a.get("kicker_span"):
        # (a kicker printed over two lines is one line again)
        seg.kicker = re.sub(r"\s*\n\s*", "", disp(*a["kicker_span"]).strip()).rstrip("—").strip()
        seg.kicker_span = a["kicker_span"]
    if a.get("subtitle_spans"):
        seg.subtitle = " ".join(disp(s, e).strip().lstrip("—").strip()
                                for s, e in a["subtitle_spans"])
        seg.subtitle_spans = list(a["subtitle_spans"])
    if seg.byline:
        seg.byline = disp(*seg.byline_span).strip() if seg.byline_span else seg.byline
    if a.get("cont"):
        seg.continuation = disp(*a["cont"]).strip()
    return seg


def split(cleaned: Cleaned, sentences: list[tuple[int, int]] | None = None) -> list[ArticleSeg]:  # noqa: ARG001  (sentences: the pipeline's call shape; the splitter finds lines itself)
    """Articles and captions of a document, ordered by start (cleaned coordinates).

    >>> from .layout import clean
    >>> page = ("市委召开常委会会议\\n\\n孙大军主持\\n\\n本报讯(记者 李雅萍)2月17日,市委召开会议。\\n\\n"
    ...         "会议还研究了其他事项。\\n\\n本报讯(记者 付永文)2月17日,市长会见客人。\\n\\n"
    ...         "市政府与中国能建举行工作会谈\\n\\n张广勇出席\\n\\n我市6人荣获道德模范\\n\\n"
    ...         "本报讯(记者 张娟娟)近日,道德模范出炉。\\n\\n井坪鸟瞰图。刘强 摄")
    >>> [(a.kind, a.title) for a in split(clean(page))]
    [('article', '市委召开常委会会议'), ('article', '市政府与中国能建举行工作会谈'), ('article', '我市6人荣获道德模范'), ('caption', '井坪鸟瞰图')]
    """
    text = cleaned.text
    blocks = _lines(text)
    markdown = sum(1 for b in blocks if _md_heading(b.text)
                   and lineroles.role(b.text) != "table_row") >= 2
    # a scraped dump: records between separator lines, each opening with its 【栏目】title line
    # (not a feed whose items, between separators, print a 【headline】 inside their text)
    dump = (sum(1 for b in blocks if _SEP.fullmatch(b.text)) >= 2
            and sum(1 for a, b in zip(blocks, blocks[1:])
                    if _SEP.fullmatch(a.text) and b.text.startswith("【")) >= 2)
    _classify(blocks, markdown and not dump)
    # a page written one paragraph a line (a web page, a repost, a wire list): (almost) no blank
    # lines between its lines, unlike a newspaper page's text (seeds 000, 002, 004)
    web = not markdown and not dump and len(blocks) >= 3 and (
        text.count("\n\n") * _WEB_BLANKS < len(blocks)
        # a portal's or an account's lines (海量资讯…APP, 点击蓝字 关注我们, 原文链接:, 原标题:…):
        # a web page, also when copied with a blank line between its lines
        or any(b.role in ("share", "repost") or _provenance(b) for b in blocks)
        # or two photos credited to a web source (鲍威尔 图片来源:视觉中国, 图片来源:摄图网)
        or sum(1 for b in blocks if _photo_credit(b)) >= 2)
    if not markdown and not dump:
        _first_headline(blocks, web)
    if web:
        _web_kinds(blocks)
    elif not markdown and not dump and not _wire_list(blocks) and not _digest(blocks):
        _caption_lines(blocks)
        _news_list(blocks)  # a newspaper page's news list (要闻简报 items under their heading)
        if not any(b.kind == "item" for b in blocks):
            _headed_list(blocks)  # a feed or a ranked digest printed with blank lines
        if not any(b.kind in ("item", "skip") for b in blocks):
            _author_lines(blocks)  # a column's signed pieces, as on a web page
    elif markdown and not dump and not _wire_list(blocks):
        _digest(blocks)
    if not dump:
        _footer(blocks)
    if dump:
        for b in blocks:  # in a dump only separators, titles and dates are structure
            if b.kind not in ("sep",):
                b.kind = "body"
        orphans: list[list[_Block]] = []
        arts = _dump(blocks, orphans)
        caps: list[ArticleSeg] = []
        # a document joined before or after the dump (outside every record) is a page of its
        # own, not a site header or footer: read it as one
        for run in orphans:
            if sum(len(b.text) for b in run if _CLAUSE.search(b.text)) < _ORPHAN_PAGE:
                continue
            md = sum(1 for b in run if _md_heading(b.text)) >= 2
            _classify(run, md)
            arts += _page(run, md)
            caps += _captions(run)
    else:
        arts = _page(blocks, markdown, web)
        caps = [] if web else _captions(blocks)  # a web page's captions are its story's
        _item_ends(arts, blocks)
        arts = _lead_page(text, blocks, arts) + arts
    segs = [_seg(cleaned, a) for a in arts]
    for c in caps:
        s, e = c.body[0] if c.body else c.span
        t = cleaned.display(s, e) if hasattr(cleaned, "display") else text[s:e]
        c.title = t.strip().rstrip("。").strip()
        c.title_span = (s, e) if c.body else None
    out = segs + caps
    if not out and text.strip():
        out = [ArticleSeg(kind="article", span=(0, len(text)), body=[(0, len(text))])]
    out.sort(key=lambda a: (a.span[0], -a.span[1]))
    return out
