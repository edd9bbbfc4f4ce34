"""Job records of our own in Redis (never raw Celery AsyncResult): create, transition, read,
expire. Every key written here carries a TTL.

| key                    | type   | content                                               |
| ---------------------- | ------ | ----------------------------------------------------- |
| zb:job:{id}            | hash   | tenant, state, stage, progress, times, attempts, error |
| zb:doc:{id}            | string | the uploaded bytes                                    |
| zb:text:{id}           | string | the decoded text (offsets refer to it)                |
| zb:result:{id}         | string | the result JSON (without tokens)                      |
| zb:tokens:{id}         | string | the tokens, packed (core.tokencodec; API expands)    |
| zb:events:{id}         | stream | state/stage changes, capped, for SSE                  |
| zb:idem:{tenant}:{key} | string | job id and body hash                                  |
| zb:hook:{kind}:{id}    | list   | webhook attempts of a job or batch (JSON), capped     |
| zb:leases              | zset   | running job id → lease deadline (its worker renews it |
|                        |        | every heartbeat; the reaper takes what runs out)      |
| zb:workers             | zset   | worker hostname → last heartbeat                      |
| zb:metrics             | hash   | counters: jobs by state, stage durations, histogram   |
|                        |        | buckets of stage and job durations (``hist:…``)       |

Job lists, batches and the indicator index (``zb:tjobs``, ``zb:batch``, ``zb:bjobs``, ``zb:ix*``)
are described in ``core.index``; ``create`` and ``succeed`` write them in their transactions.

Transitions are Lua scripts: atomic and one-way (a final state is never left, progress never
decreases).
"""
from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import redis

from . import index

FINAL = ("succeeded", "failed", "cancelled")

_CONNECT_KW = dict(socket_connect_timeout=2, socket_timeout=10, health_check_interval=15,
                   retry_on_timeout=False)


# Histogram buckets (upper bounds, seconds) of the durations the store observes into
# ``zb:metrics``, in the transaction of the change that ends them: a stage's when the next
# one starts, a job's when it becomes final. One hash field per bucket (the observations that
# fell in it, not cumulative: the reader sums them), ``…:+Inf`` above the last, ``…:sum``.
STAGE_BUCKETS_S = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                   10.0, 30.0, 60.0, 120.0)
JOB_BUCKETS_S = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0,
                 300.0, 900.0, 3600.0)
# hash field prefixes: + ``:{label}:{bucket}`` (``bucket_key``), ``:+Inf`` or ``:sum``
H_STAGE = "hist:stage"      # label: the stage
H_JOB_RUN = "hist:run"      # label: the final state; from its last delivery's start
H_JOB_TOTAL = "hist:total"  # label: the final state; from its creation (queue time included)


def bucket_key(le: float) -> str:
    """The hash-field suffix of a bucket: ``0.005``, ``1``, ``2.5``."""
    return format(le, "g")


def _lua_buckets(bounds: tuple[float, ...]) -> str:
    return "{" + ", ".join(f"{{{b!r}, '{bucket_key(b)}'}}" for b in bounds) + "}"


#: the task id in a task message's headers (``core.messages``; kombu keeps the headers as sent)
_TASK_ID = re.compile(rb'"id":\s*"([^"]+)"')


def now() -> float:
    return time.time()


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ts)) + f".{int(ts * 1000) % 1000:03d}Z"


