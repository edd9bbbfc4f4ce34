"""Article split on the five seeds and on small constructed pages."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import articles, segment
from analysis.layout import clean, normalize

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _split(prefix_or_text: str):
    path = next((p for p in SEEDS if p.name.startswith(prefix_or_text)), None)
    text = path.read_text("utf-8") if path else prefix_or_text
    c = clean(text)
    return c, articles.split(c, segment.sentences(c.text))


def _titles(segs, kind="article"):
    return [a.title for a in segs if a.kind == kind]


def test_seed_000_newspaper_page():
    c, segs = _split("000")
    assert _titles(segs) == [
        "埋头苦干“双过半” 踔厉奋发“全年红”",
        "把红色基因传承好 把红色血脉赓续好",
        "姜四清带队赴宝武太钢集团考察",
        "“三晋人大代表采风行”朔州活动启动",
        "我市首次获批省卫健委“四个一批”科研项目",
    ]
    first = segs[0]
    assert first.kicker == "走进县城看发展"
    assert first.subtitle.startswith("平鲁区“四个聚集”")
    assert first.byline == "谢宏 范磊"
    assert "聚焦项目攻坚 产业培育持续发力" in [c.text[s:e] for s, e in first.sections]
    red = next(a for a in segs if a.title.startswith("把红色基因"))
    assert red.kicker.startswith("习近平总书记赴辽考察时")
    assert c.text[red.span[1] - 7:red.span[1]] == "(下转第三版)"  # the marker closes it
    assert red.continuation == "(下转第三版)"
    assert not any("下转" in c.text[s:e] for s, e in red.body)
    jiang = next(a for a in segs if a.title.startswith("姜四清"))
    assert jiang.byline == "本报讯(记者 赵福胜)"
    # the body starts after the byline
    assert c.text[jiang.body[0][0]:].startswith("8月19日")


def test_headline_printed_inside_its_body_seed_000():
    c, segs = _split("000")
    art = next(a for a in segs if a.byline == "本报讯(记者 武跃林)")
    assert art.title == "我市首次获批省卫健委“四个一批”科研项目"
    # the headline line lies inside the article, between two pieces of its body
    ts, te = art.title_span
    assert art.span[0] < ts < te < art.span[1]
    assert not any(s <= ts < e for s, e in art.body)


def test_headline_printed_after_its_body_seed_004():
    c, segs = _split("004")
    assert _titles(segs) == [
        "市委召开常委会会议", "市政府与中国能建举行工作会谈", "市政协党组召开2022年度民主生活会",
        "我市6人荣获第九届山西道德模范1人获提名", "奋楫争先谱华章",
    ]
    talk = segs[1]
    assert talk.byline == "本报讯(记者 付永文)"
    assert talk.subtitle == "张广勇出席"
    assert talk.title_span[0] > talk.body[-1][1]  # the headline comes after the body
    feature = next(a for a in segs if a.title == "奋楫争先谱华章")
    assert feature.kicker == "两会特稿"
    assert feature.subtitle == "我市加快推进项目建设综述"
    assert feature.byline == "□ 本报记者 王涛"


def test_captions():
    c, segs = _split("000")
    caps = [a for a in segs if a.kind == "caption"]
    assert [a.title for a in caps] == [
        "平鲁区开发区海泰新能源朔州有限公司一隅", "井坪鸟瞰图",
        "8月20日上午,由团市委联合市总工会、市体育局共同主办的大型公益长跑活动在敬德公园激情开跑,"
        "数百名跑步爱好者参与活动",
        "井坪鸟瞰图",
    ]
    assert caps[0].byline == "谢宏 摄" and caps[2].byline == "团市委供稿"
    # a caption printed between the byline and the body lies inside its article
    assert segs[0].span[0] < caps[0].span[0] < caps[0].span[1] < segs[0].span[1]
    assert not any(s <= caps[0].span[0] < e for s, e in segs[0].body)
    c4, segs4 = _split("004")
    cap = next(a for a in segs4 if a.kind == "caption")
    assert cap.title == "图为“吕梁山猪”20万头生猪出口基地建设项目开工仪式现场"
    assert cap.byline == "记者 薛志雄 摄"  # the credit line below merges into the caption


def test_seed_001_markdown_page():
    c, segs = _split("001")
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 1
    assert arts[0].title == "平鲁区在全方位推动高质量发展中奋力开创新局面"
    assert arts[0].kicker == "风雨兼程写华章"
    assert [c.text[s:e] for s, e in arts[0].sections] == [
        "项目攻坚如火如荼", "乡村振兴方兴未艾", "文明创建满城芬芳"]
    assert len([a for a in segs if a.kind == "caption"]) == 10


def test_seed_002_one_long_article_with_sections():
    c, segs = _split("002")
    assert len(segs) == 1
    a = segs[0]
    assert a.title == "书写全方位推动高质量发展的靓丽答卷"
    assert a.subtitle == "2022年全市经济工作综述"
    assert a.byline == "本报记者 刘淑花"
    assert len(a.sections) == 3
    assert not any("星期三" in c.text[s:e] for s, e in a.body)  # the page date is not body
    # nor a line of the story: the page's date printed over the headline is the page's
    assert c.text[a.span[0]:].startswith("书写全方位推动高质量发展的靓丽答卷")


def test_seed_003_scraped_records_and_footer():
    c, segs = _split("003")
    assert len(segs) == 10
    assert segs[0].title == "晋中市新增省级科技企业孵化器助推招商引资创新发展"
    assert segs[0].kicker == "晋中招商"
    assert segs[8].title == "2019年洪洞县政府工作报告"
    last_end = segs[-1].span[1]
    assert c.text[:last_end].endswith("2025-07-09")
    tail = c.text[last_end:]
    assert "点我投稿" in tail and "联系我们" in tail  # the site footer is left out
    for a in segs:
        assert not c.text[a.span[0]:a.span[1]].startswith("-")
        assert all(not c.text[s:e].strip().startswith("2025-07-09") for s, e in a.body)


def test_dash_separators_split_records():
    text = ("-\n【甲县招商】甲县开工一个项目\n甲县项目开工,总投资5亿元。\n2025-07-09\n-\n"
            "【乙县招商】乙县新建产业园\n乙县产业园建成。\n2025-07-09\n有想补充的信息?点我投稿\n- 联系我们\n")
    c, segs = _split(text)
    assert [a.title for a in segs] == ["甲县开工一个项目", "乙县新建产业园"]
    assert all(a.kind == "article" for a in segs)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_articles_in_order_and_inside_the_text(path):
    c, segs = _split(path.name[:3])
    starts = [a.span[0] for a in segs]
    assert starts == sorted(starts)
    arts = [a for a in segs if a.kind == "article"]
    for a, b in zip(arts, arts[1:]):
        assert a.span[1] <= b.span[0]  # articles do not overlap
    for a in segs:
        assert 0 <= a.span[0] < a.span[1] <= len(c.text)
        assert a.title
        for s, e in a.body:
            assert a.span[0] <= s < e <= a.span[1]


def test_bulletin_with_enumerated_sections():
    text = ("山西省2022年国民经济和社会发展统计公报\n\n山西省统计局\n\n一、综合\n\n"
            "初步核算，全年全省地区生产总值25642.6亿元，比上年增长4.4％。\n\n二、工业\n\n"
            "全年全省规模以上工业增加值比上年增长6.0％。")
    c, segs = _split(text)
    assert len(segs) == 1
    a = segs[0]
    assert a.title == "山西省2022年国民经济和社会发展统计公报"
    assert [c.text[s:e] for s, e in a.sections] == ["一、综合", "二、工业"]
    assert [c.text[s:e][:4] for s, e in a.body] == ["初步核算", "全年全省"]


def test_headline_after_the_last_body_on_a_page():
    text = ("市委召开常委会会议\n\n本报讯(记者 甲)2月17日,市委召开会议,研究工作。\n\n"
            "本报讯(记者 乙)2月18日,市长会见客人,双方深入交流。\n\n市长会见中国能建客人")
    c, segs = _split(text)
    assert [a.title for a in segs] == ["市委召开常委会会议", "市长会见中国能建客人"]
    assert segs[1].byline == "本报讯(记者 乙)"
    assert segs[1].span[1] == len(c.text)


def test_headline_with_a_colon_and_a_reporter_line():
    text = ("长治:老工业城市的新答卷\n\n本报记者 李华\n\n清晨6点,老工人走进车间。\n\n"
            "今年前三季度,长治市装备制造业产值突破800亿元,同比增长15.2%。")
    c, segs = _split(text)
    assert len(segs) == 1
    assert segs[0].title == "长治:老工业城市的新答卷"
    assert segs[0].byline == "本报记者 李华"


def test_single_scraped_record_without_separators():
    c, segs = _split("【大同招商】大同市2023年一季度经济运行平稳\n2023-04-25\n大同市统计局消息:一季度,全市地区生产总值完成382.6亿元。")
    assert [(a.title, a.kicker) for a in segs] == [("大同市2023年一季度经济运行平稳", "大同招商")]


def test_a_report_title_over_two_lines_ending_in_its_qualifier_c47():
    # c47's first lines as printed, one paragraph a line: the title over two lines (the first
    # ending with 和, the second with the report's qualifier （书面）), its occasion over two
    # lines, its author, then the report
    lines = [
        "关于保山市2025年地方财政预算执行情况和",
        "2026年地方财政预算草案的报告（书面）",
        "——2026年1月20日在保山市第五届人民代表大会",
        "第七次会议上",
        "保山市财政局",
        "各位代表：",
        "受市人民政府委托，现将保山市2025年地方财政预算执行情况和2026年地方财政预算草案提请会议审查，并请市政协委员和列席人员提出意见。",
        "一、2025年地方财政预算执行情况",
        "2025年是“十四五”规划的收官之年，也是“十五五”规划谋篇布局之年，在市委、市政府领导下，在市人大及其常委会有力监督下，全市各级财政部门坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，坚持稳中求进工作总基调，围绕“3815”战略发展目标，以进促稳，实施更加积极的财政政策，着力财源建设，优化支出结构，提升资金质效，防范财政风险，为我市经济高质量发展提供了坚实的财力保障。",
        "（一）2025年全市及市本级预算收支情况",
        "1.一般公共预算",
        "全市一般公共预算收入654,233万元，完成年初预算的120.2%，比上年增收52,015万元，增长8.6%；上级补助收入1,799,157万元、债务转贷收入366,724万元、上年结转417,628万元、动用预算稳定调节基金12,196万元、调入资金186,129万元，收入总计3,436,067万元。一般公共预算支出2,617,126万元，完成年初预算的103.1%，比上年增支78,717万元，增长3.1%；上解上级支出48,539万元、省转贷再融资债券还本支出346,823万元、财政资金安排债务还本支出31,174万元、补充预算稳定调节基金18,401万元、调出资金90,432万元、年终结转283,572万元，支出总计3,436,067万元。",
    ]
    c, segs = _split("\n".join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [(a.title, a.kicker) for a in arts] == [
        ("关于保山市2025年地方财政预算执行情况和2026年地方财政预算草案的报告（书面）", None)]


def test_a_column_tag_printed_before_a_headline_is_part_of_it_a48():
    # a48 (新闻联播): a story's headline printed with its column's tag in 【】 over its dateline
    # paragraph: the tag is part of the headline as printed, not a scraped record's channel
    page = ("第139届广交会：优质科创企业加速开拓国际市场\n"
            "央视网消息（新闻联播）：第139届广交会线下展今天（4月16日）进入第二天，高端智能、绿色低碳的"
            "创新产品纷纷亮相，集中展现我国新质生产力发展最新成果。\n"
            "【一线调研】算力之城：打造算电协同新生态\n"
            "央视网消息（新闻联播）：眼下，人工智能应用加速落地，算力需求不断增长，电力支撑能不能跟上？"
            "算力和电力如何从“各走各的”变成“同频共振”？来看记者的一线调研。\n"
            "从贵阳北站出发，最快不到20分钟就能抵达贵安站。这趟短途车最近越来越满。\n")
    c, segs = _split(page)
    assert [(a.title, a.kicker) for a in segs] == [
        ("第139届广交会：优质科创企业加速开拓国际市场", None),
        ("【一线调研】算力之城：打造算电协同新生态", None)]


def test_lines_under_a_section_mark_stay_in_the_article():
    # constructed page (not a real text): a headline, a ■ mark whose first lines are short
    # quotes that read like headlines, then a sub-heading and more body
    page = ("鲜花电商包月服务引发投诉\n\n"
            "近日,不少消费者反映收到的鲜花和网上展示图片存在较大差异。\n\n"
            "■ 网友声音\n\n"
            "好期待有一天能收到花\n\n"
            "两周前订的花到现在都没收到\n\n"
            "包月鲜花数量减半\n\n"
            "消费者杨女士告诉记者,她在4月底团购了99元包月的鲜花。\n")
    c, segs = _split(page)
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["鲜花电商包月服务引发投诉"]
    sections = [c.text[s:e] for s, e in arts[0].sections]
    assert "■ 网友声音" in sections and "包月鲜花数量减半" in sections


def test_a_table_is_part_of_its_article_and_never_a_title():
    # lines 10-22 of evaluation/corpus/texts/c07_fuzhou_tjgb.txt (a bulletin excerpt without
    # its headline): body, a figure caption, a table caption and rows, then body again
    root = Path(__file__).resolve().parents[2]
    lines = (root / "evaluation" / "corpus" / "texts" / "c07_fuzhou_tjgb.txt").read_text(
        "utf-8").splitlines()[9:22]
    page = "\n".join(lines) + "\n全年居民消费价格上涨0.2%。\n"
    c, segs = _split(page)
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 1 and not [a for a in segs if a.kind == "caption"]
    assert "|" not in arts[0].title and not arts[0].title.startswith(("表", "图"))
    assert not any("|" in c.text[s:e] for s, e in arts[0].body)
    assert arts[0].span[1] == len(c.text.rstrip())


def test_a_sub_heading_wrapped_over_two_lines_is_a_section_not_a_new_article():
    # evaluation/corpus_articles/texts/a07_stcn_gdp_2021_q3.txt (a front-page story): its two
    # sub-headings are printed over two short lines each (居民收入与经济增长 / 基本同步)
    root = Path(__file__).resolve().parents[2]
    page = (root / "evaluation" / "corpus_articles" / "texts" / "a07_stcn_gdp_2021_q3.txt"
            ).read_text("utf-8")
    c, segs = _split(page)
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["前三季GDP增长9.8% 中国经济平稳恢复在路上"]
    sections = [c.text[s:e] for s, e in arts[0].sections]
    assert {"居民收入与经济增长", "基本同步", "国际社会看好", "中国经济增长前景"} <= set(sections)


# ---------------------------------------------------------------- pages of several stories
# (evaluation/corpus_articles/texts/a13-a18: web pages written one paragraph a line)

ARTS = Path(__file__).resolve().parents[2] / "evaluation" / "corpus_articles" / "texts"


def _page(stem: str, lines: slice | None = None):
    text = next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8")
    if lines is not None:
        text = "\n".join(text.splitlines()[lines]) + "\n"
    return _split(text)


def test_a_news_list_splits_into_its_items_a13():
    # 国内联播快讯 / 央视网消息(新闻联播): / then ten items: a headline line, one paragraph
    c, segs = _page("a13")
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 10 and len(segs) == 10
    assert arts[0].title == "“十四五”期间我国“山水工程”累计完成治理超8200万亩"
    assert arts[1].title == "2025年粤港澳大湾区内地九市进出口9.15万亿元 同比增长4.7%"
    assert arts[-1].title == "2025年陕西六大考古新发现揭晓"
    # the list's heading and its credit line belong to no item and title none
    assert arts[0].span[0] == c.text.index("“十四五”期间我国")
    assert not any(a.title in ("国内联播快讯", "央视网消息(新闻联播):") for a in arts)
    for a in arts:  # each item: its headline, then its paragraph as body
        assert c.text[a.span[0]:a.title_span[1]] == a.title
        assert len(a.body) == 1 and a.body[0][0] > a.title_span[1]
        assert a.span[1] == a.body[0][1]


def test_a_wire_list_splits_at_its_inline_headlines_a15():
    # [13:19] 【headline】财联社4月16日电,… one item a line; one item without a headline
    c, segs = _page("a15")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [
        "一季度上海外贸实现强劲开局 同比增长21.9%",
        "国务院国资委：加快打造具有国际竞争力的低空经济产业集群",
        "2026北京人形机器人半马排位赛今日开跑",
        "国务院国资委召开中央企业低空经济产业发展专题推进会 要求加大投资力度 "
        "当好发展低空经济的长期资本、战略资本、耐心资本",
        "特朗普称以黎领导人将对话",
        "",  # [11:41] 财联社4月16日电,加拿大皇家银行… printed without a headline
        "国家统计局：一季度内需贡献率达到84.7% 同比提高近30个百分点",
    ]
    assert [a.byline for a in arts] == ["财联社4月16日电"] * 2 + ["《科创板日报》16日讯"] + \
        ["财联社4月16日电"] * 4
    first = arts[0]
    assert c.text[slice(*first.title_span)] == "一季度上海外贸实现强劲开局 同比增长21.9%"
    assert c.text[first.span[0]:].startswith("[13:19]")
    # the dateline is the item's byline, never its body
    assert c.text[first.body[0][0]:].startswith("记者4月16日从上海海关获悉")
    assert c.text[arts[5].body[0][0]:].startswith("加拿大皇家银行")


def test_one_inline_bracket_is_not_a_list_a15():
    # one item alone: a page of one paragraph, not a list of headlines
    c, segs = _page("a15", slice(0, 1))
    assert len([a for a in segs if a.kind == "article"]) == 1


def test_benbao_stories_of_a_newspaper_page_on_the_web_a16():
    c, segs = _page("a16")
    assert [(a.kind, a.title) for a in segs] == [
        ("article", "楼市中心城区供货降七成"),
        ("article", "天河业务降四成 东圃小中介关门"),  # a headline printed over two bold lines
        ("article", "房价十城八涨")]
    first, second, third = segs
    # the deck line printed between the headline (and its photo captions) and 本报讯 is the
    # headline's, and the captions belong to the story without being its body
    assert first.subtitle == "广州市国土房管局称开发商申请预售证减少 与去年“五一”中心城区推货量相比"
    assert first.byline == "本报讯 （记者赖伟行）"
    assert not any("资料图片" in c.text[s:e] or "中介的广告" in c.text[s:e] for s, e in first.body)
    assert first.span[0] == 0 and first.span[1] == second.span[0] - 1
    assert second.byline == "本报讯（文/图 记者何颖思）"
    assert [c.text[s:e] for s, e in second.sections] == [
        "小中介长期做租单无钱赚", "天河业务萎缩四成", "成交持续下跌会现关门情况"]
    assert third.byline == "本报讯" and c.text[third.body[0][0]:].startswith("5月3日消息")


def test_a_headline_over_its_time_line_captions_and_deck_after_another_page_a14_a16():
    # a14's story, then a16: 楼市中心城区供货降七成 / 发布时间:… / two photo captions / the deck /
    # 本报讯 (记者…)…: the headline titles the next story, it is not a14's last sub-heading
    a14 = next(ARTS.glob("a14_*.txt")).read_text("utf-8")
    a16 = next(ARTS.glob("a16_*.txt")).read_text("utf-8")
    c, segs = _split(a14 + a16)
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts][1:] == ["楼市中心城区供货降七成", "天河业务降四成 东圃小中介关门",
                                           "房价十城八涨"]
    assert arts[1].subtitle and arts[1].subtitle.startswith("广州市国土房管局称")
    assert arts[0].span[1] < c.text.index("楼市中心城区供货降七成") == arts[1].span[0]
    # a sub-heading over body text stays one: a16's own stories are unchanged
    c, segs = _page("a16")
    assert [a.title for a in segs if a.kind == "article"] == [a.title for a in arts[1:]]


def test_a_newspaper_page_printed_with_blank_lines_keeps_its_headlines_and_decks_a16():
    # a16 with a blank line between its lines reads as a newspaper page: the caption's second
    # short line is caption, the line over 本报讯 under a body-less headline is its deck
    text = next(ARTS.glob("a16_*.txt")).read_text("utf-8")
    c, segs = _split(text.replace("\n", "\n\n"))
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["楼市中心城区供货降七成", "天河业务降四成 东圃小中介关门",
                                       "房价十城八涨"]
    assert arts[0].subtitle and arts[0].subtitle.startswith("广州市国土房管局称")
    assert arts[0].byline == "本报讯 （记者赖伟行）"


def test_a_feature_printed_with_blank_lines_keeps_its_tagged_sub_headings_a17():
    # a17 with blank lines between its lines: 看投资—— / 行业内外迎来更多机遇 (a short tag and its
    # heading, no byline under it) is a sub-section of the feature, not a story
    text = next(ARTS.glob("a17_*.txt")).read_text("utf-8")
    c, segs = _split(text.replace("\n", "\n\n"))
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["1083亿件快递背后的经济活力（经济聚焦）"]
    assert "看投资——" in c.text[arts[0].span[0]:arts[0].span[1]]
    # a story's kicker is a phrase: 习近平总书记…党员干部—— over its headline still opens one
    assert "把红色基因传承好 把红色血脉赓续好" in [a.title for a in _split("000")[1]]


def test_a_story_with_a_lead_and_short_sub_headings_is_not_a_news_list_a16():
    # the second story alone: headline, 本报讯 lead, three sub-headings over one to three
    # paragraphs each: one story, not a list of items
    c, segs = _page("a16", slice(11, 24))
    assert [(a.kind, a.title) for a in segs] == [("article", "天河业务降四成 东圃小中介关门")]
    assert len(segs[0].sections) == 3


def test_a_feature_with_sub_headings_over_two_lines_is_one_story_a17():
    c, segs = _page("a17")
    assert [(a.kind, a.title) for a in segs] == [("article", "1083亿件快递背后的经济活力（经济聚焦）")]
    a = segs[0]
    sections = [c.text[s:e] for s, e in a.sections]
    assert "看投资——\n行业内外迎来更多机遇" in sections and "看跨境——\n打通直营“最后一公里”" in sections
    # the chart credit and the photo caption before the text are the story's, not its body
    assert not any("肖艺九摄" in c.text[s:e] or "数据来源" in c.text[s:e] for s, e in a.body)


def test_a_credit_opening_the_first_paragraph_is_the_byline_a18():
    c, segs = _page("a18")
    assert len(segs) == 1
    a = segs[0]
    assert a.title == "2025年中国国内生产总值突破140万亿元 同比增长5%"
    assert a.byline == "央视网消息（新闻联播）"
    assert c.text[a.body[0][0]:].startswith("国务院新闻办公室今天(1月19日)举行新闻发布会")


def test_a_dateline_quoted_inside_a_story_opens_no_new_one_a18():
    # a18 with its second paragraph printed after a wire dateline: one story, the dateline body
    text = next(ARTS.glob("a18_*.txt")).read_text("utf-8").splitlines()
    page = "\n".join(text[:2] + ["新华社北京1月19日电 " + text[2]] + text[3:]) + "\n"
    c, segs = _split(page)
    assert len(segs) == 1 and segs[0].byline == "央视网消息（新闻联播）"


def test_photo_captions_of_a_web_page_are_lines_of_their_own_a14():
    c, segs = _page("a14")
    assert [(a.kind, a.title) for a in segs] == [
        ("article", "2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行！")]
    lines = c.text.split("\n")
    assert "黄石市委副书记、市长吴锦" in lines and "活动现场" in lines
    assert lines[1] == "发稿时间:2021/6/9 【 字体:大 中 小 】"
    body = " ".join(c.text[s:e] for s, e in segs[0].body)
    assert "字体" not in body and "市长吴锦吴锦" not in body


def test_wire_items_with_their_bracketed_headline_on_a_line_of_its_own_a15():
    # a15's items printed with the 【headline】 on its own line, the dateline paragraph under it
    lines = next(ARTS.glob("a15_*.txt")).read_text("utf-8").splitlines()
    page = []
    for line in lines[:5]:
        head, body = line.split("】", 1)
        page += [head.split(" ", 1)[1] + "】", body]
    c, segs = _split("\n".join(page) + "\n")
    assert [a.title for a in segs] == [
        "一季度上海外贸实现强劲开局 同比增长21.9%",
        "国务院国资委：加快打造具有国际竞争力的低空经济产业集群",
        "2026北京人形机器人半马排位赛今日开跑",
        "国务院国资委召开中央企业低空经济产业发展专题推进会 要求加大投资力度 "
        "当好发展低空经济的长期资本、战略资本、耐心资本",
        "特朗普称以黎领导人将对话"]
    assert segs[2].byline == "《科创板日报》16日讯"


def test_a_markdown_page_of_level_three_headings_splits_at_each_a18():
    # the 新闻联播 page as its mirror stores it (somson/xin-wen-lian-bo, SOURCES.md): each story
    # under a ### headline; here a18's story and a second one made of a13's first item
    a18 = next(ARTS.glob("a18_*.txt")).read_text("utf-8").splitlines()
    a13 = next(ARTS.glob("a13_*.txt")).read_text("utf-8").splitlines()
    page = "\n\n".join(["### " + a18[0]] + a18[1:3] + ["### " + a13[2], "央视网消息（新闻联播）：" + a13[3]])
    c, segs = _split(page)
    assert [a.title for a in segs] == [
        "2025年中国国内生产总值突破140万亿元 同比增长5%",
        "“十四五”期间我国“山水工程”累计完成治理超8200万亩"]
    assert segs[1].byline == "央视网消息（新闻联播）"


def test_a_bracketed_wire_dateline_line_under_a_headline_opens_a_story_a13():
    # two of a13's items, each printed as a web story: headline, (新华社北京…电) line, paragraph
    a13 = next(ARTS.glob("a13_*.txt")).read_text("utf-8").splitlines()
    page = "\n".join([a13[2], "（新华社北京1月19日电）", a13[3], a13[4], "（新华社北京1月19日电）", a13[5]])
    c, segs = _split(page + "\n")
    assert [a.title for a in segs] == [
        "“十四五”期间我国“山水工程”累计完成治理超8200万亩",
        "2025年粤港澳大湾区内地九市进出口9.15万亿元 同比增长4.7%"]
    assert all(not c.text[s:e].startswith("(新华社") for a in segs for s, e in a.body)


def test_a_byline_opening_the_paragraph_under_a_headline_opens_a_story_a04_a07_a13():
    # a13's first item, then a07's headline over a04's first paragraph, which opens with the
    # byline 21世纪经济报道记者赵子健 北京报道: a web page of two stories
    a13 = next(ARTS.glob("a13_*.txt")).read_text("utf-8").splitlines()
    a07 = next(ARTS.glob("a07_*.txt")).read_text("utf-8").splitlines()
    a04 = next(ARTS.glob("a04_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n".join([a13[2], a13[3], a07[0], a04[1]]) + "\n")
    assert [a.title for a in segs] == [a13[2], a07[0]]
    assert segs[1].byline == "21世纪经济报道记者赵子健 北京报道"


def test_a_page_of_stories_closing_with_a_news_list_splits_into_stories_and_items_a19():
    # a 新闻联播 page: four stories (headline, 央视网消息 paragraph, body), then 国内联播快讯 /
    # 央视网消息(新闻联播): / five items (a headline line, one paragraph)
    c, segs = _page("a19")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [
        "政策支持和改革创新并举 推动“十五五”良好开局",
        "多部门推出财政金融协同促内需一揽子政策",
        "提振消费政策协同显效 消费市场实现扩容提质",
        "各地积极应对寒潮天气 全力保障民生",
        "“十五五”期间我国节水产业规模将超过1.2万亿元",
        "《生物降解塑料购物袋》国家标准发布",
        "2026年全国公共就业招聘专项活动启动",
        "我国已在25个省份构建产品碳足迹标识认证试点网络",
        "《榜样10》专题节目今晚播出"]
    # the list's heading and its credit line belong neither to the story before nor to an item
    head = c.text.index("国内联播快讯")
    assert arts[3].span[1] < head and arts[4].span[0] > head
    assert all(len(a.body) == 1 for a in arts[4:])


def test_the_same_page_without_its_list_heading_is_not_split_at_the_items_a19():
    # no heading names a list: the headline lines after the last story's body are not items
    lines = next(ARTS.glob("a19_*.txt")).read_text("utf-8").splitlines()
    page = [x for x in lines if x not in ("国内联播快讯", "央视网消息（新闻联播）：")]
    c, segs = _split("\n".join(page[:10] + page[19:]) + "\n")
    assert "国内联播快讯" not in [a.title for a in segs]
    assert len([a for a in segs if a.kind == "article"]) < 7


def test_a_wire_item_cut_by_the_feed_does_not_swallow_the_next_stamped_item_a20():
    # a20: the item at [00:55] ends mid-sentence (the feed cut it); the next line starts with a
    # time stamp: a new item, not the rest of the cut line
    c, segs = _page("a20")
    titles = [a.title for a in segs if a.kind == "article"]
    assert "AI办公赛道竞争升温 Anthropic推出面向“设计小白”的AI创意工具" in titles
    assert len(titles) == 8


def test_a_news_list_in_the_middle_of_a_page_ends_at_the_next_dated_story_a13_a19():
    # a 新闻联播 page: a story, 国内联播快讯 with three items, a story under its headline and
    # 央视网消息 paragraph (four paragraphs), then 国际联播快讯 with three items
    a19 = next(ARTS.glob("a19_*.txt")).read_text("utf-8").splitlines()
    a13 = next(ARTS.glob("a13_*.txt")).read_text("utf-8").splitlines()
    page = (a19[0:6] + a19[20:22] + a19[22:28] + a19[15:20]
            + ["国际联播快讯", "央视网消息（新闻联播）："] + a13[2:8])
    c, segs = _split("\n".join(page) + "\n")
    titles = [a.title for a in segs if a.kind == "article"]
    assert titles == [a19[0], a19[22], a19[24], a19[26], a19[15], a13[2], a13[4], a13[6]]
    story = [a for a in segs if a.title == a19[15]][0]
    assert len(story.body) == 4  # the dated story keeps its paragraphs
    assert not any(t in ("国内联播快讯", "国际联播快讯") for t in titles)


def test_a_news_list_of_two_items_closing_a_page_of_stories_splits_into_its_items_a13_a19():
    # a 新闻联播 page: a story, then 国际联播快讯 / 央视网消息(新闻联播): / two items only (a185):
    # under a heading naming a list, inside a page of stories, two items make a list
    a19 = next(ARTS.glob("a19_*.txt")).read_text("utf-8").splitlines()
    a13 = next(ARTS.glob("a13_*.txt")).read_text("utf-8").splitlines()
    page = a19[0:6] + ["国际联播快讯", "央视网消息（新闻联播）："] + a13[2:6]
    c, segs = _split("\n".join(page) + "\n")
    titles = [a.title for a in segs if a.kind == "article"]
    assert titles[-2:] == [a13[2], a13[4]]
    assert "国际联播快讯" not in titles


def test_a_stamped_wire_item_without_headline_or_dateline_is_an_item_of_its_own_a20():
    # a20's [01:16] item (no 【headline】, no 财联社…电) printed between two items
    lines = next(ARTS.glob("a20_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n".join([lines[1], lines[0], lines[2], lines[3]]) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["LME金属期货收盘涨跌不一", "", "伊朗指责美海上封锁违反停火协议", ""]
    # its time stamp is not its body
    assert c.text[arts[1].body[0][0]:].startswith("美联储周五隔夜逆回购协议")


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_numbered_points_of_an_analysis_are_sections_never_headlines_a21(sep):
    # 关注点三:居民收入与经济增长基本同步 / 城乡居民人均收入比继续缩小: a point and its sub-line
    lines = next(ARTS.glob("a21_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split(sep.join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 1 and arts[0].title.startswith("4.9%")
    assert sum(c.text[s:e].startswith("关注点") for s, e in arts[0].sections) == 8


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_news_list_item_headline_listing_titles_with_a_comma_opens_its_item_a155(sep):
    # issue 16: the last 快讯 item's headline names a guest by two titles (…民族领袖、人民委员会
    # 主席…, 36 characters): a plain line for a headline, yet between an item's paragraph and the
    # next paragraph it opens the next item, not a paragraph of the item above
    lines = next(ARTS.glob("a155_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split(sep.join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 14
    assert arts[-1].title == normalize(lines[-2]) and arts[-2].title == normalize(lines[-4])
    assert c.text[arts[-2].span[0]:arts[-2].span[1]].endswith(normalize(lines[-3]))


def test_a_long_plain_line_inside_a_story_does_not_open_a_news_list_item_a79():
    # a 36氪 analysis whose numbered sub-heading (2、订阅业务已经形成规模化效应,…) stands between
    # paragraphs: no news list, the line stays in the story
    lines = next(ARTS.glob("a79_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n\n".join(lines) + "\n")
    assert len([a for a in segs if a.kind == "article"]) == 1


def test_a_news_list_on_a_page_printed_with_blank_lines_a19():
    lines = next(ARTS.glob("a19_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n\n".join(lines) + "\n")
    titles = [a.title for a in segs if a.kind == "article"]
    assert len(titles) == 9 and "国内联播快讯" not in titles


def test_a_headline_printed_again_in_short_form_titles_with_its_full_form():
    page = ("2026年宁夏回族自治区政府工作报告\n政府工作报告\n"
            "——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上\n"
            "自治区人民政府主席 张雨浦\n各位代表:\n"
            "现在,我代表自治区人民政府,向大会报告工作,请予审议。\n"
            "过去一年,全区地区生产总值增长5.3%,固定资产投资增长6%。\n")
    c, segs = _split(page)
    assert [a.title for a in segs if a.kind == "article"] == ["2026年宁夏回族自治区政府工作报告"]


@pytest.mark.parametrize("line", ["首页 > 财经 > 正文", "当前位置：首页 > 新闻中心",
                                  "2022年04月26日 10:23  澎湃新闻"])
def test_a_site_path_or_time_line_of_a_repost_never_titles_it_a22(line):
    lines = next(ARTS.glob("a22_*.txt")).read_text("utf-8").splitlines()
    page = [line] + lines if "首页" in line else lines[:1] + [line] + lines[1:]
    c, segs = _split("\n".join(page) + "\n")
    assert [a.title for a in segs if a.kind == "article"] == [
        "疫情多发下，苏州一季度GDP同比增4.4%：基本符合预期"]


def test_reposts_printed_one_after_another_split_at_their_closing_lines_a01_a02_a22():
    # each repost closes with the portal's app line and 责任编辑:…; the next one's headline
    # (with its 原标题 line, or a headline line with punctuation) opens the next story
    def lines(stem):
        return next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n".join(lines("a01") + lines("a02") + lines("a22")) + "\n")
    assert [a.title for a in segs if a.kind == "article"] == [
        "1-2月广东经济数据出炉：工业、投资、消费同比增长均超三成",
        "1-7月 西安市经济延续稳定恢复态势",
        "疫情多发下，苏州一季度GDP同比增4.4%：基本符合预期"]
    # a repost whose headline holds punctuation (…开局:汽车出口接近翻倍,…) over a paragraph
    # opening with its byline, right after another repost's closing lines: its own headline
    c, segs = _split("\n".join(lines("a22") + lines("a04")) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["疫情多发下，苏州一季度GDP同比增4.4%：基本符合预期",
                                       lines("a04")[0]]
    assert arts[1].byline == "21世纪经济报道记者赵子健 北京报道"
    # an editor line inside a story (记者:李金磊 under a24's first caption) closes nothing
    c, segs = _page("a24")
    assert len([a for a in segs if a.kind == "article"]) == 1


@pytest.mark.parametrize("stem,n", [("a15", 7), ("a20", 8)])
def test_a_wire_list_printed_with_blank_lines_splits_into_its_items(stem, n):
    lines = next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n\n".join(lines) + "\n")
    assert len([a for a in segs if a.kind == "article"]) == n


def _feed(variant: str) -> str:
    """a25 (a 财联社 archive: HH:MM:SS|headline, id:/level:/subjects:/url: lines, the text) as
    printed, or its items printed the other ways a feed prints them (its field lines left out):
    ``blank`` a blank line between all lines; ``markdown`` its headings marked # and ##;
    ``separators`` a --- line before each item
    (a feed, not a scraped dump: its 【…】 lines are inside the items); ``time_under`` the headline (or 无标题) over a time
    line; ``date_source`` over a date, time and source line; ``time_above`` a time line over
    the headline (none when untitled) and a text without 【headline】; ``bracket`` the
    【headline】 on a line of its own over a date and time line."""
    lines = next(ARTS.glob("a25_*.txt")).read_text("utf-8").splitlines()
    if variant in ("as_printed", "blank"):
        return ("\n\n" if variant == "blank" else "\n").join(lines) + "\n"
    if variant == "markdown":  # # heading, ## 00:01:30|headline (the archive as stored)
        return "\n".join(["# " + lines[0]] + lines[1:3] + [
            "## " + x if re.match(r"\d\d:\d\d:\d\d", x) else x for x in lines[3:]]) + "\n"
    if variant == "separators":  # a --- line before each item (a markdown archive's rule)
        return "\n".join(x for line in lines for x in (
            ["---", line] if re.match(r"\d\d:\d\d:\d\d", line) else [line])) + "\n"
    out = []
    for line in lines[3:]:
        stamp, bar, head = line.partition("｜")
        title = "" if head == "无标题" else head
        if bar:
            out += {"time_under": [head, stamp],
                    "date_source": [head, f"2026-05-16 {stamp} 来源：财联社"],
                    "time_above": [stamp] + ([title] if title else []),
                    "bracket": [f"【{title}】" if title else head, f"2026-05-16 {stamp}"]}[variant]
        elif not line.startswith(("id:", "level:", "subjects:", "url:")):
            out.append(re.sub(r"^【[^】]*】", "", line) if variant in ("time_above", "bracket")
                       else line)
    return "\n".join(out) + "\n"


A25_TITLES = ["", "OpenAI与Plaid构建合作伙伴关系 将利用ChatGPT提供个性化金融顾问服务", "", "", "",
              "印度修订黄金、白银、棕榈油、大豆油的关税", "5月16日零时起 部分贵州茅台酒产品自营体系零售价上调",
              "美国天然气期货日内涨幅扩大至3%", "", "第一轮投票无人胜出 秘鲁总统选举将举行第二轮投票",
              "法国“戴高乐”号航母抵达阿拉伯海 为护航行动做准备", ""]


@pytest.mark.parametrize("variant", ["as_printed", "blank", "markdown", "separators", "time_under",
                                     "date_source", "time_above", "bracket"])
def test_a_feed_splits_into_its_items_at_their_headline_lines_a25(variant):
    # each item: a headline line marked by its time stamp, or by a time (and source) line under
    # or over it; the feed's field lines; its text. 无标题 (or no headline) marks an untitled item
    c, segs = _split(_feed(variant))
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == A25_TITLES
    for a, nxt in zip(arts, arts[1:] + [None]):
        # the item starts at its first line (its time or its headline) and ends before the next
        assert re.match(r"(?:## )?\d\d:\d\d|无标题|【?" + re.escape(a.title or "无标题"),
                        c.text[a.span[0]:])
        assert nxt is None or a.span[1] < nxt.span[0]
        if a.title:  # its headline as printed, inside the item, before its text
            assert c.display(*a.title_span) == a.title
            assert a.span[0] <= a.title_span[0] < a.title_span[1] < a.body[0][0]
        assert a.byline == "财联社5月16日电"
        for s, e in a.body:  # its text after the dateline: no time, field or 【headline】 line
            assert not re.match(r"id:|url:|\d\d|来源|【|财联社", c.text[s:e])
    # the archive's heading and its own field lines belong to no item
    assert "财联社快讯归档" not in c.text[arts[0].span[0]:arts[-1].span[1]]


def test_one_stamped_headline_is_not_a_feed_a25():
    # the archive's heading and its first titled item alone: one story, not a feed of one
    lines = next(ARTS.glob("a25_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n".join(lines[:3] + lines[9:15]) + "\n")
    assert len([a for a in segs if a.kind == "article"]) == 1


# headline blocks as printed (one line each), their body a real paragraph: which line titles
# the article, which is its kicker (引题, above) and which its subtitle (副题, under it)
_BODY = "国际收支基本平衡。上半年，我国货物贸易进出口创同期新高，外汇储备维持在3.2万亿美元以上。"
HEADLINE_BLOCKS = [
    # source, lines, title, kicker, subtitle
    ("a27", ["上半年GDP同比增长5.3%", "稳新畅进，经济半年报含金量高（权威发布）",
             "本报记者  刘志强《人民日报》（2025年07月16日第 04 版）"],
     "稳新畅进，经济半年报含金量高（权威发布）", "上半年GDP同比增长5.3%", None),
    ("a27, a deck line added", ["上半年GDP同比增长5.3%", "稳新畅进，经济半年报含金量高（权威发布）",
                               "——国家统计局介绍上半年国民经济运行情况", "本报记者 刘志强"],
     "稳新畅进，经济半年报含金量高（权威发布）", "上半年GDP同比增长5.3%", "国家统计局介绍上半年国民经济运行情况"),
    ("a17", ["1083亿件快递背后的经济活力（经济聚焦）", "数据来源：国家邮政局"],
     "1083亿件快递背后的经济活力（经济聚焦）", None, None),
    ("seed 000", ["走进县城看发展", "埋头苦干“双过半” 踔厉奋发“全年红”",
                  "——平鲁区“四个聚集”在全方位推动高质量发展中奋力开创新局面", "谢宏 范磊"],
     "埋头苦干“双过半” 踔厉奋发“全年红”", "走进县城看发展",
     "平鲁区“四个聚集”在全方位推动高质量发展中奋力开创新局面"),
    ("seed 004", ["两会特稿", "奋楫争先谱华章", "——我市加快推进项目建设综述", "□ 本报记者 王涛"],
     "奋楫争先谱华章", "两会特稿", "我市加快推进项目建设综述"),
    ("a27 without its tag, a plain deck", ["上半年GDP同比增长5.3%", "稳新畅进，经济半年报含金量高",
                                           "国家统计局介绍上半年国民经济运行情况", "本报记者 刘志强"],
     "稳新畅进，经济半年报含金量高", "上半年GDP同比增长5.3%", "国家统计局介绍上半年国民经济运行情况"),
    ("a27, its column over the headline", ["【权威发布】", "稳新畅进，经济半年报含金量高", "本报记者 刘志强"],
     "稳新畅进，经济半年报含金量高", "权威发布", None),
    # a series' tag quoting a phrase, no dot in it (迈向“十五五”的发展图景): the headline's tag
    ("c205", ["引江济淮二期工程压茬推进", "水网密织，将惠泽皖北超三千万群众（迈向“十五五”的发展图景）",
              "本报记者  王  浩《人民日报》（2025年12月12日第 02 版）"],
     "水网密织，将惠泽皖北超三千万群众（迈向“十五五”的发展图景）", "引江济淮二期工程压茬推进", None),
    # a short news story with no author: kicker and headline over the paper's bare edition line
    # (a kicker has no dash of its own, nor a figure; the line under the headline stands where a
    # byline would)
    ("c157", ["今年前两月", "广西对东盟跨境电商进出口增长超40%", "《人民日报》（2026年04月13日第 08 版）"],
     "广西对东盟跨境电商进出口增长超40%", "今年前两月", None),
    ("c161", ["积极推进数字经济和实体经济融合", "江西规上工业企业超七成实施数智化改造",
              "《人民日报》（2026年03月30日第 01 版）"],
     "江西规上工业企业超七成实施数智化改造", "积极推进数字经济和实体经济融合", None),
    # a headline of one clause over a line of two clauses joined by a comma, no tag: the headline
    # and its subtitle (副题) giving the figures, not a kicker over the headline
    ("c172", ["春季农业生产全面展开", "全国春播粮食完成意向面积近一成，进度基本持平",
              "《人民日报》（2026年04月11日第 04 版）"],
     "春季农业生产全面展开", None, "全国春播粮食完成意向面积近一成，进度基本持平"),
    # a commentary's headline over its byline, then a labelled field line (【人物】…): the line
    # under the byline is no headline, the one above it no kicker
    ("a144", ["荧荧赤子心，照得万里明（暖闻热评）", "卢  涛《人民日报》（2026年03月23日第 05 版）",
              "【人物】“拍客”陈真"], "荧荧赤子心，照得万里明（暖闻热评）", None, None),
    # a document's title over its author and date, or its occasion and speaker: no kicker
    ("c17", ["株洲市2025年国民经济和社会发展统计公报", "株洲市统计局", "2026年4月28日"],
     "株洲市2025年国民经济和社会发展统计公报", None, None),
    # a document's title carrying its footnote's mark: the title without it
    ("c148", ["银川市2025年国民经济和社会发展统计公报[1]", "银川市统计局  国家统计局银川调查队"],
     "银川市2025年国民经济和社会发展统计公报", None, None),
    ("c148, the mark as a circled digit", ["银川市2025年国民经济和社会发展统计公报①", "银川市统计局"],
     "银川市2025年国民经济和社会发展统计公报", None, None),
    ("c04", ["2026年黑龙江省政府工作报告", "2026年1月31日在黑龙江省第十四届人民代表大会第四次会议上",
             "省长 梁惠玲"], "2026年黑龙江省政府工作报告", None, None),
    ("c28", ["关于黄石市2025年预算执行情况", "和2026年预算草案的报告",
             "——2026年1月15日在黄石市第十五届人民代表大会第五次大会上", "黄石市财政局"],
     "关于黄石市2025年预算执行情况和2026年预算草案的报告", None, None),
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("source,lines,title,kicker,subtitle", HEADLINE_BLOCKS,
                         ids=[b[0] for b in HEADLINE_BLOCKS])
def test_a_kicker_above_and_a_subtitle_under_a_headline_belong_to_it(source, lines, title, kicker,
                                                                      subtitle, sep):
    c, segs = _split(sep.join(lines + [_BODY]) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 1
    a = arts[0]
    assert (a.title, a.kicker) == (title, kicker)
    if subtitle is not None:
        assert a.subtitle == subtitle
    assert a.span[0] == 0  # the kicker is the article's first line
    assert c.text[a.body[0][0]:].startswith("国际收支基本平衡")


def _a28() -> list[str]:
    return next(ARTS.glob("a28_*.txt")).read_text("utf-8").splitlines()


def test_a_digest_of_numbered_items_splits_into_untitled_items_a28():
    # 陆家嘴财经早餐… / time and source line / 收藏到… / three sections (热点聚焦, 环球市场, 宏观),
    # each numbering its paragraphs from 1: every numbered paragraph is an untitled item
    lines = _a28()
    for sep in ("\n", "\n\n"):
        c, segs = _split(sep.join(lines) + "\n")
        arts = [a for a in segs if a.kind == "article"]
        assert len(segs) == len(arts) == 21
        assert all(a.title == "" and a.title_span is None for a in arts)
        starts = [x for x in lines if re.match(r"\d{1,2}、", x)]
        for a, line in zip(arts, starts):
            # the item is its paragraph: from its number, its text after the number
            assert c.text[a.span[0]:a.span[1]] == normalize(line)
            assert len(a.body) == 1 and normalize(line).endswith(c.text[slice(*a.body[0])])
            assert not re.match(r"\d", c.text[a.body[0][0]:])
        # the headline, the time line and the section headings belong to no item
        inside = "".join(c.text[a.span[0]:a.span[1]] for a in arts)
        assert not any(h in inside for h in ("陆家嘴财经早餐", "08-31 06:30", "热点聚焦", "环球市场"))


def _bulleted(lines: list[str], bullet: str = "● ") -> list[str]:
    return [re.sub(r"^\d{1,2}、", bullet, x) for x in lines]


def _parts(lines: list[str]) -> list[str]:
    """a28's section headings numbered: 一、热点聚焦, 二、环球市场, 三、宏观."""
    n = iter("一二三")
    return [f"{next(n)}、{x}" if x in ("热点聚焦", "环球市场", "宏观") else x for x in lines]


