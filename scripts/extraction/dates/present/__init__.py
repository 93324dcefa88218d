"""The time of a story without a publication date: the years it states and the present its text fixes."""

from .rules import (
    _YEAR_ENDING,
    LEDE_SENTENCES,
    StoryTime,
    YearBounds,
    lede_end,
    mid_year,
    story_time,
    story_year_at,
    year_bounds,
    year_endings,
    year_only,
    yearless_month,
)

__all__ = [
    "LEDE_SENTENCES",
    "_YEAR_ENDING",
    "StoryTime",
    "YearBounds",
    "lede_end",
    "mid_year",
    "story_time",
    "story_year_at",
    "year_bounds",
    "year_endings",
    "year_only",
    "yearless_month",
]
