"""Where a text mentions places: its places found once per text, those of a stretch by bisection, the firms with a
home, and the country anaphors ('the country') that stand for the country named before them."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..per_text import per_text
from ..places import UNCODED, Place, blocs, exchange_cities, state_places, text_places
from ..words import bounded_trie, vocab_rows
from .firms import based_cities
from .venues import conflict_at, setting_at


def places_between(text: str, start: int, end: int, firms: list[Place]) -> list[Place]:
    """The places named in ``text[start:end]`` and the mentions there of firms with a home, in order;
    a country word inside a firm's mention ('China' of 'China Aviation Oil') is the firm's, not a place."""
    inside = firms_within(firms, start, end)
    named = [p for p in places_in(text, start, end) if not any(f.at[0] <= p.start < f.at[1] for f in inside)]
    return sorted(named + inside, key=lambda p: p.at)


@lru_cache(maxsize=1)
def _anaphor_re() -> re.Pattern[str]:
    """The phrases of ``vocab/en/anaphors.tsv``, the first letter in either case, as whole words: a prefix
    tree opening with its first letters (:func:`bounded_trie`), which a scan of the whole text skips to."""
    phrases = [row[0].strip() for row in vocab_rows("anaphors.tsv")]
    return re.compile(
        bounded_trie({c + p[1:] for p in phrases for c in (p[0].upper(), p[0])}, r"[\w\-]") + r"(?![\w\-])"
    )


def country_anaphors(text: str) -> list[Place]:
    """Each 'the country', 'the nation', 'the island state' (``vocab/en/anaphors.tsv``) as the country the
    text named last before it (a country's code, not a bloc's, an institution's or a region's), ``via``
    the phrase: 'Liberia ... the country's GDP rose by 2%' is about Liberia. A venue ('the summit in Davos') or a
    conflict's place ('the war in Iraq') is passed over for an earlier country, and taken when there is none."""
    starts, found = all_places(text)
    out = []
    for m in _anaphor_re().finditer(text):
        i = bisect_left(starts, m.start()) - 1
        aside = None  # the last country skipped as a venue or a conflict's place
        while i >= 0 and (
            found[i].code in UNCODED
            or found[i].code in blocs()
            or found[i].end > m.start()
            or setting_at(text, found[i].start, found[i].end)
            or conflict_at(text, found[i].start)
        ):
            if aside is None and found[i].code not in UNCODED and found[i].code not in blocs():
                aside = found[i] if found[i].end <= m.start() else None
            i -= 1
        # 'Oil rose on fears of unrest in Nigeria. The nation pumps 2.5m barrels a day': with no other country
        # before it, the phrase refers to the aside's
        p = found[i] if i >= 0 else aside
        if p is not None:
            out.append(Place(p.code, p.start, p.end, via=(m.start(), m.end())))
    return out


def firms_within(firms: list[Place], start: int, end: int) -> list[Place]:
    """The mentions of ``firms`` that start within ``[start, end)``, by bisection: ``firms`` are in the
    order of the text, as :func:`firm_places` gives them, so that a figure does not scan them all."""
    return firms[bisect_left(firms, start, key=at_start) : bisect_left(firms, end, key=at_start)]


def at_start(p: Place) -> int:
    """Where a place is mentioned (the sort key of :func:`firm_places`)."""
    return p.at[0]


@per_text
def all_places(text: str) -> tuple[list[int], tuple[Place, ...]]:
    """:func:`find_places` of the whole text, its '<city>-based' words (:func:`based_cities`), its cities named
    as their stock market (:func:`exchange_cities`) and its states named as where an activity is ('in California':
    :func:`state_places`), with their starts, found once per text. A country's name inside a state's ('Mexico' of
    'in New Mexico', 'Wales' of 'in New South Wales') is the state's, no place of its own."""
    states = state_places(text)
    more = based_cities(text) + exchange_cities(text) + states
    if not more:
        found = text_places(text)
    else:
        named = [p for p in text_places(text) if not any(s.start <= p.start and p.end <= s.end for s in states)]
        found = tuple(sorted(named + list(more), key=at_start))
    return [p.start for p in found], found


def places_in(text: str, start: int, end: int) -> tuple[Place, ...]:
    """The places named within ``text[start:end]``, by bisection in the text's places (linear overall)."""
    starts, found = all_places(text)
    return tuple(p for p in found[bisect_left(starts, start) : bisect_left(starts, end)] if p.end <= end)


@per_text
def first_line(text: str) -> tuple[int, int] | None:
    """Span of the first line with anything on it (the headline), looked up once per text."""
    first = re.search(r"\S[^\n]*", text)
    return None if first is None else (first.start(), first.end())
