"""Many documents (issue 14): job lists, purge and rerun, XLSX, batches, indicators across
documents. Real redis-server, the session's real worker, an API under uvicorn with two API keys
(two tenants), all over HTTP."""
from __future__ import annotations

import io
import subprocess
import sys
import time

import httpx
import openpyxl
import pytest

from tests.support import ROOT, SEEDS, start_api, wait_final

KEY_A, KEY_B = "key-a-for-tests", "key-b-for-tests"
A, B = {"X-API-Key": KEY_A}, {"X-API-Key": KEY_B}
SMALL = "{}地区生产总值完成{}亿元,增长5.7%。粮食产量12.5万吨。"


@pytest.fixture(scope="module")
def keyed(service, tmp_path_factory):
    """An API with two API keys over the session's Redis and worker; 1 MB upload limit."""
    api, url = start_api(service.rs.url, tmp_path_factory.mktemp("many") / "api.log",
                         ZHIBIAO_API_KEYS=f"{KEY_A},{KEY_B}", ZHIBIAO_MAX_UPLOAD_MB="1")
    yield httpx.Client(base_url=url, timeout=60)
    api.stop()


@pytest.fixture(scope="module")
def idle(service, tmp_path_factory):
    """The same keys, jobs queued where no worker listens: they stay `queued`."""
    api, url = start_api(service.rs.url, tmp_path_factory.mktemp("many-idle") / "api.log",
                         ZHIBIAO_API_KEYS=f"{KEY_A},{KEY_B}", ZHIBIAO_QUEUE="nobody-listens")
    yield httpx.Client(base_url=url, timeout=60)
    api.stop()


def _post(c: httpx.Client, name: str, data: bytes, h: dict) -> dict:
    r = c.post("/v1/jobs", files={"file": (name, data)}, headers=h)
    assert r.status_code == 202, r.text
    return r.json()


def _doc(i: int, region: str = "平鲁区") -> bytes:
    return SMALL.format(region, 100 + i).encode()


def _all_pages(c: httpx.Client, path: str, h: dict, key: str, **params) -> tuple[list, int]:
    items, pages, cursor = [], 0, None
    while True:
        q = dict(params, **({"cursor": cursor} if cursor else {}))
        r = c.get(path, params=q, headers=h)
        assert r.status_code == 200, r.text
        body = r.json()
        items += body[key]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            return items, pages
        assert pages < 1000


def _keys_of(redis, jid: str) -> list[str]:
    """Every zb:* key whose name, zset members, hash fields or string value mention ``jid``."""
    found = []
    for k in redis.scan_iter("zb:*", count=1000):
        name = k.decode()
        if jid in name:
            found.append(name)
            continue
        t = redis.type(k).decode()
        if t == "zset" and any(jid.encode() in m for m, _ in redis.zscan_iter(k)):
            found.append(f"{name} (member)")
        elif t == "hash" and any(jid.encode() in f or jid.encode() in v
                                 for f, v in redis.hscan_iter(k)):
            found.append(f"{name} (hash)")
        elif t == "string" and jid.encode() in (redis.get(k) or b""):
            found.append(f"{name} (value)")
    return found


# --------------------------------------------------------------------------------------------
# 1. job list

