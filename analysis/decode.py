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

Errors (``DocumentError(code, message, status)``; no library exception escapes):

==========================  ======  ==============================================
``empty_document``          400     no bytes, or no text at all (only white space)
``unsupported_media_type``  415     PNG, JPEG, exe, legacy .doc, xlsx, a plain zip ...
``undecodable_text``        422     text bytes in no encoding we can identify: the
                                    upload itself is well-formed, its content cannot
                                    be processed (422 like the other content errors)
``corrupt_document``        422     a broken docx / pdf / zip
``encrypted_document``      422     a PDF that needs a password
``no_text_layer``           422     a PDF without text (scanned pages)
``too_many_chars``          413     the text is longer than ``max_chars``
==========================  ======  ==============================================

Text encoding: what was measured, and the order chosen
-------------------------------------------------------
Measured on the five seeds (2.5k-65k chars) re-encoded, and on 200 random snippets per
length and encoding drawn from them (snippets at least half Han characters),
charset-normalizer 3.5.2 alone (``from_bytes(b).best()``):

* whole seeds: UTF-8, UTF-8-BOM, GBK, GB18030, UTF-16 (BOM) and UTF-16-LE without BOM all
  right (5/5 each); GBK detected as ``gb18030`` (a superset, same text).
* snippets, GBK / GB18030 bytes: 10 chars 111/200 right (65 guessed ``cp949``, 20
  ``utf_16_be``), 20 chars 192/200, 30 chars 197/200, 60 chars 200/200.
  UTF-8 and UTF-16 (BOM) snippets: 200/200 at every length.

So the detector alone is not reliable on short Chinese text. ``decode`` uses a deterministic
chain instead: BOM → strict UTF-8 → (HTML: declared charset) → strict GB18030 → UTF-16 by
zero-byte pattern → lenient UTF-8/GB18030 (each damaged sequence becomes U+FFFD: a file cut
inside its last character, or at most one stray damaged sequence per 1000 bytes) →
detector; each strict candidate is accepted only if *plausible* (no NUL, few C0 controls,
few private-use characters). Measured through ``decode`` itself on the same
snippets (200 per cell, ``text == bytes.decode(true encoding)``)::

    chars   utf-8  utf-8-sig  gbk  gb18030  utf-16(BOM)  utf-16-le/be without BOM
    10      200    200        200  200      200          34 / 34
    20      200    200        200  200      200          97 / 99
    30      200    200        200  200      200          122 / 123
    60      200    200        200  200      200          139 / 139

and on the whole seeds every one of UTF-8, UTF-8-BOM, GBK, GB18030, UTF-16 with BOM,
UTF-16-LE/BE without BOM and Big5 (simplified characters Big5 lacks dropped) 5/5.

Why strict UTF-8 first is safe, measured on every 7th window of all seeds encoded as GBK:
GBK bytes that are also valid UTF-8: 1 char 2005/10986 windows, 2 chars 561/11680, 3 chars
147/11883, 4 chars 49/12001, 6 chars 9/12088, 10 chars 0/12107 -- texts of ten or more
Chinese characters are never mistaken for UTF-8; shorter ones are ambiguous by nature (and
hold no indicator). Strict GB18030 in turn accepts most byte strings: UTF-16 without BOM
(10 chars: 190/300 LE snippets decode "successfully"; 500 chars: 0/300), but nearly all of
those false decodings contain U+0000, which the plausibility test rejects; Big5 is valid
GB18030 too, but its frequent characters (一 is A4 40) land in GB18030's private-use rows,
so it is rejected and the detector names it ``big5``. Known limits: UTF-16 *without* BOM
and without ASCII (no zero bytes) is not recognised on short texts (table above); inputs
under ``DETECTOR_MIN_BYTES`` that are neither UTF-8 nor GB18030 are ``undecodable_text``
(the detector calls five random bytes ``cp1125``).
"""
from __future__ import annotations

import codecs
import io
import re
import zipfile
from dataclasses import dataclass, field

from .errors import DocumentError

MAX_CHARS = 2_000_000
"""Default text length limit (code points) when ``max_chars`` is not given."""

DETECTOR_MIN_BYTES = 32
"""Below this many bytes the detector's guesses are noise (it calls 5 random bytes cp1125)."""

