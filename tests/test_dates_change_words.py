"""A year after a past-tense verb of change in the lede ('exports leapt during 2008', 'imports soared in 2008')
is the year the story reports as done: the present is early in the next year, so 'last year' elsewhere is 2008
(the gold README's convention for a lede's past-tense change of a year). The verbs are vocabulary
(dates.toml present.changes); sentences written for this rule, the expected value worked out from the text."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    "lede",
    [
        "Exports from Chile leapt during 2008, official figures show.",
        "Sales of new homes plunged 4% in 2008, the builders' group said.",
        "Imports soared in 2008, the customs office said.",
    ],
)
def test_a_past_change_of_a_year_in_the_lede_fixes_the_present(lede: str) -> None:
    text = f"Trade figures out\n\n{lede} It expects growth to slow this year.\n\nPrices rose by 12% last year."
    assert dates(text)["last year"] == ("2008", "story_present")


def test_a_change_of_a_year_told_deeper_in_the_story_as_a_participle_fixes_nothing() -> None:
    text = (
        "Builders hail new rules\n\nBuilders welcomed the rules. Dealers were pleased. Buyers queued. Prices rose. "
        "A scheme that doubled in 2006 was closed. Prices rose by 12% last year."
    )
    assert dates(text)["last year"] == ("", "unanchored")
