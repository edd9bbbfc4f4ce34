"""Recovery of jobs whose delivery went wrong, run in the worker's main process
(``worker.request.JobRequest`` and the heartbeat thread of ``worker.signals``): a pool process
that died (``on_worker_lost``), the hard time limit (``on_hard_timeout``), and the reaper
(``reap``) for jobs whose whole worker died, found by their lease running out: a live worker
renews the leases of the jobs it runs every heartbeat (``renew``), so only a dead worker's
jobs lapse, ``lease_s`` after its last heartbeat."""
from __future__ import annotations

import logging

from core.logs import job_id_var
from core.messages import task_message
from core.settings import get_settings
from core.store import FINAL, JobStore
from core.webhooks import job_finished

from .runtime import get_store, lease_s

log = logging.getLogger("zhibiao.task")


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
        if st == 1:
            job_finished(store, job_id, s.queue)
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
        job_finished(get_store(), job_id, get_settings().queue)


def send(job_id: str) -> None:
    """Queue the task for a job again (the Celery task id is the job id: logs line up); the
    same message the API pushes with the job's record (``core.messages``), at the front of the
    queue: the job already waited its turn once, and a backlog must not hold its recovery
    back (nor let its lease lapse again and the reaper send it twice meanwhile)."""
    store = get_store()
    queue = store.get_queue(job_id) or get_settings().queue  # a scan goes back to the OCR queue
    store.enqueue(*task_message(job_id, queue), front=True, jid=job_id)


def renew(store: JobStore, worker: str, job_ids: list[str]) -> list[str]:
    """The heartbeat of the worker ``worker`` (its Celery node name, what the task writes in
    the record it claims): push out the leases of the jobs its pool is running."""
    return store.renew_leases(worker, job_ids, lease_s())


def reap(store: JobStore) -> int:
    """Jobs whose lease ran out (nobody renewed it: their worker died): release them and
    deliver them again, or fail them with ``worker_lost`` after ``max_deliveries``. Safe to
    run in every worker at once (transitions are atomic and refused when the lease was renewed
    meanwhile; a second delivery of the same job is refused while a live one holds it)."""
    s = get_settings()
    n = 0
    for jid in store.expired_leases():
        token = job_id_var.set(jid)
        try:
            job = store.get(jid)
            if job is None or job.state != "running":
                store.drop_lease(jid)
                continue
            if job.attempts >= s.max_deliveries:
                st, _, _ = store.fail(jid, "worker_lost",
                                      f"the worker died while running this job {job.attempts} times",
                                      allowed=("lapsed",))
                if st == 1:
                    log.error("reaped: worker lost %d times, job failed", job.attempts)
                    job_finished(store, jid, s.queue)
            else:
                # the record still says running but nobody renews it: release the job and
                # push the lease out (one resend per lease period), then deliver it again
                st, _, _ = store.release(jid, lease_s(), allowed=("lapsed",))
                if st == 1:
                    send(jid)
                    log.warning("reaped: lease expired after attempt %d, delivered again",
                                job.attempts)
            if st == 1:
                n += 1
        finally:
            job_id_var.reset(token)
    return n


def reap_orphans(store: JobStore) -> int:
    """Jobs ``queued`` with no message anywhere: kombu takes a message with BRPOP and records
    it as unacknowledged in a second command, so a worker killed between the two loses it (the
    visibility timeout brings back only what was recorded). A job still queued
    ``orphan_after_s`` after its message was pushed, found in no queue list and in no worker's
    unacknowledged set on two sweeps at least a heartbeat apart, is sent again. One sweep per
    heartbeat across all workers; a message sent twice is harmless (a delivery of a job that is
    running or final is refused without counting an attempt)."""
    s = get_settings()
    if not store.claim_sweep(s.heartbeat_s):
        return 0
    queued = store.queued_since(s.orphan_after_s)
    if not queued:
        return 0
    present = store.task_ids_present({q or s.queue for q in queued.values()})
    missing = [j for j in queued if j not in present]
    lost = store.confirm_orphans(missing, [j for j in queued if j in present], s.heartbeat_s)
    n = 0
    for jid in lost:
        token = job_id_var.set(jid)
        try:
            job = store.get(jid)
            if job is None or job.state != "queued":
                continue
            send(jid)
            n += 1
            log.warning("reaped: job queued with no message (lost between a worker's BRPOP and"
                        " its unacked record): delivered again")
        finally:
            job_id_var.reset(token)
    return n
