"""Line roles (analysis/lineroles.py) on real lines: a data table drives the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis import lineroles
from analysis.layout import normalize

TABLE = Path(__file__).resolve().parent / "data" / "lineroles.tsv"


def _cases() -> list[tuple[str, str | None, str]]:
    out = []
    for raw in TABLE.read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        line, role, source = raw.split("\t")
        out.append((line, None if role == "-" else role, source))
    return out


CASES = _cases()


def test_the_table_covers_every_role_and_plain_lines():
    roles = {r for _, r, _ in CASES}
    assert set(lineroles.ROLES) <= roles and None in roles


@pytest.mark.parametrize("line,role,source", CASES, ids=[f"{src}:{ln[:12]}" for ln, _, src in CASES])
def test_role_of_a_real_line(line, role, source):
    assert lineroles.role(normalize(line)) == role


def test_repost_title_points_into_the_line():
    line = normalize("原标题：1-7月西安市经济 延续稳定恢复态势")
    s, e = lineroles.repost_title(line)
    assert line[s:e] == "1-7月西安市经济 延续稳定恢复态势"
    assert lineroles.repost_title(normalize("工业生产平稳向好")) is None


@pytest.mark.parametrize("para,byline", [
    ("21世纪经济报道记者赵子健 北京报道 海关总署3月7日公布的数据显示，今年前2个月我国进出口总值6.2万亿元。",
     "21世纪经济报道记者赵子健 北京报道"),
    ("海关数据显示，2022年1-2月，我国进出口总值6.2万亿元，同比增长13.3%。", ""),
    ("记者综合市场数据发现，实木家具比去年同期没有出现明显增长。", ""),
])
def test_byline_opening_a_paragraph(para, byline):
    p = normalize(para)
    assert p[:lineroles.leading_byline(p)].strip() == byline


# --- the byline's cheap test in role's fast path (speed only): never a different role -------

_ROOT = Path(__file__).resolve().parents[2]


def _slow_role(line: str) -> str | None:
    """``role`` without its fast path: every test, in order."""
    t = line.strip()
    return next((n for n in lineroles.ROLES if lineroles._TESTS[n](t)), None) if t else None


def test_role_as_its_tests_on_real_lines_and_sentences():
    # every line and every sentence of the seeds, the corpus texts and pages and the evaluation
    # texts: the fast path (with the byline tried only where it may match) answers as the tests
    from analysis import layout, segment
    files = [*sorted((_ROOT / "seeds").glob("*.txt")),
             *sorted((_ROOT / "evaluation" / "corpus" / "texts").glob("*.txt")),
             *sorted((_ROOT / "evaluation" / "corpus_articles" / "texts").glob("*.txt")),
             *sorted((_ROOT / "evaluation" / "texts").glob("*.txt"))]
    assert len(files) > 200
    seen, bylines = 0, 0
    for p in files:
        text = layout.clean(p.read_text("utf-8", errors="replace")).text
        for t in text.split("\n") + [text[a:b] for a, b in segment.sentences(text)]:
            got = lineroles.role(t)
            assert got == _slow_role(t), t
            seen += 1
            bylines += got == "byline"
    assert seen > 20_000 and bylines > 50     # the byline rule itself is reached


def test_needs_hold_for_every_byline_and_source_line():
    # what _may asks (read from _BYLINE's and _SOURCE's patterns) holds for every line they
    # match: the table's lines, and lines built from their parts
    import random
    assert lineroles._BYLINE_NEEDS is not None and lineroles._SOURCE_NEEDS is not None
    rng = random.Random(15)
    bits = ["文", "作者", "记者", "本报记者", "通讯员", "■", "◎", " ", "|", "丨", ":", "、", "(", ")",
            "《人民日报》", "(2025年07月15日第 10 版)", "北京报道", "发自北京", "新华社", "张三", "李四",
            "王 明", "21世纪经济报道", "·", "撰文", "图文", "综合", "来源", "发布时间", "2022-04-26",
            "10:23", "08-31", "原创", "版权所有", "未经许可", "转载", "首页", ">", "当前位置", "完",
            "延伸阅读", "摘自", "电", "月", "日", "年", "4", "12"]
    lines = [line for line, _, _ in CASES]
    lines += ["".join(rng.choice(bits) for _ in range(rng.randint(1, 8))) for _ in range(30_000)]
    matched = {"byline": 0, "source": 0}
    for t in lines:
        for name, rx, needs in (("byline", lineroles._BYLINE, lineroles._BYLINE_NEEDS),
                                ("source", lineroles._SOURCE, lineroles._SOURCE_NEEDS)):
            if rx.match(t):
                matched[name] += 1
                assert lineroles._may(t, needs), (name, t)
    assert min(matched.values()) > 300


def test_needs_read_from_a_pattern():
    import re
    first, inside = lineroles._needs(re.compile(r"^(?:文|作者)\s*:|^\d+(?:记者|通讯员)x|[a-z]+《"))
    assert first == {"文", "作"} and inside is not None
    assert inside.pattern == "《|记者|通讯员"
    assert lineroles._may("作者:张三", (first, inside)) and not lineroles._may("张三说", (first, inside))
    # a branch holding nothing it can read: every line is tried; so is a pattern ignoring case
    assert lineroles._needs(re.compile(r"^(?:文:|\d+)")) is None
    assert lineroles._needs(re.compile(r"^ab", re.IGNORECASE)) is None
    assert lineroles._may("anything", None)


def test_has_role_is_role_equal_to_the_name():
    """has_role tries the role's own test first; it answers as ``role(line) == name`` does,
    for every role, on the table's lines and on the seeds' lines."""
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    lines = [line for line, _, _ in _cases()]
    for path in seeds:
        lines += normalize(path.read_text("utf-8")).splitlines()[:400]
    lines += ["", "   ", "id: 2372989", " url: https://example.com/a ", "www.example.com"]
    for line in lines:
        got = lineroles.role(line)
        for name in lineroles.ROLES:
            assert lineroles.has_role(line, name) == (got == name), (line, name)


def test_a_photo_credit_after_its_short_caption_and_a_follow_on_box_label():
    assert lineroles.role("鲍威尔 图片来源：视觉中国".replace("：", ":")) == "credit"
    assert lineroles.role("延展阅读") == "source"  # a follow-on box inside its story, as 延伸阅读
    assert lineroles.role("他说 图片来源于网络") is None
