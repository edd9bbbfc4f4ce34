"""Every place in China (``analysis/data/places.tsv``, built by ``scripts/build_places.py``),
found in text by one compiled pattern and resolved against the document's other places.

A *surface* is a full name (大庆市) or a short form (大庆, 楚雄州). A surface may name several
places (朝阳: 北京市朝阳区, 长春市朝阳区, 朝阳市, 朝阳县); ``Resolver`` picks the one whose
ancestors the document (first the article, then the whole text) mentions, else the one of the
highest level.

Loaded once at import (the worker imports the pipeline before it forks).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis import lexicon

from .patterns import _alt_by_first

LEVELS = {"nation": 0, "province": 1, "prefecture": 2, "county": 3, "group": 4}
NATION = "000000"


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    short: str
    level: str
    parent: str | None

    @property
    def chain(self) -> tuple[Place, ...]:
        """This place and its ancestors, nearest first."""
        return _chain(self.code)


# the surfaces of a province's parts (place_parts.tsv: 皖北, 苏南), filled by ``_load``
PARTS: set[str] = set()


def _load() -> tuple[dict[str, Place], dict[str, tuple[str, ...]]]:
    places: dict[str, Place] = {NATION: Place(NATION, "全国", "", "nation", None)}
    surfaces: dict[str, list[str]] = {"全国": [NATION], "我国": [NATION], "中国": [NATION]}
    with open(lexicon.path("places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("adcode\t"):
                continue
            code, name, short, aliases, level, parent, match = line.rstrip("\n").split("\t")
            places[code] = Place(code, name, short, level, parent or NATION)
            if not match:
                surfaces.setdefault(name, []).append(code)
            for a in aliases.split(","):
                if a:
                    surfaces.setdefault(a, []).append(code)
    # regions made of several places (京津冀及周边地区, 长三角): level "group", under the nation
    with open(lexicon.path("place_groups.tsv"), encoding="utf-8") as f:
        for k, line in enumerate(f):
            if line.startswith("#") or not line.strip():
                continue
            name, _, aliases = line.rstrip("\n").partition("\t")
            code = f"G{k:03d}"
            places[code] = Place(code, name, "", "group", NATION)
            for a in [name, *aliases.split(",")]:
                if a:
                    surfaces.setdefault(a, []).append(code)
    # a province's parts named by a direction (皖北, 苏南): that province
    code_of = {pl.name: c for c, pl in places.items() if pl.level == "province"}
    with open(lexicon.path("place_parts.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            part, _, province = line.rstrip("\n").partition("\t")
            surfaces.setdefault(part, []).append(code_of[province])
            PARTS.add(part)
    # names standing for the nation's whole: its stock markets and their indices (上证指数)
    with open(lexicon.path("nation_names.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                surfaces.setdefault(line.strip(), []).append(NATION)
    return places, {k: tuple(dict.fromkeys(v)) for k, v in surfaces.items()}


PLACES, SURFACES = _load()
BY_NAME: dict[str, tuple[str, ...]] = {}
for _p in PLACES.values():
    BY_NAME[_p.name] = BY_NAME.get(_p.name, ()) + (_p.code,)


@cache
def _chain(code: str) -> tuple[Place, ...]:
    out = []
    c: str | None = code
    while c and c in PLACES and c != NATION:
        out.append(PLACES[c])
        c = PLACES[c].parent
    return tuple(out)


# surfaces by their first two characters: the lengths to try, longest first
_P2: dict[str, tuple[int, ...]] = {}
for _w in SURFACES:
    _P2[_w[:2]] = tuple(sorted(set(_P2.get(_w[:2], ())) | {len(_w)}, reverse=True))

_SURF_LIST = list(SURFACES)
_LONGEST = max(map(len, SURFACES))
_AUTOMATON: Any = None
try:   # a Rust Aho-Corasick automaton: ~0.07 ms per 6,000 characters
    import ahocorasick_rs as _ac
    # built as a DFA: the same matches (only how it searches differs), ~40% faster a search
    # than the NFA the library picks for ~6,000 surfaces (~10 ms more to build, ~12 MB more)
    _AUTOMATON = _ac.AhoCorasick(_SURF_LIST, matchkind=_ac.MatchKind.LeftmostLongest,
                                 implementation=_ac.Implementation.DFA)
except ImportError:      # pragma: no cover - the same matches, ~10x slower, in Python
    pass


def longest_at(text: str, i: int) -> str | None:
    """The longest surface starting at ``text[i]``."""
    lens = _P2.get(text[i:i + 2])
    if lens:
        for n in lens:
            w = text[i:i + n]
            if w in SURFACES:
                return w
    return None


def _raw(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """Leftmost-longest, non-overlapping surfaces in ``text[lo:hi]``."""
    hi = len(text) if hi is None else hi
    if _AUTOMATON is not None:
        piece = text[lo:hi] if (lo or hi != len(text)) else text
        return [(lo + s, lo + e, _SURF_LIST[k])
                for k, s, e in _AUTOMATON.find_matches_as_indexes(piece)]
    out = []
    i = lo
    while i < hi - 1:
        w = longest_at(text, i)
        if w and i + len(w) <= hi:
            out.append((i, i + len(w), w))
            i += len(w)
        else:
            i += 1
    return out


class _Match:
    __slots__ = ("_s", "_e", "_w")

    def __init__(self, s: int, e: int, w: str):
        self._s, self._e, self._w = s, e, w

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._w


class _Surfaces:
    """``re``-like ``match``/``finditer`` over the place surfaces (names.py strips a place
    opening a metric name with ``REGION.match``)."""

    def match(self, text: str, pos: int = 0) -> _Match | None:
        lens = _P2.get(text[pos:pos + 2])
        if not lens:               # (most positions: no surface opens with these two)
            return None
        w = longest_at(text, pos)
        if w == "中国" and not _CHINA_NATION.match(text, pos + 2):
            return None            # 中国香港, 中国式: a name, not the nation
        return _Match(pos, pos + len(w), w) if w else None

    def finditer(self, text: str):
        return (_Match(s, e, w) for s, e, w in find(text))


PATTERN = _Surfaces()

def _load_edges() -> tuple[dict[str, str], dict[str, str]]:
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    with open(lexicon.path("place_edges.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c, b, a = line.rstrip("\n").split("\t")
            before[c], after[c] = b, a
    return before, after


# EDGE_BEFORE[c]: characters X such that X+c is an everyday word (形成, 沿海, 重大);
# EDGE_AFTER[c]: characters Y such that c+Y is one (市场, 县城, 区域, 理论)
EDGE_BEFORE, EDGE_AFTER = _load_edges()
# a short form that names a street, a school or a company, not the place
_SHORT_NOT_BEFORE = re.compile(r"路|街|大道|大街|大学|巷"
                               # a river's name (钱塘江源头, 嘉陵江沿岸, 金沙江流域): not the county
                               r"|[江河](?:源头|畔|两岸|沿岸|流域|[上中下]游|干流|支流|水系)")
# 中国 is the nation only before what a figure of the nation is (中国经济, 中国GDP超过万亿元的
# 城市), not in a name (中国式现代化, 中国能建, 中国质量奖): subjects.yaml ``china_nation_before``
_CHINA_NATION = re.compile(lexicon.yaml_file("subjects.yaml")["china_nation_before"].replace(" ", ""))
# 平鲁区政府工作报告: the place's organ after its full name (subjects.yaml ``organ_after``)
_ORGAN_AFTER = re.compile(lexicon.yaml_file("subjects.yaml")["organ_after"])


@cache
def _kind(w: str) -> tuple[bool, bool, bool]:
    """(a full name, checked on its left, a county's short form only) for a surface."""
    codes = SURFACES[w]
    full = w in BY_NAME
    levels = {PLACES[c].level for c in codes}
    top = levels <= {"province", "nation"} or (full and "prefecture" in levels)
    return full, not top, _weak(w)


# a national event named with the city it is held in (中国(北京)国际工程机械展览会, 中国(上海)国际进口
# 博览会): what follows the venue's bracket (not 中国(上海)自由贸易试验区: a zone of that city); 国际
# alone too (an opening cut short: 中国(北京)国际工程…)
_VENUE_EVENT = re.compile(r"\)(?:国际|[\u4e00-\u9fff]{0,14}?(?:博览会|展览会|交易会|洽谈会|展销会|论坛|峰会|大会|年会))")


def find(text: str, raw: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, str]]:
    """Place mentions: (start, end, surface). ``raw``: ``_raw(text)``, when the caller has it
    (the list is changed).

    A match is not a place where it is part of an everyday word: its first character closes
    a word (形成县, 沿海城市, 重大理论; not for provinces and prefectures' full names), or its
    last character opens one (朔州市场 → 朔州, 河北区域 → 河北, 县城, 市委). A county's
    short form gives way to a place name it overlaps (无愧于洪洞: 洪洞, not 于洪).

    >>> find("大庆市大同区,合作市场,河北区域,北京路,阳泉市城区,斗门、潘集")
    [(0, 3, '大庆市'), (3, 6, '大同区'), (12, 14, '河北'), (21, 26, '阳泉市城区'), (27, 29, '斗门'), (30, 32, '潘集')]
    >>> find("基本形成县乡村三级网络,沿海城市,重大理论,无愧于洪洞")
    [(25, 27, '洪洞')]
    >>> find("河北安平县")
    [(0, 2, '河北'), (2, 5, '安平县')]
    >>> find("中国式现代化,中国经济增长5%")
    [(7, 9, '中国')]
    >>> find("浙江省开化县,钱塘江源头,嘉陵江沿岸")
    [(0, 3, '浙江省'), (3, 6, '开化县')]
    >>> find("中国(北京)国际工程机械展览会,中国(上海)自由贸易试验区")
    [(19, 21, '上海')]
    """
    raw = _raw(text) if raw is None else raw
    out: list[tuple[int, int, str]] = []
    k = 0
    n = len(text)
    while k < len(raw):
        s, e, w = raw[k]
        k += 1
        e0 = e
        full, left_checked, weak = _kind(w)
        ok = True
        if left_checked and s and text[s - 1] in EDGE_BEFORE.get(w[0], "") \
                and not (out and out[-1][1] == s):
            ok = False                 # 形成县, 沿海城市, 重大理论 (not right after a place:
            #                            河北安平县, although 北安 is a word)
        nxt = text[e:e + 1]
        if ok and nxt and nxt in EDGE_AFTER.get(w[-1], "") and w not in ("全国", "我国") \
                and not (full and _ORGAN_AFTER.match(text, e)):    # 平鲁区政府: 平鲁区
            if full or w[-1] in "市县区省":
                while w and nxt and nxt in EDGE_AFTER.get(w[-1], ""):
                    w = w[:-1]         # 朔州市场 → 朔州, 河北区域 → 河北, 合作市场 → 合作
                    e -= 1
                    nxt = text[e:e + 1]
                    if w in SURFACES:
                        break
                ok = w in SURFACES and e - s >= 2
            elif weak:
                ok = False
        if ok and not full and _SHORT_NOT_BEFORE.match(text, e):
            ok = False                 # 北京路, 中山大学
        if ok and w == "中国" and not _CHINA_NATION.match(text, e):
            continue                   # 中国式现代化, 中国能建: a name (no place starts with 国)
        if ok and s >= 3 and text[s - 1] == "(" and text[s - 3:s - 1] == "中国" \
                and _VENUE_EVENT.match(text, e):
            continue                   # 中国(北京)国际工程机械展览会: the city a national event is
            #                            held in, not a place of the figures around it
        if ok and weak:                # 于洪洞: 洪洞 (a place it overlaps), not 于洪
            for j in range(s + 1, e):
                o = longest_at(text, j)
                if o and j + len(o) > e:
                    ok = False
                    break
        if ok:
            out.append((s, e, w))
        elif e0 - s >= 2:              # what the rejected match hid
            # (only those starting inside it are kept: a match starting there ends within the
            # longest surface's length, so the search stops there, not at the next match)
            hi = min(raw[k][0] if k < len(raw) else n, e0 + _LONGEST)
            inner = [m for m in _raw(text, s + 1, hi) if m[0] < e0]
            raw[k:k] = inner
    return out


