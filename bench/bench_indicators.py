"""Benchmark of the indicator stage alone: ms per 6,000-character page.

    python bench/bench_indicators.py [--repeat N]

Clean-up, sentences and articles are computed once outside the timing (they are other
stages); only ``analysis.indicators.extract`` is timed, over the five seeds. Writes JSON to
bench/out/indicators.json. Target: <= 5 ms per 6,000 characters. Not a timed test.

Each call is timed twice over: wall time (``perf_counter``, the headline: what a run sees under
the machine's load) and CPU time (``process_time``: the stage's own work; on a shared host the
wall time also counts the moments other processes had the core). The cyclic garbage collector
is left as the interpreter has it, as before; ``--gc-off`` pauses it around each call as
``analysis.pipeline.analyze`` pauses it around the whole pipeline (the service never runs the
stage with it on).

``--parts`` prints, after the headline, where the stage's time goes: the stage's main
functions are wrapped with a clock (inclusive time: a part's callees are in it too, so the
rows overlap and do not add up; the wrappers themselves add ~0.3 µs a call), the seeds run
``--repeat`` times with the collector paused, and each part's median time per seed mix, its
share of the wrapped stage and its calls per seed mix are printed (docs/performance.md, ninth
round). A part whose function is gone (renamed by a rule change) is skipped with a note.
"""
from __future__ import annotations

import argparse
import functools
import gc
import importlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import articles, layout, segment  # noqa: E402
from analysis.indicators import extract  # noqa: E402

PAGE = 6000

# (module, attribute as the stage reaches it): inclusive time of each, for --parts
PARTS = [
    ("analysis.indicators.engine", "_unit_indicators"),
    ("analysis.indicators.engine", "quantities"),
    ("analysis.indicators.names", "resolve"),
    ("analysis.indicators.engine", "_changes"),
    ("analysis.indicators.engine", "_indicator"),
    ("analysis.indicators.context", "periods"),
    ("analysis.indicators.context", "DocPlaces.__init__"),
    ("analysis.indicators.context", "DocPlaces.prepare"),
    ("analysis.indicators.context", "DocPlaces.attribute"),
    ("analysis.indicators.context", "units"),
    ("analysis.indicators.engine", "quoted"),
    ("analysis.indicators.engine", "_rank_sentence"),
    ("analysis.indicators.context", "organisations"),
    ("analysis.indicators.context", "own_place"),
]


def _parts(prepared, repeat: int) -> None:
    """Where the stage's time goes: inclusive wall time of PARTS, collector paused."""
    acc: dict[str, list[float]] = {}
    calls: dict[str, int] = {}
    clock = time.perf_counter
    undo = []

    def wrap(label, f):
        @functools.wraps(f)
        def timed(*args, **kw):
            t = clock()
            try:
                return f(*args, **kw)
            finally:
                acc[label][-1] += clock() - t
                calls[label] += 1
        return timed

    for modname, attr in PARTS:
        owner = importlib.import_module(modname)
        *path, name = attr.split(".")
        for a in path:
            owner = getattr(owner, a, None)
        f = getattr(owner, name, None) if owner is not None else None
        if f is None:
            print(f"  (part {modname}.{attr} not found: skipped)")
            continue
        acc[attr], calls[attr] = [], 0
        undo.append((owner, name, f))
        setattr(owner, name, wrap(attr, f))
    acc["stage"] = []
    try:
        for _ in range(repeat):
            for v in acc.values():
                v.append(0.0)
            paused = gc.isenabled()
            if paused:
                gc.disable()
            t = clock()
            for _name, c, s, arts in prepared:
                extract(c, s, arts)
            acc["stage"][-1] = clock() - t
            if paused:
                gc.enable()
    finally:
        for owner, name, f in undo:
            setattr(owner, name, f)
    stage = statistics.median(acc["stage"])
    print(f"  parts (inclusive, overlapping; wrapped stage {stage * 1000:.2f} ms per seed mix,"
          f" median of {repeat}, collector paused):")
    for label, v in sorted(acc.items(), key=lambda kv: -statistics.median(kv[1])):
        if label == "stage":
            continue
        ms = statistics.median(v) * 1000
        print(f"  {label:24} {ms:7.2f} ms  {ms / (stage * 1000) * 100:5.1f}%"
              f"  {calls[label] // repeat:6d} calls")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--gc-off", action="store_true",
                    help="pause the cyclic garbage collector around each call, as analyze does")
    ap.add_argument("--parts", action="store_true",
                    help="then print where the stage's time goes (its main functions, timed)")
    a = ap.parse_args()
    prepared = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        c = layout.clean(f.read_text(encoding="utf-8"))
        s = segment.sentences(c.text)
        prepared.append((f.name, c, s, articles.split(c, s)))
    extract(*prepared[0][1:])          # warm-up (data files are loaded at import)
    per_doc = {}
    all_ms, all_chars, all_min, all_cpu = 0.0, 0, 0.0, 0.0
    for name, c, s, arts in prepared:
        times, cpu = [], []
        for _ in range(a.repeat):
            paused = a.gc_off and gc.isenabled()
            if paused:
                gc.disable()
            t, p = time.perf_counter(), time.process_time()
            n = len(extract(c, s, arts))
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - p) * 1000)
            if paused:
                gc.enable()
        ms = statistics.median(times)
        per_doc[name] = {"chars": len(c.text), "indicators": n, "ms": round(ms, 3),
                         "ms_min": round(min(times), 3),
                         "ms_per_6k": round(ms * PAGE / len(c.text), 3),
                         "cpu_ms": round(statistics.median(cpu), 3)}
        all_ms += ms
        all_min += min(times)
        all_cpu += statistics.median(cpu)
        all_chars += len(c.text)
    overall = all_ms * PAGE / all_chars
    # the median is the headline (what a run sees under the machine's load); the fastest of
    # the repeats is what the code costs when nothing else runs (timeit's convention)
    result = {"ms_per_6k_chars": round(overall, 3),
              "ms_per_6k_chars_min": round(all_min * PAGE / all_chars, 3),
              "cpu_ms_per_6k_chars": round(all_cpu * PAGE / all_chars, 3),
              "gc_off": a.gc_off,
              "target_ms": 5.0, "repeat": a.repeat,
              "total_chars": all_chars, "docs": per_doc}
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "indicators.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
    for name, d in per_doc.items():
        print(f"{name:32} {d['chars']:7} chars {d['indicators']:4} indicators "
              f"{d['ms']:8.2f} ms  {d['ms_per_6k']:6.2f} ms/6k")
    print(f"indicator stage: {overall:.2f} ms per 6,000-character page, median of {a.repeat}"
          f" (fastest repeat: {result['ms_per_6k_chars_min']:.2f} ms; target <= 5 ms)")
    print(f"  CPU time: {result['cpu_ms_per_6k_chars']:.2f} ms per 6,000 characters, median of"
          f" {a.repeat}; cyclic garbage collector {'paused' if a.gc_off else 'as the interpreter has it'}")
    if a.parts:
        _parts(prepared, a.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
