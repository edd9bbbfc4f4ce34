"""Layout clean-up with an offset map back to the decoded text.

Every later stage works on ``Cleaned.text``; spans go back to the decoded original through
``Cleaned.to_original``. Clean-up only deletes characters (the line breaks, blank lines and
indentation between two pieces of one sentence that the page layout broke apart) and replaces
characters one for one (full-width ASCII forms → half-width, so ``，`` → ``,``, ``％`` → ``%``,
``（`` → ``(``, ``５`` → ``5``), so the map is a plain, strictly increasing list.

When are two lines one sentence?  OCR'd newspaper pages and scraped dumps separate every line
by a blank line, so a blank line says nothing.  We join line A to the next line B when

* A does not end a sentence (no ``。！？；…：”`` / dash / ``�`` (a truncated line) at its end),
  is not a caption (``… 摄``, ``… 供稿``), a markdown heading, a ``【…】`` title, a ``-``
  separator or a page-reference ``(下转第三版)``;
* A reads as body text: it has clause punctuation (``,、;:``) or is long (≥ 40 characters);
  headlines (``埋头苦干“双过半” 踔厉奋发“全年红”``) have neither;
* B reads as body text too (punctuation or ≥ 30 characters) and does not start a new unit
  (``本报讯``, ``□``, ``图为``, ``#``, ``【``, ``——``).

So ``坚持稳中求进工\\n\\n作总基调,认真落实…`` is joined and a headline printed inside a body
(seed 000: ``…规模质量有提\\n\\n我市首次获批…科研项目\\n\\n升,一批…``) is left alone.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from . import lexicon, lineroles


@dataclass(frozen=True)
class Cleaned:
    original: str
    text: str
    # origin[i]: index in ``original`` of cleaned char i; len(text) + 1 entries (an
    # ``array('q')``: 8 bytes an entry, not a list of int objects)
    origin: Sequence[int]
    # deleted[j] == 1: original char j was dropped (the same map, one byte per original char;
    # empty when nothing was): ``core.tokencodec`` stores it instead of mapping every token
    deleted: bytes = b""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned ``[start, end)`` span back to the original text.

        >>> c = clean("地区生产总值,增长\\n5.7%。")
        >>> c.text
        '地区生产总值,增长5.7%。'
        >>> s, e = c.to_original(9, 13); c.original[s:e]
        '5.7%'
        """
        if end <= start:
            o = self.origin[start]
            return o, o
        return self.origin[start], self.origin[end - 1] + 1

    def display(self, start: int, end: int) -> str:
        """The cleaned span as printed: original characters (full-width forms kept), the
        layout line breaks left out. For titles and summaries.

        >>> c = clean("今年以来，平鲁区坚持稳中求进工\\n\\n作总基调。")
        >>> c.display(0, len(c.text))
        '今年以来，平鲁区坚持稳中求进工作总基调。'
        """
        o = self.origin
        if 0 <= start < end < len(o):
            a, b = o[start], o[end - 1] + 1
            if b - a == end - start:  # nothing dropped inside (the map strictly increases)
                return self.original[a:b]
        return "".join(self.original[i] for i in o[start:end])


#: full-width ASCII forms → half-width, one character for one (str.translate table)
FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
FULLWIDTH[0x3000] = 0x20


def normalize(text: str) -> str:
    """Width-normalise a whole string (same length as the input).

    >>> normalize("增长５．７％（同比）")
    '增长5.7%(同比)'
    """
    # the forms present found one by one, each the leftmost one left (a search of one
    # character class, resumed after it) and replaced at once: a copy per form present, as
    # before, but one search per form present instead of a scan of the text per form (95):
    # 1.17 -> 0.36 ms on the seeds (str.translate, the definition, is ~10x slower still)
    m = _WIDE.search(text)
    while m is not None:
        wide = m.group()
        text = text.replace(wide, _NARROW[wide])
        m = _WIDE.search(text, m.start() + 1)
    return text


_NARROW = {chr(k): chr(v) for k, v in FULLWIDTH.items()}
_WIDE = re.compile("[" + "".join(map(re.escape, _NARROW)) + "]")


