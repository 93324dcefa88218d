"""The time of a story without a publication date: :class:`StoryTime` and :func:`story_time`, which reads the
text's dates once, gathers the clues of the modules beside it (years, months, parts of a year, years told as done)
and lets :func:`story_present` weigh them."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate

from ..handlers import _handle
from ..marks import (
    _AHEAD_BOUND_BEFORE,
    _AMOUNT_BEFORE,
    _PRESENT,
    _RECORD_BEFORE,
    TextMarks,
    _is_attribute,
    _is_bound,
    after_preposition,
    comparison_base,
    past_bound,
    text_marks,
)
from ..values import Span, granularity_of, month_number, nearest_period, shift
from .done import (
    _BACKGROUND_KINDS,
    _RESULTS_BASE_BEFORE,
    RESULTS_BASE_WINDOW,
    _closed_period_reported,
    last_year_beside_done,
    news_done,
    results_published,
    year_not_told_done,
    years_before_forecast,
)
from .months import (
    holiday_month,
    month_after_streak,
    present_after_told,
    streak_months,
    streak_named_month,
    yearless_month,
)
from .parts import (
    _COMPARED_BEFORE,
    _PERIOD_NOUNS,
    _holiday_ahead,
    compared_part_ends_year,
    part_before_forecast_present,
    part_before_year_end,
    part_told_past,
    year_end_change,
    year_end_holiday,
    year_end_part,
    year_end_present,
    year_ending_present,
    year_entered_ahead,
    year_entered_present,
    year_part_noun,
    year_to_date_months,
)
from .stated import stated_present, story_present
from .vocab import _blank_phrases
from .years import YearBounds, first_from, lede_years, mid_year, told_after, told_ahead, year_bounds, year_turned

#: A passive estimate before a year in its sentence ('which is expected to make a loss in 2004'; vocab:
#: present.estimate_passive): the year's figure is still expected, which may be after the year has ended.
_ESTIMATE_BEFORE = re.compile(
    rf"(?<!\w)(?:is|are|was|were)[ \t\u00a0]{{1,3}}(?:still[ \t\u00a0]{{1,3}}|now[ \t\u00a0]{{1,3}})?"
    rf"(?:{_blank_phrases(_PRESENT['estimate_passive'])})(?!\w)"
)
#: How far before a year (characters, within its sentence) its passive estimate is looked for.
ESTIMATE_WINDOW = 80


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
    #: The earliest month or day the text states and puts ahead ('shares will become free to trade by February
    #: 2005'), when nothing else fixes the present: the present is before it, and the year-less dates are the
    #: latest ones not after it (see resolve._without_publication_date).
    before: tuple[dt.date, Span] | None = None
    #: (position, year) of the years stated in forecasts ('a quiet start to 2005'): they anchor only the
    #: year-less dates after them in their own sentence (see forecast_year_at).
    forecast_years: tuple[tuple[int, int], ...] = ()
    #: What the text says of the present's year: the latest year it tells as reached or done (the present is not
    #: before it) and the earliest it tells as ahead (not after it), each with the date stating it (see
    #: year_bounds); when they leave one year and nothing else places the present, it is that year's.
    bounds: YearBounds | None = None
    #: The year of every date that states one ('2004', 'October 2004', 'by 2008', 'the end of 2003'), in text order:
    #: how often the story comes back to a year (see resolve._narrative_year).
    explicit_years: tuple[int, ...] = ()
    #: (position, the year after) of the years whose results a sentence tells the publication of ('is due to reveal
    #: 2004 earnings on 19 January'): results come out after their year, so the year-less dates told after them in
    #: their sentence are of the next one (see results_year_at).
    results_out: tuple[tuple[int, int], ...] = ()

    def forecast_year_at(self, position: int, sentence_start: int) -> tuple[int, int] | None:
        """(where, year) of the last forecast year before ``position`` in its sentence: 'anticipating a quiet start to
        2005 with the market picking up in the second half' is 2005's second half."""
        i = bisect_left(self.forecast_years, (position, -1))
        return self.forecast_years[i - 1] if i and self.forecast_years[i - 1][0] >= sentence_start else None

    def results_year_at(self, position: int, sentence_start: int) -> tuple[int, int] | None:
        """(where, year) of the last year of results published before ``position`` in its sentence, as the year after
        it: 'is due to reveal 2004 earnings on 19 January' is 2005's 19 January."""
        i = bisect_left(self.results_out, (position, -1))
        return self.results_out[i - 1] if i and self.results_out[i - 1][0] >= sentence_start else None

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
        """:meth:`marks.TextMarks.clause_ahead` of the story's marks; False without them."""
        return self.marks is not None and self.marks.clause_ahead(start, end)


