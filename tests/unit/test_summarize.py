"""Summaries: limits, what must never be in them, indicator sentences first."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import articles, segment, summarize, summary_select
from analysis.layout import clean
from analysis.models import Indicator

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _doc(path_or_text):
    text = path_or_text.read_text("utf-8") if isinstance(path_or_text, Path) else path_or_text
    c = clean(text)
    sents = segment.sentences(c.text)
    return c, sents, articles.split(c, sents)


def _ind(c, needle: str, canonical: str | None, article: int) -> Indicator:
    i = c.text.index(needle)
    s, e = c.to_original(i, i + len(needle))
    return Indicator(name="x", canonical=canonical, value=1.0, span=(s, e),
                     text=c.original[s:e], article=article)


def _first_article_summary(text: str, *figures: tuple[str, str | None]) -> str:
    """The summary of the text's first article, given its figures as (text, canonical key)."""
    c, sents, segs = _doc(text)
    art = next(s for s in segs if s.kind == "article")
    return summarize.article_summary(c, art, sents, [_ind(c, f, k, 0) for f, k in figures])


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_lengths_and_no_headline_byline_caption(path):
    c, sents, segs = _doc(path)
    sums = []
    for seg in segs:
        s = summarize.article_summary(c, seg, sents, [])
        sums.append(s)
        assert len(s) <= summarize.ARTICLE_MAX
        if seg.kind == "caption":
            continue
        assert s, seg.title
        assert s.strip() != seg.title.strip()
        assert not s.startswith(seg.title)
        assert "本报讯" not in s and "本报记者" not in s and "(下转" not in s
        assert not re.search(r"\S{2,4} 摄", s)
    doc = summarize.document_summary(c, segs, sums, sents, [])
    assert 0 < len(doc) <= summarize.DOCUMENT_MAX


def test_no_rhetoric_in_the_work_report_summary():
    c, sents, segs = _doc(next(p for p in SEEDS if p.name.startswith("003")))
    hongtong = next(a for a in segs if a.title == "2019年洪洞县政府工作报告")
    s = summarize.article_summary(c, hongtong, sents, [])
    for bad in ("各位代表", "请予审议", "一年来,我们", "砥砺奋进", "不避难", "!"):
        assert bad not in s
    assert "地区生产总值168.6亿元" in s


def test_rhetoric_detector():
    assert summarize.is_rhetoric("各位代表!")
    assert summarize.is_rhetoric("一年来,我们迎难而上、不避难。")
    assert summarize.is_rhetoric("现在,我代表县人民政府,向大会报告工作,请予审议。")
    assert not summarize.is_rhetoric("一般公共预算收入完成9.63亿元,同比增长34.2%;")


def test_indicator_sentences_are_preferred():
    text = ("测试标题\n\n本报讯(记者 张三)今天天气很好,大家心情愉快,一起去公园散步聊天了很久。"
            "会场布置得整洁有序,气氛热烈,参会人员认真听取了介绍。"
            "全县地区生产总值完成57.3亿元,增长7.1%。"
            "会后大家还参观了展览,纷纷表示收获很大,受益匪浅,印象深刻。")
    c, sents, segs = _doc(text)
    seg = segs[0]
    ind = _ind(c, "57.3亿元", "gdp", 0)
    s = summarize.article_summary(c, seg, sents, [ind], limit=60)
    assert "57.3亿元" in s
    # the same article without the figure: the lead is the summary
    c2, sents2, segs2 = _doc(text.replace("全县地区生产总值完成57.3亿元,增长7.1%。", "大家合影留念。"))
    s0 = summarize.article_summary(c2, segs2[0], sents2, [], limit=60)
    assert s0.startswith("今天天气很好")
    assert "57.3" not in s0


def test_caption_summary_is_the_caption_text():
    c, sents, segs = _doc("井坪鸟瞰图。刘强 摄")
    assert segs[0].kind == "caption"
    assert summarize.article_summary(c, segs[0], sents, []) == "井坪鸟瞰图。"


def test_long_sentence_is_trimmed_to_clauses():
    out = summarize._trim("甲" * 50 + "," + "乙" * 50 + "," + "丙" * 50 + "。", 120)
    assert out == "甲" * 50 + "," + "乙" * 50 + "。"


REPORT = ("2025年某省政府工作报告\n\n"
          "各位代表,刚刚过去的2025年,在省委坚强领导下,全省上下稳中求进,"
          "地区生产总值增长5.3%,规上工业增加值增长6.5%,社会消费品零售总额增长4.2%。"
          "这一年,各项事业取得了新的进展,人民群众获得感持续增强,社会大局保持稳定。\n"
          "农业生产稳定,粮食产量280.9亿斤,连续多年保持稳定,农民收入持续增长。\n"
          "固定资产投资增长3.1%,其中工业投资增长8.0%,项目建设扎实推进。\n"
          "就业形势稳定,城镇新增就业42.3万人,城镇调查失业率保持在较低水平。\n")


def _report_inds(c, segs):
    return [_ind(c, "5.3%", "gdp", 0), _ind(c, "6.5%", "industrial_value_added", 0),
            _ind(c, "4.2%", "retail_sales", 0), _ind(c, "280.9亿斤", "grain_output", 0),
            _ind(c, "3.1%", "fixed_asset_investment", 0),
            _ind(c, "42.3万人", "new_urban_jobs", 0)]


def test_a_report_leads_with_its_figures_not_its_address():
    c, sents, segs = _doc(REPORT)
    s = summarize.article_summary(c, segs[0], sents, _report_inds(c, segs))
    assert len(s) <= summarize.ARTICLE_MAX
    # the sentence with the most headline figures leads, without its address and framing
    assert s.startswith("地区生产总值增长5.3%"), s
    for bad in ("各位代表", "刚刚过去", "领导下", "全省上下"):
        assert bad not in s
    # then figures the lead does not give, a headline key outside the core list among them
    assert "粮食产量280.9亿斤" in s and "城镇新增就业42.3万人" in s, s
    # built from the text's own clauses
    for clause in re.split(r"[,;。，；]", s):
        assert clause in c.text


def test_without_the_figures_the_address_is_rhetoric():
    c, sents, segs = _doc(REPORT.replace("地区生产总值增长5.3%,规上工业增加值增长6.5%,"
                                         "社会消费品零售总额增长4.2%", "各项工作稳步推进"))
    s = summarize.article_summary(c, segs[0], sents, [])
    assert "各位代表" not in s


def test_occasion_and_speaker_lines_are_not_summary_sentences():
    assert summarize.is_rhetoric("——2026年1月26日在河南省第十四届人民代表大会第四次会议上")
    assert summarize.is_rhetoric("自治区主席 艾尔肯·吐尼亚孜")
    assert not summarize.is_rhetoric("省长王凯主持召开常务会议,研究部署重点工作。")


def test_the_best_piece_leads_with_the_start_of_its_sentence():
    text = "甲乙丙;丁戊己。庚辛壬。癸子丑。"
    pieces = [(4, "丁戊己。", 8), (0, "甲乙丙;", 4), (12, "癸子丑。", 16)]
    # the best piece (丁戊己) leads, the start of its sentence (甲乙丙;) right before it
    assert [p for _, p, _ in summarize._lead_first(text, pieces)] == ["甲乙丙;", "丁戊己。", "癸子丑。"]
    pieces = [(12, "癸子丑。", 16), (0, "甲乙丙;", 4)]
    assert [p for _, p, _ in summarize._lead_first(text, pieces)] == ["癸子丑。", "甲乙丙;"]


def test_a_best_piece_that_is_a_part_of_a_total_does_not_lead():
    # 其中,…: the part of the total a sentence before gave; the total leads, the part follows
    text = "甲市利润增长24.6%。乙丙丁。其中,煤炭行业利润增长4.38倍。"
    pieces = [(15, "其中,煤炭行业利润增长4.38倍。", 33), (0, "甲市利润增长24.6%。", 12)]
    assert [p for _, p, _ in summarize._lead_first(text, pieces)] == \
        ["甲市利润增长24.6%。", "其中,煤炭行业利润增长4.38倍。"]


def test_a_report_with_its_occasion_and_speaker_says_who_when_and_where():
    head = ("2025年某省政府工作报告\n——2026年1月26日在某省第十四届人民代表大会第四次会议上\n"
            "某省人民政府省长 王 凯\n")
    c, sents, segs = _doc(REPORT.replace("2025年某省政府工作报告\n", head))
    s = summarize.article_summary(c, segs[0], sents, _report_inds(c, segs))
    assert len(s) <= summarize.ARTICLE_MAX
    assert s.startswith("某省省长王凯2026年1月26日在某省十四届人大四次会议上：地区生产总值增长5.3%"), s
    # an occasion without a speaker (a written report) leads with the figures
    c, sents, segs = _doc(REPORT.replace("2025年某省政府工作报告\n", head.replace("某省人民政府省长 王 凯\n", "")))
    s = summarize.article_summary(c, segs[0], sents, _report_inds(c, segs))
    assert s.startswith("地区生产总值增长5.3%"), s


def test_an_occasion_dated_in_chinese_numerals_or_with_the_speaker_name_alone():
    # the date in Chinese numerals, the session without its first 第: the lead in digits, short form
    head = ("2026年某省政府工作报告\n——二〇二六年一月二十七日在某省十四届人民代表大会第四次会议上\n"
            "某省省长 王 凯\n")
    c, sents, segs = _doc(REPORT.replace("2025年某省政府工作报告\n", head))
    s = summarize.article_summary(c, segs[0], sents, _report_inds(c, segs))
    assert s.startswith("某省省长王凯2026年1月27日在某省十四届人大四次会议上：地区生产总值增长5.3%"), s
    # the speaker's line is his name alone (no office): the name says who
    head = "2026年某省政府工作报告\n——2026年2月3日在某省第十四届人民代表大会第四次会议上\n王凯\n"
    c, sents, segs = _doc(REPORT.replace("2025年某省政府工作报告\n", head))
    s = summarize.article_summary(c, segs[0], sents, _report_inds(c, segs))
    assert s.startswith("王凯2026年2月3日在某省十四届人大四次会议上：地区生产总值增长5.3%"), s
    assert len(s) <= summarize.ARTICLE_MAX
    # a line after the occasion that is no name (a word, no common surname) is no speaker
    assert summary_select.occasion_lead("报告\n—2026年2月3日在某省第十四届人民代表大会第四次会议上\n"
                                        "基本同步\n各位代表：", 0, 40) == ""


def test_a_plan_period_review_paragraph_does_not_lead_a_report():
    # the five-year review comes first (its paragraphs open naming the period, their sentences do
    # not); the year's figures follow: they lead
    text = ("2026年某省政府工作报告\n\n"
            "“十四五”时期工作回顾\n"
            "——这是综合实力快速跃升的五年。全省地区生产总值达到9000.5亿元,增加3000.1亿元,增长33.6%,"
            "规上工业增加值增长50.2%。一般公共预算收入从700.1亿元增加到900.3亿元。\n"
            "2025年工作回顾\n"
            "刚刚过去的2025年,全省上下顽强拼搏。地区生产总值增长5.8%,规上工业增加值增长9.5%;"
            "一般公共预算收入增长5.7%。\n"
            "城镇新增就业31.7万人,粮食产量280.9亿斤。\n")
    c, sents, segs = _doc(text)
    inds = [_ind(c, "9000.5亿元", "gdp", 0), _ind(c, "50.2%", "industrial_value_added", 0),
            _ind(c, "900.3亿元", "public_budget_revenue", 0), _ind(c, "5.8%", "gdp", 0),
            _ind(c, "9.5%", "industrial_value_added", 0),
            _ind(c, "5.7%", "public_budget_revenue", 0), _ind(c, "31.7万人", "new_urban_jobs", 0)]
    s = summarize.article_summary(c, segs[0], sents, inds)
    assert s.startswith("地区生产总值增长5.8%"), s
    assert len(s) <= summarize.ARTICLE_MAX


def test_a_table_alone_is_summarised_by_its_caption_and_leading_rows():
    text = ("2025年各市地区生产总值\n地区 | 总量(亿元) | 增长(%)\n"
            "地区生产总值 | 第一产业 | 地区生产总值 | 第一产业\n"
            "甲市 | 1200.50 | 30.10 | 3.2 | 1.0\n乙市 | 2500.00 | 20.00 | -0.5 | 2.0\n"
            "全省 | 9000.00 | 100.00 | 4.1 | 3.0\n丙市 | 800.25 | 50.50 | 5.0 | 4.0\n")
    c, sents, segs = _doc(text)
    arts = [s for s in segs if s.kind == "article"]
    assert len(arts) == 1
    s = summarize.article_summary(c, arts[0], sents, [])
    # the caption, the total row first, then the largest rows, each with its growth
    assert s == ("2025年各市地区生产总值：全省9000.00亿元、增长4.1%，乙市2500.00亿元、下降0.5%，"
                 "甲市1200.50亿元、增长3.2%，丙市800.25亿元、增长5.0%。"), s
    assert len(summarize.article_summary(c, arts[0], sents, [], limit=40)) <= 40


ARTS = Path(__file__).resolve().parents[2] / "evaluation" / "corpus_articles" / "texts"


@pytest.mark.parametrize("stem,line", [
    # who learned the news opens the lead: 36氪获悉, (a37's first item, a31's 好丽友 item)
    ("a37", "36氪获悉，4月8日，教育行业一站式解决方案云平台螳螂科技宣布，公司刚刚完成了近亿元A轮融资，SIG领投，新宜资本跟投。"),
    ("a31", "36氪获悉，3月2日下午，好丽友官方微博再就涨价及配料“双标”传闻发布声明："),
])
def test_a_summary_leaves_out_who_learned_the_news(stem, line):
    text = next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8")
    c, sents, segs = _doc(text)
    seg = next(s for s in segs if s.kind == "article" and line in c.display(*s.span))
    summary = summarize.article_summary(c, seg, sents, [])
    assert summary.startswith(line.removeprefix("36氪获悉，")[:12])
    assert "获悉" not in summary


CORPUS = Path(__file__).resolve().parents[2] / "evaluation" / "corpus" / "texts"


@pytest.mark.parametrize("stem,lead", [
    # a bulletin's author lines under its title (one a line, spaced out, or two on one line; a
    # title over two lines): who issued it leads the summary
    ("c23", "衡水市统计局、国家统计局衡水调查队："),
    ("c24", "海东市统计局、国家统计局海东调查队："),
    ("c07", "福州市统计局、国家统计局福州调查队："),
    # a budget report's author under its occasion line (no speaker)
    ("c31", "潍坊市财政局："),
])
def test_a_bulletin_says_who_issued_it(stem, lead):
    text = next(CORPUS.glob(f"{stem}_*.txt")).read_text("utf-8")
    c, sents, segs = _doc(text)
    seg = next(s for s in segs if s.kind == "article")
    summary = summarize.article_summary(c, seg, sents, [])
    assert summary.startswith(lead) and len(summary) <= summarize.ARTICLE_MAX
    assert re.search(r"\d", summary[len(lead):])  # then its figures


def test_a_story_without_author_lines_has_no_issuer_lead():
    # c14 (经济运行情况): its body starts under its headline; 统计局 appears only in the text
    text = next(CORPUS.glob("c14_*.txt")).read_text("utf-8")
    c, sents, segs = _doc(text)
    seg = next(s for s in segs if s.kind == "article")
    assert "：" not in summarize.article_summary(c, seg, sents, [])[:12]


def test_a_news_items_summary_starts_at_its_date_not_its_purpose_a38():
    # a38's NO.8: 为进一步加强电力安全监督管理，督促…，有效遏制事故多发频发态势，2021年6月24日下午，
    # 国家能源局…开展了安全监管约谈。: the summary says what happened, from its date
    text = next(ARTS.glob("a38_*.txt")).read_text("utf-8")
    c, sents, segs = _doc(text)
    seg = next(s for s in segs if s.kind == "article" and s.title.startswith("国家能源局约谈华电集团"))
    summary = summarize.article_summary(c, seg, sents, [])
    assert summary.startswith("2021年6月24日下午，国家能源局电力安全监管司")
    assert "为进一步加强" not in summary


