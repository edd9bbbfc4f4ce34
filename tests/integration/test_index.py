"""core.index / core.many against a real redis-server: cursor paging (ties, a cursor whose member
is gone), lazy pruning, the indicator index written with the result and dropped by a purge or a
cancellation, rerun's atomic checks."""
from __future__ import annotations

import json
import uuid

import pytest

from core import index
from core.many import Many
from core.store import JobStore


@pytest.fixture
def store(redis_server):
    return JobStore(redis_server.url, ttl_s=3600)


def _result(*inds: dict) -> bytes:
    return json.dumps({"indicators": list(inds)}, ensure_ascii=False).encode()


def _ind(canonical="gdp", region="应县", period="2024年", value=1.0) -> dict:
    return {"name": "地区生产总值", "canonical": canonical, "region": region, "period": period,
            "value": value, "span": [0, 3], "text": "1亿元", "sentence": "地区生产总值1亿元。"}


def _run(store: JobStore, tenant: str, result: bytes, batch: str | None = None) -> str:
    jid = store.new_id()
    store.create(jid, tenant, b"doc", {"filename": f"{jid[:4]}.txt"}, batch=batch)
    assert store.start(jid, "w", 60)[0] == 1
    assert store.succeed(jid, result, None, "text")[:2] == (1, "succeeded")
    return jid


def test_scan_pages_through_ties_and_a_vanished_cursor(store):
    key = f"test:scan:{uuid.uuid4()}"  # not zb:*: no TTL here
    members = {f"m{i:03d}": 1000.0 if i < 30 else float(i) for i in range(60)}  # 30 equal scores
    store.r.zadd(key, members)
    order = [m.decode() for m in store.r.zrevrange(key, 0, -1)]

    def fetch(ms):
        return [m.decode() for m in ms]

    seen, cursor = [], None
    while True:
        page, cursor = index.scan(store.r, key, 7, cursor, fetch, filtered=False)
        seen += page
        if cursor is None:
            break
    assert seen == order  # every member once, in order, through the ties

    # the member a cursor points at is removed: the next page starts after its score
    page, cursor = index.scan(store.r, key, 5, None, fetch, filtered=False)
    store.r.zrem(key, page[-1])
    nxt, _ = index.scan(store.r, key, 5, cursor, fetch, filtered=False)
    assert nxt == order[5:10]

    with pytest.raises(index.BadCursor):
        index.scan(store.r, key, 5, "not-a-cursor", fetch)


def test_gone_members_are_pruned_and_filtered_ones_kept(store):
    key = f"test:scan:{uuid.uuid4()}"  # not zb:*: no TTL here
    store.r.zadd(key, {f"m{i}": i for i in range(10)})

    def fetch(ms):  # m3 is gone, odd ones filtered out
        return [None if m == b"m3" else False if int(m[1:]) % 2 else m.decode() for m in ms]

    page, cursor = index.scan(store.r, key, 100, None, fetch)
    assert page == ["m8", "m6", "m4", "m2", "m0"] and cursor is None
    assert store.r.zscore(key, "m3") is None and store.r.zcard(key) == 9


def test_index_is_written_with_the_result_and_purged_with_the_job(store):
    many = Many(store)
    t = f"t-{uuid.uuid4().hex[:8]}"
    b = many.new_batch(t)
    jid = _run(store, t, _result(_ind(), _ind(canonical="grain_output", region="山阴县")),
               batch=b.id)
    rows, _ = many.query_indicators(t, canonical="gdp")
    assert [(r["job_id"], r["canonical"], r["filename"]) for r in rows] == [
        (jid, "gdp", f"{jid[:4]}.txt")]
    assert [r["region"] for r in many.query_indicators(t, batch=b.id)[0]] == ["应县", "山阴县"]
    assert many.query_indicators(t, canonical="gdp", region="山阴县")[0] == []
    assert many.query_indicators("someone-else", canonical="gdp")[0] == []
    for k in index.index_zsets(store.r, jid):
        assert 0 < store.r.ttl(k) <= 3600

    job = store.get(jid)
    assert many.purge(job) == (1, "succeeded")
    left = [k for k in store.r.scan_iter("zb:*") if jid.encode() in k
            or (store.r.type(k) == b"zset" and any(jid.encode() in m
                                                   for m, _ in store.r.zscan_iter(k)))]
    assert left == []
    assert many.query_indicators(t)[0] == [] and many.list_jobs(t)[0] == []


def test_a_result_written_after_a_cancel_leaves_no_index_entry(store):
    t = f"t-{uuid.uuid4().hex[:8]}"
    jid = store.new_id()
    store.create(jid, t, b"doc", {"filename": "c.txt"})
    store.start(jid, "w", 60)
    store.cancel(jid)
    st, state, _ = store.succeed(jid, _result(_ind()), None, "text")
    assert (st, state) == (0, "cancelled")
    assert Many(store).query_indicators(t)[0] == []
    assert not store.r.exists(index.k_rows(jid))


def test_rerun_refuses_a_running_job_and_a_missing_upload(store):
    many = Many(store)
    t = f"t-{uuid.uuid4().hex[:8]}"
    jid = store.new_id()
    store.create(jid, t, b"doc", {"filename": "r.txt"})
    store.start(jid, "w", 60)
    q = f"test:queue:{uuid.uuid4()}"
    assert many.rerun(store.get(jid), (q, b"msg"))[0] == 0  # running
    store.succeed(jid, _result(_ind()), None, "text")
    assert many.rerun(store.get(jid), (q, b"msg")) == (1, "queued")
    job = store.get(jid)
    assert job.state == "queued" and job.attempts == 0 and job.finished_at is None
    assert store.r.lrange(q, 0, -1) == [b"msg"]
    assert store.get_result(jid) is None and many.query_indicators(t)[0] == []
    assert [e["state"] for _, e in store.events(jid)] == ["queued"]  # a fresh event stream
    store.start(jid, "w", 60)
    store.fail(jid, "x", "failed")
    store.r.delete(store.k_doc(jid))
    assert many.rerun(store.get(jid), (q, b"msg"))[0] == -2
    assert store.get(jid).state == "failed"
    store.r.delete(q)
