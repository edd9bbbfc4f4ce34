"""Paired timing of the towns' search by paragraph and the countries grouped by first character
(docs/performance.md, twenty-fourth round).

    python bench/bench_towns.py [--rounds N] [--corpus]

A = the forms before: ``engine._town_regions`` finds the places of the whole text wherever a
town's suffix stands two or three characters after a county's name (every length of county
tested at each suffix); ``places._FOREIGN``, ``_PAIR_NEXT`` and ``_FRAME_ABROAD`` built on the
plain alternation of the countries. B = the forms now: a county's last two characters tested
first; the places of the paragraphs that may hold a town first, the whole text's only where one
does; the countries grouped by first character. (A's "paragraph" is the whole text, so a text
with a town finds the whole text's places twice, once more than before: 5 of the open corpus
texts, none of the seeds.) Both live in one process and are alternated (the order flipped each
round), in CPU time with the cyclic collector paused; min / median of each and the median of the
paired ratios B/A are printed, for ``_town_regions`` alone (its calls of one ``extract`` pass
replayed, ms per pass) and for the whole stage (``extract``, ms per 6,000 characters); A's and
B's records are checked equal first.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.indicators import data, engine, extract, places  # noqa: E402
from bench._common import bench_args, paired, report_paired, report_stage  # noqa: E402


def _old_may_name_town(text: str) -> bool:
    """engine._may_name_town before (every length of county tested at each suffix)."""
    counties, longest = engine._county_surfaces()
    for suffix in data.TOWN_SUFFIXES:
        q = text.find(suffix)
        while q >= 0:
            for e in (q - 2, q - 3):
                if e > 0 and any(text[e - k:e] in counties for k in range(1, min(longest, e) + 1)):
                    return True
            q = text.find(suffix, q + 1)
    return False


_PLAIN = "|".join(sorted(map(re.escape, places.FOREIGN), key=len, reverse=True))
_paragraphs = engine._town_paragraphs
NEW = {"_FOREIGN": places._FOREIGN, "_PAIR_NEXT": places._PAIR_NEXT,
       "_FRAME_ABROAD": places._FRAME_ABROAD, "_town_paragraphs": _paragraphs}
OLD = {"_FOREIGN": re.compile(_PLAIN),
       "_PAIR_NEXT": re.compile(places._PAIR_NEXT.pattern.replace(places._FOREIGN.pattern, _PLAIN)),
       "_FRAME_ABROAD": re.compile(places._FRAME_ABROAD.pattern.replace(places._FOREIGN.pattern,
                                                                        _PLAIN)),
       # the whole text, wherever a paragraph may hold a town (as before: _may_name_town)
       "_town_paragraphs": lambda text: [(0, len(text))] if _old_may_name_town(text) else []}


def _use(forms: dict[str, object]) -> None:
    for n, f in forms.items():
        setattr(engine if n == "_town_paragraphs" else places, n, f)


def main() -> int:
    a, prepared, chars = bench_args()
    calls: list[tuple] = []
    town_regions = engine._town_regions

    def rec(text, out):
        calls.append((text, out))       # (replayed on the records as they ended: a region given
        return town_regions(text, out)  # a town is a town's again, no county's)

    engine._town_regions = rec
    outs_b = [[i.model_dump() for i in extract(*p)] for p in prepared]
    engine._town_regions = town_regions
    _use(OLD)
    outs_a = [[i.model_dump() for i in extract(*p)] for p in prepared]
    _use(NEW)
    assert outs_a == outs_b, "A and B give different records"
    print(f"{len(prepared)} texts, {chars} characters; {len(calls)} _town_regions calls a pass, "
          f"{sum(bool(_paragraphs(t)) for t, _ in calls)} with a paragraph that may hold a town")

    def towns(forms: dict[str, object]) -> Callable[[], None]:
        def run() -> None:
            _use(forms)
            for text, out in calls:
                town_regions(text, out)
        return run
    res = paired({"A": towns(OLD), "B": towns(NEW)}, a.rounds)
    _use(NEW)
    report_paired("_town_regions", res, 1000, "ms per pass")
    report_stage(prepared, chars, _use, OLD, NEW, a.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
