"""Statistical tables (issue 12, item 5): one record per figure, name from the row header, unit
and period from the column header or caption, change from a growth column (not a record)."""
from __future__ import annotations

import pytest

from analysis.pipeline import analyze

BULLETIN = """2023年某省国民经济和社会发展统计公报

表1 2023年主要经济指标
指标{s}绝对值(亿元){s}比上年增长(%)
地区生产总值{s}25642.6{s}4.4
第一产业增加值{s}1390.2{s}3.8
规模以上工业增加值{s}—{s}-1.2
一般公共预算收入{s}3479.1{s}-5.0

全年粮食产量1478.1万吨,比上年增长0.5%。
"""


def records(text: str, filename: str = "x.txt", data: bytes | None = None):
    res = analyze(data if data is not None else text.encode(), filename)
    decoded = res._text
    out = []
    for i in res.indicators:
        assert decoded[i.span[0]:i.span[1]] == i.text
        if i.change is not None:
            assert decoded[i.change.span[0]:i.change.span[1]] == i.change.text
        c = i.change
        out.append((i.name, i.value, i.unit, c and (c.direction, c.value, c.unit, c.basis),
                    i.period, i.canonical))
    return out


EXPECTED = [
    ("地区生产总值", 25642.6, "亿元", ("up", 4.4, "%", "比上年"), "2023年", "gdp"),
    ("第一产业增加值", 1390.2, "亿元", ("up", 3.8, "%", "比上年"), "2023年", "primary_value_added"),
    ("规模以上工业增加值", None, None, ("down", 1.2, "%", "比上年"), "2023年",
     "industrial_value_added"),
    ("一般公共预算收入", 3479.1, "亿元", ("down", 5.0, "%", "比上年"), "2023年",
     "public_budget_revenue"),
    ("粮食产量", 1478.1, "万吨", ("up", 0.5, "%", "比上年"), "全年", "grain_output"),
]


@pytest.mark.parametrize("sep", ["\t", " | ", "    ", "\u3000\u3000"],
                         ids=["tabs", "bars", "aligned", "ideographic_blanks"])
def test_text_table(sep):
    assert records(BULLETIN.format(s=sep)) == EXPECTED


def test_markdown_table_with_unit_column_and_period_header():
    t = ("某市2024年1-6月主要经济指标\n\n| 指标名称 | 单位 | 1-6月 | 同比增长% |\n|---|---|---|---|\n"
         "| 地区生产总值 | 亿元 | 1520.3 | 5.2 |\n| 城镇居民人均可支配收入 | 元 | 23456 | 4.8 |\n"
         "| 居民消费价格 | % | — | 0.3 |\n")
    assert records(t) == [
        ("地区生产总值", 1520.3, "亿元", ("up", 5.2, "%", "同比"), "2024年1-6月", "gdp"),
        ("城镇居民人均可支配收入", 23456.0, "元", ("up", 4.8, "%", "同比"), "2024年1-6月",
         "urban_disposable_income"),
        ("居民消费价格", None, None, ("up", 0.3, "%", "同比"), "2024年1-6月", "cpi"),
    ]


def test_caption_unit():
    t = "表2 2023年分地区生产总值(单位:亿元)\n地区\t生产总值\t增速(%)\n甲县\t120.5\t6.1\n乙县\t98.2\t5.4\n"
    got = records(t)
    assert [(n, v, u, c[1]) for n, v, u, c, _, _ in got] == [
        ("甲县", 120.5, "亿元", 6.1), ("乙县", 98.2, "亿元", 5.4)]


def test_html_table_decodes_to_rows():
    html = ("<html><body><p>表1 2023年主要经济指标</p><table>"
            "<tr><th>指标</th><th>绝对值(亿元)</th><th>比上年增长(%)</th></tr>"
            "<tr><td>地区生产总值</td><td>25642.6</td><td>4.4</td></tr>"
            "<tr><td>一般公共预算收入</td><td>3479.1</td><td>-5.0</td></tr>"
            "</table></body></html>").encode()
    got = records("", "x.html", html)
    assert [(n, v, u, c) for n, v, u, c, _, _ in got] == [
        ("地区生产总值", 25642.6, "亿元", ("up", 4.4, "%", "比上年")),
        ("一般公共预算收入", 3479.1, "亿元", ("down", 5.0, "%", "比上年"))]


