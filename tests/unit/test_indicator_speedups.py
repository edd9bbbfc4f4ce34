"""The indicator stage's faster forms (speed only) must answer as the plain definitions,
written out here: the clause before a figure (``names._clause``: one backtracking match for
the last delimiter, not a loop over every delimiter), the synonyms in a name
(``names._synonyms_in``: one automaton pass or one lookahead scan, not a match attempt per
character) and the names
``names._complete`` can complete (a table of the synonyms' suffixes), the place automaton's
matches over the units joined (``DocPlaces._joined_raw``: most taken from the whole text's), the
search behind a rejected place match (``places.find``: up to the longest surface's reach, not to
the next match), the units of layout.clean's text made without a search for full-width forms
(``context.units(narrow=True)``: that text has none), and the patterns written
to open with a character (so that ``re`` skips in C to where one stands) as their plain forms.
Checked on every clause of the seeds and on random texts made of the characters that matter.
The figure's record built without pydantic's validation (``engine._record``) is checked as the
validated model on every record of the seeds and of the open corpus texts and pages."""
from __future__ import annotations

import random
import re
from itertools import accumulate
from pathlib import Path

from analysis import layout, segment
from analysis.indicators import context, data, engine, names, patterns, places
from analysis.indicators.numbers import CHINESE_NUMERAL_CHARS
from bench import bench_subjects

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def clause_reference(t: str, pos: int, floor: int) -> tuple[str, int]:
    start = floor
    for m in names._DELIM.finditer(t, floor, pos):
        start = m.end()
    return t[start:pos], start


def synonyms_reference(name: str) -> list[tuple[str, str]]:
    found = set()
    for i in range(len(name)):
        m = names._SYN_RE.match(name, i)
        if m:
            found.add(m.group())
    return sorted(((f, names._SYN_KEY[f]) for f in found),
                  key=lambda p: (-len(p[0]), name.find(p[0]), p[0]))


def complete_reference(name: str, t: str, start: int) -> str | None:
    raw, _ = clause_reference(t, start - 1, 0)
    subject = names.clean(raw)
    for k in range(min(len(subject), 10), 0, -1):
        if subject[:k] + name in names._SYN_KEY:
            return subject[:k] + name
    return None


def _texts() -> list[str]:
    out = [layout.clean(p.read_text("utf-8")).text for p in SEEDS]
    rng = random.Random(13)
    # the characters that matter: delimiters, blanks, and the synonyms' own characters
    alphabet = list(",;:。!?、…\n \u3000") + sorted({c for n, _ in data.SYNONYMS for c in n})
    words = [n for n, _ in data.SYNONYMS]
    for _ in range(300):
        parts = [rng.choice(words) if rng.random() < 0.3 else rng.choice(alphabet)
                 for _ in range(rng.randint(0, 40))]
        out.append("".join(parts))
    return out


TEXTS = _texts()


def test_clause_as_the_loop():
    rng = random.Random(7)
    n = 0
    for t in TEXTS:
        for _ in range(min(200, len(t) + 1)):
            pos = rng.randint(0, len(t))
            floor = rng.randint(0, len(t))       # a floor past pos too (an empty clause)
            assert names._clause(t, pos, floor) == clause_reference(t, pos, floor), (t, pos, floor)
            n += 1
    assert n > 10_000


def test_synonyms_as_the_loop():
    rng = random.Random(11)
    for t in TEXTS:
        for _ in range(50):
            a = rng.randint(0, len(t))
            name = t[a:a + rng.randint(0, 16)]
            assert list(names._synonyms_in(name)) == synonyms_reference(name), name
            # the automaton's answer (when it is there) as the lookahead scan's (without it)
            assert names._SYN_AC is None or names._longest_each(name) == {
                m.group(1) for m in names._SYN_AT.finditer(name)}, name


