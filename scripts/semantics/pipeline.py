"""The semantic stage: what, who and when of every figure of an extraction, with evidence spans.

Applied to the extraction result before rows are built (``newsfigures.package.tables``), and by the
benchmark. Each answer is a span of the text (or a link to a date expression), so that the
validation checks it like a quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..extraction.dates.values import Span
from ..extraction.mentions import DateMention, Figure
from ..extraction.merge import Extraction, SpanIndex
from ..package.provenance import running_text, sentence_spans
from .budget import budget_measure, budget_year
from .measure import find_holder, find_measure, points_back
from .period import (
    PART_OF_YEAR,
    Period,
    about_survey,
    after_base,
    annual_result,
    base_figure,
    before_the_story,
    body_period,
    carried_result,
    collapse_date,
    fieldwork_period,
    has_own_time,
    headline_period,
    in_session,
    inherited,
    is_rate,
    is_yardstick,
    later_than_bases,
    lede,
    lede_forecast,
    measured_result,
    nearest_date,
    paragraph_span,
    parallel_base,
    perfect_since,
    period_of_date,
    present_relative,
    reported_results,
    same_part,
    since_date,
    since_range,
    states_present,
    story_period,
    story_source,
    tells_collapse,
    tells_time,
    up_to_now,
    yardstick_clause,
)
from .places import Place
from .subject import PlaceFacts, TextSubjects
from .words import Token, mention_spans, token_start, tokens, word_classes

#: A blank line; only its end is read (where a paragraph starts), so the '\r' before its first '\n'
#: is left out: a pattern opening with a literal is searched for as one, many times faster.
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\r?\n")


@dataclass(frozen=True, slots=True)
class Semantics:
    """What, who and when of one figure; spans are offsets of the text, None when the text is silent."""

    measure: tuple[int, int] | None
    subject: Place | None
    counterpart: Place | None
    period: Period | None
    #: For a count whose measure is its counted noun, who holds the counted things ('Ford has 13,000
    #: workers'): the concept NewsQuant asks of a count (its unit is the noun); not a table column.
    holder: tuple[int, int] | None = None


def _containing(sentences: list[tuple[int, int]], starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The sentence span holding ``[start, end)`` (stretched over a figure that crosses its end)."""
    i = bisect_right(starts, start) - 1
    if i >= 0 and sentences[i][0] <= start < max(sentences[i][1], start + 1):
        return sentences[i][0], max(sentences[i][1], end)
    return start, end


#: A figure's semantics read its sentence in blocks of this many characters: the figure's block and
#: the one on either side (a sentence up to three blocks long is read whole). News sentences are
#: shorter; a text without full stops is then read in bounded pieces, in linear time.
BLOCK = 256

#: A figure's measure and holder are read from at most this many tokens on either side of it.
NEAR = 100

#: How far before its sentence a figure looks for the paragraph's period (characters).
LOOKBACK = 3000