def _markdown(lines: list[str], bullet: str | None = None) -> list[str]:
    """a28 as markdown: # headline, ## sections, items numbered 1. (or bulleted)."""
    return ["# " + lines[0]] + lines[1:3] + [
        "## " + x if not re.match(r"\d", x) else
        re.sub(r"^(\d{1,2})、", bullet or r"\1. ", x) for x in lines[3:]]


# an intro printed over a digest's first section (a line of this kind, no line of a28)
A28_INTRO = "今天是2024年8月31日，星期六，以下是今日早餐的主要内容。"

# pages made of a28's lines: how many articles a reader sees
DIGESTS = [
    # name, lines, articles
    ("one section under a heading naming a digest", lambda x: x[:7], 3),
    ("bulleted items in three sections", lambda x: _bulleted(x), 21),
    ("one bulleted section under a heading naming a digest", lambda x: _bulleted(x[:7]), 3),
    ("items numbered 1. 2.", lambda x: [re.sub(r"^(\d{1,2})、", r"\1. ", y) for y in x], 21),
    ("markdown, items numbered 1. 2.", lambda x: _markdown(x), 21),
    ("markdown, items bulleted -", lambda x: _markdown(x, "- "), 21),
    # a digest copied without its bullets: plain paragraphs under its short section headings
    ("items without bullets under a heading naming a digest", lambda x: _bulleted(x, ""), 21),
    ("sections numbered 一、 二、 三、 under a heading naming a digest", lambda x: _parts(x), 21),
    # not digests: one run of points under a plain heading; points under a story's lead; a
    # document's numbered parts
    ("one section without the page's heading", lambda x: x[3:7], 1),
    ("points under a lead paragraph", lambda x: x[:3] + [x[20][2:]] + x[4:7], 1),
    ("numbered parts 一、 二、 三、 of a page", lambda x: _parts(x[1:]), 1),
    ("paragraphs under sections, no heading naming a digest", lambda x: _bulleted(x[2:], ""), 1),
    # an intro line over the first section: under a heading naming a digest, in no item; under
    # a plain heading, a story's lead
    ("an intro line under a heading naming a digest", lambda x: x[:3] + [A28_INTRO] + x[3:], 21),
    ("an intro line under a plain heading", lambda x: ["今日市场观察"] + x[1:3] + [A28_INTRO] + x[3:], 1),
    ("items without bullets, an intro line under a heading naming a digest",
     lambda x: _bulleted(x[:3] + [A28_INTRO] + x[3:], ""), 21),
    ("items without bullets, an intro line under a plain heading",
     lambda x: _bulleted(["今日市场观察"] + x[1:3] + [A28_INTRO] + x[3:], ""), 1),
]