#: A present the rules fix: the day, the span of the date that fixes it (the evidence, None when no date does)
#: and whether the text fixes its month too (see StoryTime.month_known).
_Present = tuple[dt.date, Span | None, bool]


@dataclass(frozen=True)
class _Date:
    """A date of the text that states its year ('2004', 'October 2004', 'the first half of 2004'), with how its
    sentence tells it: read once, for every clue story_time takes from it."""

    match: re.Match[str]
    value: str
    span: Span
    #: The last point of the value ('2004-12' of '2004-10/2004-12') and its year.
    point: str
    year: int
    #: The month of a month or day ('October 2004', '3 March 2005'), 0 for a longer period.
    month: int
    granularity: str
    sentence: Span
    #: A future word anywhere in its sentence.
    future: bool
    #: A bound ('since June 2004', 'by 2010').
    bound: bool
    #: An event's year that qualifies a noun ('a 1999 agreement').
    attribute: bool
    #: A comparison's base ('down from £2.6bn in January 2004').
    base: bool
    #: No future word before it in its sentence, nor anywhere in its clause: 'is expected to be completed by April
    #: 2005 and to be earnings accretive in 2006', 'In 2004, growth will be 4.7%' are not reported.
    reported: bool

    @classmethod
    def read(cls, text: str, marks: TextMarks, m: re.Match[str], span: Span, value: str, granularity: str) -> _Date:
        """The date ``value`` that match ``m`` states at ``span``, read in its sentence."""
        s, e = span
        point = value.split("/")[-1]
        sentence = marks.sentence(s, e)
        return cls(
            match=m,
            value=value,
            span=span,
            point=point,
            year=int(point[:4]),
            month=int(point[5:7]) if granularity_of(point) in ("month", "day") else 0,
            granularity=granularity,
            sentence=sentence,
            future=marks.future.any_in(*sentence),
            bound=_is_bound(text, s),
            attribute=granularity == "year" and _is_attribute(text, s, e),
            base=comparison_base(text, s),
            reported=not (marks.future.any_in(sentence[0], e) or marks.future.any_in(*marks.clause(s, e, sentence))),
        )


