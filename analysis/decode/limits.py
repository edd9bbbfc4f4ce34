"""The document limits, each checked here once with one message: the upload's size in bytes
(``too_large``), its emptiness (``empty_document``) and its text's length in code points
(``too_many_chars``). ``decode`` applies them; the API's streaming guard (``api/limits.py``)
refuses an oversized body with the same error before it is read."""
from __future__ import annotations

from analysis.errors import DocumentError

MAX_CHARS = 2_000_000
"""Default text length limit (code points) when ``max_chars`` is not given."""


def too_large(max_bytes: int) -> DocumentError:
    return DocumentError("too_large",
                         f"the upload exceeds the limit of {max_bytes / (1024 * 1024):g} MB")


def too_many_chars(max_chars: int, chars: int | None = None) -> DocumentError:
    """``chars`` is the text's length when known (a PDF stops extracting once past the limit)."""
    has = f"{chars} characters" if chars is not None else "more characters"
    return DocumentError("too_many_chars",
                         f"the text has {has}, more than the limit of {max_chars}")


def check_bytes(data: bytes, max_bytes: int | None = None) -> None:
    """An upload with no bytes, or more than ``max_bytes``.

    >>> check_bytes(b"x" * 2**20, 2**20)
    >>> check_bytes(b"x" * (2**20 + 1), 2**20)
    Traceback (most recent call last):
    analysis.errors.DocumentError: the upload exceeds the limit of 1 MB
    """
    if not data:
        raise DocumentError("empty_document", "the document is empty")
    if max_bytes is not None and len(data) > max_bytes:
        raise too_large(max_bytes)


def check_text(text: str, max_chars: int, what: str = "document") -> None:
    """A decoded text with no text at all, or longer than ``max_chars``."""
    if not text.strip():
        raise DocumentError("empty_document", f"the {what} contains no text")
    if len(text) > max_chars:
        raise too_many_chars(max_chars, len(text))