def test_an_explainer_answers_its_headline_question_a47():
    # a47: an explainer headed 什么是低空经济?(财经科普) opens on a scene; its summary is the
    # sentence saying what 低空经济 is. Under a headline asking nothing, the lead stays first.
    body = ("一款飞行背包,能助力消防员飞抵高层失火房间阳台,为救援争分夺秒;一条配送航线,让荔枝翻山越岭,"
            "抢“鲜”送上消费者餐桌。\n"
            "说起低空经济,不少人首先会联想到无人机。无人机、eVTOL(电动垂直起降飞行器)、直升机等是低空经济"
            "重要产品,但并不能画等号。低空经济是一种综合性经济形态,可理解为在垂直高度1000米以下的低空空域内,"
            "以民用有人、无人驾驶航空器为载体,带动相关领域融合发展的产业业态集合。\n"
            "低空经济不断开辟新应用场景及商业模式,显著提高经济社会活动效率和用户体验。\n")
    for title, first in (("什么是低空经济?(财经科普)", "低空经济是一种综合性经济形态"),
                         ("低空经济加速起飞", "一款飞行背包")):
        c, sents, segs = _doc(title + "\n" + body)
        art = next(s for s in segs if s.kind == "article")
        assert art.title == title
        s = summarize.article_summary(c, art, sents, [])
        assert s.startswith(first) and len(s) <= summarize.ARTICLE_MAX, s


def test_the_targets_of_a_plan_issued_are_its_news_a45():
    # a45: a story whose first sentence says a plan was issued (印发《…行动方案(2025—2027年)》):
    # its targets (到2027年,广西力争…75亿元) are what it reports and follow the lead; in a story
    # that issues no plan a target sentence still loses to the sentence after it
    lead = ("本报南宁7月14日电 (记者庞革平)广西壮族自治区人民政府办公厅近日印发《广西金融惠企三年行动方案"
            "(2025—2027年)》,决定在全区实施金融惠企三年行动。")
    rest = ("到2027年,广西力争统筹各类财政资金75亿元,带动全区财政贴息贷款投放6000亿元以上、"
            "补贴融资担保业务1000亿元以上、发行债券3000亿元以上。\n"
            "在拓宽融资渠道方面,方案明确,加大银行信贷投入力度。\n")
    for first, kept in ((lead, True),
                        (lead.replace("印发《广西金融惠企三年行动方案(2025—2027年)》,决定在全区实施",
                                      "召开会议,部署"), False)):
        c, sents, segs = _doc("广西实施金融惠企三年行动\n" + first + rest)
        art = next(s for s in segs if s.kind == "article")
        s = summarize.article_summary(c, art, sents, [])
        assert ("75亿元" in s) is kept, s
        assert len(s) <= summarize.ARTICLE_MAX


def test_a_later_figure_is_said_without_its_breakdown_c42():
    # c42: after the lead (GDP), a later figure sentence is said up to its breakdown (其中,夏粮…;
    # 按城乡分,…), which leaves room for the next figure; the lead keeps its own breakdown
    text = ("2025年泰州市国民经济和社会发展统计公报\n"
            "经济运行保持平稳。初步核算,全年实现地区生产总值7255.27亿元,同比增长5.3%。\n"
            "粮食实现稳产丰收。全年粮食总产量283.28万吨,同比增长0.01%,其中,夏粮产量104.11万吨,"
            "同比下降1.6%;秋粮产量179.18万吨,同比增长1.0%。\n"
            "工业生产平稳向好。全年规模以上工业增加值同比增长7.1%,其中轻工业增长9.3%,重工业增长6.2%。\n")
    s = _first_article_summary(text,
                               ("7255.27亿元", "gdp"), ("283.28万吨", "grain_output"),
                               ("7.1%", "industrial_value_added_growth"))
    assert "283.28万吨,同比增长0.01%。" in s and "夏粮" not in s, s
    assert len(s) <= summarize.ARTICLE_MAX
    assert summarize._BREAKDOWN.search("年末全市常住人口72.3万人,按城乡分,城镇为50.6万人")


def test_a_units_note_is_left_out_of_the_summary_a44():
    # a44: 服务进出口总额28093.6亿元(人民币,下同),同比增长7.3%。 The note on the units of the
    # figures that follow (…下同) is no part of what the summary says; the figure stays
    text = ("1-7月我国服务进出口总额28093.6亿元 同比增长7.3%\n"
            "中新网9月2日电 商务部新闻发言人束珏婷2日指出,今年1-7月,我国服务贸易保持良好增长态势。"
            "服务进出口总额28093.6亿元(人民币,下同),同比增长7.3%。\n")
    s = _first_article_summary(text, ("28093.6亿元", "trade_total"))
    assert "28093.6亿元,同比增长7.3%" in s.replace("，", ",") and "下同" not in s, s


def test_a_gdp_part_by_sector_is_no_later_piece_c36():
    # c36: the lead gives GDP; 第二产业增加值… (its part by sector) is not what follows it, the
    # next indicator is (年末全市常住人口…); a sentence opening otherwise still follows
    text = ("2024年那曲市国民经济和社会发展统计公报\n"
            "2024年,全市累计完成地区生产总值(GDP)246.34亿元,按不变价格计算,同比增长6.1%,位居全区第五。"
            "第二产业增加值完成57.55亿元,同比增长6.2%,其中:工业增加值完成10.75亿元,同比增长15.4%。\n"
            "根据人口抽样调查推算,年末全市常住人口数为51.43万人。\n")
    s = _first_article_summary(text,
                               ("246.34亿元", "gdp"), ("10.75亿元", "industrial_value_added"),
                               ("51.43万人", "population"))
    assert s.startswith("2024年,全市累计完成地区生产总值") and "第二产业" not in s and "51.43万人" in s, s
    assert summarize._SECTOR.match("第二产业增加值完成57.55亿元,同比增长6.2%。")
    assert not summarize._SECTOR.match("全市社会消费品零售总额累计完成40.47亿元,同比增长5.7%。")


def _c48_bulletin() -> str:
    # c48 (a statistical bulletin), its lines as printed: the 综合 section reports GDP, then
    # prices and jobs; the figures a reader gives after GDP come in later sections
    return ("2025年鹤岗市国民经济和社会发展统计公报\n"
            "一、综合\n"
            "国民经济。根据市（地）生产总值统一核算结果，2025年，全市实现地区生产总值（GDP）392.2亿元，"
            "按不变价计算，同比增长5.1%；第一产业增加值128.9亿元，同比增长4.1%。\n"
            "物价水平。全市居民消费价格指数（CPI）同比上涨0.4%。\n"
            "就业情况。全市城镇新增就业10852人，失业人员再就业12688人，就业困难人员再就业2926人。\n"
            "二、农业\n"
            "粮食生产。全市粮食播种面积841.2万亩，与上年基本持平。粮食产量69.9亿斤，增长4.3%。\n"
            "三、工业和建筑业\n"
            "工业生产。全市实现规模以上工业增加值同比增长7.6%。\n"
            "四、固定资产投资\n"
            "固定资产投资。全市固定资产投资（不含农户）同比增长28.5%。\n"
            "五、国内外贸易\n"
            "消费市场。全市实现社会消费品零售总额101.6亿元，同比增长0.7%。\n")


def test_a_bulletins_headline_figures_follow_its_gdp_before_grain_prices_and_jobs_c48():
    s = _first_article_summary(_c48_bulletin(),
                               ("392.2亿元", "gdp"), ("0.4%", "cpi"), ("10852人", "new_urban_jobs"),
                               ("69.9亿斤", "grain_output"), ("7.6%", "industrial_value_added"),
                               ("28.5%", "fixed_asset_investment"), ("101.6亿元", "retail_sales"))
    # after GDP its industry, investment and retail sales (data/summary_order.txt), not the
    # grain output printed before them, nor prices and jobs
    assert "392.2亿元" in s and "规模以上工业增加值同比增长7.6%" in s and "28.5%" in s, s
    assert "101.6亿元" in s and "69.9亿斤" not in s and "10852人" not in s, s


def test_a_budgets_fund_revenue_follows_its_general_budget_c39():
    # c39 (a budget report): after the general budget's revenue and spending, the
    # government-fund budget's revenue (a key of data/summary_order.txt), not a city-level line
    text = ("关于本溪市2024年预算执行情况和2025年预算草案的报告\n"
            "全市一般公共预算收入91.5亿元，同比增长14.2%。加上上级补助收入102.5亿元、再融资债券转贷收入34.8亿元、调入资金19.7亿元、动用预算稳定调节基金5亿元及上年结转收入54.5亿元，收入总计309.1亿元。全市一般公共预算支出193.3亿元，同比增长12.3%。加上上解上级支出27.6亿元、债务还本支出43.6亿元、结转下年及安排预算稳定调节基金支出44.6亿元，支出总计309.1亿元。收支相抵，全市一般公共预算实现收支平衡。\n"
            "2.市本级一般公共预算收支情况\n"
            "市本级一般公共预算收入43.9亿元，同比下降2%。加上上级补助收入、县区上解收入、债券转贷收入等218.7亿元，收入总计262.6亿元。市本级一般公共预算支出93.8亿元，同比增长12.9%。加上上解上级支出、补助县区支出、债务还本支出、结转下年及安排预算稳定调节基金支出等168.8亿元，支出总计262.6亿元。收支相抵，市本级一般公共预算实现收支平衡。\n"
            "（二）政府性基金预算执行情况\n"
            "全市政府性基金预算收入8.1亿元，同比下降47.4%。加上上级补助收入10.4亿元、专项债券转贷收入41.1亿元、调入资金4.1亿元和上年结转收入5.2亿元，收入总计68.9亿元。全市政府性基金预算支出29.8亿元，同比下降19.5%。加上专项债券还本支出25.5亿元、调入一般公共预算统筹使用3.2亿元、上解上级支出0.1亿元和滚存结余10.3亿元，支出总计68.9亿元。收支相抵，全市政府性基金预算实现收支平衡。\n")
    s = _first_article_summary(text,
                               ("91.5亿元", "public_budget_revenue"),
                               ("193.3亿元", "public_budget_expenditure"),
                               ("43.9亿元", "public_budget_revenue"),
                               ("93.8亿元", "public_budget_expenditure"),
                               ("8.1亿元", "government_fund_revenue"))
    assert s.startswith("全市一般公共预算收入91.5亿元") and "政府性基金预算收入8.1亿元" in s, s


def test_the_lead_paragraphs_figures_follow_the_lead_first_a21():
    # a21: the opening paragraph gives GDP, then jobs and income (同期,…); the retail and
    # investment figures of later paragraphs come after them
    text = ("4.9%！三季度GDP同比增速放缓，经济结构持续优化，居民收入与经济增长基本同步\n"
            "10月18日，三季度经济运行“成绩单”出炉。\n"
            "初步核算，前三季度国内生产总值（GDP）82.31万亿元，按可比价格计算，同比增长9.8%，两年平均增长5.2%。"
            "三季度同比增长4.9%，两年平均增长4.9%。进一步看，前三季度，全国城镇新增就业1045万人，完成全年目标的95.0%。"
            "同期，全国居民人均可支配收入26265元，扣除价格因素同比实际增长9.7%，两年平均增长5.1%，与经济增长基本同步。\n"
            "消费仍是经济稳定运行的“压舱石”。付凌晖表示，9月份，社会消费品零售总额36833亿元，同比增长4.4%，比上月加快1.9个百分点。\n"
            "前三季度，全国固定资产投资（不含农户）397827亿元，同比增长7.3%，两年平均增长3.8%；9月份环比增长0.17%。\n")
    s = _first_article_summary(text,
                               ("82.31万亿元", "gdp"), ("1045万人", "new_urban_jobs"),
                               ("26265元", "per_capita_disposable_income"),
                               ("36833亿元", "retail_sales"), ("397827亿元", "fixed_asset_investment"))
    assert "82.31万亿元" in s and "1045万人" in s and "26265元" in s, s
    assert "按可比价格计算" not in s, s  # how the figure was computed (data/summary_drop.txt)


def test_a_budget_reports_figures_without_their_completion_and_amount_change_c47():
    # c47: 完成年初预算的120.2% and 比上年增收52,015万元 before the rate: the summary says the
    # figure and its growth
    text = ("关于保山市2025年地方财政预算执行情况和2026年地方财政预算草案的报告\n"
            "1.一般公共预算\n"
            "全市一般公共预算收入654,233万元，完成年初预算的120.2%，比上年增收52,015万元，增长8.6%；"
            "上级补助收入1,799,157万元、债务转贷收入366,724万元，收入总计3,436,067万元。"
            "一般公共预算支出2,617,126万元，完成年初预算的103.1%，比上年增支78,717万元，增长3.1%。\n"
            "2.政府性基金预算\n"
            "全市政府性基金预算收入316,421万元，完成年初预算的159%，比上年增收113,856万元，增长56.3%。\n")
    s = _first_article_summary(text,
                               ("654,233万元", "public_budget_revenue"), ("1,799,157万元", None),
                               ("2,617,126万元", "public_budget_expenditure"),
                               ("316,421万元", "government_fund_revenue"))
    assert "654,233万元，增长8.6%" in s and "2,617,126万元，增长3.1%" in s, s
    assert "完成年初预算" not in s and "增收" not in s and "增支" not in s, s


def test_a_followers_sentence_stops_before_the_next_item_of_its_list_c38():
    # c38: 全年粮食总产量385.7万吨,棉花产量3.6万吨,油料产量…: the grain output is the summary's,
    # the list of crops after it is not; the room goes to the next headline figure
    text = ("常德市2025年国民经济和社会发展统计公报\n"
            "经初步核算，2025年全市实现地区生产总值4770.9亿元，比上年增长5.6%。\n"
            "全市粮食作物种植面积589.2千公顷，棉花种植面积34.7万亩，油料种植面积443.3万亩，蔬菜种植面积195.6万亩。全年粮食总产量385.7万吨，棉花产量3.6万吨，油料产量63.3万吨，蔬菜及食用菌产量405.7万吨，茶叶产量3.5万吨，水果产量172.2万吨,水产品产量56.1万吨。\n"
            "全市规模以上工业增加值增长6.7%。省级以上园区规模以上工业增加值增长7.1%。\n")
    s = _first_article_summary(text,
                               ("4770.9亿元", "gdp"), ("589.2千公顷", None),
                               ("385.7万吨", "grain_output"), ("3.6万吨", None), ("63.3万吨", None),
                               ("405.7万吨", None), ("6.7%", "industrial_value_added"))
    assert "粮食总产量385.7万吨" in s and "棉花产量" not in s, s
    assert "规模以上工业增加值增长6.7%" in s, s


def test_a_summary_that_reports_figures_goes_on_with_figures_a48():
    # a48: the news item's framing lead (记者从商务部了解到,…政策成效持续显现。) says no figure;
    # once the summary reports the sales figure, what follows is figures, not that comment
    text = ("今年消费品以旧换新销售额突破5000亿元\n"
            "央视网消息（新闻联播）：记者从商务部了解到，今年以来，以旧换新政策成效持续显现。商务大数据监测显示，截至4月12日，今年消费品以旧换新销售额达5029.4亿元，惠及6977.7万人次。\n"
            "分品类看，汽车以旧换新超167万辆，带动新车销售额超2694.4亿元。其中，报废更新超47.2万辆，销售额超606.9亿元；置换更新超119.8万辆，销售额超2087.5亿元。家电以旧换新2702.3万台，销售额达1110.9亿元。数码和智能产品购新4108.4万件，销售额达1224.1亿元。\n")
    s = _first_article_summary(text)
    assert "5029.4亿元" in s and "成效持续显现" not in s, s


def test_a_lead_paragraph_opening_with_the_storys_own_figures_keeps_them_first():
    # c56 (宁夏日报): the opening sentence reports the projects' figures, the one after it the core
    # figure (固定资产投资) the lead is chosen for: both, the opening first
    from analysis.pipeline import analyze
    text = (
        "1—7月全区扩大有效投资重大项目推进情况“展示台”“曝光台”\n来源：宁夏日报\n"
        "1—7月，围绕扩大有效投资年活动，全区重大项目加速推进，1133个重大项目开工1116个，完成投资675.9亿元，"
        "投资完成率54.4%，高于去年投资时序进度3.8个百分点。全区固定资产投资同比增长3%，两年平均增长1.7%。\n"
        "展示台\n（一）扩大有效投资\n"
        "1．地级市1—7月投资增速前二名：中卫市增长36.4%，吴忠市增长7.5%。\n"
        "2．县（区）1—7月投资增速前三名：中宁县增长58.3%，海原县增长36.8%，沙坡头区增长27.4%、彭阳县增长27.4%。\n"
        "曝光台\n（一）扩大有效投资\n"
        "1．地级市及宁东1—7月投资增速后三名：银川市（不含宁东）下降0.5%，石嘴山市下降1.3%，宁东能源化工基地下降25.3%。\n"
        "2．县（区）1—7月投资增速后三名：西吉县下降13%，惠农区下降18.5%，西夏区下降34.9%。\n")
    s = analyze(text.encode("utf-8"), "c56.txt").articles[0].summary
    assert s.startswith("1133个重大项目开工1116个，完成投资675.9亿元")
    assert s.index("675.9亿元") < s.index("固定资产投资同比增长3%")



