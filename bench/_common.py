"""Shared by the benchmark scripts: the workload (the seeds, round robin), output, a few stats."""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def workload(n: int) -> list[tuple[str, bytes]]:
    """``n`` documents: the seeds round robin (so every run sees the same mix)."""
    docs = [(p.name, p.read_bytes()) for p in SEEDS]
    return [docs[i % len(docs)] for i in range(n)]


def doc_6kb() -> tuple[str, bytes]:
    """A 6 KB document for the latency figure: seed 000 cut at the last line break before
    6,144 bytes (valid UTF-8, whole lines)."""
    raw = SEEDS[0].read_bytes()
    cut = raw[:6144]
    cut = cut[: cut.rfind(b"\n") + 1]
    return "six_kb.txt", cut


def pct(xs: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    s = sorted(xs)
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


def machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "load_avg_1m": round(os.getloadavg()[0], 2),
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}


def write_json(name: str, data: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
    return path


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def big_doc(n_chars: int) -> tuple[str, bytes]:
    """A document of about ``n_chars`` characters with the seed mix's proportions (built here,
    never committed): below one whole mix (~85 k), each seed cut to the same fraction (at the
    next sentence end or line break); above, the seeds in order, joined by a blank line, repeated and cut at the last line
    break before ``n_chars``. So the 20 k and the 2 M documents cost alike per character when
    the pipeline is linear."""
    parts = [p.read_text("utf-8").strip("\n") for p in SEEDS]
    one = "\n\n".join(parts) + "\n\n"
    if n_chars < len(one):
        f = n_chars / len(one)
        cut = []
        for x in parts:  # to the first sentence end or line break after the fraction
            m = re.compile(r"[。\n]").search(x, int(len(x) * f))
            cut.append(x[: m.end()].rstrip("\n") if m else x)
        text = "\n\n".join(cut) + "\n"
    else:
        text = one * (n_chars // len(one) + 1)
        text = text[:n_chars]
        text = text[: text.rfind("\n") + 1]
    return f"seeds_{n_chars // 1000}k.txt", text.encode("utf-8")


def paired(runs: dict, rounds: int, factor: float = 1.0) -> dict[str, list[float]]:
    """CPU time of each callable in ``runs``, alternated in one process (the order flipped every
    round, the collector off) so the machine's noise falls on both sides of a ratio alike; each
    time in seconds times ``factor``."""
    import gc
    res: dict[str, list[float]] = {k: [] for k in runs}
    gc.disable()
    try:
        for i in range(rounds):
            for k in (list(runs) if i % 2 == 0 else list(runs)[::-1]):
                t = time.process_time()
                runs[k]()
                res[k].append((time.process_time() - t) * factor)
    finally:
        gc.enable()
    return res


def report_paired(label: str, res: dict[str, list[float]], scale: float, unit: str) -> None:
    """One line: min / median of A and of B (times ``scale``, in ``unit``) and the median of the
    paired ratios B/A."""
    a, b = res["A"], res["B"]
    ratio = statistics.median(y / x for x, y in zip(a, b))
    print(f"{label}: A {min(a) * scale:.2f} / {statistics.median(a) * scale:.2f} -> "
          f"B {min(b) * scale:.2f} / {statistics.median(b) * scale:.2f} {unit} (min / median); "
          f"paired median B/A {ratio:.3f}")


def prepared_texts(corpus: bool) -> list[tuple]:
    """The seeds (and with ``corpus`` the open corpus texts, evaluation.corpus.TUNED only — never
    a blind text) cleaned, cut into sentences and articles as ``analyze`` does before the
    indicator stage: ``[(cleaned, sentences, articles), ...]``."""
    from analysis import articles, layout, segment
    from evaluation.corpus import TUNED, text_id
    files = list(SEEDS)
    if corpus:
        files += [p for p in sorted((ROOT / "evaluation" / "corpus" / "texts").glob("c*.txt"))
                  if text_id(p.stem) in TUNED]
    out = []
    for f in files:
        c = layout.clean(f.read_text(encoding="utf-8"))
        s = segment.sentences(c.text)
        out.append((c, s, articles.split(c, s)))
    return out


def bench_args() -> tuple[argparse.Namespace, list[tuple], int]:
    """The paired scripts' command line (``--rounds N``, 12 by default; ``--corpus``: the open
    corpus texts too) parsed, the texts prepared (``prepared_texts``) and their characters."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=12)
    ap.add_argument("--corpus", action="store_true", help="the open corpus texts too")
    a = ap.parse_args()
    prepared = prepared_texts(a.corpus)
    return a, prepared, sum(len(c.text) for c, _, _ in prepared)


def stage_runner(prepared: list[tuple], use: Callable[[Any], None]
                 ) -> Callable[[Any], Callable[[], None]]:
    """``stage(forms)``: a callable that puts ``forms`` in place (``use(forms)``) and runs the
    indicator stage (``extract``) over the ``prepared`` texts, for ``paired``."""
    from analysis.indicators import extract

    def stage(forms: Any) -> Callable[[], None]:
        def run() -> None:
            use(forms)
            for p in prepared:
                extract(*p)
        return run
    return stage


def report_stage(prepared: list[tuple], chars: int, use: Callable[[Any], None],
                 old: Any, new: Any, rounds: int) -> None:
    """The whole stage with the ``old`` forms (A) and the ``new`` (B) paired over ``rounds``,
    the ``new`` left in place; reported in ms per 6,000 characters."""
    stage = stage_runner(prepared, use)
    res = paired({"A": stage(old), "B": stage(new)}, rounds)
    use(new)
    report_paired("stage", res, 1000 * 6000 / chars, "ms per 6k")
