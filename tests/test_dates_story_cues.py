"""Cues of the story's own logic that fix the present of an undated story, or keep a date from anchoring
others, each with texts that must and must not fire (Duckling-style; sentences written for these rules,
the expected value worked out from the text):

- a month compared with the same month last year, also told without a year, is the present year's, and the
  present just after it ('rose in March' ... 'compared with March last year' beside 'March 2009');
- the date of a comparison's base ('down from £2.6bn in March 2003') anchors no year-less date after it;
- the New Year or Christmas told as ahead, with a year the story forecasts: the holiday is the one just
  before that year, the present in December ('Dollar slides ahead of New Year' ... 'declines in 2011');
- a stated month the story puts ahead ('will become free to trade by February 2006') bounds the present:
  the year-less dates are the latest ones not after it;
- a year stated in a forecast anchors the year-less dates after it in its own sentence ('a quiet start to
  2011 with the market picking up in the second half');
- a year-less month told as past before a later month of last year it is compared with ('in February ...
  from 102.2 in November last year') is early in the present year, the earliest year the story forecasts;
- a year's results with their conversions in brackets are still results ('net profits of A$1.33bn ($1bn;
  £550m) in 2004');
- a month abbreviation without its full stop is a name ('Jan Egeland'), no month told;
- cues that fix no present: an expectation for the whole of a year, a month ahead alone or after a month told as
  past that may be of the year before, a year ranked in the present perfect beside the next year's earnings.
"""

import pytest
from dates_helpers import undated_dates as dates


def values(text: str) -> dict[str, str]:
    """quote -> value of every date of an undated text."""
    return {quote: value for quote, (value, _) in dates(text).items()}


# --- a month compared with the same month last year -------------------------------------------------

COMPARED = (
    "Van sales showed a post-Easter lull in March, dealers said. Sales were 41,000, compared with 44,000 in "
    "March last year. Lorry sales were 9,000 against 9,500 in March 2009. Sales had been stronger in February."
)


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("March", "2010-03"),  # the month reported, the present year's
        ("February", "2010-02"),
        ("March last year", "2009-03"),
    ],
)
def test_a_month_compared_with_the_same_month_last_year_is_the_present_years(quote, value):
    found = dates(COMPARED)
    assert found[quote] == (value, "story_present")


def test_the_month_compared_places_holidays_before_it():
    """'a post-Christmas lull in January' ... 'January last year' beside 'January 2009': Christmas 2009."""
    text = (
        "Lending showed a post-Christmas lull in January. It was £2bn, compared with £3bn in January last year "
        "and £2.9bn in January 2009."
    )
    assert values(text)["Christmas"] == "2009-12-25"


def test_a_month_told_only_in_a_forecast_does_not_pin_the_present():
    """The month is not told as past: the present year is known, its month is not pinned just after March (which
    would make the October told as past 2009's)."""
    text = (
        "Sales had been stronger in October. Dealers expect sales to rise in March. Sales were 41,000, compared "
        "with 44,000 in March last year and 39,000 in March 2009."
    )
    assert values(text)["October"] == "2010-10"


# --- a comparison's base anchors nothing --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Approvals were £2bn, down from £2.6bn in March 2003. Lending rose in April.",
        "Prices rose to 120, compared with 110 in March 2003. Lending rose in April.",
    ],
)
def test_the_year_of_a_comparisons_base_does_not_anchor_later_dates(text):
    assert values(text)["April"] != "2003-04"


def test_a_year_stated_plainly_still_anchors_later_dates():
    assert values("Approvals reached £2bn in March 2003. Lending rose in April.")["April"] == "2003-04"


# --- the New Year or Christmas told as ahead -------------------------------------------------------------