A64 = next((Path(__file__).resolve().parents[2] / "evaluation" / "corpus_articles" / "texts")
           .glob("a64_*.txt"))


def test_a_kicker_stating_the_figure_leads_the_summary_a64():
    # a64 (人民日报 大数据观察): the kicker 2025年我国康养市场规模预计达9.5万亿元 states the market's
    # size, which the feature's chosen sentences do not give: it leads, their figures follow
    s = _first_article_summary(A64.read_text("utf-8"))
    assert s.startswith("2025年我国康养市场规模预计达9.5万亿元；"), s
    assert "156.1亿元" in s and len(s) <= summarize.ARTICLE_MAX


@pytest.mark.parametrize("kicker", ["2025年我国康养市场持续扩大", "鄢陵县森林康养产业产值156.1亿元——"])
def test_a_kicker_without_figure_or_whose_figure_the_summary_gives_does_not_lead_a64(kicker):
    text = A64.read_text("utf-8").replace("2025年我国康养市场规模预计达9.5万亿元", kicker, 1)
    s = _first_article_summary(text)
    assert not s.startswith(kicker.rstrip("—")) and s.count("156.1亿元") == 1, s


def test_a_standfirst_bullet_is_no_part_of_the_summary_c63():
    # c63 (每日经济新闻): two standfirst lines each opening with ◎ under the headline; the mark is
    # the line's, the sentence under it may be chosen without it
    text = ("1022.8亿元！1月实际使用外资实现开门红 中西部地区同比均创下超40%高增速\n"
            "◎2022年1月，全国实际使用外资金额1022.8亿元人民币，同比增长11.6%；折合158.4亿美元，同比增长17.6%。\n"
            "◎从区域分布看，1月份我国东部、中部、西部地区实际使用外资同比分别增长8.7%、46.2%和42.2%。\n"
            "每经记者 张怀水\n"
            "继2021年我国吸收外资规模创历史新高之后，今年1月全国实际使用外资再次迎来开门红。\n"
            "2月15日，商务部官网发布消息，2022年1月，全国实际使用外资金额1022.8亿元人民币，同比增长11.6%"
            "（折合158.4亿美元，同比增长17.6%；不含银行、证券、保险领域，下同）。\n"
            "高技术产业实际使用外资同比增长26.1%，其中高技术制造业增长32%，高技术服务业增长24.6%。\n")
    c, sents, segs = _doc(text)
    assert [a.title for a in segs if a.kind == "article"] == [text.splitlines()[0]]
    s = _first_article_summary(text)
    assert "1022.8亿元" in s and "◎" not in s, s


def test_a_long_clause_naming_who_released_the_data_gives_way_to_the_figures_a63():
    # a63 (新华社): the lead's first clause names two bodies releasing the data (36 characters):
    # the summary starts at the figures, and has room for the sub-indices after them
    text = next((Path(__file__).resolve().parents[2] / "evaluation" / "corpus_articles" / "texts")
                .glob("a63_*.txt")).read_text("utf-8")
    s = _first_article_summary(text)
    assert s.startswith("11月份，中国制造业采购经理指数（PMI）为50.1%"), s
    assert len(s) <= summarize.ARTICLE_MAX and s.count("%") >= 3, s


def test_a_plan_periods_target_never_leads_c64():
    # c64 (柳河开发区): the 1124 strategy's line 推进一个达到:规划期末工业总产值达百亿元; names the
    # core figure first, but as a target; the summary leads with the output the zone reached
    from analysis.pipeline import analyze
    text = next(CORPUS.glob("c64_*.txt")).read_text("utf-8")
    s = analyze(text.encode("utf-8"), "c64.txt").articles[0].summary
    assert "规划期末" not in s.split("。")[0] and "20.18亿元" in s, s


def test_a_reports_breakdown_list_gives_way_to_the_next_headline_figures_c59():
    # c59 (阜新 决算): revenue, then 其中:税收收入…;非税收入…。 (its parts), then spending: the
    # summary goes from revenue to spending, not through the parts
    from analysis.pipeline import analyze
    text = next(CORPUS.glob("c59_*.txt")).read_text("utf-8")
    s = analyze(text.encode("utf-8"), "c59.txt").articles[0].summary
    assert "53.68亿元" in s and "174.24亿元" in s, s
    assert "29.52亿元" not in s and "24.16亿元" not in s, s


def test_a_short_summary_goes_on_with_the_next_sentence_a60():
    # a60: a news item whose lead is short (the week that started) goes on with the sentence
    # after it (what was published) while the summary fills less than half its room; a sentence
    # the scorer marks down (an enumerated heading: 二、…) is not taken
    head = "全国肿瘤防治宣传周启动\n"
    lead = "2026年4月15日至21日是第32个全国肿瘤防治宣传周,各地举行了义诊等形式多样的宣传科普活动。"
    nxt = "国家卫生健康委发布了《中国防癌健康生活方式守则》,倡导健康文明生活方式,全面控制癌症危害。"
    s = _first_article_summary(head + lead + nxt + "\n")
    assert s.replace("，", ",") == lead + nxt, s
    s = _first_article_summary(head + lead + "\n二、各地医院开展了义诊活动。\n")
    assert s.replace("，", ",") == lead, s
    # a summary already half full says no more
    full = ("4月15日,第十五届中国国际园林博览会在浙江温州开幕,设置了1个中国园林经典主题园、34个城市展园"
            "和6个主题展区,总面积近230万平方米。")
    more = "本届园博会园区面向公众免费开放,在100天的会期里将举办超600场特色活动。"
    s = _first_article_summary("第十五届中国国际园林博览会今天开幕\n" + full + more + "\n")
    assert s.replace("，", ",") == full, s


def test_a_summary_without_figures_passes_over_a_sentence_too_long_for_its_room_a131():
    # a131: a commentary's short lead (no measured figure) goes on with the next sentence that
    # fits when the one after it is too long for the room left; a figure's summary does not
    head = "“轻重”思想的历史启示\n"
    lead = "作为经济概念,“轻重”一词最早出现在春秋时期的《国语》中,原指金属铸币的分量轻重或价值高低。"
    long = ("《管子》把这一概念从货币领域推广到整个商品流通领域,认为国家应当掌握货币和粮食等关键物资,"
            "并且通过调节它们的数量与流通来影响市场中的各类商品价格,进而影响百姓生产生活和国家财政收入的方方面面。")
    nxt = "在此基础上,中央政府通过在市场上投放或回笼来平抑商品的价格波动,价低时收购、价高时抛售。"
    s = _first_article_summary(head + lead + long + nxt + "\n")
    assert s.replace("，", ",") == lead + nxt, s
    figured = "2025年,全市粮食总产量达到120.5万吨,创历史新高。"
    s = _first_article_summary("全市粮食再获丰收\n" + figured + long + nxt + "\n")
    assert nxt not in s.replace("，", ","), s


def test_what_an_inference_is_drawn_from_is_said_first_a66():
    # a66 (a magazine feature): the sentence holding the headline's figure infers it from the
    # one before it in its paragraph (2023年,我国大豆进口量为9940.9万吨。参考…,也就是说80%以上的
    # 大豆需要进口。): that one, with its own figure, is said with it, first
    text = next(ARTS.glob("a66_*.txt")).read_text("utf-8")
    c, sents, segs = _doc(text)
    art = next(s for s in segs if s.kind == "article")
    s = summarize.article_summary(c, art, sents, []).replace("，", ",")
    assert s.startswith("2023年,我国大豆进口量为9940.9万吨。参考我国大豆近年来的总需求量1.1亿吨的数字,"
                        "也就是说80%以上的大豆需要进口。"), s
    assert len(s) <= summarize.ARTICLE_MAX
    assert summarize._INFERENCE.search("这意味着,全年目标已完成过半。")


def test_a_later_figure_is_said_alone_c36():
    # c36: after the lead, a later piece says its figure and what says more of it (its change),
    # not the comparison, rank and breakdown after it: the room left takes the next figure
    text = ("2024年那曲市国民经济和社会发展统计公报\n"
            "2024年，全市累计完成地区生产总值（GDP）246.34亿元，按不变价格计算，同比增长6.1%，位居全区第五。\n"
            "全市固定资产投资同比增长45.6%，高于全区25.9个百分点，位居全区第一，其中：民间投资同比增长9%，"
            "工业固投同比增长47.3%。\n"
            "全市社会消费品零售总额累计完成40.47亿元，同比增长5.7%。\n"
            "全市一般公共预算收入114263万元，同比增长36.84%。\n")
    s = _first_article_summary(text, ("246.34亿元", "gdp"), ("45.6%", "fixed_asset_investment"),
                               ("40.47亿元", "retail_sales"), ("114263万元", "public_budget_revenue"))
    assert "全市固定资产投资同比增长45.6%。" in s and "高于全区" not in s, s
    assert "40.47亿元" in s and len(s) <= summarize.ARTICLE_MAX, s


def test_a_link_split_at_its_question_mark_is_no_summary_sentence_a73():
    # a73 (a WeChat commentary): its 原文链接 line is cut at the URL's "?" into a sentence
    # __biz=MzI0…&mid=…; a piece with more Latin letters than Chinese is no summary sentence
    url = ("原文链接: https://mp.weixin.qq.com/s?__biz=MzI0ODE5NDU5Mw==&mid=2649550079&idx=1&sn=6ba67b"
           "bf699a16d0caa909058f4aa08c&chksm=f1bc3fb1c6cbb6a7e763467776e441150e84c608fca94927a41288"
           "e5c90a2c9fe8421a4685d0&scene=21#wechat_redirect\n")
    text = (url + "左晖走了，但链家的佣金真的合理吗？\n来源: 太阳照常升起\n" + url +
            "我曾经从几位朋友那里听过他们对左晖的评价，比起这个时代的许多企业家，左晖在企业家和投资者群体中，"
            "确实是少有的受人尊重的。一位企业家认真对待自己的事业，认真对待自己的员工，有相对长远的目标而不为"
            "眼前小利所动，都是获得好评价的标准。\n")
    c, sents, segs = _doc(text)
    art = next(s for s in segs if s.kind == "article")
    s = summarize.article_summary(c, art, sents, [])
    assert s and "biz" not in s and "mid=" not in s, s
    assert summarize._not_prose("__biz=MzI0ODE5NDU5Mw==&mid=2649550079&idx=1&sn=6ba67b")
    # a sentence of figures and Latin terms is prose, and so is one naming investors
    assert not summarize._not_prose("11月份，CPI同比上涨0.2%，PPI同比下降1.7%。")
    assert not summarize._not_prose("36氪获悉，HR SaaS服务商「Glints」完成2250万美元C轮融资，"
                                    "PERSOL Holdings领投，Monk's Hill Ventures等跟投。")


def test_a_later_figure_is_not_cut_at_the_base_it_compares_with_c74():
    # c74: 影城店长王煜介绍，相较去年大年初一2900人次的观影规模，今年大年初一，观影规模突破5000人次。
    # was cut after its base (…2900人次的观影规模。): the figure is the one compared with it
    piece = "影城店长王煜介绍，相较去年大年初一2900人次的观影规模，今年大年初一，观影规模突破5000人次。"
    assert summarize._one_figure(piece) == piece
    assert summarize._one_figure("与2024年1.2万亿元相比，今年增长至1.5万亿元，高于全国。") == \
        "与2024年1.2万亿元相比，今年增长至1.5万亿元。"
    # a change on the year before is the figure itself, not a base
    assert summarize._one_figure("比上年增长5%，高于全国。") == "比上年增长5%。"


def test_a_features_opening_scene_is_no_lead_when_its_sentences_report_figures_a06():
    # a06 (五一期间 家具建材品牌冷热不均): its opening 家居流通企业的竞争激烈，家居品牌商也对五一寄予
    # 厚望。 says no figure while five sentences or more of the feature report some: they lead
    from analysis import pipeline
    p = next(ARTS.glob("a06_*.txt"))
    art = pipeline.analyze(p.read_bytes(), p.name).articles[0]
    assert "家居流通企业的竞争激烈" not in art.summary, art.summary
    assert "板式家具销售整体约有10%以上的增加" in art.summary
    # a feature with fewer figures keeps its opening (a47's explainer test: 一款飞行背包,…)
    body = ("一款飞行背包,能助力消防员飞抵高层失火房间阳台,为救援争分夺秒。\n"
            "低空经济不断开辟新应用场景及商业模式,显著提高经济社会活动效率和用户体验。\n"
            "去年全国低空经济规模超过5000亿元。\n")
    c, sents, segs = _doc("低空经济加速起飞\n" + body)
    art = next(s for s in segs if s.kind == "article")
    assert summarize.article_summary(c, art, sents, []).startswith("一款飞行背包")


def test_a_long_analysis_leads_with_its_first_fact_after_the_framing_a76_c81():
    # a76 (A股加大加长版股权激励频现): three framing sentences on the market (no figure), then
    # 据Choice数据统计，截至3月17日，今年来已有超60家A股上市公司发布了股权激励计划。 (its fact);
    # a later sentence listing more figures (动态市盈率…) does not lead
    from analysis import pipeline
    p = next(ARTS.glob("a76_*.txt"))
    art = pipeline.analyze(p.read_bytes(), p.name).articles[0]
    assert art.summary.startswith("据Choice数据统计，截至3月17日，今年来已有超60家A股上市公司"), art.summary
    # c81: 1—4月份，商品房销售面积39768万平方米，同比下降20.9%; after two framing sentences
    p = next(CORPUS.glob("c81_*.txt"))
    res = pipeline.analyze(p.read_bytes(), p.name)
    assert res.articles[0].summary.startswith("1—4月份，商品房销售面积39768万平方米"), res.articles[0].summary
    # (a short feature keeps its opening: the a06 test above)


def test_a_count_of_cases_is_a_measured_figure_where_the_facts_begin_a151():
    # a151 (10月17日以来疫情全景梳理): a standfirst of questions, then its first fact
    # 截至11月16日24时，31省份累计报告本土确诊病例1327例 (cases counted: a measured figure); the
    # first percentages deep in one section (占总人数的8.36%) led before
    assert summarize._MEASURE.search("累计报告本土确诊病例1327例") is not None
    assert summarize._MEASURE.search("共有2例") is not None
    assert summarize._MEASURE.search("按照2个例子") is None
    from analysis import pipeline
    p = next(ARTS.glob("a151_*.txt"))
    art = pipeline.analyze(p.read_bytes(), p.name).articles[0]
    assert art.summary.startswith("截至11月16日24时，31省份累计报告本土确诊病例1327例"), art.summary


def test_an_interviews_standfirst_saying_whom_the_reporter_talks_to_leads_a149():
    # a149 (年轻人为什么钟情喜剧（面对面）): a scene, then 近日，本报记者对话青年学者和来自一线的
    # 喜剧创作者，共同探讨。, then the turns 记者：… / 李楠楠：…; the sentence saying whom the
    # reporter talks to is what the piece is
    text = ("年轻人为什么钟情喜剧\n"
            "如今，喜剧拥有自己的“十二时辰”。白天，游客直奔相声茶馆、小剧场；夜晚，喜剧综艺线上热播。\n"
            "近日，本报记者对话青年学者和来自一线的喜剧创作者，共同探讨。\n"
            "记者：互联网时代，喜剧呈现出哪些新特点？\n"
            "李楠楠：观众对喜剧新形式的接受度越来越高。\n"
            "记者：怎么看待喜剧形式和偏好的变化？\n"
            "石介甫：形式只是载体，观众最在乎的还是内容本身。\n")
    got = _first_article_summary(text)
    assert got.startswith("近日，本报记者对话青年学者"), got
    assert summarize._DIALOGUE_FRAME.search("记者专访了该公司创始人。") is not None
    assert summarize._DIALOGUE_FRAME.search("本报记者参加了对话会。") is None  # (a meeting, no interview)


def _page_summary(folder: Path, prefix: str) -> str:
    from analysis import pipeline
    p = next(folder.glob(f"{prefix}_*.txt"))
    return pipeline.analyze(p.read_bytes(), p.name).articles[0].summary


