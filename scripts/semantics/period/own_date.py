"""A figure's own date in its sentence: the nearest date of its clause, unless a base, another figure's or another
clause's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...extraction.mentions import DateMention
from .asides import _in_aside, other_clause
from .bases import (
    _base_after_own_date,
    base_figure,
    base_word_before,
    earlier_change_date,
    from_level_before_deadline,
    has_base,
    owned_before,
    reports_change,
)
from .clauses import _CLAUSE_MARK, _CONTRAST, _clause_start, _crossing, _forecast_in, _says_forecast, _unbracketed
from .result import Period
from .tense import _outside_present_relative, _says_now, is_attribute, restates_previous, states_present
from .vocab import _W, _WORD, _YEAR_VALUE, BASE_BEFORE_PERIOD, _phrase_alternatives


def period_in_sentence(
    text: str,
    fig: tuple[int, int],
    sentence: tuple[int, int],
    dates: Sequence[DateMention],
    figures: Sequence[tuple[int, int]] = (),
    *,
    present: str,
) -> Period | None:
    """The period of a figure from the dates of its own sentence (an unanchored date, without a value, gives none).

    ``figures``: the spans of the sentence's figures; a date beyond another figure ranks after one that
    is not ('By 2007 it will peak at 127 million, then shrink to 100 million by the middle of the century').
    ``present``: the story's present, as :func:`nearest_date` takes it.
    """
    best = nearest_date(text, fig, sentence, dates, figures, present=present)
    return period_of_date(text, fig, sentence, dates, figures, best)


def period_of_date(
    text: str,
    fig: tuple[int, int],
    sentence: tuple[int, int],
    dates: Sequence[DateMention],
    figures: Sequence[tuple[int, int]],
    best: int | None,
) -> Period | None:
    """:func:`period_in_sentence` of the figure whose :func:`nearest_date` is ``best``: a caller that reads the
    nearest date once for this and :func:`has_own_time` (the same date) passes it here."""
    if best is None or not dates[best].value:
        return None
    d = dates[best]
    if d.end <= fig[0] and _base_after_own_date(text, d, fig, figures):
        # 'losses had deepened to £51.6m in 2004 from £1.2m': 2004 is the new level's; the base is of an earlier
        # time, which the text leaves implicit
        return None
    if _figure_between(text, fig, d, figures) and (
        base_figure(text, fig, sentence) or from_level_before_deadline(text, fig, d, figures)
    ):
        # 'fell to £1.9bn from £2.1bn, with 300 jobs cut in 2005': a date beyond the next figure is not the base's;
        # 'trimmed from 155,000 to 110,000 staff by 2010': the date is the new figure's, not its base's
        return None
    if _outside_present_relative(text, fig, d, sentence):
        # 'The company - which controls half of the local market - aims to sell 1m cars by 2010': the aside's state
        return None
    joined = coordinated(text, best, dates)
    if joined is not None:
        return Period(joined, best, "coordinated")
    between = _unbracketed(text, min(fig[1], d.end), max(fig[0], d.start))
    method = "same_clause" if not any(c in between for c in ",;:") else "sentence"
    if method == "sentence" and _says_now(text, *sentence):
        return None  # 'with a fortune of $15bn, he is currently on trial ... following his arrest in October 2003'
    if _COORDINATED.search(text, *((fig[1], d.start) if d.start >= fig[1] else (d.end, fig[0]))) and states_present(
        text, fig, sentence
    ):
        return None  # 'Honda has three hybrids on the market, and ... sold 80,000 last year': a state, no time
    return Period(d.value, best, method)


def _figure_between(text: str, fig: tuple[int, int], d: DateMention, figures: Sequence[tuple[int, int]]) -> bool:
    """Whether another figure lies between the figure and the later date ``d``, outside brackets: a conversion
    ('from £3.24bn ($6.13bn) in 2003') restates the figure, and leaves the date its own."""
    inside = [(a, b) for a, b in figures if fig[1] <= a and b <= d.start]
    if not inside:
        return False
    gap = _unbracketed(text, fig[1], d.start)
    return any(gap[a - fig[1]] != " " for a, _ in inside)


#: A comma or dash then a conjunction: the next clause has a subject and a verb of its own (', and between
#: them the two carmakers sold 80,000 last year'); a semicolon is not looked for (a conversion's '($50.4m; £26m)').
#: The clause rules' conjunctions are not one list: :data:`_NEW_CLAUSE` adds 'although', 'though', 'yet' (any clause
#: of its own), :data:`_CONTRAST` keeps the contrasting ones only (no 'and', no 'while'), :data:`_CLAUSE_MARK` adds
#: 'although' and needs no comma before it. Giving this list or _CLAUSE_MARK _NEW_CLAUSE's words changes no output
#: of the open corpus, but no gold measured it: they stay apart until a rule needs them joined.
_COORDINATED = re.compile(r"(?:,|[ \t\u00a0][-–—])[ \t\u00a0]*(?:and|but|while|whereas)[ \t\u00a0]", re.IGNORECASE)


def date_rank(
    text: str,
    fig: tuple[int, int],
    d: DateMention,
    i: int,
    figures: Sequence[tuple[int, int]],
    end: int,
    owned: int = -1,
) -> tuple[int, int, int, int] | None:
    """How near the date ``dates[i]`` of its sentence (ending at ``end``) is to the figure, lowest first:
    whether another figure between is parted from this one by a clause mark, how far apart clauses set
    them (:func:`_crossing`), the distance, the index. None for a date that is another figure's: one beyond a
    parted figure in a clause that contrasts ('about 50% higher ..., but down on the high of $55.67 set in late
    October'), or one across a clause mark that opens the next figure's clause ('rose by 4.7% and in 2002/03
    by 8.6%'). A date before the figure that starts at or before ``owned`` (:func:`owned_before`: a date right
    after another figure, and those beyond it) ranks as if a clause parted them. On each side of the figure the
    rank only grows outwards, and a date that is None has only such dates beyond it or dates of a worse rank
    (:func:`nearest_date` reads a side up to its best)."""
    side = d.start >= fig[1]
    lo, hi = (fig[1], d.start) if side else (d.end, fig[0])
    distance = hi - lo
    # a date of the figure's own clause before one across a clause mark ('rose by 2% in 2004, after
    # a 31% decline in 2003': 2003 is the decline's)
    crossed = _crossing(text, lo, hi)
    if side and crossed and (_opens_for_next_figure(text, d, figures, end) or _in_aside(text, lo, hi)):
        return None
    # another figure between counts when a clause mark parts it from this one ('peak at 127 million, then
    # shrink to 100 million by the middle of the century'), not in one clause ('a 20% rise to £3.8bn')
    parted = any(
        lo <= a
        and b <= hi
        and _CLAUSE_MARK.search(_unbracketed(text, *((fig[1], a) if side else (b, fig[0])))) is not None
        for a, b in figures
    )
    if parted and _CONTRAST.search(text, lo, hi) is not None:
        return None
    # a date right after another figure before this one, or beyond it, is that figure's (:func:`owned_before`)
    return (int(parted or (not side and d.start <= owned)), crossed, distance, i)


#: How far back a figure's own clause is read for a forecast word (:func:`_turns_to_forecast`).
OWN_CLAUSE_REACH = 200


def _turns_to_forecast(
    text: str, fig: tuple[int, int], d: DateMention, figures: Sequence[tuple[int, int]]
) -> int | None:
    """Where the later clause begins when the date ``d``, after the figure, is in a later clause that forecasts another figure while the
    figure's own clause forecasts nothing ('The jobless rate rose to 4.7% from 4.6% in the previous quarter and is
    expected to rise to 5% next year': next year is the 5%'s, not the 4.7%'s). The later clause runs from the
    last clause mark (:data:`_CLAUSE_MARK`) before the last figure of ``figures`` between the two, and no clause
    mark parts that figure from the date; None otherwise. That clause's forecast is no forecast of the figure's."""
    between = [(a, b) for a, b in figures if fig[1] <= a and b <= d.start]
    if not between:
        return None
    other = between[-1]
    if _CLAUSE_MARK.search(_unbracketed(text, other[1], d.start)) is not None:
        return None  # the date is in a clause of its own after the other figure
    marks = list(_CLAUSE_MARK.finditer(_unbracketed(text, fig[1], other[0])))
    if not marks:
        return None
    turn = fig[1] + marks[-1].start()
    own = _clause_start(text, max(0, fig[0] - OWN_CLAUSE_REACH), fig[0])
    return turn if _forecast_in(text, turn, d.start) and not _forecast_in(text, own, turn) else None


#: What may come between a date and the figure whose clause it opens ('in 2002/03 by 8.6%').
_TO_NEXT_FIGURE = re.compile(r"[ \t\u00a0]+(?:[A-Za-z]+[ \t\u00a0]+){0,2}\Z")


def _opens_for_next_figure(text: str, d: DateMention, figures: Sequence[tuple[int, int]], end: int) -> bool:
    """Whether the date is followed, within two words and no clause mark, by a figure of its own ('and in
    2002/03 by 8.6%', 'and in 2004 to $5bn'), or opens a clause right after a comma that has a figure of its own
    before any clause mark ('growth of just 2%, by 2019 poverty could fall as low as 15.3%'): it dates that figure,
    not one before it."""
    nxt = min((a for a, _ in figures if a >= d.end and a < end), default=None)
    if nxt is None:
        return False
    if _TO_NEXT_FIGURE.match(text, d.end, nxt) is not None:
        return True
    return (
        _CLAUSE_OPENING_DATE.search(text, max(0, d.start - 12), d.start) is not None
        and _CLAUSE_MARK.search(_unbracketed(text, d.end, nxt)) is None
    )


#: Right before a date, a comma and at most a preposition: the date opens its clause (', by 2019 poverty could fall').
_CLAUSE_OPENING_DATE = re.compile(
    r",[ \t\u00a0]+(?:(?:by|in|from|until|during|for)[ \t\u00a0]+)?(?:the[ \t\u00a0]+)?\Z", re.I
)


_AND = re.compile(r"[ \t\u00a0]{1,3}(?:and|&)[ \t\u00a0]{1,3}|,[ \t\u00a0]{1,3}and[ \t\u00a0]{1,3}")
_LIST_COMMA = re.compile(r",[ \t\u00a0]{1,3}(?!and[ \t\u00a0])")
_AND_NEXT = re.compile(r"[ \t\u00a0]{1,3}and[ \t\u00a0]{1,3}next(?![ \t\u00a0]*[A-Za-z0-9])", re.I)


def coordinated(text: str, i: int, dates: Sequence[DateMention]) -> str | None:
    """The span of two periods joined by 'and' from the date ``dates[i]``, or None.

    A figure of 'forecast growth of 2.5% in both 2005 and 2006', 'payments due in 2005 and 2006' or
    '10-15% for this year and next' is about both: its period is the interval from the first to the
    second (``2005/2006``), linked to the first date; so is a list ending in 'and' ('£2.5bn instalments in 2010,
    2011 and 2012': ``2010/2012``). Only later periods of the same granularity join ('in 2004 and 2003' is no
    span), and the elliptical 'next' only after a year.
    """
    d = dates[i]
    if not d.value or "/" in d.value:
        return None
    if _AND_NEXT.match(text, d.end):
        return f"{d.value}/{int(d.value) + 1}" if _YEAR_VALUE.match(d.value) else None
    last = i  # a list's commas first ('in 2010, 2011 and 2012'): each item a later period of the same granularity
    while last + 1 < len(dates) and (comma := _LIST_COMMA.match(text, dates[last].end)) is not None:
        e = dates[last + 1]
        if e.start != comma.end() or not _joins(d, dates[last], e):
            return None
        last += 1
    after = _AND.match(text, dates[last].end)
    if after is None or last + 1 >= len(dates):
        return None
    e = dates[last + 1]
    if e.start != after.end() or not _joins(d, dates[last], e):
        return None
    return f"{d.value}/{e.value}"


def _joins(first: DateMention, before: DateMention, e: DateMention) -> bool:
    """Whether ``e`` continues a list of periods from ``first`` whose latest item is ``before``: a valued period of
    the same granularity, later than it."""
    return e.granularity == first.granularity and bool(e.value) and "/" not in e.value and e.value > before.value


def nearest_date(
    text: str,
    fig: tuple[int, int],
    sentence: tuple[int, int],
    dates: Sequence[DateMention],
    figures: Sequence[tuple[int, int]] = (),
    *,
    present: str,
) -> int | None:
    """Index of the date of the figure's sentence nearest to it that is not a base it is compared with.

    Dates without a value count: a figure whose own time the text leaves unanchored ('ending Friday
    0.24% lower') has no period, rather than a neighbour's. A date after 'until' ends the figure's stretch ('grow
    by about 40% a year until 2007', whose start the text leaves open) and is no candidate. A date beyond another figure of
    ``figures`` ranks after the dates that are not. A date after 'from' that opens a stretch the sentence forecasts
    (:func:`open_start`; ``present``: the story's present, empty when open) is the figure's own time, no base.
    """
    tied = tied_date(text, fig, sentence, dates, figures)
    if tied is not None:
        return tied
    # Candidates nearest first. On each side of the figure the rank (a figure between, distance, index)
    # only grows outwards (the stretch between widens), so the first date there that is not a base is
    # that side's best: the rest of the side is not read (a dense sentence has dozens of dates, each
    # asked for its base word and the figures before it). The bases' fallback is read only when no
    # date is a candidate, and then every date has been.
    order = sorted(
        (d.start - fig[1] if d.start >= fig[1] else fig[0] - d.end, i)
        for i, d in enumerate(dates)
        if sentence[0] <= d.start and d.end <= sentence[1]
    )
    owned = owned_before(text, fig, dates, figures)  # a date right after another figure before this one
    best: tuple[int, int, int, int] | None = None
    shared: tuple[int, int, int, int] | None = None
    reported: tuple[int, int, int, int] | None = None  # the best reporting day (_reporting_day), kept apart
    settled = [False, False]  # left, right
    forecast_end = sentence[1]  # where a later clause that forecasts another figure begins (_turns_to_forecast)
    for distance, i in order:
        d = dates[i]
        side = int(d.start >= fig[1])
        if distance < 0 or settled[side]:
            continue
        if settled[1 - side] and best is not None and best[:2] == (0, 0) and best[2] < distance:
            break  # the other side's best, with no figure or clause mark between, beats all that is left
        where = base_word_before(text, d, sentence[0])
        if where is not None and _governs_other_date(text, where, d, dates):
            where = None  # 'said on Wednesday its third-quarter net profit': the 'on' is the weekday's
        if (
            where is not None
            and not (where < fig[0] and fig[1] <= d.start)  # is_base(text, d, sentence[0], fig)
            # 'output to 200,000 cars from 2007': its own time
            and not open_start(text, fig, d, sentence, present=present)
        ):
            if (
                side
                and (shared is None or (distance, i) < shared[2:])
                and not text[fig[1] : where].strip(" ,")
                and any(c.isdigit() for c in text[where : d.start])
            ):
                # '4.0% from 4.4% this year': a base figure right after the figure, dated with it
                shared = (0, 0, distance, i)
            continue
        if other_clause(text, fig, d, sentence):
            continue  # a date of a clause about something else ('the company he co-founded in 1984'): the side reads on
        if side and earlier_change_date(text, fig, d):
            continue  # "fell 3.3%, coming after December's 4% rise": the earlier change's time, the side reads on
        if _UNTIL_BEFORE.search(text, max(sentence[0], d.start - 40), d.start) is not None:
            continue  # 'grow by about 40% a year until 2007': the end of the figure's stretch, not its period
        if side and (turn := _turns_to_forecast(text, fig, d, figures)) is not None:
            forecast_end = min(forecast_end, turn)
            continue  # 'rose to 4.7% ... and is expected to rise to 5% next year': the 5%'s date
        gap = date_rank(text, fig, d, i, figures, sentence[1], owned)
        if gap is None:
            continue  # another figure's date: the side reads on
        if _reporting_day(text, d):
            # 'rose 12% in 2004 to 3.4bn zlotys, the statistics office said on Wednesday': the day the figures were
            # told, their period only where the sentence gives them no date of its own; the side reads on
            reported = gap if reported is None or gap < reported else reported
            continue
        settled[side] = True
        if best is None or gap < best:
            best = gap
    if best is None:
        best = reported
    if best is None and shared is not None and _says_forecast(text, sentence[0], forecast_end):
        best = shared  # a forecast revised from a figure of the same date; a reported change is the later period's
    return None if best is None else best[3]


#: A verb of a statement right before a day, perhaps with 'on' after up to three words ('said on Wednesday', 'announced
#: Monday', 'told reporters on Monday', 'said in a statement on Friday').
_REPORTING_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['reporting_verbs'])})[ \t\u00a0]+"
    r"(?:(?:[A-Za-z]+[ \t\u00a0]+){0,3}on[ \t\u00a0]+)?\Z",
    re.I,
)
#: How far before a day its verb of a statement is read (:func:`_reporting_day`).
_REPORTING_REACH = 60


def _reporting_day(text: str, d: DateMention) -> bool:
    """Whether the day ``d`` is the day a statement was made ('the national statistics office said on Wednesday'):
    the day the figures were told, not their period where their sentence gives them one ('rose 12% in 2004 to
    3.4bn zlotys, ... said on Wednesday' is 2004's)."""
    return (
        d.granularity == "day"
        and _REPORTING_BEFORE.search(text, max(0, d.start - _REPORTING_REACH), d.start) is not None
    )


def _governs_other_date(text: str, where: int, d: DateMention, dates: Sequence[DateMention]) -> bool:
    """Whether the base word at ``where`` before the date ``d`` is one that bases only a period ('on': 'up 5% on the
    third quarter') and another date of ``dates`` lies between it and ``d``: the word is that date's ('said on
    Wednesday its third-quarter net profit rose 14%': 'on' is the weekday's, and the quarter is the profit's own)."""
    word = _WORD.match(text, where)
    return (
        word is not None
        and word[0].lower() in BASE_BEFORE_PERIOD
        and any(e is not d and where < e.start and e.end <= d.start for e in dates)
    )


#: A word that opens a stretch right before a date, perhaps with 'the' ('from 2007', 'from the end of 2007').
_OPEN_START_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['open_start_before'])})[ \t\u00a0]+(?:the[ \t\u00a0]+)?\Z", re.I
)
#: Right after such a date, a possessive or a word naming the base's level ('from 2003's', 'from 2004 levels').
_OPEN_START_BASE_AFTER = re.compile(
    rf"['’]s?(?![A-Za-z])|[ \t\u00a0]+(?:{_phrase_alternatives(_W['open_start_base_after'])})(?![A-Za-z])", re.I
)


#: Right before the 'from' of such a date, a stretch of stated length that it anchors ('for 25 years from', 'a 25
#: year period from', 'a ten-year stretch from'): a number, a unit, perhaps one more word.
_STRETCH_BEFORE = re.compile(
    rf"(?:[0-9]|(?<![A-Za-z])(?:{_phrase_alternatives(_W['number_words'])}))[ \t\u00a0-]+"
    rf"(?:{_phrase_alternatives(_W['open_start_stretch_units'])})(?:[ \t\u00a0]+[a-z]+)?[ \t\u00a0]+\Z",
    re.I,
)
#: A base word between a figure and a later date ('a rise of 40% from what is expected from the current year').
_BASE_WORD = re.compile(rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['base_before'])})(?![A-Za-z])", re.I)


