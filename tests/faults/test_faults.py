"""Faults: nothing is lost. Real redis-server (one per test, so faults never touch another test's
service), real `zhibiao worker` processes, the real API over HTTP. Run alone: ``-m faults``.

Short limits via the environment keep every wait bounded: soft 3 s, hard 5 s, visibility 10 s,
heartbeat 0.5 s, lease 4 s (renewed by the running worker's heartbeat; a dead worker's job is
taken by another worker's reaper 4 s after the last renewal, plus one heartbeat). The recovery
test measures with the production defaults (lease 15 s, heartbeat 5 s). Two test-only
settings inject faults: ``ZHIBIAO_FAULT_MARKER`` (the task's process ``os._exit``s) and
``ZHIBIAO_FAULT_SLEEP_MARKER``/``ZHIBIAO_FAULT_SLEEP_S`` (the task sleeps at a stage boundary).
"""
from __future__ import annotations

import os
import re
import signal
import time
from collections import Counter
from pathlib import Path

import httpx
import psutil
import pytest
import redis as redis_lib

from tests.support import (
    SEEDS,
    Proc,
    job_messages,
    log_lines,
    start_api,
    start_worker,
    wait_consumed,
)
from zhibiao.redisserver import RedisServer

pytestmark = pytest.mark.timeout(150)

CRASH = "ZB-FAULT-CRASH-7f3a"
SLOW = "ZB-FAULT-SLOW-9c1e"
FAULT_ENV = dict(
    ZHIBIAO_SOFT_TIME_LIMIT_S="3", ZHIBIAO_HARD_TIME_LIMIT_S="5",
    ZHIBIAO_VISIBILITY_TIMEOUT_S="10", ZHIBIAO_LEASE_S="4", ZHIBIAO_HEARTBEAT_S="0.5",
    ZHIBIAO_ORPHAN_AFTER_S="2",
    ZHIBIAO_FAULT_MARKER=CRASH, ZHIBIAO_FAULT_SLEEP_MARKER=SLOW, ZHIBIAO_FAULT_SLEEP_S="2",
)
LEASE_S = 4  # ZHIBIAO_LEASE_S above: renewed every heartbeat while the job's worker lives
FINAL = ("succeeded", "failed", "cancelled")
SMALL = [p for p in SEEDS if p.stat().st_size < 40_000]  # the big seed would only slow us down
FIGURE = "地区生产总值完成164.4亿元,增长5.7%。规上工业增加值增长9.5%。\n".encode()


def port_outside_ephemeral_range() -> int:
    """A free port below the kernel's ephemeral range. Redis is restarted on the same port while
    the service keeps reconnecting to it: a port from the ephemeral range (what binding port 0
    gives) can meanwhile be taken as the source port of one of those connection attempts."""
    import random
    import socket

    try:
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        low = 32768
    for _ in range(200):
        port = random.randrange(max(1025, low - 12000), max(2025, low - 100))
        with socket.socket() as sk:
            try:
                sk.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise RuntimeError("no free port below the ephemeral range")


class Rig:
    """One redis-server plus the workers and API a test starts; everything stopped at the end."""

    def __init__(self, tmp: Path, port: int | None = None):
        self.tmp = tmp
        self.rs = RedisServer(tmp / "redis", port=port).start()
        self.r = redis_lib.Redis.from_url(self.rs.url)
        self.procs: list[Proc] = []
        self.client: httpx.Client | None = None
        self._n = 0
        self.names: dict[int, str] = {}  # worker pid → its node name's prefix (w1, w2, …)

    def worker(self, concurrency: int = 1, **env: str) -> Proc:
        self._n += 1
        w = start_worker(self.rs.url, self.tmp / f"worker{self._n}.log", concurrency=concurrency,
                         name=f"w{self._n}", **{**FAULT_ENV, **env})
        self.procs.append(w)
        self.names[w.pid] = f"w{self._n}"
        return w

    def api(self, **env: str) -> httpx.Client:
        api, url = start_api(self.rs.url, self.tmp / "api.log", **{**FAULT_ENV, **env})
        self.procs.append(api)
        self.client = httpx.Client(base_url=url, timeout=30)
        return self.client

    def submit(self, data: bytes, name: str = "doc.txt") -> str:
        r = self.client.post("/v1/jobs", files={"file": (name, data)})
        assert r.status_code == 202, r.text
        return r.json()["id"]

    def job(self, jid: str) -> dict:
        h = self.r.hgetall(f"zb:job:{jid}")
        return {k.decode(): v.decode() for k, v in h.items()}

    def states(self, jids: list[str]) -> list[dict]:
        p = self.r.pipeline(transaction=False)
        for j in jids:
            p.hmget(f"zb:job:{j}", "state", "attempts", "error_code")
        return [{"state": (s or b"").decode(), "attempts": int(a or 0),
                 "error": (e or b"").decode() or None} for s, a, e in p.execute()]

    def wait(self, jids: list[str], pred, timeout: float, what: str) -> list[dict]:
        deadline = time.monotonic() + timeout
        while True:
            st = self.states(jids)
            if pred(st):
                return st
            if time.monotonic() > deadline:
                raise AssertionError(f"not {what} after {timeout}s: {Counter(s['state'] for s in st)}"
                                     f"\n{self.logs()[-4000:]}")
            time.sleep(0.1)

    def wait_final(self, jids: list[str], timeout: float) -> list[dict]:
        return self.wait(jids, lambda st: all(s["state"] in FINAL for s in st), timeout, "final")

    def wait_state(self, jid: str, state: str, timeout: float) -> dict:
        return self.wait([jid], lambda st: st[0]["state"] == state, timeout, state)[0]

    def logs(self) -> str:
        return "".join(p.output() for p in self.procs if p.log_path.name.startswith("worker"))

    def close(self) -> None:
        for p in self.procs:
            if p.alive():
                p.kill()
            p._log.close()
        if self.client:
            self.client.close()
        self.rs.kill()


