"""The pipeline's results on the seeds, pinned: keywords, summaries and indicators of every
seed must equal the committed golden file ``tests/data/pipeline_golden.json``, so a speed-up
(or any change) that alters a result fails here.

A deliberate change of results regenerates the file, and its diff is reviewed with the change:

    .venv/bin/python -m tests.unit.test_pipeline_golden --write
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from analysis.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = ROOT / "tests" / "data" / "pipeline_golden.json"


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
def test_results_equal_the_golden_file(path):
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
    data = {p.name: pinned(p) for p in SEEDS}
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}: {len(data)} seeds")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(__doc__)
    write()
