"""Where a worker loads its dictionaries (``ZHIBIAO_PRELOAD``), checked on real worker processes."""
from __future__ import annotations

import json
import time

import psutil

from core.messages import task_message
from core.store import JobStore
from tests.support import start_worker, wait_final
from worker.app import app as celery_app


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
