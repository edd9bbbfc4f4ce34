"""The request class of ``zhibiao.process``: what the worker's MAIN process does when the pool
process running a job is lost or killed by the hard time limit.

Celery alone would requeue the message forever on a crash (``reject_on_worker_lost``) and
record a hard time limit only in its own result backend, leaving our job record ``running``
until the reaper's lease runs out. Here the job record learns at once:

* pool process lost (crash, ``os._exit``, OOM kill): the job is released so the redelivered
  message may claim it, or, after ``max_deliveries`` crashes, it fails with ``worker_crashed``
  and the message is acknowledged (a poison document is not delivered a fourth time);
* hard time limit: the job fails with ``timeout``.
"""
from __future__ import annotations

import logging

from billiard.einfo import ExceptionWithTraceback
from billiard.exceptions import WorkerLostError
from celery.exceptions import Terminated
from celery.worker.request import Request

from core.logs import job_id_var

log = logging.getLogger("zhibiao.worker")


def _job_id(req: Request) -> str | None:
    try:
        args = req.args
        return str(args[0]) if args else None
    except Exception:
        return None


class JobRequest(Request):
    _zb_ack_instead_of_requeue = False

    def on_failure(self, exc_info, send_failed_event=True, return_ok=False):
        exc = exc_info.exception
        if isinstance(exc, ExceptionWithTraceback):
            exc = exc.exc
        lost = isinstance(exc, WorkerLostError) or (
            isinstance(exc, SystemExit) and not isinstance(exc, Terminated)
            and not (self._already_cancelled or self._already_revoked))
        jid = _job_id(self)
        token = job_id_var.set(jid or "-")  # Celery's own lines about this failure, too
        try:
            if lost and jid:
                try:
                    from tasks.recovery import on_worker_lost

                    self._zb_ack_instead_of_requeue = on_worker_lost(jid) == "ack"
                except Exception as e:  # Redis down: Celery's default (requeue) still applies
                    log.warning("could not record the lost worker process: %s",
                                e.__class__.__name__)
            return super().on_failure(exc_info, send_failed_event=send_failed_event,
                                      return_ok=return_ok)
        finally:
            job_id_var.reset(token)

    def reject(self, requeue=False):
        if requeue and self._zb_ack_instead_of_requeue:
            return self.acknowledge()
        return super().reject(requeue=requeue)

    def on_timeout(self, soft, timeout):
        jid = _job_id(self)
        token = job_id_var.set(jid or "-")
        try:
            super().on_timeout(soft, timeout)
            if soft or not jid:
                return
            try:
                from tasks.recovery import on_hard_timeout

                on_hard_timeout(jid, timeout)
            except Exception as e:
                log.warning("could not record the hard time limit: %s", e.__class__.__name__)
        finally:
            job_id_var.reset(token)