@dataclass
class _Clues:
    """What story_time gathers from the dates of a text, in one pass over them in text order (:meth:`read`), for
    the rules that fix the present to weigh."""

    #: StoryTime.years.
    years: list[tuple[int, int]] = field(default_factory=list)
    #: (year, kind, span) of the periods told as done: 'period' for a quarter, half or full year, 'year' for a
    #: year's results, ... (see _closed_period_reported).
    closed: list[tuple[int, str, Span]] = field(default_factory=list)
    #: The years of sentences about the future.
    foreseen: set[int] = field(default_factory=set)
    #: The years the story looks ahead to, also as a bound ('not until the second half of 2005').
    ahead: set[int] = field(default_factory=set)
    #: Those not as a deadline ('hopes of a recovery during 2005', not 'by 2010').
    ahead_told: set[int] = field(default_factory=set)
    #: The latest year the story states outside forecasts, bounds and event attributes.
    stated: int = 0
    #: Forecast year -> the sentences (their starts) forecasting it.
    forecast: dict[int, set[int]] = field(default_factory=dict)
    #: Forecast year -> the first date forecasting it.
    forecast_spans: dict[int, Span] = field(default_factory=dict)
    #: The forecast years told at least once otherwise than as a passive estimate ('will be', 'set to double', not
    #: only 'is expected to make a loss in 2004'): see forecast_pairs.
    forecast_told: set[int] = field(default_factory=set)
    #: (year, month or 0, span) of 'the same month in 2004'.
    base: list[tuple[int, int, Span]] = field(default_factory=list)
    #: The last month named without a year, the month of a later 'the same month in 2004'.
    last_month: int | None = None
    #: (start, 'quarter' or 'half', whether it ends a year unnamed) of each part.
    parts: list[tuple[int, str, bool]] = field(default_factory=list)
    #: The latest month stated.
    latest: tuple[int, int] | None = None
    #: The latest month a bound states: a state's start, the present after it.
    floor: tuple[int, int] | None = None
    #: The latest month stated otherwise.
    plain: tuple[int, int] | None = None
    #: The latest year-less month or holiday the story tells outside forecasts ('in late October', 'Christmas').
    told: int = 0
    #: Every such month.
    told_months: set[int] = field(default_factory=set)
    #: StoryTime.stated_months: (position, latest month up to there and whether a bound states it, the span stating it).
    stated_months: list[tuple[int, tuple[int, int, bool], Span]] = field(default_factory=list)
    #: (year, month) -> the first date stating it.
    month_spans: dict[tuple[int, int], Span] = field(default_factory=dict)
    #: (start, end, month, after 'since') of the year-less months and holidays told.
    told_at: list[tuple[int, int, int, bool]] = field(default_factory=list)
    #: StoryTime.forecast_years: (start, year) of the years stated in forecasts.
    forecast_years: list[tuple[int, int]] = field(default_factory=list)
    #: The years of the dates told after a forecast word ('likely in 2005').
    coming: list[int] = field(default_factory=list)
    #: The months and days told after a forecast word (StoryTime.before).
    bounds_ahead: list[tuple[dt.date, Span]] = field(default_factory=list)
    #: (month, span) of the New Year or Christmas told as ahead.
    year_end_ahead: list[tuple[int, Span]] = field(default_factory=list)
    #: (year, span) of the years told as entered ahead ('set to enter 2005').
    entered: list[tuple[int, Span]] = field(default_factory=list)
    #: (month, span of the base) of 'in January from 108 in October last year'.
    turn: list[tuple[int, Span]] = field(default_factory=list)
    #: (start, year) of every date stating its year.
    explicit: list[tuple[int, int]] = field(default_factory=list)
    #: (year the present is at or after, span) of the dates told as past or done.
    reached: list[tuple[int, Span]] = field(default_factory=list)
    #: (year the present is at or before, span) of the dates told as ahead.
    awaited: list[tuple[int, Span]] = field(default_factory=list)
    #: Of those, the dates within a year (a month, a quarter, a day).
    awaited_within: list[tuple[int, Span]] = field(default_factory=list)
    #: (year, months, span) of 'the first 10 months of 2004' told as past.
    to_date: list[tuple[int, int, Span]] = field(default_factory=list)
    #: (year, span) of the parts before a year's end told as past ('the first half of 2004').
    early_parts: list[tuple[int, Span]] = field(default_factory=list)
    #: StoryTime.results_out: (start, year after) of the years whose results a sentence publishes.
    results_out: list[tuple[int, int]] = field(default_factory=list)

    def read(self, text: str, marks: TextMarks, m: re.Match[str]) -> None:
        """Take the clues of one match of DATE_RE: of its year-less month, holiday or part of a year, then of its
        anaphor ('the same month in 2004') or of each date it states with its year (not an amount's year)."""
        self._read_months(text, marks, m)
        self._read_year_parts(marks, m)
        if m.lastgroup == "an":
            self._read_anaphor(marks, m)
            return
        for s, e, value, granularity, how in _handle(m, None):
            point = value.split("/")[-1]
            if how != "explicit" or not point[:4].isdigit():
                continue
            self.explicit.append((s, int(point[:4])))
            if granularity == "year" and _AMOUNT_BEFORE.search(text, max(0, s - 16), s):
                continue
            date = _Date.read(text, marks, m, (s, e), value, granularity)
            self._read_ahead(text, marks, date)
            self._read_part(text, marks, date)
            self._read_done(text, marks, date)
            self._read_told(text, marks, date)
            self._read_month(text, marks, date)

    def forecast_pairs(self) -> dict[int, set[int]]:
        """``forecast`` without the years told only as a passive estimate ('which is expected to make a 800m euro
        loss in 2004' beside 'Sales are expected to fall in 2005': a late-2004 or an early-2005 present, the text does
        not say which), unless a 'next year' goes on from them in their sentence (-1 in the next year's sentences). Such
        a year stays the second of a pair ('Growth will be 3% in 2006. It is expected to slow to 2% in 2007')."""
        return {
            year: sentences
            for year, sentences in self.forecast.items()
            if year in self.forecast_told
            or year - 1 in self.forecast_told
            or -1 in sentences
            or -1 in self.forecast.get(year + 1, set())
        }

    def _read_months(self, text: str, marks: TextMarks, m: re.Match[str]) -> None:
        """A month told without a year: the base of a turn of the year ('in January from 108 in October last year',
        read against the months told before it), a month or holiday told as past outside a forecast, the last
        month named (the month of a later 'the same month in 2004')."""
        if m.lastgroup == "ma" and m["ma_ry"] and m["ma_ry"].lower() == "last" and not m["ma_m2"]:
            since_turn = year_turned(
                self.told_at, month_number(m["ma_m"]), marks.sentence(m.start(), m.end())[0], m.start()
            )
            if since_turn:
                self.turn.append((since_turn, m.span()))
        month = yearless_month(m)
        told_month = month or holiday_month(m)
        if told_month and not marks.future.any_in(*marks.sentence(m.start(), m.end())):
            self.told = max(self.told, told_month)  # 'remained closed for the Christmas holiday': the present after it
            if month:  # a holiday is told as past too, but it names no month of its own to compare
                self.told_months.add(month)
            if not _AHEAD_BOUND_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                self.told_at.append((m.start(), m.end(), told_month, past_bound(m)))
        if m.lastgroup == "ma" and not m["ma_y"] and not m["ma_ry"] and not m["ma_m2"]:
            self.last_month = month_number(m["ma_m"])

    def _read_year_parts(self, marks: TextMarks, m: re.Match[str]) -> None:
        """A year's end holiday told as ahead ('Sales usually pick up in the New Year'), and a quarter or half
        (the parts a later 'the same period of 2003' may compare)."""
        if year_end_holiday(m) and _holiday_ahead(marks, m):
            self.year_end_ahead.append((year_end_holiday(m), m.span()))
        part = year_part_noun(m)
        if part:
            self.parts.append((m.start(), part, year_end_part(m)))

    def _read_anaphor(self, marks: TextMarks, m: re.Match[str]) -> None:
        """'the same month in 2004', 'the same period of 2003': a base of comparison, and, when the part compared
        ends its year, that year's results told as done."""
        if m["an_y"] and m["an_su"] == "month" and self.last_month is not None:
            self.base.append((int(m["an_y"]), self.last_month, m.span()))
        elif m["an_y"]:
            self.base.append((int(m["an_y"]), 0, m.span()))
            sentence = marks.sentence(m.start(), m.end())
            if (
                m["an_su"] in _PERIOD_NOUNS
                and compared_part_ends_year(self.parts, m["an_su"].lower(), sentence[0])
                and not marks.future.any_in(*sentence)
            ):
                # 'in the fourth quarter were 77m euros, up from 38m in the same period of 2003': 2004's fourth
                # quarter, its results out early in 2005
                self.closed.append((int(m["an_y"]) + 1, "period", m.span()))
                self.reached.append((int(m["an_y"]) + 2, m.span()))

    def _read_ahead(self, text: str, marks: TextMarks, d: _Date) -> None:
        """A date told in a sentence about the future, after a forecast word, as a year entered ahead, or as a
        forecast's year."""
        s, e = d.span
        if not d.reported and not d.bound:
            self.foreseen.add(d.year)
        # a forecast word before the date in its sentence: 'analysts predict that more declines are likely
        # in 2005', 'will become free to trade by February 2005' (not 'children born after 1 September 2002
        # will be eligible', a past date in a sentence about the future)
        # (not an event's year, 'a 1999 agreement', nor a comparison's base, 'down from 20% in May 2002')
        if told_after(marks.future, marks, s, d.sentence[0]) and not d.attribute and not d.base:
            self.coming.append(d.year)
            if d.month:
                self.bounds_ahead.append((dt.date(d.year, d.month, 1), d.span))
        if d.granularity == "year" and year_entered_ahead(marks, s, e, d.sentence[0]):
            self.entered.append((d.year, d.span))
        if not d.reported:
            self.ahead.add(d.year)
            if not _AHEAD_BOUND_BEFORE.search(text, max(0, s - 24), s):
                self.ahead_told.add(d.year)
        if marks.ahead.any_in(*d.sentence) and d.granularity == "year" and not d.bound:
            self.forecast.setdefault(d.year, set()).add(d.sentence[0])
            self.forecast_spans.setdefault(d.year, d.span)
            if not _ESTIMATE_BEFORE.search(text, max(d.sentence[0], s - ESTIMATE_WINDOW), s):
                self.forecast_told.add(d.year)
            if marks.next_year.any_in(e, d.sentence[1]):  # '4.4% in 2004, but 3.3% next year'
                self.forecast.setdefault(d.year + 1, set()).add(-1)
                self.forecast_spans.setdefault(d.year + 1, d.span)

    def _read_part(self, text: str, marks: TextMarks, d: _Date) -> None:
        """A part of a year before its end told as past, and a running year's total."""
        s, e = d.span
        months_to_date = year_to_date_months(d.match, d.value)
        if (
            not (d.bound or d.base or _COMPARED_BEFORE.search(text, max(0, s - 24), s))
            and part_before_year_end(d.match, d.value)
            and part_told_past(marks, s, e)
        ):
            self.early_parts.append((d.year, d.span))  # 'accounted for 46% of profit in the first half of 2004'
        if d.reported and not (d.bound or d.base) and months_to_date:
            # 'a 45% increase in tourist revenues during the first 10 months of 2004': a running year's total
            self.to_date.append((d.year, months_to_date, d.span))

    def _read_done(self, text: str, marks: TextMarks, d: _Date) -> None:
        """A period whose results or change the story reports as done: the year after it has come."""
        if not d.reported or d.bound:
            return
        kind = _done_kind(text, marks, d)
        if kind:
            self.closed.append((d.year, kind, d.span))
            self.reached.append((d.year + 1, d.span))  # results 'for 2004' are out: 2005 has come

    def _read_told(self, text: str, marks: TextMarks, d: _Date) -> None:
        """A year the story states: as reported (the latest one stated, the years anchoring the year-less dates
        after them, the years reached), as results published, as a forecast's year, or as ahead."""
        s, e = d.span
        # not an event's year that qualifies a noun ('ahead of a 2007 deadline'): no year the story reports
        if not (d.future or d.bound or d.attribute):
            self.stated = max(self.stated, d.year)
        # results whose publication the sentence tells ('is due to reveal 2004 earnings on 19 January'): the
        # year is over, no year of the dates told with it
        published = d.granularity == "year" and results_published(marks, s, e, d.sentence)
        if published:
            self.results_out.append((s, d.year + 1))
        if not (d.future or d.bound or d.attribute or d.base or published):
            self.years.append((s, d.year))
            if d.month:  # 'talks were held in October 2004': 2004 has come
                self.reached.append((d.year, d.span))
        elif not (d.reported or d.bound) and d.granularity == "year" and after_preposition(text, s):
            self.forecast_years.append((s, d.year))  # 'a quiet start to 2005', not 'details of its 2004 results'
        if told_ahead(marks, s, d.sentence) and not (d.bound or d.attribute or d.base or published):
            self.awaited.append((d.year, d.span))  # 'growth is expected to slow in 2005': 2005 has not passed
            if granularity_of(d.point) != "year":  # not a span of whole years ('over 2007-2008')
                self.awaited_within.append((d.year, d.span))

    def _read_month(self, text: str, marks: TextMarks, d: _Date) -> None:
        """A month or day stated outside a forecast: the latest month stated so far, by a bound or otherwise."""
        # not a comparison's base ('down from £2.6bn in January 2004'): the story is not at that month
        if d.future or d.base or not d.month:
            return
        s, e = d.span
        # nor a record's bound ('its lowest level since June 2003'): it says only that the present is long after it
        if d.bound and _RECORD_BEFORE.search(text, max(marks.clause(s, e, d.sentence)[0], s - 60), s):
            return
        month = (d.year, d.month)
        latest = self.latest = max(self.latest or (0, 0), month)
        if d.bound:  # a state's start ('raising rates since June 2004', 'rose five times from November 2003')
            self.floor = max(self.floor or (0, 0), month)
        else:
            self.plain = max(self.plain or (0, 0), month)
        self.month_spans.setdefault(month, d.span)
        self.stated_months.append((s, (*latest, latest == self.floor), self.month_spans[latest]))


