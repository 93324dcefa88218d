"""More ways an undated story fixes its own present, each with texts that must and must not fix it
(Duckling-style; sentences written for these rules, the expected value worked out from the text):

- a month told with a deictic year restates a month the text dates ('in March last year' beside
  'March 2002': last year is 2002);
- year-less months told as past come after the latest month the text states ('revised its figure for
  November 2006' ... 'in December': the story is told just after December 2006);
- a year's total told as reached ("took 2001's total to 40,000": 2001 is over);
- an exact 'N years ago' told of the event a stated year dates ('the targets set out in Lisbon five years ago' ...
  'the targets set out at the Lisbon summit in 2010': the present is 2015).
"""

import pytest
from dates_helpers import undated_dates as dates

from newsfigures.extraction.dates import extract_dates

# --- a month told with a deictic year restates a dated month ----------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # 'March last year' is the 'March 2002' the text dates: the present is 2003
        (
            "The brewer agreed the sale in March 2002. Its chief said the deal struck in March last year had "
            "paid off, and profits would rise next year.",
            "next year",
            "2004",
        ),
        (
            "The brewer agreed the sale in March 2002. The deal of March last year paid off.",
            "March last year",
            "2002-03",
        ),
        # 'this year' too: 'June this year' is the 'June 2010' stated
        (
            "The plant shut in June 2010. Workers who lost their jobs in June this year are still waiting; "
            "last year was better.",
            "last year",
            "2009",
        ),
    ],
)
def test_a_month_with_a_deictic_year_restating_a_dated_month_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # another month: 'May last year' is not the 'March 2002' stated
        ("The sale was agreed in March 2002. The deal of May last year paid off.", "May last year"),
        # the month dated with two years: which one is meant is not plain
        (
            "Rates rose in March 2001 and again in March 2002. The rise of March last year hurt.",
            "March last year",
        ),
        # a bound is no restatement ('since March 2002' starts a state)
        ("Prices have risen since March 2002. The rise of March last year was the sharpest.", "March last year"),
    ],
)
def test_a_month_with_a_deictic_year_and_no_single_dated_twin_stays_unanchored(text, quote):
    assert dates(text)[quote] == ("", "unanchored")


