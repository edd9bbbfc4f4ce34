"""The service end to end: what the queue costs on top of the pipeline.

    .venv/bin/python bench/bench_service.py [--docs 150] [--latency 50] [--procs 1,2]

For each worker count N (1, then 2): starts its own redis-server (AOF, as in production), a real
``zhibiao worker --concurrency N`` and the API on free ports on 127.0.0.1; submits ``--docs``
seed documents over HTTP (the seeds round robin, one client, as fast as the API accepts them)
and waits until all are final. Right before, the same documents are analysed in-process on N
processes (``bench_pipeline.throughput``), so the ratio compares like with like, under the same
machine load.

Figures:
* docs/s end to end (first POST → last ``finished_at``) and the ratio to in-process (target ≥ 0.9);
* queue overhead per job (target ≤ 5 ms), two ways: e2e ms/job on 1 worker − in-process ms/job,
  and from the job records of idle-service jobs: (finished_at − created_at) − the pipeline's own
  ``timings_ms``;
* submit → succeeded latency on the idle 1-worker service for a 6 KB document, p50/p95
  (target p50 ≤ 50 ms): one at a time, the client waits on the job's SSE stream;
* worker RSS (main process + pool children, psutil) after ≥ 200 jobs (target ≤ 250 MB), with
  PSS beside it (shared pages counted once);
* Redis ``used_memory`` per finished job.
Writes bench/out/service.json. Not a timed test.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402
import psutil  # noqa: E402
import redis as redis_lib  # noqa: E402

from bench._common import OUT, ROOT, doc_6kb, machine, median, pct, workload, write_json  # noqa: E402
from zhibiao.redisserver import RedisServer, free_port  # noqa: E402

FINAL = (b"succeeded", b"failed", b"cancelled")


class Service:
    """redis-server + ``zhibiao worker --concurrency N`` + ``zhibiao serve``, all on loopback."""

    def __init__(self, concurrency: int, tmp: Path):
        self.tmp = tmp
        self.rs = RedisServer(tmp / "redis").start()
        self.r = redis_lib.Redis.from_url(self.rs.url)
        env = {k: v for k, v in os.environ.items() if not k.startswith("ZHIBIAO_")}
        env.update(ZHIBIAO_REDIS_URL=self.rs.url, PYTHONUNBUFFERED="1")
        exe = [sys.executable, "-m", "zhibiao.cli"]
        OUT.mkdir(parents=True, exist_ok=True)
        self.logs = [open(OUT / f"service_c{concurrency}_{n}.log", "wb") for n in ("worker", "api")]
        self.worker = subprocess.Popen(exe + ["worker", "--concurrency", str(concurrency)], env=env,
                                       cwd=ROOT, stdout=self.logs[0], stderr=subprocess.STDOUT,
                                       start_new_session=True)
        port = free_port()
        self.api = subprocess.Popen(exe + ["serve", "--port", str(port)], env=env, cwd=ROOT,
                                    stdout=self.logs[1], stderr=subprocess.STDOUT,
                                    start_new_session=True)
        self.url = f"http://127.0.0.1:{port}"
        self.client = httpx.Client(base_url=self.url, timeout=60)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            for p in (self.worker, self.api):
                if p.poll() is not None:
                    self.stop()
                    raise RuntimeError(f"a service process exited; see {OUT}/service_c*.log")
            try:
                if self.client.get("/readyz").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise TimeoutError("the service did not become ready")

    def submit(self, name: str, data: bytes) -> str:
        # the multipart body of each distinct document is built once (_multipart): the client
        # shares the two cores with the service it measures, so it spends as little as it can
        body, ctype = _multipart(name, data)
        r = self.client.post("/v1/jobs", content=body, headers={"content-type": ctype})
        r.raise_for_status()
        return r.json()["id"]

    def wait_all(self, jids: list[str], timeout: float = 300) -> None:
        """Wait until every job is final, cheaply: one pipelined read of the pending jobs every
        0.1 s, starting from the oldest pending one and stopping at the first job not final
        (jobs finish roughly in queue order), so the client's polling costs Redis little."""
        deadline = time.monotonic() + timeout
        pending = list(jids)
        while pending:
            p = self.r.pipeline(transaction=False)
            head = pending[:8]
            for j in head:
                p.hget(f"zb:job:{j}", "state")
            done = [s in FINAL for s in p.execute()]
            n = done.index(False) if False in done else len(head)
            pending = pending[n:]
            if len(pending) <= 8 and pending:  # the tail: all of them, in any order
                p = self.r.pipeline(transaction=False)
                for j in pending:
                    p.hget(f"zb:job:{j}", "state")
                pending = [j for j, s in zip(pending, p.execute()) if s not in FINAL]
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(pending)} jobs not final after {timeout}s")
            if pending and n == 0:
                time.sleep(0.1)

    def records(self, jids: list[str]) -> list[dict]:
        p = self.r.pipeline(transaction=False)
        for j in jids:
            p.hgetall(f"zb:job:{j}")
        return [{k.decode(): v.decode() for k, v in h.items()} for h in p.execute()]

    def timings(self, jids: list[str]) -> list[float]:
        """The pipeline's own time per job (sum of the result's ``timings_ms``), in ms."""
        p = self.r.pipeline(transaction=False)
        for j in jids:
            p.get(f"zb:result:{j}")
        return [sum(json.loads(raw)["timings_ms"].values()) for raw in p.execute()]

    def worker_memory(self) -> dict:
        main = psutil.Process(self.worker.pid)
        procs = [main] + main.children(recursive=True)
        rss = sum(p.memory_info().rss for p in procs)
        try:
            full = [p.memory_full_info() for p in procs]
            pss = sum(f.pss for f in full)
            uss_children = sum(f.uss for f in full[1:])
        except (psutil.AccessDenied, AttributeError):
            pss = uss_children = None
        mb = 1024 * 1024
        main_rss = main.memory_info().rss
        return {"processes": len(procs), "rss_mb": round(rss / mb, 1),
                "pss_mb": round(pss / mb, 1) if pss is not None else None,
                "rss_main_mb": round(main_rss / mb, 1),
                "main_rss_plus_children_uss_mb":
                    round((main_rss + uss_children) / mb, 1) if uss_children is not None else None}

    def used_memory(self) -> int:
        return int(self.r.info("memory")["used_memory"])

    def stop(self) -> None:
        for p in (self.api, self.worker):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in (self.api, self.worker):
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait(5)
        self.client.close()
        self.rs.stop()
        for f in self.logs:
            f.close()


