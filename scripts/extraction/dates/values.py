"""ISO 8601 values of dates and periods: calendar arithmetic, month spans written as quarters, halves or years, granularities, shifts."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter

from .vocabulary import CENTURY_ORDINALS, MONTHS, ORDINALS

#: A span [start, end) of the text: where the date a value was counted from is.
Span = tuple[int, int]


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


#: How many parts of its kind a year has, by the letter of an ISO 8601 part of a year ('2005-Q3', '2005-H1'): four
#: quarters, two halves.
PARTS_PER_YEAR: dict[str, int] = {"Q": 4, "H": 2}


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


def part_of(month: int, per_year: int) -> int:
    """The part 1..``per_year`` of the year that a month falls in: its quarter (4), its half (2)."""
    return (month - 1) * per_year // 12 + 1


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


def season_of(month: int, year: int) -> tuple[int, int]:
    """(season year, season index 1-4: spring, summer, autumn, winter) of a month; January is last winter's."""
    index = {1: 4, 2: 4, 12: 4}.get(month, (month - 3) // 3 + 1)
    return (year - 1 if month < 3 else year), index


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


def century_number(word: str) -> int:
    """The number of a century written as an ordinal: '19th' -> 19, 'twenty-first' -> 21."""
    key = " ".join(word.lower().split())
    return CENTURY_ORDINALS[key] if key in CENTURY_ORDINALS else int(key[:-2])


def ordinal_number(word: str) -> int:
    """The number of the ordinal of a quarter or half, in lower case: 'fourth', 'final' or '4th' -> 4, 'latter'
    -> 2 (vocab: ordinals; a written one, '3rd', by its digit)."""
    return ORDINALS[word] if word in ORDINALS else int(word[0])


def fiscal_year(first: int, begins: int) -> tuple[str, str]:
    """(value, granularity) of the twelve months from month ``first`` of year ``begins``: a fiscal, budget or
    tax year (the UK's tax year that begins in 2004: 2004-04/2005-03)."""
    last_year, last_month = shift(begins, first, 12, 11)
    return month_span(begins, first, last_year, last_month)


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


#: First month of each season of ISO 8601-2 (21 spring ... 24 winter, which runs into the next year).
_SEASON_START = {21: 3, 22: 6, 23: 9, 24: 12}


def _month_bounds(year: int, first: int, months: int) -> tuple[dt.date, dt.date]:
    """The first and last day of ``months`` months from month ``first`` of ``year``."""
    after_year, after_month = shift(year, first, 12, months)  # the first month after them
    return dt.date(year, first, 1), dt.date(after_year, after_month, 1) - dt.timedelta(days=1)


def point_bounds(point: str) -> tuple[dt.date, dt.date]:
    """The first and last day of one ISO 8601 point of ``fields.ISO_PATTERN`` (a year, decade, month,
    quarter, half, season, ISO week or day); ValueError when the calendar has no such day or week."""
    if point[3] == "X":
        return dt.date(int(point[:3] + "0"), 1, 1), dt.date(int(point[:3] + "9"), 12, 31)
    year = int(point[:4])
    part = point[5:]
    if not part:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if part[0] == "Q":
        return _month_bounds(year, 3 * int(part[1]) - 2, 3)
    if part[0] == "H":
        return _month_bounds(year, 6 * int(part[1]) - 5, 6)
    if part[0] == "W":
        monday = dt.date.fromisocalendar(year, int(part[1:]), 1)
        return monday, monday + dt.timedelta(days=6)
    if len(part) == 2 and int(part) in _SEASON_START:
        return _month_bounds(year, _SEASON_START[int(part)], 3)
    if len(part) == 2:
        return _month_bounds(year, int(part), 1)
    day = dt.date.fromisoformat(point)
    return day, day


def last_day(value: str) -> dt.date | None:
    """The last day of a period value (of its end, for an interval START/END): 2005-01 -> 2005-01-31, 2005-W01 ->
    2005-01-09, 2004-24 (a winter) -> 2005-02-28; None for a decade or a malformed value. Whether a period of the
    story is over by the publication date is a comparison of days: as text, 2005-01 is not before 2005-03-01's
    year."""
    bounds = value_bounds(value.split("/")[-1])
    return bounds[1] if bounds else None


def value_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a period value, point or interval START/END (2004-24, a winter: 2004-12-01 and
    2005-02-28); None for a decade or a malformed value."""
    first, last = value.split("/")[0], value.split("/")[-1]
    if granularity_of(first) is None or granularity_of(last) is None:
        return None
    try:
        return point_bounds(first)[0], point_bounds(last)[1]
    except ValueError:
        return None


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


def _shift_interval(value: str, years: int) -> tuple[str, str] | None:
    """A value, point or interval, moved by whole years (its granularity kept)."""
    parts = [shift_value(p, "year", years) for p in value.split("/")]
    if any(p is None for p in parts):
        return None
    if len(parts) == 1:
        return parts[0]
    return "/".join(p[0] for p in parts if p), "interval"