# --- year-less months told after the latest stated month -------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # December follows November 2006 (the story's latest month): told as past, the story is told just
        # after it, in January 2007; 'last year' is 2006 and 'last month' December
        (
            "The agency revised its figure for November 2006 down. Factories cut 12,000 jobs in December, "
            "the worst month of last year.",
            "last year",
            "2006",
        ),
        (
            "The agency revised its figure for November 2006 down. Factories cut 12,000 jobs in December, "
            "the agency said, and more last month.",
            "last month",
            "2006-12",
        ),
        # a state since a month ('unchanged since July', after 'from May 2008') lifts the floor: the
        # months told after it follow it, and the story is told after the latest of them
        (
            "Rates rose three times from May 2008 but have been unchanged since July. Shops had a poor "
            "Christmas. Output fell in October. Last year was hard.",
            "Last year",
            "2008",
        ),
        (
            "Rates rose three times from May 2008 but have been unchanged since July. Shops had a poor "
            "Christmas. Output fell in October.",
            "Christmas",
            "2008-12-25",
        ),
    ],
)
def test_year_less_months_told_after_the_latest_stated_month_fix_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # August is nearer before October 2009 than after it: no month is told after the latest
        ("Talks were held in October 2009. The bank was linked to a bid in August. Last year was calm.", "Last year"),
        # a record's bound is far back, before the present: 'the lowest since March' places nothing
        (
            "Sales peaked in June 2003. Prices are at their lowest level since March. Last year was calm.",
            "Last year",
        ),
        # a month told in a forecast is ahead, not reported
        ("Orders peaked in November 2005. Output will rise in January. Last year was calm.", "Last year"),
    ],
)
def test_year_less_months_that_follow_no_stated_month_fix_no_present(text, quote):
    assert dates(text)[quote] == ("", "unanchored")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the lede tells December without its year, the story later states it with its year: the news of that
        # month, told just after it (January 2007)
        (
            "Retail sales fell in December, the statistics office said. A survey found that Christmas 2006 was the "
            "worst for ten years. Clothing sales rose last year.",
            "last year",
            "2006",
        ),
        (
            "Retail sales fell in December, the statistics office said. A survey found that Christmas 2006 was the "
            "worst for ten years.",
            "December",
            "2006-12",
        ),
        # another month: the present in the month after it, the same year
        ("Sales fell in October. Talks were held in October 2006. Profits fell last year.", "last year", "2005"),
    ],
)
def test_a_year_less_month_that_is_the_latest_month_stated_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # history: the year stated just before places the month, which says nothing of the present
        ("The firm was founded in March 1998. In March, it opened a plant. Profits fell last year.", "last year"),
        # no month told without its year
        ("Talks were held in October 2006. Profits fell last year.", "last year"),
        # a month told in a forecast is ahead, not reported
        ("Output will rise in October. Talks were held in October 2006. Profits fell last year.", "last year"),
        # the stated month tells a change of its own: a figure compared with, a year before the year-less one
        (
            "Retail sales fell 1% in December, the statistics office said. In December 2005, sales rose 2%. Clothing "
            "sales rose last year.",
            "last year",
        ),
        (
            "Retail sales fell in December, the statistics office said. In December 2005, they had risen 2%.",
            "December",
        ),
    ],
)
def test_other_months_beside_the_latest_month_stated_fix_no_present(text, quote):
    assert dates(text)[quote] == ("", "unanchored")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a year-less month after a stated month is the first such month from it on
        ("The Fed has raised rates since June 2004. It raised them again in January.", "January", "2005-01"),
        # before any stated month it is not placed by one the story comes to later
        ("Talks began on March 3 and lasted two days; they resume on 4 May 2021.", "March 3", ""),
    ],
)
def test_a_year_less_month_is_placed_only_by_a_month_stated_before_it(text, quote, value):
    assert dates(text)[quote][0] == value


# --- a year's total told as reached ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "Firms added 90,000 jobs in the month. That took 2001's total to 1.1 million, after a weak last year.",
            "last year",
            "2001",
        ),
        ("The haul took 1998’s tally to 310 tonnes. Next year will be leaner.", "Next year", "2000"),
    ],
)
def test_a_year_s_total_told_as_reached_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a total ahead is a forecast: the year may be the present one
        ("Analysts expect 2001's total to reach 1.1 million. Last year was weak.", "Last year"),
        # a possessive that is no total ('2001's 9% rise') is a base of comparison, not the year's whole
        ("Growth is well above 2001's 9% rise. Last year was weak.", "Last year"),
    ],
)
def test_a_year_s_total_ahead_or_another_possessive_fixes_no_present(text, quote):
    assert dates(text)[quote] == ("", "unanchored")


# --- the evidence: the date each inferred value was counted from -------------------------------------


def anchors(text: str) -> dict[str, tuple[str, str, str | None]]:
    """quote -> (value, resolution, quote of the date it was counted from) of an undated text."""
    return {
        d.quote: (d.value, d.resolution, text[d.anchor[0] : d.anchor[1]] if d.anchor else None)
        for d in extract_dates(text, None)
    }


def test_each_inferred_value_names_the_date_it_was_counted_from():
    text = (
        "The agency revised its figure for November 2006. Factories cut jobs in December. A month later they "
        "hired again, after the worst month of last year. Output rose in 2001, and in October it fell."
    )
    found = anchors(text)
    assert found["November 2006"] == ("2006-11", "explicit", None)
    assert found["December"] == ("2006-12", "story_year", "November 2006")  # the stated year before it
    assert found["last year"] == ("2006", "story_present", "December")  # the month whose figures are told
    assert found["A month later"] == ("2007-01", "story_date", "December")  # counted from the story's date
    assert found["October"] == ("2001-10", "story_year", "2001")


