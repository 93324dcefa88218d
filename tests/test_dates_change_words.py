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


@pytest.mark.parametrize(
    "lede",
    [
        "Car sales were down 3% in 2008, the industry body said.",
        "Shipments were up 11% in 2008, the trade body said.",
        "Output was higher in 2008 than in any year before.",
    ],
)
def test_a_copula_with_a_direction_is_a_past_change_of_the_year(lede: str) -> None:
    text = f"Brewer reports\n\n{lede} It expects a harder market this year.\n\nCosts rose by 8% last year."
    assert dates(text)["last year"] == ("2008", "story_present")


def test_a_copula_with_a_direction_and_no_year_fixes_nothing() -> None:
    text = "Brewer reports\n\nThe group said revenue was down 3% to $2bn. Costs rose by 8% last year."
    assert dates(text)["last year"] == ("", "unanchored")


def test_a_year_figure_still_forecast_does_not_block_the_lede_change() -> None:
    # the full year's data are not out: a figure 'for 2008' is still forecast after the year ends
    text = (
        "Exports surge\n\nExports from Chile leapt during 2008 over the previous year. Copper led the rise. "
        "Wine followed.\n\nThe deficit with Peru was $2bn in 2007, and is expected to rise to $3bn for 2008. "
        "Imports rose by 5% last year."
    )
    assert dates(text)["last year"] == ("2008", "story_present")


def test_a_month_of_the_year_told_as_ahead_still_blocks_the_lede_change() -> None:
    # the README's exception: a date within the year told as ahead keeps the story in that year
    text = (
        "Exports surge\n\nExports from Chile leapt during 2008 over the previous year. Copper led the rise. "
        "Wine followed.\n\nA new port is expected to open in November 2008. Imports rose by 5% last year."
    )
    assert dates(text)["last year"] != ("2008", "story_present")


def test_a_year_after_than_is_a_base_not_a_change_of_that_year() -> None:
    text = "Brewer reports\n\nCar sales were higher than in 2008, the industry body said. Costs rose by 8% last year."
    assert dates(text)["last year"] == ("", "unanchored")


def test_a_span_of_years_still_forecast_does_not_block_the_lede_change() -> None:
    # like a whole year, a span of whole years ending with the lede's year is still forecast after it ends
    text = (
        "Exports surge\n\nExports from Chile leapt during 2008 over the previous year. Copper led the rise. "
        "Wine followed.\n\nThe deficit with Peru is expected to total $5bn over 2007-2008. "
        "Imports rose by 5% last year."
    )
    assert dates(text)["last year"] == ("2008", "story_present")
