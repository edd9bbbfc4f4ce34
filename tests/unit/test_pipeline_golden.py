"""The pipeline's results on the seeds, pinned: keywords, summaries and indicators of every
seed must equal the committed golden file ``tests/data/pipeline_golden.json``, so a speed-up
(or any change) that alters a result fails here.

The seeds are analysed with their names from the test data (``ZHIBIAO_USER_DICT`` =
``tests/data/seed_userdict.txt``, as tests/unit/test_keywords.py does), dictionaries loaded
afresh. A deliberate change of results regenerates the file, and its diff is reviewed with the
change:

    .venv/bin/python -m tests.unit.test_pipeline_golden --write
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from analysis import keywords, segment
from analysis.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = ROOT / "tests" / "data" / "pipeline_golden.json"
SEED_DICT = ROOT / "tests" / "data" / "seed_userdict.txt"


def _seed_dictionaries(mp: pytest.MonkeyPatch) -> None:
    """The seeds' user dictionary, segmenter and tagger loaded afresh (put back by ``mp``)."""
    mp.setenv(segment.USER_DICT_ENV, str(SEED_DICT))
    for name in ("_tokenizer", "_jieba"):
        mp.setattr(segment, name, None)
    mp.setattr(keywords, "_TAGS", None)


@pytest.fixture(scope="module")
def seed_dict():
    with pytest.MonkeyPatch.context() as mp:
        _seed_dictionaries(mp)
        yield


def pinned(path: Path) -> dict:
    """What is pinned of one document's result (JSON-ready)."""
    d = analyze(path.read_bytes(), path.name).to_json_dict()
    return {
        "summary": d["summary"],
        "keywords": d["keywords"],
        "articles": [{k: a[k] for k in ("index", "kind", "title", "span", "summary", "keywords",
                                         "indicators")} for a in d["articles"]],
        "indicators": d["indicators"],
        "stats": d["stats"],
    }


def _golden() -> dict:
    return json.loads(GOLDEN.read_text("utf-8"))


def test_golden_covers_every_seed():
    assert sorted(_golden()) == [p.name for p in SEEDS]


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_results_equal_the_golden_file(path, seed_dict):
    want = _golden()[path.name]
    got = json.loads(json.dumps(pinned(path), ensure_ascii=False))  # tuples -> lists
    assert got["keywords"] == want["keywords"]
    assert got["summary"] == want["summary"]
    for g, w in zip(got["articles"], want["articles"]):
        assert g == w, f"article {w['index']} {w['title']!r}"
    assert len(got["articles"]) == len(want["articles"])
    for g, w in zip(got["indicators"], want["indicators"]):
        assert g == w, f"indicator {w['text']!r} at {w['span']}"
    assert len(got["indicators"]) == len(want["indicators"])
    assert got == want


def write() -> None:
    with pytest.MonkeyPatch.context() as mp:
        _seed_dictionaries(mp)
        data = {p.name: pinned(p) for p in SEEDS}
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}: {len(data)} seeds")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(__doc__)
    write()
