"""Scans: page images (PNG, JPEG, TIFF with any number of pages) and PDF pages without a text
layer, read by the OCR stage (``analysis.ocr``). The text's lines keep their page and box."""
from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from analysis.errors import DocumentError

from .base import short

IMAGE_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
#: pages rendered for OCR at this resolution (the evaluation's pages are 150 dpi)
DPI = 150
#: pages read by OCR in one document unless the caller says otherwise (ZHIBIAO_MAX_PAGES)
MAX_PAGES = 20

OnPage = Callable[[int, int], None]  # (pages done, pages in all)


def image_type(data: bytes) -> str | None:
    """The media type of a page image we read, by its magic bytes."""
    for magic, media_type in IMAGE_TYPES:
        if data.startswith(magic):
            return media_type
    return None


def count_image_pages(data: bytes, max_pages: int) -> int:
    """Check an image opens and has at most ``max_pages`` pages; returns the page count."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as im:
            n = int(getattr(im, "n_frames", 1))
            im.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as e:
        raise DocumentError("corrupt_document", f"the image cannot be read: {short(e)}") from e
    if n > max_pages:
        raise DocumentError("too_many_pages",
                            f"the image has {n} pages; at most {max_pages} are read")
    return n


def ocr_image(data: bytes, max_pages: int, on_page: OnPage | None = None) -> Any:
    """OCR every page of an image → ``analysis.ocr.OcrText``."""
    from analysis import ocr

    n = count_image_pages(data, max_pages)
    pages = ocr.read_pages(ocr.image_pages(data, max_pages),
                           None if on_page is None else (lambda k: on_page(k, n)))
    return ocr.assemble(pages)


def ocr_pdf_pages(data: bytes, indices: list[int], on_page: OnPage | None = None) -> dict[int, Any]:
    """OCR the given pages of a PDF → {index: ``analysis.ocr.OcrPage``}."""
    import pypdfium2 as pdfium

    from analysis import ocr

    out = {}
    pdf = pdfium.PdfDocument(data)
    try:
        for k, i in enumerate(indices, 1):
            png, w, h = ocr.pdf_page_image(pdf, i, DPI)
            out[i] = ocr.recognise(png, i + 1, w, h)
            if on_page is not None:
                on_page(k, len(indices))
    finally:
        pdf.close()
    return out
