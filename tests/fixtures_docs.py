"""Build test documents in memory: .docx (python-docx), .pdf (hand-written), .html.

The PDF writer needs no extra package: it writes a Type0 font with Identity-H encoding whose
CIDs are the characters' Unicode code points, plus a ToUnicode CMap, so the text layer holds
Chinese text that pypdf extracts exactly (no glyphs are embedded: a viewer substitutes a
font, text extraction does not need one).
"""
from __future__ import annotations

import io
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def seed_text(prefix: str = "000") -> str:
    for p in SEEDS:
        if p.name.startswith(prefix):
            return p.read_text(encoding="utf-8")
    raise FileNotFoundError(f"no seed {prefix}")


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None,
              table_after: int | None = None) -> bytes:
    """A .docx with ``paragraphs``; ``table`` (rows of cells) after paragraph ``table_after``
    (default: after the first paragraph)."""
    import docx

    document = docx.Document()
    # python-docx's template starts with an empty body (just sectPr)
    if table_after is None:
        table_after = 0
    for i, para in enumerate(paragraphs):
        document.add_paragraph(para)
        if table is not None and i == table_after:
            t = document.add_table(rows=len(table), cols=max(len(r) for r in table))
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    if table is not None and not paragraphs:
        t = document.add_table(rows=len(table), cols=max(len(r) for r in table))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    """Serialise numbered objects (1-based, in order) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def _stream(content: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(content)} {extra}>>\nstream\n".encode() + content + b"\nendstream"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose page i shows the lines ``pages[i]`` in a text layer (BMP characters)."""
    chars = sorted({ord(ch) for page in pages for line in page for ch in line})
    if any(c > 0xFFFF for c in chars):
        raise ValueError("only BMP characters")
    cmap_lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
        "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    for k in range(0, len(chars), 100):
        chunk = chars[k:k + 100]
        cmap_lines.append(f"{len(chunk)} beginbfchar")
        cmap_lines += [f"<{c:04X}> <{c:04X}>" for c in chunk]
        cmap_lines.append("endbfchar")
    cmap_lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    cmap = "\n".join(cmap_lines).encode("ascii")

    # 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor, 6 tounicode, then page/content
    n = len(pages)
    kids = " ".join(f"{7 + 2 * i} 0 R" for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 5 0 R /DW 1000 /CIDToGIDMap /Identity >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 "
        b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 "
        b"/CapHeight 700 /StemV 80 >>",
        _stream(cmap),
    ]
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "14 TL", "40 800 Td"]
        for line in lines:
            ops.append("<" + "".join(f"{ord(ch):04X}" for ch in line) + "> Tj T*")
        ops.append("ET")
        content = "\n".join(ops).encode("ascii")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {8 + 2 * i} 0 R >>"
                       .encode())
        objects.append(_stream(content))
    return _pdf(objects)


def make_blank_pdf(pages: int = 1) -> bytes:
    """A PDF whose pages only draw a grey rectangle (like a scan: no text layer)."""
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode()]
    for i in range(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Contents {4 + 2 * i} 0 R >>".encode())
        objects.append(_stream(b"0.5 g 40 40 515 762 re f"))
    return _pdf(objects)


def make_html(body: str, charset: str = "utf-8", title: str = "标题") -> str:
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"{charset}\"><title>{title}</title>"
            f"<style>p {{ color: red }}</style>"
            f"<script>var nav = '导航脚本';</script></head>\n<body>\n{body}\n</body></html>")
