"""Webhooks end to end: a real worker and API (their own queue) over the session's
redis-server, and a real HTTP receiver in this process (http.server on 127.0.0.1, allowed for
this API and worker with ZHIBIAO_WEBHOOK_ALLOW). The receiver checks what a client would: the
HMAC over the raw body, the JSON. SSRF refusals at submit run against the default service
(nothing allowed)."""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core.store import JobStore
from tests.support import job_messages, start_api, start_worker, wait_final

SECRET = "webhook-test-secret"
QUEUE = "hooks"
DOC = "地区生产总值完成164.4亿元,增长5.7%。全年粮食产量达到120万吨。".encode()
SLOW = "SLOW-HOOK-MARKER"


class Receiver:
    """Records every POST (path, headers, raw body); answers each path with the statuses
    queued for it, then 200."""

    def __init__(self):
        self.got: list[tuple[str, dict[str, str], bytes]] = []
        self.plan: dict[str, list[int]] = {}
        self.cond = threading.Condition()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with outer.cond:
                    plan = outer.plan.get(self.path) or []
                    status = plan.pop(0) if plan else 200
                    outer.got.append((self.path, {k.lower(): v for k, v in self.headers.items()},
                                      body))
                    outer.cond.notify_all()
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait(self, path: str, n: int = 1, timeout: float = 60) -> list[tuple[dict, bytes]]:
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                hits = [(h, b) for p, h, b in self.got if p == path]
                if len(hits) >= n:
                    return hits
                left = deadline - time.monotonic()
                assert left > 0, f"{path}: {len(hits)} of {n} webhook calls after {timeout}s"
                self.cond.wait(left)

    def calls(self, path: str) -> int:
        with self.cond:
            return sum(p == path for p, _, _ in self.got)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def verified(headers: dict, body: bytes) -> dict:
    """The JSON of a webhook call whose signature is right (fails otherwise)."""
    assert headers["content-type"] == "application/json"
    want = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["x-zhibiao-signature"], want)
    return json.loads(body)


@pytest.fixture(scope="module")
def hooks(redis_server, tmp_path_factory):
    logs = tmp_path_factory.mktemp("webhooks")
    env = dict(ZHIBIAO_QUEUE=QUEUE, ZHIBIAO_WEBHOOK_ALLOW="127.0.0.1",
               ZHIBIAO_WEBHOOK_SECRET=SECRET, ZHIBIAO_WEBHOOK_BACKOFF_S="0.2",
               ZHIBIAO_WEBHOOK_BACKOFF_MAX_S="1")
    worker = start_worker(redis_server.url, logs / "worker.log", concurrency=2,
                          ZHIBIAO_FAULT_SLEEP_MARKER=SLOW, ZHIBIAO_FAULT_SLEEP_S="4", **env)
    api, url = start_api(redis_server.url, logs / "api.log", **env)
    import httpx

    rx = Receiver()
    client = httpx.Client(base_url=url, timeout=30)
    yield client, rx, JobStore(redis_server.url), worker
    client.close()
    rx.close()
    api.stop()
    worker.stop()


def wait_attempts(store: JobStore, kind: str, oid: str, n: int, timeout: float = 30) -> list:
    deadline = time.monotonic() + timeout
    while True:
        got = store.hook_attempts(kind, oid)
        if len(got) >= n:
            return got
        assert time.monotonic() < deadline, f"{kind} {oid}: attempts {got}"
        time.sleep(0.05)


def test_job_webhook_is_signed_and_carries_the_final_job(hooks):
    client, rx, store, _ = hooks
    r = client.post("/v1/jobs", files={"file": ("a.txt", DOC)},
                    data={"callback_url": rx.url + "/job"})
    assert r.status_code == 202, r.text
    jid = r.json()["id"]
    final = wait_final(client, jid)
    ((headers, body),) = rx.wait("/job")
    event = verified(headers, body)
    assert event == {"event": "job.finished", "job": final}
    assert final["state"] == "succeeded"
    (attempt,) = wait_attempts(store, "job", jid, 1)
    assert attempt["status"] == 200 and attempt["error"] is None and attempt["at"]


