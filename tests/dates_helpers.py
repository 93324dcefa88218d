"""Helpers of the date-stage tests: the dates of a text, looked up by their quotes."""

from __future__ import annotations

import datetime as dt

from newsfigures.extraction.dates import extract_dates


def undated_dates(text: str) -> dict[str, tuple[str, str]]:
    """quote -> (value, resolution) of every date of a text without a publication date (the last one of a
    repeated quote): what the story's own logic resolves."""
    return {d.quote: (d.value, d.resolution) for d in extract_dates(text, None)}


def date_values(text: str, published: dt.date | None = None) -> dict[str, str]:
    """quote -> value of every date of a text (the last one of a repeated quote)."""
    return {d.quote: d.value for d in extract_dates(text, published)}


def first_values(text: str) -> dict[str, str]:
    """quote -> value of the first date of each quote of a text without a publication date (a repeated quote
    keeps its first reading, the one a rule about the first mention checks)."""
    out: dict[str, str] = {}
    for d in extract_dates(text, None):
        out.setdefault(d.quote, d.value)
    return out