_BODIES: dict[tuple[str, int], tuple[bytes, str]] = {}


def _multipart(name: str, data: bytes) -> tuple[bytes, str]:
    """The multipart/form-data body uploading ``data`` as field ``file`` (built once per
    document)."""
    key = (name, hash(data))
    if key not in _BODIES:
        boundary = "zbbench" + hashlib.sha1(data).hexdigest()
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
                f"filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
        _BODIES[key] = body, f"multipart/form-data; boundary={boundary}"
    return _BODIES[key]


def _sse_wait(client: httpx.Client, jid: str) -> str:
    with client.stream("GET", f"/v1/jobs/{jid}/events", timeout=60) as r:
        for line in r.iter_lines():
            if line.startswith("data: "):
                st = json.loads(line[6:])["state"]
                if st in ("succeeded", "failed", "cancelled"):
                    return st
    return "?"


def _cpu(svc: Service) -> dict[str, float]:
    """CPU seconds used so far by each part of the service (and by this benchmark client)."""
    def secs(p: psutil.Process) -> float:
        t = p.cpu_times()
        return t.user + t.system

    main = psutil.Process(svc.worker.pid)
    return {"api": secs(psutil.Process(svc.api.pid)), "worker_main": secs(main),
            "worker_pool": sum(secs(c) for c in main.children(recursive=True)),
            "redis": secs(psutil.Process(svc.rs.proc.pid)), "bench_client": secs(psutil.Process())}


