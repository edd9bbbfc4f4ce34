"""The ``zhibiao`` command: analyze, serve, worker, up, submit (CONTRACT.md §1)."""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
def cmd_analyze(a: argparse.Namespace) -> int:
    from analysis.errors import DocumentError
    from analysis.pipeline import analyze
    from core.settings import get_settings

    if a.format == "xlsx" and not a.output:
        print("zhibiao: --format xlsx writes a file: give it with --output FILE", file=sys.stderr)
        return 2
    max_chars = get_settings().max_chars
    rc = 0
    several = len(a.files) > 1
    rows: list[dict] = []  # csv of several files, xlsx: rows with their file
    documents: list[dict] = []
    out = sys.stdout.buffer
    for f in a.files:
        try:
            data = Path(f).read_bytes()
            result = analyze(data, Path(f).name, include_tokens=a.tokens, max_chars=max_chars)
        except (OSError, DocumentError) as e:
            msg = e.message if isinstance(e, DocumentError) else (e.strerror or str(e))
            code = f" [{e.code}]" if isinstance(e, DocumentError) else ""
            print(f"zhibiao: {f}: {msg}{code}", file=sys.stderr)
            documents.append({"filename": f, "state": "failed",
                              "error": e.code if isinstance(e, DocumentError) else "unreadable"})
            rc = 1
            continue
        if a.format == "json":
            # the JSON bytes straight from pydantic's serializer (as the worker stores them),
            # not a dict and then a string: a 2 M-character document's result is built once
            keep_tokens = a.tokens and result.tokens is not None
            out.write(result.__pydantic_serializer__.to_json(
                result, indent=2 if a.pretty else None,
                exclude=None if keep_tokens else {"tokens"}))
            out.write(b"\n")
            del result
            continue
        body = result.to_json_dict(include_tokens=a.tokens)
        if a.format == "csv" and not several:
            from analysis.export import indicators_csv

            out.write(indicators_csv(body))
        else:  # csv of several files, xlsx
            from analysis.export import tag_rows

            # a local run has no job id: the job_id column stays empty, filename is the path
            rows += tag_rows(body, "", f)
            d = body["document"]
            documents.append({"filename": f, "state": "succeeded", "media_type": d.get("media_type"),
                              "bytes": d.get("bytes"), "chars": d.get("chars"),
                              "sha256": d.get("sha256"), "indicators": len(body["indicators"])})
    if a.format == "csv" and several:
        from analysis.export import rows_csv

        out.write(rows_csv(rows))
    elif a.format == "xlsx":
        from analysis.export import indicators_xlsx

        Path(a.output).write_bytes(indicators_xlsx(rows, documents))
    sys.stdout.flush()
    return rc


# --------------------------------------------------------------------------------------------
def cmd_serve(a: argparse.Namespace) -> int:
    import uvicorn

    from core.settings import get_settings

    s = get_settings()
    host = a.host or s.host
    if not s.key_list and host not in ("127.0.0.1", "localhost", "::1"):
        print("zhibiao: ZHIBIAO_API_KEYS is not set: refusing to serve an open API on "
              f"{host}; binding to 127.0.0.1 instead", file=sys.stderr)
        host = "127.0.0.1"
    if not s.key_list:
        print("zhibiao: WARNING: ZHIBIAO_API_KEYS is not set; the API is open (local only)",
              file=sys.stderr)
    uvicorn.run("api.main:app", host=host, port=a.port or s.port, workers=a.workers,
                log_level="warning", access_log=False, timeout_graceful_shutdown=5)
    return 0


def cmd_worker(a: argparse.Namespace) -> int:
    from core.settings import get_settings
    from worker.app import app

    s = get_settings()
    queues = a.queues or s.worker_queues or s.queue
    os.environ["ZHIBIAO_WORKER_QUEUES"] = queues  # the start-up hooks preload what they serve
    argv = ["worker", "--loglevel", s.log_level, "--concurrency", str(a.concurrency or s.worker_concurrency),
            "-Q", queues, "--without-gossip", "--without-mingle", "--pool", "prefork"]
    if a.hostname:
        argv += ["--hostname", a.hostname]
    app.worker_main(argv)
    return 0


