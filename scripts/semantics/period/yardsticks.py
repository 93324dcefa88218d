"""Yardsticks and rates: the forecast a result is measured against ('in line with forecasts'), a rate's own clause
('$200m a year')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...extraction.mentions import Figure
from .bases import BASE_FIGURE_WORDS
from .vocab import _W, _phrase_alternatives, _spaced_alternatives

#: A rate's time unit after its figure ('$200m a year', '200,000 jobs will need to be created each month',
#: '474,000 bpd'): up to :data:`RATE_WINDOW` words, with no mark of a clause, then the unit.
_RATE_AFTER = re.compile(
    r"(?:[ \t\u00a0]*\([^()\n]{1,40}\))?"  # a conversion between ('$5.15 (£3.90) an hour')
    rf"(?:[ \t\u00a0]+[A-Za-z'’-]+){{0,{int(_W['RATE_WINDOW'])}}}?[ \t\u00a0]*"
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['rate_units'])})(?![A-Za-z])"
    r"(?![ \t\u00a0]+(?:ago|earlier|before|later|on|after)(?![A-Za-z]))",
    re.IGNORECASE,
)


#: The hedges before a yardstick's figure (period.toml yardstick_hedges: 'expectations of about 2%'), as an alternation.
_YARDSTICK_HEDGES = _phrase_alternatives(_W["yardstick_hedges"])
#: The expectation a reported result is measured against, right before its figure ('expectations of a 0.3%
#: rise', 'analysts' forecasts of £532m', 'missing forecasts of 53.7'): a noun of ``yardstick_nouns``, 'of',
#: perhaps an article or a hedge.
_YARDSTICK_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['yardstick_nouns'])})[ \t\u00a0]+of[ \t\u00a0]+"
    rf"(?:(?:a|an|{_YARDSTICK_HEDGES})[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)


def is_yardstick(text: str, fig_start: int, sentence_start: int) -> bool:
    """Whether the figure at ``fig_start`` is the expectation a result before it in its sentence is measured
    against ('output dropped 0.1% in November, matching a fall in October and confounding expectations of a
    0.3% rise', 'the PMI fell to 51.8 from 53.3 in December, missing forecasts of 53.7'): a forecast of the
    result's own period, which it takes, not the nearest date (the base's, or another figure's)."""
    return _YARDSTICK_BEFORE.search(text, max(sentence_start, fig_start - 60), fig_start) is not None


#: Right before a yardstick figure: a comparison with a forecast and an article ('ahead of the', 'more than the'), or
#: a bare comparison ('rather than'), perhaps a hedge ('about').
_YARDSTICK_FIGURE_BEFORE = re.compile(
    rf"(?<![\w'’])(?:(?:{_phrase_alternatives(_W['compared_forecast_before'])})[ \t\u00a0]+"
    rf"(?:{_phrase_alternatives(_W['yardstick_articles'])})|{_phrase_alternatives(_W['yardstick_bare_before'])})"
    rf"[ \t\u00a0]+(?:(?:{_YARDSTICK_HEDGES})[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
#: Right after a yardstick figure, the clause of its forecast: up to two words of its noun ('growth rate'),
#: perhaps 'that', 'which' or 'as' (``yardstick_relatives``), up to three words of who forecast it, perhaps an
#: auxiliary (``yardstick_auxiliaries``) and an adverb, then a verb of ``yardstick_verbs`` not followed by 'to' ('the
#: 169,000 figure that Wall Street economists had forecast', 'the £1.4bn expected', '6% as forecast').
_YARDSTICK_CLAUSE_AFTER = re.compile(
    r"(?:[ \t\u00a0]+[A-Za-z-]+){0,2}?[ \t\u00a0]+"
    rf"(?:(?:{_spaced_alternatives(_W['yardstick_relatives'])})[ \t\u00a0]+)?(?:[A-Za-z'’-]+[ \t\u00a0]+){{0,3}}?"
    rf"(?:(?:{_spaced_alternatives(_W['yardstick_auxiliaries'])})[ \t\u00a0]+(?:been[ \t\u00a0]+)?)?"
    r"(?:[a-z]+ly[ \t\u00a0]+)?"
    rf"(?:{_phrase_alternatives(_W['yardstick_verbs'])})(?![A-Za-z])(?![ \t\u00a0]+to[ \t\u00a0])",
    re.IGNORECASE,
)
#: Where the clause of a yardstick's forecast ends: a clause mark, a dash between spaces, or a conjunction
#: (``yardstick_clause_conjunctions``: 'more than the £1.4bn expected and above the £1.4bn reported in the previous
#: month').
_YARDSTICK_CLAUSE_END = re.compile(
    r"[,;:()]|[ \t\u00a0][-–—][ \t\u00a0]"
    rf"|[ \t\u00a0](?:{_spaced_alternatives(_W['yardstick_clause_conjunctions'])})[ \t\u00a0]",
    re.IGNORECASE,
)


def yardstick_clause(text: str, fig: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the clause that makes the figure a forecast a result is compared with, from the figure's end to
    the clause's ('was ahead of the 3.1% the government estimated a month ago', 'short of the 2.5% which the
    French government had predicted', 'rather than 6% as forecast before tsunamis hit'), or None. The figure is
    that result's forecast, of the result's time (:func:`measured_result`); the clause tells when the forecast
    was made ('a month ago', 'before tsunamis hit'), which is no time of the figure's."""
    if _YARDSTICK_FIGURE_BEFORE.search(text, max(sentence[0], fig[0] - 40), fig[0]) is None:
        return None
    m = _YARDSTICK_CLAUSE_AFTER.match(text, fig[1], sentence[1])
    if m is None:
        return None
    end = _YARDSTICK_CLAUSE_END.search(text, m.end(), sentence[1])
    return (fig[1], end.start() if end is not None else sentence[1])


#: A base word or a possessive date right before a figure, perhaps with two words between ('from a revised
#: 53.3', 'compared with 2003's 784m euro figure', 'than $5bn'): the shared words, and 'with' (of 'compared
#: with'), 'than' and a possessive, since any earlier figure so introduced is no result a yardstick measures.
_BASE_JUST_BEFORE = re.compile(
    rf"(?:(?<![A-Za-z])(?:{BASE_FIGURE_WORDS}|with|than)|['’]s)(?:[ \t\u00a0]+[A-Za-z'’-]+){{0,2}}[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


def measured_result(text: str, figures: Sequence[Figure], k: int, sentence_start: int) -> int | None:
    """The index of the result that the yardstick ``figures[k]`` (:func:`is_yardstick`) is measured against: the
    nearest figure before it in its sentence that is no base of a comparison ('fell to 51.8 from a revised 53.3 in
    December, missing forecasts of 53.7': 51.8, not 53.3); None when there is none ('compared with 2003's 784m
    euro figure and below expectations of 374m euros': the result has no figure of its own)."""
    for j in range(k - 1, -1, -1):
        g = figures[j]
        if g.start < sentence_start:
            return None
        if _BASE_JUST_BEFORE.search(text, max(sentence_start, g.start - 30), g.start) is None:
            return j
    return None


def is_rate(text: str, fig: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """A yearly, monthly or daily rate ('savings of $200m a year', '200,000 jobs ... each month'): as the
    gold protocol has it, a rate has the period its own clause states ('474,000 bpd in 1973') and none
    otherwise, so it takes no period stated in another clause or sentence."""
    if _RATE_AFTER.match(text, fig[1], sentence[1]) is not None:
        return True
    unit = _RATE_OWN.search(text, fig[0], fig[1])  # the figure's own quote may hold its unit ('$200m a year')
    return unit is not None and _RATE_AFTER.match(text, unit.start(), sentence[1]) is not None


#: Where a rate's unit may start inside a figure's own quote: the last white space or letter run.
_RATE_OWN = re.compile(
    r"(?:[ \t\u00a0]+|(?<=[0-9]))(?=(?:a|per|each|every)[ \t\u00a0]+[A-Za-z]+\Z|(?:bpd|b/d)\Z)", re.IGNORECASE
)
