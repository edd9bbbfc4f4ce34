"""Indicator extraction, one row per phenomenon of issue 4; every row asserts full records."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis import articles, layout, segment
from analysis.indicators import extract

KEYS = {"gdp", "primary_value_added", "secondary_value_added", "tertiary_value_added",
        "industrial_value_added", "industrial_output", "industrial_revenue", "industrial_profit",
        "fixed_asset_investment", "retail_sales", "retail_sales_above_quota",
        "public_budget_revenue", "public_budget_expenditure", "tax_revenue",
        "urban_disposable_income", "rural_disposable_income", "raw_coal_output",
        "power_generation", "grain_output", "loan_balance", "deposit_balance", "foreign_trade",
        "new_urban_jobs", "rural_labor_transfer", "new_market_entities", "tourist_arrivals",
        "tourism_revenue", "good_air_days", "pm25", "key_projects", "utilized_investment"}
FIELDS = ("value", "unit", "approx", "change", "rank", "completion", "canonical", "period",
          "region")


def run(text: str):
    c = layout.clean(text)
    s = segment.sentences(c.text)
    return extract(c, s, articles.split(c, s)), text


def rec(text, value=None, unit=None, approx=False, change=None, rank=None, completion=None,
        canonical=None, period=None, region=None):
    return {"text": text, "value": value, "unit": unit, "approx": approx, "change": change,
            "rank": rank, "completion": completion, "canonical": canonical, "period": period,
            "region": region}


def ch(direction, value, unit, basis=None):
    return {"direction": direction, "value": value, "unit": unit, "basis": basis}


def actual(ind):
    d = {"text": ind.text}
    for f in FIELDS:
        v = getattr(ind, f)
        if f == "change" and v is not None:
            v = {"direction": v.direction, "value": v.value, "unit": v.unit, "basis": v.basis}
        d[f] = v
    return d


P = "平鲁区上半年经济运行\n"   # an article title giving the region

CASES = [
    ("gdp_value_change_rank",
     P + "地区生产总值完成164.4亿元,增长5.7%,增幅全市第一……上半年,数据亮眼。",
     [rec("164.4亿元", 164.4, "亿元", change=ch("up", 5.7, "%"), rank="增幅全市第一",
          canonical="gdp", period="上半年", region="平鲁区")]),
    ("change_only_rank",
     P + "上半年,规模以上工业增加值增长9.5%,排名全市第一。",
     [rec("9.5%", change=ch("up", 9.5, "%"), rank="排名全市第一",
          canonical="industrial_value_added", period="上半年", region="平鲁区")]),
    ("change_only_down_pm25",
     "朔州市环境质量公报\n今年以来,全市PM2.5浓度下降4.2%。",
     [rec("4.2%", change=ch("down", 4.2, "%"), canonical="pm25", period="今年以来",
          region="朔州市")]),
    ("basis_tongbi_down",
     "洪洞县2022年经济运行\n2022年,全县原煤产量2.1亿吨,同比降低2.9%。",
     [rec("2.1亿吨", 2.1, "亿吨", change=ch("down", 2.9, "%", "同比"),
          canonical="raw_coal_output", period="2022年", region="洪洞县")]),
    ("absolute_change_basis",
     P + "上半年,各银行机构贷款余额78.1亿元,较年初增加5.2亿元。",
     [rec("78.1亿元", 78.1, "亿元", change=ch("up", 5.2, "亿元", "较年初"),
          canonical="loan_balance", period="上半年", region="平鲁区")]),
    ("percentage_points",
     P + "上半年,全区一般公共预算收入同比上升95.2个百分点。",
     [rec("95.2个百分点", change=ch("up", 95.2, "百分点", "同比"),
          canonical="public_budget_revenue", period="上半年", region="平鲁区")]),
    ("distribution_two_quantities",
     "平鲁区旅游\n全年接待游客936万人次、门票收入9300万元,同比分别增长13.4%和6.9%。",
     [rec("936万人次", 936, "万人次", change=ch("up", 13.4, "%", "同比"),
          canonical="tourist_arrivals", period="全年", region="平鲁区"),
      rec("9300万元", 9300, "万元", change=ch("up", 6.9, "%", "同比"), period="全年",
          region="平鲁区")]),
    ("distribution_urban_rural",
     P + "今年以来,城乡居民收入分别达到15393元、5344元,分别增长5.3%、5.6%。",
     [rec("15393元", 15393, "元", change=ch("up", 5.3, "%"),
          canonical="urban_disposable_income", period="今年以来", region="平鲁区"),
      rec("5344元", 5344, "元", change=ch("up", 5.6, "%"),
          canonical="rural_disposable_income", period="今年以来", region="平鲁区")]),
    ("two_quantities_one_phrase",
     P + "上半年,全区\u201c六税两费\u201d共减免1324户485.3万元。",
     [rec("1324户", 1324, "户", period="上半年", region="平鲁区"),
      rec("485.3万元", 485.3, "万元", period="上半年", region="平鲁区")]),
    ("completion",
     P + "今年以来,全区新增城镇就业1728人,完成年度目标任务61.71%。",
     [rec("1728人", 1728, "人", completion=61.71, canonical="new_urban_jobs",
          period="今年以来", region="平鲁区")]),
    ("approx_yu_wanyuan",
     P + "今年以来,发放贷款3000余万元。",
     [rec("3000余万元", 3000, "万元", approx=True, period="今年以来", region="平鲁区")]),
    ("approx_duo_hu_and_zuoyou_mu",
     P + "今年店湾村80多户村民签订协议,一次性流转土地5000亩左右。",
     [rec("80多户", 80, "户", approx=True, period="今年", region="平鲁区"),
      rec("5000亩左右", 5000, "亩", approx=True, period="今年", region="平鲁区")]),
    ("approx_yishang_percent",
     P + "平鲁区把81%以上的财力用于民生领域支出。",
     [rec("81%以上", 81, "%", approx=True, region="平鲁区")]),
    ("approx_tupo_days",
     "朔州市生态环境\n2022年,全市空气质量优良天数突破300天。",
     [rec("300天", 300, "天", approx=True, canonical="good_air_days", period="2022年",
          region="朔州市")]),
    ("chinese_numerals",
     "朔州市固废利用\n如今,全市固废综合利用产品拓展到七大类二百多个产品种类,新增公交车百辆。",
     [rec("二百多个", 200, "个", approx=True, region="朔州市"),
      rec("百辆", 100, "辆", region="朔州市")]),
    ("units_energy_mass",
     P + "上半年,原煤产量5899.2万吨,增长15.6%;发电量126.6亿千瓦时,增长33.9%。",
     [rec("5899.2万吨", 5899.2, "万吨", change=ch("up", 15.6, "%"),
          canonical="raw_coal_output", period="上半年", region="平鲁区"),
      rec("126.6亿千瓦时", 126.6, "亿千瓦时", change=ch("up", 33.9, "%"),
          canonical="power_generation", period="上半年", region="平鲁区")]),
    ("period_month_range_and_region_subject",
     "消费回暖\n最新公布的数据显示,1—6月份,平鲁区社会消费品零售总额18.6亿元,增长0.1%,增幅全市第一。",
     [rec("18.6亿元", 18.6, "亿元", change=ch("up", 0.1, "%"), rank="增幅全市第一",
          canonical="retail_sales", period="1—6月份", region="平鲁区")]),
    ("period_year_months_change_only",
     "朔州市经济综述\n全市固定资产投资增幅在2021年全省第一的基础上,2022年1—11月增长9.9%,继续保持全省第一。",
     [rec("9.9%", change=ch("up", 9.9, "%"), rank="保持全省第一",
          canonical="fixed_asset_investment", period="2022年1—11月", region="朔州市")]),
    ("period_jiezhi",
     "朔州市能源保供\n截至2022年10月底,全市煤炭保供完成1.7779亿吨。",
     [rec("1.7779亿吨", 1.7779, "亿吨", period="截至2022年10月底", region="朔州市")]),
    ("period_from_paragraph_carried",
     "洪洞县就业\n今年以来,洪洞县积极落实就业政策。全县农村劳动力转移就业2395人。",
     [rec("2395人", 2395, "人", canonical="rural_labor_transfer", period="今年以来",
          region="洪洞县")]),
    ("not_indicators",
     P + "8月19日10时,中电神头发电公司上大压小2×100万千瓦项目4号机组通过168小时试运行,"
         "落实国务院\u201c33条\u201d,开展六个专项行动,打造九大产业链,实施《2022年行动计划》。"
         "(下转第三版)第3名,年满60岁。",
     []),
    ("line_break_inside_number",
     P + "上半年,原煤产量58\n99.2万吨,增长15\n.6%。",
     [rec("58\n99.2万吨", 5899.2, "万吨", change=ch("up", 15.6, "%"),
          canonical="raw_coal_output", period="上半年", region="平鲁区")]),
    ("line_break_inside_sentence_fullwidth",
     P + "上半年，全区一般公共预算收入\n13.6亿元，增长103％，增幅全市第一。",
     [rec("13.6亿元", 13.6, "亿元", change=ch("up", 103, "%"), rank="增幅全市第一",
          canonical="public_budget_revenue", period="上半年", region="平鲁区")]),
    ("synonym_guishang",
     "太原市工业\n2022年,规上工业增加值同比增长6.1%,规模以上工业企业增加值增速居全省前列。",
     [rec("6.1%", change=ch("up", 6.1, "%", "同比"), canonical="industrial_value_added",
          period="2022年", region="太原市")]),
    ("bulletin_style",
     "山西省统计公报\n全年全省地区生产总值25642.6亿元,比上年增长4.4%。",
     [rec("25642.6亿元", 25642.6, "亿元", change=ch("up", 4.4, "%", "比上年"),
          canonical="gdp", period="全年", region="山西省")]),
    ("chinese_numeral_with_scale_and_chinese_percent",
     "右玉县经济\n全年实现旅游总收入二十亿元,新建高标准农田两万亩,PM2.5平均浓度同比下降百分之八。",
     [rec("二十亿元", 20, "亿元", canonical="tourism_revenue", period="全年", region="右玉县"),
      rec("两万亩", 2, "万亩", period="全年", region="右玉县"),
      rec("百分之八", change=ch("down", 8, "%", "同比"), canonical="pm25", period="全年",
          region="右玉县")]),
    ("rank_compound_and_flat",
     "右玉县经济\n全年地区生产总值完成86.3亿元,同比增长6.2%,增速居全市第二;实际利用外资2.4亿美元,与上年持平。",
     [rec("86.3亿元", 86.3, "亿元", change=ch("up", 6.2, "%", "同比"), rank="增速居全市第二",
          canonical="gdp", period="全年", region="右玉县"),
      rec("2.4亿美元", 2.4, "亿美元", change=ch("flat", None, None, "与上年"),
          canonical="actual_foreign_investment", period="全年", region="右玉县")]),
    ("period_year_end_and_month",
     "晋中市金融\n年末各项存款余额4865.2亿元,比年初增加398.7亿元。\n9月份,全市发电量28.6亿千瓦时,环比增长3.5%。",
     [rec("4865.2亿元", 4865.2, "亿元", change=ch("up", 398.7, "亿元", "比年初"),
          canonical="deposit_balance", period="年末", region="晋中市"),
      rec("28.6亿千瓦时", 28.6, "亿千瓦时", change=ch("up", 3.5, "%", "环比"),
          canonical="power_generation", period="9月份", region="晋中市")]),
    ("parenthesis_in_name_and_qualified_head",
     "山西省统计公报\n全年全省固定资产投资（不含农户）比上年增长6.5％。规上工业企业营业收入4.3万亿元,增长9.5%;利润总额4289.0亿元,下降5.1%。",
     [rec("6.5％", change=ch("up", 6.5, "%", "比上年"), canonical="fixed_asset_investment",
          period="全年", region="山西省"),
      rec("4.3万亿元", 4.3, "万亿元", change=ch("up", 9.5, "%"), canonical="industrial_revenue",
          period="全年", region="山西省"),
      rec("4289.0亿元", 4289.0, "亿元", change=ch("down", 5.1, "%"),
          canonical="industrial_profit", period="全年", region="山西省")]),
    ("threshold_and_second_order_change",
     "祁县项目建设\n截至6月底,全县累计引进项目26个,其中5亿元以上项目4个。贷款余额158.3亿元,比年初增加12.4亿元,同比多增1.5亿元。",
     [rec("26个", 26, "个", period="截至6月底", region="祁县"),
      rec("4个", 4, "个", period="截至6月底", region="祁县"),
      rec("158.3亿元", 158.3, "亿元", change=ch("up", 12.4, "亿元", "比年初"),
          canonical="loan_balance", period="截至6月底", region="祁县")]),
    ("reported_speech_counts_slogans_do_not",
     '长治市\n他说:"三十年前,厂里一年只能生产300台拖拉机。"全市开展"十大行动"。',
     [rec("300台", 300, "台", region="长治市")]),
    ("differences_and_capacities_are_not_indicators",
     "吕梁市氢能\n千方百计扩大投资,增速比上半年加快0.8个百分点,计划建成年产30万辆、一期年产3万辆氢能汽车制造项目。",
     []),
    # --- general fixes after the blind run (sentences composed for these tests) ---
    ("flat_change_after_approx_basis_tongqi",
     "洪洞县10月经济\n10月份,全县发电量3.2亿千瓦时左右,与去年同期持平。",
     [rec("3.2亿千瓦时左右", 3.2, "亿千瓦时", approx=True, change=ch("flat", None, None, "与去年同期"),
          canonical="power_generation", period="10月份", region="洪洞县")]),
    ("approx_word_inside_change_and_month_end_period",
     P + "6月末,全区各项存款余额210.5亿元,比年初增加近12亿元。",
     [rec("210.5亿元", 210.5, "亿元", change=ch("up", 12.0, "亿元", "比年初"),
          canonical="deposit_balance", period="6月末", region="平鲁区")]),
    ("quarter_period_arabic",
     "朔州市旅游\n第2季度,全市接待游客310万人次,同比增长9%。",
     [rec("310万人次", 310, "万人次", change=ch("up", 9, "%", "同比"),
          canonical="tourist_arrivals", period="第2季度", region="朔州市")]),
    ("rank_among_peers_as_written",
     P + "上半年,全区社会消费品零售总额增长7.2%,居各县（区）第二位;原煤产量3120万吨,居全市第3位。",
     [rec("7.2%", change=ch("up", 7.2, "%"), rank="居各县（区）第二位", canonical="retail_sales",
          period="上半年", region="平鲁区"),
      rec("3120万吨", 3120, "万吨", rank="居全市第3位", canonical="raw_coal_output",
          period="上半年", region="平鲁区")]),
    ("denominator_after_mei_is_not_a_figure",
     P + "上半年,全区规上工业企业每百元资产实现的营业收入为86.5元。",
     [rec("86.5元", 86.5, "元", period="上半年", region="平鲁区")]),
    ("gap_between_growth_rates_is_not_a_figure",
     P + "上半年,全区固定资产投资增长12.3%,增幅较一季度提高2.1个百分点。",
     [rec("12.3%", change=ch("up", 12.3, "%"), canonical="fixed_asset_investment",
          period="上半年", region="平鲁区")]),
    ("trade_component_not_total_trade_key",
     "侯马市外贸\n今年以来,全市进出口总额52.3亿元,其中一般贸易进出口40.1亿元。",
     [rec("52.3亿元", 52.3, "亿元", canonical="foreign_trade", period="今年以来", region="侯马市"),
      rec("40.1亿元", 40.1, "亿元", period="今年以来", region="侯马市")]),
    ("flat_growth_of_the_figure",   # (c41, a bulletin's profits by industry)
     "济源市统计公报\n2024年,利润总额居前10位的行业有:有色金属冶炼及压延加工业28.7亿元,增速与上年持平。",
     [rec("28.7亿元", 28.7, "亿元", change=ch("flat", None, None, "与上年"), period="2024年",
          region="济源市")]),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CASES],
                         ids=[c[0] for c in CASES])
def test_indicators(text, expected):
    inds, original = run(text)
    for ind in inds:
        assert ind.text == original[ind.span[0]:ind.span[1]]
    assert [actual(i) for i in inds] == expected


def test_normalized_and_sentence():
    inds, original = run(P + "地区生产总值完成164.4亿元,增长5.7%。PM2.5浓度下降4.2%。")
    gdp = inds[0]
    assert gdp.normalized.value == 16440000000.0 and gdp.normalized.unit == "元"
    assert gdp.sentence == "地区生产总值完成164.4亿元,增长5.7%。"
    assert gdp.article == 0
    assert gdp.change.text == "5.7%" and original[slice(*gdp.change.span)] == "5.7%"
    assert inds[1].normalized is None


# keys added for national and provincial bulletins (issue 12), beside the contract's
ADDED_KEYS = {"cpi", "ppi", "urban_unemployment_rate", "resident_population", "urbanization_rate",
              "total_social_financing", "actual_foreign_investment", "energy_per_unit_gdp",
              "per_capita_gdp", "per_capita_disposable_income", "per_capita_consumption",
              "exports", "imports", "real_estate_investment", "government_fund_revenue",
              "government_fund_expenditure", "government_debt_balance"}


def test_taxonomy_is_data():
    from analysis.indicators import data
    assert KEYS <= set(data.KEYS)          # every contract key stays
    assert set(data.KEYS) == KEYS | ADDED_KEYS
    assert "industrial_value_added" in data.KEYS
    assert ("规上工业增加值", "industrial_value_added") in data.SYNONYMS
    assert ("财政收入", "public_budget_revenue") in data.SYNONYMS
    # which keys are core is data too: a field per key
    assert {"gdp", "cpi", "per_capita_disposable_income"} <= set(data.CORE_KEYS)
    assert "government_debt_balance" not in data.CORE_KEYS
    assert all(isinstance(k.core, bool) for k in data.KEYS.values())


SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seed_spans_point_at_the_original(path):
    """Through the real pipeline: every span and change span is the decoded text's characters,
    records are sorted, their article holds them, and they validate against the models."""
    from analysis.models import Indicator
    from analysis.pipeline import analyze

    data = path.read_bytes()
    res = analyze(data, path.name)
    decoded = data.decode("utf-8")
    assert res.indicators, "every seed holds figures"
    spans = [i.span for i in res.indicators]
    assert spans == sorted(spans)
    for ind in res.indicators:
        s, e = ind.span
        assert decoded[s:e] == ind.text and ind.text
        if ind.change is not None and ind.change.span is not None:
            cs, ce = ind.change.span
            assert decoded[cs:ce] == ind.change.text
        a = res.articles[ind.article]
        assert a.span[0] <= s < a.span[1]
        assert ind.canonical is None or ind.canonical in KEYS | ADDED_KEYS
        Indicator.model_validate(ind.model_dump())


def test_a_paragraph_of_places_takes_the_articles_last_keyed_metric():
    """News comparing cities: a paragraph that opens with 南京以…亿元位居… or a clause naming
    only places (宁波和青岛这两个计划单列市都超过了…) ranks them by the metric named before, when
    its unit fits; a count after a list of names (万安3座煤矿) takes nothing."""
    got = [(i.text, i.name, i.canonical) for i in run(
        "杭州上半年GDP达到了8646亿元。\n南京以7622.77亿元位居副省级城市第六位。"
        "宁波和青岛这两个计划单列市都超过了6500亿元。\n亿隆、洪崖、万安3座煤矿联合试运转。")[0]]
    assert got == [("8646亿元", "GDP", "gdp"), ("7622.77亿元", "GDP", "gdp"),
                   ("6500亿元", "GDP", "gdp"), ("3座", "煤矿联合试运转", None)]


def test_a_rate_opening_a_paragraph_takes_the_articles_last_keyed_metric():
    """19.8%的同比增速 opening a paragraph after the article named GDP is GDP's growth."""
    got = [(i.text, i.name, i.canonical) for i in run(
        "海南省一季度GDP为1395.99亿元,同比增长19.8%。\n19.8%的同比增速目前仅次于湖北省。")[0]]
    assert got == [("1395.99亿元", "GDP", "gdp"), ("19.8%", "GDP", "gdp")]


