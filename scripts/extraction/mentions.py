"""The records that flow between stages: what the extractors find in a text.

Data flows one way: seed text -> mentions (this module's records) -> table rows -> package.
Every record carries its character span ``[start, end)`` in the text it was found in
(0-based, end-exclusive, Unicode code points), so ``text[start:end] == quote`` always holds.

The closed vocabularies below are the single definition used by the extractors, the Table
Schema enums (``fields.py``) and the validation; add a term here and everything follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TypeVar

#: What a figure measures, coarsely: decides how ``unit`` is to be read.
KINDS: tuple[str, ...] = (
    "money",  # an amount of a currency: unit is an ISO 4217 code (USD, RUB, ...)
    "percent",  # a percentage, or percentage points / basis points of a change
    "count",  # counted people or things: unit "count", the counted noun in ``noun``
    "duration",  # a length of time: year, month, week, day, hour, ...
    "age",  # an age of a person or thing (in years, months, ...)
    "quantity",  # a physical quantity of pint's own registry: mile, barrel, kilowatt, ...
    "rate",  # a ratio of two units: USD/oil_barrel, oil_barrel/day, mile/hour, ...
    "fraction",  # a fraction written in words: half, a third, two-thirds (dimensionless)
    "multiple",  # a multiplier: twice, threefold, 3 times (dimensionless)
    "number",  # a bare number with no unit (index levels, scores, bare prices)
)

#: How the text bounds the value.
QUALIFIERS: tuple[str, ...] = (
    "exact",  # stated as is
    "approximate",  # around, about, some, roughly, nearly, almost, or so, ...
    "at_least",  # at least, no less than, a minimum of
    "more_than",  # more than, over, above, in excess of
    "at_most",  # at most, up to, as much as, as many as, no more than
    "less_than",  # less than, under, below, fewer than
    "range",  # a range: value .. value_to
)

#: Whether the figure is a level or a change, and of which sign.
CHANGES: tuple[str, ...] = (
    "none",  # a level (or no direction stated)
    "increase",  # rose, grew, up, gained, increased by, ...
    "decrease",  # fell, shrank, down, dropped, cut by, ...
)

#: How a date's value was anchored.
RESOLUTIONS: tuple[str, ...] = (
    "explicit",  # the text states the full value (2020, March 1 2021, Spring 2005)
    "publication_date",  # the year (or more) was taken from the article's publication date
    "relative",  # computed from the publication date and a deictic phrase (last May, yesterday, five months ago)
    "story_date",  # counted from the last date the story mentioned before it ('two months earlier' after 'In February')
    "story_year",  # no publication date: the year the story states just before it (within a paragraph)
    "story_present",  # no publication date: the story's present as its text fixes it ('last year' in a story reporting 2004 results)
    "unanchored",  # neither the text nor a publication date gives a value: the row is kept, its value is empty
)

#: The granularity of a date value.
GRANULARITIES: tuple[str, ...] = (
    "day",  # 2021-02-24
    "week",  # 2021-W08 (ISO week)
    "month",  # 2021-02
    "quarter",  # 2020-Q4
    "half",  # 2020-H1
    "season",  # 2005-21 (ISO 8601-2 seasons: 21 spring, 22 summer, 23 autumn, 24 winter)
    "year",  # 2020
    "decade",  # 199X
    "interval",  # START/END
)


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity claim found in a text.

    ``value`` is the full magnitude with scale words applied (``$1.5 billion`` -> 1.5e9) and
    sub-units folded into their currency (``50 cents`` -> 0.5 USD). ``value_to`` is the upper
    end of a range, else None. ``unit`` is a pint expression of the project registry
    (``newsfigures.package.units``). ``equivalent_of`` is the index, in the same extraction result, of the
    figure this one restates in another unit (``623 million rubles ($8.3 million)``: the dollar
    figure points at the ruble figure). ``noun`` is the counted thing as written, for counts.
    """

    start: int
    end: int
    quote: str
    kind: str
    value: float
    unit: str
    value_to: float | None = None
    qualifier: str = "exact"
    change: str = "none"
    equivalent_of: int | None = None
    noun: str = ""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period expression, resolved to ISO 8601.

    ``value`` is ``2021-02-24``, ``2021-02``, ``2021``, ``2020-Q4``, ``2020-H1``, ``201X``
    for a decade, or an interval ``2021-03-02/2021-03-03``.
    """

    start: int
    end: int
    quote: str
    value: str
    granularity: str
    resolution: str
    #: The span [start, end) of the date the value was counted from, in the same text: the stated year of a
    #: ``story_year``, the earlier date of a ``story_date``, the date that fixes a ``story_present``; None
    #: when the value is stated or taken from a publication date, or the rule names no single date.
    anchor: tuple[int, int] | None = None

    @property
    def bare_year(self) -> bool:
        """A year written as its digits alone ('2003'): the one date shape an amount can also take."""
        return self.granularity == "year" and self.quote.isdigit()


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A numeral the extractors deliberately did not turn into a claim, with the rule that said so.

    ``reason`` is a short, specific code (``name``, ``identifier``, ``url``, ``pronoun``, ...):
    the coverage check accepts a numeral only inside a figure, a date or an exclusion, so an
    exclusion must name a real rule, never "unrecognized".
    """

    start: int
    end: int
    quote: str
    reason: str


# --- numerals: what must be accounted for ------------------------------------------------------

#: Cardinal number words the coverage check requires to be accounted for (plus plural scale words).
COVERAGE_WORDS: tuple[str, ...] = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "half",
)
_NUMERAL_RE = re.compile(
    r"\d+|\b(?:" + "|".join(COVERAGE_WORDS) + r"|hundreds|thousands|millions|billions|trillions|dozens)\b",
    re.IGNORECASE,
)


def numerals(text: str) -> list[tuple[int, int]]:
    """Spans of every run of digits and every cardinal number word of a text.

    This is what "every numeric claim" is measured against: each span must lie inside a figure,
    a date or an exclusion (the coverage check of ``newsfigures.package.validate``).
    """
    return [(m.start(), m.end()) for m in _NUMERAL_RE.finditer(text)]


_Mention = TypeVar("_Mention", Figure, DateMention, Exclusion)


def quoted_from(found: list[_Mention], text: str) -> list[_Mention]:
    """``found`` with each quote sliced from ``text``: the text as written, line breaks and all, when they were found
    in it read as running text (:func:`..package.provenance.running_text`, which keeps every offset)."""
    return [replace(x, quote=text[x.start : x.end]) for x in found]
