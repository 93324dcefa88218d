"""A year in a clause that 'should' puts ahead is a forecast, not a year told as done: 'lending should return to
normal over 2006 as a whole' fixes no present after 2006 (as 'will' and 'is expected to' do not). 'should have' is a
counterfactual about the past ('should have been higher in 2006'), and the year stays told as done. Sentences written
for the rule: must fix no present, must keep it."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    "text",
    [
        "The market should remain stable as lending returns to normal over 2006 as a whole. Its shares fell last year.",
        "Profits should rise for the whole of 2006, the firm said. Its shares fell last year.",
        "Full year 2006 sales should top $2bn, analysts said. Its shares fell last year.",
    ],
)
def test_a_year_after_should_fixes_no_present(text):
    assert dates(text)["last year"] == ("", "unanchored")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the year told as done, 'should' about something else in another sentence
        ("For 2006 as a whole, the group earned $1.2bn. Its shares fell last year. Prices should rise.", "2006"),
        # 'should have': a counterfactual about a year that is over
        ("Profits for the whole of 2006 should have been higher, the firm said. Its shares fell last year.", "2006"),
    ],
)
def test_a_year_told_as_done_beside_should_keeps_the_present(text, value):
    assert dates(text)["last year"] == (value, "story_present")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 'should' puts its sentence's own events ahead as 'would' does: January is the next one after the present
        # (2007 by its year only, after 2006's change), not a January of 2005, the latest year told outside a forecast
        ("Exports fell 3% in 2005. Prices fell in late 2006 and they should rise again in January.", "2008-01"),
        ("Exports fell 3% in 2005. Prices fell in late 2006 and they would rise again in January.", "2008-01"),
    ],
)
def test_a_month_after_should_is_ahead_as_after_would(text, value):
    assert dates(text)["January"][0] == value


def test_a_month_after_should_have_is_told_as_past():
    text = "Exports fell 3% in 2005. Prices fell in 2006. The firm said they should have risen in January."
    assert dates(text)["January"][0] == "2006-01"
