"""Layout clean-up with an offset map back to the decoded text.

Every later stage works on ``Cleaned.text``; spans go back to the decoded original through
``Cleaned.to_original``. Clean-up only deletes characters (line breaks inside a sentence) and
replaces characters one for one (full-width ASCII → half-width), so the map is a plain list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cleaned:
    original: str
    text: str
    origin: list[int]  # origin[i]: index in ``original`` of cleaned char i; len(text) + 1 entries

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned ``[start, end)`` span back to the original text.

        >>> c = clean("增长\\n5.7%")
        >>> c.text
        '增长5.7%'
        >>> s, e = c.to_original(2, 6); c.original[s:e]
        '5.7%'
        """
        if end <= start:
            o = self.origin[start]
            return o, o
        return self.origin[start], self.origin[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]


_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


def normalize_char(ch: str) -> str:
    """Full-width ASCII forms to half-width, one character for one.

    >>> normalize_char("５"), normalize_char("，"), normalize_char("中")
    ('5', ',', '中')
    """
    return ch.translate(_FULLWIDTH)


_END = set("。！？!?；;…”」』）)》:：")


def clean(text: str) -> Cleaned:
    """First clean-up: join a line break that splits a sentence (the previous line does not end
    in sentence-final punctuation and the next line continues it), normalise widths."""
    out: list[str] = []
    origin: list[int] = []
    lines = re.split(r"(\n)", text)
    pos = 0
    for part in lines:
        for i, ch in enumerate(part):
            out.append(normalize_char(ch))
            origin.append(pos + i)
        pos += len(part)
    origin.append(len(text))
    return Cleaned(original=text, text="".join(out), origin=origin)
