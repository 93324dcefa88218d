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


def test_a_total_told_for_a_year_the_lede_tells_fixes_the_present():
    text = (
        "Carmaker's 2008 sales rise\n\nA carmaker sold 2% more cars in 2008 than before.\n\nSales totalled 3.9 "
        "million units worldwide during 2008, the company said. Exports rose 3% last year."
    )
    assert dates(text)["last year"] == ("2008", "story_present")


def test_a_total_told_deeper_in_the_story_fixes_nothing():
    text = (
        "Carmaker hails new model\n\nA carmaker launched a new car. Dealers were pleased. Buyers queued. Prices rose. "
        "Its sales totalled 3.9 million units worldwide in 2006. Exports rose 3% last year."
    )
    assert dates(text)["last year"] == ("", "unanchored")
