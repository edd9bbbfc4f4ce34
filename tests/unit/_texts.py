"""The texts the identity tests of faster forms run on: the seeds and the open corpus texts
(evaluation.corpus.TUNED only — a blind text, not yet tuned on, is never read here)."""
from __future__ import annotations

from pathlib import Path

from evaluation.corpus import TUNED, text_id

ROOT = Path(__file__).resolve().parents[2]


def open_texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for p in sorted((ROOT / "evaluation" / "corpus" / "texts").glob("c*.txt")):
        if text_id(p.stem) in TUNED:
            texts.append(p.read_text("utf-8"))
    return texts
