"""Budget and fiscal years the text dates by their months (family 'budget years'): sentences written for the rule."""

import datetime as dt

import pytest

from newsfigures.extraction.dates import extract_dates
from newsfigures.extraction.dates.fiscal import named_fiscal_year


def value_of(text: str, quote: str, published: dt.date | None = None) -> str:
    """The value of the date whose quote is ``quote``."""
    values = [d.value for d in extract_dates(text, published) if d.quote == quote]
    assert values, [d.quote for d in extract_dates(text, published)]
    return values[0]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a span of two years is the fiscal year that begins in the first, in the months the text gives
        (
            "The council's deficit in the year to June 2010 was 3%. Its 2010-11 plan cuts it to 2%.",
            "2010-11",
            "2010-07/2011-06",
        ),
        (
            "Ministers expect growth of 6% in 2009/10, after 5% in the year to March 2009.",
            "2009/10",
            "2009-04/2010-03",
        ),
        # a year that names a budget: the fiscal year most of whose months fall in it
        (
            "The minister's 2008 budget covers the year beginning 1 October 2007 and trims farm aid.",
            "2008",
            "2007-10/2008-09",
        ),
        (
            "Tax receipts for the year to March 2011 rose, and fiscal 2011 should see more.",
            "2011",
            "2011-04/2012-03",
        ),
        # 'the previous fiscal year' after a dated one is the one before it
        (
            "The gap reached $9bn in the 12 months to 30 June 2009, after $7bn in the previous fiscal year.",
            "previous fiscal year",
            "2007-07/2008-06",
        ),
        # 'the following year' after a budget year is the next budget year
        (
            "Spending in the year to March 2009 rose. The 2009-10 target is 4%. The following year it falls.",
            "following year",
            "2010-04/2011-03",
        ),
        # a year-less 'year beginning 1 July' after a named budget year is that year
        (
            "The state's 2012 budget raises fees. The plan for the year beginning 1 July cuts schools.",
            "year beginning 1 July",
            "2011-07/2012-06",
        ),
    ],
)
def test_budget_year_takes_the_months_the_text_gives(text: str, quote: str, value: str) -> None:
    assert value_of(text, quote) == value


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # no fiscal months in the text: calendar years, as the gold README keeps them
        ("The club's 2009-10 season ended with a loss of £3m.", "2009-10", "2009/2010"),
        ("The 2006 budget cuts farm aid by 4%.", "2006", "2006"),
        # twelve months that are a calendar year date no fiscal year
        ("Sales in the 12 months to December 2009 rose; the 2009-10 outlook is weak.", "2009-10", "2009/2010"),
        # two different fiscal years in one story: neither gives its months to the other years
        (
            "Its year to March 2010 was strong; the partner's year to June 2010 was not. The 2010-11 plan is bold.",
            "2010-11",
            "2010/2011",
        ),
        # a year to a day that ends no month ('5 April') gives no whole months
        ("Receipts in the year to 5 April 2010 rose; the 2010-11 forecast is flat.", "2010-11", "2010/2011"),
        # a year beside 'budgets' that does not name one
        ("After the year to March 2005, in 2006 budgets were cut.", "2006", "2006"),
        # a year with its part is the calendar year's part
        ("After the year to March 2005, the end of 2006 budget talks came.", "end of 2006", "2006"),
    ],
)
def test_budget_year_stays_calendar_without_the_months(text: str, quote: str, value: str) -> None:
    assert value_of(text, quote) == value


def test_named_fiscal_year_majority_of_months() -> None:
    assert named_fiscal_year(4, 2005) == ("2005-04/2006-03", "interval")  # April: most months in 2005
    assert named_fiscal_year(10, 2006) == ("2005-10/2006-09", "interval")  # October: most months in 2006
    assert named_fiscal_year(7, 2005) == ("2004-07/2005-06", "interval")  # July: a tie, named for its end


def test_budget_year_with_a_publication_date() -> None:
    text = "The deficit for the year to March 2005 was 4.5%. The 2005-06 target is 4.3%."
    assert value_of(text, "2005-06", dt.date(2005, 3, 1)) == "2005-04/2006-03"


