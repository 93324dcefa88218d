"""The coverage proof of an article: every numeral of its text, and which table explains it.

A numeral is what the package's coverage check counts (``extraction.mentions.numerals``): a run of
digits or a cardinal number word. Each lies whole inside a row of a mention table (figures, dates,
exclusions, in the descriptor's order) or is unexplained; a valid package has none unexplained.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..extraction.mentions import numerals

UNEXPLAINED = "unexplained"


@dataclass
class Coverage:
    """Counts of one article: numerals, numerals per explaining table, the unexplained spans."""

    numerals: int = 0
    by_table: dict[str, int] = field(default_factory=dict)
    unexplained: list[tuple[int, int]] = field(default_factory=list)


def container(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """True when a span of the sorted ``spans`` (``starts`` their starts) holds [s, e) whole."""
    i = bisect_right(starts, s)
    # Spans are few per article and may nest: look back over those starting at or before s.
    return any(spans[j][1] >= e for j in range(i - 1, -1, -1) if spans[j][0] <= s)


def coverage(text: str, spans_by_table: dict[str, list[tuple[int, int]]]) -> Coverage:
    """Which table explains each numeral of ``text`` (the first table in order that holds it whole)."""
    ordered = {name: sorted(spans) for name, spans in spans_by_table.items()}
    starts = {name: [s for s, _ in spans] for name, spans in ordered.items()}
    result = Coverage(by_table=dict.fromkeys(ordered, 0))
    for s, e in numerals(text):
        result.numerals += 1
        for name, spans in ordered.items():
            if container(spans, starts[name], s, e):
                result.by_table[name] += 1
                break
        else:
            result.unexplained.append((s, e))
    return result
