"""When a figure applies: its period, linked to its date expression, by family."""

from __future__ import annotations

import datetime as dt

import pytest
from semantics_helpers import semantics_of

from newsfigures.extraction.merge import extract

PUBLISHED = dt.date(2005, 3, 10)


@pytest.mark.parametrize(
    ("text", "quote", "period", "method"),
    [
        ("Sales rose 8.5% in 1999.", "8.5%", "1999", "same_clause"),
        ("In December, sales rose 1.2%.", "1.2%", "2004-12", "sentence"),
        ("Profits in the fourth quarter of 2004 rose 12%.", "12%", "2004-Q4", "same_clause"),
        ("Exports in 2003 fell 4%, imports in 2004 rose 6%.", "6%", "2004", "same_clause"),
        # a base of comparison is not the period
        ("Output was 92 percent of what it was in 2019.", "92 percent", None, None),
        ("Prices rose 3% in 2004, faster than in 2003.", "3%", "2004", "same_clause"),
    ],
)
def test_period_from_the_sentence(text: str, quote: str, period: str | None, method: str | None) -> None:
    s = semantics_of(text, quote, PUBLISHED)
    if period is None:
        assert s.period is None
        return
    assert s.period is not None and (s.period.value, s.period.method) == (period, method)
    date = extract(text, PUBLISHED).dates[s.period.date]  # linked to the date expression it came from
    assert date.value == period and date.quote in text


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # two periods joined by 'and' after a figure: the figure is about both, the span from one to the other
        ("The bank sees growth of 1.8% in both 2008 and 2009.", "1.8%", "2008/2009"),
        ("Debt payments of $3bn due in 2011 and 2012 were frozen.", "$3bn", "2011/2012"),
        ("It forecast margins of 7-9% for this year and next.", "7-9%", "2005/2006"),
        ("Exports rose 4% in January and February.", "4%", "2005-01/2005-02"),
        # not a span: one figure a period, a year before an earlier one, 'next' of something else
        ("Growth was 2% in 2008 and 3% in 2009.", "2%", "2008"),
        ("Growth was 2% in 2008 and 3% in 2009.", "3%", "2009"),
        ("Sales rose 6% in 2009 and 2008 alike.", "6%", "2009"),
        ("Sales rose 6% this year and next week prices rise.", "6%", "2005"),
        ("Sales rose 6% in 2009 and December.", "6%", "2009"),
    ],
)
def test_a_figure_of_two_periods_joined_by_and_takes_the_span(text: str, quote: str, period: str) -> None:
    s = semantics_of(text, quote, PUBLISHED)
    assert s.period is not None and s.period.value == period
    date = extract(text, PUBLISHED).dates[s.period.date]  # linked to the first date expression
    assert period.split("/")[0] == date.value
    assert s.period.method == ("coordinated" if "/" in period else "same_clause")


def test_a_sentence_without_a_date_inherits_the_paragraphs_period() -> None:
    text = "Trade was robust in 2020. Turnover reached $1.5bn.\n\nIn 2021 turnover reached $2bn."
    s = semantics_of(text, "$1.5bn", PUBLISHED)
    assert s.period is not None and (s.period.value, s.period.method) == ("2020", "inherited_paragraph")
    # a new paragraph inherits nothing from the one before
    assert semantics_of(text, "$2bn", PUBLISHED).period.value == "2021"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a market move of a trading session is of an undated day: no period inherited from before
        ("Output rose 2% in 2008. The index ended the day up 0.4% at 9,120 points.", "0.4%", None),
        ("Output rose 2% in 2008. Shares were up 3% at 98 pence in morning trade.", "98 pence", None),
        ("Output rose 2% in 2008. The euro rose to $1.31 by 1400 GMT.", "$1.31", None),
        # not a session: the figure inherits ('close to', 'trade' as a measure)
        ("Output rose 2% in 2008. Unemployment stayed at close to 9%.", "9%", "2008"),
        ("Output rose 2% in 2008. Foreign trade grew 7%.", "7%", "2008"),
    ],
)
def test_a_trading_session_inherits_no_period(text: str, quote: str, period: str | None) -> None:
    got = semantics_of(text, quote, PUBLISHED).period
    assert (got.value if got else None) == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a forecast's year is not when a reported figure happened: passed over, to the paragraph's earlier time
        ("Analysts forecast growth of 4% for 2009. Exports to Asia grew 34%.", None),
        ("The bank will open 40 branches in 2010. Its Asian arm sold $2bn of loans.", None),
        ("Sales rose 5% in 2008. Analysts forecast growth of 4% for 2009. Exports to Asia grew 34%.", "2008"),
        # the forecast's clause only: 'profit for 2008 and its 2009 profit forecasts'
        (
            "Profit rose 11% to $6m for 2008 and it reaffirmed its 2009 profit forecasts. Exports to Asia grew 34%.",
            "2008",
        ),
        ("It said that sales would grow in 2008 and profits in 2009. Exports to Asia grew 34%.", None),
        # a reported year is inherited; a forecast figure inherits the forecast's year
        ("Sales rose 5% in 2008. Exports to Asia grew 34%.", "2008"),
        ("Analysts forecast growth of 4% for 2009. Exports to Asia will rise by 34%.", "2009"),
    ],
)
def test_a_reported_figure_inherits_no_forecast_s_period(text: str, period: str | None) -> None:
    quote = "34%" if "34%" in text else "$2bn"
    got = semantics_of(text, quote, PUBLISHED).period
    assert (got.value if got else None) == period
    assert got is None or got.method == "inherited_paragraph"


