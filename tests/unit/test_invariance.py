"""Nothing lost (issue 12, item 7): transforms of a document that change how it is printed, not
what it says, change no figure. Properties over every seed and every evaluation text: the
multiset of (value, unit, change) is the same before and after, and every span (and change
span) points into the transformed text.

Transforms: a newspaper column wrap (a line break every 20–40 characters, mid-sentence and
mid-number; and evaluation.properties' every 23 characters, never mid-number, on a document of
tables and cut quantities), full-width digits, full-width punctuation, CRLF line ends, and two
documents joined in one upload (the figures of the joint are the figures of each).
"""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from analysis import articles, layout, segment
from analysis.indicators import extract

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "evaluation" / "texts").glob("*.txt"))
IDS = [p.name[:3] for p in DOCS]


def run(text: str):
    c = layout.clean(text)
    s = segment.sentences(c.text)
    return extract(c, s, articles.split(c, s))


def figures(inds) -> Counter:
    return Counter((i.value, i.unit, (i.change.direction, i.change.value, i.change.unit)
                    if i.change else None) for i in inds)


def spans_point_into(text: str, inds) -> None:
    for i in inds:
        s, e = i.span
        assert text[s:e] == i.text and i.text
        if i.change is not None and i.change.span is not None:
            cs, ce = i.change.span
            assert text[cs:ce] == i.change.text


def column_wrap(text: str, seed: int, brk: str = "\n") -> str:
    """Every paragraph cut into lines of one random width (20–40 characters); ``brk`` "\n\n"
    is an OCR'd page, where every printed line is its own paragraph."""
    rnd = random.Random(seed)
    out = []
    for line in text.split("\n"):
        w = rnd.randint(20, 40)
        out.append(brk.join(line[k:k + w] for k in range(0, len(line), w)))
    return "\n".join(out)


_FW_DIGITS = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"}
_FW_PUNCT = {ord(a): b for a, b in zip(",;:!?()%", "，；：！？（）％")}

TRANSFORMS = {
    "fullwidth_digits": lambda t: t.translate(_FW_DIGITS),
    "fullwidth_punct": lambda t: t.translate(_FW_PUNCT),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    **{f"column_wrap_{k}": (lambda t, k=k: column_wrap(t, k)) for k in range(8)},
    **{f"ocr_wrap_{k}": (lambda t, k=k: column_wrap(t, k, "\n\n")) for k in range(2)},
}

_BASE: dict[Path, Counter] = {}


def base(path: Path) -> Counter:
    if path not in _BASE:
        _BASE[path] = figures(run(path.read_text(encoding="utf-8")))
    return _BASE[path]


# residual differences measured (wraps 0-7 and the OCR wraps, 17 documents): none since a date
# alone on its line is never joined to the next (context.units); seed 003's wrap 7 used to cut a
# record's 【…】 title and read its date with the cut title (2025-07-09期限补充说明 → a spurious 9期)
KNOWN: set[tuple[str, str]] = set()


@pytest.mark.parametrize("name", list(TRANSFORMS))
@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_transform_changes_no_figure(path, name, request):
    if (path.name[:3], name) in KNOWN:
        request.applymarker(pytest.mark.xfail(strict=True, reason="see KNOWN"))
    text = TRANSFORMS[name](path.read_text(encoding="utf-8"))
    inds = run(text)
    spans_point_into(text, inds)
    before, after = base(path), figures(inds)
    assert before, "every document holds figures"
    assert after == before, {"lost": list((before - after).elements()),
                             "gained": list((after - before).elements())}


def test_the_transforms_transform():
    t = "地区生产总值完成164.4亿元,增长5.7%(同比),增幅全市第一,分别高于全国、全省、全市3.2个百分点。\n下一段。"
    assert TRANSFORMS["fullwidth_digits"](t) != t and "１６４．４" not in t
    assert "，" in TRANSFORMS["fullwidth_punct"](t)
    assert "\r\n" in TRANSFORMS["crlf"](t)
    wrapped = column_wrap(t, 0)
    assert wrapped.count("\n") > t.count("\n") and wrapped.replace("\n", "") == t.replace("\n", "")


JOINS = [("000", "003"), ("003", "000"), ("t01", "t09"), ("001", "t12"), ("t11", "t12"),
         ("t12", "t11")]


