"""Indicator extraction: every reported statistic, traceable to its characters.

Where things are:
- ``engine.py``   ``extract(cleaned, sentences, articles)``: the stage the pipeline calls
- ``patterns.py`` regexes that find quantities, changes, completions, ranks (what is a candidate)
- ``parse.py``    a found span → value, unit, normalized, change direction (what it means)
- ``numbers.py``  Arabic and Chinese numerals → float
- ``tables.py``   statistical tables (tab, | or aligned rows): one record per figure
- ``names.py``    the metric name before a figure, its canonical key (taxonomy.yaml)
- ``context.py``  sentences joined across layout breaks; period and region inheritance;
                  the document's date and periods as months (``period_norm``)
- ``places.py``   every place in China (``places.tsv``), one automaton, ambiguity resolution
- ``data.py``     loads the language data in ``analysis/data/`` once at import
"""
from .context import DateContext, document_date
from .engine import extract

__all__ = ["extract", "document_date", "DateContext"]
