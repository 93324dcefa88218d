"""A bare number that is a count's earlier level counts the same things.

Sentences of our own (none from the gold articles): after a base word ('up from', 'compared with', 'against'), a bare
number within a factor of three of the count before it is that count's base ('The industry employs roughly 45,000
people, up from 41,000 a year earlier'): kind count, the count's noun. Not across a clause end, not a number far
from the count ('800 staff, up from 12'), not after a percentage or a change in percent.
"""

from __future__ import annotations

import pytest

from newsfigures.extraction.figures import extract_figures

#: (sentence, quote, kind, noun)
CASES = [
    # must: the base takes the count's kind and noun
    ("The industry employs roughly 45,000 people, up from 41,000 a year earlier.", "41,000", "count", "people"),
    ("It sold 1.2 million cars in 2004, compared with 1.1 million in 2003.", "1.1 million", "count", "cars"),
    ("The chain now has 300 stores, against 250 two years ago.", "250", "count", "stores"),
    # must not: a number far from the count, a change in percent, a coordinated figure of another clause
    ("The unit has 800 staff, up from 12 in 1990.", "12", "number", ""),
    ("Exports rose 12% to 41,000 tonnes from 37,000.", "12%", "percent", ""),
    ("It employs 45,000 people. From 2006 it will hire 40,000 more.", "40,000", "number", ""),
    # must not: no base word between ('and'), a base that is money, a small number before a year
    ("The chain has 300 stores, and 250 of its staff are part-time.", "250", "number", ""),
    ("The firm has 45,000 staff, up from $41,000 in pay.", "$41,000", "money", ""),
    ("Some 45,000 people came, up from 41 in 2003.", "41", "number", ""),
]


@pytest.mark.parametrize(("sentence", "quote", "kind", "noun"), CASES)
def test_a_count_s_base_counts_the_same_things(sentence: str, quote: str, kind: str, noun: str) -> None:
    figures = {f.quote: f for f in extract_figures(sentence)[0]}
    assert quote in sentence
    got = figures[quote]
    assert (got.kind, got.noun) == (kind, noun)
