"""Stated lengths from the story's time: a span whose length is a range of counts ('the next two to three
months', 'the last four or five years': the stretch of the larger) and a point that many units ahead ('in five
years the dollar will be stronger', 'in two weeks' time'), annotated by the gold README as periods of stated length
anchored on the story; not the lengths that rank a figure ('its lowest level in three years') nor a vague 'one or
two'. Sentences written for the rule, the values worked out from the text and the publication date."""

import datetime as dt

import pytest

from newsfigures.extraction.dates import extract_dates

PUBLISHED = dt.date(2009, 2, 14)


def dated(text: str, published: dt.date | None = PUBLISHED) -> dict[str, str]:
    """quote -> value of every date of a text."""
    return {d.quote: d.value for d in extract_dates(text, published)}


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("The sale should close in the next two to three months.", "next two to three months", "2009-03/2009-05"),
        ("Costs rose over the last four or five years.", "last four or five years", "2004/2008"),
        ("Spending will slow over the next 12-18 months.", "next 12-18 months", "2009-03/2010-08"),
    ],
)
def test_a_range_of_counts_is_the_stretch_of_the_larger(text: str, quote: str, value: str) -> None:
    assert dated(text)[quote] == value


def test_a_vague_pair_of_counts_is_no_date() -> None:
    assert dated("Nobody knows what will happen over the next one or two quarters.") == {}


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("We know that in five years the dollar will be stronger than it is today.", "five years", "2014"),
        ("The plan aims to halve the deficit in five years.", "five years", "2014"),
        ("Its share of turnover should drop to 34% in two years' time.", "two years' time", "2011"),
        ("In three months, we should rebuild most of the port.", "three months", "2009-05"),
        ("The firm is supposed to pay in two weeks time.", "two weeks time", "2009-W09"),
        # a decimal point is no sentence's end: the forecast word before or after it is in the sentence
        ("Sales will rise to 2.5m cars in three years.", "three years", "2012"),
        ("In three years, output of 1.5m cars will be reached.", "three years", "2012"),
    ],
)
def test_a_length_ahead_after_in_is_a_point_ahead(text: str, quote: str, value: str) -> None:
    assert dated(text)[quote] == value


@pytest.mark.parametrize(
    "text",
    [
        # lengths that rank a figure: not annotated
        "Rates are at their lowest level in three years.",
        "It will be the first annual fall in nine years.",
        "It is the sixth time in three years that the bank has cut rates.",
        # told in the past, no forecast: a length
        "Shares lost 18% in one day.",
        # a forecast word in another clause of the sentence puts no length ahead
        "Sales fell 10% in three months, but the firm will recover.",
        "Shares rose 5% in two days, and analysts expect more gains.",
    ],
)
def test_a_length_that_ranks_a_figure_or_is_told_as_past_is_no_date(text: str) -> None:
    assert dated(text) == {}


def test_a_point_ahead_takes_the_story_present_without_a_publication_date() -> None:
    text = "Car sales fell 4% in 2008, the industry body said. Dealers know that in five years the market will recover."
    # the lede's past change of 2008 puts the present in 2009: five years on is 2014
    assert dated(text, None)["five years"] == "2014"


def test_the_forecast_word_of_a_long_clause_puts_its_length_ahead() -> None:
    # the clause is the sentence's (marks.TextMarks), however long: 'will' is more than 400 characters before 'in
    # five years' (the handler read 400 characters either side, and found no forecast word)
    text = "The carmaker will " + "build more of its small cars at the plant " * 11 + "in five years."
    assert text.index("in five years") - text.index("will") > 400
    assert dated(text)["five years"] == "2014"
