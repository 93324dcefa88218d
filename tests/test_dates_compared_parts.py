"""Three rules of an undated story's present, each with texts that must and must not fix it (sentences written for
these rules, the expected value worked out from the text):

- a deictic year compared with a stated year fixes the present as the stated year's next, unless the story tells a
  later year as past ('sales last year were lower than in 1998' beside 'profits rose 10% in 2004');
- a quarter or half of something other than a year ('the second half of the session') is no part of a year;
- 'the same period of 2003' compares the part of a year told last before it in its sentence, and only a part that
  ends its year ('the fourth quarter') is closed by it.
"""

import pytest
from dates_helpers import undated_dates as dates

# --- a deictic year compared with a stated year ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the compared year is the one before: 'last year' is 2003
        ("The carmaker sold 95,000 cars last year, up 2.6% on 2002.", "last year", "2003"),
        # a year told as past that the comparison agrees with: last year is 2008
        ("Profits rose in 2008. The firm sold 95,000 cars last year, up 2.6% on 2007.", "last year", "2008"),
    ],
)
def test_a_deictic_year_compared_with_the_year_before_fixes_the_present(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")


@pytest.mark.parametrize(
    ("text", "quote", "wrong"),
    [
        # 2004 is told as past: last year is not 1999, the year after the distant 1998
        (
            "Profits rose 10% in 2004, the brewer said. Sales last year were lower than in 1998.",
            "last year",
            "1999",
        ),
        (
            "Exports grew 3% in 2011. The mill expects output this year to be higher than in 1995.",
            "this year",
            "1996",
        ),
    ],
)
def test_a_deictic_year_compared_with_a_distant_year_does_not_fix_the_present(text, quote, wrong):
    assert dates(text)[quote][0] != wrong


# --- a part of a session is no part of a year ------------------------------------------------------------


def test_the_second_half_of_a_session_closes_no_year():
    # the same period of 2003 is the session's: no fourth quarter or second half of 2004 is reported as done, and
    # the comparison's base alone puts the present in 2004
    text = (
        "Trading picked up in the second half of the session, and volume was 2bn shares, up from 1.5bn in the same "
        "period of 2003. Profits rose last year."
    )
    assert dates(text)["last year"] == ("2003", "story_present")


def test_the_second_half_of_a_year_still_closes_it():
    text = "Sales in the second half were 77m euros, up from 38m in the same period of 2003. Profits rose last year."
    assert dates(text)["last year"] == ("2004", "story_present")


# --- 'the same period' compares the nearest part ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # first-half profits are compared: the first half of 2004, not of 2005 after a closed 2004
        (
            "Sales rose in the fourth quarter, and first-half profits were 77m euros, up from 38m in the same period "
            "of 2003.",
            "first-half",
            "2004-H1",
        ),
        (
            "Sales rose in the fourth quarter, and first-half profits were 77m euros, up from 38m in the same period "
            "of 2003. Costs rose last year.",
            "last year",
            "2003",
        ),
        # the fourth quarter is compared: it is 2004's, over, and 2005 the present
        (
            "Sales rose in the first half, and fourth-quarter profits were 77m euros, up from 38m in the same period "
            "of 2003. Costs rose last year.",
            "last year",
            "2004",
        ),
    ],
)
def test_the_same_period_compares_the_nearest_part(text, quote, value):
    assert dates(text)[quote] == (value, "story_present")
