"""A year told as done, and so in the present's past: results published or reported as news
(:func:`news_done`, :func:`results_published`, ``_closed_period_reported``), a year's figures given before a
forecast of 'this year' (:func:`years_before_forecast`), a year told beside 'last year' as done
(:func:`last_year_beside_done`), and what keeps a year from being told as done (a base of comparison, a
consequence, a year after)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..marks import _PRESENT, TextMarks
from ..values import Span
from ..vocabulary import _cap
from .vocab import _BLANK, _PLUPERFECT, _blank_phrases
from .years import YearBounds, bare_year, year_step

#: How far before a year (characters) the verb that publishes its results may end ('give all the details of its
#: 2004 results').
PUBLISH_WINDOW = 30
#: How far after a year (characters) its results word may begin ('2004 results', '2004 net earnings'). Once
#: written 16 under the name RESULTS_WINDOW, which a later 60 rebound: 60 is what the rule has always read.
RESULTS_AFTER_WINDOW = 60
#: A verb that publishes results, and the words after it up to a year ('will give all the details of its ',
#: 'is due to reveal '; vocab: present.results_publish).
_PUBLISH_BEFORE = re.compile(rf"(?<!\w)(?:{_cap(*_PRESENT['results_publish'])})(?!\w)[^.;:!?]{{0,{PUBLISH_WINDOW}}}\Z")


def results_published(marks: TextMarks, s: int, e: int, sentence: tuple[int, int]) -> bool:
    """Whether the year at text[s:e] names results whose publication the sentence tells ('will give all the details
    of its 2004 results on 23 March', 'due to reveal 2004 earnings'): the year is not what is ahead."""
    return marks.results.any_in(e, min(sentence[1], e + RESULTS_AFTER_WINDOW)) and bool(
        _PUBLISH_BEFORE.search(marks.text, sentence[0], s)
    )


def news_done(
    closed: list[tuple[int, str, Span]],
    done: list[tuple[int, Span]],
    lede: set[int],
    bounds: YearBounds,
    within: YearBounds,
) -> list[tuple[int, Span]]:
    """The results told as done (``closed``, not already ``done``) that are the story's news: of a year its lede
    (``lede``: the years it states) states too ('Reuters posted a 52% rise in profits for 2004, the group said'),
    where the ``bounds`` allow the year after them (no date told as ahead before it, no date told as past after
    it). News reports a period's results soon after it ends; results told only deeper in the story are
    background. So is a year's change told in the past tense ('China's economy has expanded by 9.5% during 2004',
    kind 'change') of a year the lede states: of the tuning stories whose lede reports a dated past-tense change,
    the gold fixes 6 of 7 to the next year (the seventh, a December estimate, restates the year as 'this year', which
    stated_present reads first). Deeper in the story such a change only bounds the present from below: statistics
    of a year are also told long after it. For such a change the README's exception is a date within the year told
    as ahead: ``within`` are the bounds that leave out whole years told as ahead, since a year's figure is still
    forecast after it ends ('Exports from China leapt during 2004' ... a deficit 'expected to rise to about $150bn
    for 2004', the full year's data not yet out)."""
    taken = {span for _, span in done}
    return [
        (y, span)
        for y, kind, span in closed
        if y in lede and span not in taken and (within if kind == "change" else bounds).allows(y + 1)
    ]


#: Words before a year that make it the full year: 'Full year 2004', 'the whole of 2004' (vocab:
#: present.full_year_before; any case).
_FULL_YEAR_BEFORE = re.compile(rf"(?<!\w)(?:{_blank_phrases(_PRESENT['full_year_before'])}){_BLANK}\Z", re.IGNORECASE)
#: Words after a year that make it the full year: 'For 2004 as a whole, eBay earned $778.2m' (vocab:
#: present.full_year_after; any case).
_FULL_YEAR_AFTER = re.compile(rf"{_BLANK}(?:{_blank_phrases(_PRESENT['full_year_after'])})(?!\w)", re.IGNORECASE)
#: A year's total after its possessive: 'That took 2004's total to 2.2 million' (vocab: present.year_total).
_TOTAL_AFTER = re.compile(
    rf"['’]s[ \t\u00a0]{{1,3}}(?:full[- ]year[ \t\u00a0]{{1,3}})?(?:{_cap(*_PRESENT['year_total'])})(?!\w)"
)
#: The kinds of _closed_period_reported told as background: a bound of the present, news only when the lede
#: states their year (see news_done).
_BACKGROUND_KINDS = frozenset(("fronted", "level"))
#: The prepositions that open a sentence with its year, dating its whole clause (vocab: present.fronted_year).
_FRONTED_YEAR = frozenset(_PRESENT["fronted_year"])
#: The prepositions of a year the clause reports ('rose 5% in 2004', 'for 2004'), with the blanks after them.
_FOR_IN = f"(?:{_blank_phrases(_PRESENT['period_prepositions'])}){_BLANK}"
_FOR_IN_BEFORE = re.compile(r"(?<!\w)" + _FOR_IN + r"\Z", re.IGNORECASE)
#: A comparison's 'than' before that preposition ('prices were higher than in 2003'): the year is the base compared
#: with, not the period the clause reports.
_THAN_BEFORE = re.compile(r"(?<!\w)than[ \t\u00a0]{1,3}" + _FOR_IN + r"\Z", re.IGNORECASE)


#: How far before a year (characters, bracketed asides left out) a results word makes it a year of results
#: ('net profits of 1.33bn Australian dollars ($1bn; £550m) in 2004').
RESULTS_WINDOW = 60


def aside_length(text: str, start: int, end: int) -> int:
    """The length of the bracketed aside that closes in text[start:end] ('net profits of A$1.33bn ($1bn; £550m) in
    2004': the conversions), so that a window before a date can leave it out; 0 when there is none."""
    close = text.rfind(")", max(0, start), end)
    opening = text.rfind("(", max(0, start - 80), close) if close != -1 else -1
    return close - opening + 1 if opening != -1 else 0


#: How far before a year (characters) its clause's verb of change or level may begin ('grew 5% during 2004', 'was
#: 1.1% in 2004', 'picked up speed at the end of 2004'), and after a year that opens its sentence ('In 2003, the
#: economy expanded by 1.3%').
CHANGE_WINDOW = 60


def _closed_period_reported(
    marks: TextMarks, s: int, e: int, point: str, granularity: str, sentence: tuple[int, int]
) -> str:
    """A period that ends with its year, in a clause that reports it as done: its kind, or '' if not.

    'period': the fourth quarter or second half of a year ('the fourth quarter of 2004'), the full
    year ('Full year 2004', 'the jobless rate for the whole of 2004 was 11.5%', 'For 2004 as a whole, eBay earned',
    'took 2004's total to 2.2 million': a year's total told as reached); 'year': a year in a sentence about results ('net income for 2004', 'a
    record profit in 2004', '2004 net income'). A year's results are published after it ends.
    'change': a year after a past-tense verb of change in its clause ('grew at its fastest rate in four
    years during 2004', 'has risen 1.25 points during 2004'): over if the story looks ahead to the next, or
    if the lede states it (see news_done). 'fronted': a year that opens its sentence before such a verb ('In 2003,
    the economy expanded by 1.3%', 'During 2004, the trade surplus grew 17%'; vocab: present.fronted_year), told
    as background: over, the present after it (a bound), but not just after it unless the lede states it; so is
    'level', a year after a past-tense verb of a level ('reached the £3.3 trillion mark in 2004', 'sales totalled
    3.9 million units worldwide during 2004'; vocab: present.levels), which may be a participle ('a settlement
    reached with 46 states in 1998').
    """
    if point.endswith(("-Q4", "-H2")):
        return "period"
    if granularity != "year":
        return ""
    text = marks.text
    full_year = _FULL_YEAR_BEFORE.search(text, max(sentence[0], s - 16), s) or _FULL_YEAR_AFTER.match(text, e)
    if full_year or _TOTAL_AFTER.match(text, e):
        return "period"
    # the results word beside the year: 'profit in 2004', 'net income for 2004', 'profits to A$67.7m for
    # 2004', '2004 net income' (not 'collapsed in 2002 and prosecutors claim that losses were hidden')
    if marks.results.any_in(e, min(sentence[1], e + 16)):
        return "year"
    near = marks.results.any_in(max(sentence[0], s - RESULTS_WINDOW - aside_length(text, s - RESULTS_WINDOW, s)), s)
    # a year that opens its sentence dates the clause after it: 'In 2003, the economy expanded by 1.3%'
    fronted = text[sentence[0] : s].strip().lower() in _FRONTED_YEAR
    if not (fronted or _FOR_IN_BEFORE.search(text, max(sentence[0], s - 12), s)):
        return ""
    if _THAN_BEFORE.search(text, max(sentence[0], s - 20), s):
        return ""
    if near:
        return "year"
    clause = marks.clause(s, e, sentence)
    if marks.changes.any_in(max(clause[0], s - CHANGE_WINDOW), s):
        return "change"
    if marks.levels.any_in(max(clause[0], s - CHANGE_WINDOW), s) or previous_year_base(text, e, int(point[:4])):
        return "level"
    return "fronted" if fronted and marks.changes.any_in(e, min(clause[1], e + CHANGE_WINDOW)) else ""


#: A base of comparison right after a year, an amount in another year ('1.1% in 2004, up from just 0.3% in 2003';
#: vocab: present.base_before).
_BASE_YEAR_AFTER = re.compile(
    rf",?{_BLANK}(?:(?:{_blank_phrases(_PRESENT['base_directions'])}){_BLANK})?(?:{_blank_phrases(_PRESENT['base_before'])}){_BLANK}"
    rf"(?:[a-z]+{_BLANK})?[^\s,;:!?]*\d[^,;:!?]{{0,24}}?{_BLANK}(?:{_blank_phrases(_PRESENT['base_year_prepositions'])}){_BLANK}(?P<y>\d{{4}})(?!\w)",
    re.IGNORECASE,
)


def previous_year_base(text: str, end: int, year: int) -> bool:
    """Whether a year's figure ending at ``end`` is compared with the year before's ('Growth was 1.1% in 2004, up from
    just 0.3% in 2003'): a year's whole figure set beside the last one, so the year is over (a level told as done, a
    bound of the present; see news_done)."""
    m = _BASE_YEAR_AFTER.match(text, end)
    return m is not None and int(m["y"]) == year - 1


#: How far before a year (characters) the base word of the results compared with may begin ('compared with a loss of
#: 984m euros in 2003').
RESULTS_BASE_WINDOW = 60
#: Results compared with, just before their year: a base word, an article, up to two words, a results word, 'of' and an
#: amount ('a dramatic change from the loss of 364m euros in ', 'compared with a net loss of $2bn for '; vocab:
#: present.base_before, present.results). Not 'boost its profits by more than 40% in 2004', the year's own results.
_RESULTS_BASE_BEFORE = re.compile(
    rf"(?<!\w)(?:{_blank_phrases(_PRESENT['base_before'])}){_BLANK}(?:{_blank_phrases(_PRESENT['articles'])}){_BLANK}(?:[\w-]+{_BLANK}){{0,2}}"
    rf"(?:{_blank_phrases(_PRESENT['results'])}){_BLANK}of{_BLANK}[^\s,;:!?]*\d[^,;:!?]{{0,24}}?"
    rf"{_BLANK}(?:{_blank_phrases(_PRESENT['period_prepositions'])}){_BLANK}\Z",
    re.IGNORECASE,
)
#: Words after a year that go on to the year after it ('a profit the following year'; vocab: present.year_after).
_YEAR_AFTER = re.compile(rf"(?<!\w)(?:{_blank_phrases(_PRESENT['year_after'])})(?!\w)", re.IGNORECASE)
#: Verbs of consequence ('means a revenue shortfall during 2005'; vocab: present.consequence).
_CONSEQUENCE = re.compile(rf"(?<!\w)(?:{_blank_phrases(_PRESENT['consequence'])})(?!\w)", re.IGNORECASE)


def year_not_told_done(marks: TextMarks, s: int, e: int, sentence: tuple[int, int]) -> bool:
    """Whether a year's results, change or level at text[s:e] is told otherwise than as the latest year done: its
    sentence goes on to the year after it ('These actions helped Nissan turn a 684bn yen loss in 2000 into a 331bn yen
    profit the following year': history; not 'Profits rose 20% in 2004 and will rise again the next year', the
    year after told ahead, after a forecast word), or a verb of consequence comes before it in its clause ('The
    combination means a revenue shortfall during 2005': what follows, ahead)."""
    after = _YEAR_AFTER.search(marks.text, e, sentence[1])
    if after is not None and not marks.future.any_in(e, after.start()):
        return True
    clause = marks.clause(s, e, sentence)
    return _CONSEQUENCE.search(marks.text, clause[0], s) is not None


#: How far before a forecast 'this year' (characters) the year told as done in its sentence may end ('Economic growth
#: in 2004 was about 4.7%, with the central bank predicting 4% growth this year').
DONE_SERIES_WINDOW = 100


def years_before_forecast(
    text: str, matches: list[re.Match[str]], marks: TextMarks, stated: int
) -> list[tuple[int, Span]]:
    """The years told as done in a sentence that goes on to forecast 'this year', with their spans: 'Economic growth
    in 2004 was about 4.7%, with the central bank predicting 4% growth this year', 'GMAC was a strong contributor to
    profits in 2004 but GM said it will do less well this year'. The two are different years and the stated one is
    over: the present is in the year after it (story_present places it early in that year, as for results).

    The year is the last bare year before 'this year' in its sentence (not a bound, 'since 2004', nor an amount's), a
    period its clause reports ('in 2004', 'for 2004', 'during 2004'; not the base of a comparison, 'higher than in
    2003'), with no forecast word in its sentence up to the end of its clause or its first comma ('Growth in 2004 will
    be 4.7%, with the bank predicting 4% this year'), a forecast word between those and 'this year' ('sales in 2004
    have risen 5% so far this year' tells one year), within DONE_SERIES_WINDOW characters; a clause that tells a
    figure of the year (a number, a results, change or level word: not an event's year, 'The company, which was
    floated in 1998, expects profits to rise this year'), of the latest year the story states (``stated``: no
    history beside a later year).
    """
    found: list[tuple[int, Span]] = []
    last: tuple[int, int, int] | None = None  # (start, year, end) of the last bare year
    pending: list[re.Match[str]] = []  # the years alone since the last 'this year', read as bare only before one
    for m in matches:
        if m.lastgroup == "y" and m["y_y"] and not m["y_part"] and not m["y_mod"]:
            pending.append(m)
        elif year_step(m) == 0:
            bare = next((y for y in reversed(pending) if bare_year(text, y)), None)
            if bare is not None:
                last = (bare.start(), int(bare["y_y"]), bare.end())
            pending.clear()
            if last and last[1] >= stated and year_done_before(text, marks, last, m.start()):
                found.append((last[1], (last[0], last[2])))
    return found


#: The kinds of _closed_period_reported that tell a year's change or level in the past tense.
_TOLD_CHANGE_KINDS = frozenset(("change", "fronted", "level"))


def last_year_beside_done(
    matches: list[re.Match[str]], marks: TextMarks, closed: list[tuple[int, str, Span]], stated: int, bounds: YearBounds
) -> list[tuple[int, Span]]:
    """The years told as done, by a past-tense change or level, in the sentence of a 'last year' or the one after it,
    with their spans: 'shortages which forced many factories onto part-time working last year. In 2004, China
    increased its generating capacity by 12.6%': the story tells one year twice, as 'last year' and as 2004, and the
    present is in the year after it (story_present places it early in that year, as for results).

    ``closed``: (year, kind, span) of the periods story_time reads as told done; of those, a year's change or level
    ('change', 'fronted', 'level': 'rose 5% in 2004', 'In 2004, X increased', 'reached $45bn in 2004'), not in a
    sentence with a pluperfect ('In 2003, sales had risen': before the year told), of the latest year the story states
    (``stated``: no history beside a later year), where the ``bounds`` allow the year after it. Not beside a 'last
    year' whose own clause tells a change or level: two years' figures side by side are compared ('Sales fell 3% last
    year, after they rose 5% in 2003', 'Exports grew 8% last year. In 2003, they rose 5%'), not one year told twice;
    nor a year whose clause holds another date: the figure is of that part ('In 2004, exports rose 12% in the third
    quarter'), the year may be running.
    """
    text = marks.text
    found: list[tuple[int, Span]] = []
    starts: list[int] = []  # the starts of the dates, in order: sorted only for a text with a 'last year'
    for m in matches:
        if year_step(m) != -1:
            continue
        starts = starts or sorted(d.start() for d in matches)
        sentence = marks.sentence(m.start(), m.end())
        own = marks.clause(m.start(), m.end(), sentence)
        if marks.changes.any_in(*own) or marks.levels.any_in(*own):
            continue
        after = marks.sentence(sentence[1] + 1, sentence[1] + 1)[1] if sentence[1] < len(text) else sentence[1]
        found += [
            (y, span)
            for y, kind, span in closed
            if kind in _TOLD_CHANGE_KINDS
            and sentence[0] <= span[0] < after
            and y >= stated
            and bounds.allows(y + 1)
            and not _PLUPERFECT.search(text, *marks.sentence(*span))
            and not other_date_in_clause(marks, starts, span)
        ]
    return found


def other_date_in_clause(marks: TextMarks, starts: list[int], span: Span) -> bool:
    """Whether the clause of the date at ``span`` holds another date (``starts``: the starts of the text's dates, in
    order): 'In 2004, exports rose 12% in the third quarter'."""
    clause = marks.clause(*span, marks.sentence(*span))
    i = bisect_left(starts, clause[0])
    return any(start != span[0] for start in starts[i : bisect_left(starts, clause[1])])


def year_done_before(text: str, marks: TextMarks, stated: tuple[int, int, int], position: int) -> bool:
    """Whether the year ``stated`` ((start, year, end)) is told as done before a 'this year' at ``position`` that its
    sentence forecasts (see years_before_forecast)."""
    at, _, end = stated
    sentence = marks.sentence(at, end)
    if position > sentence[1] or position - end > DONE_SERIES_WINDOW:
        return False
    if not _FOR_IN_BEFORE.search(text, max(sentence[0], at - 12), at) or _THAN_BEFORE.search(
        text, max(sentence[0], at - 20), at
    ):
        return False
    # the year's own clause, up to its first comma ('Economic growth in 2004 was about 4.7%,'): the clauses lack a
    # boundary at ', with'
    comma = text.find(",", end, position)
    own = min(marks.clause(at, end, sentence)[1], comma if comma != -1 else position)
    if not figure_told(text, marks, (sentence[0], own), (at, end)):
        return False
    return not marks.future.any_in(sentence[0], own) and marks.future.any_in(own, position)


_DIGIT = re.compile(r"\d")


def figure_told(text: str, marks: TextMarks, clause: Span, year: Span) -> bool:
    """Whether a clause tells a figure of the year at ``year``: a number besides the year ('Economic growth in 2004
    was about 4.7%'), or a results, change or level word ('a strong contributor to profits in 2004'); not a clause
    that only dates an event ('The company, which was floated in 1998')."""
    start, end = clause
    return bool(
        _DIGIT.search(text, start, year[0])
        or _DIGIT.search(text, year[1], end)
        or any(k.any_in(start, end) for k in (marks.results, marks.changes, marks.levels))
    )
