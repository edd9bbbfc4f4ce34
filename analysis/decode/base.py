"""What every format module shares: the result type, the media types."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TEXT_PLAIN = "text/plain"
TEXT_HTML = "text/html"
APPLICATION_PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class Decoded:
    text: str
    media_type: str
    encoding: str | None
    encoding_source: str | None = None
    """How the encoding was chosen: bom, utf-8, gb18030, declared, utf-16-pattern, detector."""
    pages: tuple[tuple[int, int], ...] = field(default=())
    """PDF and scans: the ``[start, end)`` span of each page in ``text``."""
    lines: tuple[Any, ...] = field(default=())
    """OCR'd pages: ``analysis.ocr.LineSpan`` of every recognised line (its page and box)."""
    ocr: tuple[tuple[int, float | None], ...] = field(default=())
    """OCR'd pages: (page number, the engine's mean confidence)."""
    needs_ocr: bool = False
    """Decoded with ``ocr=False``: a scan whose text only OCR can give (``text`` is empty)."""


def short(e: BaseException) -> str:
    msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return msg[:200]

