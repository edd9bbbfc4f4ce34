"""Property checks: re-wrapping, re-encoding or joining a document must change no figure.

    python -m evaluation.properties

For every seed, evaluation text and corpus text, the document is transformed as documents
really arrive (CRLF line ends, full-width digits, full-width punctuation, line breaks where a
newspaper column wraps, table rows too, two documents joined in one upload) and the engine's
figures on the transformed text are compared with its figures on the original: each figure is
the multiset key
(value, unit, change direction, change value, change unit). A figure is *lost* when the
original has it and the transformed text does not. Every span must still point into the
transformed text (``text == decoded[start:end]``).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FW_DIGITS = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
FW_PUNCT = str.maketrans(",:;()!?", "，：；（）！？")


def crlf(t: str) -> str:
    return t.replace("\r\n", "\n").replace("\n", "\r\n")


def fullwidth_digits(t: str) -> str:
    return t.translate(FW_DIGITS)


def fullwidth_punct(t: str) -> str:
    return t.translate(FW_PUNCT)


def column_wrap(t: str, width: int = 23) -> str:
    """A line break after every ``width`` characters of each line, as a narrow newspaper column
    prints it, but never inside a number (a reader can't tell 16\\n4.4 from two numbers).
    Table rows (cells split by `` | ``) are cut too, after a bar, before one or inside a cell,
    as the text of a narrow column prints a table: layout has to join them again."""
    out = []
    for line in t.split("\n"):
        k = 0
        for i, ch in enumerate(line):
            out.append(ch)
            k += 1
            nxt = line[i + 1] if i + 1 < len(line) else ""
            if k >= width and nxt and not (_numeric(ch) and _numeric(nxt)):
                out.append("\n")
                k = 0
        out.append("\n")
    return "".join(out)[:-1]


def _numeric(c: str) -> bool:
    return c.isdigit() or c in ".．,，"


TRANSFORMS = {"CRLF line ends": crlf, "full-width digits": fullwidth_digits,
              "full-width punctuation": fullwidth_punct, "column-wrap breaks": column_wrap}


def documents() -> list[Path]:
    return (sorted((ROOT / "seeds").glob("*.txt"))
            + sorted((ROOT / "evaluation" / "texts").glob("*.txt"))
            + sorted((ROOT / "evaluation" / "corpus" / "texts").glob("*.txt")))


def figures(text: str, name: str) -> tuple[Counter, list[str]]:
    from analysis.pipeline import analyze

    res = analyze(text.encode("utf-8"), name)
    bad = [i.text for i in res.indicators if text[i.span[0]:i.span[1]] != i.text]
    keys = Counter()
    for i in res.indicators:
        c = i.change
        keys[(_num(i.value), i.unit, c and c.direction, c and _num(c.value), c and c.unit)] += 1
    return keys, bad


def _num(v):
    return None if v is None else round(float(v), 6)


def lost(before: Counter, after: Counter) -> int:
    return sum((before - after).values())


def main() -> int:
    docs = documents()
    base = {p: figures(p.read_text("utf-8"), p.name)[0] for p in docs}
    total = sum(sum(c.values()) for c in base.values())
    print(f"{len(docs)} documents, {total} figures on the original texts")
    print(f"{'transform':26}{'figures lost':>14}{'share':>8}{'bad spans':>11}  worst document")
    for label, fn in TRANSFORMS.items():
        n_lost, n_bad, worst = 0, 0, ("", 0)
        for p in docs:
            after, bad = figures(fn(p.read_text("utf-8")), p.name)
            k = lost(base[p], after)
            n_lost += k
            n_bad += len(bad)
            if k > worst[1]:
                worst = (p.name, k)
        print(f"{label:26}{n_lost:>14}{n_lost / total:>8.1%}{n_bad:>11}  "
              f"{worst[0]} ({worst[1]})" if worst[1] else f"{label:26}{n_lost:>14}"
              f"{n_lost / total:>8.1%}{n_bad:>11}")
    # two documents in one upload: the figures of each
    n_lost = n_total = 0
    pairs = list(zip(docs, docs[1:] + docs[:1]))
    for a, b in pairs:
        ta, tb = a.read_text("utf-8"), b.read_text("utf-8")
        joined, bad = figures(ta.rstrip("\n") + "\n\n" + tb, "joined.txt")
        want = base[a] + base[b]
        n_lost += lost(want, joined)
        n_total += sum(want.values())
    print(f"{'two documents joined':26}{n_lost:>14}{n_lost / n_total:>8.1%}"
          f"{'':>11}  ({len(pairs)} pairs, each document with the next)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
