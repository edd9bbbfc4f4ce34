"""Layout clean-up: line joining and the offset map back to the decoded text."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from analysis.layout import FULLWIDTH, clean, normalize, should_join

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _seed(prefix: str) -> str:
    return next(p for p in SEEDS if p.name.startswith(prefix)).read_text("utf-8")


def test_joins_a_line_broken_mid_sentence():
    c = clean("今年以来,全区上下\n聚焦项目攻坚,推动发展。\n\n下一段开始了。")
    assert "全区上下聚焦项目攻坚" in c.text
    assert c.text.endswith("推动发展。\n\n下一段开始了。")


def test_keeps_headlines_and_paragraph_breaks():
    page = "走进县城看发展\n\n埋头苦干“双过半” 踔厉奋发“全年红”\n\n——平鲁区综述\n\n谢宏 范磊\n\n正文第一段。"
    assert clean(page).text == page


def test_does_not_join_into_a_headline_printed_inside_a_body():
    assert not should_join("实现一批科技人才规模质量有提", "我市首次获批省卫健委“四个一批”科研项目")
    assert not should_join("平鲁区开发区海泰新能源朔州有限公司一隅。 谢宏 摄", "地区生产总值完成164.4亿元,增长5.7%")
    assert not should_join("【晋中招商】晋中市新增孵化器,助推招商引资", "2018年,晋中市通过招商引资战略成功新增")


def test_the_known_seed_line_breaks_are_joined():
    t = _seed("000")
    assert "稳中求进工\n\n作总基调" in t
    c = clean(t)
    i = c.text.index("稳中求进工作总基调")
    s, e = c.to_original(i, i + len("稳中求进工作总基调"))
    assert t[s:e] == "稳中求进工\n\n作总基调"
    assert "持续壮大“八大生态养殖基地”" in c.text
    # a headline inside a body stays on its own line
    assert "\n我市首次获批省卫健委“四个一批”科研项目\n" in c.text


def test_width_normalisation_is_one_for_one():
    c = clean("全市GDP完成１１００.３亿元，增长４.１％（同比）。")
    assert c.text == "全市GDP完成1100.3亿元,增长4.1%(同比)。"
    assert len(c.text) == len(c.original)
    m = re.search(r"\d+\.\d+%", c.text)
    s, e = c.to_original(*m.span())
    assert c.original[s:e] == "４.１％"
    assert c.display(*m.span()) == "４.１％"


def test_normalize_is_the_fullwidth_table():
    """``normalize`` finds the forms present by a search instead of translating every
    character: the same string as ``str.translate(FULLWIDTH)`` (the definition) on the seeds
    and on random strings dense in wide forms, their neighbours and repeats."""
    for p in SEEDS:
        t = p.read_text("utf-8")
        assert normalize(t) == t.translate(FULLWIDTH)
    rnd = random.Random(13)
    alphabet = [chr(c) for c in range(0xFEFF, 0xFF62)] + list("\u3000\u3001 a1中，。\n")
    for _ in range(5000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40)))
        assert normalize(t) == t.translate(FULLWIDTH), t


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_offset_map_round_trip_on_random_spans(path):
    original = path.read_text("utf-8")
    c = clean(original)
    assert len(c.origin) == len(c.text) + 1
    assert all(a < b for a, b in zip(c.origin, c.origin[1:]))
    kept = set(c.origin[:-1])
    dropped = [original[i] for i in range(len(original)) if i not in kept]
    assert all(ch.isspace() for ch in dropped)  # clean-up only deletes layout blanks
    rng = random.Random(path.name)
    n = len(c.text)
    for _ in range(300):
        s = rng.randrange(0, n)
        e = rng.randrange(s + 1, min(n, s + 400) + 1)
        os_, oe = c.to_original(s, e)
        piece = original[os_:oe]
        # the original span, widths folded and the deleted layout breaks removed, is the text
        folded = "".join(normalize(original[i]) for i in range(os_, oe) if i in kept)
        assert folded == c.text[s:e]
        assert re.sub(r"\s", "", normalize(piece)) == re.sub(r"\s", "", c.text[s:e])


def test_enumerated_section_heading_is_not_joined_to_its_paragraph():
    c = clean("一、综合\n\n初步核算，全年全省地区生产总值25642.6亿元，比上年增长4.4％。")
    assert c.text.startswith("一、综合\n\n初步核算,")


@pytest.mark.parametrize("text,joined", [
    ("七、民生福祉不断增进\n年末全市参加城镇职工基本养老保险人数43.93\n万人(在职)。参加城乡居民基本养老保险人数73.1万人。",
     "人数43.93万人(在职)"),
    ("五、财政收支总体平稳\n全年全市地方一般公共预算收入完成537.77亿\n元,比上年增长2.2%,其中税收收入完成325.35亿元。",
     "完成537.77亿元,比上年增长2.2%"),
    ("2025年市直一般公共预算支出完成1072133\n万元,为预算数的89%,增长12.51%。", "完成1072133万元,"),
    ("今年一季度,江西三次产业结构由去年同期的5.7\n∶43.2∶51.1调整为4.8∶45.1∶50.1\n。其中,二产增长8.0%。",
     "5.7∶43.2"),
], ids=["scale-base", "scale-cut", "number-scale", "ratio"])
def test_a_number_cut_from_its_unit_is_one_quantity(text, joined):
    """A column wrap between a number and its unit (43.93 / 万人, 537.77亿 / 元) or inside a
    ratio (5.7 / ∶43.2) cut one quantity: a line never opens with a bare unit (issue 12: these
    lines sat after a heading or before a longer line, so no other join rule saw them)."""
    assert joined in clean(text).text


def test_a_line_ending_in_a_year_before_a_title_word_is_not_a_unit_cut():
    t = "表1 2025\n年主要经济指标"
    assert clean(t).text == t


# a table (made-up figures) as the column of a narrow page wraps it: every line cut at 23
# characters, never inside a number (evaluation.properties.column_wrap)
TABLE = """表1 2024年主要农产品产量
指标名称 | 单位 | 2024年 | 2023年 | 同比增长(±)%
一、粮食 | 万吨 | 56.04 | 54.44 | 2.94
其中: 小麦 | 万吨 | 14.05 | 15.33 | -8.35
豆类 | 万吨 | 3.34 | 2.38 | 40.34
表2 2025年各市地区生产总值
地区 | 总量(亿元) | 增长(%)
地区生产总值 | 第一产业 | 第二产业 | 第三产业 | 地区生产总值 | 第一产业 | 第二产业 | 第三产业
甲市 | 32039.46 | 317.02 | 7710.27 | 24012.17 | 4.0 | 3.3 | 1.6 | 4.8
乙市 | 38731.80 | 28.04 | 14482.54 | 24221.22 | 5.5 | -4.5 | 4.1 | 6.3
表3 2025年主要工业产品产量
产品名称 | 单位 | 产量 | 比上年增长(%)
棉混纺布 | 万米 | 2799.19 | -12.5
运输 |  |  |
货物发送量 | 万吨 | 24387.28 | 8.4
全年粮食产量56.04万吨。"""


def test_a_table_row_wrapped_by_a_column_is_one_line_again():
    from evaluation.properties import column_wrap

    wrapped = column_wrap(TABLE)
    assert wrapped.count("\n") > TABLE.count("\n") + 8   # the transform cut the rows
    c = clean(wrapped)
    # every row whole again (the cut's blanks dropped, nothing else), the section row
    # 运输 |  |  | (a row ending in a bar) kept apart from the row after it
    assert [re.sub(r"\s", "", ln) for ln in c.text.split("\n")] == \
        [re.sub(r"\s", "", ln) for ln in TABLE.split("\n")]
    assert all(c.original[slice(*c.to_original(m.start(), m.end()))].replace("\n", "")
               .replace(" ", "") == m.group().replace(" ", "")
               for m in re.finditer(r"[^\n]+", c.text))


def test_markdown_rows_and_a_table_title_are_not_joined():
    md = "| 指标 | 绝对值 |\n| GDP | 5.2 |\n| 投资 | 3.1 |"
    assert clean(md).text == md
    two = "行业 | 增速(%)\n合计 | 1.9\n水的生产和供应业 | -0.5\n表3 2024年主要产品产量\n名称 | 单位 | 产量\n石料 | 立方米 | 453062.00"
    assert clean(two).text == two


def test_a_photo_caption_does_not_hide_a_page_written_one_paragraph_a_line_a35():
    # a35: the feed's headline, the page's own second headline line, a photo caption (ending 摄,
    # ending no sentence), then paragraphs one a line: the two headline lines stay apart
    a35 = next((Path(__file__).resolve().parents[2] / "evaluation" / "corpus_articles" / "texts")
               .glob("a35_*.txt")).read_text("utf-8").splitlines()
    text = "\n".join(a35[:8]) + "\n"
    out = clean(text).text.split("\n")
    assert out[0] == normalize(a35[0]) and out[1] == normalize(a35[1])
    # without the caption the page reads the same
    text = "\n".join(a35[:2] + a35[3:8]) + "\n"
    assert clean(text).text.split("\n")[:2] == [normalize(a35[0]), normalize(a35[1])]


FEED_LINES = [  # a31 (36氪 8点1氪): headline lines with a colon or commas over paragraphs ending
    # in their source in brackets, one a line, no blank lines
    "8点1氪 _ 苹果3月9日举办发布会",
    "卡地亚起诉蒂芙尼窃取商业机密",
    "据报道，本周一，历峰集团旗下奢侈品牌卡地亚在纽约一家法院提起诉讼，指控竞争对手LVMH集团旗下蒂芙尼违反竞业协议，"
    "在去年底聘用卡地亚前初级经理为其高级珠宝系列工作，并借此获得卡地亚高级珠宝业务的机密信息。（第一财经）",
    "人社部：电子社保卡和医保电子凭证均可就医",
    "1日从人力资源和社会保障部获悉，近日，人社部和国家医保局“总对总”通道正式开通，支持电子社保卡和医保电子凭证在就医"
    "购药领域并行使用。截至2021年末，16个省份的138个地市已实现电子社保卡就医购药。（新华社）",
    "腾讯音乐CEO梁柱：任何人的离职都跟人无关，腾讯音乐本质上是一家内容公司",
    "今年春节前，QQ音乐召开内部年会，腾讯音乐集团CEO梁柱在会上表示，任何人的离职都跟人无关，是组织调整的要求。"
    "腾讯音乐今年未举办集团统一年会，旗下各业务线分别举办了4场内部年会。（界面）",
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_source_in_brackets_ends_a_paragraph_and_a_feed_keeps_its_headline_lines_a31(sep):
    out = [x for x in clean(sep.join(FEED_LINES) + "\n").text.split("\n") if x]
    if sep == "\n":  # no blank lines: every line is a paragraph or a headline of its own
        assert out == [normalize(x) for x in FEED_LINES]
    else:  # a page with blank lines between its lines (an OCR'd page): a paragraph ending in
        # its bracketed source still runs into no line after it
        for tail in ("(第一财经)", "(新华社)"):
            assert [x.endswith(tail) for x in out if tail in x] == [True]



# a65: a WeChat digest: its 新闻速览 list of headlines (two of one width, a long one that is mostly
# Latin words), then stories closed by 原文链接: and the link on its own line (not a cut paragraph)
A65 = Path(__file__).resolve().parents[2] / "evaluation/corpus_articles/texts/a65_anquanniu_niulan_2026_03_31.txt"


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["as_stored", "blank"])
def test_a_wechat_digest_keeps_its_headline_lines_a65(sep):
    # (issue 16: also copied with a blank line between its lines: a headline of Latin words,
    # VoidLink 新型 Linux 内核级 rootkit 曝光:伪装 AMD 驱动,可绕过主流检测, is as wide as a
    # headline though longer in characters, and runs into no line after it)
    lines = A65.read_text("utf-8").split("\n")
    # the post's title and account lines, the list's heading and four of its lines, two stories
    page = lines[0:2] + lines[3:4] + lines[10:14] + lines[22:32] + lines[74:83]
    assert page[3].startswith("新型攻击链曝光") and page[-1].startswith("https://www.securitylab.ru")
    out = [x for x in clean(sep.join(page) + "\n").text.split("\n") if x]
    assert out == [normalize(x) for x in page]


@pytest.mark.parametrize("cut, whole", [
    # c87: a column cut after the sign of a negative rate
    ("上半年深圳房地产投资增速为-\n12.9%,而非房地产投资增速为10.5%",
     "上半年深圳房地产投资增速为-12.9%,而非房地产投资增速为10.5%"),
    # c95: a column cut inside the scale 万亿
    ("万科上述两项数据分别为1.88万亿和1.14万\n亿,排名行业第五和第七。",
     "万科上述两项数据分别为1.88万亿和1.14万亿,排名行业第五和第七。"),
])
def test_a_column_cut_inside_a_figure_is_joined(cut, whole):
    assert clean(cut).text == whole


def test_a_dash_ending_a_line_before_a_word_still_ends_it():
    text = "主要指标如下——\n2025年全市生产总值增长5%。"
    assert "\n" in clean(text).text


def test_width_is_the_length_less_half_the_latin_runs():
    from analysis.layout import _LATIN_RUN, _PER_LINE_SHORT, _width
    rng = random.Random(7)
    pieces = ["VoidLink", " ", "新型", "Linux", "a", "内核级", "AMD", ",", "x y", "9"]
    for _ in range(2000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        a = rng.randint(0, len(t))
        b = rng.randint(a, len(t))
        latin = sum(m.end() - m.start() for m in _LATIN_RUN.finditer(t, a, b))
        want = b - a if b - a < _PER_LINE_SHORT else b - a - latin / 2
        assert _width(t, a, b) == want, (t, a, b)


def test_a_standfirst_under_its_byline_is_a_line_of_its_own_a128():
    # a128: headline / 盛玉雷《人民日报》(2026年03月02日第 05 版) / the standfirst, ending no
    # sentence (…这是努力的方向,也是实干的硕果) / paragraphs one a line: the standfirst is not
    # joined to the paragraph after it; a line the column cut elsewhere still is
    a128 = next((Path(__file__).resolve().parents[2] / "evaluation" / "corpus_articles" / "texts")
                .glob("a128_*.txt")).read_text("utf-8").splitlines()
    out = clean("\n".join(a128) + "\n").text.split("\n")
    assert out[2] == normalize(a128[2]) and out[3] == normalize(a128[3])
    # under a plain paragraph the same pair is one paragraph, as before
    assert clean("\n".join([a128[3], a128[2], a128[3]]) + "\n").text.split("\n")[1] == \
        normalize(a128[2] + a128[3])


def test_a_two_line_paragraph_of_a_page_cut_by_one_width_is_joined_c156():
    # c156's kicker, headline, byline and first paragraphs as a narrow column of 23 characters
    # prints them (evaluation.properties.column_wrap): the kicker's first line is as wide as the
    # column and its second is shorter, so no run of cut lines shows it; the page's width does
    page = ("2025年再生资源回收总量约3.8亿吨，回收利\n用率不断提高\n“城市矿山”里长出新产业（大数据观察）\n"
            "今年的《政府工作报告》提出，“大力发展绿色低碳\n经济”“强化再生资源循环利用”。随着“两新”政\n"
            "策实施，各地进一步加大技术创新、畅通产业链条，\n大力开发“城市矿山”，不断提高再生资源的回收率\n"
            "和利用率。\n城市矿山，是指蕴藏在废旧家电、电子垃圾等废弃物\n中的可回收资源，因储量大、品位高，跟天然矿山一\n"
            "样都是资源库。")
    lines = clean(page).text.split("\n")
    assert lines[0] == "2025年再生资源回收总量约3.8亿吨,回收利用率不断提高"
    assert lines[1] == "“城市矿山”里长出新产业(大数据观察)"
    # a headline as wide as the column, over a shorter line, is not joined: it holds no
    # clause mark or digit
    other = page.replace("2025年再生资源回收总量约3.8亿吨，回收利\n用率不断提高",
                         "城市矿山里长出新产业城市矿山里长出新产业城市\n用率不断提高")
    assert clean(other).text.split("\n")[:2] == ["城市矿山里长出新产业城市矿山里长出新产业城市", "用率不断提高"]
