"""A commodity's price named by the commodity alone (tests/gold/bbc-business/README.md, `subject`: the world oil
price has no subject): 'Brent crude fell 32 cents to $49.74 a barrel', 'copper up 36%' are prices, about no
country, like 'world oil prices'. Sentences written for these tests."""

from __future__ import annotations

import pytest
from semantics_helpers import subject_of


# must: the commodity alone before a price, a change of it or a rate per unit: no subject
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In London, Brent crude fell 32 cents to $49.74 a barrel.", "32 cents"),
        ("In London, Brent crude fell 32 cents to $49.74 a barrel.", "$49.74 a barrel"),
        ("Australian miners gained. Nickel prices rose 43% during the year, with copper up 36%.", "36%"),
        ("Traders in Tokyo were busy.\n\nGold rose 2% to $430 an ounce.", "2%"),
    ],
)  # fmt: skip
def test_a_commodity_s_price_is_about_no_country(text: str, quote: str) -> None:
    assert subject_of(text, quote) is None


# must not: a quantity of the commodity, a commodity named after the figure, or a country's crude
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("India could invest up to $20bn in oil and gas projects.", "$20bn", "IN"),
        ("Russia's oil exports rose 5% last year.", "5%", "RU"),
        ("Russia pumps around 9 million barrels of oil a day.", "9 million barrels of oil a day", "RU"),
        ("US crude is still 30% more expensive than in January.", "30%", "US"),
    ],
)  # fmt: skip
def test_a_quantity_or_trade_of_a_commodity_keeps_its_country(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code