@pytest.fixture
def rig(tmp_path):
    rg = Rig(tmp_path)
    yield rg
    rg.close()


def doc(i: int, marker: str = "") -> bytes:
    """A seed document (small ones, round robin), optionally carrying a fault marker."""
    return SMALL[i % len(SMALL)].read_bytes() + (f"\n{marker}\n".encode() if marker else b"")


def log_once(read, done, timeout: float = 15.0) -> str:
    """The log ``read()`` returns once ``done(log)`` holds (or at the deadline, for the asserts).

    A worker commits a job's final state to Redis before its log line is written and flushed,
    so a test that saw the state may read the log a moment early; it waits for the line instead.
    """
    deadline = time.monotonic() + timeout
    while True:
        log = read()
        if done(log) or time.monotonic() > deadline:
            return log
        time.sleep(0.05)


def finished_count(log: str, jid: str) -> int:
    return sum(1 for ln in log.splitlines() if f"job={jid}" in ln and "msg=finished:" in ln)


def analysed_count(log: str, jid: str) -> int:
    """How many times the job's analysis ran to completion: the task's ``finished: <state> (<n>
    indicators, <n> chars)`` lines (not ``finished: ... (result written by an earlier
    delivery)``, which only completes the record of an analysis that already ran)."""
    return sum(1 for ln in log.splitlines() if f"job={jid}" in ln and "msg=finished:" in ln
               and " indicators, " in ln)


def wait_no_messages(rig: Rig, jids: list[str], until: float, what: str) -> None:
    """Wait until no task message names any of the jobs (none queued, none taken and not yet
    acknowledged); fail at the monotonic time ``until``."""
    while True:
        left = {j: n for j in jids if (n := job_messages(rig.r, j))}
        if not left:
            return
        assert time.monotonic() < until, f"messages still unacknowledged {what}: {left}" \
            f"\nunacked: {rig.r.hgetall('unacked')}\n{rig.logs()[-3000:]}"
        time.sleep(0.05)


def assert_every_key_expires(r: redis_lib.Redis) -> int:
    keys = list(r.scan_iter("zb:*", count=1000))
    assert keys
    no_ttl = [k for k in keys if r.pttl(k) == -1]  # -2: expired since the scan
    assert no_ttl == [], no_ttl[:10]
    return len(keys)


def assert_log_lines_carry_job_ids(log: str, jids: list[str]) -> None:
    """Every log line is one structured record, and every line that names a job is tagged with it."""
    ids = set(jids)
    # one record per line (tracebacks folded, no start-up banner); Celery's own shutdown notice
    # ("worker: Warm shutdown (MainProcess)") is a bare print, the one exception
    raw = [ln for ln in log.splitlines() if ln.strip() and not ln.startswith("ts=")
           and not re.fullmatch(r"worker: \w+ shutdown \(MainProcess\)", ln.strip())]
    assert raw == [], raw[:5]
    lines = [ln for ln in log.splitlines() if ln.startswith("ts=")]
    assert lines
    untagged = [ln for ln in lines for j in re.findall(r"[0-9a-f-]{36}", ln)
                if j in ids and f"job={j}" not in ln]
    assert untagged == [], untagged[:5]
    for j in list(ids)[:20]:  # a job's own lines (received, started, finished) all carry it
        assert any(f"job={j}" in ln and "finished:" in ln for ln in lines), j


# ---------------------------------------------------------------------------------------------

