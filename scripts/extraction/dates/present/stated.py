"""The present year a text states: a deictic year equated with a stated one (:func:`stated_present`:
a change on a stated year's start, a claim restated, a comparison with the year just after, a series of
forecasts), and :func:`story_present`, the estimate of the present from all the clues story_time gathers."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from ..handlers import _count
from ..marks import _PRESENT, TextMarks, _is_attribute, _is_bound
from ..values import Span, month_number, shift
from ..vocabulary import STEPS, _cap
from .months import month_restated
from .vocab import _blank_phrases
from .years import bare_year, mid_year, year_step


def story_present(
    closed: list[tuple[int, Span]],
    base: list[tuple[int, int, Span]],
    forecast: dict[int, set[int]],
    forecast_spans: dict[int, Span],
    stated: tuple[int, Span, int] | None = None,
    told: int = 0,
    told_months: frozenset[int] = frozenset(),
) -> tuple[dt.date, Span] | None:
    """An estimate of the present of a story without a dateline, from what it reports; None when the text does not fix it.

    In order: the present year the text states by equating a deictic year with a stated one
    (``stated``, see :func:`stated_present`), on the date the other clues give when their year agrees,
    else in mid-year or, if later, just after the latest year-less month the story tells as past (``told``:
    'has fallen from the record set in late October' is this year's October, the present after it; the month of a
    holiday too, 'remained closed for the Christmas holiday': the present at the year's end); when
    the year rests on a month compared with the same month a year before that the story also tells without
    a year ('lending rose in January' ... 'compared with January last year' beside 'January 2004'), that
    month is the present year's (``told_months``: the year-less months told as past) and the present just
    after it, as for 'the same month in Y' below;
    results of a period ending with year Y reported as done (the fourth quarter, the second
    half, the full year, 'net income for 2004'): such results are published early the next year, so
    the present is about six weeks after Y ends. Else a month compared with 'the same month in Y':
    the month is in Y+1, the present just after it. Else forecasts for two consecutive years Y and
    Y+1 stated apart ('4.4% in 2004, but 3.3% next year', '... in 2005' in another sentence): forecasts
    cover the current year and the next, the present is within Y. A forecast for one year alone
    ('approval early in 2005') or a schedule ('payments due in 2005 and 2006') does not fix it: the
    first year may be the present or the next one. (``forecast`` maps a year to the starts of the
    sentences forecasting it; -1 stands for a 'next year' after a forecast year; ``forecast_spans`` maps it
    to the first date forecasting it.) Each estimate comes with the span of the date it rests on.
    """
    if stated is not None:
        year, span, month = stated
        other = story_present(closed, base, forecast, forecast_spans)
        if other is not None and other[0].year == year:
            return other
        if month in told_months:  # 'rose in January ... compared with January last year': January of the present year
            y, mo = shift(year, month, 12, 1)
            return dt.date(y, mo, 15), span
        after = dt.date(year, told, 15) + dt.timedelta(days=17) if told else dt.date(year, 1, 1)
        return min(max(mid_year(year), after), dt.date(year, 12, 31)), span
    if closed:
        year, span = max(closed, key=lambda c: c[0])
        return dt.date(year, 12, 31) + dt.timedelta(days=45), span
    if base:
        year, month, span = base[0]
        if month:
            y, mo = shift(year + 1, month, 12, 1)
            return dt.date(y, mo, 15), span
        return mid_year(year + 1), span
    pairs = sorted(y for y in forecast if y + 1 in forecast and forecast[y] | forecast[y + 1] != forecast[y])
    if not pairs:
        return None
    return mid_year(pairs[0]), forecast_spans[pairs[0]]


#: The words of a claim before its date: numbers with their signs ('5.5%', '$4bn') and words.
_CLAIM_WORD = re.compile(r"[$£€¥]?[0-9][0-9.,]*[%a-z]*|[A-Za-z]+(?:['’][a-z]+)?")
#: Prepositions between a claim and its date, left out of the claim ('grew 5.5% in 2004').
_DATE_PREPOSITIONS = frozenset(_PRESENT["date_prepositions"])
#: Words that alone make no claim: a claim of three of them ('the rise in') is no restatement.
_FUNCTION_WORDS = frozenset(_PRESENT["claim_function_words"])
#: How many words before a date make its claim, and how far back (characters) they are looked for.
CLAIM_WORDS = 3
CLAIM_WINDOW = 60
#: How far after a deictic year a stated year continues its series of forecasts ('4.1% this year, dipping to
#: 4% in 2005'), in characters.
SERIES_WINDOW = 60


#: A comparison of the present, in the present tense, before 'the start of 2004' ('is still up 30% on',
#: 'are 40% higher than at'), with no past-tense word between its verb and its comparison word.
_YEAR_TO_DATE = re.compile(
    rf"(?<!\w)(?:{_cap(*_PRESENT['year_to_date_verbs'])})(?!\w)"
    rf"(?:(?!(?<!\w)(?:{_blank_phrases(_PRESENT['year_to_date_past'])})(?!\w))[^.;:!?]){{0,40}}?"
    rf"(?<!\w)(?:{_blank_phrases(_PRESENT['year_to_date_comparisons'])})(?!\w)[^.;:!?]{{0,40}}\Z"
)
_YEAR_START_PARTS = frozenset(_PRESENT["year_start_parts"])
#: How far after a deictic year (characters) the stated year it is compared with may come ('this year be lower
#: than in 2004').
COMPARISON_WINDOW = 40
#: The words between a deictic year and the stated year it is compared with, in one clause: ' be lower than in ',
#: ', up 2.6% on ' (vocab: present.deictic_compared).
_COMPARED_WITH_YEAR = re.compile(
    rf"(?:[^.;:!?\n]|\.(?=[0-9])){{0,{COMPARISON_WINDOW}}}?(?<!\w)(?:{_cap(*_PRESENT['deictic_compared'])})"
    r"[ \t\u00a0]{1,3}\Z"
)


def claim_key(text: str, start: int, floor: int) -> tuple[str, ...] | None:
    """The last words of the claim a date at ``start`` closes, lower case ('grew by 5.5% in 2004': grew, by,
    5.5%), within its sentence (from ``floor``); None when they are fewer than CLAIM_WORDS or only function words."""
    words = [w.lower() for w in _CLAIM_WORD.findall(text, max(floor, start - CLAIM_WINDOW), start)]
    while words and words[-1] in _DATE_PREPOSITIONS:
        words.pop()
    key = tuple(words[-CLAIM_WORDS:])
    if len(key) < CLAIM_WORDS or all(w in _FUNCTION_WORDS for w in key):
        return None
    return key


#: How many words of one event the clause of 'N years ago' and that of a stated year must share, each word known
#: by its first AGO_STEM letters ('targets', 'target'): the firm, its act and the act's object, not a firm alone.
AGO_SHARED_WORDS = 3
AGO_STEM = 5
_EVENT_FUNCTION_WORDS = frozenset(_PRESENT["event_function_words"])
_EVENT_WORD = re.compile(r"[A-Za-z]{3,}")
#: A hedge just before 'N years ago' (vocab: present.ago_hedges): the count is no exact one.
_AGO_HEDGE = re.compile(rf"(?<!\w)(?:{_blank_phrases(_PRESENT['ago_hedges'])})[ \t\u00a0]{{1,3}}\Z", re.IGNORECASE)


def event_words(text: str, start: int, end: int) -> frozenset[str]:
    """The words of text[start:end] that may name an event (not _EVENT_FUNCTION_WORDS), lower case, cut to AGO_STEM
    letters."""
    return frozenset(
        w.lower()[:AGO_STEM] for w in _EVENT_WORD.findall(text, start, end) if w.lower() not in _EVENT_FUNCTION_WORDS
    )


def years_ago(m: re.Match[str]) -> int | None:
    """The whole number of years of an exact 'N years ago' of two years or more ('five years ago': 5), else None:
    not 'a year ago' (as often a comparison's base), not a hedged count ('almost three years ago')."""
    if m.lastgroup != "ra" or m["ra_d"].lower() != "ago" or not m["ra_u"].lower().startswith("year"):
        return None
    n = _count(m["ra_n"])
    if n is None or n != int(n) or n < 2 or _AGO_HEDGE.search(m.string, max(0, m.start() - 24), m.start()):
        return None
    return int(n)


def ago_present(text: str, matches: list[re.Match[str]], marks: TextMarks, reached: int = 0) -> tuple[int, Span] | None:
    """The present year an exact 'N years ago' fixes when the text dates the same event with a stated year, with the
    span of that year: the clause before each shares AGO_SHARED_WORDS words of the event ('the original targets set
    out in Lisbon five years ago' ... 'The economic targets set out at the Lisbon summit of European Union leaders in
    2000': present 2005), as the gold README equates 'last year' with a stated year told of one event. The stated year
    is a bare year (no bound, 'by 2010', nor an amount), no event's attribute ('ahead of the 2008 Olympic Games'), not
    after a word that puts its clause ahead ('will rise in 2006'); every such pair must agree, and the present is not before the year the story tells
    as reached (``reached``). None otherwise."""
    stated = [
        m
        for m in matches
        if m.lastgroup == "y"
        and m["y_y"]
        and not m["y_part"]
        and not m["y_mod"]
        and bare_year(text, m)
        and not _is_attribute(text, m.start(), m.end())
        and not marks.ahead.any_in(marks.clause(m.start(), m.end(), marks.sentence(m.start(), m.end()))[0], m.start())
    ]
    found: dict[int, Span] = {}
    for m in matches:
        n = years_ago(m)
        if n is None:
            continue
        words = event_words(text, marks.clause(m.start(), m.end(), marks.sentence(m.start(), m.end()))[0], m.start())
        for y in stated:
            clause = marks.clause(y.start(), y.end(), marks.sentence(y.start(), y.end()))
            if len(words & event_words(text, clause[0], y.start())) >= AGO_SHARED_WORDS:
                found.setdefault(int(y["y_y"]) + n, y.span())
    if len(found) != 1:
        return None
    year, span = next(iter(found.items()))
    return (year, span) if year >= reached else None


def stated_present(
    text: str, matches: list[re.Match[str]], marks: TextMarks, reached: int = 0
) -> tuple[int, Span, int] | None:
    """The present year the text itself states by equating a deictic year with a stated one, with the span
    of that stated date and the month the present year's comparison is of (0 when none: see month_restated),
    or None.

    Four ways: a change of the present on the start of a stated year, in the present tense ('crude is
    still up 30% on the start of 2004', 'is 40% higher than at the beginning of 2004': a running year's
    change, not 'failed to reach the levels at the start of 2004'); a claim made of a stated year and restated of a deictic one ('the economy grew by 5.5% in
    2004' ... 'the region grew by 5.5% this year': this year is 2004; 'started to grow in 2004' ...
    'started to grow last year': last year is 2004), the same last words before both; a deictic year compared
    in its clause with the stated year just after it ('expects earnings this year be lower than in 2004', 'sold
    95,000 cars last year, up 2.6% on 2003': news compares a year with the one before, this year is 2005 and
    last year 2004), unless that would put the present before the year the story tells as reached (``reached``,
    YearBounds.low: 'sales last year were lower than in 1998' in a story that reports 2003's profits compares a
    distant year, the present is not 2000); and a series of
    forecasts in one sentence that goes on from 'this year' to the stated year after it ('4.1% this year,
    dipping to 4% in 2005': consecutive years, this year is 2004), as 'in 2004, but 3.3% next year' goes
    on from a stated year (see story_present). Bounds ('by 2008') and years stated for two claims with
    the same words are no evidence. When the clues disagree, the first in the text wins.
    """
    claims: dict[tuple[str, ...], tuple[int, Span] | None] = {}
    stated: list[tuple[int, int, int]] = []  # (start, year, end) of the bare stated years that are no bound
    deictic: list[tuple[re.Match[str], int]] = []
    months: dict[int, dict[int, Span]] = {}  # month -> the years the text states it with ('July 2004'), their spans
    deictic_months: list[tuple[int, int]] = []  # (month, step) of 'July last year'
    for m in matches:
        if m.lastgroup == "ma" and not m["ma_m2"] and not m["ma_rel"]:
            if m["ma_y"] and not _is_bound(text, m.start()):
                months.setdefault(month_number(m["ma_m"]), {}).setdefault(int(m["ma_y"]), m.span())
            elif m["ma_ry"]:
                deictic_months.append((month_number(m["ma_m"]), STEPS[m["ma_ry"].lower()]))
        if m.lastgroup == "y" and m["y_part"] and m["y_part"].lower() in _YEAR_START_PARTS:
            floor = max(marks.sentence(m.start(), m.end())[0], m.start() - 2 * CLAIM_WINDOW)
            if _YEAR_TO_DATE.search(text[floor : m.start()]):  # 'is still up 30% on the start of 2004'
                return int(m["y_y"]), m.span(), 0
        if m.lastgroup == "y" and m["y_y"] and not m["y_part"] and not m["y_mod"]:
            if not bare_year(text, m):
                continue
            year = int(m["y_y"])
            stated.append((m.start(), year, m.end()))
            key = claim_key(text, m.start(), marks.sentence(m.start(), m.end())[0])
            if key is not None:
                earlier = claims.get(key, (year, m.span()))
                claims[key] = earlier if earlier is not None and earlier[0] == year else None
        elif (step := year_step(m)) is not None:
            deictic.append((m, step))
    restated = month_restated(months, deictic_months)
    if restated is not None:
        return restated
    for m, step in deictic:
        sentence = marks.sentence(m.start(), m.end())
        key = claim_key(text, m.start(), sentence[0])
        claimed = claims.get(key) if key is not None else None
        if claimed is not None:
            return claimed[0] - step, claimed[1], 0
        i = bisect_left(stated, (m.end(), -1, -1))
        if i < len(stated) and _COMPARED_WITH_YEAR.match(text, m.end(), stated[i][0]):
            at, base, end = stated[i]  # 'earnings this year be lower than in 2004': this year is 2005
            if base + 1 - step >= reached:  # not 'lower than in 1998' where the story tells 2003's results as done
                return base + 1 - step, (at, end), 0
        if step == 0 and i < len(stated) and marks.future.any_in(*sentence):
            at, following, end = stated[i]
            if at < min(sentence[1], m.end() + SERIES_WINDOW) and any(c.isdigit() for c in text[m.end() : at]):
                return following - 1, (at, end), 0
    ago = ago_present(text, matches, marks, reached)
    return (*ago, 0) if ago is not None else None
