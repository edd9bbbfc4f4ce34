"""What every format module shares: the result type, the media types."""
from __future__ import annotations

from dataclasses import dataclass, field

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
    """PDF only: the ``[start, end)`` span of each page in ``text``."""


def short(e: BaseException) -> str:
    msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return msg[:200]