def test_prose_with_two_blanks_is_not_a_table():
    t = "全市地区生产总值完成164.4亿元,  增长5.7%。\n原煤产量5899.2万吨,增长15.6%。\n"
    assert [(n, v) for n, v, *_ in records(t)] == [("地区生产总值", 164.4), ("原煤产量", 5899.2)]


def test_table_by_region_gives_each_row_its_place():
    t = ("山西省2023年各市主要指标\n\n地区\t地区生产总值(亿元)\t比上年增长(%)\n"
         "太原市\t5573.7\t5.6\n大同市\t1842.5\t4.8\n")
    res = analyze(t.encode(), "x.txt")
    got = [(i.name, i.region, i.value, i.change.value, i.canonical, i.period)
           for i in res.indicators]
    assert got == [("地区生产总值", "太原市", 5573.7, 5.6, "gdp", "2023年"),
                   ("地区生产总值", "大同市", 1842.5, 4.8, "gdp", "2023年")]
    assert all(i.period_norm is not None and i.period_norm.start == "2023-01"
               for i in res.indicators)


def test_unit_column_holds_any_unit_and_caption_not_the_paragraph_before():
    t = ("全年全部工业增加值3407.46亿元,比上年增长6.9%。\n"
         "表3 2025年规模以上工业企业主要工业产品产量\n产品名称 | 单位 | 产量 | 比上年增长(%)\n"
         "啤酒 | 万千升 | 5.29 | -10.4\n鞋 | 万双 | 852.26 | 3.1\n")
    assert records(t)[1:] == [
        ("啤酒", 5.29, "万千升", ("down", 10.4, "%", "比上年"), "2025年", None),
        ("鞋", 852.26, "万双", ("up", 3.1, "%", "比上年"), "2025年", None),
    ]


def test_caption_naming_a_growth_makes_every_figure_a_change():
    t = ("价格总水平温和。\n表1 2025年市区居民消费价格比上年涨跌幅度\n指 标 | 市 区(%)\n"
         "居民消费价格 | 0.2\n食品烟酒 | -0.4\n衣着 | 0.0\n")
    assert records(t) == [
        ("居民消费价格", None, None, ("up", 0.2, "%", "比上年"), "2025年", "cpi"),
        ("食品烟酒", None, None, ("down", 0.4, "%", "比上年"), "2025年", None),
        ("衣着", None, None, ("flat", 0.0, "%", "比上年"), "2025年", None),
    ]


def test_growth_over_year_end_is_the_basis():
    t = ("表8 2025年末全部金融机构本外币存贷款情况\n指 标 | 年末数(万元) | 比上年末增长(%)\n"
         "各项存款 | 263797840 | 4.6\n各项贷款 | 261605236 | 1.3\n")
    assert [(n, v, u, c, p) for n, v, u, c, p, _ in records(t)] == [
        ("各项存款", 263797840.0, "万元", ("up", 4.6, "%", "比上年末"), "2025年末"),
        ("各项贷款", 261605236.0, "万元", ("up", 1.3, "%", "比上年末"), "2025年末"),
    ]


def test_two_level_header_pairs_each_figure_with_its_own_growth():
    # the first rows of evaluation/corpus/texts/c21_guangdong_geshi_gdp_2025.txt (广东省统计局):
    # 总量 and 增长 each span the same four sub-columns; the rows are places
    t = ("2025年各市地区生产总值初步核算结果\n地区 | 总量（亿元） | 增长（%）\n"
         "地区生产总值 | 第一产业 | 第二产业 | 第三产业 | 地区生产总值 | 第一产业 | 第二产业 | 第三产业\n"
         "广州市 | 32039.46 | 317.02 | 7710.27 | 24012.17 | 4.0 | 3.3 | 1.6 | 4.8\n"
         "深圳市 | 38731.80 | 28.04 | 14482.54 | 24221.22 | 5.5 | -4.5 | 4.1 | 6.3\n")
    res = analyze(t.encode(), "x.txt")
    got = [(i.region, i.name, i.value, i.unit, i.change and (i.change.direction, i.change.value),
            i.canonical, i.period) for i in res.indicators]
    assert got[:4] == [
        ("广州市", "地区生产总值", 32039.46, "亿元", ("up", 4.0), "gdp", "2025年"),
        ("广州市", "第一产业增加值", 317.02, "亿元", ("up", 3.3), "primary_value_added", "2025年"),
        ("广州市", "第二产业增加值", 7710.27, "亿元", ("up", 1.6), "secondary_value_added", "2025年"),
        ("广州市", "第三产业增加值", 24012.17, "亿元", ("up", 4.8), "tertiary_value_added", "2025年"),
    ]
    assert got[5] == ("深圳市", "第一产业增加值", 28.04, "亿元", ("down", 4.5),
                      "primary_value_added", "2025年")
    assert len(got) == 8   # the growth cells are changes, not records


