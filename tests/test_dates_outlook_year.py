"""A year stated in an outlook ('they are optimistic about 2012', 'is threatening to dampen demand in 2012') is a
forecast's year: no year-less date after it takes it (sentences written for this rule; the expected value worked
out from the text)."""

from dates_helpers import undated_dates as dates


def test_a_month_after_a_year_an_outlook_names_takes_the_reported_year() -> None:
    text = (
        "Germany's economy grew 1.7% in 2011. The strong euro is threatening to dampen that demand in 2012. "
        "Inflation in the eurozone is estimated at 2.3% in December."
    )
    assert dates(text)["December"] == ("2011-12", "story_year")


def test_a_season_after_an_outlook_s_year_alone_takes_no_year() -> None:
    text = (
        "Consumer confidence rose to a five-month high and shoppers are optimistic about 2012, a survey says. "
        "Retailers reported strong sales after a slow start to the festive season."
    )
    assert dates(text)["festive season"] == ("", "unanchored")


def test_a_year_told_beside_optimism_but_reported_still_dates_a_month() -> None:
    # 'optimistic' alone, after the year's figures, is no outlook on that year
    text = "Exports rose 9% in 2011, and traders were optimistic. Exports totalled $6bn in December."
    assert dates(text)["December"] == ("2011-12", "story_year")
