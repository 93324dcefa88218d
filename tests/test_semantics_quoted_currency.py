"""The currency a rate is quoted in is no subject: neither at a sentence's start ('Against the Japanese yen, it was
trading at 105.28 yen': the dollar's rate, US) nor carried to a later sentence ('The rupee climbed to 43.305 per US
dollar. The currency has gained almost 1%': the rupee's, IN). Family found in round 12's misses (README of the BBC
gold: an exchange rate's subject is the currency whose value is quoted).

Must: a quote word in any case before a currency's country word; a later sentence about 'the currency' takes the
priced currency's economy, not the one its rate was quoted in. Must not: a country word before a currency that no
quote word introduces ('the Australian dollar rose 1%'), a partner of trade ('exports to the US').
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

from newsfigures.semantics.places import find_places
from newsfigures.semantics.subject.rates import quoted_currency


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: 'Against' opening the sentence quotes the rate in yen; the dollar of the sentence before is priced
        (
            "Dollar steady\n\nThe US dollar was trading at $1.29 against the euro. Against the Japanese yen, it was "
            "trading at 104.10 yen.",
            "104.10 yen",
            "US",
        ),
        # must: 'the currency' of the next sentence is the priced one, India's rupee
        (
            "Rupee rises\n\nIndia's rupee gained after the rating rise. The rupee climbed to 43.2 per US dollar on "
            "Friday.\n\nThe currency has gained almost 2% this week.",
            "2%",
            "IN",
        ),
        # must not: a country word before a currency that is priced, not quoted
        ("Aussie\n\nThe Australian dollar rose 1% on Monday.", "1%", "AU"),
    ],
)
def test_the_quoted_currency_is_no_subject(text: str, quote: str, code: str) -> None:
    got = semantics_of(text, quote).subject
    assert got is not None and got.code == code


def _flags(text: str) -> list[tuple[str, bool]]:
    return [(text[p.start : p.end], quoted_currency(text, p)) for p in find_places(text)]


def test_a_quote_word_before_a_currency_s_country_word() -> None:
    assert _flags("It rose to 43.2 per US dollar.") == [("US", True)]
    assert _flags("Against the Japanese yen, it fell.") == [("Japanese", True)]


def test_a_trade_partner_or_a_priced_currency_is_not_quoted() -> None:
    assert _flags("Exports to the US rose.") == [("US", False)]
    assert _flags("The Australian dollar rose.") == [("Australian", False)]


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: an amount's currency is no priced currency ('10bn euros, up 8.1%' is the brewer's revenue)
        (
            "Brewer\n\nDutch brewer Brewco saw profits fall. Total revenue for the year was 10bn euros, up 8.1% from "
            "9.26bn euros in 2003.",
            "8.1%",
            "NL",
        ),
        # must not: a currency named as such is priced ('the euro, up 0.5%')
        ("Euro\n\nThe euro was trading at $1.30, up 0.5% on the day.", "0.5%", "EZ"),
    ],
)
def test_an_amount_s_currency_prices_nothing(text: str, quote: str, code: str) -> None:
    got = semantics_of(text, quote).subject
    assert got is not None and got.code == code
