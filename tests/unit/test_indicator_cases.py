"""Forms of issue 12 as a data table (tests/unit/data/indicator_cases.tsv): numbers in words and
mixed forms, changes, ranks and completion as written across China, and the added taxonomy
keys. Each case is one sentence; its rows are every record it must give, in text order. The
optional columns region and subject are checked where a row fills them ('-' for null)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis import articles, layout, segment
from analysis.indicators import extract

TABLE = Path(__file__).resolve().parent / "data" / "indicator_cases.tsv"


def _cases() -> dict[str, tuple[str, list[dict]]]:
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    cases: dict[str, tuple[str, list[dict]]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        text = row["text"] or cases[row["case"]][0]
        cases.setdefault(row["case"], (text, []))[1].append(row)
    return cases


def _num(s: str):
    return float(s) if s else None


def expected(row: dict) -> dict:
    change = None
    if row["change"]:
        parts = row["change"].split()
        change = {"direction": parts[0],      # ('-': no value, 较上年翻一番)
                  "value": None if parts[1] == "-" else float(parts[1]),
                  "unit": None if parts[2] == "-" else parts[2],
                  "basis": parts[3] if len(parts) > 3 else None}
    out = {"text": row["span"], "value": _num(row["value"]), "unit": row["unit"] or None,
           "approx": row["approx"] == "true", "change": change, "rank": row["rank"] or None,
           "completion": _num(row["completion"]), "canonical": row["canonical"] or None}
    for k in CONTEXT:             # region / subject: checked where the row gives one ('-': null)
        if row.get(k):
            out[k] = None if row[k] == "-" else row[k]
    return out


CONTEXT = ("region", "subject")


def actual(ind) -> dict:
    c = ind.change
    return {"text": ind.text, "value": ind.value, "unit": ind.unit, "approx": ind.approx,
            "change": None if c is None else {"direction": c.direction, "value": c.value,
                                              "unit": c.unit, "basis": c.basis},
            "rank": ind.rank, "completion": ind.completion, "canonical": ind.canonical}


CASES = _cases()


def test_the_table_is_read():
    assert len(CASES) >= 45
    assert all(rows for _, rows in CASES.values())


@pytest.mark.parametrize("case", list(CASES))
def test_form(case):
    text, rows = CASES[case]
    c = layout.clean(text)
    s = segment.sentences(c.text)
    inds = extract(c, s, articles.split(c, s))
    for ind in inds:
        assert text[ind.span[0]:ind.span[1]] == ind.text
    want = [expected(r) for r in rows]
    got = [actual(i) for i in inds]
    for g, i, w in zip(got, inds, want):
        for k in CONTEXT:
            if k in w:
                g[k] = getattr(i, k)
    assert got == want


# sentences that hold no figure at all (the case table's rows are records): a base year after
# 收入比 (a38), a fraction comparing a city with others, as 是上年的2倍 (c20), a category's line
NO_FIGURE = [
    "目标包括2020年国内生产总值和城乡居民人均收入比2010年翻一番。",
    "蚌埠2021年前三季度GDP位居全省第8位,长三角41个市中第30位,仅为宁波的1/6、合肥的1/5,芜湖的1/2。",
    # a line drawn with 以下 (seed 003's notes): the category, not a figure
    "34.“小升规”企业:是指规模以下小微企业(即年主营业务收入2000万元以下的企业)转型升级为规模以上企业。",
    # a plan's structure and the measures a government issues (stops.yaml after): how a plan or a
    # report is laid out, not a statistic
    "规划纲要从创新、协调、绿色、开放、共享、安全6个维度设置了25项主要指标，其中12个预期性指标、6个约束性指标。",
    "全年出台32项支持政策，建立120项年度任务清单，开展8项重点事项攻坚。",
    "一年来，主要做了5个方面工作。",
    # 千万/一万 as words (never, one in ten thousand), not a level passed (上海突破了四万亿 is)
    "千万不要忘记，万一出错就来不及了。",
    # a time naming a place or a service (units 小时, 分钟: patterns._TIME_NAMED)
    "积极构建便捷高效的15分钟便民生活圈。",
    "全市公园实现24小时开放。",
    "4号机组顺利通过168小时满负荷试运行。",
    # the set a place is the only one of, and the level (with its mark) drawing the category
    "深圳是15个副省级城市中唯一一个突破3万亿大关的城市。",
    # a panel of cities named (百城首套房贷平均利率), not a count of cities (超百城 is)
    "贝壳研究院数据显示，百城首套房贷利率继续下行。",
    # 平 as 平方米 (76.06万平) only: not a draw counted, nor the 平 of 平均 after PM_2.5
    "主队本赛季3胜2平1负。",
    "全年PM_2.5平均浓度持续下降。",
    # P as computing power after a scale only (智算规模22万P), not an air conditioner's size
    "门店主推3P空调。",
    # months as a figure only for a duration measured (审查周期…15.5个月), not a span of time
    "工业增加值连续5个月保持增长。",
    # 一批 with a Chinese numeral is "a batch of" (办成了一批多年…): not a count (60多批参观者 is)
    "十年来办成了一批多年想办而未办成的大事。",
    # 摄氏度 written out above zero describes a process (零下30摄氏度 is a reading: the case table)
    "刚出炉的红焦需要由1000多摄氏度的高温降低到150多摄氏度。",
]


@pytest.mark.parametrize("text", NO_FIGURE)
def test_no_figure(text):
    c = layout.clean(text)
    s = segment.sentences(c.text)
    assert [i.text for i in extract(c, s, articles.split(c, s))] == []


def test_income_ratio_value_and_its_change():
    # 比值为2.81 (a ratio, no unit), 比上年缩小0.06: the ratio's change, in the ratio's own terms
    text = "城乡居民人均可支配收入比值为2.81，比上年缩小0.06。"
    c = layout.clean(text)
    s = segment.sentences(c.text)
    got = [actual(i) for i in extract(c, s, articles.split(c, s))]
    assert [(g["text"], g["value"], g["unit"], g["change"]) for g in got] == [
        ("2.81", 2.81, None, {"direction": "down", "value": 0.06, "unit": None, "basis": "比上年"})]