# One script for every change of a job record.
# KEYS: job, events, metrics, leases, then keys to delete when the change is accepted
# ARGV: 1 allowed states ("*" or comma list; "running?" = running but not held by a live
#       delivery; "lapsed" = running and its lease ran out: nobody renewed it), 2 new state or "", 3 stage or "", 4 progress or "",
#       5 ttl, 6 now, 7 events maxlen, 8 lease deadline ("" keep, "-" drop), 9 incr attempts (0/1),
#       10.. extra field/value pairs
# Returns {status, state, attempts}: status 1 changed, 0 refused (state not allowed), -1 no job.
_UPDATE = """
local STAGE_BUCKETS = --STAGE_BUCKETS--
local JOB_BUCKETS = --JOB_BUCKETS--
local function observe(field, buckets, v)
  local le = '+Inf'
  for _, b in ipairs(buckets) do
    if v <= b[1] then le = b[2] break end
  end
  redis.call('HINCRBY', KEYS[3], field .. ':' .. le, 1)
  redis.call('HINCRBYFLOAT', KEYS[3], field .. ':sum', v)
end
local st = redis.call('HGET', KEYS[1], 'state')
if not st then return {-1, '', 0} end
if ARGV[1] ~= '*' then
  local ok = false
  for s in string.gmatch(ARGV[1], '[^,]+') do
    if s == st then ok = true
    elseif s == 'running?' and st == 'running' then
      -- a running job may be claimed again only when no live delivery holds it: its lease
      -- ran out (the reaper's case), or its holder released it (a crashed pool process)
      local lease = redis.call('ZSCORE', KEYS[4], KEYS[1])
      if (not lease) or tonumber(lease) <= tonumber(ARGV[6])
         or redis.call('HGET', KEYS[1], 'released') == '1' then ok = true end
    elseif s == 'lapsed' and st == 'running' then
      -- the reaper's case only: checked here, atomically, so a renewal that lands between
      -- the reaper's read and its change wins
      local lease = redis.call('ZSCORE', KEYS[4], KEYS[1])
      if (not lease) or tonumber(lease) <= tonumber(ARGV[6]) then ok = true end
    end
  end
  if not ok then return {0, st, tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0')} end
end
local ttl = tonumber(ARGV[5])
local changed = false
local newstate = st
if ARGV[2] ~= '' and ARGV[2] ~= st then
  redis.call('HSET', KEYS[1], 'state', ARGV[2])
  redis.call('HINCRBY', KEYS[3], 'state:' .. ARGV[2], 1)
  newstate = ARGV[2]
  changed = true
end
local stage = redis.call('HGET', KEYS[1], 'stage') or ''
local want = ARGV[3]
if newstate ~= st and (newstate == 'succeeded' or newstate == 'failed' or newstate == 'cancelled') then
  want = '-'
end
if want ~= '' and want ~= stage and not (want == '-' and stage == '') then
  local t0 = tonumber(redis.call('HGET', KEYS[1], 'stage_started') or '0')
  if stage ~= '' and t0 > 0 then
    redis.call('HINCRBYFLOAT', KEYS[3], 'stage_ms_sum:' .. stage, (tonumber(ARGV[6]) - t0) * 1000)
    redis.call('HINCRBY', KEYS[3], 'stage_count:' .. stage, 1)
    observe('--H_STAGE--:' .. stage, STAGE_BUCKETS, math.max(0, tonumber(ARGV[6]) - t0))
  end
  if want == '-' then
    redis.call('HSET', KEYS[1], 'stage', '')
    stage = ''
  else
    redis.call('HSET', KEYS[1], 'stage', want, 'stage_started', ARGV[6])
    stage = want
  end
  changed = true
end
local progress = tonumber(redis.call('HGET', KEYS[1], 'progress') or '0')
if ARGV[4] ~= '' and tonumber(ARGV[4]) > progress then
  progress = tonumber(ARGV[4])
  redis.call('HSET', KEYS[1], 'progress', ARGV[4])
  changed = true
end
if newstate ~= st and (newstate == 'succeeded' or newstate == 'failed' or newstate == 'cancelled') then
  local t1 = tonumber(ARGV[6])
  local created = tonumber(redis.call('HGET', KEYS[1], 'created_at') or '')
  if created then observe('--H_JOB_TOTAL--:' .. newstate, JOB_BUCKETS, math.max(0, t1 - created)) end
  local started = tonumber(redis.call('HGET', KEYS[1], 'started_at') or '')
  if st == 'running' and started then
    observe('--H_JOB_RUN--:' .. newstate, JOB_BUCKETS, math.max(0, t1 - started))
  end
end
if ARGV[9] == '1' then redis.call('HINCRBY', KEYS[1], 'attempts', 1) end
for i = 10, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
if ARGV[8] == '-' then redis.call('ZREM', KEYS[4], KEYS[1])
elseif ARGV[8] ~= '' then
  redis.call('ZADD', KEYS[4], tonumber(ARGV[8]), KEYS[1])
  redis.call('EXPIRE', KEYS[4], ttl)
end
if changed then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[7], '*',
    'state', newstate, 'stage', stage, 'progress', tostring(progress), 'ts', ARGV[6])
  redis.call('EXPIRE', KEYS[2], ttl)
end
redis.call('EXPIRE', KEYS[3], ttl)
for i = 5, #KEYS do redis.call('DEL', KEYS[i]) end
return {1, newstate, tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0')}
"""
_UPDATE = (_UPDATE.replace("--STAGE_BUCKETS--", _lua_buckets(STAGE_BUCKETS_S))
           .replace("--JOB_BUCKETS--", _lua_buckets(JOB_BUCKETS_S))
           .replace("--H_STAGE--", H_STAGE).replace("--H_JOB_RUN--", H_JOB_RUN)
           .replace("--H_JOB_TOTAL--", H_JOB_TOTAL))

