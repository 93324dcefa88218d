"""The present a part of a year fixes: a quarter, a half or the months to date (:func:`year_to_date_months`,
:func:`part_before_forecast_present`), the year's end and its holidays (:func:`year_end_present`), a year entered
('entering 2005': :func:`year_entered_present`) and a year ending ('is ending the year': :func:`year_endings`,
:func:`year_ending_present`), and the change a year's end is told with."""

from __future__ import annotations

import datetime as dt
import re

from ..marks import _PRESENT, TextMarks, words_before
from ..values import PARTS_PER_YEAR, Span, ordinal_number
from ..vocabulary import STEPS
from .done import CHANGE_WINDOW
from .months import holiday_month
from .vocab import _BLANK, _blank_phrases
from .years import YearBounds, mid_year, told_after, year_step

#: The most months of a year a running total may cover and still be news of that year: a total of the first 10
#: months is out in November or December; one of the first 11 may be out in the next January.
YEAR_TO_DATE_MONTHS = 10


def year_to_date_months(m: re.Match[str], value: str) -> int:
    """How many months a running year's total covers ('the first 10 months of 2004', value 2004-01/2004-10: 10), when
    it covers at most YEAR_TO_DATE_MONTHS of them; else 0. The value of the months tells it (handlers._first_months):
    a span of months from January. Not 'the first three months' or 'the first six months' (a quarter or half, value
    2004-Q1 or 2004-H1, whose figures are told long after it too), nor 'the last eight months' (2004-05/2004-12)."""
    if m.lastgroup != "fm" or "/" not in value:
        return 0
    start, end = value.split("/")
    months = int(end[5:7]) if start.endswith("-01") else 0
    return months if months <= YEAR_TO_DATE_MONTHS else 0


def part_before_year_end(m: re.Match[str], value: str) -> bool:
    """Whether a date is a part of a stated year that ends before the year does: its first half, its first, second or
    third quarter ('the first half of 2004', 'Q3 2004', value 2004-H1, 2004-Q3), or its first months ('the first nine
    months of 2004', 2004-01/2004-09; not the first twelve)."""
    if value.endswith(("-H1", "-Q1", "-Q2", "-Q3")):
        return True
    return m.lastgroup == "fm" and "/" in value and value.split("/")[0].endswith("-01") and value[-2:] < "12"


#: The words of a comparison just before a date, which make it the base compared with ('up on the first half of
#: 2004', 'compared with the first half of 2004'; vocab: present.deictic_compared).
_COMPARED_BEFORE = words_before(_PRESENT["deictic_compared"])


def part_told_past(marks: TextMarks, s: int, e: int) -> bool:
    """Whether the date at text[s:e] is told as past: no forecast word before it in its sentence since the last
    relative clause's start, nor after it in its clause ('Jobs will also be lost in the US - which accounted for 46% of
    profit in the first half of 2004': the relative clause tells the past; not 'profit in the first half of 2005 is
    expected to rise')."""
    sentence = marks.sentence(s, e)
    clause = marks.clause(s, e, sentence)
    return not (
        marks.future.any_in(marks.subordinate.last_end_before(s, sentence[0]), s)
        or marks.future.any_in(e, marks.subordinate.next_start_after(e, clause[1]))
    )


def part_before_forecast_present(
    matches: list[re.Match[str]],
    marks: TextMarks,
    parts: list[tuple[int, Span]],
    stated: int,
    bounds: YearBounds,
) -> tuple[dt.date, Span] | None:
    """The present of a story that tells a part of a year before its end as past ('the US - which accounted for 46% of
    profit in the first half of 2004') and forecasts results 'this year' ('The bank said it was on course for a 10% rise
    in net income this year'): the year's results are not out, its first part's are, so the present is in that year
    (known by its year only), with the span of the part. The latest such year, when it is the latest year the story
    states (``stated``: not 'profit in the first half of 2003' in a story that states 2004) and the ``bounds`` allow it;
    a 'this year' after a forecast word in its sentence with a results word there (not 'Sales will rise this year', a
    figure that may be of the year after the part's). None otherwise."""
    year, span = max(parts, key=lambda p: (p[0], -p[1][0]))
    if year < stated or not bounds.allows(year):
        return None
    for m in matches:
        if year_step(m) != 0:
            continue
        sentence = marks.sentence(m.start(), m.end())
        if told_after(marks.future, marks, m.start(), sentence[0]) and marks.results.any_in(*sentence):
            return mid_year(year), span
    return None


