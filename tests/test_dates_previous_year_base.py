"""A year's figure compared with the year before's ('Growth was 1.1% in 2004, up from just 0.3% in 2003') is a whole
year's figure set beside the last one: the year is over, the present not before the next (a bound, which fixes the
present with a year told as ahead). Sentences written for the rule: must fix the present, must not."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    "text",
    [
        "Italy plans to sell 25bn euros of assets in 2007. Growth was 1.1% in 2006, up from just 0.3% in 2005. Taxes "
        "will be cut this year.",
        "The firm expects to hire 500 staff in 2007. Exports were 8% of output in 2006, compared with 6% in 2005. Taxes "
        "will be cut this year.",
    ],
)
def test_a_years_figure_beside_the_year_befores_bounds_the_present(text):
    assert dates(text)["this year"] == ("2007", "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # the base is not the year before: two years apart, no series of the last two
        "Italy plans to sell 25bn euros of assets in 2007. Growth was 1.1% in 2006, up from 0.3% in 2001. Taxes will "
        "be cut this year.",
        # compared with a part of the year before, not its whole
        "Italy plans to sell 25bn euros of assets in 2007. Growth was 1.1% in 2006, up from 0.3% in the first quarter "
        "of 2005. Taxes will be cut this year.",
    ],
)
def test_a_years_figure_not_beside_the_year_befores_fixes_no_present(text):
    assert dates(text)["this year"] == ("", "unanchored")