JAN_2005 = dt.date(2005, 2, 10)


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the quarter named before the dated span is that span; the others are counted from it
        (
            "Acme's third-quarter profit rose 5% in the three months to 31 January. Its financial year ends in April.",
            "third-quarter",
            "2004-11/2005-01",
        ),
        (
            "Acme's third-quarter profit rose 5% in the three months to 31 January, after a weak second quarter."
            " Its financial year ends in April.",
            "second quarter",
            "2004-08/2004-10",
        ),
        # a half of the firm's year: the two quarters that end with the one counted
        (
            "Acme's second-quarter sales, for the three months to 31 October, rose. The first half of its fiscal"
            " year was its best.",
            "first half of its fiscal year",
            "2004-05/2004-10",
        ),
        # with no quarter named before it, the first named after it
        (
            "In the three months to 31 January, sales rose 4%, the chain said. It was the fourth quarter of its"
            " fiscal year.",
            "fourth quarter of its fiscal year",
            "2004-11/2005-01",
        ),
    ],
)
def test_firm_quarters_take_the_months_the_text_gives(text: str, quote: str, value: str) -> None:
    assert value_of(text, quote, JAN_2005) == value


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # no word of a fiscal year: a rolling three months beside a calendar quarter
        (
            "Unemployment fell in the three months to November. The economy grew 0.7% in the fourth quarter.",
            "fourth quarter",
            "2004-Q4",
        ),
        # three months that are a calendar quarter leave the quarters as they are (calendar quarters: the last Q2
        # that has ended at the dateline, the profit told as done)
        (
            "Acme's second-quarter profit, for the three months to 30 September, rose. Its fiscal year ends in March.",
            "second-quarter",
            "2004-Q2",
        ),
        # a quarter with its year is that calendar quarter
        (
            "Acme's third-quarter profit rose in the three months to 31 January. In the first quarter of 2004,"
            " its fiscal year's worst, sales fell.",
            "first quarter of 2004",
            "2004-Q1",
        ),
        # a firm's half with no dated quarter keeps no value (its year may begin in any month)
        ("The first half of its financial year was strong, Acme said.", "first half of its financial year", ""),
    ],
)
def test_firm_quarters_stay_calendar_without_the_months(text: str, quote: str, value: str) -> None:
    assert value_of(text, quote, JAN_2005) == value


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # in a budget story, 'this year' and 'the coming year' are budget years around the present
        (
            "The budget deficit will reach 4% this year, the minister said of the year to 31 March.",
            "this year",
            "2004-04/2005-03",
        ),
        (
            "Borrowing for the year to March 2005 fell. The coming year's budget cuts it again.",
            "coming year",
            "2005-04/2006-03",
        ),
        # not without a budget: a survey of firms' year to March leaves the minister's year a calendar year
        (
            "Firms plan to invest 5% more in the year to March 2005. Growth this year was strong, he said.",
            "this year",
            "2005",
        ),
        # not 'last year'
        (
            "The budget for the year to March 2006 was set. Last year the deficit was 4%.",
            "Last year",
            "2004",
        ),
    ],
)
def test_deictic_budget_year(text: str, quote: str, value: str) -> None:
    assert value_of(text, quote, JAN_2005) == value


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a fiscal year dated from a day other than a month's first: the range of its days (gold README)
        (
            "The budget for the fiscal year beginning on 21 March 2009 calls for 5% growth.",
            "year beginning on 21 March 2009",
            "2009-03-21/2010-03-20",
        ),
        # 'on' before the first of a month: whole months
        (
            "Its plan for the year starting on 1 July 2008 adds 200 jobs.",
            "year starting on 1 July 2008",
            "2008-07/2009-06",
        ),
        # 'in' before a month: the year from that month's first day
        (
            "Growth will slow to 1.5% in the next fiscal year starting in April 2009.",
            "year starting in April 2009",
            "2009-04/2010-03",
        ),
        ("Profit for the year ending on 31 March 2009 rose 4%.", "year ending on 31 March 2009", "2008-04/2009-03"),
    ],
)
def test_a_year_dated_from_its_first_or_last_day_after_on_or_in_is_one_span(text: str, quote: str, value: str) -> None:
    assert value_of(text, quote) == value


def test_a_day_after_starting_on_that_opens_no_span_of_months_stays_a_day() -> None:
    # 'starting on' after a noun that is no span of months: the day alone
    assert value_of("Talks starting on 21 March 2009 will set the budget.", "21 March 2009") == "2009-03-21"


def test_a_fiscal_year_starting_in_a_month_gives_its_months_to_a_two_year_span() -> None:
    # a two-year span in a story whose fiscal year starts in April: that fiscal year
    text = "Growth will slow to 1.5% in the next fiscal year starting in April 2009, and reach 2% in 2010/11."
    assert value_of(text, "2010/11") == "2010-04/2011-03"


@pytest.mark.parametrize(
    ("text", "quote", "published", "value"),
    [
        # must: a fiscal-year code in a story that dates its fiscal year by its months is that fiscal year, as 'fiscal
        # 2005' is (the one most of whose months fall in the named year)
        (
            "In the year to June 2005, Acme expects sales of $27bn. FY05 sales rose 5%.",
            "FY05",
            dt.date(2005, 1, 19),
            "2004-07/2005-06",
        ),
        (
            "Acme's sales rose 5% in the year to March 2004. It expects FY2005 sales of $3bn.",
            "FY2005",
            None,
            "2005-04/2006-03",
        ),
        # must not: without the months, the year the code names
        ("Acme expects FY2005 sales of $3bn.", "FY2005", None, "2005"),
        ("Acme expects FY05 sales of $3bn.", "FY05", dt.date(2005, 1, 19), "2005"),
    ],
)
def test_a_fiscal_year_code_takes_the_months_the_text_gives(
    text: str, quote: str, published: dt.date | None, value: str
) -> None:
    assert value_of(text, quote, published) == value
