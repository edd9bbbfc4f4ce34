"""The job's Celery message, pushed by the store in the record's transaction
(``core.messages``), is the message Celery itself would publish; and where a worker loads its
dictionaries (``ZHIBIAO_PRELOAD``)."""
from __future__ import annotations

import base64
import json
import time

import psutil
import redis as redis_lib

from tests.conftest import start_worker, wait_final
from worker.app import TASK_NAME
from worker.app import app as celery_app
from core.messages import task_message
from core.store import JobStore


def _decode(raw: bytes) -> tuple[dict, list]:
    env = json.loads(raw)
    return env, json.loads(base64.b64decode(env["body"]))


def test_message_is_the_one_celery_publishes(redis_server):
    """Celery's send_task → the raw list entry, against ours: same envelope, headers, body."""
    r = redis_lib.Redis.from_url(redis_server.url)
    q = "zb-test-publish"  # a queue no worker consumes
    r.delete(q)
    from worker.app import make_app
    from core.settings import Settings

    make_app(Settings(redis_url=redis_server.url)).send_task(TASK_NAME, args=["job-1"], queue=q,
                                                             task_id="job-1")
    theirs_raw = r.rpop(q)
    key, ours_raw = task_message("job-1", q)
    assert key == q
    theirs, their_body = _decode(theirs_raw)
    ours, our_body = _decode(ours_raw)
    assert our_body == their_body == [["job-1"], {}, {"callbacks": None, "errbacks": None,
                                                      "chain": None, "chord": None}]
    assert set(ours) == set(theirs)
    for k in ("content-encoding", "content-type"):
        assert ours[k] == theirs[k]
    # headers: everything equal but the sender's name (origin) and ignore_result, which
    # send_task leaves to the task (the task itself says ignore_result=True)
    drop = {"origin", "ignore_result"}
    assert {k: v for k, v in ours["headers"].items() if k not in drop} == \
        {k: v for k, v in theirs["headers"].items() if k not in drop}
    assert ours["headers"]["id"] == ours["headers"]["root_id"] == "job-1"
    # properties: same keys and values but the per-message tag (and reply_to, unused without
    # a result backend)
    assert set(ours["properties"]) == set(theirs["properties"])
    for k in ("correlation_id", "delivery_mode", "delivery_info", "priority", "body_encoding"):
        assert ours["properties"][k] == theirs["properties"][k], k
    assert ours["properties"]["delivery_tag"] != theirs["properties"]["delivery_tag"]


def test_create_pushes_record_and_message_together(redis_server):
    r = redis_lib.Redis.from_url(redis_server.url)
    store = JobStore(redis_server.url, ttl_s=60)
    q = "zb-test-publish-2"
    r.delete(q)
    jid = store.new_id()
    store.create(jid, "t", b"x", {"filename": "a.txt"}, enqueue=task_message(jid, q))
    assert r.hget(f"zb:job:{jid}", "state") == b"queued"
    (raw,) = r.lrange(q, 0, -1)
    assert _decode(raw)[1][0] == [jid]
    r.delete(q)


def _rss_mb(p: psutil.Process) -> float:
    return p.memory_info().rss / 2**20


def test_concurrency_1_loads_dictionaries_in_the_pool_process(redis_server, tmp_path):
    """ZHIBIAO_PRELOAD=auto at concurrency 1: the main process holds no dictionaries (~90 MB),
    the pool process loads them, and the worker works."""
    w = start_worker(redis_server.url, tmp_path / "w.log", concurrency=1, ZHIBIAO_QUEUE="zb-c1")
    try:
        out = w.output()
        assert "dictionaries loaded in the pool process" in out
        assert "dictionaries loaded in the main process" not in out
        main = psutil.Process(w.pid)
        (child,) = main.children()
        assert _rss_mb(child) - _rss_mb(main) > 50, (_rss_mb(main), _rss_mb(child))
        # the worker runs a job queued by the store alone (no Celery publisher involved)
        store = JobStore(redis_server.url, ttl_s=60)
        jid = store.new_id()
        store.create(jid, "t", "地区生产总值完成164.4亿元,增长5.7%。".encode(), {"filename": "a.txt"},
                     enqueue=task_message(jid, "zb-c1"))  # only this worker's queue
        deadline = time.monotonic() + 30
        while store.get(jid).state not in ("succeeded", "failed") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert store.get(jid).state == "succeeded"
        res = json.loads(store.get_result(jid))
        assert res["indicators"][0]["canonical"] == "gdp"
    finally:
        w.stop()


def test_concurrency_2_shares_dictionaries_loaded_before_the_fork(service):
    """The session's worker runs at concurrency 2: loaded once, in the main process."""
    out = service.worker.output()
    assert "dictionaries loaded in the main process" in out
    assert "dictionaries loaded in the pool process" not in out
    assert celery_app.conf.worker_proc_alive_timeout >= 30
    r = service.submit("增长5.7%。".encode(), "x.txt")
    assert wait_final(service.client, r.json()["id"])["state"] == "succeeded"


def test_celery_configuration_from_settings():
    """The reliability settings the worker runs with, from the one settings object."""
    from worker.app import make_app
    from core.settings import Settings

    conf = make_app(Settings()).conf
    assert conf.worker_prefetch_multiplier == 1 and conf.task_acks_late
    assert conf.task_reject_on_worker_lost and conf.accept_content == ["json"]
    assert conf.broker_transport_options["visibility_timeout"] > conf.task_time_limit
    assert make_app(Settings(prefetch_multiplier=2)).conf.worker_prefetch_multiplier == 2
