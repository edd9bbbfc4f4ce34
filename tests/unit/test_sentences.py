"""``segment.sentences`` finds its sentence ends with a possessive run before each end mark
(speed): it must give the spans of the plain definition, a search for the end marks, written
out here, on the seeds and on random texts made of the characters that matter."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from analysis import segment

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
_END = re.compile(r"[。！？!?；;…]+[”」』’)）]?|\n+")


def reference(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _END.finditer(text):
        s, e = m.span()
        end = s if text[s] == "\n" else e
        spans.append((start, end))
        start = e
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seeds(path):
    text = path.read_text("utf-8")
    assert segment.sentences(text) == reference(text)


def test_random_texts():
    rng = random.Random(7)
    alphabet = "增长。！？!?；;…”」』’)）\n \u3000\t5a."
    for _ in range(20_000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert segment.sentences(t) == reference(t), repr(t)
