"""Figures measured since a date: a present perfect ('has risen 4% since December') and a total since a date
(period_method ``since``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...extraction.dates import words_re
from ...extraction.mentions import DateMention
from ..per_text import per_text
from .bases import _later, base_word_before
from .clauses import _LEAD, _clause_start, _crossing, _unbracketed
from .result import Period
from .tense import _HAS_PERFECT, _SINCE
from .vocab import _DATES_VOCAB, _PARTICIPLE, _W, _phrase_alternatives

#: A present perfect ('has strengthened', 'have lost', 'has risen'): 'has' or 'have', perhaps an adverb,
#: then a word in -ed or an irregular participle.
_PRESENT_PERFECT = re.compile(
    r"(?<![A-Za-z])(?:has|have)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?(?:[a-z]{2,}ed|" + _PARTICIPLE + r")(?![A-Za-z])",
    re.IGNORECASE,
)


@per_text
def perfect_since(text: str, sentence: tuple[int, int]) -> bool:
    """A sentence in the present perfect that measures from a point in the past ('The currency has
    strengthened 4% since late December', 'shares, which have lost 50% of their value since last year'):
    its figures run to the undated present, and take no period stated before them."""
    m = _PRESENT_PERFECT.search(text, *sentence)
    return m is not None and _SINCE.search(text, m.end(), sentence[1]) is not None


#: A present perfect, active or passive ('has cut', 'have exceeded', 'have been sold off'), not the copula's
#: ('has been a net importer', 'has now been above 50'): a state since a date is no total.
_PERFECT_TOTAL = re.compile(
    _HAS_PERFECT + r"(?!been(?![A-Za-z]))(?:[a-z]{2,}ed|" + _PARTICIPLE + r")(?![A-Za-z])", re.IGNORECASE
)
_SINCE_WORD = re.compile(r"since(?![A-Za-z])", re.IGNORECASE)
#: A word naming a total before a figure ('bringing total cost savings to £100m'), period.toml ``since_totals``.
_SINCE_TOTAL = words_re(_W["since_totals"])
_RECORD = words_re(_DATES_VOCAB["present"]["record_before"])
_RECORD_COPULA = re.compile(rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['record_copulas'])})(?![A-Za-z])|[,;:–—]", re.I)
#: How far before a figure (characters) a word of a total is looked for.
TOTAL_REACH = 60


def since_date(
    text: str,
    fig: tuple[int, int],
    sentence: tuple[int, int],
    dates: Sequence[DateMention],
    figures: Sequence[tuple[int, int]] = (),
) -> tuple[int, bool] | None:
    """The index in ``dates`` of the date the figure is measured since, and whether the figure is a total tied
    to its sentence's later period rather than a present perfect's; None when it is measured since no date.

    The date has a value and 'since' before it (:func:`base_word_before`: 'since its launch in August', 'since
    the scheme began in mid-2003'), either after the figure in its clause, with no other figure between and no
    record between ('That 1.5% rate is the lowest we have seen since 2000-1', :func:`_record_between`), or
    opening the sentence, one comma before the figure's clause ('Since the 11 September 2001 attacks, BA has cut
    13,000 jobs'); and that clause is in the present perfect (:data:`_PERFECT_TOTAL`: 'Ford, which has sold
    4,000 of its first hybrid since its launch in August'), or, for a date after the figure, names a total
    (``since_totals``: 'bringing total cost savings to £100m since the scheme began in mid-2003'). A decade has no
    month to start a range from, and is left alone."""
    lead = _LEAD.match(text, sentence[0], sentence[1])
    opening = lead.end() if lead else sentence[0]
    for i, d in enumerate(dates):
        if not d.value or "X" in d.value or d.start < sentence[0] or d.end > sentence[1]:
            continue
        where = base_word_before(text, d, sentence[0])
        if where is None or not _SINCE_WORD.match(text, where):
            continue
        if d.start >= fig[1]:
            if _crossing(text, fig[1], where) or any(fig[1] <= a and b <= where for a, b in figures):
                continue
            if _record_between(text, fig[1], where):
                continue
            stretch = (_clause_start(text, sentence[0], fig[0]), where)
        elif where == opening and d.end <= fig[0]:
            gap = _unbracketed(text, d.end, fig[0])
            if gap.count(",") != 1 or any(c in gap for c in ";:"):
                continue
            stretch = (d.end, fig[0])
        else:
            continue
        if _PERFECT_TOTAL.search(text, *stretch) is not None:
            return i, False
        if d.start >= fig[1] and _SINCE_TOTAL.search(text, max(stretch[0], fig[0] - TOTAL_REACH), fig[0]):
            return i, True
    return None


def _record_between(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (between a figure and 'since') holds a record word after a copula or a clause mark:
    'is the lowest we have seen since', not the counted thing's own words ('4,000 of its first hybrid since')."""
    return any(_RECORD_COPULA.search(text, lo, m.start()) is not None for m in _RECORD.finditer(text, lo, hi))


def since_range(since: DateMention, present: str, later: Period | None = None) -> str | None:
    """The period of a figure measured since the date ``since``: from that date to ``later`` (a later period its
    sentence reports, for a total: 'saved £75m in 2004, bringing total cost savings to £100m since mid-2003' is
    2003/2004), else to the story's ``present`` (the gold protocol: a total tied to no later period runs to the
    story's present, '2004-08/2005'); None when the present is open or not after the date. The bounds are written
    to the month at most (a day's start, '11 September 2001', counts from its month: '2001-09/2005'); a range
    within one period is that period ('since the start of the year', 2005 in a 2005 story, is '2005')."""
    start = since.value.split("/")[0][:7]
    if later is not None and _later(later.value, since.value):
        end = later.value.split("/")[-1][:7]
    elif present:
        end = present[:7]
    else:
        return None
    if start == end:
        return start
    if end[:4] > start[:4] or (end[:4] == start[:4] and (len(end) == 4 or (len(end) == len(start) and end > start))):
        return f"{start}/{end}"  # a present known by its year is in it, after the start ('since January': 2005-01/2005)
    return None