def test_an_interviews_questions_are_no_summary_and_its_answers_are_speech_a80():
    # a80 (36氪专访｜HARMAY話梅创始人): 42 turns 36氪：… / Damien：…; the summary said
    # Damien：当話梅有30家门店的时候。 — now the intro's facts (门店数, SKU: a count is a figure of a
    # company story)
    s = _page_summary(ARTS, "a80")
    assert "36氪：" not in s and "Damien" not in s, s
    assert "SKU超9000个" in s and "门店数已接近10家" in s, s
    # a count of things, not a number of units
    count = summarize._MEASURE_COUNT.search
    assert count("SKU超9000个") and not count("30个基点") and not count("2个月") and count("2个百分点")
    t = "36氪:门店风格是怎么确定的?\n张三:我们有10家门店。\n36氪:为何开店?\n张三:因为有20%的用户在线下。\n"
    starts = [0] + [i + 1 for i, ch in enumerate(t[:-1]) if ch == "\n"]
    assert summarize._turns(t, list(zip(starts, starts[1:] + [len(t)]))) == \
        {0: True, starts[1]: False, starts[2]: True, starts[3]: False}
    # a press release's answers (答:) keep their score; one question label is no interview
    t = "问:如何理解?\n答:网店占近六成。\n问:何时实施?\n答:6月1日起。\n"
    starts = [0] + [i + 1 for i, ch in enumerate(t[:-1]) if ch == "\n"]
    assert summarize._turns(t, list(zip(starts, starts[1:] + [len(t)]))) == {0: True, starts[2]: True}
    assert summarize._turns("记者:为何?\n他说:有10家。\n", [(0, 6), (6, 13)]) == {}
    # an outlet's own label, not in data/interview.txt: of two labels, the one whose turns ask;
    # a turn's later sentences on its line are the turn's too
    t = ("澎湃新闻:今年如何?\n李明:营收增长了20%。利润也涨了。\n澎湃新闻:明年呢?\n李明:门店有50家。\n"
         "澎湃新闻:融资呢?\n李明:完成了B轮。\n")
    lines = t.split("\n")[:-1]
    spans, at = [], 0
    for ln in lines:
        for piece in re.findall(r"[^。?]+[。?]", ln):
            spans.append((at, at + len(piece)))
            at += len(piece)
        at += 1
    roles = summarize._turns(t, spans)
    assert [roles.get(a) for a, _ in spans] == [True, False, False, True, False, True, False]


def test_a_sentence_about_the_articles_tables_is_no_fact_a75():
    # a75: 表1和表2分别列出了2019年和2021年“修正营业利润”超过10亿元的公司。 led the summary
    s = _page_summary(ARTS, "a75")
    assert "表1和表2" not in s and s.startswith("2021年“修正营业利润”超过10亿元的A股医药上市公司有68家"), s
    assert summarize._TABLE_META.match("表7列出了2021年…") and summarize._TABLE_META.match("上图是财报中的数据")
    assert not summarize._TABLE_META.match("表2显示今年3月份有5个城市的交易回暖")


def test_a_breakdown_by_category_gives_way_to_its_total_c84():
    # c84: 按常住地分,城镇居民人均可支配收入36038.5元… and 农村居民… led before their total
    s = _page_summary(CORPUS, "c84")
    assert "居民人均可支配收入29065元" in s and "按常住地分" not in s and "农村居民" not in s, s


def test_the_headline_acronym_bonus_is_for_the_articles_own_economy_a40():
    # a40 (央行：预计下半年CPI或阶段性破3%…): 6月美国CPI、欧元区HICP同比分别上涨9.1%、8.6% took the
    # bonus of the headline's CPI and led
    s = _page_summary(ARTS, "a40")
    assert "美国CPI" not in s and "13.68万亿元" in s, s
    assert not summarize._own_term("CPI", "6月美国CPI同比上涨9.1%")
    assert summarize._own_term("CPI", "美国CPI上涨9.1%,我国CPI上涨2.5%")


def test_a_forecast_of_an_amount_is_a_fact_of_a_long_analysis_a34():
    # a34 (八部委负责人): 预计今年全年将新增减税降费超过7000亿元。 lost points as a target
    s = _page_summary(ARTS, "a34")
    assert "7000亿元" in s, s
    assert summarize._FORECAST.match("今年全年将新增减税降费超过7000亿元")
    assert not summarize._FORECAST.match("亏损。")


def test_an_editors_note_and_provenance_lines_are_never_in_a_summary():
    # a82 printed 编者按：本文来自微信公众号…，36氪经授权发布。 (a share line); an editor's note that
    # says a figure, and where a text came from, are no summary sentences either
    body = ("编者按：今年前三季度我国GDP同比增长9.8%，本刊特邀专家解读。\n"
            "来源：新华社，2021年10月增长10%。\n"
            "专家认为，三季度增速放缓，全年增长8%应不成问题。\n"
            "前三季度，社会消费品零售总额同比增长16.4%。\n")
    s = _first_article_summary("三季度经济怎么看\n" + body)
    assert "编者按" not in s and "本刊特邀" not in s and "新华社" not in s, s
    assert "16.4%" in s, s


def _fit_text(text: str, scores: list[float], limit: int) -> str:
    """_fit over the text's sentences, scored in order (the first the best)."""
    c = clean(text)
    spans = segment.sentences(c.text)
    assert len(spans) == len(scores)
    return summarize._fit(c, [(s, a, b) for s, (a, b) in zip(scores, spans)], limit)


def _verbatim(summary: str, text: str) -> bool:
    return all(cl in text for cl in re.split(r"[，,；;。]", summary))


def test_a_later_figure_is_said_without_who_gave_it():
    text = "全市地区生产总值392.2亿元，增长5.1%。据市统计局统计，全年粮食产量50.3万吨，增长1.2%。"
    out = _fit_text(text, [5.0, 3.0], 120)
    assert "全年粮食产量50.3万吨，增长1.2%" in out and "据市统计局统计" not in out
    assert _verbatim(out, text)
    # a bare change after it keeps the clause before it: never a change without what changed
    text = "全市地区生产总值392.2亿元，增长5.1%。粮食产量数据显示，同比增长1.2%。"
    assert "粮食产量数据显示" in _fit_text(text, [5.0, 3.0], 120)


def test_a_full_summary_says_its_pieces_in_fewer_clauses_to_say_more_figures():
    lead = ("2025年，全市地区生产总值392.2亿元，增长5.1%，经济运行总体平稳、稳中有进，"
            "高质量发展迈出坚实步伐，人民群众获得感持续增强。")
    text = lead + "全年粮食产量50.3万吨，增长1.2%。"
    out = _fit_text(text, [5.0, 3.0], 60)
    # the lead's comment after its figures gives way to the next figure
    assert "50.3万吨" in out and "392.2亿元" in out and "获得感" not in out
    assert len(out) <= 60 and _verbatim(out, text)
    # with room for both as printed, both are said whole
    out = _fit_text(text, [5.0, 3.0], 120)
    assert "获得感持续增强" in out and "50.3万吨" in out


def test_a_press_releases_question_is_no_summary_and_its_answer_is_said_without_its_label_a88():
    # a88 (我国8月外储32321亿美元): one 问:/答: pair in a news list; the summary opened with the
    # question (问：国家外汇管理局刚刚公布了最新外汇储备规模数据。) and the label 答：
    from analysis import pipeline
    p = next(ARTS.glob("a88_*.txt"))
    s = next(a.summary for a in pipeline.analyze(p.read_bytes(), p.name).articles if "外储" in a.title)
    assert s.startswith("截至2021年8月末，我国外汇储备规模为32321亿美元"), s
    t = ("问:国家外汇管理局刚刚公布了最新外汇储备规模数据。请问造成2021年8月外汇储备规模变动的原因是什么?\n"
         "答:截至2021年8月末,我国外汇储备规模为32321亿美元,较7月末下降38亿美元。\n")
    spans = [(0, 25), (25, 51), (52, len(t) - 1)]
    assert summarize._turns(t, spans) == {0: True, 25: True}
    # 提问: is a question label too (a102: 提问：随着恒大事件的不断发酵,…?)
    assert summarize._turns("提问:是否有必要采取措施?\n答:恒大负债约3000亿美元。\n", [(0, 13), (14, 28)]) == {0: True}
    # one question label without an answer label after it is no Q&A
    assert summarize._turns("记者:为何?\n他说:有10家。\n", [(0, 6), (7, 13)]) == {}
    assert summarize._ANSWER_LABEL.match("答：截至2021年8月末").end() == 2


def test_a_bracketed_note_on_how_a_figure_is_counted_is_left_out_c88():
    # c88: …利润总额79750.1亿元,同比增长38.0%（按可比口径计算，详见附注二）,… — the note took the room
    # of the next figure; 投资（不含农户） is the investment figure gold summaries name
    note = summarize._NOTE.sub
    assert note("", "同比增长38.0%（按可比口径计算，详见附注二），比2019年") == "同比增长38.0%，比2019年"
    assert note("", "全国固定资产投资（不含农户）248654亿元") == "全国固定资产投资248654亿元"
    assert note("", "收入（详见表3-1）") == "收入" and note("", "（人民币，下同）") == ""
    # a note with a figure of its own stays
    assert note("", "货车（不含4.5吨以下货车）") == "货车（不含4.5吨以下货车）"
    s = _page_summary(CORPUS, "c88")
    assert "附注" not in s and "79750.1亿元，同比增长38.0%，" in s, s


def test_a_change_on_a_year_further_back_gives_way_to_the_two_year_average_a02():
    # a02: 1-7月,西安市固定资产投资同比增长7.4%,比2019年1-7月增长20.5%,两年平均增长9.8%。 — the
    # references say the year-on-year change and the two-year average, not the change on 2019
    s = _page_summary(ARTS, "a02")
    assert "固定资产投资同比增长7.4%，两年平均增长9.8%" in s and "比2019年" not in s, s
    c = summarize._compact
    assert c("10月份，规模以上工业增加值同比实际增长3.5%，比2019年同期增长10.6%，两年平均增长5.2%。") == \
        "10月份，规模以上工业增加值同比实际增长3.5%，两年平均增长5.2%。"
    assert c("1—8月，社会消费品零售总额28.1万亿元，同比增长18.1%，比2019年同期增长8%。") == \
        "1—8月，社会消费品零售总额28.1万亿元，同比增长18.1%。"
    # the change itself (no year-on-year one before it) stays: 比2024年 is the year before
    assert c("全市一般公共预算收入8500.9亿元，比2024年增长1.5%。") == "全市一般公共预算收入8500.9亿元，比2024年增长1.5%。"
    assert c("一季度GDP同比增长18.3%，比2020年四季度环比增长0.6%；") == "一季度GDP同比增长18.3%，比2020年四季度环比增长0.6%；"


def test_who_spoke_or_chaired_is_protocol_not_news_a102():
    # a102 (刘鹤:目前房地产市场出现了个别问题…): the summary said 刘鹤作书面致辞。 and 蔡奇出席开幕式并致辞。
    # before what was said; seed 004 (市政协党组召开2022年度民主生活会) opened with 乔晓峰主持会议。
    from analysis import pipeline
    p = next(ARTS.glob("a102_*.txt"))
    s = pipeline.analyze(p.read_bytes(), p.name).articles[0].summary
    assert "致辞" not in s and "刘鹤强调，金融系统要进一步主动担当作为。" in s, s
    prot = summarize._PROTOCOL.search
    assert prot("中共中央政治局委员、北京市委书记蔡奇出席开幕式并致辞。") and prot("国务院副总理刘鹤作书面致辞。")
    assert prot("市政协党组书记、主席乔晓峰主持会议。")
    # what the speech said is no protocol
    assert not prot("刘鹤强调，金融系统要进一步主动担当作为。") and not prot("郭树清在出席论坛时表示，煤炭占比56.8%。")


def test_a_later_piece_leaves_out_the_time_its_lead_says_a02():
    # a02: 1-7月,西安市规模以上工业增加值…。1-7月,西安市固定资产投资… — the time said once, the room
    # it took says the next figure (限额以上企业(单位)消费品零售额)
    s = _page_summary(ARTS, "a02")
    assert s.startswith("1-7月，西安市规模以上工业增加值同比增长5.8%") and s.count("1-7月") == 1, s
    assert "。西安市固定资产投资同比增长7.4%" in s, s
    w = summarize._said_when
    assert w("2021年，宁波实现地区生产总值14594.9亿元；", "2021年，宁波全市完成自营进出口总额11926.1亿元。") == \
        "宁波全市完成自营进出口总额11926.1亿元。"
    # another time is said; a bare change keeps the time it is of
    assert w("1—11月份，利润总额79750.1亿元。", "1—10月份，营业收入114.31万亿元。") == "1—10月份，营业收入114.31万亿元。"
    assert w("上半年，社零245458亿元。", "上半年，同比增长5.3%。") == "上半年，同比增长5.3%。"


def test_the_first_figure_of_what_a_figure_headline_names_gains_c86():
    # c86 (5月全国汽车产销量环比双下降): the summary opened with 5月份乘用车同比全部实现增长是一个良好的信号,…
    # — now with 5月份全国汽车产量为131.27万辆, the headline's figure
    s = _page_summary(CORPUS, "c86")
    assert s.startswith("据中国汽车技术研究中心数据，5月份全国汽车产量为131.27万辆"), s
    names = summarize._title_names("1-11月份全国规模以上工业企业利润同比增长38.0% 两年平均增长18.9%")
    assert names[0] == "全国规模以上工业企业利润" and "两年平均" not in names
    got = summarize._names_title("1—11月份，全国规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%。", names, [])
    assert got == "全国规模以上工业企业"
    # once a name: a later sentence of the same thing gains nothing
    assert summarize._names_title("规模以上工业企业实现营业收入114.31万亿元。", names, [got]) == ""


def test_the_writer_pointing_at_the_article_is_no_fact_a79_a89():
    # a79: the summary opened with 我们刚好能够通过资料与数据去看下 2 个市场的发展情况,… and a89 with
    # 在这里，必须先提出一个观点,…: the writer's signposts, what the article says comes after them
    for s in (_page_summary(ARTS, "a79"), _page_summary(ARTS, "a89")):
        assert "我们刚好能够" not in s and "必须先提出一个观点" not in s, s
    sign = summarize._SIGNPOST.search
    assert sign("在这里，必须先提出一个观点，就是中国经济走向的决定性力量，并非是高科技或者金融等领域。")
    assert sign("在这个重要节点，我们刚好能够通过资料与数据去看下 2 个市场的发展情况。")
    # what the writer found, and what 我们 did, are facts
    assert not sign("笔者梳理发现，2021年有10个副省级城市GDP超过万亿。")
    assert not sign("我们去年占美国GDP的比例是68.4%。")
    assert not sign("这里的房价同比上涨3.2%。")


def test_a_sentence_pointing_back_at_the_one_before_is_marked_down_c139_a79():
    # c139: 此后,研发项目又被列入…,1000万元项目支持资金撬动企业10倍研发投入 tied with the facts after
    # it and led; a79: 前者是因为疫情… led. Each goes on from the sentence before it
    def scores(body: str) -> dict[str, float]:
        c, sents, segs = _doc("湖南打造科技创新高地\n" + body + "\n")
        art = next(x for x in segs if x.kind == "article")
        spans = summarize._sent_spans(art, sents)
        return {c.text[a:b]: sc for sc, a, b in summarize._score_sentences(c, art, spans, [])}

    one = "研发项目被列入“十大技术攻关项目”,1000万元项目支持资金撬动企业10倍研发投入。"
    for opening in ("此后,", "前者", "其余"):
        got = scores("企业牵头组建了创新联合体。" + opening + one + "全省已突破关键核心技术130余项。")
        plain = scores("企业牵头组建了创新联合体。" + one + "全省已突破关键核心技术130余项。")
        after = next(v for k, v in got.items() if k.endswith(one))
        assert after < plain[one], (opening, got, plain)
    assert summarize._ANAPHORA.match("其中,出口增长5%。") is None
    # a185: a broadcast's sentence pointing at the place its footage shows (这段…滨水空间,…。 / 在江苏
    # 的这家钢厂,…。): the example, not the news; a time (这段时间) points at nothing shown
    assert summarize._ANAPHORA.match("这段北京城区内全长11公里的滨水空间,经过持续的综合治理。")
    assert summarize._ANAPHORA.match("在江苏的这家钢厂,冶炼时产生的热量通过余热回收系统发电。")
    assert summarize._ANAPHORA.match("这段时间,全市消费持续回暖。") is None


