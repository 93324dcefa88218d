"""A season after a noun of its course (family 'the arrival of spring'): sentences written for the rule, none from
the gold articles. 'The arrival of spring', 'the approach to Spring', 'by the start of spring' name a season, 'spring'
too, which elsewhere needs a preposition ('in the spring'), this/last/next or a year, being a verb first; the value
is the season nearest the present, empty without one. 'Spring' as a verb after 'to' ('set to spring back') and 'the
end of the fall in prices' are no seasons."""

import datetime as dt

import pytest
from dates_helpers import date_values

from newsfigures.extraction.dates import extract_dates


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The arrival of spring in the north will focus attention on fuel stocks.", "spring"),
        ("In the approach to Spring, the market becomes more sensitive to refinery problems.", "Spring"),
        ("Gas demand usually eases by the start of spring.", "spring"),
        ("Retailers cut prices ahead of the onset of the spring.", "spring"),
        ("Shops had a slow start to spring, the survey said.", "spring"),
    ],
)
def test_a_season_after_a_noun_of_its_course_is_a_season(text: str, quote: str) -> None:
    assert date_values(text, dt.date(2005, 2, 10)).get(quote) == "2005-21"
    assert date_values(text, None).get(quote) == ""  # no present: recorded without a value


@pytest.mark.parametrize(
    "text",
    [
        "Shares are set to spring back once the results are out.",
        "Hopes spring eternal among the firm's investors.",
        "Analysts expect the end of the fall in prices soon.",
        "The spring of the mechanism broke.",
        "New rivals will spring up in the market.",
        # 'close to', 'an end to': no noun of a season's course before 'to'
        "Traders said prices were close to spring highs.",
        "The cuts put an end to spring sales.",
    ],
)
def test_spring_and_fall_as_other_words_are_no_season(text: str) -> None:
    assert not [d for d in extract_dates(text, dt.date(2005, 2, 10)) if d.granularity == "season"]
