"""A firm's year-less quarters, halves and 'full year' counted in the year it keeps, where the text dates that
year by its months and its quarter by three months (family 'a firm's year dated by its months'): sentences
written for the rule, none from the gold articles."""

import pytest
from dates_helpers import first_values as values

#: A firm whose year runs from July: its second quarter is October to December.
JULY = (
    "Acme Foods made a profit of $40m in the three months to 31 December 2006, its results showed. Sales in "
    "the second quarter rose 5%, and the firm expects full-year sales to grow for the year to June 2007. Margins "
    "for the quarter were thin. In the first half sales rose 4%."
)
#: A firm whose year runs from April: its third quarter is October to December, its fourth January to March.
APRIL = (
    "Reporting its results for the three months to 31 December 2005, the carrier said profits fell. It now "
    "expects a better fourth quarter and full-year revenue up 2% for the year to March 2006."
)


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (JULY, "second quarter", "2006-Q4"),  # July-September is the first, October-December the second
        (JULY, "full-year", "2006-07/2007-06"),
        (JULY, "quarter", "2006-Q4"),  # 'the quarter' after it is the same quarter
        (JULY, "first half", "2006-H2"),  # July to December, written as the calendar half it is
        (APRIL, "fourth quarter", "2006-Q1"),  # January to March 2006
        (APRIL, "full-year", "2005-04/2006-03"),
    ],
)
def test_a_firm_quarter_is_counted_in_its_year(text: str, quote: str, value: str) -> None:
    assert values(text)[quote] == value


def test_calendar_quarters_stay_calendar() -> None:
    # the year dated by its months is a calendar year's, so the quarters are calendar quarters
    text = (
        "The bank earned $2bn in the three months to 31 December 2006. Third quarter profit was lower, and the "
        "full-year result for the year to December 2006 was a record."
    )
    assert values(text)["Third quarter"] == "2006-Q3"


def test_no_quarter_dated_by_months_leaves_quarters_alone() -> None:
    # a year to March but no quarter dated by its months: 'the third quarter' is not known to be the firm's
    text = "Japan's economy grew 0.5% in the third quarter of 2005, and the government expects 2% for the year to March 2006."
    assert values(text)["third quarter of 2005"] == "2005-Q3"
    text = "Sales rose 3% in the third quarter. The firm expects more for the year to March 2006."
    assert values(text)["third quarter"] != "2005-Q4"


def test_no_results_no_firm_year() -> None:
    # a state's year to March and months of a quarter, but no firm's results: nothing is rewritten
    text = (
        "Tax receipts in the three months to 31 December 2005 were high, and the government's deficit in the "
        "year to March 2006 will be small. The third quarter was strong."
    )
    assert values(text)["third quarter"] != "2005-Q4"


def test_any_results_word_makes_a_story_of_results() -> None:
    # 'net income' and 'loss' are results words as 'profit' is (vocab: present.results and firm_year.also_results)
    text = (
        "The carrier reported net income of $40m for the three months to 31 December 2005. It expects a loss "
        "in the fourth quarter and for the year to March 2006."
    )
    assert values(text)["fourth quarter"] == "2006-Q1"
