"""analysis.export.indicators_csv: BOM, columns, quoting, formula-injection guard."""
from __future__ import annotations

import csv
import io

import pytest

from analysis.export import COLUMNS, indicators_csv
from analysis.pipeline import analyze
from tests.fixtures_docs import seed_text


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _indicator(**kw) -> dict:
    base = {"name": "地区生产总值", "canonical": "gdp", "value": 164.4, "unit": "亿元",
            "approx": False, "normalized": {"value": 16440000000.0, "unit": "元"},
            "change": {"direction": "up", "value": 5.7, "unit": "%", "basis": "同比"},
            "rank": "增幅全市第一", "completion": None, "period": "上半年", "region": "平鲁区",
            "span": [132, 140], "text": "164.4亿元", "article": 0,
            "sentence": "地区生产总值完成164.4亿元,增长5.7%,增幅全市第一"}
    base.update(kw)
    return base


def test_header_and_one_row():
    data = indicators_csv({"indicators": [_indicator()]})
    assert data[3:].decode().split("\r\n")[0] == ",".join(COLUMNS)
    (row,) = _rows(data)
    assert row == {
        "article": "0", "name": "地区生产总值", "canonical": "gdp", "value": "164.4",
        "unit": "亿元", "approx": "false", "normalized_value": "16440000000",
        "normalized_unit": "元", "change_direction": "up", "change_value": "5.7",
        "change_unit": "%", "change_basis": "同比", "rank": "增幅全市第一", "completion": "",
        "period": "上半年", "region": "平鲁区", "start": "132", "end": "140",
        "text": "164.4亿元", "sentence": "地区生产总值完成164.4亿元,增长5.7%,增幅全市第一"}


def test_nulls_are_empty_cells():
    ind = _indicator(value=None, normalized=None, change=None, canonical=None, rank=None,
                     period=None, region=None, article=None, approx=True)
    (row,) = _rows(indicators_csv({"indicators": [ind]}))
    for col in ("value", "normalized_value", "normalized_unit", "change_direction",
                "change_value", "change_unit", "change_basis", "canonical", "article"):
        assert row[col] == "", col
    assert row["approx"] == "true"


def test_empty_result_has_header_only():
    data = indicators_csv({"indicators": []})
    assert _rows(data) == []
    assert data == b"\xef\xbb\xbf" + ",".join(COLUMNS).encode() + b"\r\n"


def test_quoting_of_commas_quotes_and_newlines():
    sentence = '他说:"增长5.7%",\n另起一行, 还有逗号'
    (row,) = _rows(indicators_csv({"indicators": [_indicator(sentence=sentence)]}))
    assert row["sentence"] == sentence


@pytest.mark.parametrize("evil", ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)",
                                  "\t=1", "\r=1"])
def test_formula_injection_guard(evil):
    ind = _indicator(name=evil, sentence=evil, region=evil, text=evil)
    (row,) = _rows(indicators_csv({"indicators": [ind]}))
    for col in ("name", "sentence", "region", "text"):
        assert row[col] == "'" + evil, col


def test_negative_numbers_stay_numbers():
    ind = _indicator(value=-3.2, change={"direction": "down", "value": -1.5, "unit": "百分点",
                                        "basis": None},
                     normalized={"value": -32000.0, "unit": "元"}, completion=-0.5)
    (row,) = _rows(indicators_csv({"indicators": [ind]}))
    assert (row["value"], row["change_value"], row["normalized_value"], row["completion"]) == \
        ("-3.2", "-1.5", "-32000", "-0.5")


def test_string_in_numeric_column_is_still_guarded():
    (row,) = _rows(indicators_csv({"indicators": [_indicator(value="=1+1")]}))
    assert row["value"] == "'=1+1"


def test_large_and_small_numbers_without_exponent():
    ind = _indicator(value=1e-7, normalized={"value": 1.2345e20, "unit": "元"})
    (row,) = _rows(indicators_csv({"indicators": [ind]}))
    assert float(row["value"]) == 1e-7 and "e" not in row["value"].lower()
    assert float(row["normalized_value"]) == 1.2345e20 and "e" not in row["normalized_value"].lower()


def test_real_result_round_trips():
    result = analyze(seed_text("000").encode(), "000.txt").to_json_dict()
    rows = _rows(indicators_csv(result))
    assert len(rows) == len(result["indicators"])
    for row, ind in zip(rows, result["indicators"]):
        assert row["name"].lstrip("'") == (ind["name"] or "")
        assert row["text"] == ind["text"]
        assert (int(row["start"]), int(row["end"])) == tuple(ind["span"])
        if ind["value"] is not None:
            assert float(row["value"]) == ind["value"]
        if ind["change"]:
            assert row["change_direction"] == ind["change"]["direction"]


def test_accepts_result_model():
    result = analyze(seed_text("001").encode(), "001.txt")
    assert indicators_csv(result) == indicators_csv(result.to_json_dict())


# --------------------------------------------------------------------------------------------
# several documents: CSV with job_id/filename, XLSX


def test_rows_csv_puts_job_and_file_first_and_guards_them_too():
    from analysis.export import MULTI_COLUMNS, rows_csv, tag_rows

    rows = (tag_rows({"indicators": [_indicator()]}, "job-1", "a.txt")
            + tag_rows({"indicators": [_indicator(value=-3.2)]}, "job-2", "=HYPERLINK(1).txt"))
    got = _rows(rows_csv(rows))
    assert tuple(got[0]) == MULTI_COLUMNS
    assert [(r["job_id"], r["filename"], r["value"]) for r in got] == [
        ("job-1", "a.txt", "164.4"), ("job-2", "'=HYPERLINK(1).txt", "-3.2")]


def test_xlsx_numbers_are_numbers_and_text_is_never_a_formula():
    import openpyxl

    from analysis.export import DOCUMENT_COLUMNS, MULTI_COLUMNS, indicators_xlsx, tag_rows

    evil = ["=1+1", "+1", "-2", "@SUM(A1)", "=cmd|' /C calc'!A0"]
    rows = [r for i, e in enumerate(evil)
            for r in tag_rows({"indicators": [_indicator(name=e, value=-1.5 * i, span=[i, i + 3],
                                                         sentence=e + "\x01")]}, f"j{i}", e)]
    data = indicators_xlsx(rows, [{"job_id": "j0", "filename": "=1+1", "bytes": 12, "chars": 7,
                                   "indicators": 5, "state": "succeeded"}])
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb["indicators"]
    head = [c.value for c in ws[1]]
    assert tuple(head) == MULTI_COLUMNS
    col = {h: i for i, h in enumerate(head)}
    for i, (row, e) in enumerate(zip(list(ws.iter_rows(min_row=2)), evil, strict=True)):
        for name in ("filename", "name"):
            cell = row[col[name]]
            assert cell.value == e and cell.data_type == "s", (name, cell.value, cell.data_type)
        assert row[col["sentence"]].value == e  # control characters dropped, text kept
        v = row[col["value"]]
        assert v.data_type == "n" and v.value == -1.5 * i
        assert (row[col["start"]].value, row[col["end"]].value) == (i, i + 3)
        assert row[col["approx"]].value is False
    d = wb["documents"]
    assert tuple(c.value for c in d[1]) == DOCUMENT_COLUMNS
    assert d["B2"].value == "=1+1" and d["B2"].data_type == "s"
    assert d["E2"].value == 12 and d["E2"].data_type == "n"
    # and the XML has no formula element at all
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for n in z.namelist():
            if n.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(n) and b"<f " not in z.read(n)