@pytest.mark.parametrize("a,b", JOINS, ids=[f"{a}+{b}" for a, b in JOINS])
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["nl", "blank"])
def test_two_documents_in_one_upload(a, b, sep):
    """One upload of two documents gives the figures of each (000 then 003 used to give only
    003's: the scraped dump's layout dropped 000 as a site header)."""
    pa = next(p for p in DOCS if p.name.startswith(a))
    pb = next(p for p in DOCS if p.name.startswith(b))
    ta, tb = pa.read_text(encoding="utf-8"), pb.read_text(encoding="utf-8")
    text = ta + sep + tb
    inds = run(text)
    spans_point_into(text, inds)
    assert figures(inds) == base(pa) + base(pb)
    first = figures(i for i in inds if i.span[1] <= len(ta))
    assert first == base(pa)


#: real texts of the kinds the fixed-width wrap used to cost figures: " | " tables (c07, c21,
#: c24: 188 figures lost before the rows were rejoined) and quantities cut from their units after
#: a heading (c15, c18, c25, c28)
WRAPPED = ["c07_fuzhou_tjgb", "c21_guangdong_geshi_gdp_2025", "c24_haidong_tjgb", "c15_quanguo_gdp_2022q1",
           "c18_huaibei_tjgb_jiedu", "c25_nanchang_jjyx", "c28_huangshi_yusuan"]


@pytest.mark.parametrize("stem", WRAPPED)
def test_fixed_width_column_wrap_changes_no_figure_of_a_table_or_a_cut_quantity(stem):
    """evaluation.properties' column wrap (a break after every 23 characters of a line, table
    rows too, never inside a number) on the corpus texts where it used to cost figures: table
    rows cut after a bar, before one and inside a cell, and quantities cut from their units."""
    from evaluation.properties import column_wrap as wrap23

    text = (ROOT / "evaluation" / "corpus" / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    wrapped = wrap23(text)
    assert wrapped != text
    before, inds = figures(run(text)), run(wrapped)
    spans_point_into(wrapped, inds)
    after = figures(inds)
    assert len(before) >= 40
    assert after == before, {"lost": list((before - after).elements()),
                             "gained": list((after - before).elements())}


def test_results_do_not_depend_on_the_hash_seed():
    """Set and dict order changes per process (PYTHONHASHSEED): no result may follow it. A tie
    among synonyms broken by set order once keyed a15's 1.23万亿元 as foreign_trade or not."""
    import subprocess
    import sys

    script = (
        "import hashlib, sys\n"
        "from pathlib import Path\n"
        "from analysis.pipeline import analyze\n"
        "for p in sys.argv[1:]:\n"
        "    d = analyze(Path(p).read_bytes(), Path(p).name).model_dump()\n"
        "    d.pop('timings_ms', None)\n"
        "    print(Path(p).name, hashlib.sha256(repr(d).encode()).hexdigest())\n")
    docs = [str(p) for p in DOCS[:5]] + [
        str(ROOT / "evaluation" / "corpus_articles" / "texts" / "a15_cls_dianbao_2026_04_16.txt")]
    outs = []
    for seed in ("5", "6", "8"):
        env = {**__import__("os").environ, "PYTHONHASHSEED": seed}
        r = subprocess.run([sys.executable, "-c", script, *docs], env=env, cwd=ROOT,
                           capture_output=True, text=True, check=True)
        outs.append(r.stdout)
    assert len(outs[0].splitlines()) == len(docs)
    assert outs[0] == outs[1] == outs[2]


def test_a_story_joined_before_a_numbered_digest_keeps_its_figures():
    """c12 (one securities report, 24 lines) joined before c130 (a morning digest of numbered
    items): the upload is read as a digest, and the report's paragraphs above its first item
    were a site header outside every article, 32 figures lost (analysis.articles._lead_page)."""
    texts = ROOT / "evaluation" / "corpus" / "texts"
    ta = (texts / "c12_dongcai_zhengquan_2022h1.txt").read_text(encoding="utf-8")
    tb = (texts / "c130_wind_zaocan_gongsi_2024_08_29.txt").read_text(encoding="utf-8")
    alone_a, alone_b = figures(run(ta)), figures(run(tb))
    text = ta.rstrip("\n") + "\n\n" + tb
    inds = run(text)
    spans_point_into(text, inds)
    assert len(alone_a) >= 20
    assert figures(inds) == alone_a + alone_b
