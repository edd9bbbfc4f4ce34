"""Evaluate article segmentation and summaries against hand-written references.

    .venv/bin/python -m evaluation.summaries [--json OUT.json]

Data (written by hand from reading the seeds, never generated from our output):

* ``evaluation/data/articles.jsonl``: every article and caption of the five seeds: ``seed``,
  ``file``, ``kind``, ``title`` and two anchors ``start``/``end`` (strings of the decoded
  original). The gold span is ``[find(start), find(end) + len(end))``, where ``start`` is searched
  from the previous entry's start and ``end`` from its own start.
* ``evaluation/data/summaries.jsonl``: reference summaries (≤ 120 characters) of articles
  named by ``seed`` + ``title``.

Articles: a predicted entry matches a gold entry of the same seed and kind when their titles
are equal after normalisation (widths folded, blanks, quotes and punctuation dropped) or their
spans overlap with IoU ≥ 0.5; matching is one-to-one, title matches first, then by IoU.
Precision = matched / predicted, recall = matched / gold, title accuracy = matched pairs whose
titles are equal / matched pairs.

Summaries: ROUGE-L F1 on characters (normalised the same way) of each system against the
reference, averaged over references. Systems: ours (the pipeline's layout → sentences →
articles → indicators → summarize); ``lead`` (the first body sentences of the same article up
to 120 characters); ``textrank-jieba`` (our TextRank over jieba words, same sentences and
budget); ``snownlp``, ``textrank4zh`` (with ``networkx.from_numpy_matrix`` aliased to
``from_numpy_array`` for networkx 3) and ``jionlp`` (library summarizers) when importable,
reported as unavailable otherwise. All baselines read the same article text (our body spans of the matched
article; the gold span when our split missed it).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "seeds"
LIMIT = 120

sys.path.insert(0, str(ROOT))

from analysis import articles as articles_mod  # noqa: E402
from analysis import layout, segment, summarize  # noqa: E402
from analysis.layout import normalize  # noqa: E402

_DROP = re.compile(r"[\s\"'“”‘’「」『』《》<>()\[\]【】,.;:!?、。…—\-~·]")


def norm(s: str) -> str:
    """Normalised form for comparing titles and for ROUGE.

    >>> norm("“三晋人大代表采风行”朔州活动启动 ") == norm('"三晋人大代表采风行"朔州活动启动')
    True
    """
    return _DROP.sub("", normalize(s))


# a list's item number printed before a headline: a digest's rank mark (NO.1, No. 10), a number
# set off by a bar (每经10点: 1丨统计局:…) or a hash number (#01). The references disagree on it (the
# 财经TOP10 digests a36, a38, a88, a102 leave NO.N out of their titles; the 每经 digests a115 and
# a181 keep N丨 in), so titles are compared without it, on both sides and on every page alike
_ITEM_MARK = re.compile(r"""
    ^ \s* (?: NO\.? \s* \d{1,2} (?=\s)     # NO.1 刘鹤:… (a blank after the rank)
           | \#\d{1,3} (?=\s)               # #01 欧盟推迟…
           | \d{1,2} \s* [丨｜|] )            # 1丨统计局:…
    \s*
