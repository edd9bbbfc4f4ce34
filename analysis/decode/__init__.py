"""Decode an upload into text. The decoded text is the reference every span points into.

``decode(data, filename, max_chars=None) -> Decoded`` turns the bytes of one upload into the
text the rest of the pipeline analyses; every span of the result, and ``document.chars``,
refer to ``Decoded.text`` (the API serves it from ``GET /v1/jobs/{id}/text``).

Formats
-------
* plain text (``text/plain``): UTF-8 with or without BOM, UTF-16 with BOM (and, by a byte
  pattern heuristic, without), GBK / GB18030; other legacy encodings through the detector.
* ``.docx``: body paragraphs and tables in document order (also inside content controls);
  a table row is its cells joined by tabs, one row per line; text boxes follow their anchor
  paragraph. Headers, footers, footnotes and comments are not part of the text.
* ``.pdf`` with a text layer (pypdf); pages are separated by a blank line and their spans are
  in ``Decoded.pages``. A PDF whose pages carry no text (a scan) fails with ``no_text_layer``.
* ``.html`` / ``.htm``: the main text: ``<main>`` when the page has one, else ``<body>``;
  script, style, nav, aside, page-level header/footer, ARIA navigation/banner/contentinfo and
  hidden elements dropped, and outside any article/main/section also elements whose class or
  id names page furniture (``header``, ``footer``, ``top-nav``, ``main_menu``, ``position``
  ...; skipped if that would leave no text); block elements end a line, ``<br>`` breaks, table rows become
  tab-separated lines; white space collapsed as a browser does (a source line break next to a
  CJK character disappears, as CSS Text 3 prescribes between wide characters).

The media type comes from the content (magic bytes: a ``PK`` zip holding
``word/document.xml``, ``%PDF-``, ``<!doctype html`` / ``<html``); the filename's extension
is used only where the content is ambiguous (an HTML fragment in ``x.html``) and to choose
the error for bytes that are neither (``x.pdf`` that is not a PDF is ``corrupt_document``).
The filename is metadata, never opened as a path.

Errors (``DocumentError(code, message)``; no library exception escapes; the codes are
``analysis.errors.CODES``, the API maps them to HTTP statuses in ``api/errors.py``):

==========================  ======================================================
``empty_document``          no bytes, or no text at all (only white space)
``too_large``               more bytes than ``max_bytes`` (when given)
``unsupported_media_type``  PNG, JPEG, exe, legacy .doc, xlsx, a plain zip ...
``undecodable_text``        text bytes in no encoding we can identify: the upload
                            itself is well-formed, its content cannot be processed
``corrupt_document``        a broken docx / pdf / zip
``encrypted_document``      a PDF that needs a password
``no_text_layer``           a PDF without text (scanned pages)
``too_many_chars``          the text is longer than ``max_chars``
==========================  ======================================================

The package: ``sniff`` (what the bytes are), ``text`` (the charset chain, with its
measurements), ``docx``, ``pdf``, ``html`` (one module per format), ``limits`` (size,
emptiness and length, each checked once), ``base`` (``Decoded``, media types). ``decode``
below dispatches.
"""
from __future__ import annotations

import io
import zipfile

from analysis.errors import DocumentError

from .base import APPLICATION_PDF, DOCX, TEXT_HTML, TEXT_PLAIN, Decoded, short
from .docx import DOCX_XML_LIMIT, extract_docx
from .html import declared_charset, extract_html
from .image import MAX_PAGES, OnPage, count_image_pages, image_type, ocr_image
from .limits import MAX_CHARS, check_bytes, check_text
from .pdf import extract_pdf
from .sniff import PDF_HEADER, binary_kind, extension, looks_binary, looks_like_html
from .text import DETECTOR_MIN_BYTES, LENIENT_BYTES_PER_ERROR, decode_text

__all__ = ["APPLICATION_PDF", "DETECTOR_MIN_BYTES", "DOCX", "DOCX_XML_LIMIT",
           "LENIENT_BYTES_PER_ERROR", "MAX_CHARS", "TEXT_HTML", "TEXT_PLAIN", "Decoded", "decode"]


def decode(data: bytes, filename: str, max_chars: int | None = None,
           max_bytes: int | None = None, ocr: str = "off", max_pages: int = MAX_PAGES,
           on_page: OnPage | None = None) -> Decoded:
    """Decode one upload (text, docx, pdf, html, or a scan) into its text.

    Raises ``DocumentError`` (and nothing else) for a document that cannot be decoded.
    ``max_chars`` limits the text's length in code points (default ``MAX_CHARS``),
    ``max_bytes`` the upload's size (default: no limit). Scans — page images (PNG, JPEG,
    TIFF) and PDF pages without a text layer — are read by OCR with ``ocr="run"`` (at most
    ``max_pages`` pages; ``on_page(done, total)`` after each), only checked and reported as
    ``needs_ocr`` with ``ocr="defer"`` (what the API does before it queues the job), and
    refused with ``ocr="off"`` (images ``unsupported_media_type``, a PDF without any text
    ``no_text_layer``).
    """
    limit = MAX_CHARS if max_chars is None else int(max_chars)
    check_bytes(data, max_bytes)
    data = bytes(data)
    ext = extension(filename)
    try:
        media_type = image_type(data)
        if media_type is not None and ocr != "off":
            return _scan(data, media_type, limit, ocr, max_pages, on_page)
        return _decode(data, ext, limit, ocr, max_pages, on_page)
    except DocumentError:
        raise
    except RecursionError as e:
        raise DocumentError("corrupt_document", "the document is nested too deeply") from e
    except MemoryError as e:
        raise DocumentError("too_many_chars", "the document is too large to decode") from e
    except Exception as e:  # a library we call failed in a way we did not foresee
        raise DocumentError("corrupt_document", f"the document cannot be read: {short(e)}") from e


