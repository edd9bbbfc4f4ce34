"""Shared by the benchmark scripts: the workload (the seeds, round robin), output, a few stats."""
from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

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
    """A document of about ``n_chars`` characters: the seeds, in order, joined by a blank line
    and repeated, cut at the last line break before ``n_chars`` (built here, never committed).
    The 20 k prefix and the 2 M document are the same text at two sizes."""
    parts = [p.read_text("utf-8").strip("\n") for p in SEEDS]
    one = "\n\n".join(parts) + "\n\n"
    text = one * (n_chars // len(one) + 1)
    text = text[:n_chars]
    text = text[: text.rfind("\n") + 1]
    return f"seeds_{n_chars // 1000}k.txt", text.encode("utf-8")
