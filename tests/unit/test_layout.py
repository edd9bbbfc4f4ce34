"""Layout clean-up: line joining and the offset map back to the decoded text."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from analysis.layout import FULLWIDTH, clean, normalize, should_join

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _seed(prefix: str) -> str:
    return next(p for p in SEEDS if p.name.startswith(prefix)).read_text("utf-8")


def test_joins_a_line_broken_mid_sentence():
    c = clean("今年以来,全区上下\n聚焦项目攻坚,推动发展。\n\n下一段开始了。")
    assert "全区上下聚焦项目攻坚" in c.text
    assert c.text.endswith("推动发展。\n\n下一段开始了。")


def test_keeps_headlines_and_paragraph_breaks():
    page = "走进县城看发展\n\n埋头苦干“双过半” 踔厉奋发“全年红”\n\n——平鲁区综述\n\n谢宏 范磊\n\n正文第一段。"
    assert clean(page).text == page


def test_does_not_join_into_a_headline_printed_inside_a_body():
    assert not should_join("实现一批科技人才规模质量有提", "我市首次获批省卫健委“四个一批”科研项目")
    assert not should_join("平鲁区开发区海泰新能源朔州有限公司一隅。 谢宏 摄", "地区生产总值完成164.4亿元,增长5.7%")
    assert not should_join("【晋中招商】晋中市新增孵化器,助推招商引资", "2018年,晋中市通过招商引资战略成功新增")


def test_the_known_seed_line_breaks_are_joined():
    t = _seed("000")
    assert "稳中求进工\n\n作总基调" in t
    c = clean(t)
    i = c.text.index("稳中求进工作总基调")
    s, e = c.to_original(i, i + len("稳中求进工作总基调"))
    assert t[s:e] == "稳中求进工\n\n作总基调"
    assert "持续壮大“八大生态养殖基地”" in c.text
    # a headline inside a body stays on its own line
    assert "\n我市首次获批省卫健委“四个一批”科研项目\n" in c.text


def test_width_normalisation_is_one_for_one():
    c = clean("全市GDP完成１１００.３亿元，增长４.１％（同比）。")
    assert c.text == "全市GDP完成1100.3亿元,增长4.1%(同比)。"
    assert len(c.text) == len(c.original)
    m = re.search(r"\d+\.\d+%", c.text)
    s, e = c.to_original(*m.span())
    assert c.original[s:e] == "４.１％"
    assert c.display(*m.span()) == "４.１％"


def test_normalize_is_the_fullwidth_table():
    """``normalize`` finds the forms present by a search instead of translating every
    character: the same string as ``str.translate(FULLWIDTH)`` (the definition) on the seeds
    and on random strings dense in wide forms, their neighbours and repeats."""
    for p in SEEDS:
        t = p.read_text("utf-8")
        assert normalize(t) == t.translate(FULLWIDTH)
    rnd = random.Random(13)
    alphabet = [chr(c) for c in range(0xFEFF, 0xFF62)] + list("\u3000\u3001 a1中，。\n")
    for _ in range(5000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40)))
        assert normalize(t) == t.translate(FULLWIDTH), t


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_offset_map_round_trip_on_random_spans(path):
    original = path.read_text("utf-8")
    c = clean(original)
    assert len(c.origin) == len(c.text) + 1
    assert all(a < b for a, b in zip(c.origin, c.origin[1:]))
    kept = set(c.origin[:-1])
    dropped = [original[i] for i in range(len(original)) if i not in kept]
    assert all(ch.isspace() for ch in dropped)  # clean-up only deletes layout blanks
    rng = random.Random(path.name)
    n = len(c.text)
    for _ in range(300):
        s = rng.randrange(0, n)
        e = rng.randrange(s + 1, min(n, s + 400) + 1)
        os_, oe = c.to_original(s, e)
        piece = original[os_:oe]
        # the original span, widths folded and the deleted layout breaks removed, is the text
        folded = "".join(normalize(original[i]) for i in range(os_, oe) if i in kept)
        assert folded == c.text[s:e]
        assert re.sub(r"\s", "", normalize(piece)) == re.sub(r"\s", "", c.text[s:e])


def test_enumerated_section_heading_is_not_joined_to_its_paragraph():
    c = clean("一、综合\n\n初步核算，全年全省地区生产总值25642.6亿元，比上年增长4.4％。")
    assert c.text.startswith("一、综合\n\n初步核算,")
