"""Statistical tables: one record per figure.

A table is a run of at least two lines whose cells are split by ``|``, tabs (docx and html
tables decode to tab-separated rows) or aligned columns (two or more blanks), with a header row
(cells that are not numbers) and data rows (a row header and numbers). For each data row:

* the name is the row header (``地区生产总值``);
* a number in a value column is a record; its unit comes from a ``单位`` column, else the column
  header (``绝对值(亿元)``, ``亿元``), else the caption (``单位:亿元``); its period from the column
  header (``1-6月``) or the caption (``2023年主要经济指标``);
* a growth column (``比上年增长(%)``, ``同比±%``, ``增速``) is the change of the figure in the
  same row, not a record (a row with only a growth figure is a change-only record).

Spans are in cleaned-text coordinates here; the engine maps them back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import data

_CELL_NUM = re.compile(r"^[-+−]?\d[\d,]*(?:\.\d+)?%?$")
_EMPTY = re.compile(r"^[-—–/…\s]*$")
_GROWTH = re.compile(r"增长|增速|增幅|同比|比上年|比去年|较上年|±|涨跌|升降|增减|变动幅度|变动率|变化率")
# a column of the period before (去年上半年(TEU) after 今年上半年(TEU)): the change column after
# the pair is the current column's
_PRIOR = re.compile(r"去年|上年|上期|上年同期")
_BASIS = re.compile(r"同比|比上年同期|比去年同期|比上年末|较上年末|比年初|较年初|比上年|比去年|较上年|环比")
_BRACKET_UNIT = re.compile(r"[(（]([^()（）]{1,8})[)）]")
_CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*([^\s,;，；)）]{1,8})")
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$")
_SEP_ROW = re.compile(r"^[\s|:\-—=+]*$")
_CAPTION_YEAR = re.compile(r"\d{4}年(?:\d{1,2}[-—–至]\d{1,2}月|[一二三四]季度|上半年|前三季度|\d{1,2}月)?")
_HEAD_CUT = re.compile(r"[(（][^()（）]*[)）]|比上年|比去年|同比|增长|增速|±|%|绝对[值数]|总量")


def metric_of_header(head: str) -> str:
    """The metric a column header names, units and growth words cut: 生产总值(亿元) → 生产总值.

    >>> metric_of_header("生产总值(亿元)"), metric_of_header("增速(%)")
    ('生产总值', '')
    """
    return _HEAD_CUT.sub("", head).strip()


@dataclass
class Cell:
    text: str
    start: int            # cleaned offsets of the stripped cell
    end: int
    sub: str = ""         # under a two-level header: the lower header alone (第一产业)


@dataclass
class Row:
    start: int
    end: int
    cells: list[Cell]
    opens_bar: bool = False       # the line opens with a bar (| 今年上半年(TEU) | …)
    closes_bar: bool = False      # the line ends with a bar


@dataclass
class TableFigure:
    name: str
    value: float | None
    scale: str
    base: str
    span: tuple[int, int]
    change: dict[str, Any] | None   # direction, value, unit, basis, start, end
    period: str | None
    row: Row
    head: str = ""                   # the column header (the metric when rows are places)


def _cells(line: str, offset: int) -> list[Cell] | None:
    if "|" in line:
        parts = re.finditer(r"[^|]+", line)
    elif "\t" in line:
        parts = re.finditer(r"[^\t]+", line)
    elif re.search(r"\S(?: {2,}|\u3000)\S", line):
        parts = re.finditer(r"\S+(?: \S+)*", line)     # cells: words split by 2+ blanks
    else:
        return None
    out = []
    for m in parts:
        s, e = m.start(), m.end()
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Cell(line[s:e], offset + s, offset + e))
    if len(out) == 1 and line.count("|") >= 2 and line.lstrip().startswith(out[0].text):
        return out        # 公路 |  |  |: a group row over the rows under it (公路 货物发送量 …)
    return out if len(out) >= 2 else None


# a decimal point misprinted as a comma after thousands groups (15,857,264,940,40)
_DECIMAL_COMMA = re.compile(r"([-+−]?\d{1,3}(?:,\d{3})+),(\d{1,2})")


def cell_value(t: str) -> float:
    """A figure cell's number: thousands commas dropped, a last group of one or two digits read
    as the decimals a comma was misprinted for.

    >>> cell_value("15,857,264,940,40"), cell_value("-1,265,650,465,86"), cell_value("4.4%")
    (15857264940.4, -1265650465.86, 4.4)
    """
    t = t.replace(" ", "")
    m = _DECIMAL_COMMA.fullmatch(t)
    if m:
        t = m.group(1) + "." + m.group(2)
    return float(t.replace(",", "").replace("−", "-").rstrip("%"))


def _is_num(t: str) -> bool:
    return bool(_CELL_NUM.match(t.replace(" ", "")))


def rows(text: str) -> list[list[Row]]:
    """Runs of table rows (each run a table), cleaned coordinates.

    >>> t = "表1 主要指标\\n指标\\t绝对值(亿元)\\t比上年增长(%)\\n地区生产总值\\t25642.6\\t4.4\\n正文。"
    >>> [[r.cells[0].text for r in tb] for tb in rows(t)]
    [['指标', '地区生产总值']]
    """
    if "|" not in text and "\t" not in text and "  " not in text and "\u3000" not in text:
        return []
    tables: list[list[Row]] = []
    cur: list[Row] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if _SEP_ROW.match(line) and "-" in line and cur:
            continue          # |---|---| under a markdown header
        cells = _cells(line, m.start())
        if cells and (len(cells) >= 3 or "|" in line or "\t" in line):
            cur.append(Row(m.start(), m.end(), cells, line.lstrip().startswith("|"),
                           line.rstrip().endswith("|")))
            continue
        if len(cur) >= 2:
            tables.append(cur)
        cur = []
    if len(cur) >= 2:
        tables.append(cur)
    return [t for t in tables if any(sum(_is_num(c.text) for c in r.cells[1:]) for r in t)]


_HAN_UNIT = re.compile(r"^[\u4e00-\u9fa5]{1,4}$")


def _split_unit(u: str, loose: bool = False) -> tuple[str, str] | None:
    """亿元 → ('亿', '元'), % → ('', '%'), 万人次 → ('万', '人次'); None if not a unit. With
    ``loose`` (the cell of a 单位 column, which can only hold a unit) any short word is one:
    万罐 → ('万', '罐'), 万双 → ('万', '双').

    >>> _split_unit("万罐"), _split_unit("万罐", loose=True), _split_unit("万千升")
    (None, ('万', '罐'), ('万', '千升'))
    """
    u = u.strip()
    if u in data.RATIO_UNITS or u in data.BASE_UNITS:
        return "", u
    for sc in sorted([*data.SCALES, *data.TABLE_SCALES], key=len, reverse=True):
        if u.startswith(sc) and (u[len(sc):] in data.BASE_UNITS or u[len(sc):] == ""):
            return sc, u[len(sc):]
    if loose and _HAN_UNIT.match(u):
        for sc in sorted(data.SCALES, key=len, reverse=True):
            if u.startswith(sc) and len(u) > len(sc):
                return sc, u[len(sc):]
        return "", u
    return None


def _unit_of(head: str) -> tuple[str, str] | None:
    m = _BRACKET_UNIT.search(head)
    if m:
        return _split_unit(m.group(1))
    return _split_unit(head)


def figures(table: list[Row], caption: str, periods) -> list[TableFigure]:
    """The records of one table. ``periods(s)`` returns the period expressions in ``s``.

    >>> t = "指标 | 绝对值(亿元) | 比上年增长(%)\\n地区生产总值 | 25642.6 | 4.4\\n规上工业增加值 | — | -1.2"
    >>> [(f.name, f.value, f.scale + f.base, f.change and (f.change["direction"], f.change["value"]))
    ...  for f in figures(rows(t)[0], "2023年主要经济指标", lambda s: [])]
    [('地区生产总值', 25642.6, '亿元', ('up', 4.4)), ('规上工业增加值', None, '', ('down', 1.2))]
    """
    head_i = next((i for i, r in enumerate(table)
                   if not any(_is_num(c.text) for c in r.cells[1:])), None)
    if head_i is None and all(len(r.cells) == 2 and not _is_num(r.cells[0].text)
                              and _is_num(r.cells[1].text) for r in table):
        return _label_amount(table, caption, periods)
    if head_i is not None:
        table = _header_rejoined(table, head_i)
    if head_i is None or head_i > 1:
        return []
    head = table[head_i].cells
    if head_i + 1 < len(table) and len(head) + 1 == len(table[head_i + 1].cells) \
            and len(head) >= 2 and not _is_num(table[head_i + 1].cells[0].text):
        # | 今年上半年(TEU) | …: a header over the figure columns only, its row-name cell empty
        r0 = table[head_i]
        head = [Cell("", r0.start, r0.start), *head]
    two = _two_level(table, head_i)
    if two is not None:
        head, head_i = two, head_i + 1
    ncol = len(head)
    cu = _CAPTION_UNIT.search(caption)
    cap_unit = _split_unit(cu.group(1)) if cu else None
    cap_period = next((p for _, _, p in periods(caption)), None) if caption else None
    if cap_period is None and caption:
        m = _CAPTION_YEAR.search(caption)   # 山西省2023年各市主要指标: a caption's year is its period
        cap_period = m.group() if m else None
    kinds: list[str] = []
    for j, h in enumerate(head):
        t = h.text
        if j == 0:
            kinds.append("name")
        elif _UNIT_HEAD.match(t):
            kinds.append("unit")
        elif _GROWTH.search(t):
            kinds.append("growth")
        else:
            kinds.append("value")
    # 居民消费价格比上年涨跌幅度 | 市区(%): a caption that names a growth over columns in % makes
    # every figure of the table a change (a change-only record), with the caption's basis
    cap_growth = "growth" not in kinds and bool(caption) and bool(_GROWTH.search(caption)) \
        and all(_unit_of(h.text) == ("", "%") or (cap_unit == ("", "%") and "(" not in h.text
                                                  and "（" not in h.text)
                for h, k in zip(head, kinds) if k == "value")
    cap_basis = _BASIS.search(caption) if cap_growth else None
    out: list[TableFigure] = []
    group = ""            # a group row's name (公路 |  |  |) over the rows under it
    for r in table[head_i + 1:]:
        cells = r.cells
        if len(cells) == 1 and ncol > 2:
            group = cells[0].text.strip()
            continue
        if len(cells) != ncol or _is_num(cells[0].text):
            continue          # a row that does not line up with the header
        name = cells[0].text.strip().lstrip("#").strip()
        name = re.sub(r"^(?:其中|#)\s*[:：]?", "", name).strip()
        if group and not name.startswith(group):
            name = group + name           # 公路 | … then 货物发送量: 公路货物发送量
        row_unit = next((_split_unit(c.text, loose=True) for c, k in zip(cells, kinds) if k == "unit"), None)
        change: dict[str, Any] | None = None
        growths = [(c, h) for c, k, h in zip(cells, kinds, head)
                   if k == "growth" and _is_num(c.text)]
        if growths:
            change = _growth(*growths[0])
        values = [(c, h) for c, k, h in zip(cells, kinds, head)
                  if k == "value" and _is_num(c.text)]
        if cap_growth:
            for c, h in values:
                v = cell_value(c.text)
                ch = {"direction": "down" if v < 0 else ("flat" if v == 0 else "up"),
                      "value": abs(v), "unit": "%",
                      "basis": cap_basis.group() if cap_basis else None,
                      "start": c.start, "end": c.end}
                hp = _dated(next((p for _, _, p in periods(h.text)), None), cap_period)
                out.append(TableFigure(name, None, "", "", (c.start, c.end), ch,
                                       hp or cap_period, r, h.text))
            continue
        for c, h in values:
            unit = (row_unit or _unit_of(h.text) or cap_unit
                    or (("", "%") if c.text.endswith("%") else None))
            scale, base = unit if unit else ("", "")
            hp = _dated(next((p for _, _, p in periods(h.text)), None), cap_period)
            if two is not None:
                # a two-level header (总量 | 增长 over the same sub-columns): the growth column
                # under the same sub-header is this figure's change
                own = next((g for g in growths if g[1].sub == h.sub), None)
                fig_change = _growth(*own) if own else None
            elif sum(k == "value" for k in kinds) > 1 and sum(k == "growth" for k in kinds) > 1:
                # 出口额 | 比上年增长 | 进口额 | 比上年增长: each value the growth column after it;
                # 今年上半年 | 去年上半年 | 变动幅度: the current column's, not the year before's
                j = cells.index(c)
                k = j + 1
                if _PRIOR.search(h.text) and kinds[j - 1] == "value" \
                        and not _PRIOR.search(head[j - 1].text):
                    k = ncol
                while k < ncol and kinds[k] != "growth" and (
                        kinds[k] != "value" or (_PRIOR.search(head[k].text)
                                                and not _PRIOR.search(h.text))):
                    k += 1
                fig_change = _growth(cells[k], head[k]) \
                    if k < ncol and kinds[k] == "growth" and _is_num(cells[k].text) else None
            else:
                fig_change = change if c is values[0][0] else None
            out.append(TableFigure(_sector(name, h, unit), cell_value(c.text),
                                   scale, base, (c.start, c.end), fig_change, hp or cap_period, r,
                                   _sector(h.sub or h.text, h, unit) if h.sub else h.text))
        if not values and change is not None:
            gh = next((h.text for k, h in zip(kinds, head) if k == "growth"), "")
            out.append(TableFigure(name, None, "", "", (change["start"], change["end"]), change,
                                   cap_period, r, gh))
    return out


def _header_rejoined(table: list[Row], head_i: int) -> list[Row]:
    """A header row a narrow column cut over several lines (| 今年上半年(TEU) | 去年年上半年(T /
    EU) | 变动幅度 | 今年上半年收入(千元 / ) | 去年上半年收入(千元) | 变动幅度) put back on one
    row, when the lines together are as wide as the data rows (or one cell short of them, the
    row-name cell left empty) and no line alone is; a cut with no bar on either side is inside
    a cell.

    >>> t = rows("| 今年(TEU) | 去年(T\\nEU) | 变动幅度\\n航线 | 640 | 637 | 0.5%")[0]
    >>> [c.text for c in _header_rejoined(t, 0)[0].cells]
    ['今年(TEU)', '去年(TEU)', '变动幅度']
    """
    data_rows = [r for r in table[head_i + 1:] if any(_is_num(c.text) for c in r.cells[1:])]
    if not data_rows:
        return table
    n = len(data_rows[0].cells)
    k = head_i
    while k < len(table) and not any(_is_num(c.text) for c in table[k].cells[1:]):
        k += 1
    if k - head_i < 2 or any(len(r.cells) >= n - 1 for r in table[head_i:k]):
        return table
    cells = list(table[head_i].cells)
    for prev, r in zip(table[head_i:k - 1], table[head_i + 1:k]):
        nxt = list(r.cells)
        if not prev.closes_bar and not r.opens_bar and cells and nxt:
            a, b = cells.pop(), nxt.pop(0)
            nxt.insert(0, Cell(a.text + b.text, a.start, b.end))
        cells += nxt
    if len(cells) not in (n, n - 1):
        return table
    top = table[head_i]
    row = Row(top.start, table[k - 1].end, cells, top.opens_bar, table[k - 1].closes_bar)
    return [*table[:head_i], row, *table[k:]]


def _label_amount(table: list[Row], caption: str, periods) -> list[TableFigure]:
    """A table of two columns with no header row (营业收入 | 15,857,264,940,40 under 主要财务数据
    (2013年1-6月)): each row a record of its label, unit from the caption (单位:…) if it
    writes one, else none; period from the caption.

    >>> t = rows("营业收入 | 15,857,264,940,40\\n净利润 | -1,265,650,465,86")
    >>> [(f.name, f.value, f.scale + f.base) for f in figures(t[0], "主要财务数据", lambda s: [])]
    [('营业收入', 15857264940.4, ''), ('净利润', -1265650465.86, '')]
    """
    cu = _CAPTION_UNIT.search(caption)
    scale, base = (_split_unit(cu.group(1)) or ("", "")) if cu else ("", "")
    cap_period = next((p for _, _, p in periods(caption)), None) if caption else None
    out = []
    for r in table:
        name, c = r.cells
        out.append(TableFigure(name.text.strip(), cell_value(c.text), scale, base,
                               (c.start, c.end), None, cap_period, r, ""))
    return out


def _growth(c: Cell, h: Cell) -> dict[str, Any]:
    v = cell_value(c.text)
    b = _BASIS.search(h.text)
    return {"direction": "down" if v < 0 else ("flat" if v == 0 else "up"),
            "value": abs(v), "unit": "百分点" if "百分点" in h.text else "%",
            "basis": b.group() if b else None, "start": c.start, "end": c.end}


def _two_level(table: list[Row], head_i: int) -> list[Cell] | None:
    """A header over two rows, the upper cells spanning equal groups of the lower ones::

        地区 | 总量（亿元） | 增长（%）
        地区生产总值 | 第一产业 | 地区生产总值 | 第一产业
        广州市 | 32039.46 | 317.02 | 4.0 | 3.3

    gives one header cell per column (``第一产业 总量（亿元）``, ``第一产业 增长（%）``), each
    keeping its lower header in ``sub``. The upper row's first cell spans both rows when the
    lower row is one cell short. None when the table has no such header.

    >>> t = rows("地区 | 总量（亿元） | 增长（%）\\n生产总值 | 一产 | 生产总值 | 一产\\n甲县 | 9.5 | 1.2 | 4.0 | 3.3")
    >>> [(c.text, c.sub) for c in _two_level(t[0], 0)][1:3]
    [('生产总值 总量（亿元）', '生产总值'), ('一产 总量（亿元）', '一产')]
    """
    if head_i + 2 >= len(table):
        return None
    top, sub = table[head_i].cells, table[head_i + 1].cells
    if any(_is_num(c.text) for c in sub[1:]):
        return None
    n = len(table[head_i + 2].cells)
    if len(sub) == n - 1:
        sub = [top[0], *sub]
    groups = len(top) - 1
    if len(sub) != n or groups < 1 or n - 1 <= groups or (n - 1) % groups:
        return None
    width = (n - 1) // groups
    out = [top[0]]
    for j in range(1, n):
        g, c = top[1 + (j - 1) // width], sub[j]
        out.append(Cell(f"{c.text} {g.text}", c.start, c.end, sub=c.text))
    return out


_SECTOR_ROW = re.compile(r"^第[一二三]产业$")


def _sector(name: str, head: Cell, unit: tuple[str, str] | None) -> str:
    """第一产业 in money under a two-level header is that sector's value added (a GDP table's
    components): 第一产业增加值."""
    if head.sub and unit and unit[1] == "元" and _SECTOR_ROW.match(name):
        return name + "增加值"
    return name


def _dated(head_period: str | None, cap_period: str | None) -> str | None:
    """A column's period without its year, as the caption writes it with the year (年末数 under
    《2025年末…存贷款情况》 → 2025年末; 1—4月 under 2025年1—4月…)."""
    if head_period and cap_period and cap_period != head_period \
            and cap_period.endswith(head_period) and not _HAS_YEAR.search(head_period):
        return cap_period
    return head_period


_HAS_YEAR = re.compile(r"\d{4}年")


def caption_before(text: str, start: int) -> str:
    """The one or two non-empty lines before a table (its title and a 单位 line); a line that
    ends a sentence (the paragraph before the title) is body text, not caption."""
    lines = [ln.strip() for ln in text[max(0, start - 200):start].split("\n") if ln.strip()]
    if lines and lines[-1][-1] in _SENTENCE_END:
        return ""         # the paragraph right above the table: its caption, if any, is below
    if len(lines) >= 2 and lines[-2][-1] in _SENTENCE_END:
        lines = lines[-1:]
    return " ".join(lines[-2:])


_SENTENCE_END = "。!?;！？；"
# 图表3：2020年全市社会保险基金预算执行情况（单位：亿元） under a table: a numbered caption
_CAPTION_BELOW = re.compile(r"^(?:图表|附表|表|图)\s*\d{1,2}\s*[:：.、\s]|^[(（]?单位\s*[:：]")


def caption_after(text: str, end: int) -> str:
    """The line right under a table when it is a numbered caption (``图表3：…（单位：亿元）``)
    or a 单位 line; a budget report prints its tables' titles below them.

    >>> caption_after("a | 1\\n图表3：2020年全市社会保险基金预算执行情况（单位：亿元）\\n（五）", 5)
    '图表3：2020年全市社会保险基金预算执行情况（单位：亿元）'
    >>> caption_after("a | 1\\n2020年底全市政府债务余额87.9亿元。", 5)
    ''
    >>> caption_after("a | 1\\n图表3:2020年执行情况(单位:亿元)(五)政府债务情况\\n", 5)
    '图表3:2020年执行情况(单位:亿元)'
    """
    nl = text.find("\n", end)
    line_end = text.find("\n", nl + 1) if nl >= 0 else -1
    line = text[nl + 1:line_end if line_end >= 0 else len(text)].strip() if nl >= 0 else ""
    if not line or not _CAPTION_BELOW.search(line):
        return ""
    m = _CAPTION_BELOW_END.search(line)
    line = line[:m.end()] if m else line     # (a heading the cleaned text joined after it)
    return line if len(line) <= 80 else ""


# where a caption under a table ends: its 单位 bracket, or before a numbered heading after it
# (…执行情况(单位:亿元)(五)政府债务情况, two lines the cleaned text joined)
_CAPTION_BELOW_END = re.compile(r"[(（]单位\s*[:：][^()（）]{1,8}[)）]|.(?=[(（][一二三四五六七八九十]{1,3}[)）])")
