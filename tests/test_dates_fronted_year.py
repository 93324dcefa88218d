"""A year that opens its sentence before a past-tense change ('In 2003, the economy expanded by 1.3%') reports that
year's figure as done: the present of an undated story is after it. With a forecast of the next year ('is forecast
to grow by 4.2% in 2004') that leaves one year, the present's (sentences written for this rule, the expected value
worked out from the text)."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "The economy of Chile is forecast to grow by 5% in 2009. A strike earlier this year closed ports. In "
            "2008, the economy expanded by 3.1%.",
            "earlier this year",
            "2009",
        ),
        (
            "Copper output is forecast to grow in 2009. Sales rose last year. During 2008, exports climbed 4%.",
            "last year",
            "2008",
        ),
    ],
)
def test_a_fronted_year_of_change_bounds_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # the year does not open its sentence: 'said in 2008' may date the saying, not the change
        "The economy of Chile is forecast to grow by 5% in 2009. A strike earlier this year closed ports. Analysts "
        "said in 2008 the economy expanded by 3.1%.",
        # no change is told of the year: a launch says nothing of whether the year is over
        "The economy of Chile is forecast to grow by 5% in 2009. A strike earlier this year closed ports. In 2008, "
        "the firm launched a plan.",
    ],
)
def test_a_year_not_fronted_or_without_a_change_does_not_bound_it(text):
    assert dates(text)["earlier this year"] == ("", "unanchored")
