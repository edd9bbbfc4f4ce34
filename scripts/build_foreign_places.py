"""Build ``analysis/data/foreign_places.tsv``: the countries of the world by their Chinese
names, from the ``pycountry`` package (ISO 3166-1 with the iso-codes project's zh_CN
translations).

    .venv/bin/pip install -e '.[places-build]'     # pycountry==26.2.16
    .venv/bin/python scripts/build_foreign_places.py      # writes analysis/data/foreign_places.tsv

Only this script needs ``pycountry``; the service reads the TSV it writes.

A country's name as reported is its common Chinese name (韩国, not 大韩民国; 伊朗, not 伊朗伊斯兰
共和国); the formal name, where it differs, is another surface. Left out: the parts of China
(CN, HK, MO, TW: places.tsv has them), and names that are part of a Chinese place's name or an
everyday word first (蒙古: 内蒙古, 蒙古族; 朝鲜: 朝鲜族; listed in ``_NOT_PLACE`` with the reason).
"""
from __future__ import annotations

import gettext
import importlib.metadata
import os
import sys

import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "analysis", "data", "foreign_places.tsv")
CHINA = {"CN", "HK", "MO", "TW"}
_NOT_PLACE = {
    "蒙古": "内蒙古自治区, 蒙古族",
    "朝鲜": "朝鲜族 (延边朝鲜族自治州)",
}


def _chinese_surfaces() -> set[str]:
    out = set()
    with open(os.path.join(HERE, "..", "analysis", "data", "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("adcode\t"):
                continue
            _code, name, _short, aliases, *_ = line.rstrip("\n").split("\t")
            out.add(name)
            out.update(a for a in aliases.split(",") if a)
    return out


def main() -> int:
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    chinese = _chinese_surfaces()
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if c.alpha_2 in CHINA:
            continue
        common = zh.gettext(getattr(c, "common_name", c.name))
        formal = zh.gettext(c.name)
        names = [n for n in dict.fromkeys([common, formal])
                 if n and not n.isascii() and n not in _NOT_PLACE]
        # a name inside a Chinese place's name (内蒙古) is not matched as the country
        names = [n for n in names if not any(n in w for w in chinese)]
        if not names:
            continue
        rows.append((c.alpha_2, names[0], ",".join(names[1:])))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Countries outside China by their Chinese names: ISO 3166-1 from the PyPI package\n"
                f"# pycountry=={importlib.metadata.version('pycountry')}"
                " (iso-codes zh_CN translations); built by scripts/build_foreign_places.py\n"
                "# (do not edit by hand). Columns: ISO alpha-2, name as reported (the region of a\n"
                "# figure about the country), other surfaces (comma-separated).\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} countries -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
