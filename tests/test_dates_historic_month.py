"""A month of history places no later year-less date (family 'a story's history before its years'): sentences
written for the rule, none from the gold articles. Without a present, a year-less date after the latest month the
story states is placed just after that month; a month at least two years older than a year the story has already
stated ('filed in 1999' ... 'a meeting on 15 December, 1953') is the story's history, not its time, so what follows
it ('have until 21 March') is left without a year. A month as new as the years before it still places the dates
after it."""

import pytest
from dates_helpers import date_values


def test_a_month_of_history_places_no_later_date() -> None:
    text = (
        "The claim was filed in 1999 by the government. Central to the case was a meeting on 15 December, 1953. "
        "Lawyers have until 21 March to file their appeal."
    )
    assert date_values(text).get("21 March") == ""


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("The firm was founded in 1990. It floated in June 2003 and posted a loss in October.", "October", "2003-10"),
        ("The firm floated in 1996. Its chief quit in June 2001, and sales fell in October.", "October", "2001-10"),
    ],
)
def test_a_month_as_new_as_the_years_before_it_still_places_the_dates_after_it(
    text: str, quote: str, value: str
) -> None:
    assert date_values(text).get(quote) == value
