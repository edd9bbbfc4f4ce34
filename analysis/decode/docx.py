"""``.docx``: body paragraphs and tables in document order (also inside content controls);
a table row is its cells joined by tabs, one row per line; text boxes follow their anchor
paragraph. Headers, footers, footnotes and comments are not part of the text."""
from __future__ import annotations

import io
import zipfile

from analysis.errors import DocumentError

from .base import short

DOCX_XML_LIMIT = 128 * 1024 * 1024
"""Largest uncompressed ``word/document.xml`` we parse (a zip bomb guard)."""

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


def extract_docx(data: bytes, zf: zipfile.ZipFile) -> str:
    try:
        info = zf.getinfo("word/document.xml")
    except KeyError:
        info = None
    if info is not None and info.file_size > DOCX_XML_LIMIT:
        raise DocumentError("too_many_chars",
                            f"the document body expands to {info.file_size // 2**20} MB of "
                            f"XML, more than the {DOCX_XML_LIMIT // 2**20} MB we parse")
    try:
        import docx  # python-docx
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except DocumentError:
        raise
    except Exception as e:
        raise DocumentError("corrupt_document", f"the .docx file cannot be read: {short(e)}") from e
    out: list[str] = []
    _docx_blocks(body, out)
    return "\n".join(out)

