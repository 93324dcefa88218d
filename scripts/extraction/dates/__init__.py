"""Finding dates and periods in English news text, resolved to ISO 8601.

One compiled regular expression, an alternation of date shapes, is scanned over the text with
``finditer`` (linear time: every repetition is bounded or cannot overlap its neighbour, so there is
no catastrophic backtracking). Each match is turned into :class:`~newsfigures.extraction.mentions.DateMention`
records by one small function chosen by the name of the alternative that matched. For speed
(several million characters a second) the expression is only tried at word starts that begin the
way some date can begin (a digit, a month or weekday name, one of a few words: one prefix-tree
lookup rejects most words), each alternative is guarded by a one-character test of how it can
begin, and word lists are prefix trees.

The words (month names, weekdays, seasons, holidays, number and ordinal words, the words that
make a number an amount) are data, ``vocab/en/dates.toml``, loaded once; this module keeps the
rules (as HeidelTime's resources and Recognizers-Text's definitions are kept apart from code).

Values (the ``value`` column of the dates table):

* day ``2021-02-24``; ISO week ``2021-W08``; month ``2021-02``; year ``2020``;
* quarter ``2020-Q4`` and half ``2020-H1`` (the common business notation; ISO 8601-2 would spell
  them as sub-year groupings ``2020-36`` and ``2020-40``, which no reader recognizes);
* season ``2005-21`` (ISO 8601-2 / EDTF: 21 spring, 22 summer, 23 autumn, 24 winter);
* decade ``199X`` (ISO 8601-2 / EDTF "unspecified digit": the 1990s); ``the 1800s`` and
  ``the 1900s`` are read as centuries and given as the interval ``1800/1899``;
* interval ``START/END`` (ISO 8601 time interval) for ranges: ``2021-03-02/2021-03-03``,
  ``2015/2020``, ``2004-04/2005-03`` ("the year to March 2005"). A span of months that is a calendar
  quarter, half or year is written as one: "between July and September", "the three months to
  September" and "the third quarter" are all ``2004-Q3``, "the six months to June" is ``2004-H1``.

Resolution (one value of ``mentions.RESOLUTIONS`` per row):

* ``explicit``: the text states the full value (``March 01, 2021``, ``2019``, ``Q3 2021``);
* ``publication_date``: the year (or century, or week) is taken from the publication date, choosing
  the candidate nearest to it (ties go to the past): ``Feb. 24`` in an article of 2021-03-01 is
  2021-02-24, ``in October`` in an article of 2021-02-24 is 2020-10, a bare ``on Wednesday`` is
  the Wednesday within three days of the publication date, ``Christmas`` the nearest 25 December; a clause that
  tells its date ahead, with the words an undated story's clause is read by ('will', 'is due to', 'plans to', 'ends
  on', 'expires in'), takes the first such date not over by the publication date ('The offer ends on 1 October' in
  a story of 19 January 2005 is 2005-10-01), and one told in the past ('Sales fell in October', 'The talks, which
  ended on 1 October') the latest begun by it (2004-10 in a story of 30 June 2005): ``resolve.told_point``;
* ``relative``: a deictic phrase computed from the publication date (``last May``, ``this week``,
  ``five months ago``, ``yesterday``, ``the end of next month``);
* ``story_date``: a narrative phrase counted from the last date the story mentioned before it, as
  HeidelTime's reference time: "Two months earlier" after "In February" is December, "a year later"
  after "in 2001" is 2002, "up from a year earlier" after "the fourth quarter of 2004" is 2003-Q4,
  "the previous year", "that year". With no earlier date in the text such a phrase is counted from
  the publication date (``relative``). Without a publication date, "a year ago" (a month, a
  quarter: one unit) within a sentence or two after a date is read the same way (a comparison:
  "during 2004, from 798m a year ago"); "four years ago" is not;
* ``story_year``: in an article without a publication date, a year-less date ("in October", "the
  first half") takes the year the story states within a paragraph before it (not a bound: 'since
  1981', 'from 2003', 'since the collapse of Barings in 1995'; not a forecast; not an event's year:
  'the 1988 Lockerbie crash'); failing that and a present (below), the first such date after the
  latest month the story states before it: after a state's start the first such date ("January" after
  "since June 2004" is 2005-01), else the nearest ("August" after "talks in October and November 2004" is
  2004-08); never one ahead ("expects to start by the end of April");
* ``story_present``: in an article without a publication date whose text fixes its present
  (:func:`story_present`: a deictic year the text equates with a stated one — a claim restated,
  'grew by 5.5% in 2004' ... 'grew by 5.5% this year', a series of forecasts '4.1% this year, dipping
  to 4% in 2005', a present-tense change on 'the start of 2004' —; results of a closed fourth quarter, second half or year reported as done,
  a month compared with "the same month in 2004", forecasts for two consecutive years, a streak of
  months after the latest month the story states: "on hold for a sixth month in a row" after rises
  until August 2004, and a streak that names its month places a present fixed otherwise just after it, "rose for
  the second month in a row in December" beside 2004's fourth-quarter results: January 2005; a month told with a deictic year restating a dated one, "July last year" beside
  "July 2004"; a year's total told as reached, "took 2004's total to 2.2 million"; year-less months and
  holidays told as past after the latest month the story states, "January" after "December 2004", or
  after a state's start, "unchanged since August" after "from November 2003": the present just after
  the latest of them), the deictic years ("last year", "August last year", "the final three months of
  last year", "the next two years", "a year ago") and the year-less dates far from a stated year; in a
  clause whose events are ahead ('will open in January') the next such date, else the nearest (not for a
  'would' of another clause: 'was raising its fourth-quarter dividend, and that it would continue'); the
  deictic months ("last month", "the past 12 months") only when a streak fixes the present's month;
  also a month compared with the same month last year and told without a year ("rose in January" ...
  "January last year" beside "January 2004": the present just after January 2005), and the New Year or
  Christmas told as ahead in a story that forecasts a year ("Dollar slides ahead of New Year" ... "declines
  in 2005": December 2004); a year stated in a forecast anchors the year-less dates after it in its sentence
  ("a quiet start to 2005 with the market picking up in the second half"); a comparison's base ("down from
  £2.6bn in January 2004") anchors nothing after it; failing all of those, a stated month the story puts
  ahead ("will become free to trade by February 2005") makes the year-less dates the latest ones not after it;
  a year-less month told as past before a later month of last year it is compared with ("climbed in January
  from 108.0 in October last year") is early in the present year, the earliest year the story forecasts;
* every ``story_year``, ``story_date`` and ``story_present`` value names the date it was counted from
  (``DateMention.anchor``, the dates table's ``anchor_date_id``): the stated year, the earlier date, or
  the date that fixes the present; none where the rule rests on no single date ('the same quarter');
* ``unanchored``: nothing gives a value ("last year" in an article with no publication date and no
  earlier date): the row is kept with an empty value, so that no date is dropped silently.

A day the calendar does not have (``2021-04-31``, ``April 31``) is no date: :func:`find_dates`
gives it back as an exclusion ``invalid_date``, so that its numerals are accounted for.

Quotes follow the TimeML TIMEX3 extent: the expression itself, including the words that place it
(``last``, ``next``, ``this``, ``early``, ``mid-``, ``late``, ``earlier``, ``later``, a weekday before a
date, ``between`` of "between 2015 and 2020"), but not a leading preposition or article ("in",
"on", "since", "the") nor a hedge ("less than", "about"), which the table has no column for.

What is not a date: amounts (``$2020``, ``2,020``, ``2020 km``, ``2000 people``), clock times
(``1900 GMT``), identifiers (``A2020``, ``#2020``, digits inside URLs and Markdown link targets),
``Covid-19``, and a month name without a date context (``prices may rise``: a bare month needs a
preposition, ``last``/``next``/``this``, ``early``/``mid``/``late``, a day or a year; only the names
that are nothing else, January, February, July and September to December, stand alone, as in
"December sales").

A bare year after a hedge or a currency sign ("more than 2000", "some 1998") is handed back
apart by :func:`find_dates`: it is a date only where the figure extractor does not read the number
as an amount ("higher than 2003 levels" is a year, "nearly 2010 staff" a count).

Lists are not ranges: "March 3 and 10" and "in June and July" are two mentions each; "between" makes a
range of them ("between 12 January and 10 February" is one interval of days, as "between July and September"),
and so does a pair in a row under one written month or year ("February 16 and 17", "October and November 2004":
the gold annotates each as one expression). Left alone: a day without a month ("on the 24th"), numeric dates whose order is ambiguous
(``02/03/2021``), two-digit years other than ``'90s``, ``FY21``, ``Q3 '21`` and ``3Q21``, vague spans
without a number ("a few years ago", "the past decade"), and "the year after"/"a year before"
(relative to an event, not to a date). Spans of stated length ("the next five years", "the past 12
months") are counted from the publication date; without one, from the story's present (years from
its year, months only from a month the text fixes), else kept unanchored.

A year-less date after "since", or in the clause it opens ("since its launch in August"), is a past bound: the latest such date not after the publication date
("its fastest rate since May" in February 2005 is 2004-05), or not after the month its sentence
reports for a record ("rose in December - the first rise since September"). A day that names an
event ("the 11 September attacks", "9/11") takes only the year stated after it, else no value. The
part of a period ("the end of 2005", "mid-2004") stays in the quote; the value is the whole period.

The package, one module per step, data flowing one way: ``vocabulary`` (the word lists, loaded once),
``expression`` (the regular expression of date shapes), ``values`` (ISO 8601 values and calendar
arithmetic), ``handlers`` (one function per shape, against a publication date), ``narrative`` (phrases
counted from the story's own dates), ``marks`` (where the words that place a story's time are),
``present`` (the years and the present of a story without a publication date), ``fiscal`` (budget and
fiscal years the text dates by their months: '2005-6' after 'the year to March 2005') and ``resolve``
(:func:`find_dates`, which puts them together).
"""

from .expression import DATE_RE, date_expression
from .marks import CLAUSE_END, words_re
from .resolve import extract_dates, find_dates
from .values import granularity_of, month_span, shift_value
from .vocabulary import load_vocabulary

__all__ = [
    "CLAUSE_END",
    "DATE_RE",
    "date_expression",
    "extract_dates",
    "find_dates",
    "granularity_of",
    "load_vocabulary",
    "month_span",
    "shift_value",
    "words_re",
]
