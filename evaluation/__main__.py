"""``python -m evaluation``: every evaluation, one after the other — indicators on the seeds and
the evaluation texts (with the stored first runs of the blind ones), indicators on the
development corpus (first run and now), the property checks, then articles and summaries.

``python -m evaluation --readme`` also writes what it printed into evaluation/README.md between
the ``<!-- evaluation:begin -->`` and ``<!-- evaluation:end -->`` markers, so the README shows
what the command prints, never an older block.
"""
from __future__ import annotations

import contextlib
import io
import runpy
import sys
from pathlib import Path

MODULES = (("evaluation.indicators", ["--brief"]), ("evaluation.corpus", []),
           ("evaluation.properties", []), ("evaluation.summaries", []),
           ("evaluation.corpus_articles", []))
README = Path(__file__).resolve().parent / "README.md"
BEGIN, END = "<!-- evaluation:begin -->", "<!-- evaluation:end -->"


def run_all(out) -> int:
    rc = 0
    for mod, args in MODULES:
        print(f"\n===== python -m {mod} {' '.join(args)} =====\n", file=out, flush=True)
        argv, sys.argv = sys.argv, [mod, *args]
        try:
            with contextlib.redirect_stdout(out):
                runpy.run_module(mod, run_name="__main__", alter_sys=True)
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            rc = rc or code
        finally:
            sys.argv = argv
    return rc


class _Tee(io.StringIO):
    def write(self, s: str) -> int:
        sys.__stdout__.write(s)
        return super().write(s)


def main() -> int:
    readme = "--readme" in sys.argv[1:]
    buf = _Tee()
    rc = run_all(buf)
    if readme:
        text = README.read_text("utf-8")
        a, b = text.index(BEGIN) + len(BEGIN), text.index(END)
        README.write_text(text[:a] + "\n```\n" + buf.getvalue().strip("\n") + "\n```\n"
                          + text[b:], "utf-8")
        print(f"\nwrote the output into {README}", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