# sentence (or paragraph) final characters: a line ending in one of these is complete
_FINAL = set("。!?;…:—-–�")
_CLOSERS = set("”’\"」』)]】》")
# a bracketed source closing a paragraph after its last sentence: 。(21世纪经济报道), 。(界面)
_TAIL_SOURCE = re.compile(r"(?<=[。!?…”])\([^()]{1,20}\)$")
_CLAUSE = re.compile(r"[,、;:。!?]")
_NEW_UNIT = ("本报讯", "□", "图为", "#", "【", "——", "(下转", "(上接", "-")
# lines that start a unit of their own although they carry clause punctuation: a repost's
# 原标题 line, editor lines, table/figure captions (表1:… / 图2 …), ■/◆ sub-section marks
_NUMBERED_PART = re.compile(r"[一二三四五六七八九十]{1,3}、")
# a numbered headline: its number, then at most 45 characters without clause punctuation
_NUMBERED_HEADLINE = re.compile(r"\d{1,2}(?:、|\.(?!\d))(?=.{4,45}$)")
# a wire list's time stamp ([00:52] 【…】财联社…电, 00:52:10 …): a new item, even after a line
# the feed cut
_STAMP = re.compile(lineroles.STAMP)
_NEW_UNIT_RE = re.compile(r"原标题|责任编辑|(?:表|图)\s*\d{1,2}(?![\d.])|[■◆●▲]|" + lineroles.STAMP)


def _ends_sentence(line: str) -> bool:
    """
    >>> _ends_sentence("贡献重要的一环。”"), _ends_sentence("依托“八大生态养殖基地”")
    (True, False)
    >>> _ends_sentence("获得机密信息。(第一财经)"), _ends_sentence("举办了4场内部年会。(界面)")
    (True, True)
    >>> _ends_sentence("以及我们正在关注的各个领域早期创业项目,enjoy~"), _ends_sentence("同比增长3~")
    (True, False)
    """
    # a source or credit in brackets after the last sentence (…信息。(第一财经), …。(新华社)):
    # the paragraph ends before it
    # (tested only on a line ending in ")": the pattern, anchored at the end, would otherwise
    # be tried at every character of every line)
    m = _TAIL_SOURCE.search(line) if line.endswith(")") else None
    if m is not None:
        line = line[:m.start()]
    i = len(line) - 1
    while i > 0 and line[i] in _CLOSERS:
        i -= 1
    # a tilde after a word ends a sentence in web copy (…早期创业项目,enjoy~ / 快来看看吧~);
    # after a digit it opens a range cut by the line's end (增长3~ / 5%)
    return line[i] in _FINAL or (line[i] == "~" and i > 0 and not line[i - 1].isdigit())


def _is_caption_line(line: str) -> bool:
    return line.endswith(_CAPTION_ENDS)   # a stripped line: re ``(摄|供稿|摄影)$``


_CAPTION_ENDS = ("摄", "供稿", "摄影")


# an enumerated section heading: 一、综合 / (二)工业 / 3. 财政金融 / 第四章 …
ENUM_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                          r"|\d{1,2}[、.](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节部分篇])\s*"
                          r"[^,，。;；:：!！?？]{1,24}")


def _bodyish(line: str, min_len: int) -> bool:
    if ENUM_HEADING.fullmatch(line):
        return False
    return len(line) >= min_len or bool(_CLAUSE.search(line))


def should_join(prev: str, nxt: str) -> bool:
    """Do two lines (already width-normalised and stripped) belong to one sentence?

    >>> should_join("今年以来,平鲁区坚持稳中求进工", "作总基调,认真落实国务院“33条”")
    True
    >>> should_join("走进县城看发展", "埋头苦干“双过半” 踔厉奋发“全年红”")
    False
    >>> should_join("实现一批科技人才规模质量有提", "我市首次获批省卫健委“四个一批”科研项目")
    False
    >>> should_join("保持全省第一。", "一组组亮眼数据")
    False
    >>> should_join("一、综合", "初步核算,全年全省地区生产总值25642.6亿元,比上年增长4.4%。")
    False
    """
    if not prev or not nxt:
        return False
    if _ends_sentence(prev) or _is_caption_line(prev) or _is_caption_line(nxt):
        return False
    if prev.startswith(("#", "【", "-", "(下转", "(上接", "□")):
        return False
    if nxt.startswith(_NEW_UNIT) or _NEW_UNIT_RE.match(nxt) or _NEW_UNIT_RE.match(prev):
        return False
    if lineroles.dateline(nxt) is not None:
        return False  # a story opening with its dateline (财联社5月16日电,…): a paragraph of its own
    if _NUMBERED_PART.match(prev) and len(prev) <= 30:
        return False  # 一、工业稳定增长,企业利润增长较快: a numbered part's heading
    if (m := _NUMBERED_HEADLINE.match(prev)) is not None and not _CLAUSE.search(prev, m.end()):
        return False  # 1、全国人民陪审员达34万人 参审案件1500万件: a numbered item's headline
    if prev.startswith("(") and prev.endswith(")"):
        return False  # a line in brackets: (作者:赵子健), (新华社北京12月20日电)
    # a role line (a source and time line, 当前位置:…, an editor line: analysis.lineroles) is a
    # line of its own; tested last, on the few pairs that would be joined
    return _bodyish(prev, 40) and _bodyish(nxt, 30) and \
        lineroles.role(prev) is None and lineroles.role(nxt) is None


