"""'That day', 'the same day', 'the previous day', 'the following day' (family 'a day of the story named by
anaphora'): sentences written for the rule, none from the gold articles. The gold annotates them as dates
(anaphoric: the story's day, or the day before or after it); their value is the story's last day, shifted, when the
text dates that day just before, and empty otherwise (an undated weekday, a day without a year). Not days: 'next-day
delivery', 'the same day of the week', 'that day 10 years ago', 'the previous days', 'on the day' of a market report."""

import pytest
from dates_helpers import undated_dates


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("The firm floated on 3 March 2004. Its shares rose 20% that day.", "that day", "2004-03-03"),
        ("Trading opened on 3 March 2004 and the index hit a record the same day.", "same day", "2004-03-03"),
        (
            "The index closed at 2,310 on 3 March 2004, above the record set the previous day.",
            "previous day",
            "2004-03-02",
        ),
        ("The bid came on 31 December 2004 and was rejected the following day.", "following day", "2005-01-01"),
        ("The deal was signed on 3 March 2004; the shares fell 2% the next day's session.", "next day", "2004-03-04"),
    ],
)
def test_a_day_anaphor_after_a_dated_day_is_counted_from_it(text: str, quote: str, value: str) -> None:
    found = undated_dates(text)
    assert found.get(quote) == (value, "story_date"), found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Shares rose 3% on Friday, topping the record reached the previous day.", "previous day"),
        ("The rival bid arrived on Tuesday. It was followed the same day by a second offer.", "same day"),
        ("Only $480,000 was in the account on 14 December, and nothing else arrived that day.", "that day"),
        ("Prices rose 5% in 2004. That day the firm gave up.", "That day"),
    ],
)
def test_a_day_anaphor_without_a_dated_day_is_recorded_without_a_value(text: str, quote: str) -> None:
    found = undated_dates(text)
    assert found.get(quote) == ("", "unanchored"), found


@pytest.mark.parametrize(
    "text",
    [
        "The shop offers next-day delivery across the country.",
        "Sales fell on the same day of the week as last year's launch.",
        "The previous days of trading were quiet.",
        "The shares were down 3p on the day.",
        "He said that days like these were rare.",
    ],
)
def test_other_uses_of_day_are_no_anaphor(text: str) -> None:
    found = undated_dates(text)
    assert not [q for q in found if q.lower().endswith(" day")], found


def test_an_undated_day_anaphor_leaves_later_phrases_their_reference() -> None:
    # the day named without a value is no period of the story: 'a year earlier' still counts from 2004's quarter
    text = "Profit rose 10% in the fourth quarter of 2004. Shares fell 2% on Friday, after rising the previous day. "
    text += "Sales were $2bn, against $1.8bn a year earlier."
    found = undated_dates(text)
    assert found.get("previous day") == ("", "unanchored"), found
    assert found.get("a year earlier") == ("2003-Q4", "story_date"), found
