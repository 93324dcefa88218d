"""When a figure applies: its period, linked to the date expression it came from.

A figure takes the nearest date expression of its own sentence ('sales rose 8.5% in 1999', 'In
December, sales rose 1.2%', 'profits in the fourth quarter'), except a date that is a base of
comparison ('than in 2019', 'since 2015', 'compared with 2003'). A sentence without one inherits
the latest period (a month, quarter, half, year or interval, not a dateline's day) stated earlier
in the same paragraph. ``method`` says which rule decided, so that a user can trust or filter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..extraction.mentions import DateMention
from .words import tokens

#: How a figure's period was decided (the closed set of ``figures.period_method``).
PERIOD_METHODS: tuple[str, ...] = (
    "same_clause",  # a date of the figure's clause, with no comma or semicolon between them
    "sentence",  # a date of the figure's sentence, across a comma ('In December, sales rose 1.2%')
    "inherited_paragraph",  # no date in the sentence: the latest period stated earlier in the paragraph
    "annotation",  # a reviewer's annotation gives the period
)
INHERITABLE = frozenset({"month", "quarter", "half", "year", "interval", "week"})
BASE_WINDOW = 3  # words before a date that can make it a base of comparison


@dataclass(frozen=True, slots=True)
class Period:
    """A figure's period: ISO value, index of its date expression, how it was decided."""

    value: str
    date: int | None
    method: str


def is_base(text: str, d: DateMention, sentence_start: int) -> bool:
    """A date that a figure is compared with, not the figure's period ('than in 2019')."""
    words = [t for t in tokens(text, sentence_start, d.start, []) if t.is_word][-BASE_WINDOW:]
    if any(t.is_("base") for t in words):
        return True
    return len(words) >= 2 and words[-1].low == "in" and words[-2].low in {"was", "were"}


def period_in_sentence(
    text: str, fig: tuple[int, int], sentence: tuple[int, int], dates: Sequence[DateMention]
) -> Period | None:
    """The period of a figure from the dates of its own sentence (an unanchored date, without a value, gives none)."""
    best: tuple[int, int] | None = None
    for i, d in enumerate(dates):
        if not d.value or d.start < sentence[0] or d.end > sentence[1] or is_base(text, d, sentence[0]):
            continue
        gap = d.start - fig[1] if d.start >= fig[1] else fig[0] - d.end
        if gap < 0:
            continue
        if best is None or gap < best[0]:
            best = (gap, i)
    if best is None:
        return None
    d = dates[best[1]]
    between = text[min(fig[1], d.end) : max(fig[0], d.start)]
    method = "same_clause" if not any(c in between for c in ",;:") else "sentence"
    return Period(d.value, best[1], method)


def inherited(text: str, fig_start: int, paragraph_start: int, dates: Sequence[DateMention]) -> Period | None:
    """The latest period stated in the paragraph before the figure's sentence."""
    for i in range(len(dates) - 1, -1, -1):
        d = dates[i]
        inheritable = (
            bool(d.value) and paragraph_start <= d.start and d.end <= fig_start and d.granularity in INHERITABLE
        )
        if inheritable and not is_base(text, d, max(paragraph_start, d.start - 40)):
            return Period(d.value, i, "inherited_paragraph")
    return None
