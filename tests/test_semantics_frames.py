"""Frames that decide a figure's subject over the places of its sentence (gold README, "Ambiguous cases
decided"): the stability pact's deficit limit is the EU's; a firm's sales in the market its paragraph or story
states take that market's code. Sentences written for each rule, that must and must not take it."""

from __future__ import annotations

import re

import pytest
from semantics_helpers import semantics_of, subject_of

_PACT = "The EU's stability pact is under strain. "


# --- the stability pact's deficit limit is an EU rule


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (_PACT + "Greece has also broken the 3% deficit ceiling.", "3%"),
        (_PACT + "France has repeatedly exceeded the 3% deficit limit.", "3%"),
        (_PACT + "Italy said the 3% budget deficit cap was too tight.", "3%"),
        (_PACT + "The rules limit the size of a eurozone country's deficit to 3% of GDP.", "3%"),
        ("Under the Stability and Growth Pact, Germany breached the 3% limit again, the EU said.", "3%"),
    ],
)
def test_the_pacts_deficit_limit_is_the_eus(text: str, quote: str) -> None:
    assert subject_of(text, quote) == "EU"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # no pact named: another rule's limit keeps its country
        ("The IMF deal limits Turkey's budget deficit to 3% of GDP, the EU said.", "3%", "TR"),
        # the pact named, but the figure is a country's own deficit, not the limit
        (_PACT + "Greece's deficit rose to 3.7% of GDP.", "3.7%", "GR"),
        (_PACT + "Germany's economy grew by 1.5% last year.", "1.5%", "DE"),
        # a limit that is not a percentage
        (_PACT + "France pays a fine of 2bn euros, above the limit, the EU said.", "2bn euros", "FR"),
    ],
)
def test_what_the_pact_rule_leaves_alone(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# --- a firm's sales in the market its paragraph or story states take that market's code

_LEDE = "Carmakers gain ground\n\nSales of hybrid cars in the US are set to double in 2005, research suggests.\n\n"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the story's lede states the market; the firms' homes are given ('Japanese carmakers')
        (_LEDE + "Between them the two Japanese carmakers sold more than 80,000 units last year.", "80,000"),
        (_LEDE + "Honda has three hybrids on the market. The Japanese carmaker sold 8,000 of them.", "8,000"),
        # the paragraph states it: the firm's home comes from the sentence before
        (
            "Rivals gain\n\nForeign rivals nibble away at the US market. Japan's top car maker Toyota saw sales "
            "accelerate. Even the smaller Suzuki saw its sales improve 17.6% on a year ago.",
            "17.6%",
        ),
        # the paragraph names the market by its country's possessive
        (
            "Brewers\n\nAmbev boosted its share of Brazil's beer market. Belgian brewer Inbev said its sales "
            "rose 12% there.",
            "12%",
        ),
    ],
)
def test_a_firms_sales_in_the_stated_market_take_its_code(text: str, quote: str) -> None:
    want = "BR" if "Brazil" in text else "US"
    assert subject_of(text, quote) == want


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # the sentence states another place of the activity, a region with no code: the firm's home
        (
            "Brewers\n\nAmbev boosted its share of Brazil's beer market. Belgian brewer Inbev said its European "
            "sales fell 2.5%.",
            "2.5%",
            "BE",
        ),
        # a firm's own sales in a country are no market of the story ('its sales in China')
        (
            "Nissan\n\nJapanese carmaker Nissan has improved its sales in China. Nissan aims to increase vehicle "
            "sales to more than four million by 2008.",
            "four million",
            "JP",
        ),
        # no word of selling: a firm's profit stays its home's
        (_LEDE + "The Japanese carmaker Toyota said its net profit rose 12%.", "12%", "JP"),
        # a country's own figure is no firm's: the market rule leaves it
        (_LEDE + "Japan's exports of cars rose 5% last year as sales rose.", "5%", "JP"),
    ],
)
def test_what_the_market_rule_leaves_alone(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# --- a trade's partner is the counterpart, never the subject


@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        (
            "Japan's trade surplus grew in 2004. It compares with 20,479.5bn yen in trade with the US.",
            "20,479.5bn yen",
            "JP",
            "US",
        ),
        (
            "In 2004, Japan's imports from and exports to China (and Hong Kong) added up to 22,201bn yen.",
            "22,201bn yen",
            "JP",
            "CN",
        ),
        ("Brazil's exports rose. Exports to Argentina and Chile grew 34% last year.", "34%", "BR", "AR"),
    ],
)
def test_a_trade_partner_is_the_counterpart(text: str, quote: str, subject: str, counterpart: str) -> None:
    s = semantics_of(text, quote)
    assert subject_of(text, quote) == subject
    assert s.counterpart is not None and s.counterpart.code == counterpart


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # 'to' after no trade noun: a transfer's recipient stays the subject
        ("Russia has given $20m to Kyrgyzstan.", "$20m", "KG"),
        # the country that trades is the subject, its partner apart
        ("China's trade with the US grew 20% last year.", "20%", "CN"),
        # a country after a trade noun with no partner's preposition
        ("Trade in China grew 8% last year.", "8%", "CN"),
    ],
)
def test_what_the_trade_partner_rule_leaves_alone(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# --- an owner named in passing is no place a later sentence inherits


def test_an_owner_named_in_passing_is_not_inherited() -> None:
    text = (
        "India's Maruti grows\n\nIndian carmaker Maruti beat expectations. The company, majority-owned by Japan's "
        "Suzuki, said costs rose. Sales in the quarter rose by 17.8%."
    )
    assert subject_of(text, "17.8%") == "IN"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # 'by' after no participle of owning: the place is what the paragraph is about
        ("Demand\n\nIndian exports were hit by Japan's slowdown. Imports there fell by 5%.", "5%", "JP"),
        # the owner's own sentence: the owner is named as itself there
        ("Owners\n\nThe firm is owned by Japan's Suzuki, which saw its sales rise 7%.", "7%", "JP"),
    ],
)
def test_what_the_owner_rule_leaves_alone(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# --- a unit the text places keeps its own country; its parent's place is no subject of its figures


def test_a_placed_unit_keeps_its_own_country() -> None:
    text = "Chrysler, the US unit of Germany's DaimlerChrysler, was the only carmaker with sales rising 8%."
    assert subject_of(text, "8%") == "US"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a unit placed by a region only: the parent's home (README: Opel, one of GM's European units -> US)
        ("Opel, the European unit of US carmaker General Motors, saw its sales fall 5%.", "5%", "US"),
        # a unit placed by no word at all: the parent's home
        ("Agroflora, a subsidiary of the UK food group Vestey, lost 80% of its land.", "80%", "GB"),
    ],
)
def test_what_the_placed_unit_rule_leaves_alone(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # the unit's later mention is its own country's, not the parent's place its paragraph names last
        ("Chrysler, the US unit of Germany's DaimlerChrysler, gained. Chrysler sold 4,000 cars last year.", "4,000", "US"),
        ("Chrysler, the US unit of Germany's DaimlerChrysler, gained. Chrysler's sales rose 8% last year.", "8%", "US"),
        ("Opel, the German unit of US carmaker GM, gained. Opel sold 4,000 cars last year.", "4,000", "DE"),
    ],
)  # fmt: skip
def test_a_placed_unit_keeps_its_own_country_in_later_mentions(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # the parent's own figure stays the parent's
        ("Opel, the German unit of US carmaker GM, gained. GM sold 4,000 cars last year.", "4,000", "US"),
        # a unit placed by a region gets no home of its own: the parent's
        ("Opel, the European unit of US carmaker GM, gained. Opel sold 4,000 cars last year.", "4,000", "US"),
    ],
)  # fmt: skip
def test_a_later_mention_of_what_no_country_places(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# --- a cheap test of a stretch before a search for a class's phrases


@pytest.mark.parametrize(
    ("text", "cls", "lacks"),
    [
        ("France broke the EU's Stability and Growth Pact in 2003.", "pact", False),
        ("France broke the EU's STABILITY PACT in 2003, costing £2bn.", "pact", False),
        ("France's deficit hit 4.1% of GDP, costing €2bn.", "pact", True),
        ("The firm's stock market debut raised $1bn.", "listing", False),
        ("The firm plans an Initial Public Offering.", "listing", False),
        ("The firm's shares rose 5% on Monday.", "listing", True),
        ("The ﬁrm was LISTED in 2004.", "listing", False),
        # a letter a search in any case takes for an ASCII one: the test cannot tell, the search decides
        ("The ſtability paᴄt.", "pact", False),
        ("It was lıſted.", "listing", False),
    ],
)
def test_a_stretch_lacks_a_class_only_when_no_phrase_of_it_can_match(text: str, cls: str, lacks: bool) -> None:
    """:func:`frames._lacks` is True only where the class's pattern, matched in any case, finds nothing."""
    from newsfigures.semantics.subject.frames import _any, _lacks

    assert _lacks(text, 0, len(text), cls) is lacks
    if lacks:
        assert re.search(r"\b" + _any(cls) + r"\b", text, re.IGNORECASE) is None
