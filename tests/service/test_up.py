"""`zhibiao up`: embedded Redis (AOF under the var dir) + a worker + the API; Ctrl-C stops all."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import httpx
import psutil
import pytest

from tests.support import ROOT, SEEDS, wait_final
from zhibiao.redisserver import free_port


def test_up_serves_and_stops_cleanly_on_ctrl_c(tmp_path):
    port, rport = free_port(), free_port()
    p = subprocess.Popen([sys.executable, "-m", "zhibiao.cli", "up", "--port", str(port),
                          "--redis-port", str(rport), "--var", str(tmp_path / "var")],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         env={"PATH": "/usr/bin:/bin", "ZHIBIAO_HEARTBEAT_S": "1"})
    try:
        url = f"http://127.0.0.1:{port}"
        c = httpx.Client(base_url=url, timeout=30)
        deadline = time.monotonic() + 60
        ready = {}
        while time.monotonic() < deadline:
            try:
                ready = c.get("/readyz").json()
                if ready.get("workers") == 2:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        assert ready.get("workers") == 2, ready  # one for text jobs, one for scans (OCR)
        r = c.post("/v1/jobs", files={"file": (SEEDS[1].name, SEEDS[1].read_bytes())})
        assert r.status_code == 202
        assert wait_final(c, r.json()["id"])["state"] == "succeeded"
        # a scan goes to the OCR worker that `up` runs beside the text worker
        from evaluation.ocr import render

        png = render("地区生产总值完成164.4亿元，增长5.7%。", height=300)[0]
        r = c.post("/v1/jobs", files={"file": ("page.png", png)})
        assert r.status_code == 202
        assert wait_final(c, r.json()["id"], timeout=120)["state"] == "succeeded"
        res = c.get(f"/v1/jobs/{r.json()['id']}/result").json()
        assert [i["text"] for i in res["indicators"]] == ["164.4亿元"]
        children = psutil.Process(p.pid).children(recursive=True)
        assert len(children) >= 4  # redis-server, 2 workers (+ pool children), API
        aof = [f for f in (tmp_path / "var" / "redis").iterdir() if "appendonly" in f.name]
        assert aof, "Redis persists with AOF under ./var"
    finally:
        p.send_signal(signal.SIGINT)
        out = p.communicate(timeout=60)[0].decode()
    assert p.returncode == 0, out[-2000:]
    assert f"API {url}" in out and "stopped" in out
    # every child exits (is reaped, or at least dead) within a bound
    _, alive = psutil.wait_procs(children, timeout=20)
    assert not [c for c in alive if c.is_running() and c.status() != psutil.STATUS_ZOMBIE], alive
    with pytest.raises(httpx.HTTPError):
        httpx.get(url + "/healthz", timeout=1)
