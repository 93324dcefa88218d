"""A yardstick told as a figure with the clause of its forecast ('ahead of the 3.1% the government estimated a
month ago', 'rather than 6% as forecast before the storm') is the forecast of the result it is compared with: it
takes that result's time, and the time its own clause tells (when the forecast was made) is no time of the figure's.

Sentences written for these tests, none from the gold articles (the family: period.yardstick_clause; the gold
gives such figures their result's period, as its notes on 'the 169,000 figure that Wall Street economists had
forecast' and 'the 3.1% the government estimated' say).
"""

from __future__ import annotations

import pytest
from semantics_helpers import period_of

from newsfigures.semantics.period import yardstick_clause

#: (text, quote of the yardstick, the result's period it takes)
TAKES_THE_RESULTS_TIME = [
    # the result in the sentence, dated there; the forecast's clause tells of an event (before: no period)
    (
        "Ruritania's economy is now expected to grow by 4.1% in 2005, rather than 5% as forecast before the floods "
        "hit the north.",
        "5%",
        "2005",
    ),
    # the forecast's clause has an unanchored date, which left the figure without a period before
    (
        "Ruritania's economy grew at an annual rate of 2.9% in the third quarter of 2004.\n\n"
        "The figure was well ahead of the 2.2% the statistics office estimated three weeks ago.",
        "2.2%",
        "2004-Q3",
    ),
    (
        "Car sales rose to 812,000 in 2003, short of the 850,000 which the industry had hoped for last week.",
        "850,000",
        "2003",
    ),
    # a past perfect in the forecast's clause tells of no earlier time of the figure (right before too)
    (
        "Acme said it sold 6.2 million phones in 2004, below the 6.5 million units that analysts had predicted.",
        "6.5 million",
        "2004",
    ),
]

#: (text, quote, period it keeps): no yardstick clause, the rules before this family decide
NOT_A_YARDSTICK_CLAUSE = [
    # a forecast of an event, not of a figure compared with a result
    ("Sales rose 4% in 2004. More than 200 dealers are expected to attend the fair next week.", "200", None),
    # a bare comparison with 'than' and no article: 'more than 2.4 million' qualifies the number
    ("Acme sold more than 2.4 million cars last year, as expected.", "2.4 million", None),
    # the comparison is with a figure of another time, no forecast
    ("Profits rose to £5bn in 2004, above the £4bn reported in 2003.", "£4bn", "2003"),
]


@pytest.mark.parametrize(("text", "quote", "period"), TAKES_THE_RESULTS_TIME)
def test_a_yardstick_figure_takes_its_results_time(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(("text", "quote", "period"), NOT_A_YARDSTICK_CLAUSE)
def test_no_yardstick_clause_leaves_the_figure_to_the_other_rules(text: str, quote: str, period: str | None) -> None:
    start = text.index(quote)
    assert yardstick_clause(text, (start, start + len(quote)), (0, len(text))) is None
    assert period_of(text, quote) == period


def test_the_clause_runs_to_its_end_not_the_next_comparison() -> None:
    text = "Credit grew by £1.5bn in May, more than the £1.4bn expected and above the £1.3bn lent in April."
    start = text.index("£1.4bn")
    clause = yardstick_clause(text, (start, start + 6), (0, len(text)))
    assert clause is not None and text[clause[0] : clause[1]] == " expected"
    assert period_of(text, "£1.4bn") == period_of(text, "£1.5bn")
