"""A year-less month, day or season in a story whose present the text does not fix: which stated year dates it
(sentences written for this rule; the expected value worked out from the text).

A year the story states once, in an earlier sentence, is an event's date (history: 'became president in 2002',
'collapsed in 2003'); a month told later without a year is as likely the story's own as that year's, so it keeps
no value. In its own sentence the year dates it ('In 2001 ... in March'); so does a year the story comes back to
(the time it reports on), and a quarter or half takes the year of the figures told before it.
"""

import datetime as dt

import pytest
from dates_helpers import undated_dates as dates

from newsfigures.extraction.dates import extract_dates


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the year in the month's own sentence
        ("The bank was founded in 1998, and in July it opened a branch in Leeds.", "July", "1998-07"),
        # a year the story comes back to: the year it reports on
        (
            "Exports rose 12% in 2011. Imports rose 9% in 2011. Exports totalled $60bn in December.",
            "December",
            "2011-12",
        ),
        # a quarter after the year's figures: that year's quarter
        ("The economy grew 5.2% in 2011. But growth slowed in the fourth quarter.", "fourth quarter", "2011-Q4"),
        ("Output rose 3% in 2011. Output fell in the first half.", "first half", "2011-H1"),
    ],
)
def test_a_year_of_the_sentence_or_of_the_story_dates_a_yearless_month(text: str, quote: str, value: str) -> None:
    assert dates(text)[quote] == (value, "story_year")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # an event's year stated once, the month in a later sentence
        ("She became chief executive in 2009. Her predecessor had died suddenly in April.", "April"),
        ("The brewer went bust in 2008 after a fraud. Its founder was questioned on 15 January.", "15 January"),
        ("The regulator fined the bank in 2007. The bank returned to profit in September.", "September"),
        ("Ferries were sold off from the early 1980s to 1994. A new minister was appointed in July.", "July"),
        ("The plant opened in 2010. Analysts said hiring began over the summer.", "summer"),
    ],
)
def test_a_year_stated_once_does_not_date_a_later_sentence_s_month(text: str, quote: str) -> None:
    assert dates(text)[quote] == ("", "unanchored")


def test_a_story_whose_present_is_fixed_still_dates_months_by_the_year_before_them() -> None:
    # results for 2011 reported: the present is early 2012, and the December of the year just reported is 2011's
    text = "Net profit for 2011 rose 8%, the miner said. Output fell in December."
    assert dates(text)["December"] == ("2011-12", "story_year")


def test_the_year_of_results_to_be_published_does_not_date_the_day_of_publication() -> None:
    # 'this year' compared with 2011 makes the present 2012; the 2011 earnings are revealed after 2011 ends
    text = (
        "The carmaker expects earnings this year to be lower than in 2011. It is due to reveal 2011 earnings on "
        "19 January."
    )
    assert dates(text)["19 January"] == ("2012-01-19", "story_year")
    # a year of the sentence's own events still dates its day
    told = "The carmaker expects earnings this year to be lower than in 2011. Sales in 2011 rose, and on 19 January it cut prices."
    assert dates(told)["19 January"] == ("2011-01-19", "story_year")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the streak names its month: it ends in the December nearest the latest stated month (January 2012)
        (
            "Unemployment rose for the 11th consecutive month in December. Be prepared for a nasty figure for "
            "January 2012, an economist said. Weise said the rise was due to the onset of winter.",
            "December",
            "2011-12",
        ),
        # a streak that names no month counts its months from the latest stated one (August 2011 + 6)
        (
            "Rates rose between November 2010 and August 2011. Rates were left on hold for a sixth month in a row. "
            "Output rose last month.",
            "last month",
            "2012-01",
        ),
    ],
)
def test_a_streak_of_months_places_the_present_after_its_last_month(text: str, quote: str, value: str) -> None:
    assert dates(text)[quote] == (value, "story_present")


FEB_2005 = dt.date(2005, 2, 1)


@pytest.mark.parametrize("published", [None, FEB_2005])
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Sales rose in 2004. December is traditionally a quiet month for the housing market.", ["December"]),
        ("December and January are two of the busiest months for travel in Asia.", ["December", "January"]),
    ],
)
def test_a_month_named_in_general_has_no_value(text: str, quotes: list[str], published: dt.date | None) -> None:
    found = {d.quote: (d.value, d.resolution) for d in extract_dates(text, published)}
    assert all(found[q] == ("", "unanchored") for q in quotes)


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # told in the past: that year's month
        ("December and January were the busiest months for travel.", "January", "2005-01"),
        ("Sales rose in 2004. December was a good month for the housing market.", "December", "2004-12"),
        # put ahead: no month in general (the publication-date rule places it, the first November not over by it:
        # resolve.told_point)
        ("Sales may recover: November is expected to be a better month.", "November", "2005-11"),
    ],
)
def test_a_month_told_as_past_or_ahead_is_a_date(text: str, quote: str, value: str) -> None:
    assert {d.quote: d.value for d in extract_dates(text, FEB_2005)}[quote] == value
