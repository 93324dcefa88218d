"""Counts: the counted noun a count keeps ('19 fouls', 'five new seasons of Sesame Street', '900,000
military and civilian staff'), and :func:`find_holder`, who holds, employs or counts what a count counts ('Ford,
which has 13,000 workers' -> 'Ford')."""

from __future__ import annotations

from ...extraction.lexicon import regular_plural
from ..words import Token
from .clause import _before_relative, _clause_opening
from .phrase import _direction_head, _np_left, _np_right
from .tokens import _skip_left, _verb_like, _verbish
from .vocab import COORDINATORS, HOLDER_PREPS, SPEAKER_PRONOUNS, irregular_plurals


def _counted(toks: list[Token], i: int, noun: str) -> tuple[int, int] | None:
    """The counted noun the extractor found, right after the figure, with an ``of`` phrase: '19 fouls'
    (not '19 fouls proves'), 'five new seasons of Sesame Street'; None when the words differ."""
    words = noun.lower().split()
    j = i + len(words)
    if j > len(toks) or [t.low for t in toks[i:j]] != words or not all(t.content for t in toks[i:j]):
        return None  # not the noun after the figure ('between 7,000 and 8,000 annually', '5.1 million across')
    after = toks[j] if j < len(toks) else None
    if (
        after is not None
        and after.content
        and not _verbish(after)
        and (not regular_plural(words[-1]) or after.text[0].isupper() or regular_plural(after.low))
    ):
        return None  # the phrase goes on: 'a 12 page document', 'two ratings agencies', 'Three Gorges Dam'
    j = _coordinated_modifiers(toks, j)
    # else it ends at the noun: '11 members bound by', '5 slots available', '104,000 workers axed'
    if j + 1 < len(toks) and toks[j].low == "of" and not toks[j + 1].mention:
        more = _np_right(toks, j + 1, pp=False, through_mentions=True)
        if more is not None:
            j = more[1]
    return i, j


def _plural_head(word: str) -> bool:
    """True when a lower-case word is a plural noun, regular ('countries') or one of the irregular plurals that
    head a counted phrase ('staff', 'people'; ``extraction/vocab/en/context.toml``): it ends its own phrase."""
    return regular_plural(word, longer_than=3) or word in irregular_plurals()


def _coordinated_modifiers(toks: list[Token], j: int) -> int:
    """Where a counted word ending at token ``j`` ends when it is a modifier joined by 'and' or 'or' to another
    that modifies the same noun: after that noun ('900,000 military and civilian staff' -> the whole phrase,
    '15 deep and surface mines', '2,000 business and political leaders'); else ``j``. Not a plural, which heads
    its own phrase ('24 countries and five continents', 'cases and revenues'), regular or not ('2,000 staff and
    senior managers', '10,000 people and local firms'), nor a verb or a function word after 'and' ('10,000 people
    and caused damage', '400,000 jobs and will focus', 'customers and its')."""
    if j + 2 >= len(toks) or toks[j].low not in COORDINATORS or _plural_head(toks[j - 1].low):
        return j
    k = j + 1
    while k < len(toks) and k - j <= 3 and toks[k].content and toks[k].text.islower() and not _verbish(toks[k]):
        k += 1
    return k if k - j > 2 else j  # a modifier and a noun after 'and': 'civilian staff'


def find_holder(toks: list[Token], fig: int) -> tuple[int, int] | None:
    """Token range of who holds, employs or counts the things a count counts, or None.

    A count's measure is its counted noun ('13,000 workers'); what the count is about is the subject
    of the verb that states it: 'Ford, which has 13,000 workers', 'Dell is eliminating about 6,650
    roles', 'the start-up employs around 600 people', 'the launches will offer a combined 435 homes'.
    The verb is the word right before the figure (over its determiner and adjectives), lower case,
    with the auxiliaries and adverbs before it; a relative pronoun leads to the phrase it follows.
    """
    k = _skip_left(toks, fig, ("hedge",))
    j = k
    while j > 0 and k - j < 2 and toks[j - 1].content and not toks[j - 1].is_("give"):
        j -= 1  # 'a record 32 goals', 'a combined 435 homes'
    if j < k and j > 0 and toks[j - 1].is_("det"):
        k = j - 1
    if k > 1 and toks[k - 1].low == "of":
        # 'a survey of seven countries', 'a study of 135 firms', 'an increase of 600 jobs'
        return _np_left(toks, k - 1, pp=False) or _direction_head(toks, k - 1)
    m = k - 1 if k > 1 and toks[k - 1].low in HOLDER_PREPS else k  # 'grew by 600 jobs', 'begin with 1,100 homes'
    verb = toks[m - 1] if m > 0 else None
    if verb is not None and (verb.is_any("level", "change", "give", "verb") or _verbish(verb)):
        m -= 1
    elif m == k and verb is not None and verb.content and verb.text.islower():
        m -= 1  # in news prose a lower-case word before a count is its verb ('employs', 'netted')
    else:
        return _clause_opening(toks, k)
    m = _skip_left(toks, m, ("aux",))
    if m > 1 and toks[m - 1].low == "to":
        m = _skip_left(toks, m - 1, ("aux", "level"))  # 'was to have 400 stations', 'is set to offer'
        if m > 0 and _verb_like(toks, m - 1):
            return None  # 'they would need to add ten users'
    m = _before_relative(toks, m)
    if m > 1 and toks[m - 1].low in SPEAKER_PRONOUNS and toks[m - 2].is_("verb"):
        m = _skip_left(toks, m - 2, ("aux",))  # 'the company said it has 1,000 customers': the speaker
    got = _np_left(toks, m)
    if got is None or any(t.is_("pron") for t in toks[got[0] : got[1]]):
        return None
    return got