def open_start(text: str, fig: tuple[int, int], d: DateMention, sentence: tuple[int, int], *, present: str) -> bool:
    """Whether the date after the figure opens a stretch its sentence forecasts or plans, and so is the figure's
    own time, not a base: 'from' right before it (:data:`_OPEN_START_BEFORE`: 'could raise output to more than
    200,000 cars from 2007', 'vouchers worth £250 will be distributed from January'), the first base word after
    the figure ('a rise of 40% from what is expected from the current year' compares); no base's level after it
    ('from 2004 levels'), no stretch of stated length it anchors ('for 25 years from 2009'), no event's attribute
    ('from the 2005 model years'); a word of a forecast or plan in the figure's clause before the 'from' (not 'rose
    9% from January and are expected to rise further'), and a value not before the story's ``present`` year (when
    known: 'is expected to rise 5% from 2004' in a 2005 story compares). A date before the figure, or without a
    value ('from last year' where the present is open), is none."""
    if not d.value or d.start < fig[1]:
        return False
    opener = _OPEN_START_BEFORE.search(text, max(sentence[0], d.start - 16), d.start)
    if opener is None or _BASE_WORD.search(text, fig[1], opener.start()) is not None:
        return False
    if _OPEN_START_BASE_AFTER.match(text, d.end) is not None or is_attribute(text, d):
        return False
    if _STRETCH_BEFORE.search(text, max(sentence[0], opener.start() - 40), opener.start()) is not None:
        return False
    if present and d.value[:4] < present[:4]:
        return False
    # the forecast or plan is the figure's own: in its clause, up to the 'from' ('rose 9% from January and are
    # expected to rise further' reports a change from its base)
    own = _clause_start(text, max(sentence[0], fig[0] - OWN_CLAUSE_REACH), fig[0])
    return _forecast_in(text, own, opener.start())


