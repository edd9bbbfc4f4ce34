"""Numbers as written in Chinese documents → floats.

Arabic (``164.4``, ``1,234.5``, ``-2.9``), Chinese numerals (``二百``, ``百``, ``三千五百``,
``十二``), and Arabic digits written with Chinese scale words inside (``1.7779亿`` is handled by
the unit, not here). Parsing only; finding numbers in text is ``patterns.py``.
"""
from __future__ import annotations

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
    """
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