def test_complete_as_the_loop():
    rng = random.Random(5)
    tails = sorted({n[i:] for n, _ in data.SYNONYMS for i in range(1, len(n))})
    # names that complete (every synonym's suffixes, sampled) and names that cannot
    picked = rng.sample(tails, min(60, len(tails))) + ["增加值", "新登记", "产量", "收入",
                                                        "利润", "总额", "不存在的词", "亿元"]
    # pieces of the seeds (a clause reaches back to the piece's start: short pieces keep the
    # written-out loop fast) and random texts
    seeds = [t[a:a + 300] for t in TEXTS[:len(SEEDS)] for a in range(0, len(t), 3000)]
    hits = 0
    for name in picked:
        for t in rng.sample(seeds, min(20, len(seeds))) + rng.sample(TEXTS[len(SEEDS):], 20):
            for start in rng.sample(range(1, len(t)), min(15, max(0, len(t) - 1))):
                got = names._complete(name, t, start)
                assert got == complete_reference(name, t, start), (name, t[:start])
                hits += got is not None
    assert hits      # some names were completed (the test reaches the table's other side)


# the plain forms of the patterns rewritten to open with a character (only their truth is read,
# except WHOLE's match, whose span and words are read too)
PLAIN = {
    "MAY_HOLD_FIGURE": (patterns.MAY_HOLD_FIGURE, re.compile(
        rf"(?:\d|百分之|{patterns.CHINESE}(?:{patterns.APPROX_MID})?"
        rf"(?:{patterns.SCALE}|{patterns.BASE})|[破上过超逾近][万亿]|一半)")),
    "_PERIOD_HINT": (context._PERIOD_HINT, re.compile("[年月季截来期]|本次|普查|目前|当前|如今|现在|眼下|五[”’]末")),
    "_ORG_HINT": (context._ORG_HINT,
                  re.compile(context._ORG_TAIL + r"|部|委|厅|局|署|本级|[省市州县区旗盟]直"
                             r"|[市州县区旗盟]级(?=\(|\d|一般|政府性|国有资本|社会保险|地方)"
                             r"|" + data.MARKET_INDEX)),
}
WHOLE_PLAIN = re.compile(r"(?<![占超比较于])(?:全|我|本)(?:省|市|县|区|州|盟|旗)"
                         r"(?!第|排|级|委|政府|人大|政协)")


def _sentences_and_pieces() -> list[str]:
    out = []
    for t in TEXTS[:len(SEEDS)]:
        out += [t[a:b] for a, b in segment.sentences(t)]
    rng = random.Random(17)
    alphabet = list("全我本省市县区州盟旗占超比较于第排级委政府人大政协年月季截来期本次普查"
                    "集团公司部厅局署直破上过超余多元吨人%个分之.,;。 0123456789")
    alphabet += ["全省", "全市", "我县", "本区", "高于", "于全"] * 3     # WHOLE, often
    alphabet += list(CHINESE_NUMERAL_CHARS) + list("零〇")
    for _ in range(20_000):
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))))
    return out


def test_patterns_opening_with_a_character_as_their_plain_forms():
    texts = _sentences_and_pieces()
    for name, (fast, plain) in PLAIN.items():
        hits = 0
        for t in texts:
            assert bool(fast.search(t)) == bool(plain.search(t)), (name, t)
            hits += bool(plain.search(t))
        assert 0 < hits < len(texts), name     # both answers are reached
    rng = random.Random(3)
    found = 0
    for t in texts:
        for a in range(len(t) + 1):          # from every position (the character before it
            b = rng.randint(a, len(t))       # is read), to the end and to a random one
            for end in (len(t), b):
                x, y = context.WHOLE.search(t, a, end), WHOLE_PLAIN.search(t, a, end)
                assert (x and (x.span(), x.group())) == (y and (y.span(), y.group())), (t, a, end)
                found += x is not None
    assert found


def _joined_raw_as_search(t: str, sents: list[tuple[int, int]]) -> int:
    units = context.units(t, sents, [(0, len(t))])
    parts = [u.text for u in units]
    starts = [0, *accumulate(len(x) + 1 for x in parts)][:len(parts)]
    got = context.DocPlaces(t, [(0, len(t))], [""])._joined_raw(units, starts)
    assert got == places._raw("\n".join(parts)), t
    return len(got)


