"""The bounds an undated story sets on its present's year, each family with texts that must and must not fix it
(sentences written for these rules; the expected value worked out from the text):

- a date told as past or reached ('talks were held in October 2011') puts the present at or after its year;
  a period told as done (results 'for 2012', 'grew 9.5% during 2012') after it;
- a date told as ahead ('is expected to slow in 2011') puts the present at or before its year;
- when the two leave one year, the present is in it; two years or more, or bounds that conflict, fix nothing;
- results told as done in the lede are the story's news, reported soon after their period ends: the present
  is the year after it, unless a bound excludes that year; told only deeper in the story they are background
  (there, a year's change told in the past tense, 'the economy grew 9.5% in 2012', bounds the present from below
  only; in the lede it is news too).
"""

import datetime as dt

import pytest
from dates_helpers import undated_dates as dates
from hypothesis import given
from hypothesis import strategies as st

from newsfigures.extraction.dates import DATE_RE
from newsfigures.extraction.dates.marks import TextMarks
from newsfigures.extraction.dates.present import (
    LEDE_SENTENCES,
    YearBounds,
    lede_end,
    mid_year,
    story_time,
    year_bounds,
    year_only,
    yearless_month,
)


def bounds(text: str) -> YearBounds:
    """The bounds story_time reads in a text."""
    found = story_time(text, list(DATE_RE.finditer(text))).bounds
    assert found is not None
    return found


def present_year(text: str) -> int | None:
    """The year of the present story_time fixes, or None."""
    present = story_time(text, list(DATE_RE.finditer(text))).present
    return None if present is None else present.year


# --- the bounds each kind of date sets ----------------------------------------------------------------------


def test_a_month_told_as_past_bounds_the_present_from_below() -> None:
    text = "Talks on the merger were held in October 2011."
    assert bounds(text) == YearBounds((2011, (33, 45)), None)


def test_a_period_told_as_done_bounds_it_from_the_year_after() -> None:
    text = "Net profit for 2012 rose 8%, the miner said."
    assert bounds(text).low == (2013, (15, 19))


def test_a_year_told_as_ahead_bounds_the_present_from_above() -> None:
    text = "The economy is expected to slow in 2011, the bank said."
    assert bounds(text) == YearBounds(None, (2011, (35, 39)))


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause tells the past: the chief stepped down, the payment is ahead
        "The bank is to pay $1m to the chief who stepped down in April 2011.",
        # a forecast made in the past is a past act, not the sentence's own events ahead
        "In 2004, the bank forecast a fall in prices.",
        # a bound ahead is no forecast of the present's year ('by 2010': a target)
        "The firm plans to double its sales by 2015.",
        # a year that names an event ('the 2012 election') is no time of the story
        "The party will fight the 2012 election on tax.",
        # the publication of a year's results is ahead, not the year: its results are out
        "The airline will give all the details of its 2012 results on 23 March.",
        "The carmaker is due to reveal 2012 earnings on 19 January.",
    ],
)
def test_dates_not_told_as_ahead_set_no_upper_bound(text: str) -> None:
    assert bounds(text).high is None


@pytest.mark.parametrize(
    "text",
    [
        # a forecast of a year's results, no publication: the year is ahead
        "The airline will see its 2012 profits fall sharply.",
        # a publication verb, but no results word after the year: the year is the one ahead
        "The firm will report growth in 2012.",
    ],
)
def test_a_year_of_results_forecast_is_told_as_ahead(text: str) -> None:
    assert bounds(text).high is not None and bounds(text).high[0] == 2012


def test_a_year_s_results_to_be_published_leave_the_year_after_them_open() -> None:
    # 'returned to profit in 2012' in the lede is the story's news; 'will give all the details of its 2012 results
    # on 23 March' no longer bounds the present at 2012: the present is 2013, 23 March is 2013's
    text = (
        "Airline flies back to profit\n\nThe airline has returned to profit in 2012 after losses in 2011. It will "
        "give all the details of its 2012 results on 23 March. Last year, it cut jobs."
    )
    assert dates(text)["Last year"] == ("2012", "story_present")
    assert dates(text)["23 March"] == ("2013-03-23", "story_year")  # the 2012 results come out in 2013


def test_bare_years_without_tense_set_no_bound() -> None:
    assert bounds("Prices in 2011 and in 2012 are shown in the report.") == YearBounds(None, None)


# --- combining them ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reached", "awaited", "year"),
    [
        ([(2011, (0, 4))], [(2011, (10, 14))], 2011),
        # the latest reached and the earliest awaited
        ([(2009, (0, 4)), (2011, (20, 24))], [(2012, (30, 34)), (2011, (10, 14))], 2011),
        # two years left open
        ([(2011, (0, 4))], [(2012, (10, 14))], None),
        # a conflict: the text's bounds cannot both hold
        ([(2012, (0, 4))], [(2011, (10, 14))], None),
        # one side only
        ([(2011, (0, 4))], [], None),
        ([], [(2011, (0, 4))], None),
    ],
)
def test_the_bounds_fix_the_year_only_when_they_leave_one(reached, awaited, year) -> None:
    found = year_bounds(reached, awaited)
    assert found.year == year
    if year is not None:  # the evidence is the date that closed the bounds, the later in the text
        assert found.evidence == max(found.low[1], found.high[1])  # type: ignore[index]


