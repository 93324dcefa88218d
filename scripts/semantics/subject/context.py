"""The place a figure takes from its context when its sentence names none: the latest place of its paragraph, the
headline's one place, the paragraphs before, else the country the story names most."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from ..per_text import per_text
from ..places import NO_CODE, UNCODED, Place, comparison_base, institutions, is_country
from .clause import introduced, partner_at
from .commentators import commentator_place
from .firms import example_mention, home_before, segment_owner
from .frames import named_as_owner, placed_figure
from .mentions import all_places, firms_within, first_line, places_in
from .rates import quoted_currency
from .regions import ranks_member
from .venues import conflict_at


def context_place(text: str, para: int, sent_start: int, other: str | None, firms: list[Place]) -> Place | None:
    """The subject of a sentence that names no place: the latest place of its paragraph, else the
    one country or bloc the headline (the first line) names, if it names exactly one that no
    preposition introduces (the story's place, not its setting: 'What did Japarov get in Russia?'),
    else the latest place of the paragraphs before (below the headline), else the country the story names
    most (:func:`_story_country`)."""
    earlier = _latest_place(text, para, sent_start, firms, other)
    if earlier is not None:
        return earlier
    line = first_line(text)
    if line is None or line[0] >= sent_start:
        return None
    headline = [
        p
        for p in places_in(text, *line)
        if p.code not in UNCODED | institutions() and p.code != other and not introduced(text, line, p)
    ]
    if len({p.code for p in headline}) == 1:
        return headline[0]
    found = _latest_place(text, line[1], para, firms, other)  # the story's place so far: the paragraphs before
    return found if found is not None else _story_country(text, other)


def _story_country(text: str, other: str | None) -> Place | None:
    """The country a story is about, for a figure before any place is named (the lede of 'President Bush has
    presented his 2006 budget', whose text names the US later): the one country the whole text names most, at
    least twice and more often than all the other countries together (a bloc, an institution or a region is
    none), its first mention the evidence; None when no country stands out so (README of the BBC gold: the
    headline's figure takes the subject its body gives it)."""
    found = [p for p in all_places(text)[1] if is_country(p.code) and p.code != other]
    counts = Counter(p.code for p in found).most_common(1)
    if not counts or counts[0][1] < 2 or counts[0][1] * 2 <= len(found):
        return None
    return next(p for p in found if p.code == counts[0][0])


@per_text
def _no_context(text: str, i: int) -> bool:
    """Whether the ``i``-th place of :func:`all_places` is one no later sentence inherits as its context: a partner,
    a rank's member, a commentator's place, a conflict's, a comparison's base, a quoted currency, an owner named in
    passing or a place its own figure follows (:func:`_latest_place`). Remembered per text: each sentence's search
    walks back over the same places (a paragraph of bases alone made the search quadratic in regex calls)."""
    p = all_places(text)[1][i]
    return (
        partner_at(text, p.start)
        or ranks_member(text, p)
        or commentator_place(text, p)
        or conflict_at(text, p.start)
        or comparison_base(text, p.start)
        or quoted_currency(text, p)
        or named_as_owner(text, p.start)
        or placed_figure(text, p)
    )


def _latest_place(text: str, start: int, end: int, firms: list[Place], other: str | None) -> Place | None:
    """The last of :func:`places_between` ``start`` and ``end`` whose code is not ``other``, a region or
    an institution (the IMF that reported a country's figures earlier is not what a later sentence is
    about), nor an owner named in passing ('The company, majority-owned by Japan's Suzuki, said ...':
    :func:`named_as_owner`), nor a firm named as an example of others' clients or rivals, or the home stated right
    before it (:func:`example_mention`), found from the end (not by listing every place of a long stretch for each
    figure)."""
    inside = []
    example_homes = set()  # the homes stated right before a firm named as an example ('rivals such as US firm Ford')
    for f in firms_within(firms, start, end):
        if partner_at(text, f.at[0]) or named_as_owner(text, min(f.start, f.at[0])) or commentator_place(text, f):
            continue
        if not example_mention(text, f, f.at[0]):
            inside.append(f)
        elif home_before(f, f.at[0]):
            example_homes.add((f.start, f.end))
    starts, found = all_places(text)
    named = None
    for i in range(bisect_left(starts, end) - 1, bisect_left(starts, start) - 1, -1):
        p = found[i]
        if p.end > end or p.code in (other, NO_CODE) or p.code in institutions():
            continue  # the cheap tests first: the regex ones below only for a place that may be the one
        skip = (p.start, p.end) in example_homes or _no_context(text, i)
        if not skip and not any(f.at[0] <= p.start < f.at[1] for f in inside):
            named = p
            break
    candidates = [p for p in inside if p.code != other] + ([named] if named is not None else [])
    best = max(candidates, key=lambda p: p.at) if candidates else None
    if best is not None and best is named:
        # 'German firm Deutsche Telekom saw strong profits on the back of upbeat US mobile earnings. Net profit came
        # in at 1.4bn euros': a country word of a part of the firm's business, after the firm in its sentence, is
        # not what the firm's next sentence is about
        owner = segment_owner(text, named, [f for f in inside if f.code != other])
        if owner is not None:
            return owner
    return best