# --------------------------------------------------------------------------------------------
def cmd_up(a: argparse.Namespace) -> int:
    from zhibiao.redisserver import RedisServer, free_port

    var = Path(a.var).resolve()
    var.mkdir(parents=True, exist_ok=True)
    port = a.redis_port or 6379
    try:
        rs = RedisServer(var / "redis", port=port, log=True).start()
    except Exception:
        port = free_port()
        rs = RedisServer(var / "redis", port=port, log=True).start()
    env = dict(os.environ, ZHIBIAO_REDIS_URL=rs.url)
    exe = [sys.executable, "-m", "zhibiao.cli"]
    from core.settings import get_settings

    s = get_settings()
    worker = subprocess.Popen(exe + ["worker", "--concurrency", str(a.concurrency),
                                     "--queues", s.queue, "--hostname", "text@%h"], env=env)
    # scans on their own worker: a long OCR job never delays a text job
    # (a scan may take minutes: its own, longer time limits; its lease is renewed meanwhile)
    ocr_env = dict(env, ZHIBIAO_SOFT_TIME_LIMIT_S="600", ZHIBIAO_HARD_TIME_LIMIT_S="660",
                   ZHIBIAO_VISIBILITY_TIMEOUT_S="900")
    ocr_worker = subprocess.Popen(exe + ["worker", "--concurrency", "1", "--queues", s.ocr_queue,
                                         "--hostname", "ocr@%h"], env=ocr_env)
    api = subprocess.Popen(exe + ["serve", "--host", a.host, "--port", str(a.port)], env=env)
    url = f"http://{a.host}:{a.port}"
    print(f"zhibiao is up: API {url}  (docs {url}/docs) · Redis {rs.url} (AOF in {var}/redis)"
          " · Ctrl-C stops all", flush=True)
    stopping = False

    def stop(*_):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        while not stopping:
            if api.poll() is not None or worker.poll() is not None or ocr_worker.poll() is not None:
                print("zhibiao: a child process exited; stopping", file=sys.stderr)
                break
            time.sleep(0.3)
    finally:
        for p in (api, worker, ocr_worker):  # API first, then warm worker shutdowns, then Redis
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()
        rs.stop()
        print("zhibiao: stopped", flush=True)
    return 0


# --------------------------------------------------------------------------------------------
def _files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith("."))
        else:
            out.append(p)
    return out


def cmd_submit(a: argparse.Namespace) -> int:
    import httpx
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    err = Console(stderr=True)
    headers = {"X-API-Key": a.api_key} if a.api_key else {}
    if a.batch or any(Path(p).is_dir() for p in a.files):
        return _submit_batch(a, err, headers)
    files = _files(a.files)
    jobs: list[tuple[Path, str]] = []
    rc = 0
    with httpx.Client(base_url=a.url, headers=headers, timeout=60) as c:
        for f in files:
            try:
                r = c.post("/v1/jobs", files={"file": (f.name, f.read_bytes())})
            except (OSError, httpx.HTTPError) as e:
                err.print(f"[red]{f}: {e}[/red]")
                rc = 1
                continue
            if r.status_code != 202:
                body = r.json() if r.headers.get("content-type", "").startswith("application/json") else {}
                problem = body.get("error", {})
                err.print(f"[red]{f}: {r.status_code} {problem.get('code')}: {problem.get('message')}[/red]")
                rc = 1
                continue
            jid = r.json()["id"]
            jobs.append((f, jid))
            if not a.wait:
                print(f"{jid}\t{f}")
        if not a.wait:
            return rc
        states: dict[str, dict] = {}
        with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[state]}"),
                      TimeElapsedColumn(), console=err) as prog:
            bars = {jid: prog.add_task(f.name[:40], total=1.0, state="queued") for f, jid in jobs}
            deadline = time.monotonic() + a.timeout
            while time.monotonic() < deadline:
                for _f, jid in jobs:
                    if states.get(jid, {}).get("state") in ("succeeded", "failed", "cancelled"):
                        continue
                    j = c.get(f"/v1/jobs/{jid}").json()
                    states[jid] = j
                    label = j["state"] + (f" · {j['stage']}" if j.get("stage") else "")
                    prog.update(bars[jid], completed=j.get("progress", 0), state=label)
                if all(states.get(j, {}).get("state") in ("succeeded", "failed", "cancelled")
                       for _, j in jobs):
                    break
                time.sleep(0.2)
        for f, jid in jobs:
            st = states.get(jid, {})
            if st.get("state") == "succeeded":
                res = c.get(f"/v1/jobs/{jid}/result").json()
                print(_dump(res))
            else:
                err.print(f"[red]{f}: {st.get('state', 'unknown')} {st.get('error')}[/red]")
                rc = 1
    return rc


def _error_text(r) -> str:
    try:
        e = r.json().get("error", {})
    except ValueError:
        return f"{r.status_code}"
    return f"{r.status_code} {e.get('code')}: {e.get('message')}"


