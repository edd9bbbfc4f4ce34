"""The seventeenth speed round's helpers give what they replace (docs/performance.md):
``context.normalize_period`` remembered for one document, ``context._narrow`` (the full-width
translation skipped where there is nothing to translate) and ``places.PATTERN.match``'s
two-character test before the surface look-up, and ``names.in_table``'s test of the two
characters either side of a join before it searches the joined words for a synonym."""
from __future__ import annotations

import random

from analysis import layout
from analysis.indicators import context, places
from tests.unit.test_indicator_speedups import SEEDS, _open_corpus

_CONTEXTS = [context.DateContext(), context.DateContext(2022, 12, 2022),
             context.DateContext(2026, None, 2026), context.DateContext(2023, 1, 2023),
             context.DateContext(2025, 1, 2024), context.DateContext(2021, 9, 2021),
             context.DateContext(2024, 6, 2023, year_from_title=True),
             context.DateContext(2021, None, 2021, year_reported=True)]


def _periods_written() -> list[str]:
    """Every period the stage's ``periods`` finds in the seeds and the open corpus, and some
    the resolver treats apart."""
    found: set[str] = set()
    for p in SEEDS + _open_corpus():
        text = layout.clean(p.read_text(encoding="utf-8")).text
        for line in text.split("\n"):
            found.update(w for _s, _e, w in context.periods(line))
    return sorted(found) + ["", "去年同期", "第七次人口普查", "“十三五”时期", "今年以来", "今后五年",
                            "上年度", "上半年末", "截至二季末", "下半年以来", "2024全年", "目前"]


def test_normalize_period_remembered_as_computed():
    periods = _periods_written()
    assert len(periods) > 300
    context._normalized_period.cache_clear()
    resolved = 0
    for ctx in _CONTEXTS:
        for p in periods:
            want = context._normalize_period(p, ctx)
            assert context.normalize_period(p, ctx) == want, (p, ctx)
            got = context.normalize_period(p, ctx)        # answered from the memo
            assert got == want, (p, ctx)
            assert got is None or type(got) is dict and list(got) == ["start", "end"]
            resolved += got is not None
    assert resolved > 1_000
    assert context._normalized_period.cache_info().hits > 1_000
    assert context.normalize_period(None, _CONTEXTS[1]) is None


def test_normalize_period_gives_a_fresh_dict():
    ctx = context.DateContext(2022, 12, 2022)
    a = context.normalize_period("上半年", ctx)
    a["start"] = "changed"
    assert context.normalize_period("上半年", ctx) == {"start": "2022-01", "end": "2022-06"}
    assert context.normalize_period("上半年", ctx) is not context.normalize_period("上半年", ctx)


def test_normalize_period_memo_is_one_document_s():
    ctx = context.DateContext(2022, 12, 2022)
    context.normalize_period("上半年", ctx)
    assert context._normalized_period.cache_info().currsize > 0
    context.DocPlaces("上半年,全市", [(0, 6)], [""])
    assert context._normalized_period.cache_info().currsize == 0


def test_narrow_is_the_translation():
    # the test's class is exactly the table's keys, so a string with none of them is its own
    # translation
    table = {chr(c) for c in layout.FULLWIDTH}
    assert {chr(c) for c in range(0x10000) if context._FULLWIDTH.match(chr(c))} == table
    rng = random.Random(7)
    bits = list("２０２３年１２月，：（）　ａＺ") + list("2023年12月,:() aZ统计局发布时间\n")
    for _ in range(3000):
        t = "".join(rng.choice(bits) for _ in range(rng.randint(0, 30)))
        assert context._narrow(t) == t.translate(layout.FULLWIDTH), t
    for p in SEEDS:
        t = p.read_text(encoding="utf-8")
        assert context._narrow(t[:600]) == t[:600].translate(layout.FULLWIDTH)


def _match_reference(text: str, pos: int):
    """``places.PATTERN.match`` as it was: the surface look-up first."""
    w = places.longest_at(text, pos)
    if w == "中国" and not places._CHINA_NATION.match(text, pos + 2):
        return None
    return (pos, pos + len(w), w) if w else None


def test_surface_match_as_before():
    texts = [layout.clean(p.read_text(encoding="utf-8")).text for p in SEEDS]
    rng = random.Random(11)
    texts += ["".join(rng.choice(["中国", "中国式", "北京", "北京路", "广东省", "河北区域", "山西",
                                  "市", "县", "区", ",", "的", "经济", "香港", "大同区"])
                      for _ in range(20)) for _ in range(300)]
    found = 0
    for t in texts:
        for pos in range(len(t) + 1):
            m = places.PATTERN.match(t, pos)
            got = (m.start(), m.end(), m.group()) if m else None
            assert got == _match_reference(t, pos), (t[pos:pos + 10], pos)
            found += got is not None
    assert found > 1_000


class _EveryPair:
    """A ``_SYN_PAIRS`` that holds every pair: ``in_table`` without its test."""

    def __contains__(self, pair: str) -> bool:
        return True


def test_in_table_pairs_test_as_without_it(monkeypatch):
    from analysis.indicators import engine, names
    from analysis.pipeline import analyze
    fast, calls = names.in_table, []

    def recorded(*a):
        calls.append(a)
        return fast(*a)

    monkeypatch.setattr(names, "in_table", recorded)
    for p in SEEDS + _open_corpus():
        if p.name.startswith(("c", "0")):
            analyze(p.read_bytes(), p.name)
    monkeypatch.setattr(names, "in_table", fast)
    assert engine.names is names and len(calls) > 300
    # rows, columns and captions mixed, so that more joins make synonyms
    rng = random.Random(5)
    rows = sorted({a[0] for a in calls}) + ["粮食", "合计", "一、粮食", "住宅", "投资完成额", "工业",
                                             "增加值", "出口", "进口", "收入", "支出", "产量"]
    caps = sorted({a[2] for a in calls}) + ["表3 2025年主要农产品产量", "表2 规模以上工业增加值",
                                            "表6 2025年房地产开发和销售主要指标增长速度"]
    calls += [(rng.choice(rows), rng.choice(["", "产量", "增长速度(%)", "总额"]), rng.choice(caps),
               rng.choice([None, "money", "mass", "percent", "count"])) for _ in range(1500)]
    got = [fast(*a) for a in calls]
    monkeypatch.setattr(names, "_SYN_PAIRS", _EveryPair())
    names._synonyms_in.cache_clear()
    names.canonical.cache_clear()
    assert [fast(*a) for a in calls] == got
    assert sum(g != a[0] for g, a in zip(got, calls)) > 20     # the searches find metrics
