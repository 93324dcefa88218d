"""The base of a comparison ('four years longer than Americans', 'three times the size of Hong Kong's', 'the
second-fastest in Asia after China') is what a figure is set against, not what it is about (family found in the
subject misses of the tuning set, in three rounds: Singapore's 13.1% manufacturing growth took China from 'The advance,
the second-fastest in Asia after China', twice (rounds 8 and 11); South Korea's $44bn banking revenues took Hong Kong
from 'three times the size of Hong Kong's' (round 13); over the open corpus, Japanese life expectancy took the US from
'four years longer than Americans').

Must: such a place is no subject of its sentence's figures and no context a later sentence inherits; it stays the
figure's counterpart. Must not: a figure that is the base's own ("faster than Japan's 3%", 'faster than Germany, which
grew 1%'), a place before the comparison ('Growth in India was 7%, faster than in China'), an 'after' of time ('rose
3% after the UK firm said').
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of, subject_of

from newsfigures.semantics.places import comparison_base, find_places


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: a rank's 'after' names no subject
        (
            "Singapore growth\n\nThe economy grew 8%. The rise, the third-fastest in Asia after China, was led by "
            "growth of 12% in manufacturing.",
            "12%",
            "SG",
        ),
        # must: nor the base after 'than'
        (
            "Japan ageing\n\nJapan's people live long. Women can expect to live until 86, five years longer than "
            "Americans.",
            "86",
            "JP",
        ),
        # must: nor 'the size of'
        (
            "Bank deal\n\nSouth Korea's banking market is twice the size of Taiwan's, with revenues of $40bn.",
            "$40bn",
            "KR",
        ),
        # must: nor the context of the next sentence
        (
            "Bank deal\n\nSouth Korea's market is big, three times the size of Hong Kong's. Its revenues reached "
            "$44bn last year.",
            "$44bn",
            "KR",
        ),
        # must: nor 'than in' (the context of the next sentence is the place before the comparison)
        ("Wages\n\nWages in Poland are lower than in Germany. They rose 5% last year.", "5%", "PL"),
        # must not: the base's own figure
        ("Exports\n\nChina's exports grew faster than Japan's 3%.", "3%", "JP"),
        ("Growth\n\nFrance's economy grew 2%, faster than Germany, which grew 1%.", "1%", "DE"),
        # must not: the place before the comparison
        ("Growth\n\nGrowth in India was 7%, faster than in China.", "7%", "IN"),
        # must not: an 'after' of time
        ("Cairn\n\nShares in Cairn rose 3% after the UK firm said its field was larger.", "3%", "GB"),
    ],
)
def test_a_comparison_base_is_no_subject(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


def test_the_base_stays_the_counterpart() -> None:
    found = semantics_of("Japan ageing\n\nJapan's women live until 86, five years longer than Americans.", "five years")
    assert found.subject is not None and found.subject.code == "JP"
    assert found.counterpart is not None and found.counterpart.code == "US"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("four years longer than Americans and Europeans", "Americans", True),
        ("three times the size of Hong Kong's", "Hong Kong", True),
        ("wages lower than in Germany", "Germany", True),
        ("costs higher than those in Japan", "Japan", True),
        ("the second-fastest in Asia after China", "China", True),
        ("the third largest economy after the US", "US", True),
        ("shares rose 3% after the UK firm said", "UK", False),
        ("interest rates rose after the US Fed met", "US", False),
        ("the size of Libya's funds", "Libya", False),
    ],
)
def test_comparison_base(text: str, name: str, expected: bool) -> None:
    place = next(p for p in find_places(text) if text[p.start : p.end] == name)
    assert comparison_base(text, place.start) is expected
