"""OCR evaluation: real text rendered to page images, read back by the OCR stage, compared.

    python -m evaluation.ocr [--pages N]

Texts: passages of the seeds and of the development corpus (real documents, see
evaluation/corpus/SOURCES.md), laid out as printed pages with Debian's WenQuanYi Micro Hei font
(fonts-wqy-microhei) at 150 dpi, in these conditions: one column at 10.5 pt and at 9 pt, two
columns (a newspaper page), rotated 1°, and with scanner noise (speckles and a blur). Each page
is read back by ``analysis.ocr`` (RapidOCR) and compared with the text that was printed:

* **CER**: character error rate, the edit distance between what was printed and what was read,
  over the printed characters, both without blanks and line breaks, full-width forms folded
  (the page prints ``，`` whichever way the text wrote it);
* **indicators kept**: the share of the figures the engine finds in the printed text (value,
  unit, change) that it also finds in the OCR'd text.

Targets (issue #15): CER ≤ 2 % on clean 150-dpi pages; ≥ 95 % of the indicators kept.

``--tesseract`` also reads the clean pages with Debian's Tesseract (``tesseract-ocr`` with
``tesseract-ocr-chi-sim``, when installed; not a dependency), the other engine the issue
names, so the choice of engine is a measurement anyone can repeat.
"""
from __future__ import annotations

import argparse
import io
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DPI = 150
PAGE_W, PAGE_H = int(8.27 * DPI), int(11.69 * DPI)  # A4
MARGIN = int(0.8 * DPI)
SOURCES = ["seeds/000_2ac37fcd9fe45c84.txt", "seeds/004_495ebaeb3d68c5cb.txt",
           "evaluation/corpus/texts/c08_quanguo_2017_04.txt",
           "evaluation/corpus/texts/c11_fushengji_gdp_2021h1.txt"]
#: name → (font size in points, columns, rotation in degrees, noise)
CONDITIONS = {
    "clean, 1 column, 10.5 pt": (10.5, 1, 0.0, False),
    "clean, 1 column, 9 pt": (9.0, 1, 0.0, False),
    "clean, 2 columns, 10.5 pt": (10.5, 2, 0.0, False),
    "rotated 1°, 1 column": (10.5, 1, 1.0, False),
    "noise and blur, 1 column": (10.5, 1, 0.0, True),
}


def passages(chars: int) -> list[str]:
    """Whole paragraphs of each source text, about ``chars`` characters per page."""
    out = []
    for src in SOURCES:
        paras = [p.strip() for p in (ROOT / src).read_text("utf-8").splitlines() if p.strip()]
        buf: list[str] = []
        n = 0
        for p in paras:
            if n + len(p) > chars and buf:
                break
            buf.append(p)
            n += len(p)
        out.append("\n".join(buf))
    return out


def _wrap(text: str, font, width: int) -> list[str]:
    """Lines of at most ``width`` pixels; paragraphs start indented by two characters."""
    lines = []
    for para in text.split("\n"):
        cur = "\u3000\u3000"
        for ch in para:
            if font.getlength(cur + ch) > width:
                lines.append(cur)
                cur = ""
            cur += ch
        lines.append(cur)
    return lines


