"""The present of a story without a publication date, as its own text states it: a claim told of a
stated year and restated of a deictic one, a series of forecasts going on from 'this year' to a stated
year, a change of the present on the start of a stated year. Sentences written for these rules,
Duckling-style: each family has texts that must fix the present (the expected value computed from the
text) and texts that must not."""

import datetime as dt

import pytest
from dates_helpers import undated_dates as dates

from newsfigures.extraction.dates import extract_dates

# --- a claim told of a stated year and restated of a deictic one --------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # 'this year' restates 2006: the present is 2006
        (
            "Chile's economy expanded by 6.1% in 2006, its fastest pace in a decade. Officials said the "
            "country expanded by 6.1% this year.",
            "this year",
            "2006",
        ),
        # 'last year' restates 2003: the present is 2004
        (
            "Exports to Asia began to recover in 2003. The ministry said exports began to recover last year, "
            "helped by demand from China.",
            "last year",
            "2003",
        ),
        # the other deictic years of the story follow the present the restatement fixes
        (
            "Freight volumes climbed 4% in 2001. The operator said volumes climbed 4% last year and would "
            "grow again next year.",
            "next year",
            "2003",
        ),
        # a year-less date ahead takes the first such date from that present on
        (
            "The bank returned to profit in 2007. Shareholders will meet on 3 March. The chairman said the bank "
            "returned to profit last year.",
            "3 March",
            "2008-03-03",
        ),
    ],
)
def test_a_claim_restated_of_a_deictic_year_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # different claims: 'were strong in 2003' and 'fell last year' share no words before their dates (no
        # verb of change before the years in these texts: a year's change told in the lede fixes the present)
        ("Exports were strong in 2003. Imports fell last year.", "last year"),
        # two words are no claim ('sales peaked'): too common to equate the years
        ("In 2002 sales peaked in 2002. Sales peaked last year.", "last year"),
        # function words alone are no claim
        ("It was the rise of the 2002 market. It was the rise of this year.", "this year"),
        # the same words stated of two different years equate nothing
        ("Output was strong in 2001. Output was strong in 2002. Output was strong last year.", "last year"),
        # a bound is no year of the claim ('by 2008')
        ("The firm aims to double its sales by 2008. It aims to double its sales this year.", "this year"),
    ],
)
def test_other_deictic_years_stay_unanchored(text, quote):
    assert dates(text)[quote] == ("", "unanchored")


# --- a series of forecasts going on from 'this year' to a stated year ------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Growth is forecast to reach 3.1% this year, slowing to 2.6% in 2008.", "this year", "2007"),
        (
            "Inflation will average 2.2% this year and 1.9% in 2006, the bank predicted. Prices rose last year.",
            "last year",
            "2004",
        ),
        # 'tipped to' forecasts, as 'expected to' does
        ("World trade is tipped to grow 7% this year, easing to 6% in 2011.", "this year", "2010"),
    ],
)
def test_a_series_of_forecasts_from_this_year_to_a_stated_year_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # no forecast: a past comparison may go back in time ('this year, after 2% in 2003'; 'gained', not
        # 'rose' or 'were up': a verb of change before 2003 would make it a year's change told in the lede)
        "Sales gained 5% this year, after a 2% gain in 2003.",
        # a bound, not the next year of the series
        "Sales will rise 5% this year and should double by 2008.",
        # no figure between: 'this year' and the year are not a series of forecasts
        "The plant will open this year and the second plant in 2009.",
        # too far apart in a long sentence
        "The company expects sales to rise this year, helped by its new stores in the north of the country "
        "and by the end of the price war that weighed on its margins, to reach $4bn in 2009.",
    ],
)
def test_this_year_without_a_series_of_forecasts_stays_unanchored(text):
    assert dates(text)["this year"] == ("", "unanchored")