#: 'until' or 'till' right before a date, perhaps with a hedge and 'the' ('until at least the 2006-2007 fiscal year').
_UNTIL_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['stretch_end_before'])})[ \t\u00a0]+"
    rf"(?:(?:{_phrase_alternatives(_W['bound_hedges'])})[ \t\u00a0]+)?"
    r"(?:the[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
#: After a date, the opening of a clause about its time ('2002 when output fell 11%', 'the third quarter,
#: when it fell 3%'), or a possessive ('2003's 784m euro figure', 'last year's growth of 6%').
_WHEN_AFTER = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]+when[ \t\u00a0]+", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?[ \t\u00a0]+")
#: How many words a possessive date may be from its figure ('2003's 784m euro figure', 'last year's
#: growth rate of 6%').
POSSESSIVE_WINDOW = 5


def tied_date(
    text: str,
    fig: tuple[int, int],
    sentence: tuple[int, int],
    dates: Sequence[DateMention],
    figures: Sequence[tuple[int, int]] = (),
) -> int | None:
    """Index of a date before the figure that the grammar ties the figure to, whatever the words
    before the date: a clause of its time ('a turnaround from 2002 when output fell 11%', 'up from the
    third quarter, when it fell 3.0%', 'since April 2004 when it reached a peak of 13.1%') or a
    possessive ('compared with 2003's 784m euro figure'). The figure's own time is that date, also
    where the date is the base of another figure of the sentence; an unanchored one (without a value)
    leaves the figure without a period. None when no date is so tied.

    A clause runs to the next comma, semicolon or colon; another dated date or another figure
    between the date and the figure unties them (an event named by a date without a value, 'the 11
    September attacks', does not).
    """
    for i in range(len(dates) - 1, -1, -1):
        d = dates[i]
        if d.end > fig[0] or d.start < sentence[0] or _event_name(text, d):
            continue
        between = text[d.end : fig[0]]
        if any(d.end <= a and b <= fig[0] for a, b in figures if (a, b) != fig):
            return None  # the nearest tie is another figure's
        if any(e.value and d.end <= e.start and e.end <= fig[0] for e in dates[i + 1 :]):
            return None
        when = _WHEN_AFTER.match(text, d.end, fig[0])
        if when is not None and not any(c in text[when.end() : fig[0]] for c in ",;:"):
            return i
        possessive = _POSSESSIVE_AFTER.match(text, d.end, fig[0])
        if (
            possessive is not None
            and not any(c in between for c in ",;:")
            and len(_WORD.findall(text, possessive.end(), fig[0])) <= POSSESSIVE_WINDOW
        ):
            return i
        return None  # only the nearest date before the figure can be tied to it
    return None