NEW_YEAR = (
    "Dollar slides ahead of New Year\n\nAnalysts predict that more declines are likely in 2011. Home sales fell "
    "in November, and consumer spending grew just 0.2% last month. The dollar fell on Thursday."
)


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("New Year", "2011-01-01"),
        ("November", "2010-11"),
        ("last month", "2010-11"),  # the present's month is known: December
        ("Thursday", ""),  # a holiday names no week
    ],
)
def test_the_new_year_ahead_and_a_forecast_year_fix_the_present(quote, value):
    assert values(NEW_YEAR)[quote] == value


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "Sales usually pick up in the New Year, and the group is anticipating a quiet start to 2011 with the "
            "market picking up in the second half.",
            "second half",
            "2011-H2",
        ),
        (
            "Toy makers hope for strong sales this Christmas. The new scheme will start in April 2012.",
            "Christmas",
            "2011-12-25",
        ),
        (
            "The fund will not be in force in time for Christmas. It will open in April 2012, and vouchers will be "
            "sent from January.",
            "January",
            "2012-01",
        ),
    ],
)
def test_year_end_holidays_ahead_place_the_story(text, quote, value):
    assert values(text)[quote] == value


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # an event named by the holiday, in the past, and an event's year: no present
        ("The Christmas chaos was likely to hurt the airline. A probe will examine a 1999 agreement.", "Christmas"),
        # no forecast year: which New Year is not told
        ("Shops hope sales will pick up in the New Year.", "New Year"),
        # the forecast year is before a year the story tells as past (not told as a change: 'fell in 2012' in the
        # lede would be a year's change told as news, its present the next year)
        ("Sales were weak in 2012. Shops hope sales will pick up in the New Year, as forecast in 2011.", "New Year"),
    ],
)
def test_no_year_end_present_without_both_cues(text, quote):
    assert values(text)[quote] == ""


# --- a stated month ahead bounds the present --------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "value"),
    [("August", "2005-08"), ("three months ending 30 September", "2005-Q3"), ("a year earlier", "2004-Q3")],
)
def test_a_month_ahead_bounds_the_year_less_dates(quote, value):
    text = (
        "The shares were floated in August. Some 200 million more shares will become free to trade by February "
        "2006. The firm made a profit of $52m in the three months ending 30 September, up from $20m a year earlier."
    )
    assert values(text)[quote] == value


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a comparison's base in a forecast sentence is no month ahead
        ("Unemployment is set to slip below 13%, down from 20% in May 2002. Output rose in August.", "August"),
        # a weekday is placed by no month
        ("Shares fell on Tuesday. More shares will become free to trade by February 2006.", "Tuesday"),
        # a past date in a sentence about the future is no bound
        ("Children born after 1 September 2002 will be eligible. Vouchers went out in January.", "January"),
    ],
)
def test_no_bound_ahead(text, quote):
    assert values(text)[quote] == ""


def test_a_year_of_results_in_a_forecast_sentence_is_no_forecast_year():
    """'its 2004 results' names the results, no forecast year for '23 March': results come out after their year,
    so the day of their publication is 2005's."""
    assert values("The company said it will give the details of its 2004 results on 23 March.")["23 March"] == (
        "2005-03-23"
    )


# --- a month early in the year, compared with a later month of last year -----------------------------------

TURNED = (
    "The optimism index edged up in February to 102.5, from 102.2 in November last year. Its inflation index, "
    "which has risen over the last 8 months, climbed in February. Growth will probably slow by the end of 2012, "
    "and rates could go up later in the year."
)


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("February", "2012-02"),
        ("November last year", "2011-11"),
        ("last 8 months", "2011-07/2012-02"),  # the present's month is known: just after February
        ("later in the year", "2012"),
    ],
)
def test_a_month_after_a_later_month_of_last_year_is_early_in_the_forecast_year(quote, value):
    assert values(TURNED)[quote] == value


@pytest.mark.parametrize(
    "text",
    [
        # the month is after last year's in the calendar: no turn of the year between them
        "The index edged up in December to 102.5, from 102.2 in November last year. Growth will slow by the end of 2012.",
        # no forecast year: which year is not told
        "The index edged up in February to 102.5, from 102.2 in November last year.",
    ],
)
def test_no_turn_of_the_year(text):
    assert values(text).get("November last year", "") == ""


# --- results reported with their conversions in brackets -------------------------------------------------


def test_results_of_a_year_with_conversions_in_brackets_fix_the_present():
    """'net profits of 1.33bn Australian dollars ($1bn; £550m) in 2004': the year's results are out, 2005."""
    text = (
        "The miner said it made net profits of 1.33bn Australian dollars ($1bn; £550m) in 2004. Demand from China "
        "grew strongly in each of the past two years."
    )
    assert values(text)["past two years"] == "2003/2004"


# --- a month abbreviation without its full stop is a name ---------------------------------------------------


def test_a_name_like_jan_is_no_month_told():
    """'Jan Egeland' tells no January: the present stays where the other cues put it (the hurricanes of 'earlier
    this year' are not 2005's because of him)."""
    text = (
        "The relief coordinator, Jan Egeland, said the damage was vast. Tourist revenues rose 45% in the first "
        "10 months of 2004. The bill is likely to be less than the cost of the hurricanes earlier this year."
    )
    assert values(text)["earlier this year"] != "2005"


# --- a month ahead in a story known by its year only; 'later in the month' -------------------------------------


