"""A company's registered name set by where it stands (c197: 在珠贝产业园中的江西樱翔贝壳马赛克有限公司,
水磨机快速旋转): the name is the company's alone, the place it stands in is no part of it."""
from __future__ import annotations

from analysis.indicators import engine


def test_name_after_where_it_stands():
    m = engine._SCENE_NAME.search("在珠贝产业园中的江西樱翔贝壳马赛克有限公司，水磨机快速旋转")
    assert m is not None and m.group("org") == "江西樱翔贝壳马赛克有限公司"