def find_in_paragraph(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``find(text)``'s mentions inside ``text[lo:hi]``, a paragraph (``lo`` at the text's start
    or right after a line break, ``hi`` at one or at the text's end), without scanning the rest.

    The same mentions: no surface holds a line break, so the automaton's leftmost-longest matches
    after a break are those of a scan started there, and none crosses one; ``find`` then reads
    the whole ``text`` around each match as before (the character before it, what follows it),
    and what a rejected match hid is searched in ``text`` too, from inside the match (its
    matches starting inside it end before the break). (tests/unit/test_indicator_speedups.py
    compares it with ``find`` on every paragraph of the open texts.)

    >>> t = "会议召开。\\n永嘉县桥头镇,朔州市场\\n河北"
    >>> find_in_paragraph(t, 6, 17) == [m for m in find(t) if 6 <= m[0] < 17]
    True
    """
    return find(text, _raw(text, lo, hi))


def level_rank(p: Place) -> int:
    return LEVELS.get(p.level, 9)


class Resolver:
    """Resolves surfaces to places with the evidence of one document.

    Evidence is what the document names without doubt: full names and short forms of
    provinces and prefectures that name one place. A county's short form (斗门, 潘集) is a
    place only when the document also names the county, its prefecture or its province
    (万安 in a Shanxi text is a coal mine, not 江西省万安县).

    >>> r = Resolver(["大庆市召开会议", "大同区实现地区生产总值"])
    >>> r.resolve("大同", 0).name, r.resolve("大同区", 1).code
    ('大同区', '230606')
    >>> Resolver(["山西省大同市"]).resolve("大同", 0).name
    '大同市'
    >>> Resolver(["会议"]).resolve("朝阳", 0).name        # no evidence: the highest level
    '朝阳市'
    >>> Resolver(["珠海市"]).resolve("斗门", 0).name, Resolver(["山西"]).resolve("万安", 0)
    ('斗门区', None)
    >>> Resolver(["天津市", "衡水市、秦皇岛市"]).resolve("河北", 1).name
    '河北省'
    >>> r = Resolver(["天津、河北、青海、海南"])
    >>> r.resolve("河北", 0).name, r.resolve("海南", 0).name
    ('河北省', '海南省')
    >>> Resolver(["天津市河北区、河东区"]).resolve("河北", 0).name
    '河北区'

    """

    def __init__(self, texts: list[str] | None = None,
                 surfaces: list[list[str]] | None = None):
        # support[k][code]: evidence in text k for places at or below ``code``
        self.support: list[dict[str, int]] = []
        total: dict[str, int] = {}
        if surfaces is None:
            surfaces = [[w for _, _, w in find(t)] for t in texts or []]
        for ws in surfaces:
            sup: dict[str, int] = {}
            for w in ws:
                codes = SURFACES[w]
                if len(codes) != 1 or _weak(w):
                    continue
                for p in _chain(codes[0]):
                    sup[p.code] = sup.get(p.code, 0) + 1
            self.support.append(sup)
            for k, v in sup.items():
                total[k] = total.get(k, 0) + v
        self.total = total
        self._cache: dict[tuple[str, int], Place | None] = {}

    def resolve(self, surface: str, k: int) -> Place | None:
        key = (surface, k)
        if key in self._cache:
            return self._cache[key]
        codes = SURFACES[surface]
        local = self.support[k] if 0 <= k < len(self.support) else {}
        if _weak(surface) and not any(self.total.get(a.code) for c in codes for a in _chain(c)):
            got = None
        elif len(codes) == 1:
            got = PLACES[codes[0]]
        else:
            # a province's short form (河北, 海南, 广西) is the province unless the document
            # names the other place itself: 河北 in a text that names 天津 is still 河北省
            # (天津市河北区 only when the text writes 河北区), 海南 beside 青海 is 海南省
            prov = next((c for c in codes if PLACES[c].level == "province"), None)
            if prov is not None and not any(self.total.get(c) for c in codes if c != prov):
                codes = (prov,)

            # a surface naming a province and a place in it (吉林: 吉林省, 吉林市): the place
            # draws no evidence from the province, the province none from the place (吉林 in
            # a text naming 吉林省, 长春 and 辽源 and once 吉林市 is 吉林省)
            under = {c: [d for d in codes if d != c and c in (a.code for a in _chain(d))]
                     for c in codes}

            def own(sup: dict[str, int], a: str) -> int:
                return sup.get(a, 0) - sum(sup.get(d, 0) for d in under.get(a, ()))

            def score(code: str):
                # evidence for the place, the places under it and above it: 河北 in a text
                # naming 衡水 is 河北省 (not 天津市河北区); 大同 in a 大庆 text is 大同区
                p = PLACES[code]
                chain = [a.code for a in _chain(code)]
                anc = chain[1:]
                # a county under a prefecture draws no evidence from its province alone
                # (西安 in a text naming 吉林 and 西安 is 西安市, not 辽源市西安区)
                ev = chain[:2] if len(chain) >= 3 else chain
                ev = [a for a in ev if a == code or a not in under]
                return (-sum(own(local, a) for a in ev),
                        -sum(own(self.total, a) for a in ev),
                        p.name != surface,               # the full name written
                        level_rank(p),
                        -sum(local.get(a, 0) for a in anc),
                        len(anc) > 1 and p.level == "county" and p.parent is not None
                        and PLACES[p.parent].level != "province",   # 北京市朝阳区 first
                        code)
            got = PLACES[min(codes, key=score)]
        self._cache[key] = got
        return got


@cache
def _weak(surface: str) -> bool:
    """A short form that only names counties (斗门, 万安): a place only with evidence.

    A county-level city a province governs itself (省直辖县级市: 济源, 仙桃, 石河子) stands
    where a prefecture does: its short form is as strong as a prefecture's (2024年济源国民经济
    和社会发展统计公报 names no province).

    >>> _weak("斗门"), _weak("济源"), _weak("白沙"), _weak("海淀")
    (True, False, True, True)
    """
    codes = SURFACES[surface]
    return all(PLACES[c].level == "county" and PLACES[c].name != surface
               and not _province_city(PLACES[c]) for c in codes)


def _province_city(p: Place) -> bool:
    """Is ``p`` a county-level city (or 林区) under a province, not under a municipality
    (济源市 under 河南省; not 北京市朝阳区, not 海南省's 县)?"""
    if p.level != "county" or not p.parent or p.parent not in PLACES:
        return False
    up = PLACES[p.parent]
    return up.level == "province" and not up.name.endswith("市") \
        and p.name.endswith(("市", "林区"))


# Countries outside China (``analysis/data/foreign_places.tsv``, built by
# ``scripts/build_foreign_places.py``): surface → the name reported as the region. They are not
# in the automaton above: a country is never a document's, an article's or a paragraph's place,
# and never carried to another sentence; it is the region of a figure in its own clause only.
def _load_foreign() -> dict[str, str]:
    out: dict[str, str] = {}
    with open(lexicon.path("foreign_places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            _code, name, aliases = line.rstrip("\n").split("\t")
            for a in [name, *aliases.split(",")]:
                if a:
                    out[a] = name
    return out


FOREIGN = _load_foreign()
# the names longest first, grouped by their first character (``_alt_by_first``: the same
# matches and order of trial as the plain alternation, only the groups' first characters
# tested at each position; docs/performance.md, twenty-fourth round)
_FOREIGN = re.compile(_alt_by_first(FOREIGN))
_SUBJ = lexicon.yaml_file("subjects.yaml")
# what may open a clause before the country (同期美国…), the clause's punctuation before it
_FOREIGN_LEAD = re.compile(_SUBJ["foreign_lead"])
_FOREIGN_COMPARED = re.compile(_SUBJ["foreign_compared"])
_CLAUSE_MARK = re.compile(r"[\n,;:。!?，；：！？]")
_BETWEEN = ("", "为", "达", "约", "达到", "的")
# a list of (country, figure) pairs goes on after the figure (美国28%,日本14%)
_PAIR_NEXT = re.compile(rf"[,、，]\s*(?:{_FOREIGN.pattern})(?:为|达|约)?[\d０-９]")


def foreign_subject(text: str, start: int, end: int) -> str | None:
    """The country outside China a figure ``text[start:end]`` is about, if its clause says so:
    the country written right before the figure (美国28%, not after a comparison: 高出美国
    200亿元 is the difference, unless pairs go on: 低于美国28%,日本14%), or the country opening
    the figure's clause with no place of China after it (同期美国10年期国债收益率…约90个基点;
    not 对美国出口, 美国 | 242.75 in a table).

    >>> t = "占托管总量的3%,低于美国28%,日本14%,巴西9%等。高出美国200亿元"
    >>> [foreign_subject(t, t.index(x), t.index(x) + len(x)) for x in ("3%", "28%", "14%", "9%", "200亿元")]
    [None, '美国', '日本', '巴西', None]
    >>> t = "今年以来中国国债收益率波动幅度不到30个基点,同期美国10年期国债收益率波动幅度高达约90个基点"
    >>> [foreign_subject(t, t.index(x), t.index(x) + len(x)) for x in ("30个", "90个")]
    [None, '美国']
    >>> t = "全年对美国出口额为72.95亿元;美国 | 242.75;1月5日本市完成投资3亿元"
    >>> [foreign_subject(t, t.index(x), t.index(x) + len(x)) for x in ("72.95", "242.75", "3亿元")]
    [None, None, None]
    """
    # both ways (``_foreign_subject``) read a country's name that ends by ``start``; _FOREIGN is
    # literals only, no lookaround: none in text[:start] is none in any window of it. Most
    # clauses name none (tests/unit/test_indicator_prefilters.py: the same answer as without)
    if _FOREIGN.search(text, 0, start) is None:
        return None
    return _foreign_subject(text, start, end)


def _foreign_subject(text: str, start: int, end: int) -> str | None:
    """``foreign_subject`` without its cheap test first (it gives the same answers)."""
    lo = max(0, start - 12)
    for m in reversed(list(_FOREIGN.finditer(text, lo, start))):
        if text[m.end():start] not in _BETWEEN:
            continue
        s = m.start()
        prev = text[s - 1:s]
        if prev and (prev.isdigit() or prev in EDGE_BEFORE.get(m.group()[0], "")
                     or prev in "年月日"):
            return None                # 5日本市, 依法国有: a word, not the country
        if _FOREIGN_COMPARED.search(text, max(0, s - 3), s) and not _PAIR_NEXT.match(text, end):
            return None                # 高出美国200亿元: the difference, not the country's
        return FOREIGN[m.group()]
    marks = list(_CLAUSE_MARK.finditer(text, max(0, start - 60), start))
    if not marks and start > 60:
        return None
    c = marks[-1].end() if marks else 0
    lead = _FOREIGN_LEAD.match(text, c)
    at = lead.end() if lead else c
    opens = _FOREIGN.match(text, at)
    if opens is None or opens.end() > start:
        return _framed_abroad(text, start)
    between = text[opens.end():start]
    if "|" in between or "\t" in between or find(between):
        return None                    # a table's row; 美国对中国出口: China's place
    return FOREIGN[opens.group()]


# a clause of its own that only sets the country the clauses after it in the sentence are on (在巴西,
# 摩托车年销量…扩大到2025年超200万辆; 在墨西哥,春风动力推出多款车型,去年…销量增长42.9%): up to the
# next ';' or full stop
_FRAME_ABROAD = re.compile(rf"\s*(?:而|但|同时|此外)?在(?P<c>{_FOREIGN.pattern})[,，]")
_SENTENCE_MARK = re.compile(r"[\n;。!?；！？]")


def _framed_abroad(text: str, start: int) -> str | None:
    """The country a clause ``在巴西,`` opening the figure's sentence part sets, if no place of
    China nor another country is named between it and the figure.

    >>> t = "近年来市场扩大。在巴西,摩托车年销量达到200万辆;秘鲁销量42万辆;在当地,销量5万辆"
    >>> [_framed_abroad(t, t.index(x)) for x in ("200万辆", "5万辆")]
    ['巴西', None]
    """
    marks = list(_SENTENCE_MARK.finditer(text, max(0, start - 80), start))
    if not marks and start > 80:
        return None
    m = _FRAME_ABROAD.match(text, marks[-1].end() if marks else 0)
    if m is None or m.end() > start:
        return None
    between = text[m.end():start]
    if _FOREIGN.search(between) or find(between):
        return None
    return FOREIGN[m.group("c")]