def _done_kind(text: str, marks: TextMarks, d: _Date) -> str:
    """How a reported date is told as done ('period', 'year', 'change', ...; see _closed_period_reported), or ''."""
    s, e = d.span
    kind = _closed_period_reported(marks, s, e, d.point, d.granularity, d.sentence)
    kind = kind or year_end_change(marks, d.match, s)  # 'picked up speed at the end of 2004'
    if kind == "year" and _RESULTS_BASE_BEFORE.search(text, max(d.sentence[0], s - RESULTS_BASE_WINDOW), s):
        return ""  # 'a dramatic change from the loss of 364m euros in 2003': the base compared with
    if kind and kind != "period" and year_not_told_done(marks, s, e, d.sentence):
        return ""  # 'turn a loss in 2000 into a profit the following year'
    return kind


def _done_years(
    text: str, matches: list[re.Match[str]], marks: TextMarks, clues: _Clues, bounds: YearBounds
) -> list[tuple[int, Span]]:
    """The years the story tells as done, with the dates telling them.

    A year the story also forecasts is not done ('losses deepened in 2004 ... return to profit in 2006'); a year's
    results without a quarter or half count only for the latest year the story reports; a year whose change is
    reported in the past tense is over when the story looks ahead to the next one ('GDP grew 1.7% during 2004 ...
    an increase is unlikely until the second half of 2005'). Then the results that are the story's news, the years
    told before a forecast of 'this year' and those told beside a 'last year'.
    """
    done = [
        (y, span)
        for y, kind, span in clues.closed
        if kind == "period"
        or (
            kind not in _BACKGROUND_KINDS
            and (y not in clues.foreseen or y + 1 in clues.ahead)
            and y >= clues.stated
            and (kind == "year" or y + 1 in clues.ahead)
        )
    ]
    within = year_bounds(clues.reached, clues.awaited_within)
    done += news_done(clues.closed, done, lede_years(clues.explicit, marks), bounds, within)
    done += years_before_forecast(text, matches, marks, clues.stated)
    done += last_year_beside_done(matches, marks, clues.closed, clues.stated, bounds)
    return done


