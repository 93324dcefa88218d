"""A deal takes its buyer's country; a buyer the text gives no home gives none (README of the BBC gold), whatever
the seller's home or a place carried from another sentence (semantics.subject.deals). Sentences written for the rule."""

from __future__ import annotations

import re

import pytest
from semantics_helpers import subject_of

from newsfigures.bench.stages import least_cpu
from newsfigures.semantics.subject.deals import deal_buyer


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # the buyer, with a home, named between the verb's object and the price
        ("Carmaker deal\n\nThe French group agreed to sell a 20% stake to Japanese bank Nomura for 400m euros.",
         "400m euros", "JP"),
        # the buyer named after the price of a passive sale
        ("Brewer sold\n\nThe German brewer Kessler was bought for $2bn by Dutch rival Heineken.", "$2bn", "NL"),
        # a hedge between 'for' and the price ('up to', 'just over')
        ("Unit sale\n\nThe UK bank Barlow will sell its card arm for up to £300m to Spanish lender Banco Sur.", "£300m",
         "ES"),
        # the buyer after a deal noun that follows the price: the seller's home is the counterpart
        ("Cement deal\n\nUK-based firm Tarmac said it had agreed a £900m takeover by Swiss group Holcim.",
         "£900m", "CH"),
    ],
)  # fmt: skip
def test_the_buyer_named_in_the_sale_gives_the_price_its_country(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a buyer the text gives no home: not the seller's home
        ("Phone bid\n\nUS phone firm Telco accepted a $5.2bn buyout from telecoms giant Bellcom on Friday.", "$5.2bn"),
        ("Phone deal\n\nOn Friday, US phone firm Telco agreed to a buyout by Bellcom Holdings in a deal valued at $5.2bn.",
         "$5.2bn"),
        # a date after the buyer's name is no deadline in its place
        ("Bank deal\n\nJapanese bank Mizuho expects a $5bn takeover by Bellcom Holdings next year.", "$5bn"),
        # nor a place carried from another sentence
        ("Oil auction\n\nThe German minister spoke on Monday. The field had been sold for less than $3bn to a "
         "previously unknown firm called Tarva.", "$3bn"),
        ("Car sale\n\nThe UK car maker Morris was sold by its German owner. It sold Morris for £10 five years ago to "
         "the Eagle consortium.", "£10"),
        # nor the country of the price's currency, which the text names in another sentence (the currency fallback)
        ("Unit sale\n\nShares rose in India on Monday. The unit was sold for 5bn rupees to Bellcom Holdings.",
         "5bn rupees"),
    ],
)  # fmt: skip
def test_a_buyer_with_no_home_gives_the_price_no_subject(text: str, quote: str) -> None:
    assert subject_of(text, quote) is None


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # a purpose after 'to' is no buyer: the seller's own sale
        ("Asset sale\n\nJapanese bank Mizuho sold the tower for $300m to help pay its debts.", "$300m", "JP"),
        # the market the sentence names is kept when the buyer has no home
        ("Telecoms\n\nThe US telecoms market is consolidating, with Telco being bought by rival Bellcom for $16bn.",
         "$16bn", "US"),
        # 'bids from' after a price that is not that bid's: no buyer read
        ("Mill sale\n\nThe Ukrainian mill was sold for $800m despite higher bids from the Tarva group.", "$800m", "UA"),
        # a date after a deal noun's 'by' is a deadline, not a buyer with no home
        ("Bank deal\n\nJapanese bank Mizuho expects a $5bn takeover by Easter.", "$5bn", "JP"),
        ("Bank deal\n\nJapanese bank Mizuho expects a $5bn takeover by the New Year.", "$5bn", "JP"),
        ("Bank deal\n\nJapanese bank Mizuho expects a $5bn takeover by Q3.", "$5bn", "JP"),
        # a paragraph that ends with no full stop: the next one's 'To ...' is no buyer's preposition
        ("Tower sale\n\nJapanese bank Mizuho sold the tower for $300m\n\nTo Bellcom's chief, the price was low.",
         "$300m", "JP"),
    ],
)  # fmt: skip
def test_what_is_no_buyer_leaves_the_usual_subject(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


# Every noun of a bid (vocab/en/deals.tsv class 'bid') names its bidder after 'from' and after 'by': 'a proposal by
# Bellcom' is read as 'a proposal from Bellcom' is (before, 'offers by', 'bids by' and 'proposal by' were no buyer's
# words, so a bidder with no home left the seller's country).
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: a bidder the text gives no home gives none, after 'by' as after 'from'
        ("Bank bid\n\nUK bank Lonex rejected a £1.3bn proposal by rival bourse Bellcom.", "£1.3bn", None),
        ("Bank bid\n\nUK bank Lonex rejected a £1.3bn proposal from rival bourse Bellcom.", "£1.3bn", None),
        ("Brewer bids\n\nThe UK brewer Barlow rejected two £2bn offers by Bellcom Holdings.", "£2bn", None),
        ("Brewer sale\n\nThe UK brewer Barlow weighed rival £2bn bids by Bellcom Holdings and Tarva.", "£2bn", None),
        # must: a bidder with a home gives it
        ("Bank bid\n\nUK bank Lonex rejected a £1.3bn proposal by German rival Bellcom.", "£1.3bn", "DE"),
        # must not: a deadline after 'by' is no bidder
        ("Bank bids\n\nJapanese bank Mizuho expects $5bn bids by Friday.", "$5bn", "JP"),
    ],
)  # fmt: skip
def test_every_noun_of_a_bid_names_its_bidder_after_from_and_by(text: str, quote: str, code: str | None) -> None:
    assert subject_of(text, quote) == code


def test_a_share_sale_to_an_unnamed_investor_keeps_the_firms_country() -> None:
    # README of the BBC gold: a stake a firm sells in itself to raise money takes the firm's country
    text = "Airline grows\n\nIndian airline Jetfly may sell a 25% stake to an investor for about $40m to fund growth."
    assert subject_of(text, "$40m") == "IN"


def test_a_run_on_clause_is_not_read_whole_for_each_price() -> None:
    """The words before a price are read a few dozen back, not from the clause's start: a clause with no
    punctuation and a price every 40 characters takes time linear in its length (4 times the text: under 8
    times the CPU time; reading from the clause's start, about 18 times at these sizes)."""
    unit = "Acme sold the unit to Bellcom for $1bn "

    def run(n: int) -> None:
        text = unit * (n // len(unit))
        for m in re.finditer(r"\$1bn", text):
            deal_buyer(text, (0, len(text)), m.span(), [])

    small, large = least_cpu(lambda: run(20_000), 3), least_cpu(lambda: run(80_000), 3)
    assert large < 8 * max(small, 0.01), (small, large)
