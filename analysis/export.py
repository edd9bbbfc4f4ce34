"""Export indicators as CSV that Excel opens correctly, and as XLSX.

``indicators_csv(result) -> bytes``: UTF-8 with a BOM (Excel otherwise reads the bytes as
the ANSI code page and garbles Chinese), CRLF line ends, RFC 4180 quoting by the csv
module, one row per indicator in result order.

CSV formula injection: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would be run as a formula by a spreadsheet, so it gets a leading
apostrophe (the OWASP recommendation; Excel hides the apostrophe). Numbers in the numeric
columns are written as plain numbers, negative ones included (``-3.2``), never prefixed.

Several documents: ``rows_csv(rows)`` and ``indicators_xlsx(rows, documents)`` take indicator
rows that carry their ``job_id`` and ``filename`` (the first two columns, ``SOURCE_COLUMNS``);
``tag_rows(result, job_id, filename)`` makes them from a result. In the XLSX numbers are
numbers and every text cell is a string cell: a spreadsheet never evaluates it as a formula,
whatever it starts with (``=1+1`` stays the text ``=1+1``, no apostrophe needed).
"""
from __future__ import annotations

import csv
import io
import json
import math
from decimal import Decimal
from typing import Any

COLUMNS = ("article", "name", "canonical", "value", "unit", "approx", "normalized_value",
           "normalized_unit", "change_direction", "change_value", "change_unit", "change_basis",
           "rank", "completion", "period", "region", "start", "end", "text", "sentence")

NUMERIC_COLUMNS = frozenset({"article", "value", "normalized_value", "change_value",
                             "completion", "start", "end"})

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def number_text(v: Any) -> str:
    """A number as people and Excel read it: no exponent, no trailing ``.0``; ``""`` for
    None, a bool or a non-finite float. The CSV and the HTML view both print numbers so.

    >>> number_text(164.4), number_text(7810000000.0), number_text(1e-07), number_text(None)
    ('164.4', '7810000000', '0.0000001', '')
    """
    if v is None or isinstance(v, bool):
        return ""
    if isinstance(v, int):
        return str(v)
    if not isinstance(v, float):
        return str(v)
    if not math.isfinite(v):
        return ""
    if v == int(v) and abs(v) < 1e16:
        return str(int(v))
    s = repr(v)
    if "e" in s or "E" in s:
        s = format(Decimal(s), "f")
    return s


def _text(v: Any) -> str:
    s = "" if v is None else str(v)
    if s.startswith(_FORMULA_START):
        return "'" + s
    return s


def _cell(column: str, v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if column in NUMERIC_COLUMNS and isinstance(v, (int, float)):
        return number_text(v)
    return _text(v)


def _row(ind: dict) -> dict[str, Any]:
    normalized = ind.get("normalized") or {}
    change = ind.get("change") or {}
    span = ind.get("span") or (None, None)
    return {
        "article": ind.get("article"),
        "name": ind.get("name"),
        "canonical": ind.get("canonical"),
        "value": ind.get("value"),
        "unit": ind.get("unit"),
        "approx": ind.get("approx"),
        "normalized_value": normalized.get("value"),
        "normalized_unit": normalized.get("unit"),
        "change_direction": change.get("direction"),
        "change_value": change.get("value"),
        "change_unit": change.get("unit"),
        "change_basis": change.get("basis"),
        "rank": ind.get("rank"),
        "completion": ind.get("completion"),
        "period": ind.get("period"),
        "region": ind.get("region"),
        "start": span[0] if len(span) > 0 else None,
        "end": span[1] if len(span) > 1 else None,
        "text": ind.get("text"),
        "sentence": ind.get("sentence"),
    }


def indicators_csv(result: dict) -> bytes:
    """The result's indicators as CSV bytes (UTF-8 with BOM); a header row even when empty.

    ``result`` is the contract JSON (a dict); a pydantic ``Result`` is accepted too.
    """
    if hasattr(result, "model_dump"):
        result = result.model_dump(mode="json")
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for ind in result.get("indicators") or []:
        row = _row(ind)
        writer.writerow([_cell(c, row[c]) for c in COLUMNS])
    return "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")


SOURCE_COLUMNS = ("job_id", "filename")
MULTI_COLUMNS = SOURCE_COLUMNS + COLUMNS
DOCUMENT_COLUMNS = ("job_id", "filename", "state", "media_type", "bytes", "chars", "sha256",
                    "indicators", "error")


def tag_rows(result: dict, job_id: str, filename: str) -> list[dict]:
    """The result's indicators, each with its ``job_id`` and ``filename``."""
    if hasattr(result, "model_dump"):
        result = result.model_dump(mode="json")
    return [{**ind, "job_id": job_id, "filename": filename}
            for ind in result.get("indicators") or []]


def rows_csv(rows: list[dict]) -> bytes:
    """Indicator rows of several documents as CSV (UTF-8 with BOM): ``job_id``, ``filename``,
    then the columns of ``indicators_csv``."""
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(MULTI_COLUMNS)
    for ind in rows:
        row = _row(ind)
        writer.writerow([_text(ind.get("job_id")), _text(ind.get("filename"))]
                        + [_cell(c, row[c]) for c in COLUMNS])
    return "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")


def indicators_xlsx(rows: list[dict], documents: list[dict]) -> bytes:
    """An XLSX workbook: sheet ``indicators`` (``MULTI_COLUMNS``, one row per indicator) and
    sheet ``documents`` (``DOCUMENT_COLUMNS``, one row per document)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("indicators")
    ws.append([_xl_text(ws, c) for c in MULTI_COLUMNS])
    for ind in rows:
        row = _row(ind)
        row["job_id"], row["filename"] = ind.get("job_id"), ind.get("filename")
        ws.append([_xl(ws, c, row[c]) for c in MULTI_COLUMNS])
    wd = wb.create_sheet("documents")
    wd.append([_xl_text(wd, c) for c in DOCUMENT_COLUMNS])
    for d in documents:
        wd.append([_xl(wd, c, d.get(c)) for c in DOCUMENT_COLUMNS])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


_XL_NUMERIC = NUMERIC_COLUMNS | {"bytes", "chars", "indicators"}


def _xl(ws, column: str, v: Any):
    if v is None:
        return None
    if isinstance(v, bool):
        return v
    if column in _XL_NUMERIC and isinstance(v, (int, float)):
        return v if math.isfinite(v) else None
    if isinstance(v, (dict, list)):
        v = json.dumps(v, ensure_ascii=False)
    return _xl_text(ws, str(v))


def _xl_text(ws, s: str):
    """A string cell, never a formula (openpyxl would store ``=...`` as one)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    c = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", s))
    c.data_type = "s"
    return c