def test_a_month_ahead_in_a_story_known_by_its_year_is_that_years():
    """'4.1% this year, dipping to 4% in 2013' fixes the year only (2012): 'In April it will launch' is April of
    that year, not the next one."""
    text = "Sales will rise 4.1% this year, dipping to 4% in 2013. In April it will launch a hybrid version of its SUV."
    assert values(text)["April"] == "2012-04"


def test_a_month_ahead_from_a_present_known_by_its_month_is_the_next_one():
    """The New Year ahead puts the present in December 2010: 'will open in March' is March 2011, not 2010."""
    text = "Shops prepare ahead of New Year. Analysts predict declines in 2011. The store will open in March."
    assert values(text)["March"] == "2011-03"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Trading was strong on New Year's Day 2011, but the pay-day boost later in the month did not help.",
            "2011-01",
        ),
        ("Sales rose in March 2009. Prices fell later in the month.", "2009-03"),
    ],
)
def test_later_in_the_month_is_the_month_of_the_storys_last_date(text, value):
    assert values(text)["later in the month"] == value


def test_later_in_the_month_after_a_year_alone_stays_empty():
    assert values("Sales rose in 2009. Prices fell later in the month.")["later in the month"] == ""


# --- 'last <month>' from a present known roughly --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the 2010 results are out: the present is early in 2011
        ("The group made net profits of $5bn in 2010. Its chief was appointed last May.", "last May", "2010-05"),
        # a month just before that present would be 'last month': 'last January' is a year back
        ("The group made net profits of $5bn in 2010. It cut payouts last January.", "last January", "2010-01"),
    ],
)
def test_last_month_named_from_a_present_fixed_by_results(text, quote, value):
    assert values(text)[quote] == value


def test_last_month_named_stays_empty_when_only_the_year_is_known():
    """'4.1% this year, dipping to 4% in 2013' gives the year (2012), not the month: which May is not plain."""
    text = "Sales will rise 4.1% this year, dipping to 4% in 2013. Its chief was appointed last May."
    assert values(text)["last May"] == ""


# --- a year before a twelve-month period ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "Firms expect to invest 7.7% more in the year to March 2011 than the previous year.",
            "previous year",
            "2009-04/2010-03",
        ),
        ("Sales rose in the year to March 2011, after a fall a year earlier.", "a year earlier", "2009-04/2010-03"),
        # a calendar year or a quarter keeps its own shift
        ("Sales rose in 2011, after a fall the previous year.", "previous year", "2010"),
        ("Sales rose in the three months to March 2011, up from a year earlier.", "a year earlier", "2010-Q1"),
    ],
)
def test_a_year_before_a_twelve_month_period_is_the_twelve_months_before(text, quote, value):
    assert values(text)[quote] == value


@pytest.mark.parametrize("told", ["over Christmas", "over Easter", "in the spring"])
def test_a_holiday_told_as_past_is_no_month_compared_with_last_year(told: str) -> None:
    """A holiday told as past names no month, so it cannot be 'the month compared with last year' (month 0
    once matched the 'no month' of a stated year and put the present in January). The present stays in
    2004, known by its year only, and 'last winter' is the one before it: December 2003 to February 2004."""
    text = (
        f"The economy grew by 5.5% in 2004, the ministry said. Sales were weak {told}. "
        "The region grew by 5.5% this year. Prices rose in the first quarter and last winter."
    )
    assert values(text)["last winter"] == "2003-24"


# --- cues that leave the present open ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an expectation for the whole of a year is a forecast of that year: no sign it is over
        (
            "Card spending rises\n\nShoppers are expected to spend £300bn on cards during the whole of 2010, a trade "
            "body said. Spending this year has been strong."
        ),
        # a month told as past after the month ahead's (October before April 2011) may be 2010's: the story is
        # told in late 2010 or early 2011, the text does not say which
        (
            "Firm agrees takeover\n\nThe takeover, agreed in October, is expected to complete by April 2011. Sales "
            "this year rose 4%."
        ),
        # a month ahead alone is a bound, no present
        ("Firm agrees takeover\n\nThe takeover is expected to complete by April 2011. Sales this year rose 4%."),
        # a year ranked in the present perfect with the next year's earnings ahead: told at the turn of the
        # years (gold 325: '2004 has proven to be an important year', left open)
        (
            'Group upbeat\n\n"2010 has proven to be an important year for the group," its chairman said. Earnings '
            "for 2011 are expected to rise. Sales this year rose 4%."
        ),
    ],
)
def test_cues_that_leave_the_present_open(text: str) -> None:
    """'this year' takes no year from these cues: none fixes the present (neither 2010 nor 2011)."""
    assert values(text)["this year"] == ""
