"""Extraction of one text: figures and dates together, with overlaps settled.

The quantity extractor (``newsfigures.extraction.figures``) and the date extractor (``newsfigures.extraction.dates``) run
independently; :func:`merge` settles their overlaps by priority. A reviewer's exclusion wins over
everything; a date wins over a figure ("Two months earlier" is a date, not a duration), except the
length a period states ("the past two years" is a date, and its "two years" a duration: see
:func:`states_length`); a figure wins over a year that may be an amount ("nearly 2010 staff"); a
number the figure extractor left to the dates is a figure only where nothing else claims it ("By
March, 25 people"); a rule's exclusion that overlaps a kept mention is dropped. So no numeral is
claimed twice but a stated length, which is both a period and a duration; the coverage
check of ``newsfigures.package.validate`` proves that none is left out. The ``equivalent_of`` indices of the
figures are renumbered to the kept list.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Generic, Protocol, TypeVar

from ..extraction.mentions import DateMention, Exclusion, Figure, quoted_from


class Spanned(Protocol):
    """Anything with the span of a text it was read from (a figure, a date, a mention's mark)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


M = TypeVar("M", bound=Spanned)


@dataclass(frozen=True)
class Extraction:
    """Everything found in one text, each list sorted by position."""

    figures: list[Figure]
    dates: list[DateMention]
    exclusions: list[Exclusion]
    #: The story's present as the date stage knows it (``FoundDates.present``): the publication date, else the
    #: year the text fixes; empty when neither is known. The semantic stage reads it, never recomputes it.
    present: str = ""


class SpanSet:
    """Sorted, possibly overlapping spans with a fast 'does [s, e) overlap any?' test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # running maximum of ends, so overlap needs one bisect
        self.max_end: list[int] = list(accumulate([e for _, e in self.spans], max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a span of the set."""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.max_end[i] > start

    def covers(self, start: int, end: int) -> bool:
        """True when one span of the set contains ``[start, end)`` whole."""
        i = bisect_left(self.starts, start + 1) - 1
        while i >= 0:
            e = self.spans[i][1]
            if e >= end:
                return True
            if self.max_end[i] < end:
                return False
            i -= 1
        return False


def _bare_year_inside(d: DateMention, figures: SpanSet, ranges: SpanIndex[Figure]) -> bool:
    """A date that is only a year's digits, lying inside a range figure longer than it, of which it is
    an end ('2000 - 2500 calories'), not the time between its ends ('from 20 mpg in 2008 to 29')."""
    if not (d.bare_year and (figures.covers(d.start - 1, d.end) or figures.covers(d.start, d.end + 1))):
        return False
    return not any(between_ends(d, f) for f in ranges.overlapping(d.start, d.end))


def between_ends(x: DateMention | Exclusion, f: Figure) -> bool:
    """True when a date or an exclusion lies inside a range figure, away from its two ends.

    "fell from $36,040 at 10.45pm last night to $34,935": what stands between the ends says when the
    first was measured, and keeps its own row (a date, a clock time) beside the range's.
    """
    if f.value_to is None or not (f.start < x.start and x.end < f.end):
        return False
    if x.quote.isdigit() and float(x.quote) in (f.value, f.value_to):
        return False  # '2000 - 2500 calories': the year is an end of the range
    return not f.quote[: x.start - f.start].rstrip().endswith(("-", "–", "—", "to", "and"))


def states_length(d: DateMention, f: Figure) -> bool:
    """True when a date is one word and a duration that ends it: "past two years", "next 18 months", or the
    duration alone ("within five years", whose date is quoted without its preposition).

    Such a period is given by its length: the date table holds the period (2003/2004), the figures
    table its length (2 years), as "spent the last 200 days" (a length no date takes) is a duration.
    A point counted from another ("two months earlier", "a decade ago") does not end in its duration.
    """
    if f.kind != "duration" or f.end != d.end or not d.start <= f.start:
        return False
    head = d.quote[: f.start - d.start]
    return not head or (head.endswith(" ") and head[:-1].isalpha())


class SpanIndex(Generic[M]):
    """Mentions (anything with a ``start`` and an ``end``) sorted by start, with the ones overlapping a
    span found by binary search."""

    def __init__(self, items: list[M]) -> None:
        self.items: list[M] = sorted(items, key=lambda x: (x.start, x.end))
        self.starts = [x.start for x in self.items]
        self.longest = max((x.end - x.start for x in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[M]:
        """The mentions that share a character with ``[start, end)``."""
        lo, hi = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
        return [x for x in self.items[lo:hi] if x.end > start]


def merge(
    figures: list[Figure],
    dates: list[DateMention],
    exclusions: list[Exclusion],
    reviewed: list[Exclusion] | None = None,
    weak_dates: list[DateMention] | None = None,
    date_like: list[Figure] | None = None,
    present: str = "",
) -> Extraction:
    """Settle overlaps, by priority: what a reviewer excluded, dates, figures, then the doubtful.

    ``reviewed`` are exclusions a person declared in an annotations file: a figure or date they
    overlap is dropped (the reviewer says it is not a claim). ``weak_dates`` (years that may be
    amounts, as in 'more than 2000', and counted phrases nothing anchors, as 'Nine days later' in a text with
    no date) and bare years inside a longer range figure are kept only where no
    kept figure claims the number. ``date_like`` figures (numbers the figure extractor left to the
    dates, as the 25 of 'March, 25 people') are kept only where no date, figure or exclusion is.
    ``present``: the story's present (:attr:`Extraction.present`), passed through.
    A rule's exclusion that overlaps a kept mention is dropped.
    """
    reviewed = reviewed or []
    veto = SpanSet([(x.start, x.end) for x in reviewed])
    dates = [d for d in dates if not veto.overlaps(d.start, d.end)]
    # a bare year at the end of a range figure ('2000 - 2500 calories') is that range's number
    range_figures = SpanIndex([f for f in figures if f.value_to is not None])
    ranges = SpanSet([(f.start, f.end) for f in range_figures.items])
    weak_dates = list(weak_dates or [])
    sure: list[DateMention] = []
    for d in dates:
        (weak_dates if _bare_year_inside(d, ranges, range_figures) else sure).append(d)
    dates = sure
    exclusions = [x for x in exclusions if not veto.overlaps(x.start, x.end)] + list(reviewed)
    date_spans = SpanSet([(d.start, d.end) for d in dates])
    by_date = SpanIndex(dates)
    kept = [
        (i, f)
        for i, f in enumerate(figures)
        if not veto.overlaps(f.start, f.end)
        and (not date_spans.overlaps(f.start, f.end) or _beside_dates(f, by_date.overlapping(f.start, f.end)))
    ]
    figure_spans = SpanSet([(f.start, f.end) for _, f in kept])
    dates += [
        d
        for d in weak_dates
        if not figure_spans.overlaps(d.start, d.end)
        and not veto.overlaps(d.start, d.end)
        and not date_spans.overlaps(d.start, d.end)
    ]
    taken = SpanSet([(f.start, f.end) for _, f in kept] + [(d.start, d.end) for d in dates])
    final_dates, by_figure = SpanSet([(d.start, d.end) for d in dates]), SpanIndex([f for _, f in kept])
    free = [
        x
        for x in exclusions
        if not taken.overlaps(x.start, x.end)
        or (not final_dates.overlaps(x.start, x.end) and _between_ends_only(x, by_figure.overlapping(x.start, x.end)))
    ]
    if date_like:
        anything = SpanSet(taken.spans + [(x.start, x.end) for x in free])
        kept += [(-1, f) for f in date_like if not anything.overlaps(f.start, f.end)]
    kept.sort(key=lambda p: (p[1].start, p[1].end))
    new_index = {i: k for k, (i, _) in enumerate(kept) if i >= 0}
    final = [
        replace(f, equivalent_of=new_index.get(f.equivalent_of)) if f.equivalent_of is not None else f for _, f in kept
    ]
    return Extraction(
        figures=final,
        dates=sorted(dates, key=lambda d: (d.start, d.end)),
        exclusions=sorted(free, key=lambda x: (x.start, x.end)),
        present=present,
    )


def _beside_dates(f: Figure, dates: list[DateMention]) -> bool:
    """True when a figure keeps its row beside the dates it overlaps: it is the length each of them
    states, or a range they all lie between the ends of."""
    if all(states_length(d, f) for d in dates):
        return True
    return f.value_to is not None and all(between_ends(d, f) for d in dates)


def _between_ends_only(x: Exclusion, figures: list[Figure]) -> bool:
    """True when the figures an exclusion overlaps are ranges it lies between the ends of."""
    return bool(figures) and all(between_ends(x, f) for f in figures)


def _quoted_from(found: Extraction, text: str) -> Extraction:
    """``found`` with each quote sliced from ``text`` (the text as written, line breaks and all)."""
    return Extraction(
        quoted_from(found.figures, text),
        quoted_from(found.dates, text),
        quoted_from(found.exclusions, text),
        found.present,
    )


def extract(text: str, published: dt.date | None = None, reviewed: list[Exclusion] | None = None) -> Extraction:
    """Find every figure, date and deliberate exclusion of a text."""
    from ..extraction.dates import find_dates
    from ..extraction.figures import find_figures
    from ..package.provenance import running_text

    reading = running_text(text)  # a hard-wrapped paragraph read as one line: same offsets
    if reading is not text:
        return _quoted_from(extract(reading, published, reviewed), text)
    figures = find_figures(text)
    dates = find_dates(text, published)
    # a run of numerals without words (numbers.RUN_MIN) is one exclusion that vetoes like a reviewer's
    runs = [x for x in figures.exclusions if x.reason == "numeral_run"]
    return merge(
        figures.figures,
        dates.dates,
        [x for x in figures.exclusions if x.reason != "numeral_run"] + dates.excluded,
        (reviewed or []) + runs if runs else reviewed,
        dates.amount_like + dates.unanchored,
        figures.date_like,
        dates.present,
    )
