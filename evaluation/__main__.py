"""``python -m evaluation``: the indicator evaluation, then articles and summaries."""
from __future__ import annotations

import runpy
import sys

rc = 0
for mod in ("evaluation.indicators", "evaluation.summaries"):
    print(f"\n===== {mod} =====\n", flush=True)
    try:
        runpy.run_module(mod, run_name="__main__", alter_sys=True)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        rc = rc or code
sys.exit(rc)
