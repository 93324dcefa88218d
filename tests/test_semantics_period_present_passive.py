"""A word in -ed after a present copula ('is often blamed', 'are offered') is a present passive, not a verb in the
past: a sentence with no other past, forecast or comparison states what is, and takes no period from its
paragraph (period._says_past, period.tells_time), as 'UK Coal operates 15 mines' does. Before this rule 'The peg
keeping the yuan around 8.30 to the dollar is often blamed ...' read 'blamed' as a past and took the paragraph's
year.

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import pytest
from semantics_helpers import period_of

from newsfigures.semantics.period import tells_time

PEG = (
    "Currency peg\n\nThe country has kept its currency fixed for a decade.\n\n"
    "Imports rose 9% in 2004, the ministry said. {body}\n"
)


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a present passive states what is: no period of the paragraph
        (
            PEG.format(body="The peg that keeps the rupee near 45 to the dollar is widely blamed for the surplus."),
            "45",
            None,
        ),
        (PEG.format(body="The rate of 3.75 to the dollar is often criticised by rivals."), "3.75", None),
        # a past passive or a past verb still reports the paragraph's time
        (PEG.format(body="Imports were boosted by 12% as well."), "12%", "2004"),
        (PEG.format(body="Exports rose 12% as well, and the peg is blamed for that."), "12%", "2004"),
    ],
)
def test_a_present_passive_states_the_present(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("sentence", "tells"),
    [
        ("Staff are offered health insurance worth $2,000.", False),
        ("Staff were offered health insurance worth $2,000.", True),
        ("Staff are now offered health insurance worth $2,000.", False),
        ("Staff have offered to take a 5% cut.", True),  # a perfect, not a copula: the past as before
    ],
)
def test_tells_time_reads_a_present_passive_as_the_present(sentence: str, tells: bool) -> None:
    assert tells_time(sentence, 0, len(sentence)) is tells
