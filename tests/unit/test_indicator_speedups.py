"""The indicator stage's faster forms (speed only) must answer as the plain definitions,
written out here: the clause before a figure (``names._clause``: one backtracking match for
the last delimiter, not a loop over every delimiter), the synonyms in a name
(``names._synonyms_in``: one lookahead scan, not a match attempt per character) and the names
``names._complete`` can complete (a table of the synonyms' suffixes). Checked on every clause
of the seeds and on random texts made of the characters that matter."""
from __future__ import annotations

import random
from pathlib import Path

from analysis import layout
from analysis.indicators import data, names

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def clause_reference(t: str, pos: int, floor: int) -> tuple[str, int]:
    start = floor
    for m in names._DELIM.finditer(t, floor, pos):
        start = m.end()
    return t[start:pos], start


def synonyms_reference(name: str) -> list[tuple[str, str]]:
    found = set()
    for i in range(len(name)):
        m = names._SYN_RE.match(name, i)
        if m:
            found.add(m.group())
    return sorted(((f, names._SYN_KEY[f]) for f in found),
                  key=lambda p: (-len(p[0]), name.find(p[0]), p[0]))


def complete_reference(name: str, t: str, start: int) -> str | None:
    raw, _ = clause_reference(t, start - 1, 0)
    subject = names.clean(raw)
    for k in range(min(len(subject), 10), 0, -1):
        if subject[:k] + name in names._SYN_KEY:
            return subject[:k] + name
    return None


def _texts() -> list[str]:
    out = [layout.clean(p.read_text("utf-8")).text for p in SEEDS]
    rng = random.Random(13)
    # the characters that matter: delimiters, blanks, and the synonyms' own characters
    alphabet = list(",;:。!?、…\n \u3000") + sorted({c for n, _ in data.SYNONYMS for c in n})
    words = [n for n, _ in data.SYNONYMS]
    for _ in range(300):
        parts = [rng.choice(words) if rng.random() < 0.3 else rng.choice(alphabet)
                 for _ in range(rng.randint(0, 40))]
        out.append("".join(parts))
    return out


TEXTS = _texts()


def test_clause_as_the_loop():
    rng = random.Random(7)
    n = 0
    for t in TEXTS:
        for _ in range(min(200, len(t) + 1)):
            pos = rng.randint(0, len(t))
            floor = rng.randint(0, len(t))       # a floor past pos too (an empty clause)
            assert names._clause(t, pos, floor) == clause_reference(t, pos, floor), (t, pos, floor)
            n += 1
    assert n > 10_000


def test_synonyms_as_the_loop():
    rng = random.Random(11)
    for t in TEXTS:
        for _ in range(50):
            a = rng.randint(0, len(t))
            name = t[a:a + rng.randint(0, 16)]
            assert list(names._synonyms_in(name)) == synonyms_reference(name), name


def test_complete_as_the_loop():
    rng = random.Random(5)
    tails = sorted({n[i:] for n, _ in data.SYNONYMS for i in range(1, len(n))})
    # names that complete (every synonym's suffixes, sampled) and names that cannot
    picked = rng.sample(tails, min(60, len(tails))) + ["增加值", "新登记", "产量", "收入",
                                                        "利润", "总额", "不存在的词", "亿元"]
    # pieces of the seeds (a clause reaches back to the piece's start: short pieces keep the
    # written-out loop fast) and random texts
    seeds = [t[a:a + 300] for t in TEXTS[:len(SEEDS)] for a in range(0, len(t), 3000)]
    hits = 0
    for name in picked:
        for t in rng.sample(seeds, min(20, len(seeds))) + rng.sample(TEXTS[len(SEEDS):], 20):
            for start in rng.sample(range(1, len(t)), min(15, max(0, len(t) - 1))):
                got = names._complete(name, t, start)
                assert got == complete_reference(name, t, start), (name, t[:start])
                hits += got is not None
    assert hits      # some names were completed (the test reaches the table's other side)
