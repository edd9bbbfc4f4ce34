"""A self-contained HTML page showing a result on its document.

``render_view(result, text, title=None) -> str``: the document text (``white-space:
pre-wrap``) with every indicator marked as ``<mark class="ind" data-i="N" id="i-N"
title="value unit · change · period · region · canonical">``, the articles (title, summary,
keywords) and a table of the indicators linking to their marks. Inline CSS only, no script,
no external resource (a Content-Security-Policy forbids them as a second line of defence);
everything taken from the document or the result goes through ``html.escape``.

One mark per indicator, always: indicators are sorted by (start, -end); a span inside an
open mark becomes a nested mark; a span that crosses the end of the open mark is clipped at
that end (class ``clipped``); an empty or out-of-range span is clamped into the text and
rendered as an empty mark (class ``empty``, a small caret drawn by CSS).
"""
from __future__ import annotations

import html
from typing import Any

from analysis.export import number_text

_ARROWS = {"up": "↑", "down": "↓", "flat": "→"}
_WORDS = {"up": "增长", "down": "下降", "flat": "持平"}


def _e(v: Any) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def _value(ind: dict) -> str:
    v = number_text(ind.get("value"))
    unit = ind.get("unit") or ""
    if not v:
        return ""
    return ("约" if ind.get("approx") else "") + v + (" " + unit if unit else "")


def _change(ind: dict) -> str:
    ch = ind.get("change") or {}
    if not ch:
        return ""
    direction = ch.get("direction") or ""
    parts = [_ARROWS.get(direction, "") + _WORDS.get(direction, direction)]
    if ch.get("value") is not None:
        parts.append(number_text(ch.get("value")) + (ch.get("unit") or ""))
    if ch.get("basis"):
        parts.append(f"({ch['basis']})")
    return " ".join(p for p in parts if p)


def _tooltip(ind: dict) -> str:
    parts = [_value(ind) or "—", _change(ind) or "—", ind.get("period") or "—",
             ind.get("region") or "—", ind.get("canonical") or "—"]
    extra = []
    if ind.get("name"):
        extra.append(str(ind["name"]))
    if ind.get("rank"):
        extra.append(f"排名: {ind['rank']}")
    if ind.get("completion") is not None:
        extra.append(f"完成: {number_text(ind['completion'])}%")
    head = " · ".join(parts)
    return head + ("\n" + " · ".join(extra) if extra else "")


def _span(ind: dict, n: int) -> tuple[int, int]:
    span = ind.get("span") or (0, 0)
    try:
        s, e = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        s, e = 0, 0
    s = min(max(s, 0), n)
    e = min(max(e, s), n)
    return s, e


def _marked_text(text: str, indicators: list[dict], anchors: list[tuple[int, str]]) -> str:
    """The escaped text with one <mark> per indicator and the article anchors."""
    n = len(text)
    def key(i: int) -> tuple[int, int, int]:
        s, e = _span(indicators[i], n)
        return s, -e, i             # by start, the longer first

    order = sorted(range(len(indicators)), key=key)
    anchors = sorted((min(max(p, 0), n), a) for p, a in anchors)
    out: list[str] = []
    pos = 0
    k = 0  # next anchor

    def emit(upto: int) -> None:
        nonlocal pos, k
        while k < len(anchors) and anchors[k][0] <= upto:
            p, a = anchors[k]
            if p >= pos:
                out.append(html.escape(text[pos:p]))
                pos = p
            out.append(a)
            k += 1
        if upto > pos:
            out.append(html.escape(text[pos:upto]))
            pos = upto

    stack: list[int] = []  # end offsets of the open marks
    for i in order:
        ind = indicators[i]
        s, e = _span(ind, n)
        while stack and stack[-1] <= s:
            emit(stack.pop())
            out.append("</mark>")
        classes = ["ind"]
        if stack and e > stack[-1]:
            e = stack[-1]
            classes.append("clipped")
        if stack:
            classes.append("nested")
        if s == e:
            classes.append("empty")
        if ind.get("canonical"):
            classes.append("canon")
        direction = (ind.get("change") or {}).get("direction")
        if direction in _ARROWS:
            classes.append(direction)
        emit(s)
        out.append(f'<mark class="{" ".join(classes)}" id="i-{i}" data-i="{i}" '
                   f'title="{_e(_tooltip(ind))}">')
        if s == e:
            out.append("</mark>")
        else:
            stack.append(e)
    while stack:
        emit(stack.pop())
        out.append("</mark>")
    emit(n)
    return "".join(out)


