"""A pattern's ``finditer`` run only near a word every match holds (docs/performance.md,
twenty-third round).

The registered-name patterns (``engine._REGISTERED``, ``_SCENE_NAME``, ``_OFFICER``, …) open
with a lazy run of up to 30 characters before 有限公司: ``re`` has no first character to skip to,
and at every position of the text it tries the run and the suffixes again (≈ 0.15 µs a
character, a whole document searched several times). Every match holds a word (有限, 公司,
以下简称) and is at most ``width`` characters long, so a match lies within ``width`` characters
of an occurrence of the word; ``anchored`` searches only those stretches, merged where they
overlap, each with the end of its stretch as ``endpos``.

Why the matches are the same as ``pattern.finditer(text, pos, endpos)``'s: (1) a position
outside every stretch starts no match (no word near it); (2) inside a stretch, every way of
matching ``re`` tries reads the same characters as over the whole text, except those that read
past the stretch's end; a way that succeeds over the whole text ends (with what its lookaheads
read) within its word's stretch, so it succeeds in the stretch too, and one that fails over the
whole text cannot succeed by being cut, as the pattern has nothing that succeeds *because* the
text ends (no negative lookahead, ``$``, ``\\b``, ``\\B``, ``\\Z``: refused at construction);
(3) after a match both scans go on from its end. Look-behinds and ``^`` read the text before the
stretch, as they do before ``pos``. tests/unit/test_anchored.py compares both on the seeds, the
open corpus and random strings.
"""
from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Callable, Iterator
from typing import Any

# anchors that read only the text before the position (or nothing past the text's end)
_BEFORE_ONLY = {_sre.AT_BEGINNING, _sre.AT_BEGINNING_LINE, _sre.AT_BEGINNING_STRING}


def _lookahead_reach(seq: Any) -> int:
    """How far past a match's end its positive lookaheads may read (the sum of their widths);
    ValueError for what could succeed because the text is cut (see the module's docstring)."""
    reach = 0
    for op, av in seq:
        if op is _sre.AT:
            if av not in _BEFORE_ONLY:
                raise ValueError(f"anchored: {av} reads the text's end")
        elif op is _sre.ASSERT_NOT:
            if av[0] >= 0:            # (a negative look-behind reads before the position only)
                raise ValueError("anchored: a negative lookahead")
        elif op is _sre.ASSERT:
            if av[0] >= 0:
                reach += av[1].getwidth()[1] + _lookahead_reach(av[1])
        elif op is _sre.BRANCH:
            reach += max(_lookahead_reach(b) for b in av[1])
        elif op is _sre.SUBPATTERN:
            reach += _lookahead_reach(av[3])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            inner = _lookahead_reach(av[2])
            if inner:
                raise ValueError("anchored: a lookahead inside a repeat")
        elif op is _sre.ATOMIC_GROUP:
            reach += _lookahead_reach(av)
        elif op is _sre.GROUPREF_EXISTS:
            reach += max(_lookahead_reach(av[1]), _lookahead_reach(av[2]) if av[2] else 0)
        elif op in (_sre.GROUPREF, _sre.GROUPREF_IGNORE, _sre.GROUPREF_LOC_IGNORE,
                    _sre.GROUPREF_UNI_IGNORE):
            raise ValueError("anchored: a back reference")
    return reach


def anchored(pattern: re.Pattern[str], word: str) -> Callable[..., Iterator[re.Match[str]]]:
    """``pattern.finditer`` for a pattern every match of which holds ``word``: the same matches,
    searched only within reach of the word's occurrences.

    >>> rx = re.compile(r"[\\u4e00-\\u9fff]{2,30}?有限公司")
    >>> [m.group() for m in anchored(rx, "有限")("他说,江西京东实业有限公司和某某有限公司")]
    ['江西京东实业有限公司', '和某某有限公司']
    """
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    low, width = parsed.getwidth()
    if low == 0 or width >= _sre.MAXREPEAT:
        raise ValueError("anchored: a pattern of bounded width, never empty, is needed")
    reach = width + _lookahead_reach(parsed)
    n = len(word)

    def finditer(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        q = text.find(word, pos, end)
        while q >= 0:
            # a match holding the word at q starts at q + n - width or after, and ends (with
            # what its lookaheads read) by q + reach
            ws, we = max(pos, q + n - width), min(end, q + reach)
            q = text.find(word, q + 1, end)
            while q >= 0 and q + n - width <= we:      # the next word's stretch overlaps
                we = min(end, q + reach)
                q = text.find(word, q + 1, end)
            yield from pattern.finditer(text, ws, we)
    return finditer