def test_job_list_is_per_tenant_newest_first_paged_and_filtered(service, keyed, idle):
    mine = [_post(keyed, f"a{i}.txt", _doc(i), A)["id"] for i in range(5)]
    theirs = [_post(keyed, f"b{i}.txt", _doc(i), B)["id"] for i in range(2)]
    for jid in mine:
        assert wait_final(keyed, jid, headers=A)["state"] == "succeeded"
    waiting = _post(idle, "wait.txt", _doc(9), A)["id"]  # stays queued
    cancelled = _post(idle, "cancel.txt", _doc(8), A)["id"]
    assert idle.delete(f"/v1/jobs/{cancelled}", headers=A).status_code == 200

    jobs, pages = _all_pages(keyed, "/v1/jobs", A, "jobs", limit=2)
    ids = [j["id"] for j in jobs]
    # newest first; this tenant's only (the other tenant's and the public ones never appear)
    assert ids[:7] == [cancelled, waiting, *reversed(mine)]
    assert not set(ids) & set(theirs) and pages >= 4
    created = [j["created_at"] for j in jobs]
    assert created == sorted(created, reverse=True)
    b_ids = [j["id"] for j in _all_pages(keyed, "/v1/jobs", B, "jobs")[0]]
    assert set(b_ids) == set(theirs) and not set(b_ids) & set(mine)

    by_state = {st: [j["id"] for j in _all_pages(keyed, "/v1/jobs", A, "jobs", state=st)[0]]
                for st in ("queued", "cancelled", "succeeded")}
    assert by_state["queued"] == [waiting] and by_state["cancelled"] == [cancelled]
    assert set(mine) <= set(by_state["succeeded"]) and waiting not in by_state["succeeded"]

    # the index carries the jobs' TTL; an expired record's id is pruned when met
    key = [k for k in service.redis.scan_iter("zb:tjobs:*")
           if service.redis.zscore(k, mine[0]) is not None][0]
    assert 0 < service.redis.ttl(key) <= 604800
    service.redis.delete(f"zb:job:{mine[0]}")  # as if it had expired
    ids_after = [j["id"] for j in _all_pages(keyed, "/v1/jobs", A, "jobs")[0]]
    assert mine[0] not in ids_after and mine[1] in ids_after
    assert service.redis.zscore(key, mine[0]) is None

    assert keyed.get("/v1/jobs", headers=A, params={"cursor": "bogus"}).status_code == 400
    assert keyed.get("/v1/jobs").status_code == 401  # no key
    assert keyed.get("/v1/jobs", headers=A, params={"state": "nope"}).status_code == 400


# --------------------------------------------------------------------------------------------
# 6. lifecycle

def test_delete_of_a_final_job_purges_every_trace_of_it(service, keyed, idle):
    jid = _post(keyed, "purge.txt", _doc(1, "朔州市"), A)["id"]
    assert wait_final(keyed, jid, headers=A)["state"] == "succeeded"
    found = keyed.get("/v1/indicators", params={"region": "朔州市"}, headers=A).json()
    assert any(x["job_id"] == jid for x in found["indicators"])  # indexed
    assert _keys_of(service.redis, jid)  # control: the job has keys to purge

    assert keyed.delete(f"/v1/jobs/{jid}", headers=B).status_code == 404  # not theirs
    r = keyed.delete(f"/v1/jobs/{jid}", headers=A)
    assert r.status_code == 204 and r.content == b""
    assert _keys_of(service.redis, jid) == []
    assert keyed.get(f"/v1/jobs/{jid}", headers=A).status_code == 404
    assert jid not in [j["id"] for j in _all_pages(keyed, "/v1/jobs", A, "jobs")[0]]
    found = keyed.get("/v1/indicators", params={"region": "朔州市"}, headers=A).json()
    assert all(x["job_id"] != jid for x in found["indicators"])
    assert keyed.delete(f"/v1/jobs/{jid}", headers=A).status_code == 404

    # a queued job is cancelled first (200), purged by a second DELETE (204)
    q = _post(idle, "q.txt", _doc(2), A)["id"]
    d = idle.delete(f"/v1/jobs/{q}", headers=A)
    assert d.status_code == 200 and d.json()["state"] == "cancelled"
    assert idle.delete(f"/v1/jobs/{q}", headers=A).status_code == 204
    assert _keys_of(service.redis, q) == []