def test_joined_raw_as_the_search_of_the_joined_units():
    found = 0
    for t in TEXTS[:len(SEEDS)]:
        sents = segment.sentences(t)
        found += _joined_raw_as_search(t, sents)
        found += _joined_raw_as_search(t, sents[1::2])     # units with gaps between them
    rng = random.Random(23)
    surfaces = sorted(places.SURFACES)
    # place names whole and cut, line breaks inside sentences (units joined across them),
    # full-width forms (a unit that is not the text's slice), sentence ends
    filler = list("。;,、的和在于市县区省\n\n ５Ａ") + ["经济", "市场", "区域", "中国"]
    for _ in range(3000):
        t = "".join(rng.choice(surfaces) if rng.random() < 0.4
                    else rng.choice(surfaces)[:rng.randint(1, 3)] if rng.random() < 0.3
                    else rng.choice(filler) for _ in range(rng.randint(3, 60)))
        sents = [sp for sp in segment.sentences(t) if rng.random() < 0.85]
        found += _joined_raw_as_search(t, sents)
        # spans cut anywhere (a name across two of them: the whole text's match is not theirs)
        cuts = sorted({0, len(t), *(rng.randint(0, len(t)) for _ in range(rng.randint(0, 6)))})
        found += _joined_raw_as_search(t, [sp for sp in zip(cuts, cuts[1:]) if sp[0] < sp[1]])
    assert found > 10_000


def test_find_searches_behind_a_rejected_match_as_far_as_the_next(monkeypatch):
    rng = random.Random(29)
    surfaces = sorted(places.SURFACES)
    # characters that close or open an everyday word with a place's edge (形成县, 市场): the
    # matches find rejects, and what they hid
    edges = sorted(set("".join(places.EDGE_BEFORE.values()) + "".join(places.EDGE_AFTER.values())))
    texts = list(TEXTS[:len(SEEDS)])
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 80)):
            w = rng.choice(surfaces)
            parts.append(w if rng.random() < 0.4 else w[rng.randint(0, len(w) - 1):][:3]
                         if rng.random() < 0.5 else rng.choice(edges))
        texts.append("".join(parts))
    fast = [places.find(t) for t in texts]
    monkeypatch.setattr(places, "_LONGEST", 10 ** 9)     # the plain form: up to the next match
    assert fast == [places.find(t) for t in texts]


def test_clean_text_holds_no_full_width_form_so_units_need_not_look():
    rng = random.Random(31)
    wide = [chr(c) for c in range(0xFF01, 0xFF5F)] + ["\u3000"]
    for _ in range(2000):
        parts = [rng.choice(wide) if rng.random() < 0.3 else rng.choice("增长平鲁区,。\n 5.7%")
                 for _k in range(rng.randint(0, 60))]
        raw = "".join(parts)
        assert context._FULLWIDTH.search(layout.clean(raw).text) is None, raw
    for p in SEEDS:
        c = layout.clean(p.read_text("utf-8"))
        sents = segment.sentences(c.text)
        aspans = [(0, len(c.text))]
        assert context.units(c.text, sents, aspans, narrow=True) == \
            context.units(c.text, sents, aspans)


# the period patterns dispatched by their first two characters (context._dispatch) as their
# plain alternation, tried in periods.yaml's order at every position
PERIOD_PLAIN = re.compile("|".join(f"(?:{p})" for p in data.PERIOD_PATTERNS))


def _period_texts() -> list[str]:
    out = []
    for t in TEXTS[:len(SEEDS)]:
        out += [t[a:b] for a, b in segment.sentences(t)]
    rng = random.Random(19)
    # the characters the patterns are made of (digits, numerals, 年月季…, delimiters), and
    # pieces of the patterns' own words, so that matches and near misses are frequent
    alphabet = sorted({c for p in data.PERIOD_PATTERNS for c in p if not c.isascii()}
                      | set("0123456789 -~.,;:%亿万元个")) + ["\n"]
    words = ["2022年", "1—11月", "今年", "上半年", "截至", "一季度", "“十四五”", "年末", "164.4亿元",
             "12月", "3、4月份", "10月1日至4日", "第七次人口普查", "2021年度", "近五年来"]
    for _ in range(3_000):
        out.append("".join(rng.choice(words) if rng.random() < 0.35 else rng.choice(alphabet)
                           for _ in range(rng.randint(0, 16))))
    return out


def test_period_dispatch_as_the_plain_alternation():
    rng = random.Random(5)
    found = 0
    for t in _period_texts():
        fast = [(m.span(), m.group()) for m in context.PERIOD.finditer(t)]
        assert fast == [(m.span(), m.group()) for m in PERIOD_PLAIN.finditer(t)], t
        found += len(fast)
        for a in range(len(t) + 1):
            b = rng.randint(a, len(t))       # an end inside the text: the second character cut off
            for end in (len(t), b):
                for op in ("match", "search", "fullmatch"):
                    x = getattr(context.PERIOD, op)(t, a, end)
                    y = getattr(PERIOD_PLAIN, op)(t, a, end)
                    assert (x and (x.span(), x.group())) == (y and (y.span(), y.group())), \
                        (op, t, a, end)
    assert found > 1000


