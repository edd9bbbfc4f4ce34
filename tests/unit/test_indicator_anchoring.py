"""A pattern anchored at the end ($) searched over only the characters a match can take, or only
after a character one of its words ends with (speed only), answers as the full search: checked
on windows of the seeds and the open corpus texts and on random texts made of the pattern's
words."""
from __future__ import annotations

import functools
import random
import re

from analysis import layout
from analysis.indicators import context, data, names, numbers, patterns
from tests.unit.test_indicator_speedups import SEEDS, _open_corpus


@functools.cache
def _texts() -> list[str]:
    docs = SEEDS + _open_corpus()
    assert len(docs) >= 5 + 150
    return [layout.clean(p.read_text(encoding="utf-8")).text for p in docs
            if p.suffix == ".txt"]


def _windows(words, n=60_000, seed=7):
    """Pieces of real text, some ending with one of ``words`` (or it and a line break)."""
    rng = random.Random(seed)
    texts = [t for t in _texts() if t]
    out = []
    for _ in range(n):
        t = rng.choice(texts)
        i = rng.randrange(len(t))
        x = t[i:i + rng.randrange(0, 24)]
        if rng.random() < 0.4:
            x += rng.choice(words) + rng.choice(["", "", "", "\n"])
        if rng.random() < 0.1:
            x = rng.choice(["平", "了", ""]) + x
        out.append(x)
    return out


def test_strip_suffix_is_the_full_substitution():
    xs = _windows(list(data.NAME_STRIP_SUFFIX))
    changed = 0
    for x in xs:
        want = names._SUFFIX.sub("", x)
        assert names._strip_suffix(x) == want, x
        changed += want != x
    assert changed > 5_000            # the words are reached, not only passed over
    assert names._strip_suffix("平均") == "平均" and names._strip_suffix("产值均") == "产值"


def test_approx_prefix_gate_drops_no_match():
    xs = _windows(list(data.APPROX_PREFIX))
    hits = 0
    for x in xs:
        full = patterns.APPROX_PREFIX.search(x) is not None
        gated = x[-1:] in patterns._APPROX_PREFIX_LAST and patterns.APPROX_PREFIX.search(x)
        assert bool(gated) == full, x
        hits += full
    assert hits > 5_000


def test_not_period_before_over_its_width():
    rx, width = context._NOT_PERIOD_BEFORE, context._NOT_PERIOD_BEFORE_LEN
    assert width < 20                 # (a pattern of unbounded width would search everything)
    seen = 0
    for t in _texts()[:40]:
        t = t[:2500]
        for i in range(len(t)):
            full = rx.search(t, 0, i) is not None
            assert (rx.search(t, max(0, i - width), i) is not None) == full, (t[max(0, i - 20):i])
            seen += full
    assert seen > 300


def test_quantity_fast_paths_as_the_full_reading():
    """A match with no group after ``num`` and no 百分之 is a bare number; an Arabic number's
    value read directly is compose's."""
    bare = arabic = 0
    for t in _texts():
        for m in patterns.QUANTITY.finditer(t):
            groups = m.group(*patterns._QUANTITY_GROUPS)
            if m.lastindex == 2 and m.start(1) < 0:
                assert groups[0] is None and all(g is None for g in groups[2:]), m.group()
                bare += 1
            num, scale = groups[1], groups[3] or ""
            if num[0] not in patterns._NUMERAL_SET and scale not in numbers._SUB_SCALED \
                    and "万" not in num and "亿" not in num:
                assert (float(num.replace(",", "")), scale) == numbers.compose(num, scale), num
                arabic += 1
    assert bare > 1_000 and arabic > 1_000


def test_fast_path_patterns_are_literals():
    # the gates read a word's last character: each alternative is a literal word (均 with a
    # lookbehind before it), so a match ends with one of those characters
    for w in data.NAME_STRIP_SUFFIX:
        assert w[-1] in names._SUFFIX_LAST
        assert names._SUFFIX.search("甲" + w) or w == "均"
    assert re.fullmatch(r"\(\?:[^()]*(?:\(\?<!平\)均[^()]*)?\)\$", names._SUFFIX.pattern)
    for w in data.APPROX_PREFIX:
        assert patterns.APPROX_PREFIX.search("甲" + w) and w[-1] in patterns._APPROX_PREFIX_LAST
