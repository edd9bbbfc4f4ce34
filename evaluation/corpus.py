"""Evaluation on the development corpus: real documents from other provinces and the national
level, each annotated by hand BEFORE the engine was run on it (evaluation/corpus/ANNOTATION.md).

    python -m evaluation.corpus                 # per-text and per-group table: blind-first and now
    python -m evaluation.corpus --errors c07    # the differences on the texts whose stem matches
    python -m evaluation.corpus --json          # today's figures as JSON
    python -m evaluation.corpus --record-first-run   # store the first run of NEW texts (once)
    python -m evaluation.corpus --record-blind-round "LABEL" c02 c04 …   # freeze a held-out run

The figures of a text's first run are stored in ``evaluation/corpus/first_run.json`` when its
gold is complete, before anyone looks at the engine's output on it; that row is the figure to
expect on documents nobody has tuned for. It is never rewritten for a text already recorded:
a text's first run happens once. Today's figures come from the engine as it is now.

Every figure is over ALL gold records of the group (a missed record counts as wrong), except
``rank`` (over the gold records that have a rank) and ``core`` (over the gold records with a
canonical key). ``whole`` is value, unit, change, period, region and canonical all right.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from evaluation.indicators import _change, _eq, _prf

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "evaluation" / "corpus"
GOLD = CORPUS / "gold"
FIRST_RUN = CORPUS / "first_run.json"
WHOLE = ("value", "unit", "change", "period", "region", "canonical")
COLUMNS = ("gold", "pred", "span_f1", "core", "whole", "whole_n", "region", "period", "period_norm",
           "rank", "subject", "date")
LABELS = {"period_norm": "p_norm"}
BLIND_ROUNDS = CORPUS / "blind_rounds.json"
#: the texts rules were tuned on (rounds 1-5, see evaluation/corpus/SOURCES.md); every later
#: text is blind: nobody reads its errors, its first run is the figure for new documents
TUNED = ("c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09", "c10", "c11", "c12",
         "c13", "c14", "c15", "c16", "c17", "c18", "c19", "c20", "c21", "c22", "c23",
         "c24", "c25", "c26", "c27", "c28", "c29",
         "c30", "c31", "c32", "c33", "c34", "c35", "c36", "c37", "c38", "c39", "c40",
         "c41", "c42", "c43", "c44", "c45", "c46",
         "c47", "c48", "c49", "c50", "c51", "c52",
         "c53", "c54", "c55", "c56", "c57", "c58",
         "c59", "c60", "c61", "c62", "c63", "c64",
         "c65", "c66", "c67", "c68", "c69", "c70",
         "c71", "c72", "c73", "c74", "c75", "c76",
         "c77", "c78", "c79", "c80", "c81",
         "c82", "c83", "c84", "c85", "c86", "c87",
         "c88", "c89", "c90", "c91", "c92", "c93", "c94", "c95", "c96", "c97", "c98", "c99",
         "c100", "c101", "c102",
         "c103", "c104", "c105", "c106", "c107", "c108",
         "c109", "c110", "c111", "c112", "c113", "c114",
         "c115", "c116", "c117", "c118", "c119", "c120",
         "c121", "c122",
         "c123", "c124", "c125", "c126", "c127",
         "c128", "c129", "c130", "c131", "c132", "c133", "c134", "c135", "c136", "c137",
         "c138", "c139", "c140", "c141", "c142",
         "c143", "c144", "c145", "c146", "c147",
         "c148", "c149", "c150", "c151", "c152",
         "c153", "c154", "c155", "c156", "c157",
         "c158", "c159", "c160", "c161", "c162",
         "c163", "c164", "c165", "c166", "c167",
         "c168", "c169", "c170", "c171", "c172",
         "c173", "c174", "c175", "c176", "c177",
         "c178", "c179", "c180", "c181", "c182",
         "c183", "c184", "c185", "c186", "c187",
         "c188", "c189", "c190", "c191", "c192",
         "c193", "c194", "c195", "c196", "c197",
         "c198", "c199", "c200", "c201",
         "c203", "c204", "c205", "c206", "c207",
         "c208", "c209", "c210", "c211", "c212")


def text_id(stem: str) -> str:
    """A text's id, the part of its file name before the first underscore.

    Groups hold ids, not prefixes: ``c10`` must not take in ``c100``.

    >>> text_id("c100_some_city_tjgb"), text_id("a05_page")
    ('c100', 'a05')
    >>> text_id("c100_x") in ("c10",)
    False
    """
    return stem.split("_", 1)[0]


#: groups of texts: the tuning split, then by genre
GROUPS = {
    "tuned on (c01-c212)": TUNED,
    # stop 12's blind texts: their 'first' row is the run recorded before anyone read their
    # differences (first_run.json, 4da82e5); they were opened for tuning after it
    "stop 12 blind texts (c24-c29), first run blind, opened after": (
        "c24", "c25", "c26", "c27", "c28", "c29"),
    # stop 13's blind texts: first run recorded at 355c1d2 and frozen in blind_rounds.json
    # before anyone read their differences; opened for tuning after it
    "stop 13 blind texts (c30-c37), first run blind, opened after": (
        "c30", "c31", "c32", "c33", "c34", "c35", "c36", "c37"),
    # stop 13's second blind round: first run recorded at a36c96d, frozen in blind_rounds.json
    # (stop 14) before anyone read their differences; opened for tuning after it
    "stop 13 second blind texts (c38-c40), first run blind, opened after": ("c38", "c39", "c40"),
    # stop 14's blind texts: first run recorded at d0f78ef, frozen in blind_rounds.json before
    # anyone read their differences; opened for tuning after it
    "stop 14 blind texts (c41-c46), first run blind, opened after": (
        "c41", "c42", "c43", "c44", "c45", "c46"),
    # stop 15's blind texts: first run recorded at bbc704b (stop 14), frozen in blind_rounds.json
    # at the start of stop 15 before anyone read their differences; opened for tuning after it
    "stop 15 blind texts (c47-c52), first run blind, opened after": (
        "c47", "c48", "c49", "c50", "c51", "c52"),
    # stop 15's second blind round: first run recorded at 9da0b1b, frozen in blind_rounds.json
    # before anyone read their differences; opened for tuning after it
    "stop 15 second blind texts (c53-c58), first run blind, opened after": (
        "c53", "c54", "c55", "c56", "c57", "c58"),
    # stop 15's third blind round: first run recorded at 130cd60, frozen in blind_rounds.json
    # at the start of stop 16 before anyone read their differences; opened for tuning after it
    "stop 16 blind texts (c59-c64), first run blind, opened after": (
        "c59", "c60", "c61", "c62", "c63", "c64"),
    # stop 16's second blind round: first run recorded at a4dfae7, frozen in blind_rounds.json
    # before anyone read their differences; opened for tuning after it
    "stop 16 second blind texts (c65-c70), first run blind, opened after": (
        "c65", "c66", "c67", "c68", "c69", "c70"),
    # stop 16's third blind round: first run recorded at 25a0aad, frozen in blind_rounds.json
    # before anyone read their differences; opened for tuning after it
    "stop 16 third blind texts (c71-c76), first run blind, opened after": (
        "c71", "c72", "c73", "c74", "c75", "c76"),
    # stop 16's fourth blind round: first run recorded at 892c4f4, frozen in blind_rounds.json
    # at the start of stop 17 before anyone read their differences; opened for tuning after it
    "stop 17 blind texts (c77-c81), first run blind, opened after": (
        "c77", "c78", "c79", "c80", "c81"),
    # stop 17's first blind round: first run recorded at ef26fa3, frozen in blind_rounds.json
    # before anyone read their differences; opened for tuning after it
    "stop 17 second blind texts (c82-c87), first run blind, opened after": (
        "c82", "c83", "c84", "c85", "c86", "c87"),
    # stop 17's second blind round: first run recorded at 66c3c08, frozen in blind_rounds.json
    # before anyone read their differences; opened for tuning after it
    "stop 17 third blind texts (c88-c99), first run blind, opened after": (
        "c88", "c89", "c90", "c91", "c92", "c93", "c94", "c95", "c96", "c97", "c98", "c99"),
    # stop 17's third blind round: first run recorded at 436a055, frozen in blind_rounds.json
    # at the start of stop 18 before anyone read their differences; opened for tuning after it
    "stop 18 blind texts (c100-c102), first run blind, opened after": ("c100", "c101", "c102"),
    # stop 18's first blind round: first run recorded at bf0dedc, frozen in blind_rounds.json
    # before anyone read their differences; opened for tuning after it
    "stop 18 second blind texts (c103-c108), first run blind, opened after": (
        "c103", "c104", "c105", "c106", "c107", "c108"),
    # stop 19's first blind round: first run recorded at dd22635 (the engine of c640f43),
    # frozen in blind_rounds.json before anyone read their differences; opened for tuning after it
    "stop 19 blind texts (c109-c114), first run blind, opened after": (
        "c109", "c110", "c111", "c112", "c113", "c114"),
    # stop 20's second blind round: first run recorded at 7857197 (after tune-ind23), frozen in
    # blind_rounds.json before anyone read their differences; opened for tuning after it
    "stop 20 blind texts (c121-c122), first run blind, opened after": ("c121", "c122"),
    # stop 20's final blind round: first run recorded at b01039c, frozen in blind_rounds.json
    # (round "stop 20") before anyone read their differences; opened at the start of stop 21
    "stop 20 final blind texts (c115-c120), first run blind, opened after": (
        "c115", "c116", "c117", "c118", "c119", "c120"),
    # stop 21's blind round: first run recorded at 47d3a72 (the engine of 78512da), frozen in
    # blind_rounds.json (round "stop 21") before anyone read their differences; opened at stop 22
    "stop 21 blind texts (c123-c127), first run blind, opened after": (
        "c123", "c124", "c125", "c126", "c127"),
    # stop 22's blind round (news, bulletins, county profiles, a market digest): first run
    # recorded at 1b1a709, frozen in blind_rounds.json (round "stop 22") before anyone read their
    # differences; opened for tuning in stop 22 after it
    "stop 22 blind texts (c128-c137), first run blind, opened after": (
        "c128", "c129", "c130", "c131", "c132", "c133", "c134", "c135", "c136", "c137"),
    # stop 22's second blind round (a 郴州 bulletin, four 人民日报 stories): first run recorded
    # at 2ef79ba, frozen in blind_rounds.json (round "stop 22 end") before anyone read their
    # differences; opened for tuning at the start of stop 23
    "stop 22 end blind texts (c138-c142), first run blind, opened after": (
        "c138", "c139", "c140", "c141", "c142"),
    # stop 23's blind round (人民日报 news on 辽宁, 湖南, 安平 and Latin America, 大理's budget
    # execution report): first run recorded at 2484b14, frozen in blind_rounds.json (round
    # "stop 23") before anyone read their differences; opened for tuning in stop 23 after it
    "stop 23 blind texts (c143-c147), first run blind, opened after": (
        "c143", "c144", "c145", "c146", "c147"),
    # stop 23's second blind round: first run recorded at 0495850, frozen in blind_rounds.json
    # (round "stop 23 end") before anyone read their differences; opened for tuning at the start
    # of stop 24
    "stop 23 end blind texts (c148-c152), first run blind, opened after": (
        "c148", "c149", "c150", "c151", "c152"),
    # stop 24's blind round (信阳 and 许昌 bulletins, 人民日报 news on the big banks' results,
    # recycling and 广西's e-commerce): first run recorded at bed2a8b, frozen in blind_rounds.json
    # (round "stop 24") before anyone read their differences; opened for tuning in stop 24 after it
    "stop 24 blind texts (c153-c157), first run blind, opened after": (
        "c153", "c154", "c155", "c156", "c157"),
    # stop 24's second blind round (吐鲁番's bulletin, 人民日报 news on special foods, the first
    # quarter's trade, 江西's digital upgrading and 内蒙古's public services): first run recorded
    # at 453050e, frozen in blind_rounds.json (round "stop 24 end") before anyone read their
    # differences; opened for tuning at the end of stop 24
    "stop 24 end blind texts (c158-c162), first run blind, opened after": (
        "c158", "c159", "c160", "c161", "c162"),
    # stop 25's blind round (南阳's 2025 and 滁州's 2024 bulletins; 人民日报 news on 宁波舟山港,
    # 和田's medicinal herbs and the hydrogen industry): first run recorded at 3de6ba9, frozen in
    # blind_rounds.json (round "stop 25") before anyone read their differences; opened for tuning
    # in stop 25 after it
    "stop 25 blind texts (c163-c167), first run blind, opened after": (
        "c163", "c164", "c165", "c166", "c167"),
    # stop 25's second blind round (邵阳's and 娄底's 2025 bulletins; 人民日报 news on steel, 农行's
    # lending and spring farming): first run recorded at 756e8db, frozen in blind_rounds.json
    # (round "stop 25 end") before anyone read their differences; kept blind to the end of stop 25
    # and opened for tuning at the start of stop 26
    "stop 25 end blind texts (c168-c172), first run blind, opened after": (
        "c168", "c169", "c170", "c171", "c172"),
    # stop 26's blind round (巴州's and 衡阳's 2025 bulletins; 人民日报's first-quarter farm-economy
    # release, 河北's private economy and 城口县's forestry): first run at 016a5c4 recorded at
    # ab4e067, frozen in blind_rounds.json (round "stop 26") before anyone read their
    # differences; kept blind to the end of stop 26 and opened for tuning at the start of stop 27
    "stop 26 blind texts (c173-c177), first run blind, opened after": (
        "c173", "c174", "c175", "c176", "c177"),
    # stop 27's blind round (郑州's 2025 bulletin, 玉溪's 2025 budget report; 人民日报 on 陕西建工,
    # the bamboo industry and 崇信县's cattle in caves): first run at cd1c59d recorded at b3cf823,
    # frozen in blind_rounds.json (round "stop 27") before anyone read their differences; opened
    # for tuning in stop 27 after it
    "stop 27 blind texts (c178-c182), first run blind, opened after": (
        "c178", "c179", "c180", "c181", "c182"),
    # stop 27's second blind round (昌吉's 2025 bulletin with a table, 汕头's budget review by the
    # congress committee; 人民日报 of 2026-04-29 on 广西's press conference, transport investment
    # and the forest-understorey economy): first run at 8f382ad recorded at f79229f, frozen in
    # blind_rounds.json (round "stop 27 end") before anyone read their differences; kept blind to
    # the end of stop 27 and opened for tuning at the start of stop 28
    "stop 27 end blind texts (c183-c187), first run blind, opened after": (
        "c183", "c184", "c185", "c186", "c187"),
    # stop 28's blind round (丽江's 2025 budget report, 克拉玛依's 2025 bulletin; 人民日报 on
    # computing power, 梅州's pomelos and 国家统计局's October 2025 release): first run at 75ca674
    # recorded at cda3b19, frozen in blind_rounds.json (round "stop 28") before anyone read their
    # differences; opened for tuning in stop 28 after it
    "stop 28 blind texts (c188-c192), first run blind, opened after": (
        "c188", "c189", "c190", "c191", "c192"),
    # stop 28's second blind round (岳阳's 2025 bulletin, 唐山's budget report as the city paper
    # reports it; 人民日报 on construction machinery, 广东's services and 都昌's pearls): first run
    # at 2004ac4 recorded at 419b656, frozen in blind_rounds.json (round "stop 28 end") before
    # anyone read their differences; kept blind to the end of stop 28 and opened for tuning at the
    # start of stop 29
    "stop 28 end blind texts (c193-c197), first run blind, opened after": (
        "c193", "c194", "c195", "c196", "c197"),
    # stop 29's blind round (临沧's 2025 budget report; 人民日报 on animated films' box office,
    # rural telecom service and 沈阳's urban renewal; no c202): first run recorded at 9589303,
    # frozen in blind_rounds.json (round "stop 29") before anyone read their differences; opened
    # for tuning in stop 29 after it
    "stop 29 blind texts (c198-c201), first run blind, opened after": (
        "c198", "c199", "c200", "c201"),
    # stop 29's last blind round (苏州's 2025 bulletin, 三明's 2025 budget report; 人民日报 on
    # 引江济淮, 临沧's economy and 义乌's market): first run recorded at ad5cdae, frozen in
    # blind_rounds.json (round "stop 29 end") before anyone read their differences; opened for
    # tuning at the start of stop 30 after it
    "stop 29 end blind texts (c203-c207), first run blind, opened after": (
        "c203", "c204", "c205", "c206", "c207"),
    # stop 30's blind round (海南's 2026 work report, 周口's budget explainer; 人民日报 on
    # deep-sea fish-farming ships, 江苏's foreign trade and robot makers' revenue): first run
    # recorded at fcfbf2c, frozen in blind_rounds.json (round "stop 30") before anyone read their
    # differences; opened for tuning in stop 30 after it
    "stop 30 blind texts (c208-c212), first run blind, opened after": (
        "c208", "c209", "c210", "c211", "c212"),
    "work reports (c01-c06)": ("c01", "c02", "c03", "c04", "c05", "c06"),
    "bulletin with tables (c07)": ("c07",),
    "monthly release (c08)": ("c08",),
    "budget report (c09)": ("c09",),
    "news, company (c10-c12)": ("c10", "c11", "c12"),
}


def stems() -> list[str]:
    return sorted(p.name[: -len(".jsonl")] for p in GOLD.glob("*.jsonl"))


def load(stem: str) -> tuple[list[dict], dict]:
    gold = [json.loads(x) for x in (GOLD / f"{stem}.jsonl").read_text("utf-8").splitlines()
            if x.strip()]
    meta = json.loads((GOLD / f"{stem}.meta.json").read_text("utf-8"))
    return gold, meta


def record(d: dict) -> dict:
    """One engine indicator (``Indicator.model_dump()``) in the gold's shape."""
    return {"span": list(d["span"]), "text": d.get("text"), "name": d.get("name"),
            "value": d.get("value"), "unit": d.get("unit"), "approx": d.get("approx"),
            "change": _change(d.get("change")), "completion": d.get("completion"),
            "rank": d.get("rank"), "canonical": d.get("canonical"), "period": d.get("period"),
            "period_norm": d.get("period_norm"), "region": d.get("region"),
            "subject": d.get("subject")}


