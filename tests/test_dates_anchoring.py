"""Anchoring of year-less dates by what the sentence says of them: past bounds ('since May') and days
that name an event ('the 11 September attacks'). Sentences written for these rules, Duckling-style:
each family has examples that must resolve to a value and examples that must not change."""

import datetime as dt

import pytest

from newsfigures.extraction.dates import extract_dates

FEB_2005 = dt.date(2005, 2, 10)


def dates(text: str, published: dt.date | None = FEB_2005) -> dict[str, tuple[str, str]]:
    """quote -> (value, resolution) of every date of the text."""
    return {d.quote: (d.value, d.resolution) for d in extract_dates(text, published)}


# --- a past bound is the latest such date not after its reference ----------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the nearest May to February 2005 is ahead; 'since' looks back
        ("Output grew at its fastest rate since May.", "May", "2004-05"),
        ("Shares have risen steadily since June.", "June", "2004-06"),
        ("Prices were the highest since March.", "March", "2004-03"),
        # the present's own month is the latest not after it
        ("Sales have risen since February.", "February", "2005-02"),
        ("It was the first fall since January.", "January", "2005-01"),
        ("Oil closed at its lowest since mid-August.", "mid-August", "2004-08"),
        # days by days: the same day a year ago is behind, a day just after the present is last year's
        ("The index fell to its lowest since 10 February.", "10 February", "2005-02-10"),
        ("The index fell to its lowest since 12 February.", "12 February", "2004-02-12"),
        ("Crude traded at its lowest close since 10 September.", "10 September", "2004-09-10"),
        ("Prices have fallen since the summer.", "summer", "2004-22"),
    ],
)
def test_a_year_less_date_after_since_is_behind_the_publication_date(text, quote, value):
    assert dates(text)[quote] == (value, "publication_date")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # not a bound: the nearest, which may be ahead (plans, forecasts)
        ("The plant will open in May.", "May", "2005-05"),
        ("Prices may rise in June.", "June", "2005-06"),
        # a stated year, or a deictic word, decides: 'since' changes nothing
        ("Output has grown since May 2003.", "May 2003", "2003-05"),
        ("Output has grown since last May.", "last May", "2004-05"),
        ("Output has grown since next May.", "next May", "2005-05"),
    ],
)
def test_other_year_less_dates_are_unchanged(text, quote, value):
    assert dates(text)[quote][0] == value


@pytest.mark.parametrize(
    ("text", "published", "quote", "value"),
    [
        # the record is about the month its sentence reports, not about the present
        (
            "House prices rose 1.1% in December - the first monthly rise since September.",
            dt.date(2005, 1, 12),
            "September",
            "2004-09",
        ),
        (
            "Confidence rose in December 2004 for the first time since July.",
            dt.date(2005, 6, 1),
            "July",
            "2004-07",
        ),
        (
            "Exports fell in March 2003, their sharpest drop since November.",
            FEB_2005,
            "November",
            "2002-11",
        ),
    ],
)
def test_a_record_s_bound_is_before_the_month_its_sentence_reports(text, published, quote, value):
    assert dates(text, published)[quote] == (value, "story_date")


def test_a_bound_after_another_bound_is_no_record_of_its_date():
    # 'from November 2003' is a bound, and 'have remained unchanged since August' starts a state: August
    # is the first after the rises began (the story's latest month), not one before November 2003
    text = (
        "Rates went up five times from November 2003 - to cool the market - but have remained unchanged since August."
    )
    assert dates(text, None)["August"] == ("2004-08", "story_year")


def test_without_a_publication_date_a_record_s_bound_is_before_the_story_s_present():
    # the present is after August 2004 (the story's latest month): 'its fastest rate since May' is behind it
    text = (
        "Interest rates rose five times between November 2003 and August 2004. "
        "Output rose at its fastest rate since May, data showed."
    )
    assert dates(text, None)["May"] == ("2004-05", "story_year")


# --- a day that names an event -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value", "resolution"),
    [
        ("Its launch was delayed by the 11 September attacks in the US.", "11 September", "", "unanchored"),
        ("Air travel slumped after the September 11 attacks.", "September 11", "", "unanchored"),
        ("Security spending rose after 9/11.", "9/11", "", "unanchored"),
        ("Rates hit a low not long after the 9/11 attacks in 2001.", "9/11", "2001-09-11", "explicit"),
        ("Trade collapsed after the 7 July bombings of 2005.", "7 July", "2005-07-07", "explicit"),
    ],
)
def test_a_day_that_names_an_event_takes_only_the_year_stated_for_it(text, quote, value, resolution):
    assert dates(text)[quote] == (value, resolution)
    assert dates(text, None)[quote] == (value, resolution)


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a day followed by other words is the story's day
        ("Shares fell on 11 September after the results.", "11 September", "2004-09-11"),
        ("The deal closes on 7 July.", "7 July", "2005-07-07"),
        # a stated year is the day's own
        ("The 11 September 2004 attack was foiled.", "11 September 2004", "2004-09-11"),
    ],
)
def test_other_days_are_not_events(text, quote, value):
    assert dates(text)[quote][0] == value


def test_an_event_day_in_an_undated_story_takes_no_year_from_the_story():
    text = "Profits rose in 2004. The plane's launch was delayed by the 11 September attacks, it said."
    assert dates(text, None)["11 September"] == ("", "unanchored")
    # nor is it the reference of a weekday after it
    text = "The deficit grew after the 11 September attacks. On Tuesday, officials asked for more."
    assert dates(text, None)["Tuesday"] == ("", "unanchored")