# Lease renewal by the worker running the jobs (its heartbeat): a lease is pushed out only for
# a job still running, claimed by this worker (the ``worker`` its delivery wrote) and not
# released (its process died); ZADD GT never shortens a lease.
# KEYS: leases, then the jobs' records. ARGV: 1 worker, 2 new deadline, 3 ttl.
# Returns the records whose lease was renewed.
_RENEW = """
local out = {}
for i = 2, #KEYS do
  local h = redis.call('HMGET', KEYS[i], 'state', 'worker', 'released')
  if h[1] == 'running' and h[2] == ARGV[1] and h[3] ~= '1' then
    redis.call('ZADD', KEYS[1], 'GT', ARGV[2], KEYS[i])
    out[#out + 1] = KEYS[i]
  end
end
if #out > 0 then redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3])) end
return out
"""


@dataclass
class Job:
    id: str
    tenant: str
    state: str
    stage: str | None
    progress: float
    created_at: float
    started_at: float | None
    finished_at: float | None
    attempts: int
    error: dict | None
    document: dict

    def public(self) -> dict[str, Any]:
        """The job as the contract's ``GET /v1/jobs/{id}`` shows it."""
        return {
            "id": self.id, "state": self.state, "stage": self.stage,
            "progress": round(self.progress, 4),
            "created_at": iso(self.created_at), "started_at": iso(self.started_at),
            "finished_at": iso(self.finished_at), "attempts": self.attempts,
            "document": self.document, "error": self.error,
        }


def _f(v: str | None) -> float | None:
    return float(v) if v not in (None, "") else None


