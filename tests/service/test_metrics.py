"""``GET /metrics`` against the real service (redis-server, a Celery worker, the API over HTTP),
read with prometheus-client's own parser: the names served before stay, and a job that runs
moves the duration histograms."""
from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from tests.support import SEEDS, wait_final


def scrape(service) -> tuple[dict, str]:
    r = service.client.get("/metrics")
    assert r.status_code == 200, r.text
    fams = {f.name: f for f in text_string_to_metric_families(r.text)}
    return fams, r.headers["content-type"]


def sample(fams: dict, family: str, name: str, **labels: str) -> float:
    got = [s.value for s in fams[family].samples
           if s.name == name and all(s.labels.get(k) == v for k, v in labels.items())]
    assert len(got) == 1, (family, name, labels, got)
    return got[0]


def buckets(fams: dict, family: str, **labels: str) -> list[tuple[float, float]]:
    out = [(float(s.labels["le"]), s.value) for s in fams[family].samples
           if s.name == family + "_bucket" and all(s.labels.get(k) == v for k, v in labels.items())]
    return sorted(out)


def test_metrics_are_prometheus_text_with_duration_histograms(service):
    before, ctype = scrape(service)
    assert ctype.startswith("text/plain; version=0.0.4")
    # every name served before prometheus-client, with its type
    assert {n: before[n].type for n in ("zhibiao_jobs", "zhibiao_queue_depth",
                                        "zhibiao_jobs_running", "zhibiao_workers_alive",
                                        "zhibiao_stage_duration_ms")} == {
        "zhibiao_jobs": "counter", "zhibiao_queue_depth": "gauge",
        "zhibiao_jobs_running": "gauge", "zhibiao_workers_alive": "gauge",
        "zhibiao_stage_duration_ms": "summary"}
    assert sample(before, "zhibiao_workers_alive", "zhibiao_workers_alive") >= 1

    def counts(fams):
        return (sample(fams, "zhibiao_jobs", "zhibiao_jobs_total", state="succeeded"),
                sample(fams, "zhibiao_job_duration_seconds", "zhibiao_job_duration_seconds_count",
                       state="succeeded"),
                sample(fams, "zhibiao_job_total_seconds", "zhibiao_job_total_seconds_count",
                       state="succeeded"),
                sample(fams, "zhibiao_stage_duration_seconds",
                       "zhibiao_stage_duration_seconds_count", stage="indicators"),
                sample(fams, "zhibiao_stage_duration_ms", "zhibiao_stage_duration_ms_count",
                       stage="indicators"))

    c0 = counts(before)
    job = service.submit(SEEDS[0]).json()
    assert wait_final(service.client, job["id"])["state"] == "succeeded"
    after, _ = scrape(service)
    c1 = counts(after)
    assert all(b >= a + 1 for a, b in zip(c0, c1)), (c0, c1)
    # histograms are whole: cumulative buckets that never decrease, +Inf = count, a sum
    for fam, label in (("zhibiao_job_duration_seconds", {"state": "succeeded"}),
                       ("zhibiao_job_total_seconds", {"state": "succeeded"}),
                       ("zhibiao_stage_duration_seconds", {"stage": "segment"})):
        bs = buckets(after, fam, **label)
        assert len(bs) > 10 and bs[-1][0] == float("inf")
        assert all(x[1] <= y[1] for x, y in zip(bs, bs[1:]))
        assert bs[-1][1] == sample(after, fam, fam + "_count", **label)
        assert sample(after, fam, fam + "_sum", **label) > 0
    # the job's own run time (from its record) was counted in its bucket: the smallest bound
    # that holds it (other jobs may have landed elsewhere meanwhile)
    rec = service.client.get(f"/v1/jobs/{job['id']}").json()
    run_s = iso_s(rec["finished_at"]) - iso_s(rec["started_at"])  # ms resolution
    b0 = buckets(before, "zhibiao_job_duration_seconds", state="succeeded")
    b1 = buckets(after, "zhibiao_job_duration_seconds", state="succeeded")
    grew = {le for i, (le, _) in enumerate(b1)
            if (b1[i][1] - (b1[i - 1][1] if i else 0)) > (b0[i][1] - (b0[i - 1][1] if i else 0))}
    assert any(le >= run_s - 0.001 and (i == 0 or b1[i - 1][0] < run_s + 0.001)
               for i, (le, _) in enumerate(b1) if le in grew), (run_s, sorted(grew))


def iso_s(ts: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp()