""", re.VERBOSE | re.IGNORECASE)


def title_norm(s: str) -> str:
    """Normalised form for comparing titles: ``norm`` without a leading item number.

    >>> title_norm("1丨统计局：7月上旬生猪价格环比涨15.1%") == title_norm("统计局:7月上旬生猪价格环比涨15.1%")
    True
    >>> title_norm("NO.4  世行预计今年中国经济将增长8.5%") == title_norm("世行预计今年中国经济将增长8.5%")
    True
    >>> title_norm("2丨整点投资丨北向资金净流入25.79亿") == title_norm("整点投资丨北向资金净流入25.79亿")
    True

    A figure opening a headline is its words, not an item number:

    >>> title_norm("4.9%！三季度GDP同比增速放缓") == title_norm("三季度GDP同比增速放缓")
    False
    >>> title_norm("10月经济实现筑底回升") == title_norm("月经济实现筑底回升")
    False
    """
    return norm(_ITEM_MARK.sub("", normalize(s), count=1))


def lcs(a: str, b: str) -> int:
    """Length of the longest common subsequence.

    >>> lcs("ABCBDAB", "BDCABA")
    4
    """
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(cand: str, ref: str) -> float:
    """ROUGE-L F1 over characters of the normalised strings.

    >>> round(rouge_l("地区生产总值增长5.7%", "地区生产总值增长5.7%"), 3)
    1.0
    >>> rouge_l("", "增长")
    0.0
    """
    c, r = norm(cand), norm(ref)
    m = lcs(c, r)
    if m == 0:
        return 0.0
    p, rc = m / len(c), m / len(r)
    return 2 * p * rc / (p + rc)


# ----------------------------------------------------------------------------- data

def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def gold_articles(entries: list[dict], texts: dict[str, str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    last: dict[str, int] = {}
    for g in entries:
        t = texts[g["seed"]]
        s = t.find(g["start"], last.get(g["seed"], 0))
        if s < 0:
            raise ValueError(f"start anchor not found: {g}")
        e = t.find(g["end"], s)
        if e < 0:
            raise ValueError(f"end anchor not found: {g}")
        last[g["seed"]] = s
        out.setdefault(g["seed"], []).append({**g, "span": (s, e + len(g["end"]))})
    return out


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index): equal titles first, then IoU ≥ 0.5."""
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j in used_g or p["kind"] != g["kind"]:
                continue
            if title_norm(p["title"]) == title_norm(g["title"]) and iou(p["span"], g["span"]) > 0:
                pairs.append((i, j))
                used_p.add(i)
                used_g.add(j)
                break
    cands = sorted(((iou(p["span"], g["span"]), i, j) for i, p in enumerate(pred)
                    for j, g in enumerate(gold) if p["kind"] == g["kind"]), reverse=True)
    for v, i, j in cands:
        if v < 0.5:
            break
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return pairs


# ----------------------------------------------------------------------------- baselines

def sentences_of(text: str) -> list[str]:
    return [text[a:b] for a, b in segment.sentences(text)]


def pack(sents: list[str], order: list[int], limit: int = LIMIT) -> str:
    """Sentences chosen in ``order`` (best first) while they fit, printed in text order."""
    chosen: list[int] = []
    used = 0
    for i in order:
        n = len(sents[i])
        if used + n <= limit:
            chosen.append(i)
            used += n
    if not chosen and order:
        return sents[order[0]][:limit]
    return "".join(sents[i] for i in sorted(chosen))


def lead(text: str) -> str:
    s = sentences_of(text)
    return pack(s, list(range(len(s))))


def textrank_jieba(text: str, d: float = 0.85, iters: int = 30) -> str:
    """TextRank (Mihalcea & Tarau 2004) over jieba words: sentence similarity = shared words /
    (log|s1| + log|s2|), weighted PageRank."""
    s = sentences_of(text)
    if not s:
        return ""
    tk = segment.jieba_tokenizer()
    words = [set(w for w in tk.lcut(x) if len(w) > 1) for x in s]
    n = len(s)
    w = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if len(words[i]) > 1 and len(words[j]) > 1:
                sim = len(words[i] & words[j]) / (math.log(len(words[i])) + math.log(len(words[j])))
                w[i][j] = w[j][i] = sim
    out_sum = [sum(r) for r in w]
    score = [1.0] * n
    for _ in range(iters):
        score = [(1 - d) + d * sum(w[j][i] / out_sum[j] * score[j]
                                   for j in range(n) if w[j][i] > 0 and out_sum[j] > 0)
                 for i in range(n)]
    order = sorted(range(n), key=lambda i: (-score[i], i))
    return pack(s, order)


