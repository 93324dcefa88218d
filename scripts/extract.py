"""Extraction of one text: figures and dates together, with overlaps settled.

The quantity extractor (``scripts.figures``) and the date extractor (``scripts.dates``) run
independently; a figure whose span overlaps a date expression is dropped ("Two months earlier"
is a date, not a duration), and an exclusion that overlaps a kept mention is dropped. The
``equivalent_of`` indices of the figures are renumbered to the kept list.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace

from scripts.mentions import DateMention, Exclusion, Figure


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
        self.max_end: list[int] = []
        running = -1
        for _, e in self.spans:
            running = max(running, e)
            self.max_end.append(running)

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


def merge(
    figures: list[Figure],
    dates: list[DateMention],
    exclusions: list[Exclusion],
    reviewed: list[Exclusion] | None = None,
    weak_dates: list[DateMention] | None = None,
) -> Extraction:
    """Settle overlaps: reviewed exclusions win over everything, dates over figures, mentions over rules.

    ``reviewed`` are exclusions a person declared in an annotations file: a figure or date they
    overlap is dropped (the reviewer says it is not a claim). ``weak_dates`` (years that may be
    amounts, as in 'more than 2000') are kept only where no kept figure claims the number.
    """
    reviewed = reviewed or []
    veto = SpanSet([(x.start, x.end) for x in reviewed])
    dates = [d for d in dates if not veto.overlaps(d.start, d.end)]
    exclusions = [x for x in exclusions if not veto.overlaps(x.start, x.end)] + list(reviewed)
    date_spans = SpanSet([(d.start, d.end) for d in dates])
    kept_index: dict[int, int] = {}
    kept: list[Figure] = []
    for i, f in sorted(enumerate(figures), key=lambda p: (p[1].start, p[1].end)):
        if not date_spans.overlaps(f.start, f.end) and not veto.overlaps(f.start, f.end):
            kept_index[i] = len(kept)
            kept.append(f)
    kept = [
        replace(f, equivalent_of=kept_index.get(f.equivalent_of)) if f.equivalent_of is not None else f for f in kept
    ]
    figure_spans = SpanSet([(f.start, f.end) for f in kept])
    dates += [
        d
        for d in weak_dates or []
        if not figure_spans.overlaps(d.start, d.end)
        and not veto.overlaps(d.start, d.end)
        and not date_spans.overlaps(d.start, d.end)
    ]
    taken = SpanSet([(f.start, f.end) for f in kept] + [(d.start, d.end) for d in dates])
    free = [x for x in exclusions if not taken.overlaps(x.start, x.end)]
    return Extraction(
        figures=kept,
        dates=sorted(dates, key=lambda d: (d.start, d.end)),
        exclusions=sorted(free, key=lambda x: (x.start, x.end)),
    )


def extract(text: str, published: dt.date | None = None, reviewed: list[Exclusion] | None = None) -> Extraction:
    """Find every figure, date and deliberate exclusion of a text."""
    from scripts.dates import find_dates, unanchored_dates
    from scripts.figures import extract_figures

    figures, exclusions = extract_figures(text)
    dates, amount_like_years = find_dates(text, published)
    if published is None:  # dates that need a year the article does not give: accounted for, not dated
        exclusions = exclusions + unanchored_dates(text, dates + amount_like_years)
    return merge(figures, dates, exclusions, reviewed, amount_like_years)