def _scan(data: bytes, media_type: str, limit: int, ocr: str, max_pages: int,
          on_page: OnPage | None) -> Decoded:
    if ocr == "defer":
        count_image_pages(data, max_pages)
        return Decoded("", media_type, None, None, needs_ocr=True)
    read = ocr_image(data, max_pages, on_page)
    check_text(read.text, limit, "scan")
    return Decoded(read.text, media_type, None, None, tuple(read.pages), tuple(read.lines),
                   tuple((k + 1, c) for k, c in enumerate(read.confidence)))


def _decode(data: bytes, ext: str, limit: int, ocr: str = "off", max_pages: int = MAX_PAGES,
            on_page: OnPage | None = None) -> Decoded:
    # 1. containers, by magic bytes
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
            names = set(zf.namelist())
            content_types = ""
            if "[Content_Types].xml" in names:
                content_types = zf.read("[Content_Types].xml")[:65536].decode("utf-8", "ignore")
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
                KeyError, NotImplementedError, RuntimeError) as e:
            raise DocumentError("corrupt_document",
                                f"the file is a damaged zip archive: {short(e)}") from e
        with zf:
            if "word/document.xml" in names or "wordprocessingml.document.main" in content_types:
                text = extract_docx(data, zf)
                check_text(text, limit, "Word document")
                return Decoded(text, DOCX, None, None)
        if "xl/workbook.xml" in names or "spreadsheetml" in content_types:
            what = "an Excel workbook (.xlsx)"
        elif "ppt/presentation.xml" in names or "presentationml" in content_types:
            what = "a PowerPoint file (.pptx)"
        elif "mimetype" in names:
            what = "an OpenDocument or EPUB file"
        else:
            what = "a zip archive that is not a Word document"
        raise DocumentError("unsupported_media_type",
                            f"the file is {what}; upload .txt, .docx, .pdf or .html")
    if data.startswith(b"%PDF-") or PDF_HEADER.search(data[:1024]):
        # a PDF may have up to 1 KB of junk before its header; a text that merely quotes
        # "%PDF-1.4" near its start is read as text if it does not parse as a PDF
        try:
            pdf = extract_pdf(data, limit, ocr, max_pages, on_page)
        except DocumentError as e:
            if data.startswith(b"%PDF-") or e.code != "corrupt_document" or ext == "pdf":
                raise
        else:
            if pdf.needs_ocr:
                return Decoded("", APPLICATION_PDF, None, None, needs_ocr=True)
            check_text(pdf.text, limit, "PDF")
            return Decoded(pdf.text, APPLICATION_PDF, None, None, pdf.pages, pdf.lines, pdf.ocr)
    kind = binary_kind(data)
    if kind:
        raise DocumentError("unsupported_media_type",
                            f"the file is {kind}; upload .txt, .docx, .pdf or .html")

    # 2. text: HTML by content, or by extension
    is_html = looks_like_html(data) or ext in ("html", "htm", "xhtml", "shtml")
    if looks_binary(data):
        if ext in ("docx", "pdf"):
            raise DocumentError("corrupt_document",
                                f"the file is named .{ext} but is not a valid {ext.upper()}")
        raise DocumentError("unsupported_media_type",
                            "the file is binary, not text; upload .txt, .docx, .pdf or .html")
    try:
        raw, encoding, how = decode_text(data, declared_charset(data) if is_html else None)
        if ext in ("docx", "pdf") and how in ("detector", "utf-16-pattern"):
            # named as a container, not one, and text only by a guess: a broken file
            raise DocumentError("undecodable_text", "not text")
    except DocumentError as e:
        if e.code == "undecodable_text" and ext in ("docx", "pdf"):
            raise DocumentError("corrupt_document",
                                f"the file is named .{ext} but is not a valid {ext.upper()}") from e
        if e.code == "undecodable_text" and b"\x00" in data[:65536]:
            raise DocumentError("unsupported_media_type",
                                "the file is binary, not text; upload .txt, .docx, .pdf or "
                                ".html") from e
        raise
    if is_html:
        try:
            text = extract_html(raw)
        except Exception as e:
            raise DocumentError("corrupt_document", f"the HTML cannot be parsed: {short(e)}") from e
        check_text(text, limit, "HTML page")
        return Decoded(text, TEXT_HTML, encoding, how)
    check_text(raw, limit, "text")
    return Decoded(raw, TEXT_PLAIN, encoding, how)