def _snownlp():
    try:
        from snownlp import SnowNLP
    except Exception as e:  # noqa: BLE001 - optional baseline
        return None, f"unavailable ({type(e).__name__})"

    def run(text: str) -> str:
        s = SnowNLP(text)
        picks = s.summary(8)
        order_src = {x: text.find(x) for x in picks}
        out = ""
        for p in picks:  # best first, fit in the budget, print in text order
            if len(out) + len(p) + 1 <= LIMIT:
                out += p + "。"
        parts = [p for p in out.split("。") if p]
        parts.sort(key=lambda x: order_src.get(x, 0))
        return "。".join(parts) + ("。" if parts else "")
    return run, "ok"


def _textrank4zh():
    try:
        import networkx as nx

        if not hasattr(nx, "from_numpy_matrix"):  # textrank4zh 0.3 predates networkx 3
            nx.from_numpy_matrix = nx.from_numpy_array
        from textrank4zh import TextRank4Sentence
        tr = TextRank4Sentence()
        tr.analyze(text="平鲁区地区生产总值增长。原煤产量增长。", lower=True, source="all_filters")
    except Exception as e:  # noqa: BLE001 - optional baseline
        return None, f"unavailable ({type(e).__name__}: {str(e)[:40]})"

    def run(text: str) -> str:
        tr = TextRank4Sentence()
        tr.analyze(text=text, lower=True, source="all_filters")
        items = tr.get_key_sentences(num=8)
        out, used = [], 0
        for it in items:
            if used + len(it.sentence) + 1 <= LIMIT:
                out.append(it)
                used += len(it.sentence) + 1
        out.sort(key=lambda it: it.index)
        return "".join(it.sentence + "。" for it in out)
    return run, "ok"


def _jionlp():
    try:
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
            import jionlp

            extract = getattr(jionlp, "extract_summary", None)
            if extract is None:  # jionlp 1.5: the function lives in the summary module
                from jionlp.algorithm.summary import extract_summary as extract
    except Exception as e:  # noqa: BLE001 - optional baseline
        return None, f"unavailable ({type(e).__name__})"

    def run(text: str) -> str:
        return "".join(extract(text, summary_length=LIMIT))[:LIMIT]
    return run, "ok"


# ----------------------------------------------------------------------------- main