# --- a deictic year compared with the stated year just after it -----------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # 'this year' compared with 2006: this year is 2007
        ("The retailer expects profits this year to be lower than in 2006.", "this year", "2007"),
        # 'last year' compared with 2002: last year is 2003
        ("The airline carried 12 million passengers last year, up 4.5% on 2002.", "last year", "2003"),
        # the other deictic years follow: last year is 2010, the present 2011, next year 2012
        ("Sales last year were 8% higher compared with 2009. Growth will slow next year.", "next year", "2012"),
    ],
)
def test_a_deictic_year_compared_with_a_stated_year_is_the_year_after_it(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # 'from' opens a starting point as often as a base
        ("The economy grew 9% last year, a sharp turnaround from 2002 when output fell.", "last year"),
        # the stated year is in another sentence
        ("Sales rose 5% this year. Prices were higher than in 2003.", "this year"),
        # the comparison word is not just before the year
        ("Growth this year was faster than analysts at the bank had forecast in 2008.", "this year"),
        # too far after the deictic year
        (
            "Sales rose last year thanks to strong demand for the new phones in Europe and Asia, than in 2008.",
            "last year",
        ),
    ],
)
def test_a_deictic_year_without_a_comparison_with_the_next_stated_year_stays_unanchored(text, quote):
    assert dates(text)[quote] == ("", "unanchored")


# --- a change of the present on the start of a stated year ----------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Copper is still up 18% on the start of 2006. Demand rose last year.", "last year", "2005"),
        ("Gold prices are 12% higher than at the beginning of 2003. Gold fell a year ago.", "a year ago", "2002"),
        # the present is after the months the story tells as past: 'since mid-August' is this year's
        (
            "Wheat is 20% higher than at the start of 2007. It has risen since mid-August, when the harvest "
            "failed in late September.",
            "mid-August",
            "2007-08",
        ),
    ],
)
def test_a_present_tense_change_on_the_start_of_a_year_fixes_the_present(text, quote, value):
    assert dates(text)[quote][0] == value


@pytest.mark.parametrize(
    "text",
    [
        # told in the past: the change may be a year old
        "Confidence failed to reach the levels at the start of 2004. Sales rose last year.",
        "Prices were 10% higher than at the start of 2004. Sales rose last year.",
        # the comparison word comes after a past-tense verb: 'is lower than it was'
        "The index is where it was, lower than at the start of 2004. Sales rose last year.",
        # not the start of the year
        "Copper is still up 18% on the end of 2006. Demand rose last year.",
    ],
)
def test_other_comparisons_with_a_year_fix_no_present(text):
    assert dates(text)["last year"] == ("", "unanchored")


def test_a_bound_day_is_not_the_day_of_the_story_s_week():
    # 'since 10 September' is a bound, not the story's day: Tuesday has no week
    found = dates("Oil is up 30% on the start of 2004. Crude closed at its lowest since 10 September on Tuesday.")
    assert found["Tuesday"] == ("", "unanchored")
    assert found["10 September"][0] == "2004-09-10"


# --- a narrative step is a date, a comparison of lengths is not --------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Output peaked in 1998. Two years later, the plant closed.", "Two years later", "2000"),
        ("Sales fell in March 2005, after rising 3% three months earlier.", "three months earlier", "2004-12"),
    ],
)
def test_a_narrative_step_counts_from_the_story_s_date(text, quote, value):
    assert dates(text)[quote][0] == value


@pytest.mark.parametrize(
    "text",
    [
        "The contract ends in 2009, two years earlier than planned.",
        "The new line opened in 2003, six months later than scheduled.",
        "The dam was finished in 1999, a year earlier than expected.",
    ],
)
def test_earlier_or_later_than_compares_lengths_and_is_no_date(text):
    assert not any(q.endswith(("earlier", "later")) for q in dates(text))


# --- the whole of a year reported as done -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Inflation for the whole of 2006 was 3.1%. Prices will rise less this year.", "this year", "2007"),
        ("Exports over the whole of 2002 fell 4%. Exports rose last year, the ministry says.", "last year", "2002"),
    ],
)
def test_the_whole_of_a_year_reported_as_done_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


def test_the_whole_of_a_year_forecast_fixes_no_present():
    text = "Growth for the whole of 2006 is expected to be 3%. Prices rose last year."
    assert dates(text)["last year"] == ("", "unanchored")