LENIENT_BYTES_PER_ERROR = 1000
"""A text may have one damaged byte sequence per this many bytes and still be read."""

DOCX_XML_LIMIT = 128 * 1024 * 1024
"""Largest uncompressed ``word/document.xml`` we parse (a zip bomb guard)."""

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


# --------------------------------------------------------------------------- sniffing

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", ""),  # checked more strictly below
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"MZ", "a Windows executable"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "a legacy Office file (.doc/.xls/.ppt); save it as .docx"),
    (b"{\\rtf", "an RTF file; save it as .docx"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", ""),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def _binary_kind(data: bytes) -> str | None:
    """A description of a well-known binary format, or None.

    A magic number made of printable ASCII ("MZ", "ID3", "GIF89a" ...) counts only when
    control bytes follow, so a text that happens to begin with those letters stays text.
    """
    head = data[:64]
    binary_head = any(b < 0x09 or 0x0E <= b < 0x20 for b in head)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            if all(0x20 <= b < 0x7F for b in magic) and not binary_head:
                continue
            if magic == b"BM":
                # a BMP header: file size at 2..6, reserved zeros at 6..10
                if len(data) >= 14 and data[6:10] == b"\x00\x00\x00\x00":
                    return "a BMP image"
                continue
            if magic == b"BZh":
                if len(data) > 3 and data[3:4] in b"123456789":
                    return "a bzip2 archive"
                continue
            return what
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a RIFF media file"
    if data[4:8] == b"ftyp":
        return "an MP4/HEIC media file"
    return None


_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")


def _extension(filename: str) -> str:
    """The lower-cased extension of the file's base name ('' if none); never a path."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in base.strip("."):
        return ""
    return base.rsplit(".", 1)[-1].lower()


_HTML_START = re.compile(
    r"^(?:\s|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.IGNORECASE | re.DOTALL)


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        s = head.decode("utf-16", errors="ignore")
    else:
        if head.startswith(codecs.BOM_UTF8):
            head = head[3:]
        s = head.decode("latin-1")
    return bool(_HTML_START.match(s))


# --------------------------------------------------------------------------- text

_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_PUA = re.compile(r"[\ue000-\uf8ff]")


def _plausible(text: str) -> bool:
    """Whether a strict decoding looks like text rather than misread bytes."""
    if "\x00" in text:
        return False
    n = max(len(text), 1)
    if len(_CONTROL.findall(text)) > max(2, n // 200):
        return False
    if len(_PUA.findall(text)) > max(2, n // 20):
        return False
    return True


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _plausible(text) else None


def _utf16_by_pattern(data: bytes) -> str | None:
    """UTF-16 without BOM, recognised by where its zero bytes sit.

    ASCII characters (digits, punctuation, line breaks) put their zero byte at the high
    half of a code unit; Han characters rarely have a zero byte (U+4E00 一 does, at the low
    half). On the seeds in UTF-16-LE the high-half/low-half zero counts were 757/78,
    345/34, 394/70, 6156/727, 489/96: ratios of 5-10, hence the threshold 4.
    """
    if len(data) < 4:
        return None
    data = data[: len(data) // 2 * 2]
    pairs = len(data) // 2
    even_zero = data[0::2].count(0)
    odd_zero = data[1::2].count(0)
    if odd_zero >= max(2, pairs // 100) and odd_zero >= 4 * even_zero:
        return "utf-16-le"
    if even_zero >= max(2, pairs // 100) and even_zero >= 4 * odd_zero:
        return "utf-16-be"
    return None


def _lenient(data: bytes) -> tuple[str, str, str] | None:
    """UTF-8 or GB18030 with a few damaged bytes, each damaged sequence read as U+FFFD: a
    file cut inside its last character (always), or stray bytes, at most one damaged
    sequence per ``LENIENT_BYTES_PER_ERROR`` bytes."""
    for enc in ("utf-8", "gb18030"):
        for k in (1, 2, 3):
            if len(data) > k:
                text = _strict(data[:-k], enc)
                if text is not None:
                    return text + "\ufffd", enc, f"{enc}-lenient"
    allowed = len(data) // LENIENT_BYTES_PER_ERROR
    best = None
    for enc in ("utf-8", "gb18030"):
        text = data.decode(enc, errors="replace")
        errors = text.count("\ufffd")
        if errors <= allowed and _plausible(text):
            if best is None or errors < best[0]:
                best = (errors, text, enc)
    if best is None:
        return None
    return best[1], best[2], f"{best[2]}-lenient"


def _normalize_encoding(name: str) -> str | None:
    try:
        canonical = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    if canonical in ("gb2312", "gbk", "hz", "gb18030"):
        return "gb18030"  # a superset: gbk/gb2312 labelled text may use GB18030 characters
    return canonical


def _decode_text(data: bytes, declared: str | None = None) -> tuple[str, str, str]:
    """(text, encoding, how) for text bytes; DocumentError if no encoding fits.

    Order: BOM, strict UTF-8, a declared charset (HTML meta), strict GB18030, UTF-16 by
    zero-byte pattern, lenient UTF-8 / GB18030 (a few damaged bytes become U+FFFD), then
    charset-normalizer. See the module docstring for measurements.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", "bom"
        except UnicodeDecodeError:
            raise DocumentError("undecodable_text",
                                "the text starts with a UTF-8 BOM but is not valid UTF-8",
                                422) from None
    if data.startswith(codecs.BOM_UTF32_LE) and len(data) % 4 == 0:
        text = _strict(data, "utf-32")
        if text is not None:
            return text, "utf-32", "bom"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", "bom"
        except UnicodeDecodeError:
            raise DocumentError("undecodable_text",
                                "the text starts with a UTF-16 BOM but is not valid UTF-16",
                                422) from None
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8", "utf-8"
    if declared:
        enc = _normalize_encoding(declared)
        if enc and enc not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
            text = _strict(data, enc)
            if text is not None:
                return text, enc, "declared"
    text = _strict(data, "gb18030")
    if text is not None:
        return text, "gb18030", "gb18030"
    enc = _utf16_by_pattern(data)
    if enc and len(data) % 2 == 0:
        text = _strict(data, enc)
        if text is not None:
            return text, enc, "utf-16-pattern"
    lenient = _lenient(data)
    if lenient is not None:
        return lenient
    if len(data) < DETECTOR_MIN_BYTES:
        raise DocumentError("undecodable_text",
                            f"the text is not UTF-8, UTF-16 or GB18030, and at {len(data)} "
                            "bytes too short to identify its encoding", 422)
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
        if best is not None and best.encoding:
            text = str(best)
            if _plausible(text):
                return text, best.encoding.replace("_", "-"), "detector"
    except DocumentError:
        raise
    except Exception:  # the detector must never turn into a crash
        pass
    raise DocumentError("undecodable_text",
                        "the text is in no encoding we can identify (tried UTF-8, UTF-16, "
                        "GB18030 and a detector)", 422)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes in a file without BOM that are not the zero halves of UTF-16 code units."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    head = data[:65536]
    return b"\x00" in head and _utf16_by_pattern(head) is None


# --------------------------------------------------------------------------- docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_W_P, _W_TBL, _W_TR, _W_TC, _W_SDT, _W_SDTCONTENT = (
    _W + "p", _W + "tbl", _W + "tr", _W + "tc", _W + "sdt", _W + "sdtContent")