def test_rerun_runs_the_stored_document_again(service, keyed, idle):
    jid = _post(keyed, "rerun.txt", _doc(3, "怀仁市"), A)["id"]
    first = wait_final(keyed, jid, headers=A)
    assert first["state"] == "succeeded"
    before = keyed.get(f"/v1/jobs/{jid}/result", headers=A).json()

    assert keyed.post(f"/v1/jobs/{jid}/rerun", headers=B).status_code == 404  # not theirs
    r = keyed.post(f"/v1/jobs/{jid}/rerun", headers=A)
    assert r.status_code == 202, r.text
    assert r.headers["location"] == f"/v1/jobs/{jid}"
    again = r.json()
    assert again["id"] == jid and again["state"] == "queued" and again["finished_at"] is None
    assert again["progress"] == 0 and again["attempts"] == 0
    final = wait_final(keyed, jid, headers=A)
    assert final["state"] == "succeeded" and final["attempts"] == 1
    assert final["started_at"] > first["finished_at"]
    after = keyed.get(f"/v1/jobs/{jid}/result", headers=A).json()
    assert after["indicators"] == before["indicators"]  # same document, same dictionaries
    mine = [x for x in keyed.get("/v1/indicators", params={"region": "怀仁市"},
                                 headers=A).json()["indicators"] if x["job_id"] == jid]
    assert len(mine) == len(after["indicators"])  # indexed once, not twice

    # not final yet: 409; upload gone: 410
    q = _post(idle, "q.txt", _doc(4), A)["id"]
    r = idle.post(f"/v1/jobs/{q}/rerun", headers=A)
    assert r.status_code == 409 and r.json()["error"]["code"] == "not_final"
    service.redis.delete(f"zb:doc:{jid}")
    r = keyed.post(f"/v1/jobs/{jid}/rerun", headers=A)
    assert r.status_code == 410 and r.json()["error"]["code"] == "document_gone"
    assert keyed.get(f"/v1/jobs/{jid}", headers=A).json()["state"] == "succeeded"  # untouched


# --------------------------------------------------------------------------------------------
# 5. Excel

def test_job_xlsx_numbers_are_numbers_and_formulas_stay_text(keyed):
    jid = _post(keyed, "=1+1", _doc(5), A)["id"]
    assert wait_final(keyed, jid, headers=A)["state"] == "succeeded"
    result = keyed.get(f"/v1/jobs/{jid}/result", headers=A).json()
    r = keyed.get(f"/v1/jobs/{jid}/indicators.xlsx", headers=A)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    assert wb.sheetnames == ["indicators", "documents"]
    rows = list(wb["indicators"].iter_rows(values_only=True))
    head = rows[0]
    assert head[:2] == ("job_id", "filename")
    got = [dict(zip(head, row, strict=True)) for row in rows[1:]]
    assert len(got) == len(result["indicators"]) > 0
    for g, ind in zip(got, result["indicators"], strict=True):
        assert g["job_id"] == jid and g["filename"] == "=1+1"
        assert isinstance(g["value"], (int, float)) and g["value"] == ind["value"]
        assert (g["start"], g["end"]) == tuple(ind["span"])
        assert g["name"] == ind["name"]
    cell = wb["indicators"]["B2"]
    assert cell.value == "=1+1" and cell.data_type == "s"  # a string, not a formula
    docs = list(wb["documents"].iter_rows(values_only=True))
    d = dict(zip(docs[0], docs[1], strict=True))
    assert d["job_id"] == jid and d["indicators"] == len(result["indicators"])
    assert d["chars"] == result["document"]["chars"] and isinstance(d["bytes"], int)

    assert keyed.get(f"/v1/jobs/{jid}/indicators.xlsx", headers=B).status_code == 404


# --------------------------------------------------------------------------------------------
# 2. batches