def test_failing_target_is_retried_until_2xx_and_each_attempt_recorded(hooks):
    client, rx, store, _ = hooks
    with rx.cond:
        rx.plan["/flaky"] = [500, 500]
    r = client.post("/v1/jobs", files={"file": ("b.txt", DOC)},
                    data={"callback_url": rx.url + "/flaky"})
    assert r.status_code == 202, r.text
    jid = r.json()["id"]
    calls = rx.wait("/flaky", 3)
    bodies = {b for _, b in calls}
    assert len(bodies) == 1  # the same signed body each time
    for h, b in calls:
        assert verified(h, b)["job"]["id"] == jid
    attempts = wait_attempts(store, "job", jid, 3)
    assert [(a["attempt"], a["status"]) for a in attempts] == [(1, 500), (2, 500), (3, 200)]


def test_batch_webhook_fires_once_when_the_batch_is_done(hooks, redis_server):
    client, rx, store, _ = hooks
    files = [("file", (f"d{i}.txt", DOC)) for i in range(3)]
    r = client.post("/v1/batches", files=files, data={"callback_url": rx.url + "/batch"})
    assert r.status_code == 202, r.text
    bid = r.json()["id"]
    jobs = [j["id"] for j in r.json()["jobs"]]
    assert len(jobs) == 3
    ((headers, body),) = rx.wait("/batch")
    event = verified(headers, body)
    assert event["event"] == "batch.finished" and event["batch"]["id"] == bid
    assert event["batch"]["counts"]["succeeded"] == 3 and sorted(event["batch"]["jobs"]) == \
        sorted(jobs)
    assert event["batch"]["finished_at"] is not None
    for jid in jobs:
        assert wait_final(client, jid)["state"] == "succeeded"
    # every message naming the batch consumed and acknowledged: nothing more can come
    import redis as redis_lib

    rr = redis_lib.Redis.from_url(redis_server.url)
    deadline = time.monotonic() + 30
    while job_messages(rr, bid, QUEUE):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert rx.calls("/batch") == 1
    assert [a["status"] for a in wait_attempts(store, "batch", bid, 1)] == [200]
    assert all(store.hook_attempts("job", j) == [] for j in jobs)  # no job callbacks asked


def test_cancel_sends_the_cancelled_job(hooks):
    client, rx, _, _ = hooks
    r = client.post("/v1/jobs", files={"file": ("slow.txt", DOC + SLOW.encode())},
                    data={"callback_url": rx.url + "/cancel"})
    assert r.status_code == 202, r.text
    jid = r.json()["id"]
    deadline = time.monotonic() + 30
    while client.get(f"/v1/jobs/{jid}").json()["state"] != "running":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert client.delete(f"/v1/jobs/{jid}").status_code == 200
    ((headers, body),) = rx.wait("/cancel")
    job = verified(headers, body)["job"]
    assert job["id"] == jid and job["state"] == "cancelled"


REFUSED = ["http://127.0.0.1/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/",
           "http://[::1]/", "file:///etc/passwd", "http://localhost/", "http://u:p@example.com/",
           "http://no-such-host.invalid/"]


@pytest.mark.parametrize("url", REFUSED)
def test_ssrf_targets_are_refused_at_submit(service, url):
    r = service.client.post("/v1/jobs", files={"file": ("a.txt", DOC)},
                            data={"callback_url": url})
    assert r.status_code == 422 and r.json()["error"]["code"] == "callback_not_allowed", r.text
    r = service.client.post("/v1/batches", files={"file": ("a.txt", DOC)},
                            data={"callback_url": url})
    assert r.status_code == 422 and r.json()["error"]["code"] == "callback_not_allowed", r.text
    assert "batch" not in r.json()["error"]  # refused before any job of the batch was queued