# a company's results page (c62): a label | amount table with no header and no unit (a decimal
# point misprinted as a comma), then a titled route table whose header opens with a bar over
# the figure columns only: this year | last year | change, twice
RESULTS = """解读半年报
集团完成重箱量为3,897,282TEU。
主要财务数据（2013年1-6月）
营业收入 | 15,857,264,940,40
净利润 | -1,265,650,465,86
总资产 | 50,176,494,102.13
收入明细列表
| 今年上半年(TEU) | 去年上半年(TEU) | 变动幅度 | 今年上半年收入(千元) | 去年上半年收入(千元) | 变动幅度
太平洋航线 | 640,131 | 637,226 | 0.5% | 4,738,630 | 4,719,399 | 0.4%
欧地线 | 722,023 | 678,979 | 6.3% | 3,795,945 | 4,045,087 | -6.2%
"""


def test_label_amount_table_and_route_table_with_this_and_last_year():
    got = records(RESULTS)
    assert ("营业收入", 15857264940.4, None, None, "2013年1-6月", None) in got
    assert ("净利润", -1265650465.86, None, None, "2013年1-6月", None) in got
    assert ("太平洋航线", 640131, "TEU", ("up", 0.5, "%", None), "今年上半年", None) in got
    assert ("太平洋航线", 637226, "TEU", None, "去年上半年", None) in got
    assert ("欧地线", 3795945, "千元", ("down", 6.2, "%", None), "今年上半年", None) in got
    assert ("欧地线", 4045087, "千元", None, "去年上半年", None) in got
    assert [r for r in got if r[1] == 3897282][0][2] == "TEU"
    assert len(got) == 1 + 3 + 8


def test_route_table_cut_by_a_narrow_column_is_read_the_same():
    from evaluation.properties import column_wrap
    assert sorted(map(repr, records(column_wrap(RESULTS)))) == sorted(map(repr, records(RESULTS)))


def test_caption_period_is_reported_as_written():
    # 宝鸡市2024年统计公报 表2: the caption writes a full-width dash; the period is its words
    t = ("表2　 2024年1－12月全市工业主要产品产量\n产　 品　 名　 称 | 计量单位 | 累计产量 | 累计增长％\n"
         "小麦粉 | 万吨 | 49.4 | －8.6\n乳制品 | 万吨 | 21.5 | －3.0\n")
    got = records(t)
    assert [(n, v, u, c[1], p) for n, v, u, c, p, _ in got] == [
        ("小麦粉", 49.4, "万吨", 8.6, "2024年1－12月"), ("乳制品", 21.5, "万吨", 3.0, "2024年1－12月")]


def test_caption_under_the_table_after_a_body_paragraph():
    # 济源市2020年预算执行报告: the paragraph above the table is body text (its 当年结余 is not
    # the table's period); the numbered caption under the table gives unit and period
    t = ("（四）社会保险基金预算执行情况\n"
         "全市社会保险基金预算支出31.8亿元，完成预算的103.3%；收支相抵，当年结余-5.9亿元，累计结余16.5亿元。\n"
         "项 目 | 收入 | 支出 | 当年结余 | 累计结余\n"
         "企业职工基本养老保险基金 | 8.2 | 14.1 | -5.9 | 2.9\n"
         "合计 | 25.9 | 31.8 | -5.9 | 16.5\n"
         "图表3：2020年全市社会保险基金预算执行情况（单位：亿元）\n（五）政府债务情况\n"
         "2020年底全市政府债务余额87.9亿元。\n")
    cells = [(n, v, u, p, k) for n, v, u, _, p, k in records(t)][3:-1]
    # (the heading under the caption is not the caption's: 合计 is no debt balance)
    assert cells == [("企业职工基本养老保险基金", v, "亿元", "2020年", None)
                     for v in (8.2, 14.1, -5.9, 2.9)] \
        + [("合计", v, "亿元", "2020年", None) for v in (25.9, 31.8, -5.9, 16.5)]
