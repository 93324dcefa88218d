"""The day a statement was made is not the period of the figures it reports when their sentence gives them one.

Two constructions of wire news, each written as sentences of our own (none from the gold articles):

* an attribution after the figures (', the national statistics office said on Wednesday'): the day they were
  told ranks after any other date of the sentence; with no other date it stays the figures' period, as before.
* an attribution before them ('Acme said on Wednesday its third-quarter net profit rose 14%'): the 'on' of the
  weekday is no base word of the quarter after it ('up 5% on the third quarter' is a base).
"""

from __future__ import annotations

import datetime as dt

import pytest
from semantics_helpers import semantics_of

PUBLISHED = dt.date(2005, 1, 5)  # a Wednesday
HEAD = "Trade news\n\n{s}\n"

#: (sentence, quote, period)
CASES = [
    # must: the figure's own date, not the reporting day
    (
        "Polish widget exports rose 12% in 2004 to 3.4bn zlotys, the national statistics office said on Wednesday.",
        "3.4bn zlotys",
        "2004",
    ),
    ("Polish widget exports rose 12% in 2004 to 3.4bn zlotys, the statistics office said on Wednesday.", "12%", "2004"),
    (
        "Acme Motors said on Wednesday its third-quarter net profit rose 14 percent to $412 million.",
        "14 percent",
        "2004-Q3",
    ),
    (
        "Acme Motors said on Wednesday its third-quarter net profit rose 14 percent to $412 million.",
        "$412 million",
        "2004-Q3",
    ),
    (
        "Car sales fell 3% in December to 120,000 vehicles, the trade body told reporters on Tuesday.",
        "120,000",
        "2004-12",
    ),
    # must not: a reporting day that is the sentence's only date stays the figures' period
    ("Output rose 5% to 3.4m tonnes, the statistics office said on Wednesday.", "3.4m tonnes", "2005-01-05"),
    # must not: the figure's own day stays its period beside a later reporting day, with or without another date
    ("Shares in Acme fell 3% on Wednesday, the exchange said on Thursday.", "3%", "2005-01-05"),
    (
        "Shares in Acme fell 3% on Wednesday after its fourth-quarter profit missed forecasts, the exchange said on"
        " Thursday.",
        "3%",
        "2005-01-05",
    ),
    # must not: a move of the day, with no verb of a statement, is of that day
    ("Shares in Acme rose 3% on Tuesday to 412 pence in 2005 trading.", "3%", "2005-01-04"),
    # must not: 'on' right before a period is still a base ('up 5% on the third quarter')
    ("Sales in the fourth quarter were up 5% on the third quarter.", "5%", "2004-Q4"),
]


@pytest.mark.parametrize(("sentence", "quote", "period"), CASES)
def test_a_reporting_day_is_not_the_period_of_figures_dated_otherwise(
    sentence: str, quote: str, period: str | None
) -> None:
    text = HEAD.format(s=sentence)
    assert quote in text
    got = semantics_of(text, quote, PUBLISHED).period
    assert (got.value if got else None) == period