def test_a_headline_figure_is_read():
    """A news headline's figure is a record of its own, like the body's (c08, c10, c12, t11
    annotate them): 4月工业增加值增长6.5% in the headline and in the body are two records."""
    inds, _ = run("4月工业增加值增长6.5% 商品房待售面积进一步减少\n2017-05-15 10:13:16\n"
                  "4月份，全国规模以上工业增加值同比实际增长6.5%，比3月份回落1.1个百分点。")
    got = [(i.span, i.text, i.canonical) for i in inds]
    assert got == [((9, 13), "6.5%", "industrial_value_added"),
                   ((68, 72), "6.5%", "industrial_value_added")]


def test_a_subtitle_lines_figure_is_read_too():
    """A headline printed over two lines, its second a deck (副题), or re-wrapped by a narrow
    column, is headline text too: its figure is read (a18's headline cut at its space; before,
    the deck's 5% was dropped and `python -m evaluation.properties` lost a title figure of a
    corpus text under column-wrap breaks)."""
    body = "初步核算，2025年全年国内生产总值1401879亿元，同比增长5.0%。"
    one, _ = run("2025年中国国内生产总值突破140万亿元 同比增长5%\n" + body)
    two, _ = run("2025年中国国内生产总值突破140万亿元 \n同比增长5%\n" + body)
    changes = lambda inds: sorted(i.change.text for i in inds if i.change)  # noqa: E731
    assert changes(one) == changes(two) == ["5%", "5.0%"]
    assert [i.text for i in two if i.value is not None] == ["140万亿元", "1401879亿元"]


