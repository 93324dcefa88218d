"""'year-end' and 'end-of-year' as a modifier (family 'a year's end named as a modifier'): sentences written for
the rule, none from the gold articles. The gold README annotates times used as modifiers ('his year-end press
conference'); which year's end the story seldom says, so the mention is recorded without a value; 'the end of
the year' keeps the year the story gives it, and a year-end that is no modifier of a time is not one."""

import pytest

from newsfigures.extraction.dates import extract_dates


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The minister spoke at his year-end news conference in Rome.", "year-end"),
        ("Weak end-of-year sales hit the retailer.", "end-of-year"),
        ("Sales rose 5% in 2004, but the end-of-year clearance flopped.", "end-of-year"),
        ("Year-end bonuses at the bank were cut.", "Year-end"),
    ],
)
def test_a_year_end_modifier_is_recorded_without_a_value(text: str, quote: str) -> None:
    found = {d.quote: d for d in extract_dates(text, None)}
    assert quote in found, list(found)
    assert found[quote].value == "" and found[quote].resolution == "unanchored"


def test_the_end_of_the_year_keeps_its_year() -> None:
    text = "Sales rose 5% in 2004 and should reach 2 million by the end of the year."
    values = {d.quote: d.value for d in extract_dates(text, None)}
    assert "year-end" not in values and "end-of-year" not in values
    assert any(v == "2004" for q, v in values.items() if "end of the year" in q), values


def test_words_inside_other_words_are_no_year_end() -> None:
    text = "The year-ending accounts and the weekend-of-year festival were dull."
    assert not [d for d in extract_dates(text, None) if d.quote.lower() in ("year-end", "end-of-year")]