def _reported_present(
    text: str, matches: list[re.Match[str]], marks: TextMarks, clues: _Clues, bounds: YearBounds
) -> _Present | None:
    """The present :func:`story_present` fixes from the years told as done and the other clues, known by its month
    when a streak's named month falls just before it; else the present a streak of months fixes."""
    done = _done_years(text, matches, marks, clues, bounds)
    equated = stated_present(text, matches, marks, bounds.floor)
    fixed = story_present(
        done,
        clues.base,
        clues.forecast_pairs(),
        clues.forecast_spans,
        equated,
        clues.told,
        frozenset(clues.told_months),
    )
    if fixed is None:
        return _streak_present(text, marks, clues)
    present, evidence = fixed
    # 'The UK's jobless total rose for the second month in a row in December' in a story whose results of 2004's
    # last quarter put it early in 2005: the figures of December 2004 are just out, the present in January (a
    # text without a streak names no month: 0, no present after it)
    after = month_after_streak(present, streak_named_month(marks, clues.told_at))
    return (present, evidence, False) if after is None else (after, evidence, True)


def _streak_present(text: str, marks: TextMarks, clues: _Clues) -> _Present | None:
    """The month a streak counts from the latest month stated ('left rates on hold for a sixth month in a row'
    after rises 'between November 2003 and August 2004'), with the span of that month; None without a streak.

    Only a streak counts the present's month; a month compared with 'the same month in 2003' was reported some
    time after it, how long the text does not say.
    """
    latest = clues.latest
    streak = streak_months(text) if latest is not None else None
    if latest is None or streak is None:
        return None
    named = streak_named_month(marks, clues.told_at)
    if named:
        # 'rose for the 11th consecutive month in December' beside 'January 2005': the streak ends in the December
        # nearest that month (after a state's start, 'has grown since June 2004', the first one from it on), and its
        # figures are told just after it
        last = first_from(latest, named) if latest == clues.floor else nearest_period(named, 12, latest[1], latest[0])
        year, month = shift(*last, 12, 1)
    else:
        year, month = shift(latest[0], latest[1], 12, streak)
    return dt.date(year, month, 15), clues.month_spans.get(latest), True