def test_a_heading_figure_is_read_and_passes_nothing_on():
    """A heading inside an article is read like a headline (c12, c29 annotate such lines); the
    body after it keeps the period it has without it."""
    inds, _ = run("海南省一季度经济运行\n一季度,海南省地区生产总值1395.99亿元,同比增长19.8%。"
                  "全省固定资产投资增长30%。\n服务业增加值增长25.5%\n"
                  "数据显示,一季度海南省服务业增加值同比增长25.5%,对整体经济增长贡献作用达到78.9%。")
    got = [(i.span, i.text, i.period) for i in inds]
    assert got == [((24, 33), "1395.99亿元", "一季度"), ((54, 57), "30%", "一季度"),
                   ((67, 72), "25.5%", None), ((94, 99), "25.5%", "一季度"),
                   ((113, 118), "78.9%", "一季度")]


def test_a_paragraph_opened_on_a_city_keeps_it_in_a_provinces_text():
    """News about a province's cities (c40): a paragraph that opens on a city gives it to its
    later sentences that name no place (全市…, 其中,…), not the province nor the city the text
    names most; a paragraph that names its city only later keeps the province (c22)."""
    got = [(i.text, i.region) for i in run(
        "广东前三季度经济观察\n广东省在前三季度实现了生产总值88009.86亿元。东莞、东莞、东莞。\n"
        "前三季度，深圳全市规模以上工业增加值同比增长4.8%，两年平均增长3.2%。"
        "全市37个工业行业大类中，32个行业增加值同比正增长。"
        "其中，通用设备制造业增加值同比增长21.3%。\n"
        "广州的投资同样有活力。民间投资同比增长37.7%。\n"
        "全年交通投资达到845亿元，西安地铁15号线通车运营。社会消费品零售总额增长6%。")[0]]
    assert got == [("88009.86亿元", "广东省"), ("4.8%", "深圳市"), ("3.2%", "深圳市"),
                   ("32个", "深圳市"), ("21.3%", "深圳市"), ("37.7%", "广州市"),
                   ("845亿元", "广东省"), ("6%", "广东省")]


