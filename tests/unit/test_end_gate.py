"""``patterns._STOP_BEFORE_END`` (the last characters the stop patterns before a figure can end
with, tested before ``_STOP_BEFORE`` is searched) must never refuse a string ``_STOP_BEFORE``
matches in: so the two tests together answer as the search alone. ``openings._closing`` (the
last characters a parsed regex can close a match with) is checked never too little on small
patterns and random strings; the gate on the 8 characters before every number of the seeds and
the open corpus texts (evaluation.corpus.TUNED only) and on random strings made of the stop
patterns' characters, line breaks and spaces (docs/performance.md, twenty-fifth round)."""
from __future__ import annotations

import random
import re

from analysis.indicators import data, openings, patterns
from tests.unit._texts import open_texts


def test_closing_is_never_too_little():
    cases = [r"第", r"[A-Za-z](?<!GDP)", r"[×x*]\s*", r"(?:这|那)的?", r"a[^b]{0,3}c",
             r"(?:d|e)?(?:f|)", r"g+h*", r"(i)?(?(1)j|k)", r"l.", r"m(?=n)"]
    alphabet = "第GDPxX×* \n这那的abcdefghijklmn"
    rng = random.Random(25)
    for p in cases:
        rx = re.compile(p)
        empty, last = openings._closing(patterns._sre_parse.parse(p))
        for _ in range(3_000):
            t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
            for i in range(len(t) + 1):
                m = rx.fullmatch(t, i)
                if m is None:
                    continue
                g = m.group()
                if g:
                    assert openings._covers(last, g[-1]), (p, t)
                else:
                    assert empty, (p, t)


def test_end_gate_falls_back_to_everything():
    for sources in ([r"第$", r"第\d"], [r"第?$"], [r"[^,]$"], [r"(?i:x)$"], [r"a$|b"]):
        assert patterns._end_gate(sources).pattern == "(?:)", sources
    assert patterns._STOP_BEFORE_END.pattern != "(?:)"      # the stop patterns' gate is there


def _never_refuses(before: str) -> bool:
    if patterns._STOP_BEFORE.search(before):
        assert patterns._STOP_BEFORE_END.search(before, len(before) - 2), before
        return True
    return False


def test_gate_before_every_number_of_the_open_texts():
    starts = re.compile(r"[0-9一二两三四五六七八九十百千万亿〇零]")
    n = hits = 0
    for text in open_texts():
        for m in starts.finditer(text):
            s = m.start()
            for w in (8, 4):                # (the window is cut short at a text's start too)
                before = text[max(0, s - w):s]
                hits += _never_refuses(before)
                n += 1
    assert n > 100_000 and hits > 1_000


def test_gate_on_random_strings():
    chars = sorted({c for p in data.STOP_BEFORE for c in p if not c.isascii()}
                   | set("第编号每这那比较一次下单1(") | set("AaZzGDPCIxX×*+/-−± \n\t,。0123"))
    rng = random.Random(2025)
    hits = sum(_never_refuses("".join(rng.choice(chars) for _ in range(rng.randint(0, 10))))
               for _ in range(60_000))
    assert hits > 3_000
