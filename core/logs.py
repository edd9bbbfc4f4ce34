"""Structured logs: ``key=value`` lines, with the job id on every line logged inside a job."""
from __future__ import annotations

import contextvars
import logging
import re
import sys

job_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("job_id", default="-")


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class _JobFilter(logging.Filter):
    """``job=`` from the context; for Celery's own lines about a task (received, succeeded,
    time limits, logged by the worker's main process outside any job) from the task id, which
    is the job id."""

    def filter(self, record: logging.LogRecord) -> bool:
        jid = job_id_var.get()
        if jid == "-" and record.args and record.name.startswith("celery"):
            args = record.args
            cand = args.get("id") if isinstance(args, dict) else next(
                (a for a in args if isinstance(a, str) and _UUID.fullmatch(a)), None)
            if isinstance(cand, str) and _UUID.fullmatch(cand):
                jid = cand
        record.job_id = jid
        return True


class _OneLineFormatter(logging.Formatter):
    """One record, one line: tracebacks and multi-line messages keep their line breaks as
    ``\\n``, so every line of the log carries its ``ts=``, ``level=`` and ``job=``."""

    def format(self, record: logging.LogRecord) -> str:
        return super().format(record).replace("\r", "").replace("\n", "\\n")


FORMAT = "ts=%(asctime)s level=%(levelname)s logger=%(name)s job=%(job_id)s pid=%(process)d msg=%(message)s"


def setup(level: str = "INFO") -> None:
    root = logging.getLogger()
    if any(getattr(h, "_zhibiao", False) for h in root.handlers):
        return
    h = logging.StreamHandler(sys.stderr)
    h._zhibiao = True  # type: ignore[attr-defined]
    h.addFilter(_JobFilter())
    h.setFormatter(_OneLineFormatter(FORMAT))
    root.addHandler(h)
    root.setLevel(level.upper())
    # billiard's pool logger does not propagate to the root: without a handler of its own its
    # warnings ("Process 'ForkPoolWorker-1' exited with 'exitcode 17'") would be bare lines
    logging.getLogger("multiprocessing").addHandler(h)
    for noisy in ("jieba", "httpx", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