#: The letter of the part of a year (quarter, half: :data:`PARTS_PER_YEAR`) that a match names by its ordinal, by
#: the match's kind.
_PART_LETTER = {"qw": "Q", "hw": "H"}
#: The nouns of 'the same period of 2003' that a quarter or half is compared with (vocab: present.same_part_nouns).
_PERIOD_NOUNS = frozenset(_PRESENT["same_part_nouns"])


def year_part_noun(m: re.Match[str]) -> str:
    """The noun of a quarter or half of a year named by its ordinal ('the fourth quarter', 'first-half', 'the second
    half of 2004': 'quarter', 'half'), else ''. Not the part of something else, a day's session or a match ('the
    second half of the session'): an 'of' after the match that the date's own year pattern did not take."""
    kind = m.lastgroup or ""
    if kind not in _PART_LETTER or _OF_OTHER.match(m.string, m.end()):
        return ""
    return "quarter" if kind == "qw" else "half"


#: An 'of' right after a quarter or half, naming what it is a part of when that is no year ('the second half of the
#: session'): the year pattern of the date takes 'of 2004', 'of the year', 'of last year'.
_OF_OTHER = re.compile(r"[ \t\u00a0]{1,3}of(?!\w)")


def compared_part_ends_year(parts: list[tuple[int, str, bool]], noun: str, sentence_start: int) -> bool:
    """Whether the part of a year that 'the same period' (quarter, half: ``noun``) compares, the last such part
    before it in its sentence (``parts``: (start, noun, ends a year unnamed) in text order), is one that ends its
    year, named without one ('the fourth quarter ... up from 38m in the same period of 2003'); not when a nearer
    part is compared ('fourth-quarter sales rose, and first-half profits were up on the same period of 2003')."""
    for start, part, final in reversed(parts):
        if start < sentence_start:
            return False
        if noun in ("period", part):
            return final
    return False


def year_end_part(m: re.Match[str]) -> bool:
    """Whether a date is a quarter or half that ends its year, written without one: its ordinal numbers the
    year's last ('the fourth quarter', 'the final quarter', 'the second half'; vocab: ordinals). Not 'the fourth
    quarter of 2004' nor 'of last year', nor 'the last quarter': an ordinal that is also a step (vocab: steps)
    counts back from the present, to the quarter before it."""
    kind = m.lastgroup or ""
    if not year_part_noun(m) or any(m[f"{kind}_{g}"] for g in ("y", "y2", "rel", "own")):
        return False
    word = m[f"{kind}_o"].lower()
    return word not in STEPS and ordinal_number(word) == PARTS_PER_YEAR[_PART_LETTER[kind]]


def year_end_holiday(m: re.Match[str]) -> int:
    """The month of a holiday named without a year that falls at the turn of the year (Christmas: 12, the New
    Year: 1), else 0."""
    month = 1 if m.lastgroup == "hd" and m["hd_l"] else holiday_month(m)  # 'the new year' in lower case: 1
    return month if month in (1, 12) else 0


#: Words just before a holiday that put it ahead of the story ('Dollar slides ahead of New Year', 'in time
#: for Christmas'; vocab: present.holiday_ahead_before).
_HOLIDAY_AHEAD_BEFORE = words_before(_PRESENT["holiday_ahead_before"])
#: Words just before a holiday that make it a time ('in the New Year', 'this Christmas'), not a noun's modifier
#: ('the Christmas chaos'; vocab: present.holiday_time_before).
_HOLIDAY_TIME_BEFORE = words_before(_PRESENT["holiday_time_before"])


