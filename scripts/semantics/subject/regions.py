"""Regions with no code ('Europe', 'Asian carmakers') and blocs that rank a member ('the EU's largest economy'): places
that stand for no subject where a country is named."""

from __future__ import annotations

import re

from ..places import NO_CODE, UNCODED, Place, blocs
from ..words import word_classes
from .firms import before_firm_noun

#: After a region, a superlative that ranks something in it ('Europe's biggest economy' is a country).
_RANKS_IN = re.compile(r"['’]s\s+(?:[a-z\-]*est|worst|top|leading|No\.?\s?1)\b(?:[^\S\n]+([a-z]+))?")


def _ranks_in(text: str, end: int) -> bool:
    """True when a superlative after the region or bloc ending at ``end`` ranks something in it ('Europe's biggest
    economy', 'the eurozone's worst economic performers'), not a time of its own ('the eurozone's worst year since
    1993': a word of class 'time' of ``vocab/en/words.tsv`` right after it)."""
    m = _RANKS_IN.match(text, end)
    return m is not None and not (m.group(1) and "time" in word_classes().get(m.group(1), frozenset()))


def ranks_member(text: str, p: Place) -> bool:
    """True for a bloc that ranks one of its members ('Opec's second-biggest oil producer', 'the EU's largest
    economy', 'one of the eurozone's worst economic performers'): the words stand for a country named elsewhere, not
    for the bloc."""
    return p.code in blocs() and p.via is None and _ranks_in(text, p.end)


def without_regions(text: str, places: list[Place], measure: tuple[int, int] | None) -> list[Place]:
    """The places of a sentence without the regions that have no code ('Europe', 'Latin American') where
        a country is named too (unless the region is in the measure: 'European sales'), and without those
        that say where firms are from ('Asian carmakers') or rank something in the region ('Europe's biggest
    economy' stands for a country named elsewhere): a region is the subject only of a sentence that
        names no country ('Latin America's economy grew 5.5%')."""
    coded = any(p.code not in UNCODED for p in places)

    def kept(p: Place) -> bool:
        if ranks_member(text, p):
            return False
        if p.code not in UNCODED:
            return True
        if before_firm_noun(text, p) or _ranks_in(text, p.end):
            return False
        in_measure = measure is not None and measure[0] <= p.at[0] < measure[1] and p.code == NO_CODE
        return not coded or in_measure

    return [p for p in places if kept(p)]