def test_a_present_fixed_by_a_restated_month_or_a_total_names_that_date():
    restated = anchors("The deal was struck in July 2004. Our deal of July last year paid off; next year looks good.")
    assert restated["next year"] == ("2006", "story_present", "July 2004")  # the present is 2005
    total = anchors("That took 2004's total to 2.2 million. Last year was the best in five years.")
    assert total["Last year"] == ("2004", "story_present", "2004")
    assert anchors("Last year was good.")["Last year"] == ("", "unanchored", None)


# --- forecast words that are no forecast ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # 'higher than predicted' compares with a forecast made before: the 2004 profit is reported, done
        ("Net profit rose to $5bn in 2004, higher than predicted. Last year was the best yet.", "Last year", "2004"),
        # 'May 2008' is the month, not the modal: the June after it is told as past, the present follows it
        ("The plant closed in May 2008. It reopened in June, and last year was hard.", "last year", "2007"),
    ],
)
def test_a_comparison_with_a_forecast_or_the_month_may_is_no_forecast(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


def test_a_profit_forecast_for_a_year_fixes_no_present():
    assert dates("Net profit will rise to $5bn in 2004, analysts predicted. Last year was weak.")["Last year"] == (
        "",
        "unanchored",
    )


def test_a_deadline_ahead_is_no_month_told_as_past():
    text = "The court ruled on 15 December 1993. The lawyers have until 21 March to appeal. Last year was long."
    assert dates(text)["Last year"] == ("", "unanchored")


# --- a holiday told as past places the present after it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Christmas is over: the present year's winter is the one starting in its December
        (
            "Gas is still 20% dearer than at the start of 2008. Markets were shut for the Christmas holiday. Demand "
            "has been weak this winter.",
            "2008-24",
        ),
        # Christmas ahead places nothing: the present is known by its year, and the nearest winter its first
        (
            "Gas is still 20% dearer than at the start of 2008. Markets will shut for the Christmas holiday. Demand "
            "has been weak this winter.",
            "2007-24",
        ),
    ],
)
def test_a_holiday_told_as_past_places_the_present_after_it(text, value):
    assert dates(text)["this winter"] == (value, "story_present")


# --- 'N years ago' told of the event a stated year dates ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "The economic targets set out at the Lisbon summit in 2010 were ambitious. Part of the problem lies in "
            "the original targets set out in Lisbon five years ago. Growth was weak this year.",
            "this year",
            "2015",
        ),
        (
            "A manager gave a bribe to a senior official at the ministry in 2012. The firm admitted that one of "
            "its managers paid the senior official two years ago. Sales fell last year.",
            "last year",
            "2013",
        ),
        # the event's year stated after 'N years ago'
        (
            "The firm admitted that its manager paid the senior official three years ago. A manager gave a bribe "
            "to a senior official in 2011. Sales fell last year.",
            "last year",
            "2013",
        ),
    ],
)
def test_years_ago_told_of_a_dated_event_fix_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # another event of the same firm: only the firm is shared
        "Enron went bankrupt in 2011. Lawyers filed a class action for Enron shareholders three years ago. Sales "
        "fell last year.",
        # a hedged count is no exact one
        "The targets set out at the Lisbon summit in 2010 were ambitious. The targets set out in Lisbon almost "
        "five years ago were missed. Sales fell last year.",
        # 'a year ago' is as often a comparison's base
        "The targets set out at the Lisbon summit in 2010 were ambitious. The targets set out in Lisbon a year ago "
        "were missed. Sales fell last year.",
        # the stated year is ahead: no date of the event told 'ago'
        "The bank will set out new targets at the Lisbon summit in 2016. It set out its targets in Lisbon two "
        "years ago. Sales fell last year.",
        # two dated events that disagree
        "The targets set out at the Lisbon summit in 2010 were ambitious. The targets set out at the Lisbon "
        "summit in 2011 were not. The targets set out in Lisbon five years ago were missed. Sales fell last year.",
    ],
)
def test_years_ago_not_told_of_one_dated_event_fix_no_present(text):
    assert dates(text)["last year"] == ("", "unanchored")
