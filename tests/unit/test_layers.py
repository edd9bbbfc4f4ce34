"""The import structure: layers point one way (the contracts in pyproject.toml,
``[tool.importlinter]``) and no module imports itself through others (no cycles, imports inside
functions included)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

from tests.support import ROOT

PACKAGES = ("zhibiao", "api", "worker", "tasks", "core", "analysis")


def test_layer_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "0 broken" in out.stdout


def test_no_import_cycles():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    cycles = set()
    for mod in graph.modules:
        for imported in graph.find_modules_directly_imported_by(mod):
            chain = graph.find_shortest_chain(importer=imported, imported=mod)
            if chain and mod != imported:
                cycles.add(tuple(sorted((mod, imported))))
    # a package's __init__ re-exporting its own modules is not a cycle of behaviour
    cycles = {c for c in cycles if not any(m == c[1].rsplit(".", 1)[0] or m == c[0].rsplit(".", 1)[0]
                                           for m in c)}
    assert not cycles, sorted(cycles)
