"""Scans through the service: the API checks a page image or a scanned PDF without reading it and
queues it on the OCR queue; a real worker started with ``--queues ocr`` reads it (stage ``ocr``,
progress per page); the text worker never takes it."""
from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from evaluation.ocr import render
from tests.support import start_worker, wait_final

TEXT = "地区生产总值完成164.4亿元，增长5.7%。\n原煤产量5899.2万吨，增长15.6%。"


@pytest.fixture(scope="module")
def ocr_worker(service, tmp_path_factory):
    w = start_worker(service.rs.url, tmp_path_factory.mktemp("ocr") / "ocr.log", name="ocr",
                     ZHIBIAO_WORKER_QUEUES="ocr")
    yield w
    w.stop()


def _events(service, jid: str) -> list[dict]:
    out = []
    with service.client.stream("GET", f"/v1/jobs/{jid}/events", timeout=60) as r:
        ev: dict = {}
        for line in r.iter_lines():
            if line.startswith("event:"):
                ev["event"] = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                ev["data"] = json.loads(line.split(":", 1)[1])
            elif not line and ev:
                out.append(ev)
                ev = {}
    return out


def test_a_png_is_read_on_the_ocr_queue_with_pages_and_boxes(service, ocr_worker):
    png = render(TEXT, height=360)[0]
    r = service.client.post("/v1/jobs", files={"file": ("page.png", png)})
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["document"]["media_type"] == "image/png"
    final = wait_final(service.client, job["id"], timeout=120)
    assert final["state"] == "succeeded", final
    # the OCR worker ran it, not the session's text worker
    assert f"job={job['id']}" in ocr_worker.output()
    assert f"job={job['id']}" not in service.worker.output()
    stages = [e["data"].get("stage") for e in _events(service, job["id"])]
    assert "ocr" in stages and stages.index("ocr") < stages.index("segment")
    res = service.client.get(f"/v1/jobs/{job['id']}/result").json()
    assert res["document"]["pages"] == 1 and res["document"]["ocr"][0]["page"] == 1
    text = service.client.get(f"/v1/jobs/{job['id']}/text").text
    figs = {(i["text"], i["value"], i["page"]) for i in res["indicators"]}
    assert figs == {("164.4亿元", 164.4, 1), ("5899.2万吨", 5899.2, 1)}
    for i in res["indicators"]:
        assert text[i["span"][0]:i["span"][1]] == i["text"] and len(i["box"]) == 4


def test_a_scanned_pdf_is_read_page_by_page(service, ocr_worker):
    png = render(TEXT, height=360)[0]
    im = Image.open(io.BytesIO(png)).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, format="PDF", resolution=150, save_all=True, append_images=[im])
    r = service.client.post("/v1/jobs", files={"file": ("scan.pdf", buf.getvalue())})
    assert r.status_code == 202, r.text
    final = wait_final(service.client, r.json()["id"], timeout=120)
    assert final["state"] == "succeeded", final
    res = service.client.get(f"/v1/jobs/{r.json()['id']}/result").json()
    assert res["document"]["pages"] == 2
    assert sorted(i["page"] for i in res["indicators"]) == [1, 1, 2, 2]
