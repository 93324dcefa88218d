"""The years a story states and the bounds they set on its present.

Read by every other rule: :class:`YearBounds` (the year a story has reached and the one it still awaits), whether
a date is told as ahead or after, the lede and the years it states, a year's middle, a deictic year's step ('last
year' is -1), and :func:`story_year_at`, the year a text states before a position (outside a closed aside), which
anchors a year-less date."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from ..marks import _AMOUNT_BEFORE, _PRESENT, LazyMarks, TextMarks, _is_bound, in_since_clause
from ..values import Span
from ..vocabulary import STEPS

#: How far back (characters) a stated year anchors a year-less date: about a paragraph of news.
STORY_WINDOW = 400


@dataclass(frozen=True)
class YearBounds:
    """The bounds a text sets on its present's year: ``low`` (the present is not before it: a year told as
    reached, or the year after one told as done) and ``high`` (not after it: a year told as ahead), each with
    the span of the date that sets it, None where the text sets none."""

    low: tuple[int, Span] | None
    high: tuple[int, Span] | None

    @property
    def year(self) -> int | None:
        """The present's year when the bounds leave one year only, else None (no bound, two or more years
        between them, or bounds that conflict)."""
        if self.low is None or self.high is None or self.low[0] != self.high[0]:
            return None
        return self.low[0]

    @property
    def floor(self) -> int:
        """The year the present is not before (``low``), 0 where the text sets none or where the bounds conflict (a
        year told as done after one told as ahead: 'GM issues 2005 profits warning' over 'expects to meet its 2004
        earnings targets', one of them misread)."""
        if self.low is None or (self.high is not None and self.high[0] < self.low[0]):
            return 0
        return self.low[0]

    def allows(self, year: int) -> bool:
        """Whether ``year`` is within the bounds (a bound the text does not set allows every year)."""
        return (self.low is None or self.low[0] <= year) and (self.high is None or year <= self.high[0])

    @property
    def evidence(self) -> Span | None:
        """The span of the date that closes the bounds (the later of the two in the text), or None."""
        if self.low is None or self.high is None:
            return None
        return max(self.low[1], self.high[1])


def year_bounds(reached: list[tuple[int, Span]], awaited: list[tuple[int, Span]]) -> YearBounds:
    """The bounds of the present's year from (year, span) of the dates told as reached or done (for a period told
    as done, the year after it) and of those told as ahead: the latest of the first, the earliest of the second
    (among equal years, the first in the text)."""
    low = max(reached, key=lambda r: (r[0], -r[1][0]), default=None)
    high = min(awaited, key=lambda r: (r[0], r[1][0]), default=None)
    return YearBounds(low, high)


def told_ahead(marks: TextMarks, start: int, sentence: tuple[int, int]) -> bool:
    """Whether the date at ``start`` is told as ahead: a word that puts events ahead comes before it in its
    sentence, with no relative or reported clause between them ('is expected to slow in 2005', 'will be launched in April 2005'; not 'In 2004, it forecast a fall',
    a past act, nor 'is to pay the chief who stepped down in April 2004', where a relative clause tells the past),
    and it starts no 'since' clause."""
    return told_after(marks.ahead, marks, start, marks.subordinate.last_end_before(start, sentence[0]))


def told_after(words: LazyMarks, marks: TextMarks, start: int, floor: int) -> bool:
    """Whether one of ``words`` (future or ahead words) comes between ``floor`` and the date at ``start``, and the
    date starts no 'since' clause ('analysts predict that more declines are likely in 2005'; not 'prices have
    risen since 2003', a past bound): the shared test of told_ahead and of the years story_time counts as coming."""
    return words.any_in(floor, start) and not in_since_clause(marks.text, start)


#: How many sentences, the headline counted, make a story's lede: where news tells what it reports.
LEDE_SENTENCES = 4


def lede_end(marks: TextMarks) -> int:
    """Where a story's lede ends: after its first LEDE_SENTENCES sentences (the headline is one; empty lines
    count for none)."""
    text, count = marks.text, 0
    start = 0
    for end in marks.sentences.ends:
        if text[start:end].strip():
            count += 1
            if count == LEDE_SENTENCES:
                return end
        start = end
    return len(text)


def lede_years(explicit: list[tuple[int, int]], marks: TextMarks) -> set[int]:
    """The years the lede states (from (start, year) of the text's dates that state theirs)."""
    end = lede_end(marks)
    return {year for start, year in explicit if start < end}


def mid_year(year: int) -> dt.date:
    """The middle day of a year: where a present known by its year only is placed, every month of the year as
    near as can be."""
    first = dt.date(year, 1, 1)
    return first + (dt.date(year + 1, 1, 1) - first) // 2


def year_turned(told: list[tuple[int, int, int, bool]], base: int, sentence_start: int, position: int) -> int:
    """The year-less month told as past earlier in the sentence of a later month of last year it is compared with
    ('the index climbed to 110.0 in January from 108.0 in October last year': January, 1), else 0.

    A month before the base's month in the calendar, yet after it in the story, is in the next year: the present
    year, early in it, the present just after it (see story_time: the year is the earliest one forecast).
    """
    months = [month for start, _, month, since in told if sentence_start <= start < position and not since]
    return months[-1] if months and months[-1] < base else 0


def first_from(start: tuple[int, int], month: int) -> tuple[int, int]:
    """The first (year, month) of ``month`` at or after ``start`` ((2004, 12) and January: (2005, 1))."""
    return (start[0], month) if month >= start[1] else (start[0] + 1, month)


def year_only(present: dt.date) -> bool:
    """Whether a present from story_time is known by its year only (placed by mid_year), not by its month."""
    return present == mid_year(present.year)


#: The step of a deictic year from the present ('last year' is the present's year minus one), of the words
#: that count from it (STEPS gives the steps).
_YEAR_STEPS = {w: STEPS[w] for w in _PRESENT["year_steps"]}


def year_step(m: re.Match[str]) -> int | None:
    """The step from the present of a deictic year ('last year' -1, 'this year' or 'the current year' 0, 'next year'
    1); None for another date, and for 'the year' or 'that year', which tell the narrative's year."""
    return _YEAR_STEPS.get(m["ru_rel"].lower()) if m.lastgroup == "ru" and m["ru_u"] == "year" else None


def bare_year(text: str, m: re.Match[str]) -> bool:
    """Whether a year written alone (a 'y' match without part or modifier) is the time of a claim: not a bound
    ('since 2004') nor an amount ('more than 2000', '$2020')."""
    return not (_is_bound(text, m.start()) or _AMOUNT_BEFORE.search(text, max(0, m.start() - 16), m.start()))


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
