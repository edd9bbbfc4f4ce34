"""``.pdf`` with a text layer (pypdf): pages separated by a blank line, their spans kept."""
from __future__ import annotations

import io
from typing import Any, NamedTuple

from analysis.errors import DocumentError

from .base import short
from .limits import too_many_chars


class PdfText(NamedTuple):
    text: str
    pages: tuple[tuple[int, int], ...]
    lines: tuple[Any, ...] = ()                       # analysis.ocr.LineSpan of OCR'd pages
    ocr: tuple[tuple[int, float | None], ...] = ()    # (page number, confidence)
    needs_ocr: bool = False


def extract_pdf(data: bytes, max_chars: int, ocr: str = "off", max_pages: int = 0,
                on_page: Any = None) -> PdfText:
    """The text layer of every page; pages without one are OCR'd (``ocr="run"``), reported
    (``"defer"``: ``needs_ocr`` and no text), or refused when none has text (``"off"``)."""
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
    empty = [i for i, t in enumerate(texts) if not t.strip()]
    if empty and ocr == "off" and len(empty) == n_pages:
        raise DocumentError("no_text_layer",
                            f"the PDF's {n_pages} page(s) carry no text layer (a scan?); "
                            "run OCR on it first")
    if empty and ocr != "off" and len(empty) > max_pages:
        raise DocumentError("too_many_pages", f"{len(empty)} pages of the PDF carry no text "
                            f"and need OCR; at most {max_pages} are read")
    if empty and ocr == "defer":
        return PdfText("", (), needs_ocr=True)
    read: dict[int, Any] = {}
    if empty and ocr == "run":
        from analysis import ocr as ocr_mod

        from .image import ocr_pdf_pages

        for i, page in ocr_pdf_pages(data, empty, on_page).items():
            read[i] = ocr_mod.assemble([page])
            texts[i] = read[i].text.rstrip()
    spans = []
    lines: list[Any] = []
    pos = 0
    for i, t in enumerate(texts):
        spans.append((pos, pos + len(t)))
        if i in read:
            lines += [ln._replace(start=ln.start + pos, end=ln.end + pos) for ln in read[i].lines]
        pos += len(t) + 2
    text = "\n\n".join(texts)
    if len(text) > max_chars:
        raise too_many_chars(max_chars)
    conf = tuple((i + 1, read[i].confidence[0]) for i in sorted(read))
    return PdfText(text, tuple(spans), tuple(lines), conf)