def test_sigkill_worker_with_200_jobs_in_flight_loses_nothing(rig):
    """SIGKILL a worker's whole process group (main process and pool) while it runs a task with
    ~150 jobs still queued; start another: all 200 end `succeeded`."""
    rig.api()
    jids = [rig.submit(doc(0, SLOW), "slow.txt")]  # a task certainly running at the kill
    jids += [rig.submit(doc(i), f"d{i}.txt") for i in range(1, 200)]
    a = rig.worker(concurrency=2)  # after the uploads: the slow job is the first one taken
    rig.wait(jids, lambda st: st[0]["state"] == "running"
             and sum(s["state"] == "succeeded" for s in st) >= 10, 60, "under way")
    a.kill()  # SIGKILL to the process group (returns once it is gone)
    before = rig.states(jids)  # frozen: nobody works on them until the next worker starts
    running_at_kill = [j for j, s in zip(jids, before) if s["state"] == "running"]
    assert running_at_kill and jids[0] in running_at_kill
    assert rig.job(jids[0])["state"] == "running"  # nobody will finish it but a recovery
    queued_at_kill = sum(s["state"] == "queued" for s in before)

    t_kill = time.monotonic()
    b = rig.worker(concurrency=2)
    final = rig.wait_final(jids, 90)
    recovery_s = time.monotonic() - t_kill
    states = Counter(s["state"] for s in final)
    assert states == {"succeeded": 200}, states
    # job records: the jobs the dead worker was running were started once more, by one later
    # delivery (attempts 2); every other job was started exactly once (a message restored or
    # resent for a job already running or final is refused without counting an attempt)
    attempts = {j: s["attempts"] for j, s in zip(jids, final)}
    expected = {j: 2 if j in running_at_kill else 1 for j in jids}
    assert attempts == expected, {j: (a, expected[j]) for j, a in attempts.items()
                                  if a != expected[j]}
    dup = [(j, a) for j, a in attempts.items() if a > 1]
    # worker logs: no job's analysis ran to completion twice (README: "none is analysed to
    # completion twice"), and every job not yet finished at the kill was analysed to completion
    # exactly once, by the second worker (its log is complete: it is alive)
    log = rig.logs()
    analysed = {j: analysed_count(log, j) for j in jids}
    ran_twice = {j: n for j, n in analysed.items() if n > 1}
    assert ran_twice == {}, ran_twice
    not_done_at_kill = [j for j, s in zip(jids, before) if s["state"] != "succeeded"]
    assert len(not_done_at_kill) >= 100  # most of the 200 ran after the kill
    never = [j for j in not_done_at_kill if analysed[j] != 1]
    assert never == [], {j: analysed[j] for j in never}
    print(f"\n[faults] 200 jobs, SIGKILL worker group: running at kill={len(running_at_kill)},"
          f" queued at kill={queued_at_kill}, all 200 succeeded {recovery_s:.1f}s after the kill;"
          f" jobs with attempts>1: {len(dup)} {dup}; jobs whose analysis finished twice:"
          f" {len(ran_twice)}")
    # every result is there and readable through the API
    for j in jids[::10]:
        res = rig.client.get(f"/v1/jobs/{j}/result")
        assert res.status_code == 200 and res.json()["indicators"]
    assert b.alive()
    assert_log_lines_carry_job_ids(log, jids)
    assert_every_key_expires(rig.r)


@pytest.fixture
def rig_fixed_port(tmp_path):
    rg = Rig(tmp_path, port=port_outside_ephemeral_range())
    yield rg
    rg.close()


def test_redis_restart_loses_nothing_and_everything_reconnects(rig_fixed_port):
    """Restart Redis (same data dir, AOF) with jobs finished, one running and ten queued: every
    job ends `succeeded`, finished results stay readable, worker and API reconnect on their own."""
    rig = rig_fixed_port
    client = rig.api()
    # limits wide enough that the outage itself cannot push the running job past them
    w = rig.worker(concurrency=1, ZHIBIAO_SOFT_TIME_LIMIT_S="10", ZHIBIAO_HARD_TIME_LIMIT_S="12",
                   ZHIBIAO_VISIBILITY_TIMEOUT_S="15")
    done = [rig.submit(doc(i), f"done{i}.txt") for i in range(5)]
    rig.wait_final(done, 60)
    results = {j: client.get(f"/v1/jobs/{j}/result").content for j in done}
    slow = rig.submit(doc(0, SLOW), "slow.txt")
    queued = [rig.submit(doc(i), f"q{i}.txt") for i in range(10)]
    rig.wait_state(slow, "running", 30)
    assert all(s["state"] == "queued" for s in rig.states(queued))

    port = rig.rs.port
    rig.rs.stop()  # SHUTDOWN: the AOF is flushed
    # the API sees Redis gone (a real outage, not just a restart between two requests)
    deadline = time.monotonic() + 20
    while client.get("/readyz").status_code != 503:
        assert time.monotonic() < deadline, "the API still reports ready with Redis stopped"
        time.sleep(0.1)
    rig.rs = RedisServer(rig.tmp / "redis", port=port).start()

    # the same API process answers again, from the same data
    deadline = time.monotonic() + 20
    while True:
        try:
            r = client.get(f"/v1/jobs/{done[0]}/result")
            if r.status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "the API did not reconnect to Redis"
        time.sleep(0.2)
    for j in done:
        assert client.get(f"/v1/jobs/{j}/result").content == results[j]
    # nothing lost: the running job and the queued ones all finish, on the same worker
    final = rig.wait_final([slow] + queued, 60)
    assert [s["state"] for s in final] == ["succeeded"] * 11, final
    # the API still queues work and the worker still takes it
    after = rig.submit(doc(3), "after.txt")
    assert rig.wait_final([after], 30)[0]["state"] == "succeeded"
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["workers"] >= 1, ready.text
    assert w.alive()
    print(f"\n[faults] redis restart: attempts of the running job {final[0]['attempts']},"
          f" of the queued jobs {[s['attempts'] for s in final[1:]]}")
    assert_every_key_expires(rig.r)


