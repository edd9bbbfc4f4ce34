"""Many documents over the job store: each tenant's job list, batches, the cross-document
indicator query, purging a final job and running it again. The structures are in
``core.index``; the job records in ``core.store``."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from . import index
from .store import FINAL, Job, JobStore, iso, now

# Purge a final job: every key of it and every index entry.
# KEYS: job, doc, result, text, tokens, events, leases, rows, tjobs, bjobs, queued, orphans,
# then index zsets
# ARGV: job id
_PURGE = index.ZREM_ROWS_LUA + """
local st = redis.call('HGET', KEYS[1], 'state')
if not st then return {-1, ''} end
if st ~= 'succeeded' and st ~= 'failed' and st ~= 'cancelled' then return {0, st} end
local n = tonumber(redis.call('HGET', KEYS[8], 'n') or '0')
for k = 13, #KEYS do zrem_rows(KEYS[k], ARGV[1], n) end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[8])
redis.call('ZREM', KEYS[7], KEYS[1])
redis.call('ZREM', KEYS[9], ARGV[1])
redis.call('ZREM', KEYS[10], ARGV[1])
redis.call('ZREM', KEYS[11], ARGV[1])
redis.call('HDEL', KEYS[12], ARGV[1])
return {1, st}
"""

# Run a final job again: back to queued, its old result and index entries gone, its message
# pushed, all in one step. Its deliveries count from 0 again (``attempts``: the poison-document
# and lost-worker limits apply to each run); ``reruns`` counts the runs. Refused when the job is not final (0) or its upload is gone (-2).
# KEYS: job, doc, result, text, tokens, events, metrics, queue, rows, queued, then index zsets
# ARGV: now, ttl, events maxlen, task message, job id
_RERUN = index.ZREM_ROWS_LUA + """
local st = redis.call('HGET', KEYS[1], 'state')
if not st then return {-1, ''} end
if st ~= 'succeeded' and st ~= 'failed' and st ~= 'cancelled' then return {0, st} end
if redis.call('EXISTS', KEYS[2]) == 0 then return {-2, st} end
local ttl = tonumber(ARGV[2])
redis.call('HSET', KEYS[1], 'state', 'queued', 'stage', '', 'progress', '0', 'started_at', '',
  'finished_at', '', 'error_code', '', 'error_message', '', 'released', '', 'worker', '',
  'attempts', '0', 'rerun_at', ARGV[1])
redis.call('HINCRBY', KEYS[1], 'reruns', 1)
redis.call('HINCRBY', KEYS[7], 'state:queued', 1)
local n = tonumber(redis.call('HGET', KEYS[9], 'n') or '0')
for k = 11, #KEYS do zrem_rows(KEYS[k], ARGV[5], n) end
redis.call('DEL', KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[9])
redis.call('XADD', KEYS[6], 'MAXLEN', '~', ARGV[3], '*', 'state', 'queued', 'stage', '',
  'progress', '0', 'ts', ARGV[1])
