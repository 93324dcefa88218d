"""A firm's 'annual' result that nothing else dates is of the year just ended (family found by reading open-only
articles: 'Carlsberg ... saw annual pre-tax profits fall to 3.4bn Danish kroner' in a 2005 results story that
states 2004 two paragraphs on; 'BP has announced a 26% rise in annual profits to $16.2bn').

Must: a result its measure calls a year's, reported in the past, takes the year before the story's present, linked
to the text's date of that year. Must not: a present state ('has annual sales of'), a macro rate ('annual
growth', 'annual earnings growth'), a forecast, a change on a base of that year ('rose 10% on 2004'), or a story
whose present the text leaves open.
"""

from __future__ import annotations

import pytest
from semantics_helpers import linked_quote, period_of

from newsfigures.extraction.merge import extract

STORY = (
    "Brewers' profits slip\n\n"
    "Brewers Hopfen and Malz have reported falling profits as beer sales in Europe fell flat.\n\n"
    "Hopfen warned that its earnings in 2005 may also slide. Malz saw annual pre-tax profits fall to 3.4bn kroner. "
    "Malz has annual sales of 36bn kroner. Hopfen said annual growth in beer demand slowed to 0.2%. "
    "Malz expects annual profits to rise 10%.\n\n"
    "Hopfen's net income fell to 500m euros during 2004."
)


def test_the_story_s_present_is_fixed() -> None:
    assert extract(STORY).present == "2005"


@pytest.mark.parametrize(
    ("quote", "period"),
    [
        ("3.4bn kroner", "2004"),  # an annual result reported in the past: the year just ended
        ("36bn kroner", None),  # a present state: no time the text gives
        ("0.2%", None),  # 'annual growth' is a macro rate, not a firm's year
        ("10%", None),  # a forecast
    ],
)
def test_an_annual_result_takes_the_year_before_the_present(quote: str, period: str | None) -> None:
    assert period_of(STORY, quote) == period


def test_the_year_is_linked_to_the_text_s_date_of_it() -> None:
    assert linked_quote(STORY, "3.4bn kroner") == "2004"


def test_no_year_where_the_present_is_open() -> None:
    undated = STORY.replace(" during 2004", "")
    assert extract(undated).present == ""
    assert period_of(undated, "3.4bn kroner") is None


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Malz saw annual pre-tax profits rise 10% on 2004.", "10%"),  # the base's year is no period of the change
        ("Average annual earnings growth slowed to 4.1%, the statistics office said.", "4.1%"),  # a rate
    ],
)
def test_no_year_for_a_change_on_that_year_nor_a_rate(sentence: str, quote: str) -> None:
    text = STORY.replace("Malz has annual sales of 36bn kroner.", sentence)
    assert extract(text).present == "2005"
    assert period_of(text, quote) is None


def test_a_result_followed_by_a_preposition_still_takes_the_year() -> None:
    text = STORY.replace("Malz saw annual pre-tax profits fall", "Malz saw annual pre-tax profits in Europe fall")
    assert period_of(text, "3.4bn kroner") == "2004"


@pytest.mark.parametrize(
    ("sentence", "quote", "period"),
    [
        # a forecast of a later clause is not the result's: the result keeps the year just ended
        ("Malz saw its annual profits drop 33% and warned that earnings in 2005 may also slide.", "33%", "2004"),
        ("Malz saw annual profits drop 33%, but expects a recovery.", "33%", "2004"),
        # the past of a figure's clause may come after an aside: it still reports the result
        ("Malz's annual profits of 3.1bn kroner, a record, were reported on Monday.", "3.1bn kroner", "2004"),
        ("Malz's annual pre-tax profits, at 3.1bn kroner, fell 10%.", "3.1bn kroner", "2004"),
        # a forecast of the figure's own clause still makes it no result
        ("Malz warned that its annual profits may drop 33% and said sales fell.", "33%", None),
    ],
)
def test_a_later_clause_s_forecast_is_not_the_annual_result_s(sentence: str, quote: str, period: str | None) -> None:
    text = STORY.replace("Malz has annual sales of 36bn kroner.", sentence)
    assert extract(text).present == "2005"
    assert period_of(text, quote) == period