def _submit_batch(a: argparse.Namespace, err, headers: dict) -> int:
    """Upload the files (folders walked) as one batch in one streamed request; with ``--wait``
    show the batch's progress, then print each result (JSON lines, upload order) or write the
    batch's indicators (``--format csv|xlsx``, to ``--output`` or stdout)."""
    import httpx
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    if a.format == "xlsx" and not a.output:
        err.print("[red]--format xlsx writes a file: give it with --output FILE[/red]")
        return 2
    files = _files(a.files)
    if not files:
        err.print("[red]no files to upload[/red]")
        return 1
    rc = 0
    with httpx.Client(base_url=a.url, headers=headers, timeout=600) as c:
        handles = [open(f, "rb") for f in files]  # streamed by httpx, not read into memory
        try:
            r = c.post("/v1/batches", files=[("file", (f.name, h)) for f, h in zip(files, handles, strict=True)])
        except httpx.HTTPError as e:
            err.print(f"[red]upload failed: {e}[/red]")
            return 1
        finally:
            for h in handles:
                h.close()
        if r.status_code != 202:
            err.print(f"[red]batch refused: {_error_text(r)}[/red]")
            return 1
        body = r.json()
        bid = body["id"]
        for rej in body["rejected"]:
            why = rej["error"]
            err.print(f"[red]{rej['filename']}: {why['code']}: {why['message']}[/red]")
            rc = 1
        if not a.wait:
            print(f"batch\t{bid}")
            for j in body["jobs"]:
                print(f"{j['id']}\t{j['document']['filename']}")
            return rc
        status: dict = {}
        with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[counts]}"),
                      TimeElapsedColumn(), console=err) as prog:
            bar = prog.add_task(f"batch {bid[:8]} · {len(body['jobs'])} files", total=1.0, counts="")
            deadline = time.monotonic() + a.timeout
            while time.monotonic() < deadline:
                status = c.get(f"/v1/batches/{bid}").json()
                counts = " ".join(f"{k} {v}" for k, v in status["counts"].items() if v)
                prog.update(bar, completed=status["progress"], counts=counts)
                if status.get("finished_at"):
                    break
                time.sleep(0.3)
        if not status.get("finished_at"):
            err.print(f"[red]batch {bid} not finished after {a.timeout:g} s[/red]")
            return 1
        if status["counts"]["succeeded"] != len(status["jobs"]):
            rc = 1
        if a.format in ("csv", "xlsx"):
            r = c.get(f"/v1/batches/{bid}/indicators.{a.format}")
            if r.status_code != 200:
                err.print(f"[red]download failed: {_error_text(r)}[/red]")
                return 1
            if a.output:
                Path(a.output).write_bytes(r.content)
            else:
                sys.stdout.buffer.write(r.content)
                sys.stdout.flush()
            return rc
        for jid in status["jobs"]:
            res = c.get(f"/v1/jobs/{jid}/result")
            if res.status_code == 200:
                print(_dump(res.json()))
            else:
                j = c.get(f"/v1/jobs/{jid}").json()
                err.print(f"[red]{j['document']['filename']}: {j['state']} {j.get('error')}[/red]")
    return rc


# --------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zhibiao", description="Indicators, articles and summaries "
                                "from Chinese documents.")
    sub = p.add_subparsers(dest="cmd", required=True)

    an = sub.add_parser("analyze", help="run the pipeline in-process (no Redis) and print JSON")
    an.add_argument("files", nargs="+")
    an.add_argument("--tokens", action="store_true", help="include the word segmentation")
    an.add_argument("--format", choices=("json", "csv", "xlsx"), default="json",
                    help="csv: indicators (several files: with job_id/filename columns); "
                         "xlsx: a workbook written to --output")
    an.add_argument("--output", "-o", default=None, help="the file --format xlsx writes")
    an.add_argument("--pretty", action="store_true")
    an.set_defaults(func=cmd_analyze)

    sv = sub.add_parser("serve", help="the HTTP API")
    sv.add_argument("--host", default=None)
    sv.add_argument("--port", type=int, default=None)
    sv.add_argument("--workers", type=int, default=1)
    sv.set_defaults(func=cmd_serve)

    wk = sub.add_parser("worker", help="a Celery worker")
    wk.add_argument("--concurrency", type=int, default=None)
    wk.add_argument("--hostname", default=None)
    wk.add_argument("--queues", default=None,
                    help="comma-separated queues to consume (default ZHIBIAO_WORKER_QUEUES or "
                         "ZHIBIAO_QUEUE); scans go to ZHIBIAO_OCR_QUEUE ('ocr')")
    wk.set_defaults(func=cmd_worker)

    up = sub.add_parser("up", help="embedded Redis + one worker + the API, Ctrl-C stops all")
    up.add_argument("--host", default="127.0.0.1")
    up.add_argument("--port", type=int, default=8000)
    up.add_argument("--redis-port", type=int, default=None)
    up.add_argument("--concurrency", type=int, default=1)
    up.add_argument("--var", default="var")
    up.set_defaults(func=cmd_up)

    sb = sub.add_parser("submit", help="upload files over HTTP; a folder (or --batch) as one batch")
    sb.add_argument("files", nargs="+")
    sb.add_argument("--wait", action="store_true", help="show progress, then print results")
    sb.add_argument("--url", default=os.environ.get("ZHIBIAO_URL", "http://127.0.0.1:8000"))
    sb.add_argument("--api-key", default=os.environ.get("ZHIBIAO_API_KEY"))
    sb.add_argument("--timeout", type=float, default=600)
    sb.add_argument("--batch", action="store_true",
                    help="upload the files as one batch (implied when a folder is given)")
    sb.add_argument("--format", choices=("json", "csv", "xlsx"), default="json",
                    help="with --wait: results as JSON lines, or the batch's indicators")
    sb.add_argument("--output", "-o", default=None, help="write the csv/xlsx here")
    sb.set_defaults(func=cmd_submit)
    return p


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    return a.func(a) or 0


if __name__ == "__main__":
    sys.exit(main())