_W_T, _W_TAB, _W_BR, _W_CR, _W_TXBX = (
    _W + "t", _W + "tab", _W + "br", _W + "cr", _W + "txbxContent")
_W_DEL, _W_NOBREAKHYPHEN, _W_SYM = _W + "del", _W + "noBreakHyphen", _W + "sym"
_W_PPR, _W_RPR = _W + "pPr", _W + "rPr"


def _docx_paragraph(p, out: list[str]) -> None:
    """Append the paragraph's text, then the paragraphs of its text boxes, to ``out``."""
    parts: list[str] = []
    boxes: list = []
    stack = list(reversed(list(p)))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in (_W_PPR, _W_RPR, _W_DEL, _MC_FALLBACK):
            continue
        if tag == _W_TXBX:
            boxes.append(el)
            continue
        if tag == _W_T:
            parts.append(el.text or "")
        elif tag == _W_TAB:
            parts.append("\t")
        elif tag in (_W_BR, _W_CR):
            parts.append("\n")
        elif tag == _W_NOBREAKHYPHEN:
            parts.append("-")
        elif tag == _W_SYM:
            char = el.get(_W + "char")
            try:
                code = int(char, 16) if char else 0
                if code >= 0xF000:  # symbol fonts use the F0xx private range
                    code -= 0xF000
                if code >= 0x20:
                    parts.append(chr(code))
            except ValueError:
                pass
        else:
            stack.extend(reversed(list(el)))
    out.append("".join(parts))
    for box in boxes:
        _docx_blocks(box, out)


