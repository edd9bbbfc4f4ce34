"""``python -m bench``: every benchmark, then one combined table (bench/out/summary.json).

    .venv/bin/python -m bench [--docs 150] [--latency 50] [--skip service,segment,...]
    .venv/bin/python -m bench pipeline [--rounds 9]   # pipeline vs jieba.lcut, stage table,
                                                      # 2 M figures; alone, ~1 minute

Runs, when present: bench/bench_indicators.py and bench/bench_segment.py (each in its own
process, written by the stage owners), bench/bench_pipeline.py (in-process analyze) and
bench/bench_service.py (the service end to end). A part that fails or is missing is reported as
such; the others still run. About 8 minutes on a 2-core machine. Figures depend on the
machine and on its load, which is printed with them.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import OUT, ROOT, machine, write_json  # noqa: E402


def _script(name: str, out_json: str, timeout: float) -> tuple[dict | None, str]:
    path = ROOT / "bench" / name
    if not path.exists():
        return None, "not present"
    t = time.monotonic()
    try:
        p = subprocess.run([sys.executable, str(path)], cwd=ROOT, timeout=timeout,
                           capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:.0f} s"
    sys.stdout.write(p.stdout)
    if p.returncode != 0:
        return None, f"exit {p.returncode}: {p.stderr.strip().splitlines()[-1:] or ''}"
    try:
        return json.loads((OUT / out_json).read_text("utf-8")), f"{time.monotonic() - t:.0f} s"
    except (OSError, ValueError) as e:
        return None, f"no output: {e}"


def _ok(value, target, le=True) -> str:
    if value is None:
        return "-"
    return "met" if (value <= target if le else value >= target) else "MISSED"


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["pipeline"]:
        from bench import bench_pipeline

        return bench_pipeline.main(["--fast", *argv[1:]])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=150, help="documents per throughput run")
    ap.add_argument("--latency", type=int, default=50, help="sequential 6 KB jobs for latency")
    ap.add_argument("--repeat", type=int, default=7, help="alternating rounds per worker count")
    ap.add_argument("--skip", default="", help="comma list: indicators,segment,pipeline,service")
    a = ap.parse_args(argv)
    skip = set(filter(None, a.skip.split(",")))
    t0 = time.monotonic()
    parts: dict[str, tuple[dict | None, str]] = {}

    if "indicators" not in skip:
        print("== bench_indicators", flush=True)
        parts["indicators"] = _script("bench_indicators.py", "indicators.json", 300)
    if "segment" not in skip:
        print("== bench_segment", flush=True)
        parts["segment"] = _script("bench_segment.py", "bench_segment.json", 300)
    if "pipeline" not in skip:
        print("== bench_pipeline", flush=True)
        try:
            from bench import bench_pipeline

            res = bench_pipeline.run(a.docs)
            bench_pipeline.print_report(res)
            parts["pipeline"] = (res, "ok")
        except Exception:
            traceback.print_exc()
            parts["pipeline"] = (None, "failed")
    if "service" not in skip:
        print("== bench_service", flush=True)
        try:
            from bench import bench_service

            res = bench_service.run(a.docs, a.latency, repeat=a.repeat)
            bench_service.print_report(res)
            parts["service"] = (res, "ok")
        except Exception:
            traceback.print_exc()
            parts["service"] = (None, "failed")

    rows: list[tuple[str, str, str, str]] = []  # metric, value, target, met
    ind = parts.get("indicators", (None, "skipped"))
    if ind[0]:
        v = ind[0]["ms_per_6k_chars"]
        fast = ind[0].get("ms_per_6k_chars_min")
        rows.append(("indicator stage, ms per 6,000 chars (median of repeats)",
                     f"{v:.2f}" + (f" (fastest repeat {fast:.2f})" if fast is not None else ""),
                     "≤ 5", _ok(v, 5)))
    elif "indicators" in parts:
        rows.append(("indicator stage", ind[1], "", ""))
    seg = parts.get("segment", (None, "skipped"))
    if seg[0]:
        for r in seg[0].get("rows", []):
            if "chars_per_s" in r and "userdict" in r["segmenter"]:
                rows.append((f"segmenter {r['segmenter']}", f"{r['chars_per_s']:,.0f} chars/s,"
                             f" F1 {r['f1']:.3f}", "", ""))
    elif "segment" in parts:
        rows.append(("segmenter", seg[1], "", ""))
    pipe = parts.get("pipeline", (None, "skipped"))
    if pipe[0]:
        quick = pipe[0].get("fast")
        if quick:
            rr = {r["stage"]: r for r in quick["seed_mix"]["rows"]}
            q = rr["pipeline"]["ratio_to_jieba"]
            rows.append(("in-process analyze, seed mix: chars/s, ratio to jieba.lcut (same rounds)",
                         f"{rr['pipeline']['chars_per_s']:,} chars/s, {q['median']:.2f}×"
                         f" ({q['min']:.2f}-{q['max']:.2f})", "≥ 2.2×", _ok(q["median"], 2.2, le=False)))
            lin = quick["linearity"]
            big = lin["rows"][-1]
            rows.append((f"{big['chars']:,}-char document: s, chars/s, per-char time vs 20 k",
                         f"{big['s']:.2f} s, {big['chars_per_s']:,} chars/s,"
                         f" {big['per_char_vs_first']:.2f}×", "≤ 1.5×",
                         _ok(big["per_char_vs_first"], 1.5)))
            if "cli_peak_rss_mb" in lin:
                rows.append(("peak RSS of `zhibiao analyze` on it", f"{lin['cli_peak_rss_mb']} MB",
                             "≤ 400 MB", _ok(lin["cli_peak_rss_mb"], 400)))
        for r in pipe[0]["throughput"]:
            rows.append((f"in-process analyze, {r['procs']} process(es)",
                         f"{r['docs_per_s']:.1f} docs/s, {r['chars_per_s_per_core']:,} chars/s/core",
                         "", ""))
    svc = parts.get("service", (None, "skipped"))
    if svc[0]:
        for r in svc[0]["runs"]:
            rows.append((f"service e2e, {r['workers']} worker process(es), wall clock",
                         f"{r['service']['docs_per_s']:.1f} docs/s (in-process"
                         f" {r['inprocess']['docs_per_s']:.1f}), ratio {r['ratio']:.2f}"
                         f" (rounds {r['ratios_all_rounds']})",
                         "≥ 0.9", _ok(r["ratio"], 0.9, le=False)))
            if "ratio_pooled" in r:
                rows.append(("  same, all rounds pooled (total docs / total wall)",
                             f"{r['ratio_pooled']:.2f}", "", ""))
            rows.append(("  same, CPU: analyze / all service processes, median round",
                         f"{r.get('cpu_ratio_median', r['cpu_ratio']):.2f} (rounds"
                         f" {r.get('cpu_ratios_in_order', [r['cpu_ratio']])})", "", ""))
        one = next((r for r in svc[0]["runs"] if r["workers"] == 1), None)
        if one:
            if "overhead_in_jobs_ms_per_job" in one:
                rows.append(("queue overhead per job, seed mix, 1 worker: wall per job − its analyze()",
                             f"{one['overhead_in_jobs_ms_per_job']:.1f} ms (median round)", "≤ 5",
                             _ok(one["overhead_in_jobs_ms_per_job"], 5)))
            rows.append(("  same against the in-process run (e2e − in-process, median round)",
                         f"{one['overhead_ms_per_job']:.1f} ms", "", ""))
            lat = one.get("latency")
            if lat:
                if "queue_overhead_in_job_ms_p50" in lat:
                    rows.append(("queue overhead per job, idle 6 KB: service time − its own analyze()",
                                 f"{lat['queue_overhead_in_job_ms_p50']:.1f} ms (p50; p95"
                                 f" {lat['queue_overhead_in_job_ms_p95']:.1f})", "≤ 5",
                                 _ok(lat["queue_overhead_in_job_ms_p50"], 5)))
                rows.append(("  same against analyze() run in this process between the jobs",
                             f"{lat['overhead_vs_inprocess_ms_p50']:.1f} ms (p50 − p50)", "", ""))
                rows.append(("  of which queue wait (created → started), p50",
                             f"{lat['queue_wait_ms_p50']:.1f} ms", "", ""))
                rows.append(("submit → succeeded, idle, 6 KB, p50 / p95",
                             f"{lat['e2e_ms_p50']:.1f} / {lat['e2e_ms_p95']:.1f} ms", "p50 ≤ 50",
                             _ok(lat["e2e_ms_p50"], 50)))
            m = one["worker_memory"]
            rows.append((f"worker RSS, main + pool, after {one['jobs_on_worker']} jobs (1 worker)",
                         f"{m['rss_mb']:.0f} MB (PSS {m['pss_mb']:.0f} MB, main RSS + child USS"
                         f" {m['main_rss_plus_children_uss_mb']:.0f} MB)", "≤ 250 MB",
                         _ok(m["rss_mb"], 250)))
            rows.append(("Redis used_memory per finished job (seed mix / 6 KB doc)",
                         f"{one['service']['redis_bytes_per_job'] / 1024:.0f} KB / "
                         f"{(lat or {}).get('redis_bytes_per_job', 0) / 1024:.0f} KB", "", ""))
        two = next((r for r in svc[0]["runs"] if r["workers"] == 2), None)
        if two:
            m = two["worker_memory"]
            rows.append((f"worker RSS, main + 2 pool, after {two['jobs_on_worker']} jobs",
                         f"{m['rss_mb']:.0f} MB (PSS {m['pss_mb']:.0f} MB)", "", ""))
    elif "service" in parts:
        rows.append(("service", svc[1], "", ""))

    mach = machine()
    print(f"\n== zhibiao benchmarks: {mach['cpus']} CPUs, Python {mach['python']}, load avg "
          f"{mach['load_avg_1m']}, {time.monotonic() - t0:.0f} s in all")
    w = max(len(r[0]) for r in rows) if rows else 10
    wv = max(len(r[1]) for r in rows) if rows else 10
    print(f"| {'metric':<{w}} | {'value':<{wv}} | target   | |")
    print(f"|{'-' * (w + 2)}|{'-' * (wv + 2)}|----------|--------|")
    for m_, v, t, ok in rows:
        print(f"| {m_:<{w}} | {v:<{wv}} | {t:<8} | {ok:<6} |")
    write_json("summary.json", {"machine": mach, "seconds": round(time.monotonic() - t0),
                                "rows": [dict(zip(("metric", "value", "target", "met"), r))
                                         for r in rows],
                                "parts": {k: v[1] for k, v in parts.items()}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
