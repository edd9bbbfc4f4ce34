"""In-process pipeline throughput: ``analysis.pipeline.analyze`` without Redis, Celery or HTTP.

    .venv/bin/python bench/bench_pipeline.py [--docs 150] [--procs 1,2]
    .venv/bin/python -m bench pipeline        # the fast part alone (~1 minute)

The fast part (``fast()``): the seed mix (the five seeds, once each) analysed in-process, in
rounds that alternate with ``jieba.lcut`` on the same decoded texts, so each round gives the
pipeline's chars/s and its ratio to jieba.lcut measured under the same load (medians over
the rounds, with the spread); a stage table from the pipeline's own stage clock
(``analyze(..., stages=)``): each stage's chars/s and ratio to jieba.lcut in the same rounds,
and the indicator stage's ms per 6,000 characters (#13's ≤ 5 ms) from the same clock;
then linearity and memory: the seed mix repeated (``big_doc``) at 20 k, one full mix
(~85 k) and 2 M characters, time per character against the 20 k one, and the peak RSS of
``zhibiao analyze`` on the 2 M document (a child process that reports its own peak).

Per seed: ms per document (median of 3). Then the same workload the service benchmark submits
(``--docs`` documents, the seeds round robin) on 1 process, and on 2 processes forked after
the dictionaries are loaded (a ``multiprocessing`` pool, one document per dispatch: the same
shape as a prefork Celery worker), giving docs/s and chars/s, also per core. Each document is
analysed as the worker's task calls it: ``analyze(data, filename)``, the pure analysis (the task
then packs the tokens and writes the JSON: that is counted as the service's cost, not here).
Writes bench/out/pipeline.json.
Not a timed test: figures depend on the machine and its load (printed with them).
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import SEEDS, big_doc, machine, median, workload, write_json  # noqa: E402


def _analyze(item: tuple[str, bytes]) -> tuple[int, float, float]:
    """(chars, wall seconds, CPU seconds of this process) for one document."""
    from analysis.pipeline import analyze

    name, data = item
    c, t = time.process_time(), time.perf_counter()
    r = analyze(data, name)
    return r.document.chars, time.perf_counter() - t, time.process_time() - c


def _noop(_):
    return None


def throughput(docs: list[tuple[str, bytes]], procs: int) -> dict:
    """Wall time to analyse ``docs`` on ``procs`` processes (dictionaries loaded before fork)."""
    from analysis import pipeline

    pipeline.warm_up()
    if procs == 1:
        t0 = time.perf_counter()
        out = [_analyze(d) for d in docs]
        wall = time.perf_counter() - t0
    else:
        import gc

        gc.collect()
        gc.freeze()  # as the worker does before its pool forks (worker/signals.py)
        ctx = mp.get_context("fork")
        with ctx.Pool(procs) as pool:
            pool.map(_noop, range(procs * 4))  # the children exist before the clock starts
            t0 = time.perf_counter()
            out = list(pool.imap_unordered(_analyze, docs, chunksize=1))
            wall = time.perf_counter() - t0
    chars = sum(o[0] for o in out)
    busy = sum(o[1] for o in out)
    cpu = sum(o[2] for o in out)
    return {"procs": procs, "docs": len(docs), "chars": chars, "wall_s": round(wall, 3),
            "docs_per_s": round(len(docs) / wall, 2), "chars_per_s": round(chars / wall),
            "chars_per_s_per_core": round(chars / wall / procs),
            "ms_per_doc_mean": round(busy / len(docs) * 1000, 2),
            "cpu_ms_per_doc": round(cpu / len(docs) * 1000, 2)}


def per_seed(repeat: int = 3) -> list[dict]:
    from analysis import pipeline

    pipeline.warm_up()
    rows = []
    for p in SEEDS:
        data = p.read_bytes()
        times, chars = [], 0
        for _ in range(repeat):
            chars, s, _cpu = _analyze((p.name, data))
            times.append(s)
        ms = median(times) * 1000
        rows.append({"seed": p.name, "bytes": len(data), "chars": chars, "ms": round(ms, 2),
                     "chars_per_s": round(chars / (ms / 1000))})
    return rows


STAGES = ("decode", "layout", "sentences", "articles", "tokens", "indicators", "keywords",
          "summaries", "result")


def _spread(xs: list[float]) -> dict:
    return {"median": median(xs), "min": min(xs), "max": max(xs)}


def seed_mix(rounds: int = 9) -> dict:
    """The pipeline and its stages against jieba.lcut on the seed mix, round by round."""
    import jieba

    from analysis import pipeline

    jieba.setLogLevel(60)
    jieba.initialize()
    pipeline.warm_up()
    docs = [(p.name, p.read_bytes()) for p in SEEDS]
    texts = [d.decode("utf-8") for _, d in docs]
    chars = sum(map(len, texts))
    for name, data in docs:  # first-use caches (tags, weights) out of the clock
        pipeline.analyze(data, name)
    jieba.lcut(texts[0])
    per: dict[str, list[float]] = {k: [] for k in ("pipeline", "jieba", *STAGES)}
    for r in range(rounds):
        order = ("pipeline", "jieba") if r % 2 == 0 else ("jieba", "pipeline")
        for what in order:
            if what == "jieba":
                t = time.perf_counter()
                for x in texts:
                    jieba.lcut(x)
                per["jieba"].append(time.perf_counter() - t)
            else:
                st: dict[str, float] = {}
                t = time.perf_counter()
                for name, data in docs:
                    pipeline.analyze(data, name, stages=st)
                per["pipeline"].append(time.perf_counter() - t)
                for k in STAGES:
                    per[k].append(st.get(k, 0.0))
    rows = []
    for k in ("pipeline", "jieba", *STAGES):
        secs = per[k]
        ratios = [j / x if x else float("inf") for j, x in zip(per["jieba"], secs)]
        share = [x / p for x, p in zip(secs, per["pipeline"])]
        rows.append({"stage": k, "ms": round(median(secs) * 1000, 2),
                     "chars_per_s": round(chars / median(secs)) if median(secs) else None,
                     "ratio_to_jieba": {q: round(v, 2) for q, v in _spread(ratios).items()},
                     "share": round(median(share), 3)})
    ind_ms = next(r["ms"] for r in rows if r["stage"] == "indicators")
    return {"chars": chars, "docs": len(docs), "rounds": rounds, "rows": rows,
            "indicators_ms_per_6k": round(ind_ms * 6000 / chars, 3)}


def _peak_rss_mb(path: Path) -> float:
    """Peak RSS of ``zhibiao analyze PATH`` (output to /dev/null), reported by the child: its
    ``VmHWM`` (the high-water mark of its own address space; ``ru_maxrss`` would also count
    the copy of this large process the child was forked from before its exec)."""
    import subprocess

    code = ("import sys\nfrom zhibiao.cli import main\n"
            "rc = main(['analyze', sys.argv[1]])\n"
            "sys.stdout.flush()\n"
            "hwm = [x for x in open('/proc/self/status') if x.startswith('VmHWM:')][0]\n"
            "print(hwm.split()[1], file=sys.stderr)\n"
            "sys.exit(rc)")
    p = subprocess.run([sys.executable, "-c", code, str(path)], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True, check=True,
                       cwd=Path(__file__).resolve().parent.parent)
    return int(p.stderr.strip().splitlines()[-1]) / 1024


def linearity(sizes: tuple[int, ...] = (20_000, 0, 2_000_000), rounds: int = 3,
              rss: bool = True) -> dict:
    """Seconds per document for the seed mix at each size (0: one whole mix), in rounds that
    time every size in turn (the small ones as the median of several repeats), and the time
    per character against the first size's in the same round (median over the rounds, with
    the spread); the peak RSS of ``zhibiao analyze`` on the largest."""
    import gc
    import tempfile

    from analysis import pipeline

    pipeline.warm_up()
    one = sum(len(p.read_text("utf-8").strip("\n")) + 2 for p in SEEDS)
    docs = [big_doc(n or one) for n in sizes]
    chars = [len(d.decode("utf-8")) for _, d in docs]
    times: list[list[float]] = [[] for _ in docs]
    per_round: list[list[float]] = [[] for _ in docs]
    for name, data in docs:
        pipeline.analyze(data, name)  # warm
    for _ in range(rounds):
        us = []
        for i, (name, data) in enumerate(docs):
            reps = max(1, min(15, 1_000_000 // chars[i]))
            ts = []
            for _ in range(reps):
                gc.collect()
                t = time.perf_counter()
                r = pipeline.analyze(data, name)
                ts.append(time.perf_counter() - t)
                del r
            times[i].append(median(ts))
            us.append(median(ts) / chars[i] * 1e6)
        for i in range(len(docs)):
            per_round[i].append(us[i] / us[0])
    rows = []
    for i, (name, _) in enumerate(docs):
        sec = median(times[i])
        q = _spread(per_round[i])
        rows.append({"name": name, "chars": chars[i], "s": round(sec, 4),
                     "chars_per_s": round(chars[i] / sec),
                     "us_per_char": round(sec / chars[i] * 1e6, 4),
                     "per_char_vs_first": round(q["median"], 2),
                     "per_char_vs_first_min": round(q["min"], 2),
                     "per_char_vs_first_max": round(q["max"], 2)})
    out: dict = {"rounds": rounds, "rows": rows}
    if rss:
        name, data = docs[-1]
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / name
            path.write_bytes(data)
            out["cli_peak_rss_mb"] = round(_peak_rss_mb(path))
            out["cli_peak_rss_chars"] = chars[-1]
    return out


def fast(rounds: int = 9) -> dict:
    res = {"machine": machine(), "seed_mix": seed_mix(rounds), "linearity": linearity()}
    write_json("pipeline_fast.json", res)
    return res


def print_fast(res: dict) -> None:
    m = res["seed_mix"]
    rows = {r["stage"]: r for r in m["rows"]}
    p, j = rows["pipeline"], rows["jieba"]
    q = p["ratio_to_jieba"]
    print(f"seed mix ({m['docs']} seeds, {m['chars']:,} chars), {m['rounds']} rounds alternating"
          f" with jieba.lcut; load avg {res['machine']['load_avg_1m']}:")
    print(f"  pipeline (analyze)  {p['chars_per_s']:>11,} chars/s   ratio to jieba.lcut"
          f" {q['median']:.2f} (rounds {q['min']:.2f}-{q['max']:.2f});"
          f" jieba.lcut {j['chars_per_s']:,} chars/s")
    print("  stage table (each stage's chars/s = seed-mix chars / its seconds; ratio = its speed"
          " / jieba.lcut's, same rounds):")
    print(f"  {'stage':<12}{'ms':>9}{'share':>8}{'chars/s':>14}{'× jieba.lcut':>14}"
          f"{'(min-max)':>14}")
    for k in ("pipeline", "jieba", *STAGES):
        r = rows[k]
        q = r["ratio_to_jieba"]
        cps = f"{r['chars_per_s']:,}" if r["chars_per_s"] else "-"
        print(f"  {k:<12}{r['ms']:>9.2f}{r['share'] * 100:>7.1f}%{cps:>14}{q['median']:>14.2f}"
              f"{q['min']:>8.2f}-{q['max']:<5.2f}")
    print(f"  indicator stage: {m['indicators_ms_per_6k']:.2f} ms per 6,000 characters (its"
          f" median over the rounds above; #13's target <= 5; bench/bench_indicators.py times it"
          f" alone)")
    lin = res["linearity"]
    print(f"  linearity (the seed mix's proportions at each size; {lin['rounds']} rounds, each"
          " timing every size; per-char time ÷ the 20 k one's in the same round):")
    print(f"  {'document':<18}{'chars':>11}{'s':>9}{'chars/s':>12}{'µs/char':>9}"
          f"{'vs 20 k':>9}{'(min-max)':>12}")
    for r in lin["rows"]:
        print(f"  {r['name']:<18}{r['chars']:>11,}{r['s']:>9.3f}{r['chars_per_s']:>12,}"
              f"{r['us_per_char']:>9.3f}{r['per_char_vs_first']:>9.2f}"
              f"{r['per_char_vs_first_min']:>7.2f}-{r['per_char_vs_first_max']:<5.2f}")
    if "cli_peak_rss_mb" in lin:
        print(f"  peak RSS of `zhibiao analyze` on the {lin['cli_peak_rss_chars']:,}-character"
              f" document: {lin['cli_peak_rss_mb']} MB")


def run(n_docs: int = 150, procs: tuple[int, ...] = (1, 2)) -> dict:
    docs = workload(n_docs)
    quick = fast()
    seeds = per_seed()
    runs = [throughput(docs, p) for p in procs]
    result = {"machine": machine(), "fast": quick, "per_seed": seeds, "throughput": runs}
    write_json("pipeline.json", result)
    return result


def print_report(res: dict) -> None:
    if "fast" in res:
        print_fast(res["fast"])
    print("in-process pipeline (analyze) per seed, median of 3:")
    print(f"  {'seed':<28}{'bytes':>8}{'chars':>8}{'ms':>9}{'chars/s':>11}")
    for r in res["per_seed"]:
        print(f"  {r['seed']:<28}{r['bytes']:>8}{r['chars']:>8}{r['ms']:>9.1f}{r['chars_per_s']:>11,}")
    print("in-process throughput on the service workload:")
    print(f"  {'procs':>5}{'docs':>6}{'wall s':>9}{'docs/s':>9}{'chars/s':>11}{'chars/s/core':>14}")
    for r in res["throughput"]:
        print(f"  {r['procs']:>5}{r['docs']:>6}{r['wall_s']:>9.2f}{r['docs_per_s']:>9.2f}"
              f"{r['chars_per_s']:>11,}{r['chars_per_s_per_core']:>14,}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--procs", default="1,2")
    ap.add_argument("--fast", action="store_true", help="seed mix, stage table, 2 M only")
    ap.add_argument("--rounds", type=int, default=9)
    a = ap.parse_args(argv)
    if a.fast:
        print_fast(fast(a.rounds))
        return 0
    print_report(run(a.docs, tuple(int(x) for x in a.procs.split(","))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