def test_poison_document_fails_after_three_deliveries_others_unaffected(rig):
    rig.api()
    w = rig.worker(concurrency=2)
    poison = rig.submit(FIGURE + CRASH.encode(), "poison.txt")
    others = [rig.submit(doc(i), f"ok{i}.txt") for i in range(10)]
    final = rig.wait_final([poison] + others, 60)
    job = rig.client.get(f"/v1/jobs/{poison}").json()
    assert job["state"] == "failed" and job["error"]["code"] == "worker_crashed", job
    assert "crashed" in job["error"]["message"]
    assert job["attempts"] == 3  # ZHIBIAO_MAX_DELIVERIES: not delivered a fourth time
    # the main process's lines about the lost pool process name the job too; Celery writes its
    # line after on_failure recorded the loss (worker/request.py), so the third may come just
    # after the job reads `failed`
    def lost_lines(log: str) -> int:
        return sum(1 for ln in log.splitlines() if f"job={poison}" in ln and "WorkerLostError" in ln)
    deadline = time.monotonic() + 10
    while lost_lines(log := rig.logs()) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert lost_lines(log) >= 3, log[-4000:]
    assert log.count(f"job={poison}") and sum(
        1 for ln in log.splitlines() if f"job={poison}" in ln and "fault marker found" in ln) == 3
    assert [s["state"] for s in final[1:]] == ["succeeded"] * 10
    assert all(s["attempts"] == 1 for s in final[1:])
    assert w.alive()  # the main process survived its pool process dying three times
    assert rig.client.get("/readyz").status_code == 200
    assert_log_lines_carry_job_ids(log, others)
    assert_every_key_expires(rig.r)


def test_task_over_the_soft_time_limit_fails_with_timeout(rig):
    rig.api()
    rig.worker(concurrency=1, ZHIBIAO_FAULT_SLEEP_S="30")  # soft limit 3 s
    slow = rig.submit(doc(1, SLOW), "slow.txt")
    after = rig.submit(doc(2), "after.txt")
    t0 = time.monotonic()
    final = rig.wait_final([slow, after], 30)
    job = rig.client.get(f"/v1/jobs/{slow}").json()
    assert job["state"] == "failed" and job["error"]["code"] == "timeout", job
    assert job["attempts"] == 1
    assert time.monotonic() - t0 < 20  # the soft limit stopped it, not the 30 s sleep
    assert final[1]["state"] == "succeeded"  # the worker went on
    assert rig.client.get(f"/v1/jobs/{slow}/result").status_code == 409
    assert_every_key_expires(rig.r)


def test_cancelling_a_running_job_stops_it_and_keeps_nothing(rig):
    """DELETE while the task runs: the task stops at its next stage boundary (its stage changes
    are written there, the first 100 ms of them batched: ZHIBIAO_PROGRESS_BATCH_MS), keeps no
    result, and the worker goes on with the next job."""
    rig.api()
    rig.worker(concurrency=1)  # sleeps 2 s as the segment stage starts (soft limit: 3 s)
    slow = rig.submit(doc(1, SLOW), "slow.txt")
    after = rig.submit(doc(2), "after.txt")
    rig.wait_state(slow, "running", 20)
    time.sleep(0.5)
    d = rig.client.delete(f"/v1/jobs/{slow}")
    assert d.status_code == 200 and d.json()["state"] == "cancelled", d.text
    final = rig.wait_final([slow, after], 30)
    assert [f["state"] for f in final] == ["cancelled", "succeeded"]
    assert rig.r.exists(f"zb:result:{slow}", f"zb:tokens:{slow}", f"zb:text:{slow}") == 0
    log = rig.logs()
    assert any(f"job={slow}" in ln and "cancelled: stopped at a stage boundary" in ln
               for ln in log.splitlines()), log[-3000:]
    events = [fields[b"state"].decode() for _, fields in rig.r.xrange(f"zb:events:{slow}")]
    assert events[0] == "queued" and events[-1] == "cancelled" and "succeeded" not in events


def test_task_stuck_past_the_hard_time_limit_fails_with_timeout(rig):
    """A task the soft limit cannot interrupt (stuck in C code): the hard limit kills its pool
    process, the worker's main process fails the job with `timeout` at once (not after a
    lease and a redelivery), and the message is not delivered again."""
    rig.api()
    w = rig.worker(concurrency=1, ZHIBIAO_SOFT_TIME_LIMIT_S="2", ZHIBIAO_HARD_TIME_LIMIT_S="3",
                   ZHIBIAO_VISIBILITY_TIMEOUT_S="5", ZHIBIAO_FAULT_SLEEP_S="30",
                   ZHIBIAO_FAULT_SLEEP_UNINTERRUPTIBLE="1")
    t0 = time.monotonic()
    stuck = rig.submit(doc(1, SLOW), "stuck.txt")
    after = rig.submit(doc(2), "after.txt")
    final = rig.wait_final([stuck, after], 30)
    took = time.monotonic() - t0
    job = rig.client.get(f"/v1/jobs/{stuck}").json()
    assert job["state"] == "failed" and job["error"]["code"] == "timeout", job
    assert "hard time limit" in job["error"]["message"]
    assert took < 3 + 2 + 5  # the hard limit (3 s), not a lapsed lease and a second run
    assert final[1]["state"] == "succeeded" and w.alive()
    # nothing can deliver it again: its message was acknowledged before the visibility timeout
    # (5 s from its delivery, so from before t0 + 5 s) could restore it, and it holds no lease
    # the reaper could find
    wait_no_messages(rig, [stuck, after], until=t0 + 5, what="before the visibility timeout")
    assert rig.job(stuck)["attempts"] == "1" and rig.job(stuck)["state"] == "failed"
    assert rig.r.zcard("zb:leases") == 0
    assert len(log_lines(rig.logs(), stuck, " received")) == 1
    assert_every_key_expires(rig.r)


