"""The story's period: the period its lede (or the paragraph after) reports, a headline's or body's named result, a
firm's annual result."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...extraction.mentions import DateMention
from ..words import word_classes
from .bases import is_base
from .clauses import _CLAUSE_MARK, _clause_start, _says_forecast, _sentence_start, _unbracketed
from .inheritance import _forecast_date, _inheritable
from .result import Period
from .tense import _says_past, restates_previous
from .vocab import _RESULT_WORD, ANNUAL_RESULTS, INHERITABLE, PERIOD_NOUNS, STORY_CHANGES, STORY_RESULTS


def story_period(
    text: str,
    fig_start: int,
    sentence: tuple[int, int],
    lede_span: tuple[int, int],
    reported: Period | None,
    reported_in: tuple[int, int] | None = None,
) -> Period | None:
    """The story's period for a figure of a later paragraph whose own paragraph states none: the first
    period the lede reports, as a reader takes 'Unilever ... after reporting
    "unsatisfactory" earnings for 2004' to date the next paragraph's 'annual pre-tax profit fell 36%'.

    ``sentence``: the figure's sentence, which must report the past (a verb in the past, no word of a
    forecast); ``reported``: the first period reported by the paragraph the story's period is read from,
    the lede or ``reported_in``, the paragraph after a lede that reports no period (:func:`story_source`
    reads both once per article). A forecast's date, or an event's in a relative clause, is no story period.
    """
    if reported is None:
        return None
    source = lede_span if reported_in is None else reported_in
    if fig_start < max(lede_span[1], source[1]):
        return None  # the lede's own figures take the paragraph's rule, a headline's the figure it restates
    if _says_forecast(text, *sentence) or not (_says_past(text, *sentence) or restates_previous(text, sentence)):
        # a forecast, a plan or a hypothesis ('could sell for up to £350m') is not the story's report,
        # nor a present state ('UK Coal operates 15 mines'); a restatement of the lede's figure is ('The
        # figure means the annual rate is down to 10.2%')
        return None
    return reported  # 'grew 5% in 2004 - triple the value 10 years earlier'


def story_source(
    text: str,
    lede_span: tuple[int, int],
    lede_dates: Sequence[DateMention],
    body: tuple[int, int] | None,
    body_dates: Sequence[DateMention],
) -> tuple[tuple[int, int], Period | None]:
    """The paragraph whose first reported period is the story's (:func:`story_period`), and that period
    (indices count from the paragraph's first date; None where it reports none): the lede, or, when
    the lede reports a change of a result (a word of ``story_results`` and a change word, of the words vocab's
    class or of ``story_changes``: 'Barclays has seen annual pre-tax profits climb to record levels', 'has helped
    boost profits at owner France Telecom') but no period, the paragraph after it, which dates
    that result ('Profits for the year to 31 December rose 20%'), as :func:`body_period` has the lede's own
    figures take it. A lede about an event ('The trial of ... has started', 'agreed a $168m settlement')
    keeps its own, as does a lede whose next paragraph opens with a period the text leaves unanchored ('for
    the three months to December' in an undated story): a later date there is not the result's."""
    reported = _first_reported(text, lede_span, lede_dates)
    if body is None or reported is not None:
        return lede_span, reported
    words = {w.lower() for w in _RESULT_WORD.findall(text, *lede_span)}
    if not words & STORY_RESULTS or not (
        words & STORY_CHANGES or any("change" in word_classes().get(w, ()) for w in words)
    ):
        return lede_span, reported
    first = _first_reported(text, body, body_dates)
    if first is None or any(
        not d.value and d.granularity in INHERITABLE for d in body_dates[: first.date] if d.start >= body[0]
    ):
        return lede_span, reported
    return body, first


#: How many words after a headline's or lede's figure name the result it is ('a 40% drop in profits').
RESULT_WINDOW = 4
#: Adjectives of a result that say the length of its period ('annual profits' are a year's).
RESULT_SPAN = {"annual": "year", "full-year": "year", "yearly": "year", "quarterly": "quarter", "monthly": "month"}


def body_period(
    text: str, fig: tuple[int, int], sentence: tuple[int, int], body: tuple[int, int], dates: Sequence[DateMention]
) -> Period | None:
    """The period of a headline's or lede's figure that its sentence does not date, from the paragraph
    after the lede (``body``; ``dates``: its dates): as the gold rule has it, 'the headline's "18% jump
    in quarterly sales" takes the quarter that the body names', and "BA has blamed high fuel prices for a
    40% drop in profits" takes the three months to 31 December 2004 that the next paragraph reports.

    Only a reported result ('profits', 'sales', 'growth': a word of :data:`PERIOD_NOUNS` within
    :data:`RESULT_WINDOW` words after the figure, a verb in the past, no forecast), and a period of the
    length its adjective gives (:data:`RESULT_SPAN`): a deal's price, a plan or a share move takes none. The
    first period of the paragraph that is no base, bound, aside or forecast's.
    """
    if _says_forecast(text, *sentence) or not _says_past(text, *sentence):
        return None
    # no result named after the figure: none ('$14.5m to settle a lawsuit over gun sales')
    return _named_result_period(text, fig, sentence[1], body, dates)


def headline_period(
    text: str, fig: tuple[int, int], headline: tuple[int, int], lede_span: tuple[int, int], dates: Sequence[DateMention]
) -> Period | None:
    """The period of a headline's figure that no date of the headline gives, from the lede (``dates``: its dates):
    the headline's figure takes the period its body gives it, as the gold rule has it ('Nortel in $300m profit
    revision' over 'has sharply revised downwards its profits for the 2003 fiscal year' is 2003's). A headline has
    no verb in the past to say it reports, so only a result it names (a word of :data:`PERIOD_NOUNS` within
    :data:`RESULT_WINDOW` words after the figure), a headline and lede that forecast nothing, and a period of the
    length the result's adjective gives (:data:`RESULT_SPAN`); the first the lede reports (:func:`_first_reported`)."""
    if _says_forecast(text, *headline) or _says_forecast(text, *lede_span):
        return None
    # no result named after the figure: none ('Acme in $4bn plane deal')
    return _named_result_period(text, fig, headline[1], lede_span, dates)


def annual_result(
    text: str,
    measure: tuple[int, int],
    sentence: tuple[int, int],
    dates: Sequence[DateMention],
    present: str,
    fig_end: int | None = None,
) -> Period | None:
    """The period of a firm's result that its measure calls a year's ('Heineken saw its annual profits drop 33%',
    'annual pre-tax profits fall to 3.4bn Danish kroner': a year adjective of :data:`RESULT_SPAN` and a noun of
    :data:`ANNUAL_RESULTS` that ends the measure or is followed by a preposition, not 'annual earnings growth', a
    rate, nor 'annual profits target') and that nothing else dates: reported in the past (no forecast), it is of the
    year just ended, the year before the story's ``present``, as the gold reads 'annual' ('whose year comes from the
    context'). Only where the text states that year as a year (linked to its first such date, not a base: 'net
    income fell to 537m euros during 2004'); None otherwise. The caller drops it when the figure's sentence compares
    it with a base no earlier ('rose 10% on 2004': :func:`later_than_bases`). Given ``fig_end`` (the figure's end),
    forecast words are read up to the clause mark after the figure: a forecast of a later clause ('saw its annual
    profits drop 33% and warned that earnings in 2005 may also slide') is not the result's; a past is read in the
    whole sentence ('annual profits of 3.1bn kroner, a record, were reported')."""
    if len(present) < 4 or not present[:4].isdigit():
        return None
    words = [w.lower() for w in _RESULT_WORD.findall(text, *measure)]
    heads = [i for i, w in enumerate(words) if w in ANNUAL_RESULTS]
    if not any(RESULT_SPAN.get(w) == "year" for w in words) or not heads:
        return None
    after = words[heads[-1] + 1 : heads[-1] + 2]
    if after and "prep" not in word_classes().get(after[0], ()):
        return None  # the result word modifies another noun: 'annual earnings growth' is a rate, not a result
    own = sentence
    if fig_end is not None and (mark := _CLAUSE_MARK.search(_unbracketed(text, fig_end, sentence[1]))) is not None:
        own = (sentence[0], fig_end + mark.start())
    if _says_forecast(text, *own) or not _says_past(text, *sentence):
        return None
    year = str(int(present[:4]) - 1)
    for i, d in enumerate(dates):
        if d.value == year and d.granularity == "year" and not is_base(text, d, _sentence_start(text, 0, d.start)):
            return Period(year, i, "inherited_story")
    return None


def _named_result_period(
    text: str, fig: tuple[int, int], end: int, span: tuple[int, int], dates: Sequence[DateMention]
) -> Period | None:
    """The first period ``span`` reports (:func:`_first_reported`; ``dates``: its dates) for a figure that names a
    result after it, before ``end`` (a word of :data:`PERIOD_NOUNS` within :data:`RESULT_WINDOW` words), of the
    length the result's adjective gives (:data:`RESULT_SPAN`); None when no result is named. The reading
    :func:`body_period` and :func:`headline_period` share."""
    near = [w.lower() for w in _RESULT_WORD.findall(text, fig[1], min(end, fig[1] + 50))[:RESULT_WINDOW]]
    if not set(near) & PERIOD_NOUNS:
        return None
    wanted = next((RESULT_SPAN[w] for w in near if w in RESULT_SPAN), None)
    return _first_reported(text, span, dates, wanted)


def _first_reported(
    text: str, span: tuple[int, int], dates: Sequence[DateMention], granularity: str | None = None
) -> Period | None:
    """The first period of the paragraph ``span`` (``dates``: its dates) that the story reports: one it can
    give (:func:`_inheritable`), no forecast's date, and not an event's time in a relative clause ('Parmalat,
    which went bust in 2003'); with ``granularity``, only a period of that length ('annual profits' are a
    year's, not the 'fourth-quarter dividend' of the next paragraph)."""
    start, end = span
    for i, d in enumerate(dates):
        if not _inheritable(text, d, start, end) or _forecast_date(text, d, start, end):
            continue
        if granularity is not None and d.granularity != granularity:
            continue
        if _RELATIVE.search(text, _clause_start(text, start, d.start), d.start):
            continue
        return Period(d.value, i, "inherited_story")
    return None


#: A relative pronoun opening a clause about something else than the story's report.
_RELATIVE = re.compile(r"(?<![A-Za-z])(?:which|who|whose|where)(?![A-Za-z])", re.I)
