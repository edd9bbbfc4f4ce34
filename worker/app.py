"""The Celery app: configuration only, all of it from ``core.settings``.

JSON-only serialization, late acks with reject-on-worker-lost (a killed process's task is
delivered again), prefetch 1, a Redis visibility timeout longer than the hard time limit, and
no Celery result backend: job state lives in our own records (``core.store``).
"""
from __future__ import annotations

from celery import Celery
from celery import signals as celery_signals

from core.settings import Settings, get_settings
from core.webhooks import warn_unsigned


def make_app(settings: Settings | None = None) -> Celery:
    s = settings or get_settings()
    app = Celery("zhibiao", broker=s.redis_url, include=["tasks.jobs", "tasks.webhooks"])
    app.conf.update(
        task_serializer="json",
        result_serializer="json",
        event_serializer="json",
        accept_content=["json"],
        result_accept_content=["json"],
        task_ignore_result=True,
        result_backend=None,
        result_expires=s.result_expires_s,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=s.prefetch_multiplier,
        task_soft_time_limit=s.soft_time_limit_s,
        task_time_limit=s.hard_time_limit_s,
        task_default_queue=s.queue,
        task_create_missing_queues=True,
        broker_transport_options={
            "visibility_timeout": s.visibility_timeout_s,
            # kombu's sweep that brings back messages a dead worker held unacked: by default
            # it scans only every 10 x 10 s; scan every few seconds instead (one ZRANGE).
            "unacked_restore_interval": max(1, min(10, s.visibility_timeout_s // 4)),
            "unacked_restore_throttle": 1,
            "socket_connect_timeout": 2,
            "socket_timeout": 10,
            "retry_on_timeout": True,
        },
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        broker_pool_limit=10,
        task_publish_retry=True,
        task_publish_retry_policy={"max_retries": 2, "interval_start": 0,
                                   "interval_step": 0.2, "interval_max": 0.5},
        worker_send_task_events=False,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
        # a pool process that loads the dictionaries itself (ZHIBIAO_PRELOAD) needs ~1 s, more
        # on a loaded machine, before it reports up (Celery's default allows 4 s)
        worker_proc_alive_timeout=60,
        worker_max_memory_per_child=600_000,  # KiB: recycle a child that grew past 600 MB
        worker_cancel_long_running_tasks_on_connection_loss=False,
        worker_enable_remote_control=True,
    )
    return app


def _warn_unsigned(**_kw) -> None:
    """At start-up, once logging is set up (``worker.signals``)."""
    warn_unsigned(get_settings().webhook_secret, "the worker")


celery_signals.worker_init.connect(_warn_unsigned, weak=False)


app = make_app()

# Worker start-up hooks (dictionary preload before fork, heartbeat, reaper) live beside the app.
from worker import signals  # noqa: E402,F401
