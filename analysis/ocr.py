"""Optical character recognition of scans and photos: page images in, text in reading order out,
with a map from every line of that text back to its page and its box on the page.

The engine is RapidOCR (``rapidocr-onnxruntime``): PP-OCR Chinese detection, direction and
recognition models shipped inside the wheel and run on the CPU with ONNX Runtime, so nothing is
downloaded at run time. PDF pages are rendered with PDFium (``pypdfium2``).

Reading order: the engine gives one box per printed line. The page's lines are cut recursively
along the widest blank band, across or down the page (an XY-cut on the line boxes), so a
newspaper page is read headline first, then column by column, top to bottom. Within a column a
paragraph ends where the vertical gap grows, the next line is indented, or the line stops short
of the column's right edge; a paragraph's lines are joined without a break (Chinese has no spaces
between words; a number broken over two lines becomes one number again), paragraphs and columns
end with a line break, pages are separated by a blank line.

>>> lines = [OcrLine("标题", (100, 10, 300, 40), 0.99),
...          OcrLine("左栏第一行文字很长", (10, 60, 190, 80), 0.99),
...          OcrLine("左栏第二行", (10, 85, 120, 105), 0.99),
...          OcrLine("右栏第一行文字很长", (210, 60, 390, 80), 0.99),
...          OcrLine("右栏第二行", (210, 85, 300, 105), 0.99)]
>>> [b for b in reading_order(lines)]
[[0], [1, 2], [3, 4]]
"""
from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from statistics import median
from typing import Any, NamedTuple

from .errors import DocumentError

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels of the page image


@dataclass(frozen=True)
class OcrLine:
    text: str
    box: Box
    score: float


@dataclass
class OcrPage:
    number: int                       # 1-based
    width: int
    height: int
    lines: list[OcrLine] = field(default_factory=list)

    @property
    def confidence(self) -> float | None:
        """The engine's mean confidence over the page's characters (None: nothing read)."""
        n = sum(len(ln.text) for ln in self.lines)
        return sum(ln.score * len(ln.text) for ln in self.lines) / n if n else None


class LineSpan(NamedTuple):
    """Where one recognised line sits in the assembled text and on its page."""
    start: int
    end: int
    page: int
    box: Box


@dataclass
class OcrText:
    text: str
    lines: list[LineSpan]
    pages: list[tuple[int, int]]      # (start, end) of each page's text
    confidence: list[float | None]    # per page


# ------------------------------------------------------------------------------------ engine

_engine: Any = None
_lock = threading.Lock()


def engine() -> Any:
    """The OCR engine, loaded once per process (≈ 1 s; the OCR worker loads it before forking)."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                from rapidocr_onnxruntime import RapidOCR

                # threads per model run (ZHIBIAO_OCR_THREADS, default 1: a worker's pool
                # processes share the cores; 0 = as many as ONNX Runtime likes)
                n = int(os.environ.get("ZHIBIAO_OCR_THREADS", "1") or 1)
                _engine = RapidOCR(intra_op_num_threads=n if n > 0 else -1,
                                   inter_op_num_threads=1 if n > 0 else -1)
    return _engine


def recognise(png: bytes, number: int, width: int, height: int) -> OcrPage:
    """Run the engine on one page image (PNG bytes)."""
    out, _ = engine()(png, use_cls=False)  # the direction classifier flips parts of upright lines
    page = OcrPage(number, width, height)
    for pts, text, score in out or []:
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        text = text.strip()
        if text:
            page.lines.append(OcrLine(text, (min(xs), min(ys), max(xs), max(ys)), float(score)))
    return page


# ------------------------------------------------------------------------------------ inputs

def image_pages(data: bytes, max_pages: int) -> Iterator[tuple[int, bytes, int, int]]:
    """Each frame of a PNG, JPEG or (multi-page) TIFF as (number, PNG bytes, width, height)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        im = Image.open(io.BytesIO(data))
        frames = ImageSequence.Iterator(im)
        n = getattr(im, "n_frames", 1)
    except (UnidentifiedImageError, OSError, ValueError) as e:
        raise DocumentError("corrupt_document", f"the image cannot be read ({e.__class__.__name__})") from e
    if n > max_pages:
        raise DocumentError("too_many_pages", f"the image has {n} pages; the limit is {max_pages}")
    try:
        for k, frame in enumerate(frames, 1):
            rgb = frame.convert("RGB")
            buf = io.BytesIO()
            rgb.save(buf, format="PNG")
            yield k, buf.getvalue(), rgb.width, rgb.height
    except (OSError, ValueError, SyntaxError) as e:  # a truncated or corrupt frame
        raise DocumentError("corrupt_document", f"the image cannot be read ({e.__class__.__name__})") from e


def pdf_page_image(pdf: Any, index: int, dpi: int) -> tuple[bytes, int, int]:
    """One page of an open ``pypdfium2.PdfDocument`` rendered at ``dpi``, as PNG bytes."""
    page = pdf[index]
    bitmap = page.render(scale=dpi / 72)
    im = bitmap.to_pil().convert("RGB")
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue(), im.width, im.height


# ------------------------------------------------------------------------------ reading order

