"""'The same period' with no period before it (family 'an unstated same period'): sentences written for the
rule, none from the gold articles. 'the same period', 'the same week' after no dated period of the story is a
time only the story could say: it is recorded without a value, not left out (a reader sees the figure has a
time of its own); 'at the same time' links two events and is no period."""

import pytest
from dates_helpers import first_values as values

from newsfigures.extraction.dates import extract_dates


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("House prices doubled over the past decade. Wages rose just 28% in the same period.", "same period"),
        ("The club's turnover fell from £42.5m to £28.5m over the same period.", "same period"),
        ("The union called a strike, and the firm cut its forecast in the same week.", "same week"),
    ],
)
def test_an_unstated_same_period_is_recorded_without_a_value(text: str, quote: str) -> None:
    found = {d.quote: d for d in extract_dates(text, None)}
    assert quote in found, list(found)
    assert found[quote].value == "" and found[quote].resolution == "unanchored"


def test_a_stated_same_period_keeps_its_value() -> None:
    text = "Sales rose 4% in the third quarter of 2004, after 2% in the same period of 2003."
    assert values(text)["same period of 2003"] == "2003-Q3"
    text = "Output rose 1% in the third quarter of 2004. Imports grew 2% in the same period."
    assert values(text)["same period"] == "2004-Q3"


def test_at_the_same_time_is_no_period() -> None:
    text = "The bank raised rates, and at the same time the government cut taxes."
    assert "same time" not in values(text)