def test_two_characters_deep_is_never_too_little():
    # every match of a pattern opens with a pair (or a single character) _two gives
    cases = [r"\d{1,2}月", r"(?:今年|去年)?\d{1,2}月", r"(?<!前)a?b*c", r"x(?=y)z|w{2}",
             r"(?:ab|c)+d", r"[^a]b", r"e.f", r"(?:g|)h", r"i{0,3}j?k",
             r"(a)?(?(1)b|c)d", r"(x)?y(?(1)z)w"]      # conditionals (patterns.CHANGE)
    alphabet = "0123456789今去年月前abcdefghijkwxyz "
    rng = random.Random(7)
    for p in cases:
        rx = re.compile(p)
        e, _first, alone, pairs = context._two(context._sre_parse.parse(p))
        for _ in range(3_000):
            t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
            m = rx.match(t)
            if m is None:
                continue
            g = m.group()
            if len(g) == 0:
                assert e, (p, t)
            elif len(g) == 1:
                assert context._covers(alone, g), (p, t)
            else:
                assert any(context._covers(frozenset([x]), g[0])
                           and context._covers(frozenset([y]), g[1]) for x, y in pairs), (p, t)


# a fixed subset of the texts open for tuning (c01-c81, a01-a79: enough for the counts below and
# quick); every one is in evaluation.corpus.TUNED or evaluation.corpus_articles.TUNED_PAGES, so
# no blind text is read here (test_the_subset_is_open)
_OPEN = {"corpus": 81, "corpus_articles": 79}


def test_the_subset_is_open():
    from evaluation.corpus import TUNED, text_id
    from evaluation.corpus_articles import TUNED_PAGES
    names = [p.stem for p in _open_corpus()]
    assert names and all(text_id(n) in TUNED or n.split("_")[0] in TUNED_PAGES for n in names)


def _open_corpus() -> list[Path]:
    out = []
    for folder, last in _OPEN.items():
        for p in sorted((ROOT / "evaluation" / folder / "texts").glob("*.txt")):
            m = re.match(r"[ca](\d+)_", p.name)
            if m and int(m.group(1)) <= last:
                out.append(p)
    return out


def _same_model(a, b) -> None:
    """The same model in every part pydantic keeps: type, values with their types (1 is not
    1.0), fields set, extra and private parts, nested models alike, and the same JSON."""
    assert type(a) is type(b)
    assert a.model_fields_set == b.model_fields_set
    assert a.__pydantic_extra__ == b.__pydantic_extra__
    assert a.__pydantic_private__ == b.__pydantic_private__
    assert list(a.__dict__) == list(b.__dict__)
    for k, v in a.__dict__.items():
        w = b.__dict__[k]
        if hasattr(v, "model_fields_set"):
            _same_model(v, w)
        else:
            assert type(v) is type(w) and v == w and repr(v) == repr(w), (k, v, w)
    assert a.model_dump_json() == b.model_dump_json()


def test_record_as_the_validated_model(monkeypatch):
    from analysis.indicators import engine
    from analysis.pipeline import analyze
    record, seen = engine._record, []

    def checked(fields):
        given = dict(fields)
        fast = record(fields)
        _same_model(fast, engine._validate_indicator(given))
        seen.append(fast)
        return fast

    monkeypatch.setattr(engine, "_record", checked)
    docs = SEEDS + _open_corpus()
    assert len(docs) >= 5 + 150
    for p in docs:
        analyze(p.read_bytes(), p.name)
    assert len(seen) > 5_000
    assert sum(i.change is not None for i in seen) > 500
    assert sum(i.normalized is not None for i in seen) > 3_000
    assert sum(i.period_norm is not None for i in seen) > 3_000


