"""The stored form of a job's tokens: packed offsets, expanded to the contract JSON on request.

Only ``GET /v1/jobs/{id}/result?include=tokens`` reads the tokens, yet every job has them
(~35,000 for a 180 KB page). Mapping each one back to original coordinates, validating it into
the ``Result`` model and writing ~600 KB of JSON cost ~15 ms per such job in the worker; the
packed form costs ~3 ms and a third of the Redis memory. The API expands it, giving exactly
the JSON ``Result.tokens`` serializes to: ``[[start,end,"tag"],...]``.

Layout (little-endian)::

    b"ZBT1" | n: uint32 | n uint32 starts | n uint32 ends (original coordinates) | tags

where ``tags`` is one JSON string when every token has the same tag, else a JSON array of n
strings. A value starting with ``[`` is the older JSON form and is returned as it is.
"""
from __future__ import annotations

import json
import struct
import sys
from array import array
from operator import itemgetter

MAGIC = b"ZBT1"
_LE = sys.byteorder == "little"


def pack(tokens: list[tuple[int, int, str]], origin: list[int]) -> bytes:
    """Tokens in cleaned coordinates plus the cleaned → original map (``Cleaned.origin``): the
    stored form, offsets already in original coordinates (as ``Cleaned.to_original`` maps
    them: start ↦ origin[start], end ↦ origin[end - 1] + 1, an empty span to its start)."""
    n = len(tokens)
    get = origin.__getitem__
    starts = array("I", map(get, map(itemgetter(0), tokens)))
    ends = array("I", [get(e - 1) + 1 if e > s else get(s) for s, e, _ in tokens])
    if not _LE:
        starts.byteswap()
        ends.byteswap()
    tags = list(map(itemgetter(2), tokens))
    if not tags or tags.count(tags[0]) == n:  # one tag for all (today always "x")
        tag_json = json.dumps(tags[0] if tags else "")
    else:
        tag_json = json.dumps(tags, separators=(",", ":"))
    return MAGIC + struct.pack("<I", n) + starts.tobytes() + ends.tobytes() + tag_json.encode()


def to_json(stored: bytes) -> bytes:
    """The stored form → the contract JSON ``[[start,end,"tag"],...]`` (compact, as pydantic
    writes ``Result.tokens``)."""
    if not stored.startswith(MAGIC):
        return stored  # already JSON (written before the packed form)
    (n,) = struct.unpack_from("<I", stored, 4)
    body = 8 + 8 * n
    starts, ends = array("I"), array("I")
    starts.frombytes(stored[8:8 + 4 * n])
    ends.frombytes(stored[8 + 4 * n:body])
    if not _LE:
        starts.byteswap()
        ends.byteswap()
    tags = json.loads(stored[body:].decode("utf-8"))
    if n == 0:
        return b"[]"
    if isinstance(tags, str):
        tail = "," + json.dumps(tags, ensure_ascii=False) + "],["
        parts = tail.join([f"{s},{e}" for s, e in zip(starts, ends)])
        return ("[[" + parts + tail[:-2] + "]").encode("utf-8")
    quoted = [json.dumps(t, ensure_ascii=False) for t in tags]
    return ("[" + ",".join([f"[{s},{e},{t}]" for s, e, t in
                            zip(starts, ends, quoted)]) + "]").encode("utf-8")