# --- a streak of months fixes the present of an undated story -------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # on hold for the sixth month after the last rise in August 2004: the present is February 2005
        (
            "Rates rose five times between November 2003 and August 2004. The bank has left rates on hold "
            "for a sixth month in a row. Economists expect a rise later this year.",
            "later this year",
            "2005",
        ),
        # above 50 since June 2003, the 19th consecutive expansion: December is 2004's
        (
            "The index has been above 50 since June 2003. December's reading was the 19th consecutive "
            "expansion. The index rose in December from November.",
            "December",
            "2004-12",
        ),
        (
            "Sales have grown since March 2004. It was the fifth straight monthly rise. Sales rose in July.",
            "July",
            "2004-07",
        ),
        (
            "Output has grown since June 2004. It was the tenth successive increase, with output up in "
            "February. Growth should slow later this year.",
            "later this year",
            "2005",
        ),
    ],
)
def test_a_streak_of_months_after_the_story_s_latest_month_fixes_its_present(text, quote, value):
    assert dates(text, None)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # not months: quarters, trading sessions, years
        "Output has grown since June 2004. It marked a sixth straight quarter of expansion. Growth may slow this year.",
        "Prices have risen since June 2004. Oil rose for a sixth straight session. Growth may slow this year.",
        "Prices have risen since June 2004. The dollar fell for a third consecutive year. Growth may slow this year.",
        # no month stated: nothing to count from ('was strong', not 'rose': a year's change told in the lede
        # would fix the present by itself)
        "Output was strong in 2004. It was the sixth month in a row of growth. Growth may slow this year.",
        # a streak without an ordinal
        "Output has grown since June 2004. It rose for several months in a row. Growth may slow this year.",
    ],
)
def test_other_counts_in_a_row_fix_no_present(text):
    assert dates(text, None)["this year"] == ("", "unanchored")


def test_a_streak_changes_nothing_where_the_text_fixes_the_present_or_gives_a_publication_date():
    # the full year 2004 reported: the present is early 2005 whatever the streak
    text = (
        "Net profit for 2004 rose 10%. Sales have grown since June 2003, the fifth month in a row. "
        "Sales will rise this year."
    )
    assert dates(text, None)["this year"] == ("2005", "story_present")
    text = "Rates have been on hold since August. It is the sixth month in a row. A rise may come later this year."
    assert dates(text, FEB_2005)["later this year"] == ("2005", "relative")


# --- what a fixed present resolves ----------------------------------------------------------------

#: A story whose present the text fixes to early 2005: the fourth quarter of 2004 is reported as done.
REPORTED_2004 = "The firm reported a net profit of $1bn for the fourth quarter of 2004. "


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        # spans of whole years and 'ago' in years depend only on the present's year
        ("Spending will rise over the next three years.", "next three years", "2005/2007"),
        ("The economy grew by 3% a year over the past four years.", "past four years", "2001/2004"),
        ("Losses were made in five of the last six years.", "last six years", "1999/2004"),
        ("It was fined for breaking the rules two years ago.", "two years ago", "2003"),
        ("Sales have risen over the past decade.", "past decade", "1995/2004"),
    ],
)
def test_a_fixed_present_year_gives_spans_of_whole_years_and_years_ago(sentence, quote, value):
    assert dates(REPORTED_2004 + sentence, None)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # counted in months or weeks: the present's month is not fixed by results of a closed quarter
        ("Prices rose last month.", "last month"),
        ("Sales will rise over the next six months.", "next six months"),
        ("Sales rose 2% over the past 12 months.", "past 12 months"),
        ("Shares fell three months ago.", "three months ago"),
        ("Shares fell last week.", "last week"),
    ],
)
def test_a_present_fixed_to_the_year_leaves_month_deictics_unanchored(sentence, quote):
    assert dates(REPORTED_2004 + sentence, None)[quote] == ("", "unanchored")


#: A story whose present a streak fixes to February 2005: on hold for a sixth month after August 2004.
STREAK_FEB_2005 = (
    "Rates rose between November 2003 and August 2004. Rates were left on hold for a sixth month in a row. "
)


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("Output rose last month.", "last month", "2005-01"),
        ("A rise may come next month.", "next month", "2005-03"),
        ("Prices rose 2.7% over the past 12 months.", "past 12 months", "2004-02/2005-01"),
        ("Output fell last May.", "last May", "2004-05"),
        ("Output fell three months ago.", "three months ago", "2004-11"),
    ],
)
def test_a_present_fixed_to_the_month_gives_month_deictics(sentence, quote, value):
    assert dates(STREAK_FEB_2005 + sentence, None)[quote] == (value, "story_present")


def test_a_present_fixed_to_the_month_leaves_weeks_and_days_unanchored():
    found = dates(STREAK_FEB_2005 + "The decision came last week, on Thursday.", None)
    assert found["last week"] == ("", "unanchored")
    assert found["Thursday"] == ("", "unanchored")


# --- a streak that names its month places a present the text fixes otherwise --------------------------------------

#: Results of 2008's last quarter reported as done: the present is early in 2009, its month not fixed.
Q4_2008 = "The bank reported a net profit of $2bn for the fourth quarter of 2008. "


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # December's figures are just out: the present is January 2009, last month December 2008
        (
            Q4_2008 + "Jobless claims rose for a third month in a row in December. Claims for aid fell last month.",
            "2008-12",
        ),
        # a streak that names no month places nothing
        (Q4_2008 + "Jobless claims rose for a third month in a row. Claims for aid fell last month.", ""),
        # November's streak does not fit a present early in 2009 (its next month is 2008's December)
        (Q4_2008 + "Jobless claims rose for a third month in a row in November. Claims for aid fell last month.", ""),
    ],
)
def test_a_streak_naming_its_month_places_the_present_within_its_year(text, value):
    assert dates(text, None)["last month"][0] == value