def _docx_cell_text(tc) -> str:
    lines: list[str] = []
    _docx_blocks(tc, lines)
    return " ".join(s.replace("\t", " ").replace("\n", " ").strip() for s in lines if s.strip())


def _docx_table(tbl, out: list[str]) -> None:
    for child in tbl:
        rows = [child] if child.tag == _W_TR else (
            child.iter(_W_TR) if child.tag == _W_SDT else [])
        for tr in rows:
            cells = []
            for c in tr:
                if c.tag == _W_TC:
                    cells.append(_docx_cell_text(c))
                elif c.tag == _W_SDT:
                    cells.extend(_docx_cell_text(tc) for tc in c.iter(_W_TC))
            if any(cells):
                out.append("\t".join(cells))


def _docx_blocks(container, out: list[str]) -> None:
    for el in container:
        tag = el.tag
        if tag == _W_P:
            _docx_paragraph(el, out)
        elif tag == _W_TBL:
            _docx_table(el, out)
        elif tag in (_W_SDT, _W_SDTCONTENT) or tag == _W + "customXml":
            inner = el if tag != _W_SDT else el.find(_W_SDTCONTENT)
            if inner is not None:
                _docx_blocks(inner, out)


def _docx_text(data: bytes, zf: zipfile.ZipFile) -> str:
    try:
        info = zf.getinfo("word/document.xml")
    except KeyError:
        info = None
    if info is not None and info.file_size > DOCX_XML_LIMIT:
        raise DocumentError("too_many_chars",
                            f"the document body expands to {info.file_size // 2**20} MB of "
                            f"XML, more than the {DOCX_XML_LIMIT // 2**20} MB we parse", 413)
    try:
        import docx  # python-docx
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except DocumentError:
        raise
    except Exception as e:
        raise DocumentError("corrupt_document", f"the .docx file cannot be read: {_short(e)}",
                            422) from e
    out: list[str] = []
    _docx_blocks(body, out)
    return "\n".join(out)


# --------------------------------------------------------------------------- pdf