def test_a_topics_figure_is_said_with_what_is_said_of_it_a36_a66():
    # a36: 商家发行一张面额价值标称500元的蟹券。 was cut from its sentence (…的蟹券,以400元的价格卖给…):
    # a figure describing the noun a clause ends with is the sentence's topic, not what it reports
    one = summarize._one_figure
    assert one("商家发行一张面额价值标称500元的蟹券，以400元的价格卖给有需要的消费者，黄牛再回收。") == \
        "商家发行一张面额价值标称500元的蟹券，以400元的价格卖给有需要的消费者。"
    assert summarize._squeeze("3151.08亿元的经济总量，在省内连超龙岩、莆田和三明三座城市，也一跃跨入百强行列。") == \
        "3151.08亿元的经济总量，在省内连超龙岩、莆田和三明三座城市。"
    # a clause whose figure is what it reports is cut as before (…的记者深入朔州: a verb, no topic)
    assert one("全市固定资产投资同比增长45.6%，高于全区25.9个百分点，位居全区第一。") == "全市固定资产投资同比增长45.6%。"
    assert summarize._TOPIC.search("来自13家中央、省、市媒体的记者深入朔州，") is None
    assert "距离淮河100公里左右的宿州。" not in _page_summary(ARTS, "a66")


def test_a_bare_change_is_said_only_right_after_what_changed_a87():
    # a87 ended with 全国固定资产投资248654亿元，同比增长2.8%。同比增长5.3%。 (扣除价格因素影响 left out:
    # the same change said again, bare) — now the demand's share of growth (贡献率达68.8%) is said
    s = _page_summary(ARTS, "a87")
    assert not s.endswith("。同比增长5.3%。") and "贡献率达68.8%" in s, s
    goes = summarize._bare_goes_on
    t = "6月份CPI环比下降0.4%，降幅比上月扩大0.2个百分点；同比上涨1.1%。"
    assert goes(t, [(0, t[:t.index("；") + 1], t.index("；") + 1)], t.index("；") + 1, "同比上涨")
    t = "中国的物价保持低位、平稳，2021年上涨0.9%。"
    assert not goes("GDP增速达到8.1%。" + t, [(0, "GDP增速达到8.1%。", 11)], 24, "2021年上涨")
    assert summarize._BARE_OPEN.match("2021年上涨0.9%。") and not summarize._BARE_OPEN.match("物价上涨0.9%。")


def test_a_features_lead_leaves_out_its_closing_comment_a70_a82():
    # a82: 创办两年多的FITURE,…最新这轮融资更是上升到3亿美元,在估值层面一跃成为小独角兽。 — the comment
    # after the lead's last figure gives its room to the next figure
    s = _page_summary(ARTS, "a82")
    assert s.startswith("创办两年多的FITURE，每月出货量仅几百台") and "上升到3亿美元。" in s and "小独角兽" not in s, s
    s = _page_summary(ARTS, "a70")
    assert "1.1万名人才加入" in s and "首次向应届毕业生开放" not in s, s
    ends = summarize._ENDS_FIGURE.search
    assert ends("最新这轮融资更是上升到3亿美元。") and ends("2024年，百度吸引了超过1.1万名人才加入；")
    # a figure inside what the lead names (…10万千瓦光伏电站项目正式开工建设): its meaning stays
    assert not ends("山西建投建工集团公司承建的忻州市代县雁门10万千瓦光伏电站项目正式开工建设。")


def test_a_figure_cut_to_its_room_keeps_more_than_its_base_c74():
    # c74 ended with 相较去年大年初一2900人次的观影规模，今年大年初一。 — the sentence cut to the room left
    # the base a figure is compared with and not the figure (观影规模突破5000人次): no such piece
    s = _page_summary(CORPUS, "c74")
    assert "今年大年初一。" not in s and not s.endswith("观影规模。"), s
    assert summarize._BASE_CLAUSE.match("相较去年大年初一2900人次的观影规模，")


def test_a_report_of_a_press_conference_says_which_and_when_c133_c144():
    # c144/c133 (开局起步“十五五”·专题新闻发布): the lead 4月13日,开局起步“十五五”湖南专场新闻发布会在
    # 湖南长沙举行。 says the occasion; the summary opens with it, said short, then the figures
    s = _page_summary(CORPUS, "c144")
    assert s.startswith("4月13日，湖南专场新闻发布会："), s
    s = _page_summary(CORPUS, "c133")
    assert s.startswith("4月20日，陕西专场新闻发布会："), s
    t = "4月13日,开局起步“十五五”湖南专场新闻发布会在湖南长沙举行。省长表示,…"
    assert summary_select.press_lead(t, [(0, 35)]) == "4月13日，湖南专场新闻发布会："
    # an occasion in a later sentence, or no conference held: no lead
    assert summary_select.press_lead("近年来,湖南发展很快。" + t, [(0, 11), (11, 20), (20, 55)]) == ""
    assert summary_select.press_lead("4月13日,湖南省举行发布会。", [(0, 15)]) == ""


def test_an_editors_note_signed_at_its_end_stating_what_reporters_found_leads_a129():
    # a129 (管网铺设12年 村民主要还是用自备井): the note signed ——编  者 says what the reporters
    # found (本报记者两赴民和县河东村,了解到…铺设12年,近两三个月才陆续通水); the county's reply
    # printed after it (情况如下:…) does not lead
    from analysis import pipeline
    p = next(ARTS.glob("a129_*.txt"))
    s = next(a.summary for a in pipeline.analyze(p.read_bytes(), p.name).articles
             if "管网铺设12年" in (a.title or ""))
    assert "本报记者两赴民和县河东村" in s, s
    text = "记者走访发现,管网铺设多年,近期才通水。\n——编  者\n人民日报社:\n情况如下:全村共311户。\n"
    spans = [(0, 20), (30, 43)]
    assert summarize._editor_note(text, spans) == ({0}, set())
    # a note asking what a page discusses (…面临哪些压力挑战？本版邀请…): a frame, no summary
    text = "稳投资面临哪些挑战？本版邀请三位负责人。\n——编  者\n"
    assert summarize._editor_note(text, [(0, 10), (10, 20)]) == (set(), set())


def test_a_headline_amount_in_words_is_a_count_the_first_sentence_printing_it_gains_c146():
    # c146 (小丝网织出千亿元产业链): the sentence saying 上万家丝网工贸企业…年产值超千亿元 restates the
    # headline's amount written with a word for its magnitude (千亿元, not 1000亿元), not the
    # project's story told after it
    s = _page_summary(CORPUS, "c146")
    assert s.startswith("在“中国丝网之乡”河北安平县"), s
    assert summarize._title_counts("小丝网织出千亿元产业链") == ["千亿元"]
    assert summarize._title_counts("中印贸易首破千亿美元大关") == ["千亿美元"]
    assert summarize._title_counts("10城超万亿，还有4城7千亿") == ["万亿"]  # 7千亿: a digit's


def test_the_first_sentence_printing_a_count_the_headline_states_gains_a112_c118():
    # a112 (1-4月关店超1000家，这个业态成重灾区): the lead 据联商网…统计,截止4月底,…全国各业态合计已有超
    # 1000家门店停业,… restates the headline's count; a breakdown (其中新式茶饮品牌闭店最多,…) led
    s = _page_summary(ARTS, "a112")
    assert s.startswith("据联商网零售研究中心不完全统计"), s
    # c118 (143个区人口超100万): the sentence saying 共有143个区人口超过了100万大关 leads
    s = _page_summary(CORPUS, "c118")
    assert "共有143个区人口超过了100万大关" in s, s
    # the counts and whole amounts of a headline, not a percentage point nor a year
    assert summarize._title_counts("1月CPI同比上涨0.9% 涨幅较上月回落0.6个百分点") == []
    assert summarize._title_counts("143个区人口超100万：浦东居首") == ["143个", "100万"]
    body = ("零售商业举步维艰,门店倒闭潮汹涌袭来。\n"
            "据统计,今年以来全国各业态合计已有超1000家门店停业,波及多个业态。\n"
            "其中新式茶饮品牌闭店最多,共有7个,占比33%。\n"
            "其中沃尔玛关店数量最多,闭店12家,占比约25%。\n")
    c, sents, segs = _doc("1-4月关店超1000家\n" + body)
    art = next(s for s in segs if s.kind == "article")
    assert summarize.article_summary(c, art, sents, []).startswith("据统计,今年以来全国各业态")


def test_a_preliminary_count_of_a_past_year_is_no_target_c105():
    # c105 (169个国家高新区创造48万亿营收): 初步核算,2021年全国169家国家级高新区预计全年营业收入超过48万亿元,
    # 同比增长12%左右。 is what the year reached (its 预计 and 左右 round it), not a plan
    s = _page_summary(CORPUS, "c105")
    assert "营业收入超过48万亿元" in s, s
    assert summarize._PRELIMINARY.search("初步核算,2021年全国GDP增长8.1%左右。")
    assert not summarize._PRELIMINARY.search("预计全年增长6%左右。")


def test_a_reports_sentence_of_figures_after_a_long_framing_says_its_figures_c109():
    # c109 (2026年湖南省政府工作报告, the review's opening only): its one sentence of the year's
    # figures opens on 170 characters of framing (面对错综复杂的…任务,我们坚持…,全力推进“七大攻坚”,…):
    # the summary said the framing and no figure
    s = _page_summary(CORPUS, "c109")
    # (its speaker's line is his name alone: the name, the date and the session lead)
    assert s.startswith("毛伟明2026年2月3日在湖南省十四届人大四次会议上：全省地区生产总值达到5.53万亿元"), s
    from analysis import summary_select
    t = "面对" + "复杂形势,我们坚持稳中求进," * 6 + "全省地区生产总值达到5.53万亿元。其他。"
    out = summary_select._framed_best(t, [(5.0, 0, t.index("其")), (1.0, t.index("其"), len(t))])
    assert t[out[0][1]:out[0][2]] == "全省地区生产总值达到5.53万亿元。"
    # a framing that says when (a news lead's date) stays
    t = "2月27日," + "合作中心在上海成立,旨在协同各国共同应对代谢性疾病难题," * 3 + "培训2000名专家。"
    assert summary_select._framed_best(t, [(5.0, 0, len(t))]) == [(5.0, 0, len(t))]


def test_a_bulletin_follows_its_gdp_with_other_figures_of_the_whole_not_its_parts_c116():
    # c116 (哈密市…统计公报): after the city's GDP the summary said 伊州区…、伊吾县实现地区生产总值…
    # (the same figure of its parts); now the city's jobs, prices and grain follow
    s = _page_summary(CORPUS, "c116")
    assert "伊州区" not in s and "伊吾县" not in s, s
    assert "全年城镇新增就业9575人" in s, s
    from analysis import summary_select
    assert summary_select._part_of("伊州区", "哈密市")
    assert not summary_select._part_of("哈密市", "伊州区") and not summary_select._part_of("重庆市", "广州市")
    # a part's figure of another key is new
    assert summary_select._new_keys({("gdp", "伊州区"), ("retail_sales", "伊州区")}, {("gdp", "哈密市")}) == \
        {("retail_sales", "伊州区")}


def test_a_long_features_one_late_core_figure_is_a_side_detail_a111():
    # a111 (11个重点城市人口变局): its one core figure, 2021年,成都全市规模以上工业增加值比上年增长11.4%。
    # two thirds in, led a story on the cities' population; the total the headline is about leads
    s = _page_summary(ARTS, "a111")
    assert "规模以上工业增加值" not in s, s
    assert "总增量为96.39万人" in s, s
    # a core figure in the first half stays a headline figure, one in the second half does not lead
    filler = ["这一段文字说明城市的情况和背景,没有新的数字可以报告。\n"] * 12
    core = "全市规模以上工业增加值增长11.4%。\n"
    lead = "据统计,这些城市今年常住人口增量减少至96万人。\n"
    fig = ("规模以上工业增加值增长11.4%", "industrial_value_added")
    late = _first_article_summary("城市人口变局\n" + lead + "".join(filler) + core, fig)
    assert late.startswith("据统计"), late  # (the late core figure led it)
    assert "11.4%" in _first_article_summary("城市人口变局\n" + lead + core + "".join(filler), fig)


def test_a_headline_naming_places_leads_with_their_figures_not_those_compared_c45():
    # c45 (湖南14市州GDP排行出炉，郴州勇夺GDP增速第一): the summary led with 全国前15名的城市,… and
    # 排名在长沙之前的宁波、青岛、无锡,全年GDP增速分别为… (places outside Hunan it compares with)
    s = _page_summary(CORPUS, "c45")
    assert s.startswith("去年，岳阳市实现GDP4402.98亿元"), s
    from analysis import summary_select
    hunan = summary_select._title_places(("湖南14市州GDP排行出炉，郴州勇夺GDP增速第一",))
    assert summary_select._of_places({("gdp", "岳阳市")}, hunan)
    assert not summary_select._of_places({("gdp", "宁波市、青岛市")}, hunan)
    assert not summary_select._of_places({("gdp", "全国")}, hunan)
    assert summary_select._title_places(("全国GDP增长5%",)) == frozenset()


def test_a_ranking_clause_keeps_the_clause_naming_its_subject():
    # 以…排名第二 says no subject: the short clause before it (whose figure) stays
    t = "乙省紧随其后,以2588.3亿元排名第二。"
    assert t[summary_select._trim_head(t, 0, len(t)):] == t
    # a clause pointing back at its subject (这两座城市…, 该市…) keeps the clause naming it
    t = "领跑的是甲市和乙市,这两座城市2021年GDP双双突破4万亿元。"
    assert t[summary_select._trim_head(t, 0, len(t)):] == t
    # 都 / 均 distribute a figure over the places named in the clause before: it stays
    t = "以收入来看,甲省、乙省表现突出,相比2019年增长率都高达15%以上。"
    assert t[summary_select._trim_head(t, 0, len(t)):] == "甲省、乙省表现突出,相比2019年增长率都高达15%以上。"
    # (not 人均, 成都: no distributing word)
    t = "从收入来看,成都居民人均可支配收入增长8.1%。"
    assert t[summary_select._trim_head(t, 0, len(t)):] == "成都居民人均可支配收入增长8.1%。"
    # a framing clause before a figure with its own subject still goes
    t = "各位代表,全省上下稳中求进,地区生产总值增长5.3%。"
    assert t[summary_select._trim_head(t, 0, len(t)):] == "地区生产总值增长5.3%。"


def test_an_occasion_line_broken_over_two_lines_still_lets_the_author_lead():
    # the occasion printed over two lines (a PDF's line break inside it), the author line after it
    t = ("关于某市2025年财政预算执行情况的报告\n——2026年2月8日在某市第五届\n人民代表大会第五次会议上\n"
         "某市财政局\n各位代表：\n")
    assert summary_select.author_lead(t, 0, len(t)) == "某市财政局："
    t = "报告\n——2026年2月3日在某省第十四届\n人民代表大会第四次会议上\n某省省长 王 凯\n各位代表："
    assert summary_select.occasion_lead(t, 0, len(t)) == "某省省长王凯2026年2月3日在某省十四届人大四次会议上："


def test_a_budget_completion_rate_goes_with_a_full_width_percent_sign():
    assert summarize._compact("全市一般公共预算收入38.9亿元，占预算的100.5％，增长7.3％。") == \
        "全市一般公共预算收入38.9亿元，增长7.3％。"
    assert summarize._compact("全市一般公共预算支出194.4亿元，占调整及变动预算的84.1％。") == \
        "全市一般公共预算支出194.4亿元。"
    assert summarize._compact("市直一般公共预算收入6.1亿元，为预算数的101.5%，增长15.3%。") == \
        "市直一般公共预算收入6.1亿元，增长15.3%。"


def test_an_item_number_opening_a_sentence_is_not_said():
    from types import SimpleNamespace
    for t, want in (("1.一般公共预算收入24.9亿元。", "一般公共预算收入24.9亿元。"),
                    ("2．地级市投资增速前二名:甲市增长36.4%。", "地级市投资增速前二名:甲市增长36.4%。"),
                    ("1.5万亿元的投资已到位。", "1.5万亿元的投资已到位。"),
                    ("12.3%的企业盈利。", "12.3%的企业盈利。")):
        assert summarize._display(SimpleNamespace(text=t), 0, len(t)) == want


def test_a_readers_commentary_leads_with_its_writer_and_closing_argument():
    # 来论: a headline over the reader's place and name (湖南省长沙市  李焱婕): the summary says who
    # wrote it, from where (the province left out), then the argument of its last paragraph,
    # not its opening anecdote
    page = ("来论\n《人民日报》（2026年04月17日第 05 版）\n学会正确地“说不”\n河南省禹州市  何冠军\n"
            "认识一位性格直爽的街道干部，他随口答应了居民加装电梯的要求。结果说法迅速传开，给工作造成被动。\n"
            "还有一种情况，就是对群众的意见简单地一拒了之，不做沟通、解释。\n"
            "为民排忧解难，需讲求实事求是。对确实办不到的事学会说“不”，同样体现责任担当。\n"
            "把好事办实\n湖南省长沙市  李焱婕\n看发展，我们往往会盯着排名。\n高质量发展，藏在顺畅与安心之中。")
    out = _first_article_summary(page)
    assert out.startswith("禹州市何冠军：为民排忧解难，需讲求实事求是。")
    assert "电梯" not in out and len(out) <= summarize.ARTICLE_MAX


