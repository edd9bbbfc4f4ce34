"""The service end to end: real redis-server, real Celery worker processes, real HTTP."""
from __future__ import annotations

import json
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.support import (
    ROOT,
    SEEDS,
    contract_problems,
    log_lines,
    start_api,
    start_worker,
    wait_consumed,
    wait_final,
)


def _decode(raw: bytes) -> str:
    for enc in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeError:
            pass
    raise AssertionError("undecodable seed")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_seed_succeeds_with_a_contract_valid_result(service, seed):
    r = service.submit(seed)
    assert r.status_code == 202, r.text
    job = r.json()
    assert r.headers["location"] == f"/v1/jobs/{job['id']}"
    assert job["state"] == "queued" and job["document"]["filename"] == seed.name
    final = wait_final(service.client, job["id"])
    assert final["state"] == "succeeded", final
    assert final["progress"] == 1.0 and final["attempts"] >= 1 and final["error"] is None
    res = service.client.get(f"/v1/jobs/{job['id']}/result")
    assert res.status_code == 200
    result = res.json()
    raw = seed.read_bytes()
    problems = contract_problems(result, raw)
    assert problems == [], problems[:10]
    text = _decode(raw)
    assert result["indicators"], "every seed reports figures"
    for ind in result["indicators"]:
        s, e = ind["span"]
        assert text[s:e] == ind["text"]
    # the text endpoint returns the reference every span points into
    t = service.client.get(f"/v1/jobs/{job['id']}/text")
    assert t.status_code == 200 and t.text == text


def test_unknown_and_malformed_ids_are_404(service):
    for jid in (str(uuid.uuid4()), "not-a-uuid", "../../etc"):
        for path in ("", "/result", "/events", "/text"):
            r = service.client.get(f"/v1/jobs/{jid}{path}")
            assert r.status_code == 404, (jid, path, r.text)
            assert r.json()["error"]["code"] == "not_found"
    assert service.client.delete(f"/v1/jobs/{uuid.uuid4()}").status_code == 404


@pytest.fixture(scope="module")
def idle_api(service, tmp_path_factory):
    """An API whose jobs go to a queue no worker consumes: they stay `queued`, deterministically."""
    api, url = start_api(service.rs.url, tmp_path_factory.mktemp("idle") / "api.log",
                         ZHIBIAO_QUEUE="nobody-listens")
    yield httpx.Client(base_url=url, timeout=30)
    api.stop()


def test_result_before_done_is_409_and_cancel(service, idle_api):
    r = idle_api.post("/v1/jobs", files={"file": ("a.txt", "固定资产投资39.3亿元,增长3.6%。".encode())})
    assert r.status_code == 202
    jid = r.json()["id"]
    res = idle_api.get(f"/v1/jobs/{jid}/result")
    assert res.status_code == 409
    assert res.json()["error"]["code"] == "not_ready" and res.json()["error"]["state"] == "queued"
    d = idle_api.delete(f"/v1/jobs/{jid}")
    assert d.status_code == 200 and d.json()["state"] == "cancelled"
    assert idle_api.get(f"/v1/jobs/{jid}/result").status_code == 409
    # the task arriving late (e.g. from another queue) must not run a cancelled job
    from core.messages import TASK_NAME
    from core.settings import Settings
    from worker.app import make_app

    make_app(Settings(redis_url=service.rs.url)).send_task(TASK_NAME, args=[jid], queue="zhibiao")
    # the worker took the message, saw the job final and acknowledged the message
    wait_consumed(service.redis, service.worker.output, jid, "already cancelled: redelivery ignored")
    job = service.client.get(f"/v1/jobs/{jid}").json()
    assert job["state"] == "cancelled" and job["attempts"] == 0
    assert service.redis.get(f"zb:result:{jid}") is None
    events = _sse(service.client, jid)
    assert [e["state"] for e in events] == ["queued", "cancelled"]
    again = idle_api.delete(f"/v1/jobs/{jid}")  # final now: a second DELETE purges it
    assert again.status_code == 204
    assert idle_api.get(f"/v1/jobs/{jid}").status_code == 404


def _sse(client: httpx.Client, jid: str, timeout: float = 30) -> list[dict]:
    events = []
    with client.stream("GET", f"/v1/jobs/{jid}/events", timeout=timeout) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line.startswith("data: "):
                events.append(json.loads(line[6:]))
    return events


