"""Summaries: limits, what must never be in them, indicator sentences first."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import articles, segment, summarize
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
    assert "地区生产总值完成168.6亿元" in s


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
