"""The packed token form the worker stores expands to exactly the JSON ``Result.tokens`` gives."""
from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import TypeAdapter

from tasks import layout, segment, tokencodec
from tasks.decode import decode

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
_TOKENS = TypeAdapter(list[tuple[int, int, str]])


def _reference(cleaned, toks) -> bytes:
    return _TOKENS.dump_json([(*cleaned.to_original(s, e), tag) for s, e, tag in toks])


@pytest.mark.parametrize("path", SEEDS[:2] + SEEDS[-1:], ids=lambda p: p.name[:3])
def test_seed_tokens_round_trip(path):
    c = layout.clean(decode(path.read_bytes(), path.name).text)
    toks = segment.tokens(c.text)
    packed = tokencodec.pack(toks, c.origin)
    assert len(packed) < len(_reference(c, toks))
    assert tokencodec.to_json(packed) == _reference(c, toks)


def test_mixed_tags_empty_spans_and_escapes():
    c = layout.clean("地区生产总值,增长\n5.7%。")
    toks = [(0, 2, "n"), (2, 2, "x"), (3, 6, 'é"\n\x01'), (9, 13, "m")]
    assert tokencodec.to_json(tokencodec.pack(toks, c.origin)) == _reference(c, toks)


def test_empty_and_legacy_json():
    c = layout.clean("")
    assert tokencodec.to_json(tokencodec.pack([], c.origin)) == b"[]"
    assert tokencodec.to_json(b'[[1,2,"x"]]') == b'[[1,2,"x"]]'
