"""The period of a figure dated only by its base: the unit after 'the previous quarter' (``after_base``), a part of a
base's year (``same_part``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...extraction.dates.values import shift_value
from ...extraction.mentions import DateMention
from .bases import base_word_before, bases
from .clauses import _unbracketed
from .tense import states_present, tells_time
from .vocab import _DIGIT, _W, _YEAR_VALUE, _phrase_alternatives

#: A base counted back one unit from the figure's own period, the whole quote of a date ('the previous quarter',
#: 'previous year'): the unit (group 1). Words: period.toml previous_unit_before, previous_units.
_PREVIOUS_UNIT = re.compile(
    rf"(?:the[ \t\u00a0]+)?(?:{_phrase_alternatives(_W['previous_unit_before'])})[ \t\u00a0]+"
    rf"({_phrase_alternatives(_W['previous_units'])})",
    re.IGNORECASE,
)


def after_base(
    text: str,
    fig: tuple[int, int],
    sentence: tuple[int, int],
    dates: Sequence[DateMention],
    years: frozenset[str] = frozenset(),
) -> tuple[int, str] | None:
    """The index in ``dates`` of the figure's base counted back from its own period, and the period after that
    base's value: 'rose to 4.7% from 4.6% in the previous quarter' (the previous quarter 2004-Q3) is of 2004-Q4.
    For a figure that nothing else dates: 'the previous quarter' is the one before the figure's, whichever the
    paragraph leaves unsaid. Only a base of the figure's sentence (:func:`bases`) whose value is of its unit (a
    quarter for 'the previous quarter'), and only one such base; None otherwise. A base figure's bare year counts
    back a year only to a year of ``years`` (those the text names or its present): 'has jumped to 2.4 million
    barrels, compared with 474,000 in 1973' in a story of 2004 says nothing of 1974; and only for a figure its
    sentence tells as done, no present state ('It now employs 5,000, down from 6,000 in 2003' is of now, not 2004:
    :func:`tells_time`, :func:`states_present`)."""
    compared = {d.start for d in bases(text, fig, sentence, dates)}
    found = [
        (i, unit)
        for i, d in enumerate(dates)
        if d.start in compared and d.value and (unit := _base_unit(text, fig, sentence, d, dates)) is not None
    ]
    if len(found) != 1:
        return None
    i, unit = found[0]
    shifted = shift_value(dates[i].value, unit, 1)
    if shifted is None:
        return None
    if _PREVIOUS_UNIT.fullmatch(dates[i].quote) is None and (
        shifted[0] not in years or not tells_time(text, *sentence) or states_present(text, fig, sentence)
    ):
        return None  # a bare year: a result told as done is of the year after, a state now is of no such year
    return i, shifted[0]


def _base_unit(
    text: str, fig: tuple[int, int], sentence: tuple[int, int], d: DateMention, dates: Sequence[DateMention]
) -> str | None:
    """The unit a base date of the figure is counted back by from the figure's own period: 'the previous quarter'
    is a quarter back (its unit, of the date's granularity); a bare year that dates a base figure ('a dramatic
    change from the loss of 364m euros in 2003', 'fall from 5% in 2004 to 4.25%') a year back, as a result is
    compared with the year before; only with one number between the base word and the year (the base figure's;
    a conversion in brackets aside), no other figure between the figure and that base (''growth slipping
    to 1.8% from 2.0% this year and 1.9% from 2.4% in 2005': the base is 1.9%'s, not 1.8%'s) and no other date
    between the base word and the year ('from the early 1990s to 1997'). None for any other base: a year compared
    with no figure of its own ('rose faster than in 2004', 'from privatisations in 2005', 'from 2011 onwards'), 'a
    year ago', 'December'."""
    if (m := _PREVIOUS_UNIT.fullmatch(d.quote)) is not None and d.granularity == m[1].lower():
        return m[1].lower()
    if d.granularity != "year" or not _YEAR_VALUE.match(d.quote):
        return None
    where = base_word_before(text, d, sentence[0])
    if where is None or where < fig[1] <= d.start:
        return None
    if any(where <= e.start < d.start for e in dates):
        return None
    between = _unbracketed(text, fig[1], where) if fig[1] <= where else _unbracketed(text, d.end, fig[0])
    numbers = len(_NUMBER.findall(_unbracketed(text, where, d.start)))
    return "year" if numbers == 1 and _DIGIT.search(between) is None else None


#: A number written in digits ('364m', '2.4bn', '6,000'): the base figure between a base word and its bare year
#: is one ('from the loss of 364m euros in 2003'); two ('got $8m from Japan, whose sales rose 5% to $3bn in 2004')
#: are a clause of their own, whose year is no base of the figure before the base word.
_NUMBER = re.compile(r"[0-9](?:[0-9.,]*[0-9])?")


#: A period of a part of a year: a quarter, half or month ('2004-Q4', '2004-H1', '2004-12'); the part is group 1.
#: Validation (``package.validate``) checks a same_part period against it.
PART_OF_YEAR = re.compile(r"\d{4}(-Q[1-4]|-H[12]|-(?:0[1-9]|1[0-2]))")


#: Only 'in' between a base figure and its bare year ('from 2.4bn euros in 2003'), not 'for the whole of 2003'.
_IN_BETWEEN = re.compile(r"[ \t\u00a0]+in[ \t\u00a0]+")


def same_part(text: str, fig_end: int, d: DateMention, compared: str | None) -> str | None:
    """The period of a base figure ending at ``fig_end`` and dated by the bare year ``d`` right after it ('from
    2.4bn euros in 2003') that a figure of the part of a later year ``compared`` is measured against: that part of
    the base's year ('fourth quarter operating profits fell to 785m euros from 2.4bn euros in 2003': 2003-Q4),
    since a change is measured against the same part of an earlier year, which the text names by its year alone.
    None when either is no such period, or the year is told as a whole ('compared with $5bn for all of 2003')."""
    m = PART_OF_YEAR.fullmatch(compared or "")
    if m is None or compared is None or not (d.quote.isdigit() and d.value == d.quote) or compared[:4] <= d.value:
        return None
    if _IN_BETWEEN.fullmatch(text, fig_end, d.start) is None:
        return None
    return d.value + m[1]