def test_batch_with_a_bad_file_runs_the_rest(service, keyed):
    files = [("file", (SEEDS[1].name, SEEDS[1].read_bytes())),
             ("file", ("empty.txt", b"")),
             ("file", ("big.txt", "增长。".encode() * 150_000)),  # 1.3 MB > 1 MB limit
             ("file", ("small.txt", _doc(6, "右玉县")))]
    r = keyed.post("/v1/batches", files=files, headers=A)
    assert r.status_code == 202, r.text
    body = r.json()
    bid = body["id"]
    assert r.headers["location"] == f"/v1/batches/{bid}"
    assert [j["document"]["filename"] for j in body["jobs"]] == [SEEDS[1].name, "small.txt"]
    assert {x["filename"]: x["error"]["code"] for x in body["rejected"]} == {
        "empty.txt": "empty_document", "big.txt": "too_large"}
    ids = [j["id"] for j in body["jobs"]]

    deadline = time.monotonic() + 90
    while True:
        st = keyed.get(f"/v1/batches/{bid}", headers=A)
        assert st.status_code == 200
        st = st.json()
        assert sum(st["counts"].values()) == 2 and 0 <= st["progress"] <= 1
        if st["finished_at"] or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert st["counts"] == {"queued": 0, "running": 0, "succeeded": 2, "failed": 0,
                            "cancelled": 0}
    assert st["progress"] == 1 and st["jobs"] == ids and st["created_at"]
    assert keyed.get(f"/v1/batches/{bid}", headers=B).status_code == 404

    listed = [j["id"] for j in _all_pages(keyed, "/v1/jobs", A, "jobs", batch=bid)[0]]
    assert listed == list(reversed(ids))
    assert keyed.get("/v1/jobs", params={"batch": bid}, headers=B).status_code == 404

    results = {jid: keyed.get(f"/v1/jobs/{jid}/result", headers=A).json() for jid in ids}
    csv_r = keyed.get(f"/v1/batches/{bid}/indicators.csv", headers=A)
    assert csv_r.status_code == 200 and csv_r.headers["content-type"].startswith("text/csv")
    import csv as csv_mod

    rows = list(csv_mod.DictReader(io.StringIO(csv_r.content.decode("utf-8-sig"))))
    want = [(jid, results[jid]["document"]["filename"], ind["text"])
            for jid in ids for ind in results[jid]["indicators"]]
    assert [(x["job_id"], x["filename"], x["text"]) for x in rows] == want

    x = keyed.get(f"/v1/batches/{bid}/indicators.xlsx", headers=A)
    wb = openpyxl.load_workbook(io.BytesIO(x.content))
    xrows = list(wb["indicators"].iter_rows(values_only=True))
    assert [(r[0], r[1]) for r in xrows[1:]] == [(a, b) for a, b, _ in want]
    assert [r[0] for r in list(wb["documents"].iter_rows(values_only=True))[1:]] == ids


def test_batch_refusals(keyed):
    r = keyed.post("/v1/batches", content=b"x", headers={**A, "Content-Type": "text/plain"})
    assert r.status_code == 415
    r = keyed.post("/v1/batches", files=[("other", ("a.txt", b"x"))], headers=A)
    assert r.status_code == 400 and r.json()["error"]["code"] == "missing_file"
    assert keyed.get("/v1/batches/not-an-id", headers=A).status_code == 404


def test_cli_submit_folder_as_a_batch_writes_its_spreadsheet(service, keyed, tmp_path):
    import shutil

    folder = tmp_path / "docs"
    folder.mkdir()
    for p in SEEDS[:2]:
        shutil.copy(p, folder / p.name)
    out = tmp_path / "all.xlsx"
    p = subprocess.run([sys.executable, "-m", "zhibiao.cli", "submit", str(folder), "--wait",
                        "--url", str(keyed.base_url), "--api-key", KEY_A, "--format", "xlsx",
                        "--output", str(out)], cwd=ROOT, capture_output=True, timeout=180)
    assert p.returncode == 0, p.stderr.decode()[-2000:]
    wb = openpyxl.load_workbook(out)
    names = {r[1] for r in list(wb["indicators"].iter_rows(values_only=True))[1:]}
    assert names == {s.name for s in SEEDS[:2]}
    docs = list(wb["documents"].iter_rows(values_only=True))[1:]
    assert [d[1] for d in docs] == [s.name for s in SEEDS[:2]]
    assert {d[2] for d in docs} == {"succeeded"}


# --------------------------------------------------------------------------------------------
# 4. indicators across documents

