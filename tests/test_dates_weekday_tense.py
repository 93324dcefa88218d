"""A bare weekday in a dated (wire-style) story, by the tense of its clause.

Sentences of our own (none from the gold articles), read from a story published on Wednesday 19 January 2005:

* told in the past ('Shares rose 5% on Friday', 'said on Thursday it would', 'was suspended on Monday') it is the
  one just past (14, 13 and 17 January), not the nearest one (21 January for Friday);
* told ahead ('will report on Friday', 'are due on Monday', 'is to close on Tuesday', 'will be suspended') it is the
  coming one, even where the nearest is past (Monday 24, Tuesday 25 January);
* the publication day's own weekday is that day whatever the tense; a clause with no tense word keeps the nearest
  one; a word in -ed that is an adjective or a reduced clause does not outweigh a tense word ('will unveil plans
  aimed at ... on Thursday', 'which attends the meeting of industrialised nations on Friday, is unlikely to').
* a quotation is a clause of its own: its reporting verb ('..., the chairman said') does not tell the tense of a
  weekday inside it; a quotation with no tense word keeps the nearest one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from dates_helpers import date_values

WEDNESDAY = dt.date(2005, 1, 19)

#: (sentence, weekday quoted, its value)
CASES = [
    # must: told in the past, the one just past
    ("Shares in Acme rose 5% on Friday.", "Friday", "2005-01-14"),
    ("Acme said on Thursday it would cut 500 jobs.", "Thursday", "2005-01-13"),
    ("Acme announced on Friday that it will cut 500 jobs.", "Friday", "2005-01-14"),
    ("On Friday, shares in Acme fell 2%.", "Friday", "2005-01-14"),
    ("Trading in Acme shares was suspended on Thursday.", "Thursday", "2005-01-13"),
    ("Acme shares closed up 3% at 120p on Saturday.", "Saturday", "2005-01-15"),
    ("Acme shares have risen 12% since Friday.", "Friday", "2005-01-14"),
    ("In London on Thursday ahead of the meeting, the minister said taxes would rise.", "Thursday", "2005-01-13"),
    ("Ahead of talks with Acme on Friday, the bank said it may raise its offer.", "Friday", "2005-01-21"),
    ("Economists had forecast the rise ahead of Thursday's figures.", "Thursday", "2005-01-13"),
    ("Shares rose 2% before slipping on Tuesday.", "Tuesday", "2005-01-18"),
    ("Rates are tipped to rise at a Fed meeting later on Thursday.", "Thursday", "2005-01-20"),
    ("Lawyers will try to stop the unit from being cut off on Monday.", "Monday", "2005-01-24"),
    # must: told ahead, the coming one
    ("Acme is due to report results on Monday.", "Monday", "2005-01-24"),
    ("The plant is to close on Tuesday.", "Tuesday", "2005-01-25"),
    ("The rate decision is expected on Monday.", "Monday", "2005-01-24"),
    ("Trading in Acme shares will be suspended on Thursday.", "Thursday", "2005-01-20"),
    ("Acme, which was founded in 1990, will report on Friday.", "Friday", "2005-01-21"),
    ("The minister will unveil plans aimed at cutting the deficit on Thursday.", "Thursday", "2005-01-20"),
    (
        "India, which attends the meeting of industrialised nations on Friday, is unlikely to be moved.",
        "Friday",
        "2005-01-21",
    ),
    # must not: the publication day's own weekday stays that day, told in the past or ahead
    ("Acme shares closed up 3% on Wednesday.", "Wednesday", "2005-01-19"),
    ("Acme will report on Wednesday.", "Wednesday", "2005-01-19"),
    # must not: no tense word keeps the nearest one; 'last' and 'next' keep their own reading
    ("Talks on Friday", "Friday", "2005-01-21"),
    ("Talks on Monday", "Monday", "2005-01-17"),
    ("Acme will report results next Thursday.", "next Thursday", "2005-01-20"),
    ("Acme reported results last Tuesday.", "last Tuesday", "2005-01-18"),
]


#: (headline, sentence, weekday quoted, its value) from Wednesday 19 January 2005: a headline tells the news in the
#: present tense, and what is ahead with a word of its own ('to', 'due', 'will').
HEADLINES = [
    # must: an untold headline weekday is the one just past, not the nearest (21 January for Friday)
    ("Shares rise on Friday", "Acme shares rose 5%.", "Friday", "2005-01-14"),
    ("Acme profits jump on Friday", "Profits rose.", "Friday", "2005-01-14"),
    # must not: ahead in the headline ('due'; after 'to', ahead or a preposition, the nearest as before), the
    # publication day itself, a body sentence with no tense word
    ("Acme to report on Friday", "Profits are expected to rise.", "Friday", "2005-01-21"),
    ("Acme results due on Monday", "Profits are expected to rise.", "Monday", "2005-01-24"),
    ("Shares rise on Wednesday", "Acme shares rose 5%.", "Wednesday", "2005-01-19"),
    ("Acme news", "Talks on Friday", "Friday", "2005-01-21"),
]


@pytest.mark.parametrize(("headline", "sentence", "quote", "value"), HEADLINES)
def test_a_headline_tells_the_news_in_the_present(headline: str, sentence: str, quote: str, value: str) -> None:
    text = f"{headline}\n\n{sentence}\n"
    assert quote in text
    assert date_values(text, WEDNESDAY).get(quote) == value


#: (sentence, quote, value) from Wednesday 19 January 2005: 'this' before a weekday chooses no side of the week, so
#: the clause's tense does, as for a bare weekday; untold, the nearest.
THIS_WEEKDAY = [
    # must: told ahead, the coming one (the nearest Sunday is the 16th, the nearest Monday the 17th)
    ("Leaders will discuss Iraq's future after this Sunday's elections.", "this Sunday", "2005-01-23"),
    ("Acme will report results this Monday.", "this Monday", "2005-01-24"),
    # must not: told in the past, the one just past; untold, the nearest
    ("Acme shares fell 3% this Monday.", "this Monday", "2005-01-17"),
    ("Talks this Friday", "this Friday", "2005-01-21"),
]


@pytest.mark.parametrize(("sentence", "quote", "value"), THIS_WEEKDAY)
def test_this_weekday_follows_the_tense_of_its_clause(sentence: str, quote: str, value: str) -> None:
    text = f"Acme news\n\n{sentence}\n"
    assert quote in sentence
    assert date_values(text, WEDNESDAY).get(quote) == value


@pytest.mark.parametrize(("sentence", "quote", "value"), CASES)
def test_a_weekday_follows_the_tense_of_its_clause(sentence: str, quote: str, value: str) -> None:
    text = f"Acme news\n\n{sentence}\n"
    assert quote in sentence
    assert date_values(text, WEDNESDAY).get(quote) == value


def test_an_undated_story_is_unchanged() -> None:
    """Without a publication date a bare weekday still has no value of its own, told in the past or not."""
    assert date_values("Acme news\n\nShares in Acme rose 5% on Friday.\n").get("Friday", "") == ""


#: (publication date, sentence, weekday quoted, its value): a quotation is a clause of its own, its reporting verb
#: tells when it was said, not when the weekday it tells is.
QUOTED = [
    # must: a quotation with no tense word of its own keeps the nearest weekday, not its reporting verb's past
    (dt.date(2005, 1, 15), '"The auction on Sunday is our last chance," the chairman said.', "Sunday", "2005-01-16"),
    (dt.date(2005, 1, 21), 'The chairman said "talks on Monday are our best hope".', "Monday", "2005-01-24"),
    # must not: a tense word of the quotation still tells its weekday; a reporting clause its own weekday
    (WEDNESDAY, '"Trading will be suspended on Monday," the exchange said.', "Monday", "2005-01-24"),
    (WEDNESDAY, 'Acme said on Friday: "Sales have risen."', "Friday", "2005-01-14"),
    (WEDNESDAY, '"Sales will rise," Acme said on Friday.', "Friday", "2005-01-14"),
    (WEDNESDAY, "“Sales will rise,” Acme said on Friday.", "Friday", "2005-01-14"),
]


@pytest.mark.parametrize(("published", "sentence", "quote", "value"), QUOTED)
def test_a_quotation_is_a_clause_of_its_own(published: dt.date, sentence: str, quote: str, value: str) -> None:
    text = f"Acme news\n\n{sentence}\n"
    assert quote in sentence
    assert date_values(text, published).get(quote) == value


SUNDAY = dt.date(2005, 1, 16)

#: (sentence, weekday quoted, its value) in a story published on a Sunday, the week's last day: told in the past a
#: weekday is one of the six days before it, told ahead one of the six after; 'last' and 'next' keep their own reading.
ON_A_SUNDAY = [
    ("Shares in Acme rose 5% on Friday.", "Friday", "2005-01-14"),
    ("Acme reported results on Monday.", "Monday", "2005-01-10"),
    ("Acme will report results on Saturday.", "Saturday", "2005-01-22"),
    ("Acme will report results on Monday.", "Monday", "2005-01-17"),
    ("Acme reported results on Sunday.", "Sunday", "2005-01-16"),
    ("Acme reported results last Sunday.", "last Sunday", "2005-01-09"),
    ("Acme will report results next Sunday.", "next Sunday", "2005-01-23"),
    ("Talks on Saturday", "Saturday", "2005-01-15"),
]


@pytest.mark.parametrize(("sentence", "quote", "value"), ON_A_SUNDAY)
def test_a_story_of_a_sunday_reads_its_week_back_and_ahead(sentence: str, quote: str, value: str) -> None:
    text = f"Acme news\n\n{sentence}\n"
    assert quote in sentence
    assert date_values(text, SUNDAY).get(quote) == value
