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
