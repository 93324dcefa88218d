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
  the Wednesday within three days of the publication date, ``Christmas`` the nearest 25 December;
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
  until August 2004; a month told with a deictic year restating a dated one, "July last year" beside
  "July 2004"; a year's total told as reached, "took 2004's total to 2.2 million"; year-less months and
  holidays told as past after the latest month the story states, "January" after "December 2004", or
  after a state's start, "unchanged since August" after "from November 2003": the present just after
  the latest of them), the deictic years ("last year", "August last year", "the final three months of
  last year", "the next two years", "a year ago") and the year-less dates far from a stated year; in a
  sentence whose events are ahead ('will open in January') the next such date, else the nearest; the
  deictic months ("last month", "the past 12 months") only when a streak fixes the present's month;
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

Lists are not ranges: "February 16 and 17" and "in June and July" are two mentions each. Left
alone: a day without a month ("on the 24th"), numeric dates whose order is ambiguous
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
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

from dateutil.easter import easter

from ..extraction.mentions import DateMention, Exclusion
from ..extraction.patterns import word_trie

# --- vocabularies ------------------------------------------------------------------------------

VOCABULARY_FILE = Path(__file__).parent / "vocab" / "en" / "dates.toml"


def load_vocabulary(path: Path = VOCABULARY_FILE) -> dict[str, Any]:
    """The word lists of the date rules (month names, seasons, holidays, ...), read once at import."""
    with path.open("rb") as f:
        return tomllib.load(f)


_V = load_vocabulary()
#: A span [start, end) of the text: where the date a value was counted from is.
Span = tuple[int, int]
#: Month number by the first three letters of its name or abbreviation ('sep' -> 9).
MONTHS: dict[str, int] = {name[:3].lower(): n for name, n in _V["months"].items()}
WEEKDAYS: dict[str, int] = {name.lower(): n for name, n in _V["weekdays"].items()}
#: Counts of "N units ago": numerals written as words.
NUMBER_WORDS: dict[str, float] = dict(_V["number_words"])
ORDINALS: dict[str, int] = dict(_V["ordinals"])
#: Steps of "this/last/next/previous ... year" and similar deictic words.
STEPS: dict[str, int] = dict(_V["steps"])
#: Steps and directions counted from the story's last date, not from the publication date.
NARRATIVE_STEPS = frozenset(_V["narrative"]["steps"])
NARRATIVE_DIRECTIONS = frozenset(_V["narrative"]["directions"])
#: Words a weekday is part of a name with, not a day of the week ("Black Friday").
HOLIDAY_WORDS = frozenset(_V["weekday_names"]["words"])
#: Words after a weekday that make it part of a title ("The Sunday Times").
TITLE_WORDS = frozenset(_V["weekday_names"]["after"])
#: ISO 8601-2 season numbers (21 spring ... 24 winter) and the months of each season.
SEASONS: dict[str, int] = dict(_V["seasons"])
SEASON_MONTHS: dict[str, list[int]] = dict(_V["season_months"])
#: Holiday name -> rule ("12-25", "easter-2", "11-3-4").
HOLIDAYS: dict[str, str] = dict(_V["holidays"])
#: Words before a holiday name that make it another calendar's ('Chinese New Year').
OTHER_CALENDARS = frozenset(_V["holiday_names"]["not_after"])
#: Nouns of events named by a day before them ('the 11 September attacks'), and days with a shape of their own.
EVENT_NOUNS = tuple(_V["events"]["nouns"])
NAMED_DAYS: dict[str, str] = dict(_V["events"]["named_days"])
#: Centuries in words ('the nineteenth century' -> 19) and the capitalised words that make 'Century' a name.
CENTURY_ORDINALS: dict[str, int] = dict(_V["centuries"]["ordinals"])
CENTURY_NAMES = frozenset(_V["centuries"]["name_after"])
#: The month the state's tax year begins in (the UK's: April).
TAX_YEAR_FIRST_MONTH: int = _V["tax_year"]["first_month"]


def _cap(*words: str) -> str:
    """An alternation matching each word lowercase or with a capital first letter."""
    return _trie(*words, cap=True)


def _trie(*words: str, cap: bool = False) -> str:
    """The words as a prefix tree (see newsfigures.extraction.patterns); with ``cap`` the first letter may be a capital."""
    return word_trie(words, cap=cap)


# --- the expression ----------------------------------------------------------------------------

_SP = r"[ \t\u00a0\u2009\u202f]{1,3}"  # horizontal space, bounded: keeps every branch linear
_OSP = r"[ \t\u00a0\u2009\u202f]{0,3}"
_MONTH_NAMES = tuple(_V["months"])
_MONTH_ABBREVIATIONS = tuple(_V["month_abbreviations"])
_MONTH_FULL = _trie(*_MONTH_NAMES)
_MONTH_ABBR = _trie(*_MONTH_ABBREVIATIONS)
_WEEKDAY_NAMES = tuple(_V["weekdays"])
_WEEKDAY = _trie(*_WEEKDAY_NAMES)
#: Words after a number that make it an amount, a clock time or a length, not a year or a day.
_UNITS = _trie(*_V["not_a_date_after"]["words"])
_NO_UNIT = rf"(?!{_SP}(?:{_UNITS})(?!\w))"
#: Before a bare year: not inside a word, an amount, a decimal or an identifier; a number and a
#: space may precede ('Clio mk5 2019': such a year is only a candidate, see find_dates).
_NB_YEAR = r"(?<![\w$£€¥₹₽\\/.,#@:&+])(?<![0-9][-–])"
#: Before any other number: as _NB_YEAR, and not after a number and a space (a list of digits).
_NB = _NB_YEAR + r"(?<![0-9] )"
_NA = r"(?![\w%]|[.,:/\-–][0-9])"  # after a number: not continued by more digits or letters
_CONN_RANGE = rf"{_OSP}[-–—]{_OSP}|{_SP}(?:to|until|till|through){_SP}"
_CONN = rf"{_CONN_RANGE}|{_SP}(?:and|&){_SP}"
_CTX_WORDS = tuple(_V["context"]["before_month"])
#: The word before a bare month that makes it a date: 'in May', not 'prices may'.
_CTX_BEFORE = re.compile(rf"(?<!\w)(?P<ctx>{_cap(*_CTX_WORDS)})[ \t\u00a0\u2009\u202f]{{1,3}}\Z")
_DEICTIC = _cap("this", "last", "next")
_PARTS = tuple(_V["parts"]["words"])
_SEASON_CONTEXT = tuple(_V["context"]["before_season"])
_MOD = _cap("early", "late", "mid")


def _month(name: str) -> str:
    """A month name or abbreviation (the abbreviation may carry its full stop)."""
    return rf"(?P<{name}>(?:{_MONTH_FULL})(?![A-Za-z])|(?:{_MONTH_ABBR})(?![A-Za-z])\.?)"


def _day(name: str, last: bool = True) -> str:
    """A day of the month, 1-31, with an optional ordinal suffix (a dash may follow a range's first day)."""
    after = _NA if last else r"(?![\w%]|[.,:/][0-9])"
    return rf"(?P<{name}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?{after}{_NO_UNIT}"


def _year(name: str) -> str:
    """A year 1800-2100 that is not the start of a larger number or an amount."""
    return rf"(?P<{name}>1[89][0-9][0-9]|20[0-9][0-9]|2100){_NA}{_NO_UNIT}"


def _modifier(name: str) -> str:
    """Optional early/mid/late before a month, year or decade."""
    return rf"(?:(?P<{name}>{_MOD})(?:-|{_SP}))?"


def _part(name: str) -> str:
    """Optional part of a period before it: 'end of 2005', 'the start of March' (the article is left out)."""
    return rf"(?:(?P<{name}>{_cap(*_PARTS)}){_SP}of{_SP})?"


def _weekday_prefix(name: str) -> str:
    """Optional weekday before a full date: 'Monday, March 1'."""
    return rf"(?:(?P<{name}>{_WEEKDAY}),?{_SP})?"


#: A count written in words or digits ('three', '12'), for the spans of stated length.
_COUNT_WORDS = rf"{_cap(*(w for w in NUMBER_WORDS if ' ' not in w and w not in ('a', 'an')))}|[0-9]{{1,2}}"


def _of_year_pattern(p: str) -> str:
    """Optional year of a quarter or half: 'of 2020', 'of the year', 'of next year', ', 2020'."""
    return (
        rf"(?:{_SP}of{_SP}(?:(?:the{_SP})?(?:fiscal{_SP}|financial{_SP})?{_year(p + '_y')}"
        rf"|(?P<{p}_rel>{_cap('the', 'this', 'last', 'next', 'current', 'previous')}){_SP}"
        rf"(?:(?:current|fiscal|financial){_SP})?year(?!\w))"
        rf"|,?{_SP}{_year(p + '_y2')})?"
    )


_ALTERNATIVES: list[tuple[str, str]] = [
    # links: their digits are neither dates nor anything else of ours
    ("url", r"https?://[^\s<>()\[\]]{1,2000}|www\.[^\s<>()\[\]]{1,2000}|\]\([^()\s]{0,2000}\)"),
    # 2021-03-01, also as the date of a timestamp 2021-03-01T10:38Z (the time is a clock time, not a date)
    (
        "iso",
        r"(?<![\w/.\-])(?P<iso_y>[0-9]{4})-(?P<iso_m>[0-9]{2})-(?P<iso_d>[0-9]{2})"
        r"(?:(?=T[0-9]{2}:[0-9]{2})|(?![\w/]|[.\-][0-9]))",
    ),
    # 24/02/2021, 2/24/2021 (only when the order is unambiguous)
    ("num", r"(?<![\w/.\-])(?P<num_a>[0-9]{1,2})/(?P<num_b>[0-9]{1,2})/(?P<num_y>[0-9]{4})(?![\w/]|[.,][0-9])"),
    # 9/11: a day written in a shape of its own that names an event (vocab: events.named_days)
    ("nd", rf"(?<![\w/.\-])(?P<nd_d>{_trie(*NAMED_DAYS)})(?![\w/]|[.,][0-9])"),
    # between 2015 and 2020
    ("yb", rf"\b[Bb]etween{_SP}{_year('yb_a')}{_SP}and{_SP}{_year('yb_b')}"),
    # (Monday,) March 1(st)(, 2021); March 2-3; March 30 to April 2; February 16 and 17
    (
        "mf",
        rf"{_weekday_prefix('mf_wd')}{_month('mf_m')}{_SP}{_day('mf_d', last=False)}"
        rf"(?:(?P<mf_c>{_CONN})(?:{_month('mf_m2')}{_SP})?{_day('mf_d2')})?(?:,?{_SP}{_year('mf_y')})?",
    ),
    # (Monday) 1 March (2021); 24th of February; 2-3 March; 30 March - 2 April; 12 and 13 January
    (
        "df",
        rf"{_weekday_prefix('df_wd')}{_NB}{_day('df_d', last=False)}(?:(?:{_SP}(?:of{_SP})?{_month('df_m1')})?"
        rf"(?P<df_c>{_CONN}){_day('df_d2')})?{_SP}(?:of{_SP})?{_month('df_m')}(?:,?{_SP}{_year('df_y')})?",
    ),
    # the fourth quarter of 2020, Q3 2021, 3Q21, 2021 Q3, first half of the year, H1 2021
    (
        "qw",
        rf"\b(?P<qw_o>{_cap('first', 'second', 'third', 'fourth', 'final', 'last')}|[1-4](?:st|nd|rd|th))"
        rf"(?:-|{_SP})quarter(?!\w){_of_year_pattern('qw')}",
    ),
    (
        "hw",
        rf"\b(?P<hw_o>{_cap('first', 'second', 'latter')}|1st|2nd)(?:-|{_SP})half(?!\w){_of_year_pattern('hw')}",
    ),
    (
        "qq",
        rf"\b(?P<qq_k>Q|H)(?P<qq_n>[1-4])(?:(?:{_SP}|[/\-])?{_year('qq_y')}|(?:[/\-]|{_SP}?['’])(?P<qq_yy>[0-9]{{2}}){_NA})?(?!\w)",
    ),
    ("nq", r"\b(?P<nq_n>[1-4])(?P<nq_k>Q|H)(?P<nq_yy>[0-9]{2})(?!\w)"),
    ("yq", rf"{_NB}(?P<yq_y>1[89][0-9][0-9]|20[0-9][0-9]){_SP}?(?P<yq_k>Q|H)(?P<yq_n>[1-4])(?!\w)"),
    # (mid-)1990s, the '90s
    (
        "dc",
        rf"{_modifier('dc_mod')}{_NB}(?:(?P<dc_y>(?:1[89]|20)[0-9]0)|['’‘](?P<dc_yy>[0-9]0))['’]?s(?!\w)",
    ),
    # FY2021, FY21
    ("fy", rf"\bFY{_OSP}(?:{_year('fy_y')}|['’]?(?P<fy_yy>[0-9]{{2}}){_NA})"),
    # 2015-2020, 2004-05, 2019/20, 2015 to 2020
    (
        "yr",
        rf"{_NB}(?P<yr_a>1[89][0-9][0-9]|20[0-9][0-9]|2100)(?P<yr_c>{_CONN_RANGE}|/)"
        rf"(?:{_year('yr_b')}|(?P<yr_bb>[0-9]{{1,2}}){_NA}{_NO_UNIT})",
    ),
    # the three months to December, the year to March 2005, the six months ended 30 June, the year beginning 1 October
    (
        "mt",
        rf"\b(?:(?P<mt_n>{_cap(*(w for w in NUMBER_WORDS if w not in ('a', 'an', 'half a')))}|[0-9]{{1,2}})"
        rf"(?:{_SP}|-)months?|(?P<mt_u>{_cap('year', 'half-year', 'quarter')}))"
        rf"{_SP}(?:to|ended|ending|through|(?P<mt_b>beginning|starting|commencing)){_SP}(?:the{_SP}end{_SP}of{_SP})?"
        rf"(?:{_month('mt_m')}(?:{_SP}{_day('mt_d')})?|{_day('mt_d2', last=False)}{_SP}(?:of{_SP})?{_month('mt_m2')})"
        rf"(?:,?{_SP}{_year('mt_y')})?",
    ),
    # the next five years, the past 12 months, the last 18 months (not 'the last three months of 2004': fm)
    (
        "sp",
        rf"\b(?:(?P<sp_d>{_cap('next', 'past', 'last', 'coming')}){_SP}(?P<sp_n>"
        rf"{_cap(*(w for w in NUMBER_WORDS if ' ' not in w and w not in ('a', 'an')))}|[0-9]{{1,3}})"
        rf"|(?<=the )(?:(?P<sp_p>past)|(?P<sp_dd>{_cap('next', 'coming', 'last')})(?={_SP}decades?(?!\w))))"
        rf"{_SP}(?P<sp_u>days?|weeks?|months?|quarters?|years?|decades?)(?![\w-]|{_SP}of{_SP}|{_SP}(?:ago|earlier|later)(?!\w))",
    ),
    # the previous three month period, the previous 12 months, the two previous months: the span just
    # before the story's last period (not 'the previous year', an 'ru' phrase)
    (
        "pv",
        rf"\b(?:(?:{_cap('previous', 'prior', 'preceding')}){_SP}(?P<pv_n>{_COUNT_WORDS})"
        rf"|(?P<pv_n2>{_COUNT_WORDS}){_SP}(?:previous|prior|preceding))(?:{_SP}|-)"
        rf"(?P<pv_u>months?|quarters?|years?)(?:(?:{_SP}|-)period)?"
        rf"(?![\w-]|{_SP}of{_SP}(?:[0-9]|(?:the|this|last|next|that)(?!\w)))",
    ),
    # the current financial year, last fiscal year: a company's year, whose months the text does not give
    (
        "fc",
        rf"\b(?P<fc_rel>{_cap('this', 'current', 'last', 'next', 'previous', 'coming')}){_SP}"
        rf"(?:financial|fiscal){_SP}year(?![\w-]|{_SP}(?:to|ending|ended|of)(?!\w)|{_SP}[0-9])",
    ),
    # the seventies, the nineties
    ("dw", rf"(?<=the )(?P<dw_w>{_cap(*_V['decade_words'])})(?!\w)"),
    # from 15 November 2004 to 3 January 2005, between 15 November 2004 and 5 January 2005
    (
        "db",
        rf"\b(?:[Ff]rom|[Bb]etween){_SP}{_day('db_d', last=False)}{_SP}(?:of{_SP})?{_month('db_m')},?{_SP}"
        rf"{_year('db_y')}{_SP}(?:to|until|till|and){_SP}{_day('db_d2', last=False)}{_SP}(?:of{_SP})?"
        rf"{_month('db_m2')},?{_SP}{_year('db_y2')}",
    ),
    # between November 2003 and August 2004, between November 2003 and August last year, (from) December 2004
    # to April 2005 ('from' is left out of the quote, as of '2001 to 2003')
    (
        "mb",
        rf"(?:\b[Bb]etween{_SP}(?P<mb_and>)|(?<=[Ff]rom ))"
        rf"{_month('mb_m')}{_SP}{_year('mb_y')}{_SP}(?(mb_and)and|(?:to|until|till|through)){_SP}{_month('mb_m2')}{_SP}"
        rf"(?:{_year('mb_y2')}|(?P<mb_ry>last|this){_SP}year(?!\w))",
    ),
    # the first nine months of 2004, the last three months of the year
    (
        "fm",
        rf"\b(?P<fm_o>{_cap('first', 'last', 'final')}){_SP}"
        rf"(?P<fm_n>{_cap(*(w for w in NUMBER_WORDS if ' ' not in w and w not in ('a', 'an')))}|[0-9]{{1,2}})"
        rf"{_SP}months(?!\w){_of_year_pattern('fm')}",
    ),
    # (early) March (2021), in January, last May, from January to March, January-March 2021
    (
        "ma",
        rf"{_part('ma_part')}(?:(?P<ma_rel>{_DEICTIC}){_SP})?{_modifier('ma_mod')}{_month('ma_m')}"
        rf"(?:(?P<ma_c>{_CONN_RANGE}|-to-|{_OSP}/{_OSP}|{_SP}(?:and|or){_SP}){_modifier('ma_mod2')}{_month('ma_m2')})?"
        rf"(?:,?{_SP}(?:of{_SP})?{_year('ma_y')}|{_SP}(?P<ma_ry>this|last|next){_SP}year(?!\w)"
        rf"|(?!{_OSP}[0-9]|,{_OSP}[0-9]|{_SP}of{_SP}(?:1[89]|20)[0-9][0-9]))",
    ),
    # (mid-)2020, 2019; after a number and a space ('Clio mk5 2019') only a candidate (see find_dates)
    ("y", rf"{_part('y_part')}{_modifier('y_mod')}{_NB_YEAR}{_year('y_y')}"),
    # two months earlier, a decade ago, 18 months later, half a century ago (not a comparison: 'two years
    # later than planned' is a length)
    (
        "ra",
        rf"(?<![\w$£€¥\\/.,\-])(?P<ra_n>(?:{_cap('a couple of', 'half a')}|"
        rf"{_cap(*(w for w in NUMBER_WORDS if ' ' not in w))}|[0-9]{{1,3}})(?![\w]))"
        rf"(?:{_SP}|-)(?:(?:more|further|full){_SP})?"
        rf"(?P<ra_u>days?|weeks?|months?|quarters?|years?|decades?|century|centuries)"
        rf"{_SP}(?P<ra_d>ago|earlier|later|from{_SP}now)(?!\w)(?!{_SP}than(?!\w))",  # not 'five years earlier than planned'
    ),
    # later in the month
    ("ri", rf"\b(?P<ri_mod>{_cap('earlier', 'later')}){_SP}in{_SP}the{_SP}(?P<ri_u>week|month|year)(?!\w)"),
    # (earlier) this week, last year, next month, the previous year
    (
        "ru",
        rf"\b(?:(?P<ru_mod>{_cap('earlier', 'later', 'early', 'late')}){_SP})?"
        rf"(?P<ru_rel>{_cap('this', 'last', 'next', 'previous', 'prior', 'following', 'coming', 'current', 'that')}"
        rf"|(?<=[Tt]he )[Cc]alendar(?={_SP}year(?!{_SP}[0-9])))"
        rf"{_SP}(?:calendar{_SP}(?=year))?(?P<ru_u>week|month|year|quarter)(?!\w)",
    ),
    # yesterday, today, tomorrow
    ("dx", rf"\b(?P<dx_w>{_cap('yesterday', 'today', 'tonight', 'tomorrow')})(?!\w)"),
    # (on) Wednesday, last Friday
    ("wd", rf"\b(?:(?P<wd_rel>{_DEICTIC}){_SP})?(?P<wd_d>{_WEEKDAY})(?!\w)"),
    # the alternatives below begin with words no earlier one begins with the same way; last, so that
    # the frequent shapes above are tried first
    # the weekend, last weekend, a weekend report (not 'every weekend', 'at weekends')
    (
        "we",
        rf"{''.join(f'(?<!{w} )(?<!{w.capitalize()} )' for w in _V['weekend']['not_after'])}\b(?:(?P<we_rel>{_cap('this', 'last', 'next', 'that')}){_SP})?"
        rf"(?P<we_w>{_cap('weekend', 'week-end')})(?!\w)",
    ),
    # the 19th century, the twenty-first century, this new century, the last century (not '20th Century Fox')
    (
        "cy",
        rf"\b(?:(?P<cy_n>1[0-9]th|2[0-9](?:st|nd|rd|th)|{_cap(*CENTURY_ORDINALS)})"
        rf"|(?P<cy_rel>{_cap('this', 'last', 'next', 'previous', 'coming', 'current')})(?:{_SP}new)?"
        rf"|(?<=the )(?P<cy_new>new))"
        rf"(?:{_SP}|-)(?P<cy_w>[Cc]entury)(?![\w-]|{_SP}(?:{_trie(*CENTURY_NAMES)})(?!\w))",
    ),
    # the tax year, the current tax year, the end of the tax year (the state's year: see TAX_YEAR_FIRST_MONTH)
    (
        "tx",
        rf"\b(?:(?P<tx_part>{_cap(*_PARTS)}){_SP}of{_SP}the{_SP}|(?P<tx_rel>{_cap('this', 'current', 'last', 'next', 'previous', 'coming')})"
        rf"{_SP}(?:current{_SP})?|(?<=the ))[Tt]ax(?:{_SP}|-)year(?![\w-]|{_SP}(?:to|ending|ended)(?!\w)|{_SP}[0-9])",
    ),
    # Spring 2005, last summer, in the autumn, the winter of 2004
    (
        "ss",
        rf"\b(?:(?P<ss_rel>{_cap('this', 'last', 'next')}){_SP})?{_modifier('ss_mod')}"
        rf"(?P<ss_s>{_cap(*SEASONS)})(?!\w)(?:(?:{_SP}of)?{_SP}{_year('ss_y')})?",
    ),
    # the holiday season, the festive period: the Christmas season, in December
    (
        "hs",
        rf"(?P<hs_w>{_cap('holiday', *_V['holiday_season']['adjectives'])})(?:{_SP}|-)"
        rf"(?:{_trie(*_V['holiday_season']['season_nouns'])})(?!\w)"
        rf"|(?P<hs_a>{_cap(*_V['holiday_season']['adjectives'])})(?!\w)|(?<=the )(?P<hs_h>holidays)(?!\w)",
    ),
    # Christmas, Boxing Day, Easter 2005
    # ('in the new year': New Year written in lower case, after 'the' only: not 'a new year of growth')
    (
        "hd",
        rf"\b(?P<hd_n>{_trie(*HOLIDAYS)})(?!\w)(?:,?{_SP}{_year('hd_y')})?"
        rf"|(?<=the )(?P<hd_l>new{_SP}year)(?![\w'’-])",
    ),
    # the end of the year, the start of next month
    (
        "py",
        rf"\b(?P<py_part>{_cap(*_PARTS)}){_SP}of{_SP}(?:the{_SP}(?=year|month|quarter|week|century|decade)"
        rf"|(?P<py_rel>{_cap('this', 'last', 'next')}){_SP})"
        rf"(?P<py_u>year|month|quarter|week|century|decade)(?![\w-])",
    ),
    # the same period of 2003, the same month last year, the year before, (for) the quarter, (for) the year
    (
        "an",
        rf"\b(?:(?P<an_same>{_cap('same')}){_SP}(?P<an_su>period|month|quarter|week|time|half)(?!\w)"
        rf"(?:{_SP}(?:of|in){_SP}(?:the{_SP}year{_SP})?{_year('an_y')}|{_SP}(?P<an_ly>last|the{_SP}previous){_SP}year(?!\w)"
        rf"|{_SP}(?P<an_ya>a{_SP}year{_SP}(?:earlier|ago|before)(?!\w)))?"
        rf"|(?P<an_u>year|month|quarter){_SP}(?P<an_d>before|after)(?=[.,;:)]|{_SP}(?:and|but)(?!\w)|\Z)"
        rf"|(?P<an_fy>{_cap('full')}[- ]year|(?<=the )year{_SP}as{_SP}a{_SP}whole)(?![\w-]|{_SP}[0-9])"
        rf"|(?P<an_ago>year-(?:ago|earlier)){_SP}(?P<an_au>period|quarter|month|half)(?!\w)"
        rf"|(?<=the )(?P<an_q>quarter)(?!{_SP}(?:of|point|per|century)(?!\w)|-|\w)"
        rf"|(?<=on the )(?P<an_dy>day)(?=[.,;:!?]|{_SP}(?:at|to|and|but|after)(?!\w)|\s*\Z)"
        rf"|(?P<an_this>{_cap('this', 'that')}){_SP}(?P<an_pd>period|date)(?![\w-]|{_SP}(?:of|to|from|until|till|when|in|on|for|that|which)(?!\w)|{_SP}[0-9])"
        rf"|(?:{'|'.join(f'(?<={w} the )' for w in ('for', 'For', 'during', 'During', 'in', 'over', 'throughout'))})"
        rf"(?:(?P<an_yr>year)|(?P<an_mo>month))(?![\w-]|'|’|{_SP}(?:(?:ahead|before|after|of|earlier|ago|later|on|in|when|that)(?!\w)|[0-9])"
        # 'the year to March', 'the year to date' are spans of their own; 'profits for the year to £198m' is the year
        rf"|{_SP}to{_SP}(?:end|date|the{_SP}end|{_MONTH_FULL}|{_MONTH_ABBR}|[0-9]{{1,2}}(?:st|nd|rd|th)?{_SP}[A-Z])))",
    ),
]

#: The characters each alternative can start with: one cheap test before trying it.
_FIRST: dict[str, str] = {
    "url": r"hw\]", "iso": "0-9", "num": "0-9", "nd": "".join(sorted({d[0] for d in NAMED_DAYS})), "yb": "Bb", "mf": "ADFJMNOSTW", "df": "0-9MTWFS",
    "qw": "FfSsTtLl1-4", "hw": "FfSsLl12", "qq": "QH", "nq": "1-4", "yq": "12", "dc": "0-9'’‘EeLlMm", "fy": "F",
    "sp": "NnPpLlCc", "pv": "PpEeFfNnOoSsTt0-9", "fc": "TtCcLlNnPp", "dw": "TtFfSsEeNn", "db": "FfBb", "mb": "BbADFJMNOS", "yr": "12", "mt": "0-9aAoOtTfFsSeEnNhHyYqQ", "fm": "FfLl", "ss": "TtLlNnEeMmSsAaFfWw", "hd": "CBNVHEGTn", "hs": "hfHFt", "we": "TtLlNnWw", "cy": "0-9TtLlNnPpCcEeFfSs", "tx": "EeSsBbMmCcTtRrLlNnPp",
    "py": "EeSsBbMmCcTtRr", "an": "SsymqFfdTt", "ma": "ADFJMNOSTLlEeNnmtSsBbCcRr", "y": "12EeLlMmSsBbCcTtRr", "ra": "0-9aAoOtTfFsSeEnNhH",
    "ri": "EeLl", "ru": "EeLlTtNnPpFfCc", "dx": "YyTt", "wd": "MTWFSLlNnt",
}  # fmt: skip

#: Lower-case words a date can begin with (also capitalized); names begin with their capital.
_LEAD_WORDS = (
    "between", "from", "first", "second", "third", "fourth", "final", "last", "latter", "early", "earlier", "late", "later",
    "mid", "this", "next", "previous", "prior", "preceding", "following", "coming", "current", "yesterday", "today", "tonight",
    "tomorrow", "half", "year", "quarter", "that", "same", "month", "past", "full", "holiday", "holidays", "weekend",
    "week-end", "century", "new", "tax", "day", "calendar", *_V["holiday_season"]["adjectives"], *CENTURY_ORDINALS, *_V["decade_words"], *(w for w in NUMBER_WORDS if " " not in w), *_PARTS, *SEASONS,
)  # fmt: skip
_LEAD_NAMES = (
    *_MONTH_NAMES, *_MONTH_ABBREVIATIONS, *_WEEKDAY_NAMES, "FY", *(h.split()[0] for h in HOLIDAYS), *NAMED_DAYS,
)  # fmt: skip
#: How every alternative can begin: a superset of their starts, tested once before any alternative.
LEAD = (
    r"[0-9'’‘]|[QH][1-4]|https?://|www\.|\]\("
    rf"|(?:{_trie(*_LEAD_WORDS, *(w.capitalize() for w in _LEAD_WORDS), *_LEAD_NAMES)})(?![A-Za-z])"
)


def date_expression(lead: str = LEAD) -> re.Pattern[str]:
    """The alternatives, tried at word starts where ``lead`` matches (``""``: at every word start).

    The lead only saves time: an alternative that can begin without it would be missed, which the
    tests check by comparing with ``date_expression("")``.
    """
    gate = f"(?=(?:{lead}))" if lead else ""
    return re.compile(
        rf"(?<!\w){gate}(?:" + "|".join(f"(?=[{_FIRST[name]}])(?P<{name}>{body})" for name, body in _ALTERNATIVES) + ")"
    )


DATE_RE = date_expression()


# --- calendar helpers --------------------------------------------------------------------------

Found = tuple[str, str, str]  # (value, granularity, resolution)


def month_number(name: str) -> int:
    """Month number of an English month name or abbreviation ('Feb.' -> 2)."""
    return MONTHS[name[:3].lower()]


def day_number(text: str) -> int:
    """Day of the month of '3', '03' or '3rd'."""
    return int(text[:2]) if text[:2].isdigit() else int(text[:1])


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The calendar day, or None when it does not exist (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_day(month: int, day: int, published: dt.date) -> dt.date | None:
    """The month/day nearest to the publication date (ties go to the past)."""
    best: dt.date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        candidate = make_date(year, month, day)
        if candidate and (best is None or abs((candidate - published).days) < abs((best - published).days)):
            best = candidate
    return best


def nearest_period(index: int, per_year: int, published_index: int, year: int) -> tuple[int, int]:
    """(year, index) of the period ``index`` (month 1-12, quarter 1-4, half 1-2) nearest the published one.

    Ties go to the past: news reports more often on what happened than on what is planned.
    """
    target = year * per_year + published_index
    return min((year - 1, year, year + 1), key=lambda y: (abs(y * per_year + index - target), y)), index


def shift(year: int, index: int, per_year: int, steps: int) -> tuple[int, int]:
    """(year, index) ``steps`` periods after (year, index), for months, quarters or halves."""
    total = year * per_year + index - 1 + steps
    return total // per_year, total % per_year + 1


def iso_day(day: dt.date) -> str:
    """ISO 8601 calendar date."""
    return day.isoformat()


def iso_week(day: dt.date) -> str:
    """ISO 8601 week of a day: 2021-W08."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def iso_year(year: int) -> str:
    """Four-digit year; raises ValueError outside 0-9999 (no such value in ISO 8601 basic form)."""
    if not 0 <= year <= 9999:
        raise ValueError(year)
    return f"{year:04d}"


def iso_month(year: int, month: int) -> str:
    """ISO 8601 month: 2021-02."""
    return f"{iso_year(year)}-{month:02d}"


def two_digit_year(yy: int, published: dt.date | None) -> int | None:
    """The year ending in ``yy`` nearest to the publication year ('21 -> 2021), or None without one."""
    if published is None:
        return None
    base = published.year - published.year % 100 + yy
    return min((base - 100, base, base + 100), key=lambda y: (abs(y - published.year), y))


def quarter_of(month: int) -> int:
    """Quarter 1-4 of a month."""
    return (month - 1) // 3 + 1


# --- one function per alternative --------------------------------------------------------------

Mention = tuple[int, int, str, str, str]  # start, end, value, granularity, resolution
Handler = Callable[[re.Match[str], dt.date | None], list[Mention]]


def _link(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """A URL or Markdown link target: consumed so that its digits are never read as dates."""
    return []


def _iso(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """2021-03-01: an explicit day, when the calendar has it."""
    day = make_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return [(m.start(), m.end(), iso_day(day), "day", "explicit")] if day and day.year >= 1000 else []


def _numeric(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """24/02/2021 (day first) or 2/24/2021 (month first), only when one reading is possible."""
    a, b, year = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    if a > 12 >= b or a == b:
        day = make_date(year, b, a)
    elif b > 12 >= a:
        day = make_date(year, a, b)
    else:
        return []
    return [(m.start(), m.end(), iso_day(day), "day", "explicit")] if day and year >= 1000 else []


def _between_years(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Between 2015 and 2020: a year interval."""
    a, b = int(m["yb_a"]), int(m["yb_b"])
    if b <= a:
        return [
            (m.start("yb_a"), m.end("yb_a"), str(a), "year", "explicit"),
            (m.start("yb_b"), m.end(), str(b), "year", "explicit"),
        ]
    return [(m.start(), m.end(), f"{a}/{b}", "interval", "explicit")]


def _days(m: re.Match[str], p: str, first: str, second: str, published: dt.date | None) -> list[Mention]:
    """Days with months (month-first or day-first): one day, a pair of days or an interval of days.

    ``first`` and ``second`` are the month names of the first and second day (the same for 'March 2-3').
    """
    month1, month2, d1 = month_number(first), month_number(second), day_number(m[f"{p}_d"])
    year_text, connector = m[f"{p}_y"], m[f"{p}_c"]
    if connector is None:
        day = _anchor_day(month1, d1, year_text, published)
        return [(m.start(), m.end(), iso_day(day[0]), "day", day[1])] if day else []
    d2 = day_number(m[f"{p}_d2"])
    if connector.strip() in ("and", "&"):  # two days, two mentions
        day1 = _anchor_day(month1, d1, year_text, published)
        day2 = _anchor_day(month2, d2, year_text, published)
        if day1 is None or day2 is None:
            return []
        split1 = m.end("df_m1") if p == "df" and m["df_m1"] else m.end(f"{p}_d")
        split2 = m.start("mf_m2") if p == "mf" and m["mf_m2"] else m.start(f"{p}_d2")
        return [
            (m.start(), split1, iso_day(day1[0]), "day", day1[1]),
            (split2, m.end(), iso_day(day2[0]), "day", day2[1]),
        ]
    forward = (month1, d1) < (month2, d2)
    if not forward and month1 == month2:
        return []  # 'March 5-2' is no interval
    if year_text:  # the stated year belongs to the end: 'December 30 - January 2, 2021'
        year2, how = int(year_text), "explicit"
        year1 = year2 if forward else year2 - 1
    else:
        anchor = _anchor_day(month1, d1, None, published)
        if anchor is None:
            return []
        year1, how = anchor[0].year, "publication_date"
        year2 = year1 if forward else year1 + 1
    start, end = make_date(year1, month1, d1), make_date(year2, month2, d2)
    if start is None or end is None:
        return []
    return [(m.start(), m.end(), f"{iso_day(start)}/{iso_day(end)}", "interval", how)]


#: An event noun after a day that names the event ('the 11 September attacks'), with the year stated after it.
_EVENT_AFTER = re.compile(
    rf"{_SP}(?:{_trie(*EVENT_NOUNS)})(?!\w)(?:{_SP}(?:in|of){_SP}(?P<ev_y>1[89][0-9][0-9]|20[0-9][0-9])(?![\w,.]?[0-9]))?"
)


def event_day(m: re.Match[str]) -> list[Mention] | None:
    """A day that names an event ('the 11 September attacks', '9/11'), or None when the match is no such day.

    Its year is the event's, not the story's: stated only by a year after the event noun ('the 9/11
    attacks in 2001'); otherwise the day is kept with an empty value (``unanchored``), as the text gives
    no year for it and the story's own years would give a wrong one.
    """
    kind = m.lastgroup
    if kind == "nd":
        month, day = (int(x) for x in NAMED_DAYS[m["nd_d"]].split("-"))
    elif kind in ("mf", "df") and not m[f"{kind}_y"] and not m[f"{kind}_d2"]:
        month, day = month_number(m[f"{kind}_m"]), day_number(m[f"{kind}_d"])
    else:
        return None
    after = _EVENT_AFTER.match(m.string, m.end())
    if after is None and kind != "nd":
        return None
    found = make_date(int(after["ev_y"]), month, day) if after is not None and after["ev_y"] else None
    if found is not None:
        return [(m.start(), m.end(), iso_day(found), "day", "explicit")]
    return [(m.start(), m.end(), "", "day", "unanchored")]


def _named_day(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """9/11: the event's day, with the year only as the text states it (see event_day)."""
    return event_day(m) or []


def _anchor_day(month: int, day: int, year_text: str | None, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The day with its stated year, else the one nearest the publication date; with its resolution."""
    if year_text:
        found = make_date(int(year_text), month, day)
        return (found, "explicit") if found else None
    if published is None:
        return None
    found = nearest_day(month, day, published)
    return (found, "publication_date") if found else None


def _month_first(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """March 1, 2021; Feb. 24; March 2-3; March 30 to April 2; February 16 and 17."""
    return _days(m, "mf", m["mf_m"], m["mf_m2"] or m["mf_m"], published)


def _day_first(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """1 March 2021; 24th of February; 2-3 March; 30 March - 2 April; 12 and 13 January."""
    return _days(m, "df", m["df_m1"] or m["df_m"], m["df_m"], published)


def _months(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """A month named with a year, or with a word that makes it a date (in, last, early, ...); month ranges."""
    text = m.string
    start = min(m.start(g) for g in ("ma_part", "ma_rel", "ma_mod", "ma_m") if m[g] is not None)
    ctx = _CTX_BEFORE.search(text, max(0, start - 16), start)
    between = ctx is not None and ctx["ctx"].lower() == "between"
    month1 = month_number(m["ma_m"])
    month2 = month_number(m["ma_m2"]) if m["ma_m2"] else None
    connector = (m["ma_c"] or "").strip("- \t\u00a0\u2009\u202f") or m["ma_c"] or ""
    pair = connector in ("and", "or") and not between
    if month2 is not None and between:
        start = ctx.start()  # type: ignore[union-attr]
    if m["ma_y"] or (m["ma_ry"] and published):
        if m["ma_y"]:
            year2, how = int(m["ma_y"]), "explicit"
        else:  # 'August last year'
            year2, how = published.year + STEPS[m["ma_ry"]], "relative"  # type: ignore[union-attr]
        year1 = year2 if month2 is None or month1 < month2 else year2 - 1
    else:
        bare = ctx is None and not (m["ma_rel"] or m["ma_mod"] or m["ma_part"]) and m["ma_m"] not in _PLAIN_MONTHS
        if published is None or (bare and (month2 is None or pair)):
            return []
        if _abbreviation_without_stop(m["ma_m"]) or (m["ma_m2"] and _abbreviation_without_stop(m["ma_m2"])):
            return []  # 'to Jan Smith': an abbreviation alone needs its full stop
        if m["ma_m"] in _NAME_MONTHS and text.startswith(("'s", "’s"), m.end()) and m["ma_rel"] is None:
            return []  # 'after May's chairman': a name's possessive more often than a month's
        year1, how = _month_year(month1, (m["ma_rel"] or "").lower(), published)
        year2 = year1 if month2 is None or month2 > month1 else year1 + 1
        if month2 is not None and how == "publication_date":
            # a span is placed by its end, nearest the publication date ('between July and September'
            # in February is last year's third quarter); of a pair, each month is placed by itself
            year2 = nearest_period(month2, 12, published.month, published.year)[0]  # type: ignore[union-attr]
            if not pair:
                year1 = year2 if month1 < month2 else year2 - 1
    if month2 is None:
        return [(start, m.end(), iso_month(year1, month1), "month", how)]
    if pair:
        second = m.start("ma_mod2") if m["ma_mod2"] else m.start("ma_m2")
        return [
            (start, m.end("ma_m"), iso_month(year2 if m["ma_y"] or m["ma_ry"] else year1, month1), "month", how),
            (second, m.end(), iso_month(year2, month2), "month", how),
        ]
    return [(start, m.end(), *month_span(year1, month1, year2, month2), how)]


#: Month names that are nothing else in news text, so that they need no preposition ('December sales').
_PLAIN_MONTHS = frozenset(_V["month_usage"]["plain"])


#: Month names that are also names of people and firms.
_NAME_MONTHS = frozenset(_V["month_usage"]["names"])


def _month_year(month: int, rel: str, published: dt.date) -> tuple[int, str]:
    """The year of a month named without one: last May, next May, this May, or the nearest May."""
    if rel == "last":
        return (published.year if month < published.month else published.year - 1), "relative"
    if rel == "next":
        return (published.year if month > published.month else published.year + 1), "relative"
    if rel == "this":
        return published.year, "relative"
    return nearest_period(month, 12, published.month, published.year)[0], "publication_date"


def _abbreviation_without_stop(name: str) -> bool:
    """'Jan' or 'Sept' without its full stop (a name or a word more often than a month)."""
    return name in _MONTH_ABBREVIATIONS


def _of_year(m: re.Match[str], p: str, published: dt.date | None) -> tuple[int, str] | None:
    """The year of 'quarter of 2020', 'half of next year', 'quarter 2020', or None if not stated."""
    if m[f"{p}_y"] or m[f"{p}_y2"]:
        return int(m[f"{p}_y"] or m[f"{p}_y2"]), "explicit"
    rel = m[f"{p}_rel"]
    if rel is None or published is None:
        return None
    word = rel.lower()
    return published.year + STEPS[word], "publication_date" if word == "the" else "relative"


def _period_words(
    m: re.Match[str], p: str, per_year: int, letter: str, published: dt.date | None, text: str
) -> list[Mention]:
    """The fourth quarter of 2020, the first half of the year, the last quarter, third-quarter."""
    ordinal = m[f"{p}_o"].lower()
    n = ORDINALS[ordinal] if ordinal in ORDINALS else int(ordinal[0])
    if per_year == 2:
        n = min(n, 2)
    granularity = "quarter" if per_year == 4 else "half"
    year = _of_year(m, p, published)
    if year is not None:
        return [(m.start(), m.end(), f"{iso_year(year[0])}-{letter}{n}", granularity, year[1])]
    if published is None or re.match(rf"{_SP}of{_SP}", text[m.end() : m.end() + 8]):
        return []  # 'the first half of the match': not a period of the calendar
    now = (published.month - 1) * per_year // 12 + 1
    if ordinal == "last" and per_year == 4:  # 'the last quarter' is the previous one
        y, q = shift(published.year, now, per_year, -1)
        return [(m.start(), m.end(), f"{iso_year(y)}-{letter}{q}", granularity, "relative")]
    y, _ = nearest_period(n, per_year, now, published.year)
    return [(m.start(), m.end(), f"{iso_year(y)}-{letter}{n}", granularity, "publication_date")]


def _quarter_code(kind: str, n: int, year: int | None, published: dt.date | None, explicit: bool) -> Found | None:
    """Q3/H1 with an optional year -> (value, granularity, resolution)."""
    per_year = 4 if kind == "Q" else 2
    if n > per_year:
        return None
    granularity = "quarter" if kind == "Q" else "half"
    if year is not None:
        return f"{iso_year(year)}-{kind}{n}", granularity, "explicit" if explicit else "publication_date"
    if published is None or kind == "H":
        return None  # a bare 'H1' is too often something else
    now = (published.month - 1) * per_year // 12 + 1
    y, _ = nearest_period(n, per_year, now, published.year)
    return f"{iso_year(y)}-{kind}{n}", granularity, "publication_date"


def _code_quarter(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Q3 2021, Q3/21, H1 2021, Q4 (nearest to the publication date)."""
    if m["qq_y"]:
        found = _quarter_code(m["qq_k"], int(m["qq_n"]), int(m["qq_y"]), published, True)
    elif m["qq_yy"]:
        year = two_digit_year(int(m["qq_yy"]), published)
        found = _quarter_code(m["qq_k"], int(m["qq_n"]), year, published, False) if year else None
    else:
        found = _quarter_code(m["qq_k"], int(m["qq_n"]), None, published, False)
    return [(m.start(), m.end(), *found)] if found else []


def _number_quarter(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """3Q21, 1H21."""
    year = two_digit_year(int(m["nq_yy"]), published)
    found = _quarter_code(m["nq_k"], int(m["nq_n"]), year, published, False) if year else None
    return [(m.start(), m.end(), *found)] if found else []


def _year_quarter(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """2021 Q3, 2021H1."""
    found = _quarter_code(m["yq_k"], int(m["yq_n"]), int(m["yq_y"]), published, True)
    return [(m.start(), m.end(), *found)] if found else []


def _decade(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The 1990s -> 199X; the 1800s -> 1800/1899 (a century); the '90s -> the latest 90s by publication."""
    start = m.start("dc_mod") if m["dc_mod"] else (m.start("dc_y") if m["dc_y"] else m.start("dc_yy") - 1)
    if m["dc_y"]:
        year = int(m["dc_y"])
        if year in (1800, 1900):
            return [(start, m.end(), f"{year}/{year + 99}", "interval", "explicit")]
        return [(start, m.end(), f"{year // 10:03d}X", "decade", "explicit")]
    if published is None:
        return []
    tens = int(m["dc_yy"])
    year = published.year - published.year % 100 + tens
    if year > published.year:
        year -= 100
    return [(start, m.end(), f"{iso_year(year)[:3]}X", "decade", "publication_date")] if year >= 0 else []


def _fiscal_year(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """FY2021, FY21: the year the fiscal year is named after."""
    if m["fy_y"]:
        return [(m.start(), m.end(), m["fy_y"], "year", "explicit")]
    year = two_digit_year(int(m["fy_yy"]), published)
    return [(m.start(), m.end(), iso_year(year), "year", "publication_date")] if year is not None else []


def _year_range(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """2015-2020, 2004-05, 2019/20, 2015 to 2020."""
    a = int(m["yr_a"])
    if m["yr_b"]:
        b = int(m["yr_b"])
        if m["yr_c"] == "/" and b != a + 1:
            return []  # '2019/2030' is no span of time anyone writes
    else:
        digits = len(m["yr_bb"])  # 2004-05, 2005-6: the next year with those last digits
        b = a - a % 10**digits + int(m["yr_bb"])
        if b <= a:
            b += 10**digits
        if b - a > 50 or ((m["yr_c"] == "/" or digits == 1) and b != a + 1):
            return []
    if b <= a:
        return []
    return [(m.start(), m.end(), f"{a}/{b}", "interval", "explicit")]


def _plain_year(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """A year standing alone (2019, mid-2020); after a hedge it may be an amount (see :func:`find_dates`)."""
    start = min(m.start(g) for g in ("y_part", "y_mod", "y_y") if m[g] is not None)
    return [(start, m.end(), m["y_y"], "year", "explicit")]


def month_span(year1: int, month1: int, year2: int, month2: int) -> tuple[str, str]:
    """(value, granularity) of the months from year1-month1 to year2-month2, inclusive.

    A span that is a calendar quarter, half or year is written as one ('January to March 2020' is
    2020-Q1, 'the six months to June' 2020-H1), so that the same period has one value whichever way
    the text puts it; any other span is an ISO 8601 interval of months (2004-04/2005-03).
    """
    if year1 == year2:
        if month1 == month2:
            return iso_month(year1, month1), "month"
        if month2 - month1 == 2 and month1 % 3 == 1:
            return f"{iso_year(year1)}-Q{quarter_of(month1)}", "quarter"
        if month2 - month1 == 5 and month1 in (1, 7):
            return f"{iso_year(year1)}-H{1 if month1 == 1 else 2}", "half"
        if (month1, month2) == (1, 12):
            return iso_year(year1), "year"
    return f"{iso_month(year1, month1)}/{iso_month(year2, month2)}", "interval"


def _anchor_month(month: int, year_text: str | None, published: dt.date | None) -> tuple[int, str] | None:
    """The year of a month: stated, else the one nearest the publication date; with its resolution."""
    if year_text:
        return int(year_text), "explicit"
    if published is None:
        return None
    return nearest_period(month, 12, published.month, published.year)[0], "publication_date"


#: Months in 'the year to March', 'the half-year to June', 'the quarter to September'.
_SPAN_MONTHS = {"year": 12, "half-year": 6, "quarter": 3}


def _months_to(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The three months to December, the year to March 2005 (2004-04/2005-03), the six months ended 30 June."""
    count = _count(m["mt_n"]) if m["mt_n"] else _SPAN_MONTHS[m["mt_u"].lower()]
    if count is None or count != int(count) or not 1 <= count <= 60:
        return []
    n = int(count)
    month = month_number(m["mt_m"] or m["mt_m2"])
    anchor = _anchor_month(month, m["mt_y"], published)
    if anchor is None:
        return []
    year, how = anchor
    day_text = m["mt_d"] or m["mt_d2"]
    if m["mt_b"]:
        return _months_from(m, n, year, month, day_number(day_text) if day_text else 1, how)
    if day_text:  # 'the six months ended 30 June 2005': days, from the day after the same day n months before
        end = make_date(year, month, day_number(day_text))
        if end is None:
            return []
        if (end + dt.timedelta(days=1)).day == 1:  # to the end of a month: whole months
            y0, m0 = shift(year, month, 12, -(n - 1))
            return [(m.start(), m.end(), *month_span(y0, m0, year, month), how)]
        y0, m0 = shift(year, month, 12, -n)
        start = (make_date(y0, m0, end.day) or dt.date(y0, m0, 28)) + dt.timedelta(days=1)
        return [(m.start(), m.end(), f"{iso_day(start)}/{iso_day(end)}", "interval", how)]
    y0, m0 = shift(year, month, 12, -(n - 1))
    return [(m.start(), m.end(), *month_span(y0, m0, year, month), how)]


def _months_from(m: re.Match[str], n: int, year: int, month: int, day: int, how: str) -> list[Mention]:
    """The year beginning 1 October 2004 (2004-10/2005-09): ``n`` months from a first day; whole months when
    it is the first of a month, else days up to the day before the same day ``n`` months later."""
    start = make_date(year, month, day)
    if start is None:
        return []
    y1, m1 = shift(year, month, 12, n - 1)
    if day == 1:
        return [(m.start(), m.end(), *month_span(year, month, y1, m1), how)]
    y2, m2 = shift(year, month, 12, n)
    end = (make_date(y2, m2, day) or dt.date(y2, m2, 28)) - dt.timedelta(days=1)
    return [(m.start(), m.end(), f"{iso_day(start)}/{iso_day(end)}", "interval", how)]


def _first_months(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The first nine months of 2004 (2004-01/2004-09), the last three months of the year (Q4)."""
    count = _count(m["fm_n"])
    if count is None or count != int(count) or not 1 <= count <= 12:
        return []
    n, first = int(count), m["fm_o"].lower() == "first"
    found = _of_year(m, "fm", published)
    if found is None:
        if not first or published is None or re.match(rf"{_SP}of{_SP}", m.string[m.end() : m.end() + 8]):
            return []  # 'the last three months' counts back from an unstated time; 'of the contract' is no year
        found = nearest_period(n, 12, published.month, published.year)[0], "publication_date"
    year, how = found
    months = (1, n) if first else (13 - n, 12)
    return [(m.start(), m.end(), *month_span(year, months[0], year, months[1]), how)]


def season_of(month: int, year: int) -> tuple[int, int]:
    """(season year, season index 1-4: spring, summer, autumn, winter) of a month; January is last winter's."""
    index = {1: 4, 2: 4, 12: 4}.get(month, (month - 3) // 3 + 1)
    return (year - 1 if month < 3 else year), index


def _season(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Spring 2005 (2005-21, ISO 8601-2 season), last summer, this winter, in the autumn."""
    name = m["ss_s"].lower()
    rel = (m["ss_rel"] or "").lower()
    start = m.start("ss_rel") if m["ss_rel"] else m.start("ss_mod") if m["ss_mod"] else m.start("ss_s")
    code = SEASONS[name]
    index = code - 20
    if name == "fall" and not (rel in ("last", "next") or m["ss_s"] == "Fall" or m.string.endswith("the ", 0, start)):
        # 'the fall in prices', 'this fall from 2.1%', 'shares fall 2003': a verb or a noun (the year stays a year)
        return [(m.start("ss_y"), m.end(), m["ss_y"], "year", "explicit")] if m["ss_y"] else []
    if m["ss_y"]:
        return [(start, m.end(), f"{m['ss_y']}-{code}", "season", "explicit")]
    if not rel and not (_plain_season(m.string, start, m["ss_s"]) or _season_context(m.string, start, m["ss_s"])):
        return []  # 'spring' and 'fall' are words first: a season needs a year, this/last/next or 'in the'
    if published is None:
        return []
    year, now = season_of(published.month, published.year)
    if rel == "this":
        found, how = nearest_period(index, 4, now, year)[0], "relative"
    elif rel == "last":
        found, how = (year if index < now else year - 1), "relative"
    elif rel == "next":
        found, how = (year if index > now else year + 1), "relative"
    else:
        found, how = nearest_period(index, 4, now, year)[0], "publication_date"
    return [(start, m.end(), f"{iso_year(found)}-{code}", "season", how)]


#: Seasons whose lower-case word has no other sense ('a wet summer', 'the onset of winter'); not 'spring'
#: or 'fall', which are words first ('spring a surprise', 'a fall in prices').
_PLAIN_SEASONS = frozenset(_V["season_usage"]["plain"])
#: A determiner or 'of' before a season, with at most two words between: 'a wet European summer', 'the
#: poor summer weather', 'the onset of winter' (not the name 'winter fuel payment', 'mild winter drives').
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Aa]n?|[Tt]he|of)[ \t\u00a0]{1,3}(?P<between>(?:[A-Za-z][a-z-]{0,20}[ \t\u00a0]{1,3}){0,2})\Z"
)
#: A word after a season that makes it the first word of a compound name ('the winter fuel payment').
_WORD_AFTER = re.compile(r"[ \t\u00a0]{1,3}(?!of(?!\w))[a-z]")


def _plain_season(text: str, start: int, word: str) -> bool:
    """'a wet summer', 'the poor summer weather', 'the onset of winter': a plain season word after a
    determiner, with an adjective between or ending its noun phrase, names a season; right after the
    determiner and before another noun it begins a name ('the winter fuel payment')."""
    if word not in _PLAIN_SEASONS:
        return False
    before = _DETERMINER_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    return bool(before["between"]) or _WORD_AFTER.match(text, start + len(word)) is None


_SEASON_BEFORE = re.compile(rf"(?<!\w)(?:{_cap(*_SEASON_CONTEXT)})[ \t\u00a0]{{1,3}}(?:the[ \t\u00a0]{{1,3}})?\Z")


def _season_context(text: str, start: int, word: str) -> bool:
    """'in the summer', 'over the winter', 'during spring': a bare season word that names a season."""
    if word.lower() == "fall":
        return False  # 'in the fall' of prices: a bare fall is a season only as 'last/next fall'
    return _SEASON_BEFORE.search(text, max(0, start - 20), start) is not None


def holiday(rule: str, year: int) -> dt.date | None:
    """The day of a holiday rule of the vocabulary in a year: '12-25', 'easter-2', '11-3-4'."""
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[6:]))
    parts = [int(x) for x in rule.split("-")]
    if len(parts) == 2:
        return make_date(year, parts[0], parts[1])
    month, weekday, nth = parts
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _holiday(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Christmas, Boxing Day, Easter 2005: the day, in the stated year or the one nearest publication."""
    rule = HOLIDAYS[m["hd_n"] or "New Year"]
    before = m.string[max(0, m.start() - 12) : m.start()].split()
    if before and before[-1] in OTHER_CALENDARS:
        return []  # 'Chinese New Year', 'Orthodox Christmas': another calendar's day
    if m["hd_y"]:
        day = holiday(rule, int(m["hd_y"]))
        return [(m.start(), m.end(), iso_day(day), "day", "explicit")] if day else []
    if published is None:
        return []
    days = [d for y in (published.year - 1, published.year, published.year + 1) if (d := holiday(rule, y))]
    best = min(days, key=lambda d: (abs((d - published).days), d))
    return [(m.start(), m.end(), iso_day(best), "day", "publication_date")]


#: Words of which one, within three words before 'holiday season', makes it the Christmas season ('the busy
#: holiday season'), not a person's holiday ('he took a holiday period off').
_SEASON_BEFORE_WORDS = frozenset(_V["holiday_season"]["season_before"])


def _holiday_season(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The holiday season, the festive period, festive sales, the holidays: the December nearest
    publication (the Christmas season)."""
    if m["hs_w"] and m["hs_w"].lower() == "holiday":
        before = m.string[max(0, m.start() - 40) : m.start()].lower().split()[-3:]
        if not _SEASON_BEFORE_WORDS.intersection(before):
            return []
    if published is None:
        return []
    year = published.year if published.month >= 7 else published.year - 1
    return [(m.start(), m.end(), iso_month(year, 12), "month", "publication_date")]


def _weekend(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The weekend, last weekend: the ISO week of its Saturday (Saturday and Sunday end one ISO week).

    A bare 'the weekend' is the nearer of the weekend just past and the next one (a tie goes to the
    past, as news mostly reports); 'this weekend' the one of the publication's week, 'last weekend'
    the one before it, 'next weekend' the first one after the publication date.
    """
    if published is None:
        return []
    weekday = published.weekday()
    saturday = 5 - weekday  # days from the publication date to its week's Saturday
    rel = (m["we_rel"] or "").lower()
    if rel == "last":
        offset = saturday - 7
    elif rel == "next":
        offset = saturday if saturday > 0 else saturday + 7
    elif rel == "this" or weekday >= 5:
        offset = saturday
    else:  # Monday to Friday: the Sunday just past or the Saturday ahead, whichever is nearer
        offset = saturday - 7 if weekday + 1 <= saturday else saturday
    return [
        (
            m.start(),
            m.end(),
            iso_week(published + dt.timedelta(days=offset)),
            "week",
            "relative" if rel else "publication_date",
        )
    ]


def century_number(word: str) -> int:
    """The number of a century written as an ordinal: '19th' -> 19, 'twenty-first' -> 21."""
    key = " ".join(word.lower().split())
    return CENTURY_ORDINALS[key] if key in CENTURY_ORDINALS else int(key[:-2])


def _century(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The 19th century -> 1800/1899 (its years as news counts them, like 'the 1800s'); this (new) century,
    the last century: the publication's century, or the one before or after it."""
    if m["cy_n"]:
        first = 100 * (century_number(m["cy_n"]) - 1)
        return [(m.start(), m.end(), f"{iso_year(first)}/{iso_year(first + 99)}", "interval", "explicit")]
    if published is None:
        return []
    rel = (m["cy_rel"] or "this").lower()
    return [(m.start(), m.end(), *_this("century", STEPS[rel], published))]


def tax_year(year: int, step: int = 0) -> tuple[str, str]:
    """(value, granularity) of the tax year ``step`` years after the one that begins in ``year``: 2004-04/2005-03."""
    first = year + step
    last_year, last_month = shift(first, TAX_YEAR_FIRST_MONTH, 12, 11)
    return month_span(first, TAX_YEAR_FIRST_MONTH, last_year, last_month)


def _tax_year(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The (current) tax year, the end of the tax year, next tax year: the state's tax year under way at
    publication, or the one before or after it (the UK's runs April to March: 2004-04/2005-03)."""
    if published is None:
        return []
    rel = (m["tx_rel"] or "").lower()
    begins = published.year if published.month >= TAX_YEAR_FIRST_MONTH else published.year - 1
    return [
        (m.start(), m.end(), *tax_year(begins, STEPS[rel] if rel else 0), "relative" if rel else "publication_date")
    ]


def _stated_span(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The next five years, the past 12 months: a span of stated length that ends or begins now.

    Counted in whole units beside the publication date's: 'the next two years' of a 2005 article is
    2005/2006, 'the past 12 months' of one of February 2005 is 2004-02/2005-01, 'the next 10 days'
    the ten days after it.
    """
    n = _count(m["sp_n"]) if m["sp_n"] else 1  # 'the past year'
    if published is None or n is None or n != int(n) or not 1 <= n <= 100:
        return []
    k, unit = int(n), m["sp_u"].lower().rstrip("s")
    ahead = (m["sp_d"] or m["sp_dd"] or "past").lower() in ("next", "coming")
    if unit in ("day", "week"):
        days = k * (7 if unit == "week" else 1)
        first, last = (1, days) if ahead else (-days, -1)
        a, b = published + dt.timedelta(days=first), published + dt.timedelta(days=last)
        if unit == "week":
            return [(m.start(), m.end(), f"{iso_week(a)}/{iso_week(b)}", "interval", "relative")]
        return [(m.start(), m.end(), f"{iso_day(a)}/{iso_day(b)}", "interval", "relative")]
    if unit in ("month", "quarter"):
        months = k * (3 if unit == "quarter" else 1)
        first, last = (1, months) if ahead else (-months, -1)
        y0, m0 = shift(published.year, published.month, 12, first)
        y1, m1 = shift(published.year, published.month, 12, last)
        return [(m.start(), m.end(), *month_span(y0, m0, y1, m1), "relative")]
    years = k * (10 if unit == "decade" else 1)
    a_year, b_year = (
        (published.year, published.year + years - 1) if ahead else (published.year - years, published.year - 1)
    )
    value = iso_year(a_year) if a_year == b_year else f"{iso_year(a_year)}/{iso_year(b_year)}"
    return [(m.start(), m.end(), value, "year" if a_year == b_year else "interval", "relative")]


def _previous_span(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """'The previous 12 months' with a publication date and no story period before it: the months before it."""
    months = _counted_months(m)
    if published is None or months is None:
        return []
    y0, m0 = shift(published.year, published.month, 12, -months)
    y1, m1 = shift(published.year, published.month, 12, -1)
    return [(m.start(), m.end(), *month_span(y0, m0, y1, m1), "relative")]


#: Months in a unit of a span counted back ('the previous three quarters').
_SPAN_UNITS = {"month": 1, "quarter": 3, "year": 12}


def _counted_months(m: re.Match[str]) -> int | None:
    """The months of a span counted back ('the previous three quarters': 9), or None when its count is
    not a whole number from 1 to 100."""
    n = _count(m["pv_n"] or m["pv_n2"])
    if n is None or n != int(n) or not 1 <= n <= 100:
        return None
    return int(n) * _SPAN_UNITS[m["pv_u"].lower().rstrip("s")]


def first_month(value: str) -> tuple[int, int] | None:
    """(year, month) a period value begins with: 2004-Q4 -> (2004, 10), 2004 -> (2004, 1); None for other forms."""
    point = value.split("/")[0]
    granularity = granularity_of(point)
    year = int(point[:4]) if granularity else 0
    if granularity == "year":
        return year, 1
    if granularity in ("month", "day"):
        return year, int(point[5:7])
    if granularity == "quarter":
        return year, 3 * int(point[6]) - 2
    if granularity == "half":
        return year, 6 * int(point[6]) - 5
    return None


def _previous_of_story(m: re.Match[str], reference: DateMention | None) -> list[Mention]:
    """'The previous three month period' after 'the fourth quarter' of 2004 is 2004-Q3: the months just
    before the story's last period, counted from its first month."""
    if m.lastgroup != "pv" or reference is None:
        return []
    months = _counted_months(m)
    begins = first_month(reference.value)
    if months is None or begins is None:
        return []
    y0, m0 = shift(*begins, 12, -months)
    y1, m1 = shift(*begins, 12, -1)
    # 'the two previous quarters': written in quarters
    if m["pv_u"].lower().startswith("quarter") and months > 3 and m0 % 3 == 1:
        value = f"{iso_year(y0)}-Q{quarter_of(m0)}/{iso_year(y1)}-Q{quarter_of(m1)}"
        return [(m.start(), m.end(), value, "interval", "story_date")]
    return [(m.start(), m.end(), *month_span(y0, m0, y1, m1), "story_date")]


def _company_year(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The current financial year: recorded, never valued (a company's year may end in any month)."""
    return [(m.start(), m.end(), "", "year", "unanchored")]


def _decade_word(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The seventies -> 197X (the twentieth century's, as news uses the words)."""
    return [(m.start(), m.end(), f"{_V['decade_words'][m['dw_w'].lower()]}X", "decade", "explicit")]


def _between_days(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """From 15 November 2004 to 3 January 2005 (or between ... and ...): a day interval, both ends
    stated; the days that exist, one by one, when the second is not after the first."""
    first = make_date(int(m["db_y"]), month_number(m["db_m"]), day_number(m["db_d"]))
    last = make_date(int(m["db_y2"]), month_number(m["db_m2"]), day_number(m["db_d2"]))
    if first is not None and last is not None and first < last:
        return [(m.start(), m.end(), f"{iso_day(first)}/{iso_day(last)}", "interval", "explicit")]
    ends = ((first, m.start("db_d"), m.end("db_y")), (last, m.start("db_d2"), m.end()))
    return [(start, end, iso_day(day), "day", "explicit") for day, start, end in ends if day is not None]


def _between_months(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Between November 2003 and August 2004 (or 'August last year'): a month interval."""
    y1 = int(m["mb_y"])
    if m["mb_y2"]:
        y2, how = int(m["mb_y2"]), "explicit"
    elif published is not None:
        y2, how = published.year + STEPS[m["mb_ry"]], "relative"
    else:
        return []
    m1, m2 = month_number(m["mb_m"]), month_number(m["mb_m2"])
    if (y2, m2) <= (y1, m1):
        return []
    return [(m.start(), m.end(), *month_span(y1, m1, y2, m2), how)]


def _anaphora(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The same period of 2003, the same month last year: what the text says without the story's period.

    These phrases name the story's period in another year (see :func:`_from_story`); without an
    earlier period only the year they state is known: 'the same period in 2003' is 2003.
    """
    if (m["an_yr"] or m["an_fy"]) and published is not None:
        return [(m.start(), m.end(), iso_year(published.year), "year", "publication_date")]
    if m["an_mo"]:  # 'during the month' names the story's month, not the dateline's: recorded where none is before it
        return [(m.start(), m.end(), "", "month", "unanchored")]
    if m["an_dy"]:  # 'down 3.75p on the day': the story's day, else the publication's
        if published is not None:
            return [(m.start(), m.end(), iso_day(published), "day", "publication_date")]
        return [(m.start(), m.end(), "", "day", "unanchored")]
    if m["an_pd"]:  # 'this period', 'that date': only the story says which; recorded where it does not
        return [(m.start(), m.end(), "", "day" if m["an_pd"] == "date" else "interval", "unanchored")]
    if m["an_d"]:  # 'the month before': only the story says which; recorded, not valued, where it does not
        return [(m.start(), m.end(), "", "year" if m["an_u"] == "year" else m["an_u"], "unanchored")]
    if not m["an_same"]:
        return []  # 'the quarter': only the story says which
    if m["an_y"]:
        return [(m.start(), m.end(), m["an_y"], "year", "explicit")]
    if (m["an_ly"] or m["an_ya"]) and published is not None:
        return [(m.start(), m.end(), iso_year(published.year - 1), "year", "relative")]
    return []


def _part_of(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The end of the year, the start of next month: the period itself (the part has no column)."""
    if published is None:
        return []
    rel = (m["py_rel"] or "").lower()
    value, granularity, _ = _this(m["py_u"], STEPS[rel] if rel else 0, published)
    return [(m.start(), m.end(), value, granularity, "relative" if rel else "publication_date")]


_AMOUNT_BEFORE = re.compile(
    r"(?:[0-9][ \t\u00a0]|\b(?:than|some|nearly|almost|approximately|roughly|fewer|total\sof)[ \t\u00a0]|[$£€¥₹₽][ \t\u00a0]?)\Z"
)


def _count(text: str) -> float | None:
    """The number of 'N units ago' ('two', '18', 'a couple of')."""
    key = " ".join(text.lower().split())
    return float(key) if key.isdigit() else NUMBER_WORDS.get(key)


def _counted(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Two months earlier, five months ago, a decade ago, three years later: counted from publication."""
    n = _count(m["ra_n"])
    if published is None or n is None:
        return []
    sign = -1 if m["ra_d"] in ("ago", "earlier") else 1
    unit = m["ra_u"].rstrip("s")
    if unit == "day":
        found: Found = iso_day(published + dt.timedelta(days=sign * n)), "day", "relative"
    elif unit == "week":
        found = iso_week(published + dt.timedelta(weeks=sign * n)), "week", "relative"
    elif unit == "month" or (unit == "quarter"):
        months = round(n * (3 if unit == "quarter" else 1))
        y, mo = shift(published.year, published.month, 12, sign * months)
        found = iso_month(y, mo), "month", "relative"
    else:
        years = round(n * (100 if unit.startswith("centur") else 10 if unit == "decade" else 1))
        found = iso_year(published.year + sign * years), "year", "relative"
    return [(m.start(), m.end(), *found)]


def _in_the(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Later in the month, earlier in the week: the publication's month, week or year."""
    if published is None:
        return []
    return [(m.start(), m.end(), *_this(m["ri_u"], 0, published))]


def _this(unit: str, step: int, published: dt.date) -> Found:
    """The week/month/quarter/year ``step`` units from the publication date's."""
    if unit == "week":
        return iso_week(published + dt.timedelta(weeks=step)), "week", "relative"
    if unit == "month":
        y, mo = shift(published.year, published.month, 12, step)
        return iso_month(y, mo), "month", "relative"
    if unit == "quarter":
        y, q = shift(published.year, quarter_of(published.month), 4, step)
        return f"{iso_year(y)}-Q{q}", "quarter", "relative"
    if unit == "decade":  # 'the end of the decade' in 2005: 200X, as 'the 2000s'
        return f"{iso_year(published.year - published.year % 10 + 10 * step)[:3]}X", "decade", "relative"
    if unit == "century":  # 'the middle of the century' in 2005: 2000/2099, as 'the 1900s' is 1900/1999
        first = published.year - published.year % 100 + 100 * step
        return f"{iso_year(first)}/{iso_year(first + 99)}", "interval", "relative"
    return iso_year(published.year + step), "year", "relative"


def _deictic_unit(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """This week, last year, next month, the previous year, earlier this month."""
    rel = m["ru_rel"].lower()
    if published is None or rel == "that" or m.string.startswith("-on-", m.end()):
        return []  # 'that year' needs a date of the story (see find_dates); 'year-on-year' is no year
    return [(m.start(), m.end(), *_this(m["ru_u"], STEPS[rel], published))]


def _deictic_day(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Yesterday, today, tonight, tomorrow."""
    if published is None:
        return []
    step = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["dx_w"].lower()]
    return [(m.start(), m.end(), iso_day(published + dt.timedelta(days=step)), "day", "relative")]


def _weekday(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """(On) Wednesday: the one within three days of publication; last/next Friday: the one before/after."""
    if published is None:
        return []
    before = m.string[max(0, m.start() - 8) : m.start()].split()
    after = m.string[m.end() : m.end() + 14].split()
    if (before and before[-1].lower() in HOLIDAY_WORDS) or (after and after[0].strip(".,;:'’") in TITLE_WORDS):
        return []  # Black Friday, the Sunday Times: names, not the weekday of the story
    gap = WEEKDAYS[m["wd_d"].lower()] - published.weekday()
    rel = (m["wd_rel"] or "").lower()
    if rel == "last":
        offset, how = -((-gap) % 7 or 7), "relative"
    elif rel == "next":
        offset, how = gap % 7 or 7, "relative"
    else:
        offset, how = (gap + 3) % 7 - 3, "relative" if rel else "publication_date"
    return [(m.start(), m.end(), iso_day(published + dt.timedelta(days=offset)), "day", how)]


HANDLERS: dict[str, Handler] = {
    "url": _link,
    "iso": _iso,
    "num": _numeric,
    "nd": _named_day,
    "yb": _between_years,
    "mf": _month_first,
    "df": _day_first,
    "qq": _code_quarter,
    "nq": _number_quarter,
    "yq": _year_quarter,
    "dc": _decade,
    "fy": _fiscal_year,
    "yr": _year_range,
    "mt": _months_to,
    "fm": _first_months,
    "ss": _season,
    "hd": _holiday,
    "py": _part_of,
    "sp": _stated_span,
    "hs": _holiday_season,
    "we": _weekend,
    "cy": _century,
    "tx": _tax_year,
    "pv": _previous_span,
    "fc": _company_year,
    "dw": _decade_word,
    "db": _between_days,
    "mb": _between_months,
    "an": _anaphora,
    "ma": _months,
    "y": _plain_year,
    "ra": _counted,
    "ri": _in_the,
    "ru": _deictic_unit,
    "dx": _deictic_day,
    "wd": _weekday,
}


def _handle(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The mentions of one match of DATE_RE, by the function for the alternative that matched."""
    kind = m.lastgroup
    try:
        if kind == "qw":
            return _period_words(m, "qw", 4, "Q", published, m.string)
        if kind == "hw":
            return _period_words(m, "hw", 2, "H", published, m.string)
        return HANDLERS[kind](m, published)  # type: ignore[index]
    except (ValueError, OverflowError):
        return []  # a date beyond the calendar's range (year 0 or 10000): not a value we can write


#: A stand-in publication date, only to learn which expressions would resolve with a real one.
_ANY_DAY = dt.date(2000, 7, 1)


@dataclass(frozen=True)
class FoundDates:
    """The date expressions of a text, sorted into what the caller does with each (see find_dates)."""

    dates: list[DateMention]
    amount_like: list[DateMention]
    excluded: list[Exclusion]
    #: Counted phrases nothing anchors (empty value): a figure that claims their numerals wins ('Nine
    #: days later' with no date to count from is kept as the duration 'Nine days'). Other unanchored
    #: dates ('six months ending 31 December') are sure: no figure takes part of them.
    unanchored: list[DateMention]


# --- anchoring on the story ----------------------------------------------------------------------

_POINT = re.compile(r"(?P<y>[0-9]{4})(?:-(?P<rest>[0-9]{2}(?:-[0-9]{2})?|Q[1-4]|H[12]|W[0-9]{2}))?\Z")
#: Months of one step of each unit of 'N units earlier/later' (years and longer: see _YEARS).
_MONTH_STEPS = {"month": 1, "quarter": 3}
_YEARS = {"year": 1, "decade": 10, "century": 100, "centurie": 100}


def granularity_of(point: str) -> str | None:
    """The granularity of one ISO 8601 value of ours ('2004-Q4' -> quarter), None for a decade or a malformed one."""
    m = _POINT.match(point)
    if m is None:
        return None
    rest = m["rest"] or ""
    if not rest:
        return "year"
    if len(rest) == 5:
        return "day"
    return {"Q": "quarter", "H": "half", "W": "week", "2": "season"}.get(rest[0], "month")


def shift_value(value: str, unit: str, n: int) -> tuple[str, str] | None:
    """The period ``n`` units (day, week, month, quarter, year, decade, century) after a date value.

    'Two months earlier' after 2021-02 is 2020-12; 'a year later' after 2001 is 2002; 'a year earlier'
    after 2004-Q4 is 2003-Q4 (the same period of the year before: how results are compared). The
    result keeps the reference's granularity when it can, a coarser unit never yields a finer value
    ('two days later' after '2001' is None). For an interval the reference is its end.
    """
    point = value.split("/")[-1]
    granularity = granularity_of(point)
    if granularity is None:
        return None
    year = int(point[:4])
    try:
        if unit in _YEARS:
            years = n * _YEARS[unit]
            if granularity == "day":
                day = dt.date.fromisoformat(point)
                moved = make_date(year + years, day.month, day.day) or make_date(year + years, day.month, 28)
                return iso_day(moved), "day"  # type: ignore[arg-type]
            if granularity == "week":
                d = dt.date.fromisocalendar(year + years, int(point[6:8]), 1)
                return iso_week(d), "week"
            return iso_year(year + years) + point[4:], granularity
        if unit in ("day", "week"):
            days = n * (7 if unit == "week" else 1)
            if granularity == "day":
                return iso_day(dt.date.fromisoformat(point) + dt.timedelta(days=days)), "day"
            if granularity == "week" and unit == "week":
                d = dt.date.fromisocalendar(year, int(point[6:8]), 1) + dt.timedelta(days=days)
                return iso_week(d), "week"
            return None
        months = n * _MONTH_STEPS[unit]
        if granularity in ("day", "month"):
            y, mo = shift(year, int(point[5:7]), 12, months)
            return iso_month(y, mo), "month"
        if granularity == "quarter" and months % 3 == 0:
            y, q = shift(year, int(point[6]), 4, months // 3)
            return f"{iso_year(y)}-Q{q}", "quarter"
        if granularity == "half" and months % 6 == 0:
            y, h = shift(year, int(point[6]), 2, months // 6)
            return f"{iso_year(y)}-H{h}", "half"
    except (ValueError, OverflowError, KeyError):
        return None
    return None


def _narrative(m: re.Match[str], ago: bool = False) -> tuple[str, int] | None:
    """(unit, steps) of a phrase counted from the story's time: 'two months earlier', 'the previous year'.

    With ``ago``, 'a year ago' (one unit: the comparison of news) counts too (see :func:`_from_story`).
    """
    if m.lastgroup == "ra" and (m["ra_d"].lower() in NARRATIVE_DIRECTIONS or (ago and m["ra_d"] == "ago")):
        n = _count(m["ra_n"])
        if n is None or n != int(n) or (m["ra_d"] == "ago" and n != 1):
            return None  # 'four years ago' is a time of its own, not a comparison with the story's period
        return m["ra_u"].lower().rstrip("s"), int(n) * (1 if m["ra_d"].lower() == "later" else -1)
    if m.lastgroup == "ru" and m["ru_rel"].lower() in NARRATIVE_STEPS:
        return m["ru_u"], STEPS[m["ru_rel"].lower()]
    return None


#: The granularities 'the same period/month/...' can refer to.
_SAME: dict[str, tuple[str, ...]] = {
    "period": ("day", "week", "month", "quarter", "half", "season", "interval"),
    "time": ("day", "week", "month", "quarter", "half", "season", "interval"),
    "month": ("month",),
    "quarter": ("quarter",),
    "week": ("week",),
    "half": ("half",),
}


#: Quotes of dates that are a base of comparison ('the year-ago period', 'the same period of 2003', 'a year
#: earlier'), not the period a story reports: 'for the full year' after them is the year reported.
_COMPARISON_QUOTE = re.compile(r"(?i)\b(?:same|ago|earlier|before|previous|prior)\b")


def _story_anaphora(m: re.Match[str], history: list[DateMention]) -> list[Mention]:
    """The same period of 2003 (the story's period, in 2003), the year before, the quarter (the story's quarter)."""
    if m.lastgroup != "an" or not history:
        return []
    if m["an_fy"]:  # 'for the full year', 'full-year profits': the year of the story's last period
        own = next((d for d in reversed(history[-20:]) if not _COMPARISON_QUOTE.search(d.quote)), history[-1])
        year = own.value.split("/")[-1][:4]
        return [(m.start(), m.end(), year, "year", "story_date")] if year.isdigit() else []
    if m["an_ago"]:  # 'the year-ago period': the story's last period, a year before
        shifted = shift_value(history[-1].value, "year", -1)
        return [(m.start(), m.end(), *shifted, "story_date")] if shifted else []
    if m["an_d"]:  # 'the year before': one unit before or after the story's last date
        shifted = shift_value(history[-1].value, m["an_u"], -1 if m["an_d"] == "before" else 1)
        return [(m.start(), m.end(), *shifted, "story_date")] if shifted else []
    if m["an_mo"]:  # 'during the month': the story's last month
        last = history[-1]
        if last.granularity not in ("month", "day"):
            return []
        return [(m.start(), m.end(), last.value[:7], "month", "story_date")]
    if m["an_dy"] or m["an_pd"]:  # 'on the day', 'that date': the story's last day; 'this period': its last period
        days_only = bool(m["an_dy"]) or m["an_pd"] == "date"
        referent = next((d for d in reversed(history[-20:]) if not days_only or d.granularity == "day"), None)
        return [(m.start(), m.end(), referent.value, referent.granularity, "story_date")] if referent else []
    if m["an_yr"]:  # 'for the year': the year of the story's last date
        year = history[-1].value.split("/")[-1][:4]
        return [(m.start(), m.end(), year, "year", "story_date")] if year.isdigit() else []
    wanted = ("quarter",) if m["an_q"] else _SAME[m["an_su"]]
    # the story's own period, not a base it was compared with ('up from 0.3% in the previous quarter'):
    # 'the same quarter a year earlier' after both is the reported quarter's
    candidates = [d for d in reversed(history[-20:]) if d.granularity in wanted]
    period = next((d for d in candidates if not _COMPARISON_QUOTE.search(d.quote)), None) or next(
        iter(candidates), None
    )
    if period is None:
        return []
    stated = m["an_y"] or m["an_ly"] or m["an_ya"]
    if m["an_su"] == "time" and not stated:
        return []  # 'at the same time' links two events; only 'the same time last year' is a period
    if m["an_q"] or not stated:
        return [(m.start(), m.end(), period.value, period.granularity, "story_date")]
    point = period.value.split("/")[-1]
    years = int(m["an_y"]) - int(point[:4]) if m["an_y"] else -1
    shifted = _shift_interval(period.value, years)
    return [(m.start(), m.end(), *shifted, "story_date")] if shifted else []


def _shift_interval(value: str, years: int) -> tuple[str, str] | None:
    """A value, point or interval, moved by whole years (its granularity kept)."""
    parts = [shift_value(p, "year", years) for p in value.split("/")]
    if any(p is None for p in parts):
        return None
    if len(parts) == 1:
        return parts[0]
    return "/".join(p[0] for p in parts if p), "interval"


#: Characters between a date and 'a year ago' within which, in an article without a publication
#: date, the phrase is read as a comparison with that date ('profit of 537m euros during 2004, from
#: 798m euros a year ago' is 2003), as HeidelTime reads narratives; farther away it stays unanchored.
AGO_WINDOW = 200


def _from_story(m: re.Match[str], reference: DateMention | None, published: dt.date | None = None) -> list[Mention]:
    """A narrative phrase counted from the story's last date ('a year later' after 'in 2001' is 2002)."""
    ago = published is None and reference is not None and m.start() - reference.end <= AGO_WINDOW
    step = _narrative(m, ago)
    if step is None or reference is None or m.string.startswith("-on-", m.end()):
        return []
    shifted = shift_value(reference.value, *step)
    if shifted is None:
        return []
    start = m.start("ru_mod") if m.lastgroup == "ru" and m["ru_mod"] else m.start()
    return [(start, m.end(), *shifted, "story_date")]


#: How far back (characters) a stated year anchors a year-less date: about a paragraph of news.
STORY_WINDOW = 400
_PRESENT = _V["present"]


#: Words that make 'May' after them the month, not the modal ('in May', 'since May', 'early May').
_MAY_BEFORE = ("in", "of", "since", "from", "until", "till", "by", "early", "late", "last", "next", "this", "and", "to")


def words_re(words: list[str], past_modals: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """Whole words or phrases of a vocabulary list, any case (a prefix tree: one test per character, not per word).

    The words of ``past_modals`` count only when 'have' does not follow them: 'would have been 8% higher'
    is a counterfactual about the past, not a forecast; nor where they are the month May ('in May',
    'May 2008'). With ``past_modals`` (the lists of forecast words), a word after 'than' does not count: 'faster
    than predicted', 'fewer jobs than expected' compare with a forecast made before.
    """
    trie = _trie(*(w for w in words if w not in past_modals)).replace(r"\ ", r"\s+")
    modals = [w for w in words if w in past_modals]
    if modals:
        # not the month May: after a word that dates it ('in May', 'since May') or before a day or year ('May 2008')
        dated = "".join(rf"(?<!{w} )" for w in _MAY_BEFORE)
        trie += rf"|{dated}(?<!mid-)(?:{_trie(*modals)})(?![\w])(?![ \t\u00a0]+[0-9])(?!\s+(?:not\s+)?have(?!\w))"
    # a comparison with a forecast made before ('faster than predicted', 'fewer jobs than expected') is no forecast
    than = r"(?<!than )" if past_modals else ""
    return re.compile(rf"{than}(?<![\w'’])(?:{trie})(?![\w])", re.IGNORECASE)


_PAST_MODALS = frozenset(_PRESENT["past_modals"])
_FUTURE = words_re(_PRESENT["future"], _PAST_MODALS)
_AHEAD = words_re(_PRESENT["ahead"], _PAST_MODALS)
_RESULTS = words_re(_PRESENT["results"])
_CHANGES = words_re(_PRESENT["changes"])
#: A record's words before a bound ('the lowest level since June 2003', 'the first time since 1990').
_RECORD_BEFORE = words_re(_PRESENT["record_before"])


def words_before(words: list[str]) -> re.Pattern[str]:
    """One of ``words`` just before a date, with an optional 'the' between: 'since 1981', 'since the spring'."""
    return re.compile(rf"(?<!\w)(?:{_cap(*words)})[ \t\u00a0]{{1,3}}(?:the[ \t\u00a0]{{1,3}})?\Z")


#: Words before a year that make it a bound, a base or a starting point ('since 1981', 'from 2003').
_BOUND_BEFORE = words_before(_PRESENT["bound_before"])
#: Words before a date that make it a deadline ahead, no month told as past ('have until 21 March to appeal').
_AHEAD_BOUND_BEFORE = words_before(_PRESENT["ahead_bound_before"])
#: 'since' binds a whole clause: 'the biggest since the $1.2bn collapse of Barings Bank in 1995'.
_CLAUSE_BOUND = re.compile(rf"(?<!\w)(?:{_cap(*_PRESENT['clause_bound'])})(?!\w)(?:[^,;:.!?\n]|\.(?=[0-9])){{0,80}}\Z")
#: A year used as an attribute of a noun ('the 2001 election', 'a 2004 law'): an event's year, not the story's.
_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:in|during|for|of|throughout|over|to|and|or|at|between)[ \t\u00a0]{1,3}\Z", re.I
)
_NOUN_AFTER = re.compile(r"[ \t\u00a0]{1,3}[A-Za-z]")
#: Sentence ends: a full stop, question or exclamation mark before a space, or a line break.
#: (``[.!?]["'”’)]*(?=\s)|\n``, written to begin with the class of its first character: a faster scan.)
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|[\"'”’)]*(?=\s))")


class Marks:
    """Where the matches of one pattern begin and end in a text, found in one scan, asked by bisection.

    story_time asks, for every date of an article, whether a future word is in its sentence, where its
    sentence and clause begin: scanning the text once keeps that linear however many dates there are.
    """

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        found = [(m.start(), m.end()) for m in pattern.finditer(text)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]

    def any_in(self, start: int, end: int) -> bool:
        """Whether a match begins in [start, end)."""
        i = bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def last_end_before(self, position: int, default: int) -> int:
        """The end of the last match that ends at or before ``position`` (``default`` if none)."""
        i = bisect_left(self.ends, position + 1)
        return self.ends[i - 1] if i else default

    def next_start_after(self, position: int, default: int) -> int:
        """The start of the first match that begins at or after ``position`` (``default`` if none)."""
        i = bisect_left(self.starts, position)
        return self.starts[i] if i < len(self.starts) else default


#: A character that no match of a word list (letters, white space) can hold: a sentence mark ending in one
#: is a safe place to start a scan, since no match runs across it.
_WORD_OR_SPACE = re.compile(r"[\w\s]")


class LazyMarks:
    """Where the matches of a word-list pattern begin, found region by region when first asked.

    story_time asks only about the sentences that hold a date: scanning just those (each once) is
    far cheaper than scanning the whole text. Regions run between sentence marks that end in a
    character no match can hold (a full stop, not a line break, which a phrase may span), so a scan
    of a region, bounded by it, finds exactly the matches a scan of the whole text finds there.
    """

    def __init__(self, pattern: re.Pattern[str], text: str, cuts: list[int]) -> None:
        self.pattern = pattern
        self.text = text
        self.cuts = cuts  # region starts: 0, then the safe sentence-mark ends, ascending
        self._found: dict[int, tuple[list[int], list[int]]] = {}

    def _region(self, i: int) -> tuple[list[int], list[int]]:
        """The starts and the ends of the matches of region ``i`` (scanned on first use)."""
        found = self._found.get(i)
        if found is None:
            end = self.cuts[i + 1] if i + 1 < len(self.cuts) else len(self.text)
            spans = [m.span() for m in self.pattern.finditer(self.text, self.cuts[i], end)]
            found = self._found[i] = ([s for s, _ in spans], [e for _, e in spans])
        return found

    def _index(self, position: int) -> int:
        """The region holding ``position``."""
        return max(bisect_right(self.cuts, position) - 1, 0)

    def any_in(self, start: int, end: int) -> bool:
        """Whether a match begins in [start, end)."""
        i = self._index(start)
        while i < len(self.cuts) and self.cuts[i] < end:
            starts = self._region(i)[0]
            j = bisect_left(starts, start)
            if j < len(starts) and starts[j] < end:
                return True
            i += 1
        return False

    def last_end_before(self, position: int, floor: int) -> int:
        """The end of the last match that ends at or before ``position``, or ``floor`` if greater."""
        i = self._index(position)
        while i >= 0 and (i + 1 == len(self.cuts) or self.cuts[i + 1] > floor):
            ends = self._region(i)[1]
            j = bisect_right(ends, position)
            if j:
                return max(ends[j - 1], floor)
            i -= 1
        return floor

    def next_start_after(self, position: int, ceiling: int) -> int:
        """The start of the first match that begins at or after ``position``, or ``ceiling`` if less."""
        i = self._index(position)
        while i < len(self.cuts) and self.cuts[i] < ceiling:
            starts = self._region(i)[0]
            j = bisect_left(starts, position)
            if j < len(starts):
                return min(starts[j], ceiling)
            i += 1
        return ceiling


#: The characters other than letters and white space that the word lists (none today: 'set to') and
#: the clause marks (';', ':') hold.
_LISTED = frozenset(
    [ch for k in ("future", "ahead", "results", "changes") for w in _PRESENT[k] for ch in w if not ch.isalpha()]
    + [";", ":"]
)


def safe_cuts(text: str, sentences: Marks) -> list[int]:
    """0 and the ends of the sentence marks whose last character no word-list or clause match can hold."""
    return [0] + [e for e in sentences.ends if not _WORD_OR_SPACE.match(text, e - 1) and text[e - 1] not in _LISTED]


#: Clause bounds inside a sentence: 'and reaffirming its 2005 profit forecasts' is not the clause of 'for 2004'.
CLAUSE_END = re.compile(r"[;:]|\s(?:and|but|while|whereas|although)\s")
_NEXT_YEAR = re.compile(r"(?<!\w)next\s+year(?!\w)", re.IGNORECASE)


@dataclass
class TextMarks:
    """The marks of one text that story_time needs: sentence and clause ends, future and results words."""

    text: str
    sentences: Marks
    clauses: LazyMarks
    future: LazyMarks
    results: LazyMarks
    next_year: LazyMarks
    ahead: LazyMarks
    changes: LazyMarks
    #: Subordinate clause words (:data:`_SUBORDINATE`), found once per region: a search from each date
    #: to its clause's end would read a run-on sentence once per date, in quadratic time.
    subordinate: LazyMarks

    @classmethod
    def of(cls, text: str) -> TextMarks:
        """Scan a text once for sentence marks; clause marks and words only in the sentences asked about."""
        sentences = Marks(_SENTENCE_END, text)
        cuts = safe_cuts(text, sentences)
        return cls(
            text,
            sentences,
            *(
                LazyMarks(p, text, cuts)
                for p in (CLAUSE_END, _FUTURE, _RESULTS, _NEXT_YEAR, _AHEAD, _CHANGES, _SUBORDINATE)
            ),
        )

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence holding text[start:end] (from its first character to its end mark)."""
        return self.sentences.last_end_before(start, 0), self.sentences.next_start_after(end, len(self.text))

    def clause(self, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
        """The clause of text[start:end] within its sentence (split at ';', ':', 'and', 'but', ...)."""
        return self.clauses.last_end_before(start, sentence[0]), self.clauses.next_start_after(end, sentence[1])


def _is_bound(text: str, start: int) -> bool:
    """A date after 'since', 'by', 'until', 'from' ...: a bound or a base of the story's time, not its time."""
    return bool(
        _BOUND_BEFORE.search(text, max(0, start - 20), start) or _CLAUSE_BOUND.search(text, max(0, start - 90), start)
    )


def _is_attribute(text: str, start: int, end: int) -> bool:
    """A bare year before a noun, not after a preposition: 'the 2001 election', 'the 1988 Lockerbie crash'."""
    if not _NOUN_AFTER.match(text, end) or _PREPOSITION_BEFORE.search(text, max(0, start - 16), start):
        return False
    return _RESULTS.search(text, end, end + 16) is None  # '2004 net income' is the year the results are for


@dataclass(frozen=True)
class StoryTime:
    """What an article without a publication date says of its own time.

    ``years``: (position, year) of the explicit dates that can anchor the year-less dates after them
    (not bounds, forecasts, an event's attribute or a hedged number). ``present``: an estimate of the
    story's present day, whose year is what the text fixes (see :func:`story_present`), or None.
    """

    years: list[tuple[int, int]]
    present: dt.date | None
    marks: TextMarks | None = None
    #: The largest year of ``years`` up to each of them (a running maximum, aligned with ``years``).
    latest_years: list[int] | None = None
    #: Whether the text fixes the present's month too ('for a sixth month in a row' after August 2004):
    #: then 'last month' and 'the past 12 months' take their values from it, not only 'last year'.
    month_known: bool = False
    #: (position, the latest month stated up to there) at each month the text states: see latest_before.
    stated_months: list[tuple[int, tuple[int, int, bool], Span]] | None = None
    #: The span of the date that fixes ``present`` (a stated year the text equates with a deictic one, the
    #: year of results reported as done, the latest month told, ...): the evidence of ``story_present`` values.
    evidence: Span | None = None

    def latest_before(self, position: int) -> tuple[tuple[int, int, bool], Span] | None:
        """The latest month the text states before ``position`` (year, month, whether a bound states it), and
        the span of the date stating it.

        A year-less date after a state's start ('since June 2004' ... 'January') is the first such date from
        it on (2005-01); after a month stated otherwise ('talks in October and November 2004' ... 'in
        August'), the nearest to it (2004-08). One told before any stated month ('Talks began on March 3 ...
        resume on 4 May 2021') is not placed by a month the story comes to later.
        """
        if not self.stated_months:
            return None
        i = bisect_left(self.stated_months, (position, (0, 0, False), (0, 0)))
        return self.stated_months[i - 1][1:] if i else None

    def sentence_start(self, start: int, end: int) -> int:
        """Where the sentence holding text[start:end] begins (0 without marks)."""
        return self.marks.sentence(start, end)[0] if self.marks is not None else 0

    def clause_ahead(self, start: int, end: int) -> bool:
        """Whether the clause of text[start:end] puts its own events ahead: 'will be launched on 1 January',
        'In the first quarter, the economy is expected to grow'; not a past act reporting a future one ('In
        January, it announced that the deal would end', 'It had warned in September that ... would').
        """
        if self.marks is None:
            return False
        clause = self.marks.clause(start, end, self.marks.sentence(start, end))
        if self.marks.ahead.any_in(clause[0], start):
            return True
        stop = self.marks.subordinate.next_start_after(end, clause[1])
        return self.marks.ahead.any_in(end, stop)

    def in_future(self, start: int, end: int) -> bool:
        """Whether the expression at text[start:end] is in a sentence whose events are ahead ('will open in April')."""
        return self.marks is not None and self.marks.ahead.any_in(*self.marks.sentence(start, end))


#: The start of a subordinate clause after a date: a future word after it is the reported act's, not the date's.
_SUBORDINATE = re.compile(r"(?<!\w)(?:that|which|who|when)(?!\w)", re.IGNORECASE)


def story_time(text: str, matches: list[re.Match[str]]) -> StoryTime:
    """The reference years and the present of an article without a publication date."""
    marks = TextMarks.of(text)
    years: list[tuple[int, int]] = []
    closed: list[tuple[int, str, Span]] = []  # (year, 'period' for a quarter/half/full year, 'year' for results, span)
    foreseen: set[int] = set()  # years of sentences about the future
    ahead: set[int] = set()  # years the story looks ahead to, also as a bound ('not until the second half of 2005')
    stated = 0  # the latest year the story states outside forecasts and bounds
    forecast: dict[int, set[int]] = {}  # forecast year -> the sentences (their starts) forecasting it
    forecast_spans: dict[int, Span] = {}  # forecast year -> the first date forecasting it
    base: list[tuple[int, int, Span]] = []  # (year, month or 0, span) of 'the same month in 2004'
    last_month: int | None = None
    latest: tuple[int, int] | None = None
    floor: tuple[int, int] | None = None  # the latest month a bound states: a state's start, the present after it
    plain: tuple[int, int] | None = None  # the latest month stated otherwise
    told = 0  # the latest year-less month the story tells outside forecasts ('the record set in late October')
    # (position, latest month up to there and whether a bound states it, the span stating it)
    stated_months: list[tuple[int, tuple[int, int, bool], Span]] = []
    month_spans: dict[tuple[int, int], Span] = {}  # (year, month) -> the first date stating it
    told_at: list[tuple[int, int, int, bool]] = []  # (start, end, month, after 'since') of those months
    for m in matches:
        month = yearless_month(m)
        told_month = month or holiday_month(m)
        if told_month and not marks.future.any_in(*marks.sentence(m.start(), m.end())):
            told = max(told, month)
            if not _AHEAD_BOUND_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                told_at.append((m.start(), m.end(), told_month, past_bound(m)))
        if m.lastgroup == "ma" and not m["ma_y"] and not m["ma_ry"] and not m["ma_m2"]:
            last_month = month_number(m["ma_m"])
        if m.lastgroup == "an":
            if m["an_y"] and m["an_su"] == "month" and last_month is not None:
                base.append((int(m["an_y"]), last_month, m.span()))
            elif m["an_y"]:
                base.append((int(m["an_y"]), 0, m.span()))
            continue
        for s, e, value, granularity, how in _handle(m, None):
            point = value.split("/")[-1]
            if how != "explicit" or not point[:4].isdigit():
                continue
            year = int(point[:4])
            if granularity == "year" and _AMOUNT_BEFORE.search(text, max(0, s - 16), s):
                continue
            sentence = marks.sentence(s, e)
            future = marks.future.any_in(*sentence)
            bound = _is_bound(text, s)
            attribute = granularity == "year" and _is_attribute(text, s, e)
            # a future word before the date in its sentence, or anywhere in its clause: 'is expected to be
            # completed by April 2005 and to be earnings accretive in 2006', 'In 2004, growth will be 4.7%'
            reported = not (marks.future.any_in(sentence[0], e) or marks.future.any_in(*marks.clause(s, e, sentence)))
            if not reported and not bound:
                foreseen.add(year)
            if not reported:
                ahead.add(year)
            if marks.ahead.any_in(*sentence) and granularity == "year" and not bound:
                forecast.setdefault(year, set()).add(sentence[0])
                forecast_spans.setdefault(year, (s, e))
                if marks.next_year.any_in(e, sentence[1]):  # '4.4% in 2004, but 3.3% next year'
                    forecast.setdefault(year + 1, set()).add(-1)
                    forecast_spans.setdefault(year + 1, (s, e))
            if reported and not bound:
                kind = _closed_period_reported(marks, s, e, point, granularity, sentence)
                if kind:
                    closed.append((year, kind, (s, e)))
            if not (future or bound):
                stated = max(stated, year)
            if not (future or bound or attribute):
                years.append((s, year))
            # a record's bound ('its lowest level since June 2003') says only that the present is long after it
            record = bound and _RECORD_BEFORE.search(text, max(marks.clause(s, e, sentence)[0], s - 60), s)
            if not future and not record and granularity_of(point) in ("month", "day"):
                latest = max(latest or (0, 0), (year, int(point[5:7])))
                if bound:  # a state's start ('raising rates since June 2004', 'rose five times from November 2003')
                    floor = max(floor or (0, 0), (year, int(point[5:7])))
                else:
                    plain = max(plain or (0, 0), (year, int(point[5:7])))
                month_spans.setdefault((year, int(point[5:7])), (s, e))
                stated_months.append((s, (*latest, latest == floor), month_spans[latest]))
    # a year the story also forecasts is not done ('losses deepened in 2004 ... return to profit in 2006');
    # a year's results without a quarter or half count only for the latest year the story reports
    # a year whose change is reported in the past tense is over when the story looks ahead to the next one
    # ('GDP grew 1.7% during 2004 ... an increase is unlikely until the second half of 2005')
    done = [
        (y, span)
        for y, kind, span in closed
        if kind == "period"
        or ((y not in foreseen or y + 1 in ahead) and y >= stated and (kind == "year" or y + 1 in ahead))
    ]
    present, evidence = story_present(
        done, base, forecast, forecast_spans, stated_present(text, matches, marks), told
    ) or (None, None)
    # only a streak counts the present's month; a month compared with 'the same month in 2003' was
    # reported some time after it, how long the text does not say
    month_known = False
    streak = streak_months(text) if present is None and latest is not None else None
    if streak is not None and latest is not None:
        # 'left rates on hold for a sixth month in a row' after rises 'between November 2003 and August 2004'
        year, month = shift(latest[0], latest[1], 12, streak)
        present, month_known, evidence = dt.date(year, month, 15), True, month_spans.get(latest)
    latest_years = list(accumulate((y for _, y in years), max))
    if present is None and latest is not None:
        told_present = present_after_told(text, marks, told_at, latest, floor, plain, years, latest_years)
        if told_present is not None:
            (present, evidence), month_known = told_present, True
    return StoryTime(
        years,
        present,
        marks,
        latest_years,
        month_known,
        stated_months,
        evidence,
    )


def first_from(start: tuple[int, int], month: int) -> tuple[int, int]:
    """The first (year, month) of ``month`` at or after ``start`` ((2004, 12) and January: (2005, 1))."""
    return (start[0], month) if month >= start[1] else (start[0] + 1, month)


def present_after_told(
    text: str,
    marks: TextMarks,
    told: list[tuple[int, int, int, bool]],
    latest: tuple[int, int],
    floor: tuple[int, int] | None,
    plain: tuple[int, int] | None,
    years: list[tuple[int, int]],
    latest_years: list[int],
) -> tuple[dt.date, Span] | None:
    """The present of a story whose year-less months, told as past, come after the latest month it states,
    with the span of the latest such month (the evidence).

    'revised down the jobs gains in December 2004' ... 'added only 146,000 jobs in January': the January
    reported is the one nearest December 2004, 2005-01, and the story is told just after it, as news of a
    month's figures is. After a state's start ('the Fed has been raising rates since June 2004', rates
    'went up five times from November 2003 ... but have remained unchanged since August') a month told is
    the first from it on ('since August' is 2004-08, 'retail sales disappointed over Christmas' 2004-12,
    the present just after). A month that comes out before the latest stated month ('talks in October and
    November 2004' ... 'speculation in August') says nothing of the present's year; nor does a record's
    bound ('the lowest since May', far back) or a month that a year stated just before it places (see
    story_year). ``told``: (start, end, month, after 'since') of the year-less months and holidays outside
    forecasts; ``latest``, ``floor``, ``plain``: the latest month the text states, as a bound, otherwise;
    ``years``, ``latest_years``: those of StoryTime.
    None when no told month comes after ``latest``.
    """
    months: list[tuple[int, Span]] = []
    placed: list[tuple[tuple[int, int], Span]] = []
    for s, e, month, since in told:
        stated = story_year_at(years, s, marks.sentence(s, e)[0], latest_years, text)
        if stated is not None:
            placed.append(((stated[1], month), (s, e)))
            continue
        if not since:
            months.append((month, (s, e)))
        elif (floor is not None or plain is not None) and not _RECORD_BEFORE.search(
            text, max(marks.clause(s, e, marks.sentence(s, e))[0], s - 60), s
        ):
            floor = max(floor or (0, 0), first_from(max(floor or (0, 0), plain or (0, 0)), month))
    placed += [(first_from(floor, month), span) for month, span in months] if floor is not None else []
    if plain is not None:
        placed += [(nearest_period(month, 12, plain[1], plain[0]), span) for month, span in months]
    after = [p for p in placed if p[0] > latest]
    if not after:
        return None
    (year, month), span = max(after)
    year, month = shift(year, month, 12, 1)
    return dt.date(year, month, 15), span


_STREAK_ORDINALS: dict[str, int] = dict(_V["streak"]["ordinals"])
#: 'for the sixth month in a row', 'the 19th consecutive expansion', 'a second successive monthly fall'.
_STREAK = re.compile(
    rf"(?<!\w)(?:(?P<w>{_cap(*_STREAK_ORDINALS)})|(?P<d>[1-9][0-9]?)(?:st|nd|rd|th))(?:[ \t\u00a0]|-)"
    rf"(?:(?:consecutive|straight|successive)(?:[ \t\u00a0]|-)(?:{_trie(*_V['streak']['nouns'])})"
    rf"|month[ \t\u00a0]in[ \t\u00a0]a[ \t\u00a0]row)(?!\w)"
)


def yearless_month(m: re.Match[str]) -> int:
    """The month of a month or day written without a year ('in late October', '10 September'), else 0."""
    kind = m.lastgroup
    if kind == "ma" and not (m["ma_y"] or m["ma_ry"] or m["ma_rel"]):
        return month_number(m["ma_m2"] or m["ma_m"])
    if kind in ("mf", "df") and not m[f"{kind}_y"]:
        return month_number(m[f"{kind}_m"])
    return 0


def holiday_month(m: re.Match[str]) -> int:
    """The month of a holiday named without a year that falls in the same month every year ('over
    Christmas': 12), else 0 (Easter moves between March and April)."""
    if m.lastgroup != "hd" or m["hd_y"] or not m["hd_n"]:
        return 0
    days = {day.month for y in (2001, 2002) if (day := holiday(HOLIDAYS[m["hd_n"]], y))}
    return days.pop() if len(days) == 1 else 0


def streak_months(text: str) -> int | None:
    """The count of the text's first streak of months ('for a sixth month in a row': 6), or None.

    A monthly series reported as the Nth in a row after the latest month a story states ('rates rose
    between November 2003 and August 2004 ... on hold for a sixth month in a row'; 'above 50 since June
    2003 ... the 19th consecutive expansion') puts the story's present N months after that month.
    """
    m = _STREAK.search(text)
    if m is None:
        return None
    return _STREAK_ORDINALS[m["w"].lower()] if m["w"] else int(m["d"])


#: Words before a year that make it the full year: 'Full year 2004', 'the whole of 2004'.
_FULL_YEAR_BEFORE = re.compile(
    r"(?<!\w)(?:full[- ]year|(?:the[ \t\u00a0]{1,3})?whole[ \t\u00a0]{1,3}of)[ \t\u00a0]{1,3}\Z", re.IGNORECASE
)
#: A year's total after its possessive: 'That took 2004's total to 2.2 million' (vocab: present.year_total).
_TOTAL_AFTER = re.compile(
    rf"['’]s[ \t\u00a0]{{1,3}}(?:full[- ]year[ \t\u00a0]{{1,3}})?(?:{_cap(*_PRESENT['year_total'])})(?!\w)"
)
_FOR_IN_BEFORE = re.compile(r"(?<!\w)(?:for|in|during)[ \t\u00a0]{1,3}\Z", re.IGNORECASE)


def _closed_period_reported(
    marks: TextMarks, s: int, e: int, point: str, granularity: str, sentence: tuple[int, int]
) -> str:
    """A period that ends with its year, in a clause that reports it as done: its kind, or '' if not.

    'period': the fourth quarter or second half of a year ('the fourth quarter of 2004'), the full
    year ('Full year 2004', 'the jobless rate for the whole of 2004 was 11.5%', 'took 2004's total to 2.2
    million': a year's total told as reached); 'year': a year in a sentence about results ('net income for 2004', 'a
    record profit in 2004', '2004 net income'). A year's results are published after it ends.
    'change': a year after a past-tense verb of change in its clause ('grew at its fastest rate in four
    years during 2004', 'has risen 1.25 points during 2004'): over if the story looks ahead to the next.
    """
    if point.endswith(("-Q4", "-H2")):
        return "period"
    if granularity != "year":
        return ""
    text = marks.text
    if _FULL_YEAR_BEFORE.search(text, max(sentence[0], s - 16), s) or _TOTAL_AFTER.match(text, e):
        return "period"
    # the results word beside the year: 'profit in 2004', 'net income for 2004', 'profits to A$67.7m for
    # 2004', '2004 net income' (not 'collapsed in 2002 and prosecutors claim that losses were hidden')
    if marks.results.any_in(e, min(sentence[1], e + 16)):
        return "year"
    near = marks.results.any_in(max(sentence[0], s - 40), s)
    if not _FOR_IN_BEFORE.search(text, max(sentence[0], s - 12), s):
        return ""
    if near:
        return "year"
    return "change" if marks.changes.any_in(max(marks.clause(s, e, sentence)[0], s - 60), s) else ""


def story_present(
    closed: list[tuple[int, Span]],
    base: list[tuple[int, int, Span]],
    forecast: dict[int, set[int]],
    forecast_spans: dict[int, Span],
    stated: tuple[int, Span] | None = None,
    told: int = 0,
) -> tuple[dt.date, Span] | None:
    """An estimate of the present of a story without a dateline, from what it reports; None when the text does not fix it.

    In order: the present year the text states by equating a deictic year with a stated one
    (``stated``, see :func:`stated_present`), on the date the other clues give when their year agrees,
    else in mid-year or, if later, just after the latest year-less month the story tells as past (``told``:
    'has fallen from the record set in late October' is this year's October, the present after it);
    results of a period ending with year Y reported as done (the fourth quarter, the second
    half, the full year, 'net income for 2004'): such results are published early the next year, so
    the present is about six weeks after Y ends. Else a month compared with 'the same month in Y':
    the month is in Y+1, the present just after it. Else forecasts for two consecutive years Y and
    Y+1 stated apart ('4.4% in 2004, but 3.3% next year', '... in 2005' in another sentence): forecasts
    cover the current year and the next, the present is within Y. A forecast for one year alone
    ('approval early in 2005') or a schedule ('payments due in 2005 and 2006') does not fix it: the
    first year may be the present or the next one. (``forecast`` maps a year to the starts of the
    sentences forecasting it; -1 stands for a 'next year' after a forecast year; ``forecast_spans`` maps it
    to the first date forecasting it.) Each estimate comes with the span of the date it rests on.
    """
    if stated is not None:
        year, span = stated
        other = story_present(closed, base, forecast, forecast_spans)
        if other is not None and other[0].year == year:
            return other
        after = dt.date(year, told, 15) + dt.timedelta(days=17) if told else dt.date(year, 1, 1)
        return min(max(dt.date(year, 7, 2), after), dt.date(year, 12, 31)), span
    if closed:
        year, span = max(closed, key=lambda c: c[0])
        return dt.date(year, 12, 31) + dt.timedelta(days=45), span
    if base:
        year, month, span = base[0]
        if month:
            y, mo = shift(year + 1, month, 12, 1)
            return dt.date(y, mo, 15), span
        return dt.date(year + 1, 7, 2), span
    pairs = sorted(y for y in forecast if y + 1 in forecast and forecast[y] | forecast[y + 1] != forecast[y])
    if not pairs:
        return None
    return dt.date(pairs[0], 7, 2), forecast_spans[pairs[0]]


#: The step of a deictic year from the present ('last year' is the present's year minus one), of the words
#: that count from it (STEPS gives the steps).
_YEAR_STEPS = {w: STEPS[w] for w in ("this", "current", "last", "next")}
#: The words of a claim before its date: numbers with their signs ('5.5%', '$4bn') and words.
_CLAIM_WORD = re.compile(r"[$£€¥]?[0-9][0-9.,]*[%a-z]*|[A-Za-z]+(?:['’][a-z]+)?")
#: Prepositions between a claim and its date, left out of the claim ('grew 5.5% in 2004').
_DATE_PREPOSITIONS = frozenset(("in", "during", "for", "over", "throughout", "of", "on"))
#: Words that alone make no claim: a claim of three of them ('the rise in') is no restatement.
_FUNCTION_WORDS = frozenset(
    ("the", "a", "an", "and", "or", "but", "to", "by", "of", "in", "its", "their", "it", "was", "is", "has", "had")
)
#: How many words before a date make its claim, and how far back (characters) they are looked for.
CLAIM_WORDS = 3
CLAIM_WINDOW = 60
#: How far after a deictic year a stated year continues its series of forecasts ('4.1% this year, dipping to
#: 4% in 2005'), in characters.
SERIES_WINDOW = 60


#: A comparison of the present, in the present tense, before 'the start of 2004' ('is still up 30% on',
#: 'are 40% higher than at'), with no past-tense word between its verb and its comparison word.
_YEAR_TO_DATE = re.compile(
    rf"(?<!\w)(?:{_cap(*_PRESENT['year_to_date_verbs'])})(?!\w)"
    rf"(?:(?!(?<!\w)(?:{'|'.join(_PRESENT['year_to_date_past'])})(?!\w))[^.;:!?]){{0,40}}?"
    rf"(?<!\w)(?:{'|'.join(_PRESENT['year_to_date_comparisons'])})(?!\w)[^.;:!?]{{0,40}}\Z"
)
_YEAR_START_PARTS = frozenset(("start", "beginning"))


def claim_key(text: str, start: int, floor: int) -> tuple[str, ...] | None:
    """The last words of the claim a date at ``start`` closes, lower case ('grew by 5.5% in 2004': grew, by,
    5.5%), within its sentence (from ``floor``); None when they are fewer than CLAIM_WORDS or only function words."""
    words = [w.lower() for w in _CLAIM_WORD.findall(text, max(floor, start - CLAIM_WINDOW), start)]
    while words and words[-1] in _DATE_PREPOSITIONS:
        words.pop()
    key = tuple(words[-CLAIM_WORDS:])
    if len(key) < CLAIM_WORDS or all(w in _FUNCTION_WORDS for w in key):
        return None
    return key


def stated_present(text: str, matches: list[re.Match[str]], marks: TextMarks) -> tuple[int, Span] | None:
    """The present year the text itself states by equating a deictic year with a stated one, with the span
    of that stated date, or None.

    Three ways: a change of the present on the start of a stated year, in the present tense ('crude is
    still up 30% on the start of 2004', 'is 40% higher than at the beginning of 2004': a running year's
    change, not 'failed to reach the levels at the start of 2004'); a claim made of a stated year and restated of a deictic one ('the economy grew by 5.5% in
    2004' ... 'the region grew by 5.5% this year': this year is 2004; 'started to grow in 2004' ...
    'started to grow last year': last year is 2004), the same last words before both; and a series of
    forecasts in one sentence that goes on from 'this year' to the stated year after it ('4.1% this year,
    dipping to 4% in 2005': consecutive years, this year is 2004), as 'in 2004, but 3.3% next year' goes
    on from a stated year (see story_present). Bounds ('by 2008') and years stated for two claims with
    the same words are no evidence. When the clues disagree, the first in the text wins.
    """
    claims: dict[tuple[str, ...], tuple[int, Span] | None] = {}
    stated: list[tuple[int, int, int]] = []  # (start, year, end) of the bare stated years that are no bound
    deictic: list[tuple[re.Match[str], int]] = []
    months: dict[int, dict[int, Span]] = {}  # month -> the years the text states it with ('July 2004'), their spans
    deictic_months: list[tuple[int, int]] = []  # (month, step) of 'July last year'
    for m in matches:
        if m.lastgroup == "ma" and not m["ma_m2"] and not m["ma_rel"]:
            if m["ma_y"] and not _is_bound(text, m.start()):
                months.setdefault(month_number(m["ma_m"]), {}).setdefault(int(m["ma_y"]), m.span())
            elif m["ma_ry"]:
                deictic_months.append((month_number(m["ma_m"]), STEPS[m["ma_ry"].lower()]))
        if m.lastgroup == "y" and m["y_part"] and m["y_part"].lower() in _YEAR_START_PARTS:
            floor = max(marks.sentence(m.start(), m.end())[0], m.start() - 2 * CLAIM_WINDOW)
            if _YEAR_TO_DATE.search(text[floor : m.start()]):  # 'is still up 30% on the start of 2004'
                return int(m["y_y"]), m.span()
        if m.lastgroup == "y" and m["y_y"] and not m["y_part"] and not m["y_mod"]:
            if _is_bound(text, m.start()) or _AMOUNT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue
            year = int(m["y_y"])
            stated.append((m.start(), year, m.end()))
            key = claim_key(text, m.start(), marks.sentence(m.start(), m.end())[0])
            if key is not None:
                earlier = claims.get(key, (year, m.span()))
                claims[key] = earlier if earlier is not None and earlier[0] == year else None
        elif m.lastgroup == "ru" and m["ru_u"] == "year" and m["ru_rel"].lower() in _YEAR_STEPS:
            deictic.append((m, _YEAR_STEPS[m["ru_rel"].lower()]))
    restated = month_restated(months, deictic_months)
    if restated is not None:
        return restated
    for m, step in deictic:
        sentence = marks.sentence(m.start(), m.end())
        key = claim_key(text, m.start(), sentence[0])
        restated = claims.get(key) if key is not None else None
        if restated is not None:
            return restated[0] - step, restated[1]
        i = bisect_left(stated, (m.end(), -1, -1))
        if step == 0 and i < len(stated) and marks.future.any_in(*sentence):
            at, following, end = stated[i]
            if at < min(sentence[1], m.end() + SERIES_WINDOW) and any(c.isdigit() for c in text[m.end() : at]):
                return following - 1, (at, end)
    return None


def month_restated(months: dict[int, dict[int, Span]], deictic: list[tuple[int, int]]) -> tuple[int, Span] | None:
    """The present year a month told with a deictic year restates: 'our announcement in July last year'
    beside 'In July 2004' makes last year 2004 and the present 2005, when the text gives that month one year
    only (else which of them is meant is not plain); the first such month in the text wins.

    ``months`` maps a month to the years the text states it with (not as a bound: 'since June 2003'), and
    each to its first span; ``deictic`` lists (month, step) of the months told with a deictic year ('October
    last year': -1). The span of the dated month comes with the year.
    """
    for month, step in deictic:
        years = months.get(month, {})
        if len(years) == 1:
            ((year, span),) = years.items()
            return year - step, span
    return None


#: The opening and the closing of an aside: a spaced dash or a bracket ('The ban - imposed in 1986 - was lifted').
_ASIDE_OPEN = re.compile(r"\s[-–—]\s|\(")
_ASIDE_CLOSE = re.compile(r"\s[-–—]\s|\)")
#: How far back (characters) an aside's opening is looked for before a year.
ASIDE_WINDOW = 200


def in_closed_aside(text: str, sentence_start: int, at: int, position: int) -> bool:
    """Whether the year at ``at`` is inside an aside that closes before ``position``: 'The ban - imposed in
    1986 after the 1988 crash - was suspended in April' (April is not 1986's)."""
    opened = _ASIDE_OPEN.search(text, max(sentence_start, at - ASIDE_WINDOW), at) is not None
    return opened and _ASIDE_CLOSE.search(text, at, position) is not None


def story_year_at(
    years: list[tuple[int, int]],
    position: int,
    sentence_start: int = 0,
    latest: list[int] | None = None,
    text: str = "",
    ahead: bool = False,
    present: dt.date | None = None,
) -> tuple[int, int] | None:
    """(where it is stated, the year) a year-less date at ``position`` belongs to: the year the story states
    nearest before it.

    Within about a paragraph (HeidelTime's narrative reference: "In 2001 ... In March" is March 2001);
    ``years`` are (position, year) of the explicit dates of the text that can anchor others, in text order.
    A year older than the latest the story has stated so far (``latest[i]``: the largest of
    ``years[: i + 1]``) anchors only in the date's own sentence (from ``sentence_start``): 'rates rose
    during 2004 from a low reached in 2001. The next meeting is in early February' is the story's
    February, not 2001's; background is dated where it is told. Nor does a year inside an aside
    of the sentence (between spaced dashes or in brackets) that closes before the date. A date in a
    clause whose events are ahead (``ahead``: 'will be launched on 1 January') takes no year from an
    earlier sentence older than the story's ``present`` (any, when the present is unknown): such years
    are reported history, and the date is after them, not in them.
    """
    i = bisect_left(years, (position, -1))
    if i and position - years[i - 1][0] <= STORY_WINDOW:
        at, year = years[i - 1]
        if text and at >= sentence_start and in_closed_aside(text, sentence_start, at, position):
            return None
        if at < sentence_start and ahead and (present is None or year < present.year):
            return None
        if latest is None or at >= sentence_start or year >= latest[i - 1]:
            return at, year
    return None


_DAY_SHAPES = ("iso", "num", "mf", "df")
#: The alternatives whose phrases may refer to the story's time (see _from_story, _story_anaphora).
_STORY_SHAPES = frozenset(("ra", "ru", "an", "pv"))


def impossible_date(m: re.Match[str]) -> bool:
    """A day the calendar does not have, written as a date: 2021-04-31, 31/04/2021, April 31, 30 February."""
    kind = m.lastgroup
    if kind == "iso":
        return make_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])) is None
    if kind == "num":
        a, b, year = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
        return all(make_date(year, mo, d) is None for mo, d in ((a, b), (b, a)))
    if kind in ("mf", "df"):
        p = kind
        year = int(m[f"{p}_y"]) if m[f"{p}_y"] else 2000  # a leap year: 29 February without a year is possible
        first = m["mf_m"] if p == "mf" else (m["df_m1"] or m["df_m"])
        second = (m["mf_m2"] or m["mf_m"]) if p == "mf" else m["df_m"]
        days = [(first, m[f"{p}_d"])] + ([(second, m[f"{p}_d2"])] if m[f"{p}_d2"] else [])
        return any(make_date(year, month_number(mo), day_number(d)) is None for mo, d in days)
    return False


def find_dates(text: str, published: dt.date | None) -> FoundDates:
    """The date expressions of a text, anchored on the publication date and on the story itself.

    In text order, each expression is resolved by its rule against the publication date, except:

    * a narrative phrase ('two months earlier', 'a year later', 'the previous year', 'that year')
      is counted from the last date the story mentioned before it (HeidelTime's reference time),
      resolution ``story_date``; with no such date, from the publication date (``relative``);
      'the same period of 2003', 'for the quarter' name the story's last period of that kind;
    * without a publication date, a year-less date ('in October', 'the first half') takes the year
      the story states within a paragraph before it, else the one it states most (``story_year``,
      see :func:`story_year_at`); a weekday takes the week of the story's last day and 'a year ago'
      just after a date counts from it (``story_date``); what still has no anchor ('last year',
      'five months ago' with no dateline) is kept as a row with an empty value, ``unanchored``;
    * a day the calendar lacks ('2021-04-31', 'April 31') is no date: an exclusion ``invalid_date``,
      so that its numerals are accounted for and never read as quantities.

    A bare year after a hedge, a currency sign or a number ('more than 2000', 'some 1998',
    'mk5 2019') is as likely an amount: those go to ``amount_like``, for the caller to keep only
    where no figure claims the number ('nearly 2010 staff' is a count, 'higher than 2003 levels' a
    year); they are no reference for the phrases after them. Unanchored counted phrases come apart
    too (``unanchored``): where a figure claims their numerals ('Nine days'), the figure is kept.
    """
    matches = list(DATE_RE.finditer(text))
    story = story_time(text, matches) if published is None else StoryTime([], None)
    marks = story.marks

    def sentences(text: str) -> TextMarks:
        """The text's sentence marks, scanned at most once (story_time's when it ran)."""
        nonlocal marks
        if marks is None:
            marks = TextMarks.of(text)
        return marks

    sure: list[DateMention] = []
    hedged: list[DateMention] = []
    excluded: list[Exclusion] = []
    unanchored: list[DateMention] = []
    history: list[DateMention] = []  # the dates found so far that have a value: the story's times
    unvalued = -1  # where the last date the text leaves without a value ends: no reference for what follows
    for m in matches:
        # 'in November [no year], down from the month before': the story's last date has no value, nor has
        # a phrase counted from it (not one counted from an earlier date of the story); 'the same quarter'
        # still names the story's last quarter, wherever it is
        known = history if not history or history[-1].end > unvalued else []
        same = m.lastgroup == "an" and bool(m["an_same"] or m["an_q"])
        reference = known[-1] if known else None
        past = past_bound(m)
        event = event_day(m)
        # the date a value is counted from (the dates table's anchor), where the rule names one
        source: DateMention | None = None
        found: list[Mention] = event if event is not None else []
        if event is None and m.lastgroup in _STORY_SHAPES:
            found = _from_story(m, reference, published)
            if found:
                source = reference
            else:
                found = _story_anaphora(m, history if same else known)
                if not found:
                    found = _previous_of_story(m, reference)
                    source = reference if found else None
        if event is None and not found:
            found = (past and _before_sentence_date(m, history, sentences(text))) or _handle(
                m, published if published is None or not past else past_anchor(published, m.lastgroup)
            )
        if not found and m.lastgroup in _DAY_SHAPES and impossible_date(m):
            excluded.append(Exclusion(m.start(), m.end(), m[0], "invalid_date"))
            continue
        year_anchor: Span | None = None
        if not found and published is None:
            ahead = story.in_future(m.start(), m.end())
            clause_ahead = story.clause_ahead(m.start(), m.end())
            stated = story_year_at(
                story.years,
                m.start(),
                story.sentence_start(m.start(), m.end()),
                story.latest_years,
                text,
                clause_ahead,
                story.present,
            )
            latest = story.latest_before(m.start())
            if stated is not None:
                year_anchor = next(((d.start, d.end) for d in reversed(history) if d.start == stated[0]), None)
            elif latest is not None:
                year_anchor = latest[1]
            found = _without_publication_date(
                m,
                stated[1] if stated else None,
                story.present,
                reference,
                latest[0] if latest else None,
                ahead,
                past and (story.present is not None or _record_bound(m, story.marks)),
                story.month_known,
            )
            source = reference
        for s, e, value, gran, how in found:
            anchor = (
                year_anchor
                if how == "story_year"
                else story.evidence
                if how == "story_present"
                else (source.start, source.end)
                if how == "story_date" and source is not None
                else None
            )
            mention = DateMention(s, e, text[s:e], value, gran, how, anchor)
            amount_like = mention.bare_year and _AMOUNT_BEFORE.search(text, max(0, s - 16), s)
            # 'Nine days later' or 'the 50 previous years' with nothing to count from yields to the duration
            # ('Nine days', '50 years'); 'two months ago' and 'the next five years' are times however little
            # anchors them
            counted = not value and ((m.lastgroup == "ra" and m["ra_d"] != "ago") or m.lastgroup == "pv")
            (hedged if amount_like else unanchored if counted else sure).append(mention)
            if value and not amount_like:
                history.append(mention)
            elif not (value or amount_like or counted or m.lastgroup in ("dx", "wd")):
                unvalued = e  # a day of the present ('today', 'on Tuesday') is no reference of the story's periods
    return FoundDates(sure, hedged, excluded, unanchored)


#: The alternatives whose value a story's present gives in years (not in months, weeks or days, which
#: the text seldom fixes: see _month_deictic): 'last year', 'next year', 'later this year', 'August last
#: year', 'last summer', 'the final three months of last year', 'the end of this year', 'the past year';
#: spans of whole years ('the next two years' is Y/Y+1, 'the past five years' Y-5/Y-1, as beside a
#: publication date of year Y: they depend on its year only) and 'a year ago', 'two years ago'.
_PRESENT_SHAPES = frozenset(("ru", "ri", "ma", "ss", "qw", "hw", "fm", "py", "mb", "sp", "ra", "cy", "tx"))


def _year_deictic(m: re.Match[str]) -> bool:
    """A deictic phrase counted in years from the present: 'last year', 'August last year', 'last summer'."""
    kind = m.lastgroup
    if kind == "ru":
        return m["ru_u"] == "year" and m["ru_rel"].lower() != "that"
    if kind == "ri":
        return m["ri_u"] == "year"
    if kind == "ma":
        return bool(m["ma_ry"])
    if kind == "ss":
        return bool(m["ss_rel"])
    if kind == "py":
        return m["py_u"] in ("year", "decade")
    if kind in ("mb", "tx"):  # 'August last year'; 'the tax year' is the one under way at the present
        return True
    if kind == "cy":  # 'this century', 'the last century' (not 'the 19th century')
        return m["cy_n"] is None
    if kind == "sp":  # 'the past year', 'the next two years', 'the past decade': whole years from the present's
        return m["sp_u"].lower().rstrip("s") in ("year", "decade")
    if kind == "ra":  # 'a year ago', 'two years ago' (not 'a year later', counted from the story's dates)
        return m["ra_d"] == "ago" and m["ra_u"].lower().startswith("year")
    if kind in ("qw", "hw", "fm"):
        return m[f"{kind}_rel"] is not None and m[f"{kind}_rel"].lower() in ("this", "last", "next", "current")
    return False


#: A past bound before a date: 'since May', 'levels not seen since March' (vocab: past_bound.before).
_PAST_BOUND_BEFORE = words_before(_V["past_bound"]["before"])


def past_bound(m: re.Match[str]) -> bool:
    """A year-less month, day or season after 'since' ('its fastest rate since May', 'since mid-September'),
    or in the clause 'since' opens ('since listing on the London Stock Exchange in June').

    Such a date is the latest one not after the present: 'since May' in February 2005 is May 2004,
    however near May 2005 is; the nearest, which suits 'in May', could put it ahead.
    """
    kind = m.lastgroup
    if kind == "ma":
        yearless = not (m["ma_y"] or m["ma_ry"] or m["ma_rel"] or m["ma_m2"] or m["ma_part"])
    elif kind in ("mf", "df"):
        yearless = not (m[f"{kind}_y"] or m[f"{kind}_d2"])
    elif kind == "ss":
        yearless = not (m["ss_y"] or m["ss_rel"])
    else:
        return False
    if not yearless:
        return False
    # 'since' binds its clause: 'since listing on the London Stock Exchange in June', 'since its launch in August'
    return (
        _PAST_BOUND_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None
        or _CLAUSE_BOUND.search(m.string, max(0, m.start() - 90), m.start()) is not None
    )


def _before_sentence_date(m: re.Match[str], history: list[DateMention], marks: TextMarks) -> list[Mention]:
    """A record's past bound after the month or day its sentence reports: the latest such date not after it.

    'House prices rose 1.1% in December - the first monthly rise since September': September is the
    one before that December, whatever the present; resolution ``story_date``. Empty when the bound is
    no record's ('have remained unchanged since August' starts a state) or the sentence reports no such
    date before it (a bound itself, 'from November 2003', is no report).
    """
    if not _record_bound(m, marks):
        return []
    start = marks.sentence(m.start(), m.end())[0]
    for earlier in reversed(history):
        if earlier.end <= start:
            break
        if (
            earlier.granularity in ("month", "day")
            and earlier.end <= m.start()
            and not _is_bound(m.string, earlier.start)
        ):
            point = dt.date.fromisoformat(earlier.value + "-15" if earlier.granularity == "month" else earlier.value)
            anchored = _handle(m, past_anchor(point, m.lastgroup))
            return [(s, e, v, g, "story_date") for s, e, v, g, how in anchored if how == "publication_date"]
    return []


def _record_bound(m: re.Match[str], marks: TextMarks | None) -> bool:
    """A past bound of a record ('its fastest rate since May', 'the first rise since September'): far back,
    before the story's present, not the start of a state that follows the story's last month."""
    if marks is None:
        return False
    sentence = marks.sentence(m.start(), m.end())
    clause = marks.clause(m.start(), m.end(), sentence)[0]
    return _RECORD_BEFORE.search(m.string, max(clause, m.start() - 60), m.start()) is not None


def past_anchor(present: dt.date, kind: str | None) -> dt.date:
    """A stand-in present about half a year back, so that the date nearest it is the latest not after ``present``.

    Days are placed by days (182 back: the same day a year ago ties and ties go to the past), months and
    seasons by months (five back: the present's own month is the latest not after it).
    """
    if kind in ("mf", "df"):
        return present - dt.timedelta(days=182)
    year, month = shift(present.year, present.month, 12, -5)
    return dt.date(year, month, 15)


def _month_deictic(m: re.Match[str]) -> bool:
    """A deictic phrase counted in months from the present: 'last month', 'earlier this month', 'later in
    the month', 'the end of next month', 'last May', 'the past 12 months', 'two months ago'."""
    kind = m.lastgroup
    if kind == "ru":
        return m["ru_u"] == "month" and m["ru_rel"].lower() != "that"
    if kind in ("ri", "py"):
        return m[f"{kind}_u"] == "month"
    if kind == "ma":
        return bool(m["ma_rel"]) and not (m["ma_y"] or m["ma_ry"])
    if kind == "sp":
        return m["sp_u"].lower().rstrip("s") in ("month", "quarter")
    if kind == "ra":
        return m["ra_d"] == "ago" and m["ra_u"].lower().startswith(("month", "quarter"))
    return False


def _of_the_present(m: re.Match[str]) -> bool:
    """A day or week only a dateline places ('on Tuesday', 'the weekend', 'down 3p on the day'): a year does not."""
    return m.lastgroup in ("wd", "we") or (m.lastgroup == "an" and m["an_dy"] is not None)


def _without_publication_date(
    m: re.Match[str],
    year: int | None,
    present: dt.date | None,
    reference: DateMention | None,
    latest: tuple[int, int, bool] | None = None,
    future: bool = False,
    past: bool = False,
    month_known: bool = False,
) -> list[Mention]:
    """A match that needs a publication date, in an article without one: on the story's time, or unanchored.

    A weekday takes the week of the story's last day (not a bound's: 'since 10 September'); a year-less date ('in October') the year the
    story states just before it (``story_year``), else the story's present when the text fixes it
    (``story_present``: in a sentence whose events are ahead, 'will open in January', the first such
    date from the present on, else the nearest), else the first such date after the latest month the story states
    (``story_year``: 'January' after 'since June 2004' is 2005-01); a deictic phrase counted in
    years ('last year', 'the next two years', 'a year ago') only the story's present, and one counted in
    months ('last month', 'the past 12 months', 'last May') the present when the text fixes its month
    (``month_known``). A past bound (``past``: 'its fastest rate since May')
    is the latest such date not after the present or that month, never the next one.
    """
    if (
        m.lastgroup == "wd"
        and reference is not None
        and reference.granularity == "day"
        and not m["wd_rel"]
        # 'its lowest close since 10 September' is no day of the story's week
        and not _is_bound(m.string, reference.start)
    ):
        day = dt.date.fromisoformat(reference.value)
        return [(s, e, v, g, "story_date") for s, e, v, g, _ in _handle(m, day)]
    kept: list[Mention] = []
    if _of_the_present(m):
        year = present = latest = None  # a weekday, the weekend, 'on the day': no year places them
    if year is not None:
        # 2 July: every month and day of its year is nearer to it than the same one of another year
        anchored = _handle(m, dt.date(year, 7, 2))
        kept = [(s, e, v, g, "story_year") for s, e, v, g, how in anchored if how == "publication_date"]
    elif present is not None:
        if future and m.lastgroup != "tx":  # 'will open in January': the first January from the present on, not
            # the nearest; 'by the end of the tax year' is the tax year under way, future or not
            present = present + dt.timedelta(days=182)
        anchored = _handle(m, past_anchor(present, m.lastgroup) if past else present)
        kept = [(s, e, v, g, "story_present") for s, e, v, g, how in anchored if how == "publication_date"]
    elif latest is not None and not future:
        # the present is after the latest month the story states: after a state's start ('since June 2004') a
        # year-less month is the first one from then on ('January' is 2005-01), as the day five and a half months
        # later is nearest to it; after a month stated otherwise, the one nearest it ('talks in October and November
        # 2004' ... 'in August' is 2004-08); not one ahead ('expects to start by the end of April'), any year after
        after = dt.date(latest[0], latest[1], 15) + dt.timedelta(days=167 if latest[2] else 0)
        if past:
            after = past_anchor(after, m.lastgroup)
        kept = [(s, e, v, g, "story_year") for s, e, v, g, how in _handle(m, after) if how == "publication_date"]
    if present is not None and (
        (m.lastgroup in _PRESENT_SHAPES and _year_deictic(m)) or (month_known and _month_deictic(m))
    ):
        kept += [(s, e, v, g, "story_present") for s, e, v, g, how in _handle(m, present) if how == "relative"]
    spans = {(s, e) for s, e, *_ in kept}
    unanchored = [(s, e, "", g, "unanchored") for s, e, _, g, _ in _handle(m, _ANY_DAY) if (s, e) not in spans]
    return sorted(kept + unanchored)


def extract_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """The date or period expressions of a text (not the hedged years), resolved to ISO 8601, in text order."""
    found = find_dates(text, published)
    return sorted(found.dates + found.unanchored, key=lambda d: (d.start, d.end))
