"""Frames that decide a figure's subject over the places of its sentence (gold README, "Ambiguous cases
decided"): the stability pact's deficit limit is the EU's; a firm's sales in the market its paragraph or story
states take that market's code. Sentences written for each rule, that must and must not take it."""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

from newsfigures.semantics.places import code_of


def _subject(text: str, quote: str) -> str | None:
    """The subject code of the figure ``quote``, after checking that its evidence names that code."""
    s = semantics_of(text, quote).subject
    if s is None:
        return None
    assert code_of(text[s.start : s.end]) == s.code, text[s.start : s.end]
    return s.code


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
    assert _subject(text, quote) == "EU"


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
    assert _subject(text, quote) == subject
