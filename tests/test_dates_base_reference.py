"""A base counted from the story's reported period (family 'a base after a base'): sentences written for the
rule, none from the gold articles. A phrase counted from the story's time that is itself the base of a
comparison ('from 3bn yuan a year earlier') counts from the period the story reports, not from the date of an
earlier comparison's base ('compared with 1.4bn yuan in 2003'); without a base before it, or when it is no
base itself, it counts from the story's last date as before."""

import pytest

from newsfigures.extraction.dates import extract_dates


def value_of(text: str, quote: str) -> str:
    """The value of the (first) date quoted ``quote`` in an undated text."""
    values = [d.value for d in extract_dates(text, None) if d.quote == quote]
    assert values, [d.quote for d in extract_dates(text, None)]
    return values[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the reported year is 2006; 2005 is the first comparison's base
        (
            "Profit rose to $9m in 2006, compared with $7m in 2005. Sales grew to $80m, from $71m a year earlier.",
            "2005",
        ),
        ("Net debt fell to £40m from £55m in 2005 and costs fell to £12m in 2006 from £15m a year earlier.", "2005"),
        # the reported month, not the base's
        (
            "Output rose 3% in June 2006, against 2% in May. Exports rose to $5bn, up from $4bn a year earlier.",
            "2005-06",
        ),
        # a base whose period has its article ('in the fourth quarter of 2005'): the reported quarter's year before
        (
            "Net profit was $630m in the fourth quarter of 2006, down from $1bn in the fourth quarter of 2005. "
            "Revenue rose 4.7% to $51bn from $48bn a year earlier.",
            "2005-Q4",
        ),
    ],
)
def test_a_base_counts_from_the_reported_period(text: str, value: str) -> None:
    assert value_of(text, "a year earlier") == value


def test_a_phrase_that_is_no_base_counts_from_the_last_date() -> None:
    # 'a year earlier' here tells when an event happened: counted from the story's last date, the base or not
    text = "Profit rose to $9m in 2006, compared with $7m in 2005. A year earlier the firm had cut 300 jobs."
    assert value_of(text, "A year earlier") == "2004"


def test_without_a_base_before_it_the_last_date_counts() -> None:
    text = "Profit rose to $9m in 2006. Sales grew to $80m, from $71m a year earlier."
    assert value_of(text, "a year earlier") == "2005"


def test_a_base_phrase_with_its_article_counts_from_the_reported_period() -> None:
    # 'from $48bn of sales in the previous quarter': the base's amount, two words, then 'in the' before the phrase
    text = (
        "Net profit was $630m in the fourth quarter of 2006, down from $1bn in the fourth quarter of 2005. "
        "Revenue rose to $51bn, from $48bn of sales in the previous quarter."
    )
    assert value_of(text, "previous quarter") == "2006-Q3"