def _closes_story(norm: str, s: int, e: int) -> bool:
    """A line that closes a repost (``责任编辑:李昂``, the portal's app line): the line after it
    is the next story's headline, a line of its own like a page's first line."""
    return e - s <= 60 and lineroles.role(norm[s:e]) in ("editor", "share")


def _under_byline(norm: str, s: int, e: int) -> bool:
    """A story's byline or edition line (``盛玉雷《人民日报》(2026年03月02日第 05 版)``): on a page
    written one paragraph a line, the line under it that ends no sentence is the story's
    standfirst (树立和践行正确政绩观,…也是实干的硕果), a line of its own, not half a sentence.

    >>> _under_byline("盛玉雷《人民日报》(2026年03月02日第 05 版)", 0, 29), _under_byline("基层工作点多。", 0, 7)
    (True, False)
    """
    t = norm[s:e]
    return e - s <= 60 and (lineroles.role(t) == "byline" or lineroles.edition(t))


_PER_LINE_SHORT = 30  # characters: shorter than the long lines _paragraph_per_line counts
# on a page without blank lines (a web page, a feed), a line of a sentence is longer than any
# headline (analysis.articles._headish: 45 characters): shorter lines are headlines of their own
# (腾讯音乐CEO梁柱:任何人的离职都跟人无关,腾讯音乐本质上是一家内容公司 over its paragraph)
_PER_LINE_SHORT_WEB = 46
_WEB_BLANKS = 10  # a page without blank lines has fewer than one in ten lines
_FIRST_MAX = 60       # characters of a page's headline line (kept apart from the line after it)
_FIRST_MAX_WEB = 80   # … on a page without blank lines
# on a page written one paragraph a line, a line opening a quote opens a paragraph (the line
# before it, ending no sentence, is a sub-heading's second line: 上半年GDP同比增长5.3%,比…百分点)
_QUOTE_OPENS = ("“", "「", "『")


def _headline_like(t: str) -> bool:
    """A line that may be a headline of a list (应用神经射频消融治疗高血压,「魅丽纬叶」完成超亿元B+轮
    融资, 腾讯音乐CEO梁柱:任何人的离职都跟人无关,腾讯音乐本质上是一家内容公司): no wider than a
    headline (Latin words count half: ``_width``), ending no sentence, at most one comma and one
    colon inside it and no clause mark at its end (…农业防灾减灾工作,密 / …改革, are a sentence
    the layout cut).

    >>> _headline_like("应用神经射频消融治疗高血压,「魅丽纬叶」完成超亿元B+轮融资")
    True
    >>> _headline_like("在全力保障粮食安全的同时,平鲁区认真做好农业防灾减灾工作,密")
    False
    >>> _headline_like("VoidLink 新型 Linux 内核级 rootkit 曝光:伪装 AMD 驱动,可绕过主流检测")  # as wide as 35
    True
    """
    return _width(t, 0, len(t)) < _PER_LINE_SHORT_WEB and not _ends_sentence(t) \
        and t[-1] not in ",、;:" \
        and len(re.findall(r"[,、;]", t)) <= 1 and t.count(":") <= 1 and not re.search(r"[。!?]", t)


def _paragraph_per_line(norm: str, lines: list[tuple[int, int]], long: int = 30) -> bool:
    """One paragraph a line (a web page, a repost): at least three long lines, and nine in ten
    of them end a sentence (photo captions left out; ``long``: the characters of a long line).
    Then a short first line that does not end one is the headline
    (``生态环境状况公报:去年单位GDP碳排放约降1.0%``), not half a sentence.

    >>> body = "全年地区生产总值增长5.6%,规模以上工业增加值增长8.4%,增幅居全省第一。"
    >>> t = "标题:副标题\\n" + "\\n".join([body] * 3)
    >>> _paragraph_per_line(t, [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)])
    True
    """
    # a photo caption (… 澎湃新闻记者 周頔 摄) ends no sentence on any page, nor does a link
    # printed on its own line (https://…, a story's 原文链接 in a WeChat digest): not counted;
    # a long line is as wide as one (a headline of Latin words is not: _width)
    # (a line of 2 × long characters or more is as wide as a long one whatever it holds: its
    # width is at least half its length, no need to weigh it; a line is no meta line when the
    # meta test alone says so, without the tests role() tries before it)
    long_ = [t for s, e in lines[1:] if e - s >= long
             and (e - s >= 2 * long or _width(norm, s, e) >= long)
             and not _is_caption_line(t := norm[s:e])
             and not lineroles.has_role(t, "meta")]
    ends = sum(map(_ends_sentence, long_))
    if len(long_) >= 3 and ends >= 0.9 * len(long_):
        return True
    # a list's headline lines (36氪首发 | …A轮融资,连续5年业绩翻倍: no longer than a headline)
    # end no sentence either: not counted while they are few beside the paragraphs (a page
    # whose column wraps its lines has more lines that end none than lines that end one)
    heads = sum(1 for t in long_ if _headline_like(t))
    return heads > 0 and 2 * heads <= ends and ends >= 3 and \
        ends >= 0.9 * (len(long_) - heads)
