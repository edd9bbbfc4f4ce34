"""The corpus evaluation's scoring (evaluation/corpus.py): what counts as a whole record right."""
from __future__ import annotations

from evaluation.corpus import add, figures, score

Y2025 = {"start": "2025-01", "end": "2025-12"}


def _rec(**kw):
    base = {"span": [0, 4], "text": "6.7%", "name": "工业增加值", "value": None, "unit": None,
            "change": {"direction": "up", "value": 6.7, "unit": "%", "basis": None},
            "canonical": "industrial_value_added", "rank": None, "period": "全年",
            "period_norm": Y2025, "region": "常德市", "subject": None}
    return {**base, **kw}


def test_the_same_period_written_two_ways_is_wrong_as_written_and_right_by_meaning():
    c = score([_rec()], [_rec(period="2025年")], {}, {})
    assert c["whole"] == [0, 1]
    assert c["whole_n"] == [1, 1]


def test_the_same_word_for_another_period_is_right_as_written_and_wrong_by_meaning():
    c = score([_rec(period="去年", period_norm={"start": "2020-01", "end": "2020-12"})],
              [_rec(period="去年", period_norm={"start": "2021-01", "end": "2021-12"})], {}, {})
    assert c["whole"] == [1, 1]
    assert c["whole_n"] == [0, 1]


def test_a_period_either_side_cannot_resolve_is_compared_as_written():
    gold = _rec(period="连续两年", period_norm=None)
    assert score([gold], [_rec(period="连续两年")], {}, {})["whole_n"] == [1, 1]
    assert score([gold], [_rec(period="全年")], {}, {})["whole_n"] == [0, 1]


def test_another_field_wrong_fails_both():
    c = score([_rec()], [_rec(period="2025年", region="湖南省")], {}, {})
    assert c["whole"] == c["whole_n"] == [0, 1]


def test_a_group_shows_a_figure_only_when_every_text_has_a_count_for_it():
    old = {"gold": [10, 1], "pred": [10, 1], "tp": [10, 1], "whole": [5, 10]}
    new = {**old, "whole_n": [9, 10]}
    assert figures(add(add({}, new), new))["whole_n"] == 0.9
    assert figures(add(add({}, old), new))["whole_n"] is None
    assert figures(add(add({}, new), old))["whole_n"] is None
    assert figures(add(add({}, old), new))["whole"] == 0.5
