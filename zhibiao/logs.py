"""Structured logs: ``key=value`` lines, with the job id on every line logged inside a job."""
from __future__ import annotations

import contextvars
import logging
import sys

job_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("job_id", default="-")


class _JobFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.job_id = job_id_var.get()
        return True


FORMAT = "ts=%(asctime)s level=%(levelname)s logger=%(name)s job=%(job_id)s pid=%(process)d msg=%(message)s"


def setup(level: str = "INFO") -> None:
    root = logging.getLogger()
    if any(getattr(h, "_zhibiao", False) for h in root.handlers):
        return
    h = logging.StreamHandler(sys.stderr)
    h._zhibiao = True  # type: ignore[attr-defined]
    h.addFilter(_JobFilter())
    h.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(h)
    root.setLevel(level.upper())
    for noisy in ("jieba", "httpx", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
