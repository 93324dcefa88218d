"""A year-less date in a story with a publication date, by the tense of its clause (resolve.told_point).

Sentences of our own (none from the gold articles), read from a story published on Wednesday 19 January 2005 or on
Thursday 30 June 2005:

* told ahead, with the words an undated story's clause is read by ('will', 'is due to', 'plans to', a schedule's
  'ends on', 'expires in', 'comes into force'), it is the first such date not over by the publication date: 'The
  offer ends on 1 October' is 2005-10-01, not the nearest 1 October (2004-10-01);
* told in the past ('Sales fell in October', 'The talks, which ended on 1 October'), a month, day or holiday
  is the latest one begun by the publication date (2004-10 on 30 June 2005, not the nearest, 2005-10), a span the
  latest whose last month or day has begun;
* untold, the nearest; 'next' and 'last' keep their own reading; a weekday is read as before (handlers.told_weekday),
  its words ahead now those of the undated clause too ('The offer ends on Monday').
"""

from __future__ import annotations

import datetime as dt

import pytest
from dates_helpers import date_values, undated_dates

from newsfigures.extraction.dates.handlers import point_tense

JANUARY = dt.date(2005, 1, 19)  # a Wednesday
JUNE = dt.date(2005, 6, 30)

#: (publication date, sentence, quote, value)
CASES = [
    # must: told ahead, the first not over by the publication date
    (JANUARY, "The offer ends on 1 October.", "1 October", "2005-10-01"),
    (JANUARY, "The bank's loan agreement with the fund expires in November.", "November", "2005-11"),
    (JANUARY, "The new tax comes into force in October.", "October", "2005-10"),
    (JANUARY, "The plant will close in December, the firm said.", "December", "2005-12"),
    (JANUARY, "Acme is due to report its results on 15 December.", "15 December", "2005-12-15"),
    (JANUARY, "The firm plans to float its shares in the autumn.", "autumn", "2005-23"),
    (JANUARY, "Growth is expected to slow in the third quarter.", "third quarter", "2005-Q3"),
    (JANUARY, "Acme will launch a new model in January.", "January", "2005-01"),
    (JANUARY, "A hearing scheduled for 12 and 13 January will rule on the case.", "12 and 13 January", "2006-01-12/2006-01-13"),
    (JUNE, "Acme will report its results on 15 January.", "15 January", "2006-01-15"),
    (JUNE, "The company unveiled plans to cut its prices by 8% from April.", "April", "2006-04"),
    (JUNE, "Mr Smith will succeed Mr Jones as head of Acme, the country's third largest bank, in April.", "April", "2006-04"),
    (JUNE, "Officials are concerned that the New Year will bring more job losses.", "New Year", "2006-01-01"),
    # must: told in the past, the latest begun by the publication date
    (JANUARY, "Sales fell in October.", "October", "2004-10"),
    (JUNE, "Sales fell in October.", "October", "2004-10"),
    (JANUARY, "The talks, which ended on 1 October, were the first in a decade.", "1 October", "2004-10-01"),
    (JUNE, "The talks, which ended on 1 October, were the first in a decade.", "1 October", "2004-10-01"),
    (JANUARY, "Sales fell in February, the first fall in a year.", "February", "2004-02"),
    (JANUARY, "Consumer confidence fell in January.", "January", "2005-01"),
    (JUNE, "Acme said in November it would cut 500 jobs.", "November", "2004-11"),
    (JUNE, "Retail sales rose over Christmas.", "Christmas", "2004-12-25"),
    (JUNE, "Acme had been expected to win the December auction.", "December", "2004-12"),
    (JUNE, "The economy expanded 3.7% in the July to September period.", "July to September", "2004-Q3"),
    (JUNE, "Shares were bought between 12 January and 10 July.", "between 12 January and 10 July", "2004-01-12/2004-07-10"),
    (JANUARY, "Acme said it would pay $850m to settle charges, raised by the regulator in October, that it rigged bids.", "October", "2004-10"),
    # must not: untold, the nearest
    (JANUARY, "Prices in October", "October", "2004-10"),
    (JUNE, "Prices in October", "October", "2005-10"),
    (JANUARY, "The odds favour a rate rise at the meeting in early February, economists said.", "early February", "2005-02"),
    (JANUARY, '"Trading in Acme shares is thin until Easter," the chairman said.', "Easter", "2005-03-27"),
    # must not: 'next' and 'last' keep their own reading, a past bound its own
    (JANUARY, "Acme will open a plant next October.", "next October", "2005-10"),
    (JUNE, "Acme opened a plant last October.", "last October", "2004-10"),
    (JUNE, "Prices have risen since October.", "October", "2004-10"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "quote", "value"), CASES)
