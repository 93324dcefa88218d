"""The time of a story without a publication date: the years it states and the present its text fixes.

:func:`story_time` reads the dates of a text and returns its :class:`StoryTime`: the present the text fixes (the
day, month or year it is told in) and the bounds its dates set on that present; :func:`story_year_at` the year a
text states before a position. The rules are cut by what they read, each module using only those above it:

- ``vocab``: the blank-spaced phrase alternations the patterns are built from, and the pluperfect;
- ``years``: the bounds a year sets on the present, the lede, a year's middle, its step ('last year'), and the
  year a text states before a position (:func:`story_year_at`);
- ``months``: the present a month fixes (a month told after the year it falls in, a month without a year, a
  streak of months, a month restated);
- ``done``: a year told as done (its results reported or published, its figures given, a year told before a
  forecast) and so in the past of the present;
- ``parts``: a part of a year (a quarter, a half, the year to date, the year's end or its holidays, 'entering
  the year', 'ending the year') and the present it fixes;
- ``stated``: the present a stated year fixes beside a deictic one ('this year ... 2005') and
  :func:`story_present`, the year most of the text's years point to;
- ``rules``: :class:`StoryTime` and :func:`story_time`, the rules in order.
"""

from .months import yearless_month
from .rules import StoryTime, story_time
from .years import LEDE_SENTENCES, YearBounds, lede_end, mid_year, story_year_at, year_bounds, year_only

__all__ = [
    "LEDE_SENTENCES",
    "StoryTime",
    "YearBounds",
    "lede_end",
    "mid_year",
    "story_time",
    "story_year_at",
    "year_bounds",
    "year_only",
    "yearless_month",
]
