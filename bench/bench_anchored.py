"""Paired timing of the registered-name scans searched near their words (docs/performance.md,
twenty-third round).

    python bench/bench_anchored.py [--rounds N] [--corpus]

A = each pattern's plain ``finditer`` (the base), B = ``anchored``'s (engine.py's ``_registered_in``,
``_officers_in``, ``_scene_names_in``, ``_short_openings_in``, ``_aliases_in``,
``_paper_sources``). Both live in one
process and are alternated (the order flipped each round), in CPU time with the cyclic collector
paused; min / median of each and the median of the paired ratios B/A are printed:

- the scans themselves: the calls one ``extract`` pass over the texts makes, replayed, ms per pass;
- the whole stage (``extract`` over the seeds; ``--corpus``: and the open corpus texts), ms per
  6,000 characters; A's and B's records are checked equal first.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.indicators import engine, extract  # noqa: E402
from bench._common import bench_args, paired, report_paired, report_stage  # noqa: E402

NAMES = {"_registered_in": engine._REGISTERED, "_officers_in": engine._OFFICER,
         "_scene_names_in": engine._SCENE_NAME, "_short_openings_in": engine._SHORT_OPENING,
         "_aliases_in": engine._ALIAS, "_paper_sources": engine._PAPER_SOURCE}
NEW = {n: getattr(engine, n) for n in NAMES}
OLD = {n: rx.finditer for n, rx in NAMES.items()}


def _use(forms: dict[str, Callable]) -> None:
    for n, f in forms.items():
        setattr(engine, n, f)


def main() -> int:
    a, prepared, chars = bench_args()
    calls: list[tuple[str, tuple]] = []

    def recorder(n: str, f: Callable) -> Callable:
        def rec(*args):
            calls.append((n, args))
            return f(*args)
        return rec

    _use({n: recorder(n, f) for n, f in NEW.items()})
    outs_b = [[i.model_dump() for i in extract(*p)] for p in prepared]
    _use(OLD)
    outs_a = [[i.model_dump() for i in extract(*p)] for p in prepared]
    _use(NEW)
    assert outs_a == outs_b, "A and B give different records"
    print(f"{len(prepared)} texts, {chars} characters; {len(calls)} scans a pass "
          f"({sum(len(args[0]) if len(args) == 1 else args[2] - args[1] for _, args in calls)}"
          " characters searched by A)")

    def scans(forms: dict[str, Callable]) -> Callable[[], None]:
        def run() -> None:
            for n, args in calls:
                for _m in forms[n](*args):
                    pass
        return run
    report_paired("scans", paired({"A": scans(OLD), "B": scans(NEW)}, a.rounds), 1000, "ms per pass")
    report_stage(prepared, chars, _use, OLD, NEW, a.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