class JobStore:
    """All reads and writes of job state. Thread-safe (redis-py pools connections)."""

    def __init__(self, url: str, ttl_s: int = 604800, events_maxlen: int = 200,
                 client: redis.Redis | None = None, retry_s: float | None = None,
                 keep_documents: bool = True):
        """``keep_documents``: keep the upload after success (for ``rerun``), with the job's TTL.
        ``retry_s``: ride out a Redis restart by retrying a failed command on a new
        connection for about that long (the worker uses this; the API answers 503 sooner)."""
        kw: dict[str, Any] = dict(_CONNECT_KW)
        if retry_s:
            from redis.backoff import ExponentialBackoff
            from redis.retry import Retry

            kw["retry"] = Retry(ExponentialBackoff(cap=0.5, base=0.05), int(retry_s / 0.5) + 4)
        # Any: redis-py types every reply as a union of everything a command could return
        # (bytes | str | …); this client never decodes, so replies are bytes, ints or lists
        self.r: Any = client or redis.Redis.from_url(url, **kw)
        self.ttl = ttl_s
        self.maxlen = events_maxlen
        self.keep_documents = keep_documents
        self._update = self.r.register_script(_UPDATE)
        self._renew = self.r.register_script(_RENEW)

    # keys ---------------------------------------------------------------------------------
    @staticmethod
    def k_job(jid: str) -> str:
        return f"zb:job:{jid}"

    @staticmethod
    def k_doc(jid: str) -> str:
        return f"zb:doc:{jid}"

    @staticmethod
    def k_text(jid: str) -> str:
        return f"zb:text:{jid}"

    @staticmethod
    def k_result(jid: str) -> str:
        return f"zb:result:{jid}"

    @staticmethod
    def k_tokens(jid: str) -> str:
        return f"zb:tokens:{jid}"

    @staticmethod
    def k_events(jid: str) -> str:
        return f"zb:events:{jid}"

    K_METRICS = "zb:metrics"
    K_LEASES = "zb:leases"
    K_WORKERS = "zb:workers"
    # jobs whose task message was pushed, by when it was last pushed (the orphan sweep's index:
    # ``tasks.recovery.reap_orphans``), and jobs found queued with no message, by when first seen
    K_QUEUED = "zb:queued"
    K_ORPHANS = "zb:orphans"
    K_SWEEP = "zb:sweep:orphans"

    # creation -----------------------------------------------------------------------------
    @staticmethod
    def new_id() -> str:
        return str(uuid.uuid4())

    def create(self, jid: str, tenant: str, data: bytes, document: dict,
               enqueue: tuple[str, bytes] | None = None, batch: str | None = None,
               callback_url: str | None = None) -> Job:
        """Store the upload and a ``queued`` record in one transaction; with ``enqueue`` (a
        broker list key and message, ``core.messages.task_message``) the message is pushed in
        the same transaction: a record never exists without its message, nor a message
        without its record."""
        t = now()
        p = self.r.pipeline(transaction=True)
        p.set(self.k_doc(jid), data, ex=self.ttl)
        record = {
            "id": jid, "tenant": tenant, "state": "queued", "stage": "", "progress": "0",
            "created_at": repr(t), "attempts": "0", "document": json.dumps(document, ensure_ascii=False),
        }
        if batch:
            record["batch"] = batch
        if callback_url:
            record["callback_url"] = callback_url
        if enqueue is not None:
            record["queue"] = enqueue[0]  # where a recovery sends it again
        p.hset(self.k_job(jid), mapping=record)
        p.expire(self.k_job(jid), self.ttl)
        index.queue_job(p, jid, tenant, t, self.ttl, batch)
        p.xadd(self.k_events(jid), {"state": "queued", "stage": "", "progress": "0", "ts": repr(t)},
               maxlen=self.maxlen, approximate=True)
        p.expire(self.k_events(jid), self.ttl)
        p.hincrby(self.K_METRICS, "state:queued", 1)
        p.expire(self.K_METRICS, self.ttl)
        if enqueue is not None:
            p.lpush(*enqueue)
            p.zadd(self.K_QUEUED, {jid: t})
            p.expire(self.K_QUEUED, self.ttl)
        p.execute()
        return Job(id=jid, tenant=tenant, state="queued", stage=None, progress=0.0, created_at=t,
                   started_at=None, finished_at=None, attempts=0, error=None, document=document)

    # idempotency --------------------------------------------------------------------------
    def claim_idempotency(self, tenant: str, key: str, body_sha: str, jid: str) -> tuple[bool, str, str]:
        """SET NX the key → (won, job_id, body_sha of the holder)."""
        k = f"zb:idem:{tenant}:{hashlib.sha256(key.encode()).hexdigest()[:32]}"
        val = json.dumps({"job": jid, "sha": body_sha})
        if self.r.set(k, val, nx=True, ex=self.ttl):
            return True, jid, body_sha
        held = self.r.get(k)
        if held is None:  # expired between the two calls: try once more
            return self.claim_idempotency(tenant, key, body_sha, jid)
        d = json.loads(held)
        return False, d["job"], d["sha"]

    def release_idempotency(self, tenant: str, key: str) -> None:
        self.r.delete(f"zb:idem:{tenant}:{hashlib.sha256(key.encode()).hexdigest()[:32]}")

    # reads --------------------------------------------------------------------------------
    def get(self, jid: str) -> Job | None:
        return self._job(self.r.hgetall(self.k_job(jid)))

    def get_many(self, jids: list[str]) -> list[Job | None]:
        """Several records in one round trip (None for a missing one)."""
        p = self.r.pipeline(transaction=False)
        for jid in jids:
            p.hgetall(self.k_job(jid))
        return [self._job(h) for h in p.execute()]

    @staticmethod
    def _job(raw: dict) -> Job | None:
        if not raw:
            return None
        h = {k.decode(): v.decode() for k, v in raw.items()}
        err = None
        if h.get("error_code"):
            err = {"code": h["error_code"], "message": h.get("error_message", "")}
        return Job(
            id=h["id"], tenant=h.get("tenant", ""), state=h["state"], stage=h.get("stage") or None,
            progress=float(h.get("progress") or 0), created_at=float(h["created_at"]),
            started_at=_f(h.get("started_at")), finished_at=_f(h.get("finished_at")),
            attempts=int(h.get("attempts") or 0), error=err,
            document=json.loads(h.get("document") or "{}"),
        )

    def get_doc(self, jid: str) -> bytes | None:
        return self.r.get(self.k_doc(jid))

    def get_queue(self, jid: str) -> str | None:
        """The queue the job was sent to (None for a record created without a message)."""
        q = self.r.hget(self.k_job(jid), "queue")
        return q.decode() if q else None

    def get_result(self, jid: str) -> bytes | None:
        return self.r.get(self.k_result(jid))

    def get_tokens(self, jid: str) -> bytes | None:
        return self.r.get(self.k_tokens(jid))

    def get_text(self, jid: str) -> str | None:
        v = self.r.get(self.k_text(jid))
        return v.decode("utf-8") if v is not None else None

    def events(self, jid: str, last_id: str = "0", block_ms: int | None = None):
        """Events after ``last_id`` as [(id, {state, stage, progress, ts})]."""
        if block_ms is None:
            got = self.r.xrange(self.k_events(jid), min=f"({last_id}" if last_id != "0" else "-")
            return [(i.decode(), {k.decode(): v.decode() for k, v in d.items()}) for i, d in got]
        got = self.r.xread({self.k_events(jid): last_id}, block=block_ms, count=100)
        out = []
        for _stream, items in got or []:
            for i, d in items:
                out.append((i.decode(), {k.decode(): v.decode() for k, v in d.items()}))
        return out

    # transitions --------------------------------------------------------------------------
    def _update_call(self, jid: str, allowed: str | tuple[str, ...] = "*", state: str = "",
                     stage: str = "", progress: float | None = None, lease: str = "",
                     incr_attempts: bool = False, delete: tuple[str, ...] = (),
                     at: float | None = None, **fields: Any) -> tuple[list[str], list[Any]]:
        allowed_s = allowed if isinstance(allowed, str) else ",".join(allowed)
        argv: list[Any] = [allowed_s, state, stage, "" if progress is None else repr(float(progress)),
                           self.ttl, repr(now() if at is None else at), self.maxlen, lease,
                           "1" if incr_attempts else "0"]
        for k, v in fields.items():
            argv += [k, "" if v is None else str(v)]
        keys = [self.k_job(jid), self.k_events(jid), self.K_METRICS, self.K_LEASES, *delete]
        return keys, argv

    @staticmethod
    def _reply(out) -> tuple[int, str, int]:
        status, st, attempts = out
        return int(status), st.decode() if isinstance(st, bytes) else st, int(attempts)

    def update(self, jid: str, allowed: str | tuple[str, ...] = "*", state: str = "",
               stage: str = "", progress: float | None = None, lease: str = "",
               incr_attempts: bool = False, delete: tuple[str, ...] = (),
               **fields: Any) -> tuple[int, str, int]:
        keys, argv = self._update_call(jid, allowed, state, stage, progress, lease, incr_attempts,
                                       delete, **fields)
        return self._reply(self._update(keys=keys, args=argv))

    def start(self, jid: str, worker: str, lease_s: float) -> tuple[int, str, int]:
        """Claim the job for one delivery: queued → running, or running → running when no
        live delivery holds it (lease expired or released). One more attempt, a fresh lease
        the reaper watches. Refused (status 0, state ``running``) while another delivery holds
        a valid lease: a duplicate message then does nothing."""
        return self.update(jid, allowed=("queued", "running?"), state="running", stage="decode",
                           progress=0.05, lease=repr(now() + lease_s), incr_attempts=True,
                           started_at=repr(now()), worker=worker, released="")

    def begin(self, jid: str, worker: str, lease_s: float) -> tuple[int, str, int, dict, bytes | None]:
        """``start`` plus what the task needs next, in one round trip: (status, state, attempts,
        document metadata, uploaded bytes). The bytes and metadata are read right after the
        claim, inside the same MULTI/EXEC."""
        keys, argv = self._update_call(jid, allowed=("queued", "running?"), state="running",
                                       stage="decode", progress=0.05, lease=repr(now() + lease_s),
                                       incr_attempts=True, started_at=repr(now()), worker=worker,
                                       released="")

        def call():
            p = self.r.pipeline(transaction=True)
            p.evalsha(self._update.sha, len(keys), *keys, *argv)
            p.hget(self.k_job(jid), "document")
            p.get(self.k_doc(jid))
            return p.execute()

        try:
            out, document, data = call()
        except redis.exceptions.NoScriptError:  # a fresh Redis: load the script, once
            self.r.script_load(_UPDATE)
            out, document, data = call()
        status, state, attempts = self._reply(out)
        return status, state, attempts, json.loads(document or "{}"), data

    def release(self, jid: str, lease_s: float | None = None,
                allowed: tuple[str, ...] = ("running",)) -> tuple[int, str, int]:
        """The delivery running this job is gone (its process died): let the next delivery
        claim it at once. With ``lease_s``, also push the lease out so the reaper waits that
        long before sending the job again. The reaper passes ``allowed=("lapsed",)``: refused
        when the lease was renewed meanwhile."""
        lease = "" if lease_s is None else repr(now() + lease_s)
        return self.update(jid, allowed=allowed, lease=lease, released="1")

    def progress(self, jid: str, stage: str, fraction: float) -> tuple[int, str, int]:
        return self.update(jid, allowed=("running",), stage=stage, progress=fraction)

    def progress_many(self, jid: str, updates: list[tuple[str, float, float]]) -> tuple[int, str, int]:
        """Stage changes ``(stage, fraction, at)`` recorded late, in one round trip, each with
        the time it happened; returns the reply to the last."""
        p = self.r.pipeline(transaction=True)
        self._queue_progress(p, jid, updates)
        try:
            return self._reply(p.execute()[-1])
        except redis.exceptions.NoScriptError:
            self.r.script_load(_UPDATE)
            return self.progress_many(jid, updates)

    def _queue_progress(self, p, jid: str, updates: list[tuple[str, float, float]]) -> None:
        for stage, fraction, at in updates:
            keys, argv = self._update_call(jid, allowed=("running",), stage=stage,
                                           progress=fraction, at=at)
            p.evalsha(self._update.sha, len(keys), *keys, *argv)

    def fail(self, jid: str, code: str, message: str,
             allowed: tuple[str, ...] = ("queued", "running")) -> tuple[int, str, int]:
        return self.update(jid, allowed=allowed, state="failed", lease="-", finished_at=repr(now()),
                           error_code=code, error_message=message[:500])

    def cancel(self, jid: str) -> tuple[int, str, int]:
        return self.update(jid, allowed=("queued", "running"), state="cancelled", lease="-",
                           finished_at=repr(now()))

    def succeed(self, jid: str, result_json: bytes, tokens_json: bytes | None, text: str,
                progress: Sequence[tuple[str, float, float]] = (),
                analyze_ms: float | None = None) -> tuple[int, str, int]:
        """Write the result, then move running → succeeded. A cancelled job keeps no result.
        ``progress``: stage changes not recorded yet (``progress_many``), recorded first, in
        the same transaction. ``analyze_ms``: the pipeline's wall time in this job, kept in the
        record (not in the public job): the job's time in the service less this is what the
        queue cost it (``bench/bench_service.py``)."""
        extra: dict[str, Any] = {} if analyze_ms is None else {"analyze_ms": f"{analyze_ms:.3f}"}
        delete: tuple[str, ...] = () if self.keep_documents else (self.k_doc(jid),)
        t_end = now()
        keys, argv = self._update_call(jid, allowed=("running",), state="succeeded",
                                       progress=1.0, lease="-", delete=delete,
                                       finished_at=repr(t_end), **extra)
        tenant, batch, document = self.r.hmget(self.k_job(jid), "tenant", "batch", "document")
        # one round trip: the writes and the transition in one MULTI/EXEC (the script by its
        # SHA, loaded at start-up; after a Redis restart it is loaded and the call repeated)
        p = self.r.pipeline(transaction=True)
        self._queue_progress(p, jid, list(progress))
        p.set(self.k_result(jid), result_json, ex=self.ttl)
        if tokens_json is not None:
            p.set(self.k_tokens(jid), tokens_json, ex=self.ttl)
        p.set(self.k_text(jid), text.encode("utf-8"), ex=self.ttl)
        if tenant is not None:  # the indicator index (core.index), in the same transaction
            index.queue_result(p, jid, tenant.decode(), batch.decode() if batch else None,
                               json.loads(document or b"{}").get("filename", ""), result_json,
                               t_end, self.ttl)
        p.evalsha(self._update.sha, len(keys), *keys, *argv)
        try:
            out = self._reply(p.execute()[-1])
        except redis.exceptions.NoScriptError:  # a fresh Redis: load it, write all again
            self.r.script_load(_UPDATE)
            return self.succeed(jid, result_json, tokens_json, text, progress, analyze_ms)
        if out[0] != 1 and out[1] != "succeeded":  # cancelled meanwhile: keep nothing
            self.r.delete(self.k_result(jid), self.k_tokens(jid), self.k_text(jid))
            if tenant is not None:
                self.purge_index(jid, tenant.decode(), batch.decode() if batch else None)
        return out

    def purge_index(self, jid: str, tenant: str, batch: str | None, lists: bool = False) -> None:
        """Drop a job's indicator index entries (and, with ``lists``, its list entries)."""
        zsets = index.index_zsets(self.r, jid)
        keys = [index.k_rows(jid), index.k_tjobs(tenant) if lists else "zb:none", *zsets]
        if lists and batch:
            keys.append(index.k_bjobs(batch))
        self.r.eval(index.PURGE_INDEX_LUA, len(keys), *keys, jid, len(zsets))

    # webhooks (core.webhooks, tasks.webhooks) ------------------------------------------------
    HOOK_ATTEMPTS_KEPT = 50

    @staticmethod
    def k_hook(kind: str, oid: str) -> str:
        return f"zb:hook:{kind}:{oid}"

    def hook_info(self, jid: str) -> tuple[str | None, str | None, str | None]:
        """The job's (callback_url, batch, queue)."""
        vals = self.r.hmget(self.k_job(jid), "callback_url", "batch", "queue")
        url, batch, queue = (v.decode() if v else None for v in vals)
        return url, batch, queue

    def set_batch_hook(self, bid: str, url: str) -> None:
        """Give a batch its callback, held back (``hook_open``) until ``close_batch``: no
        batch.finished while files are still coming."""
        self.r.hset(index.k_batch(bid), mapping={"callback_url": url, "hook_open": "1"})

    def close_batch(self, bid: str) -> None:
        self.r.hdel(index.k_batch(bid), "hook_open")

    def batch_hook_ready(self, bid: str) -> str | None:
        """The batch's callback if it has one, its upload is over and it has not fired."""
        url, open_, fired = self.r.hmget(index.k_batch(bid), "callback_url", "hook_open",
                                         "hook_fired")
        return url.decode() if url and not open_ and not fired else None

    def claim_batch_hook(self, bid: str) -> bool:
        """True once per batch: the caller queues batch.finished."""
        return bool(self.r.hsetnx(index.k_batch(bid), "hook_fired", repr(now())))

    def record_hook_attempt(self, kind: str, oid: str, attempt: dict[str, Any]) -> None:
        """Keep one delivery attempt (its time, status or error): the last
        ``HOOK_ATTEMPTS_KEPT``, with the jobs' TTL."""
        k = self.k_hook(kind, oid)
        p = self.r.pipeline(transaction=True)
        p.rpush(k, json.dumps({"at": iso(now()), **attempt}))
        p.ltrim(k, -self.HOOK_ATTEMPTS_KEPT, -1)
        p.expire(k, self.ttl)
        p.execute()

    def hook_attempts(self, kind: str, oid: str) -> list[dict[str, Any]]:
        return [json.loads(v) for v in self.r.lrange(self.k_hook(kind, oid), 0, -1)]

    # workers, leases, metrics --------------------------------------------------------------
    def heartbeat(self, worker: str) -> None:
        p = self.r.pipeline()
        p.zadd(self.K_WORKERS, {worker: now()})
        p.expire(self.K_WORKERS, max(60, int(self.ttl)))
        p.execute()

    def live_workers(self, within_s: float = 20.0) -> list[str]:
        return [w.decode() for w in self.r.zrangebyscore(self.K_WORKERS, now() - within_s, "+inf")]

    def expired_leases(self) -> list[str]:
        keys = self.r.zrangebyscore(self.K_LEASES, "-inf", now())
        return [k.decode().split(":", 2)[2] for k in keys]

    def running_count(self) -> int:
        """Jobs holding a lease (running on some worker)."""
        return int(self.r.zcard(self.K_LEASES))

    def drop_lease(self, jid: str) -> None:
        """Forget the lease of a job that is no longer running."""
        self.r.zrem(self.K_LEASES, self.k_job(jid))

    def enqueue(self, key: str, payload: bytes, front: bool = False, jid: str | None = None) -> None:
        """Push a task message (``core.messages.task_message``) onto its queue: at the back
        (LPUSH, like kombu), or with ``front`` where the workers take the next message (kombu
        pops with BRPOP): a recovered job, which already waited its turn, runs next. With
        ``jid`` (a job's task message), the push is noted for the orphan sweep."""
        p = self.r.pipeline(transaction=True)
        if front:
            p.rpush(key, payload)
        else:
            p.lpush(key, payload)
        if jid is not None:
            p.zadd(self.K_QUEUED, {jid: now()})
            p.expire(self.K_QUEUED, self.ttl)
            p.hdel(self.K_ORPHANS, jid)
        p.execute()

    # the orphan sweep: a job ``queued`` whose message is nowhere ---------------------------
    # kombu's Redis transport takes a message with BRPOP and then records it in its ``unacked``
    # hash in a second command: a worker killed between the two loses the message, and its job
    # would stay ``queued`` for ever. The sweep finds such jobs and sends them again.
    def claim_sweep(self, every_s: float) -> bool:
        """At most one orphan sweep per ``every_s`` across all workers."""
        return bool(self.r.set(self.K_SWEEP, "1", nx=True, px=max(1, int(every_s * 1000))))

    def queued_since(self, older_than_s: float, limit: int = 1000) -> dict[str, str]:
        """Jobs still ``queued`` whose message was pushed more than ``older_than_s`` ago:
        ``{job id: its queue}``. Jobs that left ``queued`` (or expired) leave the index here."""
        cut = now() - older_than_s
        jids = [j.decode() for j in self.r.zrangebyscore(self.K_QUEUED, "-inf", cut, start=0, num=limit)]
        if not jids:
            return {}
        p = self.r.pipeline(transaction=False)
        for j in jids:
            p.hmget(self.k_job(j), "state", "queue")
        out, gone = {}, []
        for j, (state, queue) in zip(jids, p.execute()):
            if state == b"queued":
                out[j] = queue.decode() if queue else ""
            else:
                gone.append(j)
        if gone:
            p = self.r.pipeline(transaction=False)
            p.zrem(self.K_QUEUED, *gone)
            p.hdel(self.K_ORPHANS, *gone)
            p.execute()
        return out

    def task_ids_present(self, queues: set[str]) -> set[str]:
        """Task ids of the messages that exist: in the queues' lists (kombu names its priority
        lists ``<queue>\\x06\\x16<priority>``) or taken by a worker and not yet acknowledged
        (kombu's ``unacked`` hash, brought back to its queue after the visibility timeout)."""
        p = self.r.pipeline(transaction=False)
        p.hvals("unacked")
        for q in sorted(queues):
            for name in (q, *(f"{q}\x06\x16{pri}" for pri in (3, 6, 9))):
                p.lrange(name, 0, -1)
        found: set[str] = set()
        for part in p.execute():
            for m in part:
                found.update(x.decode() for x in _TASK_ID.findall(m))
        return found

    def confirm_orphans(self, missing: list[str], present: list[str], after_s: float) -> list[str]:
        """Two sightings before a job counts as lost: a message is between BRPOP and the
        ``unacked`` hash for a moment only. Notes the first sighting of each job of
        ``missing``; returns those first seen at least ``after_s`` ago (their note removed).
        Jobs found ``present`` lose their note."""
        t = now()
        p = self.r.pipeline(transaction=False)
        if present:
            p.hdel(self.K_ORPHANS, *present)
        if missing:
            p.hmget(self.K_ORPHANS, missing)
        res = p.execute()
        if not missing:
            return []
        seen = res[-1]
        lost = [j for j, v in zip(missing, seen) if v is not None and t - float(v) >= after_s]
        new = {j: repr(t) for j, v in zip(missing, seen) if v is None}
        p = self.r.pipeline(transaction=False)
        if new:
            p.hset(self.K_ORPHANS, mapping=new)
            p.expire(self.K_ORPHANS, self.ttl)
        if lost:
            p.hdel(self.K_ORPHANS, *lost)
        p.execute()
        return lost

    def renew_leases(self, worker: str, jids: list[str], lease_s: float) -> list[str]:
        """Push out the leases of the jobs ``worker`` is running (its heartbeat, with the job
        ids its pool runs) to now + ``lease_s``; only those still ``running``, claimed by that
        worker and not released. Returns the ids renewed."""
        if not jids:
            return []
        keys = [self.K_LEASES, *(self.k_job(j) for j in jids)]
        out = self._renew(keys=keys, args=[worker, repr(now() + lease_s), max(60, int(self.ttl))])
        return [(k.decode() if isinstance(k, bytes) else k).split(":", 2)[2] for k in out]

    def metrics(self) -> dict[str, float]:
        return {k.decode(): float(v) for k, v in self.r.hgetall(self.K_METRICS).items()}

    def queue_depth(self, queue: str) -> int:
        return int(self.r.llen(queue))

    def ping(self) -> bool:
        return bool(self.r.ping())
