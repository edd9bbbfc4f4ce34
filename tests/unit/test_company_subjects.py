"""Subjects that are not places (issue #12, item 1): a company named by its brand alone
(``analysis/data/companies.txt``: 万科, 保利发展, 南钢), by its name with a tail (东方财富证券,
国铁集团: subjects.yaml), a ministry, a park or a zone, with the region where the text gives one.
The cases are a data table of real sentences (``tests/unit/data/company_subjects.tsv``)."""
from __future__ import annotations

import pytest

from analysis.indicators import context

from .test_places import none, run, table


@pytest.mark.parametrize("case", table("company_subjects.tsv"), ids=lambda c: c["case"])
def test_company_subject(case):
    text = case["text"].replace("\\n", "\n")
    inds = [i for i in run(text) if i.text == case["figure"]]
    assert len(inds) == 1, [(i.text, i.region, i.subject) for i in run(text)]
    got = inds[0]
    assert (got.region, got.subject) == (none(case["region"]), none(case["subject"]))


def test_brands_are_read_from_the_data_file():
    names = context.brands()
    assert {"万科", "保利发展", "南钢", "国家铁路"} <= set(names)
    assert names.index("万科A") < names.index("万科")      # the longest name first
    assert "全路" in names                                 # an alias (全路 = 国家铁路)


@pytest.mark.parametrize("word", ["美的", "平安", "长城", "大众", "通用", "日产", "小米", "长安"])
def test_words_and_places_are_no_brands(word):
    assert word not in context.brands()


@pytest.mark.parametrize("title,subject", [
    ("解读中海集运半年报", "中海集运"),
    ("算算南钢的“三本账”（人与自然·绿色转型新看点）", "南钢"),
    ("历史性时刻！A股地产_老大_易主：保利_碾压_万科", None),     # two companies: neither
    ("1月至10月铁路客货多项重要指标创历史新高", None),
])
def test_company_of_a_title(title, subject):
    body = "中海集运…中海集运…南钢…南钢…保利…万科"
    assert context.company_title(title, body) == subject
