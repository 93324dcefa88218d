"""Comparison bases: whether a date or a figure is the base a figure is compared with ('up 8% on the previous year',
'from £2.1bn')."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ...extraction.mentions import DateMention
from ...extraction.patterns import word_trie
from ..per_text import per_text
from ..words import Token, last_words, last_words_reach, word_classes
from .clauses import _SENTENCE_END, SENTENCE_REACH, _clause_start, _says_forecast, _sentence_start
from .vocab import (
    _DIGIT,
    _PAST,
    _W,
    BASE_BEFORE_PERIOD,
    BASE_WINDOW,
    BASE_WORDS,
    CURRENCY_NOUNS,
    NOT_BASE_AFTER,
    PAIR_BEFORE,
    PAIR_FILLERS,
    _phrase_alternatives,
    _spaced_alternatives,
)


def base_word_before(text: str, d: DateMention, sentence_start: int) -> int | None:
    """Where the base word before a date begins ('compared', 'from', 'than', 'on' before a period), or None.

    A span whose own words open with 'from' ('a shortfall of $855bn for the years from 2006 to 2015') is
    no base: the 'from' is the span's first bound, the date's own word.
    """
    # the words are read at most SENTENCE_REACH before the date: a start further back is the same start
    start = max(sentence_start, d.start - SENTENCE_REACH)
    free = _base_word_unbounded(text, d.start, d.quote, d.granularity)
    if free is not None and start < free[1]:
        return free[0]  # the figure's sentence start bounds no word the answer was read from
    return _base_word_of(text, d.start, d.quote, d.granularity, start)


@per_text
def _base_word_unbounded(text: str, date_start: int, quote: str, granularity: str) -> tuple[int | None, int] | None:
    """:func:`_base_word_of` of the date read from SENTENCE_REACH before it, and the start before which a
    figure's sentence start gives the same answer; None when a sentence ends in that reach.

    Figures of one long stretch without a sentence end (a run-on sentence cut into windows) ask for a date's
    base word with many sentence starts; where none of them cuts the words the answer was read from, the
    answer is this one, read once per date rather than once per start.
    """
    if _from_span(text, date_start, quote):
        return None, date_start  # no base whatever the start (as in _base_word_of)
    lo = max(0, date_start - SENTENCE_REACH)
    if _SENTENCE_END.search(text, lo, date_start) is not None:
        return None  # the sentence start decides where the words begin: _base_word_of reads them
    _, reach = last_words_reach(text, lo, date_start, BASE_WINDOW)
    after = _AFTER_CHANGE.search(text, max(lo, date_start - AFTER_CHANGE_REACH), date_start)
    if after is not None:
        reach = min(reach, after.start())  # a start inside the change it read may not reuse the answer
    return _base_word_at(text, date_start, granularity, lo), reach


@per_text
def _base_word_of(text: str, date_start: int, quote: str, granularity: str, sentence_start: int) -> int | None:
    """:func:`base_word_before` of the date at ``date_start``, read once: each figure of a sentence asks
    it of each date there, several times (nearest date, base, own time), and a run-on sentence of bases
    ('up 5% from the previous quarter up 5% from ...') asks it of dozens of dates for every figure."""
    if _from_span(text, date_start, quote):
        return None
    # no base word of an earlier sentence: 'since the late 1990s. In 1998/99, for example, ...' (a window
    # the sentence splitter left whole)
    return _base_word_at(text, date_start, granularity, _sentence_start(text, sentence_start, date_start))


#: A date expression that names both bounds of a span ('2006 to 2015', 'January until March').
_SPAN_QUOTE = re.compile(r"\s(?:to|until|till|through)\s", re.IGNORECASE)
_FROM_RIGHT_BEFORE = re.compile(r"(?<![A-Za-z])from[ \t\u00a0]+(?:the[ \t\u00a0]+)?\Z", re.IGNORECASE)


def _from_span(text: str, date_start: int, quote: str) -> bool:
    """Whether the date names both bounds of a span right after 'from' ('the years from 2006 to 2015'): the
    'from' is the span's own first bound, no base word, whatever the figure's sentence start."""
    return (
        bool(_SPAN_QUOTE.search(quote))
        and _FROM_RIGHT_BEFORE.search(text, max(0, date_start - 12), date_start) is not None
    )


#: A figure's number and unit as :data:`_AFTER_CHANGE` reads it ('0.9%', '£2.1bn', '0.5 percentage points').
_AFTER_CHANGE_FIGURE = (
    r"[$£€¥]?[0-9][0-9.,]*(?:%|bn|m|p)?"
    rf"(?:[ \t\u00a0]+(?:{_spaced_alternatives(_W['after_change_units'])})(?![A-Za-z]))?"
)
_AFTER_CHANGE_HEDGE = rf"(?:(?:{_spaced_alternatives(_W['after_change_hedges'])})[ \t\u00a0]+)?"
#: A change, then the earlier change it follows and its date's preposition, up to the date: a word of change
#: (words.tsv class ``change``), perhaps 'by' or 'of' (``after_change_links``), a figure, up to four words ('on the
#: month'), perhaps a comma, 'after' or 'following' (group ``opener``), perhaps an article, a figure, perhaps a word, a
#: word of change and up to two words ('fall', 'monthly rise in sales'), 'in', 'during', 'for' or 'on'
#: (``after_change_date_prepositions``), perhaps 'the' ('dropped 0.9% after a 0.5% fall in the previous month'); not
#: an event that is no change ('rose 5% after a £2m charge in 2004').
_CHANGE_WORD = rf"(?:{word_trie(sorted(w for w, c in word_classes().items() if 'change' in c))})(?![A-Za-z])"
_AFTER_CHANGE = re.compile(
    rf"(?<![A-Za-z]){_CHANGE_WORD}"
    rf"(?:[ \t\u00a0]+(?:{_spaced_alternatives(_W['after_change_links'])}))?[ \t\u00a0]+{_AFTER_CHANGE_HEDGE}"
    rf"{_AFTER_CHANGE_FIGURE}"
    r"(?:[ \t\u00a0]+[a-z]+){0,4}?[ \t\u00a0]*,?[ \t\u00a0]+"
    rf"(?P<opener>{_phrase_alternatives(_W['past_event_openers'])})[ \t\u00a0]+{_AFTER_CHANGE_HEDGE}"
    rf"{_AFTER_CHANGE_FIGURE}(?:[ \t\u00a0]+[A-Za-z-]+)?[ \t\u00a0]+{_CHANGE_WORD}"
    r"(?:[ \t\u00a0]+[A-Za-z-]+){0,2}?[ \t\u00a0]+"
    rf"(?:{_spaced_alternatives(_W['after_change_date_prepositions'])})[ \t\u00a0]+(?:the[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
#: How far back from a date :data:`_AFTER_CHANGE` reads.
AFTER_CHANGE_REACH = 160

#: After 'after' or 'following' (``past_event_openers``) and up to two words ('coming after', ', following'), a date
#: in the possessive that an earlier change's figure and word of change follow, perhaps over a word before or after
#: the figure ("after December's 4% rise", "following November's revised 1.5% gain"): the date is that change's
#: time. Read from the date's end.
_POSSESSIVE_CHANGE_AFTER = re.compile(
    rf"['’]s?[ \t\u00a0]+(?:[A-Za-z-]+[ \t\u00a0]+)?{_AFTER_CHANGE_HEDGE}{_AFTER_CHANGE_FIGURE}"
    rf"(?:[ \t\u00a0]+[A-Za-z-]+)?[ \t\u00a0]+{_CHANGE_WORD}",
    re.IGNORECASE,
)
_OPENER_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['past_event_openers'])})[ \t\u00a0]+(?:the[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
#: A figure told as a change: a word of change right before it, perhaps with 'by' or 'of' and a hedge ('dropped
#: 2.1%', 'rose by just 5%'), or right after it over one word ('the 3.3% fall', 'a 2% monthly rise').
_CHANGE_BEFORE_FIGURE = re.compile(
    rf"(?<![A-Za-z]){_CHANGE_WORD}(?:[ \t\u00a0]+(?:{_spaced_alternatives(_W['after_change_links'])}))?"
    rf"[ \t\u00a0]+{_AFTER_CHANGE_HEDGE}\Z",
    re.IGNORECASE,
)
_CHANGE_AFTER_FIGURE = re.compile(rf"(?:[ \t\u00a0]+[A-Za-z-]+)?[ \t\u00a0]+{_CHANGE_WORD}", re.IGNORECASE)


def earlier_change_date(text: str, fig: tuple[int, int], d: DateMention) -> bool:
    """Whether the date ``d`` after a change is the time of an earlier change it follows, in the possessive ('Sales
    fell 3.3%, coming after December's 4% rise', 'The 2.1% drop follows ... following November's 1.5% gain'): that
    change's own date, so neither the period of the figure before 'after' nor, as a month or a named time, a base
    that counts back to it. Only for a figure told as a change (:data:`_CHANGE_BEFORE_FIGURE`); a level after a change
    ('stands at £163,748 after December's 0.8% rise') is of the change's time."""
    if d.start < fig[1] or _POSSESSIVE_CHANGE_AFTER.match(text, d.end) is None:
        return False
    if _OPENER_BEFORE.search(text, max(fig[1], d.start - 20), d.start) is None:
        return False
    told = _CHANGE_BEFORE_FIGURE.search(text, max(0, fig[0] - 40), fig[0]) or _CHANGE_AFTER_FIGURE.match(text, fig[1])
    return told is not None


def _after_change(text: str, date_start: int, sentence_start: int) -> int | None:
    """Where 'after' (or 'following') begins when the date at ``date_start`` is the own date of an earlier change
    that a change before it follows ('Non-food prices dropped 0.9% after a 0.5% fall in the previous month'), or
    None. The date is the base of the first change (its previous unit, or a named earlier time), and the own
    time of the second, which :func:`is_base` tells apart by the figure between the word and the date. A level
    after a change ('stands at £163,748 after a 0.8% rise in January') is of the change's time: no base."""
    m = _AFTER_CHANGE.search(text, max(sentence_start, date_start - AFTER_CHANGE_REACH), date_start)
    return None if m is None else m.start("opener")


def _base_word_at(text: str, date_start: int, granularity: str, sentence_start: int) -> int | None:
    """The base word before the date at ``date_start`` among the words of its sentence from ``sentence_start``;
    or the opener of the earlier change the figure follows (:func:`_after_change`)."""
    after = _after_change(text, date_start, sentence_start)
    if after is not None:
        return after
    words = last_words(text, sentence_start, date_start, BASE_WINDOW)  # a bounded window, same words
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w.text in ",;:" or w.low in _CLAUSE_OPENERS:
            break  # a relative clause ('a recovery from a recession which in 2001 culminated') has its own time
        if (
            (w.low in BASE_WORDS or w.is_("base"))
            and not (w.low == "than" and _qualifies_number(text, w.end, date_start))
            and not (w.low in PAIR_BEFORE and _names_currency(words[i + 1 :]))
        ):
            return w.start
        if w.low in BASE_BEFORE_PERIOD and len(words) - i <= 3 and granularity not in ("day", "week"):
            if i and words[i - 1].low in NOT_BASE_AFTER:
                continue  # 'based on 2004 figures': the figures the estimate is made of, no base
            return w.start
    if len(words) >= 2 and words[-1].low == "in" and words[-2].low in {"was", "were"}:
        return words[-2].start  # 'than it was in 2003'
    return None


def _names_currency(after: Sequence[Token]) -> bool:
    """Whether the words after 'against' name a currency ('the euro', 'the US dollar'): a currency pair, whose
    date is the move's own time ('lost 7% against the euro in the final three months of 2004'), not a base."""
    for w in after:
        if w.low in CURRENCY_NOUNS:
            return True
        if w.low not in PAIR_FILLERS:
            return False
    return False


#: A number right after a word ('more than 2.4 million', 'less than half'): the word is the number's
#: qualifier, not the base of a comparison with a date further on.
_NUMBER_AFTER = re.compile(
    r"[ \t\u00a0]+(?:about[ \t\u00a0]+|around[ \t\u00a0]+)?(?:[$£€¥]?[0-9]|(?:"
    + "|".join(_W["number_words"])
    + r")(?![A-Za-z]))",
    re.IGNORECASE,
)


#: Words that open a clause of its own between a base word and a date ('which', 'when').
_CLAUSE_OPENERS = frozenset({"which", "who", "whose", "when", "where"})


def _qualifies_number(text: str, word_end: int, date_start: int) -> bool:
    """Whether the word ending at ``word_end`` ('than') is followed by a number before the date: 'sold
    more than 2.4 million vehicles in 2004' compares the number with a bound, not the year with a base."""
    return _NUMBER_AFTER.match(text, word_end, date_start) is not None  # endpos: the match ends by the date


def is_base(text: str, d: DateMention, sentence_start: int, fig: tuple[int, int] | None = None) -> bool:
    """A date that a figure is compared with, not the figure's period ('than in 2019', 'from 2003').

    With ``fig``, a figure between the base word and the date is the base's own figure, and the date
    its period ('compared with a loss of $793m a year ago').
    """
    where = base_word_before(text, d, sentence_start)
    if where is None:
        return False
    return fig is None or not (where < fig[0] and fig[1] <= d.start)


#: What may come between a figure and a date that is its own ('506m euros in 2003'): a preposition of time.
_OWN_DATE_GAP = re.compile(r"[ \t\u00a0]+(?:in|during|for)[ \t\u00a0]+", re.IGNORECASE)


def _owner_end(text: str, ends: Sequence[int], d: DateMention) -> int | None:
    """The end of the figure whose own date ``d`` is ('506m euros in 2003'): the last of ``ends`` (figures'
    ends, in order) before the date, with only a preposition of time between (:data:`_OWN_DATE_GAP`); None
    when no figure owns it. :func:`owned_before` and :func:`parallel_base` read a figure's own date so."""
    j = bisect_left(ends, d.start) - 1  # the figure ending last before the date
    return ends[j] if j >= 0 and _OWN_DATE_GAP.fullmatch(text, ends[j], d.start) else None


def owned_before(
    text: str, fig: tuple[int, int], dates: Sequence[DateMention], figures: Sequence[tuple[int, int]]
) -> int:
    """Where the last date before the figure that is another figure's own starts, or -1: a date right after
    another figure ('turned a loss of 506m euros in 2003 into a 1.4bn euros profit last year': 2003 is the
    loss's). It and the dates beyond it rank for this figure as if a clause parted them (:func:`date_rank`),
    so that a date of the figure's own after it comes first; alone, it is still taken."""
    ends = sorted(b for _, b in figures if b < fig[0])
    if not ends:
        return -1
    for k in range(bisect_right([d.end for d in dates], fig[0]) - 1, -1, -1):  # the dates before, nearest first
        if _owner_end(text, ends, dates[k]) is not None:
            return dates[k].start
    return -1


def has_base(text: str, fig: tuple[int, int], sentence: tuple[int, int], dates: Sequence[DateMention]) -> bool:
    """Whether the figure's sentence compares it with a dated base ('50% higher than at the start of 2004').

    A record's bound is no such base: 'surged 0.8%, the biggest rise since December 1998' is still the
    story's time.
    """
    return bool(bases(text, fig, sentence, dates))


def bases(
    text: str, fig: tuple[int, int], sentence: tuple[int, int], dates: Sequence[DateMention]
) -> list[DateMention]:
    """The dates of the figure's sentence that are bases it is compared with (:func:`has_base`). A figure asks
    it two or three times with the same arguments (own time, base period, later period): the last answer is
    kept, per thread, for the same text, figure, sentence and ``dates`` object (a one-entry memo by identity)."""
    last = getattr(_LAST_BASES, "entry", None)
    if last is not None and last[0] is text and last[1] == fig and last[2] == sentence and last[3] is dates:
        return last[4]
    out = _bases(text, fig, sentence, dates)
    _LAST_BASES.entry = (text, fig, sentence, dates, out)
    return out


#: The last call of :func:`bases` in this thread and its answer (it holds its ``dates``, so their identity is theirs).
_LAST_BASES = threading.local()


def _bases(
    text: str, fig: tuple[int, int], sentence: tuple[int, int], dates: Sequence[DateMention]
) -> list[DateMention]:
    """:func:`bases`, not memoised."""
    out = []
    for d in dates:
        if sentence[0] <= d.start and d.end <= sentence[1]:
            where = base_word_before(text, d, sentence[0])  # read once: is_base(text, d, sentence[0], fig) inlined
            if (
                where is not None
                and not (where < fig[0] and fig[1] <= d.start)
                and not text.startswith(("since", "Since"), where)
            ):
                out.append(d)
    return out


#: The base words every rule about a base figure shares (period.toml base_before_figure), as an alternation.
BASE_FIGURE_WORDS = _phrase_alternatives(_W["base_before_figure"])
#: The hedges between a base word and its figure (period.toml base_hedges: 'from about £2.1bn'), as an alternation.
_BASE_HEDGES = _phrase_alternatives(_W["base_hedges"])
#: A base word right before a figure ('from £2.1bn', 'compared with 10%'): the shared words, 'vs.' and 'compared
#: with/to' written out; only a hedge of base_hedges between ('about', 'around', 'some': the figure right after the
#: word is the base itself); not 'than', which after 'more', 'less' qualifies the number ('more than 2.4 million').
_BASE_BEFORE_FIGURE = re.compile(
    rf"(?<![A-Za-z])(?:{BASE_FIGURE_WORDS}|vs\.|compared[ \t\u00a0]+(?:with|to))[ \t\u00a0]+"
    rf"(?:(?:{_BASE_HEDGES})[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)


def base_figure(text: str, fig: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure is the base of a change given just before it in its clause ('fell to £1.9bn
    from £2.1bn', 'unemployment stood at 25%, compared with 10%'): its time is the earlier period, which a
    sentence without a date of its own leaves implicit, so it takes no period stated before it."""
    before = text[max(sentence[0], fig[0] - 40) : fig[0]]
    m = _BASE_BEFORE_FIGURE.search(before)
    if m is None:
        return False
    clause = _clause_start(text, sentence[0], fig[0] - len(before) + m.start())
    head = text[clause : fig[0] - len(before) + m.start()]
    return _DIGIT.search(head) is not None


#: Between a changed figure's own date and the base figure of the change: perhaps a comma, a base word, perhaps a
#: hedge ('to £51.6m in 2004 from £1.2m', 'to 1.4bn euros in 2004, against about 1bn euros').
_BASE_AFTER_DATE = re.compile(
    rf"[ \t\u00a0]*,?[ \t\u00a0]*(?:{BASE_FIGURE_WORDS})[ \t\u00a0]+(?:(?:{_BASE_HEDGES})[ \t\u00a0]+)?", re.I
)


def _base_after_own_date(text: str, d: DateMention, fig: tuple[int, int], figures: Sequence[tuple[int, int]]) -> bool:
    """Whether the figure is the base of a change right after the date ``d`` that is the new level's own ('losses
    had deepened to £51.6m in 2004 from £1.2m': another figure of ``figures``, then a preposition of time, then
    the date, then a base word): that date is the new level's, never the base's, whose earlier time the text
    leaves implicit."""
    if _BASE_AFTER_DATE.fullmatch(text, d.end, fig[0]) is None:
        return False
    return _owner_end(text, sorted(b for _, b in figures if b <= d.start), d) is not None


#: 'from' (perhaps 'about') right before a figure, and 'to' (perhaps 'between', 'about') right before the next.
_FROM_BEFORE = re.compile(r"(?<![A-Za-z])from[ \t\u00a0]+(?:about[ \t\u00a0]+|around[ \t\u00a0]+)?\Z", re.I)
_TO_NEXT = re.compile(
    r"[ \t\u00a0]*(?:[A-Za-z]+[ \t\u00a0]+)?to[ \t\u00a0]+(?:between[ \t\u00a0]+|about[ \t\u00a0]+|around[ \t\u00a0]+)?\Z",
    re.I,
)
#: A deadline's word right before a date ('by 2010', 'until the end of 2007'): a word of ``deadline_before`` or
#: of ``stretch_end_before`` (:data:`_UNTIL_BEFORE`'s), perhaps 'the' and a deadline's end (``deadline_ends``).
_DEADLINE_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives([*_W['deadline_before'], *_W['stretch_end_before']])})[ \t\u00a0]+"
    r"(?:the[ \t\u00a0]+)?"
    rf"(?:(?:{_spaced_alternatives(_W['deadline_ends'])})[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)


def from_level_before_deadline(
    text: str, fig: tuple[int, int], d: DateMention, figures: Sequence[tuple[int, int]]
) -> bool:
    """Whether the figure is the level a change starts from ('from 155,000') and the next figure the level it
    is to reach ('to 110,000') by the deadline ``d`` ('by 2010'): the deadline is the new level's time, the
    first is today's, which the text does not date ('increase the number of mobile users from 95 million to
    between 200 and 250 million by 2007')."""
    if not _FROM_BEFORE.search(text, max(0, fig[0] - 16), fig[0]):
        return False
    if not _DEADLINE_BEFORE.search(text, max(0, d.start - 20), d.start):
        return False
    after = [(a, b) for a, b in figures if fig[1] <= a and b <= d.start]
    return bool(after) and _TO_NEXT.fullmatch(text, fig[1], after[0][0]) is not None


def parallel_base(
    text: str, fig_start: int, limit: int, dates: Sequence[DateMention], figures: Sequence[tuple[int, int]]
) -> int | None:
    """The index in ``dates`` of the base period of an earlier comparison that a base figure without a date
    of its own parallels: the latest date before ``fig_start`` (from ``limit``: the paragraph's start, or as
    far back as inheritance reads) that is
    a base figure's own ('eased to 52.7 in December from 57.6 in November, while the prices index eased to
    72.0 from 74.0. The orders index rose to 67.4 from 61.5': 74.0 and 61.5 are November's, as 57.6 is).
    ``figures``: the spans of the text's figures, in order. None when no earlier comparison dates its base."""
    ends = [b for a, b in figures if limit <= a and b < fig_start]
    starts = {b: a for a, b in figures if limit <= a and b < fig_start}
    for i in range(len(dates) - 1, -1, -1):
        d = dates[i]
        if d.end > fig_start:
            continue
        if d.start < limit:
            return None
        owner = _owner_end(text, ends, d) if d.value else None
        if owner is None:
            continue
        a = starts[owner]
        if _BASE_BEFORE_FIGURE.search(text, max(limit, a - 40), a):
            return i
    return None


@per_text
def reports_change(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence reports the past (a verb in the past, no word of a forecast): a figure there
    compared with a dated base ('Revenues rose 11% to $3.1bn, from $2.8bn for the same period in 2003')
    is of the later period the paragraph or story states, not of the undated present."""
    return not _says_forecast(text, *sentence) and any(
        not _PERFECT_OR_PASSIVE.search(text, max(sentence[0], m.start() - 12), m.start())
        and m[0].lower() not in BASE_WORDS  # 'compared with' is the comparison, not the report
        for m in _PAST.finditer(text, *sentence)
    )


#: An auxiliary of the present before a participle ('has jumped to 2.4 million', 'is viewed'): the present.
_PERFECT_OR_PASSIVE = re.compile(r"(?<![A-Za-z])(?:has|have|is|are)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?\Z", re.I)


def later_than_bases(
    text: str, fig: tuple[int, int], sentence: tuple[int, int], dates: Sequence[DateMention], value: str
) -> bool:
    """Whether the period ``value`` is later than every dated base the figure is compared with in its
    sentence, so that the figure can take it: a change takes the later period, never its base's, nor
    one the text cannot order (a base without a value, 'four years ago')."""
    return all(d.value and _later(value, d.value) for d in bases(text, fig, sentence, dates))


def _later(a: str, b: str) -> bool:
    """Whether the ISO period ``a`` starts after the period ``b`` ends, by their years, or within one
    year by values of the same form ('2004-11' after '2004-10', '2004' after '2003-Q4')."""
    a_start, b_end = a.split("/")[0], b.split("/")[-1]
    if a_start[:4] != b_end[:4]:
        return a_start[:4] > b_end[:4]
    return len(a_start) == len(b_end) and a_start > b_end