# a line that cannot start a text: it continues the line before (39微克 / /立方米, 增长6 / .5%)
_CONTINUES = re.compile(r"[,;:。!?、)%/‰∶]|\.\d")
# a number cut by a column: 增长6. / 5%, 1286 / .4亿元 (a line ending in a digit, or in a
# digit and its decimal point, before a line starting with a digit or %)
_NUM_CUT = re.compile(r"\d\.?$")
# a sign the column cut from its number after a word (房地产投资增速为- / 12.9%); the line ends
# in a dash, which otherwise closes it
_WORD_SIGN_CUT = re.compile(r"[\u4e00-\u9fff][-−－+＋]$")
_DIGITS_PCT = set("0123456789%")


def _unit_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A quantity cut from its unit by a line break (人数43.93 / 万人, 收入完成537.77亿 / 元,
    完成1072133 / 万元): the units and scales of ``analysis/data/units.yaml``."""
    units = lexicon.yaml_file("units.yaml")
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
    scales, base = alt(units["scales"]), alt([*units["base"], *units["ratio"]])
    return (re.compile(rf"\d(?:{scales})$"),                   # a number and its scale end A
            re.compile(rf"(?:{scales})(?:{base})?|(?:{base})"),  # B opens with a unit (after \d)
            re.compile(rf"(?:{base})"))                          # B opens with the base unit


def _scale_split() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """A scale the column cut inside (1.14万 / 亿): the heads that end line A after a digit, and
    for each head the rests that may open line B (万 → 亿 for 万亿; 千 / 百 → 万, 亿)."""
    rests: dict[str, list[str]] = {}
    for w in lexicon.yaml_file("units.yaml")["scales"]:
        for i in range(1, len(w)):
            rests.setdefault(w[:i], []).append(w[i:])
    heads = "|".join(map(re.escape, sorted(rests, key=len, reverse=True)))
    return re.compile(rf"\d({heads})$"), {h: tuple(r) for h, r in rests.items()}


_SCALE_END, _UNIT_OPEN, _BASE_OPEN = _unit_patterns()
_SCALE_HEAD, _SCALE_RESTS = _scale_split()


def _unit_cut(norm: str, a0: int, a1: int, b0: int) -> bool:
    """Line A ends in a number (or a number and its scale) and line B opens with its unit: one
    quantity the layout cut, never two lines (a line does not open with a bare unit).

    >>> t = "年末参加养老保险人数43.93\\n万人(在职)。"
    >>> _unit_cut(t, 0, 15, 16), _unit_cut("收入537.77亿\\n元,增长2.2%", 0, 9, 10)
    (True, True)
    >>> _unit_cut("表1 2025\\n年主要指标", 0, 7, 8)
    False
    >>> _unit_cut("分别为1.88万亿和1.14万\\n亿,排名行业第五和第七", 0, 15, 16)
    True
    """
    if norm[a1 - 1].isdigit():
        return _UNIT_OPEN.match(norm, b0) is not None
    head = _SCALE_HEAD.search(norm, a0, a1)
    if head and norm.startswith(_SCALE_RESTS[head.group(1)], b0):
        return True
    return _SCALE_END.search(norm, a0, a1) is not None and _BASE_OPEN.match(norm, b0) is not None
# the rest of a range cut by a column (打造1 / -3个): not a separator line
_RANGE_REST = re.compile(r"-\d")
_OPEN_AT_END = re.compile(r"\([^()。!?]{1,20}$")      # a bracket opened near the line's end
_CLOSED_AT_START = re.compile(r"[^()。!?\n]{0,20}\)")   # and closed near the next line's start


def _bracket_cut(norm: str, a0: int, a1: int, b0: int, b1: int) -> bool:
    """Is a bracket opened at the end of one line closed at the start of the next: a line cut
    inside a bracket (支出57.8亿元(不含辽滨经 / 开区33.7亿元),同比下降4.1%)?

    >>> t = "支出57.8亿元(不含辽滨经\\n开区33.7亿元),同比下降4.1%。"
    >>> _bracket_cut(t, 0, 14, 15, len(t)), _bracket_cut("(一)工业\\n二、农业", 0, 5, 6, 11)
    (True, False)
    """
    return ")" in norm[b0:min(b1, b0 + 21)] and "(" in norm[max(a0, a1 - 21):a1] \
        and bool(_OPEN_AT_END.search(norm, max(a0, a1 - 21), a1)) \
        and bool(_CLOSED_AT_START.match(norm, b0, b1))
# a date alone on its line (a scraped record's date, a page's dateline)
_DATE_LINE = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*星期[一二三四五六日天])?"
                        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"     # 2017-05-15 10:13:16
                        r"|\[?\d{1,2}:\d{2}(?::\d{2})?\]?")      # a feed item's time: 00:02:00
# a table row: cells split by tabs, | or aligned columns (two blanks between two cells)
_TABULAR = re.compile(r"\t|\S\s*\|\s*\S|\S(?:  +|\u3000)\S")
_TAB_HINT = re.compile(r"[\t|\u3000]|  ")    # what every match of _TABULAR holds
#: how many lines a page must have cut at one width for its two-line paragraphs to count as cut
_WRAP_RUN_MIN = 6


def _column_wrapped(norm: str, lines: list[tuple[int, int]]) -> list[bool]:
    """Lines cut by a newspaper column: at least 15 characters, not ending a sentence, as long
    (±1) as a neighbouring line that is cut too, e.g. three lines of 24 characters and a short
    one. Headlines and captions are shorter or stand alone; a line of a wrapped column that
    reads like a headline (``值完成1286.4``) is still joined.

    >>> t = "地区生产总值完成164.4亿元,增长5\\n.7%,增幅全市第一,分别高于全国、全\\n省、全市3.2个、0.5个、1.2个百分\\n点。"
    >>> ls = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)]
    >>> _column_wrapped(t, ls)
    [True, True, True, False]
    """
    lens = [e - s for s, e in lines]
    # a 【栏目】title, a # heading or a ——subtitle is never cut
    cut = [ln >= 15 and not _ends_sentence(norm[s:e]) and not norm.startswith(("【", "#", "——"), s)
           for (s, e), ln in zip(lines, lens)]
    out = [False] * len(lines)
    for k in range(len(lines)):
        if not cut[k]:
            continue
        if k > 0 and cut[k - 1] and abs(lens[k - 1] - lens[k]) <= 1:
            out[k] = True     # a run of cut lines of one width
        elif k + 1 < len(lines) and abs(lens[k + 1] - lens[k]) <= 1:
            # the first line of a run: it must read as body text, not as a headline as long
            # as the line after it (社会民生事业全面发展 人民幸福指数大幅提升)
            line = norm[lines[k][0]:lines[k][1]]
            out[k] = bool(_CLAUSE.search(line) or _DIGIT.search(line)) \
                and not _TWO_PHRASES.search(line)
    # a page cut by one column width: a paragraph of two lines is cut at that width too (its
    # second line is shorter, so no run shows it: 2025年再生资源回收总量约3.8亿吨,回收利 /
    # 用率不断提高); the first line must read as body text, as the first line of a run must
    widths = Counter(lens[k] for k in range(len(lines)) if out[k])
    if widths:
        width, n = widths.most_common(1)[0]
        if n >= _WRAP_RUN_MIN:
            for k in range(len(lines) - 1):
                if cut[k] and not out[k] and abs(lens[k] - width) <= 1 and lens[k + 1] < lens[k]:
                    line = norm[lines[k][0]:lines[k][1]]
                    out[k] = bool(_CLAUSE.search(line) or _DIGIT.search(line)) \
                        and not _TWO_PHRASES.search(line)
    return out


def _table_joins(norm: str, lines: list[tuple[int, int]]) -> set[int]:
    """Table rows (cells split by ``|``) wrapped onto the next line, as the text of a narrow
    column prints them: the indices ``k`` of lines that continue on line ``k + 1``.

    A table is a run of lines holding bars (no blank line between); a line without a bar
    inside it (between two bar lines) or right after a row ending in a bar belongs to it. A
    row continues on the next line when

    * it ends with a bar (``豆类 | 万吨 | 3.34 | 2.38 |`` / ``40.34``) or the next line opens
      with one (``深圳市 | 38731.80 | 28.04`` / ``| 14482.54 | …``);
    * the next line holds no bar, ends no sentence, is not longer than the row's last line
      (the rest of a cut line), and is followed by a row of the table (a table has no line
      without cells: ``名 称 | 计量单位 | 本月止累计 | 累计`` / ``增长(%)`` / ``建筑用… | …``) or
      ends the table, and then the row has fewer cells than most rows of its table, leaves a
      bracket open (``产品名称 | 产量(万吨) | 比上年增长(%`` / ``)``) or ends in a number's
      sign (``棉混纺布 | 万米 | 2799.19 | -`` / ``12.5``);
    * it was cut inside a cell (``指标 | 单位 | 2024年 | 2023`` / ``年 | 同比增长%``): both
      rows have fewer cells than most rows, together exactly as many, and the cut line
      is not shorter than the next (a column cuts at its width; a two-level header's upper
      row is short).

    A row opening with a bar (a markdown row ``| a | b |``) is whole, and no join makes a row
    wider than most rows of its table (``公路 |  |  |``, a section row, stays a row).

    >>> t = "指标 | 单位 | 2024年 | 2023\\n年 | 增长%\\n粮食 | 万吨 | 56.04 |\\n54.44 | 2.9"
    >>> sorted(_table_joins(t, [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)]))
    [0, 2]
    >>> t = "| 指标 | 绝对值 |\\n| GDP | 5.2 |"
    >>> _table_joins(t, [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)])
    set()
    >>> t = "工业 | 100 | 5\\n表2 各县\\n县 | 总量\\n甲 | 4\\n本文。"
    >>> _table_joins(t, [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)])
    set()
    >>> t = "净资产 | 25,133,192,344.58\\n收入明细列表\\n| 今年(TEU) | 去年(TEU) | 变动幅度\\n太平洋 | 640,131 | 637,226 | 0.5%"
    >>> _table_joins(t, [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)])
    set()
    >>> t = "00:52 | 快讯\\n国家统计局今天发布了数据,一季度国内生产总值增长5.4%。\\n00:53 | 快讯"
    >>> _table_joins(t, [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)])
    set()
    """
    if "|" not in norm:
        return set()
    bar = [norm.find("|", s, e) >= 0 for s, e in lines]
    tight = [norm.count("\n", e, lines[k + 1][0]) == 1 for k, (s, e) in enumerate(lines[:-1])]
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if not bar[k]:
            k += 1
            continue
        # a run: bar lines, and bar-less lines between two of them or after a trailing bar
        j = k
        while j + 1 < len(lines) and tight[j] and (bar[j + 1] or (
                not _NEW_UNIT_RE.match(norm, lines[j + 1][0])     # 表3 …: the next table's title
                and not (_LAST_NUMBER.search(norm, *lines[j])      # 收入明细列表 after a row
                         and not _DIGIT.search(norm, *lines[j + 1]))  # ending in a number
                and (norm[lines[j][1] - 1] == "|"
                     or (j + 2 < len(lines) and tight[j + 1] and bar[j + 2])))):
            j += 1
        out |= _run_joins(norm, lines, bar, k, j)
        k = j + 1
    return out


def _run_joins(norm: str, lines: list[tuple[int, int]], bar: list[bool], k0: int, k1: int,
               ) -> set[int]:
    """The joins of one run of table lines ``k0..k1`` (see ``_table_joins``)."""
    def rows(width: float) -> tuple[list[tuple[int, int, int]], set[int]]:
        out, joins, k = [], set(), k0
        while k <= k1:
            first, s, e = k, lines[k][0], lines[k][1]
            markdown = norm[s] == "|"
            while k < k1 and not markdown:
                s1, e1 = lines[k + 1]
                if bar[k + 1] or norm[e - 1] == "|":
                    join = (norm[e - 1] == "|" or norm[s1] == "|") \
                        and _n_cells(norm, s, e1) <= width \
                        and (bar[first] or k > first)   # (收入明细列表 / | 今年上半年 | …: a
                    #                                     line of no cell is a title, no row)
                else:     # a line without a bar: the rest of a cut cell, no sentence and
                    # not longer than the line cut (a feed's body under its 00:52 | 标题 is not)
                    join = not _ends_sentence(norm[s1:e1]) and \
                        e - lines[k][0] >= e1 - s1 and not _title_between(
                            norm, lines, k, s, e, k1) and (
                            (k + 1 < k1 and bar[k + 2])
                            or norm.count("(", s, e) > norm.count(")", s, e)
                            or (_SIGN_CUT.search(norm, s, e) is not None and norm[s1].isdigit())
                            or _n_cells(norm, s, e) < width)
                if not join:
                    break
                joins.add(k)
                k += 1
                e = e1
            out.append((first, k, _n_cells(norm, s, e)))
            k += 1
        return out, joins

    first, _ = rows(float("inf"))
    counts = Counter(n for _, _, n in first)
    width = max(counts, key=lambda n: (counts[n], n))   # most rows' width (ties: the wider)
    grouped, joins = rows(width)
    for (f0, l0, n0), (f1, _, n1) in zip(grouped, grouped[1:]):
        a0, (c0, a1), (b0, b1) = lines[f0][0], lines[l0], lines[f1]
        if (n0 < width and n1 < width and n0 + n1 - 1 == width and bar[f1]
                and norm[a0] != "|" and a1 - c0 >= b1 - b0):
            joins.add(l0)
    return joins


_LAST_NUMBER = re.compile(r"\|\s*[-+−]?\d[\d,.]*%?\s*$")


def _title_between(norm: str, lines: list[tuple[int, int]], k: int, s: int, e: int,
                   k1: int) -> bool:
    """Is line ``k + 1`` (no bar, no digit) the title of the next table rather than the rest
    of row ``k``: the row ends in a whole number cell, so no cell of it goes on (a column cuts
    a row at a bar or inside a cell, and a number cut goes on in digits) (净资产 |
    25,133,192,344.58 / 收入明细列表 / | 今年上半年(TEU) | … | 变动幅度)?"""
    s1, e1 = lines[k + 1]
    return k + 1 < k1 and not _DIGIT.search(norm, s1, e1) \
        and _LAST_NUMBER.search(norm, s, e) is not None


# a row ending in a cell's sign, its number on the next line (棉混纺布 | 万米 | 2799.19 | - / 12.5)
_SIGN_CUT = re.compile(r"(?:^|[|\s])[-+−]$")


def _n_cells(norm: str, s: int, e: int) -> int:
    """The cells of a row (empty ones too: ``公路 |  |  |`` has three; an outer bar opens or
    closes the row, ``| a | b |`` has two)."""
    row = norm[s:e].strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") else row
    return row.count("|") + 1


_DIGIT = re.compile(r"\d")
_TWO_PHRASES = re.compile(r"[\u4e00-\u9fff”] +[\u4e00-\u9fff“]")


_LATIN_RUN = re.compile(r"[A-Za-z ]{2,}")


def _width(norm: str, a: int, b: int) -> float:
    """Printed width of ``norm[a:b]`` in CJK characters: a Latin letter or a blank is half of
    one (``VoidLink 新型 Linux 内核级 rootkit 曝光:伪装 AMD 驱动,可绕过主流检测``, 50 characters, is
    as wide as a headline of 35).

    >>> t = "VoidLink 新型 Linux 内核级 rootkit 曝光:伪装 AMD 驱动,可绕过主流检测"
    >>> len(t), _width(t, 0, len(t))
    (50, 35.0)
    """
    if b - a < _PER_LINE_SHORT:
        return b - a  # shorter than any line this decides on: no need to weigh it
    return b - a - sum(map(len, _LATIN_RUN.findall(norm, a, b))) / 2  # (no generator)


def clean(text: str) -> Cleaned:
    """Join line breaks that split a sentence, normalise widths; keep the offset map.

    >>> c = clean("今年以来,全区上下\\n聚焦项目攻坚,推动发展。\\n\\n聚焦项目攻坚 产业培育持续发力\\n\\n近日,项目投产。")
    >>> c.text.split("\\n\\n")
    ['今年以来,全区上下聚焦项目攻坚,推动发展。', '聚焦项目攻坚 产业培育持续发力', '近日,项目投产。']
    >>> c = clean("今年以来,平鲁区坚持稳中求进工\\n\\n作总基调，认真落实政策。")
    >>> c.text
    '今年以来,平鲁区坚持稳中求进工作总基调,认真落实政策。'
    >>> s, e = c.to_original(14, 19); c.original[s:e]
    '工\\n\\n作总基调'
    """
    n = len(text)
    norm = normalize(text)
    # (start, end) of each line's stripped content, original coordinates: from its first to
    # its last non-blank character (a match cannot cross a line break)
    lines = [m.span() for m in _LINE.finditer(norm)]
    drop: list[tuple[int, int]] = []  # [start, end) ranges of original chars to drop
    # a page without blank lines: its lines are paragraphs or headlines, never a column's cuts
    short = _PER_LINE_SHORT_WEB if norm.count("\n\n") * _WEB_BLANKS < len(lines) \
        else _PER_LINE_SHORT
    # a page's headline: at most 60 characters, 80 on a page without blank lines (a feed's
    # headline lists its top stories: 8点1氪 _ 苹果3月9日举办发布会,…;脉脉回应…;好丽友再回应…)
    head_max = _FIRST_MAX_WEB if short == _PER_LINE_SHORT_WEB else _FIRST_MAX
    per_line: list[bool] = []  # _paragraph_per_line computed once, when first asked

    def _paragraphs() -> bool:
        if not per_line:
            per_line.append(_paragraph_per_line(norm, lines, short))
        return per_line[0]

    keep_first = len(lines) > 1 and lines[0][1] - lines[0][0] <= head_max and _paragraphs()

    def _per_line_page() -> bool:  # (asked when a short line would be joined)
        return keep_first or _paragraphs()

    def _short_on_per_line_page(a0: int, a1: int) -> bool:
        # a short line; with blank lines between lines, a longer one that reads as a list's
        # headline (_headline_like) too
        return (_width(norm, a0, a1) < short
                or (short < _PER_LINE_SHORT_WEB and _headline_like(norm[a0:a1]))) \
            and _per_line_page()

    wrapped = _column_wrapped(norm, lines)
    # table rows, once a line; the full pattern only on lines holding a tab, a bar or a run
    # of blanks (it backtracks at every character)
    tabular = [bool(_TAB_HINT.search(norm, s, e)) and bool(_TABULAR.search(norm, s, e))
               for s, e in lines]
    table_joins = _table_joins(norm, lines)
    for k, ((a0, a1), (b0, b1)) in enumerate(zip(lines, lines[1:])):
        if k in table_joins:
            drop.append((a1, b0))   # a table row the column wrapped: one line again
            continue
        if k == 0 and keep_first:
            continue  # the headline of a page written one paragraph a line
        if tabular[k] or tabular[k + 1] or _DATE_LINE.fullmatch(norm, b0, b1) \
                or _DATE_LINE.fullmatch(norm, a0, a1):
            continue          # a table row, a record's date line: lines of their own
        # on a page written one paragraph a line, a short line is a line of its own (a photo
        # caption 黄石市委副书记、市长吴锦, a source line 发稿时间:2021/6/9 【 字体:大 中 小 】)
        if (should_join(norm[a0:a1], norm[b0:b1])
                and not _short_on_per_line_page(a0, a1)
                and not (norm.startswith(_QUOTE_OPENS, b0) and _per_line_page())
                and not (k and a1 - a0 <= 60 and _closes_story(norm, *lines[k - 1]))
                and not (k and _per_line_page() and _under_byline(norm, *lines[k - 1]))) or (
                wrapped[k] and not _STAMP.match(norm, b0)
                and (not norm.startswith(_NEW_UNIT, b0) or _RANGE_REST.match(norm, b0))
                # a short heading over a paragraph of its length that ends a sentence, on a page
                # written one paragraph a line (病有所医:…参保人数达13.61亿 / 健康领域…支撑。): no
                # column cut them
                and not (_ends_sentence(norm[b0:b1]) and _short_on_per_line_page(a0, a1))
                # two headlines of one width in a list, on a page written one paragraph a line
                # (新型攻击链曝光:AI代码生成+ClickFix实现无感投毒 / iOS高级攻击工具泄露:…): no
                # column cut them
                and not (_headline_like(norm[a0:a1]) and _headline_like(norm[b0:b1])
                         and _short_on_per_line_page(a0, a1))) or (
                (_CONTINUES.match(norm, b0) or (_NUM_CUT.search(norm, a0, a1)
                                                and norm[b0:b0 + 1] in _DIGITS_PCT)
                 or _unit_cut(norm, a0, a1, b0))
                and not _ends_sentence(norm[a0:a1]) and not norm.startswith(("#", "【"), a0)) or (
                _WORD_SIGN_CUT.search(norm, a0, a1) and norm[b0:b0 + 1].isdigit()) or (
                _bracket_cut(norm, a0, a1, b0, b1) and not norm.startswith(("#", "【"), a0)):
            drop.append((a1, b0))
    # a lone "\r" before "\n" carries nothing
    p = text.find("\r\n")
    if p >= 0:
        drop += [(m.start(), m.start() + 1) for m in _CRLF.finditer(text, p)]
        drop.sort()
    # the kept pieces, copied by slices (no per-character Python code)
    origin = array("q")
    iota = _iota(n)
    pieces = []
    deleted = bytearray(n if drop else 0)  # 1 = the original char was dropped
    at = 0
    for s, e in drop:
        if s > at:
            pieces.append(norm[at:s])
            origin += iota[at:s]
        if e > s:
            deleted[s:e] = b"\x01" * (e - s)
        at = max(at, e)
    if at < n:
        pieces.append(norm[at:] if at else norm)
        origin += iota[at:n]
    out = "".join(pieces)
    origin.append(n)
    return Cleaned(original=text, text=out, origin=origin,
                   deleted=bytes(deleted) if len(out) < n else b"")


_IOTA = array("q")


def _iota(n: int) -> array:
    """``array('q', range(m))`` for some ``m >= n``, kept between calls: the offset map is cut
    from it by slices (memory copies) instead of converting every index."""
    global _IOTA
    iota = _IOTA  # this call's own reference: another thread may replace the global
    if len(iota) < n:
        iota = _IOTA = array("q", range(max(n, 2 * len(iota), 1 << 16)))
    return iota


_LINE = re.compile(r"\S(?:[^\n]*\S)?")
_CRLF = re.compile(r"\r(?=\n)")