def test_long_task_runs_once_despite_the_visibility_timeout(rig):
    """A task longer than several of kombu's unacked-restore sweeps: never delivered twice while
    it runs (visibility timeout 12 s > hard limit 10 s > the task's 4 s); and a duplicate
    message arriving while it runs is refused (the job's lease is held)."""
    rig.api()
    env = dict(ZHIBIAO_SOFT_TIME_LIMIT_S="8", ZHIBIAO_HARD_TIME_LIMIT_S="10",
               ZHIBIAO_VISIBILITY_TIMEOUT_S="12", ZHIBIAO_FAULT_SLEEP_S="4")
    rig.worker(concurrency=2, **env)
    t0 = time.monotonic()
    jid = rig.submit(doc(1, SLOW), "long.txt")
    rig.wait_state(jid, "running", 20)
    # a duplicate message while it runs (what a restore or a reaper race would send): the
    # free pool process receives it and must not run the job a second time
    from core.messages import TASK_NAME
    from core.settings import Settings
    from worker.app import make_app

    make_app(Settings(redis_url=rig.rs.url)).send_task(TASK_NAME, args=[jid], queue="zhibiao",
                                                       task_id=jid)
    assert rig.wait_final([jid], 30)[0]["state"] == "succeeded"
    # both messages acknowledged before the visibility timeout (12 s from the first delivery)
    # could restore either: nothing is left that could run it again
    wait_no_messages(rig, [jid], until=t0 + 12, what="before the visibility timeout")
    job = rig.job(jid)
    assert job["state"] == "succeeded" and job["attempts"] == "1"
    log = log_once(rig.logs, lambda log: finished_count(log, jid) >= 1)
    assert finished_count(log, jid) == 1
    # two messages (the original and the duplicate), each received once, one run
    assert sum(1 for ln in log.splitlines() if f"job={jid}" in ln and "received" in ln.lower()) == 2
    assert any(f"job={jid}" in ln and "duplicate delivery" in ln for ln in log.splitlines())
    assert rig.r.hlen("unacked") == 0  # both acknowledged, nothing left to restore
    assert_every_key_expires(rig.r)


def test_job_of_a_dead_worker_never_stays_running(rig):
    """Kill a worker's whole process group while it runs a slow job; start another worker: the
    reaper finds the lapsed lease (nobody renews it) and the job ends, within a bound, never
    stuck `running`; the message the dead worker held, restored later, is a no-op."""
    rig.api()
    a = rig.worker(concurrency=1)
    jid = rig.submit(doc(1, SLOW), "slow.txt")
    rig.wait_state(jid, "running", 30)
    a.kill()
    t_kill = time.monotonic()
    b = rig.worker(concurrency=1)
    # bound: the lease (4 s from the last renewal) + a heartbeat + one more run (2 s) + slack
    final = rig.wait_final([jid], LEASE_S + 25)[0]
    took = time.monotonic() - t_kill
    assert final["state"] == "succeeded", final
    assert final["attempts"] == 2
    assert any(f"job={jid}" in ln and "reaped" in ln for ln in b.output().splitlines())
    # the message the dead worker held comes back after the visibility timeout (10 s) and is
    # taken by the live worker: a no-op, then acknowledged; no message for the job is left
    wait_consumed(rig.r, b.output, jid, "already succeeded: redelivery ignored",
                  "duplicate delivery", timeout=30)
    assert rig.job(jid)["attempts"] == "2" and rig.job(jid)["state"] == "succeeded"
    assert finished_count(log_once(rig.logs, lambda log: finished_count(log, jid) >= 1), jid) == 1
    # two messages reached the live worker: the reaper's and the dead worker's, restored
    assert len(log_lines(b.output(), jid, " received")) == 2
    print(f"\n[faults] dead worker's job: succeeded {took:.1f}s after the kill (lease {LEASE_S}s)")
    assert_every_key_expires(rig.r)


def lease_deadline(rig: Rig, jid: str) -> float | None:
    return rig.r.zscore("zb:leases", f"zb:job:{jid}")