def test_record_converts_as_validation():
    """What the pipeline does not give today, built as validation builds it: an int in a
    float field becomes a float; nested dicts become their models."""
    from analysis.indicators import engine
    base = {"name": "GDP", "canonical": "gdp", "value": 5, "unit": "亿元", "approx": False,
            "normalized": {"value": 500000000.0, "unit": "元"},
            "change": {"direction": "up", "value": 3, "unit": "%", "basis": None,
                       "text": "增长3%", "span": (10, 14)},
            "rank": None, "completion": 98, "period": "2024年", "region": None,
            "subject": None, "period_norm": None, "span": (0, 6), "text": "GDP5亿元",
            "article": None, "sentence": "GDP5亿元,增长3%", "sentence_span": (0, 14)}
    for change in (base["change"], None):
        for value, completion in ((5, 98), (5.0, None), (None, 0.5)):
            f = dict(base, value=value, completion=completion, change=change)
            _same_model(engine._record(dict(f)), engine._validate_indicator(dict(f)))


def test_char_first_answers_as_the_written_alternation():
    """``context.char_first`` (a yes/no search rewritten to open each alternative with a
    character) finds a match where the pattern as written does, and only there."""
    written = context._ORG_HINT_WRITTEN
    fast = re.compile(context.char_first(written.pattern))
    assert fast.pattern != written.pattern
    rng = random.Random(29)
    alphabet = list("班列(指数控股海关港口香出全国有集体市级县直一般中欧A9,。 谷城湾廊”完成") + [
        "国有", "集体", "全国", "班列(", "港”完成", "城”聚集"]
    texts = _sentences_and_pieces() + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
                                       for _ in range(20_000)]
    hits = 0
    for t in texts:
        assert bool(fast.search(t)) == bool(written.search(t)), t
        hits += bool(written.search(t))
    assert 0 < hits < len(texts)
    for p, t, want in [(r"[a-z]{0,3}?xy\(", "xy(", True), (r"[a-z]{1,3}?xy", "xy", False),
                       (r"[a-z]{1,3}?xy", "axy", True), (r"(?<!ab)cd", "abcd", False),
                       (r"(?<!ab)cd", "bcd", True), (r"(?<![ab])c(?!d)", "ac", False),
                       # an opening class, an opening group: one alternative per character
                       (r"[ab]”c|x", "b”c", True), (r"[ab]”c|x", "”c", False),
                       (r"[.(]x", ".x", True), (r"[.(]x", "ax", False), (r"(?:xy)\(", "xy(", True),
                       (r"(?:xy)\(", "x(", False), (r"[ab]+c", "aac", True), (r"(?:xy)?c", "c", True)]:
        assert bool(re.search(context.char_first(p), t)) == want == bool(re.search(p, t)), p


def test_org_hint_alternatives_open_with_a_character():
    """Every top-level alternative of the searched ``_ORG_HINT`` opens with a character (not a
    class, a group or a lookaround): only then has ``re`` a set of first characters for the
    whole search to skip to (one opening otherwise makes every position try every alternative,
    ≈ 5× slower: docs/performance.md, twenty-first round)."""
    alts = context._top_alternatives(context._ORG_HINT.pattern)
    assert len(alts) > 50
    for alt in alts:
        assert alt[:1] not in ("[", "(", "\\", ".", ""), alt


def _towns_after_counties(text: str) -> bool:
    """What ``engine._town_regions`` reads before its early return: a ``_TOWN`` right after a
    county ``find_places`` found."""
    for _s, e, w in places.find(text):
        if engine._TOWN.match(text, e) and any(places.PLACES[c].level == "county"
                                               for c in places.SURFACES.get(w, ())):
            return True
    return False


def test_town_paragraphs_are_never_none_where_a_town_follows_its_county():
    corpus = [p for d, last in (("corpus", 162), ("corpus_articles", 147))     # the open ones
              for p in sorted((ROOT / "evaluation" / d / "texts").glob("*.txt"))
              if int(p.name[1:].split("_")[0]) <= last]
    texts = [layout.clean(p.read_text("utf-8")).original for p in SEEDS + corpus]
    texts += ["在浙江温州永嘉县桥头镇", "江门蓬江区杜阮镇的企业", "统筹城乡发展,乡村振兴", "永嘉县"]
    towns = 0
    for t in texts:
        if _towns_after_counties(t):
            assert engine._town_paragraphs(t), t[:80]
            towns += 1
    assert towns >= 3
    assert not engine._town_paragraphs("统筹城乡发展,乡村振兴")


