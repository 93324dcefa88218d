"""Phrases counted from the story's own dates: 'two months earlier', 'the previous year', 'the same period of 2003', 'the quarter'."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..mentions import DateMention
from .handlers import Mention, _count, _counted_months
from .marks import _FUTURE, base_phrase, since_before
from .values import (
    _shift_interval,
    first_month,
    granularity_of,
    iso_year,
    last_day,
    month_span,
    quarter_of,
    shift,
    shift_value,
)
from .vocabulary import DAY_ANAPHORA, NARRATIVE_DIRECTIONS, NARRATIVE_STEPS, STEPS


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


#: The units a narrative phrase may count from the story's last date of that unit when its last date is a year.
_FINER_UNITS = frozenset(("quarter", "month"))


def unit_reference(m: re.Match[str], reference: DateMention | None, known: list[DateMention]) -> DateMention | None:
    """The story's last quarter (month) for 'the previous quarter' ('month') whose last date is a year, which it
    cannot be counted from: 'in the last three months of 2004 ... since records began in 1971 ... rose to 4.7% from
    4.6% in the previous quarter' is 2004-Q3. ``known``: the dates with a value so far, in text order. None when
    the phrase is no such count, the last date is not a year, or the story has no date of that unit."""
    step = _narrative(m)
    if step is None or step[0] not in _FINER_UNITS or reference is None or reference.granularity != "year":
        return None
    return next((d for d in reversed(known) if d.granularity == step[0]), None)


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


#: A base word of a comparison before a date in its clause ('compared unfavourably with 2003's 784m euro
#: figure', 'up from 2.4bn euros in 2003'): the date is what the story's period is compared with; or a deadline's
#: word right before it ('hopes to revive its fortunes by 2006'): a bound, no period the story reports.
_BASE_BEFORE_DATE = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:compar(?:ed|es|ing|ison)(?:\s+[a-z]+ly)?\s+(?:with|to)|from|than|against|versus)(?![A-Za-z])"
    r"(?:[^,;:.!?]|(?<=[0-9])[.,](?=[0-9])){0,40}|(?:by|until|till)\s+(?:the\s+)?)\Z"
)


#: The 'from' right before a range that opens with it ('from December 2004 to April 2005').
_RANGE_FROM = re.compile(r"(?i)(?<![A-Za-z])from\s+\Z")
#: The word that closes a 'from ... to' range in its quote ('December 2004 to April 2005'); a span written as one
#: ('2003-04') after 'from' is a base ('up from 2003-04's £4m').
_RANGE_TO = re.compile(r"(?i)\s(?:to|until|till|through)\s")


def _base_date(text: str, d: DateMention) -> bool:
    """Whether the date ``d`` is the base of a comparison or a deadline (:data:`_BASE_BEFORE_DATE`), not a period
    the story reports: 'For the year as a whole' after 'compared with 2003's 784m euro figure' is the year reported.
    A range's own 'from' ('for delivery from December 2004 to April 2005') is no base; a span's ('up from 2003-04') is."""
    if _RANGE_TO.search(d.quote) and _RANGE_FROM.search(text, max(0, d.start - 10), d.start):
        return False
    return _BASE_BEFORE_DATE.search(text, max(0, d.start - 60), d.start) is not None


def _compared(text: str, d: DateMention) -> bool:
    """Whether the story's date ``d`` is told as a comparison ('the previous quarter', 'a year earlier') or is a
    comparison's base or a deadline by position (:func:`_base_date`): no period the story reports."""
    return _COMPARISON_QUOTE.search(d.quote) is not None or _base_date(text, d)


def _reported_period(text: str, candidates: list[DateMention]) -> DateMention | None:
    """The first of ``candidates`` (the story's dates of a unit, latest first) that is the period the story reports:
    neither told as a comparison ('the previous quarter') nor a comparison's base by position ('down from $1bn in the
    fourth quarter of 2005'), so 'the same quarter a year earlier' after both is the reported quarter's; the latest
    candidate when every one is either. None without candidates."""
    reported = (d for d in candidates if not _compared(text, d))
    return next(reported, None) or next(iter(candidates), None)


def _step_from_reported(text: str, candidates: list[DateMention], unit: str, n: int) -> tuple[str, str] | None:
    """The period ``n`` units from the period the story reports (:func:`_reported_period` of ``candidates``, the
    story's dates latest first, at least one), or from its latest date when that step lands on a date it named after
    the reported one: 'up from £4m in 2003. The year before, ...' walks on to 2002, it does not name 2003 again,
    while after 'down from $1bn in the fourth quarter of 2005' 'the quarter before' a fourth quarter of 2006 is its
    third."""
    counted = _reported_period(text, candidates) or candidates[0]
    shifted = shift_value(counted.value, unit, n)
    later = candidates[: candidates.index(counted)]
    if shifted and any(d.value == shifted[0] for d in later):
        return shift_value(candidates[0].value, unit, n)
    return shifted


