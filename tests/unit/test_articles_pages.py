"""Articles, titles and summaries on real reposts, report excerpts and news pages
(evaluation/corpus_articles/: texts copied verbatim, references written before the engine ran).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis import articles, lineroles, segment, summarize
from analysis.layout import clean
from analysis.pipeline import analyze
from evaluation.corpus_articles import HELD_OUT

ROOT = Path(__file__).resolve().parents[2] / "evaluation" / "corpus_articles"
#: the blind pages (a19+, HELD_OUT) are left out: nobody runs the engine on them before their first run
#: is recorded (python -m evaluation.corpus_articles --record-first-run); so are pages whose reference
#: holds several articles (a13, a15, a16, a19, a20...): their split is measured by the evaluation
STEMS = sorted(p.stem for p in (ROOT / "gold").glob("*.json") if p.stem not in HELD_OUT
               and len(json.loads(p.read_text("utf-8"))["articles"]) == 1)


def _load(stem: str):
    text = (ROOT / "texts" / f"{stem}.txt").read_text("utf-8")
    gold = json.loads((ROOT / "gold" / f"{stem}.json").read_text("utf-8"))["articles"]
    return text, gold


def _norm(t: str) -> str:
    return re.sub(r"[\s“”\"'‘’,，:：?？!！]", "", t)


def test_there_are_article_texts():
    assert len(STEMS) >= 4


@pytest.mark.parametrize("stem", STEMS)
def test_one_article_titled_by_its_headline(stem):
    text, gold = _load(stem)
    res = analyze(text.encode("utf-8"), f"{stem}.txt")
    arts = [a for a in res.articles if a.kind == "article"]
    assert len(arts) == len(gold) == 1
    assert _norm(arts[0].title) == _norm(gold[0]["title"])
    s, e = arts[0].title_span
    assert _norm(text[s:e]) == _norm(arts[0].title)  # offsets point at the headline as printed
    # the article holds the lines printed with it (原标题, bylines, editor and QR lines)
    gs = text.find(gold[0]["start"])
    assert arts[0].span[0] <= gs < arts[0].span[1]


@pytest.mark.parametrize("stem", STEMS)
def test_summaries_lead_with_the_article_not_its_boilerplate(stem):
    text, _ = _load(stem)
    res = analyze(text.encode("utf-8"), f"{stem}.txt")
    art = res.articles[0]
    for summary in (art.summary, res.summary):
        assert 0 < len(summary) <= 120
        assert not re.search(r"原标题|责任编辑|海量资讯|作者[:：]|发布时间|文 \|", summary)
        assert not _norm(summary).startswith(_norm(art.title))  # never repeats the title
        # built from the article's own sentences: every clause is printed in the text, but for
        # the verb before an amount that a summary leaves out (总额实现4.05万亿元 → 总额4.05万亿元)
        # and a bracketed counting note (固定资产投资(不含农户)同比增长7.4% → 固定资产投资同比增长7.4%),
        # and the base of a change on the year before (比上年增长11.4% → 增长11.4%)
        bare = summarize._NOTE.sub("", text)
        for clause in re.split(r"[，,；;。：:！？]", summary):
            c = clause.strip("…")
            assert c in text or c in summarize._DONE.sub("", text) or c in bare \
                or c in summarize._LAST_YEAR.sub("", text)


@pytest.mark.parametrize("stem", STEMS)
def test_role_lines_are_never_body(stem):
    text, _ = _load(stem)
    c = clean(text)
    segs = articles.split(c, segment.sentences(c.text))
    for seg in segs:
        for s, e in seg.body:
            for line in c.text[s:e].split("\n"):
                assert lineroles.role(line) in (None, "byline"), line


def test_a_repost_without_its_headline_takes_its_original_title():
    text, gold = _load("a02_xian_2021_07")
    body = text.split("\n", 1)[1]  # the page as copied without its headline line
    c = clean(body)
    segs = [a for a in articles.split(c, segment.sentences(c.text)) if a.kind == "article"]
    assert len(segs) == 1
    assert segs[0].title == "1-7月西安市经济 延续稳定恢复态势"


def test_table_captions_and_sub_headings_never_start_or_title_an_article():
    text, _ = _load("a03_gdp40_loushi_2022_04")
    c = clean(text)
    segs = articles.split(c, segment.sentences(c.text))
    assert [a.title for a in segs if a.kind == "article"] == ["GDP40强城市，哪些楼市回暖了？"]
    seg = segs[0]
    assert seg.byline == "文 | 陈汐 郑慧"
    sections = [c.text[s:e] for s, e in seg.sections]
    assert "26个城市3月交易回暖排名" in sections


def test_a_section_mark_is_a_section_of_the_article():
    text, _ = _load("a06_wuyi_jiaju_2011")
    c = clean(text)
    segs = articles.split(c, segment.sentences(c.text))
    assert len(segs) == 1
    assert "■ 细节扫描" in [c.text[s:e] for s, e in segs[0].sections]


def test_a_byline_opening_the_first_paragraph_is_the_byline():
    text, _ = _load("a04_waimao_2022_02")
    c = clean(text)
    seg = articles.split(c, segment.sentences(c.text))[0]
    assert seg.byline == "21世纪经济报道记者赵子健 北京报道"
    assert c.text[seg.body[0][0]:].startswith("海关总署3月7日公布")


def _summaries(stem: str) -> dict[str, str]:
    text = (ROOT / "texts" / f"{stem}.txt").read_text("utf-8")
    res = analyze(text.encode("utf-8"), f"{stem}.txt")
    return {a.title: a.summary for a in res.articles if a.kind == "article"}


def test_a_list_item_opening_with_a_quoted_term_has_a_summary_a13_a19():
    # “十四五”期间… is a quoted term, not a direct quote: the item's only sentence is its summary
    s = _summaries("a13_lianbo_kuaixun_2026_01_19")["“十四五”期间我国“山水工程”累计完成治理超8200万亩"]
    assert s.startswith("“十四五”期间，我国部署实施了27个山水林田湖草沙")
    s = _summaries("a19_lianbo_neixu_2026_01_20")["《榜样10》专题节目今晚播出"]
    assert s.startswith("《榜样10》专题节目今晚")  # a list item leads with its lead sentence


def test_wire_items_lead_with_their_lead_without_stamp_or_title_a20():
    sums = _summaries("a20_cls_dianbao_2026_04_18")
    # the dateline story's lead (who said what), not a later remark
    assert sums["伊朗指责美海上封锁违反停火协议"].startswith("伊朗外交部发言人巴加埃")
    # the item's first clause repeats its headline: the summary starts after it
    assert sums["LME金属期货收盘涨跌不一"].startswith("LME期铜收涨76美元")
    # an item without a headline: its time stamp is not its summary's
    text = (ROOT / "texts" / "a20_cls_dianbao_2026_04_18.txt").read_text("utf-8")
    first = analyze(text.encode("utf-8"), "a20.txt").articles[0]
    assert first.title == "" and first.summary.startswith("美联储周五隔夜逆回购协议")


def test_a_news_story_reporting_figures_brings_them_into_its_summary_a19():
    # its lead frames (国家统计局发布的数据显示,…消费市场持续扩容提质升级。), its figures follow
    s = _summaries("a19_lianbo_neixu_2026_01_20")["提振消费政策协同显效 消费市场实现扩容提质"]
    assert "服务零售额增长5.5%" in s and "服务消费潜力不断释放" not in s


def test_a_quote_running_over_sentences_opens_no_summary_a27():
    # “上半年,GDP增速达5.3%,为完成预期目标打下了扎实基础。多年来…” (the quote closes two
    # sentences later): its figure is the summary's, its opening mark is not
    s = _summaries("a27_rmrb_bannianbao_2025_h1")["稳新畅进，经济半年报含金量高（权威发布）"]
    assert "GDP增速达5.3%" in s
    assert all(p.count("“") <= p.count("”") for p in re.split(r"[。；]", s))
    # the sub-heading's second line (…0.3个百分点) is a line of its own, not the quote's start
    c = clean((ROOT / "texts" / "a27_rmrb_bannianbao_2025_h1.txt").read_text("utf-8"))
    assert "提升0.3个百分点\n“上半年,一个很突出的特点" in c.text


def test_a_headline_naming_indicators_brings_a_figure_of_each_into_the_summary_a30():
    # 最新数据!11月CPI、PPI公布,怎么看?: the summary reports the CPI and the PPI, not CPI details only
    s = _summaries("a30_cpi_ppi_jiedu_2021_11")["最新数据！11月CPI、PPI公布，怎么看？"]
    assert "CPI同比上涨2.3%" in s and "PPI同比上涨12.9%" in s


def test_parallel_section_headings_are_one_commentary_not_a_list_a58():
    # a signed commentary: its author/source line is a byline, its four headings (构建新发展格局要求
    # …) are sections, not the headlines of a list of stories
    text, gold = _load("a58_rmrb_fagaiwei_xinfazhan_geju_2025_07")
    c = clean(text)
    segs = articles.split(c, segment.sentences(c.text))
    assert [a.title for a in segs] == [gold[0]["title"]]
    assert segs[0].byline == "中共国家发展改革委党组《人民日报》（2025年07月17日第 11 版）"
    sections = [c.text[s:e] for s, e in segs[0].sections]
    assert len(sections) == 4 and all(s.startswith("构建新发展格局要求") for s in sections)
    # without the byline line, the parallel headings alone still make no list of stories
    lines = text.split("\n")
    c = clean("\n".join(lines[:1] + lines[2:]))
    assert [a.title for a in articles.split(c, segment.sentences(c.text))] == [gold[0]["title"]]


def test_signed_pieces_under_a_columns_name_are_articles_of_their_own_a55():
    # 纵横 / 《人民日报》(…) / headline / author / paragraphs / (摘编自…): each headline over its
    # author line opens a piece closed by its credit; the column's name and the page's source
    # line belong to none
    text, gold = _load("a55_rmrb_zongheng_2025_07_15")
    c = clean(text)
    segs = articles.split(c, segment.sentences(c.text))
    assert [a.title for a in segs] == [g["title"] for g in gold]
    assert [a.byline for a in segs] == ["王  琦", "李海钦"]
    assert segs[0].span[0] == text.index(gold[0]["start"])  # not at 纵横
    for seg in segs:  # each piece ends with its credit
        assert c.text[:seg.span[1]].endswith("》)")
        assert not any("摘编自" in c.text[s:e] for s, e in seg.body)


def test_a_policy_report_leads_with_the_measures_issued_not_its_framing_a56():
    # 创新药,关乎群众健康,….如今,….: two framing sentences, then the news (…联合印发《…若干措施》)
    s = _summaries("a56_rmrb_chuangxinyao_fabuhui_2025_07")["十六条新措施助力创新药加速跑（政策解读）"]
    assert s.startswith("6月30日，国家医保局和国家卫生健康委联合印发《支持创新药高质量发展的若干措施》")
    assert "4100亿元" in s  # then a figure it reports
    # never the frame of a comparison without what it compares (但与居民医保超过95%的资金使用率相比)
    assert not re.search(r"相比[。；]|相比$", s)


def test_a_piece_ending_in_an_ellipsis_is_closed_before_the_next_one():
    # 截至今年5月底,…带动药品销售金额超6000亿元…… (a sentence of the segmenter) and a later piece:
    # the ellipsis closes its piece, the next clause is never run into it
    text, _ = _load("a56_rmrb_chuangxinyao_fabuhui_2025_07")
    c = clean(text)
    sents = segment.sentences(c.text)
    seg = articles.split(c, sents)[0]
    a = c.text.index("2018年以来")
    b = c.text.index("……", a) + 2
    a2 = c.text.index("近年来，我国商业健康保险".replace("，", ","))
    b2 = c.text.index("。", a2) + 1
    out = summarize._fit(c, [(3.0, a, b), (2.0, a2, b2)], 200)
    assert "6000亿元。近年来" in out and "……近年来" not in out
    assert seg.title and out.endswith("。")


def test_a_change_is_quoted_with_what_changed_a57():
    # 6月份CPI环比下降0.4%,…;同比上涨1.1%,…。: the segmenter cuts at ;, the summary never opens
    # with the bare change (同比上涨1.1%) whose subject is the piece before
    s = _summaries("a57_zqrb_cpi_ppi_jiedu_2021_06")["6月份CPI同比上涨1.1%、PPI同比上涨8.8% 涨幅双双回落"]
    assert not re.match(r"(?:同比|环比)?(?:上涨|增长|下降|回落)", s)
    assert "6月份CPI环比下降0.4%" in s and "同比上涨1.1%" in s
    assert s.index("CPI") < s.index("同比上涨1.1%")
    # nor with how the figures are looked at (具体来看,), it says them
    assert s.startswith("6月份CPI环比下降0.4%")


def test_a_labelled_heading_over_a_paragraph_of_its_length_is_a_section_a59():
    # 病有所医:…参保人数达13.61亿 (30 characters) over 健康领域…支撑。 (29): one paragraph a line,
    # no column cut them; all three labelled headings are sections
    text, _ = _load("a59_meijing_minsheng_17zu_shuju_2021_07")
    c = clean(text)
    seg = articles.split(c, segment.sentences(c.text))[0]
    sections = [c.text[s:e] for s, e in seg.sections]
    assert [s[:4] for s in sections] == ["健康中国", "病有所医", "老有所养"]


def test_a_feature_reports_the_figures_its_section_headings_print_a59():
    # the sections' figures (13.61亿, 超10亿 → 10.07亿人) from the sentences of their sections, not a
    # share of GDP (占当年GDP比重约为2.1%) taken for GDP, nor the framing lead
    s = _summaries("a59_meijing_minsheng_17zu_shuju_2021_07")["17组数据见证人民共享改革发展成果"]
    assert "13.61亿人" in s
    assert "GDP比重" not in s and not s.startswith("当下的中国")


#: every opened page, one article or several (a digest's items, a report and its sidebar)
OPENED = sorted(p.stem for p in (ROOT / "gold").glob("*.json") if p.stem not in HELD_OUT)


@pytest.mark.parametrize("stem", OPENED)
def test_every_article_gets_a_summary(stem):
    # a document without figures (a bulletin, a digest's story, a sidebar's comment) still gets
    # one: an empty summary is a bug (a68 had one for the header it split off its bulletin)
    text, _ = _load(stem)
    res = analyze(text.encode("utf-8"), f"{stem}.txt")
    assert 0 < len(res.summary) <= 120
    for art in res.articles:
        if art.kind == "article":
            assert 0 < len(art.summary) <= 120, art.title


def test_a_weekly_digest_splits_at_its_pictured_headlines_labels_and_item_numbers_a119():
    # 一周国际财经: heading, byline, issue line and standfirst in no story; two lead stories under
    # headlines over photo credits (the 延展阅读 box the first's), 抗疫播报 and its credit in none,
    # two stories under two-line headlines, 财闻集锦, then #01…#07 over their headlines
    text, gold = _load("a119_meijing_yizhou_guoji_caijing_2021_07_18")
    c = clean(text)
    segs = [a for a in articles.split(c, segment.sentences(c.text)) if a.kind == "article"]
    assert [_norm(a.title) for a in segs] == [_norm(g["title"]) for g in gold]
    assert segs[1].title.startswith("沙特、阿联酋继续僵持 分析师")  # two phrases: apart
    assert segs[2].title.startswith("强生新冠疫苗或与罕见")  # one phrase broken: run on
    # each story is a news item ending at its last paragraph: the closing credits, staff and
    # copyright lines after #07 are the page's
    assert all(a.item for a in segs)
    assert c.text[:segs[-1].span[1]].endswith("约1500亿美元。")
    assert [a.span[0] for a in segs] == [c.text.index(clean(g["start"]).text) for g in gold]


def test_readers_commentaries_under_place_and_author_lines_a122():
    # 来论 / source line / two commentaries, each headline over 湖南省长沙市  李焱婕: two articles
    text, gold = _load("a122_rmrb_lailun_2026_04_17")
    c = clean(text)
    segs = [a for a in articles.split(c, segment.sentences(c.text)) if a.kind == "article"]
    assert [a.title for a in segs] == [g["title"] for g in gold]
    assert [a.byline for a in segs] == ["湖南省长沙市  李焱婕", "河南省禹州市  何冠军"]


def test_a_readers_board_beside_a_report_is_a_second_article_a120():
    text, gold = _load("a120_rmrb_yijibao_sige_guanjianci_2026_q1")
    c = clean(text)
    segs = [a for a in articles.split(c, segment.sentences(c.text)) if a.kind == "article"]
    assert [a.title for a in segs] == [g["title"] for g in gold]
    assert c.text[:segs[0].span[1]].endswith("毛盛勇说。")


def test_pieces_credited_with_the_edition_line_after_an_explainer_a163():
    # a163: an explainer (…(政策解读)) whose parts would be its sections, then a feature whose byline
    # carries the paper's edition line (本报记者  王  浩《人民日报》(…)): a piece of its own, its
    # headline tagged with a series of nine characters (…(春耕里的新质生产力)) under its kicker;
    # then a headline over a short deck taking up its subject (…行动启动 / 行动为期半年)
    text, gold = _load("a163_rmrb_yaowen02_2026_04_26")
    c = clean(text)
    segs = [a for a in articles.split(c, segment.sentences(c.text)) if a.kind == "article"]
    assert [_norm(a.title) for a in segs] == [_norm(g["title"]) for g in gold]


def test_an_explainer_leads_with_the_document_issued_a163():
    # a163: an explainer (…有关负责同志和相关专家解读—— / headline(政策解读)) opening with the document
    # issued in the passive (近日,《…的意见》发布,…): that sentence is its news, before its figures
    text, _ = _load("a163_rmrb_yaowen02_2026_04_26")
    res = analyze(text.encode("utf-8"), "a163.txt")
    assert res.articles[0].summary.startswith("近日，《中共中央办公厅国务院办公厅关于"), res.articles[0].summary


def test_a_broadcast_closing_with_a_two_item_news_list_a185():
    # a185: stories, then 国际联播快讯 / 央视网消息(新闻联播): / two items: each its own article
    text, gold = _load("a185_lianbo_kuaixun_2026_01_24")
    c = clean(text)
    segs = [a for a in articles.split(c, segment.sentences(c.text)) if a.kind == "article"]
    assert [_norm(a.title) for a in segs] == [_norm(g["title"]) for g in gold]


def test_a_reporters_note_under_its_series_line_after_an_explainer_a187():
    # a187: an explainer (…(政策解读)), then 护航动力电池“循环新生” / 系列:记者手记 / 刘温馨《人民日报》(…):
    # the byline under the series line is no headline, and the series line titles nothing
    text, gold = _load("a187_rmrb_yaowen02_2026_01_17")
    c = clean(text)
    segs = [a for a in articles.split(c, segment.sentences(c.text)) if a.kind == "article"]
    assert [_norm(a.title) for a in segs] == [_norm(g["title"]) for g in gold]
    assert segs[1].byline.startswith("刘温馨《人民日报》")


def test_an_explainer_framed_by_background_figures_leads_with_the_rules_issued_a187():
    # a187: an explainer (…(政策解读)) framing the rules with four sentences of background (2025年,
    # 新能源汽车产销量均超1600万辆…) before 1月16日,…六部门发布《…管理暂行办法》: that sentence leads
    text, _ = _load("a187_rmrb_yaowen02_2026_01_17")
    res = analyze(text.encode("utf-8"), "a187.txt")
    assert res.articles[0].summary.startswith("1月16日，工业和信息化部等六部门发布《"), res.articles[0].summary


def test_a_release_of_typical_cases_leads_its_story_a183():
    # a183: 近年来,…“黑飞”行为时有发生,…。近日,公安部公布10起…典型案例。: the release is the news,
    # the background before it frames it; 最高人民法院21日发布5件…典型案例 leads the 法治聚焦 piece
    text, _ = _load("a183_rmrb_zhengzhi08_2026_05_22")
    res = analyze(text.encode("utf-8"), "a183.txt")
    assert res.articles[-1].summary.startswith("近日，公安部公布10起"), res.articles[-1].summary
    assert "最高人民法院21日发布5件" in res.articles[0].summary[:40], res.articles[0].summary


def test_an_epigraph_and_its_source_line_are_no_summary_sentence_a187():
    # a187: 加快人工智能等数智技术创新,…高效供给。 / ——摘自“十五五”规划建议 over a feature's text:
    # the series' epigraph, not what the feature reports
    text, _ = _load("a187_rmrb_yaowen02_2026_01_17")
    res = analyze(text.encode("utf-8"), "a187.txt")
    feature = next(a for a in res.articles if a.title.startswith("从存到算"))
    assert "数智技术创新" not in feature.summary and "摘自" not in feature.summary, feature.summary