def _open_originals() -> list[str]:
    from evaluation.corpus import TUNED, text_id
    corpus = [p for p in sorted((ROOT / "evaluation" / "corpus" / "texts").glob("c*.txt"))
              if text_id(p.stem) in TUNED]       # (never a blind text)
    corpus += [p for p in sorted((ROOT / "evaluation" / "corpus_articles" / "texts").glob("*.txt"))
               if int(p.name[1:].split("_")[0]) <= 147]
    return [layout.clean(p.read_text("utf-8")).original for p in SEEDS + corpus]


def test_places_of_a_paragraph_are_the_whole_texts():
    """``places.find_in_paragraph`` gives ``find``'s mentions of the whole text inside the
    paragraph, for every paragraph of the open texts and of random strings of place names,
    line breaks and the characters around them (docs/performance.md, twenty-fourth round)."""
    texts = _open_originals()
    assert len(texts) > 300
    rng = random.Random(24)
    surfaces = sorted(w for w in places.SURFACES if len(w) <= 4)
    alphabet = sorted({c for w in surfaces[::40] for c in w} | set("\n,。市县区镇乡场城政府路的对出口中国") )
    for _ in range(400):
        texts.append("".join(rng.choice(surfaces) if rng.random() < 0.4 else rng.choice(alphabet)
                             for _ in range(rng.randint(0, 40))))
    mentions = 0
    for t in texts:
        whole = places.find(t)
        a = 0
        while a <= len(t):
            b = t.find("\n", a)
            b = len(t) if b < 0 else b
            got = places.find_in_paragraph(t, a, b)
            assert got == [m for m in whole if a <= m[0] < b], (t[a:b][:80], a, b)
            mentions += len(got)
            a = b + 1
    assert mentions > 10_000


def test_towns_found_by_paragraph_as_in_the_whole_text():
    """``engine._town_regions`` looks for towns in the paragraphs ``_town_paragraphs`` gives
    before it finds the whole text's places: a text holds a town (``_towns`` of the whole
    text's places) exactly where one of those paragraphs does."""
    texts = _open_originals()
    texts += ["在浙江温州永嘉县桥头镇", "江门蓬江区杜阮镇的企业", "统筹城乡发展,乡村振兴", "永嘉县",
              "会议。\n在浙江温州永嘉县桥头镇,\n桥头镇的纽扣"]
    held = 0
    for t in texts:
        whole = engine._towns(t, places.find(t))
        parts: dict[str, set[str]] = {}
        for a, b in engine._town_paragraphs(t):
            for k, v in engine._towns(t, places.find_in_paragraph(t, a, b)).items():
                parts.setdefault(k, set()).update(v)
        assert parts == whole, t[:80]
        held += bool(whole)
    assert held >= 5


def test_county_surfaces_have_two_characters_or_more():
    """``engine._town_paragraphs`` tests a surface's last two characters first."""
    counties, longest = engine._county_surfaces()
    assert counties and min(map(len, counties)) >= 2 and longest >= 2
    assert engine._county_ends() == {w[-2:] for w in counties}


# names._subject_only as it was (a place, then a period tried at every character): the one copy
# lives in the bench that times it against the new form
subject_only_reference = bench_subjects._old


def test_subject_only_as_the_match_at_every_character():
    rng = random.Random(17)
    surfaces = sorted(places.SURFACES)
    periods = ["上半年", "2021年", "一季度", "1—6月份", "今年以来", "全年", "前三季度", "2023年1-9月",
               "截至2022年10月底", "本年", "年", "月", "季度"]
    words = ["两个", "这两个", "4个", "城市", "省份", "计划单列市", "中部", "和", "、", "的", "其中",
             "都", "均", "超过了", "为", "增速", "(", "突破", "达到", "而", "下滑至", "市", "区"]
    pieces = [t[a:a + rng.randint(0, 30)] for t in TEXTS[:5]
              for a in rng.sample(range(len(t)), min(2000, len(t)))]
    for _ in range(20_000):
        pieces.append("".join(rng.choice((rng.choice(surfaces), rng.choice(periods),
                                           rng.choice(words), rng.choice("0123456789一二三年月季"),
                                           chr(rng.randint(0x4E00, 0x9FA5))))
                              for _ in range(rng.randint(0, 8))))
    true = 0
    for raw in pieces:
        want = subject_only_reference(raw)
        assert names._subject_only.__wrapped__(raw) == want, raw
        assert names._subject_only(raw) == want, raw      # (cached)
        true += want
    assert true > 500, true     # the strings reach both answers
