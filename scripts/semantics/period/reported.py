"""The story's reported results: the periods its results are dated by, carried to results figures the text does not
date again ('Heineken's net income fell to 537m euros during 2004.' ... 'total sales increased 4% to 36bn kroner')."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ...extraction.mentions import DateMention
from .clauses import (
    _CLAUSE_MARK,
    SENTENCE_REACH,
    _clause_start,
    _says_forecast,
    _sentence_end,
    _sentence_start,
    _unbracketed,
)
from .inheritance import _forecast_date, _inheritable
from .result import Period
from .tense import _says_past
from .vocab import _RESULT_WORD, _W, INHERITABLE

#: Nouns of a firm's or an economy's reported result (``carried_results``): a figure that names one in its clause is
#: part of the story's report ('total sales increased 4%', 'its dividend payment by 25%').
CARRIED_RESULTS = frozenset(_W["carried_results"])
#: Nouns after a result word that make it a rate ('earnings growth'), no firm's result (``carried_result_rates``).
RESULT_RATES = frozenset(_W["carried_result_rates"])
#: A relative pronoun: a date after one in its clause is an event's about something else ('Parmalat, which went
#: bust in 2003').
_RELATIVE = re.compile(r"(?<![A-Za-z])(?:which|who|whose|where)(?![A-Za-z])", re.I)


#: A past progressive ('was halving', 'were cutting'): an action under way or planned, not a result reported.
_PROGRESSIVE = re.compile(
    r"(?<![A-Za-z])(?:was|were)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?[a-z]{2,}ing(?![A-Za-z])", re.I
)


def _names_result(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a result (a word of :data:`CARRIED_RESULTS`), not as a rate's modifier
    ('annual earnings growth': :data:`RESULT_RATES`)."""
    words = [w.lower() for w in _RESULT_WORD.findall(text, start, end)]
    return any(
        w in CARRIED_RESULTS and (k + 1 == len(words) or words[k + 1] not in RESULT_RATES) for k, w in enumerate(words)
    )


def _date_clause(text: str, d: DateMention, start: int, end: int) -> tuple[int, int]:
    """The clause of the date ``d`` in its sentence ``text[start:end]``, between the clause marks around it
    (:data:`_CLAUSE_MARK`, none inside a bracket: '537m euros ($701m; £371m) during 2004' is one clause), and the
    clause after it too when the date opens its sentence ('For 2004 as a whole, eBay earned $778.2m'): the words
    whose result it dates, not those of another clause ('Profits were 40m rupees, after a launch in December 2000')."""
    marks = list(_CLAUSE_MARK.finditer(_unbracketed(text, start, d.start)))
    lo = start + marks[-1].end() if marks else start
    after = _CLAUSE_MARK.search(_unbracketed(text, d.end, end))
    hi = d.end + after.start() if after else end
    if lo == start and after is not None:
        following = _CLAUSE_MARK.search(_unbracketed(text, hi + 1, end))
        hi = hi + 1 + following.start() if following else end
    return lo, hi


def reported_results(text: str, dates: Sequence[DateMention]) -> list[int]:
    """The indices of ``dates`` that date a reported result, in text order: a period later sentences can take
    (:func:`_inheritable`), no forecast's (:func:`_forecast_date`), in a sentence in the past that names a result
    (:data:`CARRIED_RESULTS`), not after a relative pronoun in its clause ('net income fell to 537m euros during
    2004', 'For 2004 as a whole, eBay earned $778.2m'). A period the text leaves unanchored ('sales rose 1.2% in
    December' in a story of no stated year) is one too: it has no value to give, and keeps a later year from being
    taken for it."""
    out: list[int] = []
    for i, d in enumerate(dates):
        if d.granularity not in INHERITABLE:
            continue
        start = _sentence_start(text, 0, d.start)
        end = _sentence_end(text, d.end)[1]
        # The cheap tests first (a result named in the date's clause, a past sentence): most dates fail one of them.
        if not _names_result(text, *_date_clause(text, d, start, end)) or not _says_past(text, start, end):
            continue
        if _RELATIVE.search(text, _clause_start(text, start, d.start), d.start):
            continue
        anchored = replace(d, value=d.value or "X")  # an unanchored period is read as a valued one would be
        if not _inheritable(text, anchored, start, end) or _forecast_date(text, d, start, end):
            continue
        out.append(i)
    return out


def carried_result(
    text: str,
    fig: tuple[int, int],
    sentence: tuple[int, int],
    measure: tuple[int, int] | None,
    dates: Sequence[DateMention],
    results: Sequence[int],
) -> Period | None:
    """The period of the story's latest reported result before the figure's sentence (``results``: indices of
    ``dates`` from :func:`reported_results`), for an undated figure that is part of that report: its clause (up to
    the clause mark after it) names a result (:data:`CARRIED_RESULTS`, or its ``measure`` does) and forecasts
    nothing, and its sentence is in the past."""
    starts = [dates[i].start for i in results]
    k = bisect_left(starts, sentence[0]) - 1
    if k < 0:
        k = bisect_left(starts, sentence[1])  # none before: the first the story reports after it
        if k >= len(starts):
            return None
    own_end = sentence[1]
    mark = _CLAUSE_MARK.search(_unbracketed(text, fig[1], sentence[1]))
    if mark is not None:
        own_end = fig[1] + mark.start()
    own_start = _clause_start(text, sentence[0], fig[0])
    near = (max(sentence[0], fig[0] - SENTENCE_REACH), min(sentence[1], fig[1] + SENTENCE_REACH))
    if _says_forecast(text, own_start, own_end) or not _says_past(text, *near):
        return None
    if _PROGRESSIVE.search(text, own_start, own_end) is not None:
        return None  # 'said it was halving its dividend payment to 17 cents': a step under way, not a result
    named = _names_result(text, own_start, own_end) or (measure is not None and _names_result(text, *measure))
    if not named:
        return None
    i = results[k]
    return Period(dates[i].value, i, "inherited_story") if dates[i].value else None