def test_a_year_less_date_follows_the_tense_of_its_clause(
    published: dt.date, sentence: str, quote: str, value: str
) -> None:
    text = f"Acme news\n\n{sentence}\n"
    assert quote in sentence
    assert date_values(text, published).get(quote) == value


#: (headline, quote, value) from 30 June 2005: a headline tells the news in the present tense, as for a weekday
HEADLINES = [
    ("House prices dip in November", "November", "2004-11"),
    ("Mixed Christmas for US retailers", "Christmas", "2004-12-25"),
    # must not: 'to' may tell what is ahead, untold: the nearest
    ("Acme to report in November", "November", "2005-11"),
]


@pytest.mark.parametrize(("headline", "quote", "value"), HEADLINES)
def test_a_headline_tells_its_date_in_the_past(headline: str, quote: str, value: str) -> None:
    text = f"{headline}\n\nAcme shares were little changed.\n"
    assert date_values(text, JUNE).get(quote) == value


#: (sentence, quote, value) from Wednesday 19 January 2005: a weekday, read by its clause's tense as before, with the
#: words ahead of an undated clause too
WEEKDAYS = [
    ("The offer ends on Monday.", "Monday", "2005-01-24"),
    ("Acme is likely to report on Monday.", "Monday", "2005-01-24"),
    ("Acme will report results next Tuesday.", "next Tuesday", "2005-01-25"),
    ("Acme reported results last Tuesday.", "last Tuesday", "2005-01-18"),
    # must not: told in the past, the one just past; untold, the nearest
    ("The offer ended on Monday.", "Monday", "2005-01-17"),
    ("Talks on Monday", "Monday", "2005-01-17"),
]


@pytest.mark.parametrize(("sentence", "quote", "value"), WEEKDAYS)
def test_a_weekday_reads_the_undated_words_ahead(sentence: str, quote: str, value: str) -> None:
    text = f"Acme news\n\n{sentence}\n"
    assert date_values(text, JANUARY).get(quote) == value


def test_a_headline_weekday_is_the_one_just_past() -> None:
    text = "Shares rise on Monday\n\nAcme shares were little changed.\n"
    assert date_values(text, JANUARY).get("Monday") == "2005-01-17"


@pytest.mark.parametrize(
    ("sentence", "quote", "tense"),
    [
        ("The offer ends on 1 October.", "1 October", 1),
        ("Gazprom had been expected to win the December auction.", "December", -1),
        ("They announced in November they would quit.", "November", -1),
        ("The firm plans to cut prices from April.", "April", 1),
        ("In January, sales fell.", "January", -1),
        ("In April it will launch a hybrid.", "April", 1),
        ("Officials are concerned that the New Year will bring losses.", "New Year", 1),
        # must not: nothing tells the tense; a reporting verb after a comma tells nothing of a date not fronted
        ("Prices in October", "October", 0),
        ("A rate rise at the meeting in early February, economists said.", "February", 0),
    ],
)
def test_point_tense(sentence: str, quote: str, tense: int) -> None:
    start = sentence.index(quote)
    assert point_tense(sentence, start, start + len(quote)) == tense


def test_an_undated_story_is_unchanged() -> None:
    """Without a publication date or a present the story fixes, such a date stays unanchored."""
    assert undated_dates("Acme news\n\nThe offer ends on 1 October.\n")["1 October"] == ("", "unanchored")
