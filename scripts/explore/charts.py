"""Chart data: the figures that have a period, as values over time, one chart per indicator and unit.

A chart groups the figures of one indicator (the ``measure`` or ``indicator`` column, whichever the
package has) in one unit; a series is one subject. A period is placed at its start: ``2021``,
``2021-02``, ``2021-02-24``, ``2021-Q3``, ``2021-H2``, ``2021-W07`` and intervals ``A/B`` (at A).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .read import Table, role

_PERIOD = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])|W(\d{2})))?")


def period_start(text: str) -> dt.date | None:
    """The first day of an ISO 8601-like period, or None when it is not one."""
    m = _PERIOD.fullmatch(text.strip().split("/", 1)[0].strip())
    if not m:
        return None
    year, month, day, quarter, half, week = m.groups()
    try:
        if week:
            return dt.date.fromisocalendar(int(year), int(week), 1)
        if quarter:
            return dt.date(int(year), 3 * int(quarter) - 2, 1)
        if half:
            return dt.date(int(year), 6 * int(half) - 5, 1)
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


@dataclass
class Chart:
    """One chart: its indicator and unit, and per subject the points (seconds, value, figure index)."""

    indicator: str
    unit: str
    series: dict[str, list[tuple[int, float, int]]] = field(default_factory=lambda: defaultdict(list))

    @property
    def title(self) -> str:
        """What the chart shows, in words."""
        return f"{self.indicator} ({self.unit})" if self.indicator else self.unit

    @property
    def points(self) -> int:
        """How many figures the chart draws."""
        return sum(len(p) for p in self.series.values())


def period_columns(names: list[str]) -> list[str]:
    """The columns that may hold a figure's period, best first (``period_start``, then ``period``...)."""
    found = [role(names, w) for w in ("period_start", "period")]
    found += [n for n in names if n.rsplit(".", 1)[-1] in ("period_start", "period")]
    return list(dict.fromkeys(n for n in found if n))


def charts(figures: Table) -> tuple[list[Chart], int]:
    """Charts of the figures with a period; also how many figures have a period that is not a date."""
    names = figures.names
    periods = period_columns(names)
    indicator = role(names, "measure", "indicator")
    subject = role(names, "subject")
    unit = role(names, "unit")
    value = role(names, "value")
    if not periods or not value:
        return [], 0
    by_key: dict[tuple[str, str], Chart] = {}
    unplaced = 0
    for i, row in enumerate(figures.rows):
        text = next((row[c] for c in periods if row.get(c)), "")
        if not text or not row.get(value):
            continue
        start = period_start(text)
        if start is None:
            unplaced += 1
            continue
        key = (row.get(indicator, "") if indicator else "", row.get(unit, "") if unit else "")
        chart = by_key.setdefault(key, Chart(*key))
        seconds = int(dt.datetime(start.year, start.month, start.day, tzinfo=dt.UTC).timestamp())
        chart.series[(row.get(subject, "") if subject else "") or "(no subject)"].append(
            (seconds, float(row[value]), i)
        )
    ordered = sorted(by_key.values(), key=lambda c: (-c.points, c.title))
    return ordered, unplaced
