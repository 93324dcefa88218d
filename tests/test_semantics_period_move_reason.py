"""A result carried into the next sentence of its paragraph when that sentence opens on a share move and then tells
what moved the shares ('Shares tumbled, however, as the company reported a profit margin of 45.6%, less than the
47.3% forecast by analysts and down from 47.1% in the third quarter', after a sentence on the three months to 31
December): the figure is the report's, of the quarter the paragraph states, not a move of an undated trading day
(period.in_session with the figure). A yardstick told with its figure ('the 47.3% forecast by analysts') is no
forecast of the sentence, as 'than forecast' is not (period._COMPARED_FORECAST). A share move's own figure, or a
sentence on the move alone, stays of the undated day.

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

BANK = (
    "Bank results\n\nThe bank has posted a rise in profits.\n\n"
    "The bank made a profit of £2bn in the three months to 31 December 2004. Shares fell, however, as the bank "
    "reported a cost ratio of 55%, more than the 52% forecast by analysts and up from 51% in the third quarter. "
    "Shares fell 3% as investors worried about costs.\n"
)
SALES = (
    "Retailer\n\nThe retailer has had a good year.\n\n"
    "Its profit in 2004 was $2bn. Sales reached $9bn, above the $8.5bn forecast by analysts and up from $8bn in "
    "2003.\n"
)

#: (text, quote, period)
CASES = [
    # the report that moved the shares: the paragraph's quarter; its yardstick the result's
    (BANK, "55%", "2004-Q4"),
    (BANK, "52%", "2004-Q4"),
    # the base keeps its own date
    (BANK, "51%", "2004-Q3"),
    # the share move's own figure: an undated day
    (BANK, "3%", None),
    # a yardstick with its figure is no forecast: the result takes the paragraph's year, later than its base
    (SALES, "$9bn", "2004"),
    (SALES, "$8bn", "2003"),
]


@pytest.mark.parametrize(("text", "quote", "period"), CASES)
def test_a_report_after_a_share_move_takes_the_paragraph_s_period(text: str, quote: str, period: str | None) -> None:
    got = semantics_of(text, quote).period
    assert (got.value if got else None) == period