def test_sse_events_arrive_in_order_and_close(service):
    r = service.submit(SEEDS[0])
    jid = r.json()["id"]
    events = _sse(service.client, jid)
    states = [e["state"] for e in events]
    assert states[0] == "queued" and states[-1] == "succeeded"
    assert set(states) == {"queued", "running", "succeeded"}
    order = {"queued": 0, "running": 1, "succeeded": 2}
    assert [order[s] for s in states] == sorted(order[s] for s in states)
    progress = [e["progress"] for e in events]
    assert progress == sorted(progress) and progress[-1] == 1.0
    stages = [e["stage"] for e in events if e["state"] == "running"]
    seen = list(dict.fromkeys(stages))
    assert seen == ["decode", "segment", "indicators", "summarize"]


def test_idempotency_key(service):
    body = "一般公共预算收入13.6亿元,增长103%。".encode()
    h = {"Idempotency-Key": f"k-{uuid.uuid4()}"}
    a = service.submit(body, "x.txt", headers=h)
    b = service.submit(body, "x.txt", headers=h)
    assert a.status_code == 202 and b.status_code == 202
    assert a.json()["id"] == b.json()["id"]
    assert b.headers.get("idempotent-replayed") == "true"
    c = service.submit(body + "另外".encode(), "x.txt", headers=h)
    assert c.status_code == 409 and c.json()["error"]["code"] == "idempotency_conflict"
    # without a key, the same body makes a new job
    d = service.submit(body, "x.txt")
    assert d.json()["id"] != a.json()["id"]


def test_concurrent_posts_with_one_key_make_one_job(service):
    body = "原煤产量5899.2万吨,增长15.6%。".encode()
    h = {"Idempotency-Key": f"c-{uuid.uuid4()}"}
    with ThreadPoolExecutor(16) as ex:
        rs = list(ex.map(lambda _: service.submit(body, "c.txt", headers=h,
                                                  client=httpx.Client(base_url=service.url, timeout=30)),
                         range(50)))
    assert all(r.status_code == 202 for r in rs), {r.status_code for r in rs}
    assert len({r.json()["id"] for r in rs}) == 1


def test_redelivered_task_is_harmless(service):
    r = service.submit(SEEDS[1])
    jid = r.json()["id"]
    first = wait_final(service.client, jid)
    result = service.client.get(f"/v1/jobs/{jid}/result").content
    from core.messages import TASK_NAME
    from core.settings import Settings
    from worker.app import make_app

    make_app(Settings(redis_url=service.rs.url)).send_task(TASK_NAME, args=[jid], queue="zhibiao")
    # the worker took the message, saw the job final and acknowledged the message
    wait_consumed(service.redis, service.worker.output, jid, "already succeeded: redelivery ignored")
    assert len(log_lines(service.worker.output(), jid, "msg=finished:")) == 1  # one analysis
    again = service.client.get(f"/v1/jobs/{jid}").json()
    assert again["state"] == "succeeded" and again["attempts"] == first["attempts"]
    assert service.client.get(f"/v1/jobs/{jid}/result").content == result


