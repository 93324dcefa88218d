"""World prices of traded commodities ('world oil prices', '$40 a barrel'): about no country."""

from __future__ import annotations

import re
from functools import lru_cache

from ..places import UNCODED, Place
from ..words import vocab_rows
from .clause import LETTERS


@lru_cache(maxsize=1)
def _price_words() -> dict[str, str]:
    """word -> 'commodity' or 'price' (``vocab/en/world_prices.tsv``)."""
    return {row[0]: row[1] for row in vocab_rows("world_prices.tsv")}


def world_price(text: str, measure: tuple[int, int], places: list[Place], kind: str = "") -> bool:
    """True when the measure is the price of a traded commodity ('world oil prices', 'the price of
    crude') and names no country: a world price is about no country, whatever the sentence names. An
    amount of money, a rate ('$49.74 a barrel') or a percentage after a measure that is the commodity alone, by
    its name or a benchmark's ('Brent crude fell 32 cents to $49.74 a barrel', 'with copper up 36%'), is its
    price too (``kind``: the figure's kind, empty when the measure comes after the figure)."""
    found = LETTERS.findall(text, measure[0], measure[1])
    classes = {_price_words().get(w.lower()) for w in found}
    alone = kind in ("money", "percent", "rate") and "commodity" in classes and _commodity_alone(found)
    if not alone and not {"commodity", "price"} <= classes:
        return False
    return not any(measure[0] <= p.at[0] < measure[1] and p.code not in UNCODED for p in places)


def unit_price(text: str, unit: str, measure: tuple[int, int] | None, places: list[Place]) -> bool:
    """True for an amount of money per unit of a commodity (a unit of class 'unit' of ``vocab/en/world_prices.tsv``:
    'Currently above $40 a barrel', 'topping $50 a barrel', 'a fall of more than $12 a barrel') whose measure names
    neither a commodity nor a place (the words read as its measure are 'Currently', 'broken', 'a fall'; or none):
    by its unit the world price, about no country whatever its paragraph or sentence names (README of the BBC gold).
    A measure that names the commodity ('US light crude', 'Light crude oil futures ... on the New York Mercantile
    Exchange', gold US) is left to :func:`world_price` and the sentence's places."""
    money, _, per = unit.partition("/")
    if _price_words().get(per) != "unit" or not re.fullmatch(r"[A-Z]{3}", money):
        return False
    if measure is None:
        return True
    if any(_price_words().get(w.lower()) == "commodity" for w in LETTERS.findall(text, measure[0], measure[1])):
        return False
    return not any(measure[0] <= p.at[0] < measure[1] for p in places)


def _commodity_alone(words: list[str]) -> bool:
    """True when the words of a measure are commodity words of ``vocab/en/world_prices.tsv`` and names of a
    benchmark ('Brent crude', 'copper'): the commodity itself, not a quantity or trade of it ('oil exports')."""
    return all(_price_words().get(w.lower()) == "commodity" or w[0].isupper() for w in words)
