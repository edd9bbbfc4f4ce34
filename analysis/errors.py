"""Errors a document can cause: a stable code, a message for people, an HTTP status."""
from __future__ import annotations


class DocumentError(Exception):
    """A document the pipeline cannot analyse (the job fails with ``code``)."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