def test_a_kickers_counts_in_characters_find_the_sentences_printing_them_in_digits():
    # 命名航线一百四十八条、联盟成员数量达三百七十五家—— over the headline: the sentences printing
    # 148条 and 375家 say the article's headline figures, before a side measure's sentence
    assert summarize._arabic_counts("命名航线一百四十八条、联盟成员数量达三百七十五家——") == \
        "命名航线148条、联盟成员数量达375家——"
    assert summarize._arabic_counts("“十五五”规划纲要") == "“十五五”规划纲要"
    assert summarize._title_counts("出台18条措施") == ["18条"]
    page = ("命名航线一百四十八条、联盟成员数量达三百七十五家——\n“丝路海运”助港航贸一体化发展\n"
            "本报记者  施  钰\n厦门港海天码头，一艘货船离泊，物流效率提升了20%以上。\n"
            "有关部门推出17项配套措施，涵盖航线优化、监管创新等，货物综合物流效率提升20%以上。\n"
            "始发自国内10余个港口的148条航线，覆盖48个国家和地区的150座港口。\n"
            "3月26日，8家新成员加入联盟，联盟成员数量达375家。\n船长说，航行很顺利。")
    out = _first_article_summary(page)
    assert "148条" in out and "375家" in out


def test_a_place_features_facts_begin_with_a_figure_of_its_place_c137():
    # c137 (辽宁制造提“智”加“数”): a feature opening on one company's story (今年一季度，企业产量同比
    # 增长11.27%。); its facts begin where the province's figures are given, not in that story
    body = ("拍72张照片，检测一支药液，需要多久？今年4月，某制药公司智能灯检机再升级。\n"
            "公司主任说，智能改造让公司生产全流程提质增效。今年一季度，企业产量同比增长11.27%。\n"
            "作为老工业基地，湖北把推进制造业智能化改造作为全面振兴的战略抓手。\n"
            "厂区除尘风机改为按需供风，节能13%。实施改造后，某钢铁公司物流效率提升50%。\n"
            "在湖北，这样的先进级智能工厂有273家。湖北建成670家基础级、18家卓越级智能工厂。\n"
            "一条生产线上，汽车座椅形状各异。订单信息从客户端直达生产线。\n"
            "目前，湖北完成9687家规上工业企业数字化评估。湖北已建成5G基站达15.6万个。\n"
            "售后环节，售后响应效率提升超50%。湖北继续推进制造业智能化改造。\n")
    c, sents, segs = _doc("湖北制造提质增效\n" + body)
    art = next(s for s in segs if s.kind == "article")
    got = summarize.article_summary(c, art, sents, [], limit=60)
    assert got.startswith("在湖北，这样的先进级智能工厂有273家。"), got
    assert "企业产量同比增长11.27%" not in got, got
    # a headline naming no place: the first figures open the facts as before
    c, sents, segs = _doc("制造提质增效\n" + body.replace("湖北", "全省"))
    art = next(s for s in segs if s.kind == "article")
    got = summarize.article_summary(c, art, sents, [], limit=60)
    assert got.startswith("今年一季度，企业产量同比增长11.27%。"), got


def test_an_item_of_a_list_of_measures_gives_way_to_the_periods_figures_c135():
    # c135 (三个关键词看首季能源形势): 一是大力提升油气勘探开发力度,…原油产量持续保持年产2亿吨以上…
    # says what was done, a figure in passing; the quarter's figures said after it lead
    text = ("首季能源形势平稳\n"
            "能源问题是发展中的战略问题。今年以来，我国能源供应得到有效保障。\n"
            "一是大力提升油气勘探开发力度，原油产量持续保持年产2亿吨以上，天然气产量连续9年超百亿立方米增产。\n"
            "二是加快推动油气基础设施建设，长输油气管道里程突破20万公里。\n"
            "我国已经与近50个国家开展油气贸易合作，进口来源涵盖全球主要油气出口国。\n"
            "截至今年3月底，全国可再生能源装机达到23.95亿千瓦，同比增长22%。\n")
    got = _first_article_summary(text, ("原油产量持续保持年产2亿吨", None), ("超百亿立方米", None),
                                 ("23.95亿千瓦", None), ("22%", None))
    assert got.startswith("截至今年3月底，全国可再生能源装机达到23.95亿千瓦"), got
    # (the measure may still follow, after the figures)


def test_a_lead_giving_a_count_opens_the_facts_c133():
    # c133 (陕西专场新闻发布会): its second sentence “十四五”时期,陕西培育形成…21个国家级产业集群 says a
    # count (no % nor 亿): a figure all the same; the next figures do not take the lead from it
    text = ("发挥比较优势培育新的增长点\n"
            "4月20日，专场新闻发布会在西安举行。\n"
            "“十四五”时期，全省培育形成现代煤化工、航空等21个国家级产业集群，产业发展动能强劲。\n"
            "推动先进制造业提质扩量增效。\n"
            "近年来，全省研制的127项重大技术装备得到推广应用，汽车产量增长1.7倍。\n"
            "苹果、猕猴桃产业，成为特色农业的典型代表。\n"
            "推动服务业扩能提质。\n"
            "仅西安从事软件行业的人数就超过30万人。\n"
            "全省生产的超六成煤炭送往省外，有力保障了国家能源安全。\n"
            "中欧班列2025年开行6037列。\n"
            "科技型中小企业数量增长3.2倍。\n"
            "文旅产业链群营收年均增长11.02%。\n"
            "全省将持续发力。\n")
    c, sents, segs = _doc(text)
    art = next(s for s in segs if s.kind == "article")
    spans = summarize._with_quotes(c.text, summarize._with_subjects(c.text, summarize._sent_spans(art, sents)))
    score = {c.text[a:b][:4]: s for s, a, b in summarize._score_sentences(c, art, spans, [])}
    assert score["“十四五"] > score["近年来,"], score


def test_a_place_features_figures_of_that_place_come_before_a_workshops_detail_c137():
    # c137 (辽宁制造提“智”加“数”): 截至今年一季度,辽宁工业企业数字化研发设计工具普及率达86.7% (the
    # province's figure) before 生产环节,系统实时获取产品数据,生产效率提高超30% (one plant's)
    body = ("拍72张照片，检测一支药液，需要多久？\n"
            "作为老工业基地，湖北推进制造业智能化改造。\n"
            "生产调度中心里，工人操作电脑，实现一键炼钢。\n"
            "生产环节，系统实时获取产品数据，生产效率提高超30%。\n"
            "截至今年一季度，湖北工业企业数字化研发设计工具普及率达86.7%。\n"
            "一条生产线上，汽车座椅形状各异。订单信息从客户端直达生产线。\n"
            "企业负责人说，专家一对一梳理短板。弧光闪烁，焊接机器人精准焊接。\n"
            "政府牵线搭台，公司量身定制方案。售后环节，用户扫码即可一键发起服务需求。\n"
            "湖北继续推进制造业智能化改造。\n")

    def scores(title):
        c, sents, segs = _doc(title + "\n" + body)
        art = next(s for s in segs if s.kind == "article")
        spans = summarize._with_quotes(c.text, summarize._with_subjects(c.text, summarize._sent_spans(art, sents)))
        return {c.text[a:b][:4]: s for s, a, b in summarize._score_sentences(c, art, spans, [])}

    got = scores("湖北制造提质增效")
    base = scores("湖北领涨全国")  # a headline on the country: a place in it is one of many
    assert got["截至今年"] == base["截至今年"] + summarize.PLACE_FIGURE, (got, base)
    assert got["生产环节"] == base["生产环节"], (got, base)


def test_a_place_features_province_and_whole_place_are_its_place_c141():
    # c141 (白山松水塑造冰天雪地新优势: 白山 is a city of 吉林): 吉林省持续完善…,目前建成68个滑雪场地
    # and 全省… give figures of the feature's place; 本届赛事…吸引3000多名选手参赛 (one event's) does not
    body = ("新年伊始，某公司生产线隆隆作响，一双双滑雪靴逐渐成型。\n"
            "松花江上，发令枪响。1月31日，滑冰挑战赛开赛。\n"
            "本届赛事设置了3项冰雪赛事，吸引3000多名选手参赛。\n"
            "湖北省持续完善冰雪运动基础设施，目前建成68个滑雪场地。\n"
            "冰天雪地起新潮。游客漫步仿古街巷，沉浸式学习古语发音。\n"
            "新雪季，全省新开冰雪旅游公交专线64个。\n"
            "屋内，工作人员正为小运动员测量。屋外，一排排冰鞋摆满货架。\n"
            "顶层设计持续完善。冰雪经济高质量发展。\n")

    def scores(title):
        c, sents, segs = _doc(title + "\n" + body)
        art = next(s for s in segs if s.kind == "article")
        spans = summarize._with_quotes(c.text, summarize._with_subjects(c.text, summarize._sent_spans(art, sents)))
        return {c.text[a:b][:4]: s for s, a, b in summarize._score_sentences(c, art, spans, [])}

    got = scores("宜昌塑造冰天雪地新优势")  # 宜昌 lies in 湖北
    base = scores("塑造冰天雪地新优势")
    assert got["湖北省持"] == base["湖北省持"] + summarize.PLACE_FIGURE, (got, base)
    assert got["新雪季,"] == base["新雪季,"] + summarize.PLACE_FIGURE, (got, base)
    assert got["本届赛事"] == base["本届赛事"], (got, base)
    # places of two provinces (宜昌领跑，广州居次): a comparison, no whole place of its own
    two = scores("宜昌领跑，广州居次")
    assert two["湖北省持"] == base["湖北省持"] and two["新雪季,"] == base["新雪季,"], (two, base)


def test_a_place_features_figure_restating_its_headline_gains_c142(monkeypatch):
    # c142 (“十四五”时期甘肃省林草事业高质量发展取得新成效): “十四五”时期,全省森林覆盖率…提升至12.97%
    # says what the headline says; 全省新增林权流转面积26万亩 is one of its facts
    text = ("“十四五”时期湖北省林草事业取得新成效\n"
            "面对1686公里的风沙线，湖北将攻坚战作为头等大事。\n"
            "省委、省政府高位推动，统筹谋划，强力推进。\n"
            "湖北坚持走科学、生态、务实的绿化之路。\n"
            "“十四五”时期，全省森林覆盖率从11.33%提升至12.97%。\n"
            "全省新增林权流转面积26万亩。\n"
            "生态保护离不开改革驱动。湖北深化集体林权制度改革。\n"
            "产权明晰激活了市场。更多金融活水流向青山。\n"
            "持续提升林草政务服务水平。着力推进一网通办。\n"
            "走出了一条增绿又增收的可持续发展之路。\n")

    def scores():
        c, sents, segs = _doc(text)
        art = next(s for s in segs if s.kind == "article")
        spans = summarize._with_quotes(c.text, summarize._with_subjects(c.text, summarize._sent_spans(art, sents)))
        return {c.text[a:b][:4]: s for s, a, b in summarize._score_sentences(c, art, spans, [])}

    got = scores()
    monkeypatch.setattr(summarize, "HEADLINE_WORDS", 0.0)
    base = scores()
    assert got["“十四五"] > base["“十四五"], (got, base)
    assert got["全省新增"] == base["全省新增"], (got, base)


def test_a_features_lead_whose_figures_frame_it_reports_no_figure_c142():
    # c142: 面对河西走廊1686公里的风沙线和212个重点风沙口,甘肃将打好…攻坚战作为头等大事。 sets the
    # scene (its figures are in the frame 面对…,): no lead bonus of a sentence reporting a figure
    rest = ("省委、省政府高位推动，统筹谋划，强力推进。\n"
            "“十四五”时期，全省森林覆盖率从11.33%提升至12.97%。\n"
            "全省新增林权流转面积26万亩。\n"
            "生态保护离不开改革驱动。湖北深化集体林权制度改革。\n"
            "产权明晰激活了市场。更多金融活水流向青山。\n"
            "持续提升林草政务服务水平。着力推进一网通办。\n"
            "走出了一条增绿又增收的可持续发展之路。\n")

    def first(lead):
        c, sents, segs = _doc("湖北林草事业取得新成效\n" + lead + "\n" + rest)
        art = next(s for s in segs if s.kind == "article")
        spans = summarize._with_quotes(c.text, summarize._with_subjects(c.text, summarize._sent_spans(art, sents)))
        return summarize._score_sentences(c, art, spans, [])[0][0]

    framed = first("面对1686公里的风沙线，湖北将攻坚战作为头等大事。")
    plain = first("湖北治理1686公里的风沙线，将攻坚战作为头等大事。")
    assert plain - framed >= 1.0, (plain, framed)


def test_a_place_features_side_core_figure_leaves_it_a_feature_on_its_place_c141():
    # c141 (白山松水…): its one core figure (2026年春节假期,…国内游客出游总花费…增长24.9%) comes in
    # its second half, a side detail; the feature stays one on its place: 湖北省…建成68个滑雪场地
    # (a figure of its province) gains as without that figure, 本届赛事… (one event's) does not
    body = ("新年伊始，某公司生产线隆隆作响，一双双滑雪靴逐渐成型。\n"
            "松花江上，发令枪响。1月31日，滑冰挑战赛开赛。\n"
            "本届赛事设置了3项冰雪赛事，吸引3000多名选手参赛。\n"
            "湖北省持续完善冰雪运动基础设施，目前建成68个滑雪场地。\n"
            "冰天雪地起新潮。游客漫步仿古街巷，沉浸式学习古语发音。\n"
            "新雪季，全省新开冰雪旅游公交专线64个。\n"
            "屋内，工作人员正为小运动员测量。屋外，一排排冰鞋摆满货架。\n"
            "春节假期，全省国内游客出游总花费增长24.9%。\n"
            "顶层设计持续完善。冰雪经济高质量发展。\n")

    def scores(title, side):
        c, sents, segs = _doc(title + "\n" + body)
        art = next(s for s in segs if s.kind == "article")
        inds = [_ind(c, "国内游客出游总花费", "tourism_revenue", 0)] if side else []
        spans = summarize._with_quotes(c.text, summarize._with_subjects(c.text, summarize._sent_spans(art, sents)))
        return {c.text[a:b][:4]: s for s, a, b in summarize._score_sentences(c, art, spans, inds)}

    got = scores("宜昌塑造冰天雪地新优势", True)  # 宜昌 lies in 湖北
    base = scores("塑造冰天雪地新优势", True)
    assert got["湖北省持"] == base["湖北省持"] + summarize.PLACE_FIGURE, (got, base)
    assert got["本届赛事"] == base["本届赛事"], (got, base)
    # cities of several provinces (宜昌领跑，广州居次) with a side core figure: a report's comparison
    two = scores("宜昌领跑，广州居次", True)
    assert two["湖北省持"] == base["湖北省持"], (two, base)


def test_a_speakers_tag_after_the_quote_it_closes_is_no_sentence_a130():
    # a130 (村民乐享家门口的精彩节目): “有歌有舞有戏曲,大家都看得特别开心!”…村民方秋兰说。 is cut after
    # the quote's !”: its tail, who said it, led the summary
    text = ("村民乐享家门口的精彩节目\n"
            "“有歌有舞有戏曲，大家都看得特别开心！”浙江杭州淳安县左口乡显后村村民方秋兰说。"
            "3月2日，元宵节前，文明实践演出活动走进显后村。\n"
            "村民们早早来到现场，满怀期待等候演出开场。\n"
            "整场演出形式多样、内容丰富，既有动人的独唱，也有朗诵和舞蹈。\n")
    got = _first_article_summary(text)
    assert "方秋兰说" not in got, got
    assert got.startswith("3月2日"), got


def test_a_photos_caption_printed_in_the_body_is_no_summary_sentence_a131():
    # a131 (“轻重”思想的历史启示): its body opens with two photos' captions, each closed by or
    # followed by its photographer's credit (宋  鹏摄, 刘国兴摄); the essay begins after them
    text = ("“轻重”思想的历史启示\n"
            "博物馆藏青铜量（秦）。　　宋  鹏摄\n"
            "博物馆藏青铜量（秦）。\n"
            "宋  鹏摄\n"
            "海南儋州市洋浦古盐田。该盐田始建于宋朝，被誉为古法制盐的“活化石”。\n"
            "刘国兴摄\n"
            "作为经济概念，“轻重”一词最早出现在春秋时期的《国语》中，原指金属铸币的分量轻重。\n"
            "“轻重”思想认为，为政者必须通晓商品供求与市场价格波动之间的规律。\n")
    got = _first_article_summary(text)
    assert got.startswith("作为经济概念"), got
    assert "盐田" not in got and "青铜" not in got, got
    # captions alone (a photo page): they are what it says
    only = _first_article_summary("我国成为发布大模型最多的国家\n工作人员在调试手术机器人。\n新华社记者  黄宗治摄\n")
    assert "手术机器人" in only, only


