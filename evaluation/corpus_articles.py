"""Articles, titles and summaries per group of texts: the seeds, the development corpus and the
article texts (reposts, newspaper pages, report excerpts), first run and now.

    python -m evaluation.corpus_articles                  # per-group table: first run and now
    python -m evaluation.corpus_articles --texts          # also one row per text (now)
    python -m evaluation.corpus_articles --errors a03     # differences on tuned texts whose stem matches
    python -m evaluation.corpus_articles --tuned          # the tuned groups only (no blind text runs)
    python -m evaluation.corpus_articles --record-first-run   # store the first run of NEW texts

Groups and their references (all written by hand before the engine ran on the text):

* ``seeds``: ``evaluation/data/articles.jsonl`` and ``summaries.jsonl`` (five seeds).
* ``corpus``: ``evaluation/corpus/gold/<stem>.meta.json`` → ``articles`` (twelve texts, one
  article each; their builders removed editor lines, 原标题 and QR boilerplate).
* ``articles`` and ``held-out``: ``evaluation/corpus_articles/gold/<stem>.json`` → ``articles``
  (texts copied verbatim with those lines kept; evaluation/corpus_articles/SOURCES.md). The
  ``held-out`` group, printed as "blind (a198+)", is ``HELD_OUT``: pages whose references were
  written before the engine ever ran on them and that nobody tunes on; their first run is the
  figure for texts not tuned on. a05-a06, then a07-a12, then a13-a18, a19-a24, a25-a30, a31-a36, a37-a41, a42-a47, a48-a53, a54-a59, a60-a64, a65-a68, a69-a74, a75-a79, a80-a84, a85-a97, a98-a101, a102-a105, a106-a108, a109-a112, a113-a117, a118-a122, a123-a127, a128-a132, a133-a137, a138-a142, a143-a147, a148-a152, a153-a157, a158-a162, a163-a167, a168-a172, a173-a177, a178-a182, a183-a187, a188-a192, a193-a197, each held out before them, are now in
  ``articles`` (a page joins ``articles`` as soon as its stem is not in ``HELD_OUT``).

An entry is ``{kind, title, start, end, summary}``; its gold span is
``[find(start), find(end) + len(end))``, ``start`` searched from the previous entry's start and
``end`` from its own start (as in evaluation/data/articles.jsonl). Matching is the one of
evaluation/summaries.py (equal titles first, then span IoU ≥ 0.5, one to one, same kind).
Precision = matched / predicted entries, recall = matched / gold entries, titles = matched
pairs with equal titles / matched pairs, ROUGE-L = mean over every gold summary (a missed
article scores 0), ``>120`` = article or document summaries longer than 120 characters.

First runs are stored once and never rewritten: ``evaluation/corpus/first_run_articles.json``
(seeds and corpus, run with main's engine before this branch changed it) and
``evaluation/corpus_articles/first_run.json`` (each article text, run when its references were
complete). ``--record-first-run`` only adds texts that have no stored first run.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evaluation.corpus import text_id
from evaluation.summaries import iou, load_jsonl, match, norm, rouge_l, title_norm

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "evaluation" / "data"
CORPUS = ROOT / "evaluation" / "corpus"
ARTS = ROOT / "evaluation" / "corpus_articles"
FIRST_CORPUS = CORPUS / "first_run_articles.json"
FIRST_ARTS = ARTS / "first_run.json"
LIMIT = 120
GROUPS = ("seeds", "corpus", "corpus-blind", "articles", "held-out")
#: the groups whose differences may be read (the blind ones never are: --errors skips them)
TUNED_GROUPS = ("seeds", "corpus", "articles")
#: the corpus texts whose article references were tuned on (c24-c29 opened at the start of
#: 2026-11-26, c30-c37 after their first run at 355c1d2; their figures before that are in
#: evaluation/corpus_articles/SOURCES.md; c38-c40 at the start of stop 14, c41-c46 after their
#: first run at d0f78ef, c47-c52 at the start of stop 15 after their first run at bbc704b,
#: c53-c58 after their first run at 9da0b1b, c59-c64 at the start of stop 16 after their first
#: run at 130cd60, c65-c70 after their first run at a4dfae7, c71-c76 after their first run at
#: 25a0aad, c77-c81 at the start of stop 17 after their first run at 892c4f4, c82-c87 after
#: their first run at ef26fa3, c88-c99 after their first run at 66c3c08, c100-c102 at the start
#: of stop 18 after their first run at 436a055, c103-c108 after their first run at bf0dedc,
#: c109-c114 at stop 19 after their first run at dd22635, c121-c122 at stop 20 after their first
#: run at 7857197, c115-c120 at the start of stop 21 after their first run at b01039c, c123-c127 at the start
#: of stop 22 after their first run at 47d3a72, c128-c137 in stop 22 after their first run at
#: 1b1a709, c138-c142 at the start of stop 23 after their first run at 2ef79ba, c143-c147 in
#: stop 23 after their first run at 2484b14, c148-c152 at the start of stop 24 after their first
#: run at 0495850, c153-c157 in stop 24 after their first run at bed2a8b, c158-c162 at the end of
#: stop 24 after their first run at 453050e, c163-c167 in stop 25 after their first run at
#: 3de6ba9, c168-c172 at the start of stop 26 after their first run at 756e8db, c173-c177 at
#: the start of stop 27 after their first run at ab4e067, c178-c182 in stop 27 after their first
#: run at b3cf823, c183-c187 at the start of stop 28 after their first run at f79229f, c188-c192
#: in stop 28 after their first run at cda3b19, c193-c197 at the start of stop 29 after their
#: first run at 419b656, c198-c201 in stop 29 after their first run at 9589303 (there is no
#: c202), c203-c207 at the start of stop 30 after their first run at ad5cdae, c208-c212 in stop 30
#: after their first run at fcfbf2c). Every later text (c213+) is blind.
TUNED = tuple(f"c{i:02d}" for i in range(1, 213))
#: the article pages rules were tuned on (a01-a59; a19-a24 were opened at stop 12, a25-a30 at the
#: start of 2026-11-26; the figures before opening are in evaluation/corpus_articles/SOURCES.md).
#: a31-a36 after their first run at 355c1d2, a37-a41 on 2026-11-26 after their first run at
#: a36c96d, a42-a47 after their first run at d0f78ef, a48-a53 (no a51) after their first run at
#: bbc704b, a54-a59 after their first run at 9da0b1b, a60-a64 after their first run at 130cd60,
#: a65-a68 after their first run at a4dfae7, a69-a74 after their first run at 25a0aad, a75-a79
#: at the start of stop 17 after their first run at 892c4f4, a80-a84 after their first run at
#: ef26fa3, a85-a97 after their first run at 66c3c08, a98-a101 at the start of stop 18 after
#: their first run at 436a055, a102-a105 after their first run at bf0dedc, a106-a108 at stop 19 after
#: their first run at dd22635, a109-a112 at the start of stop 21 after their first run at
#: b01039c, a113-a117 at stop 21 after their first run at 47d3a72, a118-a122 in stop 22 after their
#: first run at 1b1a709, a123-a127 at the start of stop 23 after their first run at 2ef79ba,
#: a128-a132 in stop 23 after their first run at 2484b14, a133-a137 at the start of stop 24 after
#: their first run at 0495850, a138-a142 in stop 24 after their first run at bed2a8b, a143-a147 at
#: the end of stop 24 after their first run at 453050e, a148-a152 in stop 25 after their first
#: run at 3de6ba9, a153-a157 at the start of stop 26 after their first run at 756e8db, a158-a162
#: at the start of stop 27 after their first run at ab4e067, a163-a167 in stop 27 after their
#: first run at b3cf823, a168-a172 at the start of stop 28 after their first run at f79229f,
#: a173-a177 in stop 28 after their first run at cda3b19, a178-a182 at the start of stop 29
#: after their first run at 419b656, a183-a187 in stop 29 after their first run at 9589303,
#: a188-a192 at the start of stop 30 after their first run at ad5cdae, a193-a197 in stop 30
#: after their first run at fcfbf2c. Every later page (a198+) is blind: references written
#: before any run, never tuned on.
TUNED_PAGES = tuple(f"a{i:02d}" for i in range(1, 198))
HELD_OUT = tuple(sorted(p.stem for p in (ARTS / "gold").glob("*.json")
                        if text_id(p.stem) not in TUNED_PAGES))
COUNTS = ("gold", "pred", "match", "titles_ok", "refs", "rouge_sum", "over_120")

__all__ = ["iou"]


# ----------------------------------------------------------------------------- texts and gold

def _spans(text: str, entries: list[dict]) -> list[dict]:
    out, last = [], 0
    for g in entries:
        s = text.find(g["start"], last)
        if s < 0:
            raise ValueError(f"start anchor not found: {g['start']!r}")
        e = text.find(g["end"], s)
        if e < 0:
            raise ValueError(f"end anchor not found: {g['end']!r}")
        last = s
        out.append({**g, "title": g.get("title") or "", "span": (s, e + len(g["end"]))})
    return out


def cases(group: str) -> list[tuple[str, Path, list[dict]]]:
    """(stem, path, gold entries with spans) of a group."""
    out = []
    if group == "seeds":
        entries = load_jsonl(DATA / "articles.jsonl")
        refs = load_jsonl(DATA / "summaries.jsonl")
        by_seed: dict[str, list[dict]] = {}
        for g in entries:
            by_seed.setdefault(g["seed"], []).append(g)
        for seed, gs in sorted(by_seed.items()):
            path = SEEDS / gs[0]["file"]
            gold = _spans(path.read_text("utf-8"), gs)
            for r in refs:
                if r["seed"] != seed:
                    continue
                g = next(g for g in gold if norm(g["title"]) == norm(r["title"]))
                g["summary"] = r["reference"]
            out.append((seed, path, gold))
    elif group in ("corpus", "corpus-blind"):
        for meta in sorted((CORPUS / "gold").glob("*.meta.json")):
            stem = meta.name[: -len(".meta.json")]
            # the corpus texts rules were tuned on (TUNED); the later ones are blind
            if (text_id(stem) in TUNED) != (group == "corpus"):
                continue
            path = CORPUS / "texts" / f"{stem}.txt"
            arts = json.loads(meta.read_text("utf-8")).get("articles") or []
            out.append((stem, path, _spans(path.read_text("utf-8"), arts)))
    else:
        for gf in sorted((ARTS / "gold").glob("*.json")):
            stem = gf.stem
            if (stem in HELD_OUT) != (group == "held-out"):
                continue
            path = next((ARTS / "texts").glob(f"{stem}.*"))
            arts = json.loads(gf.read_text("utf-8"))["articles"]
            out.append((stem, path, _spans(path.read_text("utf-8"), arts)))
    return out


# ----------------------------------------------------------------------------- one text

def run_text(path: Path, gold: list[dict]) -> tuple[dict, list[str]]:
    """Counts for one text and a list of human-readable differences."""
    from analysis.pipeline import analyze

    res = analyze(path.read_bytes(), path.name)
    pred = [{"kind": a.kind, "title": a.title or "", "span": tuple(a.span),
             "summary": a.summary} for a in res.articles]
    pairs = match(pred, gold)
    by_gold = {j: i for i, j in pairs}
    c = dict.fromkeys(COUNTS, 0)
    c["rouge_sum"] = 0.0
    c["gold"], c["pred"], c["match"] = len(gold), len(pred), len(pairs)
    c["titles_ok"] = sum(1 for i, j in pairs
                         if title_norm(pred[i]["title"]) == title_norm(gold[j]["title"]))
    diffs = []
    for j, g in enumerate(gold):
        i = by_gold.get(j)
        if i is None:
            diffs.append(f"  missed {g['kind']} {g['title']!r} {g['span']}")
        elif title_norm(pred[i]["title"]) != title_norm(g["title"]):
            diffs.append(f"  title  {pred[i]['title']!r} != gold {g['title']!r}")
        if g.get("summary"):
            c["refs"] += 1
            got = pred[i]["summary"] if i is not None else ""
            r = rouge_l(got[:LIMIT], g["summary"])
            c["rouge_sum"] += r
            if i is not None and r < 0.5:
                diffs.append(f"  rouge {r:.2f} for {g['title']!r}:\n    ours: {got}\n    gold: "
                             f"{g['summary']}")
    matched = {i for i, _ in pairs}
    for i, p in enumerate(pred):
        if i not in matched:
            diffs.append(f"  extra  {p['kind']} {p['title']!r} {p['span']}")
    c["over_120"] = sum(1 for p in pred if len(p["summary"]) > LIMIT) + (len(res.summary) > LIMIT)
    if len(res.summary) > LIMIT:
        diffs.append(f"  document summary has {len(res.summary)} characters")
    return c, diffs


def run_group(group: str) -> dict[str, dict]:
    return {stem: run_text(path, gold)[0] for stem, path, gold in cases(group)}


# ----------------------------------------------------------------------------- figures

def _sum(rows: dict[str, dict]) -> dict:
    t = dict.fromkeys(COUNTS, 0)
    for r in rows.values():
        for k in COUNTS:
            t[k] += r.get(k, 0)
    return t


def figures(t: dict) -> dict:
    return {"prec": t["match"] / t["pred"] if t["pred"] else 0.0,
            "recall": t["match"] / t["gold"] if t["gold"] else 0.0,
            "titles": t["titles_ok"] / t["match"] if t["match"] else 0.0,
            "rouge_l": t["rouge_sum"] / t["refs"] if t["refs"] else 0.0,
            "over_120": t["over_120"]}


def _line(label: str, t: dict | None) -> str:
    if not t:
        return f"  {label:<14}{'(none)':>8}"
    f = figures(t)
    return (f"  {label:<14}{t['gold']:>6}{t['pred']:>6}{t['match']:>7}{f['prec']:>8.3f}"
            f"{f['recall']:>8.3f}{f['titles']:>8.3f}{f['rouge_l']:>9.3f}{f['over_120']:>7}")


def _load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def first_rows(group: str) -> dict[str, dict]:
    if group in ("articles", "held-out"):
        return {k: v for k, v in _load(FIRST_ARTS).get("texts", {}).items()
                if (k in HELD_OUT) == (group == "held-out")}
    if group in ("corpus", "corpus-blind"):
        return {k: v for k, v in _load(FIRST_CORPUS).get("corpus", {}).get("texts", {}).items()
                if (text_id(k) in TUNED) == (group == "corpus")}
    return _load(FIRST_CORPUS).get(group, {}).get("texts", {})


def record_first_run() -> list[str]:
    """Store the first run of texts that have none; never rewrite a stored one."""
    added = []
    store = _load(FIRST_CORPUS)
    for group in ("seeds", "corpus"):
        g = store.setdefault(group, {"texts": {}})
        for stem, path, gold in cases(group) + (cases("corpus-blind") if group == "corpus" else []):
            if stem not in g["texts"]:
                g["texts"][stem] = run_text(path, gold)[0]
                added.append(f"{group}/{stem}")
    FIRST_CORPUS.write_text(json.dumps(store, ensure_ascii=False, indent=1) + "\n", "utf-8")
    store = _load(FIRST_ARTS)
    g = store.setdefault("texts", {})
    for stem, path, gold in cases("articles") + cases("held-out"):
        if stem not in g:
            g[stem] = run_text(path, gold)[0]
            added.append(f"articles/{stem}")
    FIRST_ARTS.write_text(json.dumps(store, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return added


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", action="store_true", help="one row per text")
    ap.add_argument("--errors", metavar="STEM", help="differences on texts whose stem matches")
    ap.add_argument("--record-first-run", action="store_true")
    ap.add_argument("--json", action="store_true", help="today's figures per group as JSON")
    ap.add_argument("--tuned", action="store_true",
                    help="the tuned groups only: the engine runs on no blind text")
    a = ap.parse_args(argv)
    if a.record_first_run:
        added = record_first_run()
        print("recorded first run of: " + (", ".join(added) if added else "nothing new"))
        return 0
    if a.errors:
        for group in TUNED_GROUPS:  # never the blind texts' differences
            for stem, path, gold in cases(group):
                if a.errors in stem:
                    c, diffs = run_text(path, gold)
                    print(f"{group}/{stem}: {figures(c)}")
                    print("\n".join(diffs) if diffs else "  (no differences)")
        return 0
    groups = TUNED_GROUPS if a.tuned else GROUPS
    now = {g: run_group(g) for g in groups}
    if a.json:
        print(json.dumps({g: figures(_sum(r)) for g, r in now.items()}, indent=1))
        return 0
    print("Articles, titles and summaries per group: first run (stored) and now")
    print(f"  {'':<14}{'gold':>6}{'pred':>6}{'match':>7}{'prec':>8}{'recall':>8}{'titles':>8}"
          f"{'ROUGE-L':>9}{'>120':>7}")
    for g in groups:
        first = first_rows(g)
        label = {"seeds": "seeds (tuned)", "corpus": "corpus c01-c212 (their differences were read)",
                 "corpus-blind": "blind corpus c213+ (references written before any run; never tuned on)",
                 "articles": "article texts a01-a197 (a01-a04 tuned on after their first run; a05-a06 held out until a07+ came, a07-a12 until a13+ came, a13-a18 until a19+ came, a19-a24 until a25+ came, a25-a30 until a31+ came, a31-a36 until a37+ came, a37-a41, a42-a47, a48-a53, a54-a59, a60-a64, a65-a68, a69-a74, a75-a79, a80-a84, a85-a97, a98-a101, a102-a105, a106-a108, a109-a112, a113-a117, a118-a122, a123-a127, a128-a132, a133-a137, a138-a142, a143-a147, a148-a152, a153-a157, a158-a162, a163-a167, a168-a172, a173-a177, a178-a182, a183-a187, a188-a192 and a193-a197 opened after their first run)",
                 "held-out": "blind (a198+): article texts (references written before any run; never tuned on, see SOURCES.md)"}[g]
        print(f"{label}, {len(now[g])} texts")
        print(_line("first run", _sum(first) if first else None))
        print(_line("now", _sum(now[g]) if now[g] else None))
        if a.texts:
            for stem, c in now[g].items():
                print(_line(stem, c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