def test_last_year_holds_in_its_sentence_only():
    """去年 opening a sentence (去年,东莞进出口总额同比下降3.8%) or before a figure (在去年9650.2亿元的
    GDP基础上) is that sentence's period; the sentences after it keep the paragraph's (c40)."""
    got = [(i.text, i.period, i.period_norm.start if i.period_norm else None) for i in run(
        "2021年11月2日\n前三季度，东莞的GDP为7694.62亿元。在去年9650.2亿元的GDP基础上，今年东莞有望首次成为万亿城市。\n"
        "去年，东莞进出口总额同比下降3.8%，导致东莞与万亿城市失之交臂。"
        "前三季度，东莞进出口总额达11266.3亿元。\n其中，东莞的出口总额达6980.5亿元，增长17.1%。")[0]]
    assert got == [("7694.62亿元", "前三季度", "2021-01"), ("9650.2亿元", "去年", "2020-01"),
                   ("3.8%", "去年", "2020-01"), ("11266.3亿元", "前三季度", "2021-01"),
                   ("6980.5亿元", "前三季度", "2021-01")]


def test_a_paragraph_opening_with_qizhong_keeps_the_period_before():
    """A paragraph that opens with 其中 goes on with the one before: its figures written before a
    later period of its own (…在今年首次突破九成) keep the period carried (c40)."""
    got = [(i.text, i.period) for i in run(
        "东莞外贸\n前三季度，东莞进出口总额达11266.3亿元，同比增长16.4%。\n"
        "其中，东莞的出口总额达6980.5亿元，增长17.1%，两年平均增速达到6.6%，"
        "出口贸易总额占GDP比重在今年首次突破九成。")[0]]
    assert got[:3] == [("11266.3亿元", "前三季度"), ("6980.5亿元", "前三季度"), ("6.6%", "前三季度")]