def throughput_run(svc: Service, docs: list[tuple[str, bytes]]) -> dict:
    cpu0 = _cpu(svc)
    mem0 = svc.used_memory()
    t0 = time.time()
    jids = [svc.submit(n, d) for n, d in docs]
    t_submitted = time.time()
    svc.wait_all(jids)
    recs = svc.records(jids)
    states = {r["state"] for r in recs}
    t_end = max(float(r["finished_at"]) for r in recs)
    wall = t_end - t0
    size = sum(json.loads(r["document"]).get("bytes", 0) for r in recs)
    mem1 = svc.used_memory()
    cpu1 = _cpu(svc)
    cpu_ms = {k: round((cpu1[k] - cpu0[k]) / len(jids) * 1000, 2) for k in cpu0}
    # where the time went: the tasks themselves (start → finish), the pipeline inside them,
    # and the gaps when no task ran (queue hand-over, between the first POST and the last finish)
    task_s = sum(float(r["finished_at"]) - float(r["started_at"]) for r in recs)
    pipe_s = sum(svc.timings(jids)) / 1000
    analyze_s = sum(float(r.get("analyze_ms") or "nan") for r in recs) / 1000
    return {"docs": len(jids), "states": sorted(states), "wall_s": round(wall, 3),
            "submit_s": round(t_submitted - t0, 3), "docs_per_s": round(len(jids) / wall, 2),
            "bytes": size, "redis_bytes_per_job": round((mem1 - mem0) / len(jids)),
            "attempts_gt_1": sum(int(r["attempts"]) > 1 for r in recs),
            "task_ms_per_job": round(task_s / len(jids) * 1000, 2),
            "pipeline_ms_per_job": round(pipe_s / len(jids) * 1000, 2),
            "analyze_ms_per_job": round(analyze_s / len(jids) * 1000, 2),
            "first_start_s": round(min(float(r["started_at"]) for r in recs) - t0, 3),
            "cpu_ms_per_job": cpu_ms}


def latency_run(svc: Service, n: int) -> dict:
    """``n`` jobs of a 6 KB document, one at a time on the idle service (submit, then wait for
    the final event over SSE). Between two jobs this process runs ``analyze`` on the same
    document (as the task calls it, tokens not mapped), so the in-process time the service is compared with is
    measured under the same machine load, alternately, not in a separate run."""
    from analysis import pipeline

    name, data = doc_6kb()
    pipeline.warm_up()
    for _ in range(3):
        pipeline.analyze(data, name)
    svc.submit(name, data)  # one warm-up job (first connection, first task in the child)
    time.sleep(0.5)
    mem0 = svc.used_memory()
    e2e, jids, analyze = [], [], []
    for _ in range(n):
        t = time.perf_counter()
        pipeline.analyze(data, name)
        analyze.append((time.perf_counter() - t) * 1000)
        time.sleep(0.01)
        t = time.perf_counter()
        jid = svc.submit(name, data)
        st = _sse_wait(svc.client, jid)
        e2e.append((time.perf_counter() - t) * 1000)
        jids.append(jid)
        assert st == "succeeded", st
        time.sleep(0.01)
    mem1 = svc.used_memory()
    recs = svc.records(jids)
    pipe = svc.timings(jids)
    server = [(float(r["finished_at"]) - float(r["created_at"])) * 1000 for r in recs]
    wait = [(float(r["started_at"]) - float(r["created_at"])) * 1000 for r in recs]
    run = [(float(r["finished_at"]) - float(r["started_at"])) * 1000 for r in recs]
    overhead = [s - p for s, p in zip(server, pipe)]
    # per job: its time in the service (created → finished) less its own analyze() wall time,
    # measured by the worker in that job (the record's analyze_ms): no comparison between two
    # processes at two moments, so the machine's load drifting does not enter
    in_job = [s - float(r["analyze_ms"]) for s, r in zip(server, recs)]
    in_job_e2e = [e - float(r["analyze_ms"]) for e, r in zip(e2e, recs)]
    analyze_ms = pct(analyze, 50)
    return {"doc_bytes": len(data), "jobs": n,
            "e2e_ms_p50": round(pct(e2e, 50), 1), "e2e_ms_p95": round(pct(e2e, 95), 1),
            "server_ms_p50": round(pct(server, 50), 1),
            "queue_wait_ms_p50": round(pct(wait, 50), 2),
            "task_run_ms_p50": round(pct(run, 50), 2),
            "pipeline_ms_p50": round(pct(pipe, 50), 2),
            "overhead_ms_p50": round(pct(overhead, 50), 2),
            "overhead_ms_p95": round(pct(overhead, 95), 2),
            "queue_overhead_in_job_ms_p50": round(pct(in_job, 50), 2),
            "queue_overhead_in_job_ms_p95": round(pct(in_job, 95), 2),
            "e2e_minus_analyze_in_job_ms_p50": round(pct(in_job_e2e, 50), 2),
            "analyze_in_job_ms_p50": round(pct([float(r["analyze_ms"]) for r in recs], 50), 2),
            "inprocess_analyze_ms_p50": round(analyze_ms, 2),
            "inprocess_analyze_ms_p95": round(pct(analyze, 95), 2),
            # the queue overhead: what the service adds to analyze (server time − analyze)
            "overhead_vs_inprocess_ms_p50": round(pct(server, 50) - analyze_ms, 2),
            "e2e_vs_inprocess_ms_p50": round(pct(e2e, 50) - analyze_ms, 2),
            "redis_bytes_per_job": round((mem1 - mem0) / n)}


