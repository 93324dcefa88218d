"""A figure in a national currency whose sentence names no place for it takes the currency's country, not the place
its paragraph or story would give it (README of the BBC gold: the place of the activity), when the text names
exactly one of the currency's countries (vocab/en/currency_countries.tsv)."""

from __future__ import annotations

import pytest
from semantics_helpers import subject_evidence

_INDIA = (
    "Profits at Indian drugmaker Cipla fell. It also lost a court case over a drug it sold in the US. "
    "Research spending rose 37% to 705m rupees last year."
)


@pytest.mark.parametrize(
    ("text", "quote", "code", "evidence"),
    [
        (_INDIA, "705m rupees", "IN", "rupees"),
        (_INDIA, "37%", "IN", "rupees"),  # the change to the amount: the same economy
        (
            "Australian brewer Lion sells beer in New Zealand. Last year A$584m was spent on buying a stake in a rival.",
            "A$584m",
            "AU",
            "A$",
        ),
        ("Chinese carmaker Geely sells cars in Japan. Profit was 300m yuan last year.", "300m yuan", "CN", "yuan"),
        (  # a share price in pence: the UK's, not the would-be bidder's country
            "The UK logistics market is busy. Germany's Deutsche Post may bid. Shares in its target closed at 873p.",
            "873p",
            "GB",
            "p",
        ),
    ],
)
def test_an_inherited_place_gives_way_to_the_currency_country(text: str, quote: str, code: str, evidence: str) -> None:
    assert subject_evidence(text, quote) == (code, evidence)


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # the sentence names the place (the firm's home): it keeps the figure
        ("British retailer Tesco is to spend 2.47bn rupees on new stores, it said.", "2.47bn rupees", "GB"),
        # rupees in a story about Sri Lanka are Sri Lanka's, not India's
        ("Sri Lanka's central bank acted. Banks have 5bn rupees set aside to lend.", "5bn rupees", "LK"),
        # a text naming two of the currency's countries: the currency decides nothing
        ("India and Sri Lanka signed a pact in Colombo. Banks have 5bn rupees set aside to lend.", "5bn rupees", "LK"),
        # a change reaching no amount in the currency, or an amount in dollars, keeps its inherited place
        ("Indian firm Wipro sells in the US. Sales there rose 37% last year.", "37%", "US"),
        ("Indian firm Wipro sells in the US. Sales there rose $37m to 705m rupees.", "$37m", "US"),
        # the sentence names the currency's country in another role: aid in rubles from Russia is the recipient's
        (
            "Kyrgyzstan's minister flew home. He signed an agreement to receive 623 million rubles in aid from Russia.",
            "623 million rubles",
            "KG",
        ),
        # an inherited subject of several countries with the currency's keeps them all
        ("Anglo-Dutch Unilever cut jobs. Shares fell 1% to 510.75 pence.", "510.75 pence", "GB;NL"),
        ("Anglo-Dutch Unilever cut jobs. Shares fell 1% to 510.75 pence.", "1%", "GB;NL"),
    ],
)
def test_the_currency_does_not_override(text: str, quote: str, code: str) -> None:
    assert subject_evidence(text, quote)[0] == code
