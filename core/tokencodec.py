"""The stored form of a job's tokens: packed offsets, expanded to the contract JSON on request.

Only ``GET /v1/jobs/{id}/result?include=tokens`` reads the tokens, yet every job has them
(~35,000 for a 180 KB page). Mapping each one back to original coordinates, validating it into
the ``Result`` model and writing ~600 KB of JSON cost ~15 ms per such job in the worker. The
worker stores instead the tokens' offsets as the segmenter gave them (cleaned text) plus the
clean-up's map back (``layout.Cleaned.deleted``: which original characters the clean-up
dropped, compressed), ~2 ms for that page; the API maps them when asked, giving exactly the
JSON ``Result.tokens`` serializes to: ``[[start,end,"tag"],...]`` in original coordinates, as
``Cleaned.to_original`` maps spans (start ↦ origin[start], end ↦ origin[end - 1] + 1, an empty
span to its start).

Layout (little-endian uint32 unless said)::

    b"ZBT2" | n | n starts | n ends (cleaned text) | chars (original) | k | k bytes | tags

where the k bytes are the zlib-compressed ``deleted`` mask (k = 0: nothing was deleted) and
``tags`` is one JSON string when every token has the same tag, else a JSON array of n strings.
Read as well: ``ZBT1`` (offsets already mapped; written before) and JSON (``[``, as it is).
"""
from __future__ import annotations

import json
import struct
import sys
import zlib
from array import array
from collections.abc import Sequence
from operator import itemgetter

MAGIC = b"ZBT2"
MAGIC_V1 = b"ZBT1"
_LE = sys.byteorder == "little"


def _u32(values) -> array:
    a = array("I", values)
    if not _LE:
        a.byteswap()
    return a


def pack(tokens: Sequence[tuple[int, int, str]], cleaned) -> bytes:
    """Tokens ``(start, end, tag)`` in the coordinates of ``cleaned.text`` (a
    ``layout.Cleaned``) → the stored form. No per-token Python work: C-level copies only.
    Tokens kept as offset arrays (``analysis.segment.Tokens``, what the pipeline gives) hand
    over their offsets already packed (``packed()``: the same bytes, no tuple made)."""
    packed = getattr(tokens, "packed", None)
    if packed is not None:
        starts_b, ends_b, tag = packed()
        tag_json = json.dumps(tag)
    else:
        starts_b = _u32(map(itemgetter(0), tokens)).tobytes()
        ends_b = _u32(map(itemgetter(1), tokens)).tobytes()
        tags = set(map(itemgetter(2), tokens))
        if len(tags) <= 1:  # one tag for all (today always "x")
            tag_json = json.dumps(next(iter(tags), ""))
        else:
            tag_json = json.dumps(list(map(itemgetter(2), tokens)), separators=(",", ":"))
    mask = zlib.compress(cleaned.deleted, 1) if cleaned.deleted else b""
    return b"".join((MAGIC, struct.pack("<I", len(tokens)), starts_b, ends_b,
                     struct.pack("<II", len(cleaned.original), len(mask)), mask,
                     tag_json.encode()))


def _arrays(stored: bytes, n: int, at: int) -> tuple[array, array]:
    starts, ends = array("I"), array("I")
    starts.frombytes(stored[at:at + 4 * n])
    ends.frombytes(stored[at + 4 * n:at + 8 * n])
    if not _LE:
        starts.byteswap()
        ends.byteswap()
    return starts, ends


def unpack(stored: bytes) -> tuple[list[int], list[int], str | list[str]]:
    """The stored form → (starts, ends, tag or tags), offsets in original coordinates."""
    (n,) = struct.unpack_from("<I", stored, 4)
    starts, ends = _arrays(stored, n, 8)
    at = 8 + 8 * n
    if stored.startswith(MAGIC_V1):  # already mapped
        return list(starts), list(ends), json.loads(stored[at:].decode("utf-8"))
    chars, k = struct.unpack_from("<II", stored, at)
    at += 8
    deleted = zlib.decompress(stored[at:at + k]) if k else b""
    tags = json.loads(stored[at + k:].decode("utf-8"))
    if not deleted:  # the map is the identity
        return list(starts), list(ends), tags
    origin = [i for i, d in enumerate(deleted) if not d]
    origin.append(chars)
    return ([origin[s] for s in starts],
            [origin[e - 1] + 1 if e > s else origin[s] for s, e in zip(starts, ends)], tags)


def to_json(stored: bytes) -> bytes:
    """The stored form → the contract JSON ``[[start,end,"tag"],...]`` (compact, as pydantic
    writes ``Result.tokens``)."""
    if not stored.startswith((MAGIC, MAGIC_V1)):
        return stored  # already JSON (written before the packed form)
    starts, ends, tags = unpack(stored)
    if not starts:
        return b"[]"
    if isinstance(tags, str):
        tail = "," + json.dumps(tags, ensure_ascii=False) + "],["
        parts = tail.join([f"{s},{e}" for s, e in zip(starts, ends)])
        return ("[[" + parts + tail[:-2] + "]").encode("utf-8")
    quoted = [json.dumps(t, ensure_ascii=False) for t in tags]
    return ("[" + ",".join([f"[{s},{e},{t}]" for s, e, t in
                            zip(starts, ends, quoted)]) + "]").encode("utf-8")
