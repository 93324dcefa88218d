"""Periods by family of the misses studied on the BBC tuning articles, with sentences written for these
tests (Duckling-style: each rule beside examples that must and must not take a period)."""

from __future__ import annotations

import pytest
from semantics_helpers import period_of


# 'more than', 'less than', 'fewer than' before a figure is a hedge: the date after the figure is its own,
# and a period the next sentence can take; 'than' before a date is still a base
@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("Orange added more than five million customers in 2004.\nProfits showed a 5.5% rise.", "5.5%", "2004"),
        ("The firm sold fewer than 300 planes in 2003.\nRevenue fell 4%.", "4%", "2003"),
        # must not: a base of comparison is no period to inherit
        ("Costs were higher than in 2003.\nProfits showed a 5.5% rise.", "5.5%", None),
        ("Prices are 50% higher than in 2003.", "50%", None),
    ],
)  # fmt: skip
def test_a_hedge_than_is_no_base(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


# a date of the figure's own clause comes before a nearer one across a comma or a conjunction
@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("GDP rose by 2% in 2004, after a 31% decline in 2003.", "31%", "2003"),
        ("GDP rose by 2% in 2004, after a 31% decline in 2003.", "2%", "2004"),
        ("Growth is expected at 3.2% in 2004, and 2.8% in both 2005 and 2006.", "2.8%", "2005/2006"),
        ("Growth is expected at 3.2% in 2004, and 2.8% in both 2005 and 2006.", "3.2%", "2004"),
        # must still: a date across a comma when the clause has none
        ("In 2004, sales rose 5%.", "5%", "2004"),
        ("Sales rose 5%, in 2004 at least.", "5%", "2004"),
    ],
)  # fmt: skip
def test_a_date_of_the_figure_s_clause_comes_first(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


# a forecast, plan or hypothesis takes a forecast's period from its paragraph, not a report's
@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("The IMF forecast growth of 4% for 2005. Exports would rise 6%.", "6%", "2005"),
        # must not
        ("Profits rose 10% in 2004. The merger would save $200m a year.", "$200m a year", None),
        ("Profits rose 10% in 2004. Chinese firms could operate 15 oil fields.", "15", None),
        # a report does not take a forecast's period either (the rule before this one)
        ("It forecasts growth of 4% for 2005. Exports to China grew 34%.", "34%", None),
    ],
)  # fmt: skip
def test_a_forecast_inherits_only_a_forecast_s_period(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


# a sentence all in the present states what is: no period from its paragraph
@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("Farm output rose 5% in 2004. About 80% of Ethiopians depend on farming.", "80%", None),
        ("Sales rose 5% in 2004. Umbro supplies more than 150 teams.", "150", None),
        ("Jobless claims fell in the first half of 2004. The rate is stuck at close to 10%.", "10%", None),
        ("Jobless claims fell in the first half of 2004. The rate has been stuck at 10%.", "10%", None),
        # must: a present that reports the paragraph's time
        ("Exports rose 5% in 2004. This compares with 3% growth in imports.", "3%", "2004"),
        ("Output rose in the fourth quarter of 2004. Exports have risen 5%.", "5%", "2004-Q4"),
        ("Output rose in the fourth quarter of 2004. Exports are expected to rise 5%.", "5%", None),
        ("Sales rose in 2004. Profits climbed 7%.", "7%", "2004"),
    ],
)  # fmt: skip
def test_a_present_state_takes_no_period_from_its_paragraph(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


# a sentence that opens on what the one before reported ('The figure means', 'That is', 'This rise was')
# restates it, and shares its time even in the present, also across a paragraph after the lede; one that
# opens otherwise in the present states what is
@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("Car sales rose 0.6% in March 2005.\n\nThe figure means the annual rate is down to 4.1%.", "4.1%", "2005-03"),
        ("Exports grew 8% in 2003. This increase represents $12bn of extra trade.", "$12bn", "2003"),
        ("Profits fell 4% in 2004. That is 20% below the industry average.", "20%", "2004"),
        # must not: a present state that restates nothing
        ("Car sales rose 0.6% in March 2005.\n\nThe annual rate of growth is 4.1%.", "4.1%", None),
        ("Exports grew 8% in 2003. The figure skaters earn $12bn.", "$12bn", None),
    ],
)  # fmt: skip
def test_a_restatement_shares_the_time_of_what_it_restates(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


# a participle aside after a figure (', having negotiated 500m euros in savings last year') tells of an
# earlier event: its date is not the figure's before it
@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("Acme hopes to cut costs by 3bn euros, having agreed 500m euros in savings in 2004.", "3bn euros", None),
        ("Acme hopes to cut costs by 3bn euros, having agreed 500m euros in savings in 2004.", "500m euros", "2004"),
        ("Profits rose 5% in 2004, having fallen 3% in 2003.", "5%", "2004"),
        ("Profits rose 5% in 2004, having fallen 3% in 2003.", "3%", "2003"),
        # must still: a date across a comma that opens no aside
        ("Sales rose 5%, in 2004 at least.", "5%", "2004"),
    ],
)  # fmt: skip
def test_a_participle_aside_s_date_is_not_the_figure_s(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


# a date right after another figure ('a loss of 506m euros in 2003') is that figure's: a figure after it
# takes a date of its own beyond it first; alone, it still takes the date before it
@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("The arm turned a loss of 506m euros in 2003 into a 1.4bn euros profit in 2004.", "1.4bn euros", "2004"),
        ("The arm turned a loss of 506m euros in 2003 into a 1.4bn euros profit in 2004.", "506m euros", "2003"),
        ("Exports reached $3bn in 2003 after a 4% fall in 2002.", "4%", "2002"),
        # must still: with no date of its own, a figure takes the one before it
        ("Sales were $5bn in 2004, up 5%.", "5%", "2004"),
    ],
)  # fmt: skip
def test_a_date_right_after_another_figure_is_that_figure_s(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


# the expectation a result is measured against ('confounding expectations of a 0.3% rise', 'missing forecasts
# of 53.7') takes the result's period, not the nearest date (another figure's, or the base's); a result with
# no figure of its own before the yardstick leaves it to the other rules
@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("Output fell 0.1% in November 2004, matching a fall in October 2004 and confounding expectations of a "
         "0.3% rise.", "0.3%", "2004-11"),
        ("The index fell to 51.8 in January 2005 from a revised 53.3 in December 2004, missing forecasts of 53.7.",
         "53.7", "2005-01"),
        ("Growth for 2004 was 1.6%, after a contraction in 2003, down from an earlier estimate of 1.7%.",
         "1.7%", "2004"),
        # must not: a base is no result; a forecast figure that no result comes before keeps its own date
        ("Profits in 2004 were below 2003's 784m euro figure and below expectations of 374m euros in 2003.",
         "374m euros", "2003"),
        ("Output fell 0.1% in November 2004. Analysts' forecasts of 2% growth in 2005 were cut.", "2%", "2005"),
    ],
)  # fmt: skip
def test_a_yardstick_takes_its_result_s_period(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


# a base figure with no date of its own clause ('from 74.0') parallels the earlier comparison of its paragraph
# whose base is dated ('from 57.6 in November'): it takes that base period; the new figure keeps the new one
PARALLEL = (
    "The employment index eased to 52.7 in December 2004 from 57.6 in November 2004, while the prices index "
    "eased to 72.0 from 74.0. The orders index rose to 67.4 from 61.5."
)


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        (PARALLEL, "74.0", "2004-11"),
        (PARALLEL, "61.5", "2004-11"),
        (PARALLEL, "72.0", "2004-12"),
        (PARALLEL, "67.4", "2004-12"),
        # must not: a base whose earlier comparison dates no base, or a base with a date of its own clause
        ("Sales rose to $5bn in 2004. Costs fell to $1bn from $2bn.", "$2bn", None),
        ("Sales fell to $5bn in 2004 from $6bn in 2003. Costs fell to $1bn from $2bn in 2002.", "$2bn", "2002"),
    ],
)  # fmt: skip
def test_a_base_figure_parallels_an_earlier_dated_base(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


# the linking of the families issue 9 lists for round 6, once their dates carry values (their misses there are
# the dates' values): a budget's measures take its fiscal year, a month's figures their own month, a range
# stated before carries to the next sentence, a year-on-year change takes the month, a flotation's sale its month
BUDGET = (
    "India budget boosts schools\n\n"
    "The finance minister presented a budget for the year to March 2006, with spending on schools up 7.8% to "
    "830bn rupees.\n\nIn his budget the minister has:\n\n - Increased spending on health to 102.8bn rupees\n"
    " - Raised the income-tax threshold to 100,000 rupees"
)


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        (BUDGET, "7.8%", "2005-04/2006-03"),
        (BUDGET, "102.8bn rupees", "2005-04/2006-03"),
        (BUDGET, "100,000 rupees", "2005-04/2006-03"),
        ("Consumer spending grew just 0.2% in November 2004. It fell short of the 0.8% rise in October 2004.",
         "0.8%", "2004-10"),
        ("Agents reported lower prices in the three months to November 2004. Meanwhile sales dropped 32%.",
         "32%", "2004-09/2004-11"),
        ("Mortgage lending rose by £4bn in January 2005. Lending for house purchases was 29% lower year-on-year.",
         "29%", "2005-01"),
        ("Google floated on the stock market in August 2004.\n\nIn one of the most closely-watched offerings in "
         "history, the company sold 19.6 million shares at $85 each.", "$85", "2004-08"),
    ],
)  # fmt: skip
def test_the_linking_of_issue_9_s_round_6_families(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