# --- 'Y as a whole': the full year ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("For 2006 as a whole, the group earned $1.2bn. Its shares fell last year.", "last year", "2006"),
        ("Sales in 2002 as a whole rose 3%, the firm said. It expects more growth this year.", "this year", "2003"),
    ],
)
def test_a_year_as_a_whole_reported_as_done_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # forecast, not done
        "For 2006 as a whole, the group is expected to earn $1.2bn. Its shares fell last year.",
        # 'as a whole' of something else, after a year's subject ('the 2006 market as a whole')
        "In 2006 the market as a whole was weak. Its shares fell last year.",
    ],
)
def test_a_year_as_a_whole_forecast_or_of_another_noun_fixes_no_present(text):
    assert dates(text)["last year"] == ("", "unanchored")


# --- a year told as done, then 'this year' forecast in the same sentence ---------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "Economic growth in 2006 was about 4.7%, with the central bank predicting 4% growth this year.",
            "this year",
            "2007",
        ),
        (
            "The unit was a strong contributor to profits in 2002 but the group said it will do less well this year.",
            "this year",
            "2003",
        ),
        # the other deictic dates of the story follow: 'last year' is the year told as done
        (
            "Exports in 2006 rose 9%, and the ministry expects a slower rise this year. Imports fell last year.",
            "last year",
            "2006",
        ),
        # year-less months told as past are the done year's, early in the next year's ('in January' the next)
        (
            "Output for 2006 was up 3%, and analysts forecast 2% this year. It cut rates in November.",
            "November",
            "2006-11",
        ),
    ],
)
def test_a_year_told_as_done_before_a_forecast_this_year_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # one year, told while it runs: no forecast word between the year and 'this year'
        "Sales in 2006 have risen 5% so far this year, the group said.",
        # the stated year is itself forecast
        "Growth in 2006 will be 4.7%, with the central bank predicting 4% growth this year.",
        # the base of a comparison, not the year reported
        "Sales were higher than in 2006, and the firm expects them to rise this year.",
        # a bound, not a period told as done
        "Prices have risen since 2006, and analysts expect them to rise this year.",
        # the year in another sentence
        "Growth in 2006 was 4.7%. The central bank is predicting 4% growth this year.",
        # history: a year told as done in a story that forecasts no 'this year'
        "In 1998 the firm was floated. It expects profits to rise, and cut rates last year.",
        # an event's year, no figure of it: history, not the year before the present
        "The company, which was floated in 1998, expects profits to rise this year.",
        "Founded in 1998, the firm expects sales to rise this year. Profits fell last year.",
    ],
)
def test_other_years_before_this_year_fix_no_present(text):
    found = dates(text)
    assert all(found[q] == ("", "unanchored") for q in ("this year", "last year") if q in found)


# --- 'since' binds its clause: a year-less date in it is behind the present ------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the present is early 2005 (results of 2004 reported): June is behind it, not four months ahead
        ("Net profit for 2004 rose 8%. Its shares have doubled since listing in Frankfurt in June.", "June", "2004-06"),
        ("Net profit for 2004 rose 8%. It has sold 900 cars since the model's launch in May.", "May", "2004-05"),
    ],
)
def test_a_year_less_date_in_a_since_clause_is_behind_the_story_s_present(text, quote, value):
    assert dates(text)[quote][0] == value


def test_a_year_less_date_in_a_since_clause_is_behind_the_publication_date():
    found = {
        d.quote: d.value for d in extract_dates("Sales have doubled since its launch in June.", dt.date(2005, 2, 10))
    }
    assert found["June"] == "2004-06"
    # not in a 'since' clause: the nearest June, ahead
    found = {d.quote: d.value for d in extract_dates("The plant will open in June.", dt.date(2005, 2, 10))}
    assert found["June"] == "2005-06"


