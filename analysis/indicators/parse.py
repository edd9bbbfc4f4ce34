"""Parsers: turn an extracted span into typed values (value, unit, normalized, change).

Small pure functions, price-parser style; each has doctests.
"""
from __future__ import annotations

import re

from . import data
from .numbers import compose
from .patterns import CHANGE_NUMBER


def unit_as_written(scale: str, base: str) -> str | None:
    """The unit reported: scale + base as written, ``个百分点`` reported as ``百分点``.

    >>> unit_as_written("亿", "元"), unit_as_written("", "个百分点"), unit_as_written("亿", "")
    ('亿元', '百分点', '亿')
    """
    if base in data.RATIO_UNITS:
        return data.RATIO_UNITS[base].get("as", base)
    return (scale + base) or None


def unit_kind(_scale: str, base: str) -> str | None:
    """
    >>> unit_kind("万", "吨"), unit_kind("", "%"), unit_kind("亿", "")
    ('mass', 'percent', None)
    """
    if base in data.BASE_UNITS:
        return data.BASE_UNITS[base]["kind"]
    if base in data.RATIO_UNITS:
        return data.RATIO_UNITS[base]["kind"]
    return None


def normalize(value: float | None, scale: str, base: str) -> tuple[float, str] | None:
    """Value in base units, 万/亿 folded in; None for %, 百分点, 倍 and a bare 万/亿.

    >>> normalize(164.4, "亿", "元")
    (16440000000.0, '元')
    >>> normalize(5899.2, "万", "吨"), normalize(126.6, "亿", "千瓦时")
    ((58992000.0, '吨'), (12660000000.0, '千瓦时'))
    >>> normalize(5.7, "", "%") is None, normalize(524.6, "亿", "") is None
    (True, True)
    >>> normalize(78.1, "亿", "元")  # 78.1 * 1e8 is 7809999999.999999 in binary floating point
    (7810000000.0, '元')
    """
    if value is None or not base or base in data.RATIO_UNITS:
        return None
    factor = data.SCALES.get(scale, data.TABLE_SCALES.get(scale, 1.0)) if scale else 1.0
    v = value * factor
    return float(f"{v:.15g}"), base  # the figure as written, without binary noise


def parse_change_list(s: str, offset: int = 0) -> list[tuple[float, str | None, int, int]]:
    """The numbers of a change (one, or a list distributed by 分别): (value, unit, start, end).
    A number written without a unit takes the next one's (增长13.4和6.9%).

    >>> parse_change_list("5.3%、5.6%")
    [(5.3, '%', 0, 4), (5.6, '%', 5, 9)]
    >>> parse_change_list("13.4和6.9%", 10)
    [(13.4, '%', 10, 14), (6.9, '%', 15, 19)]
    >>> parse_change_list("95.2个百分点")
    [(95.2, '百分点', 0, 8)]
    >>> parse_change_list("5.2亿元")
    [(5.2, '亿元', 0, 5)]
    >>> parse_change_list("百分之八")
    [(8.0, '%', 0, 4)]
    >>> parse_change_list("百分之八点五"), parse_change_list("7300多万"), parse_change_list("两倍")
    ([(8.5, '%', 0, 6)], [(7300.0, '万', 0, 6)], [(2.0, '倍', 0, 2)])
    """
    out: list[list] = []
    for m in CHANGE_NUMBER.finditer(s):
        scale, base = m.group("scale") or "", m.group("base") or ""
        if m.group("pct"):
            scale, base = "", "%"
        value, scale = compose(m.group("num"), scale)
        unit = unit_as_written(scale, base) if (scale or base) else None
        out.append([value, unit, offset + m.start(), offset + m.end()])
    nxt = None
    for item in reversed(out):
        if item[1] is None:
            item[1] = nxt
        nxt = item[1]
    return [tuple(i) for i in out]


def direction(verb: str, value: float | None) -> tuple[str, float | None]:
    """Direction from the verb, a negative number flips it; the value is reported unsigned.

    >>> direction("增长", 5.7), direction("下降", 4.2), direction("增长", -2.9)
    (('up', 5.7), ('down', 4.2), ('down', 2.9))
    >>> direction("增长", 0.0)      # 增加值1131.3亿元,增长0.0%: no change, whatever the verb
    ('flat', 0.0)
    """
    if value == 0:
        return "flat", value
    d = data.CHANGE_VERBS.get(verb) or data.SHORT_VERBS.get(verb) or "up"
    if value is not None and value < 0:
        d = "down" if d == "up" else "up"
        value = -value
    return d, value


def reported_basis(basis: str | None) -> str | None:
    """The basis a change reports: as written, except a word that says how the rate is
    measured rather than what it is compared with (年均: modifiers.yaml ``silent_basis``).

    >>> reported_basis("比上年"), reported_basis("年均"), reported_basis("两年平均")
    ('比上年', None, '两年平均')
    """
    return None if basis in data.SILENT_BASES else basis


_CN_RANK = re.compile(r"第[一二三四五六七八九十\d]+")
