"""A quantity head keeps its 'of' phrase, and a verb of level with 'up'/'down' has a subject of its own.

Every sentence was written for this file. 'The number of unemployed rose 50,000': a head that names no measure of
its own ('number', 'total', 'level', 'amount', 'cost'; vocab measure.toml of_heads) keeps the phrase it counts or
sizes, whose word after 'of' is a noun even in -ed or -ing ('the unemployed', 'borrowing'); a two-word
preposition ('out of') joins a phrase read leftwards as one word does. The must-not sentences keep a phrase that
is no such head's ('A number of firms raised prices': the object) and the walks that were right before.
"""

from __future__ import annotations

import pytest
from semantics_helpers import measure_of

OF_HEADS = [
    # must: the head keeps its 'of' phrase
    ("The number of unemployed rose 50,000 in May.", "50,000", "The number of unemployed"),
    ("The number of people out of work fell 40,000.", "40,000", "The number of people out of work"),
    ("The annual total of new claims fell 12,000.", "12,000", "The annual total of new claims"),
    ("The cost of borrowing rose 2% in May.", "2%", "The cost of borrowing"),
    ("The level of lending fell 2% in May.", "2%", "The level of lending"),
    ("The government cut the amount of borrowing needed by £200m.", "£200m", "the amount of borrowing"),
    ("Firms out of favour fell 3% on Monday.", "3%", "Firms out of favour"),
    # must not: no quantity head, or the head is no subject
    ("A number of firms raised prices by 5%.", "5%", "prices"),
    ("Demand for goods imported rose 4%.", "4%", "Demand for goods"),
    ("Its share of the market rose 2%.", "2%", "Its share of the market"),
    ("The number of people in work increased by 296,000.", "296,000", "The number of people in work"),
    ("Seven out of 10 analysts expect a 2% rise in prices.", "2%", "prices"),
]


@pytest.mark.parametrize(("text", "quote", "measure"), OF_HEADS)
def test_a_quantity_head_keeps_its_of_phrase(text: str, quote: str, measure: str) -> None:
    assert quote in text and measure in text
    assert measure_of(text, quote) == measure


PHRASAL_MOVES = [
    # must: a level noun before a verb of level with 'up' or 'down' is the subject, as before 'rose' or 'fell'
    ("The total went up 2% last year.", "2%", "The total"),
    ("Its costs went down 3% in 2004.", "3%", "Its costs"),
    ("The total shot up 9% in May.", "9%", "The total"),
    ("The bill shot up 12% in May.", "12%", "The bill"),
    ("Costs came down 4% in April.", "4%", "Costs"),
    ("Sales shot up 12% in March.", "12%", "Sales"),
    # must not: the subject of a verb with its particle and an object, a figure of the object, a rise's phrase
    ("The bank has put up rates by 0.5%.", "0.5%", "The bank"),
    ("The firm took up 5% of the shares.", "5%", "the shares"),
    ("The pay deal went down well, with a 3% rise in wages.", "3%", "wages"),
    ("Its costs rose 3% in 2004.", "3%", "Its costs"),
]


@pytest.mark.parametrize(("text", "quote", "measure"), PHRASAL_MOVES)
def test_a_level_noun_before_a_phrasal_verb_of_change_is_the_subject(text: str, quote: str, measure: str) -> None:
    assert quote in text and measure in text
    assert measure_of(text, quote) == measure
