"""Paired timing of the stop patterns before a figure with their last characters tested first
(docs/performance.md, twenty-fifth round).

    python bench/bench_stops.py [--rounds N] [--corpus]

A = the form before: ``patterns._STOP_BEFORE`` searched in the 8 characters before every
quantity that reaches it (its 17 alternatives, each ending in ``$``, tried at every position).
B = now: ``patterns._STOP_BEFORE_END`` (``[…]\\n?\\Z``, the last characters those alternatives
can end with, from ``openings._closing``) searched from two characters before the end first, the
alternation only where it passes. Both live in one process and are alternated (the order flipped
each round), in CPU time with the cyclic collector paused; min / median of each and the median
of the paired ratios B/A are printed, for the test alone (the strings of one ``extract`` pass
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

from analysis.indicators import extract, patterns  # noqa: E402
from bench._common import bench_args, paired, report_paired, report_stage  # noqa: E402

NEW = patterns._STOP_BEFORE_END
OLD = re.compile("(?:)")          # lets every string through: the alternation searched always


def _use(gate: re.Pattern[str]) -> None:
    patterns._STOP_BEFORE_END = gate


def main() -> int:
    a, prepared, chars = bench_args()

    befores: list[str] = []
    stop = patterns._STOP_BEFORE

    class _Recorder:
        def search(self, before: str):
            befores.append(before)
            return stop.search(before)

    patterns._STOP_BEFORE = _Recorder()  # type: ignore[assignment]
    patterns._STOP_BEFORE_END = OLD
    outs_a = [[i.model_dump() for i in extract(*p)] for p in prepared]
    patterns._STOP_BEFORE = stop
    patterns._STOP_BEFORE_END = NEW
    outs_b = [[i.model_dump() for i in extract(*p)] for p in prepared]
    assert outs_a == outs_b, "A and B give different records"
    passed = sum(bool(NEW.search(b, len(b) - 2)) for b in befores)
    print(f"{len(prepared)} texts, {chars} characters; {len(befores)} strings before a figure "
          f"searched a pass, {passed} let through by the gate, "
          f"{sum(bool(stop.search(b)) for b in befores)} matched")

    def alone(gate: re.Pattern[str]) -> Callable[[], None]:
        def run() -> None:
            for b in befores:
                gate.search(b, len(b) - 2) and stop.search(b)
        return run
    res = paired({"A": alone(OLD), "B": alone(NEW)}, a.rounds)
    report_paired("_STOP_BEFORE", res, 1000, "ms per pass")
    report_stage(prepared, chars, _use, OLD, NEW, a.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
