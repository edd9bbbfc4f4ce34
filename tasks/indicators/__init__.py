"""Indicator extraction (first version): quantities with units and the 增长/下降 change that
follows them in the same clause. Spans are returned in ORIGINAL (decoded) coordinates."""
from __future__ import annotations

import re

from ..articles import ArticleSeg
from ..layout import Cleaned
from ..models import Change, Indicator, Normalized

_UNIT = r"(?:亿元|万元|元|万吨|亿吨|吨|亿千瓦时|万千瓦时|千瓦时|万人次|人次|万人|人|万亩|亩|户|个|家|天|%)"
_QTY = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<unit>" + _UNIT + ")")
_CHANGE = re.compile(r"(?P<verb>增长|下降|降低|上升|增加|减少)(?P<num>\d+(?:\.\d+)?)(?P<unit>%|个百分点)")
_SCALE = {"亿": 1e8, "万": 1e4}
_CLAUSE = re.compile(r"[,，;；。:：!！?？、\n]")


def _normalize(value: float, unit: str) -> Normalized | None:
    if unit == "%":
        return None
    for p, f in _SCALE.items():
        if unit.startswith(p) and len(unit) > 1:
            return Normalized(value=value * f, unit=unit[1:])
    return Normalized(value=value, unit=unit)


def extract(cleaned: Cleaned, sentences: list[tuple[int, int]],
            articles: list[ArticleSeg]) -> list[Indicator]:
    text = cleaned.text
    out: list[Indicator] = []
    for ss, se in sentences:
        sent = text[ss:se]
        taken: list[tuple[int, int]] = []
        for m in _QTY.finditer(sent):
            if m.group("unit") == "%" and re.search(r"(增长|下降|降低|上升|增加|减少)$", sent[: m.start()]):
                continue
            start, end = ss + m.start(), ss + m.end()
            clause_start = max((c.end() for c in _CLAUSE.finditer(sent, 0, m.start())), default=0)
            name = re.sub(r"^(全年|上半年|今年以来)", "", sent[clause_start: m.start()])
            name = re.sub(r"(完成|达到|实现|为)$", "", name).strip() or None
            change = None
            tail = re.match(r"[,，]?", sent[m.end():])
            cm = _CHANGE.match(sent, m.end() + (tail.end() if tail else 0))
            if cm:
                change = _change(cm, ss)
                taken.append((ss + cm.start(), ss + cm.end()))
            value = float(m.group("num"))
            out.append(_make(cleaned, name, value, m.group("unit"), change, start, end, ss, se))
        for cm in _CHANGE.finditer(sent):
            cs, ce = ss + cm.start(), ss + cm.end()
            if any(a <= cs < b for a, b in taken):
                continue
            clause_start = max((c.end() for c in _CLAUSE.finditer(sent, 0, cm.start())), default=0)
            if clause_start == cm.start():
                continue
            name = sent[clause_start: cm.start()].strip() or None
            ns = ss + cm.start("num")
            out.append(_make(cleaned, name, None, None, _change(cm, ss), ns, ce, ss, se))
    out.sort(key=lambda i: i.span)
    return out


def _change(m: re.Match, offset: int) -> Change:
    up = m.group("verb") in ("增长", "上升", "增加")
    unit = "百分点" if m.group("unit") == "个百分点" else m.group("unit")
    return Change(direction="up" if up else "down", value=float(m.group("num")), unit=unit)


def _make(cleaned, name, value, unit, change, start, end, ss, se) -> Indicator:
    s, e = cleaned.to_original(start, end)
    return Indicator(name=name, value=value, unit=unit,
                     normalized=_normalize(value, unit) if value is not None else None,
                     change=change, span=(s, e), text=cleaned.original[s:e],
                     sentence=cleaned.text[ss:se], sentence_span=cleaned.to_original(ss, se))
