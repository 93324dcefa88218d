"""An amount of money per barrel is the oil price by its unit: where the words read as its measure name neither a
commodity nor a place ('Currently', 'broken', 'a fall'), it is the world price, about no country (README of the
BBC gold: empty subject for the world oil price), whatever its sentence or paragraph names."""

from __future__ import annotations

import pytest
from semantics_helpers import subject_of


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Angola pumps more oil. Currently above $40 a barrel, the price will stay high, he said.", "$40 a barrel"),
        ("Worries about Iraq grew. Oil prices have broken records, topping $50 a barrel at one point.", "$50 a barrel"),
        ("Despite a fall of more than $12 a barrel since October, the price of crude in the US remains high.", "$12 a barrel"),
    ],
)  # fmt: skip
def test_a_price_per_barrel_whose_measure_names_nothing_is_the_world_price(text: str, quote: str) -> None:
    assert subject_of(text, quote) is None


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("US light crude fell 32 cents to $51.43 a barrel.", "$51.43 a barrel", "US"),  # the measure names it
        ("Russia's Urals blend sold at $35 a barrel.", "$35 a barrel", "RU"),
        ("Angola pumps more oil. Its output rose to 1 million barrels a day.", "1 million barrels a day", "AO"),
    ],
)
def test_what_is_no_world_price_by_its_unit(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code
