"""Evaluation of indicator extraction against the hand-annotated gold set.

    python -m evaluation.indicators            # summary table and the list of errors
    python -m evaluation.indicators --brief    # summary only
    python -m evaluation.indicators --json     # the figures as JSON

Gold: ``evaluation/data/indicators.jsonl`` (the five seeds, within the ranges declared in
``evaluation/data/indicators_ranges.json``) and ``evaluation/data/indicators_texts.jsonl``
(texts written for the evaluation, ``evaluation/texts/*.txt``, annotated whole).
Runs the REAL pipeline (``analysis.pipeline.analyze``), so it measures what users get.

``--bootstrap DOC`` prints the extractor's records for a document as candidate gold lines
(every candidate must then be checked by hand against the text; see evaluation/README.md).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "evaluation" / "data"
GOLD_FILES = [DATA / "indicators.jsonl", DATA / "indicators_texts.jsonl"]
RANGES = DATA / "indicators_ranges.json"
FIELDS = ("value", "unit", "approx", "change", "rank", "completion", "canonical", "period",
          "region")
RECORD_FIELDS = ("value", "unit", "change", "period", "region", "canonical")
FIRST_RUNS = DATA / "indicators_first_runs.json"
#: what each group of texts is: tuned on, or annotated blind and tuned after its first run
SUBSETS = {
    "seeds (tuned on)": lambda d: d.startswith("seeds/"),
    "texts t01-t04 (tuned on)": lambda d: d.startswith("evaluation/texts/t0")
    and d[len("evaluation/texts/t0")] in "1234",
    "texts t05-t08 (blind, tuned after first run)": lambda d: "heldout" in d,
    "texts t09-t12 (blind, tuned after first run)": lambda d: "blind" in d,
}


#: the taxonomy's keys when every stored first run was made (the contract's keys); a key added
#: later (issue 12: cpi, resident_population, exports ...) could not be predicted then, so when a
#: first run is scored a gold record carrying a later key counts as having no key
FIRST_RUN_KEYS = frozenset((
    "gdp primary_value_added secondary_value_added tertiary_value_added industrial_value_added "
    "industrial_output industrial_revenue industrial_profit fixed_asset_investment retail_sales "
    "retail_sales_above_quota public_budget_revenue public_budget_expenditure tax_revenue "
    "urban_disposable_income rural_disposable_income raw_coal_output power_generation "
    "grain_output loan_balance deposit_balance foreign_trade new_urban_jobs rural_labor_transfer "
    "new_market_entities tourist_arrivals tourism_revenue good_air_days pm25 key_projects "
    "utilized_investment").split())


def as_first_run_saw(g: dict) -> dict:
    if g.get("canonical") and g["canonical"] not in FIRST_RUN_KEYS:
        return {**g, "canonical": None}
    return g


def load_first_runs() -> dict[str, list[dict]]:
    """The engine's records on its first run over each blind text (see the file's ``about``)."""
    if not FIRST_RUNS.exists():
        return {}
    return {doc: v["records"] for doc, v in json.loads(FIRST_RUNS.read_text("utf-8"))["texts"].items()}


def load_gold() -> list[dict]:
    out = []
    for f in GOLD_FILES:
        if f.exists():
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.append(json.loads(line))
    return out


def load_ranges(gold: list[dict]) -> dict[str, list[tuple[int, int]]]:
    ranges = {k: [tuple(r) for r in v] for k, v in json.loads(RANGES.read_text()).items()}
    for g in gold:              # texts written for the evaluation are annotated whole
        if g["doc"] not in ranges:
            ranges[g["doc"]] = [(0, 10 ** 9)]
    return ranges


def _change(c) -> dict | None:
    if c is None:
        return None
    if not isinstance(c, dict):
        c = c.model_dump()
    return {k: c.get(k) for k in ("direction", "value", "unit", "basis")}


def record(ind, doc: str) -> dict:
    """The evaluation view of a pipeline indicator."""
    return {"doc": doc, "span": list(ind.span), "text": ind.text, "name": ind.name,
            "value": ind.value, "unit": ind.unit, "approx": ind.approx,
            "change": _change(ind.change), "completion": ind.completion, "rank": ind.rank,
            "canonical": ind.canonical, "period": ind.period, "region": ind.region}


def predict(docs: list[str]) -> tuple[dict[str, list[dict]], dict[str, str]]:
    from analysis.pipeline import analyze
    preds, texts = {}, {}
    for doc in docs:
        data = (ROOT / doc).read_bytes()
        res = analyze(data, Path(doc).name)
        preds[doc] = [record(i, doc) for i in res.indicators]
        texts[doc] = data.decode("utf-8", errors="replace")
    return preds, texts


def _eq(field: str, g, p) -> bool:
    if field == "value" and g is not None and p is not None:
        return abs(float(g) - float(p)) < 1e-9
    if field == "change":
        g, p = _change(g), _change(p)
        if g is None or p is None:
            return g is p
        return (g["direction"] == p["direction"] and g["unit"] == p["unit"]
                and g["basis"] == p["basis"]
                and (g["value"] == p["value"] or (g["value"] is not None and p["value"] is not None
                                                  and abs(g["value"] - p["value"]) < 1e-9)))
    return g == p


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(gold: list[dict], preds: dict[str, list[dict]], ranges) -> dict:
    def in_range(doc, span):
        return any(a <= span[0] < b for a, b in ranges.get(doc, []))

    gold_by = {}
    for g in gold:
        gold_by.setdefault(g["doc"], []).append(g)
    n_gold = len(gold)
    pred_all = [p for doc, ps in preds.items() for p in ps if in_range(doc, p["span"])]
    n_pred = len(pred_all)

    exact: list[tuple[dict, dict]] = []
    overlap_tp = 0
    missed, spurious = [], []
    for doc in sorted(set(gold_by) | set(preds)):
        gs = gold_by.get(doc, [])
        ps = [p for p in preds.get(doc, []) if in_range(doc, p["span"])]
        pmap = {tuple(p["span"]): p for p in ps}
        used = set()
        for g in gs:
            p = pmap.get(tuple(g["span"]))
            if p is not None:
                exact.append((g, p))
                used.add(tuple(g["span"]))
            else:
                missed.append(g)
        for p in ps:
            if tuple(p["span"]) not in used:
                spurious.append(p)
        # overlap match, one to one
        taken = set()
        for g in gs:
            for j, p in enumerate(ps):
                if j in taken:
                    continue
                if p["span"][0] < g["span"][1] and g["span"][0] < p["span"][1]:
                    taken.add(j)
                    overlap_tp += 1
                    break

    field_ok = {f: sum(_eq(f, g[f], p[f]) for g, p in exact) for f in FIELDS}
    matched = {id(g): p for g, p in exact}
    canon_gold = [g for g in gold if g.get("canonical")]
    vcc = sum(1 for g in canon_gold if id(g) in matched
              and all(_eq(f, g[f], matched[id(g)][f]) for f in ("value", "change", "canonical")))
    whole = sum(1 for g in gold if id(g) in matched
                and all(_eq(f, g[f], matched[id(g)][f]) for f in RECORD_FIELDS))
    field_errors = []
    for g, p in exact:
        bad = [f for f in FIELDS if not _eq(f, g[f], p[f])]
        if bad:
            field_errors.append((g, p, bad))
    return {
        "gold": n_gold, "predicted": n_pred, "exact_tp": len(exact),
        "exact": _prf(len(exact), n_pred, n_gold),
        "overlap": _prf(overlap_tp, n_pred, n_gold),
        "fields": {f: (field_ok[f], len(exact)) for f in FIELDS},
        "value_change_canonical": (vcc, len(canon_gold)),
        "whole_record": (whole, n_gold),
        "missed": missed, "spurious": spurious, "field_errors": field_errors,
    }


def _pct(a, b) -> str:
    return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "  n/a"


def print_summary(r: dict, out=sys.stdout) -> None:
    p, rc, f = r["exact"]
    op, orc, of = r["overlap"]
    print(f"indicators: gold {r['gold']}, predicted {r['predicted']} (within declared ranges)",
          file=out)
    print(f"{'':24}{'precision':>10}{'recall':>10}{'F1':>10}", file=out)
    print(f"{'spans, exact match':24}{p:10.3f}{rc:10.3f}{f:10.3f}", file=out)
    print(f"{'spans, overlap match':24}{op:10.3f}{orc:10.3f}{of:10.3f}", file=out)
    print("field accuracy on exactly matched spans:", file=out)
    for fld, (ok, n) in r["fields"].items():
        print(f"  {fld:12}{_pct(ok, n)}", file=out)
    a, b = r["value_change_canonical"]
    print(f"value+change+canonical right, gold with a canonical key: {_pct(a, b)}", file=out)
    a, b = r["whole_record"]
    print(f"whole record right (value, unit, change, period, region, canonical), all gold: "
          f"{_pct(a, b)}", file=out)
    for label, sub in r.get("subsets", {}).items():
        sp, sr, sf = sub["exact"]
        a, b = sub["whole_record"]
        c, d = sub["value_change_canonical"]
        print(f"  {label:56} span F1 {sf:.3f} (P {sp:.3f} R {sr:.3f}); v+c+canonical "
              f"{_pct(c, d)}; whole record {_pct(a, b)}", file=out)


def print_errors(r: dict, out=sys.stdout) -> None:
    print(f"\nmissed ({len(r['missed'])}):", file=out)
    for g in r["missed"]:
        print(f"  {g['doc']} {g['span']} {g['text']!r} {g.get('name')!r}", file=out)
    print(f"\nspurious ({len(r['spurious'])}):", file=out)
    for p in r["spurious"]:
        print(f"  {p['doc']} {p['span']} {p['text']!r} {p.get('name')!r}", file=out)
    print(f"\nfield errors ({len(r['field_errors'])}):", file=out)
    for g, p, bad in r["field_errors"]:
        diffs = "; ".join(f"{f}: gold {g[f]!r} got {p[f]!r}" for f in bad)
        print(f"  {g['doc']} {g['span']} {g['text']!r}: {diffs}", file=out)


def bootstrap(doc: str, lo: int, hi: int) -> None:
    preds, _ = predict([doc])
    for p in preds[doc]:
        if lo <= p["span"][0] < hi:
            print(json.dumps(p, ensure_ascii=False))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.indicators")
    ap.add_argument("--brief", action="store_true", help="summary only")
    ap.add_argument("--json", action="store_true", help="figures as JSON")
    ap.add_argument("--bootstrap", metavar="DOC", help="candidate gold lines for DOC")
    ap.add_argument("--range", nargs=2, type=int, default=(0, 10 ** 9))
    a = ap.parse_args(argv)
    if a.bootstrap:
        bootstrap(a.bootstrap, *a.range)
        return 0
    gold = load_gold()
    ranges = load_ranges(gold)
    preds, _ = predict(sorted(ranges))
    r = evaluate(gold, preds, ranges)
    first = load_first_runs()
    r["subsets"] = {}
    for label, keep in SUBSETS.items():
        sub = evaluate([g for g in gold if keep(g["doc"])],
                       {d: p for d, p in preds.items() if keep(d)},
                       {d: v for d, v in ranges.items() if keep(d)})
        r["subsets"][label] = sub
        stored = {d: p for d, p in first.items() if keep(d)}
        if stored:  # the same texts as the engine first saw them, scored the same way
            r["subsets"][label + ", FIRST RUN"] = evaluate(
                [as_first_run_saw(g) for g in gold if g["doc"] in stored], stored,
                {d: v for d, v in ranges.items() if d in stored})
    if a.json:
        drop = ("missed", "spurious", "field_errors")
        r["subsets"] = {k: {kk: vv for kk, vv in v.items() if kk not in drop}
                        for k, v in r["subsets"].items()}
        print(json.dumps({k: v for k, v in r.items() if k not in drop}, indent=1,
                         ensure_ascii=False))
        return 0
    print_summary(r)
    if not a.brief:
        print_errors(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
