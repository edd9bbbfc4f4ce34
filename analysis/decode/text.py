"""Plain text: the charset chain (BOM, strict UTF-8, declared charset, strict GB18030,
UTF-16 by zero-byte pattern, lenient UTF-8/GB18030, detector) and what was measured to choose it.

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
import re

from analysis.errors import DocumentError

DETECTOR_MIN_BYTES = 32
"""Below this many bytes the detector's guesses are noise (it calls 5 random bytes cp1125)."""

LENIENT_BYTES_PER_ERROR = 1000
"""A text may have one damaged byte sequence per this many bytes and still be read."""

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


def utf16_by_pattern(data: bytes) -> str | None:
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


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str, str]:
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
                                "the text starts with a UTF-8 BOM but is not valid UTF-8") from None
    if data.startswith(codecs.BOM_UTF32_LE) and len(data) % 4 == 0:
        text = _strict(data, "utf-32")
        if text is not None:
            return text, "utf-32", "bom"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", "bom"
        except UnicodeDecodeError:
            raise DocumentError("undecodable_text",
                                "the text starts with a UTF-16 BOM but is not valid UTF-16") from None
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
    enc = utf16_by_pattern(data)
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
                            "bytes too short to identify its encoding")
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
                        "GB18030 and a detector)")

