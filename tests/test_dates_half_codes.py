"""Halves written as codes, and year-less quarters and halves told as done, in wire-style results news.

Sentences of our own (none from the gold articles):

* a bare half code ('H1', 'H2') is a half where it is a time: after a preposition of time ('In H2, profit fell'),
  before a word of its results ('H1 sales rose'), or in brackets after the half in words ('First-half (H1)'); not
  where it is a name or a code ('the Hummer H1', 'the H2 model', 'H1-B visas').
* a year-less quarter or half that has not ended at the publication date, told as done in its clause ('First-half
  deliveries reached 412,000 vehicles' on 5 January 2005, 'Sales rose 5% in the first quarter', 'after accelerating in
  the last quarter of the year'), is the last one that has ended (2004-H1); told ahead
  ('First-quarter sales are expected to rise'), so far ('so far rose') or in the perfect ('have risen') it stays the
  one under way.
"""

from __future__ import annotations

import datetime as dt

import pytest
from dates_helpers import date_values

JAN = dt.date(2005, 1, 5)
AUG = dt.date(2005, 8, 5)
APR = dt.date(2005, 4, 2)

#: (sentence, publication date, quote, value or None where the quote is no date)
CASES = [
    # must: a half code that is a time
    ("Acme said H1 sales rose 5% to $300m.", AUG, "H1", "2005-H1"),
    ("In H2, profit fell 4%.", AUG, "H2", "2004-H2"),
    ("First-half (H1) deliveries reached 412,000 vehicles.", AUG, "H1", "2005-H1"),
    # must: a quarter or half under way, told as done, is the last one that has ended
    ("First-half (H1) deliveries reached 412,000 vehicles.", JAN, "First-half", "2004-H1"),
    ("Acme said H1 sales rose 5% to $300m.", JAN, "H1", "2004-H1"),
    ("Second-quarter profit rose 8% to $40m.", JAN, "Second-quarter", "2004-Q2"),
    # must not: a half code that is a name or a code
    ("The Hummer H1 sold 500 units.", AUG, "H1", None),
    ("The H2 model costs $50,000.", AUG, "H2", None),
    ("Some 65,000 H1-B visas were issued.", AUG, "H1", None),
    ("Drivers on the H1 road faced delays of 40 minutes.", AUG, "H1", None),
    ("The H2 formula holds two hydrogen atoms.", AUG, "H2", None),
    # a heading with its year is that year's half, as before
    ("H1 2005 results", AUG, "H1 2005", "2005-H1"),
    # must: the past verb before the quarter or half ('Sales rose 5% in the first quarter'), 'of the year' too (the
    # year of a quarter told as done early in the next year is the last one: 'grew 3.1% in 2004 after accelerating in
    # the last quarter of the year' in January 2005 is 2004-Q4)
    ("Sales rose 5% in the first quarter.", JAN, "first quarter", "2004-Q1"),
    ("Acme said profits fell in the second half of the year.", JAN, "second half of the year", "2004-H2"),
    (
        "The economy grew 3.1% after accelerating in the last quarter of the year.",
        JAN,
        "last quarter of the year",
        "2004-Q4",
    ),
    ("Exports were up 4% in the third quarter.", AUG, "third quarter", "2004-Q3"),
    # must not: a progressive before it is under way ('was cutting'), a clause ahead stays ('will rise')
    ("Acme said it was cutting first-quarter output by 10,000 cars.", JAN, "first-quarter", "2005-Q1"),
    ("Profits will rise in the second half of the year.", JAN, "second half of the year", "2005-H2"),
    ("Acme said exports could rise in the third quarter.", AUG, "third quarter", "2005-Q3"),
    # must not: told ahead, the quarter under way stays; one that has ended stays
    ("First-quarter sales are expected to rise 3%.", JAN, "First-quarter", "2005-Q1"),
    ("First-half sales rose 5% to $300m.", AUG, "First-half", "2005-H1"),
    ("Fourth-quarter profit rose 9% to $50m.", JAN, "Fourth-quarter", "2004-Q4"),
    ("Sales rose in the first quarter.", APR, "first quarter", "2005-Q1"),  # published 2 April: Q1 has ended
    ("First-quarter sales rose 5% to $300m.", APR, "First-quarter", "2005-Q1"),
    # must not: a modal or an infinitive before the past verb makes the verb another clause's ('could fall 5%, after
    # they rose', 'to be lower than they were'); must: a clause of the quarter itself tells it done ('when they fell')
    ("Sales were up from the third quarter, when they fell 3%.", AUG, "third quarter", "2004-Q3"),
    ("Acme expects third-quarter sales to be lower than they were a year earlier.", AUG, "third-quarter", "2005-Q3"),
    ("Third-quarter sales could fall 5%, after they rose 2% in July.", AUG, "Third-quarter", "2005-Q3"),
    # must not: a past verb before, then the reason it moved, hoped for or feared: the quarter is the one ahead
    ("Shares rose 5% on hopes of a recovery in the second half.", AUG, "second half", "2005-H2"),
    ("Acme shares fell amid fears of weaker sales in the fourth quarter.", AUG, "fourth quarter", "2005-Q4"),
    ("Bond prices dropped on expectations for faster growth in the third quarter.", AUG, "third quarter", "2005-Q3"),
    # must: a past verb of the quarter's own figure after such a reason is still done
    ("Shares rose on hopes of a bid, after sales jumped 5% in the first half.", JAN, "first half", "2004-H1"),
    # must not: told so far, or in the perfect (up to now), the half under way stays
    ("Sales have risen 5% in the first half.", JAN, "first half", "2005-H1"),
    ("First-half sales so far rose 5% to $300m.", JAN, "First-half", "2005-H1"),
]


@pytest.mark.parametrize(("sentence", "published", "quote", "value"), CASES)
def test_half_codes_and_parts_told_as_done(sentence: str, published: dt.date, quote: str, value: str | None) -> None:
    text = f"Acme results\n\n{sentence}\n"
    assert quote in sentence
    assert date_values(text, published).get(quote) == value


def test_a_long_clause_is_read_to_its_verb() -> None:
    """The clause of a quarter is read whole for its past verb, however far (here 350 characters after it): a bound
    on the reach would leave it under way."""
    filler = "at the group's stores in the north of the country " * 7
    text = "Third-quarter sales " + filler + "rose 5% to $300m."
    assert text.index("rose") - len("Third-quarter") > 300
    assert date_values(text, AUG) == {"Third-quarter": "2004-Q3"}
