"""Redis structures for many documents: each tenant's job list, batches, and the cross-document
indicator index. The job store (``core.store``) calls the ``queue_*`` functions inside its own
transactions; ``core.many`` reads them. Every key carries the jobs' TTL.

| key                          | type | content                                                   |
| ---------------------------- | ---- | --------------------------------------------------------- |
| zb:tjobs:{tenant}            | zset | job id → created_at: the tenant's jobs, newest first      |
| zb:batch:{id}                | hash | id, tenant, created_at                                    |
| zb:bjobs:{batch}             | zset | job id → created_at: the batch's jobs                     |
| zb:ixrows:{job}              | hash | ``n`` (indicators), ``keys`` (the zsets below holding them), |
|                              |      | ``0``..``n-1``: one JSON row (indicator + job_id, filename)  |
| zb:ix:{tenant}:all           | zset | ``{job}:{999999-i}`` → finished time, every indicator     |
| zb:ix:{tenant}:c:{canonical} | zset | the same members, by canonical key                         |
| zb:ix:{tenant}:r:{region}    | zset | by region                                                 |
| zb:ix:{tenant}:p:{period}    | zset | by period                                                 |
| zb:ix:{tenant}:b:{batch}     | zset | by batch                                                  |

Members of a finished job's indicators score its finish time; its rows expire ``ttl`` after that
time, so ``ZREMRANGEBYSCORE -inf now-ttl`` drops exactly the expired members; a member whose row
is gone otherwise (a purged job) is dropped when a query meets it. The index member's suffix
(``999999 - i``) makes a job's indicators come in document order in a newest-first scan.
Job list members are pruned the same lazy way (their record is gone).
"""
from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from typing import Any

MAX_INDICATORS = 999_999


def k_tjobs(tenant: str) -> str:
    return f"zb:tjobs:{tenant}"


def k_batch(bid: str) -> str:
    return f"zb:batch:{bid}"


def k_bjobs(bid: str) -> str:
    return f"zb:bjobs:{bid}"


def k_rows(jid: str) -> str:
    return f"zb:ixrows:{jid}"


def k_ix(tenant: str, kind: str = "all", value: str = "") -> str:
    return f"zb:ix:{tenant}:all" if kind == "all" else f"zb:ix:{tenant}:{kind}:{value}"


def member(jid: str, i: int) -> str:
    return f"{jid}:{MAX_INDICATORS - i:06d}"


def parse_member(m: bytes | str) -> tuple[str, int]:
    s = m.decode() if isinstance(m, bytes) else m
    jid, n = s.rsplit(":", 1)
    return jid, MAX_INDICATORS - int(n)


# --------------------------------------------------------------------------------------------
# writes, queued on the store's pipelines

def queue_job(p, jid: str, tenant: str, created: float, ttl: int, batch: str | None) -> None:
    """A new job in its tenant's list (and its batch's)."""
    p.zadd(k_tjobs(tenant), {jid: created})
    p.expire(k_tjobs(tenant), ttl)
    if batch:
        p.zadd(k_bjobs(batch), {jid: created})
        p.expire(k_bjobs(batch), ttl)
        p.expire(k_batch(batch), ttl)


def queue_batch(p, bid: str, tenant: str, created: float, ttl: int) -> None:
    p.hset(k_batch(bid), mapping={"id": bid, "tenant": tenant, "created_at": repr(created)})
    p.expire(k_batch(bid), ttl)


def rows_of(result: dict, jid: str, filename: str) -> list[dict]:
    """Index rows: each indicator of the result with its job id and file name."""
    out = []
    for ind in (result.get("indicators") or [])[:MAX_INDICATORS]:
        out.append({**ind, "job_id": jid, "filename": filename})
    return out


def index_keys(tenant: str, row: dict, batch: str | None) -> list[str]:
    keys = [k_ix(tenant)]
    for kind, field in (("c", "canonical"), ("r", "region"), ("p", "period")):
        v = row.get(field)
        if v:
            keys.append(k_ix(tenant, kind, str(v)))
    if batch:
        keys.append(k_ix(tenant, "b", batch))
    return keys


def queue_result(p, jid: str, tenant: str, batch: str | None, filename: str, result_json: bytes,
                 at: float, ttl: int) -> None:
    """Index a finished job's indicators (in the transaction that stores its result)."""
    result = json.loads(result_json)
    rows = rows_of(result, jid, filename)
    zsets: dict[str, dict[str, float]] = {}
    for i, row in enumerate(rows):
        for k in index_keys(tenant, row, batch):
            zsets.setdefault(k, {})[member(jid, i)] = at
    mapping: dict[str, Any] = {"n": str(len(rows)), "keys": json.dumps(sorted(zsets))}
    for i, row in enumerate(rows):
        mapping[str(i)] = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    p.delete(k_rows(jid))
    p.hset(k_rows(jid), mapping=mapping)
    p.expire(k_rows(jid), ttl)
    for k, members in zsets.items():
        p.zadd(k, members)
        p.expire(k, ttl)


