"""The thin Celery task: job id in, result in Redis out. Idempotent when delivered twice.

The task receives only the job id; it reads the bytes from Redis, runs the pure pipeline
(``tasks.pipeline.analyze``) and writes the result once. A redelivered task whose job is final
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

from zhibiao.logs import job_id_var
from zhibiao.settings import get_settings
from zhibiao.store import FINAL, JobStore
from zhibiao.store import now as _now

from . import tokencodec
from .errors import DocumentError
from .pipeline import analyze

log = logging.getLogger("zhibiao.task")
_store: JobStore | None = None
_store_pid: int | None = None


def get_store() -> JobStore:
    """One store (connection pool) per process; a forked child makes its own."""
    global _store, _store_pid
    if _store is None or _store_pid != os.getpid():
        s = get_settings()
        _store = JobStore(s.redis_url, ttl_s=s.job_ttl_s, events_maxlen=s.events_maxlen,
                          retry_s=20)
        _store_pid = os.getpid()
    return _store


class Cancelled(Exception):
    """The job was cancelled; stop at the next stage boundary."""


def _lease_s() -> float:
    s = get_settings()
    return s.hard_time_limit_s + s.reaper_grace_s


@shared_task(name="zhibiao.process", bind=True, acks_late=True, reject_on_worker_lost=True,
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
    store.fail(job_id, "timeout", f"analysis took longer than {s.soft_time_limit_s} s",
               allowed=("running",))
    log.warning("soft time limit exceeded")
    return "failed"


def _fault_sleep(seconds: float, uninterruptible: bool = False) -> None:
    """TEST ONLY (ZHIBIAO_FAULT_SLEEP_MARKER): a slow document. Short sleeps, so the soft time
    limit (a signal raising SoftTimeLimitExceeded) interrupts it like real work; with
    ``uninterruptible`` that signal is held back, so only the hard limit can end it."""
    log.warning("fault sleep marker found: sleeping %.1f s (test-only setting)", seconds)
    import signal

    blocked = {signal.SIGUSR1} if uninterruptible else set()
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        end = _now() + seconds
        while (left := end - _now()) > 0:
            time.sleep(min(0.05, left))
    finally:
        if blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, blocked)


def _process(job_id: str, hostname: str) -> str:
    s = get_settings()
    store = get_store()
    # claim the job and read its document in one round trip
    status, state, attempts, document, data = store.begin(job_id, hostname, _lease_s())
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
        store.fail(job_id, "worker_crashed",
                   f"the document crashed the worker {attempts - 1} times; it is not retried")
        log.error("poison document: failed after %d deliveries", attempts - 1)
        return "failed"
    if attempts > 1 and store.get_result(job_id) is not None:  # an earlier delivery wrote it
        text = store.get_text(job_id) or ""
        status, state, _ = store.succeed(job_id, store.get_result(job_id),
                                         store.get_tokens(job_id), text)
        log.info("finished: %s (result written by an earlier delivery)", state)
        return state
    if data is None:
        store.fail(job_id, "document_missing", "the uploaded document is no longer stored")
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
            _fault_sleep(s.fault_sleep_s, s.fault_sleep_uninterruptible)

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
        # tokens not mapped into the result: stored packed below (tasks.tokencodec)
        t_analyze = time.perf_counter()
        result = analyze(data, filename, progress=progress, max_chars=s.max_chars)
        analyze_ms = (time.perf_counter() - t_analyze - flush_s[0]) * 1000
    except Cancelled:
        log.info("cancelled: stopped at a stage boundary")
        return "cancelled"
    except DocumentError as e:
        _flush_quietly(flush)
        store.fail(job_id, e.code, e.message)
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
        store.fail(job_id, "internal_error", f"{e.__class__.__name__}: analysis failed")
        return "failed"

    # pydantic's own (Rust) serializer: the same JSON as ``to_json_dict`` + ``json.dumps``
    # (tests/test_service.py compares the worker's result with `zhibiao analyze`'s), 3x faster
    result_json = result.model_dump_json(exclude={"tokens"}).encode("utf-8")
    # the tokens apart, under their own key, packed: the API expands them on request
    src = result._token_source
    tokens_blob = tokencodec.pack(*src) if src is not None else None
    status, state, _ = store.succeed(job_id, result_json, tokens_blob, result.text or "",
                                     progress=pending, analyze_ms=analyze_ms)
    log.info("finished: %s (%d indicators, %d chars)", state, len(result.indicators),
             result.document.chars)
    return state


def _flush_quietly(flush) -> None:
    """Record the stages a failing job reached before its failure (its events stay whole)."""
    try:
        flush()
    except Cancelled:
        pass


# --------------------------------------------------------------------------------------------
# called in the worker's main process (worker.request.JobRequest, the heartbeat thread)

def on_worker_lost(job_id: str) -> str:
    """The pool process running this job died (crash, OOM kill, os._exit). Returns what to do
    with the message: ``"requeue"`` (deliver again, the job released for the next delivery)
    or ``"ack"`` (the job is final: failed here after ``max_deliveries`` crashes)."""
    s = get_settings()
    store = get_store()
    job = store.get(job_id)
    if job is None or job.state in FINAL:
        return "ack"
    if job.state == "running" and job.attempts >= s.max_deliveries:
        st, state, _ = store.fail(job_id, "worker_crashed",
                                  f"the document crashed the worker process {job.attempts} times;"
                                  " it is not retried", allowed=("running",))
        log.error("poison document: failed after %d deliveries", job.attempts)
        return "ack" if st == 1 or state in FINAL else "requeue"
    if job.state == "running":
        store.release(job_id)
    log.warning("worker process lost while running the job (attempt %d): delivering again",
                job.attempts)
    return "requeue"


def on_hard_timeout(job_id: str, seconds: float) -> None:
    """The hard time limit killed the pool process: the task could not record anything."""
    st, _, _ = get_store().fail(job_id, "timeout",
                                f"analysis exceeded the hard time limit of {seconds:g} s",
                                allowed=("running",))
    if st == 1:
        log.error("hard time limit exceeded: job failed")


def send(job_id: str) -> None:
    """Queue the task for a job again (the Celery task id is the job id: logs line up); the
    same message the API pushes with the job's record (``worker.publish``)."""
    from worker.publish import task_message

    get_store().r.lpush(*task_message(job_id, get_settings().queue))


def reap(store: JobStore) -> int:
    """Jobs whose lease ran out (their worker died): release them and deliver them again, or
    fail them with ``worker_lost`` after ``max_deliveries``. Safe to run in every worker at
    once (transitions are atomic; a second delivery of the same job is refused)."""
    s = get_settings()
    n = 0
    for jid in store.expired_leases():
        token = job_id_var.set(jid)
        try:
            job = store.get(jid)
            if job is None or job.state != "running":
                store.r.zrem(store.K_LEASES, store.k_job(jid))
                continue
            if job.attempts >= s.max_deliveries:
                st, _, _ = store.fail(jid, "worker_lost",
                                      f"the worker died while running this job {job.attempts} times",
                                      allowed=("running",))
                if st == 1:
                    log.error("reaped: worker lost %d times, job failed", job.attempts)
            else:
                # the record still says running but nobody renews it: release the job and
                # push the lease out (one resend per lease period), then deliver it again
                st, _, _ = store.release(jid, _lease_s())
                if st == 1:
                    send(jid)
                    log.warning("reaped: lease expired after attempt %d, delivered again",
                                job.attempts)
            if st == 1:
                n += 1
        finally:
            job_id_var.reset(token)
    return n