#: Characters before a date within which a word of forecast in its clause makes the date a forecast's.
FORECAST_WINDOW = 50
#: What ends a clause, looking back from a date.
_CLAUSE_MARK = re.compile(r"[.;:!?,()]")


def _forecast_before(text: str, d: DateMention) -> bool:
    """Whether a word of forecast comes before the date ``d`` in its clause, within :data:`FORECAST_WINDOW` characters
    ('amidst hopes of an economic recovery during 2005', 'the outlook for 2005'): a time the story looks to, not the
    one it reports (vocab: present.future and present.outlook)."""
    # searched in the text, not a slice of it: a slice could begin inside a word ('good|will charges for 2004')
    start = max(0, d.start - FORECAST_WINDOW)
    cut = max((found.end() for found in _CLAUSE_MARK.finditer(text, start, d.start)), default=start)
    return _FUTURE.search(text, cut, d.start) is not None


def _reported_year(
    m: re.Match[str], history: list[DateMention], ahead: Callable[[int, int], bool]
) -> DateMention | None:
    """The story's last date whose year 'for the full year' or 'during the year' takes: not a comparison's base ('a
    year earlier', 'up from 2.4bn euros in 2003'), a deadline ('by 2006'), a record's start ('since early 2002'), nor,
    for a year told as past, a date told ahead (``ahead``: whether the clause of a span puts it ahead, 'predicted that
    it will outperform the market in 2005' ... 'During the year WPP bought US rival Grey'; read only here, for the
    dates this walk reaches). None when every date of the last twenty is one of those."""
    past = not ahead(m.start(), m.end())
    for d in reversed(history[-20:]):
        if _compared(m.string, d):
            continue
        if since_before(m.string, d.start) or (past and (ahead(d.start, d.end) or _forecast_before(m.string, d))):
            continue
        return d
    return None


def _story_anaphora(m: re.Match[str], history: list[DateMention], ahead: Callable[[int, int], bool]) -> list[Mention]:
    """The same period of 2003 (the story's period, in 2003), the year before, the quarter (the story's quarter).

    ``ahead``: whether the clause of a span (this one's, a date's) puts it ahead (see :func:`_reported_year`)."""
    if m.lastgroup != "an" or not history or m["an_ye"]:
        return []
    if m["an_fy"] or m["an_yr"]:  # 'for the full year', 'during the year': the year of the story's last period
        own = _reported_year(m, history, ahead)
        year = own.value.split("/")[-1][:4] if own is not None else ""
        return [(m.start(), m.end(), year, "year", "story_date")] if year.isdigit() else []
    if m["an_ago"]:  # 'the year-ago period': the story's last period, a year before
        shifted = shift_value(history[-1].value, "year", -1)
        return [(m.start(), m.end(), *shifted, "story_date")] if shifted else []
    if m["an_d"]:  # 'the year before': one unit before or after the story's last date that is no comparison's base
        shifted = _step_from_reported(m.string, history[-20:][::-1], m["an_u"], -1 if m["an_d"] == "before" else 1)
        return [(m.start(), m.end(), *shifted, "story_date")] if shifted else []
    if m["an_mo"]:  # 'during the month': the story's last month
        last = history[-1]
        if last.granularity not in ("month", "day"):
            return []
        return [(m.start(), m.end(), last.value[:7], "month", "story_date")]
    if m["an_dr"]:  # 'that day', 'the previous day': from the story's last date, when it is a day just before
        return _day_anaphor(m, history[-1])
    if m["an_pd"]:  # 'that date': the story's last day; 'this period': its last period
        days_only = m["an_pd"] == "date"
        referent = next((d for d in reversed(history[-20:]) if not days_only or d.granularity == "day"), None)
        return [(m.start(), m.end(), referent.value, referent.granularity, "story_date")] if referent else []
    # 'the quarter' is the story's quarter; 'over the period', as 'the same period', its last period finer than a year
    wanted = ("quarter",) if m["an_q"] else _SAME["period" if m["an_pp"] else m["an_su"]]
    # the story's own period, not a base it was compared with ('up from 0.3% in the previous quarter'):
    # 'the same quarter a year earlier' after both is the reported quarter's
    period = _reported_period(m.string, [d for d in reversed(history[-20:]) if d.granularity in wanted])
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


