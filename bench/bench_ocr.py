"""OCR speed: seconds per page at 150 dpi on one core, and the memory of a process that reads
scans (the OCR worker's pool process holds the same).

    .venv/bin/python -m bench.bench_ocr [--pages 3]

Pages: passages of the seeds rendered as A4 pages at 150 dpi, 10.5 pt, one column
(evaluation/ocr.py). The engine runs with one thread (ZHIBIAO_OCR_THREADS=1, the default), so
the figure is per core; each page is read ``--repeat`` times and the median is printed with
the spread. Figures depend on the machine and its load, printed with them.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import machine, median, write_json  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bench_ocr")
    ap.add_argument("--pages", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=2)
    a = ap.parse_args(argv)
    os.environ.setdefault("ZHIBIAO_OCR_THREADS", "1")
    import psutil

    from analysis import ocr
    from evaluation.ocr import PAGE_H, PAGE_W, passages, render

    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    t = time.perf_counter()
    ocr.engine()
    load_s = time.perf_counter() - t
    pages = [render(text)[0] for text in passages(1200)[: a.pages]]
    times = []
    chars = 0
    for png in pages:
        for _ in range(a.repeat):
            t = time.perf_counter()
            page = ocr.recognise(png, 1, PAGE_W, PAGE_H)
            times.append(time.perf_counter() - t)
        chars += sum(len(ln.text) for ln in page.lines)
    rss = proc.memory_info().rss
    m = machine()
    out = {"machine": m, "threads": os.environ["ZHIBIAO_OCR_THREADS"],
           "pages": len(pages), "repeat": a.repeat, "load_s": load_s,
           "s_per_page_median": median(times), "s_per_page_min": min(times),
           "s_per_page_max": max(times), "chars_per_page": chars / len(pages),
           "rss_mb_before": rss0 / 2**20, "rss_mb_after": rss / 2**20}
    write_json("bench_ocr.json", out)
    print(f"OCR at 150 dpi, {out['threads']} thread(s), {len(pages)} A4 pages x {a.repeat} "
          f"(load avg {m['load_avg_1m']} on {m['cpus']} CPUs)")
    print(f"  models loaded in {load_s:.2f} s")
    print(f"  seconds per page: median {out['s_per_page_median']:.2f} "
          f"(min {out['s_per_page_min']:.2f}, max {out['s_per_page_max']:.2f}); "
          f"{out['chars_per_page']:.0f} characters per page")
    print(f"  process RSS: {out['rss_mb_before']:.0f} MB before the models, "
          f"{out['rss_mb_after']:.0f} MB after reading the pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