def predict(stem: str) -> tuple[list[dict], dict]:
    """The engine's records for a corpus text, in the gold's shape, and its document info."""
    from analysis.pipeline import analyze

    path = CORPUS / "texts" / f"{stem}.txt"
    res = analyze(path.read_bytes(), path.name)
    return [record(i.model_dump()) for i in res.indicators], res.document.model_dump()


def _same(field: str, g, p) -> bool:
    if field == "period_norm":
        return (g or None) == (p or None)
    return _eq(field, g, p)


def _same_period(g: dict, p: dict) -> bool:
    """The same period of time: compared by ``period_norm`` where gold and engine both resolve
    it (`全年` and `2025年` of a 2025 bulletin are one period), as written where either does not."""
    if g.get("period_norm") and p.get("period_norm"):
        return _same("period_norm", g["period_norm"], p["period_norm"])
    return _same("period", g.get("period"), p.get("period"))


def score(gold: list[dict], pred: list[dict], meta: dict, doc: dict) -> dict:
    """Counts for one text (added up over a group before turning them into ratios)."""
    by_span = {tuple(p["span"]): p for p in pred}
    matched = [(g, by_span.get(tuple(g["span"]))) for g in gold]
    hits = [(g, p) for g, p in matched if p is not None]
    c: dict[str, list[int]] = {
        "gold": [len(gold), 1], "pred": [len(pred), 1],
        "tp": [len(hits), 1],
        "core": [sum(all(_same(f, g[f], p[f]) for f in ("value", "change", "canonical"))
                     for g, p in hits if g.get("canonical")),
                 sum(1 for g in gold if g.get("canonical"))],
        "whole": [sum(all(_same(f, g[f], p[f]) for f in WHOLE) for g, p in hits), len(gold)],
        # the same, with the period compared by what it means (_same_period)
        "whole_n": [sum(all(_same(f, g[f], p[f]) for f in WHOLE if f != "period")
                        and _same_period(g, p) for g, p in hits), len(gold)],
        "rank": [sum(_same("rank", g["rank"], p["rank"]) for g, p in hits if g.get("rank")),
                 sum(1 for g in gold if g.get("rank"))],
        # a date only SOURCES.md knows (the text prints none) is not scored (ANNOTATION.md)
        "date": [int(meta.get("date") == doc.get("date")), 1]
        if meta.get("date_source") != "sources" else [0, 0],
    }
    for f in ("region", "period", "period_norm", "subject"):
        c[f] = [sum(_same(f, g.get(f), p.get(f)) for g, p in hits), len(gold)]
    return c


