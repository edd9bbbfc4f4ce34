"""Sniffing: what a upload is, from its bytes (magic numbers), its name only where the bytes
are ambiguous. The filename is metadata, never opened as a path."""
from __future__ import annotations

import codecs
import re

from .text import utf16_by_pattern

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


def binary_kind(data: bytes) -> str | None:
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


PDF_HEADER = re.compile(rb"%PDF-\d\.\d")


def extension(filename: str) -> str:
    """The lower-cased extension of the file's base name ('' if none); never a path."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in base.strip("."):
        return ""
    return base.rsplit(".", 1)[-1].lower()


_HTML_START = re.compile(
    r"^(?:\s|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.IGNORECASE | re.DOTALL)


def looks_like_html(data: bytes) -> bool:
    head = data[:2048]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        s = head.decode("utf-16", errors="ignore")
    else:
        if head.startswith(codecs.BOM_UTF8):
            head = head[3:]
        s = head.decode("latin-1")
    return bool(_HTML_START.match(s))


def looks_binary(data: bytes) -> bool:
    """NUL bytes in a file without BOM that are not the zero halves of UTF-16 code units."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    head = data[:65536]
    return b"\x00" in head and utf16_by_pattern(head) is None

