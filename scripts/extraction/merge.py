"""Extraction of one text: figures and dates together, with overlaps settled.

The quantity extractor (``newsfigures.extraction.figures``) and the date extractor (``newsfigures.extraction.dates``) run
independently; :func:`merge` settles their overlaps by priority. A reviewer's exclusion wins over
everything; a date wins over a figure ("Two months earlier" is a date, not a duration); a figure
wins over a year that may be an amount ("nearly 2010 staff"); a number the figure extractor left
to the dates is a figure only where nothing else claims it ("By March, 25 people"); a rule's
exclusion that overlaps a kept mention is dropped. So no numeral is claimed twice; the coverage
check of ``newsfigures.package.validate`` proves that none is left out. The ``equivalent_of`` indices of the
figures are renumbered to the kept list.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import accumulate

from ..extraction.mentions import DateMention, Exclusion, Figure


@dataclass(frozen=True)
class Extraction:
    """Everything found in one text, each list sorted by position."""

    figures: list[Figure]
    dates: list[DateMention]
    exclusions: list[Exclusion]


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


def _bare_year_inside(d: DateMention, figures: SpanSet) -> bool:
    """A date that is only a year's digits, lying inside a figure that is longer than it."""
    return d.bare_year and (figures.covers(d.start - 1, d.end) or figures.covers(d.start, d.end + 1))


def merge(
    figures: list[Figure],
    dates: list[DateMention],
    exclusions: list[Exclusion],
    reviewed: list[Exclusion] | None = None,
    weak_dates: list[DateMention] | None = None,
    date_like: list[Figure] | None = None,
) -> Extraction:
    """Settle overlaps, by priority: what a reviewer excluded, dates, figures, then the doubtful.

    ``reviewed`` are exclusions a person declared in an annotations file: a figure or date they
    overlap is dropped (the reviewer says it is not a claim). ``weak_dates`` (years that may be
    amounts, as in 'more than 2000', and counted phrases nothing anchors, as 'Nine days later' in a text with
    no date) and bare years inside a longer range figure are kept only where no
    kept figure claims the number. ``date_like`` figures (numbers the figure extractor left to the
    dates, as the 25 of 'March, 25 people') are kept only where no date, figure or exclusion is.
    A rule's exclusion that overlaps a kept mention is dropped.
    """
    reviewed = reviewed or []
    veto = SpanSet([(x.start, x.end) for x in reviewed])
    dates = [d for d in dates if not veto.overlaps(d.start, d.end)]
    # a bare year at the end of a range figure ('2000 - 2500 calories') is that range's number
    ranges = SpanSet([(f.start, f.end) for f in figures if f.value_to is not None])
    weak_dates = list(weak_dates or [])
    sure: list[DateMention] = []
    for d in dates:
        (weak_dates if _bare_year_inside(d, ranges) else sure).append(d)
    dates = sure
    exclusions = [x for x in exclusions if not veto.overlaps(x.start, x.end)] + list(reviewed)
    date_spans = SpanSet([(d.start, d.end) for d in dates])
    kept = [
        (i, f)
        for i, f in enumerate(figures)
        if not date_spans.overlaps(f.start, f.end) and not veto.overlaps(f.start, f.end)
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
    free = [x for x in exclusions if not taken.overlaps(x.start, x.end)]
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
    )


def extract(text: str, published: dt.date | None = None, reviewed: list[Exclusion] | None = None) -> Extraction:
    """Find every figure, date and deliberate exclusion of a text."""
    from ..extraction.dates import find_dates
    from ..extraction.figures import find_figures

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
    )
