"""The thin Celery task: job id in, result in Redis out. Idempotent when delivered twice.

The task receives only the job id; it reads the bytes from Redis, runs the pure pipeline
(``analysis.pipeline.analyze``) and writes the result once. A redelivered task whose job is final
does nothing; one whose result is already written only finishes the record.
"""
from __future__ import annotations

import logging
import os
import socket
import time

import redis
from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from analysis.errors import DocumentError
from analysis.pipeline import analyze
from core import tokencodec
from core.logs import job_id_var
from core.messages import TASK_NAME
from core.settings import get_settings
from core.store import FINAL, JobStore
from core.store import now as _now
from core.webhooks import job_finished

from . import faults
from .runtime import get_store, lease_s

log = logging.getLogger("zhibiao.task")
class Cancelled(Exception):
    """The job was cancelled; stop at the next stage boundary."""


@shared_task(name=TASK_NAME, bind=True, acks_late=True, reject_on_worker_lost=True,
             ignore_result=True, Request="worker.request:JobRequest")
def process(self, job_id: str) -> str:
    token = job_id_var.set(job_id)
    try:
        return _process(job_id, self.request.hostname or socket.gethostname())
    except SoftTimeLimitExceeded:  # fired outside the analysis (e.g. while writing)
        return _timed_out(get_store(), job_id)
    finally:
        job_id_var.reset(token)


def _timed_out(store: JobStore, job_id: str) -> str:
    s = get_settings()
    _fail(store, job_id, "timeout", f"analysis took longer than {s.soft_time_limit_s} s",
          allowed=("running",))
    log.warning("soft time limit exceeded")
    return "failed"


def _finished(store: JobStore, job_id: str, out: tuple[int, str, int]) -> tuple[int, str, int]:
    """After a transition: a change to a final state queues the webhooks (core.webhooks)."""
    if out[0] == 1 and out[1] in FINAL:
        job_finished(store, job_id, get_settings().queue)
    return out


def _fail(store: JobStore, job_id: str, code: str, message: str,
          allowed: tuple[str, ...] = ("queued", "running")) -> tuple[int, str, int]:
    return _finished(store, job_id, store.fail(job_id, code, message, allowed=allowed))


def _process(job_id: str, hostname: str) -> str:
    s = get_settings()
    store = get_store()
    # claim the job and read its document in one round trip
    status, state, attempts, document, data = store.begin(job_id, hostname, lease_s())
    if status == -1:
        log.warning("job record missing (expired or deleted): nothing to do")
        return "missing"
    if status != 1:
        if state in FINAL:
            log.info("already %s: redelivery ignored", state)
        elif state == "running":
            log.info("duplicate delivery: another live delivery holds the job; ignored")
        return state
    log.info("started: attempt %d on %s", attempts, hostname)
    if attempts > s.max_deliveries:
        _fail(store, job_id, "worker_crashed",
              f"the document crashed the worker {attempts - 1} times; it is not retried")
        log.error("poison document: failed after %d deliveries", attempts - 1)
        return "failed"
    earlier = store.get_result(job_id) if attempts > 1 else None
    if earlier is not None:  # an earlier delivery wrote it
        text = store.get_text(job_id) or ""
        status, state, _ = _finished(store, job_id, store.succeed(
            job_id, earlier, store.get_tokens(job_id), text))
        log.info("finished: %s (result written by an earlier delivery)", state)
        return state
    if data is None:
        _fail(store, job_id, "document_missing", "the uploaded document is no longer stored")
        return "failed"
    if s.fault_marker and s.fault_marker.encode("utf-8") in data:
        log.error("fault marker found: killing this worker process (test-only setting)")
        os._exit(17)
    slow = bool(s.fault_sleep_marker and s.fault_sleep_s > 0
                and s.fault_sleep_marker.encode("utf-8") in data)

    # Stage changes in the first ``progress_batch_ms`` of a task are kept and written with
    # the result, in its transaction, each with the time it happened: a short job (most are
    # well under 100 ms) makes one round trip fewer per stage. Later ones are written at once
    # with any kept before them (a long job's progress is live); a cancellation is seen there,
    # or at the end (the result of a cancelled job is not kept).
    t_begin = time.perf_counter()
    batch_s = s.progress_batch_ms / 1000
    pending: list[tuple[str, float, float]] = []

    def progress(stage: str, fraction: float) -> None:
        if stage == "decode" and fraction <= 0.05:  # begin() already recorded it
            return
        pending.append((stage, fraction, _now()))
        if time.perf_counter() - t_begin >= batch_s:
            flush()
        if slow and stage == "segment":
            faults.sleep(s.fault_sleep_s, s.fault_sleep_uninterruptible)

    flush_s = [0.0]  # time in progress writes during the analysis: the queue's, not its

    def flush() -> None:
        if pending:
            t = time.perf_counter()
            st, cur, _ = store.progress_many(job_id, pending)
            flush_s[0] += time.perf_counter() - t
            pending.clear()
            if st != 1 and cur == "cancelled":
                raise Cancelled()

    filename = document.get("filename", "document")
    try:
        # tokens not mapped into the result: stored packed below (core.tokencodec)
        t_analyze = time.perf_counter()
        result = analyze(data, filename, progress=progress, max_chars=s.max_chars,
                         max_pages=s.max_pages)
        analyze_ms = (time.perf_counter() - t_analyze - flush_s[0]) * 1000
    except Cancelled:
        log.info("cancelled: stopped at a stage boundary")
        return "cancelled"
    except DocumentError as e:
        _flush_quietly(flush)
        _fail(store, job_id, e.code, e.message)
        log.info("document refused: %s", e.code)
        return "failed"
    except SoftTimeLimitExceeded:
        _flush_quietly(flush)
        return _timed_out(store, job_id)
    except redis.exceptions.RedisError:
        # Redis unreachable for longer than the store's retries: not the document's fault.
        # The job keeps its lease; the reaper sends it again once the lease runs out.
        log.exception("job store unavailable: the job will be delivered again")
        raise
    except Exception as e:  # a bug: fail the job with a clear code, keep the worker
        log.exception("analysis crashed")
        _flush_quietly(flush)
        _fail(store, job_id, "internal_error", f"{e.__class__.__name__}: analysis failed")
        return "failed"

    # pydantic's own (Rust) serializer: the same JSON as ``to_json_dict`` + ``json.dumps``
    # (tests/test_service.py compares the worker's result with `zhibiao analyze`'s), 3x faster
    result_json = result.model_dump_json(exclude={"tokens"}).encode("utf-8")
    # the tokens apart, under their own key, packed: the API expands them on request
    src = result._token_source
    tokens_blob = tokencodec.pack(*src) if src is not None else None
    status, state, _ = _finished(store, job_id, store.succeed(
        job_id, result_json, tokens_blob, result.text or "", progress=pending,
        analyze_ms=analyze_ms))
    log.info("finished: %s (%d indicators, %d chars)", state, len(result.indicators),
             result.document.chars)
    return state


def _flush_quietly(flush) -> None:
    """Record the stages a failing job reached before its failure (its events stay whole)."""
    try:
        flush()
    except Cancelled:
        pass
