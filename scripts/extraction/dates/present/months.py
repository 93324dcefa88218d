"""The present a month fixes: year-less months told as past after the latest month a story states
(:func:`present_after_told`), a month without a year and the groups that give it one (:func:`yearless_month`),
the month of a holiday, a streak of months ('the third month in a row'), and a stated month's comparison
restated of a deictic year (:func:`month_restated`)."""

from __future__ import annotations

import datetime as dt
import re

from ..handlers import _abbreviation_without_stop
from ..marks import _RECORD_BEFORE, TextMarks
from ..values import Span, holiday, month_number, nearest_period, shift
from ..vocabulary import _V, HOLIDAYS, _cap, _trie
from .vocab import _PLUPERFECT, _blank_phrases
from .years import first_from, story_year_at, year_only


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
    rf"(?:(?:{_blank_phrases(_V['streak']['in_a_row'])})(?:[ \t\u00a0]|-)(?:{_trie(*_V['streak']['nouns'])})"
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
