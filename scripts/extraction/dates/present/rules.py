"""The time of a story without a publication date: the years it states (story_year_at) and the present its text fixes (story_time, story_present)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from ...patterns import phrase_alternation
from ..handlers import _abbreviation_without_stop, _handle
from ..marks import (
    _AHEAD_BOUND_BEFORE,
    _AMOUNT_BEFORE,
    _PRESENT,
    _RECORD_BEFORE,
    LazyMarks,
    TextMarks,
    _is_attribute,
    _is_bound,
    after_preposition,
    comparison_base,
    in_since_clause,
    past_bound,
    text_marks,
    words_before,
)
from ..values import Span, granularity_of, holiday, month_number, nearest_period, ordinal_number, shift
from ..vocabulary import _V, HOLIDAYS, STEPS, _cap, _trie

#: How far back (characters) a stated year anchors a year-less date: about a paragraph of news.
STORY_WINDOW = 400


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


def story_time(text: str, matches: list[re.Match[str]]) -> StoryTime:
    """The reference years and the present of an article without a publication date."""
    marks = text_marks(text)
    years: list[tuple[int, int]] = []
    closed: list[tuple[int, str, Span]] = []  # (year, 'period' for a quarter/half/full year, 'year' for results, span)
    foreseen: set[int] = set()  # years of sentences about the future
    ahead: set[int] = set()  # years the story looks ahead to, also as a bound ('not until the second half of 2005')
    ahead_told: set[int] = set()  # those not as a deadline ('hopes of a recovery during 2005', not 'by 2010')
    stated = 0  # the latest year the story states outside forecasts, bounds and event attributes
    forecast: dict[int, set[int]] = {}  # forecast year -> the sentences (their starts) forecasting it
    forecast_spans: dict[int, Span] = {}  # forecast year -> the first date forecasting it
    base: list[tuple[int, int, Span]] = []  # (year, month or 0, span) of 'the same month in 2004'
    last_month: int | None = None
    parts: list[tuple[int, str, bool]] = []  # (start, 'quarter' or 'half', whether it ends a year unnamed) of each part
    latest: tuple[int, int] | None = None
    floor: tuple[int, int] | None = None  # the latest month a bound states: a state's start, the present after it
    plain: tuple[int, int] | None = None  # the latest month stated otherwise
    told = 0  # the latest year-less month or holiday the story tells outside forecasts ('in late October', 'Christmas')
    told_months: set[int] = set()  # every such month
    # (position, latest month up to there and whether a bound states it, the span stating it)
    stated_months: list[tuple[int, tuple[int, int, bool], Span]] = []
    month_spans: dict[tuple[int, int], Span] = {}  # (year, month) -> the first date stating it
    told_at: list[tuple[int, int, int, bool]] = []  # (start, end, month, after 'since') of those months
    forecast_years: list[tuple[int, int]] = []  # (start, year) of the years stated in forecasts
    coming: list[int] = []  # the years of the dates told after a forecast word ('likely in 2005')
    bounds_ahead: list[tuple[dt.date, Span]] = []  # the months and days told after a forecast word (before)
    year_end_ahead: list[tuple[int, Span]] = []  # (month, span) of the New Year or Christmas told as ahead
    entered: list[tuple[int, Span]] = []  # (year, span) of the years told as entered ahead ('set to enter 2005')
    turn: list[tuple[int, Span]] = []  # (month, span of the base) of 'in January from 108 in October last year'
    explicit: list[tuple[int, int]] = []  # (start, year) of every date stating its year
    reached: list[tuple[int, Span]] = []  # (year the present is at or after, span) of the dates told as past or done
    awaited: list[tuple[int, Span]] = []  # (year the present is at or before, span) of the dates told as ahead
    awaited_within: list[tuple[int, Span]] = []  # of those, the dates within a year (a month, a quarter, a day)
    to_date: list[tuple[int, int, Span]] = []  # (year, months, span) of 'the first 10 months of 2004' told as past
    # (year, span) of the parts before a year's end told as past ('the first half of 2004')
    early_parts: list[tuple[int, Span]] = []
    results_out: list[tuple[int, int]] = []  # (start, year after) of the years whose results a sentence publishes
    for m in matches:
        if m.lastgroup == "ma" and m["ma_ry"] and m["ma_ry"].lower() == "last" and not m["ma_m2"]:
            since_turn = year_turned(told_at, month_number(m["ma_m"]), marks.sentence(m.start(), m.end())[0], m.start())
            if since_turn:
                turn.append((since_turn, m.span()))
        if year_end_holiday(m) and _holiday_ahead(marks, m):
            year_end_ahead.append((year_end_holiday(m), m.span()))
        month = yearless_month(m)
        told_month = month or holiday_month(m)
        if told_month and not marks.future.any_in(*marks.sentence(m.start(), m.end())):
            told = max(told, told_month)  # 'remained closed for the Christmas holiday': the present after it
            if month:  # a holiday is told as past too, but it names no month of its own to compare
                told_months.add(month)
            if not _AHEAD_BOUND_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                told_at.append((m.start(), m.end(), told_month, past_bound(m)))
        if m.lastgroup == "ma" and not m["ma_y"] and not m["ma_ry"] and not m["ma_m2"]:
            last_month = month_number(m["ma_m"])
        part = year_part_noun(m)
        if part:
            parts.append((m.start(), part, year_end_part(m)))
        if m.lastgroup == "an":
            if m["an_y"] and m["an_su"] == "month" and last_month is not None:
                base.append((int(m["an_y"]), last_month, m.span()))
            elif m["an_y"]:
                base.append((int(m["an_y"]), 0, m.span()))
                sentence = marks.sentence(m.start(), m.end())
                if (
                    m["an_su"] in _PERIOD_NOUNS
                    and compared_part_ends_year(parts, m["an_su"].lower(), sentence[0])
                    and not marks.future.any_in(*sentence)
                ):
                    # 'in the fourth quarter were 77m euros, up from 38m in the same period of 2003': 2004's fourth
                    # quarter, its results out early in 2005
                    closed.append((int(m["an_y"]) + 1, "period", m.span()))
                    reached.append((int(m["an_y"]) + 2, m.span()))
            continue
        for s, e, value, granularity, how in _handle(m, None):
            point = value.split("/")[-1]
            if how != "explicit" or not point[:4].isdigit():
                continue
            year = int(point[:4])
            # the month of a month or day ('October 2004', '3 March 2005'), 0 for a longer period
            point_month = int(point[5:7]) if granularity_of(point) in ("month", "day") else 0
            explicit.append((s, year))
            if granularity == "year" and _AMOUNT_BEFORE.search(text, max(0, s - 16), s):
                continue
            sentence = marks.sentence(s, e)
            future = marks.future.any_in(*sentence)
            bound = _is_bound(text, s)
            attribute = granularity == "year" and _is_attribute(text, s, e)
            base_of_comparison = comparison_base(text, s)  # 'down from £2.6bn in January 2004'
            # a future word before the date in its sentence, or anywhere in its clause: 'is expected to be
            # completed by April 2005 and to be earnings accretive in 2006', 'In 2004, growth will be 4.7%'
            reported = not (marks.future.any_in(sentence[0], e) or marks.future.any_in(*marks.clause(s, e, sentence)))
            if not reported and not bound:
                foreseen.add(year)
            # a forecast word before the date in its sentence: 'analysts predict that more declines are likely
            # in 2005', 'will become free to trade by February 2005' (not 'children born after 1 September 2002
            # will be eligible', a past date in a sentence about the future)
            # (not an event's year, 'a 1999 agreement', nor a comparison's base, 'down from 20% in May 2002')
            if told_after(marks.future, marks, s, sentence[0]) and not attribute and not base_of_comparison:
                coming.append(year)
                if point_month:
                    bounds_ahead.append((dt.date(year, point_month, 1), (s, e)))
            if granularity == "year" and year_entered_ahead(marks, s, e, sentence[0]):
                entered.append((year, (s, e)))
            if not reported:
                ahead.add(year)
                if not _AHEAD_BOUND_BEFORE.search(text, max(0, s - 24), s):
                    ahead_told.add(year)
            if marks.ahead.any_in(*sentence) and granularity == "year" and not bound:
                forecast.setdefault(year, set()).add(sentence[0])
                forecast_spans.setdefault(year, (s, e))
                if marks.next_year.any_in(e, sentence[1]):  # '4.4% in 2004, but 3.3% next year'
                    forecast.setdefault(year + 1, set()).add(-1)
                    forecast_spans.setdefault(year + 1, (s, e))
            months_to_date = year_to_date_months(m, value)
            if (
                not (bound or base_of_comparison or _COMPARED_BEFORE.search(text, max(0, s - 24), s))
                and part_before_year_end(m, value)
                and part_told_past(marks, s, e)
            ):
                early_parts.append((year, (s, e)))  # 'accounted for 46% of profit in the first half of 2004'
            if reported and not (bound or base_of_comparison) and months_to_date:
                # 'a 45% increase in tourist revenues during the first 10 months of 2004': a running year's total
                to_date.append((year, months_to_date, (s, e)))
            if reported and not bound:
                kind = _closed_period_reported(marks, s, e, point, granularity, sentence)
                kind = kind or year_end_change(marks, m, s)  # 'picked up speed at the end of 2004'
                if kind == "year" and _RESULTS_BASE_BEFORE.search(text, max(sentence[0], s - RESULTS_BASE_WINDOW), s):
                    kind = ""  # 'a dramatic change from the loss of 364m euros in 2003': the base compared with
                if kind and kind != "period" and year_not_told_done(marks, s, e, sentence):
                    kind = ""  # 'turn a loss in 2000 into a profit the following year'
                if kind:
                    closed.append((year, kind, (s, e)))
                    reached.append((year + 1, (s, e)))  # results 'for 2004' are out: 2005 has come
            # not an event's year that qualifies a noun ('ahead of a 2007 deadline'): no year the story reports
            if not (future or bound or attribute):
                stated = max(stated, year)
            # results whose publication the sentence tells ('is due to reveal 2004 earnings on 19 January'): the
            # year is over, no year of the dates told with it
            published = granularity == "year" and results_published(marks, s, e, sentence)
            if published:
                results_out.append((s, year + 1))
            if not (future or bound or attribute or base_of_comparison or published):
                years.append((s, year))
                if point_month:  # 'talks were held in October 2004': 2004 has come
                    reached.append((year, (s, e)))
            elif not (reported or bound) and granularity == "year" and after_preposition(text, s):
                forecast_years.append((s, year))  # 'a quiet start to 2005', not 'details of its 2004 results'
            if told_ahead(marks, s, sentence) and not (bound or attribute or base_of_comparison or published):
                awaited.append((year, (s, e)))  # 'growth is expected to slow in 2005': 2005 has not passed
                if granularity_of(point) != "year":  # not a span of whole years ('over 2007-2008')
                    awaited_within.append((year, (s, e)))
            # a record's bound ('its lowest level since June 2003') says only that the present is long after it
            record = bound and _RECORD_BEFORE.search(text, max(marks.clause(s, e, sentence)[0], s - 60), s)
            # nor does a comparison's base ('down from £2.6bn in January 2004'): the story is not at that month
            if not future and not record and not base_of_comparison and point_month:
                latest = max(latest or (0, 0), (year, point_month))
                if bound:  # a state's start ('raising rates since June 2004', 'rose five times from November 2003')
                    floor = max(floor or (0, 0), (year, point_month))
                else:
                    plain = max(plain or (0, 0), (year, point_month))
                month_spans.setdefault((year, point_month), (s, e))
                stated_months.append((s, (*latest, latest == floor), month_spans[latest]))
    # a year the story also forecasts is not done ('losses deepened in 2004 ... return to profit in 2006');
    # a year's results without a quarter or half count only for the latest year the story reports
    # a year whose change is reported in the past tense is over when the story looks ahead to the next one
    # ('GDP grew 1.7% during 2004 ... an increase is unlikely until the second half of 2005')
    done = [
        (y, span)
        for y, kind, span in closed
        if kind == "period"
        or (
            kind not in _BACKGROUND_KINDS
            and (y not in foreseen or y + 1 in ahead)
            and y >= stated
            and (kind == "year" or y + 1 in ahead)
        )
    ]
    bounds = year_bounds(reached, awaited)
    done += news_done(closed, done, lede_years(explicit, marks), bounds, year_bounds(reached, awaited_within))
    done += years_before_forecast(text, matches, marks, stated)
    done += last_year_beside_done(matches, marks, closed, stated, bounds)
    equated = stated_present(text, matches, marks, bounds.floor)
    fixed = story_present(done, base, forecast, forecast_spans, equated, told, frozenset(told_months))
    present, evidence = fixed if fixed is not None else (None, None)
    # only a streak counts the present's month; a month compared with 'the same month in 2003' was
    # reported some time after it, how long the text does not say
    month_known = False
    streak = streak_months(text) if present is None and latest is not None else None
    if streak is not None and latest is not None:
        # 'left rates on hold for a sixth month in a row' after rises 'between November 2003 and August 2004'
        year, month = shift(latest[0], latest[1], 12, streak)
        named = streak_named_month(marks, told_at)
        if named:
            # 'rose for the 11th consecutive month in December' beside 'January 2005': the streak ends in the December
            # nearest that month (after a state's start, 'has grown since June 2004', the first one from it on), and its
            # figures are told just after it
            last = first_from(latest, named) if latest == floor else nearest_period(named, 12, latest[1], latest[0])
            year, month = shift(*last, 12, 1)
        present, month_known, evidence = dt.date(year, month, 15), True, month_spans.get(latest)
    if present is not None and not month_known:
        # 'The UK's jobless total rose for the second month in a row in December' in a story whose results of 2004's
        # last quarter put it early in 2005: the figures of December 2004 are just out, the present in January (a
        # text without a streak names no month: 0, no present after it)
        after = month_after_streak(present, streak_named_month(marks, told_at))
        if after is not None:
            present, month_known = after, True
    # the earliest year the story forecasts after every year it states as past
    forecast_year = min((year for year in coming if year > stated), default=None)
    if present is None and turn and forecast_year is not None:
        # 'climbed to 110.0 in January from 108.0 in October last year' ... 'Growth will probably slow by the end of
        # 2005': January is early in the present year, the earliest year the story forecasts
        y, mo = shift(forecast_year, turn[0][0], 12, 1)
        present, evidence, month_known = dt.date(y, mo, 15), turn[0][1], True
    if present is None:
        # 'Sales usually pick up in the New Year' in a story that anticipates 'a quiet start to 2005'
        found = year_end_present(year_end_ahead, forecast_year)
        if found is not None:
            present, evidence, month_known = *found[:2], found[2]
    if present is None:
        # 'estate agents were set to enter 2005 with a third more properties': the New Year is ahead
        entering = year_entered_present(entered, stated)
        if entering is not None:
            (present, evidence), month_known = entering, True
    if present is None:
        # 'Japanese shares have ended the year at their highest level ... hopes of an economic recovery during 2005'
        ending = year_ending_present(
            marks, min((y for y in ahead_told if y > max(stated, bounds.floor)), default=None), reached
        )
        if ending is not None:
            present, evidence, month_known = ending[0], ending[1], True
    latest_years = list(accumulate((y for _, y in years), max))
    if present is None and latest is not None:
        told_present = present_after_told(
            text, marks, told_at, latest, floor, plain, years, latest_years, month_spans.get(latest)
        )
        if told_present is not None:
            (present, evidence), month_known = told_present, True
    if present is None and early_parts:
        # 'profit in the first half of 2004' ... 'on course for a 10% rise in net income this year': the year's results
        # are still a forecast, its first half done
        found_part = part_before_forecast_present(matches, marks, early_parts, stated, bounds)
        if found_part is not None:
            (present, evidence), month_known = found_part, False
    if present is None and to_date:
        # the latest running year's total told: the story is told in that year (some time after the months it
        # covers; how long, the text does not say, so the present is known by its year only)
        year, _, evidence = max(to_date, key=lambda t: t[:2])
        present, month_known = mid_year(year), False
    if bounds.year is not None and (present is None or present.year != bounds.year):
        # the bounds leave one year: the other clues only place the present within it
        present, evidence, month_known = mid_year(bounds.year), bounds.evidence, False
    return StoryTime(
        years,
        present,
        marks,
        latest_years,
        month_known,
        stated_months,
        evidence,
        min(bounds_ahead) if bounds_ahead and present is None else None,
        tuple(forecast_years),
        bounds,
        tuple(year for _, year in explicit),
        tuple(results_out),
    )


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


#: How far before a year (characters) the verb that publishes its results may end ('give all the details of its
#: 2004 results').
PUBLISH_WINDOW = 30
#: How far after a year (characters) its results word may begin ('2004 results', '2004 net earnings').
RESULTS_WINDOW = 16
#: A verb that publishes results, and the words after it up to a year ('will give all the details of its ',
#: 'is due to reveal '; vocab: present.results_publish).
_PUBLISH_BEFORE = re.compile(rf"(?<!\w)(?:{_cap(*_PRESENT['results_publish'])})(?!\w)[^.;:!?]{{0,{PUBLISH_WINDOW}}}\Z")


def results_published(marks: TextMarks, s: int, e: int, sentence: tuple[int, int]) -> bool:
    """Whether the year at text[s:e] names results whose publication the sentence tells ('will give all the details
    of its 2004 results on 23 March', 'due to reveal 2004 earnings'): the year is not what is ahead."""
    return marks.results.any_in(e, min(sentence[1], e + RESULTS_WINDOW)) and bool(
        _PUBLISH_BEFORE.search(marks.text, sentence[0], s)
    )


def news_done(
    closed: list[tuple[int, str, Span]],
    done: list[tuple[int, Span]],
    lede: set[int],
    bounds: YearBounds,
    within: YearBounds,
) -> list[tuple[int, Span]]:
    """The results told as done (``closed``, not already ``done``) that are the story's news: of a year its lede
    (``lede``: the years it states) states too ('Reuters posted a 52% rise in profits for 2004, the group said'),
    where the ``bounds`` allow the year after them (no date told as ahead before it, no date told as past after
    it). News reports a period's results soon after it ends; results told only deeper in the story are
    background. So is a year's change told in the past tense ('China's economy has expanded by 9.5% during 2004',
    kind 'change') of a year the lede states: of the tuning stories whose lede reports a dated past-tense change,
    the gold fixes 6 of 7 to the next year (the seventh, a December estimate, restates the year as 'this year', which
    stated_present reads first). Deeper in the story such a change only bounds the present from below: statistics
    of a year are also told long after it. For such a change the README's exception is a date within the year told
    as ahead: ``within`` are the bounds that leave out whole years told as ahead, since a year's figure is still
    forecast after it ends ('Exports from China leapt during 2004' ... a deficit 'expected to rise to about $150bn
    for 2004', the full year's data not yet out)."""
    taken = {span for _, span in done}
    return [
        (y, span)
        for y, kind, span in closed
        if y in lede and span not in taken and (within if kind == "change" else bounds).allows(y + 1)
    ]


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


#: How many quarters or halves a year has, by the kind of match that names one by its ordinal.
_PER_YEAR = {"qw": 4, "hw": 2}
#: The nouns of 'the same period of 2003' that a quarter or half is compared with (vocab: present.same_part_nouns).
_PERIOD_NOUNS = frozenset(_PRESENT["same_part_nouns"])


def year_part_noun(m: re.Match[str]) -> str:
    """The noun of a quarter or half of a year named by its ordinal ('the fourth quarter', 'first-half', 'the second
    half of 2004': 'quarter', 'half'), else ''. Not the part of something else, a day's session or a match ('the
    second half of the session'): an 'of' after the match that the date's own year pattern did not take."""
    kind = m.lastgroup or ""
    if kind not in _PER_YEAR or _OF_OTHER.match(m.string, m.end()):
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
    per_year = _PER_YEAR.get(kind)
    if per_year is None or not year_part_noun(m) or any(m[f"{kind}_{g}"] for g in ("y", "y2", "rel", "own")):
        return False
    word = m[f"{kind}_o"].lower()
    return word not in STEPS and ordinal_number(word) == per_year


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


_BLANK = r"[ \t\u00a0]{1,3}"


def _blank_phrases(phrases: list[str]) -> str:
    """An alternation of literal ``phrases``, each space one to three blanks (no newline): 'as a whole'."""
    return phrase_alternation(phrases, _BLANK, longest_first=False)


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
_YEAR_ENDING_HINT = re.compile(rf"(?:the|this){_BLANK}year(?!\w)", re.IGNORECASE)
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
    latest_span: Span | None,
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
    story_year). A month told without its year that is the latest month stated otherwise ('Christmas 2004 was the
    worst for 10 years' ... 'UK retail sales fell in December') is news of that month, the present just after it;
    not one that a year stated just before it places ('The firm was founded in March 1998. In March, it opened a
    plant' is history), nor one whose stated month (at ``latest_span``) tells a change of its own or a pluperfect:
    a figure compared with, a year before ('Retail sales fell 1% in December. In December 2003, sales rose 2%').
    ``told``: (start, end, month, after 'since') of the year-less months and holidays outside
    forecasts; ``latest``, ``floor``, ``plain``: the latest month the text states, as a bound, otherwise;
    ``years``, ``latest_years``: those of StoryTime.
    None when no told month comes after ``latest`` (or is it, so told).
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
    after = [p for p in placed if p[0] > latest]
    if plain is not None:
        # the latest month stated, told again without its year ('Christmas 2004 was the worst for 10 years' ... 'UK
        # retail sales fell in December'): the story tells that month's news, after it
        nearest = [(nearest_period(month, 12, plain[1], plain[0]), span) for month, span in months]
        restated = latest_span is None or not compared_month(marks, latest_span)
        after += [p for p in nearest if p[0] > latest or (restated and p[0] == latest)]
    if not after:
        return None
    (year, month), span = max(after)
    year, month = shift(year, month, 12, 1)
    return dt.date(year, month, 15), span


def compared_month(marks: TextMarks, span: Span) -> bool:
    """Whether a stated month tells a figure compared with, not the news restated: a past-tense change in its clause
    ('In December 2003, sales rose 2%') or a pluperfect in its sentence ('In December 2003, they had risen 2%')."""
    sentence = marks.sentence(*span)
    return marks.changes.any_in(*marks.clause(*span, sentence)) or bool(_PLUPERFECT.search(marks.text, *sentence))


_STREAK_ORDINALS: dict[str, int] = dict(_V["streak"]["ordinals"])
#: 'for the sixth month in a row', 'the 19th consecutive expansion', 'a second successive monthly fall'.
_STREAK = re.compile(
    rf"(?<!\w)(?:(?P<w>{_cap(*_STREAK_ORDINALS)})|(?P<d>[1-9][0-9]?)(?:st|nd|rd|th))(?:[ \t\u00a0]|-)"
    rf"(?:(?:consecutive|straight|successive)(?:[ \t\u00a0]|-)(?:{_trie(*_V['streak']['nouns'])})"
    rf"|month[ \t\u00a0]in[ \t\u00a0]a[ \t\u00a0]row)(?!\w)"
)


#: The month groups of each pattern of months and days that may be written without a year, the last in the text
#: first ('March 30 to April 2': mf_m2, then mf_m), and the groups that give it a year (stated or deictic). Not
#: the end of a stretch ('the year to 31 March', mt): a reporting period's end, as often ahead as past.
_MONTH_GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ma": (("ma_m2", "ma_m"), ("ma_y", "ma_ry", "ma_rel")),
    "mf": (("mf_m2", "mf_m"), ("mf_y",)),
    "df": (("df_m", "df_m1"), ("df_y",)),
}


def yearless_month(m: re.Match[str]) -> int:
    """The last month of a month, day or range written without a year ('in late October', '10 September', 'March
    30 to April 2': 4), else 0."""
    groups = _MONTH_GROUPS.get(m.lastgroup or "")
    if groups is None or any(m[g] for g in groups[1]):
        return 0
    months, _ = groups
    if m.lastgroup == "ma" and _abbreviation_without_stop(m["ma_m"]):
        return 0  # 'Jan Egeland': a name, as the month's own rule reads it (no date is made of it)
    return next(month_number(m[g]) for g in months if m[g])


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


def month_after_streak(present: dt.date, month: int) -> dt.date | None:
    """The present just after the ``month`` a streak names ('rose for the second month in a row in December'), in the
    year of a ``present`` the text fixes otherwise: monthly figures are news just after their month (after December,
    the present year's January). When that present is placed by its year only, that month of its year; else only
    when it is not after the present's own month. None without a named month (0) or when none fits (a present in
    January for a streak of November)."""
    if not month:
        return None
    following = month % 12 + 1
    if not (year_only(present) or following <= present.month):
        return None
    return dt.date(present.year, following, 15)


def streak_named_month(marks: TextMarks, told: list[tuple[int, int, int, bool]]) -> int:
    """The year-less month the text's first streak names in its clause after it ('rose for the 11th consecutive
    month in December': 12), else 0. ``told``: (start, end, month, after 'since') of the months told as past."""
    m = _STREAK.search(marks.text)
    if m is None:
        return 0
    stop = marks.clause(m.start(), m.end(), marks.sentence(m.start(), m.end()))[1]
    return next((month for s, _, month, since in told if m.end() <= s < stop and not since), 0)


#: Words before a year that make it the full year: 'Full year 2004', 'the whole of 2004' (vocab:
#: present.full_year_before; any case).
_FULL_YEAR_BEFORE = re.compile(rf"(?<!\w)(?:{_blank_phrases(_PRESENT['full_year_before'])}){_BLANK}\Z", re.IGNORECASE)
#: Words after a year that make it the full year: 'For 2004 as a whole, eBay earned $778.2m' (vocab:
#: present.full_year_after; any case).
_FULL_YEAR_AFTER = re.compile(rf"{_BLANK}(?:{_blank_phrases(_PRESENT['full_year_after'])})(?!\w)", re.IGNORECASE)
#: A year's total after its possessive: 'That took 2004's total to 2.2 million' (vocab: present.year_total).
_TOTAL_AFTER = re.compile(
    rf"['’]s[ \t\u00a0]{{1,3}}(?:full[- ]year[ \t\u00a0]{{1,3}})?(?:{_cap(*_PRESENT['year_total'])})(?!\w)"
)
#: The kinds of _closed_period_reported told as background: a bound of the present, news only when the lede
#: states their year (see news_done).
_BACKGROUND_KINDS = frozenset(("fronted", "level"))
#: The prepositions that open a sentence with its year, dating its whole clause (vocab: present.fronted_year).
_FRONTED_YEAR = frozenset(_PRESENT["fronted_year"])
#: The prepositions of a year the clause reports ('rose 5% in 2004', 'for 2004'), with the blanks after them.
_FOR_IN = r"(?:for|in|during)[ \t\u00a0]{1,3}"
_FOR_IN_BEFORE = re.compile(r"(?<!\w)" + _FOR_IN + r"\Z", re.IGNORECASE)
#: A comparison's 'than' before that preposition ('prices were higher than in 2003'): the year is the base compared
#: with, not the period the clause reports.
_THAN_BEFORE = re.compile(r"(?<!\w)than[ \t\u00a0]{1,3}" + _FOR_IN + r"\Z", re.IGNORECASE)


#: How far before a year (characters, bracketed asides left out) a results word makes it a year of results
#: ('net profits of 1.33bn Australian dollars ($1bn; £550m) in 2004').
RESULTS_WINDOW = 60


def aside_length(text: str, start: int, end: int) -> int:
    """The length of the bracketed aside that closes in text[start:end] ('net profits of A$1.33bn ($1bn; £550m) in
    2004': the conversions), so that a window before a date can leave it out; 0 when there is none."""
    close = text.rfind(")", max(0, start), end)
    opening = text.rfind("(", max(0, start - 80), close) if close != -1 else -1
    return close - opening + 1 if opening != -1 else 0


#: How far before a year (characters) its clause's verb of change or level may begin ('grew 5% during 2004', 'was
#: 1.1% in 2004', 'picked up speed at the end of 2004'), and after a year that opens its sentence ('In 2003, the
#: economy expanded by 1.3%').
CHANGE_WINDOW = 60


def _closed_period_reported(
    marks: TextMarks, s: int, e: int, point: str, granularity: str, sentence: tuple[int, int]
) -> str:
    """A period that ends with its year, in a clause that reports it as done: its kind, or '' if not.

    'period': the fourth quarter or second half of a year ('the fourth quarter of 2004'), the full
    year ('Full year 2004', 'the jobless rate for the whole of 2004 was 11.5%', 'For 2004 as a whole, eBay earned',
    'took 2004's total to 2.2 million': a year's total told as reached); 'year': a year in a sentence about results ('net income for 2004', 'a
    record profit in 2004', '2004 net income'). A year's results are published after it ends.
    'change': a year after a past-tense verb of change in its clause ('grew at its fastest rate in four
    years during 2004', 'has risen 1.25 points during 2004'): over if the story looks ahead to the next, or
    if the lede states it (see news_done). 'fronted': a year that opens its sentence before such a verb ('In 2003,
    the economy expanded by 1.3%', 'During 2004, the trade surplus grew 17%'; vocab: present.fronted_year), told
    as background: over, the present after it (a bound), but not just after it unless the lede states it; so is
    'level', a year after a past-tense verb of a level ('reached the £3.3 trillion mark in 2004', 'sales totalled
    3.9 million units worldwide during 2004'; vocab: present.levels), which may be a participle ('a settlement
    reached with 46 states in 1998').
    """
    if point.endswith(("-Q4", "-H2")):
        return "period"
    if granularity != "year":
        return ""
    text = marks.text
    full_year = _FULL_YEAR_BEFORE.search(text, max(sentence[0], s - 16), s) or _FULL_YEAR_AFTER.match(text, e)
    if full_year or _TOTAL_AFTER.match(text, e):
        return "period"
    # the results word beside the year: 'profit in 2004', 'net income for 2004', 'profits to A$67.7m for
    # 2004', '2004 net income' (not 'collapsed in 2002 and prosecutors claim that losses were hidden')
    if marks.results.any_in(e, min(sentence[1], e + 16)):
        return "year"
    near = marks.results.any_in(max(sentence[0], s - RESULTS_WINDOW - aside_length(text, s - RESULTS_WINDOW, s)), s)
    # a year that opens its sentence dates the clause after it: 'In 2003, the economy expanded by 1.3%'
    fronted = text[sentence[0] : s].strip().lower() in _FRONTED_YEAR
    if not (fronted or _FOR_IN_BEFORE.search(text, max(sentence[0], s - 12), s)):
        return ""
    if _THAN_BEFORE.search(text, max(sentence[0], s - 20), s):
        return ""
    if near:
        return "year"
    clause = marks.clause(s, e, sentence)
    if marks.changes.any_in(max(clause[0], s - CHANGE_WINDOW), s):
        return "change"
    if marks.levels.any_in(max(clause[0], s - CHANGE_WINDOW), s) or previous_year_base(text, e, int(point[:4])):
        return "level"
    return "fronted" if fronted and marks.changes.any_in(e, min(clause[1], e + CHANGE_WINDOW)) else ""


#: A base of comparison right after a year, an amount in another year ('1.1% in 2004, up from just 0.3% in 2003';
#: vocab: present.base_before).
_BASE_YEAR_AFTER = re.compile(
    rf",?{_BLANK}(?:(?:up|down){_BLANK})?(?:{_blank_phrases(_PRESENT['base_before'])}){_BLANK}"
    rf"(?:[a-z]+{_BLANK})?[^\s,;:!?]*\d[^,;:!?]{{0,24}}?{_BLANK}(?:in|for){_BLANK}(?P<y>\d{{4}})(?!\w)",
    re.IGNORECASE,
)


def previous_year_base(text: str, end: int, year: int) -> bool:
    """Whether a year's figure ending at ``end`` is compared with the year before's ('Growth was 1.1% in 2004, up from
    just 0.3% in 2003'): a year's whole figure set beside the last one, so the year is over (a level told as done, a
    bound of the present; see news_done)."""
    m = _BASE_YEAR_AFTER.match(text, end)
    return m is not None and int(m["y"]) == year - 1


#: How far before a year (characters) the base word of the results compared with may begin ('compared with a loss of
#: 984m euros in 2003').
RESULTS_BASE_WINDOW = 60
#: Results compared with, just before their year: a base word, an article, up to two words, a results word, 'of' and an
#: amount ('a dramatic change from the loss of 364m euros in ', 'compared with a net loss of $2bn for '; vocab:
#: present.base_before, present.results). Not 'boost its profits by more than 40% in 2004', the year's own results.
_RESULTS_BASE_BEFORE = re.compile(
    rf"(?<!\w)(?:{_blank_phrases(_PRESENT['base_before'])}){_BLANK}(?:the|a|an){_BLANK}(?:[\w-]+{_BLANK}){{0,2}}"
    rf"(?:{_blank_phrases(_PRESENT['results'])}){_BLANK}of{_BLANK}[^\s,;:!?]*\d[^,;:!?]{{0,24}}?"
    rf"{_BLANK}(?:in|for|during){_BLANK}\Z",
    re.IGNORECASE,
)
#: Words after a year that go on to the year after it ('a profit the following year'; vocab: present.year_after).
_YEAR_AFTER = re.compile(rf"(?<!\w)(?:{_blank_phrases(_PRESENT['year_after'])})(?!\w)", re.IGNORECASE)
#: Verbs of consequence ('means a revenue shortfall during 2005'; vocab: present.consequence).
_CONSEQUENCE = re.compile(rf"(?<!\w)(?:{_blank_phrases(_PRESENT['consequence'])})(?!\w)", re.IGNORECASE)


def year_not_told_done(marks: TextMarks, s: int, e: int, sentence: tuple[int, int]) -> bool:
    """Whether a year's results, change or level at text[s:e] is told otherwise than as the latest year done: its
    sentence goes on to the year after it ('These actions helped Nissan turn a 684bn yen loss in 2000 into a 331bn yen
    profit the following year': history; not 'Profits rose 20% in 2004 and will rise again the next year', the
    year after told ahead, after a forecast word), or a verb of consequence comes before it in its clause ('The
    combination means a revenue shortfall during 2005': what follows, ahead)."""
    after = _YEAR_AFTER.search(marks.text, e, sentence[1])
    if after is not None and not marks.future.any_in(e, after.start()):
        return True
    clause = marks.clause(s, e, sentence)
    return _CONSEQUENCE.search(marks.text, clause[0], s) is not None


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


def year_only(present: dt.date) -> bool:
    """Whether a present from story_time is known by its year only (placed by mid_year), not by its month."""
    return present == mid_year(present.year)


def story_present(
    closed: list[tuple[int, Span]],
    base: list[tuple[int, int, Span]],
    forecast: dict[int, set[int]],
    forecast_spans: dict[int, Span],
    stated: tuple[int, Span, int] | None = None,
    told: int = 0,
    told_months: frozenset[int] = frozenset(),
) -> tuple[dt.date, Span] | None:
    """An estimate of the present of a story without a dateline, from what it reports; None when the text does not fix it.

    In order: the present year the text states by equating a deictic year with a stated one
    (``stated``, see :func:`stated_present`), on the date the other clues give when their year agrees,
    else in mid-year or, if later, just after the latest year-less month the story tells as past (``told``:
    'has fallen from the record set in late October' is this year's October, the present after it; the month of a
    holiday too, 'remained closed for the Christmas holiday': the present at the year's end); when
    the year rests on a month compared with the same month a year before that the story also tells without
    a year ('lending rose in January' ... 'compared with January last year' beside 'January 2004'), that
    month is the present year's (``told_months``: the year-less months told as past) and the present just
    after it, as for 'the same month in Y' below;
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
        year, span, month = stated
        other = story_present(closed, base, forecast, forecast_spans)
        if other is not None and other[0].year == year:
            return other
        if month in told_months:  # 'rose in January ... compared with January last year': January of the present year
            y, mo = shift(year, month, 12, 1)
            return dt.date(y, mo, 15), span
        after = dt.date(year, told, 15) + dt.timedelta(days=17) if told else dt.date(year, 1, 1)
        return min(max(mid_year(year), after), dt.date(year, 12, 31)), span
    if closed:
        year, span = max(closed, key=lambda c: c[0])
        return dt.date(year, 12, 31) + dt.timedelta(days=45), span
    if base:
        year, month, span = base[0]
        if month:
            y, mo = shift(year + 1, month, 12, 1)
            return dt.date(y, mo, 15), span
        return mid_year(year + 1), span
    pairs = sorted(y for y in forecast if y + 1 in forecast and forecast[y] | forecast[y + 1] != forecast[y])
    if not pairs:
        return None
    return mid_year(pairs[0]), forecast_spans[pairs[0]]


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
#: How far after a deictic year (characters) the stated year it is compared with may come ('this year be lower
#: than in 2004').
COMPARISON_WINDOW = 40
#: The words between a deictic year and the stated year it is compared with, in one clause: ' be lower than in ',
#: ', up 2.6% on ' (vocab: present.deictic_compared).
_COMPARED_WITH_YEAR = re.compile(
    rf"(?:[^.;:!?\n]|\.(?=[0-9])){{0,{COMPARISON_WINDOW}}}?(?<!\w)(?:{_cap(*_PRESENT['deictic_compared'])})"
    r"[ \t\u00a0]{1,3}\Z"
)


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


def stated_present(
    text: str, matches: list[re.Match[str]], marks: TextMarks, reached: int = 0
) -> tuple[int, Span, int] | None:
    """The present year the text itself states by equating a deictic year with a stated one, with the span
    of that stated date and the month the present year's comparison is of (0 when none: see month_restated),
    or None.

    Four ways: a change of the present on the start of a stated year, in the present tense ('crude is
    still up 30% on the start of 2004', 'is 40% higher than at the beginning of 2004': a running year's
    change, not 'failed to reach the levels at the start of 2004'); a claim made of a stated year and restated of a deictic one ('the economy grew by 5.5% in
    2004' ... 'the region grew by 5.5% this year': this year is 2004; 'started to grow in 2004' ...
    'started to grow last year': last year is 2004), the same last words before both; a deictic year compared
    in its clause with the stated year just after it ('expects earnings this year be lower than in 2004', 'sold
    95,000 cars last year, up 2.6% on 2003': news compares a year with the one before, this year is 2005 and
    last year 2004), unless that would put the present before the year the story tells as reached (``reached``,
    YearBounds.low: 'sales last year were lower than in 1998' in a story that reports 2003's profits compares a
    distant year, the present is not 2000); and a series of
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
                return int(m["y_y"]), m.span(), 0
        if m.lastgroup == "y" and m["y_y"] and not m["y_part"] and not m["y_mod"]:
            if not bare_year(text, m):
                continue
            year = int(m["y_y"])
            stated.append((m.start(), year, m.end()))
            key = claim_key(text, m.start(), marks.sentence(m.start(), m.end())[0])
            if key is not None:
                earlier = claims.get(key, (year, m.span()))
                claims[key] = earlier if earlier is not None and earlier[0] == year else None
        elif (step := year_step(m)) is not None:
            deictic.append((m, step))
    restated = month_restated(months, deictic_months)
    if restated is not None:
        return restated
    for m, step in deictic:
        sentence = marks.sentence(m.start(), m.end())
        key = claim_key(text, m.start(), sentence[0])
        claimed = claims.get(key) if key is not None else None
        if claimed is not None:
            return claimed[0] - step, claimed[1], 0
        i = bisect_left(stated, (m.end(), -1, -1))
        if i < len(stated) and _COMPARED_WITH_YEAR.match(text, m.end(), stated[i][0]):
            at, base, end = stated[i]  # 'earnings this year be lower than in 2004': this year is 2005
            if base + 1 - step >= reached:  # not 'lower than in 1998' where the story tells 2003's results as done
                return base + 1 - step, (at, end), 0
        if step == 0 and i < len(stated) and marks.future.any_in(*sentence):
            at, following, end = stated[i]
            if at < min(sentence[1], m.end() + SERIES_WINDOW) and any(c.isdigit() for c in text[m.end() : at]):
                return following - 1, (at, end), 0
    return None


#: How far before a forecast 'this year' (characters) the year told as done in its sentence may end ('Economic growth
#: in 2004 was about 4.7%, with the central bank predicting 4% growth this year').
DONE_SERIES_WINDOW = 100


def years_before_forecast(
    text: str, matches: list[re.Match[str]], marks: TextMarks, stated: int
) -> list[tuple[int, Span]]:
    """The years told as done in a sentence that goes on to forecast 'this year', with their spans: 'Economic growth
    in 2004 was about 4.7%, with the central bank predicting 4% growth this year', 'GMAC was a strong contributor to
    profits in 2004 but GM said it will do less well this year'. The two are different years and the stated one is
    over: the present is in the year after it (story_present places it early in that year, as for results).

    The year is the last bare year before 'this year' in its sentence (not a bound, 'since 2004', nor an amount's), a
    period its clause reports ('in 2004', 'for 2004', 'during 2004'; not the base of a comparison, 'higher than in
    2003'), with no forecast word in its sentence up to the end of its clause or its first comma ('Growth in 2004 will
    be 4.7%, with the bank predicting 4% this year'), a forecast word between those and 'this year' ('sales in 2004
    have risen 5% so far this year' tells one year), within DONE_SERIES_WINDOW characters; a clause that tells a
    figure of the year (a number, a results, change or level word: not an event's year, 'The company, which was
    floated in 1998, expects profits to rise this year'), of the latest year the story states (``stated``: no
    history beside a later year).
    """
    found: list[tuple[int, Span]] = []
    last: tuple[int, int, int] | None = None  # (start, year, end) of the last bare year
    pending: list[re.Match[str]] = []  # the years alone since the last 'this year', read as bare only before one
    for m in matches:
        if m.lastgroup == "y" and m["y_y"] and not m["y_part"] and not m["y_mod"]:
            pending.append(m)
        elif year_step(m) == 0:
            bare = next((y for y in reversed(pending) if bare_year(text, y)), None)
            if bare is not None:
                last = (bare.start(), int(bare["y_y"]), bare.end())
            pending.clear()
            if last and last[1] >= stated and year_done_before(text, marks, last, m.start()):
                found.append((last[1], (last[0], last[2])))
    return found


#: The kinds of _closed_period_reported that tell a year's change or level in the past tense.
_TOLD_CHANGE_KINDS = frozenset(("change", "fronted", "level"))
#: A pluperfect ('had risen', 'had already grown'): what it tells is before the time the story tells of.
_PLUPERFECT = re.compile(
    r"(?<!\w)had[ \t\u00a0]{1,3}(?:\w+ly[ \t\u00a0]{1,3})?\w+(?:ed|en|wn|un|ung|ought)(?!\w)", re.IGNORECASE
)


def last_year_beside_done(
    matches: list[re.Match[str]], marks: TextMarks, closed: list[tuple[int, str, Span]], stated: int, bounds: YearBounds
) -> list[tuple[int, Span]]:
    """The years told as done, by a past-tense change or level, in the sentence of a 'last year' or the one after it,
    with their spans: 'shortages which forced many factories onto part-time working last year. In 2004, China
    increased its generating capacity by 12.6%': the story tells one year twice, as 'last year' and as 2004, and the
    present is in the year after it (story_present places it early in that year, as for results).

    ``closed``: (year, kind, span) of the periods story_time reads as told done; of those, a year's change or level
    ('change', 'fronted', 'level': 'rose 5% in 2004', 'In 2004, X increased', 'reached $45bn in 2004'), not in a
    sentence with a pluperfect ('In 2003, sales had risen': before the year told), of the latest year the story states
    (``stated``: no history beside a later year), where the ``bounds`` allow the year after it. Not beside a 'last
    year' whose own clause tells a change or level: two years' figures side by side are compared ('Sales fell 3% last
    year, after they rose 5% in 2003', 'Exports grew 8% last year. In 2003, they rose 5%'), not one year told twice;
    nor a year whose clause holds another date: the figure is of that part ('In 2004, exports rose 12% in the third
    quarter'), the year may be running.
    """
    text = marks.text
    found: list[tuple[int, Span]] = []
    starts: list[int] = []  # the starts of the dates, in order: sorted only for a text with a 'last year'
    for m in matches:
        if year_step(m) != -1:
            continue
        starts = starts or sorted(d.start() for d in matches)
        sentence = marks.sentence(m.start(), m.end())
        own = marks.clause(m.start(), m.end(), sentence)
        if marks.changes.any_in(*own) or marks.levels.any_in(*own):
            continue
        after = marks.sentence(sentence[1] + 1, sentence[1] + 1)[1] if sentence[1] < len(text) else sentence[1]
        found += [
            (y, span)
            for y, kind, span in closed
            if kind in _TOLD_CHANGE_KINDS
            and sentence[0] <= span[0] < after
            and y >= stated
            and bounds.allows(y + 1)
            and not _PLUPERFECT.search(text, *marks.sentence(*span))
            and not other_date_in_clause(marks, starts, span)
        ]
    return found


def other_date_in_clause(marks: TextMarks, starts: list[int], span: Span) -> bool:
    """Whether the clause of the date at ``span`` holds another date (``starts``: the starts of the text's dates, in
    order): 'In 2004, exports rose 12% in the third quarter'."""
    clause = marks.clause(*span, marks.sentence(*span))
    i = bisect_left(starts, clause[0])
    return any(start != span[0] for start in starts[i : bisect_left(starts, clause[1])])


def year_step(m: re.Match[str]) -> int | None:
    """The step from the present of a deictic year ('last year' -1, 'this year' or 'the current year' 0, 'next year'
    1); None for another date, and for 'the year' or 'that year', which tell the narrative's year."""
    return _YEAR_STEPS.get(m["ru_rel"].lower()) if m.lastgroup == "ru" and m["ru_u"] == "year" else None


def bare_year(text: str, m: re.Match[str]) -> bool:
    """Whether a year written alone (a 'y' match without part or modifier) is the time of a claim: not a bound
    ('since 2004') nor an amount ('more than 2000', '$2020')."""
    return not (_is_bound(text, m.start()) or _AMOUNT_BEFORE.search(text, max(0, m.start() - 16), m.start()))


def year_done_before(text: str, marks: TextMarks, stated: tuple[int, int, int], position: int) -> bool:
    """Whether the year ``stated`` ((start, year, end)) is told as done before a 'this year' at ``position`` that its
    sentence forecasts (see years_before_forecast)."""
    at, _, end = stated
    sentence = marks.sentence(at, end)
    if position > sentence[1] or position - end > DONE_SERIES_WINDOW:
        return False
    if not _FOR_IN_BEFORE.search(text, max(sentence[0], at - 12), at) or _THAN_BEFORE.search(
        text, max(sentence[0], at - 20), at
    ):
        return False
    # the year's own clause, up to its first comma ('Economic growth in 2004 was about 4.7%,'): the clauses lack a
    # boundary at ', with'
    comma = text.find(",", end, position)
    own = min(marks.clause(at, end, sentence)[1], comma if comma != -1 else position)
    if not figure_told(text, marks, (sentence[0], own), (at, end)):
        return False
    return not marks.future.any_in(sentence[0], own) and marks.future.any_in(own, position)


_DIGIT = re.compile(r"\d")


def figure_told(text: str, marks: TextMarks, clause: Span, year: Span) -> bool:
    """Whether a clause tells a figure of the year at ``year``: a number besides the year ('Economic growth in 2004
    was about 4.7%'), or a results, change or level word ('a strong contributor to profits in 2004'); not a clause
    that only dates an event ('The company, which was floated in 1998')."""
    start, end = clause
    return bool(
        _DIGIT.search(text, start, year[0])
        or _DIGIT.search(text, year[1], end)
        or any(k.any_in(start, end) for k in (marks.results, marks.changes, marks.levels))
    )


def month_restated(months: dict[int, dict[int, Span]], deictic: list[tuple[int, int]]) -> tuple[int, Span, int] | None:
    """The present year a month told with a deictic year restates: 'our announcement in July last year'
    beside 'In July 2004' makes last year 2004 and the present 2005, when the text gives that month one year
    only (else which of them is meant is not plain); the first such month in the text wins.

    ``months`` maps a month to the years the text states it with (not as a bound: 'since June 2003'), and
    each to its first span; ``deictic`` lists (month, step) of the months told with a deictic year ('October
    last year': -1). The span of the dated month and the month itself (when the deictic year is a past one:
    'January last year' compares with the present year's January) come with the year.
    """
    for month, step in deictic:
        years = months.get(month, {})
        if len(years) == 1:
            ((year, span),) = years.items()
            return year - step, span, month if step < 0 else 0
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