def _holiday_ahead(marks: TextMarks, m: re.Match[str]) -> bool:
    """Whether a holiday is told as ahead: after 'ahead of' or 'in time for', or as a time ('in the New Year',
    'this Christmas') in a sentence of forecasts ('Sales usually pick up in the New Year and I am confident this
    year will be no exception'; not 'the Christmas chaos ... was likely to worsen', an event named by it)."""
    text = marks.text
    if _HOLIDAY_AHEAD_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return True
    timed = _HOLIDAY_TIME_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None
    return timed and marks.future.any_in(*marks.sentence(m.start(), m.end()))


def year_end_present(holidays: list[tuple[int, Span]], forecast_year: int | None) -> tuple[dt.date, Span, bool] | None:
    """The present of a story that tells the New Year or Christmas as ahead and forecasts a year: December of
    the year before the forecast one, with the span of the holiday and whether the month is known.

    'Dollar slides ahead of New Year' ... 'analysts predict that more declines are likely in 2005': no one
    forecasts a year in its last days, so the New Year ahead is 2005's and the story is told in December 2004
    (the month known); 'may want the latest toy this Christmas' ... 'the start of the scheme in April 2005':
    Christmas 2004 (in November or December: the month is not fixed). ``forecast_year``: the earliest year
    told after a forecast word and after every year the story states as past. None without both.
    """
    if not holidays or forecast_year is None:
        return None
    year = forecast_year - 1
    new_year = any(month == 1 for month, _ in holidays)
    return dt.date(year, 12, 20 if new_year else 10), holidays[0][1], new_year


#: A verb of entering just before a year ('set to enter 2005', 'going into 2005'; vocab: present.year_entering).
_ENTERING_BEFORE = re.compile(
    rf"(?<!\w)(?:{_blank_phrases(_PRESENT['year_entering'])}){_BLANK}\Z",
    re.IGNORECASE,
)


#: What may follow a year entered ahead: a mark that ends its clause, the text's end or a word of
#: present.year_entering_after ('set to enter 2005 with', 'will go into 2005,'; not 'going into 2008 projects').
_ENTERED_YEAR_END = re.compile(
    rf"(?:[ \t\u00a0]{{0,3}}(?:[,.;:!?)]|\Z)|{_BLANK}(?:{_blank_phrases(_PRESENT['year_entering_after'])})(?!\w))",
    re.IGNORECASE,
)


def year_entered_ahead(marks: TextMarks, s: int, e: int, sentence_start: int) -> bool:
    """Whether the year at text[s:e] is told as entered ahead: a verb of entering just before it, after a forecast word
    in its sentence, and no noun after it ('estate agents were set to enter 2005', 'retailers will go into 2005 with
    high stocks'; not 'the firm entered 2005 debt-free', a past act, nor 'prices have risen since 2003', nor 'the
    minister will say how much is going into 2008 projects', the year a noun's)."""
    return (
        _ENTERING_BEFORE.search(marks.text, max(sentence_start, s - 24), s) is not None
        and _ENTERED_YEAR_END.match(marks.text, e) is not None
        and told_after(marks.future, marks, s, sentence_start)
    )


def year_entered_present(entered: list[tuple[int, Span]], stated: int) -> tuple[dt.date, Span] | None:
    """The present of a story that tells a year as entered ahead ('Rightmove said estate agents were set to enter 2005
    with a third more properties on their books than a year ago'): the last days of the year before it, as for the New
    Year told as ahead (see year_end_present), with the span of the year. The earliest such year after every year the
    story states as past (``stated``: no history, 'was set to enter 2001 debt-free' in a story of 2004's results);
    None without one."""
    ahead = [(y, span) for y, span in entered if y > stated]
    if not ahead:
        return None
    year, span = min(ahead)
    return dt.date(year - 1, 12, 20), span


