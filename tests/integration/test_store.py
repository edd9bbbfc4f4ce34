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
    # PTTL: -1 is a key without expiry (the defect); -2 is a key that expired between the
    # scan and the call (the sweep lock lives for milliseconds), and TTL would round a
    # key with under a second left down to 0.
    no_expiry = [k for k in keys if store.r.pttl(k) == -1]
    assert keys and not no_expiry


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


def lease_deadline(store, jid):
    return store.r.zscore(store.K_LEASES, store.k_job(jid))


def test_renewal_pushes_out_only_the_leases_this_worker_holds(store):
    """``renew_leases``: a worker's heartbeat renews the leases of the jobs it runs, and only
    those: not another worker's, not a released one (its process died), not a finished one;
    and never shortens a lease."""
    mine, theirs, released, done = (_new(store) for _ in range(4))
    for jid, w in ((mine, "w1"), (theirs, "w2"), (released, "w1"), (done, "w1")):
        assert store.start(jid, w, 5)[0] == 1
    store.release(released)
    store.succeed(done, b"{}", None, "t")
    t = time.time()
    got = store.renew_leases("w1", [mine, theirs, released, done], 60)
    assert got == [mine]
    assert lease_deadline(store, mine) >= t + 59
    assert lease_deadline(store, theirs) <= t + 5 and lease_deadline(store, released) <= t + 5
    assert lease_deadline(store, done) is None  # no lease comes back for a final job
    assert store.renew_leases("w1", [mine], 10) == [mine]
    assert lease_deadline(store, mine) >= t + 59  # a shorter renewal does not shorten it
    assert store.r.ttl(store.K_LEASES) > 0


def test_the_reaper_takes_a_job_only_while_its_lease_has_lapsed(store):
    """``allowed=("lapsed",)``: the reaper's release and fail are refused, atomically, when the
    lease is valid, e.g. renewed between the reaper's read and its change."""
    jid = _new(store)
    store.start(jid, "w1", -1)  # a lease that already ran out
    assert jid in store.expired_leases()
    store.renew_leases("w1", [jid], 30)  # the live worker's heartbeat got there first
    assert store.release(jid, 30, allowed=("lapsed",))[:2] == (0, "running")
    assert store.fail(jid, "worker_lost", "x", allowed=("lapsed",))[:2] == (0, "running")
    assert store.r.hget(store.k_job(jid), "released") in (None, b"")
    store.r.zadd(store.K_LEASES, {store.k_job(jid): time.time() - 1})  # now nobody renewed it
    assert store.release(jid, 30, allowed=("lapsed",))[:2] == (1, "running")
    assert store.r.hget(store.k_job(jid), "released") == b"1"
    assert lease_deadline(store, jid) > time.time() + 29  # one resend per lease period


def _hist(store, prefix: str) -> dict[str, float]:
    m = store.metrics()
    return {k[len(prefix) + 1:]: v for k, v in m.items() if k.startswith(prefix + ":")}


def test_durations_are_observed_into_histogram_buckets(store):
    """Stage and job durations land in one bucket each (the smallest bound that holds them),
    in the transaction that ends them, with their sum."""
    from core.store import H_JOB_RUN, H_JOB_TOTAL, H_STAGE

    before_seg = _hist(store, f"{H_STAGE}:segment")
    before_run = _hist(store, f"{H_JOB_RUN}:succeeded")
    before_total = _hist(store, f"{H_JOB_TOTAL}:succeeded")
    jid = _new(store)
    store.begin(jid, "w", 60)
    t = time.time()
    store.progress_many(jid, [("segment", 0.25, t)])
    st = store.succeed(jid, b"{}", None, "x", progress=[("indicators", 0.5, t + 0.03)])
    assert st[:2] == (1, "succeeded")
    seg = _hist(store, f"{H_STAGE}:segment")
    grew = {k: seg[k] - before_seg.get(k, 0) for k in seg if seg[k] != before_seg.get(k, 0)}
    assert grew.pop("sum") == pytest.approx(0.03, abs=0.001)
    assert grew == {"0.05": 1}  # 30 ms: in the (0.025, 0.05] bucket
    for prefix, before in ((f"{H_JOB_RUN}:succeeded", before_run),
                           (f"{H_JOB_TOTAL}:succeeded", before_total)):
        h = _hist(store, prefix)
        counts = {k: h[k] - before.get(k, 0) for k in h if k != "sum"}
        assert sum(counts.values()) == 1, (prefix, counts)
        assert 0 < h["sum"] - before.get("sum", 0) < 60
    # a job cancelled while queued never ran: a total time, no run time
    q = _new(store)
    runs = sum(v for k, v in _hist(store, f"{H_JOB_RUN}:cancelled").items() if k != "sum")
    store.cancel(q)
    assert sum(v for k, v in _hist(store, f"{H_JOB_RUN}:cancelled").items() if k != "sum") == runs
    assert _hist(store, f"{H_JOB_TOTAL}:cancelled")