def test_indicators_across_documents_filtered_paged_and_per_tenant(keyed):
    regions = ["应县", "山阴县", "应县"]
    ids = []
    for i, reg in enumerate(regions):  # one after the other: the index is newest-finished first
        ids.append(_post(keyed, f"x{i}.txt", _doc(10 + i, reg), A)["id"])
        assert wait_final(keyed, ids[-1], headers=A)["state"] == "succeeded"
    other = _post(keyed, "other.txt", _doc(20, "应县"), B)["id"]
    wait_final(keyed, other, headers=B)
    results = {jid: keyed.get(f"/v1/jobs/{jid}/result", headers=A).json() for jid in ids}

    got, pages = _all_pages(keyed, "/v1/indicators", A, "indicators", region="应县",
                            canonical="gdp", limit=1)
    want = [(jid, ind["value"]) for jid in reversed(ids) for ind in results[jid]["indicators"]
            if ind["region"] == "应县" and ind["canonical"] == "gdp"]
    assert [(x["job_id"], x["value"]) for x in got] == want and len(want) == 2 and pages >= 2
    for x in got:
        assert x["filename"].startswith("x") and x["sentence"] and len(x["span"]) == 2
    assert other not in {x["job_id"] for x in got}  # the other tenant's
    assert {x["job_id"] for x in _all_pages(keyed, "/v1/indicators", B, "indicators",
                                            region="应县")[0]} == {other}

    q = _all_pages(keyed, "/v1/indicators", A, "indicators", q="粮食", region="山阴县")[0]
    assert [x["job_id"] for x in q] == [ids[1]] and "粮食" in q[0]["name"]

    c = keyed.get("/v1/indicators", params={"region": "应县", "canonical": "gdp"},
                  headers={**A, "Accept": "text/csv"})
    assert c.status_code == 200 and c.headers["content-type"].startswith("text/csv")
    lines = c.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("job_id,filename,") and len(lines) == 1 + len(want)
    x = keyed.get("/v1/indicators", params={"region": "应县", "format": "xlsx"}, headers=A)
    wb = openpyxl.load_workbook(io.BytesIO(x.content))
    assert {r[0] for r in list(wb["indicators"].iter_rows(values_only=True))[1:]} == {ids[0], ids[2]}


def test_batch_filter_of_indicators(keyed):
    r = keyed.post("/v1/batches", headers=A, files=[("file", ("p.txt", _doc(30, "忻州市"))),
                                                    ("file", ("q.txt", _doc(31, "忻州市")))])
    bid, ids = r.json()["id"], [j["id"] for j in r.json()["jobs"]]
    loose = _post(keyed, "loose.txt", _doc(32, "忻州市"), A)["id"]
    for jid in [*ids, loose]:
        wait_final(keyed, jid, headers=A)
    got = _all_pages(keyed, "/v1/indicators", A, "indicators", region="忻州市", batch=bid)[0]
    assert {x["job_id"] for x in got} == set(ids)
    assert keyed.get("/v1/indicators", params={"batch": bid}, headers=B).status_code == 404
    unfiltered = _all_pages(keyed, "/v1/indicators", A, "indicators", region="忻州市")[0]
    assert {x["job_id"] for x in unfiltered} == {*ids, loose}


def test_period_filter_and_filename_in_rows(keyed):
    docs = {"y2023.txt": "2023年，大同市地区生产总值完成110亿元,增长5.7%。",
            "h2024.txt": "2024年上半年，大同市地区生产总值完成60亿元,增长5.1%。"}
    ids = {}
    for name, text in docs.items():  # one after the other: the index is newest-finished first
        ids[name] = _post(keyed, name, text.encode(), A)["id"]
        assert wait_final(keyed, ids[name], headers=A)["state"] == "succeeded"
    got = _all_pages(keyed, "/v1/indicators", A, "indicators", region="大同市",
                     period="2024年上半年")[0]
    assert [(x["job_id"], x["filename"], x["value"]) for x in got] == [
        (ids["h2024.txt"], "h2024.txt", 60)]
    both = _all_pages(keyed, "/v1/indicators", A, "indicators", region="大同市", canonical="gdp")[0]
    assert [x["period"] for x in both] == ["2024年上半年", "2023年"]  # last finished first