def render(text: str, size_pt: float = 10.5, columns: int = 1, rotate: float = 0.0,
           noise: bool = False, seed: int = 0, height: int = PAGE_H,
           fmt: str = "PNG") -> tuple[bytes, str]:
    """A page image of ``text`` (PNG, or any format Pillow writes: JPEG, TIFF, PDF) and the
    text as printed (what fits on the page); ``height`` in pixels (A4 by default)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    px = round(size_pt / 72 * DPI)
    font = ImageFont.truetype(str(FONT), px)
    gutter = int(0.3 * DPI)
    col_w = (PAGE_W - 2 * MARGIN - (columns - 1) * gutter) // columns
    step = int(px * 1.6)
    rows = max(1, (height - 2 * MARGIN) // step)
    lines = _wrap(text, font, col_w)[: rows * columns]
    img = Image.new("L", (PAGE_W, height), 255)
    d = ImageDraw.Draw(img)
    for k, line in enumerate(lines):
        col, row = divmod(k, rows)
        d.text((MARGIN + col * (col_w + gutter), MARGIN + row * step), line, font=font, fill=0)
    if rotate:
        img = img.rotate(rotate, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    if noise:
        rnd = random.Random(seed)
        px_ = img.load()
        for _ in range(PAGE_W * height // 400):
            x, y = rnd.randrange(PAGE_W), rnd.randrange(height)
            px_[x, y] = rnd.choice((0, 90, 160))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, format=fmt, **({"resolution": DPI} if fmt == "PDF" else {}))
    printed = "".join(lines).replace("\u3000", "")
    return buf.getvalue(), printed


def _fold(s: str) -> str:
    from analysis.layout import FULLWIDTH

    return "".join(s.translate(FULLWIDTH).split())


def cer(printed: str, read: str) -> tuple[int, int]:
    """(edit distance, printed characters) after folding widths and dropping blanks."""
    a, b = _fold(printed), _fold(read)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1], len(a)


def figures(text: str) -> Counter:
    from analysis.pipeline import analyze

    res = analyze(text.encode("utf-8"), "page.txt")
    out: Counter = Counter()
    for i in res.indicators:
        c = i.change
        out[(i.value, i.unit, c and c.direction, c and c.value)] += 1
    return out


def tesseract(png: bytes) -> str:
    """Tesseract's reading of a page (simplified Chinese, automatic page segmentation)."""
    import subprocess

    out = subprocess.run(["tesseract", "stdin", "stdout", "-l", "chi_sim", "--psm", "3"],
                         input=png, capture_output=True, timeout=300, check=True)
    return out.stdout.decode("utf-8", "replace")


def row(label: str, condition: str, read_page, texts: list[str]) -> str:
    """One line of the table: each text printed in ``condition``, read back by ``read_page``
    (PNG bytes → text), compared with what was printed."""
    size, cols, rot, noise = CONDITIONS[condition]
    errs = total = want = kept = 0
    secs = 0.0
    for k, text in enumerate(texts):
        png, printed = render(text, size, cols, rot, noise, seed=k)
        t = time.perf_counter()
        read = read_page(png)
        secs += time.perf_counter() - t
        e, n = cer(printed, read)
        errs, total = errs + e, total + n
        f_printed, f_read = figures(printed), figures(read)
        want += sum(f_printed.values())
        kept += sum((f_printed & f_read).values())
    return (f"{label:28}{errs / total:>8.2%}{total:>8}{want:>9}"
            f"{(kept / want if want else 1):>7.1%}{secs / len(texts):>8.1f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.ocr")
    ap.add_argument("--pages", type=int, default=len(SOURCES),
                    help="pages per condition (one per source text)")
    ap.add_argument("--tesseract", action="store_true",
                    help="also read the clean pages with Tesseract (chi_sim), for comparison")
    a = ap.parse_args(argv)
    from analysis import ocr

    t0 = time.perf_counter()
    ocr.engine()
    texts = passages(1200)[: a.pages]
    print(f"{len(texts)} page(s) per condition, {DPI} dpi, font {FONT.name}; sources: "
          + ", ".join(Path(s).stem for s in SOURCES[: a.pages]))
    print(f"{'condition':28}{'CER':>8}{'chars':>8}{'figures':>9}{'kept':>7}{'s/page':>8}")
    def rapidocr(png: bytes) -> str:
        return ocr.assemble([ocr.recognise(png, 1, PAGE_W, PAGE_H)]).text

    for name in CONDITIONS:
        print(row(name, name, rapidocr, texts))
    if a.tesseract:
        import shutil

        if not shutil.which("tesseract"):
            print("tesseract: not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)")
        else:
            for name in [n for n in CONDITIONS if n.startswith("clean")]:
                print(row("tesseract: " + name, name, tesseract, texts))
    print(f"(whole run {time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