def analyse_seed(text: str):
    from analysis import indicators as indicators_mod

    cleaned = layout.clean(text)
    sents = segment.sentences(cleaned.text)
    segs = articles_mod.split(cleaned, sents)
    inds = indicators_mod.extract(cleaned, sents, segs)
    return cleaned, sents, segs, inds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", help="also write the numbers to this JSON file")
    a = ap.parse_args(argv)

    gold_entries = load_jsonl(DATA / "articles.jsonl")
    refs = load_jsonl(DATA / "summaries.jsonl")
    files = {g["seed"]: g["file"] for g in gold_entries}
    texts = {k: (SEEDS / f).read_text("utf-8") for k, f in files.items()}
    gold = gold_articles(gold_entries, texts)

    systems = {"ours": None, "lead": lead, "textrank-jieba": textrank_jieba}
    status = {"ours": "ok", "lead": "ok", "textrank-jieba": "ok (own implementation)"}
    for name, factory in (("snownlp", _snownlp), ("textrank4zh", _textrank4zh),
                          ("jionlp", _jionlp)):
        fn, st = factory()
        systems[name] = fn
        status[name] = st

    art_rows = []
    per_seed: dict[str, dict] = {}
    t0 = time.perf_counter()
    for seed in sorted(texts):
        cleaned, sents, segs, inds = analyse_seed(texts[seed])
        pred = [{"kind": s.kind, "title": s.title, "span": cleaned.to_original(*s.span),
                 "seg": s, "i": i} for i, s in enumerate(segs)]
        g = gold[seed]
        pairs = match(pred, g)
        titles_ok = sum(1 for i, j in pairs if title_norm(pred[i]["title"]) == title_norm(g[j]["title"]))
        art_rows.append((seed, len(g), len(pred), len(pairs), titles_ok))
        per_seed[seed] = {"cleaned": cleaned, "sents": sents, "segs": segs, "inds": inds,
                          "pred": pred, "gold": g, "pairs": pairs}

    scores: dict[str, list[float]] = {k: [] for k in systems}
    details = []
    for r in refs:
        ps = per_seed[r["seed"]]
        gi = next((j for j, g in enumerate(ps["gold"]) if norm(g["title"]) == norm(r["title"])),
                  None)
        if gi is None:
            raise ValueError(f"reference names no gold article: {r['title']}")
        pi = next((i for i, j in ps["pairs"] if j == gi), None)
        cleaned = ps["cleaned"]
        if pi is not None:
            seg = ps["segs"][pi]
            a_inds = [x for x in ps["inds"] if x.article == pi]
            ours = summarize.article_summary(cleaned, seg, ps["sents"], a_inds)
            if seg.kind == "caption":
                src = "".join(cleaned.display(s, e) for s, e in seg.body)
            else:
                src = "\n".join(cleaned.display(s, e) for s, e in seg.body)
        else:
            ours = ""
            s, e = ps["gold"][gi]["span"]
            src = texts[r["seed"]][s:e]
        row = {"seed": r["seed"], "title": r["title"], "reference": r["reference"]}
        for name, fn in systems.items():
            if name == "ours":
                out = ours
            elif fn is None:
                continue
            else:
                try:
                    out = fn(src)
                except Exception as e:  # noqa: BLE001 - a baseline failing on one text
                    out = ""
                    status[name] = f"error on some texts ({type(e).__name__})"
            out = out[:LIMIT]
            scores[name].append(rouge_l(out, r["reference"]))
            row[name] = out
        details.append(row)
    elapsed = time.perf_counter() - t0

    # ---- print
    print("Articles (gold from evaluation/data/articles.jsonl)")
    print(f"{'seed':<6}{'gold':>6}{'pred':>6}{'match':>7}{'prec':>8}{'recall':>8}{'title acc':>11}")
    tg = tp = tm = tt = 0
    for seed, ng, np_, nm, nt in art_rows:
        print(f"{seed:<6}{ng:>6}{np_:>6}{nm:>7}{nm / np_ if np_ else 0:>8.3f}"
              f"{nm / ng if ng else 0:>8.3f}{nt / nm if nm else 0:>11.3f}")
        tg, tp, tm, tt = tg + ng, tp + np_, tm + nm, tt + nt
    print(f"{'all':<6}{tg:>6}{tp:>6}{tm:>7}{tm / tp:>8.3f}{tm / tg:>8.3f}{tt / tm:>11.3f}")
    print()
    reports = [k for k, r in enumerate(refs) if r["seed"] == "003" and "工作报告" in r["title"]]
    print(f"Summaries: ROUGE-L F1 (characters) against {len(refs)} hand-written references")
    print(f"{'system':<16}{'all':>8}{'work reports':>14}    status")
    for name in systems:
        sc = scores[name]
        if not sc:
            print(f"{name:<16}{'-':>8}{'-':>14}    {status[name]}")
            continue
        rep = [sc[k] for k in reports]
        print(f"{name:<16}{sum(sc) / len(sc):>8.3f}{sum(rep) / len(rep) if rep else 0:>14.3f}"
              f"    {status[name]}")
    print(f"(n={len(refs)} references, {len(reports)} of them work reports; {elapsed:.1f}s)")
    if a.json:
        Path(a.json).parent.mkdir(parents=True, exist_ok=True)
        Path(a.json).write_text(json.dumps({
            "articles": [dict(zip(("seed", "gold", "pred", "match", "titles_ok"), r))
                         for r in art_rows],
            "rouge_l": {k: (sum(v) / len(v) if v else None) for k, v in scores.items()},
            "status": status, "details": details}, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
