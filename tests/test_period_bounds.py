"""``package.load.period_bounds`` against the calendar of ``datetime``: for every value form that
``fields.ISO_PATTERN`` allows, the first and last day hold the period, and the days just outside do not.

The value form of a day is computed here from ``datetime`` alone (``isocalendar`` for weeks, the month for
quarters, halves and seasons), independently of the code under test."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfigures.package.fields import ISO_PATTERN
from newsfigures.package.load import period_bounds

#: ISO 8601-2 season of a month (21 spring ... 24 winter) and how many years back its season year lies:
#: January and February belong to the winter that began in the December before.
SEASON = {1: (24, 1), 2: (24, 1), 12: (24, 0), **{m: (21 + (m - 3) // 3, 0) for m in range(3, 12)}}


def form(day: dt.date, granularity: str) -> str:
    """The value of ``granularity`` that holds ``day``, from the calendar alone."""
    if granularity == "decade":
        return f"{day.year // 10:03d}X"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "half":
        return f"{day.year:04d}-H{1 + (day.month > 6)}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month + 2) // 3}"
    if granularity == "season":
        season, back = SEASON[day.month]
        return f"{day.year - back:04d}-{season}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()


YEARS = st.integers(1901, 2098)  # the neighbours of every day stay within datetime's range
#: A valid point of each granularity, built from a day of the calendar so that it exists.
POINTS = st.one_of(
    *(
        st.dates(dt.date(1901, 1, 1), dt.date(2098, 12, 31)).map(lambda d, g=g: (form(d, g), g))
        for g in ("decade", "year", "half", "quarter", "season", "month", "week", "day")
    )
)


@given(POINTS)
def test_a_point_runs_from_its_first_to_its_last_day_and_no_further(point):
    value, granularity = point
    assert re.fullmatch(ISO_PATTERN, value), value
    first, last = period_bounds(value)
    assert first <= last
    assert form(first, granularity) == form(last, granularity) == value
    assert form(first - dt.timedelta(days=1), granularity) != value
    assert form(last + dt.timedelta(days=1), granularity) != value
    span = (last - first).days + 1
    if span <= 400:  # every day between (a decade only at its ends: ~3,650 days)
        assert {form(first + dt.timedelta(days=i), granularity) for i in range(span)} == {value}


@given(POINTS, POINTS)
def test_an_interval_runs_from_its_start_s_first_day_to_its_end_s_last(a, b):
    (start, _), (end, _) = sorted((a, b), key=lambda p: period_bounds(p[0]))  # a later start never ends sooner
    first, last = period_bounds(f"{start}/{end}")
    assert (first, last) == (period_bounds(start)[0], period_bounds(end)[1])
    assert first <= last


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        ("2004", "2004-01-01", "2004-12-31"),
        ("2004-Q4", "2004-10-01", "2004-12-31"),
        ("2004-H1", "2004-01-01", "2004-06-30"),
        ("2004-12", "2004-12-01", "2004-12-31"),
        ("2004-02", "2004-02-01", "2004-02-29"),
        ("2004-24", "2004-12-01", "2005-02-28"),  # a winter runs into the next year
        ("200X", "2000-01-01", "2009-12-31"),
        ("2005-01-17", "2005-01-17", "2005-01-17"),
        ("2004-04/2005-03", "2004-04-01", "2005-03-31"),
        ("2004/2005-01", "2004-01-01", "2005-01-31"),
        ("2004-W53", "2004-12-27", "2005-01-02"),  # 2004 began on a Thursday: 53 ISO weeks
        ("2009-W53", "2009-12-28", "2010-01-03"),  # 2009 began on a Thursday too
        ("2005-W01", "2005-01-03", "2005-01-09"),
        ("2004-W01", "2003-12-29", "2004-01-04"),  # week 1 of 2004 starts in 2003
        ("1970", "1970-01-01", "1970-12-31"),
        ("197X", "1970-01-01", "1979-12-31"),
        ("2000-02", "2000-02-01", "2000-02-29"),  # 2000 is a leap year, 1900 is not
        ("1900-02", "1900-02-01", "1900-02-28"),
        ("2004-02-29", "2004-02-29", "2004-02-29"),
        ("2004-21", "2004-03-01", "2004-05-31"),
        ("2003-24", "2003-12-01", "2004-02-29"),  # a winter that ends in a leap February
        ("2004-12-07/2005-03", "2004-12-07", "2005-03-31"),
        ("2004-Q4/2005-H1", "2004-10-01", "2005-06-30"),
    ],
)
def test_bounds_of_each_form_and_of_calendar_corners(period, first, last):
    assert period_bounds(period) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize(
    "period",
    [
        "2005-W53",  # 2005 began on a Saturday: 52 ISO weeks
        "2003-W53",
        "2005-02-29",  # not a leap year
        "1900-02-29",
        "2004-04-31",
        "2005/2004",  # ends before it starts
        "2005-Q1/2004-12",
        "2004-12-07/2004-12-06",
        "",
        "2004-Q5",
        "2004-25",
        "2004/2005/2006",
        "2004\n",
    ],
)
def test_a_period_the_calendar_does_not_have_is_a_value_error(period):
    with pytest.raises(ValueError):
        period_bounds(period)
