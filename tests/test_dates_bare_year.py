"""'The year' after any 'the' (family 'the story's year named by the bare noun'): sentences written for the rule, none
from the gold articles. Besides after a preposition or a verb that ends or begins a period ('for the year', 'ended
the year'), the bare 'the year' is the story's year as a subject ('the year had begun well'), as a possessive ("the
year's average") and before 'on a ... note'; not in 'of the year' (a day or a title ranked within any year), 'on the
year' (a comparison's base), "the year's" before a part or a rank ("the year's second half"), 'year-on-year', 'the
year when' or 'the year ahead'."""

import pytest

from newsfigures.extraction.dates import extract_dates


def _years(text: str) -> list[tuple[str, str]]:
    return [(d.quote, d.value) for d in extract_dates(text, None) if d.quote == "year"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exports rose 3% in 2010. The ministry said the year had been a turning point for farmers.", "2010"),
        ("Jobless claims climbed in March 2011, making the year's total the worst since 1993.", "2011"),
        ("Car sales in 2009 ended the year on a sour note after a weak December.", "2009"),
        ("Shares rose 2% in 2012, and the year closed with the index near its high.", "2012"),
    ],
)
def test_the_bare_year_is_the_story_s_year(text: str, value: str) -> None:
    assert _years(text) == [("year", value)]


def test_the_bare_year_has_no_value_after_a_date_without_one() -> None:
    assert _years("Retail sales jumped in December. Stores ended the year on a high note.") == [("year", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in 2010. Saturday was the busiest day of the year for the shops.",
        "Sales rose in 2010. She was named Businesswoman of the Year.",
        "Sales rose in 2010. Prices were 4.2% higher on the year, the ONS said.",
        "Sales rose in 2010 but the year-on-year rise slowed.",
        "Sales rose in 2010. It may not be the year when rates rise.",
        "Sales rose in 2010. The firm is cautious about the year ahead.",
        "Sales rose in 2010. Prices fell in the month on the year before.",
        "Sales rose in 2010. Orders slowed in the year's second half.",  # a part of the year, its own expression
        "Sales rose in 2010, the best in the year's history.",  # a rank within the year, as 'of the year'
        # a year counted from an event or a month, or still to come: no calendar year of the story
        "Sales rose in 2010. The year since the merger has been hard for staff.",
        "Sales rose in 2010. The year following the crash saw more job cuts.",
        "Sales rose in 2010. Over the year from April, rents will climb.",
        "Sales rose in 2010. The year to come will test the firm.",
    ],
)
def test_the_year_ranked_compared_or_named_is_no_bare_year(text: str) -> None:
    assert _years(text) == []
