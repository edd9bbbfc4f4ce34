"""Worker start-up: preload dictionaries in the main process before the pool forks, then a
heartbeat thread in the main process that, every ``ZHIBIAO_HEARTBEAT_S``, marks the worker
alive (for ``/readyz``), renews the leases of the jobs its pool is running (a long job on a
live worker is never taken from it) and runs the reaper (a dead worker's jobs, whose leases
nobody renews, are delivered again within ``ZHIBIAO_LEASE_S`` + one heartbeat)."""
from __future__ import annotations

import gc
import logging
import os
import socket
import threading
import time

from celery import signals

from core import logs
from core.settings import get_settings

log = logging.getLogger("zhibiao.worker")
_stop = threading.Event()


def _concurrency(sender) -> int:
    try:
        return int(getattr(sender, "concurrency", None) or get_settings().worker_concurrency)
    except (TypeError, ValueError):
        return 1


def _load_dictionaries(where: str) -> None:
    """Load jieba, the user dictionary and the indicator data, then freeze them: a process's
    garbage collections would otherwise walk (and, after a fork, copy-on-write) every page of
    the dictionaries: measured ~15 % slower analysis and more memory per pool process."""
    from analysis import pipeline

    pipeline.warm_up()
    s = get_settings()
    if s.ocr_queue in (s.worker_queues or s.queue).split(","):
        from analysis import ocr

        ocr.engine()  # the OCR models (≈ 1 s, ~100 MB), shared by the pool after the fork
    gc.collect()
    gc.freeze()
    log.info("dictionaries loaded in the %s (%d objects frozen)", where, gc.get_freeze_count())


_preloaded = False


@signals.worker_init.connect
def preload(sender=None, **_kw) -> None:
    """Load the dictionaries once in the main process, before the pool forks, when there is
    more than one pool process to share them (``ZHIBIAO_PRELOAD=auto``). With one pool
    process a copy in the main process is shared with nobody: the pool process loads them
    itself (``pool_init``), which halves the worker's RSS sum at the same physical memory; a
    replacement pool process (after a crash or a hard time limit) then spends ~1 s loading."""
    global _preloaded
    s = get_settings()
    logs.setup(s.log_level)
    if s.preload == "main" or (s.preload == "auto" and _concurrency(sender) > 1):
        _load_dictionaries("main process, before the pool forks")
        _preloaded = True


@signals.worker_process_init.connect
def pool_init(**_kw) -> None:
    if not _preloaded:
        _load_dictionaries("pool process")


@signals.setup_logging.connect
def _logging(**_kw) -> None:
    logs.setup(get_settings().log_level)


@signals.celeryd_init.connect
def _one_line_start(sender=None, instance=None, options=None, **_kw) -> None:
    """No multi-line ASCII banner on stdout: the worker's log is key=value lines only. The
    configuration it showed is logged as one line instead."""
    if instance is None:
        return
    instance.quiet = True
    s = get_settings()
    logs.setup(s.log_level)
    logging.captureWarnings(True)  # Celery's start-up warnings as log lines too
    o = options or {}
    log.info("worker %s starting: concurrency=%s queue=%s soft_limit=%ss hard_limit=%ss "
             "visibility_timeout=%ss max_deliveries=%s", sender, o.get("concurrency"), s.queue,
             s.soft_time_limit_s, s.hard_time_limit_s, s.visibility_timeout_s, s.max_deliveries)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def running_job_ids() -> list[str]:
    """The jobs this worker's pool is running: Celery's active requests (added in the main
    process when a pool process accepts the task, removed when it is done; the task id is
    the job id). Read from the heartbeat thread while the main thread changes the set: a
    copy that raced a change is taken again."""
    from celery.worker import state

    for _ in range(5):
        try:
            return [r.id for r in list(state.active_requests) if getattr(r, "id", None)]
        except RuntimeError:  # "set changed size during iteration"
            continue
    return []


@signals.worker_ready.connect
def start_background(sender=None, **_kw) -> None:
    # the node name a task writes in the record it claims (``self.request.hostname``): the
    # heartbeat renews only leases its own deliveries hold
    node = getattr(sender, "hostname", None) or socket.gethostname()
    t = threading.Thread(target=_loop, args=(node,), name="zhibiao-heartbeat", daemon=True)
    t.start()


@signals.worker_shutdown.connect
def _shutdown(**_kw) -> None:
    _stop.set()


def _loop(node: str) -> None:
    """Runs until the worker has shut down: ``worker_shutdown`` is sent after a warm shutdown
    has waited for the running tasks, so their leases are renewed until they finish."""
    from tasks.recovery import reap, reap_orphans, renew
    from tasks.runtime import get_store

    s = get_settings()
    name = worker_name()
    hold_reaper = 0
    last_ok = time.monotonic()
    while not _stop.is_set():
        try:
            store = get_store()
            store.heartbeat(name)  # blocks while Redis is away (the store retries ~20 s)
            renew(store, node, running_job_ids())
            if time.monotonic() - last_ok > 2 * s.heartbeat_s:
                # out of touch with Redis (down, restarting): every worker's leases may have
                # run out meanwhile. Let the live workers renew theirs first (each beats within
                # the next two periods) before taking any job as a dead worker's
                hold_reaper = 2
            if hold_reaper:
                hold_reaper -= 1
            else:
                reap(store)
                reap_orphans(store)
            last_ok = time.monotonic()
        except Exception as e:  # Redis restarting: keep trying
            log.warning("heartbeat failed: %s", e.__class__.__name__)
        _stop.wait(s.heartbeat_s)