# --- a year-less quarter or half that ends its year, compared with the same period of a stated year --------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the fourth quarter compared with 2008's is 2009's, its results out early in 2010: last year is 2009
        (
            "Its net profit in the fourth quarter was $12m, up from $8m in the same period of 2008. Sales rose "
            "last year.",
            "last year",
            "2009",
        ),
        ("Sales in the second half rose 4% on the same period of 2011. Costs climbed last year.", "last year", "2012"),
        (
            "Final quarter earnings were £3m, against £2m in the same quarter of 2001. Prices fell last year.",
            "last year",
            "2002",
        ),
        # any ordinal that numbers the year's last quarter or half (vocab: ordinals)
        ("Its profit in the 4th quarter was $12m, up from $8m in the same period of 2008. Sales rose last year.",
         "last year", "2009"),
        ("Sales in the latter half rose 4% on the same period of 2011. Costs climbed last year.", "last year", "2012"),
    ],
)  # fmt: skip
def test_a_year_end_quarter_compared_with_the_same_period_of_a_year_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # a quarter that does not end the year: the quarter is 2009's and the present in 2009 ('the same period' rule)
        "Its net profit in the third quarter was $12m, up from $8m in the same period of 2008. Sales rose last year.",
        # the fourth quarter in another sentence
        "The fourth quarter was weak. Its net profit was $12m, up from $8m in the same period of 2008. Sales rose "
        "last year.",
        # a forecast: the quarter is ahead, no results are out
        "Its net profit in the fourth quarter will beat the $8m of the same period of 2008. Sales rose last year.",
        # 'the last quarter' is the quarter before the present, not the year's fourth
        "Its net profit in the last quarter was $12m, up from $8m in the same period of 2008. Sales rose last year.",
        # a quarter of a firm's own year, or of 'the year' a reader places: not a year-less fourth quarter
        "Its net profit in the fourth quarter of its financial year was $12m, up from $8m in the same period of "
        "2008. Sales rose last year.",
        "Its net profit in the fourth quarter of the year was $12m, up from $8m in the same period of 2008. Sales "
        "rose last year.",
    ],
)
def test_other_same_periods_leave_the_present_in_the_year_after_theirs(text):
    assert dates(text)["last year"] == ("2008", "story_present")


# --- a running year's total: 'the first 10 months of 2004' -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a total of the year so far, told as past: the story is told in that year
        (
            "Tourist revenues rose 45% during the first 10 months of 2011. Hurricanes hit the region earlier this "
            "year.",
            "earlier this year",
            "2011",
        ),
        ("Exports for the first eight months of 2009 were up 3%. Imports fell last year.", "last year", "2008"),
    ],
)
def test_a_running_year_s_total_told_as_past_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # eleven months: the total may be out in the next January
        "Exports for the first eleven months of 2009 were up 3%. Imports fell last year.",
        # a quarter or a half: told long after it too
        "Exports for the first three months of 2009 were up 3%. Imports fell last year.",
        "Exports for the first six months of 2009 were up 3%. Imports fell last year.",
        # a forecast of the months ahead
        "Exports for the first eight months of 2009 will be up 3%. Imports fell last year.",
        # the last months of a year
        "Exports for the last eight months of 2009 were up 3%. Imports fell last year.",
    ],
)
def test_other_stretches_of_months_fix_no_present(text):
    assert dates(text)["last year"] == ("", "unanchored")


# --- a year told as ending now: the story is in its last days ------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the year before the one the story looks ahead to
        (
            "Shares have ended the year at their highest level since 13 July amid hopes of a recovery during 2009.",
            "13 July",
            "2008-07-13",
        ),
        (
            "The survey has consumers ending this year on a high note. They are optimistic about 2003.",
            "this year",
            "2002",
        ),
        # 'this year' before a number that tells where it ends
        (
            "Shares have finished this year 12% higher, and analysts expect further gains in 2009. Prices rose in May.",
            "May",
            "2008-05",
        ),
        # else the year the sentence tells as reached
        (
            "Copper prices are finishing the year 30% higher than they were in January 2006. Traders said demand "
            "rose last year.",
            "last year",
            "2005",
        ),
    ],
)
def test_a_year_told_as_ending_now_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