def test_cli_analyze_prints_what_the_api_returns(service, tmp_path):
    seed = SEEDS[0]
    jid = service.submit(seed).json()["id"]
    assert wait_final(service.client, jid)["state"] == "succeeded"
    api_result = service.client.get(f"/v1/jobs/{jid}/result").json()
    out = subprocess.run([sys.executable, "-m", "zhibiao.cli", "analyze", str(seed)], cwd=ROOT,
                         capture_output=True, timeout=120, env={"PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr.decode()
    cli_result = json.loads(out.stdout)
    api_result.pop("timings_ms")
    cli_result.pop("timings_ms")
    assert cli_result == api_result
    # tokens on request, in both
    tok = service.client.get(f"/v1/jobs/{jid}/result", params={"include": "tokens"}).json()
    assert tok["tokens"] and all(len(t) == 3 for t in tok["tokens"][:50])
    assert "tokens" not in api_result


def test_cli_submit_wait_prints_results(service):
    out = subprocess.run([sys.executable, "-m", "zhibiao.cli", "submit", str(SEEDS[1]), "--wait",
                          "--url", service.url], cwd=ROOT, capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr.decode()
    res = json.loads(out.stdout.decode().strip().splitlines()[-1])
    assert res["document"]["filename"] == SEEDS[1].name and res["indicators"]


def test_health_ready_metrics(service):
    assert service.client.get("/healthz").json() == {"status": "ok"}
    ready = service.client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["workers"] >= 1
    m = service.client.get("/metrics")
    assert m.status_code == 200
    text = m.text
    for needle in ('zhibiao_jobs_total{state="succeeded"}', "zhibiao_queue_depth",
                   'zhibiao_stage_duration_ms_count{stage="indicators"}', "zhibiao_workers_alive"):
        assert needle in text
    succeeded = [ln for ln in text.splitlines() if ln.startswith('zhibiao_jobs_total{state="succeeded"}')]
    assert float(succeeded[0].split()[-1]) >= 1


def test_every_key_the_service_wrote_expires(service):
    jid = service.submit(SEEDS[1]).json()["id"]
    wait_final(service.client, jid)
    keys = [k for k in service.redis.scan_iter("zb:*")]
    assert keys
    no_ttl = [k for k in keys if service.redis.pttl(k) == -1]  # -2: expired since the scan
    assert no_ttl == []


def test_view_and_csv_routes(service):
    jid = service.submit(SEEDS[0]).json()["id"]
    wait_final(service.client, jid)
    result = service.client.get(f"/v1/jobs/{jid}/result").json()
    v = service.client.get(f"/v1/jobs/{jid}/view")
    assert v.status_code == 200 and v.headers["content-type"].startswith("text/html")
    assert v.text.count('<mark class="ind') == len(result["indicators"])
    c = service.client.get(f"/v1/jobs/{jid}/indicators.csv")
    assert c.status_code == 200 and c.content.startswith(b"\xef\xbb\xbf")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(c.content.decode("utf-8-sig"))))
    assert len(rows) == len(result["indicators"])
    assert [r["text"] for r in rows] == [i["text"] for i in result["indicators"]]


def test_cli_csv_matches_the_api_csv(service):
    jid = service.submit(SEEDS[1]).json()["id"]
    wait_final(service.client, jid)
    api_csv = service.client.get(f"/v1/jobs/{jid}/indicators.csv").content
    out = subprocess.run([sys.executable, "-m", "zhibiao.cli", "analyze", "--format", "csv",
                          str(SEEDS[1])], cwd=ROOT, capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr.decode()
    assert out.stdout == api_csv and out.stdout.startswith(b"\xef\xbb\xbf")


def test_openapi_documents_the_result_schema(service):
    spec = service.client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert {"Result", "Indicator", "Article", "Job"} <= set(schemas)
    ok = spec["paths"]["/v1/jobs/{job_id}/result"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["$ref"].endswith("/Result")
    assert set(schemas["Indicator"]["properties"]) >= {"name", "canonical", "value", "unit", "span",
                                                       "text", "change", "period", "region"}


def test_the_record_keeps_the_jobs_own_analysis_time(service):
    """The worker keeps analyze()'s wall time in the record (what the queue cost a job is its
    time in the service less this: bench/bench_service.py); the public job does not show it."""
    jid = service.submit(SEEDS[1]).json()["id"]
    job = wait_final(service.client, jid)
    assert job["state"] == "succeeded" and "analyze_ms" not in job
    h = {k.decode(): v.decode() for k, v in service.redis.hgetall(f"zb:job:{jid}").items()}
    analyze_ms = float(h["analyze_ms"])
    assert 0 < analyze_ms < (float(h["finished_at"]) - float(h["started_at"])) * 1000


def test_the_worker_loads_the_user_dictionary(service, tmp_path):
    """``ZHIBIAO_USER_DICT`` reaches a real worker: the names it lists come back as single tokens,
    which the service's own worker (package dictionary only) splits."""
    seed_dict = ROOT / "tests" / "data" / "seed_userdict.txt"
    text = "平鲁区高石庄乡店湾村地头,宝武太钢低碳铬基合金项目。"
    names = ("高石庄乡", "宝武太钢", "低碳铬基合金")

    def words(client: httpx.Client) -> list[str]:
        r = client.post("/v1/jobs", files={"file": ("u.txt", text.encode())})
        assert r.status_code == 202, r.text
        assert wait_final(client, r.json()["id"])["state"] == "succeeded"
        res = client.get(f"/v1/jobs/{r.json()['id']}/result", params={"include": "tokens"})
        return [text[s:e] for s, e, _ in res.json()["tokens"]]

    plain = words(service.client)
    assert not [n for n in names if n in plain], plain
    queue = f"userdict-{uuid.uuid4().hex[:8]}"  # a worker of its own, on a queue of its own
    w = start_worker(service.rs.url, tmp_path / "worker.log", ZHIBIAO_QUEUE=queue,
                     ZHIBIAO_USER_DICT=str(seed_dict))
    api, url = start_api(service.rs.url, tmp_path / "api.log", ZHIBIAO_QUEUE=queue)
    try:
        with httpx.Client(base_url=url, timeout=30) as c:
            user = words(c)
        assert [n for n in names if n in user] == list(names), user
    finally:
        api.stop()
        w.stop()
