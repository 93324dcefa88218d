"""The semantic stage: what, who and when of every figure of an extraction, with evidence spans.

Applied to the extraction result before rows are built (``newsfigures.package.tables``), and by the
benchmark. Each answer is a span of the text (or a link to a date expression), so that the
validation checks it like a quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..extraction.dates.values import Span
from ..extraction.mentions import DateMention, Figure
from ..extraction.merge import Extraction, SpanIndex
from ..extraction.patterns import phrase_alternation
from ..package.provenance import running_text, sentence_spans
from .budget import budget_measure, budget_year
from .deals import BID_PREPS, HOMELESS, deal_buyer
from .firms import (
    based_cities,
    before_firm_noun,
    deal_nouns,
    example_mention,
    firm_places,
    home_before,
    is_firm_noun,
    named_as_example,
    owns,
    segment_owner,
)
from .frames import (
    after_trade_word,
    currency_home,
    currency_subject,
    figure_in_place,
    listing_exchanges,
    market_subject,
    named_as_owner,
    pact_limit,
    parents_of_placed_units,
    placed_figure,
    places_a_unit,
    reached_amount,
    results_currency,
    trade_partners,
)
from .measure import find_holder, find_measure, points_back
from .per_text import per_text
from .period import (
    PART_OF_YEAR,
    Period,
    about_survey,
    after_base,
    annual_result,
    base_figure,
    before_the_story,
    body_period,
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
from .places import (
    FIRM_NAME,
    LIST_GAP,
    NO_CODE,
    UNCODED,
    Place,
    blocs,
    comparison_base,
    exchange_cities,
    institutions,
    is_country,
    join_codes,
    state_places,
    text_places,
)
from .rates import measured_currency, priced, quoted_currency, quoted_in, rate_of
from .venues import conflict_at, setting_at
from .words import (
    Token,
    bounded_trie,
    mention_spans,
    phrase_classes,
    phrase_group,
    token_start,
    tokens,
    vocab_rows,
    word_classes,
    word_list,
)

#: A blank line; only its end is read (where a paragraph starts), so the '\r' before its first '\n'
#: is left out: a pattern opening with a literal is searched for as one, many times faster.
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\r?\n")
_LETTERS = re.compile(r"[A-Za-z]+")
#: What ends a clause (:func:`_clause`): a comma, a semicolon or a dash.
_CLAUSE_STOP = re.compile("[,;—–]")


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


def _currency_amount(text: str, f: Figure, nxt: Figure | None) -> tuple[int, int] | None:
    """The span of the amount whose currency a figure is in (:func:`currency_subject`): its own for money, the
    amount a change reaches for a percentage ('rising 37% to 705m rupees': ``nxt``, the next figure), else None."""
    if f.kind == "money":
        return f.start, f.end
    if f.kind != "percent" or nxt is None or nxt.kind != "money":
        return None
    return (nxt.start, nxt.end) if reached_amount(text, (f.start, f.end), (nxt.start, nxt.end)) else None


#: A currency's code as a figure's unit: three capitals.
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def _in_currency(f: Figure) -> bool:
    """True for a figure whose unit is a currency's code ('GBP', 'SEK/share'): an amount of money, whose currency
    may place the text (:func:`frames.currency_home`); False for a percentage, a count or a year."""
    return _CURRENCY_CODE.fullmatch(f.unit.split("/")[0]) is not None


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
    firms = sorted(firm_places(text) + country_anaphors(text), key=_at_start)
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
    figure_spans = [(f.start, f.end) for f in found.figures]
    amounts = [(f.start, f.end) for f in found.figures if f.equivalent_of is None and _in_currency(f)]
    # the country a text that names none makes plain by its currency
    home = currency_home(text, amounts, _all_places(text)[1], firms)
    # else a firm's results in the currency of one country only ('9.5bn kronor'): that country, for a figure of no
    # region ('the African average of 4%' in a story in rand has no subject)
    results = None if home is not None else results_currency(text, amounts)
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
            places = places_between(text, sent[0], sent[1], firms)
            sentence_tokens[sent] = toks, spans, places, PlaceFacts(text, sent, places, firms)
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
        clause = _clause(text, sent, (f.start, f.end))
        subject, counterpart = who(
            text,
            sent,
            (f.start, f.end),
            measure,
            para,
            firms,
            places,
            home or (results if results is not None and not any(p.code == NO_CODE for p in places) else None),
            f.kind,
            clause=clause,
            facts=facts,
            unit=f.unit,
        )
        # a figure in a national currency that its sentence names no place for: the currency's country, not the
        # paragraph's ('... in the US and Europe. Sales were down more than 25% to 1.4bn rupees')
        nxt = found.figures[len(out) + 1] if len(out) + 1 < len(found.figures) else None
        by_currency = currency_subject(text, sent, subject, _currency_amount(text, f, nxt), places)
        # (not for a deal's price whose buyer the text gives no home: 'a $6.75bn buyout by telecoms giant Verizon';
        # asked only of a figure the currency would place, not of every figure with no subject)
        if by_currency is not None and subject is None:
            by_currency = None if deal_buyer(text, clause, (f.start, f.end), places) is HOMELESS else by_currency
        if by_currency is not None:
            subject = by_currency
            counterpart = None if counterpart is not None and counterpart.code == subject.code else counterpart
        if subject is not None:
            # a firm's sales in the market its paragraph or story states: that market's ('Toyota sales jumped 11%')
            markets = [(para, f.start)] + ([(0, story[1])] if story is not None else [])
            spans_up_to = [(a, min(b, f.start)) for a, b in markets]
            subject = market_subject(text, clause, places, subject, spans_up_to, firms) or subject
        out.append(Semantics(measure, subject, counterpart, period, holder))
    return out


class PlaceFacts:
    """Facts about the places of one sentence (window) that each of its figures asks with the same answer, read
    once for them all (the same functions, called once): which places are where a share trades
    (:func:`_share_market`), what a share is of (:func:`_held`) and which name the exchange of a listing
    (:func:`listing_exchanges`), found over all the sentence's places; the
    trade partners (:func:`trade_partners`) and the parents of placed units (:func:`parents_of_placed_units`) of a
    list of its places, on first asking; its countries (:func:`_coordinated`); the place a figure of it takes from
    its context when it names none for the figure (:func:`_context_place`, by the figure's paragraph and the code
    left out; ``firms``: the text's, as :func:`places_between` takes them). A run-on sentence's figures then
    do not each re-read all its places. A place is known by its span and ``via`` (all those functions read of
    it); a list by its places (a place is a frozen value: a firm's place as a name in one figure is another)."""

    __slots__ = (
        "_context",
        "_countries",
        "_held",
        "_listed",
        "_market",
        "_parents",
        "_partners",
        "_trading",
        "_units",
        "firms",
        "places",
        "sent",
        "text",
    )

    def __init__(self, text: str, sent: tuple[int, int], places: Sequence[Place], firms: list[Place]) -> None:
        self.text = text
        self.sent = sent
        self.firms = firms
        self.places = places
        self._market: frozenset[tuple[int, int, tuple[int, int] | None]] | None = None  # each read on first asking
        self._held: frozenset[tuple[int, int, tuple[int, int] | None]] | None = None
        self._listed: frozenset[tuple[int, int, tuple[int, int] | None]] | None = None
        self._partners: dict[tuple[Place, ...], list[Place]] = {}
        self._parents: dict[tuple[Place, ...], frozenset[tuple[int, int]]] = {}
        self._countries: tuple[list[Place], dict[int, int]] | None = None
        self._context: dict[tuple[int, str | None], Place | None] = {}
        # whether any place comes after a trade word (partners), and whether one places a unit (parents): read on
        # first asking, None until then
        self._trading: bool | None = None
        self._units: bool | None = None

    def off_market(self, places: list[Place]) -> list[Place]:
        """``places`` without those where a share trades (:func:`_share_market`)."""
        if self._market is None:
            self._market = frozenset(_key(p) for p in self.places if _share_market(self.text, self.sent, p))
        return [p for p in places if _key(p) not in self._market] if self._market else places

    def held(self, places: list[Place]) -> list[Place]:
        """The places of ``places`` that a share is of (:func:`_held`)."""
        if self._held is None:
            self._held = frozenset(_key(p) for p in self.places if _held(self.text, self.sent, p))
        return [p for p in places if _key(p) in self._held] if self._held else []

    def listed(self, places: list[Place]) -> list[Place]:
        """The places of ``places`` that name an exchange in a sentence of a listing (:func:`listing_exchanges`)."""
        if self._listed is None:
            self._listed = frozenset(_key(p) for p in listing_exchanges(self.text, self.sent, self.places))
        return [p for p in places if _key(p) in self._listed] if self._listed else []

    def partners(self, places: list[Place]) -> list[Place]:
        """:func:`trade_partners` of ``places`` (the list is shared: never mutated); none, with no list hashed, in a
        sentence where no place comes after a trade word (:func:`after_trade_word`, read once)."""
        if self._trading is None:
            self._trading = after_trade_word(self.text, self.places)
        if not self._trading:
            return []
        key = tuple(places)
        if key not in self._partners:
            self._partners[key] = trade_partners(self.text, places)
        return self._partners[key]

    def parents(self, places: list[Place]) -> frozenset[tuple[int, int]]:
        """The spans of :func:`parents_of_placed_units` of ``places``; none, with no list hashed, in a sentence where
        no place is followed by a unit of another (:func:`places_a_unit`, read once)."""
        if self._units is None:
            self._units = places_a_unit(self.text, self.places)
        if not self._units:
            return frozenset()
        key = tuple(places)
        if key not in self._parents:
            self._parents[key] = frozenset((p.start, p.end) for p in parents_of_placed_units(self.text, places))
        return self._parents[key]

    def countries(self) -> tuple[list[Place], dict[int, int]]:
        """The countries named in the sentence (:func:`_places_in`), in order, and the index of the first of them
        at each start."""
        if self._countries is None:
            found = [p for p in _places_in(self.text, *self.sent) if is_country(p.code)]
            index: dict[int, int] = {}
            for k, p in enumerate(found):
                index.setdefault(p.start, k)
            self._countries = found, index
        return self._countries

    def context(self, para: int, other: str | None) -> Place | None:
        """:func:`_context_place` of a figure of the sentence in the paragraph starting at ``para``, ``other``
        left out."""
        key = (para, other)
        if key not in self._context:
            self._context[key] = _context_place(self.text, para, self.sent[0], other, self.firms)
        return self._context[key]


def _key(p: Place) -> tuple[int, int, tuple[int, int] | None]:
    """What :func:`_share_market`, :func:`_held` and :func:`listing_exchanges` read of a place: its span and
    ``via``."""
    return p.start, p.end, p.via


class _Mark(NamedTuple):
    """Where a figure or a date is, and which it is: a mention as :func:`tokens` takes it."""

    start: int
    end: int
    kind: str


def who(
    text: str,
    sent: tuple[int, int],
    fig: tuple[int, int],
    measure: tuple[int, int] | None,
    para: int,
    firms: list[Place] = [],  # noqa: B006 (never mutated)
    places: list[Place] | None = None,
    home: Place | None = None,
    kind: str = "",
    clause: tuple[int, int] | None = None,
    facts: PlaceFacts | None = None,
    unit: str = "",
) -> tuple[Place | None, Place | None]:
    """Subject and counterpart of a figure (:func:`_who`), where a region with no code ('Latin America's
    economy', 'sales in Europe') is no subject: a firm's figure there falls back on the firm's country
    (a firm of the sentence), any other has none; a region is never a counterpart. A firm named for a
    country ('France Telecom') stands for that country only in its own figures (:func:`owns`); in a
    figure it reports about something else, its name is a name, no place. ``home``: the country the text
    makes plain by its currency (``frames.currency_home``, or ``frames.results_currency`` for a figure whose sentence
    names no region), the subject of a figure that has none but a world price. ``kind``: the figure's kind (a price or a change of one is money or a percentage). ``clause``:
    :func:`_clause` of the figure, when the caller has it; ``facts``: the :class:`PlaceFacts` of ``sent``, which
    its other figures share (a fresh one when None). ``unit``: the figure's unit ('USD/oil_barrel': a price of
    oil by its unit, :func:`_unit_price`)."""
    if places is None:
        places = places_between(text, sent[0], sent[1], firms)
    if facts is None:
        facts = PlaceFacts(text, sent, places, firms)
    if clause is None:
        clause = _clause(text, sent, fig)
    places = [
        _as_name(p) if not _stands_for_home(text, sent, fig, p) or _example_of(text, clause, p) else p for p in places
    ]
    limit = pact_limit(text, clause, fig, kind)
    if limit is not None:  # 'has also broken the 3% deficit ceiling': the stability pact's rule, the EU's
        return limit, None
    if _unit_price(text, unit, measure, places):  # 'Currently above $40 a barrel': the world oil price
        return None, None
    # a commodity named after the figure is not what it prices ('invest $20bn in oil and gas projects')
    kind = kind if measure is not None and measure[1] <= fig[0] else ""
    buyer = deal_buyer(text, clause, fig, places)
    if buyer is HOMELESS:  # 'a $6.75bn buyout by telecoms giant Verizon': a buyer the text gives no home
        return None, None
    subject, counterpart = _who(text, sent, fig, measure, para, firms, places, kind, clause, facts)
    if isinstance(buyer, Place):  # 'a £1.8bn takeover by Holcim': CH, the firm bought (UK-based) its counterpart
        if subject is not None and subject.code not in UNCODED and subject.code != buyer.code:
            counterpart = subject
        subject, counterpart = (
            buyer,
            (None if counterpart is not None and counterpart.code == buyer.code else counterpart),
        )
    if counterpart is None and subject is not None:
        # 'three times the size of Hong Kong's': the base of a comparison in the figure's clause is its other party
        counterpart = next(
            (
                p
                for p in places
                if p.via is None
                and p.code != subject.code
                and clause[0] <= p.start < clause[1]
                and not (fig[0] <= p.start < fig[1])
                and comparison_base(text, p.start)
            ),
            None,
        )
    if counterpart is None or counterpart.via is not None:
        # a trade's partner the subject was not chosen from ('exports to China grew 34%'), over a firm's mention
        # ('Japan's exports to China rose 5% and Chrysler ...': China, not Chrysler's home)
        partner = [
            p
            for p in facts.partners(places)
            if clause[0] <= p.start < clause[1] and (subject is None or p.code != subject.code)
        ]
        counterpart = partner[0] if partner else counterpart
    if subject is not None and subject.via is None and sent[0] <= subject.start < sent[1]:
        subject = _coordinated(text, subject, facts.countries())
        if counterpart is not None and subject.start <= counterpart.start < subject.end:
            counterpart = None
    if counterpart is not None and counterpart.code in UNCODED:
        counterpart = None
    if subject is not None and subject.code in UNCODED:
        inside = [
            p
            for p in _firms_within(firms, sent[0], sent[1])
            if p.code not in UNCODED
            and not (fig[0] <= p.at[0] < fig[1])
            and _stands_for_home(text, sent, fig, p)
            and not _example_of(text, clause, p)
        ]
        if not inside:
            # no firm's mention: a country word that describes the sentence's firm ('The German carmaker is aiming
            # to boost annual sales in Asia to 150,000'), the firm's home the text gives
            inside = [p for p in places if p.code not in UNCODED and p.via is None and before_firm_noun(text, p)]
        before = [p for p in inside if p.at[1] <= fig[0]]
        subject = (before[-1] if before else inside[0]) if inside else None
        if counterpart is not None and subject is not None and counterpart.code == subject.code:
            counterpart = None
    if _world_scope(text, sent, fig):
        # 'Steel prices rose by 8% globally ... and by 24% in China': about no country, unless a firm's own
        # figure, which keeps the firm's home ('Cadbury employs more than 50,000 people worldwide')
        return (subject if subject is not None and subject.via is not None else None), counterpart
    if (subject is None or (subject.via is None and not sent[0] <= subject.start < sent[1])) and _unnamed_group(
        text, sent, places
    ):
        # 'almost 30 wealthy nations spend more than $300bn': about a group the text does not name, not about the
        # place of an earlier sentence nor the country of the text's currency
        return None, counterpart
    if subject is None and home is not None and not (measure is not None and _world_price(text, measure, [], kind)):
        subject = home
    return subject, counterpart


@lru_cache(maxsize=1)
def _group_re() -> re.Pattern[str]:
    """A count in digits or a qualifier of ``vocab/en/country_groups.tsv``, at most two lower-case words, then a
    noun of it ('30 wealthy nations', 'the world's richest countries', '43 developing countries'), the noun in
    lower case ('the United Nations' is an institution)."""
    return re.compile(
        r"(?<![\w\-])(?:\d[\d,]*|(?i:" + phrase_group("country_groups.tsv", "qualifier") + r"))"
        r"(?:[^\S\n]+[a-z][\w\-]*){0,2}?[^\S\n]+" + phrase_group("country_groups.tsv", "noun") + r"(?![\w\-])"
    )


def _unnamed_group(text: str, sent: tuple[int, int], places: Sequence[Place]) -> bool:
    """True when the sentence names a group of countries (:func:`_group_re`) with no place beside it ('the 30
    member countries of the OECD', 'the EU's 25 nations' name a bloc): a figure of the sentence that names no
    place of its own is about that group, which has no code."""
    return any(
        not any(start - 8 <= p.end and p.start < end + 12 for p in places) for start, end in _groups_in(text, sent)
    )


@per_text
def _groups_in(text: str, sent: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The spans of the sentence's groups of countries that no scope or comparison word governs (:func:`_group_re`,
    :func:`_scope_before`), found once per sentence: asked per figure, a run-on sentence's scan was quadratic."""
    return tuple(
        (m.start(), m.end())
        for m in _group_re().finditer(text, sent[0], sent[1])
        if not _scope_before().search(text, max(sent[0], m.start() - 60), m.start())
    )


@lru_cache(maxsize=1)
def _scope_before() -> re.Pattern[str]:
    """Right before a group of countries, a word of ``vocab/en/country_groups.tsv`` of class scope and at most two
    words ('operates 41 factories in 28 countries': where a firm's activity spreads, its figure stays the firm's, as
    one 'worldwide' does, :func:`_world_scope`), or of class compare and at most three words ('the fastest among
    developing countries', 'one of the fastest growing emerging economies': a set the figure's country is
    compared with or belongs to); no comma between."""

    def alternatives(cls: str, most: int) -> str:
        words = "|".join(map(re.escape, phrase_classes("country_groups.tsv")[cls]))  # 'one of': one space, as written
        return r"(?:" + words + r")(?:[^\S\n]+[^\s,;:]+){0," + str(most) + "}?"

    return re.compile(
        r"(?<![\w\-])(?:" + alternatives("scope", 2) + "|" + alternatives("compare", 3) + r")[^\S\n]+\Z",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _world_scope_re() -> re.Pattern[str]:
    """After a figure, at most four words (no figure among them) in its clause, then a phrase of
    ``vocab/en/world_scope.tsv`` ('8% globally', '150 generic drugmakers worldwide', '90% of large companies
    around the world')."""
    phrases = sorted((row[0].strip() for row in vocab_rows("world_scope.tsv")), key=len, reverse=True)
    return re.compile(
        r"(?:[^\S\n]+[^\W\d][\w'’\-]*){0,4}?[^\S\n]+(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w\-])",
        re.IGNORECASE,
    )


def _world_scope(text: str, sent: tuple[int, int], fig: tuple[int, int]) -> bool:
    """True when a world-scope phrase (:func:`_world_scope_re`) follows the figure closely in its clause: the
    figure is about the whole world."""
    stop = _CLAUSE_STOP.search(text, fig[1], sent[1])
    return _world_scope_re().match(text, fig[1], stop.start() if stop else sent[1]) is not None


def _coordinated(text: str, subject: Place, countries: tuple[list[Place], dict[int, int]]) -> Place:
    """The subject widened to the list of countries it is named in ('aid for Sri Lanka, India, Indonesia and
    Thailand', 'Albania, Bulgaria and Macedonia have approved a $1.2bn pipeline'): a figure about several
    countries together has all their codes (README of the BBC gold: 'LK;IN;ID;TH'), the list its evidence.
    Only plain country names joined by commas and 'and' make a list; 'between Russia and Kazakhstan' names
    partners (the counterpart stays apart). ``countries``: the countries named in the subject's sentence and the
    index of the first at each start (:meth:`PlaceFacts.countries`)."""
    if not is_country(subject.code) or _partner(text, subject.start):
        return subject
    found, index = countries
    i = index.get(subject.start)
    if i is None:
        return subject
    lo = hi = i
    while lo > 0 and LIST_GAP.fullmatch(text, found[lo - 1].end, found[lo].start):
        lo -= 1
    while hi + 1 < len(found) and LIST_GAP.fullmatch(text, found[hi].end, found[hi + 1].start):
        hi += 1
    if lo == hi or _partner(text, found[lo].start):
        return subject
    return Place(join_codes([p.code for p in found[lo : hi + 1]]), found[lo].start, found[hi].end)


def _stands_for_home(text: str, sent: tuple[int, int], fig: tuple[int, int], p: Place) -> bool:
    """False for the mention of a firm named for a country (``p.named``) in a figure that is not the
    firm's own (:func:`owns`); True for any other place."""
    return not p.named or p.code == FIRM_NAME or owns(text, sent, fig, p)


def _example_of(text: str, clause: tuple[int, int], p: Place) -> bool:
    """True for the mention of a firm named as an example of another's clients or rivals ('Nokia, whose clients
    include Deutsche Telekom, made 2bn kronor'), or the country word of its home ('rivals such as US firm Ford'),
    outside the figure's clause: its home is not the figure's."""
    if clause[0] <= p.at[0] < clause[1]:
        return False
    if p.via is None:  # 'rivals such as US firm Ford': the country word of its home
        return before_firm_noun(text, p) and named_as_example(text, p.start)
    return example_mention(text, p, p.via[0])


def _as_name(p: Place) -> Place:
    """A firm's mention as a name that stands for no place (:data:`FIRM_NAME`)."""
    return Place(FIRM_NAME, p.start, p.end, via=p.via)


def _who(
    text: str,
    sent: tuple[int, int],
    fig: tuple[int, int],
    measure: tuple[int, int] | None,
    para: int,
    firms: list[Place],
    places: list[Place],
    kind: str,
    clause: tuple[int, int],
    facts: PlaceFacts,
) -> tuple[Place | None, Place | None]:
    """Subject and counterpart of a figure from the places of its sentence.

    A transfer ('Russia gave Kyrgyzstan $20m', 'allocated $5m to Kyrgyzstan', 'to receive $8m
    from Russia') makes the recipient the subject and the giver the counterpart; a giver with no other place in
    the sentence or before it is the subject ('Turkey ... loans worth $3.7m'). Otherwise the
    subject is a country named right after the figure and 'in' ('compared with 12.1% in Germany':
    :func:`figure_in_place`), else a place named in the measure ('Russian exports'), else the nearest place before
    the figure that no preposition of exchange introduces, else the nearest one, else the first
    after it; a sentence naming none inherits the latest place of its paragraph, else the headline's
    one place (its evidence is there). A firm the text gives a home (``firms``: 'Australian
    winemaker Southcorp') is a place wherever it is mentioned, and a country word inside its name is
    not one. The counterpart is
    another place of the figure's clause, introduced by 'to', 'from', 'with', 'in'... if one is.
    ``places``: :func:`places_between` of ``sent`` (:func:`who` gives them, each firm named for a
    country as it stands for this figure). ``kind``: the figure's kind (empty for a measure after the figure: :func:`who`); ``clause``: :func:`_clause` of the
    figure; ``facts``: the :class:`PlaceFacts` of ``sent``.
    """
    places = [p for p in places if not (fig[0] <= p.at[0] < fig[1])]
    places = _without_regions(text, places, measure)
    places = facts.off_market(places)
    listed = facts.listed(places)
    if listed and len(listed) < len(places):  # 'Air China picked the London Stock Exchange for its listing': CN
        places = [p for p in places if p not in listed]
    if measure is not None and _world_price(text, measure, places, kind):
        return None, None
    quotes = quoted_in(text, sent)  # 'to the US dollar': the currency a rate is quoted in is no subject
    if quotes:
        places = [p for p in places if not any(q.start <= p.at[0] < q.end for q in quotes)]
    reporters = [p for p in places if p.code in institutions() and not owns(text, sent, fig, p)]
    if reporters:  # 'the IMF said German growth would be 1.8%': who reports a figure is not what it is about
        places = [p for p in places if p not in reporters]
        if not places:
            return facts.context(para, None), None
    # 'According to its Paris lawyer, ... a 60% addition': where a commentator works is no subject
    places = [p for p in places if not commentator_place(text, p)]
    # 'The budget leaves out military operations in Iraq, for which it seeks $80bn': a war's place outside the
    # figure's clause is a cause or an aside (venues.conflict_at)
    places = [
        p for p in places if p.via is not None or clause[0] <= p.start < clause[1] or not conflict_at(text, p.start)
    ]
    # 'three times the size of Hong Kong's, with revenues of $44bn': the base of a comparison, unless the figure is
    # its own ('bigger than Japan's 3%')
    places = [p for p in places if p.via is not None or not comparison_base(text, p.start) or _owns_next(text, p, fig)]
    # 'Laura Ashley, which floated for £200m in 1995, is majority-owned by Malaysia entrepreneur ...': an owner named
    # after the figure is no subject of it (frames.named_as_owner)
    places = [p for p in places if p.at[0] < fig[1] or not named_as_owner(text, min(p.start, p.at[0]))]
    partners = facts.partners(places)
    if partners:  # 'in trade with the US', 'exports to China (and Hong Kong)': the partner is the counterpart
        places = [p for p in places if p not in partners]
        if not places:
            return facts.context(para, partners[0].code), partners[0]
    parents = facts.parents(places)
    if parents:  # 'Chrysler, the US unit of Germany's DaimlerChrysler': the parent's home is no subject of its unit's
        kept = [p for p in places if (p.start, p.end) not in parents]
        places = kept or places
    held = facts.held(places)
    if held:  # what a share of is bought or held: the counterpart, never the subject
        spans = {h.at for h in held} | {(h.start, h.end) for h in held}  # a held firm's mention and its home's words
        places = [p for p in places if p.at not in spans and (p.start, p.end) not in spans]
        if not places:
            return facts.context(para, held[0].code), held[0]
    rate, is_rate = priced(text, sent, fig)
    if rate is None and not is_rate and measure is not None and kind not in ("duration", "count"):
        # 'The dollar was buying 104.76 yen at 0950 GMT, 0.5% stronger': the currency the measure names alone
        measured = measured_currency(text, sent, measure)
        if measured is not None:
            return measured, _quoted_other(text, fig, quotes, measured.code)
    if rate is not None:  # 'the dollar had edged higher to 1.3040 euros': the priced currency's economy
        return rate, next((q for q in quotes if q.start >= fig[1] and q.code != rate.code), None)
    if is_rate or quotes:
        other = next((q for q in quotes if q.start >= fig[1]), quotes[0] if quotes else None)
        if other is not None and rate_of().fullmatch(text, fig[1], other.start):
            # the figure is the rate ('8.28 to the US dollar'): the currency it prices was named before it
            places = [p for p in places if p.at[1] <= fig[0]]
        if not places:
            return facts.context(para, other.code if other else None), other
    if not places:
        return facts.context(para, None), None
    recipient, giver = transfer(text, sent, fig, places, clause)  # for a supply: who it supplies, the supplier
    if giver is not None:
        places = [p for p in places if p.code != giver.code]
        if not places:
            # 'enable Turkey to defer payments on loans worth $3.7m': the one party a transfer names, with no place
            # before it in the text, is the figure's subject; but not a party after 'to', where an export or a share
            # of a seller's output goes (:func:`transfer`: 'Acme sells 60% of its output to the United States')
            context = facts.context(para, giver.code)
            if context is not None or _prev_word(text, giver) == "to":
                return context, giver
            return giver, None
    subject = recipient or _bidder(text, fig, clause, places) or figure_in_place(text, sent, fig, places)
    if subject is None:
        subject = _facility_place(text, clause, places)
    if subject is None and measure is not None:
        subject = next(
            (
                p
                for p in places
                if measure[0] <= p.at[0] < measure[1]
                and not _partner(text, p.at[0])
                and not (p.via and measure[0] <= p.start < measure[1] and _partner(text, p.start))
            ),
            None,
        )
    if subject is None:
        before = [p for p in places if p.at[1] <= fig[0]]
        plain = [p for p in before if not _introduced(text, sent, p)]
        subject = (plain or before or places)[-1 if (plain or before) else 0]
    if giver is not None and giver.code != subject.code:
        return subject, giver
    others = [p for p in places if p.code != subject.code and clause[0] <= p.at[0] < clause[1]]
    if not others:
        return subject, next((h for h in held if h.code != subject.code), None)
    return subject, min(others, key=lambda p: (0 if _introduced(text, sent, p) else 1, abs(p.at[0] - fig[0])))


#: Between a place and its own figure: a possessive and at most two words ("Japan's 3%", "Japan's own 3.1%"), or
#: a relative clause of the place and at most three words ('faster than Germany, which grew 1%').
_OWN_FIGURE = re.compile(
    r"(?:(?:['’]s)?(?:[^\S\n]+[^\W\d][\w\-]*){0,2}?"
    r"|,?[^\S\n]+(?:which|where|whose)(?:[^\S\n]+[^\W\d][\w\-]*){0,3}?)[^\S\n]+\Z"
)


def _owns_next(text: str, p: Place, fig: tuple[int, int]) -> bool:
    """True when the figure follows the place closely, a possessive and two words at most between ('bigger than
    Japan's 3%'), or in a relative clause of the place ('faster than Germany, which grew 1%'): the figure is the
    place's own."""
    return p.end <= fig[0] <= p.end + 40 and _OWN_FIGURE.match(text[p.end : fig[0]] + " ") is not None


@lru_cache(maxsize=1)
def _facility_re() -> re.Pattern[str]:
    """A noun of ``vocab/en/facilities.tsv`` ('plant', 'oil fields'), then 'in' or 'at' and, at most, 'the east
    of' (a part of the country), ending right before a place."""
    nouns = "|".join(sorted((re.escape(row[0].strip()) for row in vocab_rows("facilities.tsv")), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{nouns})[^\S\n]+(?:in|at)[^\S\n]+(?:the[^\S\n]+(?:north|south|east|west)(?:-?(?:east|west))?[^\S\n]+of[^\S\n]+)?\Z",
        re.IGNORECASE,
    )


def _facility_place(text: str, clause: tuple[int, int], places: list[Place]) -> Place | None:
    """The country a plant, factory, mine or field of the figure's clause is in ('the new plant in India would
    produce 150,000 cars a year', 'allowed to operate 15 mature oil fields in the east of Venezuela'): the place
    of the activity, which the clause's figures are about rather than the firm's home (README of the BBC gold:
    the place of the activity when the text states it). A place named as itself, not a firm's mention."""
    return next(
        (
            p
            for p in places
            if p.via is None
            and clause[0] <= p.start < clause[1]
            and is_country(p.code)
            and _facility_re().search(text, max(clause[0], p.start - 50), p.start)
        ),
        None,
    )


def _quoted_other(text: str, fig: tuple[int, int], quotes: Sequence[Place], code: str) -> Place | None:
    """The currency a rate of the economy ``code`` is quoted in, as its counterpart: the first quoted currency of
    another economy in the figure or after it in its clause ('$1.20 against the euro'), else the first before it
    ('reached $1.2871 against the euro, from $1.2974')."""
    after = (
        q for q in quotes if q.start >= fig[0] and q.code != code and not _CLAUSE_STOP.search(text, fig[1], q.start)
    )
    return next(after, None) or next((q for q in quotes if q.start < fig[0] and q.code != code), None)


#: Right before a place: a share and 'of' or 'in' ('37.5% of', 'a 26% stake in'), a possessive name between
#: ("67.7% of Hexal's US affiliate") or one to three capitalised words and 'of' ('49% of National Bank of Iraq'),
#: so that the place is what the share is of.
_SHARE_OF = re.compile(
    r"(?:%|\bper[^\S\n]?cent|\bstakes?|\bholdings?)(?:[^\S\n]+[\w'’\-]+){0,2}?[^\S\n]+(?:of|in)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:[A-Z][\w&\-]*['’]s?[^\S\n]+|(?:[A-Z][\w&\-]*[^\S\n]+){1,3}of[^\S\n]+)?\Z"
)


def _held(text: str, sent: tuple[int, int], p: Place) -> bool:
    """True for a place that a share is of, in a sentence that buys or holds it (a verb of class 'hold' of
    ``vocab/en/deals.tsv`` before it): 'S&N is to buy 37.5% of India's United Breweries in a deal worth
    4.66bn rupees' makes India what is bought in both figures (README of the BBC gold: a stake takes the
    holder's country, a deal the buyer's); '30% of India's GDP' holds nothing."""
    at = p.at[0]
    if _SHARE_OF.search(text, max(sent[0], at - 60), at) is None:
        return False
    return any(w.lower() in _hold_verbs() for w in _LETTERS.findall(text, sent[0], at))


def _hold_verbs() -> frozenset[str]:
    """The verbs of buying or holding a share (class 'hold' of ``vocab/en/deals.tsv``)."""
    return word_list("deals.tsv", "hold")


#: After a region, a superlative that ranks something in it ('Europe's biggest economy' is a country).
_RANKS_IN = re.compile(r"['’]s\s+(?:[a-z\-]*est|worst|top|leading|No\.?\s?1)\b(?:[^\S\n]+([a-z]+))?")


def _ranks_in(text: str, end: int) -> bool:
    """True when a superlative after the region or bloc ending at ``end`` ranks something in it ('Europe's biggest
    economy', 'the eurozone's worst economic performers'), not a time of its own ('the eurozone's worst year since
    1993': a word of class 'time' of ``vocab/en/words.tsv`` right after it)."""
    m = _RANKS_IN.match(text, end)
    return m is not None and not (m.group(1) and "time" in word_classes().get(m.group(1), frozenset()))


@lru_cache(maxsize=1)
def _price_words() -> dict[str, str]:
    """word -> 'commodity' or 'price' (``vocab/en/world_prices.tsv``)."""
    return {row[0]: row[1] for row in vocab_rows("world_prices.tsv")}


def _world_price(text: str, measure: tuple[int, int], places: list[Place], kind: str = "") -> bool:
    """True when the measure is the price of a traded commodity ('world oil prices', 'the price of
    crude') and names no country: a world price is about no country, whatever the sentence names. An
    amount of money, a rate ('$49.74 a barrel') or a percentage after a measure that is the commodity alone, by
    its name or a benchmark's ('Brent crude fell 32 cents to $49.74 a barrel', 'with copper up 36%'), is its
    price too (``kind``: the figure's kind, empty when the measure comes after the figure)."""
    found = _LETTERS.findall(text, measure[0], measure[1])
    classes = {_price_words().get(w.lower()) for w in found}
    alone = kind in ("money", "percent", "rate") and "commodity" in classes and _commodity_alone(found)
    if not alone and not {"commodity", "price"} <= classes:
        return False
    return not any(measure[0] <= p.at[0] < measure[1] and p.code not in UNCODED for p in places)


def _unit_price(text: str, unit: str, measure: tuple[int, int] | None, places: list[Place]) -> bool:
    """True for an amount of money per unit of a commodity (a unit of class 'unit' of ``vocab/en/world_prices.tsv``:
    'Currently above $40 a barrel', 'topping $50 a barrel', 'a fall of more than $12 a barrel') whose measure names
    neither a commodity nor a place (the words read as its measure are 'Currently', 'broken', 'a fall'; or none):
    by its unit the world price, about no country whatever its paragraph or sentence names (README of the BBC gold).
    A measure that names the commodity ('US light crude', 'Light crude oil futures ... on the New York Mercantile
    Exchange', gold US) is left to :func:`_world_price` and the sentence's places."""
    money, _, per = unit.partition("/")
    if _price_words().get(per) != "unit" or not re.fullmatch(r"[A-Z]{3}", money):
        return False
    if measure is None:
        return True
    if any(_price_words().get(w.lower()) == "commodity" for w in _LETTERS.findall(text, measure[0], measure[1])):
        return False
    return not any(measure[0] <= p.at[0] < measure[1] for p in places)


#: Right before the place where a share price trades: the shares, up to three words, the price (what it moved
#: to or closed at), then 'in' or 'on' ('Shares fell 1% to 510.75 pence in ', 'its stock closed at $12.50 on the ').
_AT_MARKET = re.compile(
    r"\b(?:[Ss]hares?|[Ss]tocks?)(?:[^\S\n]+[\w'’\-]+){0,3}?(?:[^\S\n]+(?:by|to|at))?[^\S\n]+\S*\d\S*"
    r"(?:[^\S\n]+[a-z]+)?(?:[^\S\n]+(?:to|at)[^\S\n]+\S*\d\S*(?:[^\S\n]+[a-z]+)?)?"
    r"[^\S\n]+(?:in|on)[^\S\n]+(?:the[^\S\n]+)?\Z"
)


def _share_market(text: str, sent: tuple[int, int], p: Place) -> bool:
    """True for a place named right after a share price and 'in' or 'on' ('Shares fell 1% to 510.75 pence in
    London, and dropped by 1.2% to 50.50 euros in Amsterdam'): where the shares trade, not where the firm's
    activity is, for every figure of the sentence; a share price stays the firm's own figure (README of the
    BBC gold: a firm's share price takes the firm's country). Only a place named at its own words (not a
    firm's mention), the shares named at most three words before the price."""
    if p.via is not None:
        return False
    return _AT_MARKET.search(text, max(sent[0], p.start - 80), p.start) is not None


def _commodity_alone(words: list[str]) -> bool:
    """True when the words of a measure are commodity words of ``vocab/en/world_prices.tsv`` and names of a
    benchmark ('Brent crude', 'copper'): the commodity itself, not a quantity or trade of it ('oil exports')."""
    return all(_price_words().get(w.lower()) == "commodity" or w[0].isupper() for w in words)


def _ranks_member(text: str, p: Place) -> bool:
    """True for a bloc that ranks one of its members ('Opec's second-biggest oil producer', 'the EU's largest
    economy', 'one of the eurozone's worst economic performers'): the words stand for a country named elsewhere, not
    for the bloc."""
    return p.code in blocs() and p.via is None and _ranks_in(text, p.end)


def _without_regions(text: str, places: list[Place], measure: tuple[int, int] | None) -> list[Place]:
    """The places of a sentence without the regions that have no code ('Europe', 'Latin American') where
        a country is named too (unless the region is in the measure: 'European sales'), and without those
        that say where firms are from ('Asian carmakers') or rank something in the region ('Europe's biggest
    economy' stands for a country named elsewhere): a region is the subject only of a sentence that
        names no country ('Latin America's economy grew 5.5%')."""
    coded = any(p.code not in UNCODED for p in places)

    def kept(p: Place) -> bool:
        if _ranks_member(text, p):
            return False
        if p.code not in UNCODED:
            return True
        if before_firm_noun(text, p) or _ranks_in(text, p.end):
            return False
        in_measure = measure is not None and measure[0] <= p.at[0] < measure[1] and p.code == NO_CODE
        return not coded or in_measure

    return [p for p in places if kept(p)]


def places_between(text: str, start: int, end: int, firms: list[Place]) -> list[Place]:
    """The places named in ``text[start:end]`` and the mentions there of firms with a home, in order;
    a country word inside a firm's mention ('China' of 'China Aviation Oil') is the firm's, not a place."""
    inside = _firms_within(firms, start, end)
    named = [p for p in _places_in(text, start, end) if not any(f.at[0] <= p.start < f.at[1] for f in inside)]
    return sorted(named + inside, key=lambda p: p.at)


def _context_place(text: str, para: int, sent_start: int, other: str | None, firms: list[Place]) -> Place | None:
    """The subject of a sentence that names no place: the latest place of its paragraph, else the
    one country or bloc the headline (the first line) names, if it names exactly one that no
    preposition introduces (the story's place, not its setting: 'What did Japarov get in Russia?'),
    else the latest place of the paragraphs before (below the headline), else the country the story names
    most (:func:`_story_country`)."""
    earlier = _latest_place(text, para, sent_start, firms, other)
    if earlier is not None:
        return earlier
    line = _first_line(text)
    if line is None or line[0] >= sent_start:
        return None
    headline = [
        p
        for p in _places_in(text, *line)
        if p.code not in UNCODED | institutions() and p.code != other and not _introduced(text, line, p)
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
    found = [p for p in _all_places(text)[1] if is_country(p.code) and p.code != other]
    counts = Counter(p.code for p in found).most_common(1)
    if not counts or counts[0][1] < 2 or counts[0][1] * 2 <= len(found):
        return None
    return next(p for p in found if p.code == counts[0][0])


@per_text
def _no_context(text: str, i: int) -> bool:
    """Whether the ``i``-th place of :func:`_all_places` is one no later sentence inherits as its context: a partner,
    a rank's member, a commentator's place, a conflict's, a comparison's base, a quoted currency, an owner named in
    passing or a place its own figure follows (:func:`_latest_place`). Remembered per text: each sentence's search
    walks back over the same places (a paragraph of bases alone made the search quadratic in regex calls)."""
    p = _all_places(text)[1][i]
    return (
        _partner(text, p.start)
        or _ranks_member(text, p)
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
    for f in _firms_within(firms, start, end):
        if _partner(text, f.at[0]) or named_as_owner(text, min(f.start, f.at[0])) or commentator_place(text, f):
            continue
        if not example_mention(text, f, f.at[0]):
            inside.append(f)
        elif home_before(f, f.at[0]):
            example_homes.add((f.start, f.end))
    starts, found = _all_places(text)
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


@lru_cache(maxsize=1)
def _commentators() -> tuple[dict[str, frozenset[str]], re.Pattern[str], re.Pattern[str]]:
    """The nouns of ``vocab/en/commentators.tsv`` with the prepositions that introduce where each works, and the
    patterns :func:`commentator_place` reads a place with: before it, such a noun, one preposition and at most five
    words (the noun and the preposition as groups 1 and 2, the words as group 3); after it, at most two titles (a
    word of the class 'title' or one in -al: 'senior', 'legal') and a 'workplace' noun ('its Paris lawyer')."""
    rows = [[cell.strip() for cell in row] for row in vocab_rows("commentators.tsv")]
    preps = {row[0]: frozenset(row[2].split()) for row in rows if row[1] in ("beat", "workplace")}
    titles = [row[0] for row in rows if row[1] == "title"]
    workplaces = [row[0] for row in rows if row[1] == "workplace"]

    def alternatives(words: list[str]) -> str:
        return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"

    prepositions = sorted(set().union(*preps.values()))
    # the first letters of the nouns first, a test the search makes at each position of its window before it tries
    # every noun there (the same matches: a noun opens with one of them)
    firsts = "[" + "".join(sorted({re.escape(noun[0]) for noun in preps})) + "]"
    nouns = alternatives(list(preps))
    before = re.compile(
        rf"(?={firsts})(?<![\w\-])({nouns})[^\S\n]+(" + alternatives(prepositions) + r")[^\S\n]+"
        r"((?:[\w&'’\-]+(?:\.[\w&'’\-]+)*[^\S\n]+){0,5})\Z",
        re.IGNORECASE,
    )
    title = "(?:" + alternatives(titles) + r"|[a-z\-]+al)"
    after = re.compile(r"(?:[^\S\n]+" + title + r"){0,2}[^\S\n]+" + alternatives(workplaces) + r"(?![\w\-])")
    return preps, before, after


def _workplace_words(words: str) -> bool:
    """True when the words between a commentator's preposition and a place can be the name of where they work
    ('Lehman Brothers in', 'the Commonwealth Bank of', 'brokers'): capitalised words, articles, prepositions,
    conjunctions (words.tsv's det, prep, conj, not a clause's opener: rel) and firm nouns; a verb or any other
    word ends the description ('Analysts at the bank forecast that France will grow 2%': France is no workplace)."""
    for w in words.split():
        if not w[:1].islower():
            continue
        classes = word_classes().get(w, frozenset())
        if not (classes & {"det", "prep", "conj"} and "rel" not in classes) and not is_firm_noun(w):
            return False
    return True


def commentator_place(text: str, p: Place) -> bool:
    """True for a place that says where a quoted commentator works ('said David Naude, economist at Deutsche Bank',
    'strategist with HSBC in London', 'According to its Paris lawyer'): the speaker's employer or town, not what
    the story's figures are about (README of the BBC gold: a country word inside a firm's name is not by itself the
    subject of a figure about something else). Not a client ('lawyers for Yukos'), a place a clause names after
    the workplace ('Analysts at the bank said France ...'), nor the economy an economist follows ('chief Turkish
    economist'): the nouns, their prepositions and which of them a place before names a workplace are
    ``vocab/en/commentators.tsv``'s."""
    # a firm's mention, not its home's words elsewhere ('economist at US bank Citigroup' once); likewise a venue or
    # a news medium's country ('the World Economic Forum in Davos, Switzerland', "told France's LCI Television")
    return _commentator_at(text, *p.at) or setting_at(text, *p.at)


@per_text
def _commentator_at(text: str, at: int, end: int) -> bool:
    """:func:`commentator_place` for the place at ``text[at:end]``, read once per text for the figures that ask
    about it."""
    preps, before, after = _commentators()
    m = before.search(text, max(0, at - 80), at)
    if m is not None and m.group(2).lower() in preps[m.group(1).lower()] and _workplace_words(m.group(3)):
        return True
    return after.match(text, end) is not None


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
    starts, found = _all_places(text)
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


def _firms_within(firms: list[Place], start: int, end: int) -> list[Place]:
    """The mentions of ``firms`` that start within ``[start, end)``, by bisection: ``firms`` are in the
    order of the text, as :func:`firm_places` gives them, so that a figure does not scan them all."""
    return firms[bisect_left(firms, start, key=_at_start) : bisect_left(firms, end, key=_at_start)]


def _at_start(p: Place) -> int:
    """Where a place is mentioned (the sort key of :func:`firm_places`)."""
    return p.at[0]


@per_text
def _all_places(text: str) -> tuple[list[int], tuple[Place, ...]]:
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
        found = tuple(sorted(named + list(more), key=_at_start))
    return [p.start for p in found], found


def _places_in(text: str, start: int, end: int) -> tuple[Place, ...]:
    """The places named within ``text[start:end]``, by bisection in the text's places (linear overall)."""
    starts, found = _all_places(text)
    return tuple(p for p in found[bisect_left(starts, start) : bisect_left(starts, end)] if p.end <= end)


@per_text
def _first_line(text: str) -> tuple[int, int] | None:
    """Span of the first line with anything on it (the headline), looked up once per text."""
    first = re.search(r"\S[^\n]*", text)
    return None if first is None else (first.start(), first.end())


def _introduced(text: str, sent: tuple[int, int], p: Place) -> bool:
    """True when a preposition of exchange ('to', 'from', 'in the') introduces the place."""
    prev = _words_before(text, max(sent[0], p.at[0] - 30), p.at[0])
    return bool(prev) and "exchange" in word_classes().get(prev[-1], ())


def _clause(text: str, sent: tuple[int, int], fig: tuple[int, int]) -> tuple[int, int]:
    """The stretch of the sentence around the figure with no comma, semicolon or dash."""
    a, b = sent[0], fig[0]
    start = max(text.rfind(",", a, b), text.rfind(";", a, b), text.rfind("—", a, b), text.rfind("–", a, b))
    stop = _CLAUSE_STOP.search(text, fig[1], sent[1])
    return (max(start + 1, sent[0]), stop.start() if stop else sent[1])


def transfer(
    text: str,
    sent: tuple[int, int],
    fig: tuple[int, int],
    places: list[Place],
    clause: tuple[int, int] | None = None,
) -> tuple[Place | None, Place | None]:
    """Subject and counterpart that a verb of transfer or supply of the figure's clause sets, where the text
    names them (``clause``: :func:`_clause` of the figure, when the caller has it): a transfer's recipient
    and giver ('Germany gave Ukraine $2bn'), or a firm's payment to a party that is no place, the firm's ('a US
    bank will donate $8m to victims of a Chilean ruler'); who a supply supplies and its supplier ('Iran will
    supply India with 7.5m tonnes', 'Venezuela offered to supply 120,000 barrels to China'): the goods of a
    supply deal are its buyer's, as an order is (README: an order or a supply deal is a deal), the supplier the
    counterpart; but a share of the seller's own output stays the seller's ('sells 60% of its output to the
    United States'; 'up to 50 of its planes' is a number of goods, the buyer's), and a verb of export keeps the
    exporter ('Peru exported 2.1m tonnes to China'), as exports are the exporter's. A supply that names no one
    supplied sets nothing (the place of a sale stays the place of the activity: 'sold 20% more cars in the US';
    'Airbus delivered 320 aircraft')."""
    clause = clause or _clause(text, sent, fig)
    if not _transfer_words().search(text[clause[0] : fig[0]].lower()):
        return None, None  # no transfer word before the figure: the clause is not tokenised
    toks = tokens(text, clause[0], fig[0], [])
    verbs = [
        t
        for i, t in enumerate(toks)
        if t.is_any("give", "receive", "supply", "export") and not _nominal(toks, i) and not _conjunction(toks, i)
    ]
    if not verbs:
        return None, None
    verb = verbs[-1]
    before = [p for p in places if clause[0] <= p.at[1] <= verb.start]
    between = [p for p in places if verb.end <= p.at[0] and p.at[1] <= fig[0]]
    after = [p for p in places if fig[1] <= p.at[0] < clause[1]]

    def after_word(words: set[str]) -> Place | None:
        return next((p for p in after if _prev_word(text, p) in words), None)

    # a place after 'to' before the verb, or after a figure and 'to' between the verb and this figure, is where an
    # earlier figure of the clause goes ('gave $1bn to Ukraine and lent $2bn to Belarus', 'supply 5bn cubic metres
    # to Ukraine and 2bn to Poland'): no party of this figure ('supply gas to India worth $5bn' names its buyer)
    agents = [p for p in before if _prev_word(text, p) != "to"]
    if verb.is_any("supply", "export"):
        supplied = next(
            (p for p in between if _prev_word(text, p) != "by" and not _earlier_figures_place(text, verb.end, p)),
            None,
        )
        supplied = supplied or after_word({"to"})
        if supplied is None:
            return None, None
        supplier = agents[-1] if agents else None
        if verb.is_("export") or (_PERCENT.search(text, fig[0], fig[1]) and _OWN_SHARE.match(text, fig[1])):
            return supplier, supplied
        return supplied, supplier
    if verb.is_("give"):
        recipient = (between[-1] if between else None) or after_word({"to", "for"})
        if recipient is None and {verb.low, verb.low.removesuffix("ed")} & _bid_nouns():
            return (before[-1] if before else None), None  # 'Deutsche Boerse offered £1.3bn': the bidder's price
        giver = agents[-1] if agents else None
        if (
            recipient is None
            and giver is not None
            and (giver.via is not None or before_firm_noun(text, giver))
            and _GIVEN_GAP.fullmatch(text, verb.end, fig[0]) is not None
        ):
            # 'A US bank has said it will donate more than $8m to victims of former Chilean military ruler': a firm's
            # payment to a party that is no place is the firm's, not that of a place in the party's description
            return giver, None
        return recipient, giver
    # 'Turkey has agreed a draft proposal with the IMF to borrow $10bn': who receives is the clause's own place,
    # not one a preposition of exchange introduces (that one is the giver, unless 'from' or 'by' names another)
    plain = [p for p in before if not _introduced(text, sent, p)]
    recipient = plain[-1] if plain else (before[-1] if before else None)
    lender = next((p for p in reversed(before) if p is not recipient and _prev_word(text, p) == "with"), None)
    return recipient, after_word({"from", "by"}) or lender


def _earlier_figures_place(text: str, verb_end: int, p: Place) -> bool:
    """True when the place follows 'to' and a number stands between the verb and it ('supply 5bn cubic metres to
    Ukraine and 2bn cubic metres to Poland': Ukraine is where the 5bn goes, not the 2bn)."""
    return _prev_word(text, p) == "to" and _DIGIT.search(text, verb_end, p.at[0]) is not None


_DIGIT = re.compile(r"\d")

#: After a percentage, 'of' and a possessive of the seller ('60% of its output'): a share of the seller's own
#: goods (not '50 of its forthcoming planes', a number of goods); a figure is a percentage when it has one of these.
_OWN_SHARE = re.compile(r"[^\S\n]+of[^\S\n]+(?:its|their)\b")
_PERCENT = re.compile(r"%|\bper[^\S\n]*cent\b|\bpercent\b", re.IGNORECASE)

#: Between a verb of giving and the amount it gives: at most three words, no figure ('donate more than $8m',
#: 'give a $50,000 bribe'; not '$27m into two' for the 'two').
_GIVEN_GAP = re.compile(r"(?:[^\S\n]+[A-Za-z]+){0,3}[^\S\n]+")


@lru_cache(maxsize=1)
def _transfer_words() -> re.Pattern[str]:
    """The words of the 'give', 'receive', 'supply' and 'export' classes as whole words of a lower-cased text: a
    cheap test that finds every clause :func:`transfer` can read a verb in (and a few more)."""
    words = [w for w, c in word_classes().items() if c & {"give", "receive", "supply", "export"}]
    return re.compile(bounded_trie(words, r"[^\W_]") + r"(?![^\W_])")


#: After a figure, a bid noun of ``vocab/en/deals.tsv`` and 'from' or 'by' ('a £1bn takeover offer from'; the
#: prepositions are ``deal_prices.toml``'s bid_preps, which deals.deal_buyer reads too): the place that follows makes
#: the bid (for a deal, the subject is the buyer's country); a conversion in brackets may come between ('£1.3bn
#: ($2.5bn) takeover offer').
_BID_FROM = re.compile(
    r"(?:[^\S\n]*\([^()\n]*\))?(?:[^\S\n]+[a-z][\w\-]*){0,3}?[^\S\n]+([a-z]+)[^\S\n]+(?:"
    + phrase_alternation(sorted(BID_PREPS), r"[^\S\n]+")
    + r")[^\S\n]+(?:the[^\S\n]+)?(?:(?:rival|fellow|its|suitor)[^\S\n]+)?\Z"
)


#: Between a bidder's possessive and the price: "Xstrata's bid of ", "Glazer's latest takeover offer of ".
_BID_OF = re.compile(r"['’]s?(?:[^\S\n]+[a-z][\w\-]*){0,2}?[^\S\n]+([a-z]+)[^\S\n]+of[^\S\n]+")
_BRACKET = re.compile(r"[^\S\n]*\([^()\n]*\)")


def _bidder(text: str, fig: tuple[int, int], clause: tuple[int, int], places: list[Place]) -> Place | None:
    """The place that makes the bid the figure prices: 'a £1.3bn takeover offer from Deutsche Boerse', the bid
    noun (class 'bid' of ``vocab/en/deals.tsv``) within three words after the figure, 'rival' allowed before the
    bidder; or the bidder's possessive before the bid noun and 'of' ("Xstrata's bid of A$6.35 a share"). A
    conversion in brackets after the figure is read past, its semicolon no end of the clause ('a hostile 7.4bn
    Australian dollar ($5.8bn; £3bn) bid by rival Xstrata')."""
    bracket = _BRACKET.match(text, fig[1])
    end = clause[1]
    if bracket is not None and end < bracket.end():
        stop = _CLAUSE_STOP.search(text, bracket.end(), len(text))
        sentence_end = text.find(".", bracket.end())
        end = min(stop.start() if stop else len(text), sentence_end if sentence_end >= 0 else len(text))
    for p in places:  # "Xstrata's bid of A$6.35 a share"
        if clause[0] <= p.at[0] and p.at[1] <= fig[0]:
            m = _BID_OF.fullmatch(text, p.at[1], fig[0])
            if m is not None and m.group(1) in _bid_nouns():
                return p
    for p in places:
        if fig[1] < p.at[0] < end:
            m = _BID_FROM.fullmatch(text, fig[1], p.at[0])
            return p if m is not None and m.group(1) in _bid_nouns() else None
    return None


def _bid_nouns() -> frozenset[str]:
    """The nouns of a bid (class 'bid' of ``vocab/en/deals.tsv``)."""
    return word_list("deals.tsv", "bid")


def _conjunction(toks: list[Token], i: int) -> bool:
    """True when a transfer word opens a clause with 'that' ('given that growth was set to fall', 'provided that
    the loan is repaid'): a conjunction, not the verb of a transfer."""
    return i + 1 < len(toks) and toks[i + 1].low == "that"


def _nominal(toks: list[Token], i: int) -> bool:
    """True when a transfer word is a noun ('a takeover offer', 'the loans'), not the clause's verb:
    a determiner or a lower-case content word (a noun's modifier) comes right before it."""
    if i == 0 or not toks[i - 1].is_word or not toks[i - 1].text.islower():
        return False
    prev = toks[i - 1]
    return prev.is_("det") or (prev.content and not prev.is_("give") and not prev.is_("receive"))


def _partner(text: str, at: int) -> bool:
    """True when a preposition of a partner ('with', 'to', 'from') introduces the place, or 'of'/'in'
    after a deal noun (``vocab/en/deals.tsv``: 'acquisition of US firm ISG', 'a stake in Italian bank
    BNL'): in a measure it names the counterpart (a trade partner, what is bought), not the subject.
    ``at``: where the place's words start (for a firm named with its home, 'US firm ISG', its home's)."""
    prev = _words_before(text, max(0, at - 40), at)
    if not prev:
        return False
    if "partner" in word_classes().get(prev[-1], ()):
        return True
    return len(prev) > 1 and prev[-1] in ("of", "in") and prev[-2] in deal_nouns()


def _prev_word(text: str, p: Place) -> str:
    """The word before a place, determiners skipped."""
    prev = _words_before(text, max(0, p.at[0] - 30), p.at[0])
    return prev[-1] if prev else ""


def _words_before(text: str, start: int, at: int) -> list[str]:
    """The lower-case words of ``text[start:at]``, the determiners at its end left out: what comes
    right before a place ('to', 'from the', 'acquisition of')."""
    prev = [w.lower() for w in _LETTERS.findall(text, start, at)]
    while prev and "det" in word_classes().get(prev[-1], ()):
        prev.pop()
    return prev


def _pointed_at(
    text: str, measure: tuple[int, int] | None, prior: tuple[int, int, int] | None, paragraph: int
) -> tuple[int, int] | None:
    """The measure of a figure whose own only points back ('that figure is much lower at 0.1%', "December's figure
    to come in at 58.1"): what the last figure of its kind before it measures, ``prior`` (span and paragraph), when
    that one is in the same paragraph or the one before; else the measure as read."""
    if measure is None or prior is None or prior[2] < paragraph - 1 or not points_back(text[measure[0] : measure[1]]):
        return measure
    return prior[0], prior[1]