def test_the_year_before_a_budget_holds_where_written():
    """上年度 (对上年度172个部门…开展绩效自评) is the year before the one a budget report is on, and
    holds where written: the figures of its paragraph before it keep their period (c39)."""
    got = [(i.text, i.period, i.period_norm.start if i.period_norm else None) for i in run(
        "本溪市2024年预算执行情况和2025年预算草案的报告\n2024年，全市一般公共预算收入91.5亿元。"
        "制定15大类62个项目支出定额标准。组织预算单位对上年度172个部门（单位）整体和579个项目开展绩效自评。")[0]]
    assert got == [("91.5亿元", "2024年", "2024-01"), ("62个", "2024年", "2024-01"),
                   ("172个", "上年度", "2023-01"), ("579个", "上年度", "2023-01")]


def test_a_headings_period_written_out_leaves_the_headings_for_the_paragraphs_after():
    """(三)“十四五”我市财政发展情况: a paragraph under it that writes “十四五”时期 (the heading's
    period written out) keeps it for itself; the paragraphs after it take the heading's (c31)."""
    got = [(i.text, i.period) for i in run(
        "潍坊市2025年预算执行情况的报告\n一、2025年预算执行情况\n全市一般公共预算收入630.5亿元。\n"
        "（三）“十四五”我市财政发展情况\n"
        "收支规模不断扩大。“十四五”时期，全市一般公共预算支出累计完成4422.7亿元。\n"
        "民生支出占比一直稳定在80%以上。争取新增专项债券1296.6亿元。")[0]]
    assert got == [("630.5亿元", "2025年"), ("4422.7亿元", "“十四五”时期"), ("80%以上", "“十四五”"),
                   ("1296.6亿元", "“十四五”")]