#: Characters between the story's last day and 'that day', 'the previous day' within which the phrase is counted
#: from it: a sentence or two ('went public on 3 March 2004 ... Its shares rose 20% that day').
DAY_WINDOW = 200


def _day_anaphor(m: re.Match[str], last: DateMention) -> list[Mention]:
    """'That day', 'the same day' (the story's last date), 'the previous day', 'the following day' (the day before or
    after it), when that date is a day the text dates, within :data:`DAY_WINDOW` characters before; else nothing
    (the caller records the phrase without a value: 'that day' after an undated 'on Tuesday' or '14 December')."""
    if last.granularity != "day" or m.start() - last.end > DAY_WINDOW:
        return []
    day = dt.date.fromisoformat(last.value) + dt.timedelta(days=DAY_ANAPHORA[m["an_dr"].lower()])
    return [(m.start(), m.end(), day.isoformat(), "day", "story_date")]


#: Characters between a date and 'a year ago' within which, in an article without a publication
#: date (with one: as a comparison's base, see :func:`_ago_from_story`), the phrase is read as a comparison with
#: that date ('profit of 537m euros during 2004, from 798m euros a year ago' is 2003), as HeidelTime reads
#: narratives; farther away it stays unanchored.
AGO_WINDOW = 200


def twelve_months(value: str) -> bool:
    """Whether a value is an interval of twelve months that is no calendar year ('2004-04/2005-03': a fiscal year)."""
    ends = value.split("/")
    if len(ends) != 2 or not all(granularity_of(e) == "month" for e in ends):
        return False
    (y0, m0), (y1, m1) = ((int(e[:4]), int(e[5:7])) for e in ends)
    return (y1 * 12 + m1) - (y0 * 12 + m0) == 11


def _ago_from_story(m: re.Match[str], reference: DateMention | None, published: dt.date | None) -> bool:
    """Whether 'a year ago' counts from the story's last date ``reference`` (within :data:`AGO_WINDOW`), not from
    the publication date: always without one; with one, when it dates the base of a comparison ('during 2004, from
    798m euros a year ago' is 2003, as the gold README rules for 'last year' beside a quarter's result) and the
    date's period is over before the publication's day ('sales in January ... from £4bn a year ago' in a March
    story is January of the year before; a forecast's 'in 2005 ... from $4bn a year ago' stays 2004)."""
    if reference is None or m.start() - reference.end > AGO_WINDOW:
        return False
    if published is None:
        return True
    end = last_day(reference.value)
    over = end < published if end is not None else reference.value[:4] < str(published.year)
    return base_phrase(m.string, m.start()) and over


def _from_story(m: re.Match[str], reference: DateMention | None, published: dt.date | None = None) -> list[Mention]:
    """A narrative phrase counted from the story's last date ('a year later' after 'in 2001' is 2002)."""
    ago = _ago_from_story(m, reference, published)
    step = _narrative(m, ago)
    if step is None or reference is None or m.string.startswith("-on-", m.end()):
        return []
    if step[0] == "year" and twelve_months(reference.value):
        # 'the year to March 2005 than the previous year': the twelve months a year before, 2003-04/2004-03
        shifted = _shift_interval(reference.value, step[1])
    else:
        shifted = shift_value(reference.value, *step)
    if shifted is None:
        return []
    start = m.start("ru_mod") if m.lastgroup == "ru" and m["ru_mod"] else m.start()
    return [(start, m.end(), *shifted, "story_date")]


def years_of_story_period(m: re.Match[str], history: list[DateMention]) -> list[Mention]:
    """'The final three years of the period' after 'between 1989 and 2003': those years of the story's last period
    when it is a range of years (2001/2003); nothing when it is not ('the first two years of the period' after 'in
    2004'), and the phrase stays without a value."""
    if m.lastgroup != "fl" or not m["fl_p"] or m["fl_u"] != "years" or m["fl_n2"] or not history:
        return []
    n = _count(m["fl_n"])
    ends = history[-1].value.split("/")
    if n is None or n != int(n) or len(ends) != 2 or not all(granularity_of(e) == "year" for e in ends):
        return []
    start, end, count = int(ends[0]), int(ends[1]), int(n)
    if not 0 < count <= end - start:
        return []
    first, last = (start, start + count - 1) if m["fl_o"].lower() == "first" else (end - count + 1, end)
    return [(m.start(), m.end(), f"{iso_year(first)}/{iso_year(last)}", "interval", "story_date")]
