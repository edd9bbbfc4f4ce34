"""Paired timing of ``names._subject_only`` with its periods searched, not matched at every
character, and cached (docs/performance.md, twenty-sixth round).

    python bench/bench_subjects.py [--rounds N] [--corpus]

A = the form before: a place, then a period tried at every character of the clause (≤ 24),
uncached. B = now: the period found by one ``search`` from the position on, the answer cached
per process (the cache emptied at the start of every pass, so only a pass's own repeats hit, as
in a worker reading one document after another). Both live in one process and are alternated
(the order flipped each round), in CPU time with the cyclic collector paused; min / median of
each and the median of the paired ratios B/A are printed, for the function alone (the clauses of
one ``extract`` pass replayed, ms per pass) and for the whole stage (``extract``, ms per 6,000
characters); A's and B's records are checked equal first.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.indicators import extract, names  # noqa: E402
from bench._common import bench_args, paired, report_paired, report_stage  # noqa: E402

NEW = names._subject_only


def _old(raw: str) -> bool:
    """names._subject_only before (round 25)."""
    s = names._LEAD.sub("", raw.strip(",;:。!?、() …—"))
    if not s or len(s) > 24:
        return False
    rest, i, places = [], 0, False
    while i < len(s):
        m = names.REGION.match(s, i)
        if m and m.end() > i:
            i, places = m.end(), True
            continue
        m = names.PERIOD.match(s, i)
        if m and m.end() > i:
            i = m.end()
            continue
        rest.append(s[i])
        i += 1
    rest_s = "".join(rest)
    places = places or bool(names._PLACE_COUNT.search(rest_s))
    return places and bool(names._SUBJECT_WORDS.fullmatch(rest_s))


def _use(f: Callable[[str], bool]) -> None:
    NEW.cache_clear()
    names._subject_only = names.subject_only = f  # type: ignore[assignment]


def main() -> int:
    a, prepared, chars = bench_args()
    raws: list[str] = []

    def rec(raw: str) -> bool:
        raws.append(raw)
        return NEW(raw)

    _use(rec)
    outs_b = [[i.model_dump() for i in extract(*p)] for p in prepared]
    _use(_old)
    outs_a = [[i.model_dump() for i in extract(*p)] for p in prepared]
    _use(NEW)
    assert outs_a == outs_b, "A and B give different records"
    assert [_old(r) for r in raws] == [NEW.__wrapped__(r) for r in raws]
    print(f"{len(prepared)} texts, {chars} characters; {len(raws)} clauses a pass, "
          f"{len(set(raws))} distinct, {sum(map(_old, raws))} naming only places")

    def alone(f: Callable[[str], bool]) -> Callable[[], None]:
        def run() -> None:
            NEW.cache_clear()
            for r in raws:
                f(r)
        return run
    res = paired({"A": alone(_old), "B": alone(NEW)}, a.rounds)
    report_paired("_subject_only", res, 1000, "ms per pass")
    report_stage(prepared, chars, _use, _old, NEW, a.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