def test_a_tables_group_rows_and_paired_growth_columns():
    """A bulletin's table (c07): a group row (公路 |  |  |) names the rows under it and does not
    cut the table; in 出口额 | 比上年增长 | 进口额 | 比上年增长 each value takes the growth
    column right after it."""
    got = [(i.text, i.name, i.change and (i.change.direction, i.change.value)) for i in run(
        "福州市2025年统计公报\n全年全市地区生产总值14000亿元，比上年增长5.5%。\n"
        "年末公路里程（不含平潭）11779公里，其中高速公路总里程764公里；年末铁路总里程599.29公里"
        "（干线533.2公里、支线66.09公里），其中高速铁路总里程466.6公里。\n"
        "表4 2025年各种运输方式完成运输量情况\n"
        "指 标 | 单位 | 绝对数 | 比上年增长（%）\n公路 |  |  |\n货物发送量 | 万吨 | 24387.28 | 8.4\n"
        "旅客发送量 | 万人次 | 3540.67 | 4.2\n水路 |  |  |\n货物发送量 | 万吨 | 11690.98 | -0.6\n"
        "旅客发送量 | 万人次 | 49.72 | 4.5\n"
        "正文一句。\n2025年对主要国家和地区进出口情况\n"
        "国家和地区 | 出口额 (亿元) | 比上年 增长(%) | 进口额 (亿元) | 比上年 增长(%)\n"
        "美国 | 242.75 | -34.5 | 46.74 | -36.2\n欧盟 | 294.34 | -12.1 | 57.11 | -7.3\n")[0]]
    assert got[7:10] == [("24387.28", "公路货物发送量", ("up", 8.4)),
                         ("3540.67", "公路旅客发送量", ("up", 4.2)),
                         ("11690.98", "水路货物发送量", ("down", 0.6))]
    assert [(t, c) for t, _, c in got[11:]] == [
        ("242.75", ("down", 34.5)), ("46.74", ("down", 36.2)),
        ("294.34", ("down", 12.1)), ("57.11", ("down", 7.3))]


