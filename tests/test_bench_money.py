"""The money benchmark's gold reader and scorer (newsfigures.bench.money)."""

import pytest

from newsfigures.bench.money import GOLD, currency, parse_gold, score
from newsfigures.bench.newsquant import Pred

GOLD_TEXT = """# a comment
It paid $5 million and 3 euros.
  $5 million | 5000000 | USD
  3 euros | 3 | EUR
Oil was $60 a barrel.
  $60 a barrel | 60 | USD/barrel
He won 3 games.
"""


def test_gold_is_read_by_sentence():
    sentences = parse_gold(GOLD_TEXT)
    assert [len(s.amounts) for s in sentences] == [2, 1, 0]
    assert sentences[0].line == 2
    assert sentences[1].amounts[0][1].unit == "USD/barrel"


@pytest.mark.parametrize(
    "bad, reason",
    [
        ("It paid $5.\n  $6 | 6 | USD\n", "not in its sentence"),
        ("It paid $5.\n  $5 | five | USD\n", "no number"),
        ("It paid $5.\n  $5 | 5\n", "quote | value | unit"),
        ("  $5 | 5 | USD\n", "quote | value | unit"),
    ],
)
def test_malformed_gold_names_file_line_and_reason(bad, reason):
    with pytest.raises(ValueError, match=reason) as e:
        parse_gold(bad, "x.txt")
    assert str(e.value).startswith("x.txt:")


def test_scores_count_value_currency_and_false_positives():
    sentences = parse_gold(GOLD_TEXT)
    answers = {
        "It paid $5 million and 3 euros.": [Pred(5e6, None, "USD"), Pred(3, None, "GBP")],  # wrong currency
        "Oil was $60 a barrel.": [Pred(60, None, "USD/oil_barrel")],  # currency right, denominator differs
        "He won 3 games.": [Pred(3, None, "KRW")],  # no money here: a false positive
    }
    by_currency, by_unit = score(sentences, lambda text: answers[text])
    assert (by_currency.predicted, by_currency.gold) == (4, 3)
    assert (by_currency.value_hits, by_currency.unit_hits) == (3, 2)
    assert by_unit.unit_hits == 1


def test_currency_of_units():
    assert [currency(u) for u in ("USD", "USD/barrel", "count", "pound", "1e6 * EUR")] == ["USD", "USD", "", "", "EUR"]


def test_the_committed_dev_set_parses():
    sentences = parse_gold(GOLD.read_text(encoding="utf-8"))
    assert len(sentences) >= 150
    assert sum(len(s.amounts) for s in sentences) >= 150
