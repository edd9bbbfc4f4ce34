"""Segmenter benchmark: jieba.lcut vs jieba.posseg vs faster jieba-compatible segmenters.

    .venv/bin/python bench/bench_segment.py [--repeat 3]

On the seeds (layout-cleaned), for each segmenter: agreement with jieba
``Tokenizer.lcut`` with ``analysis/data/userdict.txt`` (HMM on; the reference) as token-boundary precision,
recall and F1 (boundaries = token end offsets) against jieba + userdict, and speed in characters per second (best of
``--repeat`` runs, after one warm-up). Prints a table and writes ``bench/out/bench_segment.json``.
Optional segmenters (``rjieba``, ``jieba_fast``) are reported as unavailable when not installed.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import layout, segment  # noqa: E402


def boundaries(words: list[str]) -> set[int]:
    out, pos = set(), 0
    for w in words:
        pos += len(w)
        out.add(pos)
    return out


def prf(ref: set[int], got: set[int]) -> tuple[float, float, float]:
    inter = len(ref & got)
    p = inter / len(got) if got else 0.0
    r = inter / len(ref) if ref else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def segmenters():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    ours = segment.jieba_tokenizer()  # jieba.Tokenizer + userdict (the first hot path)
    plain = jieba.Tokenizer()
    plain.initialize()
    pos = jieba.posseg.POSTokenizer(ours)
    out = {
        "jieba.lcut +userdict": (lambda t: ours.lcut(t), "ok"),
        "jieba.lcut (no userdict)": (lambda t: plain.lcut(t), "ok"),
        "jieba.posseg +userdict": (lambda t: [w for w, _ in pos.lcut(t)], "ok"),
    }
    try:
        import jieba_fast

        jieba_fast.setLogLevel(logging.WARNING)
        jf = jieba_fast.Tokenizer()
        jf.initialize()
        jf.load_userdict(str(segment.USERDICT))
        out["jieba_fast +userdict"] = (lambda t: jf.lcut(t), "ok")
    except Exception as e:  # noqa: BLE001 - optional
        out["jieba_fast +userdict"] = (None, f"unavailable ({type(e).__name__})")
    try:
        import rjieba

        out["rjieba (default dict)"] = (lambda t: rjieba.cut(t), "ok")
        rj = rjieba.Jieba()
        for line in segment.USERDICT.read_text("utf-8").splitlines():
            parts = line.split()
            if parts:
                rj.add_word(parts[0], int(parts[1]) if len(parts) > 1 else None,
                            parts[2] if len(parts) > 2 else None)
        out["rjieba +userdict (add_word)"] = (lambda t: rj.cut(t), "ok")
    except Exception as e:  # noqa: BLE001 - optional
        out["rjieba"] = (None, f"unavailable ({type(e).__name__})")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args(argv)
    texts = [layout.clean(p.read_text("utf-8")).text for p in sorted((ROOT / "seeds").glob("*.txt"))]
    chars = sum(len(t) for t in texts)
    segs = segmenters()
    ref_fn = segs["jieba.lcut +userdict"][0]
    ref = [boundaries(ref_fn(t)) for t in texts]
    rows = []
    for name, (fn, status) in segs.items():
        if fn is None:
            rows.append({"segmenter": name, "status": status})
            continue
        for t in texts[:1]:
            fn(t)  # warm-up (lazy dictionaries)
        best = float("inf")
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            outs = [fn(t) for t in texts]
            best = min(best, time.perf_counter() - t0)
        assert all("".join(o) == t for o, t in zip(outs, texts)), name
        tp = sum(len(r & boundaries(o)) for r, o in zip(ref, outs))
        ng = sum(len(boundaries(o)) for o in outs)
        nr = sum(len(r) for r in ref)
        p, r = tp / ng, tp / nr
        rows.append({"segmenter": name, "status": status, "precision": p, "recall": r,
                     "f1": 2 * p * r / (p + r), "tokens": ng, "seconds": best,
                     "chars_per_s": chars / best})
    print(f"seeds: {len(texts)} files, {chars} characters (layout-cleaned); best of {a.repeat}")
    print(f"{'segmenter':<30}{'P':>7}{'R':>7}{'F1':>7}{'tokens':>8}{'chars/s':>11}  status")
    for r in rows:
        if "f1" not in r:
            print(f"{r['segmenter']:<30}{'-':>7}{'-':>7}{'-':>7}{'-':>8}{'-':>11}  {r['status']}")
            continue
        print(f"{r['segmenter']:<30}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}"
              f"{r['tokens']:>8}{r['chars_per_s']:>11,.0f}  {r['status']}")
    out = ROOT / "bench" / "out" / "bench_segment.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"chars": chars, "rows": rows}, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