def test_a_photos_caption_printed_twice_is_no_summary_sentence_a148():
    # a148 (小吃节  烟火味): a photo piece on a web page prints each picture's caption twice in a
    # row (the picture's text, then its caption) above the story; the story is what it says
    text = ("小吃节  烟火味\n"
            "游客在小吃节上品尝长街宴。\n"
            "游客在小吃节上品尝长街宴。\n"
            "小吃节现场。\n"
            "小吃节现场。\n"
            "3月21日，第十三届小吃节在某县开幕。小吃节汇聚本土非遗小吃、全国特色美食。"
            "本届小吃节将持续至3月29日。\n")
    got = _first_article_summary(text)
    assert got.startswith("3月21日"), got
    assert "长街宴" not in got and "现场" not in got, got
    # one sentence printed once is the story's
    once = "游客在小吃节上品尝长街宴。\n小吃节现场。\n"
    assert summarize._caption_lines(once, [(0, 13), (14, 20)]) == set()


def test_a_piece_on_one_persons_remarks_leads_with_them_a133():
    # a133 (两会特刊: 温枢刚委员—— over 逐步建立新型能源体系): the piece is what the deputy said; the
    # sentence naming them leads (not the framing before it), then what they propose
    text = ("李某某委员——\n"
            "加快建设健康中国\n"
            "党的二十届四中全会作出“加快建设健康中国”的重大决策部署。"
            "加快建设健康中国是事关中国式现代化全局的重大战略任务。"
            "某乳业有限公司董事长李某某委员说，良好的国民健康水平为经济社会发展提供人力支持。"
            "蛋白质作为免疫系统的基础支撑，其足量优质摄入尤为关键。"
            "李某某委员建议强化膳食指导，制定差异化膳食指南。\n")
    c, sents, segs = _doc(text)
    art = next(s for s in segs if s.kind == "article")
    assert art.kicker and "李某某委员" in art.kicker, art
    got = summarize.article_summary(c, art, sents, [])
    assert got.startswith("某乳业有限公司董事长李某某委员说"), got
    assert "李某某委员建议强化膳食指导" in got, got


def test_what_readers_complained_of_opens_an_investigation_a129():
    # a129 (无障碍设施为何“建而难用”?): 但有读者网友反映,…难用甚至无法使用 is the question the
    # reporters' investigation answers; one station's measurement is a detail of it
    text = ("无障碍设施为何“建而难用”？\n"
            "无障碍环境建设法施行后，各地对无障碍环境建设越来越重视。"
            "但有读者网友反映，当前不少地方的无障碍设施因为建设不规范、不连贯，难用甚至无法使用。"
            "记者就此进行了调查采访。\n"
            "九眼桥站部分入口提示盲道砖距离台阶达500毫米，规范标准应在250—300毫米。\n"
            "鹅岭公园栈桥总长460米，全程无台阶，但在入口处却设置了台阶以及闸机。\n"
            "团队调研了12个城市的36座地铁站，其中20座车站动线不通。\n"
            "专家建议，建立全流程监管机制。\n")

    def scores(t):
        c, sents, segs = _doc(t)
        art = next(s for s in segs if s.kind == "article")
        spans = summarize._with_quotes(c.text, summarize._with_subjects(c.text, summarize._sent_spans(art, sents)))
        return {c.text[a:b][:2]: s for s, a, b in summarize._score_sentences(c, art, spans, [])}

    got = scores(text)
    base = scores(text.replace("但有读者网友反映", "但在现实中"))
    assert got["但有"] == base["但在"] + summarize.COMPLAINT, (got, base)
    assert got["九眼"] == base["九眼"], (got, base)
    # only the first complaint: a later one (针对读者反映,…) is the answer's frame
    twice = scores(text.replace("专家建议", "针对读者反映，专家建议"))
    assert twice["针对"] == base["专家"], (twice, base)


def test_what_a_figure_includes_is_no_part_of_its_summary_a134_c124():
    # a134: 其中,国家财政性教育经费(主要包括一般公共预算安排的教育经费,…等)为42908.15亿元 was cut
    # inside its brackets (校办产业…等)为42908.15亿元); c124: 市级(包括市本级和…,下同)一般公共预算收入
    text = ("2020年全国教育经费总投入超5.3万亿元\n"
            "公告显示，2020年全国教育经费总投入为53033.87亿元，比上年增长5.69%。"
            "其中，国家财政性教育经费（主要包括一般公共预算安排的教育经费，政府性基金预算安排的教育经费，"
            "国有及国有控股企业办学中的企业拨款，校办产业和社会服务收入用于教育的经费等）为42908.15亿元，"
            "比上年增长7.15%，占GDP比例为4.22%。\n")
    got = _first_article_summary(text, ("国家财政性教育经费", "public_budget_expenditure"),
                                 ("全国教育经费总投入", "public_budget_expenditure"),
                                 ("占GDP比例", "gdp"))
    assert "国家财政性教育经费为42908.15亿元" in got, got
    assert "包括" not in got and "等）" not in got, got


def test_a_headlines_count_in_characters_rounded_off_finds_its_sentence_c67():
    # c67 (每万人口拥有高价值发明专利超十五件): the headline's count is written in characters and
    # rounds off the sentence's 15.3件; that sentence gains as one printing the headline's count
    body = ("国家知识产权局副局长介绍，截至2024年底，累计向企业提供指导服务2393次、咨询服务6885次。\n"
            "截至今年6月，我国每万人口高价值发明专利拥有量达到15.3件，提前实现规划预期的12件。\n"
            "近四成高价值发明专利维持年限超10年，总计约79.3万件。\n")

    def scores(title):
        c, sents, segs = _doc(title + "\n" + body)
        art = next(s for s in segs if s.kind == "article")
        spans = summarize._with_quotes(c.text, summarize._with_subjects(c.text, summarize._sent_spans(art, sents)))
        return {c.text[a:b][:4]: s for s, a, b in summarize._score_sentences(c, art, spans, [])}

    got = scores("每万人口拥有高价值发明专利超十五件")
    base = scores("每万人口拥有高价值发明专利")
    assert got["截至今年"] == base["截至今年"] + summarize.TITLE_COUNT, (got, base)
    assert got["近四成高"] == base["近四成高"], (got, base)


def test_an_exception_to_the_trend_said_before_does_not_open_c94():
    # c94 (TOP10房企销售均价普遍下跌): 但仍有房企逆势上扬,比如,万科销售均价涨幅达9.30%,… answers the
    # trend before it; it loses as a sentence opening 但与…相比 does
    body = ("据统计，销售均价前三的分别是绿城中国、招商蛇口和中海地产，分别为22537元、22314.8元、19545元。\n"
            "但仍有房企逆势上扬，比如，万科销售均价涨幅达9.30%，保利发展销售均价增长8.81%。\n")

    def scores(t):
        c, sents, segs = _doc("TOP10房企销售均价普遍下跌\n" + t)
        art = next(s for s in segs if s.kind == "article")
        spans = summarize._with_quotes(c.text, summarize._with_subjects(c.text, summarize._sent_spans(art, sents)))
        return {c.text[a:b].rstrip("。")[-7:]: s for s, a, b in summarize._score_sentences(c, art, spans, [])}

    got = scores(body)
    base = scores(body.replace("但仍有房企逆势上扬", "部分房企逆势上扬"))
    assert got["增长8.81%"] == base["增长8.81%"] - 1.0, (got, base)


def test_a_rounded_figure_measured_against_last_year_is_no_target_a109():
    # a109 (Wind 早餐, item 1): 1、财政部数据显示,1-7月,全国一般公共预算收入达135663亿元,同比下降2.6%,
    # 扣除特殊因素影响后,可比增长1.2%左右; — what the months reached (同比: measured against last
    # year), rounded; its 左右 read as a target's, the summary began with the spending half
    s = _page_summary(ARTS, "a109")
    assert "135663亿元" in s, s
    body = ("1-7月,全国一般公共预算收入达135663亿元,同比下降2.6%,扣除特殊因素影响后,可比增长1.2%左右。"
            "全国一般公共预算支出达155463亿元,同比增长2.5%。\n")
    assert _first_article_summary("财政收支数据公布\n" + body).startswith("1-7月,全国一般公共预算收入"), \
        _first_article_summary("财政收支数据公布\n" + body)
    # a target stays one: 目标 or 预计 before the rounded figure
    assert summarize._TARGET.search("全年经济增长预期目标为5%左右。")


def test_a_forecast_under_a_headline_saying_what_is_expected_is_the_news_a13():
    # a13 (联播快讯, 今年春运民航旅客运输量有望创历史新高): 民航局预计,今年春运全国民航旅客运输量有望达到
    # 9500万人次,同比增长约5.3%。 was weighed as a target (预计) and left out
    body = ("1月19日,记者从民航局获悉,2026年春运将于2月2日开始。民航局预计,今年春运全国民航旅客运输量有望达到"
            "9500万人次,同比增长约5.3%。返乡流、探亲流与旅游客流相互叠加,单日客流高峰有望达到260万人次。\n")
    s = _first_article_summary("今年春运民航旅客运输量有望创历史新高\n" + body)
    assert "9500万人次" in s, s
    # under a headline saying what happened, a forecast stays no lead
    s = _first_article_summary("今年春运民航旅客运输量创历史新高\n" + body)
    assert "9500万人次" not in s, s


def test_a_piece_is_not_cut_to_a_subject_without_its_predicate_a136():
    # a136 (把空间站“搬”来地球): 这处占地近50个足球场的白色建筑群,是我国航天领域国家重大科技基础设施
    # ——…: cut to the clauses that fit the room left, the summary said 这处占地近50个足球场的白色建筑群。
    from analysis import pipeline
    p = next(ARTS.glob("a136_*.txt"))
    s = next(a.summary for a in pipeline.analyze(p.read_bytes(), p.name).articles
             if (a.title or "").startswith("把空间站"))
    assert "白色建筑群。" not in s, s


def test_a_summary_piece_drops_the_connective_tying_it_to_the_sentence_before():
    # a139 (向新而行,以远见超越未见): its summary opened 然而,“十四五”时期,国铁集团资产总额…: the
    # 然而 answers a sentence the summary does not quote
    body = ("有人担心铁路投资过大。然而,“十四五”时期,国铁集团资产总额由8.7万亿元增加到10.2万亿元,"
            "运输收入增长56.8%。\n")
    s = _first_article_summary("向新而行\n" + body)
    assert s.startswith("“十四五”时期,国铁集团资产总额"), s


def test_a_long_purpose_gives_way_to_the_act_after_it_a141():
    # a141 (2021个税年度汇算): 为贯彻落实…《…的意见》要求,维护…,帮助…汇算清缴(以下简称“年度汇算”),
    # 税务总局近日发布《…公告》…: a purpose of some 95 characters; the summary said it alone
    t = ("为贯彻落实中办、国办印发的《关于进一步深化税收征管改革的意见》要求,维护纳税人合法权益,帮助纳税人"
         "顺利规范完成2021年度个人所得税综合所得汇算清缴(以下简称“年度汇算”),税务总局近日发布《关于办理"
         "2021年度个人所得税综合所得汇算清缴事项的公告》,明确相关办理事项。")
    assert t[summary_select._after_purpose(t, 0, len(t)):].startswith("税务总局近日发布")


def test_a_sentence_only_listing_names_is_no_summary_sentence_a139():
    # a139 (勇于打破思维定式): it opens 银鳕鱼、加州鲈、南美白对虾。 — names set out as a scene, nothing
    # said of them; the summary began with it
    body = ("银鳕鱼、加州鲈、南美白对虾。除了许多人已熟知的三文鱼,新疆不断“解锁”生猛海鲜新品种,令人应接不暇。"
            "今年过年,返乡的亲友走进菜市场,看到不常见的海鲜品种,不禁感慨。\n")
    s = _first_article_summary("勇于打破思维定式\n" + body)
    assert "南美白对虾。" not in s, s
    assert s.startswith("除了许多人已熟知的三文鱼"), s
    assert summarize._BARE_LIST.fullmatch("银鳕鱼、加州鲈、南美白对虾。")
    assert not summarize._BARE_LIST.fullmatch("粮食、棉花、油料产量均创新高。")
    assert not summarize._BARE_LIST.fullmatch("粮食、棉花、油料增产。")


def test_a_piece_in_parts_under_parallel_headings_is_summarised_part_by_part_a156():
    # issue 16: a repost in five parts under parallel sub-headings (有一种爱叫做“阳光普照” / 有一种爱
    # 叫做“特别的爱” / …): after the first part's best figure the summary goes on with the next
    # part's (新增3000亿元支小再贷款), not with the first part's other figures only
    from analysis.pipeline import analyze

    path = next(ARTS.glob("a156_*.txt"))
    s = analyze(path.read_bytes(), path.name).articles[0].summary
    assert s.startswith("2021年，央行两次全面降准") and "3000亿元" in s
    c, _, segs = _doc(path)
    art = next(a for a in segs if a.kind == "article")
    scored = [(2.0, *art.body[0]), (1.0, *art.body[-1])]
    assert summarize._one_per_part(c.text, art, scored) == scored  # parts' best keep their scores


def test_sections_without_parallel_headings_keep_their_scores():
    c, _, segs = _doc(next(ARTS.glob("a112_*.txt")))
    art = next(a for a in segs if a.kind == "article")
    scored = [(1.0, s, e) for s, e in art.body]
    assert summarize._one_per_part(c.text, art, scored) == scored


def test_short_item_keeps_its_placed_lead_first():
    # a short regional item (no headline figures, no news byline): its who-and-where lead opens
    # the summary and its figures follow in reading order (summarize._placed_lead)
    from analysis.pipeline import analyze
    text = ("把环境整治“装”进一本手册里\n"
            "这几天，甘肃天水市秦州区东关街道，正热火朝天地开展环境整治工作。\n"
            "居民王丽说，“今年不一样了，社区干部有了小册子。”\n"
            "王丽说的小册子，是街道自己编写的整治手册。\n"
            "街道工作人员把过去反复出现的问题列出，写明了谁负责、怎么干。\n"
            "社区党员干部拿着手册挨家挨户征求意见，组建了200多人的队伍，分片包干、责任到人。\n"
            "社区先后开了12场议事会，打造了4处共享花园，带动330多名居民参与。\n")
    s = analyze(text.encode("utf-8"), "item.txt").articles[0].summary
    assert s.startswith("这几天，甘肃天水市秦州区东关街道"), s
    assert s.index("200多人") < s.index("12场"), s


def test_short_item_with_a_short_summary_takes_its_placed_lead():
    # a short item whose summary is one late figure takes its opening sentence naming a place
    # (summarize._fill_lead), printed first
    from analysis.pipeline import analyze
    text = ("睦邻市集办到群众家门口\n"
            "4月9日一大早，湖南益阳市桃花仑街道居民张大妈兴冲冲前往广场赶“睦邻市集”。\n"
            "广场上人头攒动，前来赶集的市民享服务、听解答、品美食，乐在其中。\n"
            "“睦邻市集”是街道打造的综合服务平台，把便民服务送到群众家门口。\n"
            "截至目前，已成功举办57场“睦邻市集”，服务群众6万余人次。\n"
            "坚持“群众需要什么，市集就提供什么”原则，街道将政策宣讲、义务活动、便民服务、健康促进列为市集"
            "四大重点服务内容，通过“民情二维码”、入户走访等渠道征集诉求，又拓展出移动办公、非遗体验等多类特色服务。\n")
    s = analyze(text.encode("utf-8"), "item.txt").articles[0].summary
    assert s.startswith("4月9日一大早，湖南益阳市桃花仑街道"), s
    assert "57场" in s, s


def test_signed_commentary_says_whose_argument_it_is():
    # a commentary signed with a name only (the paper's masthead after it): its summary opens
    # with the author (articles.author_signature); a reporter's credit does not
    from analysis.articles import author_signature
    assert author_signature("李海钦《人民日报》（2026年03月24日第 05 版）") == "李海钦："
    assert author_signature("本报记者  王  珂") == ""
    c, sents, segs = _doc("写好“赏花+”大文章\n李海钦\n这段时间，朋友圈不时可以看到赏花邀请。\n"
                          "赏花热源于人们对美好生活的向往，各地应依托资源禀赋打造特色品牌。\n")
    art = next(s for s in segs if s.kind == "article")
    assert art.byline and "李海钦" in art.byline, art
    assert summarize.article_summary(c, art, sents, []).startswith("李海钦：")


