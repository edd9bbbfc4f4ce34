"""``GET /metrics``: a prometheus-client collector over what the job store keeps in Redis, so
one scrape of any API replica covers every worker. Nothing is counted in the API process.

Served (names fixed: dashboards use them):

* ``zhibiao_jobs_total{state}`` counter: jobs that entered each state;
* ``zhibiao_queue_depth``, ``zhibiao_jobs_running``, ``zhibiao_workers_alive`` gauges;
* ``zhibiao_stage_duration_ms{stage}`` summary (``_sum``, ``_count``), as before;
* ``zhibiao_stage_duration_seconds{stage}`` histogram: time in each pipeline stage;
* ``zhibiao_job_duration_seconds{state}`` histogram: from the start of a job's last delivery to
  its final state (the time a worker spent on it);
* ``zhibiao_job_total_seconds{state}`` histogram: from upload to final state (queue included).

The workers observe the durations into bucket counters of ``zb:metrics`` in the transaction
of the change that ends them (``core.store``); here they become cumulative buckets.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
    SummaryMetricFamily,
)
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4, generate_latest
from prometheus_client.registry import Collector, CollectorRegistry
from prometheus_client.utils import floatToGoString

from analysis.pipeline import STAGES
from core.settings import Settings
from core.store import (
    FINAL,
    H_JOB_RUN,
    H_JOB_TOTAL,
    H_STAGE,
    JOB_BUCKETS_S,
    STAGE_BUCKETS_S,
    JobStore,
    bucket_key,
)

CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4  # text/plain; version=0.0.4; charset=utf-8


def _labels(m: dict[str, float], prefix: str, known: Iterable[str]) -> list[str]:
    """The label values of a family: the known ones (served at zero before any job), then any
    other found in the hash (e.g. a stage added later)."""
    out = list(known)
    for k in m:
        if k.startswith(prefix + ":"):
            lab = k[len(prefix) + 1:].rsplit(":", 1)[0]
            if lab not in out:
                out.append(lab)
    return out


def _histogram(name: str, doc: str, label: str, m: dict[str, float], prefix: str,
               bounds: tuple[float, ...], known: Iterable[str]) -> HistogramMetricFamily:
    fam = HistogramMetricFamily(name, doc, labels=[label])
    for lab in _labels(m, prefix, known):
        p = f"{prefix}:{lab}:"
        acc = 0.0
        buckets = []
        for b in bounds:
            acc += m.get(p + bucket_key(b), 0.0)
            buckets.append((floatToGoString(b), acc))
        acc += m.get(p + "+Inf", 0.0)
        buckets.append(("+Inf", acc))
        fam.add_metric([lab], buckets, sum_value=m.get(p + "sum", 0.0))
    return fam


class StoreCollector(Collector):
    """Reads the store at each scrape (one HGETALL and three cheap reads)."""

    def __init__(self, store: JobStore, settings: Settings):
        self.store = store
        self.settings = settings

    def collect(self) -> Iterator[Metric]:
        m = self.store.metrics()
        jobs = CounterMetricFamily("zhibiao_jobs", "Jobs that entered each state.",
                                   labels=["state"])
        for st in ("queued", "running", *FINAL):
            jobs.add_metric([st], m.get("state:" + st, 0.0))
        yield jobs
        yield GaugeMetricFamily("zhibiao_queue_depth", "Messages waiting in the broker queue.",
                                value=self.store.queue_depth(self.settings.queue))
        yield GaugeMetricFamily("zhibiao_jobs_running", "Jobs holding a running lease.",
                                value=self.store.running_count())
        yield GaugeMetricFamily(
            "zhibiao_workers_alive", "Workers that sent a heartbeat recently.",
            value=len(self.store.live_workers(self.settings.heartbeat_s * 4)))
        stage_ms = SummaryMetricFamily("zhibiao_stage_duration_ms",
                                       "Time spent in each pipeline stage.", labels=["stage"])
        stages = list(STAGES) + sorted({k.split(":", 1)[1] for k in m
                                        if k.startswith("stage_count:")} - set(STAGES))
        for stage in stages:
            stage_ms.add_metric([stage], count_value=int(m.get("stage_count:" + stage, 0)),
                                sum_value=m.get("stage_ms_sum:" + stage, 0.0))
        yield stage_ms
        yield _histogram("zhibiao_stage_duration_seconds", "Time spent in each pipeline stage.",
                         "stage", m, H_STAGE, STAGE_BUCKETS_S, STAGES)
        yield _histogram("zhibiao_job_duration_seconds",
                         "Time from the start of a job's last delivery to its final state.",
                         "state", m, H_JOB_RUN, JOB_BUCKETS_S, FINAL)
        yield _histogram("zhibiao_job_total_seconds",
                         "Time from a job's upload to its final state (queue time included).",
                         "state", m, H_JOB_TOTAL, JOB_BUCKETS_S, FINAL)


def exposition(store: JobStore, settings: Settings) -> bytes:
    """The Prometheus text format (0.0.4) of one scrape."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StoreCollector(store, settings))
    return generate_latest(registry)
