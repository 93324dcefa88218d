"""A date that belongs to another figure of the sentence does not date the figure.

Two constructions, each written as sentences of our own (none from the gold articles):

* a change that follows an earlier change ('Non-food prices dropped 0.9% after a 0.5% fall in the previous month'):
  the date after the second figure is that figure's own time and the first one's base; the first takes the unit
  after a base counted back from it (after_base), or a period of its paragraph later than the base. A level after a
  change ('stands at £163,748 after a 0.8% rise in January') is of the change's time, and a figure with a date of
  its own keeps it ('rose by 2% in 2004, after a 31% decline in 2003').
* a later coordinated clause that forecasts another figure ('rose to 4.7% from 4.6% in the previous quarter and is
  expected to rise to 5% next year'): its date is that figure's. Two past clauses ('Sales rose 5% and profits jumped
  10% in 2004') or two forecasts share the date as before.
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

SHOPS = (
    "Shop prices\n\nShop prices fell again, the British Retail Consortium said.\n\n"
    "Prices were down 0.6% in December 2004.\n\n{s}\n"
)
JOBS = (
    "Jobs market\n\nThe number of people in work in the UK has hit a record high, official figures show.\n\n"
    "Some 28.5 million people were in work in the three months to December 2004.\n\n{s}\n"
)
RESULTS = "Carmaker results\n\nThe carmaker reported its results on Thursday.\n\n{s}\n"

#: (text, quote, period, method)
CASES = [
    # a change after an earlier change: the earlier one's date is the base
    (
        SHOPS.format(s="Non-food prices dropped 0.9% after a 0.5% fall in the previous month."),
        "0.9%",
        "2004-12",
        "after_base",
    ),
    (
        SHOPS.format(s="Non-food prices dropped 0.9% after a 0.5% fall in the previous month."),
        "0.5%",
        "2004-11",
        "same_clause",
    ),
    (
        JOBS.format(s="Output rose by 1.2%, following a 0.4% rise in the previous quarter."),
        "1.2%",
        "2004-Q4",
        "after_base",
    ),
    (
        SHOPS.format(
            s="Figures for December 2004 came out on Thursday. Clothing sales dropped by 1% after a 0.6% "
            "rise in November 2004."
        ),
        "1%",
        "2004-12",
        "inherited_paragraph",
    ),
    # must not: a level after a change is of the change's time
    (
        SHOPS.format(s="The average price of a home now stands at £163,748 after a 0.8% rise in January 2005."),
        "£163,748",
        "2005-01",
        "same_clause",
    ),
    # must not: a figure dated in its own clause keeps its date
    (
        RESULTS.format(s="The country's GDP rose by 2% in 2004, after a 31% decline in 2003."),
        "2%",
        "2004",
        "same_clause",
    ),
    (
        RESULTS.format(s="The country's GDP rose by 2% in 2004, after a 31% decline in 2003."),
        "31%",
        "2003",
        "same_clause",
    ),
    # must not: an event that is no change
    (RESULTS.format(s="Profits rose 5% after a £2m charge in 2004."), "5%", "2004", "same_clause"),
    # a change after an earlier change dated in the possessive ("after December's 4% rise"): that change's date, not
    # the period of the first figure, which takes its paragraph's ('coming after', 'following', 'after')
    (
        RESULTS.format(s="Sales fell in January 2005. They dropped 3.3%, coming after December's 4% rise."),
        "3.3%",
        "2005-01",
        "inherited_paragraph",
    ),
    (
        RESULTS.format(s="In 2005 output rose. Output dropped 2.1%, following November's 1.5% gain."),
        "2.1%",
        "2005",
        "inherited_paragraph",
    ),
    (
        RESULTS.format(s="In 2005 exports rose 5%. Imports fell 2% after 2004's revised 3% increase."),
        "2%",
        "2005",
        "inherited_paragraph",
    ),
    # must not: a figure with a date of its own keeps it; a level after a change is of the change's time; a date
    # after the earlier change's figure ('after 4% growth in December') or no change after the possessive
    (
        SHOPS.format(s="Prices edged up 0.2% in January after December's 0.5% increase."),
        "0.2%",
        "2005-01",
        "same_clause",
    ),
    (
        SHOPS.format(s="The average price now stands at £163,748 after December's 0.8% rise."),
        "£163,748",
        "2004-12",
        "same_clause",
    ),
    (RESULTS.format(s="Profits rose 5% after 2004's £2m charge."), "5%", "2004", "same_clause"),
    # a later clause that forecasts another figure: its date is that figure's
    (
        JOBS.format(
            s="The jobless rate rose to 4.7% from 4.6% in the previous quarter and is expected to rise to 5% next year."
        ),
        "4.7%",
        "2004-Q4",
        "after_base",
    ),
    (
        JOBS.format(
            s="The jobless rate rose to 4.7% from 4.6% in the previous quarter and is expected to rise to 5% in 2006."
        ),
        "5%",
        "2006",
        "same_clause",
    ),
    # (the sentence's forecast word keeps the paragraph's past year from it: no period rather than the 5%'s)
    (RESULTS.format(s="In 2004 exports rose 7%. Imports rose 3%, and will grow 5% in 2006."), "3%", None, None),
    # must not: two past clauses share the date
    (RESULTS.format(s="Sales rose 5% and profits jumped 10% in 2004."), "5%", "2004", "same_clause"),
    # must not: two forecasts share the date
    (RESULTS.format(s="Sales will rise 5%, and profits are expected to jump 10% in 2006."), "5%", "2006", "sentence"),
]


@pytest.mark.parametrize(("text", "quote", "period", "method"), CASES)
def test_a_date_of_another_figure_does_not_date_the_figure(
    text: str, quote: str, period: str | None, method: str | None
) -> None:
    got = semantics_of(text, quote).period
    assert ((got.value, got.method) if got else (None, None)) == (period, method)


#: (text, quote, period): a headline's undated result takes the period its lede reports
HEADLINES = [
    (
        "Widget maker in $120m sales revision\n\nWidget maker Acme has revised its sales for 2003 after an audit.\n",
        "$120m",
        "2003",
    ),
    (
        "Acme posts 12% rise in annual profits\n\nAcme said on Tuesday that its profits for the second quarter of "
        "2004 were $2m, and that its profits for 2004 were $5m.\n",
        "12%",
        "2004",
    ),
    # must not: a headline figure that names no result
    (
        "Acme in $4bn plane deal\n\nAcme has agreed to buy 70 planes, after its sales rose in 2004.\n",
        "$4bn",
        None,
    ),
    # must not: a forecast's headline
    (
        "Acme to post $50m profit\n\nAcme expects to post a profit of $50m, after a loss in 2004.\n",
        "$50m",
        None,
    ),
]


@pytest.mark.parametrize(("text", "quote", "period"), HEADLINES)
def test_a_headline_s_result_takes_the_lede_s_period(text: str, quote: str, period: str | None) -> None:
    got = semantics_of(text, quote).period
    assert (got.value if got else None) == period


LEDE = "Deficit forecast\n\nThe country's budget deficit is set to reach $300bn in 2005, officials said.{more}\n\n{s}\n"
#: (text, quote, period): a forecast opening the paragraph after the lede continues the lede's forecast date
LEDE_FORECASTS = [
    (
        LEDE.format(more="", s="The war's cost is still to be added, with analysts saying it could rise by $50bn."),
        "$50bn",
        "2005",
    ),
    # must not: a report, not a forecast
    (LEDE.format(more="", s="Analysts said the deficit rose by $50bn."), "$50bn", None),
    # must not: not the paragraph's first sentence
    (
        LEDE.format(more="", s="Officials met on Monday. Analysts say the deficit could rise by a further $50bn."),
        "$50bn",
        None,
    ),
    # must not: the lede's forecast date is not in its last sentence
    (
        LEDE.format(more=" Officials met on Monday.", s="Analysts say the deficit could rise by a further $50bn."),
        "$50bn",
        None,
    ),
    # must not: a span of its own ('in 10 years')
    (LEDE.format(more="", s="The debt will grow in 10 years to half of output."), "half", None),
]


@pytest.mark.parametrize(("text", "quote", "period"), LEDE_FORECASTS)
def test_a_forecast_after_the_lede_continues_its_forecast(text: str, quote: str, period: str | None) -> None:
    got = semantics_of(text, quote).period
    assert (got.value if got else None) == period