@pytest.mark.parametrize("name,make,n", DIGESTS, ids=[d[0] for d in DIGESTS])
def test_which_runs_of_numbered_or_bulleted_paragraphs_are_a_digest_a28(name, make, n):
    for sep in ("\n", "\n\n"):
        c, segs = _split(sep.join(make(_a28())) + "\n")
        arts = [a for a in segs if a.kind == "article"]
        assert len(arts) == n
        if n > 1:  # untitled items, each its paragraph's text without its number or bullet
            assert all(a.title == "" and len(a.body) == 1 for a in arts)
            assert all(re.match(r"[\u4e00-\u9fff]", c.text[a.body[0][0]:]) for a in arts)
            assert not any(normalize(A28_INTRO) in c.text[a.span[0]:a.span[1]] for a in arts)


def test_one_section_of_a_digest_taken_alone_splits_into_its_numbered_items_a62():
    # a62: the Wind digest's section heading 国内股市 and its eleven numbered paragraphs 1、…11、,
    # no heading naming the digest over them: one untitled item a paragraph, the heading in none
    lines = next(ARTS.glob("a62_*.txt")).read_text("utf-8").splitlines()
    for sep in ("\n", "\n\n"):
        c, segs = _split(sep.join(lines) + "\n")
        arts = [a for a in segs if a.kind == "article"]
        assert len(arts) == 11
        assert all(a.title == "" and a.title_span is None and len(a.body) == 1 for a in arts)
        for a, line in zip(arts, lines[1:]):
            assert c.text[a.span[0]:a.span[1]] == normalize(line)
            assert c.text[slice(*a.body[0])] == normalize(re.sub(r"^\d{1,2}、", "", line))
        assert not any("国内股市" in c.text[a.span[0]:a.span[1]] for a in arts)


