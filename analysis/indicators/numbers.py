"""Numbers as written in Chinese documents → floats.

Arabic (``164.4``, ``1,234.5``, ``-2.9``), Chinese numerals (``二百``, ``百``, ``三千五百``,
``十二``), and Arabic digits written with Chinese scale words inside (``1.7779亿`` is handled by
the unit, not here). Parsing only; finding numbers in text is ``patterns.py``.
"""
from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CHINESE_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS)


def parse_arabic(s: str) -> float:
    """An Arabic number, thousands separators allowed.

    >>> parse_arabic("164.4"), parse_arabic("1,234.5"), parse_arabic("-2.9")
    (164.4, 1234.5, -2.9)
    """
    return float(s.replace(",", ""))


def _chinese_decimal(s: str) -> float:
    """八点五 → 8.5, 四点零二 → 4.02 (the part after 点 is read digit by digit)."""
    whole, _, frac = s.partition("点")
    w = parse_chinese(whole) if whole else 0.0
    if not frac:
        return w
    return float(f"{int(w)}.{''.join(str(_DIGITS[c]) for c in frac)}") if w == int(w) \
        else w + float("0." + "".join(str(_DIGITS[c]) for c in frac))


def parse_chinese(s: str) -> float:
    """A Chinese numeral (no 万/亿 inside: those are read as part of the unit).

    >>> parse_chinese("二百"), parse_chinese("百"), parse_chinese("三千五百")
    (200.0, 100.0, 3500.0)
    >>> parse_chinese("十二"), parse_chinese("二十"), parse_chinese("一百零五"), parse_chinese("三")
    (12.0, 20.0, 105.0, 3.0)
    >>> parse_chinese("一二三")   # digit by digit (a year or a code)
    123.0
    >>> parse_chinese("一万二千")
    12000.0
    >>> parse_chinese("八点五"), parse_chinese("四点零二"), parse_chinese("十二点三")
    (8.5, 4.02, 12.3)
    """
    if "点" in s:
        return _chinese_decimal(s)
    if all(c in _DIGITS for c in s) and len(s) > 1:
        return float("".join(str(_DIGITS[c]) for c in s))
    total = 0
    section = 0
    digit = None
    for c in s:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[c]
            digit = None
        elif c in _BIG_UNITS:
            section += digit or 0
            total += (section or 1) * _BIG_UNITS[c]
            section, digit = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return float(total + section + (digit or 0))


def parse_number(s: str) -> float:
    """Arabic or Chinese.

    >>> parse_number("5899.2"), parse_number("二百")
    (5899.2, 200.0)
    """
    s = s.strip()
    if s and (s[0].isdigit() or s[0] in "-+."):
        return parse_arabic(s)
    return parse_chinese(s)


_ARABIC_RUN = re.compile(r"\d+(?:\.\d+)?")


def parse_mixed(s: str) -> float:
    """A number written with Arabic or Chinese digits and 十/百/千/万/亿 inside, as a total.

    >>> parse_mixed("2万3千"), parse_mixed("3万5千"), parse_mixed("2亿4千万")
    (23000.0, 35000.0, 240000000.0)
    >>> parse_mixed("一万三千亿"), parse_mixed("六十三万亿"), parse_mixed("3亿2000万")
    (1300000000000.0, 63000000000000.0, 320000000.0)
    >>> parse_mixed("两千一百万"), parse_mixed("7300万"), parse_mixed("1.5亿")
    (21000000.0, 73000000.0, 150000000.0)
    """
    total = 0.0     # everything already multiplied by a big unit
    section = 0.0   # below the next big unit
    digit: float | None = None
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        m = _ARABIC_RUN.match(s, i)
        if m:
            digit = float(m.group())
            i = m.end()
            continue
        if c in _DIGITS:
            digit = float(_DIGITS[c])
        elif c in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[c]
            digit = None
        elif c == "万":
            total += (section + (digit or 0)) * 10_000 if (section or digit) else 10_000
            section, digit = 0.0, None
        elif c == "亿":
            total = (total + section + (digit or 0)) * 100_000_000 if (total or section or digit) \
                else 100_000_000
            section, digit = 0.0, None
        else:
            raise ValueError(f"not a number: {s!r}")
        i += 1
    return float(f"{total + section + (digit or 0):.15g}")


def big_scale(s: str) -> str:
    """The largest of 万亿, 亿, 万 written in ``s`` (the scale a mixed number is reported in).

    >>> big_scale("2万3千"), big_scale("2亿4千万"), big_scale("六十三万亿"), big_scale("一万三千亿")
    ('万', '亿', '万亿', '万亿')
    """
    if "万亿" in s or ("亿" in s and "万" in s[:s.index("亿")]):
        return "万亿"     # 六十三万亿, 八十二万七千亿 (82.7万亿)
    if "亿" in s:
        return "亿"
    return "万" if "万" in s else ""


_SUB_SCALED = frozenset(("千亿", "百亿", "千万", "百万"))


def compose(num: str, scale: str) -> tuple[float, str]:
    """(value, scale as reported) of a number and the scale written after it. A number with
    万/亿 inside is reported in its largest scale: 2万3千(户) → 2.3 万, 2亿4千(多)万 → 2.4 亿,
    一万三千(多)亿 → 13000 亿.

    >>> compose("164.4", "亿"), compose("2万3千", ""), compose("2亿4千", "万")
    ((164.4, '亿'), (2.3, '万'), (2.4, '亿'))
    >>> compose("一万三千", "亿"), compose("六十三", "万亿"), compose("八点五", "")
    ((1.3, '万亿'), (63.0, '万亿'), (8.5, ''))
    >>> compose("八十二万七千", "亿")
    (82.7, '万亿')

    A 千/百 written before the scale is part of the number (4千亿元 is 4000 亿元, as 千亿元
    alone is 1000 亿元):

    >>> compose("4", "千亿"), compose("2", "百万"), compose("2.5", "千万")
    ((4000.0, '亿'), (200.0, '万'), (2500.0, '万'))
    """
    if "万" not in num and "亿" not in num:
        if scale in _SUB_SCALED:
            return float(f"{parse_number(num) * _SMALL_UNITS[scale[0]]:.12g}"), scale[1:]
        return parse_number(num), scale
    whole = num + scale
    big = big_scale(whole)
    unit = {"万亿": 1e12, "亿": 1e8, "万": 1e4}[big]
    return float(f"{parse_mixed(whole) / unit:.12g}"), big