def _window(text: str, sent: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of the sentence ``sent`` that the semantics of the figure at ``[start, end)`` read.

    The sentence itself when it is at most three :data:`BLOCK` long; else the figure's block and its
    two neighbours, cut at a space, so that the figures of one block share one tokenised window.
    """
    if sent[1] - sent[0] <= 3 * BLOCK:
        return sent
    k = (start - sent[0]) // BLOCK
    lo = sent[0] + max(0, k - 1) * BLOCK
    hi = min(sent[1], sent[0] + (k + 2) * BLOCK)
    if lo > sent[0]:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < sent[1]:
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else max(hi, end)
    return lo, max(hi, end)


def _shifted(period: Period | None, offset: int) -> Period | None:
    """``period`` found among the dates from index ``offset`` on, with its date's index in all the dates."""
    if period is None or period.date is None:
        return period
    return Period(period.value, period.date + offset, period.method)


def _own_span(text: str, sent: tuple[int, int], durations: list[int]) -> bool:
    """True when the sentence states its own time span ('over the past 15 years'), not an inheritable one.

    ``durations``: the sorted starts of the text's duration figures (:func:`duration_starts`).
    """
    for i in range(bisect_left(durations, sent[0]), bisect_left(durations, sent[1])):
        at = durations[i]
        before = text[max(sent[0], at - 20) : at].lower().split()
        if before and "span" in word_classes().get(before[-1], ()):
            return True
    return False


def _compared_period(figures: Sequence[Figure], done: Sequence[Semantics], sentence_start: int) -> str | None:
    """The period of the figure a base is compared with: the latest figure read before it (``done``: the semantics of
    ``figures`` so far) in its sentence, not a conversion ('785m euros ($1bn) from 2.4bn euros': 785m euros's)."""
    for j in range(len(done) - 1, -1, -1):
        if figures[j].start < sentence_start:
            return None
        if figures[j].equivalent_of is None:
            got = done[j].period
            return got.value if got is not None else None
    return None


def duration_starts(figures: list[Figure]) -> list[int]:
    """The sorted starts of the duration figures, for :func:`_own_span`'s bisection."""
    return sorted(f.start for f in figures if f.kind == "duration")


def inherits(
    text: str,
    fig: Span,
    sent: Span,
    dates: Sequence[DateMention],
    figures: Sequence[Span] = (),
    dated: bool | None = None,
    *,
    present: str,
) -> bool:
    """Whether a figure without a period in its sentence takes the paragraph's: not when its sentence has a
    time of its own that the text leaves unanchored ('ending Friday 0.24% lower'), nor for a present state
    ('It employs 77,000 people'), nor for the base of a change ('fell to £1.9bn from £2.1bn': the earlier
    period's, which the text leaves implicit), nor in a sentence all in the present (:func:`tells_time`).
    ``dates``: those of the figure's sentence (or more); ``figures``: the spans of its figures (a date that is
    another figure's is no time of this one's: :func:`has_own_time`); ``dated``: whether the figure's
    :func:`nearest_date` finds a date, when the caller has read it; ``present``: the story's, with which
    :func:`nearest_date` is read when not."""
    if not tells_time(text, *sent):
        return False  # all in the present: a state ('Umbro supplies more than 150 teams')
    return not (
        states_present(text, fig, sent) or _keeps_own_time(text, fig, sent, dates, figures, dated, present=present)
    )


def _keeps_own_time(
    text: str,
    fig: Span,
    sent: Span,
    dates: Sequence[DateMention],
    figures: Sequence[Span],
    dated: bool | None = None,
    *,
    present: str,
) -> bool:
    """Whether a figure's sentence gives it a time of its own that no period from elsewhere (the paragraph's,
    the budget's) may replace: a date of its sentence, even one the text leaves unanchored, an earlier time in
    the past perfect or before the story, a trading session; or the figure is the base of a change. ``figures``:
    the spans of the sentence's figures, which every caller passes (a date that is another figure's is no time of
    this one's: :func:`has_own_time`); ``dated`` and ``present``: as :func:`inherits` takes them."""
    return (
        has_own_time(text, fig, sent, dates, figures, dated, present=present)
        or perfect_since(text, sent)
        or before_the_story(text, sent)
        or in_session(text, sent, fig)
        or base_figure(text, fig, sent)
    )


def _budget_free(
    text: str,
    fig: tuple[int, int],
    sent: tuple[int, int],
    dates: Sequence[DateMention],
    durations: list[int],
    figures: Sequence[Span],
    *,
    present: str,
) -> bool:
    """Whether a figure without a period has no time of its own that would keep it from the budget's year: no
    date of its sentence, even one the text leaves unanchored ('peak at $427bn this year'), no span of its own
    ('over a 20-year period'), no earlier time in the past perfect ('In his last budget he had pledged'), no
    trading session, and it is no base of a change ('from £2.1bn'). ``figures``: the spans of the sentence's
    figures, as :func:`inherits` reads them: a date that is another figure's ('will rise by 4.2%, and in 2008 by
    3.9%') is no time of this one's, which then takes the budget's year. ``present``: the story's."""
    return not (_own_span(text, sent, durations) or _keeps_own_time(text, fig, sent, dates, figures, present=present))


def _after(text: str, paragraphs: list[int], story: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span of the paragraph after the lede ``story``, or None."""
    if story is None:
        return None
    i = bisect_right(paragraphs, story[1])
    return paragraph_span(text, paragraphs, i) if i < len(paragraphs) else None


def paragraph_starts(text: str) -> list[int]:
    """Offsets at which each paragraph (text between blank lines) starts."""
    return [0] + [m.end() for m in _PARAGRAPH_RE.finditer(text)]


class _Mark(NamedTuple):
    """Where a figure or a date is, and which it is: a mention as :func:`tokens` takes it."""

    start: int
    end: int
    kind: str


def read_semantics(text: str, found: Extraction, sentences: list[tuple[int, int]] | None = None) -> list[Semantics]:
    """The semantics of each figure of ``found``, in the same order.

    ``sentences`` are :func:`sentence_spans` of ``text`` when the caller has them already (the rows'
    ``SentenceIndex``), so that a text is not split twice. A sentence is tokenised once, its mentions
    found by binary search, and a figure's token looked up by offset, not by a scan of the sentence.
    A figure reads at most :func:`_window` of its sentence and :data:`LOOKBACK` characters before it,
    and only the dates there, so that the stage stays linear on a text without full stops.
    """
    text = running_text(text)  # a hard-wrapped paragraph read as one line (same offsets, same sentences)
    if sentences is None:
        sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    paragraphs = paragraph_starts(text)
    mentions = SpanIndex(
        [_Mark(f.start, f.end, "figure") for f in found.figures] + [_Mark(d.start, d.end, "date") for d in found.dates]
    )
    # per sentence (window): its tokens, the spans of its figures, its places and their facts
    sentence_tokens: dict[tuple[int, int], tuple[list[Token], list[tuple[int, int]], list[Place], PlaceFacts]] = {}
    subjects = TextSubjects(text, found.figures)  # what the subject stage reads once per text
    date_starts = [d.start for d in found.dates]
    durations = duration_starts(found.figures)
    story = lede(text, paragraphs)  # the lede, whose period is the story's
    story_dates = slice(*(bisect_left(date_starts, at) for at in story)) if story is not None else slice(0)
    body = _after(text, paragraphs, story)  # the paragraph after the lede, that dates its figures
    body_dates = slice(*(bisect_left(date_starts, at) for at in body)) if body is not None else slice(0)
    # the paragraph whose first reported period is the story's: the lede, or the next one if it reports none;
    # and that period, read once for all the figures that take it
    source, reported = (
        story_source(text, story, found.dates[story_dates], body, found.dates[body_dates])
        if story is not None
        else (None, None)
    )
    source_dates = story_dates if source == story else body_dates
    fieldwork = fieldwork_period(text, found.dates)  # when the story's survey was conducted, if it says
    budget = budget_year(text, found.dates)  # the fiscal year of the story's budget, if it names one
    collapse = collapse_date(text, found.dates)  # the date the text gives a firm's collapse, if it gives one
    results = reported_results(text, found.dates)  # the dates of the story's reported results, in text order
    figure_spans = [(f.start, f.end) for f in found.figures]
    # the years the text names or tells in: a change from a base figure's year is of the next only if it is one
    years = frozenset(d.value[:4] for d in found.dates if d.value[:4].isdigit()) | {found.present[:4]}
    out: list[Semantics] = []
    earlier: dict[str, tuple[int, int, int]] = {}  # by kind: the last figure's measure span and its paragraph
    for f in found.figures:
        if f.equivalent_of is not None and f.equivalent_of < len(out):
            out.append(out[f.equivalent_of])  # a conversion restates its figure: same what, who and when
            continue
        sent = _window(text, _containing(sentences, starts, f.start, f.end), f.start, f.end)
        lo, hi = bisect_left(date_starts, sent[0]), bisect_left(date_starts, sent[1])
        dates = found.dates[lo:hi]  # the dates of the figure's sentence (window)
        if sent not in sentence_tokens:
            # figures come in text order: the windows behind this one are done with (a cache only, so a
            # figure out of order costs a re-read, never a wrong answer), and a long text's tokens are not
            # all kept alive for the garbage collector to walk
            sentence_tokens.clear()
            marks = mentions.overlapping(sent[0], sent[1])
            toks = tokens(text, sent[0], sent[1], marks)
            spans = mention_spans(toks, marks, "figure")
            sentence_tokens[sent] = (toks, spans, *subjects.sentence(sent))
        toks, spans, places, facts = sentence_tokens[sent]
        i = bisect_left(toks, f.start, key=token_start)  # tokens are in the order of the text
        idx = i if i < len(toks) and toks[i].start == f.start else None  # the first token starting at the figure
        measure = holder = None
        if idx is not None:
            a = max(0, idx - NEAR)
            near, at = toks[a : idx + NEAR], idx - a  # the words a measure is read from
            got = find_measure(near, at, f.kind, f.noun)
            if got is not None and got[1] > got[0]:
                measure = (near[got[0]].start, near[got[1] - 1].end)
            if f.kind == "count" and f.noun:
                got = find_holder(near, at)
                holder = (near[got[0]].start, near[got[1] - 1].end) if got is not None else None
        k = bisect_right(paragraphs, f.start) - 1  # the figure's paragraph
        measure = _pointed_at(text, measure, earlier.get(f.kind), k)
        if measure is not None:
            earlier[f.kind] = (measure[0], measure[1], k)
        para = paragraphs[k]
        reach = max(para, sent[0] - LOOKBACK)  # as far back as a figure reads dates before its sentence
        back = bisect_left(date_starts, reach)  # the first date there
        # read once: its period, its own time
        nearest = nearest_date(text, (f.start, f.end), sent, dates, spans, present=found.present)
        based = base_figure(text, (f.start, f.end), sent)  # the base of a change ('from £2.1bn'), read once
        period = _shifted(period_of_date(text, (f.start, f.end), sent, dates, spans, nearest), lo)
        forecast = yardstick_clause(text, (f.start, f.end), sent)  # 'ahead of the 3.1% the government estimated'
        own = sent if forecast is None else (sent[0], forecast[0])  # what tells the figure's time: not that clause
        if (
            forecast is not None
            and period is not None
            and period.date is not None
            and forecast[0] <= found.dates[period.date].start < forecast[1]
        ):
            period = None  # 'estimated a month ago': when the forecast was made, not the figure's time
        since = since_date(text, (f.start, f.end), sent, dates, spans)
        if since is not None and (since[1] or period is None or period.method not in ("same_clause", "coordinated")):
            # 'has sold 4,000 since its launch in August': to the story's present (none where it is open); a total
            # to the later period its sentence reports ('bringing total savings to £100m since mid-2003')
            value = since_range(dates[since[0]], found.present, period if since[1] else None)
            period = Period(value, lo + since[0], "since") if value else None
        rate = is_rate(text, (f.start, f.end), sent)
        part_refused = False  # whether the period its context gives, refused for a later base, is a part of a year
        continued: Period | None = None  # the lede's forecast date a forecast after it continues, if any
        carries = False  # whether the figure may take a period from outside its sentence (and is no event up to now)
        if rate and period is not None and period.method not in ("same_clause", "since"):
            period = None  # a rate takes the period of its own clause only ('$200m a year')
        if (
            period is None
            and since is None
            and not rate
            and not _own_span(text, sent, durations)
            and inherits(
                text,
                (f.start, f.end),
                own,
                dates,
                spans,
                nearest is not None if own == sent else None,
                present=found.present,
            )
        ):
            # 'Monsanto has agreed to pay $1m': an event up to the present takes no period of its paragraph's
            # earlier sentences, nor the story's ('A total of 30 projects have been halted'); a measured change in
            # the perfect is no such event ('The industry has seen claims of $42bn' takes both)
            now = up_to_now(text, *own)
            carries = not now
            if not now:
                period = _shifted(inherited(text, sent[0], para, found.dates[back:lo], sent[1]), back)
            if (
                period is None and story is not None and f.kind != "duration" and not now
            ):  # 'in 20 years' is its own span
                from_story = story_period(text, f.start, sent, story, reported, source)
                period = _shifted(from_story, source_dates.start)
            if (
                period is None
                and body is not None
                and story is not None
                and body[0] <= f.start < body[1]
                and not now
                and bisect_left(durations, sent[0]) == bisect_left(durations, sent[1])  # no span ('in 10 years')
            ):
                # 'The deficit is set to hit $368bn this year.' then 'analysts saying it could end up a further $100bn':
                # taken after the rules of a survey's or budget's figure, which name the time more closely
                continued = _shifted(
                    lede_forecast(text, sent, body, story, found.dates[story_dates]), story_dates.start
                )
            if period is None and body is not None and story is not None and f.end <= story[1]:
                from_body = body_period(text, (f.start, f.end), sent, body, found.dates[body_dates])
                period = _shifted(from_body, body_dates.start)
            if period is not None and not later_than_bases(text, (f.start, f.end), sent, dates, period.value):
                # a change compared with a base takes a later period, or none; one its context gives a part of a
                # year ('strong fourth quarter profits') is no year's, though its base is dated by a bare year
                part_refused = PART_OF_YEAR.fullmatch(period.value) is not None
                period = None
        if period is None and since is None and not rate and not based:
            after = after_base(text, (f.start, f.end), own, dates, frozenset() if part_refused else years)
            if after is not None:
                # 'rose to 4.7% from 4.6% in the previous quarter': the quarter after the base's
                period = Period(after[1], lo + after[0], "after_base")
        if period is None and since is None and not rate and story is not None and f.end <= story[0]:
            # a headline's undated result: the period the lede reports ('Nortel in $300m profit revision')
            from_lede = headline_period(text, (f.start, f.end), sent, story, found.dates[story_dates])
            period = _shifted(from_lede, story_dates.start)
        if period is None and since is None and not rate and measure is not None:
            # 'Heineken saw its annual profits drop 33%' in a 2005 story that states 2004: the year just ended
            period = annual_result(text, measure, sent, found.dates, found.present, f.end)
            if period is not None and not later_than_bases(text, (f.start, f.end), sent, dates, period.value):
                period = None  # 'annual profits rose 10% on 2004': a change takes a later period than its base's
        if (
            period is None
            and since is None
            and fieldwork is not None
            and not rate
            and about_survey(text, paragraph_span(text, paragraphs, k))
            and present_relative(text, (f.start, f.end), own) is None  # 'a euro that buys $1.30': no survey result
        ):
            period = fieldwork  # a survey's figure: the time it was conducted ('during the last three months of 2004')
        if (
            period is None
            and since is None
            and budget is not None
            and not rate
            and f.kind != "duration"
            and _budget_free(text, (f.start, f.end), sent, dates, durations, spans, present=found.present)
            and budget_measure(
                text, (f.start, f.end), sent, (max(paragraphs[max(0, k - 1)], sent[0] - LOOKBACK), sent[1])
            )
        ):
            # a measure of the story's budget: its fiscal year ('Military spending is set to rise by 4.8%')
            period = budget
        if period is None and carries and not based and f.kind != "duration" and not _own_span(text, sent, durations):
            # 'net income fell to 537m euros during 2004.' ... 'total sales increased 4% to 36bn kroner': the report's
            carried = carried_result(text, (f.start, f.end), sent, measure, found.dates, results)
            if carried is not None and later_than_bases(text, (f.start, f.end), sent, dates, carried.value):
                period = carried
        if (
            period is None
            and continued is not None
            and later_than_bases(text, (f.start, f.end), sent, dates, continued.value)
        ):
            period = continued  # a forecast after the lede that continues its forecast date (period.lede_forecast)
        if (period is None or period.method == "sentence") and based:
            # a base figure with no date of its clause parallels an earlier comparison whose base is dated
            spans_before = figure_spans[
                bisect_left(figure_spans, (reach, reach)) : bisect_left(figure_spans, (f.start, f.start))
            ]
            parallel = parallel_base(text, f.start, reach, found.dates[back:hi], spans_before)
            if parallel is not None:
                method = "sentence" if found.dates[back + parallel].start >= sent[0] else "inherited_paragraph"
                period = Period(found.dates[back + parallel].value, back + parallel, method)
        if (
            period is None
            and since is None
            and not rate
            and collapse is not None
            and tells_collapse(text, (f.start, f.end), sent)
        ):
            # 'lost about $180bn when the company collapsed': the collapse's date, its own sentence's first (another
            # firm's collapse told earlier is not this one's), else the first the text gives
            period = _shifted(collapse_date(text, dates), lo) or collapse
        if forecast is not None or is_yardstick(text, f.start, sent[0]):
            result = measured_result(text, found.figures, len(out), sent[0])
            if result is not None:
                period = out[result].period  # 'fell 0.1%, confounding expectations of a 0.3% rise': the result's time
        if period is not None and period.method == "same_clause" and based:
            compared = _compared_period(found.figures, out, sent[0])
            part = same_part(text, f.end, found.dates[period.date], compared) if period.date is not None else None
            if part is not None:
                period = Period(part, period.date, "same_part")  # 'from 2.4bn euros in 2003': 2003-Q4
        nxt = found.figures[len(out) + 1] if len(out) + 1 < len(found.figures) else None
        subject, counterpart = subjects.figure(sent, f, nxt, measure, para, story, places, facts)
        out.append(Semantics(measure, subject, counterpart, period, holder))
    return out


def _pointed_at(
    text: str, measure: tuple[int, int] | None, prior: tuple[int, int, int] | None, paragraph: int
) -> tuple[int, int] | None:
    """The measure of a figure whose own only points back ('that figure is much lower at 0.1%', "December's figure
    to come in at 58.1"): what the last figure of its kind before it measures, ``prior`` (span and paragraph), when
    that one is in the same paragraph or the one before; else the measure as read."""
    if measure is None or prior is None or prior[2] < paragraph - 1 or not points_back(text[measure[0] : measure[1]]):
        return measure
    return prior[0], prior[1]
