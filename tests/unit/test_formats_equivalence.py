"""The same document in another encoding or format gives the same indicators."""
from __future__ import annotations

import pytest

from analysis.pipeline import analyze
from tests.fixtures_docs import make_docx, seed_text


def _key(ind) -> tuple:
    ch = ind.change
    change = (ch.direction, ch.value, ch.unit) if ch is not None else None
    return (ind.name, ind.value, ind.unit, change)


@pytest.fixture(scope="module")
def utf8_result():
    return analyze(seed_text("000").encode("utf-8"), "000.txt")


@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_reencoded_text_gives_identical_result(utf8_result, encoding):
    r = analyze(seed_text("000").encode(encoding), "000.txt")
    assert r.document.encoding != utf8_result.document.encoding
    assert r.document.chars == utf8_result.document.chars
    assert utf8_result.indicators, "seed 000 has indicators"
    # same text, so the same spans too
    assert [i.model_dump() for i in r.indicators] == [i.model_dump() for i in utf8_result.indicators]


def test_docx_gives_same_indicators(utf8_result):
    text = seed_text("000")
    # as an author would type it in Word: one paragraph per non-empty line, no blank lines,
    # so the extracted text (and every offset) differs from the .txt
    data = make_docx([line for line in text.split("\n") if line.strip()])
    r = analyze(data, "000.docx")
    assert r.document.media_type.endswith("wordprocessingml.document")
    assert [_key(i) for i in r.indicators] == [_key(i) for i in utf8_result.indicators]
    # spans point into the docx's own extracted text
    from analysis.decode import decode
    extracted = decode(data, "000.docx").text
    assert extracted != text
    assert r.document.chars == len(extracted)
    for ind in r.indicators:
        s, e = ind.span
        assert extracted[s:e] == ind.text