def test_dialogue_says_who_talks_with_whom():
    # a dialogue listing its participants under 对话人: opens with who talks with whom, the
    # paper's own first (summary_select.dialogue_lead); a list without its label is no dialogue
    from analysis.pipeline import analyze
    text = ("北斗的未来不在“同维竞争”（连线评论员）\n对话人：\n李  拯  本报评论员\n刘经南  中国工程院院士\n"
            "李拯：我们为何如此重视时空信息产业发展？\n"
            "刘经南：时空信息是数字经济的“度量衡”。我们每天产生的数据中，超过80%带有时空标签。\n"
            "李拯：北斗的产业短板在哪里？\n"
            "刘经南：企业“小散弱”，两万多家企业中龙头偏少。\n")
    s = analyze(text.encode("utf-8"), "dialogue.txt").articles[0].summary
    assert s.startswith("本报评论员李拯与中国工程院院士刘经南对话："), s
    plain = analyze(text.replace("对话人：\n", "").encode("utf-8"), "d.txt").articles[0].summary
    assert "对话：" not in plain, plain


def test_a_feature_tally_of_the_whole_place_gains_c177():
    # c177: a long feature on one county's forest reform told through one company; the official's
    # tally (…等一系列举措,全县林业生态产业产值突破30亿元。) is the fact behind the story; a clause
    # naming the place without its figure (全县唯一的金融机构) gains nothing
    def scores(tail: str) -> dict[str, float]:
        body = "".join(f"村里第{k}户人家种下了新树苗。" for k in range(1, 13))
        c, sents, segs = _doc("大巴山里长出片片林\n本报记者  王欣悦\n" + body + tail + "\n")
        art = next(x for x in segs if x.kind == "article")
        spans = summarize._sent_spans(art, sents)
        return {c.text[a:b]: sc for sc, a, b in summarize._score_sentences(c, art, spans, [])}

    tally = "通过一系列举措,全县林业生态产业产值突破30亿元。"
    plain = "通过一系列举措,公司林业生态产业产值突破30亿元。"
    assert scores(tally)[tally] >= scores(plain)[plain] + summarize.TALLY, (scores(tally), scores(plain))
    named = "支行是全县唯一的金融机构,为1.3万名牧民提供服务。"
    other = "支行是当地唯一的金融机构,为1.3万名牧民提供服务。"
    assert scores(named)[named] == scores(other)[other]


def test_signed_piece_says_its_author_title_from_its_closing_note_a153():
    # a piece closing with (作者为…) opens with the author's title and name: the first of its
    # titles short enough (菌草技术发明人林占熺：); the paper's own staff by name alone; the note
    # also signs a piece whose byline line the splitter left under its headline (a153)
    def summary(note: str) -> str:
        c, sents, segs = _doc("忘记年龄，事业总年轻\n林占熺\n菌草技术已在全国606个县推广。\n"
                              "我们借5万元建起了实验室，1000多天后野草种出了香菇。\n" + note + "\n")
        art = next(s for s in segs if s.kind == "article")
        return summarize.article_summary(c, art, sents, [])

    assert summary("（作者为国家菌草工程技术研究中心首席科学家、菌草技术发明人，本报记者焦思雨采访整理）"
                   ).startswith("菌草技术发明人林占熺："), summary("（作者为菌草技术发明人）")
    assert summary("（作者为本报评论部编辑）").startswith("林占熺："), summary("（作者为本报评论部编辑）")


def test_a_company_features_own_figures_gain_c180():
    # c180: a long feature on one company, introduced with its short name (…有限公司(简称“陕建”)):
    # a sentence where the company reports a figure, named before it (陕建投资运营15座污水处理厂) is
    # its tally and gains; one project's figures (…惠及4640户群众) and a project whose figures come
    # before the company's name (…服务14.42万人,成为陕建的标杆项目) do not
    def scores(tail: str) -> dict[str, float]:
        body = "".join(f"第{k}个片区的城市面貌焕然一新。" for k in range(1, 13))
        c, sents, segs = _doc("陕西建工控股集团  以实干匠心共建宜居城市\n"
                              "更新实践是陕西建工控股集团有限公司(简称“陕建”)践行国企担当的生动写照。"
                              + body + tail + "\n")
        art = next(x for x in segs if x.kind == "article")
        spans = summarize._sent_spans(art, sents)
        return {c.text[a:b]: sc for sc, a, b in summarize._score_sentences(c, art, spans, [])}

    own = "目前,陕建投资运营15座污水处理厂,日处理能力超30万吨。"
    project = "目前,该项目投资运营15座污水处理厂,日处理能力超30万吨。"
    late = "目前,该项目服务14.42万人,成为陕建应用一体化模式的标杆项目。"
    late_plain = "目前,该项目服务14.42万人,成为当地应用一体化模式的标杆项目。"
    assert scores(own)[own] > scores(project)[project], (scores(own), scores(project))
    assert scores(late)[late] == scores(late_plain)[late_plain]


def test_a_bulletins_summary_section_alone_reports_its_headline_keys_c178():
    # c178: a bulletin's 综合 section alone (its GDP the one core figure: no passes of an economic
    # text): urbanization and new jobs (headline keys) come before births and deaths (no key)
    from analysis.pipeline import analyze
    res = analyze((CORPUS / "c178_zhengzhou_tjgb_2025.txt").read_bytes(), "c178.txt")
    s = res.articles[0].summary
    assert "城镇化率" in s and "新增就业" in s and "出生人口" not in s, s


def test_a_later_figure_is_not_cut_at_the_unit_a_rate_is_counted_per_c156():
    # c156: 每利用1吨废钢，可减少1.6吨碳排放，节约矿产资源量约2吨。 was cut to 每利用1吨废钢。
    # (the one unit the rate is counted per): the figure is the next clause's
    assert summarize._one_figure("每利用1吨废钢，可减少1.6吨碳排放，节约矿产资源量约2吨。") == \
        "每利用1吨废钢，可减少1.6吨碳排放。"
    # a clause with its own figure after the unit (每1元…撬动3.5元) is the figure itself, and
    # so is a rate per more than one (每10万人拥有医生35人)
    assert summarize._one_figure("每1元资金撬动社会资本3.5元，高于全国。") == "每1元资金撬动社会资本3.5元。"
    assert summarize._one_figure("每10万人拥有医生35人，高于全国。") == "每10万人拥有医生35人。"


def test_a_section_heading_saying_what_is_expected_makes_its_forecast_the_sections_fact_c186():
    # c186: under “五一”假期出行需求旺盛,预计日均跨区域人员流动量超3亿人次 the sentence giving that
    # figure (…预计全社会跨区域人员流动量达15.2亿人次,日均超3亿人次…) is the section's fact, not a
    # target: it is summarised (it lost 1.0 as a plan before)
    from analysis.pipeline import analyze
    res = analyze((CORPUS / "c186_rmrb_jiaotong_touzi_2026_04.txt").read_bytes(), "c186.txt")
    s = res.articles[0].summary
    assert "15.2亿人次" in s and "6519亿元" in s, s


def test_a_company_officers_remarks_are_one_example_in_a_feature_not_on_the_company_c187():
    # c187: the opening scene's …公司总经理吕新旺介绍,公司…去年支付劳务费近800万元。 led a feature on the
    # country's forest economy over 截至目前,全国林下经济利用林地超6亿亩,从业人数3400万人,…
    said = summarize._OFFICER_SAID.search
    assert said("浙江森古生物科技有限公司总经理吕新旺介绍,公司去年支付劳务费近800万元。")
    assert said("企业负责人张鸿介绍,除了30多款现制奶茶,公司还推出4款茶包产品。")
    # an official's remarks (…相关负责人介绍,当地中药材种植面积70余万亩) stay the story's facts
    assert not said("和田地区中医药管理局相关负责人介绍,当地中药材种植面积70余万亩。")
    from analysis.pipeline import analyze
    res = analyze((CORPUS / "c187_rmrb_linxia_jingji_2026_04.txt").read_bytes(), "c187.txt")
    s = res.articles[0].summary
    assert s.startswith("截至目前，全国林下经济利用林地超6亿亩") and "800万元" not in s, s


def test_a_person_said_by_pronoun_tells_an_anecdote_not_the_features_tally_c171():
    # c171: 去年底,他在农行甘肃岷县支行的帮助下,申请了161万元小微贷款。 led a feature on a bank's
    # lending over 截至今年3月末,农业银行普惠型小微企业贷款余额4.4万亿元,…
    person = summarize._PERSON_CLAUSE.search
    assert person("去年底,他在农行甘肃岷县支行的帮助下,申请了161万元小微贷款。")
    assert person("2025年,他们行程超19万公里。")
    assert not person("其他企业营收增长12%。") and not person("吉他产量达600万把。")
    from analysis.pipeline import analyze
    res = analyze((CORPUS / "c171_rmrb_nonghang_puhui_2026_04.txt").read_bytes(), "c171.txt")
    s = res.articles[0].summary
    assert s.startswith("截至今年3月末，农业银行普惠型小微企业贷款余额4.4万亿元") and "161万元" not in s, s


def test_a_features_first_figure_cited_from_a_source_is_its_fact_c155():
    # c155: a feature on the big banks' annual reports opened its summary with a firm's story
    # (2025年7月,500万元贷款顺利到账。); 年报显示,2025年,…大型商业银行当年新增贷款共计超9.4万亿元。
    # (the first figure cited from a source) gains
    from analysis.pipeline import analyze
    assert summarize._SHOWN.match("年报显示,2025年,大型商业银行当年新增贷款共计超9.4万亿元。")
    assert not summarize._SHOWN.match("2025年7月,500万元贷款顺利到账。")
    # c170: a sentence pointing at the data after a colon is the figure a feature gives
    assert summarize._SHOWN.match("透过一项数据,可窥见钢铁行业过去一年的运行质效:2025年,利润总额1151亿元。")
    assert summarize._SHOWN.match("数据可以佐证:2025年,全国粗钢产量9.61亿吨。")
    assert not summarize._SHOWN.match("智能升级成效明显——炼钢效率提升10.3%。")
    res = analyze((CORPUS / "c170_rmrb_gangtie_2026_04.txt").read_bytes(), "c170.txt")
    s = res.articles[0].summary
    # (the data pointed at is said without the pointer)
    assert "2025年，中钢协重点统计企业利润总额1151亿元" in s and "透过一项数据" not in s, s
    res = analyze((CORPUS / "c155_rmrb_dahang_nianbao_2026_04.txt").read_bytes(), "c155.txt")
    s = res.articles[0].summary
    assert "9.4万亿元" in s, s


def test_a_reporters_hearsay_lead_leads_without_its_day_and_purpose_a176():
    # a176: 川观新闻记者 唐泽文 over 11月25日,记者从省通信管理局获悉,为贯彻落实…《…》精神,四川省通信
    # 管理局…将于 12月1日零时起,正式取消…: a news lead; its summary says what happened first,
    # without the day the reporter learned it and the policy followed
    text = next(ARTS.glob("a176_*.txt")).read_text("utf-8")
    c, sents, segs = _doc(text)
    seg = next(s for s in segs if s.kind == "article")
    summary = summarize.article_summary(c, seg, sents, [])
    assert summary.startswith("四川省通信管理局和重庆市通信管理局协调两地基础电信企业"), summary
    assert "获悉" not in summary and "贯彻落实" not in summary


def test_a_series_note_is_no_summary_sentence_a174():
    # a174: the note opening a series (…本报今起推出系列报道,…。 / ——编  者) over its first story:
    # the story's own sentences summarise it
    text = next(ARTS.glob("a174_*.txt")).read_text("utf-8")
    c, sents, segs = _doc(text)
    seg = next(s for s in segs if s.kind == "article" and s.title.startswith("构建新就业形态"))
    summary = summarize.article_summary(c, seg, sents, [])
    assert "习近平总书记强调" not in summary and "规划纲要提出" not in summary, summary


@pytest.mark.parametrize("title,lead", [
    # a177: a pen name spaced out (雨  馨) and a reader's place and name before the masthead
    # (陕西省西安市  刘玮航《人民日报》(…)) sign their pieces
    ("庙会不妨", "雨馨："),
    ("干好技术", "西安市刘玮航："),
])
def test_signed_pieces_say_whose_argument_a177(title, lead):
    text = next(ARTS.glob("a177_*.txt")).read_text("utf-8")
    c, sents, segs = _doc(text)
    seg = next(s for s in segs if s.kind == "article" and s.title.startswith(title))
    assert summarize.article_summary(c, seg, sents, []).startswith(lead)


def test_a_contrast_cut_at_its_semicolon_goes_on_with_its_other_half_a174():
    # a174's 编辑手记: 安装智能外卖柜,…是…的“一件事”;而搭建调解平台、…聚合发力,则是搭建多维的权益保障
    # 体系。 — the half after the semicolon (而…则…, marked down as a back-reference when read
    # alone) is what the first half is said against: a short summary goes on with it
    text = next(ARTS.glob("a174_*.txt")).read_text("utf-8")
    c, sents, segs = _doc(text)
    seg = next(s for s in segs if s.kind == "article" and s.title.startswith("权益保障从点滴小事"))
    summary = summarize.article_summary(c, seg, sents, [])
    assert "“一件事”；而搭建调解平台" in summary and "多维的权益保障体系" in summary, summary
    # (a back-reference opening a sentence of its own, not a semicolon's other half, is no fill)
    assert summarize._CONTRAST_HALF.match("而搭建调解平台,则是搭建多维的权益保障体系。") is not None
    assert summarize._CONTRAST_HALF.match("而非食品价格上涨0.8%。") is None


@pytest.mark.parametrize("stem,title,lead", [
    # a173: a profile (新时代·面孔) whose figures (粉丝数达624.9万) came before who the person was
    ("a173", "难忘那个纵马雪原", "1月14日，新疆维吾尔自治区农产品品牌建设与产销服务中心主任贺娇龙"),
    # a168: its kicker's figures (19年来,抓获…) follow who the person is, they do not lead
    ("a168", "致敬！缉毒一线", "4月27日，2026年度中国青年五四奖章暨新时代青年先锋奖正式揭晓，"),
])
def test_a_profile_leads_with_who_the_person_is(stem, title, lead):
    from analysis.pipeline import analyze
    path = next(ARTS.glob(f"{stem}_*.txt"))
    res = analyze(path.read_bytes(), path.name)
    art = next(a for a in res.articles if (a.title or "").startswith(title))
    assert art.summary.startswith(lead), art.summary


def test_a_profile_person_is_a_name_said_often():
    # the office before a name (大队长王警官) finds the person; a name said once (someone met in
    # passing) is not the profile's person
    assert summarize._PROFILE_TAG.search("难忘那个纵马雪原的红色身影（新时代·面孔）") is not None
    assert summarize._PROFILE_TAG.search("见证统一大市场的成长性（人民时评）") is None
    m = summarize._OFFICE_NAME.search("缉毒侦查大队大队长王警官,被授予新时代青年先锋奖")
    assert m is not None and m[1] == "王警官"


def test_a_quote_giving_the_headlines_figure_is_a_candidate_a187():
    # a187 (从存到算，百人团队“算”出近2亿营收): the figure is given only in a quote (“…2025年营收达到近
    # 2亿元。”庄宁说); a quote is dropped as what someone said, but one giving the headline's figure
    # states its fact; one promising it (工程建成后,…超过3000万群众能喝上…) or asking stays out
    body = ("对于这家公司而言，2020年末的那个冬天格外寒冷。\n"
            "“我们已经与多家企业形成紧密的业务合作关系，2025年营收达到近2亿元。”庄宁说。\n"
            "“工程建成后，大水网有了毛细血管，超过2亿群众能喝上引调水。”冯治刚介绍。\n")

    def scored(title):
        c, sents, segs = _doc(title + "\n本报记者  李  明《人民日报》（2026年01月17日第 02 版）\n" + body)
        art = next(s for s in segs if s.kind == "article")
        spans = summarize._with_quotes(c.text, summarize._with_subjects(c.text, summarize._sent_spans(art, sents)))
        return [c.text[a:b] for _s, a, b in summarize._score_sentences(c, art, spans, [])]

    got = scored("从存到算，百人团队“算”出近2亿营收")
    assert any("2025年营收达到近2亿元" in s for s in got), got
    assert not any("建成后" in s for s in got), got
    assert not any("营收达到" in s for s in scored("从存到算，百人团队转型成功")), got
