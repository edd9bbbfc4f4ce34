"""The web page at ``GET /`` in real headless Chromium, driven over the DevTools protocol
(``--remote-debugging-pipe``: JSON messages on fds 3 and 4, no extra library), against the
real API with API keys configured, a real redis-server and a real Celery worker.

The page asks for the key (the API answered 401), two seeds are uploaded by setting the file
input, both jobs reach ``succeeded`` in the list (the page only learns that from the events
stream it reads with fetch: it lists the jobs once, after the upload), the indicator table
is filtered by ``canonical=gdp``, the filtered XLSX is downloaded through the page (fetch +
Blob) and opened with openpyxl. No CSP violation, no console error, no uncaught exception.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import httpx
import openpyxl
import pytest

from tests.browser.test_view_browser import _chromium, _png_size
from tests.support import SEEDS, start_api

KEY = "page-test-key-7f3a"
FILES = [SEEDS[0], SEEDS[2]]  # both have a gdp indicator


class Chromium:
    """Headless Chromium with the DevTools protocol on a pipe."""

    def __init__(self, binary: str, tmp: Path):
        profile = tmp / "profile"
        profile.mkdir(exist_ok=True)
        to_child_r, self._w = os.pipe()
        self._r, from_child_w = os.pipe()

        def fds():  # the child reads commands on fd 3, writes answers on fd 4
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self.p = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
             "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=fds, close_fds=False, cwd=tmp, stdout=subprocess.DEVNULL,
            stderr=open(tmp / "chromium.log", "wb"), env={**os.environ, "HOME": str(tmp)})
        os.close(to_child_r)
        os.close(from_child_w)
        self._id = 0
        self._answers: dict[int, dict] = {}
        self.events: list[dict] = []
        self._cv = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        self.session: str | None = None

    def _read(self) -> None:
        buf = b""
        while True:
            chunk = os.read(self._r, 65536)
            if not chunk:
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                with self._cv:
                    if "id" in msg:
                        self._answers[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                    self._cv.notify_all()

    def send(self, method: str, params: dict | None = None, browser: bool = False) -> dict:
        self._id += 1
        msg: dict = {"id": self._id, "method": method, "params": params or {}}
        if self.session and not browser:
            msg["sessionId"] = self.session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        with self._cv:
            assert self._cv.wait_for(lambda: self._id in self._answers, 60), method
            answer = self._answers.pop(self._id)
        assert "error" not in answer, (method, answer["error"])
        return answer.get("result", {})

    def js(self, expression: str):
        r = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                           "awaitPromise": True})
        assert "exceptionDetails" not in r, r["exceptionDetails"]
        return r["result"].get("value")

    def wait(self, expression: str, timeout: float = 120, what: str = ""):
        """Poll a page expression until it is truthy; fail with the page's state after
        ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            v = self.js(expression)
            if v:
                return v
            time.sleep(0.1)
        state = self.js("document.body.innerText.slice(0, 3000)")
        raise AssertionError(f"timed out waiting for {what or expression}:\n{state}")

    def close(self) -> None:
        try:
            self.send("Browser.close", browser=True)
            self.p.wait(20)
        except Exception:
            self.p.kill()
            self.p.wait(10)
        os.close(self._w)


@pytest.fixture(scope="module")
def keyed_api(service, redis_server, tmp_path_factory):
    """An API with keys over the session's redis-server; the session's worker runs its jobs."""
    log = tmp_path_factory.mktemp("page") / "api.log"
    api, url = start_api(redis_server.url, log, ZHIBIAO_API_KEYS=KEY)
    yield url, log
    api.stop()