def test_next_year_ahead_counts_from_a_late_present_not_from_half_a_year_after_it():
    # the present is late December 2008: a year-less month ahead is the next one from it, 'next year' stays 2009
    text = (
        "Shares have ended the year at their highest level since July amid hopes of a recovery during 2009. The "
        "government will offer new licences next year."
    )
    assert dates(text)["next year"] == ("2009", "story_present")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a simple past: as often told in the next January
        ("Retail sales ended the year on a high note. Sales are expected to slow in 2009. Prices rose in May.", "May"),
        # a forecast of the year's end
        ("The euro is going to rise in 2009, finishing the year around $1.40. Prices rose in May.", "May"),
        # nothing gives the year
        ("Shares have ended the year at their highest level since July.", "July"),
        # a bound ahead is no next year: the target's year may be far off
        ("Shares have ended the year at their highest level since July. The state aims to cut debt by 2012.", "July"),
        # a bare participle with 'the year': no present
        ("After ending the year with a loss, the firm is expected to recover in 2009. Prices rose in May.", "May"),
        # 'this year' as the time of an end, not the year ended
        ("Two mines have closed this year, and the firm expects more closures in 2009. Prices rose in May.", "May"),
        ("The plant is closing this year, and a new one will open in 2009. Prices rose in May.", "May"),
        ("The tax break ending this year will be replaced in 2009. Prices rose in May.", "May"),
    ],
)
def test_other_years_ending_fix_no_present(text, quote):
    assert dates(text)[quote] == ("", "unanchored")


# --- 'last year' beside a year told as done, deeper than the lede --------------------------------

#: A headline and a lede of three sentences without dates: the years below are told deeper in the story.
LEDE = "Power plans stall\n\nThe agency halted 26 projects. Officials cited safety. Investors were surprised.\n\n"


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "Power cuts forced factories onto short hours last year. In 2006, the country increased its generating "
            "capacity by 12%.",
            "last year",
            "2006",
        ),
        (
            "Remittances kept many families afloat last year, the central bank said. They reached $45bn in 2006, a "
            "record.",
            "last year",
            "2006",
        ),
    ],
)
def test_last_year_beside_a_year_told_as_done_fixes_the_present(text, quote, value):
    assert dates(LEDE + text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    "text",
    [
        # a pluperfect tells a year before the one the story tells of
        "Sales fell last year. In 2005, they had risen 3%.",
        # history beside a later year the story states
        "Sales fell last year. In 1998, output grew 5%. The firm was sold in 2003.",
        # not in the sentence of 'last year' or the next
        "Sales fell last year. Prices were stable. Costs rose. In 2006, output grew 5%.",
        # a year told without a change or level
        "Sales fell last year. In 2006, the firm was floated.",
        # last year's own change compared with a year's: two years side by side, not one told twice
        "Sales fell 3% last year, after they rose 5% in 2005.",
        "Exports grew 8% last year. In 2005, they rose 5%.",
        "Exports grew 8% last year, compared with a rise of 5% in 2005.",
        "Revenue reached $5bn last year. Imports rose 5% in 2005.",
        "Transfers rose sharply last year, the central bank said. Remittances reached $45bn in 2005, a record.",
        # a part of the year told in its clause: the figure is the part's, the year may be running
        "Shortages hit factories last year. In 2006, exports rose 12% in the third quarter.",
        "Shortages hit factories last year. In 2006, exports rose 12% in the first nine months.",
    ],
)
def test_other_years_beside_last_year_fix_no_present(text):
    assert dates(LEDE + text)["last year"] == ("", "unanchored")


def test_a_history_year_before_a_forecast_this_year_beside_a_later_year_fixes_no_present():
    # deeper than the lede: a year of results before 'this year', but the story states a later year
    text = LEDE + "It was sold in 2003. It made a loss of $2m in 1998, but it expects a profit this year."
    assert dates(text)["this year"] == ("", "unanchored")


@pytest.mark.parametrize(
    "text",
    [
        "Shares have ended the year at their highest level. Oil prices are finishing  the year 30% higher.",
        "Two mines have closed this year. Consumers ending this year on a high note; firms ENDING THIS YEAR in the red.",
        "It has ended\u00a0the\tyear, bathe year, has closed the years, is closing the year-end books, is ending the year",
        "the year the year has finished the year has ended this year 5% up",
        "No such phrase here, only the year and this year.",
    ],
)
def test_year_endings_as_finditer(text: str) -> None:
    """year_endings searches only before 'the year' / 'this year' and finds what the regex finds everywhere."""
    from newsfigures.extraction.dates.present import parts

    assert [m.span() for m in parts.year_endings(text)] == [m.span() for m in parts._YEAR_ENDING.finditer(text)]
