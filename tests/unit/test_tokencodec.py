"""The packed token form the worker stores expands to exactly the JSON ``Result.tokens`` gives."""
from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import TypeAdapter

from analysis import layout, segment
from analysis.decode import decode
from core import tokencodec

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
_TOKENS = TypeAdapter(list[tuple[int, int, str]])


def _reference(cleaned, toks) -> bytes:
    return _TOKENS.dump_json([(*cleaned.to_original(s, e), tag) for s, e, tag in toks])


@pytest.mark.parametrize("path", SEEDS[:2] + SEEDS[-1:], ids=lambda p: p.name[:3])
def test_seed_tokens_round_trip(path):
    c = layout.clean(decode(path.read_bytes(), path.name).text)
    toks = segment.tokens(c.text)
    packed = tokencodec.pack(toks, c)
    assert len(packed) < len(_reference(c, toks))
    assert tokencodec.to_json(packed) == _reference(c, toks)


def test_a_seed_whose_clean_up_deleted_characters_maps_back():
    """The seeds cover both paths: clean-up joined broken lines (a map to apply) or not."""
    cleaned = [layout.clean(decode(p.read_bytes(), p.name).text) for p in SEEDS]
    assert any(c.deleted for c in cleaned) and any(not c.deleted for c in cleaned)
    for c in cleaned:
        if c.deleted:
            toks = segment.tokens(c.text)
            assert tokencodec.to_json(tokencodec.pack(toks, c)) == _reference(c, toks)
            break


def test_mixed_tags_empty_spans_and_escapes():
    c = layout.clean("地区生产总值,增长\n5.7%。")
    toks = [(0, 2, "n"), (2, 2, "x"), (3, 6, 'é"\n\x01'), (9, 13, "m")]
    assert c.deleted  # the line break inside 增长\n5.7% is dropped
    assert tokencodec.to_json(tokencodec.pack(toks, c)) == _reference(c, toks)


def test_empty_and_legacy_json():
    c = layout.clean("")
    assert tokencodec.to_json(tokencodec.pack([], c)) == b"[]"
    assert tokencodec.to_json(b'[[1,2,"x"]]') == b'[[1,2,"x"]]'


def test_the_earlier_packed_form_is_still_read():
    """``ZBT1`` (offsets stored already mapped) from before ``ZBT2``: results written by an
    older worker stay readable for their TTL."""
    import json
    import struct
    from array import array

    c = layout.clean("地区生产总值,增长\n5.7%。")
    toks = segment.tokens(c.text)
    mapped = [c.to_original(s, e) for s, e, _ in toks]
    v1 = (b"ZBT1" + struct.pack("<I", len(toks)) + array("I", [s for s, _ in mapped]).tobytes()
          + array("I", [e for _, e in mapped]).tobytes() + json.dumps("x").encode())
    assert tokencodec.to_json(v1) == _reference(c, toks)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_offset_arrays_pack_to_the_bytes_of_their_tuples(path):
    """``segment.Tokens`` hands its offsets over packed (``Tokens.packed``): the stored bytes
    are those of the same tokens given as tuples (the general path), empty tokens included."""
    c = layout.clean(decode(path.read_bytes(), path.name).text)
    toks = segment.word_tokens(c.text)
    assert hasattr(toks, "packed") and len(toks) > 1000
    assert tokencodec.pack(toks, c) == tokencodec.pack(list(toks), c)
    empty = segment.word_tokens("")
    assert len(empty) == 0
    assert tokencodec.pack(empty, c) == tokencodec.pack([], c)
    blank = segment.word_tokens(" \n ")
    assert tokencodec.pack(blank, c) == tokencodec.pack(list(blank), c)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_offset_arrays_map_back_as_to_original(path):
    """``Tokens.mapped`` (what ``analyze(..., include_tokens=True)`` returns) is
    ``Cleaned.to_original`` of each token, on seeds whose clean-up deleted characters and
    on seeds where it did not."""
    c = layout.clean(decode(path.read_bytes(), path.name).text)
    toks = segment.word_tokens(c.text)
    assert toks.mapped(c.origin) == [(*c.to_original(s, e), tag) for s, e, tag in toks]
    c2 = layout.clean("地区生产总值,增长\n5.7%。")
    assert c2.deleted
    toks2 = segment.word_tokens(c2.text)
    assert toks2.mapped(c2.origin) == [(*c2.to_original(s, e), t) for s, e, t in toks2]
    assert segment.word_tokens("").mapped(layout.clean("").origin) == []
