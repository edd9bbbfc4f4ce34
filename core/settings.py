"""One settings object, read from the environment (``ZHIBIAO_*``) by the API, worker and CLI.

Every variable is listed in ``.env.example`` and the README.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ZHIBIAO_", env_file=None, extra="ignore")

    # contract §4
    redis_url: str = "redis://127.0.0.1:6379/0"
    api_keys: str | None = Field(default=None, description="comma-separated; unset = open, local only")
    max_upload_mb: float = 10
    job_ttl_s: int = 604800
    fault_marker: str | None = Field(default=None, description="TEST ONLY: kill the worker on this string")
    fault_sleep_marker: str | None = Field(
        default=None, description="TEST ONLY: a document containing this string sleeps"
        " fault_sleep_s inside the task (at the segment stage boundary)")
    fault_sleep_s: float = 0.0
    fault_sleep_uninterruptible: bool = Field(
        default=False, description="TEST ONLY: the fault sleep ignores the soft time limit, like"
        " a C call that never returns to Python (only the hard limit ends it)")

    # documents
    max_chars: int = 2_000_000
    # the user's segmentation dictionaries (jieba format), loaded after the package's domain
    # dictionary by analysis/segment.py, which reads ZHIBIAO_USER_DICT itself (the pipeline does
    # not import core); declared here so a missing file stops the API and worker at start-up
    user_dict: str | None = Field(
        default=None, description="path(s), os.pathsep-separated, of user dictionaries: the names"
        " of one's own documents (villages, companies, projects)")
    # keep an upload after its job succeeded (with the job's TTL) so it can be run again
    # (POST /v1/jobs/{id}/rerun); off = deleted at once, a rerun then answers 410
    keep_documents: bool = True
    # files in one POST /v1/batches; those beyond are rejected (too_many_files)
    max_batch_files: int = Field(default=1000, ge=1)

    # queue
    queue: str = "zhibiao"
    # scans (page images, PDF pages without a text layer) go to their own queue, read by OCR
    # workers (`zhibiao worker --queues ocr`), so a long scan never delays text jobs
    ocr_queue: str = "ocr"
    max_pages: int = Field(default=20, ge=1, description="pages of one scan read by OCR")
    # threads of the OCR engine in one process (read by analysis/ocr.py from the environment;
    # declared here so it is documented and checked): 1 = one core per pool process
    ocr_threads: int = Field(default=1, ge=0)
    # the queues `zhibiao worker` consumes (comma-separated); empty = `queue`
    worker_queues: str = ""
    soft_time_limit_s: int = 120
    hard_time_limit_s: int = 150
    visibility_timeout_s: int = 300
    max_deliveries: int = 3
    result_expires_s: int = 3600
    worker_concurrency: int = 1
    # messages a worker process reserves: 1 (default) = a busy worker never holds a job another
    # worker could start; 2 hides the ack → fetch → dispatch hand-over between two jobs (a
    # backlog runs a few % faster) but a job may wait behind a long one on a busy worker
    prefetch_multiplier: int = Field(default=1, ge=1, le=16)
    # where the worker loads its dictionaries (~90 MB): "auto" = in the main process before the
    # pool forks when concurrency > 1 (the pool processes share them), in the one pool process
    # when concurrency is 1 (a copy in the main process would be shared with nobody)
    preload: Literal["auto", "main", "pool"] = "auto"
    heartbeat_s: float = Field(default=5.0, gt=0)
    # a running job's lease: the worker running it renews it every heartbeat, so it never runs
    # out while that worker lives, however long the job; when its whole worker dies, any live
    # worker's reaper delivers the job again once the lease has run out: within about
    # lease_s + heartbeat_s of the death (20 s by default)
    lease_s: float = Field(default=15.0, gt=0)
    # a job still `queued` this long after its message was pushed, whose message is in no queue
    # and held by no worker (lost by a worker killed between taking it and recording it), is
    # sent again by the reapers' orphan sweep (tasks.recovery.reap_orphans)
    orphan_after_s: float = Field(default=30.0, gt=0)

    # webhooks (callback_url): the body's HMAC-SHA256 key (unset = unsigned, warned at
    # start-up); hosts or CIDRs allowed although loopback, private, link-local, ... (comma-
    # separated); retries with exponential backoff from webhook_backoff_s, each wait at most
    # webhook_backoff_max_s (and at most half the visibility timeout: a message waiting longer
    # in a worker would be delivered twice), for at least webhook_retry_s in all
    webhook_secret: SecretStr | None = None
    webhook_allow: str = ""
    webhook_backoff_s: float = Field(default=10.0, gt=0)
    webhook_backoff_max_s: float = Field(default=120.0, gt=0)
    webhook_retry_s: float = Field(default=3600.0, ge=0)
    webhook_timeout_s: float = Field(default=10.0, gt=0)

    # HTTP
    host: str = "127.0.0.1"
    port: int = 8000
    cors_origins: str = ""
    events_maxlen: int = 200
    sse_poll_ms: int = 1000
    # stage changes in a task's first N ms are written with its result (one round trip fewer
    # per stage for short jobs); later ones at once. 0 = each at once
    progress_batch_ms: int = Field(default=100, ge=0)
    log_level: str = "INFO"

    @field_validator("api_keys")
    @classmethod
    def _blank_is_none(cls, v: str | None) -> str | None:
        return v if v and v.strip() else None

    @field_validator("webhook_secret")
    @classmethod
    def _blank_secret_is_none(cls, v: SecretStr | None) -> SecretStr | None:
        return v if v and v.get_secret_value().strip() else None

    @field_validator("user_dict")
    @classmethod
    def _user_dict_exists(cls, v: str | None) -> str | None:
        import os
        from pathlib import Path

        if not v or not v.strip():
            return None
        missing = [p for p in v.split(os.pathsep) if p.strip() and not Path(p).is_file()]
        if missing:
            raise ValueError(f"ZHIBIAO_USER_DICT: no such file: {', '.join(missing)}")
        return v

    @model_validator(mode="after")
    def _limits_consistent(self) -> Settings:
        if self.hard_time_limit_s < self.soft_time_limit_s:
            raise ValueError("ZHIBIAO_HARD_TIME_LIMIT_S must be >= ZHIBIAO_SOFT_TIME_LIMIT_S")
        if self.visibility_timeout_s <= self.hard_time_limit_s:
            raise ValueError("ZHIBIAO_VISIBILITY_TIMEOUT_S must be longer than the hard time limit,"
                             " or a long task would be delivered twice")
        if self.lease_s < 3 * self.heartbeat_s:
            raise ValueError("ZHIBIAO_LEASE_S must be at least 3 x ZHIBIAO_HEARTBEAT_S: a lease"
                             " renewed every heartbeat must outlive two missed renewals, or a"
                             " job on a live worker could be taken from it")
        return self

    @property
    def key_list(self) -> list[str]:
        return [k.strip() for k in (self.api_keys or "").split(",") if k.strip()]

    @property
    def webhook_wait_max_s(self) -> float:
        """The longest wait before a webhook retry: ``webhook_backoff_max_s``, but at most half
        the visibility timeout (a retry waiting longer in a worker would be delivered twice)."""
        return min(self.webhook_backoff_max_s, self.visibility_timeout_s / 2)

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def cors_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]


@lru_cache
def get_settings() -> Settings:
    return Settings()