A62_NOT_DIGESTS = [
    # name, lines: one document's points, one article
    ("a heading naming no beat", lambda x: ["主要内容"] + x[1:]),
    ("a short run of numbered paragraphs", lambda x: x[:6]),
    ("a lead paragraph under the heading", lambda x: x[:1] + [A28_INTRO] + x[1:]),
    ("a closing paragraph after the run", lambda x: x + [A28_INTRO]),
]


@pytest.mark.parametrize("name,make", A62_NOT_DIGESTS, ids=[d[0] for d in A62_NOT_DIGESTS])
def test_numbered_paragraphs_under_one_heading_stay_one_document_a62(name, make):
    lines = make(next(ARTS.glob("a62_*.txt")).read_text("utf-8").splitlines())
    c, segs = _split("\n".join(lines) + "\n")
    assert len([a for a in segs if a.kind == "article"]) == 1


def test_a_wire_list_heading_titles_no_item_without_headline_a61():
    # a61: 🔴 重要电报 over seven stamped items, the first ([21:54] ①…；②…) with neither headline
    # nor dateline: the heading belongs to no item and titles none
    c, segs = _page("a61")
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 7
    assert arts[0].title == "" and c.text[arts[0].span[0]:].startswith("[21:54]")
    assert arts[1].title == "国际机构称化肥价格或将长期高企"
    assert not any("重要电报" in c.text[a.span[0]:a.span[1]] for a in arts)


def test_sub_headings_over_a_source_line_are_no_feed_a26():
    # a26 with a date-and-time line under its headline and 来源:… under each sub-heading (as
    # under a chart): one story; a source line without a time marks no feed item
    lines = next(ARTS.glob("a26_*.txt")).read_text("utf-8").splitlines()
    page = [lines[0], "2022-08-12 10:23 来源：人民网福建频道"]
    for line in lines[2:]:
        page.append(line)
        if line in ("宁德一指标已连续43个月保持首位", "各地固投仍快速增长，但侧重点不同", "福建外贸短暂受挫后上扬"):
            page.append("来源：福建省统计局")
    c, segs = _split("\n".join(page) + "\n")
    assert [a.title for a in segs if a.kind == "article"] == [lines[0]]


# a wire list's time stamp as other feeds print it: [13:19] → each of these
STAMPS = {"bare": r"\1 ", "seconds": r"\1:00 ", "date": r"2026-04-16 \1:00 ", "bar": r"\1｜"}