_EVENT_NAME = re.compile(r"[ \t\u00a0]+[a-z]{3,}")


def _event_name(text: str, d: DateMention) -> bool:
    """A date without a value that names an event ('the 11 September attacks', 'the 9/11 attacks'):
    no time of the calendar, and no time a figure is tied to."""
    return (
        not d.value
        and text[max(0, d.start - 4) : d.start].lower().endswith("the ")
        and bool(_EVENT_NAME.match(text, d.end))
    )


def has_own_time(
    text: str,
    fig: tuple[int, int],
    sentence: tuple[int, int],
    dates: Sequence[DateMention],
    figures: Sequence[tuple[int, int]] = (),
    dated: bool | None = None,
    *,
    present: str,
) -> bool:
    """Whether the figure's sentence gives it a time of its own, anchored or not, or compares it with a
    dated base (its own time is then the present): either way it inherits no earlier period. ``figures``: the
    spans of the sentence's figures, so that a date that is another figure's (:func:`date_rank`: 'up 21.3% from
    the previous year - although some way off the peak of 43% seen in the first quarter of 2004') is not.
    ``dated``: whether :func:`nearest_date` of these arguments finds a date, when the caller has read it (read
    here when None, with the story's ``present``)."""
    if (nearest_date(text, fig, sentence, dates, figures, present=present) is not None) if dated is None else dated:
        return True
    if not has_base(text, fig, sentence, dates) or restates_previous(text, sentence):
        return False
    return not reports_change(text, sentence)  # a reported change may take a later period (later_than_bases)
