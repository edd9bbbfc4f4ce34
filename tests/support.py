"""Helpers that start REAL parts: a redis-server on a free port, `zhibiao worker` subprocesses
(Celery, prefork) and the API under uvicorn, spoken to over HTTP. No fakes, no eager mode."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import redis as redis_lib

from zhibiao.redisserver import RedisServer, free_port

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def service_env(redis_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHIBIAO_")}
    env.update(ZHIBIAO_REDIS_URL=redis_url, ZHIBIAO_LOG_LEVEL="INFO", PYTHONUNBUFFERED="1",
               ZHIBIAO_HEARTBEAT_S="1")
    env.update(extra)
    return env


class Proc:
    """A child process with its log in a file; stopped with SIGTERM, then SIGKILL."""

    def __init__(self, args: list[str], env: dict, log: Path):
        self.log_path = log
        self._log = open(log, "ab")
        self.p = subprocess.Popen(args, env=env, cwd=ROOT, stdout=self._log,
                                  stderr=subprocess.STDOUT, start_new_session=True)

    @property
    def pid(self) -> int:
        return self.p.pid

    def alive(self) -> bool:
        return self.p.poll() is None

    def stop(self, timeout: float = 30) -> int | None:
        if self.alive():
            self.p.send_signal(signal.SIGTERM)
            try:
                self.p.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()
        return self.p.returncode

    def kill(self) -> None:
        """SIGKILL the whole process group (a Celery worker and its pool children)."""
        if self.p.poll() is None:
            try:
                os.killpg(self.p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.p.wait(10)

    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text("utf-8", errors="replace")


def start_worker(redis_url: str, log: Path, concurrency: int = 1, name: str = "w",
                 **env: str) -> Proc:
    """A real `zhibiao worker`; returns once its heartbeat is in Redis."""
    hostname = f"{name}-{free_port()}@%h"
    w = Proc([sys.executable, "-m", "zhibiao.cli", "worker", "--concurrency", str(concurrency),
              "--hostname", hostname], service_env(redis_url, **env), log)
    r = redis_lib.Redis.from_url(redis_url)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if not w.alive():
            raise RuntimeError("worker exited:\n" + w.output()[-3000:])
        beats = [m.decode() for m in r.zrangebyscore("zb:workers", time.time() - 5, "+inf")]
        out = w.output()
        # ready, and the dictionaries loaded (in the main process, or in the pool process at
        # concurrency 1: ZHIBIAO_PRELOAD=auto)
        if (any(b.endswith(f":{w.pid}") for b in beats) and "ready" in out
                and "dictionaries loaded in the" in out):
            return w
        time.sleep(0.1)
    w.kill()
    raise TimeoutError("worker did not become ready:\n" + w.output()[-3000:])


def start_api(redis_url: str, log: Path, **env: str) -> tuple[Proc, str]:
    port = free_port()
    api = Proc([sys.executable, "-m", "zhibiao.cli", "serve", "--port", str(port)],
               service_env(redis_url, **env), log)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if not api.alive():
            raise RuntimeError("api exited:\n" + api.output()[-3000:])
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return api, url
        except httpx.HTTPError:
            time.sleep(0.1)
    api.kill()
    raise TimeoutError("api did not start:\n" + api.output()[-3000:])


class Service:
    def __init__(self, url: str, rs: RedisServer, worker: Proc, api: Proc):
        self.url, self.rs, self.worker, self.api = url, rs, worker, api
        self.client = httpx.Client(base_url=url, timeout=30)
        self.redis = redis_lib.Redis.from_url(rs.url)

    def submit(self, path_or_bytes, filename: str | None = None, headers: dict | None = None,
               client: httpx.Client | None = None) -> httpx.Response:
        if isinstance(path_or_bytes, Path):
            data, filename = path_or_bytes.read_bytes(), filename or path_or_bytes.name
        else:
            data = path_or_bytes
        return (client or self.client).post("/v1/jobs", files={"file": (filename, data)},
                                            headers=headers or {})


def wait_final(client: httpx.Client, job_id: str, timeout: float = 60, headers=None) -> dict:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        r = client.get(f"/v1/jobs/{job_id}", headers=headers or {})
        assert r.status_code == 200, r.text
        last = r.json()
        if last["state"] in ("succeeded", "failed", "cancelled"):
            return last
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} not final after {timeout}s: {json.dumps(last)}")


def job_messages(r: redis_lib.Redis, jid: str, queue: str = "zhibiao") -> int:
    """Task messages naming the job that still exist: in the queue's list(s) (kombu's priority
    lists are named after the queue) or taken by a worker and not yet acknowledged (kombu's
    ``unacked`` hash). 0 = every message for the job was consumed and acknowledged."""
    needle = jid.encode()
    n = sum(needle in v for v in r.hvals("unacked"))
    for key in r.scan_iter(match=f"{queue}*"):
        if r.type(key) == b"list":
            n += sum(needle in m for m in r.lrange(key, 0, -1))
    return n


def log_lines(log: str, jid: str, *needles: str) -> list[str]:
    """The log lines of the job (``job=<id>``) that contain one of the needles."""
    return [ln for ln in log.splitlines() if f"job={jid}" in ln and any(n in ln for n in needles)]


def wait_consumed(r: redis_lib.Redis, read_log, jid: str, *needles: str,
                  queue: str = "zhibiao", timeout: float = 30) -> list[str]:
    """Wait for the evidence that a worker took a message for the job and acknowledged it: a log
    line of the job with one of ``needles`` (the task writes it after the message was taken),
    then no message naming the job left in the queue or unacknowledged. Fails after
    ``timeout``; returns the matching log lines."""
    deadline = time.monotonic() + timeout
    while True:
        lines = log_lines(read_log(), jid, *needles)
        left = job_messages(r, jid, queue)
        if lines and left == 0:
            return lines
        if time.monotonic() > deadline:
            raise AssertionError(f"job {jid}: after {timeout}s, log lines with {needles}: "
                                 f"{len(lines)}, messages left: {left}\n{read_log()[-3000:]}")
        time.sleep(0.05)


def contract_problems(result: dict, raw: bytes) -> list[str]:
    """What is wrong with a result JSON against the project's own contract: its pydantic model
    (``analysis.models.Result``, also the OpenAPI schema) and every span against the text as
    decoded by the pipeline's own decoder. An empty list means the result is sound."""
    import hashlib

    from analysis.decode import decode
    from analysis.models import Result

    problems: list[str] = []
    try:
        Result.model_validate(result)
    except Exception as e:  # pydantic.ValidationError: list its first lines
        return [f"model: {line}" for line in str(e).splitlines()[:10]]
    doc = result["document"]
    if doc["sha256"] != hashlib.sha256(raw).hexdigest():
        problems.append("document.sha256 is not the sha256 of the uploaded bytes")
    text = decode(raw, doc["filename"]).text
    if doc["chars"] != len(text):
        problems.append(f"document.chars {doc['chars']} != {len(text)} decoded characters")
    n = len(text)
    for k, art in enumerate(result["articles"]):
        s, e = art["span"]
        if not 0 <= s <= e <= n:
            problems.append(f"article {k}: span {art['span']} outside the text")
        if art["summary"] is not None and len(art["summary"]) > 120:
            problems.append(f"article {k}: summary longer than 120 characters")
    for k, ind in enumerate(result["indicators"]):
        s, e = ind["span"]
        if not 0 <= s < e <= n or text[s:e] != ind["text"]:
            problems.append(f"indicator {k}: text {ind['text']!r} is not decoded[{s}:{e}]")
        ch = ind.get("change") or {}
        if ch.get("span"):
            cs, ce = ch["span"]
            if not 0 <= cs < ce <= n or text[cs:ce] != ch["text"]:
                problems.append(f"indicator {k}: change text {ch.get('text')!r} is not "
                                f"decoded[{cs}:{ce}]")
        if not 0 <= ind["article"] < max(1, len(result["articles"])):
            problems.append(f"indicator {k}: article {ind['article']} does not exist")
    return problems
