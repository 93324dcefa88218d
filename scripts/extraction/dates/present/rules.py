"""The time of a story without a publication date: :class:`StoryTime` and :func:`story_time`, which reads the
text's dates once, gathers the clues of the modules beside it (years, months, parts of a year, years told as done)
and lets :func:`story_present` weigh them."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from ..handlers import _handle
from ..marks import (
    _AHEAD_BOUND_BEFORE,
    _AMOUNT_BEFORE,
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
from .years import YearBounds, first_from, lede_years, mid_year, told_after, told_ahead, year_bounds, year_turned


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