_ENDING_VERBS = _blank_phrases(_PRESENT["year_ending"])
#: A year told as ending now: 'have ended the year', 'are finishing the year', 'ending this year on a high note'
#: (vocab: present.year_ending, present.year_ending_this, present.year_ending_this_after); 'this year' only before
#: where it ends, not as the time of an end ('Two mines have closed this year', 'the tax break ending this year').
_YEAR_ENDING = re.compile(
    rf"(?<!\w)(?:(?:{_ENDING_VERBS}){_BLANK}the{_BLANK}year"
    rf"|(?:{_ENDING_VERBS}|{_blank_phrases(_PRESENT['year_ending_this'])}){_BLANK}this{_BLANK}year"
    rf"(?={_BLANK}(?:\d|(?:{_blank_phrases(_PRESENT['year_ending_this_after'])})(?!\w))))(?!\w)",
    re.IGNORECASE,
)


#: 'the year' / 'this year', which every match of _YEAR_ENDING ends with: a cheap search for where one may be.
_YEAR_ENDING_HINT = re.compile(
    rf"(?:{_blank_phrases(_PRESENT['year_ending_determiners'])}){_BLANK}year(?!\w)", re.IGNORECASE
)
#: The most characters a match of _YEAR_ENDING has before its 'the' or 'this': the longest verb, its spaces as
#: three blanks, and three blanks after it.
_YEAR_ENDING_LEAD = (
    max(len(w) + 2 * w.count(" ") for w in (*_PRESENT["year_ending"], *_PRESENT["year_ending_this"])) + 3
)


def year_endings(text: str) -> list[re.Match[str]]:
    """The matches of _YEAR_ENDING in ``text``, in order, as its ``finditer`` gives them, searched for only just
    before a 'the year' or 'this year' (the regex tried at every position cost 4% of the extraction)."""
    found: list[re.Match[str]] = []
    last = 0
    for hint in _YEAR_ENDING_HINT.finditer(text):
        for start in range(max(last, hint.start() - _YEAR_ENDING_LEAD), hint.start() + 1):
            m = _YEAR_ENDING.match(text, start)
            if m is not None:
                found.append(m)
                last = m.end()
                break
    return found


def year_ending_present(
    marks: TextMarks, forecast_year: int | None, reached: list[tuple[int, Span]]
) -> tuple[dt.date, Span] | None:
    """The present of a story that tells its year as ending now ('Japanese shares have ended the year at their highest
    level since 13 July', 'has consumers ending this year on a high note'), outside a forecast: late December, with
    the span of the phrase. Its year is the one before ``forecast_year`` (the earliest year the story tells as ahead,
    not as a deadline, after every year it states as done: 'amidst hopes of an economic recovery during 2005', not
    'aims to halve its debt by 2010'), else the latest year the
    sentence itself tells as reached (``reached``: (year, span) of the dates told as past: 'Oil prices are finishing
    the year roughly 30% higher than they were in January 2004'); None without either, or when the phrase is in a
    forecast ('it's going to be a steady track upward in 2005, finishing the year around $1.40')."""
    for m in year_endings(marks.text):
        sentence = marks.sentence(m.start(), m.end())
        if marks.future.any_in(sentence[0], m.start()):
            continue
        told = [year for year, span in reached if sentence[0] <= span[0] < sentence[1]]
        year = forecast_year - 1 if forecast_year is not None else max(told, default=None)
        if year is not None:
            return dt.date(year, 12, 20), m.span()
    return None


#: The parts and the modifier that put a year's date at its end ('the end of 2004', 'late 2004'; vocab:
#: present.year_end_parts).
_YEAR_END_PARTS = frozenset(_PRESENT["year_end_parts"])


def year_end_change(marks: TextMarks, m: re.Match[str], s: int) -> str:
    """'change' for a year's end told after a past-tense verb of change in its clause ('The French economy picked up
    speed at the end of 2004', 'prices fell in late 2004'): the year is told as done, as by 'grew 5% during 2004' (see
    _closed_period_reported); else ''. ``s``: where the date starts (its part or modifier)."""
    if m.lastgroup != "y" or (m["y_part"] or m["y_mod"] or "").lower() not in _YEAR_END_PARTS:
        return ""
    clause = marks.clause(s, m.end(), marks.sentence(s, m.end()))
    return "change" if marks.changes.any_in(max(clause[0], s - CHANGE_WINDOW), s) else ""