def run(n_docs: int = 150, n_latency: int = 50, procs: tuple[int, ...] = (1, 2),
        repeat: int = 7) -> dict:
    """Per worker count: ``repeat`` rounds of (in-process, then the service) on the same
    documents, alternating so both see the same machine load; the median round is reported."""
    from bench.bench_pipeline import throughput

    docs = workload(n_docs)
    out: dict = {"machine": machine(), "workload_docs": n_docs, "repeat": repeat, "runs": []}
    with tempfile.TemporaryDirectory(prefix="zb-bench-") as tmp:
        for n in procs:
            svc = Service(n, Path(tmp) / f"c{n}")
            try:
                rounds = []
                for _ in range(repeat):
                    inproc = throughput(docs, n)
                    thr = throughput_run(svc, docs)
                    rounds.append((thr["docs_per_s"] / inproc["docs_per_s"], inproc, thr))
                def cpu_ratio(inproc: dict, thr: dict) -> float:
                    service = sum(v for k, v in thr["cpu_ms_per_job"].items() if k != "bench_client")
                    return inproc["cpu_ms_per_doc"] / service

                in_order = [round(r[0], 3) for r in rounds]
                cpu_in_order = [round(cpu_ratio(r[1], r[2]), 3) for r in rounds]
                # all rounds pooled: total docs over total wall time, service against in-process
                pooled = (sum(r[2]["docs"] for r in rounds) / sum(r[2]["wall_s"] for r in rounds)) / \
                    (sum(r[1]["docs"] for r in rounds) / sum(r[1]["wall_s"] for r in rounds))
                rounds.sort(key=lambda x: x[0])
                ratio, inproc, thr = rounds[(len(rounds) - 1) // 2]  # the median (lower)
                service_cpu = sum(v for k, v in thr["cpu_ms_per_job"].items() if k != "bench_client")
                row = {"workers": n, "inprocess": inproc, "service": thr,
                       "ratio": round(ratio, 3),
                       "ratios_all_rounds": [round(r[0], 3) for r in rounds],
                       "ratios_in_order": in_order,
                       "ratio_pooled": round(pooled, 3),
                       "cpu_ratios_in_order": cpu_in_order,
                       "cpu_ratio_median": round(median(cpu_in_order), 3),
                       # CPU, not wall time: what the service spends per job (API, worker main and
                       # pool, Redis) against analyze alone; barely moved by other load
                       "cpu_ratio": round(inproc["cpu_ms_per_doc"] / service_cpu, 3),
                       "overhead_ms_per_job": round(thr["wall_s"] / thr["docs"] * 1000 / n
                                                    - inproc["wall_s"] / inproc["docs"] * 1000 / n, 2),
                       "overhead_cpu_ms_per_job": round(service_cpu - inproc["cpu_ms_per_doc"], 2),
                       # within the service run alone: wall time per job per worker process less
                       # the analyze() time the worker measured in each job (mean over all rounds)
                       "overhead_in_jobs_ms_per_job": round(median(
                           [r[2]["wall_s"] / r[2]["docs"] * 1000 * n - r[2]["analyze_ms_per_job"]
                            for r in rounds]), 2)}
                jobs_done = thr["docs"] * repeat
                if n == 1:
                    row["latency"] = latency_run(svc, n_latency)
                    jobs_done += n_latency + 1
                row["jobs_on_worker"] = jobs_done
                row["worker_memory"] = svc.worker_memory()
                out["runs"].append(row)
            finally:
                svc.stop()
    out["machine"]["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
    write_json("service.json", out)
    return out


def print_report(res: dict) -> None:
    print(f"service end to end, {res['workload_docs']} seed documents per run "
          f"(load avg {res['machine']['load_avg_1m']} → {res['machine'].get('load_avg_1m_end')}):")
    print(f"  {'workers':>7}{'in-proc docs/s':>16}{'service docs/s':>16}{'ratio':>7}{'CPU ratio':>10}"
          f"{'overhead ms/job':>17}{'CPU ms/job':>11}{'worker RSS MB':>15}{'PSS MB':>8}{'jobs':>6}"
          f"{'Redis B/job':>13}")
    for r in res["runs"]:
        m = r["worker_memory"]
        print(f"  {r['workers']:>7}{r['inprocess']['docs_per_s']:>16.2f}{r['service']['docs_per_s']:>16.2f}"
              f"{r['ratio']:>7.2f}{r['cpu_ratio']:>10.2f}{r['overhead_ms_per_job']:>17.2f}"
              f"{r['overhead_cpu_ms_per_job']:>11.2f}{m['rss_mb']:>15.1f}"
              f"{(m['pss_mb'] or float('nan')):>8.1f}{r['jobs_on_worker']:>6}"
              f"{r['service']['redis_bytes_per_job']:>13,}")
    print(f"  ratio: median of {res.get('repeat', 1)} alternating rounds "
          + "; ".join(f"{r['workers']} worker(s) {r['ratios_all_rounds']}" for r in res["runs"]))
    for r in res["runs"]:
        if "ratio_pooled" in r:
            print(f"  {r['workers']} worker(s): rounds in order {r['ratios_in_order']}, all rounds pooled"
                  f" {r['ratio_pooled']}; CPU ratio per round {r['cpu_ratios_in_order']},"
                  f" median {r['cpu_ratio_median']}")
    for r in res["runs"]:
        c = r["service"]["cpu_ms_per_job"]
        print(f"  {r['workers']} worker(s): CPU ms per job: " + ", ".join(f"{k} {v}" for k, v in c.items())
              + f"; in-process analyze {r['inprocess']['ms_per_doc_mean']} ms/doc;"
              f" task {r['service']['task_ms_per_job']} ms/job of which pipeline"
              f" {r['service']['pipeline_ms_per_job']}")
    for r in res["runs"]:
        if "latency" in r:
            lat = r["latency"]
            print(f"  idle 1-worker service, {lat['jobs']} × {lat['doc_bytes']} B document one at a time:"
                  f" submit→succeeded p50 {lat['e2e_ms_p50']} ms, p95 {lat['e2e_ms_p95']} ms"
                  f" (server side p50 {lat['server_ms_p50']} ms: queue wait {lat['queue_wait_ms_p50']},"
                  f" task {lat['task_run_ms_p50']} of which pipeline {lat['pipeline_ms_p50']});"
                  f" queue overhead in the job (its service time − its own analyze()) p50"
                  f" {lat['queue_overhead_in_job_ms_p50']} ms, p95 {lat['queue_overhead_in_job_ms_p95']} ms;"
                  f" overhead beyond the pipeline's timings p50 {lat['overhead_ms_p50']} ms,"
                  f" p95 {lat['overhead_ms_p95']} ms; server p50 − in-process analyze"
                  f" ({lat['inprocess_analyze_ms_p50']} ms) = {lat['overhead_vs_inprocess_ms_p50']} ms;"
                  f" Redis {lat['redis_bytes_per_job']:,} B/job")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--latency", type=int, default=50)
    ap.add_argument("--procs", default="1,2")
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args(argv)
    print_report(run(a.docs, a.latency, tuple(int(x) for x in a.procs.split(",")), a.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
