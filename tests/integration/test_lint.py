"""The code stays clean: ruff (imports, unused arguments, bugbear), mypy on the packages, no dead
code (vulture) and no undeclared or unused dependency (deptry), each with its configuration in
pyproject.toml. The same commands as ``make lint``; here so that ``make test`` (and CI) fails on
them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT

BIN = Path(sys.executable).parent


@pytest.mark.parametrize("cmd", [
    ["ruff", "check", "."],
    ["mypy"],
    ["vulture"],
    ["deptry", "."],
], ids=lambda c: c[0])
def test_clean(cmd):
    out = subprocess.run([str(BIN / cmd[0]), *cmd[1:]], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, (out.stdout + out.stderr)[-4000:]