def _turn_present(clues: _Clues, forecast_year: int | None) -> _Present | None:
    """Early in the earliest year the story forecasts, just after the month a turn of the year names: 'climbed to
    110.0 in January from 108.0 in October last year' ... 'Growth will probably slow by the end of 2005'."""
    if not clues.turn or forecast_year is None:
        return None
    year, month = shift(forecast_year, clues.turn[0][0], 12, 1)
    return dt.date(year, month, 15), clues.turn[0][1], True


def _told_present(text: str, marks: TextMarks, clues: _Clues, latest_years: list[int]) -> _Present | None:
    """:func:`present_after_told`: just after the year-less months told as past after the latest month stated."""
    if clues.latest is None:
        return None
    found = present_after_told(
        text,
        marks,
        clues.told_at,
        clues.latest,
        clues.floor,
        clues.plain,
        clues.years,
        latest_years,
        clues.month_spans.get(clues.latest),
    )
    return _with_month_known(found, True)


def _to_date_present(clues: _Clues) -> _Present | None:
    """The latest running year's total told: the story is told in that year (some time after the months it covers;
    how long, the text does not say, so the present is known by its year only)."""
    if not clues.to_date:
        return None
    year, _, evidence = max(clues.to_date, key=lambda t: t[:2])
    return mid_year(year), evidence, False