def test_dead_workers_job_runs_on_another_worker_within_30_s(rig):
    """Recovery time with the production defaults (lease 15 s, heartbeat 5 s): two workers; the
    one running a long job is SIGKILLed (whole process group) right after its heartbeat renewed
    the job's lease (the worst case: a whole lease left); the time from the SIGKILL until the
    job is `running` on the other worker, read from the job's events, is at most 30 s, and the
    job then succeeds there."""
    env = dict(ZHIBIAO_LEASE_S="15", ZHIBIAO_HEARTBEAT_S="5", ZHIBIAO_FAULT_SLEEP_S="8",
               ZHIBIAO_SOFT_TIME_LIMIT_S="60", ZHIBIAO_HARD_TIME_LIMIT_S="70",
               ZHIBIAO_VISIBILITY_TIMEOUT_S="300")
    rig.api(**env)
    workers = [rig.worker(concurrency=1, **env), rig.worker(concurrency=1, **env)]
    jid = rig.submit(doc(1, SLOW), "long.txt")
    rig.wait_state(jid, "running", 30)
    node = rig.job(jid)["worker"]
    victim = next(w for w in workers if node.startswith(rig.names[w.pid] + "-"))
    other = next(w for w in workers if w is not victim)
    # wait for the running worker's heartbeat to renew the lease begin() set, then kill at once
    first = lease_deadline(rig, jid)
    deadline = time.monotonic() + 15
    while (cur := lease_deadline(rig, jid)) is not None and cur <= first + 0.5:
        assert time.monotonic() < deadline, "the running worker never renewed the job's lease"
        time.sleep(0.02)
    assert rig.job(jid)["state"] == "running" and cur is not None
    t_kill = time.time()
    victim.kill()
    lease_left = cur - t_kill
    assert lease_left > 14  # killed right after a renewal: a whole lease to wait out

    final = rig.wait_final([jid], 60)[0]
    # the record's started_at is its last delivery's claim (begin(), the worker's clock on
    # this machine): the moment the job was `running` again, on the other worker
    recovery_s = float(rig.job(jid)["started_at"]) - t_kill
    job = rig.job(jid)
    print(f"\n[faults] recovery (lease 15 s, heartbeat 5 s): SIGKILL of {rig.names[victim.pid]}"
          f" {lease_left:.1f}s before the lease ran out; the job was running on"
          f" {rig.names[other.pid]} {recovery_s:.1f}s after the SIGKILL, succeeded"
          f" {float(job['finished_at']) - t_kill:.1f}s after it")
    assert recovery_s <= 30
    assert final["state"] == "succeeded" and final["attempts"] == 2, final
    assert job["worker"].startswith(rig.names[other.pid] + "-")
    log = log_once(other.output, lambda log: finished_count(log, jid) >= 1)
    assert any(f"job={jid}" in ln and "reaped" in ln for ln in log.splitlines())
    assert finished_count(log, jid) == 1
    assert other.alive()


def test_job_longer_than_the_lease_on_a_live_worker_runs_once(rig):
    """A job running three leases long on a live worker, with another worker's reaper watching:
    its worker's heartbeat renews the lease, so it is never reaped nor delivered again; it
    runs once, on its worker, to the end."""
    env = dict(ZHIBIAO_FAULT_SLEEP_S=str(3 * LEASE_S), ZHIBIAO_SOFT_TIME_LIMIT_S="25",
               ZHIBIAO_HARD_TIME_LIMIT_S="30", ZHIBIAO_VISIBILITY_TIMEOUT_S="40")
    rig.api(**env)
    rig.worker(concurrency=1, **env)
    rig.worker(concurrency=1, **env)
    jid = rig.submit(doc(1, SLOW), "long.txt")
    rig.wait_state(jid, "running", 30)
    first = lease_deadline(rig, jid)
    seen = [first]
    while rig.job(jid)["state"] == "running":
        seen.append(lease_deadline(rig, jid) or seen[-1])
        time.sleep(0.2)
    assert rig.wait_final([jid], 30)[0]["state"] == "succeeded"
    job = rig.job(jid)
    ran_s = float(job["finished_at"]) - float(job["started_at"])
    assert ran_s > 2 * LEASE_S  # it outlived its first lease twice over
    assert max(seen) > first + 2 * LEASE_S - 1  # because its lease was pushed out meanwhile
    assert job["attempts"] == "1"
    log = rig.logs()
    assert not any(f"job={jid}" in ln and "reaped" in ln for ln in log.splitlines())
    assert sum(1 for ln in log.splitlines() if f"job={jid}" in ln and "received" in ln) == 1
    assert finished_count(log, jid) == 1
    assert_every_key_expires(rig.r)


def test_redis_outage_longer_than_the_lease_takes_no_job_from_a_live_worker(rig_fixed_port):
    """Redis away for longer than a lease while a long job runs, another worker watching: no
    renewal can land meanwhile, so when Redis is back every lease has run out. The job's own
    worker renews it at once; the other holds its reaper back for two heartbeats; the job is
    not delivered again and runs once."""
    rig = rig_fixed_port
    env = dict(ZHIBIAO_FAULT_SLEEP_S="10", ZHIBIAO_SOFT_TIME_LIMIT_S="40",
               ZHIBIAO_HARD_TIME_LIMIT_S="45", ZHIBIAO_VISIBILITY_TIMEOUT_S="60")
    rig.api(**env)
    rig.worker(concurrency=1, **env)
    rig.worker(concurrency=1, **env)
    jid = rig.submit(doc(1, SLOW), "long.txt")
    rig.wait_state(jid, "running", 30)
    held_until = lease_deadline(rig, jid)
    port = rig.rs.port
    rig.rs.stop()  # SHUTDOWN: the AOF is flushed
    time.sleep(LEASE_S + 2)  # the outage: longer than any lease
    back = time.time()
    rig.rs = RedisServer(rig.tmp / "redis", port=port).start()
    rig.r = redis_lib.Redis.from_url(rig.rs.url)
    assert back > held_until + 1  # every lease had run out when Redis came back
    final = rig.wait_final([jid], 60)[0]
    assert final["state"] == "succeeded" and final["attempts"] == 1, final
    # the record turns final before the task writes its log line and the worker acknowledges
    # the message: wait for both (a loaded host showed the record before the line)
    wait_consumed(rig.r, rig.logs, jid, "msg=finished:")
    log = rig.logs()
    assert not any(f"job={jid}" in ln and "reaped" in ln for ln in log.splitlines())
    assert finished_count(log, jid) == 1
    assert_every_key_expires(rig.r)


