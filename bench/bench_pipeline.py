"""In-process pipeline throughput: ``analysis.pipeline.analyze`` without Redis, Celery or HTTP.

    .venv/bin/python bench/bench_pipeline.py [--docs 150] [--procs 1,2]

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

from bench._common import SEEDS, machine, median, workload, write_json  # noqa: E402


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


def run(n_docs: int = 150, procs: tuple[int, ...] = (1, 2)) -> dict:
    docs = workload(n_docs)
    seeds = per_seed()
    runs = [throughput(docs, p) for p in procs]
    result = {"machine": machine(), "per_seed": seeds, "throughput": runs}
    write_json("pipeline.json", result)
    return result


def print_report(res: dict) -> None:
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
    a = ap.parse_args(argv)
    print_report(run(a.docs, tuple(int(x) for x in a.procs.split(","))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
