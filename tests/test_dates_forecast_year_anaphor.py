"""'During the year' after a year the story looks to (family 'the reported year, not a hoped-for one'): sentences
written for the rule, none from the gold articles. A bare 'the year' told as past takes the year of the story's last
date that is no comparison's base, bound or forecast; a year after a word of forecast in its own clause ('amid hopes
of stronger growth in 2005', 'the outlook for 2005') is a forecast's, so the year before it is the reported one. A
'the year' told as ahead still takes the forecast year, and a year after a past verb is reported."""

import pytest

from newsfigures.extraction.dates import extract_dates
from newsfigures.extraction.dates.narrative import FORECAST_WINDOW


def _year(text: str) -> str:
    return next(d.value for d in extract_dates(text, None) if d.quote == "year")


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose 3% in 2004 amid hopes of stronger growth in 2005. The index gained 8% during the year.",
        "Exports rose 9% in 2004, and the outlook for 2005 is bright. Imports grew 4% over the year.",
    ],
)
def test_a_past_year_anaphor_skips_a_year_after_a_word_of_forecast(text: str) -> None:
    assert _year(text) == "2004"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales rose 3% in 2004. The firm expects a recovery in 2005. During the year it will cut 500 jobs.", "2005"),
        ("Sales rose 3% in 2003. Profits jumped 12% in 2004. The firm hired 500 staff during the year.", "2004"),
    ],
)
def test_other_year_anaphors_keep_their_year(text: str, value: str) -> None:
    assert _year(text) == value


def test_a_word_ending_in_a_forecast_word_is_no_forecast_at_the_window_edge() -> None:
    # 'good|will': the characters looked at before 2004 begin inside the word; 'will' there is no forecast
    text = (
        "Shares rose 9% in 2003. The firm booked goodwill impairment charges and other cost of $2m for 2004. "
        "The index gained 8% during the year."
    )
    assert text[text.index("2004") - FORECAST_WINDOW :].startswith("will impairment")
    assert _year(text) == "2004"