def test_reaper_fails_a_job_lost_too_often_with_worker_lost(rig, monkeypatch):
    """The reaper's other branch, against real Redis: a job whose lease ran out after
    ``max_deliveries`` attempts fails with `worker_lost` instead of running again."""
    from core.settings import get_settings
    from core.store import JobStore
    from tasks import recovery

    monkeypatch.setenv("ZHIBIAO_REDIS_URL", rig.rs.url)
    monkeypatch.setenv("ZHIBIAO_MAX_DELIVERIES", "2")
    get_settings.cache_clear()
    try:
        store = JobStore(rig.rs.url, ttl_s=600)
        jid = store.new_id()
        store.create(jid, "t", FIGURE, {"filename": "x.txt"})
        assert store.start(jid, "w", 60)[0] == 1
        assert store.start(jid, "w", 60)[0] == 0  # held by a live delivery: a duplicate is refused
        store.release(jid)  # its process died
        assert store.start(jid, "w", -1)[:3] == (1, "running", 2)  # lease already expired
        assert recovery.reap(store) == 1
        job = store.get(jid)
        assert job.state == "failed" and job.error["code"] == "worker_lost" and job.attempts == 2
        assert recovery.reap(store) == 0 and store.running_count() == 0
        assert_every_key_expires(store.r)
    finally:
        get_settings.cache_clear()


def test_job_whose_message_a_dying_worker_took_still_runs(rig):
    """kombu takes a message with BRPOP and records it as unacknowledged in a second command;
    a worker SIGKILLed between the two loses the message (the visibility timeout brings back
    only what was recorded), and its job would stay `queued` for ever. Taken here exactly that
    way (BRPOP, then nothing): a worker's orphan sweep finds the job queued with no message in
    any queue or worker and sends it again; it runs once."""
    rig.api()
    jid = rig.submit(FIGURE, "x.txt")
    taken = rig.r.brpop(["zhibiao"], timeout=5)
    assert taken is not None and jid.encode() in taken[1]
    assert job_messages(rig.r, jid) == 0 and rig.job(jid)["state"] == "queued"
    rig.worker()
    final = rig.wait_final([jid], 60)[0]
    assert final["state"] == "succeeded" and final["attempts"] == 1, final
    # the resend is logged, and its message is taken and acknowledged: nothing left behind
    wait_consumed(rig.r, rig.logs, jid, "queued with no message")
    assert_every_key_expires(rig.r)


def test_orphan_sweep_sends_only_lost_messages(rig, monkeypatch):
    """The sweep against real Redis, without workers: of three jobs queued long enough, one
    message waits in the queue (a backlog), one is held unacknowledged by a worker (kombu's
    ``unacked`` hash), one was taken and lost. Over many sweeps only the lost one is sent
    again, once; no job ever has two messages."""
    import json

    from core.messages import task_message
    from core.settings import get_settings
    from core.store import JobStore
    from tasks import recovery

    monkeypatch.setenv("ZHIBIAO_REDIS_URL", rig.rs.url)
    monkeypatch.setenv("ZHIBIAO_ORPHAN_AFTER_S", "0.001")
    monkeypatch.setenv("ZHIBIAO_HEARTBEAT_S", "0.05")
    get_settings.cache_clear()
    try:
        store = JobStore(rig.rs.url, ttl_s=600)
        waiting, held, lost = (store.new_id() for _ in range(3))
        for j in (lost, held, waiting):  # LPUSH: `lost` is taken first, then `held`
            store.create(j, "t", FIGURE, {"filename": "x.txt"}, enqueue=task_message(j, "zhibiao"))
        for j in (lost, held):
            _, raw = rig.r.brpop(["zhibiao"], timeout=5)
            assert j.encode() in raw
        msg = json.loads(held_raw := raw)
        rig.r.hset("unacked", msg["properties"]["delivery_tag"],
                   json.dumps([msg, "", "zhibiao"]))  # as kombu's QoS records a taken message
        assert held_raw and [job_messages(rig.r, j) for j in (waiting, held, lost)] == [1, 1, 0]
        sent, sweeps = [], 0
        deadline = time.monotonic() + 10
        while sweeps < 12 and time.monotonic() < deadline:
            if rig.r.exists(JobStore.K_SWEEP):  # one sweep per heartbeat across workers
                time.sleep(0.01)
                continue
            sent.append(recovery.reap_orphans(store))
            sweeps += 1
            counts = [job_messages(rig.r, j) for j in (waiting, held, lost)]
            assert counts[:2] == [1, 1] and counts[2] <= 1, counts
        assert sweeps == 12 and sum(sent) == 1, (sweeps, sent)
        assert [job_messages(rig.r, j) for j in (waiting, held, lost)] == [1, 1, 1]
        assert [store.get(j).state for j in (waiting, held, lost)] == ["queued"] * 3
        rig.r.delete("unacked")  # a kombu key, not ours: no TTL by design
        assert_every_key_expires(rig.r)
    finally:
        get_settings.cache_clear()


