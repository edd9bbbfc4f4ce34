"""What a parsed regex (``re._parser``) can open a match with: the first characters, and the
first two (``_two``). Read to build the lookaheads that let ``re`` skip positions where a
pattern cannot start (``context._dispatch`` for the periods, ``patterns._pair_guard`` for
``CHANGE``); a leaf module, so that both can import it (docs/performance.md, rounds 11 and 22)."""
from __future__ import annotations

import re
import re._constants as _sre
from typing import Any


class _Unknown(Exception):
    """A regex construct ``_opening`` does not read (the pattern is then tried everywhere)."""


_CATEGORY = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
             _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


# a set of characters in ``_two``: ("lit", c), ("range", lo, hi), ("cat", r"\d"), or _ALL (any)
_Atom = tuple[str, ...]
_ALL: _Atom = ("all",)


def _atoms(items: list) -> frozenset:
    """The characters of a parsed class ([…], \\d) as atoms (a negated class: any)."""
    out: set[_Atom] = set()
    for op, av in items:
        if op is _sre.NEGATE:
            return frozenset([_ALL])
        if op is _sre.LITERAL:
            out.add(("lit", chr(av)))
        elif op is _sre.RANGE:
            out.add(("range", chr(av[0]), chr(av[1])))
        elif op is _sre.CATEGORY and av in _CATEGORY:
            out.add(("cat", _CATEGORY[av]))
        else:
            raise _Unknown(op)
    return frozenset(out)


_EMPTY: frozenset = frozenset()


def _covers(atoms: frozenset, c: str) -> bool:
    """Does a set of atoms hold the character ``c``?"""
    for a in atoms:
        if a is _ALL or (a[0] == "lit" and a[1] == c) or (a[0] == "range" and a[1] <= c <= a[2]) \
                or (a[0] == "cat" and re.match(a[1], c)):
            return True
    return False


def _two(seq: Any) -> tuple[bool, frozenset, frozenset, frozenset]:
    """What a parsed regex ``seq`` can open a match with, two characters deep: (can it match
    the empty string, its first characters, the characters it can match alone, the pairs
    (first, second) its matches of two or more characters can open with). Zero-width items
    (lookarounds, ^, \\b) are stepped over and a repeat counts as any number of its item:
    every set may hold too much, never too little, and "empty" may be True where it cannot."""
    empty, first, alone, pairs = True, _EMPTY, _EMPTY, _EMPTY     # the empty sequence
    for op, av in seq:
        if op is _sre.LITERAL:
            e, f = False, frozenset[_Atom]([("lit", chr(av))])
            o, p = f, _EMPTY
        elif op in (_sre.NOT_LITERAL, _sre.ANY):
            e, f = False, frozenset([_ALL])
            o, p = f, _EMPTY
        elif op is _sre.IN:
            e, f = False, _atoms(av)
            o, p = f, _EMPTY
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            e, f, o, p = True, _EMPTY, _EMPTY, _EMPTY
        elif op is _sre.SUBPATTERN:
            if av[1] or av[2]:        # flags set inside the group
                raise _Unknown(op)
            e, f, o, p = _two(av[-1])
        elif op in (_sre.BRANCH, _sre.GROUPREF_EXISTS):
            # a conditional (?(g)yes|no): either of its two, as a branch (no absent: nothing)
            alts = [_two(x) for x in av[1]] if op is _sre.BRANCH else \
                [_two(av[1]), _two(av[2] if av[2] is not None else [])]
            e = any(x[0] for x in alts)
            f = frozenset().union(*(x[1] for x in alts))
            o = frozenset().union(*(x[2] for x in alts))
            p = frozenset().union(*(x[3] for x in alts))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            lo, hi, item = av
            e, f, o, p = _two(item)
            if hi == 0:
                e, f, o, p = True, _EMPTY, _EMPTY, _EMPTY
            else:
                e = e or lo == 0
                if hi != 1:           # one character of the item, then the item again
                    p = p | {(x, y) for x in o for y in f}
        else:
            raise _Unknown(op)
        # this item after what comes before it in the sequence
        empty, first, alone, pairs = (
            empty and e,
            first | f if empty else first,
            (alone if e else _EMPTY) | (o if empty else _EMPTY),
            pairs | {(x, y) for x in alone for y in f} | (p if empty else _EMPTY))
    return empty, first, alone, pairs


def _class(atoms: set) -> str:
    """A character class holding exactly ``atoms`` (none of them _ALL)."""
    def part(a: tuple) -> str:
        if a[0] == "lit":
            return re.escape(a[1])
        if a[0] == "range":
            return f"{re.escape(a[1])}-{re.escape(a[2])}"
        return a[1]
    return "[" + "".join(sorted(map(part, atoms))) + "]"


def _closing(seq: Any) -> tuple[bool, frozenset]:
    """What a parsed regex ``seq`` can close a match with: (can it match the empty string, its
    last characters), read from its end as ``_two`` reads from its start (zero-width items
    stepped over, a repeat as any number of its item): the set may hold too much, never too
    little (docs/performance.md, twenty-fifth round)."""
    empty, last = True, _EMPTY          # the empty sequence
    for op, av in reversed(list(seq)):
        if op is _sre.LITERAL:
            e, f = False, frozenset[_Atom]([("lit", chr(av))])
        elif op in (_sre.NOT_LITERAL, _sre.ANY):
            e, f = False, frozenset([_ALL])
        elif op is _sre.IN:
            e, f = False, _atoms(av)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            e, f = True, _EMPTY
        elif op is _sre.SUBPATTERN:
            if av[1] or av[2]:        # flags set inside the group
                raise _Unknown(op)
            e, f = _closing(av[-1])
        elif op in (_sre.BRANCH, _sre.GROUPREF_EXISTS):
            alts = [_closing(x) for x in av[1]] if op is _sre.BRANCH else \
                [_closing(av[1]), _closing(av[2] if av[2] is not None else [])]
            e = any(x[0] for x in alts)
            f = frozenset().union(*(x[1] for x in alts))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            lo, hi, item = av
            e, f = _closing(item)
            if hi == 0:
                e, f = True, _EMPTY
            else:
                e = e or lo == 0
        else:
            raise _Unknown(op)
        # this item before what comes after it in the sequence
        empty, last = empty and e, last | f if empty else last
    return empty, last
