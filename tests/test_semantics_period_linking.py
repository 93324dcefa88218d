"""When a figure applies: which date of the text a figure is linked to, by family (sentences written for
these tests, none from the gold articles).

Families: a forecast word naming the yardstick of a reported result ('in line with forecasts', 'below
market expectations of 190,000') is no forecast, so the figure takes its paragraph's reported period; a
span whose words open with 'from' ('the years from 2006 to 2015') is the figure's own period, no base;
'based on 2004 figures' dates the figure by the year it is computed from; 'the 2003 fiscal year' names a
period, not an event; a present perfect measured 'since' a date runs to the undated present; a rate ('$200m
a year', 'each month') takes only a date of its own clause; the base of a change ('from £2.1bn') takes no
date beyond the next figure.
"""

from __future__ import annotations

import pytest
from semantics_helpers import linked_quote, period_of, semantics_of

YARDSTICKS = [
    # a comparison with forecasts reports the paragraph's time
    ("Retail sales rose 2% in March 2005. Clothing sales rose by 0.4%, in line with forecasts.", "0.4%", "2005-03"),
    (
        "Factories added 120,000 jobs in June 2005. The gain was below market expectations of 150,000 new jobs.",
        "150,000",
        "2005-06",
    ),
    ("Exports rose 5% in 2004. Imports rose 3% - less than analysts had expected.", "3%", "2004"),
    ("Output grew 4% in 2004. Steel output grew 9%, more than expected.", "9%", "2004"),
]
FORECASTS = [
    # a forecast is still a forecast: it takes no reported period
    ("Retail sales rose 2% in March 2005. Clothing sales will rise by 0.4%, analysts forecast.", "0.4%"),
    ("Exports rose 5% in 2004. Imports are expected to rise 3%.", "3%"),
]


@pytest.mark.parametrize(("text", "quote", "period"), YARDSTICKS)
def test_a_yardstick_forecast_is_a_report(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(("text", "quote"), FORECASTS)
def test_a_forecast_takes_no_reported_period(text: str, quote: str) -> None:
    assert period_of(text, quote) is None


@pytest.mark.parametrize(
    ("text", "quote", "period", "date"),
    [
        # 'from' opening a span is the span's own word
        (
            "The office forecast a total deficit of $900bn for the years from 2007 to 2016.",
            "$900bn",
            "2007/2016",
            "2007 to 2016",
        ),
        # 'based on' names the figures the estimate is made of
        ("Based on 2003 figures the combined group would have sales of more than $8bn.", "$8bn", "2003", "2003"),
        # 'the 2002 fiscal year' is a period: later paragraphs of the story take it
        (
            "Acme Corp has cut its profits for the 2002 fiscal year.\n\nAcme said it had made $120m, "
            "compared with the $190m it first reported.",
            "$120m",
            "2002",
            "2002",
        ),
    ],
)
def test_a_span_or_a_source_year_is_the_figure_s_period(text: str, quote: str, period: str, date: str) -> None:
    assert period_of(text, quote) == period
    assert linked_quote(text, quote) == date


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # still a base: 'from' with a date of its own after a figure, 'on' of a comparison
        ("Output rose 5% from 2003 levels.", "5%"),
        ("Profits were up 12% on the previous year.", "12%"),
    ],
)
def test_a_base_stays_a_base(text: str, quote: str) -> None:
    assert period_of(text, quote) is None


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a present perfect since a date, in a story whose present is open: no range, nor the paragraph's time (a
        # present the text fixes ends the range: test_semantics_period_since)
        ("Sales of the drug rose 8% in October 2004. The peso has strengthened 6% since late March.", "6%"),
        ("Sales of the drug rose 8% in October 2004. Its shares, which have lost 40% since last year, rose.", "40%"),
        ("Profits rose 8% in 2004. Prices have risen by 12% since the merger.", "12%"),
    ],
)
def test_a_perfect_since_a_date_takes_no_earlier_period(text: str, quote: str) -> None:
    assert period_of(text, quote) is None


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a past event in the same paragraph is still the paragraph's time
        ("Sales of the drug rose 8% in 2004. Exports rose by 12% as the peso weakened.", "12%", "2004"),
        # 'since' without a perfect: a record's bound, the sentence's own time stands
        ("Prices rose 0.8% in May 2005, the biggest rise since 1998.", "0.8%", "2005-05"),
    ],
)
def test_no_perfect_since_keeps_the_period(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a rate with no time in its own clause
        ("Sales rose 3% in 2004. The merger will save about $150m a year, the firm said.", "$150m a year"),
        ("Unemployment was 5.1% in May 2005, and 150,000 jobs must be created each month to cut it.", "150,000"),
        ("Output fell 2% in 2004. The field could pump 300,000 barrels a day.", "300,000 barrels a day"),
    ],
)
def test_a_rate_takes_only_its_own_clause_s_time(text: str, quote: str) -> None:
    assert period_of(text, quote) is None


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a rate with its own time
        ("The country pumped 474,000 barrels a day in 1973.", "474,000 barrels a day", "1973"),
        ("The firm saved $40m a year in 2004.", "$40m a year", "2004"),
        # 'a year ago' is a base, not a rate's unit: the sentence's own time stands
        ("In May 2005, the surplus grew 1.8% on a year ago to 1.1 trillion yen.", "1.8%", "2005-05"),
    ],
)
def test_a_rate_with_its_own_time_keeps_it(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


def test_a_base_takes_no_date_beyond_the_next_figure() -> None:
    text = "Profits fell to £1.9bn from £2.1bn, with 300 jobs cut in 2005."
    assert period_of(text, "£2.1bn") is None  # 2005 is the job cuts' time, not the base's
    assert period_of(text, "300") == "2005"
    # the base's own date, right after it, is still its period
    assert period_of("Profits fell to £1.9bn from £2.1bn in 2003.", "£2.1bn") == "2003"
    # a date before the base is the whole change's: the base takes it too
    assert period_of("In 2004 profits fell to £1.9bn from £2.1bn, with 300 jobs cut.", "£2.1bn") == "2004"


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a date opening the sentence dates its clause, not a clause of its own after ', and'
        (
            "In 2002, Acme reported a 15% rise in sales to £2.9bn, and it has lately forecast similar gains in 2003.",
            "£2.9bn",
            "2002",
        ),
        # a date opening the next figure's elliptical clause is that figure's
        ("In 2001/02, for example, fees rose by 3.2% and in 2003/04 by 6.1%.", "3.2%", "2001/2002"),
        ("In 2001/02, for example, fees rose by 3.2% and in 2003/04 by 6.1%.", "6.1%", "2003/2004"),
        # 'while' joins two results of one time: the date is shared
        (
            "Net income for 2003 was $2.1bn - up $1bn from 2002 - while turnover rose $5.3bn to $120.4bn.",
            "$5.3bn",
            "2003",
        ),
        # a base word of the sentence before is no base of the date ('since the late 1980s. In 1990/91')
        ("Fees have risen since the late 1980s. In 1990/91, for example, fees rose by 3.2%.", "3.2%", "1990/1991"),
    ],
)
def test_the_figure_s_own_clause_dates_it(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a contrasting clause beyond another figure has that figure's time
        (
            "Copper is about 30% dearer than at the start of 2004, but down on the peak of $3,200 set in late May.",
            "30%",
        ),
        (
            "Investment was up 15.2% from the previous year - although well off the peak of 38% seen in the first "
            "quarter of 2003.",
            "15.2%",
        ),
        # a figure of the present ('currently') takes no date of another clause of its sentence
        ("With a fortune of $9bn, Mr Smith is currently on trial following his arrest in May 2003.", "$9bn"),
    ],
)
def test_another_clause_s_date_is_not_the_figure_s(text: str, quote: str) -> None:
    assert period_of(text, quote) is None


