"""The faster forms of ``analysis.indicators.patterns`` must match as the plain ones:
``_alt_by_first`` (an alternation of words grouped by their first character) as the plain
alternation ``_alt_plain`` everywhere it is used, and ``CHANGE`` (its first two characters tested
by ``_pair_guard`` first) as ``CHANGE_SOURCE`` alone. Every regex of the module is built a second
time with the plain forms (the module's source run again with ``_alt = _alt_plain``; CHANGE from
its source, without the guard) and both are compared, match by match and group by group, on the
seeds, the open corpus texts (evaluation.corpus.TUNED only) and random strings made of the words' characters,
digits and delimiters, with ``match`` and ``search`` from every third position and an end cut
short too (docs/performance.md, twenty-second round)."""
from __future__ import annotations

import random
import re
import sys
import types
from pathlib import Path

from analysis.indicators import data, patterns
from tests.unit._texts import open_texts

ROOT = Path(__file__).resolve().parents[2]
SWITCH = "_alt = _alt_by_first"


def _plain_module() -> types.ModuleType:
    src = Path(patterns.__file__).read_text("utf-8")
    assert src.count(SWITCH) == 1
    name = "analysis.indicators._patterns_plain"
    mod = types.ModuleType(name)
    mod.__package__ = "analysis.indicators"
    mod.__file__ = patterns.__file__
    sys.modules[name] = mod          # (dataclasses look their module up)
    try:
        exec(compile(src.replace(SWITCH, "_alt = _alt_plain"), patterns.__file__, "exec"),
             mod.__dict__)
    finally:
        del sys.modules[name]
    return mod


def _pairs() -> list[tuple[str, re.Pattern, re.Pattern]]:
    plain = _plain_module()
    out = []
    for k, v in vars(patterns).items():
        if isinstance(v, re.Pattern):
            w = getattr(plain, k) if k != "CHANGE" else re.compile(plain.CHANGE_SOURCE, re.VERBOSE)
            assert isinstance(w, re.Pattern)
            out.append((k, v, w))
    return out


def _random_texts(n: int) -> list[str]:
    rng = random.Random(22)
    words = sorted({*data.SCALES, *data.BASE_UNITS, *data.RATIO_UNITS, *data.APPROX_SUFFIX,
                    *data.BASES, *data.CHANGE_VERBS, *data.SHORT_VERBS, *data.APPROX_PREFIX,
                    *data.BASIS_ABBREV, *data.FLAT_VERBS, *data.FLAT_BASES}
                   | {"164.4", "3000", "百分之", "八点五", "两千", "同比", "比上年", "分别", "和", "、"})
    alphabet = sorted({c for w in words for c in w} | set("0123456789.,;:%-+ ()年月第GDP"))
    return ["".join(rng.choice(words) if rng.random() < 0.4 else rng.choice(alphabet)
                    for _ in range(rng.randint(0, 30))) for _ in range(n)]


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.regs == b.regs))   # type: ignore[union-attr]


def test_grouped_alternation_reads_the_same_words():
    words = ["人", "人次", "元/吨", "吨", "元", "dB(A)", "%"]
    r1 = re.compile(patterns._alt_by_first(words))
    r2 = re.compile(patterns._alt_plain(words))
    for t in ("人次元/吨dB(A)%吨元人", "元/", "dB(", ""):
        for i in range(len(t) + 1):
            assert _same(r1.match(t, i), r2.match(t, i)), (t, i)
    assert patterns._alt_by_first(["", "a"]) == patterns._alt_plain(["", "a"])


def test_every_pattern_as_with_the_plain_alternation():
    pairs = _pairs()
    assert {"QUANTITY", "CHANGE", "CHANGE_NUMBER", "FLAT"} <= {k for k, _, _ in pairs}
    assert patterns.CHANGE.pattern.startswith(f"(?=[{patterns._CHANGE_FIRST}])(?=上[")       # the guard is there
    assert sum(v.pattern != w.pattern for _, v, w in pairs) >= 10     # the form did change
    texts = open_texts()
    assert len(texts) >= 170
    found = 0
    for k, fast, plain in pairs:
        for t in texts:
            a, b = list(fast.finditer(t)), list(plain.finditer(t))
            assert [m.regs for m in a] == [m.regs for m in b], k
            found += len(a)
    assert found > 10_000
    for t in _random_texts(800):
        for k, fast, plain in pairs:
            assert [m.regs for m in fast.finditer(t)] == [m.regs for m in plain.finditer(t)], (k, t)
            for i in range(0, len(t) + 1, 3):
                for end in (len(t), (i + len(t)) // 2 + 1):     # an end cut short too
                    assert _same(fast.match(t, i, end), plain.match(t, i, end)), (k, t, i, end)
                    assert _same(fast.search(t, i, end), plain.search(t, i, end)), (k, t, i, end)


def test_foreign_names_as_with_the_plain_alternation():
    """places._FOREIGN (countries, grouped by first character) and the two patterns built on it
    match as with the plain alternation the module wrote before (docs/performance.md,
    twenty-fourth round)."""
    from analysis.indicators import places
    plain_alt = "|".join(sorted(map(re.escape, places.FOREIGN), key=len, reverse=True))
    assert places._FOREIGN.pattern != plain_alt            # the form did change
    pairs = [(places._FOREIGN, re.compile(plain_alt))]
    for fast in (places._PAIR_NEXT, places._FRAME_ABROAD):
        assert fast.pattern.count(places._FOREIGN.pattern) == 1
        pairs.append((fast, re.compile(fast.pattern.replace(places._FOREIGN.pattern, plain_alt))))
    found = 0
    for t in open_texts():
        for fast, plain in pairs:
            a = [m.regs for m in fast.finditer(t)]
            assert a == [m.regs for m in plain.finditer(t)], fast.pattern[:40]
            found += len(a)
    assert found > 50
    rng = random.Random(24)
    names = sorted(places.FOREIGN)
    alphabet = sorted({c for w in names for c in w} | set("0123456789,、，为达约在而但 "))
    for _ in range(1500):
        t = "".join(rng.choice(names) if rng.random() < 0.3 else rng.choice(alphabet)
                    for _ in range(rng.randint(0, 20)))
        for fast, plain in pairs:
            assert [m.regs for m in fast.finditer(t)] == [m.regs for m in plain.finditer(t)], t
            for i in range(0, len(t) + 1, 2):
                for end in (len(t), (i + len(t)) // 2 + 1):
                    assert _same(fast.match(t, i, end), plain.match(t, i, end)), (t, i, end)
                    assert _same(fast.search(t, i, end), plain.search(t, i, end)), (t, i, end)
