"""Paired timing of the number scans' forms (docs/performance.md, twenty-second round).

    python bench/bench_scans.py [--rounds N]

A = the base's forms: every regex of ``analysis.indicators.patterns`` rebuilt with the plain
alternation (``_alt_plain``) and ``CHANGE`` without its pair guard (``CHANGE_SOURCE`` alone);
B = the forms in use. Both live in one process and are alternated (the order flipped each round),
in CPU time with the cyclic collector paused; min / median of each and the median of the paired
ratios B/A are printed:

- the ``QUANTITY`` and ``CHANGE`` scans over the sentences the stage scans in the seeds (captured
  from one ``extract`` pass over the seeds), ms per seed mix;
- the whole stage (``extract`` over the seeds, A's regexes swapped into every module that imported
  them), ms per 6,000 characters; A's and B's records are checked equal first.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import articles, layout, segment  # noqa: E402
from analysis.indicators import engine, extract, patterns  # noqa: E402
from bench._common import paired  # noqa: E402
from tests.unit.test_pattern_forms import _plain_module  # noqa: E402


def _line(label: str, res: dict[str, list[float]], scale: float = 1.0) -> str:
    a, b = res["A"], res["B"]
    return (f"{label:9} A {min(a) * scale:6.2f} / {statistics.median(a) * scale:6.2f}"
            f"   B {min(b) * scale:6.2f} / {statistics.median(b) * scale:6.2f}"
            f"   B/A {statistics.median([y / x for x, y in zip(a, b)]):.3f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    rounds = ap.parse_args().rounds
    plain = _plain_module()
    base = {k: (re.compile(plain.CHANGE_SOURCE, re.VERBOSE) if k == "CHANGE" else getattr(plain, k))
            for k, v in vars(patterns).items() if isinstance(v, re.Pattern)}
    swaps = [(mod, k, base[k], v) for name, mod in list(sys.modules.items())
             if name.startswith("analysis.indicators.") and mod is not None
             for k, v in list(vars(mod).items())
             if isinstance(v, re.Pattern) and getattr(patterns, k, None) is v]

    def use(a: bool) -> None:
        for mod, k, x, y in swaps:
            setattr(mod, k, x if a else y)

    prepared = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        c = layout.clean(f.read_text(encoding="utf-8"))
        s = segment.sentences(c.text)
        prepared.append((c, s, articles.split(c, s)))
    chars = sum(len(c.text) for c, _, _ in prepared)
    scanned: list[str] = []       # the sentences the stage hands to the CHANGE scan
    changes = engine._changes

    def record(t, *a, **k):
        scanned.append(t)
        return changes(t, *a, **k)

    engine._changes = record      # type: ignore[assignment]
    try:
        b_out = [extract(*x) for x in prepared]
    finally:
        engine._changes = changes
    use(True)
    a_out = [extract(*x) for x in prepared]
    use(False)
    assert repr(a_out) == repr(b_out), "A and B differ"
    print(f"{len(scanned)} sentences ({sum(map(len, scanned))} characters) scanned in the seeds;"
          f" {len(swaps)} names swapped for the stage; {rounds} rounds, CPU ms, collector paused;"
          f" min / median")
    for name in ("QUANTITY", "CHANGE"):
        def scan(p: re.Pattern) -> Callable[[], object]:
            return lambda: [m for t in scanned for m in p.finditer(t)]
        print(_line(name, paired({"A": scan(base[name]), "B": scan(getattr(patterns, name))},
                                 rounds, 1000)) + "   (ms per seed mix)")

    def stage(a: bool) -> Callable[[], object]:
        def run() -> object:
            use(a)
            try:
                return [extract(*x) for x in prepared]
            finally:
                use(False)
        return run

    print(_line("stage", paired({"A": stage(True), "B": stage(False)}, rounds, 1000), 6000 / chars)
          + "   (ms per 6,000 characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