def test_whole_city_in_a_provinces_text_is_the_city_the_paragraph_named():
    """全市 in a province's text is the city named before it in the paragraph (珠海), not the
    city the text names most (东莞)."""
    got = [(i.text, i.region) for i in run(
        "广东经济观察\n广东省前三季度GDP增长9.9%。东莞、东莞、东莞。\n"
        "工业增长较快。前三季度珠海规上工业增加值增长8%。全市固定资产投资增长5%。")[0]]
    assert got == [("9.9%", "广东省"), ("8%", "珠海市"), ("5%", "珠海市")]


def test_the_price_of_one_purchase_is_no_figure():
    # (c74, a newspaper's holiday scenes) 原价 / 实付: one buyer's prices, not statistics; the
    # day's sales in the paragraph after stay a record
    inds, _ = run("春节假期消费市场扫描\n看中的新品原价3699元，算上500元补贴和400元现金券，实付2799元。\n"
                  "李静新说，原价3999元的手机，店里活动优惠300元，加上政府补贴，实付只要3199元。\n"
                  "春节假期，长春市手机等数码产品实现销售额9505万元，同比增长超300%。")
    got = {i.text for i in inds}
    assert not got & {"3699元", "2799元", "3999元", "3199元"}
    assert "9505万元" in got


def test_budget_level_goes_on_past_a_comparison_with_the_whole():
    # 西安市2025年预算执行报告: 与全市情况相同 compares the level with the whole; the 市级
    # paragraphs after it stay the level's
    t = ("2．市级一般公共预算执行情况\n"
         "2025年市级一般公共预算收入770.61亿元，下降2%，收入下降原因与全市情况相同。\n"
         "2025年市级支出预算数1093.65亿元，全年支出预算调整为1016.03亿元。实际支出963.36亿元，"
         "下降3.2%，完成调整预算的95%，支出下降原因与全市情况相同。\n"
         "市级一般公共预算主要支出按功能科目分类：\n"
         "——一般公共服务支出75.25亿元，占比7.8%。\n")
    inds, _ = run(t)
    got = [(i.text, i.subject) for i in inds]
    assert got == [("770.61亿元", "市级"), ("1093.65亿元", "市级"), ("1016.03亿元", "市级"),
                   ("963.36亿元", "市级"), ("75.25亿元", "市级"), ("7.8%", "市级")]
    assert [i.canonical for i in inds if i.text == "963.36亿元"] == ["public_budget_expenditure"]


def test_quarter_end_after_jiezhi_is_written_whole():
    # 21世纪经济报道 (IMF COFER): 截至今年一季度末 is the quarter's end, as written with its 末
    inds, _ = run("截至今年一季度末，人民币外汇储备总额由去年四季度的2694.9亿美元升至2874.6亿美元。")
    assert [(i.text, i.period) for i in inds] == [("2874.6亿美元", "截至今年一季度末")]


def test_month_opening_a_clause_before_its_figure():
    # 贝壳研究院数据显示，4月百城首套房贷平均利率5.17%: the month opens the clause of its figure
    inds, _ = run("贝壳研究院数据显示，4月百城首套房贷平均利率5.17%，距离下限仍有较大空间。")
    assert [(i.text, i.period) for i in inds] == [("5.17%", "4月")]