@pytest.mark.parametrize("form", sorted(STAMPS))
@pytest.mark.parametrize("stem,n", [("a15", 7), ("a20", 8)])
def test_a_wire_list_splits_at_its_time_stamps_however_printed(stem, n, form):
    lines = next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n".join(re.sub(r"^\[(\d\d:\d\d)\]\s*", STAMPS[form], x) for x in lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    c0, segs0 = _split("\n".join(lines) + "\n")  # as printed: [13:19]
    assert [a.title for a in arts] == [a.title for a in segs0 if a.kind == "article"]
    assert len(arts) == n
    for a in arts:  # the stamp is the item's first line's, never its text
        assert re.match(r"\d", c.text[a.span[0]:]) and not re.match(r"\d\d:", c.text[a.body[0][0]:])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_numbered_news_list_under_a_heading_naming_a_list_a13(sep):
    # a13's items numbered (1、“十四五”期间… / its paragraph / 2、2025年粤港澳…): each item
    # titled by its headline without its number
    lines = next(ARTS.glob("a13_*.txt")).read_text("utf-8").splitlines()
    heads = lines[2::2]
    page = lines[:2] + [x for k, h in enumerate(heads, 1) for x in (f"{k}、{h}", lines[2 * k + 1])]
    c, segs = _split(sep.join(page) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == heads
    assert all(c.text[a.span[0]:].startswith(f"{k}、") for k, a in enumerate(arts, 1))
    # without a heading naming a list, numbered headlines are a story's numbered parts
    c, segs = _split(sep.join(page[2:]) + "\n")
    assert len([a for a in segs if a.kind == "article"]) < len(heads)


def test_a_programme_of_timed_paragraphs_inside_a_story_is_no_wire_list_a14():
    # two paragraphs opening with a bare time (9:00 …, 10:30 …) inside a14's story: its text
    lines = next(ARTS.glob("a14_*.txt")).read_text("utf-8").splitlines()
    page = lines[:4] + ["9:00 推介会开幕，黄石市委副书记、市长吴锦致辞。", "10:30 项目集中签约，共签约项目28个。"] + lines[4:]
    c, segs = _split("\n".join(page) + "\n")
    assert [a.title for a in segs if a.kind == "article"] == [lines[0]]


def _lines_of(stem: str) -> list[str]:
    return next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()


def _retitled(lines: list[str], name) -> list[str]:
    """a31's lines with each item's headline line k (counted from 0) replaced by name(k, line)."""
    out, k = [], 0
    for x in lines:
        if 0 < len(out) and len(x) <= 80 and "。" not in x and x not in ("上市进行时", "大公司", "配图"):
            x, k = name(k, x), k + 1
        out.append(x)
    return out


SHORT_HEADS = ["市场动态", "公司新闻", "行业观察", "产品发布", "融资消息", "政策解读", "海外市场", "监管动态"]


# a31 (36氪 8点1氪): line 0 the page's heading, 1 the section label 上市进行时, then items (a headline
# line, one paragraph ending in its source): 2-9 four items, 10 the label 大公司, 11-12 an item, 13
# a 配图 caption, 14-15 an item, 16 配图, 17-18 an item, 19-20 an item
HEADED_LISTS = [
    # name, lines of a31, articles a reader sees
    ("a feed of headlined items under section labels", lambda x: x[:21], 8),
    ("without its captions", lambda x: [y for y in x[:21] if y != "配图"], 8),
    ("without its section labels", lambda x: [y for k, y in enumerate(x[:21]) if k not in (1, 10)], 8),
    ("headlines in brackets", lambda x: _retitled(x[:21], lambda _k, t: "【" + t + "】"), 8),
    ("a headline that is a short question", lambda x: x[:11] + ["苹果会在3月9日举办发布会吗？"] + x[12:21], 8),
    # not lists: a lead paragraph before the first headline (a story and its sub-headings);
    # four items only; a headline printed over two lines; an item of four paragraphs
    ("a lead paragraph before the first item", lambda x: x[:1] + x[3:4] + x[2:21], 1),
    ("four items", lambda x: x[:10], 1),
    # (a label over a headline is at most 8 characters without clause or digit: 上市进行时 / Arm)
    ("an item's headline over two lines", lambda x: x[:4] + ["普洛斯以保密方式提交", "赴美首次公开募股申请"] + x[5:21], 1),
    ("three headline lines over an item", lambda x: x[:4] + ["物流", "普洛斯", "赴美上市"] + x[5:21], 1),
    # short sub-headings (工业, 投资 …) or numbered parts (一、…, 关注点二:…): one document's sections
    ("short headlines", lambda x: _retitled(x[:21], lambda k, _t: SHORT_HEADS[k]), 1),
    ("numbered headlines", lambda x: _retitled(x[:21], lambda k, t: "一二三四五六七八"[k] + "、" + t), 1),
    ("an item of four paragraphs", lambda x: x[:4] + [x[3], x[3], x[3]] + x[4:21], 1),
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("name,pick,n", HEADED_LISTS, ids=[h[0] for h in HEADED_LISTS])
def test_a_list_of_headlined_items_splits_at_each_headline_a31(name, pick, n, sep):
    lines = pick(_lines_of("a31"))
    c, segs = _split(sep.join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    if n == 1:  # no list: no item (printed with blank lines, a newspaper page's reading of its
        # headline lines may still find a second story in them)
        assert not any(a.item for a in arts) and (sep != "\n" or len(arts) == 1), name
        return
    assert len(arts) == n and all(a.item for a in arts), name
    heads = [x for x in lines[1:] if len(x) <= 80 and "。" not in x and x not in ("上市进行时", "大公司", "配图")]
    assert [a.title for a in arts] == [x.removeprefix("【").removesuffix("】") for x in heads]
    for a in arts:  # each item: its headline line (its brackets left out), then its paragraph
        assert c.text[a.title_span[0]:a.title_span[1]] == normalize(a.title)
        assert a.span[0] == a.title_span[0] - c.text.startswith("【", a.span[0])
        assert len(a.body) == 1
    inside = "".join(c.text[a.span[0]:a.span[1]] for a in arts)
    assert not any(x in inside for x in ("8点1氪", "上市进行时", "大公司"))


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_ranked_digest_splits_at_its_ranked_headlines_a36(sep):
    # a36 (财经TOP10): heading, 【政经要闻】, NO.1 … NO.4, 【公司要闻】, NO.5 … NO.10, each a ranked
    # headline line over its paragraphs; 【相关报道】 and its link lines after NO.1 and NO.10
    lines = _lines_of("a36")[:51]
    c, segs = _split(sep.join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    ranked = [x for x in lines if re.match(r"NO\.\d", x)]
    assert len(arts) == len(ranked) == 10
    for a, line in zip(arts, ranked):  # titled by the headline after its rank
        assert a.title == re.sub(r"^NO\.\d+\s+", "", line)
        assert c.text[a.title_span[0]:a.title_span[1]] == normalize(a.title)
    inside = "".join(c.text[a.span[0]:a.span[1]] for a in arts)
    for x in ("财经TOP10", "【政经要闻】", "【公司要闻】", "【相关报道】", lines[8], lines[46], lines[50]):
        assert normalize(x) not in inside
    # NO.7's sub-heading 带息负债降至600亿 is a section of it, not an item
    assert any(c.text[s:e] == lines[30] for s, e in arts[6].sections)
    # ranks that do not count from 1 (a story's NO.2 … NO.4 mentions) make no list
    c, segs = _split(sep.join(lines[:1] + lines[9:20]) + "\n")
    assert len([a for a in segs if a.kind == "article"]) == 1


@pytest.mark.parametrize("stem", ["a36", "a38"])
def test_an_intro_over_a_ranked_digest_is_in_no_item(stem):
    # a 财经TOP10 page (heading naming a list) with an intro paragraph before NO.1: ten items,
    # the intro in none; under a plain heading the paragraph is a story's lead: no list
    lines = _lines_of(stem)
    intro = "今日财经要闻十条，请查收。以下是详细内容。"
    ranked = [x for x in lines if re.match(r"NO\.\d", x)]
    c, segs = _split("\n".join(lines[:1] + [intro] + lines[1:]) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [re.sub(r"^NO\.\d+\s+", "", x) for x in ranked]
    assert not any(normalize(intro) in c.text[a.span[0]:a.span[1]] for a in arts)
    c, segs = _split("\n".join(["今日观察"] + [intro] + lines[1:]) + "\n")
    assert not any(a.item for a in segs if a.kind == "article")


@pytest.mark.parametrize("number", [r"\1、", r"\1. "])
def test_numbered_headlines_rank_under_a_heading_naming_a_list_a36(number):
    # a36 with its ranks printed as list numbers (1、刘鹤… / 1. 刘鹤…): under its heading 财经TOP10
    # (naming a list, data/digest.txt) ten items; under a plain heading, numbered lines are a
    # story's points
    lines = [re.sub(r"^NO\.(\d+)\s+", number, x) for x in _lines_of("a36")[:51]]
    ranked = [re.sub(r"^\d+(、|\. )", "", x) for x in lines if re.match(r"\d+(、|\. )", x)]
    c, segs = _split("\n".join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ranked and len(ranked) == 10
    plain = ["刘鹤副总理提到的“鲍莫尔病”,该如何根治"] + lines[1:]
    c, segs = _split("\n".join(plain) + "\n")
    assert not any(a.item for a in segs if a.kind == "article")


def test_a_long_list_under_a_lead_paragraph_is_still_a_list_a31():
    # a31 whole (25 items) with a paragraph printed before its first item (an editor's note):
    # ten items or more make it a list, the lead in no item; with eight items it is a story's lead
    lines = _lines_of("a31")
    note = "今天的8点1氪为你带来上市、大公司、投融资和酷产品四个栏目的25条资讯，以下是详细内容。"
    c, segs = _split("\n".join(lines[:1] + [note] + lines[1:]) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 25 and all(a.item for a in arts) and arts[0].title == "Arm"
    assert not any(normalize(note) in c.text[a.span[0]:a.span[1]] for a in arts)
    c, segs = _split("\n".join(lines[:1] + [note] + lines[1:21]) + "\n")
    assert len([a for a in segs if a.kind == "article"]) == 1


@pytest.mark.parametrize("colon", ["：", ""])
def test_speaker_lines_of_one_report_are_no_list_a34(colon):
    # a34: a headline, two lead paragraphs, then eight officials' lines (…部长肖亚庆：) each over
    # two paragraphs of their statement: one compiled report, with or without the colons
    lines = [x.removesuffix("：") + colon if x.endswith("：") else x for x in _lines_of("a34")]
    c, segs = _split("\n".join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 1 and not arts[0].item
    assert arts[0].title == lines[0]


# a37 (36氪 创投日报): line 0 the page's heading, 1 an intro paragraph (…早期创业项目，enjoy~), then
# sections: a sector label (教育), the label 融资披露：, an item's headline line (36氪首发 | …) and
# its paragraphs, the last ending ……（查看更多请点这里）; 医疗 holds two items; 创投观察 one item of four
# paragraphs; the closing caption 36氪Pro是36氪旗下微信公众号
A37_HEADS = [4, 10, 15, 19, 24, 29, 33]


def test_a_newsletter_of_teasers_splits_at_each_headline_a37():
    lines = _lines_of("a37")
    c, segs = _split("\n".join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    # each item titled by its headline line as printed (its label 36氪首发 | kept)
    assert [a.title for a in arts] == [lines[k] for k in A37_HEADS]
    assert all(a.item for a in arts)
    for a, k in zip(arts, A37_HEADS):  # the headline line is a line of its own, not body
        assert c.text[a.span[0]:].startswith(normalize(lines[k]) + "\n")
    inside = "".join(c.text[a.span[0]:a.span[1]] for a in arts)
    for x in (lines[0], lines[1], "融资披露：", "\n教育\n", "创投观察"):
        assert normalize(x) not in inside


def test_a_list_without_read_more_links_keeps_the_plain_lists_limits_a37():
    # the same page with its read-more links left out: an item of four paragraphs (创投观察) and
    # a lead paragraph over seven items are a story's; no item is made
    lines = [x.replace("……（查看更多请点这里）", "。") for x in _lines_of("a37")]
    c, segs = _split("\n".join(lines) + "\n")
    assert not any(a.item for a in segs if a.kind == "article")
    # without its lead paragraph and its four-paragraph item it is a plain list again
    plain = lines[:1] + lines[2:32] + lines[38:]
    c, segs = _split("\n".join(plain) + "\n")
    assert [a.title for a in segs if a.kind == "article"] == [lines[k] for k in A37_HEADS[:-1]]


def test_two_plain_labels_over_a_headline_are_a_headline_over_two_lines_a37():
    # 教育 / 融资披露： / headline: a label ending in a colon announces the item; two plain short
    # lines over a headline (教育 / 融资披露 / headline) make no list
    lines = [x.removesuffix("：") if x == "融资披露：" else x for x in _lines_of("a37")]
    c, segs = _split("\n".join(lines) + "\n")
    assert not any(a.item for a in segs if a.kind == "article")


@pytest.mark.parametrize("label", ["记者手记", "【记者手记】", "编后", "短评"])
def test_a_column_label_over_a_headline_opens_a_sidebar_a39(label):
    # a39: the report, then the label 记者手记, the sidebar's headline 为每一场丰收充盈底气 and its
    # paragraphs: an article of its own from the label, titled by the headline, the label its
    # kicker (data/columns.txt); so with another commentary column's label
    lines = [label if x == "记者手记" else x for x in _lines_of("a39")]
    c, segs = _split("\n".join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["农业农村经济发展势头良好（权威发布）", "为每一场丰收充盈底气"]
    assert arts[1].kicker == label.strip("【】")
    assert c.text[arts[1].span[0]:].startswith(normalize(label) + "\n为每一场丰收充盈底气")
    assert arts[0].span[1] <= arts[1].span[0]


def test_a_sidebar_headline_listing_three_words_under_its_label_a67():
    # a67: 记者手记 / 每个人都是发展的亲历者、建设者、受益者 (a headline with the commas of a list in
    # it) / its paragraphs: the sidebar is an article of its own, titled by that line
    c, segs = _page("a67")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["这些成就的取得，都与你我有关（权威发布）",
                                       "每个人都是发展的亲历者、建设者、受益者"]
    assert arts[1].kicker == "记者手记"
    # the same line under a plain short line (no column's label) is no headline
    lines = ["丰收之后" if x == "记者手记" else x for x in _lines_of("a67")]
    c, segs = _split("\n".join(lines) + "\n")
    assert len([a for a in segs if a.kind == "article"]) == 1


def test_a_plain_line_over_a_sub_heading_opens_no_sidebar_a39():
    # a short line that names no column (丰收之后) over the same headline: a sub-heading of the
    # report over two lines, no article of its own
    lines = ["丰收之后" if x == "记者手记" else x for x in _lines_of("a39")]
    c, segs = _split("\n".join(lines) + "\n")
    assert [a.title for a in segs if a.kind == "article"] == ["农业农村经济发展势头良好（权威发布）"]


@pytest.mark.parametrize("stem", ["a31", "a37", "a38"])
def test_a_list_copied_with_blank_lines_splits_as_printed(stem):
    # a list page copied with a blank line between its lines (as a browser copies paragraphs):
    # its headline lines up to 45 characters with a comma or a colon (应用神经射频消融治疗高血压，
    # 「魅丽纬叶」完成超亿元B+轮融资 / 腾讯音乐CEO梁柱：…，…) stay lines of their own, as without
    lines = _lines_of(stem)
    _, one = _split("\n".join(lines) + "\n")
    c, blank = _split("\n\n".join(lines) + "\n")
    titles = [a.title for a in one if a.kind == "article"]
    assert len(titles) >= 7 and [a.title for a in blank if a.kind == "article"] == titles


def test_a_sentence_cut_over_two_lines_is_joined_on_a_list_page_a37():
    # a37 with blank lines and its first paragraph cut in two within a headline's length: after
    # its third comma, mid-word (36氪获悉，4月8日，…螳螂科技宣布，公司刚 / 刚完成了…), or right after a
    # comma (…螳螂科技宣布， / 公司刚刚…): one sentence again, not a headline over a paragraph
    lines = _lines_of("a37")
    k = lines.index(next(x for x in lines if x.startswith("36氪获悉，4月8日")))
    for cut in ("宣布，公司刚", "宣布，"):
        at = lines[k].index(cut) + len(cut)
        assert 30 <= at < 46
        page = lines[:k] + [lines[k][:at], lines[k][at:]] + lines[k + 1:]
        c, segs = _split("\n\n".join(page) + "\n")
        assert normalize(lines[k]) in c.text
        assert len([a for a in segs if a.kind == "article"]) == 7


@pytest.mark.parametrize("stem,kicker,headline", [
    # a27 without its column tag (权威发布), a39 without it and without the kicker's dash: two
    # plain lines over the byline 本报记者 …《人民日报》…: the kicker (引题), then the headline (主题)
    ("a27", "上半年GDP同比增长5.3%", "稳新畅进，经济半年报含金量高"),
    ("a39", "夏粮稳产丰收、农民收入稳步增长、产业提质增效", "农业农村经济发展势头良好"),
])
def test_a_kicker_without_a_cue_over_the_headline_and_byline(stem, kicker, headline):
    lines = _lines_of(stem)
    page = [kicker, headline] + lines[2:]
    c, segs = _split("\n".join(page) + "\n")
    first = next(a for a in segs if a.kind == "article")
    assert (first.title, first.kicker) == (headline, kicker)
    assert first.span[0] == 0  # the kicker is the article's first line
    # without the byline line under them, the first line is the page's headline
    c, segs = _split("\n".join([kicker, headline] + lines[3:]) + "\n")
    assert next(a for a in segs if a.kind == "article").title == kicker


def test_short_numbered_sub_headings_under_a_heading_naming_a_ranking_are_one_story_c45():
    # c45: a headline naming a ranking (排行, data/digest.txt), a lead, then four numbered bold
    # sub-headings of 8-10 characters: one story's sections, not a ranked digest's stories; the
    # same lines numbered with long headlines (a 财经TOP10's) stay a ranked list
    heads = ["“冠军”的危与机", "“洞庭湖区域”的神勇", "郴州“下了苦功夫”", "大湘西迎来新机会"]
    paras = ["13270.7亿元,长沙仍是湖南唯一的“万亿俱乐部”成员。去年,长沙的GDP总量和增量都稳居全省第一。",
             "去年,岳阳市实现GDP4402.98亿元,同比增长8.1%,在前三中增长最快。",
             "去年,郴州GDP2770.08亿元,居全省第6、“2千亿梯队”之首;GDP同比增长8.8%,增速全省第一。",
             "2021年,湖南省GDP低于“2千亿元”的市州全部集中在大湘西区域,GDP增速最低的市州也位于该区域内。"]

    def page(titles):
        lines = ["湖南14市州GDP排行出炉,郴州勇夺GDP增速第一", "冬奥角逐正白热,湖南地区2021年GDP比拼见分晓。"]
        for k, (h, p) in enumerate(zip(titles, paras), 1):
            lines += [f"{k}、{h}", p]
        return "\n".join(lines) + "\n"

    c, segs = _split(page(heads))
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["湖南14市州GDP排行出炉,郴州勇夺GDP增速第一"]
    assert arts[0].span == (0, len(c.text.rstrip("\n")))
    long_heads = [h + "——湖南各市州2021年经济运行观察" for h in heads]
    c, segs = _split(page(long_heads))
    assert _titles(segs) == long_heads


@pytest.mark.parametrize("second", ["国民经济和社会发展统计公报[1]", "国民经济和社会发展统计公报"])
def test_a_bulletin_title_over_its_year_and_place_line_c43(second):
    # c43: the bulletin's title printed over two lines, its year and place (2025年泉州市) over
    # what it is, with a footnote mark: one title without the mark; a headline line that names
    # no year and place keeps its own title
    lines = ["2025年泉州市", second, "泉州市统计局", "国家统计局泉州调查队", "(2026年3月31日)", "综合",
             "初步核算,全年地区生产总值[2]13778.34亿元,比上年增长5.3%。",
             "全年新登记经营主体24.52万家,其中企业6.82万家,个体工商户17.68万家。"]
    c, segs = _split("\n".join(lines) + "\n")
    assert _titles(segs) == ["2025年泉州市国民经济和社会发展统计公报"]
    c, segs = _split("\n".join(["泉州经济稳中有进"] + lines[1:]) + "\n")
    assert _titles(segs) == ["泉州经济稳中有进"]


def test_the_headline_repeated_after_a_dateline_is_no_body_a63():
    # a63: 新华社北京11月30日电 题:制造业PMI重回扩张区间 传递市场向好预期 — the dateline, then the
    # headline again after 题:; the body starts at the first paragraph, never at the headline
    c, segs = _page("a63")
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 1 and arts[0].title == "制造业PMI重回扩张区间 传递市场向好预期"
    assert arts[0].byline == "新华社记者魏玉坤"  # the byline line under the dateline
    assert c.text[arts[0].body[0][0]:].startswith("国家统计局服务业调查中心")


def test_a_wechat_bulletin_under_its_account_line_is_one_article_a68():
    # a68: a WeChat post's title, its account/date line and 点击蓝字 关注我们 (printed at the top,
    # closing nothing), then a bold label and numbered headings: one article, titled by line 1
    lines = ["CNNVD关于Apache Struts安全漏洞的通报", "原创 CNNVD  CNNVD安全动态   2026-01-14 06:55",
             "点击蓝字 关注我们", "漏洞情况",
             "近日，国家信息安全漏洞库（CNNVD）收到关于Apache Struts安全漏洞情况的报送。",
             "一漏洞介绍", "Apache Struts是美国阿帕奇（Apache）基金会的一个开源项目。",
             "二危害影响", "Apache Struts 2.0.0版本至2.3.37版本在安全漏洞。"]
    c, segs = _split("\n".join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert _titles(segs) == ["CNNVD关于Apache Struts安全漏洞的通报"]
    assert c.text[arts[0].body[0][0]:].startswith("近日")  # the account line is no body


def test_a_wechat_digest_of_linked_stories_under_its_contents_list_a65():
    # a65: the post's title, account line, 点击蓝字 关注我们, the 新闻速览 list (its ten lines are the
    # stories' headlines again: no items), section labels, then ten stories of four to six
    # paragraphs, each closed by 原文链接: and its link: ten items, titled by their headlines
    c, segs = _page("a65")
    arts = [a for a in segs if a.kind == "article"]
    lines = next(ARTS.glob("a65_*.txt")).read_text("utf-8").splitlines()
    heads = [x for x in lines[4:14]]
    assert sorted(a.title for a in arts) == sorted(heads)
    first = arts[0]
    assert c.text[first.span[0]:].startswith("CNVD发布上周关注度较高的产品安全漏洞\n近日")
    assert c.text[:first.span[1]].endswith("https://www.cnvd.org.cn/webinfo/show/12241")
    # without its 新闻速览 list, and with the link lines kept: the same ten items
    c, segs = _page("a65", slice(14, None))
    assert sorted(a.title for a in segs if a.kind == "article") == sorted(heads)


CORPUS = Path(__file__).resolve().parents[2] / "evaluation" / "corpus" / "texts"


def _corpus_lines(stem: str, n: int) -> list[str]:
    return next(CORPUS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()[:n]


def test_a_headline_tagged_with_its_column_and_series_under_its_kicker_c67():
    # c67: kicker / headline (权威发布·高质量完成“十四五”规划) / byline: the tag names the column and
    # its series; the line carrying it is the headline, the line above the kicker
    lines = _corpus_lines("c67", 12)  # with paragraphs enough to read as a web page
    c, segs = _split("\n".join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [lines[1]]
    assert arts[0].kicker == lines[0]


def test_a_section_heading_of_a_repost_titled_by_its_original_title_c69():
    # c69: 原标题:观察|武汉PK郑州,… / paragraphs / 比人口 / paragraphs: the repost keeps its original
    # title; the short line after its first paragraphs is a section heading, not the headline
    lines = _corpus_lines("c69", 9)
    c, segs = _split("\n".join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [lines[0].split("：", 1)[1]]
    assert "比人口" in [c.text[s:e] for s, e in arts[0].sections]


def test_a_page_headline_over_photo_captions_and_credits_heads_no_story_a70():
    # a70: the page's headline, its source line, eight photo captions each over its credit line
    # (李大金摄（人民视觉）, 王  炜摄（人民视觉）, 受访者供图, 百度公司供图), a data credit, then four
    # stories, each a kicker ending in ——, a headline and a byline: four articles, titled by
    # their headline lines; the page's heading, captions and credits are in none of them
    c, segs = _page("a70")
    lines = next(ARTS.glob("a70_*.txt")).read_text("utf-8").splitlines()
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [lines[20], lines[28], lines[36], lines[45]]
    assert [a.kicker for a in arts] == [lines[k].rstrip("—") for k in (19, 27, 35, 44)]
    assert c.text[arts[0].span[0]:].startswith(lines[19])
    assert all(a.byline is not None and a.byline.startswith("本报记者") for a in arts)
    # the caption lines are no story's body
    for s, e in (b for a in arts for b in a.body):
        assert "人民视觉" not in c.text[s:e] and "供图" not in c.text[s:e]


def test_photo_captions_over_their_credit_lines_stay_in_the_story_under_its_headline_a70():
    # the page's headline over its captions and credits, then paragraphs with no headline of
    # their own: one story, titled by the page's headline; the captions are no body of it
    lines = next(ARTS.glob("a70_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n".join(lines[:19] + lines[22:27]) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [lines[0]]
    assert c.text[arts[0].body[0][0]:].startswith("正在百度移动生态用户体验部实习的李楠")
    assert arts[0].span == (0, len(c.text.rstrip()))


def test_an_editors_note_signed_by_the_desk_heads_no_story_a74():
    # a74: the page's headline, source line, captions and credits, an editor's note of two
    # paragraphs signed ——编  者, then four stories (place kicker, headline in two parts joined
    # by two spaces, byline): four articles titled by their headline lines as printed; the note
    # and its signature are in none of them, and the signature is no story's kicker or title
    c, segs = _page("a74")
    lines = next(ARTS.glob("a74_*.txt")).read_text("utf-8").splitlines()
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [lines[14], lines[29], lines[43], lines[57]]
    assert arts[0].kicker == lines[13]
    assert c.text[arts[0].span[0]:].startswith(normalize(lines[13]))
    # the same stories under the signed note without the page's captions
    c, segs = _split("\n".join([lines[0], lines[1], *lines[10:]]) + "\n")
    assert [a.title for a in segs if a.kind == "article"] == [lines[14], lines[29], lines[43], lines[57]]


@pytest.mark.parametrize("stem,heads", [("a70", (20, 28, 36, 45)), ("a74", (14, 29, 43, 57))])
def test_a_page_heading_over_captions_or_a_note_heads_no_story_with_blank_lines(stem, heads):
    # the same pages printed with a blank line between lines (a newspaper page's text): the
    # captions are entries of their own, the page's heading and the signed note in no article
    lines = next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n\n".join(lines) + "\n")
    assert _titles(segs) == [lines[k] for k in heads]
    assert _titles(segs, "caption")  # the photo captions, each with its credit
    assert all(a.byline and a.byline.endswith(("摄(人民视觉)", "供图"))
               for a in segs if a.kind == "caption")


@pytest.mark.parametrize("stem,last", [
    ("a65", "https://www.helpnetsecurity.com/2026/03/30/shipsec-studio-security-workflow-automation-platform/"),
    ("a66", "（实习记者魏昭阳对本文亦有贡献）"),
    ("a73", "以上。"),
])
def test_a_pages_closing_block_is_in_no_article(stem, last):
    # a65: the account's 联系我们 block (three contact lines) after the last story's link; a66:
    # the issue's promotion lines and table of contents (本 期更多精彩, section labels, titles
    # with authors) after the feature's contributor credit; a73: the archive's capture line
    # (本文抓取时间: …) after the commentary's closing word: the last article ends before them
    c, segs = _page(stem)
    arts = [a for a in segs if a.kind == "article"]
    assert c.text[:arts[-1].span[1]].endswith(normalize(last))
    assert max(a.span[1] for a in segs) == arts[-1].span[1]


def test_a_contact_heading_over_text_is_no_closing_block_a65():
    # the same heading over a paragraph of sentences: the text is the story's, nothing is cut
    lines = next(ARTS.glob("a65_*.txt")).read_text("utf-8").splitlines()
    text = "\n".join(lines[:101] + ["联系我们", "如有合作意向，请通过以下方式与我们联系。我们将尽快回复。"]) + "\n"
    c, segs = _split(text)
    assert c.text[:max(a.span[1] for a in segs)].endswith("我们将尽快回复。")


@pytest.mark.parametrize("stem", ["a75", "a112", "a117"])
def test_a_reposts_provenance_line_closes_its_article(stem):
    # …时要保持信心。 / 附:… / 本文来自微信公众号“联商网资讯”(ID:…),作者:…,36氪经授权发布。: the
    # note naming the account the portal reprinted is the repost's closing credit, kept in its
    # article as 责任编辑:… is (the page's references end there), never in its body
    c, segs = _page(stem)
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 1 and c.text[:arts[0].span[1]].endswith("36氪经授权发布。")
    assert not any("本文来自" in c.text[s:e] for s, e in arts[0].body)
    # the line marks a web page also when copied with a blank line between its lines: its
    # sub-headings (时尚生活, 儿童亲子, 封面来源丨…) open no story of their own
    lines = next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n\n".join(lines) + "\n")
    assert len([a for a in segs if a.kind == "article"]) == 1


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_lines_over_a_closing_aside_open_no_story_a89(sep):
    # a89: …我们或可将上述称之为——“中国地产经济的内生性矛盾” / 或可把今天称之为——“拐点来临之前” /
    # (说真的,…写这种文章其实也不轻松啊) / the archive's capture line: two short lines without
    # a stop read as kicker and headline on a page printed with blank lines, over nothing but a
    # bracketed aside: the commentary's closing lines, no story
    lines = next(ARTS.glob("a89_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split(sep.join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert len(arts) == 1 and c.text[:arts[0].span[1]].endswith(normalize("写这种文章其实也不轻松啊）"))


@pytest.mark.parametrize("stem,ends", [
    # 8点1氪: each item over its 配图 mark; after the last, 整理 |得福 崔永旺 and the account's note
    ("a31", ("举办主题为", "而且同样采用了不锈钢机身。")),
    # 财经TOP10: after the last item, 【相关报道】 and its links, the app line, 责任编辑:…
    ("a36", ("给我一个公正的裁决结果。”",)),
    ("a38", ("无疑是2021年度最火热IPO之一。",)),
    # 创投日报: the item's read-more link ends it, the account's line under it is the page's
    ("a37", ("(查看更多请点这里)",)),
])
def test_an_item_of_a_list_ends_at_its_last_paragraph(stem, ends):
    c, segs = _page(stem)
    items = [a for a in segs if a.kind == "article"]
    tails = [c.text[a.span[0]:a.span[1]].rsplit("\n", 1)[-1] for a in items]
    for end in ends:
        assert any(t.endswith(normalize(end)) or normalize(end) in t for t in tails), end
    # no item's span ends on a role line of the page (配图, 整理 |…, 责任编辑:…, the app line)
    for t in tails:
        assert not t.startswith(("配图", "整理", "责任编辑", "海量资讯", "36氪Pro")), t
    assert items[-1].span[1] == max(b[1] for b in items[-1].body)


def test_a_kicker_cut_over_two_lines_by_a_narrow_column_is_one_kicker_c75():
    # c75 printed in a column of 23 characters: 南京钢铁集团累计投入超130亿元用于环保提升、 /
    # 超低排放改造和生态保护 / the headline with its column tag / the byline: a line ending in a
    # comma ends no headline line, so both lines are the kicker (its figure is read with it)
    from evaluation.properties import column_wrap

    lines = _corpus_lines("c75", 12)
    c, segs = _split(column_wrap("\n".join(lines) + "\n"))
    arts = [a for a in segs if a.kind == "article"]
    assert arts[0].kicker == normalize(lines[0])
    s, e = arts[0].kicker_span
    assert c.text[s:e].startswith("南京钢铁集团累计投入超130亿元") and c.text[s:e].endswith("生态保护")
    # printed on one line, the kicker is that line
    c, segs = _split("\n".join(lines) + "\n")
    assert [a.kicker for a in segs if a.kind == "article"][0] == lines[0]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_ranked_digest_under_a_heading_trailing_off_in_an_ellipsis_splits_a88(sep):
    # a88 (财经TOP10 of 2021-09-07) as printed: its heading trails off in an ellipsis after a
    # list of topics (…事关货币政策、流动性、共同富裕……), 【政经要闻】 over NO.1 … NO.4 (NO.1 with a
    # sub-heading, NO.2 a 问：/答： exchange whose headline line carries a second link 官方解读),
    # 【公司要闻】 over NO.5 … NO.10, 【相关报道】 link blocks after NO.1, NO.2, NO.9 and NO.10
    lines = _lines_of("a88")
    assert lines[0].endswith("……")
    c, segs = _split(sep.join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    ranked = [x for x in lines if re.match(r"NO\.\d", x)]
    assert len(arts) == len(ranked) == 10 and all(a.item for a in arts)
    for a, line in zip(arts, ranked):  # titled by the headline after its rank, without its link
        title = re.sub(r"^NO\.\d+\s+", "", line).removesuffix(" 官方解读")
        assert a.title == title
        assert c.text[a.title_span[0]:a.title_span[1]] == normalize(a.title)
    assert "官方解读" not in arts[1].title
    inside = "".join(c.text[a.span[0]:a.span[1]] for a in arts)
    for x in (lines[0], "【政经要闻】", "【公司要闻】", "【相关报道】", lines[9], lines[15], lines[44]):
        assert normalize(x) not in inside
    # NO.2's question and answer lines are its text, not items or another story's
    q = c.text.find(normalize(lines[11]))
    assert arts[1].span[0] < q < arts[1].span[1]
    # a sentence trailing off in an ellipsis (no list of topics before it) heads no list
    c, segs = _split(sep.join(["他说，今年的形势比去年好，明年我们还会再来……"] + lines[1:]) + "\n")
    assert not any(a.item for a in segs if a.kind == "article")


def test_a_link_after_a_headline_is_left_out_of_its_title():
    assert articles._link_label_cut("我国8月外储32321亿美元 环比减少37.7亿美元 官方解读") == \
        len("我国8月外储32321亿美元 环比减少37.7亿美元")
    # a headline ending in a word that is no link, or a label without a blank, keeps its words
    for t in ("宝能自顾不暇观致命运多舛 姚振华造车故事如何讲下去", "央行官方解读", "官方解读"):
        assert articles._link_label_cut(t) == len(t)


def test_report_with_sections_headed_in_matched_halves_is_one_article():
    # c122 (湄洲日报 via 福建省工信厅): a theme over the headline, a lead, then four sections
    # headed 生产供给稳健向好,三次产业聚力发展 / … each over two or three paragraphs: one story
    # (a news list's headlines are not written in matched halves), titled by the headline
    # opening with its year, not by the theme over it
    path = Path(__file__).resolve().parents[2] / "evaluation/corpus/texts/c122_putian_jjyx_2025.txt"
    c, segs = _split(path.read_text("utf-8"))
    assert _titles(segs) == ["2025年莆田市经济运行总体平稳、稳中有进"]
    assert len(segs[0].sections) >= 4


def test_digest_items_numbered_with_a_bar_are_stories():
    # a115 (每经10点 via 新浪财经): the column's heading, an editor line, then five headlines
    # numbered 1丨 … 5丨, each over its paragraphs, and no lead: five stories, each titled by its
    # headline after the number (as a ranked digest's NO.1), never one article titled by the column
    path = next((Path(__file__).resolve().parents[2] / "evaluation/corpus_articles/texts")
                .glob("a115_*.txt"))
    c, segs = _split(path.read_text("utf-8"))
    titles = _titles(segs)
    assert len(titles) == 5
    assert titles[0] == "统计局：7月上旬生猪价格环比涨15.1%"
    assert titles[1].startswith("整点投资丨指数走弱")
    assert not any(re.match(r"\d丨", t) for t in titles)



def test_a_storys_parts_numbered_with_a_bar_stay_in_it():
    # a112 (联商网 via 36氪) with its numbered parts written 1丨 2丨 3丨 instead of 01 02 03: the
    # lead before the first part makes them a story's parts, not a digest's items
    path = next((Path(__file__).resolve().parents[2] / "evaluation/corpus_articles/texts")
                .glob("a112_*.txt"))
    text = re.sub(r"^0([123]) ", r"\1丨", path.read_text("utf-8"), flags=re.M)
    assert text.count("丨") >= 3
    c, segs = _split(text)
    assert _titles(segs) == ["1-4月关店超1000家，这个业态成重灾区"]


def test_readers_commentaries_signed_with_place_and_name_are_articles_of_their_own():
    # 来论 / source line / headline / 湖南省长沙市  李焱婕 / paragraphs / headline / place and name /
    # paragraphs: each commentary is an article, the place/author line its byline; the column's
    # name and the source line belong to none
    page = ("来论\n《人民日报》（2026年04月17日第 05 版）\n把小事做到极致\n湖南省长沙市  李焱婕\n"
            "看发展，我们往往会盯着排名和增速，反而忽略一个朴素的指标。\n"
            "高质量发展，藏在那些不显山、不露水的顺畅与安心之中。\n学会正确地“说不”\n"
            "河南省禹州市  何冠军\n认识一位性格直爽的街道干部，他随口答应了居民的要求。\n"
            "为民排忧解难，需讲求实事求是，对办不到的事学会说“不”。")
    c, segs = _split(page)
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["把小事做到极致", "学会正确地“说不”"]
    assert [a.byline for a in arts] == ["湖南省长沙市  李焱婕", "河南省禹州市  何冠军"]
    assert c.text[arts[0].span[0]:].startswith("把小事做到极致")


def test_a_place_without_a_name_is_no_author_line():
    assert articles._author_line("湖南省长沙市  李焱婕")
    assert not articles._author_line("长沙市  发展")
    assert not articles._author_line("湖南省长沙市")


_DIGEST_PAGE = (
    "鲍威尔鸽声再起；欧佩克+原油产量谈判陷僵局\n每经记者 文巧    每经编辑 高涵\n"
    "本周，美国公布6月CPI数据，再度大超市场预期。\n更多内容，尽在《一周国际财经》。\n"
    "美国6月CPI“爆表” 鲍威尔“鸽声”再起\n鲍威尔 图片来源：视觉中国\n"
    "当地时间7月13日，美国劳工部公布数据显示，6月CPI同比上涨5.4%。\n"
    "鲍威尔重申了宽松立场，认为通胀只是暂时的。\n"
    "（以上采访内容仅代表受访者个人观点，不代表本报立场，亦不构成投资建议。）\n延展阅读\n"
    "随着全球通胀压力上行，市场也在密切关注各国央行的最新利率决议。\n"
    "沙特、阿联酋继续僵持\n图片来源：摄图网\n"
    "当地时间7月15日，彭博社援引一名代表称，沙特和阿联酋达成妥协。\n高盛预计，油价将升至80美元。\n"
    "抗疫播报\n图片来源：视觉中国\n强生新冠疫苗或与\n罕见神经性系统疾病存在关联\n"
    "当地时间7月12日，美国食品与药品管理局发布公告称，已收到100份报告。\n"
    "格林-巴利综合征是一种罕见的神经系统疾病。\n世卫组织：没有证据表明\n现阶段需要接种疫苗加强针\n"
    "当地时间7月12日，世界卫生组织举行例行发布会。\n谭德塞呼吁疫苗厂商提供疫苗。\n"
    "财闻集锦\n#01\n欧盟推迟推进数字税以专注于全球税收协议\n当地时间7月12日，欧盟委员会表示将暂缓推出数字税。\n"
    "#02\n欧洲央行宣布启动数字欧元项目\n图片来源：视觉中国\n当地时间7月14日，欧洲中央银行宣布启动数字欧元项目。\n"
    "#03\n以太坊创始人宣布退出币圈\n当地时间7月17日，据外媒报道，以太坊联合创始人宣布退出。\n")


def test_a_web_digest_opens_a_story_at_each_pictured_headline_list_label_and_item_number():
    # a weekly digest written one paragraph a line: headlines over their photo's credit, a section
    # label naming a list (抗疫播报, 财闻集锦) over headlines, items numbered #01 over their
    # headline; the page's heading, byline and standfirst, the labels and the section's credit
    # belong to no story; a headline over two lines is the two joined
    c, segs = _split(_DIGEST_PAGE)
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title.replace(" ", "") for a in arts] == [
        "美国6月CPI“爆表”鲍威尔“鸽声”再起", "沙特、阿联酋继续僵持",
        "强生新冠疫苗或与罕见神经性系统疾病存在关联", "世卫组织：没有证据表明现阶段需要接种疫苗加强针",
        "欧盟推迟推进数字税以专注于全球税收协议", "欧洲央行宣布启动数字欧元项目", "以太坊创始人宣布退出币圈"]
    first = c.text[arts[0].span[0]:arts[0].span[1]]
    assert "延展阅读" in first and "随着全球通胀压力上行" in first  # the box is the story's
    assert c.text[arts[2].span[0]:].startswith("强生新冠疫苗或与")  # not at 抗疫播报 or its credit
    assert c.text[arts[4].span[0]:].startswith("#01")  # the item's number is its kicker


def test_one_headline_over_a_figure_credit_makes_no_digest():
    # a story's figure (its caption over its credit) once in the text: no story of its own
    page = ("宁德产业版图加速构建\n宁德时代多点开花，推动了宁德产业版图加速构建。\n"
            "根据规划，宁德绘制了一个产业布局。\n宁德市重点产业的产业布局\n图片来源：《专项规划》\n"
            "根据上述规划，到2025年，宁德的目标是冲击4000亿产值。\n这一目标意味着产值需再翻一番。")
    _, segs = _split(page)
    assert _titles(segs) == ["宁德产业版图加速构建"]


def test_an_items_number_line_is_no_markdown_heading():
    assert not articles._md_heading("#01") and articles._md_heading("## 一、总体情况")


def test_a_readers_board_after_a_story_is_an_article_titled_by_its_label():
    # a web page's story, then a sidebar whose only headline is its label (话题互动留言板): an
    # article of its own, from its label to its last comment
    page = ("四个关键词，读懂经济一季报\n本报记者  邱超奕\n"
            "4月16日，国务院新闻办举行新闻发布会，介绍一季度经济运行情况。\n"
            "初步核算，一季度国内生产总值同比增长5.0%。\n“我们有实力有底气应对任何风险挑战。”他说。\n"
            "话题互动留言板\n我国一季度经济主要数据发布之际，网友纷纷留言。\n"
            "5.0%开局，稳的是大盘，强的是底气。\n数字见证实力，未来更可期！")
    c, segs = _split(page)
    assert _titles(segs) == ["四个关键词，读懂经济一季报", "话题互动留言板"]
    assert c.text[segs[1].span[0]:].startswith("话题互动留言板")


def test_a_second_places_profile_under_its_own_short_headline_is_an_article():
    # two county profiles, each a short line naming its place over its paragraphs: the second
    # place's line after the first's body opens an article; a bare 基本情况 stays a section
    page = ("甲山县简介\n甲山县位于某省西北部，总面积3365平方公里，总人口26.2万。\n"
            "基本情况\n全县地区生产总值完成27.65亿元，同比增长2.2%。\n"
            "乙水县基本情况\n乙水县地处某省西北部，总面积2601平方公里。\n"
            "全县地区生产总值增长4.4%，规上工业增加值增长10.9%。")
    c, segs = _split(page)
    assert _titles(segs) == ["甲山县简介", "乙水县基本情况"]
    assert c.text[segs[1].span[0]:].startswith("乙水县基本情况")


def test_a_report_naming_its_own_place_in_a_section_heading_stays_one_article():
    # a section heading naming the place the headline names (or none) is no new article
    page = ("甲山县简介\n甲山县位于某省西北部，总面积3365平方公里，总人口26.2万。\n"
            "甲山县基本情况\n全县地区生产总值完成27.65亿元，同比增长2.2%。\n"
            "一、基本情况\n全县规上工业增加值增长10.9%。")
    _, segs = _split(page)
    assert _titles(segs) == ["甲山县简介"]


def test_a_headline_carrying_a_series_and_column_tag_under_its_kicker_titles():
    # a newspaper's kicker, then its headline ending in a tag (series·column): the headline
    # titles the story, the line above is its kicker (a page of sentence-ending paragraphs, its
    # lines not wrapped by a column)
    para = "全省将持续推进传统产业焕新、新兴产业壮大、未来产业培育，做强先进制造业集群。" * 3
    page = ("着眼全国发展大局，立足本省资源禀赋\n"
            "发挥比较优势，培育更多新的增长点（开局起步“十五五”·专题新闻发布）\n"
            "本报记者  张  铁《人民日报》（2026年04月21日第 02 版）\n"
            + "\n".join([para] * 3) + "\n加快建设现代化产业体系\n" + "\n".join([para] * 3))
    _, segs = _split(page)
    assert _titles(segs) == ["发挥比较优势，培育更多新的增长点（开局起步“十五五”·专题新闻发布）"]
    assert articles._tagged_headline("发挥比较优势,培育更多新的增长点(开局起步“十五五”·专题新闻发布)")
    assert not articles._tagged_headline("会议指出,要坚持稳中求进,推动高质量发展。(新华社)")


def test_a_pen_name_spaced_out_signs_a_piece_on_a_signed_page_a125():
    # 纵横 / source line / headline / 维  辰 (a pen name, 维 no common surname, spaced out to the
    # width of three) / paragraphs / credit / headline / 张双双 / paragraphs: the page signs its
    # pieces, so the spaced-out name is the first piece's byline, not its title; the column's name
    # titles no piece
    page = ("纵横\n《人民日报》（2026年02月03日第 05 版）\n让“吹哨人”有动力、能安心\n维  辰\n"
            "不久前，有关部门修订发布奖励规定，奖励金额由罚没款的1%提升为3%。\n"
            "总的来说，除了奖励金额，还有许多方面值得持续关注。\n（摘编自《南方日报》）\n"
            "当村干部要像“小葱拌豆腐”\n张双双\n整治乡村“微腐败”，首先要精准把握乡土社会的特点。\n"
            "清清白白做人，干干净净做事。\n（摘编自《湖北日报》）\n")
    c, segs = _split(page)
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["让“吹哨人”有动力、能安心", "当村干部要像“小葱拌豆腐”"]
    assert [a.byline for a in arts] == ["维  辰", "张双双"]
    # on a page signing no piece, a spaced-out word under a headline stays a headline line
    lone = "能源形势平稳\n韧  性\n通过稳产、多元化进口等多种措施，供应保持稳定。\n"
    assert not any(a.byline == "韧  性" for a in _split(lone)[1])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_an_explainer_in_bylined_parts_under_one_tagged_headline_is_one_article_a124(sep):
    # a headline tagged as an explainer (政策解读·…), its source line, a data credit, a lead and
    # the signed note, then parts each a kicker, a heading and its own reporter's byline: one
    # article titled by the headline, the parts' headings its sections (also on a newspaper
    # page's text, a blank line between lines)
    lines = next(ARTS.glob("a124_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split(sep.join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [lines[0]]
    assert arts[0].span == (0, len(c.text.rstrip()))
    secs = [c.text[s:e] for s, e in arts[0].sections]
    assert any(lines[9] in s for s in secs)
    assert not any(s.startswith("本报记者") for s in secs)
    # the same page with a forum's tag (大家谈): a heading and note over stories of their own
    page = sep.join([lines[0].replace("政策解读·中央一号文件", "大家谈"), *lines[4:]]) + "\n"
    assert len([a for a in _split(page)[1] if a.kind == "article"]) == 4


@pytest.mark.parametrize("stem,heads,names", [
    ("a55", (2, 9), ("王  琦", "李海钦")),
    ("a125", (2, 9), ("维  辰", "张双双")),
    ("a122", (2, 7), ("湖南省长沙市  李焱婕", "河南省禹州市  何冠军")),
    ("a127", (4, 9, 15), ("关  慨", "张长弓", "姚红星")),
])
def test_a_columns_signed_pieces_split_on_a_newspaper_pages_text(stem, heads, names):
    # a commentary column (纵横, 来论) or a forum under its umbrella headline and note (大家谈),
    # printed with a blank line between lines (a newspaper page's text): each piece an article
    # titled by its headline, the author line under it its byline, as on a web page; the
    # column's name, umbrella headline, source line and note in none
    lines = next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split("\n\n".join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [lines[k] for k in heads]
    assert tuple(a.byline for a in arts) == names
    assert c.text[arts[0].span[0]:].startswith(lines[heads[0]])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_dialogue_tagged_in_a_three_part_series_tag_is_one_article_a123(sep):
    # a123: kicker / 推动投资止跌回稳（经济新方位·对话·奋进2026） / byline / note / 【对话人】 box of
    # three name lines / sections, each a label and a heading, answers run in: one article titled
    # by the headline (the tag's series carries digits and three parts; its 对话 names a dialogue),
    # the box's name lines and the section heads in it, also on a newspaper page's text
    lines = next(ARTS.glob("a123_*.txt")).read_text("utf-8").splitlines()
    c, segs = _split(sep.join(lines) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == [lines[1]]
    assert arts[0].span == (0, len(c.text.rstrip()))


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_sidebar_under_its_column_label_after_an_explainer_is_an_article_of_its_own(sep):
    # an explainer's bylined parts are its sections, but a column's label over a headline
    # (记者手记) after them still opens a sidebar of its own, on web and newspaper text alike
    page = ["十六条新措施助力创新药加速跑（政策解读）", "本报记者  李红梅",
            "近日，国家医保局发布若干措施，支持创新药高质量发展。", "——编  者",
            "研发有支持", "如何鼓励药企真创新", "本报记者  王  浩",
            "近年来，我国创新药热潮涌现，2024年批准上市创新药48个。", "措施提出，支持商业保险参与。",
            "用药有保障", "如何让更多患者用得起", "本报记者  李晓晴",
            "2018年以来，共有149种创新药通过谈判进入医保目录。", "价格平均降幅超过50%。",
            "记者手记", "创新药要真创新", "近年来，不少药企加大研发投入，值得肯定。",
            "但也要看到，低水平重复仍然存在。"]
    c, segs = _split(sep.join(page) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [(a.title, a.kicker) for a in arts] == [(page[0], None), (page[15], page[14])]
    assert c.text[arts[1].span[0]:].startswith(page[14])


def test_a_sidebar_under_its_column_label_splits_on_a_newspaper_pages_text():
    # a story, then 记者手记 / its headline / paragraphs, a blank line between lines: the label
    # and headline are no sub-heading wrapped over two lines but a sidebar of its own
    page = ["国家医保局发布新措施", "近日，国家医保局发布若干措施，支持创新药高质量发展。",
            "近年来，我国创新药热潮涌现，2024年批准上市创新药48个。", "记者手记", "创新药要真创新",
            "近年来，不少药企加大研发投入，值得肯定。", "但也要看到，低水平重复仍然存在。"]
    _, segs = _split("\n\n".join(page) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [(a.title, a.kicker) for a in arts] == [(page[0], None), (page[4], page[3])]


_GOLD = ARTS.parent / "gold"


@pytest.mark.parametrize("stem", ["a27", "a39", "a67", "a72", "a120", "a121"])
def test_a_bylined_storys_two_line_section_heads_stay_in_it_on_a_newspaper_pages_text(stem):
    # a 人民日报 story opened by its kicker, headline and byline line, its sections each headed by
    # two lines (a label and a heading: 强 / 实力更强, 拓通道、强时效 / 跨境电商…; a quoted
    # speaker's kicker and quote), printed with a blank line between lines: the section heads
    # stay in the story, as on a web page; a sidebar under its column's label after it (记者手记,
    # 话题互动留言板) is an article of its own. Titles as the reference gives them
    import json

    lines = next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()
    gold = json.loads(next(_GOLD.glob(f"{stem}_*.json")).read_text("utf-8"))
    _, segs = _split("\n\n".join(lines) + "\n")
    assert _titles(segs) == [a["title"] for a in gold["articles"]]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_deck_over_a_tagged_question_headline_opens_the_next_story(sep):
    # 人民日报 读者来信 (a129): a story ends; the next opens with a deck of listed faults (no
    # sentence in it), its headline asking a question and tagged with its column, its byline:
    # the deck is the next story's kicker, not the end of the last one, and the headline titles it
    page = ["扶手太低、坡度过陡、盲道被堵", "无障碍设施为何“建而难用”？（金台视线）",
            "本报记者  施  芳  孙立极《人民日报》（2026年03月02日第 07 版）",
            "无障碍环境建设法施行后，各地对无障碍环境建设越来越重视，无障碍设施已成为公共场所的必备设施，但不少设施建而难用、用而不便。",
            "专家建议，强力推行“体验式验收”，邀请残障人士或第三方专业机构进行体验评估后再验收，让无障碍设施真正好用、管用、实用。",
            "电梯藏在门后、坡道过陡、盲道被占", "村民盼着用上放心水（身边事）",
            "本报记者  曹继炜《人民日报》（2026年03月02日第 07 版）",
            "河东村的自来水管网铺设12年，近两三年水量不足，村民主要还是用自家打的自备井取水，每口井花费六七千元。",
            "当地表示，已将河东村饮水安全改造提升项目纳入今年建设计划，项目将于6月底前完工，届时全村311户都能用上稳定的自来水。"]
    c, segs = _split(sep.join(page) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [(a.title, a.kicker) for a in arts] == [(page[1], page[0]), (page[6], page[5])]
    assert c.text[arts[1].span[0]:].startswith(page[5])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("stem", ["a128", "a129", "a130", "a131", "a132", "a133", "a136"])
def test_a_whole_peoples_daily_page_splits_into_its_stories(stem, sep):
    # 人民日报 whole pages: five commentaries under their columns' tags, each over its author
    # line (吴  焰《人民日报》(…): a name printed spaced out), letters pages with decks over tagged
    # headlines, a short column over a long report, a graphic item of captions only before a
    # signed commentary; a 发言席 box of deputies' pieces under its title and bare edition line,
    # each closed by its credit ((本报记者李心萍采访整理)), and a short report under its headline
    # and bare edition line after a signed piece (a133, a136). Printed as stored and with a blank
    # line between lines, each page splits into the reference's stories, titled as the
    # reference titles them
    import json

    lines = next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()
    gold = json.loads(next(_GOLD.glob(f"{stem}_*.json")).read_text("utf-8"))
    _, segs = _split(sep.join(lines) + "\n")
    assert _titles(segs) == [a["title"] for a in gold["articles"]]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("stem", ["a128", "a131"])
def test_column_tagged_headlines_open_their_pieces_without_bylines(stem, sep):
    # a page of pieces under their columns' tags (读懂AI红包大战（人民时评）, 警惕…（纵横）,
    # 用创新“杖”量世界（财经深一度·…）) copied without their author lines: a headline carrying a
    # column's tag other than the current piece's, over a paragraph, still opens the next piece
    import json

    lines = [t for t in next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()
             if not re.search(r"《人民日报》（\d{4}年", t)]
    gold = json.loads(next(_GOLD.glob(f"{stem}_*.json")).read_text("utf-8"))
    _, segs = _split(sep.join(lines) + "\n")
    assert _titles(segs) == [a["title"] for a in gold["articles"]]


_WEB_STORY = [
    "大豆靠进口，对中国意味着什么？",
    "大豆是重要的油料作物和饲料来源。去年我国进口大豆9941万吨，对外依存度超过80%。",
    "种业企业利润有限，风险较大，也很难吸引科研人员离开事业单位到企业去。国投创益来组局。",
    "{caption}",
    "解决土地碎片化、农民不种地的探索",
    "宿州华升的业务是为农业技术研发提供应用场景。土地是从当地农民手里租来的。",
    "这片农田上现在已经建好了数字化农业的设备，相当于一个高科技的户外试验室。",
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["as_stored", "blank"])
@pytest.mark.parametrize("caption", [
    "经过基因编辑的植物样本正在进行模拟自然环境的光照实验（张雷 摄）",
    "中车设计制造的全球首列数字轨道胶轮电车（DRT） 图源：澎湃影像",
    "FITURE之前的组织架构 几何小姐姐根据采访整理"], ids=["photographer", "source", "compiled"])
def test_a_caption_ending_in_its_credit_heads_no_story_whatever_the_blank_lines_a66(sep, caption):
    # issue 16: a web page copied with a blank line between its lines reads as the page as
    # stored: a photo's caption ending in its bracketed credit (…(张雷 摄)) or its source
    # (图源:澎湃影像), over a sub-heading, is a caption, not the headline of a second story
    text = sep.join(_WEB_STORY).format(caption=caption) + "\n"
    c, segs = _split(text)
    assert _titles(segs) == [_WEB_STORY[0]]


_BUDGET = [
    "湛江市2025年预算执行情况和2026年预算草案的报告",
    "一、2025年预算执行情况",
    "1.全市一般公共预算执行情况",
    "2025年全市一般公共预算收入215.1亿元，完成年度预算的100.3%，可比增长6.9%。",
    "2025年全市一般公共预算收入执行情况",
    "{unit}",
    "2025年全市一般公共预算支出568.16亿元，同比增长6.6%。",
    "2025年全市一般公共预算主要支出项目情况",
    "{unit}",
    "2.市级一般公共预算执行情况",
    "2025年市本级一般公共预算收入82.85亿元，完成年度预算的100.5%，可比增长9.4%。",
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["as_stored", "blank"])
@pytest.mark.parametrize("unit", ["单位：亿元", "（单位：亿元、%）", "计量单位：万元"],
                         ids=["unit", "bracketed", "measure"])
def test_a_tables_title_over_its_unit_line_is_no_headline_c108(sep, unit):
    # issue 16: a budget report's table titles, each over its unit line (单位:亿元), are the
    # tables' lines, not headlines of stories of their own, whether or not blank lines part them
    c, segs = _split(sep.join(_BUDGET).format(unit=unit) + "\n")
    assert _titles(segs) == [_BUDGET[0]]


_REFERENCED = [
    "健身镜公司FITURE的权力游戏",
    "2021年，健身镜品牌FITURE完成3亿美元C轮融资，估值超过10亿美元。",
    "一位离职员工说：“你能想象吗？上一轮3亿美元的天文数字，如今怎么花都不奇怪。”",
    "{head}",
    "[1] 《她创办双11颠覆零售，她到底是谁？》智黑科技",
    "[10]《非常静距离》李静",
    "[11]《苏有朋 对这个圈子我一直有疏离感》新京报",
    "[12]《十八年老友记》新闻当事人",
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["as_stored", "blank"])
@pytest.mark.parametrize("head", ["References：", "参考资料：", "参考文献"],
                         ids=["references", "cankao_ziliao", "cankao_wenxian"])
def test_a_reference_lists_entries_are_no_headlines_a82(sep, head):
    # issue 16: an article's references ([10]《非常静距离》李静, short, no clause) under their
    # heading are its lines, not the headlines of stories, whether or not blank lines part them
    c, segs = _split(sep.join(_REFERENCED).format(head=head) + "\n")
    assert _titles(segs) == [_REFERENCED[0]]


_BOX = [
    "“投资于人”传递民生温度（民生热议）",
    "刘温馨《人民日报》（2026年03月05日第 08 版）",
    "两会启幕，“投资于人”成为代表委员们热议的高频词。",
    "济大事者，必以人为本。不断以“投资于人”更好造福于民，将为经济社会高质量发展注入不竭动力。",
    "发言席",
    "《人民日报》（2026年03月05日第 08 版）",
    "中国铁路南昌局集团有限公司党委书记、董事长汤立新代表——",
    "完善现代化综合交通运输体系",
    "交通运输连接生产和消费、国内和国际，是畅通经济循环的重要支撑。",
    "“十五五”时期，铁路部门将积极探索“四网”融合发展路径。",
    "（本报记者李心萍采访整理）",
    "国网黑龙江省电力有限公司党委书记、董事长鲁海威代表——",
    "推进能源绿色低碳转型",
    "当前，我国实现2030年前碳达峰目标已进入攻坚期。",
    "（本报记者常钦采访整理）",
    "国产天文大模型突破观测深度极限",
    "《人民日报》（2026年03月05日第 08 版）",
    "本报北京电  （记者吴月）记者从清华大学获悉：团队提出了一种天文大模型。",
    "论文共同第一作者介绍，天文观测中，天光背景噪声与望远镜的热辐射噪声叠加。",
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["as_stored", "blank"])
def test_a_box_title_over_a_bare_edition_line_heads_no_story_a133(sep):
    # issue 16: a box's title over the paper's bare edition line (发言席 / 《人民日报》(…)), then
    # its pieces, each a kicker naming a deputy (…代表——) over its headline, closed by its
    # credit ((本报记者李心萍采访整理)): the title and its line belong to no story, each piece is
    # one and ends at its credit; a headline over the bare edition line over text is a story
    c, segs = _split(sep.join(_BOX) + "\n")
    arts = [a for a in segs if a.kind == "article"]
    assert [(a.title, a.kicker) for a in arts] == [
        (_BOX[0], None), (_BOX[7], _BOX[6].rstrip("—")), (_BOX[12], _BOX[11].rstrip("—")),
        (_BOX[15], None)]
    box = c.text.index(_BOX[4])
    assert not any(a.span[0] <= box < a.span[1] for a in arts)
    assert c.text[arts[1].span[0]:arts[1].span[1]].endswith("(本报记者李心萍采访整理)")
    assert c.text[arts[2].span[0]:].startswith(_BOX[11])


@pytest.mark.parametrize("stem", ["a86", "a117", "a119"])
def test_a_reposts_portal_lines_make_it_a_web_page_whatever_the_blank_lines(stem):
    # issue 16: a repost copied with a blank line between its lines is still the web page it
    # is when it prints a portal's or an account's lines (海量资讯、精准解读,尽在新浪财经APP,
    # 本文来自微信公众号…): one story, its photo captions (5G设备建设), credit lines (撰写丨…)
    # and section labels (服饰 / 谁是招商新宠,谁被淘汰出局) inside it, no story of their own;
    # so is a page whose photos are credited to a web source (鲍威尔 图片来源:视觉中国): a
    # weekly digest's stories, each under its pictured headline or item number (a119)
    import json

    lines = next(ARTS.glob(f"{stem}_*.txt")).read_text("utf-8").splitlines()
    gold = json.loads(next(_GOLD.glob(f"{stem}_*.json")).read_text("utf-8"))
    _, segs = _split("\n\n".join(lines) + "\n")
    assert _titles(segs) == [a["title"] for a in gold["articles"]]


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["as_stored", "blank"])
def test_a_headline_over_a_bare_edition_line_and_a_charts_title_is_no_box_title(sep):
    # issue 16: a box's title is followed by the headline of a piece (a kicker and its
    # headline, or a byline); a headline over the bare edition line, its chart's source and
    # title (数据来源:… / 2025年研发投入情况) then text is a story's, titled by it
    page = _BOX[:4] + ["国产天文大模型突破观测深度极限", _BOX[5], "数据来源：清华大学",
                       "韦布望远镜观测数据一览", *_BOX[17:]]
    _, segs = _split(sep.join(page) + "\n")
    assert _titles(segs) == [_BOX[0], page[4]]


def test_a_series_tag_with_its_instalment_number_heads_a_piece_a177():
    # a177: 修文明记忆,引古今共鸣(中国道路中国梦·青春为中国式现代化挺膺担当㉟) over its byline,
    # right after the 人民时评's last paragraph: a headline (its tag closes with a circled number)
    c, segs = _page("a177")
    assert [t[:6] for t in _titles(segs)] == ["见证统一大市", "修文明记忆，", "依法维权岂能", "庙会不妨“潮",
                                              "干好技术  "]


def test_a_slogan_headline_under_its_longer_kicker_titles_the_story_a173():
    # a173: 贵州兴义市扎实整改侵占耕地挖湖造景问题 / 守牢红线,改彻底改到位 / byline: a kicker over
    # a short two-clause headline, not a headline over its deck
    c, segs = _page("a173")
    art = next(a for a in segs if a.kind == "article" and a.kicker and a.kicker.startswith("贵州兴义市"))
    assert art.title == "守牢红线，改彻底改到位"


def test_captions_over_a_news_agency_credit_are_no_body_c189():
    # c189: photo captions, each over its credit line, where the credit names the reporter's
    # agency (新华社记者  黄博涵摄, a spaced name 新华社记者  陶  亮摄) as 本报记者 … does: the
    # captions are no body of the story (their places are not its places)
    text = ("我国智能算力规模居世界前列\n本报记者  谷业凯《人民日报》(2025年11月10日第 19 版)\n"
            "图①:工作人员在安徽省宿州市算力产业园淮海人工智能计算中心机房查看服务器运行情况。\n"
            "新华社记者  黄博涵摄\n位于贵州省贵安新区的东数西算(贵州)智算中心(无人机照片)。\n"
            "新华社记者  陶  亮摄\n基于最新人工智能理论、采用领先计算架构的智能算力,正在为人工智能发展提供有力支撑。\n")
    c, segs = _split(text)
    arts = [a for a in segs if a.kind == "article"]
    assert [a.title for a in arts] == ["我国智能算力规模居世界前列"]
    assert [c.text[s:e] for s, e in arts[0].body] == [
        "基于最新人工智能理论、采用领先计算架构的智能算力,正在为人工智能发展提供有力支撑。"]
