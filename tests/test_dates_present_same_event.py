"""A deictic year ('last year', 'three years ago') in one sentence and a stated year in another, of the same firm,
noun or measure, do not fix the story's present: news tells one subject's events and figures across many years, so
words shared around the two dates do not show that they date one event. Measured (present19) on the 390 tuning
stories: equating a past deictic year with a stated year whose clause shares a content word fixed 2 open presents
rightly and 9 wrongly or where the gold leaves the present open; 2 of 2 on the open-only corpus were wrong. Sentences
written for the families those wrong equations came from; each must leave the deictic year unanchored."""

import pytest
from dates_helpers import undated_dates as dates


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # one measure in two years, compared: last year is not 1998
        ("The plant built 150,000 vans in 1998. Last year it built just 90,000 vans.", "Last year"),
        # one firm, two events: the lawsuit followed the bankruptcy, three years ago is not 2001
        (
            "Delta Foods went bankrupt in 2001. Delta Foods investors filed a lawsuit against its auditors almost "
            "three years ago.",
            "three years ago",
        ),
        # a scandal's start and its settlement: last year is not 2002
        (
            "Investigators first looked at Norland's accounts in March 2002. Norland's former directors agreed last "
            "year to settle the charges.",
            "last year",
        ),
        # one contract, signed and then cancelled
        ("The supply contract was signed in 1999. The contract was cancelled last year after a review.", "last year"),
        # an approval hoped for last year and now expected in a stated year
        (
            "Despite hopes of approval last year, the drug has been delayed. The firm now expects approval in 2009.",
            "last year",
        ),
        # a launch years ago beside a later month's traffic
        (
            "The Skyline carrier was launched four years ago. Skyline flew 2 million passengers in May 2006.",
            "four years ago",
        ),
    ],
)
def test_a_deictic_year_beside_a_stated_year_of_the_same_subject_stays_unanchored(text, quote):
    assert dates(text)[quote] == ("", "unanchored")
