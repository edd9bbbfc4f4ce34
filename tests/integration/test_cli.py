"""`zhibiao analyze` without Redis: one JSON per file, in order; a bad file gives a one-line
error on stderr and a non-zero exit while the other files are still processed."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.support import ROOT, SEEDS, contract_problems


def _analyze(*args: str) -> subprocess.CompletedProcess:
    # no ZHIBIAO_REDIS_URL and nothing listening: analyze must not need Redis
    return subprocess.run([sys.executable, "-m", "zhibiao.cli", "analyze", *args], cwd=ROOT,
                          capture_output=True, timeout=120, env={"PATH": "/usr/bin:/bin"})


def test_json_lines_in_argument_order_and_errors_do_not_stop_the_rest(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = _analyze(str(SEEDS[1]), str(tmp_path / "missing.txt"), str(empty), str(SEEDS[2]))
    assert out.returncode != 0
    lines = out.stdout.decode().splitlines()
    assert [json.loads(x)["document"]["filename"] for x in lines] == [SEEDS[1].name, SEEDS[2].name]
    err = out.stderr.decode().strip().splitlines()
    assert len(err) == 2
    assert "missing.txt" in err[0] and "empty.txt" in err[1] and "empty_document" in err[1]
    for line, seed in zip(lines, (SEEDS[1], SEEDS[2])):
        assert contract_problems(json.loads(line), seed.read_bytes()) == []


def test_one_file_prints_one_object_with_tokens_on_request():
    out = _analyze("--tokens", str(SEEDS[1]))
    assert out.returncode == 0, out.stderr.decode()
    res = json.loads(out.stdout)
    text = SEEDS[1].read_text("utf-8")
    assert res["tokens"] and res["stats"]["tokens"] == len(res["tokens"])
    words = [text[s:e] for s, e, _ in res["tokens"]]
    assert "平鲁区" in words
    plain = json.loads(_analyze(str(SEEDS[1])).stdout)
    assert "tokens" not in plain


def test_csv_of_several_files_has_a_file_column_and_one_header(tmp_path):
    import csv
    import io

    out = _analyze("--format", "csv", str(SEEDS[1]), str(SEEDS[2]))
    assert out.returncode == 0, out.stderr.decode()
    assert out.stdout.startswith(b"\xef\xbb\xbf") and out.stdout.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.DictReader(io.StringIO(out.stdout.decode("utf-8-sig"))))
    one = [json.loads(_analyze(str(s)).stdout) for s in (SEEDS[1], SEEDS[2])]
    assert [(r["filename"], r["text"]) for r in rows] == [
        (str(s), ind["text"]) for s, res in zip((SEEDS[1], SEEDS[2]), one)
        for ind in res["indicators"]]
    # one file: the single-document CSV, no file column (unchanged)
    single = _analyze("--format", "csv", str(SEEDS[1])).stdout.decode("utf-8-sig")
    assert single.splitlines()[0].startswith("article,name,")


def test_xlsx_to_a_file(tmp_path):
    import openpyxl

    xl = tmp_path / "out.xlsx"
    assert _analyze("--format", "xlsx", str(SEEDS[1])).returncode == 2  # needs --output
    out = _analyze("--format", "xlsx", "--output", str(xl), str(SEEDS[1]), str(SEEDS[2]))
    assert out.returncode == 0, out.stderr.decode()
    wb = openpyxl.load_workbook(xl)
    rows = list(wb["indicators"].iter_rows(values_only=True))
    head = rows[0]
    res = json.loads(_analyze(str(SEEDS[1])).stdout)
    first = [dict(zip(head, r)) for r in rows[1:] if r[1] == str(SEEDS[1])]
    assert [(r["value"], r["start"]) for r in first] == [
        (i["value"], i["span"][0]) for i in res["indicators"]]
    assert all(isinstance(r["value"], (int, float)) for r in first)
    docs = list(wb["documents"].iter_rows(values_only=True))
    assert [d[1] for d in docs[1:]] == [str(SEEDS[1]), str(SEEDS[2])]
