"""Add a figure defined later to the stored blind runs, by running the engine they recorded.

    python -m evaluation.rescore            # fill the missing counts of first_run.json and
                                            # blind_rounds.json where the run reproduces

A stored blind run (``evaluation/corpus/first_run.json``, ``blind_rounds.json``) keeps the counts
of the figures defined when it was made. When a figure is added to the evaluation (``whole_n``:
the whole record with the period compared by what it means, ``period_norm``, where both sides
resolve it), the old runs have no count for it. This command checks out the commit each run
names in a temporary git worktree, runs THAT engine on the same texts, scores it against the
gold as it was at that commit, and:

* compares every count the run stored with the recomputed one; if any differs, the run is not
  reproduced and nothing is added to it (it is listed). The one count not compared is ``date``
  where the gold now says the date comes from SOURCES.md only (unscored since, as the table
  scores the stored run too);
* otherwise adds the counts it lacks, and notes ``"rescored": {"keys": [...], "by": HEAD}``.

No stored count is ever changed, so a blind figure stays the one measured before anybody read
the text's differences; the added one comes from the same engine on the same text.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from evaluation.corpus import BLIND_ROUNDS, FIRST_RUN, ROOT, _commit, record, score

_DUMP = r"""
import json, sys
from pathlib import Path
root = Path(sys.argv[1]); sys.path.insert(0, str(root))
from analysis.pipeline import analyze
out = {}
for stem in sys.argv[2:]:
    path = root / "evaluation" / "corpus" / "texts" / f"{stem}.txt"
    res = analyze(path.read_bytes(), path.name)
    out[stem] = {"doc": res.document.model_dump(mode="json"),
                 "indicators": [i.model_dump(mode="json") for i in res.indicators]}
print(json.dumps(out, ensure_ascii=False))
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                          check=True).stdout


def run_at(commit: str, stems: list[str]) -> dict[str, dict] | None:
    """Counts of the engine at ``commit`` on ``stems``, scored against that commit's gold."""
    with tempfile.TemporaryDirectory(prefix="zb-rescore-") as tmp:
        wt = Path(tmp) / "tree"
        try:
            _git("worktree", "add", "--detach", "-q", str(wt), commit)
        except subprocess.CalledProcessError:
            return None
        try:
            have = [s for s in stems
                    if (wt / "evaluation" / "corpus" / "gold" / f"{s}.jsonl").exists()
                    and (wt / "evaluation" / "corpus" / "texts" / f"{s}.txt").exists()]
            if have != stems:
                return None
            proc = subprocess.run([sys.executable, "-c", _DUMP, str(wt), *stems], cwd=tmp,
                                  capture_output=True, text=True)
            if proc.returncode:
                print(proc.stderr[-2000:], file=sys.stderr)
                return None
            dumped = json.loads(proc.stdout)
            out = {}
            for stem in stems:
                gdir = wt / "evaluation" / "corpus" / "gold"
                gold = [json.loads(x) for x in (gdir / f"{stem}.jsonl").read_text("utf-8")
                        .splitlines() if x.strip()]
                meta = json.loads((gdir / f"{stem}.meta.json").read_text("utf-8"))
                pred = [record(d) for d in dumped[stem]["indicators"]]
                out[stem] = score(gold, pred, meta, dumped[stem]["doc"])
            return out
        finally:
            _git("worktree", "remove", "--force", str(wt))


def _fill(stored: dict[str, dict], again: dict[str, dict]) -> list[str] | None:
    """The keys added to each text's counts, or None when a stored count is not reproduced."""
    for stem, counts in stored.items():
        for k, v in counts.items():
            if k == "date" and again[stem][k] == [0, 0]:
                continue    # a date only SOURCES.md knows, unscored since (the table skips it too)
            if k in again[stem] and again[stem][k] != v:
                print(f"    {stem}: {k} stored {v}, recomputed {again[stem][k]}")
                return None
    added: set[str] = set()
    for stem, counts in stored.items():
        for k, v in again[stem].items():
            if k not in counts:
                counts[k] = v
                added.add(k)
    return sorted(added)


def main() -> int:
    head = _commit()
    first = json.loads(FIRST_RUN.read_text("utf-8"))
    rounds = json.loads(BLIND_ROUNDS.read_text("utf-8"))
    by_commit: dict[str, list[str]] = {}
    for stem, entry in first["texts"].items():
        by_commit.setdefault(entry["commit"], []).append(stem)
    for commit, stems in sorted(by_commit.items()):
        again = run_at(commit, sorted(stems))
        label = f"first runs at {commit} ({len(stems)} texts)"
        if again is None:
            print(f"{label}: that commit cannot run these texts; left as stored")
            continue
        added = _fill({s: first["texts"][s]["counts"] for s in stems}, again)
        if added is None:
            print(f"{label}: not reproduced; left as stored")
        elif added:
            for s in stems:
                first["texts"][s]["rescored"] = {"keys": added, "by": head}
            print(f"{label}: reproduced; added {', '.join(added)}")
        else:
            print(f"{label}: reproduced; nothing missing")
    for r in rounds:
        again = run_at(r["commit"], list(r["texts"]))
        label = f"round {r['label'][:40]!r} at {r['commit']}"
        if again is None:
            print(f"{label}: that commit cannot run these texts; left as stored")
            continue
        added = _fill(r["counts"], again)
        if added is None:
            print(f"{label}: not reproduced; left as stored")
        elif added:
            r["rescored"] = {"keys": added, "by": head}
            print(f"{label}: reproduced; added {', '.join(added)}")
        else:
            print(f"{label}: reproduced; nothing missing")
    FIRST_RUN.write_text(json.dumps(first, ensure_ascii=False, indent=1) + "\n", "utf-8")
    BLIND_ROUNDS.write_text(json.dumps(rounds, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