def _gaps(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The blank bands between the union of ``intervals`` (sorted by start), as (from, to)."""
    out = []
    ivs = sorted(intervals)
    end = ivs[0][1]
    for a, b in ivs[1:]:
        if a > end:
            out.append((end, a))
        end = max(end, b)
    return out


def reading_order(lines: list[OcrLine]) -> list[list[int]]:
    """The page's lines as blocks (columns or bands) in reading order, each a list of line
    indices top to bottom. An XY-cut on the boxes: cut along the widest blank band, across the
    page (between bands) or down it (between columns), and recurse; a column gutter is wider
    than the space between lines, so columns are cut apart before their lines are."""
    if not lines:
        return []
    h = median(ln.box[3] - ln.box[1] for ln in lines) or 1.0
    out: list[list[int]] = []

    def cut(idx: list[int]) -> None:
        if len(idx) == 1:
            out.append(idx)
            return
        horiz = _gaps([(lines[i].box[1], lines[i].box[3]) for i in idx])
        vert = [g for g in _gaps([(lines[i].box[0], lines[i].box[2]) for i in idx])
                if g[1] - g[0] >= 0.8 * h]       # narrower blanks are spaces inside a row
        best_h = max(horiz, key=lambda g: g[1] - g[0], default=None)
        best_v = max(vert, key=lambda g: g[1] - g[0], default=None)
        wh = best_h[1] - best_h[0] if best_h else -1.0
        wv = best_v[1] - best_v[0] if best_v else -1.0
        if best_v is not None and wv >= wh:
            x = (best_v[0] + best_v[1]) / 2
            cut([i for i in idx if lines[i].box[2] <= x])
            cut([i for i in idx if lines[i].box[2] > x])
        elif best_h is not None and wh > 1.2 * _line_gap(idx):
            y = (best_h[0] + best_h[1]) / 2
            cut([i for i in idx if lines[i].box[3] <= y])
            cut([i for i in idx if lines[i].box[3] > y])
        elif (gx := _gutter(idx)) is not None:  # columns with a line run across the gutter
            cut([i for i in idx if (lines[i].box[0] + lines[i].box[2]) / 2 <= gx])
            cut([i for i in idx if (lines[i].box[0] + lines[i].box[2]) / 2 > gx])
        else:  # one column of evenly spaced lines
            out.append(sorted(idx, key=lambda i: (lines[i].box[1], lines[i].box[0])))

    def _gutter(idx: list[int]) -> float | None:
        """A column gutter that a few boxes cross (the detector sometimes joins the ends of two
        columns' lines on one row into one box): the x with the most lines wholly on each
        side, crossed by at most one line in twenty, each side holding three lines or more."""
        if len(idx) < 6:
            return None
        best: tuple[int, float] | None = None
        for x in {lines[i].box[2] + 1 for i in idx}:
            left = sum(1 for i in idx if lines[i].box[2] <= x)
            right = sum(1 for i in idx if lines[i].box[0] >= x)
            crossing = len(idx) - left - right
            if left >= 3 and right >= 3 and crossing <= max(1, len(idx) // 20):
                if best is None or crossing < best[0]:
                    best = (crossing, x)
        return None if best is None else best[1]

    def _line_gap(idx: list[int]) -> float:
        gs = [b - a for a, b in _gaps([(lines[i].box[1], lines[i].box[3]) for i in idx])]
        return median(gs) if gs else 0.0

    cut(list(range(len(lines))))
    return out


def _paragraph_breaks(lines: list[OcrLine], block: list[int]) -> list[bool]:
    """For each line of a block after the first: does a new paragraph start there?"""
    if len(block) < 2:
        return []
    h = median(lines[i].box[3] - lines[i].box[1] for i in block) or 1.0
    left = min(lines[i].box[0] for i in block)
    right = max(lines[i].box[2] for i in block)
    gaps = [lines[b].box[1] - lines[a].box[3] for a, b in zip(block, block[1:])]
    usual = median(gaps) if gaps else 0.0
    out = []
    for (a, b), gap in zip(zip(block, block[1:]), gaps):
        indented = lines[b].box[0] - left > 1.5 * h
        short = right - lines[a].box[2] > 2.5 * h
        out.append(gap > usual + 0.6 * h or indented or short)
    return out


def _join(prev: str, nxt: str) -> str:
    """Lines of one paragraph: no break, a space only between two Latin words."""
    if prev and nxt and prev[-1].isascii() and prev[-1].isalpha() and nxt[0].isascii() \
            and nxt[0].isalpha():
        return " "
    return ""


def assemble(pages: list[OcrPage]) -> OcrText:
    """The pages' text in reading order, with a map from each line to its page and box."""
    parts: list[str] = []
    pos = 0
    spans: list[LineSpan] = []
    page_spans: list[tuple[int, int]] = []

    def put(s: str) -> None:
        nonlocal pos
        parts.append(s)
        pos += len(s)

    for k, page in enumerate(pages):
        if k:
            put("\n")
        start = pos
        for block in reading_order(page.lines):
            breaks = _paragraph_breaks(page.lines, block)
            for j, i in enumerate(block):
                ln = page.lines[i]
                if j:
                    put("\n" if breaks[j - 1] else _join(page.lines[block[j - 1]].text, ln.text))
                spans.append(LineSpan(pos, pos + len(ln.text), page.number, ln.box))
                put(ln.text)
            put("\n")
        page_spans.append((start, pos))
    return OcrText("".join(parts), spans, page_spans, [p.confidence for p in pages])


def read_pages(images: Iterator[tuple[int, bytes, int, int]],
               progress: Callable[[int], None] | None = None) -> list[OcrPage]:
    """OCR each page image; ``progress(pages done)`` after each."""
    pages = []
    for number, png, w, h in images:
        pages.append(recognise(png, number, w, h))
        if progress is not None:
            progress(len(pages))
    return pages
