"""What the task and its recovery share in a worker process: the job store and the lease."""
from __future__ import annotations

import os

from core.settings import get_settings
from core.store import JobStore

_store: JobStore | None = None
_store_pid: int | None = None


def get_store() -> JobStore:
    """One store (connection pool) per process; a forked child makes its own."""
    global _store, _store_pid
    if _store is None or _store_pid != os.getpid():
        s = get_settings()
        _store = JobStore(s.redis_url, ttl_s=s.job_ttl_s, events_maxlen=s.events_maxlen,
                          retry_s=20, keep_documents=s.keep_documents)
        _store_pid = os.getpid()
    return _store


def lease_s() -> float:
    """How long a running job's claim holds without renewal before the reaper takes it (the
    worker running it renews it every heartbeat: ``worker.signals``)."""
    return get_settings().lease_s
