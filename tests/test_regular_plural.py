"""One test of a regular plural's form, with the bound its two callers give (newsfigures.extraction.lexicon)."""

from __future__ import annotations

import pytest
from semantics_helpers import measure_of

from newsfigures.extraction.lexicon import regular_plural


@pytest.mark.parametrize(
    ("word", "longer_than", "plural"),
    [
        ("doses", 2, True),
        ("robots", 3, True),
        ("ads", 2, True),  # after a number ('10 ads'): a short plural ends the counted noun
        ("ads", 3, False),  # before a verb: three letters are too few
        ("gas", 3, False),
        ("business", 2, False),
        ("bonus", 2, False),
        ("this", 2, False),
        ("firm's", 2, False),
    ],
)
def test_regular_plural_by_its_bound(word: str, longer_than: int, plural: bool) -> None:
    assert regular_plural(word, longer_than) is plural


@pytest.mark.parametrize(
    ("text", "quote", "measure"),
    [
        # a three-letter word in -s heads a compound, not a plural subject whose verb follows
        ("Europe used 15% more gas supply than a year ago.", "15%", "more gas supply"),
        ("Firms placed 15% more ads overall last month.", "15%", "more ads overall"),
        # a longer one is a plural subject: the word after it is its verb
        ("The airline said 15% more passengers meant longer queues.", "15%", "more passengers"),
    ],
)
def test_a_plural_subject_needs_four_letters(text: str, quote: str, measure: str) -> None:
    assert measure_of(text, quote) == measure
