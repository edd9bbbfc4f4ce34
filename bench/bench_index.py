"""The cross-document indicator index (``core.index``): a query over N jobs reads the index and
the rows of one page, never N results.

    .venv/bin/python bench/bench_index.py [--jobs 10000] [--per-job 20] [--repeat 7]

Starts its own redis-server (no AOF) on a free port; fills the index of N succeeded jobs of one
tenant exactly as the worker does (``core.index.queue_result`` in one transaction per job), each
job ``--per-job`` indicators taken round robin from the seeds' real results, the jobs spread over
30 counties (the region) and 10 batches. Then times, median of ``--repeat`` runs, each query
through ``core.many.Many.query_indicators`` (what ``GET /v1/indicators`` calls):
* the first page (100) with no filter, by ``canonical``, by ``canonical`` + ``region``,
  by ``batch`` + ``region``, by ``q`` (a substring: rows are read and matched);
* every page of one county's ``canonical=gdp`` (all its rows);
and, for scale, reading every job's rows (``HGETALL`` per job, pipelined): what a query costs
when it must read every result. Prints figures and ratios, writes bench/out/index.json; asserts
no time.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import SEEDS, machine, write_json  # noqa: E402
from core import index  # noqa: E402
from core.many import Many  # noqa: E402
from core.store import JobStore  # noqa: E402
from zhibiao.redisserver import RedisServer  # noqa: E402

COUNTIES = ["平鲁区", "朔城区", "山阴县", "应县", "右玉县", "怀仁市", "大同市", "忻州市",
            "太原市", "晋城市"] + [f"第{i}县" for i in range(20)]


def seed_indicators() -> list[dict]:
    from analysis.pipeline import analyze

    out: list[dict] = []
    for p in SEEDS:
        if p.stat().st_size < 50_000:  # the long page would dominate the mix
            out += analyze(p.read_bytes(), p.name).to_json_dict()["indicators"]
    return out


def fill(store: JobStore, tenant: str, jobs: int, per_job: int, pool: list[dict]) -> float:
    t0 = time.perf_counter()
    base = time.time() - jobs
    for j in range(jobs):
        jid = f"{j:08d}-0000-4000-8000-000000000000"
        county = COUNTIES[j % len(COUNTIES)]
        inds = [{**pool[(j * per_job + k) % len(pool)], "region": county}
                for k in range(per_job)]
        result = json.dumps({"indicators": inds}, ensure_ascii=False).encode()
        p = store.r.pipeline(transaction=True)
        index.queue_result(p, jid, tenant, f"batch-{j % 10}", f"{county}-{j}.txt", result,
                           base + j, store.ttl)
        p.execute()
    return time.perf_counter() - t0


def timed(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), out


def run(jobs: int, per_job: int, repeat: int) -> dict:
    pool = seed_indicators()
    with tempfile.TemporaryDirectory() as d:
        rs = RedisServer(d, appendonly=False).start()
        try:
            store = JobStore(rs.url, ttl_s=86400)
            many = Many(store)
            tenant = "bench"
            fill_s = fill(store, tenant, jobs, per_job, pool)
            mem = store.r.info("memory")["used_memory"]
            gdp = sum(1 for j in range(jobs) for k in range(per_job)
                      if pool[(j * per_job + k) % len(pool)].get("canonical") == "gdp")

            def page(**kw):
                return many.query_indicators(tenant, limit=100, **kw)[0]

            def all_pages(**kw):
                rows, cur = [], None
                while True:
                    got, cur = many.query_indicators(tenant, limit=1000, cursor=cur, **kw)
                    rows += got
                    if not cur:
                        return rows

            def read_everything():
                p = store.r.pipeline(transaction=False)
                for j in range(jobs):
                    p.hgetall(index.k_rows(f"{j:08d}-0000-4000-8000-000000000000"))
                return sum(len(h) for h in p.execute())

            queries = {
                "first page, no filter": lambda: page(),
                "first page, canonical=gdp": lambda: page(canonical="gdp"),
                "first page, canonical=gdp & region": lambda: page(canonical="gdp",
                                                                   region="应县"),
                "first page, batch & region": lambda: page(batch="batch-3", region="应县"),
                "first page, q=粮食 (rows matched)": lambda: page(q="粮食"),
                "every page, canonical=gdp & region": lambda: all_pages(canonical="gdp",
                                                                        region="应县"),
            }
            rows = []
            for name, fn in queries.items():
                ms, out = timed(fn, repeat)
                rows.append({"query": name, "ms": round(ms, 2), "rows": len(out)})
            ms_all, n_all = timed(read_everything, max(1, repeat // 2))
        finally:
            rs.stop()
    return {"machine": machine(), "jobs": jobs, "per_job": per_job,
            "indicators": jobs * per_job, "gdp_indicators": gdp, "fill_s": round(fill_s, 2),
            "redis_used_memory_mb": round(mem / 1e6, 1), "queries": rows,
            "read_every_job_ms": round(ms_all, 1), "read_every_job_fields": n_all}


def print_report(res: dict) -> None:
    print(f"index of {res['jobs']:,} jobs × {res['per_job']} indicators "
          f"({res['indicators']:,}; {res['gdp_indicators']:,} gdp), filled in {res['fill_s']} s, "
          f"Redis used_memory {res['redis_used_memory_mb']} MB")
    print(f"{'query':42} {'ms (median)':>12} {'rows':>6} {'vs read all':>12}")
    for r in res["queries"]:
        ratio = res["read_every_job_ms"] / r["ms"] if r["ms"] else float("inf")
        print(f"{r['query']:42} {r['ms']:12.2f} {r['rows']:6d} {ratio:11.0f}x")
    print(f"{'reading every job rows (HGETALL each)':42} {res['read_every_job_ms']:12.1f}")
    print(f"machine: {res['machine']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=10_000)
    ap.add_argument("--per-job", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args(argv)
    res = run(a.jobs, a.per_job, a.repeat)
    print_report(res)
    write_json("index.json", res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
