"""OpenAPI = API: schemathesis (`st run … --checks all`) against the REAL service — a real
redis-server, a real Celery worker, the API under uvicorn over HTTP — in its coverage,
fuzzing (positive and negative data) and stateful phases (following the links from
`POST /v1/jobs` to the job's routes). Any failure of any check fails the test.

What the schema cannot say is in ../../schemathesis.toml, each with its reason. The run is
bounded by examples per operation and seeded, so it is the same run every time."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.support import ROOT, start_api, start_worker

SEED = 20261125
MAX_EXAMPLES = 30


@pytest.fixture(scope="module")
def own_service(redis_server, tmp_path_factory):
    """A worker and an API of their own (their own queue) over the session's redis-server, so
    the generated jobs never queue ahead of other tests' jobs."""
    logs = tmp_path_factory.mktemp("schemathesis")
    # scans too (a generated PNG goes to the OCR queue): else a stream of a scan's events
    # waits for a worker that never comes, until the request times out
    own = dict(ZHIBIAO_QUEUE="schemathesis", ZHIBIAO_OCR_QUEUE="schemathesis")
    worker = start_worker(redis_server.url, logs / "worker.log", concurrency=2, **own)
    api, url = start_api(redis_server.url, logs / "api.log", **own)
    yield url, logs
    api.stop()
    worker.stop()


def test_schemathesis_finds_no_failure_in_any_phase(own_service):
    url, logs = own_service
    schema = httpx.get(url + "/openapi.json", timeout=10).json()
    # what the run relies on is in the schema: the upload body and the links to follow
    post = schema["paths"]["/v1/jobs"]["post"]
    assert post["requestBody"]["required"] is True
    assert set(post["responses"]["202"]["links"]) == {
        "GetJob", "GetResult", "GetEvents", "GetText", "CancelJob"}

    st = Path(sys.executable).with_name("st")
    args = [str(st), "--config-file", str(ROOT / "schemathesis.toml"), "--no-color", "run",
            f"{url}/openapi.json", "--checks", "all", "--mode", "all",
            "--phases", "examples,coverage,fuzzing,stateful",
            "--max-examples", str(MAX_EXAMPLES), "--seed", str(SEED),
            "--generation-database", "none", "--workers", "1", "--request-timeout", "60",
            # DELETE cancels a queued or running job and the job stays readable (CONTRACT.md
            # §2), so "deleted resource still available" is the contract, not a failure. The
            # schemathesis.toml switch is not applied to stateful scenarios (a rerun → DELETE →
            # GET events chain failed in a fresh-clone CI run), so it is excluded here too; the
            # purge of a final job (204, then 404) is tested in tests/service/test_many.py.
            "--exclude-checks", "use_after_free",
            "--report", "junit", "--report-dir", str(logs)]
    p = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)
    out = p.stdout + p.stderr
    (logs / "st-run.txt").write_text(out)
    summary = out[out.rfind("SUMMARY"):] if "SUMMARY" in out else out[-4000:]
    assert p.returncode == 0, out[-12000:]
    # every phase ran and passed (a phase that generated nothing would show ⏭, not ✅)
    for phase in ("Coverage", "Fuzzing", "Stateful"):
        assert re.search(rf"✅ {phase}\b", summary), summary
    scenarios = re.search(r"Scenarios:\s+(\d+)", out)
    assert scenarios and int(scenarios.group(1)) > 0, out[-4000:]
    links = re.search(r"API Links:\s+(\d+) covered", out)
    assert links and int(links.group(1)) > 0, out[-4000:]
    assert not re.search(r"\d+ failures?\b", summary), summary


def test_405_allows_every_method_of_the_path(service):
    """RFC 9110: a 405 lists the methods the target supports — all routes on the path (GET
    and DELETE share /v1/jobs/{id}), not only the first one the router tried — and exactly
    those: each listed method is answered, each other one is 405."""
    job = "/v1/jobs/00000000-0000-4000-8000-000000000000"
    cases = {job: {"GET", "DELETE"}, "/v1/jobs": {"GET", "POST"}, "/healthz": {"GET"},
             job + "/result": {"GET"}}
    every = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")
    for path, methods in cases.items():
        for method in every:
            r = service.client.request(method, path)
            if method in methods:
                assert r.status_code != 405, (method, path)
                continue
            assert r.status_code == 405, (method, path, r.status_code)
            assert {m.strip() for m in r.headers["allow"].split(",")} == methods, (method, path)
            if method != "HEAD":
                assert r.json()["error"]["code"] == "method_not_allowed"


def test_every_error_answer_is_documented_as_json(service):
    schema = service.client.get("/openapi.json").json()
    for path, ops in schema["paths"].items():
        for method, op in ops.items():
            for status, answer in op["responses"].items():
                if status[0] in "45":
                    assert list(answer["content"]) == ["application/json"], (method, path)
            if path.startswith("/v1/jobs/{job_id}"):
                assert {"401", "404", "503"} <= set(op["responses"]), (method, path)