redis.call('EXPIRE', KEYS[1], ttl)
redis.call('EXPIRE', KEYS[2], ttl)
redis.call('EXPIRE', KEYS[6], ttl)
redis.call('LPUSH', KEYS[8], ARGV[4])
redis.call('ZADD', KEYS[10], tonumber(ARGV[1]), ARGV[5])  -- the orphan sweep's index
redis.call('EXPIRE', KEYS[10], ttl)
return {1, 'queued'}
"""


@dataclass
class Batch:
    id: str
    tenant: str
    created_at: float


class Many:
    """Reads and writes that span jobs. Uses the store's connection and TTL."""

    def __init__(self, store: JobStore):
        self.store = store
        self.r = store.r
        self._purge = self.r.register_script(_PURGE)
        self._rerun = self.r.register_script(_RERUN)

    # job list --------------------------------------------------------------------------------
    def list_jobs(self, tenant: str, state: str | None = None, batch: str | None = None,
                  limit: int = 50, cursor: str | None = None) -> tuple[list[Job], str | None]:
        """The tenant's jobs newest first (of one batch with ``batch``), optionally in one state."""
        key = index.k_bjobs(batch) if batch else index.k_tjobs(tenant)

        def fetch(members):
            out: list[Any] = []
            for job in self.store.get_many([m.decode() for m in members]):
                if job is None:
                    out.append(None)
                elif job.tenant != tenant or (state and job.state != state):
                    out.append(False)
                else:
                    out.append(job)
            return out

        return index.scan(self.r, key, limit, cursor, fetch, filtered=bool(state or batch))

    # batches ---------------------------------------------------------------------------------
    def new_batch(self, tenant: str) -> Batch:
        b = Batch(id=str(uuid.uuid4()), tenant=tenant, created_at=now())
        p = self.r.pipeline(transaction=True)
        index.queue_batch(p, b.id, tenant, b.created_at, self.store.ttl)
        p.execute()
        return b

    def get_batch(self, bid: str) -> Batch | None:
        h = self.r.hgetall(index.k_batch(bid))
        if not h:
            return None
        return Batch(id=h[b"id"].decode(), tenant=h[b"tenant"].decode(),
                     created_at=float(h[b"created_at"]))

    def batch_jobs(self, bid: str) -> list[Job]:
        """The batch's jobs still stored, in upload order."""
        ids = [m.decode() for m in self.r.zrange(index.k_bjobs(bid), 0, -1)]
        return [j for j in self.store.get_many(ids) if j is not None]

    def batch_status(self, b: Batch) -> dict[str, Any]:
        jobs = self.batch_jobs(b.id)
        counts = dict.fromkeys(("queued", "running", *FINAL), 0)
        for j in jobs:
            counts[j.state] = counts.get(j.state, 0) + 1
        done = [j for j in jobs if j.state in FINAL]
        progress = (sum(1.0 if j.state in FINAL else j.progress for j in jobs) / len(jobs)
                    if jobs else 1.0)
        finished = (max((j.finished_at or 0.0) for j in done) or None
                    if len(done) == len(jobs) and jobs else None)
        return {"id": b.id, "created_at": iso(b.created_at), "counts": counts,
                "progress": round(progress, 4), "jobs": [j.id for j in jobs],
                "finished_at": iso(finished)}

    def results(self, jobs: list[Job]) -> list[tuple[Job, dict]]:
        """The stored results of the succeeded ones among ``jobs``, in order."""
        ok = [j for j in jobs if j.state == "succeeded"]
        p = self.r.pipeline(transaction=False)
        for j in ok:
            p.get(self.store.k_result(j.id))
        return [(j, json.loads(raw)) for j, raw in zip(ok, p.execute(), strict=True)
                if raw is not None]

    # indicators across documents ---------------------------------------------------------------
    def query_indicators(self, tenant: str, canonical: str | None = None,
                         region: str | None = None, period: str | None = None,
                         batch: str | None = None, q: str | None = None, limit: int = 100,
                         cursor: str | None = None) -> tuple[list[dict], str | None]:
        """Indicators of the tenant's succeeded jobs, last finished first, in document order within
        a job. Reads the index, never the results: only the rows of the page are fetched."""
        filters = [index.k_ix(tenant, kind, v) for kind, v in
                   (("c", canonical), ("r", region), ("p", period), ("b", batch)) if v]
        if filters:
            p = self.r.pipeline(transaction=False)
            for k in filters:
                p.zcard(k)
            cards = p.execute()
            key = min(zip(cards, filters, strict=True))[1]  # the most selective set
        else:
            key = index.k_ix(tenant)
        others = [k for k in filters if k != key]
        needle = (q or "").casefold()

        def fetch(members):
            # first the other filters' sets (ZMSCORE), then only the rows that pass them
            keep = list(range(len(members)))
            if others:
                p = self.r.pipeline(transaction=False)
                for k in others:
                    p.zmscore(k, list(members))
                scores = p.execute()
                keep = [n for n in keep if all(s[n] is not None for s in scores)]
            out: list[Any] = [False] * len(members)
            if not keep:
                return out
            p = self.r.pipeline(transaction=False)
            for n in keep:
                jid, i = index.parse_member(members[n])
                p.hget(index.k_rows(jid), str(i))
            for n, raw in zip(keep, p.execute(), strict=True):
                if raw is None:
                    out[n] = None  # the job is gone (purged or expired)
                elif needle and needle not in raw.decode("utf-8").casefold():
                    continue  # a row without the needle anywhere is skipped unparsed
                else:
                    row = json.loads(raw)
                    if not needle or any(needle in str(row.get(f) or "").casefold()
                                         for f in ("name", "canonical", "text", "sentence")):
                        out[n] = row
            return out

        return index.scan(self.r, key, limit, cursor, fetch,
                          expire_before=now() - self.store.ttl, filtered=bool(others or needle))

    # lifecycle -------------------------------------------------------------------------------
    def _batch_of(self, jid: str) -> str | None:
        b = self.r.hget(self.store.k_job(jid), "batch")
        return b.decode() if b else None

    def purge(self, job: Job) -> tuple[int, str]:
        """Delete a final job and every trace of it: 1 done, 0 not final, -1 gone."""
        s, jid = self.store, job.id
        batch = self._batch_of(jid)
        keys = [s.k_job(jid), s.k_doc(jid), s.k_result(jid), s.k_text(jid), s.k_tokens(jid),
                s.k_events(jid), s.K_LEASES, index.k_rows(jid), index.k_tjobs(job.tenant),
                index.k_bjobs(batch) if batch else "zb:none", s.K_QUEUED, s.K_ORPHANS,
                *index.index_zsets(self.r, jid)]
        st, state = self._purge(keys=keys, args=[jid])
        return int(st), state.decode() if isinstance(state, bytes) else state

    def rerun(self, job: Job, message: tuple[str, bytes]) -> tuple[int, str]:
        """Queue a final job again with its stored upload: 1 done, 0 not final, -1 gone,
        -2 the upload is no longer stored."""
        s, jid = self.store, job.id
        keys = [s.k_job(jid), s.k_doc(jid), s.k_result(jid), s.k_text(jid), s.k_tokens(jid),
                s.k_events(jid), s.K_METRICS, message[0], index.k_rows(jid), s.K_QUEUED,
                *index.index_zsets(self.r, jid)]
        st, state = self._rerun(keys=keys, args=[repr(now()), s.ttl, s.maxlen, message[1], jid])
        return int(st), state.decode() if isinstance(state, bytes) else state

