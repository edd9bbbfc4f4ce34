"""Decode an upload into text. The decoded text is the reference every span points into."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import DocumentError


@dataclass(frozen=True)
class Decoded:
    text: str
    media_type: str
    encoding: str | None


def decode(data: bytes, filename: str) -> Decoded:
    """First version: plain text in UTF-8 (BOM or not), UTF-16 with BOM, or GB18030."""
    if not data:
        raise DocumentError("empty_document", "the document is empty")
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[len(codecs.BOM_UTF8):].decode("utf-8"), "text/plain", "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16"), "text/plain", "utf-16")
    for enc in ("utf-8", "gb18030"):
        try:
            return Decoded(data.decode(enc), "text/plain", enc)
        except UnicodeDecodeError:
            pass
    raise DocumentError("undecodable_text", "the text is not UTF-8, UTF-16 or GB18030")
