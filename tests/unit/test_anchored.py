"""``anchored``: a pattern's finditer searched only near the word its matches hold gives the
same matches as the plain finditer (docs/performance.md, twenty-third round) — for every
anchored pattern of engine.py, on the seeds, the open corpus texts (evaluation.corpus.TUNED
only), cut at several places, and on random strings of the patterns' own characters."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from analysis.indicators import engine
from analysis.indicators.anchored import anchored
from tests.unit._texts import open_texts

ROOT = Path(__file__).resolve().parents[2]

# (plain pattern, the word, engine's anchored finditer)
PAIRS = [
    (engine._REGISTERED, "有限", engine._registered_in),
    (engine._OFFICER, "公司", engine._officers_in),
    (engine._SCENE_NAME, "有限", engine._scene_names_in),
    (engine._SHORT_OPENING, "公司", engine._short_openings_in),
    (engine._ALIAS, "以下简称", engine._aliases_in),
    (engine._PAPER_SOURCE, "报", engine._paper_sources),
]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(23)
    words = ["有限公司", "有限责任公司", "股份有限公司", "公司", "有限", "以下简称", "在", "走进",
             "位于", "的", "还有", "总经理", "董事长", "说", "介绍", "——", "“", "”", "(", "（", ")",
             "）", "江西", "京东", "实业", "集团", "新城", ":", "\"", "A1", "(以下简称“", "”)",
             "（以下简称:", "有限公司(以下简称", "《人民日报》", "(2026年", "本报", "南昌", "3月",
             "29日电", "《", "》", "报"]
    alphabet = sorted(set("".join(words)) | set(",;:。!?，；：！？\n、…·0123456789就很"))
    return ["".join(rng.choice(words) if rng.random() < 0.5 else rng.choice(alphabet)
                    for _ in range(rng.randint(0, 60))) for _ in range(n)]


def _regs(it) -> list:
    return [m.regs for m in it]


def test_the_engine_anchors_are_its_patterns():
    for rx, word, got in PAIRS:
        text = "还有江西京东实业有限公司(以下简称“京东”)总经理陶小亮说,走进新城公司"
        assert _regs(got(text)) == _regs(anchored(rx, word)(text)) == _regs(rx.finditer(text))


@pytest.mark.parametrize("k", range(len(PAIRS)))
def test_anchored_finds_what_finditer_finds(k):
    rx, _word, got = PAIRS[k]
    found = 0
    for text in open_texts():
        n = len(text)
        cuts = [(0, n)] + [(a, b) for a, b in ((n // 7, n // 2), (n // 3, n), (5, n - 5)) if a <= b]
        for pos, endpos in cuts:
            want = _regs(rx.finditer(text, pos, endpos))
            assert _regs(got(text, pos, endpos)) == want
            found += len(want)
    for text in _random_texts(3000):
        n = len(text)
        for pos, endpos in ((0, n), (1, n), (0, n - 1), (n // 3, 2 * n // 3)):
            want = _regs(rx.finditer(text, pos, endpos))
            assert _regs(got(text, pos, endpos)) == want, (text, pos, endpos)
            found += len(want)
    assert found > 50          # (the texts hold matches to compare)


@pytest.mark.parametrize("bad", [r"[甲乙]{1,3}公司(?!里)", r"[甲乙]{1,3}公司$", r"[甲乙]{1,3}公司\b",
                                 r"[甲乙]{1,3}公司.*", r"(?:[甲乙]{1,3}公司)?"])
def test_anchored_refuses_what_the_cut_changes(bad):
    # a negative lookahead, an end or a boundary could succeed because the stretch ends; an
    # unbounded or empty match has no stretch
    with pytest.raises(ValueError):
        anchored(re.compile(bad), "公司")


def test_a_lookahead_widens_the_stretch():
    rx = re.compile(r"[甲乙]{1,3}公司(?=[\u4e00-\u9fff]{3}说)")
    text = "甲乙公司总经理说," * 3
    assert _regs(anchored(rx, "公司")(text)) == _regs(rx.finditer(text)) != []
