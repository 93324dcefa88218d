"""The benchmark's scoring rules, on hand-made records (no shared material needed)."""

import pytest

from newsfigures.bench.newsquant import Gold, Pred, Score, parse_gold_value, score_sentence, value_match


def same(a: str, b: str) -> bool:
    return a == b


def test_gold_values_and_ranges_parse():
    assert parse_gold_value("8.6") == (8.6, None)
    assert parse_gold_value("252.0-287.0") == (252.0, 287.0)
    assert parse_gold_value("1.99E-5") == (1.99e-5, None)


def test_a_range_matches_only_a_range_by_both_ends():
    gold = Gold(40.0, 50.0, "USD", 1.0)
    assert value_match(Pred(40.0, 50.0, "USD"), gold)
    assert not value_match(Pred(40.0, None, "USD"), gold)
    assert not value_match(Pred(40.0, 55.0, "USD"), gold)


def test_sub_units_match_through_the_factor():
    assert value_match(Pred(0.19, None, "USD"), Gold(19.0, None, "USD", 0.01))


def test_each_gold_is_matched_once_and_f1_follows():
    score = Score()
    golds = [Gold(5.0, None, "percent", 1.0), Gold(7.0, None, "count", 1.0)]
    preds = [Pred(5.0, None, "percent"), Pred(5.0, None, "percent"), Pred(7.0, None, "USD")]
    score_sentence(preds, golds, same, score)
    assert (score.predicted, score.gold, score.value_hits, score.unit_hits) == (3, 2, 2, 1)
    p, r, f = score.prf(score.value_hits)
    assert (p, r) == pytest.approx((200 / 3, 100.0))
    assert f == pytest.approx(2 * p * r / (p + r))
