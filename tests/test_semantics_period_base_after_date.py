"""The base of a change written right after the new level's own date ('losses had deepened to £51.6m in 2004 from
£1.2m') is of an earlier time, which the text leaves implicit: it never takes the new level's date (before this
rule it did, the nearest date). The gold gives such a base the period before (README: a change takes the later
period; 'the previous year' after 'in 2004' is 2003); the period stage links every period to a date expression of
the text, and none says the year before here, so the base is left without one.

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import pytest
from semantics_helpers import period_of

#: (text, quote, period): the base takes no period of the new level's date
BASE_AFTER_THE_LEVELS_DATE = [
    ("Acme said its losses widened to $8.2m in 2004 from $3.1m.", "$3.1m", None),
    ("Sales at the chain rose to 1.4bn euros in 2004, against about 1.1bn euros.", "1.1bn euros", None),
]
#: (text, quote, period): the rule leaves these alone
OTHERS = [
    # the new level keeps its date
    ("Acme said its losses widened to $8.2m in 2004 from $3.1m.", "$8.2m", "2004"),
    # a base with a date of its own takes it
    ("Acme said its losses widened to $8.2m in 2004 from $3.1m in 2003.", "$3.1m", "2003"),
    # the date is the base's own, after it
    ("The index fell to 95.5 from 97.5 in January 2005.", "97.5", "2005-01"),
    # a date no figure owns ('In 2004'), before the change: the sentence's time, which the rule does not touch
    ("In 2004, the index fell 3% from 2,100 points.", "3%", "2004"),
]


@pytest.mark.parametrize(("text", "quote", "period"), BASE_AFTER_THE_LEVELS_DATE + OTHERS)
def test_a_base_right_after_the_new_levels_date(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