def _early_part_present(
    matches: list[re.Match[str]], marks: TextMarks, clues: _Clues, bounds: YearBounds
) -> _Present | None:
    """:func:`part_before_forecast_present` of the parts before a year's end told as past, known by its year only."""
    if not clues.early_parts:
        return None
    return _with_month_known(
        part_before_forecast_present(matches, marks, clues.early_parts, clues.stated, bounds), False
    )


def _with_month_known(found: tuple[dt.date, Span] | None, month_known: bool) -> _Present | None:
    """A present and its evidence, with whether it is known by its month; None without one."""
    return None if found is None else (found[0], found[1], month_known)


def _present(
    text: str,
    matches: list[re.Match[str]],
    marks: TextMarks,
    clues: _Clues,
    bounds: YearBounds,
    latest_years: list[int],
) -> _Present | None:
    """The present the first rule that fixes one gives, in order, within the bounds: when the bounds leave one year,
    the other clues only place the present within it."""
    # the earliest year the story forecasts after every year it states as past
    forecast_year = min((year for year in clues.coming if year > clues.stated), default=None)
    # the earliest year told as ahead, not as a deadline, after every year told as past or reached
    ahead_year = min((y for y in clues.ahead_told if y > max(clues.stated, bounds.floor)), default=None)
    found = (
        _reported_present(text, matches, marks, clues, bounds)
        or _turn_present(clues, forecast_year)
        # 'Sales usually pick up in the New Year' in a story that anticipates 'a quiet start to 2005'
        or year_end_present(clues.year_end_ahead, forecast_year)
        # 'estate agents were set to enter 2005 with a third more properties': the New Year is ahead
        or _with_month_known(year_entered_present(clues.entered, clues.stated), True)
        # 'Japanese shares have ended the year at their highest level ... hopes of an economic recovery during 2005'
        or _with_month_known(year_ending_present(marks, ahead_year, clues.reached), True)
        or _told_present(text, marks, clues, latest_years)
        # 'profit in the first half of 2004' ... 'on course for a 10% rise in net income this year': the year's
        # results are still a forecast, its first half done
        or _early_part_present(matches, marks, clues, bounds)
        or _to_date_present(clues)
    )
    if bounds.year is not None and (found is None or found[0].year != bounds.year):
        return mid_year(bounds.year), bounds.evidence, False
    return found


def story_time(text: str, matches: list[re.Match[str]]) -> StoryTime:
    """The reference years and the present of an article without a publication date: the clues of its dates,
    read in one pass (:class:`_Clues`), the bounds they set on the present's year, and the present the first
    rule that fixes one gives (:func:`_present`)."""
    marks = text_marks(text)
    clues = _Clues()
    for m in matches:
        clues.read(text, marks, m)
    bounds = year_bounds(clues.reached, clues.awaited)
    latest_years = list(accumulate((y for _, y in clues.years), max))
    found = _present(text, matches, marks, clues, bounds, latest_years)
    present, evidence, month_known = found if found is not None else (None, None, False)
    return StoryTime(
        clues.years,
        present,
        marks,
        latest_years,
        month_known,
        clues.stated_months,
        evidence,
        min(clues.bounds_ahead) if clues.bounds_ahead and present is None else None,
        tuple(clues.forecast_years),
        bounds,
        tuple(year for _, year in clues.explicit),
        tuple(clues.results_out),
    )