def test_now_after_a_concessive_opens_the_clause_period():
    # 21世纪经济报道: 尽管当前…利差收窄至约158个基点 (当前 after 尽管 is the clause's now)
    inds, _ = run("三是中国债券收益率仍具相对优势，尽管当前中美10年期国债收益率利差收窄至约158个基点，"
                  "但仍处于历史中高水准。")
    assert [(i.text, i.unit, i.period) for i in inds] == [("158个基点", "个基点", "当前")]


def test_a_trend_the_figure_goes_on_with_is_not_its_period():
    """持续今年以来两位数增长态势 after a figure's growth describes the trend it goes on with; the
    period written in it is not the period of the figures after it (c104)."""
    got = [(i.text, i.period) for i in run(
        "广东外贸\n前三季度，广东外贸进出口总额6.03万亿元，同比增长18.6%，持续今年以来两位数增长态势。"
        "其中，出口3.68万亿元，同比增长19.3%。")[0]]
    assert got == [("6.03万亿元", "前三季度"), ("3.68万亿元", "前三季度")]


def test_a_metric_named_in_a_sentence_without_figures_is_the_storys_metric_after_it():
    """A sentence with no figure naming one keyed metric (…发布的GDP增速均为GDP实际增速) is what the
    story goes on about: a rate named only 实际增速 after it is that metric's, not the last keyed
    figure's before (利润总额; c103)."""
    got = [(i.text, i.canonical) for i in run(
        "城市GDP\n深圳全年规模以上工业企业实现利润总额3403.54亿元。\n"
        "需要说明的是，统计部门发布的GDP增速均为GDP实际增速。\n"
        "数据显示，广州2021年的实际增速为8.1%。")[0]]
    assert got == [("3403.54亿元", "industrial_profit"), ("8.1%", "gdp")]


def test_the_year_written_with_a_figure_reached_is_that_figures_only():
    """从2020年的…增长到2025年的…: the year written with the figure reached is its own; the
    clauses and sentences after it keep the paragraph's period (这五年) (c125)."""
    got = [(i.text, i.period) for i in run(
        "某省工作报告\n这五年，全省粮食产量从2020年的510亿斤增长到2025年的560亿斤，"
        "税收收入从1200亿元增长到1500亿元，森林覆盖率达到36%。铁路里程达到8000公里。")[0]]
    assert got == [("560亿斤", "2025年"), ("1500亿元", "这五年"), ("36%", "这五年"),
                   ("8000公里", "这五年")]


def test_a_budget_reports_title_year_dates_its_figures_before_any_period():
    """关于某市2025年预算执行情况和2026年预算草案的报告: a part before the text writes a period
    (落实预算决议情况) is on the year carried out; a later part on 2026 keeps its own (c124)."""
    got = [(i.text, i.period) for i in run(
        "关于某市2025年预算执行情况和2026年预算草案的报告\n一、落实预算决议情况\n"
        "争取超长期特别国债资金8.5亿元，压减一般性支出0.6亿元。\n二、2026年预算草案\n"
        "全市一般公共预算收入安排120亿元。")[0]]
    assert got == [("8.5亿元", "2025年"), ("0.6亿元", "2025年"), ("120亿元", "2026年")]


def test_the_years_start_and_that_year_hold_where_written():
    """2025年初…余额为…: the year's start, a point held where written; 当年 opening a clause
    with a long name before its figure (当年动用预算稳定调节基金…) is that clause's; the
    paragraph after keeps the section's year (c124)."""
    got = [(i.text, i.period, i.period_norm.start if i.period_norm else None,
            i.period_norm.end if i.period_norm else None) for i in run(
        "关于某县2025年预算执行情况的报告\n二、2025年预算执行情况\n"
        "预算稳定调节基金，2025年初余额为1.2亿元，当年动用预算稳定调节基金0.8亿元。\n"
        "2.政府性基金预算收支情况\n全县政府性基金预算收入20.5亿元。")[0]]
    assert got == [("1.2亿元", "2025年初", "2025-01", "2025-01"),
                   ("0.8亿元", "当年", "2025-01", "2025-12"),
                   ("20.5亿元", "2025年", "2025-01", "2025-12")]


def test_whole_year_takes_the_year_carried_into_its_paragraph():
    """全年 in a paragraph that names no year of its own is the whole of the year carried into it
    from the paragraph before (2021年,…。\\n…全年GDP增速分别为8.2%…: 2021), not the year of the
    document's date (c45)."""
    got = [(i.text, i.period, i.period_norm.start if i.period_norm else None) for i in run(
        "2022年2月10日\n2021年，全国“万亿俱乐部”城市已经增加至24个，长沙居第15位。\n"
        "排名在长沙之前的宁波、青岛、无锡，全年GDP增速分别为8.2%、8.3%、8.6%。")[0]]
    assert got[-3:] == [("8.2%", "全年", "2021-01"), ("8.3%", "全年", "2021-01"),
                        ("8.6%", "全年", "2021-01")]