def test_page_upload_progress_filter_download(keyed_api, tmp_path):
    binary = _chromium()
    url, api_log = keyed_api
    assert httpx.get(url + "/v1/jobs").status_code == 401  # the API does ask for a key
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    c = Chromium(binary, tmp_path)
    try:
        page = next(t for t in c.send("Target.getTargets")["targetInfos"] if t["type"] == "page")
        c.session = c.send("Target.attachToTarget", {"targetId": page["targetId"],
                                                     "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "DOM"):
            c.send(f"{domain}.enable")
        c.send("Browser.setDownloadBehavior", {"behavior": "allow", "eventsEnabled": True,
                                               "downloadPath": str(downloads)}, browser=True)
        c.send("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900,
                                                      "deviceScaleFactor": 1, "mobile": False})
        c.send("Page.addScriptToEvaluateOnNewDocument", {"source":
               "window.__csp = []; document.addEventListener('securitypolicyviolation', "
               "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"})
        c.send("Page.navigate", {"url": url + "/"})

        # the API answered 401: the page asks for the key
        c.wait("document.readyState === 'complete' && "
               "getComputedStyle(document.getElementById('keybox')).display !== 'none'",
               30, "the key prompt")
        c.js("document.getElementById('key').focus()")
        c.send("Input.insertText", {"text": KEY})
        c.js("document.getElementById('key-save').click()")
        c.wait("getComputedStyle(document.getElementById('keybox')).display === 'none' && "
               "sessionStorage.getItem('zhibiao.key') !== null", 30, "the key accepted")
        c.wait("document.getElementById('status').textContent === '0 个任务'", 30,
               "the (empty) job list")

        # upload two seeds through the file input
        obj = c.send("Runtime.evaluate", {"expression": "document.getElementById('files')"})
        c.send("DOM.setFileInputFiles", {"files": [str(p) for p in FILES],
                                         "objectId": obj["result"]["objectId"]})
        c.wait("document.querySelectorAll('#jobs tbody tr').length === 2", 30, "two job rows")
        c.wait("[...document.querySelectorAll('#jobs tbody tr')].every(r => "
               "r.dataset.state === 'succeeded' && r.querySelector('progress').value === 1 && "
               "r.querySelector('a.view'))", 120, "both jobs succeeded")
        names = c.js("[...document.querySelectorAll('#jobs tbody tr td:first-child')]"
                     ".map(td => td.textContent).sort()")
        assert names == sorted(p.name for p in FILES)

        # the indicator table, then filtered by canonical=gdp
        h = {"X-API-Key": KEY}
        every = httpx.get(url + "/v1/indicators", params={"limit": 500}, headers=h).json()
        gdp = httpx.get(url + "/v1/indicators", params={"canonical": "gdp"}, headers=h).json()
        n_all, n_gdp = len(every["indicators"]), len(gdp["indicators"])
        assert n_all > n_gdp >= 2
        c.wait(f"document.querySelectorAll('#indicators tbody tr').length === {n_all}", 30,
               f"{n_all} indicator rows")
        c.js("document.getElementById('f-canonical').value = 'gdp';"
             "document.getElementById('search').click()")
        c.wait(f"document.querySelectorAll('#indicators tbody tr').length === {n_gdp}", 30,
               f"{n_gdp} gdp rows")
        canon = c.js("[...document.querySelectorAll('#indicators tbody tr td:nth-child(7)')]"
                     ".map(td => td.textContent)")
        assert canon == ["gdp"] * n_gdp

        # download the filtered XLSX through the page (fetch with the key, then a Blob)
        c.js("document.getElementById('ind-xlsx').click()")
        deadline = time.monotonic() + 30
        while not (done := [p for p in downloads.glob("*.xlsx")]):
            assert time.monotonic() < deadline, list(downloads.iterdir())
            time.sleep(0.1)
        c.wait("document.getElementById('status').textContent.startsWith('已下载')", 30)
        data = done[0].read_bytes()
        assert data[:2] == b"PK"
        ws = openpyxl.load_workbook(done[0], read_only=True)["indicators"]
        rows = list(ws.iter_rows(values_only=True))
        col = rows[0].index("canonical")
        assert [r[col] for r in rows[1:]] == ["gdp"] * n_gdp

        shot = tmp_path / "page.png"
        shot.write_bytes(base64.b64decode(c.send("Page.captureScreenshot",
                                                 {"format": "png"})["data"]))
        assert _png_size(shot.read_bytes()) == (1280, 900)
        keep = os.environ.get("ZHIBIAO_KEEP_PAGE_SCREENSHOT")
        if keep:
            shutil.copy(shot, keep)

        assert c.js("window.__csp") == []
        problems = []
        for ev in c.events:
            m, p = ev.get("method"), ev.get("params", {})
            if m == "Runtime.exceptionThrown":
                problems.append(p["exceptionDetails"])
            elif m == "Runtime.consoleAPICalled" and p["type"] in ("error", "assert"):
                problems.append(p)
            elif m == "Log.entryAdded" and p["entry"]["level"] == "error":
                e = p["entry"]
                # the page's first requests without a key: answered 401 by design
                if not (e.get("source") == "network" and "status of 401" in e["text"]):
                    problems.append(e)
        assert problems == [], problems
        assert not any("Content Security Policy" in json.dumps(ev) for ev in c.events)
    finally:
        c.close()
    assert KEY not in api_log.read_text("utf-8", errors="replace")