def test_a_contrast_without_a_figure_between_keeps_the_date() -> None:
    # no other figure in the contrasting clause: the date is the only time the sentence gives the figure
    assert period_of("Sales rose 4%, but profits fell in the second half of 2004.", "4%") == "2004-H2"
    # 'currently' with the date in the figure's own clause: the clause's time stands
    assert period_of("The firm currently employs staff hired in 2003 and had sales of $4m in 2004.", "$4m") == "2004"


def test_a_date_before_a_comma_is_not_the_next_figure_s() -> None:
    # the date ends the figure's clause; the figure after the comma opens another one
    text = "Net profit was $50m (£27m; 38m euros) in the fourth quarter of 2004, compared with $12m in 2003."
    assert period_of(text, "$50m") == "2004-Q4"


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a past perfect tells of an earlier time the text leaves open
        ("Enron collapsed in 2001. The firm had been inflating its profits by $600m.", "$600m", None),
        ("Trading was halted in 2003. The group had secretly lost $90m on derivatives.", "$90m", None),
        # in indirect speech it reports the paragraph's time
        ("Its results for 2003 were revised. The firm said it had made $434m, not $600m.", "$434m", "2003"),
        ("Its results for 2003 were revised, claiming it had lost $45m on the deal.", "$45m", "2003"),
        # a simple past takes the paragraph's time
        ("Enron collapsed in 2001. Its debts reached $13bn.", "$13bn", "2001"),
    ],
)
def test_a_past_perfect_takes_no_earlier_period(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


SURVEY = (
    "Bosses upbeat on growth\n\n"
    "More than 80% of chief executives expect their sales to grow, a survey of 900 bosses suggests.\n\n"
    "About 25% of the bosses polled say they have moved jobs abroad. Growth has slowed from last year, with "
    "just 40% of firms calling it a threat.\n\n"
    "Sales rose 3% in 2003, the firm said.\n\n"
    "For the survey, the consultancy interviewed 900 chief executives during the last three months of 2004.\n"
)


@pytest.mark.parametrize("quote", ["80%", "25%", "40%"])
def test_a_survey_s_figures_take_its_fieldwork_time(quote: str) -> None:
    got = semantics_of(SURVEY, quote, None).period
    assert got is not None and got.value == "2004-Q4" and got.method == "survey"
    assert linked_quote(SURVEY, quote) == "last three months of 2004"


def test_no_survey_no_fieldwork_time() -> None:
    # a paragraph that does not speak of the survey keeps its own time
    assert period_of(SURVEY, "3%") == "2003"
    # an earlier survey's date is not the story's fieldwork
    text = (
        "About 25% of the bosses polled were gloomy.\n\n"
        "When the firm conducted the same survey in 2002, 30% of bosses were gloomy.\n"
    )
    assert period_of(text, "25%") is None
    # an undated survey: its figures have no period
    assert period_of("About 25% of the bosses polled for the survey were gloomy.\n", "25%") is None