def test_a_bound_the_text_does_not_set_allows_every_year() -> None:
    assert YearBounds(None, None).allows(1900)
    assert YearBounds((2011, (0, 4)), None).allows(2030)
    assert not YearBounds((2011, (0, 4)), None).allows(2010)
    assert not YearBounds(None, (2011, (0, 4))).allows(2012)


# --- the present they fix, seen in the dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # October 2011 told as past, a slowdown in 2011 told as ahead: the story is told in 2011
        (
            "Talks on the merger were held in October 2011. The economy is expected to slow in 2011, the bank "
            "said. Growth was weak last year.",
            "last year",
            "2010",
        ),
        # results for 2012 reported, growth in 2013 ahead: 2013
        (
            "Net profit for 2012 rose 8%, the miner said. Output is expected to grow in 2013. Costs rose last year.",
            "last year",
            "2012",
        ),
        # results told as done in the lede are the news: the story is told the year after them, though it
        # also tells a month of that year as past
        (
            "Publisher's profits slip\n\nThe publisher's net profit for 2012 fell 11%, the group said. Its shares "
            "rose in January 2013. Sales were weak last year.",
            "last year",
            "2012",
        ),
    ],
)
def test_bounds_that_leave_one_year_fix_the_present(text: str, quote: str, value: str) -> None:
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # 2011 reached, 2012 ahead: the story may be told in either
        "Talks on the merger were held in October 2011. The economy is expected to slow in 2012, the bank said. "
        "Growth was weak last year.",
        # years without a tense: nothing is told as past or ahead
        "Prices in 2011 and in 2012 are shown in the report. Growth was weak last year.",
        # bounds in conflict: the text is read wrong somewhere, nothing is fixed
        "Talks on the merger were held in October 2012. The economy is expected to slow in 2011, the bank said. "
        "Growth was weak last year.",
        # results told as done only deep in the story are background, not its news
        "Publisher's profits slip\n\nThe publisher is upbeat, the group said. Its shares rose. Its staff were "
        "pleased. Its shares rose in January 2013. The publisher's net profit for 2012 fell 11%. Sales were weak "
        "last year.",
        # a year's change told in the past tense deeper than the lede bounds the present from below only:
        # statistics of a year are told long after it too
        "Economy grows fast\n\nExports were strong, officials said. Imports were weak. Growth was fast. The economy "
        "grew 9.5% during 2012. Prices rose faster than last year.",
        # the year after the one told as done is excluded by a launch told as ahead in the done year
        "Publisher's sales slip\n\nRevenues at the publisher slipped 11% during 2012, the group said. Its new "
        "title will launch in 2012. Profits were weak last year.",
    ],
)
def test_bounds_that_leave_two_years_or_conflict_fix_no_present(text: str) -> None:
    assert dates(text)["last year"] == ("", "unanchored")


# --- the lede, the middle of a year, year-less months ------------------------------------------------------


def test_the_lede_is_the_headline_and_the_first_sentences() -> None:
    sentences = ["Headline here"] + [f"Sentence {i} ends." for i in range(1, LEDE_SENTENCES + 2)]
    text = sentences[0] + "\n\n" + " ".join(sentences[1:])
    end = lede_end(TextMarks.of(text))
    assert text[:end].endswith(f"Sentence {LEDE_SENTENCES - 1} ends.")
    assert lede_end(TextMarks.of("Short story.")) == len("Short story.")


@given(st.integers(min_value=1, max_value=9998))
def test_the_middle_of_a_year_is_known_by_its_year_only(year: int) -> None:
    middle = mid_year(year)
    assert middle.year == year and year_only(middle)
    days = (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days if year < 9999 else 365
    assert (middle - dt.date(year, 1, 1)).days == days // 2
    assert not year_only(middle + dt.timedelta(days=1)) and not year_only(dt.date(year, 1, 1))


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("in late October", 10),
        ("10 September", 9),
        ("September 10", 9),
        # a range of days across two months: its last month, whichever group holds it
        ("March 30 to April 2", 4),
        ("30 March to 2 April", 4),
        ("between July and September", 9),
        # a year stated or deictic: not year-less
        ("October 2004", 0),
        ("March 30 to April 2, 2004", 0),
        ("October last year", 0),
    ],
)
def test_a_year_less_month_is_the_last_month_of_its_expression(text: str, month: int) -> None:
    found = list(DATE_RE.finditer(text))
    assert len(found) == 1, found
    assert yearless_month(found[0]) == month