def add(a: dict, b: dict) -> dict:
    """Summed counts; a figure some texts have no count for is left out of the sum (a group
    shows it only when every text has it)."""
    if not a:
        return {k: list(v) for k, v in b.items()}
    return {k: [a[k][0] + v[0], a[k][1] + v[1]] for k, v in b.items() if k in a}


def figures(c: dict) -> dict:
    """Ratios from summed counts: span F1 and the share of records right per field."""
    _, _, f1 = _prf(c["tp"][0], c["pred"][0], c["gold"][0])
    out = {"gold": c["gold"][0], "pred": c["pred"][0], "span_f1": round(f1, 3)}
    for k in ("core", "whole", "whole_n", "region", "period", "period_norm", "rank", "subject",
              "date"):
        if k not in c:     # a figure defined after the run was stored (evaluation/rescore.py)
            out[k] = None
            continue
        a, b = c[k]
        out[k] = round(a / b, 3) if b else None
    return out


def run(selected: list[str]) -> dict[str, dict]:
    counts = {}
    for stem in selected:
        gold, meta = load(stem)
        pred, doc = predict(stem)
        counts[stem] = score(gold, pred, meta, doc)
    return counts


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def record_first_run() -> int:
    stored = json.loads(FIRST_RUN.read_text("utf-8")) if FIRST_RUN.exists() else {"texts": {}}
    new = [s for s in stems() if s not in stored["texts"]]
    if not new:
        print("every text's first run is already recorded; nothing to do")
        return 0
    commit = _commit()
    for stem, c in run(new).items():
        stored["texts"][stem] = {"commit": commit, "counts": c}
        print(f"recorded first run of {stem} at {commit}")
    FIRST_RUN.write_text(json.dumps(stored, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


def _fmt(v) -> str:
    if v is None:
        return "   -"
    if isinstance(v, int):
        return f"{v:4d}"
    return f"{v:.2f}"


def table(first: dict[str, dict], now: dict[str, dict], out=sys.stdout) -> None:
    head = "".join(f"{LABELS.get(c, c):>8}" for c in COLUMNS)
    print(f"{'text or group':48}{'run':>6}{head}", file=out)

    def rows(label: str, members: list[str]) -> None:
        for name, src in (("first", first), ("now", now)):
            have = [m for m in members if m in src]
            if not have:
                continue
            tot: dict = {}
            for m in have:
                tot = add(tot, src[m])
            f = figures(tot)
            print(f"{label:48}{name:>6}" + "".join(f"{_fmt(f[c]):>8}" for c in COLUMNS),
                  file=out)
            label = ""

    names = sorted(set(first) | set(now))
    for stem in names:
        rows(stem, [stem])
    print(file=out)
    blind = [s for s in names if text_id(s) not in TUNED]
    rows(f"blind ({' '.join(text_id(s) for s in blind)}, never tuned on)", blind)
    for group, prefixes in GROUPS.items():
        rows(group, [s for s in names if text_id(s) in prefixes])
    rows("all corpus texts", names)


def blind_rounds(out=sys.stdout) -> None:
    """Held-out runs frozen when a tuning round ended: texts whose errors nobody had read."""
    rounds = json.loads(BLIND_ROUNDS.read_text("utf-8")) if BLIND_ROUNDS.exists() else []
    if not rounds:
        return
    print("\nFrozen held-out runs (the engine at that commit, on texts nobody had tuned on; "
          "evaluation/corpus/blind_rounds.json):", file=out)
    head = "".join(f"{LABELS.get(c, c):>8}" for c in COLUMNS)
    print(f"{'round':48}{'commit':>8}{head}", file=out)
    for r in rounds:
        tot: dict = {}
        for c in r["counts"].values():
            tot = add(tot, c)
        f = figures(tot)
        print(f"{r['label'][:48]:48}{r['commit']:>8}" + "".join(f"{_fmt(f[c]):>8}"
                                                                for c in COLUMNS), file=out)


def record_blind_round(label: str, selected: list[str]) -> int:
    """Freeze today's run on held-out texts before they are opened for tuning (once per label)."""
    rounds = json.loads(BLIND_ROUNDS.read_text("utf-8")) if BLIND_ROUNDS.exists() else []
    if any(r["label"] == label for r in rounds):
        print(f"round {label!r} is already recorded; nothing to do")
        return 1
    chosen = [s for s in stems() if text_id(s) in selected or s in selected]
    rounds.append({"label": label, "commit": _commit(), "texts": chosen,
                   "counts": run(chosen)})
    BLIND_ROUNDS.write_text(json.dumps(rounds, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"recorded {label!r}: {', '.join(chosen)}")
    return 0


def errors(stem: str, out=sys.stdout) -> None:
    gold, meta = load(stem)
    pred, doc = predict(stem)
    by_span = {tuple(p["span"]): p for p in pred}
    gspans = {tuple(g["span"]) for g in gold}
    scored = "" if meta.get("date_source") != "sources" else " (from SOURCES.md: not scored)"
    print(f"== {stem}: date gold {meta.get('date')} got {doc.get('date')}{scored}", file=out)
    for g in gold:
        p = by_span.get(tuple(g["span"]))
        if p is None:
            print(f"  missed   {g['span']} {g['text']!r} {g['name']!r}", file=out)
            continue
        bad = [f for f in (*WHOLE, "rank", "period_norm", "subject") if not _same(f, g.get(f), p.get(f))]
        if bad:
            diffs = "; ".join(f"{f}: gold {g.get(f)!r} got {p.get(f)!r}" for f in bad)
            print(f"  field    {g['span']} {g['text']!r}: {diffs}", file=out)
    for p in pred:
        if tuple(p["span"]) not in gspans:
            print(f"  spurious {p['span']} {p['text']!r} {p['name']!r}", file=out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.corpus")
    ap.add_argument("--record-first-run", action="store_true",
                    help="store the first run of texts not yet recorded (never rewrites one)")
    ap.add_argument("--record-blind-round", nargs="+", metavar=("LABEL", "STEM"),
                    help="freeze today's run on held-out texts before they are tuned on")
    ap.add_argument("--errors", metavar="STEM", help="list differences for matching texts")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if a.record_first_run:
        return record_first_run()
    if a.record_blind_round:
        label, *chosen = a.record_blind_round
        return record_blind_round(label, chosen)
    if a.errors:
        for stem in stems():
            if a.errors in (stem, text_id(stem)):
                errors(stem)
        return 0
    stored = json.loads(FIRST_RUN.read_text("utf-8")) if FIRST_RUN.exists() else {"texts": {}}
    first = {k: v["counts"] for k, v in stored["texts"].items()}
    for k, c in first.items():    # scored as today: a date only SOURCES.md knows is not
        if (GOLD / f"{k}.meta.json").exists() and load(k)[1].get("date_source") == "sources":
            first[k] = {**c, "date": [0, 0]}
    now = run(stems())
    if a.json:
        print(json.dumps({k: figures(v) for k, v in now.items()}, ensure_ascii=False, indent=1))
        return 0
    print("Corpus: real texts annotated before the engine first ran on them "
          "(evaluation/corpus/ANNOTATION.md).")
    print("'first' = the engine's first run on each text (stored in evaluation/corpus/"
          "first_run.json, commit noted there): what to expect on new documents.")
    print("'now' = the engine today; rules changed after a first run were tuned on what that "
          "run showed, so 'now' is no longer blind.")
    print("Columns: span F1 (exact spans); core = value+change+canonical right over gold with a "
          "canonical key;")
    print("whole = value, unit, change, period, region, canonical all right; whole_n = the same "
          "with the period compared")
    print("by period_norm where both resolve it; region, period, period_norm, subject over all gold;")
    print("rank over gold records with a rank; date = the document's date right, over texts that print it.\n")
    table(first, now)
    blind_rounds()
    return 0


if __name__ == "__main__":
    sys.exit(main())
