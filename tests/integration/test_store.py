"""Job-record transitions against a real redis-server: atomic, one-way, monotonic, expiring."""
from __future__ import annotations

import time

import pytest

from core.store import JobStore


@pytest.fixture
def store(redis_server):
    s = JobStore(redis_server.url, ttl_s=3600)
    return s


def _new(store):
    jid = store.new_id()
    store.create(jid, "t", b"data", {"filename": "a.txt"})
    return jid


def test_lifecycle_and_progress_never_goes_back(store):
    jid = _new(store)
    assert store.get(jid).state == "queued"
    st, state, attempts = store.start(jid, "w1", 60)
    assert (st, state, attempts) == (1, "running", 1)
    store.progress(jid, "indicators", 0.6)
    store.progress(jid, "segment", 0.3)  # a late, lower report
    job = store.get(jid)
    assert job.progress == 0.6
    store.succeed(jid, b"{}", None, "text")
    job = store.get(jid)
    assert job.state == "succeeded" and job.progress == 1.0 and job.stage is None
    assert job.finished_at >= job.started_at >= job.created_at


def test_final_states_are_never_left(store):
    jid = _new(store)
    assert store.cancel(jid)[0] == 1
    assert store.start(jid, "w", 60)[0] == 0
    assert store.fail(jid, "x", "y")[0] == 0
    assert store.succeed(jid, b"{}", None, "t")[0] == 0
    assert store.get(jid).state == "cancelled"
    assert store.get_result(jid) is None  # a cancelled job keeps no result


def test_unknown_job(store):
    assert store.get("00000000-0000-4000-8000-000000000000") is None
    assert store.update("00000000-0000-4000-8000-000000000000", state="running")[0] == -1


def test_every_key_has_a_ttl(store):
    jid = _new(store)
    store.start(jid, "w", 60)
    store.progress(jid, "segment", 0.2)
    store.succeed(jid, b"{}", b"[]", "t")
    store.heartbeat("w")
    keys = list(store.r.scan_iter("zb:*"))
    assert keys and all(store.r.ttl(k) > 0 for k in keys)


def test_idempotency_claim(store):
    a = store.claim_idempotency("t", "k1", "sha-a", "job-1")
    b = store.claim_idempotency("t", "k1", "sha-b", "job-2")
    c = store.claim_idempotency("u", "k1", "sha-b", "job-3")  # another tenant, another key space
    assert a == (True, "job-1", "sha-a")
    assert b == (False, "job-1", "sha-a")
    assert c == (True, "job-3", "sha-b")


def test_stage_changes_recorded_late_keep_their_order_and_times(store):
    """``progress_many`` and ``succeed(progress=...)``: stage changes written after the fact
    (the task batches a short job's) become events in order, each with the time it happened,
    before the final state, and the stage-duration metrics use those times."""
    jid = store.new_id()
    store.create(jid, "t", b"x", {"filename": "a.txt"})
    store.begin(jid, "w", 60)
    before = float(store.r.hget(store.K_METRICS, "stage_ms_sum:indicators") or 0)
    t = time.time()
    assert store.progress_many(jid, [("segment", 0.25, t + 0.010)])[0] == 1
    st = store.succeed(jid, b"{}", None, "x",
                       progress=[("indicators", 0.55, t + 0.020), ("summarize", 0.8, t + 0.030)])
    assert st[:2] == (1, "succeeded")
    ev = [e for _, e in store.events(jid)]
    assert [(e["state"], e["stage"]) for e in ev] == [
        ("queued", ""), ("running", "decode"), ("running", "segment"), ("running", "indicators"),
        ("running", "summarize"), ("succeeded", "")]
    assert [float(e["ts"]) for e in ev[2:5]] == [t + 0.010, t + 0.020, t + 0.030]
    after = float(store.r.hget(store.K_METRICS, "stage_ms_sum:indicators"))
    assert abs(after - before - 10.0) < 0.5  # 0.020 → 0.030, not the time of writing


def test_late_stage_changes_of_a_cancelled_job_are_refused(store):
    jid = store.new_id()
    store.create(jid, "t", b"x", {"filename": "a.txt"})
    store.begin(jid, "w", 60)
    store.cancel(jid)
    assert store.progress_many(jid, [("segment", 0.25, time.time())])[:2] == (0, "cancelled")
    assert store.succeed(jid, b"{}", None, "x", progress=[("indicators", 0.5, time.time())])[1] \
        == "cancelled"
    assert store.get_result(jid) is None
