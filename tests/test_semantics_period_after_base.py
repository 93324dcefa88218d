"""A change measured from 'the previous quarter' (month, year), in a sentence and paragraph that date it no other way,
is of the unit after its base ('While the jobless rate rose to 4.7% from 4.6% in the previous quarter': the previous
quarter is 2004-Q3, so 4.7% is of 2004-Q4). 'The previous quarter' is counted back from the figure's own quarter:
the text dates the figure by dating its base. Before this rule such a figure had no period (a change takes a period
later than its base, and the paragraph gave none). A base named outright ('from £8.3bn in October') says nothing of
how far the new level is from it, and gives no period.

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import datetime as dt

import pytest
from semantics_helpers import semantics_of

from newsfigures.extraction.merge import extract
from newsfigures.package.validate import _period_of

JOBS = (
    "Jobs market\n\nThe number of people in work in the UK has hit a record high, official figures show.\n\n"
    "Some 28.5 million people were in work in the three months to December 2004.\n\n"
    "The gap can be explained by a growing population. While the jobless rate rose to 4.7% from 4.6% in the "
    "previous quarter, the rate is still one of the lowest in Europe.\n"
)
LENDING = (
    "Mortgage lending\n\nMortgage lending in the UK is slowing, figures from the Bank of England show.\n\n"
    "Lenders approved 80,000 loans in November 2004, the lowest level for two years.\n\n"
    "The average loan is smaller too. Net lending fell to £7.1bn from £8.3bn in {base}, while unsecured lending "
    "was steady.\n"
)

#: (text, quote, period, method)
AFTER_THE_BASE = [
    (JOBS, "4.7%", "2004-Q4", "after_base"),
    (LENDING.format(base="the previous month"), "£7.1bn", "2004-11", "after_base"),
]
#: (text, quote, period, method): the rule leaves these alone
OTHERS = [
    # the base keeps its own date
    (JOBS, "4.6%", "2004-Q3", "same_clause"),
    (LENDING.format(base="the previous month"), "£8.3bn", "2004-10", "same_clause"),
    # a base named outright does not say the new level is of the month after it
    (LENDING.format(base="October"), "£7.1bn", None, None),
    # a figure the sentence dates keeps that date
    (LENDING.format(base="the previous month"), "80,000", "2004-11", "same_clause"),
]


@pytest.mark.parametrize(("text", "quote", "period", "method"), AFTER_THE_BASE + OTHERS)
def test_a_change_from_the_previous_unit_is_of_the_unit_after(
    text: str, quote: str, period: str | None, method: str | None
) -> None:
    got = semantics_of(text, quote).period
    assert ((got.value, got.method) if got else (None, None)) == (period, method)


def test_the_period_is_linked_to_the_base_s_date() -> None:
    got = semantics_of(JOBS, "4.7%").period
    assert got is not None and got.date is not None
    linked = extract(JOBS).dates[got.date]
    assert linked.start <= JOBS.index("previous quarter") < linked.end


@pytest.mark.parametrize(
    ("period", "value", "ok"),
    [
        ("2004-Q4", "2004-Q3", True),
        ("2005-01", "2004-12", True),
        ("2004", "2003", True),
        ("2004-Q3", "2004-Q3", False),
        ("2004-W11", "2004-W10", False),  # a week is no unit of previous_units: no base of after_base
    ],
)
def test_validation_takes_the_unit_after_the_base(period: str, value: str, ok: bool) -> None:
    assert _period_of({"period_method": "after_base", "period": period}, value) is ok


#: A base figure dated by a bare year: the change or new level it is compared with, dated no other way, is of the year
#: after (results come year after year: 'a turnaround from the loss of 80m euros in 2003' is of 2004).
BREWER = (
    "Brewer back in the black\n\nA Dutch brewer has returned to profit after a tough spell.\n\n"
    "Net profit came in at 210m euros, a sharp turnaround from a loss of 80m euros in 2003.\n\n"
    "The ministry published its plans for 2005 on Monday.\n\n"
    "Output of the country's mines is forecast to rise from 14 million tonnes in 2004 to 15.5 million tonnes.\n\n"
    "Its shares rose 4% to 310m euros, faster than in 2003, while the market as a whole stood still.\n\n"
    "Some 40 plants were closed from the early 1980s to 1991.\n\n"
    "Margins narrowed to 4.1% from 4.4% this year and to 3.8% from 4.0% in 2003, it said.\n"
)
FIRM = "Firm results\n\nA firm has reported higher profits.\n\n{body}\n\nIt opened 20 shops in 2004.\n"
#: (text, quote, period, method)
AFTER_A_YEAR = [
    (BREWER, "210m euros", "2004", "after_base"),
    (BREWER, "15.5 million tonnes", "2005", "after_base"),
    (FIRM.format(body="Its market share rose to 12%, up from 10% in 2003."), "12%", "2004", "after_base"),
]
#: (text, quote, period, method): a year that dates no base figure of the figure's own
NOT_AFTER_A_YEAR = [
    (BREWER, "80m euros", "2003", "same_clause"),  # the base keeps its own year
    (BREWER, "310m euros", None, None),  # 'faster than in 2003': a year compared with no figure
    (BREWER, "40", None, None),  # 'from the early 1980s to 1991': a span's bound
    (BREWER, "4.1%", None, None),  # 'from 4.0% in 2003' is the base of 3.8%, not of 4.1%
    # a context that dates the result by a part of a year ('strong fourth quarter profits'): no year's
    (
        "Telecom profit\n\nA German telecoms firm saw strong fourth quarter profits.\n\n"
        "Net profit came in at 1.2bn euros, a sharp change from a loss of 300m euros in 2003.\n",
        "1.2bn euros",
        None,
        None,
    ),
    # a present state compared with a year's figure is of now, not of the year after
    (FIRM.format(body="The firm now employs 5,000 people, down from 6,000 in 2003."), "5,000", None, None),
    (FIRM.format(body="Its market share is 12%, up from 10% in 2003."), "12%", None, None),
    (FIRM.format(body="It has 300 shops, compared with 250 in 2003."), "300", None, None),
    # two numbers between the base word and the year: a clause of its own (here two sentences whose full stop was
    # lost, as scraped text loses it), whose year is no base of the figure before 'from'
    (
        FIRM.format(body="It received $8m from Japan Sales rose 5% to $3bn in 2004."),
        "$8m",
        None,
        None,
    ),
    # a year after the base that the text neither names nor tells in: 1974 is no year of this story's
    (
        "Oil use\n\nOutput rose in 2004. Consumption has jumped to 2.4 million barrels, compared with 474,000 in 1973.\n",
        "2.4 million barrels",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "quote", "period", "method"), AFTER_A_YEAR + NOT_AFTER_A_YEAR)
def test_a_change_from_a_base_figure_of_a_year_is_of_the_year_after(
    text: str, quote: str, period: str | None, method: str | None
) -> None:
    got = semantics_of(text, quote).period
    assert ((got.value, got.method) if got else (None, None)) == (period, method)


def test_the_story_s_present_is_its_year_also_from_a_publication_date() -> None:
    """The present is a year the text tells in, as a year (the text fixes '2005') or as a publication date."""
    text = (
        "Brewer back in the black\n\nA Dutch brewer has returned to profit after a tough spell.\n\n"
        "Net profit came in at 210m euros, a sharp turnaround from a loss of 80m euros in 2004.\n"
    )
    got = semantics_of(text, "210m euros", dt.date(2005, 3, 1)).period
    assert ((got.value, got.method) if got else None) == ("2005", "after_base")
