"""Errors a document can cause: a stable code and a message for people. No transport here:
the API maps each code to an HTTP status in one table (``api/errors.py``); the CLI prints the
code; a failed job carries it as ``error.code``."""
from __future__ import annotations

CODES: dict[str, str] = {
    "empty_document": "no bytes, or no text at all (only white space)",
    "too_large": "the upload is larger than the size limit",
    "too_many_chars": "the text is longer than the character limit",
    "unsupported_media_type": "not a document we read: a GIF, an executable, .doc, .xlsx ...",
    "undecodable_text": "text bytes in no encoding we can identify",
    "corrupt_document": "a broken docx / pdf / zip",
    "encrypted_document": "a PDF that needs a password",
    "no_text_layer": "a PDF without text (scanned pages) where OCR is not run",
    "too_many_pages": "a scan with more pages than the OCR page limit",
}
"""Every code a ``DocumentError`` may carry, with what it means."""


class DocumentError(Exception):
    """A document the pipeline cannot analyse (the job fails with ``code``)."""

    def __init__(self, code: str, message: str):
        if code not in CODES:
            raise ValueError(f"unknown document error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message