def _pdf_text(data: bytes, max_chars: int) -> tuple[str, tuple[tuple[int, int], ...]]:
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
                raise DocumentError("encrypted_document", "the PDF is protected by a password",
                                    422)
        pages = reader.pages
        n_pages = len(pages)
    except DocumentError:
        raise
    except Exception as e:
        raise DocumentError("corrupt_document", f"the PDF cannot be read: {_short(e)}",
                            422) from e
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
            raise DocumentError("too_many_chars",
                                f"the PDF's text exceeds {max_chars} characters "
                                f"(reached after page {i + 1} of {n_pages})", 413)
    if failures == n_pages:
        raise DocumentError("corrupt_document", "no page of the PDF could be read", 422)
    if not any(t.strip() for t in texts):
        raise DocumentError("no_text_layer",
                            f"the PDF's {n_pages} page(s) carry no text layer (a scan?); "
                            "run OCR on it first", 422)
    spans = []
    pos = 0
    for t in texts:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 2
    return "\n\n".join(texts), tuple(spans)


# --------------------------------------------------------------------------- html

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""")

_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "aside", "iframe", "frame", "frameset",
    "svg", "math", "canvas", "object", "embed", "applet", "select", "button", "input",
    "textarea", "menu", "dialog", "head", "title", "meta", "link", "base", "audio", "video",
    "map", "-comment", "!doctype"})
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                         "menu", "menubar", "toolbar"})
_SECTIONING = frozenset({"article", "main", "section"})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
    "listing", "plaintext", "xmp", "search"})
_BOILERPLATE_TOKENS = frozenset({"header", "footer", "nav", "navbar", "menu", "sidebar",
                                 "breadcrumb", "breadcrumbs", "crumbs", "copyright", "topbar",
                                 "position", "location"})  # 当前位置 breadcrumbs
_BOILERPLATE_PIECES = frozenset({"nav", "navbar", "navigation", "menu", "breadcrumb",
                                 "breadcrumbs", "crumb", "crumbs", "copyright", "sidebar"})
_CLASS_SPLIT = re.compile(r"[-_\s]+")


def _boilerplate_class(attrs: dict) -> bool:
    """Whether a class or id names page furniture: a whole token ``header``/``footer``/
    ``nav``..., or a piece ``nav``/``menu``/``breadcrumb``... of ``top-nav``, ``main_menu``."""
    for key in ("class", "id"):
        value = (attrs.get(key) or "").lower()
        if not value:
            continue
        if any(tok in _BOILERPLATE_TOKENS for tok in value.split()):
            return True
        if any(piece in _BOILERPLATE_PIECES for piece in _CLASS_SPLIT.split(value)):
            return True
    return False


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WS = re.compile(r"[ \t\n\r\f]+")
_CJK = ("\u2e80-\u2eff\u2f00-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf"
        "\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef")
_CJK_RE = re.compile(f"[{_CJK}]")


def _collapse(s: str) -> str:
    """Collapse HTML white space as a browser does, except that a run holding a line break
    next to a CJK character disappears (CSS Text 3 drops it between two wide characters;
    Chinese pages also wrap source lines after ASCII commas and before numbers)."""
    def repl(m: re.Match) -> str:
        run = m.group(0)
        if "\n" in run or "\r" in run:
            before = s[m.start() - 1] if m.start() > 0 else ""
            after = s[m.end()] if m.end() < len(s) else ""
            if (before and _CJK_RE.match(before)) or (after and _CJK_RE.match(after)):
                return ""
        return " "
    return _WS.sub(repl, s)


class _HtmlText:
    """Walks a parsed tree (selectolax/lexbor) and builds the text."""

    def __init__(self, class_heuristics: bool = True) -> None:
        self.class_heuristics = class_heuristics
        self.lines: list[str] = []
        self.run: list[tuple[str, bool]] = []   # (raw text, preformatted)
        self.row: list[str] | None = None
        self.cell_depth = 0
        self.pre_depth = 0

    def _run_text(self) -> str:
        out: list[str] = []
        group: list[str] = []
        for s, pre in self.run:
            if pre:
                if group:
                    out.append(_collapse("".join(group)))
                    group = []
                out.append(s)
            else:
                group.append(s)
        if group:
            out.append(_collapse("".join(group)))
        self.run = []
        return "".join(out).replace("\xa0", " ").strip(" \t\n\r\f")

    def flush(self, hard: bool = False) -> None:
        text = self._run_text()
        if text or hard:
            self.lines.append(text)

    def walk(self, root) -> str:
        # explicit stack: (node, entering, sectioning depth)
        stack = [(root, True, 0)]
        while stack:
            node, entering, sect = stack.pop()
            tag = node.tag
            if entering:
                if tag == "-text":
                    s = node.text(deep=False) or ""
                    if s:
                        self.run.append((s, self.pre_depth > 0))
                    continue
                if tag in _DROP_TAGS or not isinstance(tag, str):
                    continue
                attrs = node.attributes or {}
                if (attrs.get("role") or "").strip().lower() in _DROP_ROLES:
                    continue
                if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
                    continue
                if _HIDDEN_STYLE.search(attrs.get("style") or ""):
                    continue
                if tag in ("header", "footer") and sect == 0:
                    continue  # the page's banner or footer (inside an article: its header)
                if sect == 0 and self.class_heuristics and _boilerplate_class(attrs):
                    continue  # <div class="nav">, <div id="footer"> outside any article
                self._enter(tag)
                child_sect = sect + (tag in _SECTIONING)
                stack.append((node, False, sect))
                children = []
                c = node.child
                while c is not None:
                    children.append(c)
                    c = c.next
                for c in reversed(children):
                    stack.append((c, True, child_sect))
            else:
                self._exit(tag)
        self.flush()
        if self.row:
            self.lines.append("\t".join(self.row))
        return "\n".join(self.lines)

    def _enter(self, tag: str) -> None:
        if tag == "br":
            if self.cell_depth:
                self.run.append((" ", False))
            else:
                self.flush(hard=True)
        elif tag in ("td", "th") and self.row is not None and self.cell_depth == 0:
            self.cell_depth = 1
            self.run = []
        elif tag in ("td", "th") and self.cell_depth:
            self.cell_depth += 1
            self.run.append((" ", False))
        elif tag == "tr" and self.cell_depth == 0:
            self.flush()
            self.row = []
        elif tag in _BLOCK_TAGS:
            if tag == "pre":
                self.pre_depth += 1
            if self.cell_depth:
                self.run.append((" ", False))
            else:
                self.flush()

    def _exit(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell_depth:
            self.cell_depth -= 1
            if self.cell_depth == 0 and self.row is not None:
                self.row.append(self._run_text().replace("\n", " ").replace("\t", " "))
            else:
                self.run.append((" ", False))
        elif tag == "tr" and self.cell_depth == 0 and self.row is not None:
            if any(self.row):
                self.lines.append("\t".join(self.row))
            self.row = None
        elif tag in _BLOCK_TAGS:
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)
            if self.cell_depth:
                self.run.append((" ", False))
            else:
                self.flush()


def _html_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "ignore") if m else None


def _html_text(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = None
    for selector in ("main", "[role=main]"):
        node = tree.css_first(selector)
        if node is not None and (node.text(deep=True) or "").strip():
            root = node
            break
    if root is None:
        root = tree.body or tree.root
    if root is None:
        return ""
    text = _HtmlText().walk(root)
    if not text.strip():
        # the class/id heuristics are guesses: never let them empty a page
        text = _HtmlText(class_heuristics=False).walk(root)
    return text


# --------------------------------------------------------------------------- main

def _short(e: BaseException) -> str:
    msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return msg[:200]


def _check(text: str, max_chars: int, what: str) -> None:
    if not text.strip():
        raise DocumentError("empty_document", f"the {what} contains no text")
    if len(text) > max_chars:
        raise DocumentError("too_many_chars",
                            f"the {what}'s text has {len(text)} characters, more than the "
                            f"limit of {max_chars}", 413)


def decode(data: bytes, filename: str, max_chars: int | None = None) -> Decoded:
    """Decode one upload (text, docx, pdf or html) into its text.

    Raises ``DocumentError`` (and nothing else) for a document that cannot be decoded.
    ``max_chars`` limits the text's length in code points (default ``MAX_CHARS``).
    """
    limit = MAX_CHARS if max_chars is None else int(max_chars)
    if not data:
        raise DocumentError("empty_document", "the document is empty")
    data = bytes(data)
    ext = _extension(filename)
    try:
        return _decode(data, ext, limit)
    except DocumentError:
        raise
    except RecursionError as e:
        raise DocumentError("corrupt_document", "the document is nested too deeply", 422) from e
    except MemoryError as e:
        raise DocumentError("too_many_chars", "the document is too large to decode", 413) from e
    except Exception as e:  # a library we call failed in a way we did not foresee
        raise DocumentError("corrupt_document", f"the document cannot be read: {_short(e)}",
                            422) from e


def _decode(data: bytes, ext: str, limit: int) -> Decoded:
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
                                f"the file is a damaged zip archive: {_short(e)}", 422) from e
        with zf:
            if "word/document.xml" in names or "wordprocessingml.document.main" in content_types:
                text = _docx_text(data, zf)
                _check(text, limit, "Word document")
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
                            f"the file is {what}; upload .txt, .docx, .pdf or .html", 415)
    if data.startswith(b"%PDF-") or _PDF_HEADER.search(data[:1024]):
        # a PDF may have up to 1 KB of junk before its header; a text that merely quotes
        # "%PDF-1.4" near its start is read as text if it does not parse as a PDF
        try:
            text, pages = _pdf_text(data, limit)
        except DocumentError as e:
            if data.startswith(b"%PDF-") or e.code != "corrupt_document" or ext == "pdf":
                raise
        else:
            _check(text, limit, "PDF")
            return Decoded(text, APPLICATION_PDF, None, None, pages)
    kind = _binary_kind(data)
    if kind:
        raise DocumentError("unsupported_media_type",
                            f"the file is {kind}; upload .txt, .docx, .pdf or .html", 415)

    # 2. text: HTML by content, or by extension
    is_html = _looks_like_html(data) or ext in ("html", "htm", "xhtml", "shtml")
    if _looks_binary(data):
        if ext in ("docx", "pdf"):
            raise DocumentError("corrupt_document",
                                f"the file is named .{ext} but is not a valid {ext.upper()}", 422)
        raise DocumentError("unsupported_media_type",
                            "the file is binary, not text; upload .txt, .docx, .pdf or .html",
                            415)
    try:
        raw, encoding, how = _decode_text(data, _html_charset(data) if is_html else None)
        if ext in ("docx", "pdf") and how in ("detector", "utf-16-pattern"):
            # named as a container, not one, and text only by a guess: a broken file
            raise DocumentError("undecodable_text", "not text", 422)
    except DocumentError as e:
        if e.code == "undecodable_text" and ext in ("docx", "pdf"):
            raise DocumentError("corrupt_document",
                                f"the file is named .{ext} but is not a valid {ext.upper()}",
                                422) from e
        if e.code == "undecodable_text" and b"\x00" in data[:65536]:
            raise DocumentError("unsupported_media_type",
                                "the file is binary, not text; upload .txt, .docx, .pdf or "
                                ".html", 415) from e
        raise
    if is_html:
        try:
            text = _html_text(raw)
        except Exception as e:
            raise DocumentError("corrupt_document", f"the HTML cannot be parsed: {_short(e)}",
                                422) from e
        _check(text, limit, "HTML page")
        return Decoded(text, TEXT_HTML, encoding, how)
    _check(raw, limit, "text")
    return Decoded(raw, TEXT_PLAIN, encoding, how)
