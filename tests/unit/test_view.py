"""api.view.render_view: one mark per indicator, text preserved, everything escaped."""
from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest

from analysis.pipeline import analyze
from api.view import render_view
from tests.fixtures_docs import seed_text


class _Page(HTMLParser):
    """Collects the text of div#doc, every mark.ind with its text, and structural facts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.in_doc = 0
        self.doc_text: list[str] = []
        self.marks: list[dict] = []      # {"i": int, "text": str, "title": str, "class": str}
        self.open_marks: list[dict] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.title = ""
        self._in_title = False
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        for k, v in attrs:
            self.attrs.append((tag, k, v or ""))
        if tag in ("meta", "br", "link", "img", "input"):
            return
        self.stack.append(tag)
        if tag == "title":
            self._in_title = True
        if tag == "div" and a.get("id") == "doc":
            self.in_doc = len(self.stack)
        if tag == "mark" and "ind" in (a.get("class") or "").split():
            m = {"i": int(a["data-i"]), "text": "", "title": a.get("title", ""),
                 "class": a.get("class", ""), "id": a.get("id")}
            self.marks.append(m)
            self.open_marks.append(m)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.balanced = False
            return
        if tag == "title":
            self._in_title = False
        if self.in_doc == len(self.stack):
            self.in_doc = 0
        if tag == "mark" and self.open_marks:
            self.open_marks.pop()
        self.stack.pop()

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self.in_doc:
            self.doc_text.append(data)
            for m in self.open_marks:
                m["text"] += data


def _parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    assert p.balanced and not p.stack, "the page's tags are not balanced"
    return p


@pytest.fixture(scope="module")
def seed_result():
    text = seed_text("000")
    return analyze(text.encode(), "000.txt").to_json_dict(), text


def test_one_mark_per_indicator_on_a_real_result(seed_result):
    result, text = seed_result
    page = render_view(result, text)
    p = _parse(page)
    n = len(result["indicators"])
    assert n > 0
    assert sorted(m["i"] for m in p.marks) == list(range(n))
    assert "".join(p.doc_text) == text  # the text is all there, unchanged
    for m in p.marks:
        ind = result["indicators"][m["i"]]
        assert m["text"] == ind["text"] == text[ind["span"][0]:ind["span"][1]]
        assert m["id"] == f"i-{m['i']}"
        if ind["value"] is not None:
            assert ind["unit"] in m["title"]
        if ind["period"]:
            assert ind["period"] in m["title"]
        if ind["region"]:
            assert ind["region"] in m["title"]
        if ind["canonical"]:
            assert ind["canonical"] in m["title"]


def test_table_and_articles_listed(seed_result):
    result, text = seed_result
    page = render_view(result, text)
    for i in range(len(result["indicators"])):
        assert f'<tr id="row-{i}">' in page
    for art in result["articles"]:
        if art["title"]:
            assert html.escape(art["title"]) in page
        if art["summary"]:
            assert html.escape(art["summary"]) in page


def test_self_contained(seed_result):
    result, text = seed_result
    p = _parse(render_view(result, text))
    assert "script" not in p.tags and "link" not in p.tags and "img" not in p.tags
    for tag, k, v in p.attrs:
        if k in ("src", "href", "action", "srcset"):
            assert v.startswith("#"), (tag, k, v)
        assert "http:" not in v and "https:" not in v or k == "content"


def test_escapes_document_text_and_result_fields():
    text = ('<script>alert("x")</script>增长5.7%,&amp; <img src=x onerror=alert(1)> '
            '" onmouseover="alert(2)\n第二行')
    s = text.index("5.7%")
    evil = '"><script>alert(3)</script>'
    result = {"document": {"filename": "<b>x</b>.txt", "media_type": "text/plain"},
              "articles": [{"index": 0, "kind": "article", "title": "<i>标题</i>" + evil,
                            "span": [0, len(text)], "summary": evil, "keywords": [evil]}],
              "indicators": [{"name": evil, "value": 5.7, "unit": "%" + evil, "canonical": evil,
                              "change": {"direction": "up", "value": 1, "unit": "%",
                                         "basis": evil},
                              "period": evil, "region": evil, "rank": evil,
                              "span": [s, s + 4], "text": "5.7%", "article": 0}],
              "summary": evil, "keywords": [evil]}
    page = render_view(result, text, title='<script>alert("t")</script>')
    low = page.lower()
    assert "<script" not in low and "<img" not in low and "<i>" not in low
    p = _parse(page)
    assert "script" not in p.tags and "img" not in p.tags
    assert "".join(p.doc_text) == text
    assert p.title == '<script>alert("t")</script>'
    assert len(p.marks) == 1 and p.marks[0]["text"] == "5.7%"
    assert evil in p.marks[0]["title"]  # escaped in the attribute, intact after parsing
    for tag, k, _v in p.attrs:
        assert not k.startswith("on"), (tag, k)


def test_default_title_is_escaped_filename():
    page = render_view({"document": {"filename": "a<b>&.txt"}, "indicators": []}, "正文")
    assert _parse(page).title == "a<b>&.txt"
    assert "<title>a&lt;b&gt;&amp;.txt</title>" in page


def test_line_breaks_preserved():
    text = "第一行\n\n第二行\n  缩进的第三行"
    page = render_view({"indicators": []}, text)
    assert "white-space: pre-wrap" in page
    assert "".join(_parse(page).doc_text) == text


def test_overlapping_and_odd_spans_still_one_mark_each():
    text = "地区生产总值完成164.4亿元,增长5.7%,原煤产量5899.2万吨"
    def ind(s, e):
        return {"name": "x", "value": 1.0, "unit": "个", "span": [s, e], "text": text[s:e]}
    a = text.index("164.4")
    spans = [(a, a + 7),          # 164.4亿元
             (a, a + 5),          # nested, same start
             (a + 2, a + 4),      # nested deeper
             (a + 6, a + 12),     # crosses the end of the first
             (a, a + 7),          # duplicate
             (3, 3),              # empty
             (-5, 2),             # starts before the text
             (len(text) - 3, len(text) + 40),  # runs past the end
             (40, 10)]            # reversed
    indicators = [ind(s, e) for s, e in spans]
    p = _parse(render_view({"indicators": indicators}, text))
    assert sorted(m["i"] for m in p.marks) == list(range(len(spans)))
    assert "".join(p.doc_text) == text
    by_i = {m["i"]: m for m in p.marks}
    assert by_i[0]["text"] == "164.4亿元" and by_i[4]["text"] == "164.4亿元"
    assert by_i[1]["text"] == "164.4" and by_i[2]["text"] == "4."
    assert "clipped" in by_i[3]["class"] and text[a + 6:].startswith(by_i[3]["text"])
    assert by_i[5]["text"] == "" and "empty" in by_i[5]["class"]


def test_no_text_and_no_indicators():
    p = _parse(render_view({}, ""))
    assert p.marks == [] and "".join(p.doc_text) == ""