def test_a_sentence_with_its_own_time_span_takes_it_not_the_paragraph_s() -> None:
    text = "In February the fund paid out $5 million. Over the past 15 years, it has lent $700 million."
    period = semantics_of(text, "$700 million", PUBLISHED).period
    assert period is not None and period.value == "1990/2004"  # the 15 whole years before 2005, not February
    vague = "In February the fund paid out $5 million. Over recent years, it has lent $700 million."
    assert semantics_of(vague, "$700 million", PUBLISHED).period is None


def test_no_period_when_the_text_gives_none() -> None:
    assert semantics_of("Sales rose 8.5%.", "8.5%", PUBLISHED).period is None


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the base of a comparison dates the base's own figure, not the compared one
        ("Profit in 2004 was $5m, up 20% on the previous year.", "20%", "2004"),
        ("Profit in 2004 was $5m, up $2m from 2003.", "$2m", "2004"),
        ("In the third quarter it earned $9m, compared with a loss of $4m a year earlier.", "$9m", "2004-Q3"),
        ("In the third quarter it earned $9m, compared with a loss of $4m a year earlier.", "$4m", "2003-Q3"),
        ("Orders in February fell to 7,000 from 8,000 in January.", "7,000", "2005-02"),
        ("Orders in February fell to 7,000 from 8,000 in January.", "8,000", "2005-01"),
        # a revised forecast: the old figure right after 'from' shares the new one's date
        ("The bank cut its forecast to 2.5% from 3.1% for 2005.", "2.5%", "2005"),
        # 'on' before a day is the figure's time, not a base
        ("Shares rose 3% on Tuesday 1 March.", "3%", "2005-03-01"),
    ],
)
def test_a_base_of_comparison_is_the_period_of_the_base_only(text: str, quote: str, period: str) -> None:
    s = semantics_of(text, quote, PUBLISHED)
    assert s.period is not None and s.period.value == period, s.period


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a present state: no earlier period applies
        ("Profit rose 10% in 2004. The group employs 12,000 people.", "12,000"),
        ("Profit rose 10% in 2004. The family controls 40% of the firm, which is worth $3bn.", "$3bn"),
        ("Profit rose 10% in 2004. The bank is 60% owned by the state and 40% by its staff.", "40%"),
        ("Profit rose 10% in 2004. The fund currently holds bonds of $2bn.", "$2bn"),
        ("Exports rose 5% in 2004. Fishing is the main industry, representing 30% of jobs.", "30%"),
        ("Exports rose 5% in 2004. Tourism represents 12% of output.", "12%"),
        # a time of its own that the text leaves unanchored
        ("Sales rose 4% in 2004. Its shares rose 1% before ending Friday 0.5% lower.", "0.5%"),
        # compared with a dated base only: its own time is the present
        ("Sales rose 4% in March. Oil is 40% dearer than at the start of 2004.", "40%"),
        # bounds and an event's year are no time to inherit
        ("It aims to cut 9,000 jobs by 2010. Its workforce totalled 45,000 staff.", "45,000"),
        ("He gave $2m to the 2001 campaign. He paid $1m in fines.", "$1m"),
    ],
)
def test_no_inherited_period(text: str, quote: str) -> None:
    assert semantics_of(text, quote, None).period is None


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("Profit rose 10% in 2004. Sales climbed 8% to $5bn.", "$5bn", "2004"),
        ("The firm reported profit for 2004. Full year 2004 gains were modest. Net profit was up 6%.", "6%", "2004"),
        ("Output rose in the fourth quarter of 2004. Exports have risen 5%.", "5%", "2004-Q4"),
    ],
)
def test_past_figures_inherit_the_paragraph_s_period(text: str, quote: str, period: str) -> None:
    s = semantics_of(text, quote, None)
    assert s.period is not None and s.period.value == period, s.period


def test_a_restatement_shares_the_time_of_the_sentence_before() -> None:
    text = "Trade fell to $1.5bn in 2020. That is 92 percent of what it was in 2019."
    s = semantics_of(text, "92 percent", None)
    assert s.period is not None and s.period.value == "2020"


def test_a_date_beyond_another_figure_is_that_figure_s() -> None:
    text = "By 2007, the population will peak at 127 million, then shrink to 100 million by the middle of the century."
    s = semantics_of(text, "127 million", None)
    assert s.period is not None and s.period.value == "2007"
    assert semantics_of(text, "100 million", None).period is None  # its own time, unanchored without a dateline
    both = "Exports rose 5% and imports 3% in 2004."
    assert semantics_of(both, "5%", None).period.value == "2004"  # type: ignore[union-attr]
