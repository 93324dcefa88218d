"""A story's reported results carried to its undated results figures (period.reported).

Family (DIAGNOSIS-round17 P2): a firm's results story dates its result once ('net income fell ... during 2005') and
reports more of the same results in other paragraphs with no date ('total sales rose 3%'); those take the period of
the story's latest reported result before them, or of its first after them when none is before. Not a share move, a
present state, a plan, a forecast, an action under way, nor an economy's background figure; and not across a result
the text leaves undated.
"""

from __future__ import annotations

import pytest
from semantics_helpers import linked_quote, period_of, semantics_of

from newsfigures.extraction.merge import extract
from newsfigures.semantics.period import reported_results

# the lede dates nothing and the paragraph after it only forecasts: the result is dated two paragraphs on
BEFORE = (
    "Hopfen profits go flat\n\n"
    "German brewer Hopfen has reported lower profits after a cold and wet summer.\n\n"
    "The firm expects earnings in 2006 to recover.\n\n"
    "Hopfen's net income fell to 410m euros during 2005, from 520m euros a year earlier.\n\n"
    "It increased its dividend by 10% to 30 euro cents, but warned that a weak dollar may hurt 2006 profit.\n\n"
    "Total sales rose 3% to 9bn euros, thanks to strong demand in Poland.\n\n"
    "Shares in Hopfen rose 2% to 14 euros in Frankfurt. It employs 12,000 people. "
    "Analysts expect its profits to climb 8% as costs ease. "
    "Hopfen said it was cutting its interim dividend to 25 euro cents. "
    "Inflation in Germany rose 2.1% as energy costs climbed. Average earnings growth slowed to 4.5%."
)


@pytest.mark.parametrize(
    ("quote", "period"),
    [
        # results figures the text does not date again: the story's reported year
        ("10%", "2005"),
        ("30 euro cents", "2005"),
        ("3%", "2005"),
        ("9bn euros", "2005"),
        # a share move, a present state, a forecast, an action under way, an economy's figure: none
        ("2%", None),
        ("14 euros", None),
        ("12,000", None),
        ("8%", None),
        ("25 euro cents", None),
        ("2.1%", None),
        ("4.5%", None),
    ],
)
def test_results_figures_take_the_story_s_reported_result(quote: str, period: str | None) -> None:
    assert period_of(BEFORE, quote) == period


def test_the_carried_period_links_the_reported_result_s_date() -> None:
    got = semantics_of(BEFORE, "9bn euros", None).period
    assert got is not None and got.method == "inherited_story"
    assert linked_quote(BEFORE, "9bn euros") == "2005"
    assert BEFORE.index("2005") == extract(BEFORE).dates[got.date].start  # the result's date, not the forecast's


# the story dates its result only after the figures
AFTER = (
    "Sales boost for Bellamy\n\n"
    "Retailer Bellamy said it was pleased with the response of shoppers.\n\n"
    "The chairman praised the staff. Its revenues were £900m and its margins were 11%.\n\n"
    "Strong demand for garden furniture helped lift Bellamy's profits in 2005, the firm said."
)


@pytest.mark.parametrize(("quote", "period"), [("£900m", "2005"), ("11%", "2005")])
def test_with_none_before_the_first_reported_result_after_is_the_story_s(quote: str, period: str) -> None:
    assert period_of(AFTER, quote) == period


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the story's result is of a month the text does not date: a year told later is another time's
        (
            "Shop sales rise\n\nRetailer Kaufhaus says sales rose 1.2% last month.\n\n"
            "The chairman thanked staff. Its revenues climbed 5% to $3bn.\n\n"
            "The firm last had falling sales in 2001, when profits dropped 8%.",
            "$3bn",
        ),
        # no result reported anywhere: a dated event is no report
        (
            "Hopfen deal\n\nHopfen has agreed to buy a rival.\n\n"
            "The firm said its sales rose 4% to 2bn euros.\n\nIt was founded in 1888.",
            "2bn euros",
        ),
        # a forecast's date is no reported result
        (
            "Hopfen outlook\n\nHopfen said it was cautious.\n\nThe board said it expects profits in 2006 to rise.\n\n"
            "The chairman spoke of the staff. Its sales rose 4% to 2bn euros.",
            "2bn euros",
        ),
    ],
)
def test_no_reported_result_no_carry(text: str, quote: str) -> None:
    assert period_of(text, quote) is None


def test_reported_results_are_dated_results_told_in_the_past() -> None:
    found = extract(BEFORE)
    got = [found.dates[i].quote for i in reported_results(BEFORE, found.dates)]
    assert got == ["2005"]  # not the forecasts' 2006, nor the base 'a year earlier'
