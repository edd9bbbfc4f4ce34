"""The one loader of the language data in ``analysis/data/`` (taxonomy, units, modifiers,
periods, places, stop words, the user dictionary): every module reads its files through here,
so a file is parsed once per process, and a worker that loads them before forking shares them.

>>> "gdp" in yaml_file("taxonomy.yaml")
True
>>> all(not w.startswith("#") for w in lines("stopwords.txt"))
True
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "data"


def path(name: str) -> Path:
    """The data file ``name`` (inside ``analysis/data/``)."""
    return DATA / name


@cache
def yaml_file(name: str) -> Any:
    """A YAML data file, parsed once."""
    with open(DATA / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


@cache
def lines(name: str) -> tuple[str, ...]:
    """The non-blank lines of a text data file that are not ``#`` comments, stripped; a
    missing file has none."""
    p = DATA / name
    if not p.exists():
        return ()
    out = []
    for line in p.read_text("utf-8").splitlines():
        s = line.strip()
        if s and not s.startswith("#"):
            out.append(s)
    return tuple(out)
