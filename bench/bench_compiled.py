"""The indicator stage compiled with mypyc, against the same source interpreted: a measurement.

    .venv/bin/python bench/bench_compiled.py [--pairs N] [--modules all|indicators] [--keep DIR]

Nothing in the product is compiled: the service and the tests run the source as it is. This
script copies ``analysis/`` (and the seeds) into a temporary directory, compiles there the
modules of ``MODULES`` with mypyc (``mypy`` from the test extra; a C compiler and the Python
headers are needed: about 1 minute for the indicator modules, 2 for ``--modules all``), then

1. checks identity: the full result JSON (``model_dump(mode="json")`` without ``timings_ms``)
   of every seed, the compiled copy's against the source's, byte for byte;
2. times the indicator stage (``extract`` with ``document_date`` over the five seeds, CPU time,
   the cyclic collector paused as in ``analyze``, fastest of 12 runs per process) in processes
   alternated source / compiled (``--pairs`` pairs, the order swapped every pair), and prints
   the medians and the pair ratios (compiled ÷ source).

docs/performance.md (ninth round) has the figures and what adopting it would take. Not a
timed test; writes nothing under the repository.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# the indicator stage's own modules (parse.py is left out: mypyc of mypy 2.4 stops with an internal
# error on its ``reversed`` over a list of lists); ``all`` adds the other stages' pure-Python
# modules (segment.py is rjieba and numpy, pipeline.py the glue: left interpreted)
MODULES = {
    "indicators": ["analysis/indicators/engine.py", "analysis/indicators/patterns.py",
                   "analysis/indicators/names.py", "analysis/indicators/context.py",
                   "analysis/indicators/places.py", "analysis/indicators/numbers.py"],
}
MODULES["all"] = MODULES["indicators"] + [
    "analysis/indicators/tables.py", "analysis/summarize.py", "analysis/summary_select.py",
    "analysis/lineroles.py", "analysis/keywords.py", "analysis/layout.py", "analysis/articles.py"]

_MYPY_INI = """[mypy]
python_version = 3.11
ignore_missing_imports = True
check_untyped_defs = True
plugins = pydantic.mypy
"""

# run in a child process with the tree to measure first on sys.path
_STAGE = r"""
import gc, json, sys, time
from pathlib import Path
root = Path(sys.argv[1]); sys.path.insert(0, str(root))
from analysis import articles, layout, segment
from analysis import indicators as im
prep = []
for f in sorted((root / "seeds").glob("*.txt")):
    c = layout.clean(f.read_text(encoding="utf-8"))
    s = segment.sentences(c.text)
    a = articles.split(c, s)
    prep.append((c, s, a, [x.title for x in a]))
def run():
    for c, s, a, titles in prep:
        d, src = im.document_date(c.text, titles)
        im.extract(c, s, a, dates=im.DateContext.of(d, src, titles))
run()
gc.disable()
ts = []
for _ in range(12):
    p = time.process_time(); run(); ts.append((time.process_time() - p) * 1000)
print(json.dumps({"min": min(ts), "file": im.engine.__file__}))
"""

_DUMP = r"""
import json, sys
from pathlib import Path
root = Path(sys.argv[1]); sys.path.insert(0, str(root))
from analysis.pipeline import analyze
out = {}
for f in sorted((root / "seeds").glob("*.txt")):
    d = analyze(f.read_bytes(), f.name).model_dump(mode="json")
    d.pop("timings_ms", None)
    out[f.name] = d
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def _py(code: str, root: Path) -> str:
    return subprocess.run([sys.executable, "-c", code, str(root)], check=True,
                          capture_output=True, text=True, cwd=root).stdout


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=8)
    ap.add_argument("--modules", choices=sorted(MODULES), default="indicators")
    ap.add_argument("--keep", help="build in this directory and keep it (default: a temporary one)")
    a = ap.parse_args()
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="zhibiao-mypyc-"))
    try:
        if (work / "analysis").exists():
            shutil.rmtree(work / "analysis")
        shutil.copytree(ROOT / "analysis", work / "analysis",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        shutil.copytree(ROOT / "seeds", work / "seeds", dirs_exist_ok=True)
        (work / "mypy.ini").write_text(_MYPY_INI)
        mypyc = Path(sys.executable).with_name("mypyc")
        print(f"compiling {len(MODULES[a.modules])} modules with mypyc in {work} …", flush=True)
        p = subprocess.run([str(mypyc), "--config-file", "mypy.ini", *MODULES[a.modules]],
                           cwd=work, capture_output=True, text=True)
        if p.returncode:
            print(p.stdout[-3000:], p.stderr[-3000:])
            return 1
        same = _py(_DUMP, ROOT) == _py(_DUMP, work)
        print(f"identity (full result JSON of the seeds, compiled vs source): "
              f"{'identical' if same else 'DIFFERENT'}")
        src, comp, ratios = [], [], []
        for i in range(a.pairs):
            order = (ROOT, work) if i % 2 == 0 else (work, ROOT)
            got = {root: json.loads(_py(_STAGE, root)) for root in order}
            if not got[work]["file"].endswith(".so"):
                print("the compiled copy was not imported:", got[work]["file"])
                return 1
            src.append(got[ROOT]["min"])
            comp.append(got[work]["min"])
            ratios.append(comp[-1] / src[-1])
        print(f"indicator stage, CPU ms per seed mix (fastest of 12 per process, {a.pairs} "
              f"alternated pairs): source {statistics.median(src):.2f}, compiled "
              f"{statistics.median(comp):.2f}; pair ratio median {statistics.median(ratios):.3f}"
              f" ({min(ratios):.3f}-{max(ratios):.3f})")
        print("per pair: " + " ".join(f"{r:.3f}" for r in ratios))
        return 0 if same else 1
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
