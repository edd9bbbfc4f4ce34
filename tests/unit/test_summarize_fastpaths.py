"""The summaries' fast paths (perf round 17) against the definitions they stand for.

Each helper skips work for the common case (no bracket, no figure, no breakdown); these tests
check it gives what the plain definition gives, on hand-picked and random sentences."""
from __future__ import annotations

import random
from operator import itemgetter

from analysis import summarize

_PIECES = ["(", ")", "（", "）", "约", "12", "3.5", "万元", "%", "亿", "人", ",", "，", "。", ";",
           "其中:", "按", "按地区分,", "全市", "增长", "社融增量", "人民币贷款", " ", "2023年", "\n"]


def _random_sentences(n: int, seed: int = 17) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def test_without_asides_is_the_aside_substitution():
    for sent in _random_sentences(3000) + ["年交易额(不超过10万元)增长", "无括号的句子。", ""]:
        assert summarize._without_asides(sent) == summarize._ASIDE.sub("", sent)


def _names_title_def(sent: str, names: list[str], rewarded: list[str]) -> str:
    m = summarize._MEASURE.search(summarize._ASIDE.sub(lambda z: "＿" * len(z.group()), sent))
    if m is None:
        return ""
    named = sent[max(sent.rfind(c, 0, m.start()) for c in ",，;；") + 1:m.start()]
    return next((t for t in names if t in named and not any(t in r for r in rewarded)), "")


def test_names_title_fast_path_is_its_definition():
    names = ["社融增量", "人民币贷款", "人民币"]
    sents = _random_sentences(3000) + [
        "11月社融增量为2.61万亿元,比上年同期多4786亿元。", "社融增量(约2万亿元)持平。",
        "人民币贷款（12亿）增加3.5万元。", "分部门看,住户贷款增加7337亿元。"]
    for sent in sents:
        for rewarded in ([], ["人民币贷款"]):
            assert summarize._names_title(sent, names, rewarded) == \
                _names_title_def(sent, names, rewarded), sent


def _breakdown_parts_def(text: str, scored: list[tuple[float, int, int]]) -> set[int]:
    out: set[int] = set()
    prev_end = -1
    by = False
    for _, a, b in sorted(scored, key=itemgetter(1)):
        opens = text.startswith("其中:", a) or text.startswith("其中：", a)
        cat = not opens and text.startswith("按", a) and \
            summarize._BREAKDOWN_OPEN.match(text, a) is not None
        goes_on = prev_end >= 0 and not text[prev_end:a].strip() and (
            text[prev_end - 1] in ";；" or (by and "\n" not in text[prev_end:a]))
        if opens or cat or goes_on:
            out.add(a)
            prev_end = b
        else:
            prev_end = -1
        by = cat
    return out


def test_breakdown_parts_fast_path_is_its_definition():
    rng = random.Random(13)
    fixed = "全年居民人均可支配收入29065元,增长9.1%。按常住地分,城镇居民收入4万元;农村居民收入2万元。" \
            "其中:出口3.47万亿元;进口2万亿元。其他。"
    texts = [fixed] + _random_sentences(400, seed=5)
    for text in texts:
        for _ in range(20):
            cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(1, 8))))
            spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
            scored = [(rng.random(), a, b) for a, b in spans]
            rng.shuffle(scored)
            assert summarize._breakdown_parts(text, scored) == _breakdown_parts_def(text, scored)
    # the fixed text cut at its sentences: the category's parts are found
    ends = [i + 1 for i, ch in enumerate(fixed) if ch in "。;"]
    spans = list(zip([0] + ends[:-1], ends))
    assert summarize._breakdown_parts(fixed, [(1.0, a, b) for a, b in spans]) == \
        _breakdown_parts_def(fixed, [(1.0, a, b) for a, b in spans]) != set()


def _turns_def(text: str, spans: list[tuple[int, int]]) -> dict[int, bool]:
    """summarize._turns as it was: each asking turn tested on the text up to its line's end."""
    found: dict[int, str] = {}
    asks: dict[str, int] = {}
    for a, _b in spans:
        if a == 0 or text[a - 1] == "\n":
            m = summarize._TURN.match(text, a)
            if m is not None:
                found[a] = who = m.group(1).strip()
                end = text.find("\n", a)
                if text[:end if end >= 0 else len(text)].rstrip()[-1:] in "?？":
                    asks[who] = asks.get(who, 0) + 1
    askers = summarize._ASKERS
    if sum(1 for v in found.values() if v in askers) < summarize.TURNS:
        counts: dict[str, int] = {}
        for v in found.values():
            counts[v] = counts.get(v, 0) + 1
        two = [v for v, n in counts.items() if n >= summarize.TURNS]
        if len(two) != 2:
            return summarize._asked_answered(text, spans, found)
        q = max(two, key=lambda v: asks.get(v, 0) / counts[v])
        if asks.get(q, 0) * 2 < counts[q]:
            return summarize._asked_answered(text, spans, found)
        askers = frozenset((q,))
    out: dict[int, bool] = {}
    role = None
    for a, _b in spans:
        if a == 0 or text[a - 1] == "\n":
            role = None if a not in found or found[a] in summarize._ANSWERERS else found[a] in askers
        if role is not None:
            out[a] = role
    return out


def test_turns_reads_each_line_alone():
    rng = random.Random(3)
    labels = ["36氪:", "Damien:", "澎湃新闻:", "问:", "答:", " 记者：", "张三:", ""]
    bodies = ["名字怎么来的?", "因为爱吃话梅。", "门店有10家。 ", "为何开店？  ", "", "好。为什么?"]
    for _ in range(400):
        lines = [rng.choice(labels) + rng.choice(bodies) for _ in range(rng.randint(1, 12))]
        text = "\n".join(lines) + rng.choice(["", "\n", " \n"])
        spans, a = [], 0
        for line in text.split("\n"):
            if line:
                spans.append((a, a + len(line)))
            a += len(line) + 1
        assert summarize._turns(text, spans) == _turns_def(text, spans), text


def test_a_summary_kept_for_the_document_is_the_one_made_afresh():
    """article_summary keeps each article's summary per limit in the document's ``scores``:
    asked again (the document summary of a one-article page), it gives what a call without
    the dict makes."""
    from pathlib import Path

    from analysis import articles, segment
    from analysis.layout import clean

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    for path in seeds:
        c = clean(path.read_text("utf-8"))
        sents = segment.sentences(c.text)
        segs = articles.split(c, sents)
        scores: dict = {}
        for seg in segs:
            fresh = summarize.article_summary(c, seg, sents, [])
            assert summarize.article_summary(c, seg, sents, [], scores=scores) == fresh
            assert summarize.article_summary(c, seg, sents, [], scores=scores) == fresh
            assert summarize.article_summary(c, seg, sents, [], limit=60, scores=scores) == \
                summarize.article_summary(c, seg, sents, [], limit=60)
        doc = summarize.document_summary(c, segs, [], sents, [], scores=scores)
        assert doc == summarize.document_summary(c, segs, [], sents, [])
