"""A cheap test run before a rule (a prefilter, speed only) must never change what the rule
answers: checked on every call the stage makes over the seeds and the open corpus texts and
pages, and on random texts made of the characters that matter."""
from __future__ import annotations

import random

from analysis.indicators import places
from tests.unit.test_indicator_speedups import SEEDS, _open_corpus


def test_foreign_pattern_is_the_names_as_literals():
    # the prefilter's reasoning (no name in text[:start], none in any window of it) holds for
    # an alternation of literals with no lookaround: the pattern is made from the names so
    # (grouped by first character: the same literals, docs/performance.md twenty-fourth round)
    from analysis.indicators.patterns import _alt_by_first
    pattern = _alt_by_first(places.FOREIGN)
    assert places._FOREIGN.pattern == pattern
    assert not any(x in pattern for x in ("(?=", "(?!", "(?<", "$", "^", "\\b", "\\B"))
    bare = pattern.replace("\\(", "")                   # (a name's own bracket, escaped)
    assert bare.count("(") == bare.count("(?:")           # no group but the grouping ones


def test_foreign_subject_as_without_its_prefilter(monkeypatch):
    from analysis.indicators import engine
    from analysis.pipeline import analyze
    fast, calls = engine.foreign_subject, []

    def checked(text, start, end):
        got = fast(text, start, end)
        assert got == places._foreign_subject(text, start, end), (text, start, end)
        calls.append(got)
        return got

    monkeypatch.setattr(engine, "foreign_subject", checked)
    docs = SEEDS + _open_corpus()
    assert len(docs) >= 5 + 150
    for p in docs:
        analyze(p.read_bytes(), p.name)
    assert len(calls) > 5_000
    assert sum(c is not None for c in calls) >= 1   # the rule itself is reached


def test_foreign_subject_prefilter_on_random_texts():
    rng = random.Random(13)
    names = sorted(places.FOREIGN)[:40] + ["美国", "日本", "德国", "英国", "中国", "广东"]
    bits = names + list("0123456789%亿元万,;。同期为达约的与高出低于") + ["同期", "其中", "2024年"]
    found = 0
    for _ in range(3000):
        t = "".join(rng.choice(bits) for _ in range(rng.randint(1, 14)))
        for s in range(len(t) + 1):
            e = min(len(t), s + rng.randint(0, 4))
            got = places.foreign_subject(t, s, e)
            assert got == places._foreign_subject(t, s, e), (t, s, e)
            found += got is not None
    assert found > 100


def test_place_automaton_as_the_python_search(monkeypatch):
    # the automaton (built as a DFA for speed) finds what the plain search finds
    from analysis import layout
    texts = [layout.clean(p.read_text(encoding="utf-8")).text for p in SEEDS]
    rng = random.Random(17)
    surfaces = sorted(places.SURFACES)
    for _ in range(300):
        texts.append("".join(rng.choice(surfaces) if rng.random() < .5
                             else rng.choice("市县区省,的和中国大北京河南山西") for _ in range(30)))
    fast = [places._raw(t) for t in texts]
    monkeypatch.setattr(places, "_AUTOMATON", None)
    assert fast == [places._raw(t) for t in texts]
    assert sum(map(len, fast)) > 1_000


def _records(docs) -> list[str]:
    from analysis.pipeline import analyze
    return [analyze(p.read_bytes(), p.name).model_dump_json(exclude={"timings_ms"}) for p in docs]


def test_sentence_without_event_exit_drops_no_figure(monkeypatch):
    # every seed and open corpus text: the same result with the early return as without it
    from analysis.indicators import engine
    docs = SEEDS + _open_corpus()
    calls = {"empty": 0, "all": 0}
    unit = engine._unit_indicators

    def counted(*a, **k):
        got = unit(*a, **k)
        calls["all"] += 1
        calls["empty"] += not got
        return got

    monkeypatch.setattr(engine, "_unit_indicators", counted)
    fast = _records(docs)
    assert calls["empty"] > 1_000 and calls["all"] > calls["empty"]   # the exit is reached
    monkeypatch.setattr(engine, "_EMPTY_EXIT", False)
    assert _records(docs) == fast
