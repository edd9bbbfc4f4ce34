"""A missing Chromium fails the browser tests under `.ci/run` and skips them, with the reason, on
a developer machine: the browser test itself is run in a child pytest with
``ZHIBIAO_CHROMIUM`` pointing at no binary, once with the environment `.ci/run` exports and once
without it."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.support import ROOT

BROWSER_TEST = "tests/browser/test_view_browser.py::test_dom_has_one_mark_per_indicator"


def _ci_exports() -> str:
    """The top-level ``export`` lines of `.ci/run` (what every test under it sees)."""
    lines = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    exports = [ln for ln in lines if ln.startswith("export ")]
    assert exports, ".ci/run exports nothing"
    return "\n".join(exports)


def _run_browser_test(tmp_path, prelude: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k != "CI" and not k.startswith(("ZHIBIAO_", "PYTEST_"))}
    env["ZHIBIAO_CHROMIUM"] = str(tmp_path / "no-such-chromium")
    script = prelude + '\nexec "$@"'
    return subprocess.run(
        ["bash", "-c", script, "ci", sys.executable, "-m", "pytest", "-q", "-rs",
         "-p", "no:cacheprovider", f"--basetemp={tmp_path / 'inner'}", BROWSER_TEST],
        cwd=ROOT, env=env, capture_output=True, timeout=300)


def test_ci_run_makes_a_missing_chromium_a_failure(tmp_path):
    out = _run_browser_test(tmp_path, _ci_exports())
    text = out.stdout.decode(errors="replace")
    assert out.returncode == 1, text[-3000:]
    assert re.search(r"\b1 failed\b", text) and "skipped" not in text, text[-3000:]
    assert "Chromium not installed" in text and "CI is set" in text, text[-3000:]


def test_a_missing_chromium_is_a_skip_with_its_reason_on_a_developer_machine(tmp_path):
    out = _run_browser_test(tmp_path, "")
    text = out.stdout.decode(errors="replace")
    assert out.returncode == 0, text[-3000:]
    assert re.search(r"\b1 skipped\b", text) and "failed" not in text, text[-3000:]
    assert "Chromium not installed (apt-get install -y chromium fonts-wqy-microhei)" in text
