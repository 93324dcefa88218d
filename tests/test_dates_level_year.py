"""A year after a past-tense verb of a level ('reached 2 trillion euros in 2008') is the story's news when its lede
tells it: the year is over and the present early in the next. Deeper in the story such a verb is as often a
participle dating an event ('a settlement reached with 46 states in 2006', even before a forecast of the next
year): no present (sentences written for
this rule, the expected value worked out from the text)."""

from dates_helpers import undated_dates as dates


def test_a_level_reached_in_a_year_the_lede_tells_fixes_the_present():
    text = (
        "Spanish homes worth 2 trillion euros\n\nThe value of Spain's housing stock reached 2 trillion euros in 2008, "
        "a report says.\n\nBuilders are busy. Prices rose by 12% last year."
    )
    assert dates(text)["last year"] == ("2008", "story_present")


def test_a_year_reached_deeper_in_the_story_fixes_nothing():
    text = (
        "Tobacco firms hail ruling\n\nTobacco shares rose after the ruling. Judges said the case could not be "
        "brought. Lawyers for the state were silent. Shares in one firm rose 5%. The firms said they had met many "
        "demands in a settlement reached with 46 states in 2006. Sales could rise in 2007. Prices rose by 12% last "
        "year."
    )
    assert dates(text)["last year"] == ("", "unanchored")