# Purge every index entry of a job: its rows, its index members, its place in the lists.
# KEYS: rows, tjobs, then the index zsets (from rows' ``keys``), then bjobs (if any)
# ARGV: job id, number of index zsets
# A Lua function the scripts that drop a job's index entries share: the members of the job's
# ``n`` rows (``jid:999999``, ``jid:999998``, …) removed from the sorted set ``key``, 500 at a time.
ZREM_ROWS_LUA = """
local function zrem_rows(key, jid, n)
  local ms = {}
  for i = 0, n - 1 do
    ms[#ms + 1] = jid .. ':' .. string.format('%06d', 999999 - i)
    if #ms >= 500 then redis.call('ZREM', key, unpack(ms)); ms = {} end
  end
  if #ms > 0 then redis.call('ZREM', key, unpack(ms)) end
end
"""

PURGE_INDEX_LUA = ZREM_ROWS_LUA + """
local n = tonumber(redis.call('HGET', KEYS[1], 'n') or '0')
local nk = tonumber(ARGV[2])
for k = 3, 2 + nk do zrem_rows(KEYS[k], ARGV[1], n) end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
for k = 3 + nk, #KEYS do redis.call('ZREM', KEYS[k], ARGV[1]) end
"""


def index_zsets(r, jid: str) -> list[str]:
    raw = r.hget(k_rows(jid), "keys")
    return json.loads(raw) if raw else []


# --------------------------------------------------------------------------------------------
# reads: newest-first pages over a zset

class BadCursor(ValueError):
    pass


def encode_cursor(score: float, m: bytes | str) -> str:
    s = m.decode() if isinstance(m, bytes) else m
    return base64.urlsafe_b64encode(json.dumps([score, s]).encode()).decode().rstrip("=")


def decode_cursor(c: str) -> tuple[float, str]:
    try:
        score, m = json.loads(base64.urlsafe_b64decode(c + "=" * (-len(c) % 4)))
        return float(score), str(m)
    except Exception as e:
        raise BadCursor("invalid cursor") from e


def scan(r, key: str, limit: int, cursor: str | None,
         fetch: Callable[[Sequence[bytes]], list[Any]], budget: int = 20_000,
         expire_before: float | None = None, filtered: bool = True) -> tuple[list[Any], str | None]:
    """Up to ``limit`` items, newest first, from ``key`` after ``cursor``.

    ``fetch(members)`` returns one entry per member: the item, ``False`` (filtered out) or
    ``None`` (gone: the member is removed from ``key``). At most ``budget`` members are read per
    call: a page may hold fewer than ``limit`` items and still have a ``next_cursor``.
    ``filtered``: ``fetch`` may filter members out (read ahead in bigger chunks); when it does
    not, exactly the members still needed are read."""
    if expire_before is not None:
        r.zremrangebyscore(key, "-inf", f"({expire_before!r}")
    start = 0
    if cursor:
        score, m = decode_cursor(cursor)
        rank = r.zrevrank(key, m)
        if rank is not None:
            start = rank + 1
        else:  # the member is gone (purged, pruned): start after where it stood
            ties = r.zrangebyscore(key, repr(score), repr(score))
            start = int(r.zcount(key, f"({score!r}", "+inf")) + sum(
                1 for t in ties if t > m.encode())
    out: list[Any] = []
    dead: list[bytes] = []
    pos, last = start, None
    card = int(r.zcard(key))
    grow = 1
    while len(out) < limit and pos < card and pos - start < budget:
        need = limit - len(out)
        # filtered: read ahead, more each round (a selective filter keeps few of a chunk)
        n = min(max(4 * need, 200) * grow, 5000) if filtered else min(need, 1000)
        grow *= 2
        chunk = r.zrevrange(key, pos, pos + n - 1, withscores=True)
        if not chunk:
            break
        items = fetch([m for m, _ in chunk])
        for (m, s), it in zip(chunk, items, strict=True):
            pos += 1
            last = (s, m)
            if it is None:
                dead.append(m)
            elif it is not False:
                out.append(it)
                if len(out) >= limit:
                    break
    if dead:
        r.zrem(key, *dead)
    nxt = encode_cursor(*last) if last is not None and pos < card else None
    return out, nxt