_CSS = """
:root { --ink: #1d232b; --muted: #5d6875; --line: #d9dee4; --bg: #f6f7f9; --mark: #ffe58a;
        --mark-canon: #ffc857; --accent: #1f5fbf; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
       "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: var(--ink); background: var(--bg); }
header.page { padding: 14px 24px; background: #fff; border-bottom: 1px solid var(--line); }
header.page h1 { margin: 0 0 4px; font-size: 20px; }
.meta { color: var(--muted); font-size: 13px; }
.meta span + span::before { content: " · "; }
main { display: grid; grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); gap: 18px;
       padding: 18px 24px; }
@media (max-width: 1000px) { main { grid-template-columns: minmax(0, 1fr); } }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 14px 18px;
          min-width: 0; }
section h2 { margin: 0 0 10px; font-size: 16px; }
.side { display: flex; flex-direction: column; gap: 18px; min-width: 0; }
.doc { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.85; font-size: 15px; margin: 0;
       max-height: 82vh; overflow: auto; padding-right: 6px; }
.article-list ol { max-height: 52vh; overflow: auto; }
section.indicators { grid-column: 1 / -1; }
mark.ind { background: var(--mark); color: inherit; border-radius: 2px; padding: 0 1px;
           box-shadow: inset 0 -2px 0 rgba(0,0,0,.15); cursor: help; }
mark.ind.canon { background: var(--mark-canon); }
mark.ind.nested { background: #ffb3a1; }
mark.ind.empty::before { content: "\\25B4"; color: #c0392b; }
mark.ind:target, tr:target { outline: 2px solid var(--accent); }
mark.ind:hover { outline: 1px solid #b07d00; }
.summary { margin: 0 0 8px; }
.kw { display: inline-block; margin: 2px 4px 2px 0; padding: 0 6px; border-radius: 9px;
      background: #e8eef8; font-size: 12px; color: #274b80; }
ol.articles { margin: 0; padding-left: 22px; }
ol.articles li { margin-bottom: 10px; }
ol.articles .kind { font-size: 11px; color: var(--muted); border: 1px solid var(--line);
                    border-radius: 3px; padding: 0 4px; margin-left: 4px; }
.anchor { scroll-margin-top: 12px; }
.table-wrap { overflow: auto; max-height: 80vh; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: #f0f2f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nw { white-space: nowrap; }
td.up { color: #b3261e; } td.down { color: #1b7f3b; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
.empty-note { color: var(--muted); }
"""


def render_view(result: dict, text: str, title: str | None = None) -> str:
    """A complete, self-contained HTML page for one result and its decoded text."""
    if hasattr(result, "model_dump"):
        result = result.model_dump(mode="json")
    text = text or ""
    doc = result.get("document") or {}
    indicators = list(result.get("indicators") or [])
    articles = list(result.get("articles") or [])
    if title is None:
        title = doc.get("filename") or "zhibiao"

    anchors = []
    for a_i, art in enumerate(articles):
        span = art.get("span") or (0, 0)
        try:
            start = int(span[0])
        except (TypeError, ValueError, IndexError):
            continue
        idx = art.get("index", a_i)
        anchors.append((start, f'<span class="anchor" id="article-{_e(idx)}"></span>'))
    body_text = _marked_text(text, indicators, anchors)

    meta = [f"<span>{_e(doc.get('media_type') or '')}</span>" if doc.get("media_type") else "",
            f"<span>{_e(doc.get('encoding'))}</span>" if doc.get("encoding") else "",
            f"<span>{len(text)} 字符</span>",
            f"<span>{len(articles)} 篇文章</span>",
            f"<span>{len(indicators)} 项指标</span>"]

    # articles
    art_items = []
    for a_i, art in enumerate(articles):
        idx = art.get("index", a_i)
        kws = "".join(f'<span class="kw">{_e(k)}</span>' for k in art.get("keywords") or [])
        kind = art.get("kind") or "article"
        kind_label = {"article": "文章", "caption": "图片说明"}.get(kind, kind)
        art_items.append(
            f'<li><a href="#article-{_e(idx)}"><strong>{_e(art.get("title") or "(无标题)")}'
            f'</strong></a><span class="kind">{_e(kind_label)}</span>'
            f'<div class="summary">{_e(art.get("summary") or "")}</div>{kws}</li>')
    articles_html = (f'<ol class="articles">{"".join(art_items)}</ol>' if art_items
                     else '<p class="empty-note">没有识别出文章。</p>')

    # indicators table
    rows = []
    for i, ind in enumerate(indicators):
        direction = (ind.get("change") or {}).get("direction") or ""
        rows.append(
            f'<tr id="row-{i}"><td class="num"><a href="#i-{i}">{i}</a></td>'
            f'<td>{_e(ind.get("name") or "")}</td>'
            f'<td class="num">{_e(_value(ind))}</td>'
            f'<td class="nw {_e(direction)}">{_e(_change(ind))}</td>'
            f'<td class="nw">{_e(ind.get("period") or "")}</td>'
            f'<td class="nw">{_e(ind.get("region") or "")}</td>'
            f'<td class="nw">{_e(ind.get("canonical") or "")}</td>'
            f'<td>{_e(ind.get("rank") or "")}</td>'
            f'<td><a href="#i-{i}">{_e(ind.get("text") or "")}</a></td></tr>')
    table_html = (
        '<div class="table-wrap"><table><thead><tr><th>#</th><th>指标</th><th>数值</th>'
        '<th>变化</th><th>时期</th><th>地区</th><th>标准名</th><th>排名</th><th>原文</th>'
        f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>' if rows
        else '<p class="empty-note">没有识别出指标。</p>')

    summary = result.get("summary") or ""
    doc_kws = "".join(f'<span class="kw">{_e(k)}</span>' for k in result.get("keywords") or [])

    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{_e(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<header class="page">
<h1>{_e(title)}</h1>
<div class="meta">{"".join(m for m in meta if m)}</div>
</header>
<main>
<section class="text">
<h2>原文</h2>
<div class="doc" id="doc">{body_text}</div>
</section>
<div class="side">
<section class="overview">
<h2>摘要</h2>
<p class="summary">{_e(summary) or '<span class="empty-note">无</span>'}</p>
<div>{doc_kws}</div>
</section>
<section class="article-list">
<h2>文章 ({len(articles)})</h2>
{articles_html}
</section>
</div>
<section class="indicators">
<h2>指标 ({len(indicators)})</h2>
{table_html}
</section>
</main>
</body>
</html>
"""