def test_redis_full_refuses_uploads_with_503_and_recovers(rig):
    """Redis at maxmemory (noeviction): an upload is refused with 503 `redis_full`, nothing half
    written is left behind; once memory is available again uploads are accepted and run."""
    client = rig.api()
    rig.worker(concurrency=1)
    ok = rig.submit(doc(1), "before.txt")
    rig.wait_final([ok], 30)
    # the record is final before the worker acknowledges the message: wait for the ack, or
    # it would meet the full Redis (kombu's ack fails and the consumer restarts)
    deadline = time.monotonic() + 30
    while rig.r.hlen("unacked") and time.monotonic() < deadline:
        time.sleep(0.02)
    assert rig.r.hlen("unacked") == 0
    keys_before = set(rig.r.scan_iter("zb:*"))
    rig.r.config_set("maxmemory", 1)
    try:
        r = client.post("/v1/jobs", files={"file": ("full.txt", doc(2))})
        assert r.status_code == 503 and r.json()["error"]["code"] == "redis_full", r.text
        assert set(rig.r.scan_iter("zb:*")) - keys_before <= {b"zb:workers"}
        assert client.get(f"/v1/jobs/{ok}/result").status_code == 200  # reads still work
    finally:
        rig.r.config_set("maxmemory", 0)
    again = rig.submit(doc(2), "after.txt")
    assert rig.wait_final([again], 30)[0]["state"] == "succeeded"
    assert_every_key_expires(rig.r)


def test_concurrent_posts_with_one_key_store_and_run_exactly_one_job(rig):
    """Stronger than tests/test_service.py's variant: besides one id in all 50 answers, exactly
    one job record and one upload exist in Redis, and the worker ran exactly one task."""
    from concurrent.futures import ThreadPoolExecutor

    rig.api()  # no worker yet: every message the 50 POSTs queue stays in the queue, countable
    body = doc(1)
    h = {"Idempotency-Key": "the-one-key"}

    def post(_):
        with httpx.Client(base_url=str(rig.client.base_url), timeout=30) as c:
            return c.post("/v1/jobs", files={"file": ("same.txt", body)}, headers=h)

    with ThreadPoolExecutor(16) as ex:
        rs = list(ex.map(post, range(50)))
    assert {r.status_code for r in rs} == {202}
    ids = {r.json()["id"] for r in rs}
    assert len(ids) == 1
    jid = ids.pop()
    assert [k.decode() for k in rig.r.scan_iter("zb:job:*")] == [f"zb:job:{jid}"]
    assert rig.r.llen("zhibiao") == 1  # one message queued by all 50 answers
    w = rig.worker(concurrency=1)
    assert rig.wait_final([jid], 30)[0]["state"] == "succeeded"
    # the one upload, kept for a rerun (ZHIBIAO_KEEP_DOCUMENTS) with the job's TTL
    assert [k.decode() for k in rig.r.scan_iter("zb:doc:*")] == [f"zb:doc:{jid}"]
    assert rig.r.ttl(f"zb:doc:{jid}") > 0
    wait_no_messages(rig, [jid], until=time.monotonic() + 30, what="after the job finished")
    log = log_once(w.output, lambda log: finished_count(log, jid) >= 1)
    assert sum(1 for ln in log.splitlines() if "received" in ln and "zhibiao.process[" in ln) == 1
    assert finished_count(log, jid) == 1 and rig.job(jid)["attempts"] == "1"
    assert_every_key_expires(rig.r)


def test_sigterm_finishes_the_current_task_before_exit(rig):
    """Warm shutdown: SIGTERM while a task runs; the task finishes, the worker exits 0, queued
    jobs stay queued for the next worker."""
    rig.api()
    a = rig.worker(concurrency=1)
    slow = rig.submit(doc(1, SLOW), "slow.txt")
    rest = [rig.submit(doc(i), f"r{i}.txt") for i in range(3)]
    rig.wait_state(slow, "running", 30)
    os.kill(a.pid, signal.SIGTERM)
    a.p.wait(30)
    assert a.p.returncode == 0, a.output()[-3000:]
    job = rig.job(slow)
    assert job["state"] == "succeeded" and job["attempts"] == "1", job  # finished before exit
    assert finished_count(a.output(), slow) == 1
    assert [s["state"] for s in rig.states(rest)] == ["queued"] * 3  # not taken, not lost
    assert not [p for p in psutil.process_iter(["ppid"]) if p.info["ppid"] == a.pid]
    rig.worker(concurrency=1)
    final = rig.wait_final(rest, 30)
    assert [s["state"] for s in final] == ["succeeded"] * 3
    assert rig.job(slow)["attempts"] == "1"  # the finished task was acknowledged, not redelivered
    assert_every_key_expires(rig.r)
