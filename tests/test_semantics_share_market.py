"""Two place words that name no place of a figure's activity (tests/gold/bbc-business/README.md, `subject`).
Sentences written for these tests.

- The city where a firm's shares trade ('Shares fell 1% to 510.75 pence in London'): a share price is the
  firm's own figure and takes the firm's country.
- The Paris Club of creditor nations: its debt relief is about the debtor, not France.
"""

from __future__ import annotations

import pytest
from semantics_helpers import subject_of

ANGLO_DUTCH = "Anglo-Dutch consumer goods giant Unilever said profit fell 36%.\n\n"


# must: the city after a share price is where the shares trade; the price is the firm's
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        (ANGLO_DUTCH + "Unilever's shares fell 1% to 510.75 pence in London, and dropped by 1.2% in Paris.",
         "510.75 pence", "GB;NL"),
        (ANGLO_DUTCH + "Unilever's shares fell 1% to 510.75 pence in London, and dropped by 1.2% in Paris.",
         "1.2%", "GB;NL"),
        ("US carmaker Ford said profit rose.\n\nIts shares rose 3% in Tokyo.", "3%", "US"),
        ("US carmaker Ford said profit rose.\n\nFord stock closed at $12.50 on the London market.", "$12.50", "US"),
    ],
)  # fmt: skip
def test_a_share_price_takes_the_firm_s_country_not_the_exchange_s(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


# must not: a place of activity after a figure that is no share price, or not right after the price
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("US carmaker Ford said profit rose.\n\nIts sales rose 3% in Japan.", "3%", "JP"),
        ("US carmaker Ford said profit rose.\n\nIts shares rose 3% on news that it will build 2,000 cars in Japan.",
         "2,000", "JP"),
        ("US carmaker Ford said profit rose.\n\nIts shares rose 3% in London after sales rose 5% in Japan.",
         "5%", "JP"),
    ],
)  # fmt: skip
def test_a_place_of_activity_still_counts(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


# must: the Paris Club names no place; the debtor is the subject
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("Indonesia owes the Paris Club about $48bn.", "$48bn", "ID"),
        ("Iraq welcomed a decision by the Paris Club of creditor nations to write off 80% of its debts.", "80%", "IQ"),
        ("The Paris Club said members are owed about $5bn this year.", "$5bn", None),
    ],
)  # fmt: skip
def test_the_paris_club_names_no_place(text: str, quote: str, code: str | None) -> None:
    assert subject_of(text, quote) == code


# must not: Paris itself stays France
def test_paris_is_still_france() -> None:
    assert subject_of("Car sales in Paris rose 4% last year.", "4%") == "FR"
