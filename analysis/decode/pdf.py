"""``.pdf`` with a text layer (pypdf): pages separated by a blank line, their spans kept."""
from __future__ import annotations

import io

from analysis.errors import DocumentError

from .base import short
from .limits import too_many_chars


def extract_pdf(data: bytes, max_chars: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = bool(reader.decrypt(""))
            except Exception:
                ok = False
            if not ok:
                raise DocumentError("encrypted_document", "the PDF is protected by a password")
        pages = reader.pages
        n_pages = len(pages)
    except DocumentError:
        raise
    except Exception as e:
        raise DocumentError("corrupt_document", f"the PDF cannot be read: {short(e)}") from e
    if n_pages == 0:
        raise DocumentError("empty_document", "the PDF has no pages")
    texts: list[str] = []
    total = 0
    failures = 0
    for i in range(n_pages):
        try:
            t = pages[i].extract_text() or ""
        except Exception:
            t = ""
            failures += 1
        t = t.replace("\x00", "").rstrip()
        texts.append(t)
        total += len(t) + 2
        if total > max_chars + 2:
            raise too_many_chars(max_chars)  # stop extracting: the rest cannot fit
    if failures == n_pages:
        raise DocumentError("corrupt_document", "no page of the PDF could be read")
    if not any(t.strip() for t in texts):
        raise DocumentError("no_text_layer",
                            f"the PDF's {n_pages} page(s) carry no text layer (a scan?); "
                            "run OCR on it first")
    spans = []
    pos = 0
    for t in texts:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 2
    return "\n\n".join(texts), tuple(spans)

