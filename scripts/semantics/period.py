"""When a figure applies: its period, linked to the date expression it came from.

A figure takes the nearest date expression of its own sentence ('sales rose 8.5% in 1999', 'In
December, sales rose 1.2%', 'profits in the fourth quarter'), except a date that is the base it is
compared with ('up 31.8% on the previous year', 'up $3bn from 2003', 'than in 2019', 'since 2015'):
that one is the period of the base's own figure ('compared with a loss of $793m a year ago', 'fell to
79,000 from 82,000 in December'), unless the grammar ties the figure to it ('from 2002 when output fell
11%', 'with 2003's 784m euro figure'). A sentence with no date of its own inherits the latest period (a
month, quarter, half, year or interval, not a dateline's day) stated earlier in the same paragraph,
unless the sentence has a time the text leaves unanchored ('ending Friday 0.24% lower'), or states a
present state ('It employs 77,000 people', 'which is worth $17bn'), or the period is a bound, a base
or an event's attribute ('by 2010', 'from 2011 onwards', 'the 2001 election'); a forecast's figure takes a
forecast's date, and only from the sentence right before it (:func:`inherited`). A forecast word naming the
yardstick of a result ('rose 0.3%, in line with forecasts') makes no forecast; a span opening with 'from'
('the years from 2006 to 2015'), 'based on 2004 figures' and a stretch a forecast opens with 'from' ('could raise
output to more than 200,000 cars from 2007': :func:`open_start`) are the figure's own time, not bases; a present
perfect measured 'since' a date ('has strengthened 4% since late December', 'Since 2001, BA has cut 13,000 jobs')
runs from it to the story's present, which the date stage gives (none where the present is open), and a total
'since' a date to the later period its sentence reports (:func:`since_date`);
a rate ('$200m a year') takes only a date of its own clause; the base of a change ('from £2.1bn') takes no
date beyond the next figure; a date in a participle aside after the figure (', having agreed 500m euros in
savings in 2004') is the aside's; a sentence restating the one before ('The figure means the annual rate is
down to 10.2%') shares its time; a price's close ('finished down $18.90 at $8') is a move of the day; a date
right after another figure ('a loss of 506m euros in 2003') is that figure's; the expectation a result is
measured against ('confounding expectations of a 0.3% rise') takes the result's period; a date in a clause
about something else that the figure is not in (a relative clause, 'having ...', a participle aside: 'a $2.7bn
fraud at the company he co-founded in 1984', 'Tate & Lyle, which joined the index in 1935, operates 41
factories') is that clause's (:func:`other_clause`), and a present state ('Honda has three hybrids') takes no
date of a coordinated clause of its own (', and the two carmakers sold 80,000 last year'); the date of an earlier
change a change follows ('dropped 0.9% after a 0.5% fall in the previous month') is its base, and a date in a later
clause forecasting another figure ('rose to 4.7% ... and is expected to rise to 5% next year') that figure's; a
headline's undated result takes the period its lede reports, and a forecast opening the paragraph after the lede
the forecast date of the lede's last sentence.
``method`` says which rule decided, so that a user can trust or filter.

The words are data (``vocab/en/period.toml``).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path

from ..extraction.dates import CLAUSE_END, load_vocabulary, words_re
from ..extraction.dates.marks import in_since_clause
from ..extraction.dates.values import shift_value
from ..extraction.mentions import DateMention, Figure
from ..extraction.patterns import word_trie
from .words import Token, last_words, last_words_reach, vocab_rows, word_classes

#: How a figure's period was decided (the closed set of ``figures.period_method``).
PERIOD_METHODS: tuple[str, ...] = (
    "same_clause",  # a date of the figure's clause, with no comma or semicolon between them
    "sentence",  # a date of the figure's sentence, across a comma ('In December, sales rose 1.2%')
    "coordinated",  # two dates joined by 'and' ('in both 2005 and 2006', 'this year and next'): the span
    "inherited_paragraph",  # no date in the sentence: the latest period stated earlier in the paragraph
    "inherited_story",  # none in the paragraph either: the story's period, the first stated in its lede
    # (or in the paragraph after a lede that names a result without dating it)
    # (for a headline's or lede's undated result, the first the paragraph after the lede reports)
    # (for a firm's undated 'annual' result reported in the past, the year before the story's present: annual_result)
    "survey",  # a survey's figure: the time the text says the survey was conducted, wherever it says it
    "budget",  # a measure of the story's budget (its spending, taxes, rates): the budget's fiscal year
    "restatement",  # a headline figure restating a body figure (its same_as): that figure's period
    "since",  # measured since a date ('has sold 4,000 since its launch in August'): from it to the story's present
    # (or to the later period its sentence reports for a total: 'bringing total savings to £100m since mid-2003')
    "same_part",  # a base dated by a bare year, compared with a figure of a quarter (half, month) of a later year:
    # that part of the base's year ('profits fell to 785m euros in the fourth quarter from 2.4bn euros in 2003': 2003-Q4)
    "after_base",  # compared with 'the previous quarter' (year, month) and dated by nothing else: the unit after the
    # base's value ('rose to 4.7% from 4.6% in the previous quarter', the previous quarter 2004-Q3: 2004-Q4), or the
    # year after a base figure's bare year ('a turnaround from a loss of 364m euros in 2003': 2004)
    "annotation",  # a reviewer's annotation gives the period
)
INHERITABLE = frozenset({"month", "quarter", "half", "year", "interval", "week"})
#: Words before a date within which a base word makes it a base of comparison ('compared with a loss of $793m a year ago').
BASE_WINDOW = 8

_VOCAB = Path(__file__).parent / "vocab" / "en" / "period.toml"
with _VOCAB.open("rb") as _f:
    _W = tomllib.load(_f)
BASE_WORDS = frozenset(_W["base_before"])
BASE_BEFORE_PERIOD = frozenset(_W["base_before_period"])
PAIR_BEFORE = frozenset(_W["pair_before"])
PAIR_FILLERS = frozenset(_W["pair_fillers"])
#: The units of a base counted back from a figure's own period ('the previous quarter'): period_method after_base
#: shifts a date of one of them by one (:func:`after_base`; the package's validator checks the same).
PREVIOUS_UNITS = frozenset(_W["previous_units"])
#: Currency nouns ('euro', 'dollar', 'sterling', and period.toml pair_currency_nouns: 'the single currency'):
#: after 'against' they name a currency pair, not a base.
CURRENCY_NOUNS = frozenset(row[0] for row in vocab_rows("currencies.tsv")) | frozenset(_W["pair_currency_nouns"])
NOT_BASE_AFTER = frozenset(_W["not_base_after"])
BOUND_WORDS = frozenset(_W["bound_before"])
STATIVE = frozenset(_W["stative"])
PARTICIPLES = frozenset(_W["participles"])
DETERMINERS = frozenset(_W["determiners"])
STATIVE_WINDOW = int(_W["STATIVE_WINDOW"])
PRESENT = frozenset(_W["present"])
#: A phrase of a trading session ('in late trading', 'at the close', '1300 GMT').
_SESSION = words_re(_W["session"])
PERIOD_NOUNS = frozenset(_W["period_nouns"])
STORY_RESULTS = frozenset(_W["story_results"])
STORY_CHANGES = frozenset(_W["story_changes"])
ANNUAL_RESULTS = frozenset(_W["annual_results"])
PRESENT_VERBS = frozenset(_W["present_verbs"])
PRESENT_BEFORE = frozenset(_W["present_before"])
#: Words opening a clause about something else than the figure ('which', 'that', 'having').
OTHER_CLAUSE_OPENERS = frozenset(_W["other_clause_openers"])
#: A share price moving as its sentence's subject ('Shares in Unilever fell 1%'): a move of the day.
_SHARE_MOVE = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_W["share_subjects"], key=len, reverse=True))
    + r")(?:\s+(?:in|of)(?:\s+[A-Z][\w&'.-]*){1,4}?)?\s+(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_W["share_moves"], key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")
#: A verb in the past: a word in -ed or an irregular past ('rose', 'was'), in any case. The irregular pasts are
#: one prefix tree (:func:`word_trie`), not an alternation of some fifty words tried one by one at each word
#: start: the same words match (each is a whole run of letters), at about 0.6 of the cost of a search.
_PAST = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]{2,}ed|" + word_trie(_W["past"]) + r")(?![A-Za-z])", re.IGNORECASE)
#: The date extractor's word lists (vocab/en/dates.toml), read once.
_DATES_VOCAB = load_vocabulary()
#: The words that make a sentence a forecast or a plan (the date rules' list: 'will', 'forecasts', 'set to'),
#: all of them: without the date rules' exception for 'would have'.
_FORECAST = words_re(_DATES_VOCAB["present"]["future"])


def _phrase_alternatives(words: Sequence[str]) -> str:
    """A regex alternation of whole phrases (longest first), a space matching any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _spaced_alternatives(words: Sequence[str]) -> str:
    """A regex alternation of whole phrases (longest first), a space matching a run of spaces, tabs or no-break
    spaces within a line (not a line break, as :func:`_phrase_alternatives`' does)."""
    return "|".join(r"[ \t\u00a0]+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


#: The irregular participles (``participles``: 'risen', 'grown', 'been'), as one alternation built once for
#: the perfects below (:data:`_PRESENT_PERFECT`, :data:`_PAST_PERFECT`, :data:`_PERFECT`).
_PARTICIPLE = _phrase_alternatives(sorted(PARTICIPLES))

#: A price's close ('finished down $18.90 at $8', 'closed higher'): a move of the day, like a session's.
_CLOSING_MOVE = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['closing_verbs'])})[ \t\u00a0]+"
    rf"(?:(?:{_phrase_alternatives(_W['closing_moves'])})(?![A-Za-z])"
    rf"|(?:{_phrase_alternatives(_W['closing_moves_before_number'])})[ \t\u00a0]+(?:by[ \t\u00a0]+)?"
    rf"(?:[$£€¥][0-9]|[0-9][0-9.,]*[ \t\u00a0]*(?:{_phrase_alternatives(_W['closing_units'])})(?![A-Za-z])))",
    re.IGNORECASE,
)


#: A forecast word naming the yardstick of a reported result ('in line with forecasts', 'below market
#: expectations', 'than expected'), also after the yardstick's figure ('less than the 47.3% forecast by analysts'):
#: no forecast of the sentence (``compared_forecast_*``).
_COMPARED_FORECAST = re.compile(
    rf"(?<![\w'’])(?:{_phrase_alternatives(_W['compared_forecast_before'])})"
    rf"(?:\s+(?:{_phrase_alternatives(_W['compared_forecast_fillers'])})){{0,2}}"
    r"(?:\s+[$£€¥]?[0-9][0-9.,]*(?:%|bn|m|p)?)?"
    rf"\s+(?:{_phrase_alternatives(_W['compared_forecast_nouns'])})(?![\w])",
    re.IGNORECASE,
)


def _outside_yardsticks(matches: Iterator[re.Match[str]], text: str, start: int, end: int) -> bool:
    """Whether one of ``matches`` lies outside every yardstick of a reported result (:data:`_COMPARED_FORECAST`)
    of ``text[start:end]``: 'in line with forecasts', 'than analysts had expected' neither forecast nor tell
    of an earlier time. The yardsticks are looked for only once a match is there."""
    yardsticks: list[tuple[int, int]] | None = None
    for m in matches:
        if yardsticks is None:
            yardsticks = [y.span() for y in _COMPARED_FORECAST.finditer(text, start, end)]
        if not any(a <= m.start() and m.end() <= b for a, b in yardsticks):
            return True
    return False


def _forecast_in(text: str, start: int, end: int) -> bool:
    """Whether a word of a forecast or plan (:data:`_FORECAST`) is in ``text[start:end]``, other than one
    naming the yardstick of a reported result (:data:`_COMPARED_FORECAST`: 'rose 0.3% - in line with
    forecasts' reports the past)."""
    return _outside_yardsticks(_FORECAST.finditer(text, start, end), text, max(0, start - 40), end)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
#: A present report: 'This compares with' (``present_reports``); a perfect ('Exports have risen 5%') is read
#: by :func:`_says_past`.
_PRESENT_REPORT = words_re(_W["present_reports"])
#: A change stated with no verb ('with sales down 3.1% at 1.06 million'): a word of ``verbless_changes``, perhaps 'by'
#: and a hedge, then an amount of change: a price ('$2', '5p'), a percentage or points ('set up 12 plants' is none).
_VERBLESS_CHANGE = re.compile(
    rf"(?<![A-Za-z'’-])(?:{_phrase_alternatives(_W['verbless_changes'])})[ \t\u00a0]+(?:by[ \t\u00a0]+)?"
    rf"(?:(?:{_phrase_alternatives(_W['verbless_change_hedges'])})[ \t\u00a0]+)?"
    r"(?:[$£€][0-9]|[0-9][0-9.,]*(?:[ \t\u00a0]?%|[ \t\u00a0]+per[ \t\u00a0]?cent|p(?![A-Za-z])|[ \t\u00a0]+points?))",
    re.IGNORECASE,
)
VERBLESS_CHANGE_STATES = frozenset(_W["verbless_change_states"])
#: A bare year or span of years used as an attribute of a noun ('the 2001 election', 'his 1973-90 rule').
_NUMERIC_DATE = re.compile(r"[0-9]{4}(?:[-–/][0-9]{2,4})?\Z")
_NOUN_AFTER = re.compile(r"[ \t\u00a0]{1,3}[A-Za-z]")
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w])(?:in|during|for|of|throughout|over|to|and|or|at|between|by|since|from|until)[ \t\u00a0]{1,3}\Z", re.I
)


@dataclass(frozen=True, slots=True)
class Period:
    """A figure's period: ISO value, index of its date expression, how it was decided."""

    value: str
    date: int | None
    method: str


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


@lru_cache(maxsize=8192)
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


@lru_cache(maxsize=8192)
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
#: The four conjunctions join clauses of equal rank; the lists of :data:`_NEW_CLAUSE` ('although', 'though', 'yet'
#: too: any clause of its own), :data:`_CONTRAST` (the contrasting ones only) and :data:`_CLAUSE_MARK` ('although'
#: too, with no comma before it) differ on purpose, each measured on its own rule: not one word list.
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


#: A clause of its own: a semicolon, or a comma or dash before a conjunction (', and it has recently forecast').
_NEW_CLAUSE = re.compile(
    r";|(?:,|[ \t\u00a0][-–—])[ \t\u00a0]*(?:and|but|while|whereas|although|though|yet)[ \t\u00a0]", re.IGNORECASE
)
#: A clause that contrasts with the figure's (', but down on', ' - although some way off'); not 'while', which
#: mostly joins two results of one time ('Net income for 2004 was $3.5bn - while turnover rose $7.2bn').
_CONTRAST = re.compile(r"(?:,|;|[ \t\u00a0][-–—])[ \t\u00a0]*(?:but|although|though|yet)[ \t\u00a0]", re.IGNORECASE)


def _unbracketed(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` with every bracket that opens and closes inside it blanked out: a conversion's
    '($54.98m; £29.32m)' between a figure and its date holds no clause mark of the sentence's."""
    gap = text[lo:hi]
    if "(" not in gap:
        return gap
    return _BRACKETED.sub(lambda m: " " * len(m[0]), gap)


#: A bracket with no bracket inside it.
_BRACKETED = re.compile(r"\([^()]*\)")


def _crossing(text: str, lo: int, hi: int) -> int:
    """How far apart ``text[lo:hi]`` sets a figure and a date: 0 in one clause, 1 across a comma or a
    conjunction ('In 2003, Barclays reported ...'), 2 across a clause of its own (:data:`_NEW_CLAUSE`); a
    bracket closed between them is passed over (:func:`_unbracketed`)."""
    gap = _unbracketed(text, lo, hi)
    if _CLAUSE_MARK.search(gap) is None:
        return 0
    return 2 if _NEW_CLAUSE.search(gap) is not None else 1


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


_AND = re.compile(r"[ \t\u00a0]{1,3}(?:and|&)[ \t\u00a0]{1,3}")
#: What ends a clause between a figure and a date: a comma, a semicolon, a colon or a conjunction (case-sensitive, no
#: 'though' or 'yet': a mid-sentence 'though' is mostly an adverb; see :data:`_COORDINATED` for the other lists).
_CLAUSE_MARK = re.compile(r"[,;:]|\s(?:and|but|while|whereas|although)\s")
_AND_NEXT = re.compile(r"[ \t\u00a0]{1,3}and[ \t\u00a0]{1,3}next(?![ \t\u00a0]*[A-Za-z0-9])", re.I)
_YEAR_VALUE = re.compile(r"[0-9]{4}\Z")


def coordinated(text: str, i: int, dates: Sequence[DateMention]) -> str | None:
    """The span of two periods joined by 'and' from the date ``dates[i]``, or None.

    A figure of 'forecast growth of 2.5% in both 2005 and 2006', 'payments due in 2005 and 2006' or
    '10-15% for this year and next' is about both: its period is the interval from the first to the
    second (``2005/2006``), linked to the first date. Only later periods of the same granularity join
    ('in 2004 and 2003' is no span), and the elliptical 'next' only after a year.
    """
    d = dates[i]
    if not d.value or "/" in d.value:
        return None
    if _AND_NEXT.match(text, d.end):
        return f"{d.value}/{int(d.value) + 1}" if _YEAR_VALUE.match(d.value) else None
    after = _AND.match(text, d.end)
    if after is None or i + 1 >= len(dates):
        return None
    e = dates[i + 1]
    if e.start != after.end() or e.granularity != d.granularity or not e.value or "/" in e.value:
        return None
    return f"{d.value}/{e.value}" if e.value > d.value else None


#: What closes a clause about something else: a comma, semicolon, colon, bracket or dash.
_ASIDE_STOP = re.compile(r"[,;:()]|[ \t\u00a0][-–—](?=[ \t\u00a0])|[–—]")
#: A word opening a clause about something else (:data:`OTHER_CLAUSE_OPENERS`), as a whole word.
_OTHER_OPENER = re.compile(rf"(?<![A-Za-z'’])(?:{_phrase_alternatives(_W['other_clause_openers'])})(?![A-Za-z])", re.I)
#: A clause with no relative pronoun ('the company he co-founded'): a determiner, one or two words, a subject
#: pronoun, then (group ``verb``) the next word, which must be a verb in the past (:data:`_PAST`).
_CONTACT = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['contact_clause_determiners'])})(?:[ \t\u00a0]+[A-Za-z-]+){{1,2}}?"
    rf"[ \t\u00a0]+(?P<pronoun>{_phrase_alternatives(_W['contact_clause_pronouns'])})[ \t\u00a0]+"
    r"(?:[a-z]+ly[ \t\u00a0]+)?(?P<verb>[A-Za-z]+(?:-[A-Za-z]+)?)(?![A-Za-z])",
    re.IGNORECASE,
)
#: The words of a participle aside after its comma or dash (', signed in 2000,'): group ``verb`` its participle.
_PARTICIPLE_ASIDE = re.compile(r"[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?(?P<verb>[a-z]+(?:-[a-z]+)?)(?![A-Za-z])")
_AGENT = words_re(_W["aside_agent"])
AGENT_PARTICIPLES = frozenset(_W["aside_agent_participles"])
#: Between such a participle and its date, an agent: 'by', up to AGENT_WORDS words, then 'in', 'on' or 'during'.
_AGENT_TIME = re.compile(
    rf"[ \t\u00a0]+by(?:[ \t\u00a0]+[A-Za-z'’.&-]+){{1,{int(_W['AGENT_WORDS'])}}}?[ \t\u00a0]+(?:in|on|during)"
    r"[ \t\u00a0]+(?:the[ \t\u00a0]+)?",
    re.IGNORECASE,
)
#: Between an aside's participle and its date, the participle's own time: at most two words, then 'in', 'on'
#: or 'during' ('signed in 2000', 'set up in Alabama in 1984'); not 'scheduled for delivery from December 2004'.
_ASIDE_TIME = re.compile(
    r"(?:[ \t\u00a0]+[A-Za-z-]+){0,2}?[ \t\u00a0]+(?:in|on|during)[ \t\u00a0]+(?:the[ \t\u00a0]+)?", re.I
)


def other_clause(text: str, fig: tuple[int, int], d: DateMention, sentence: tuple[int, int]) -> bool:
    """Whether the date ``d`` lies in a clause about something else than the figure, and so dates that clause's
    own verb: a relative clause ('a $2.7bn fraud at the company he co-founded in 1984', 'an $11bn fraud that
    saw the firm collapse in July 2002'), a perfect participle ('fined 11m euros for having violated the rules
    five years ago'), or an aside set off by commas ('Tate & Lyle, which joined the index in 1935, operates
    41 factories', 'the contract, signed in 2000, is no longer valid'), when the figure is outside it.

    The clause runs from its opening word to the next clause mark (:data:`_ASIDE_STOP`); a figure inside it
    keeps the date ('profits, which rose 5% in 2004'). A figure after the clause is outside it only when the
    clause is an aside (opened after a comma or dash, or at the sentence's start, and closed by one before the
    figure): 'that in 2004, sales rose 5%' is not. A clause opening right after a date ('the year that ended
    in March') describes that date, and is the figure's if the date is."""
    opener = _date_clause(text, d.start, sentence[0])
    if opener is None:
        return False
    if opener <= fig[0] < d.start:
        return False  # the figure is in the clause ('which rose 5% in 2004')
    if fig[1] <= opener:
        return True  # the clause comes after the figure ('a fraud that saw the firm collapse in July 2002')
    if fig[0] < d.end:
        return False
    # the figure comes after the date: outside a clause that has its own verb before the date and ends at the date,
    # where the main clause's verb follows ('states which joined the EU last year will see 4.6% growth')
    if _MAIN_VERB_AFTER.match(text, d.end, fig[0]) and _PAST.search(text, opener, d.start):
        return True
    # outside an aside closed before it
    stop = _ASIDE_STOP.search(text, d.end, fig[0])
    before = text[max(sentence[0], opener - 3) : opener]
    return stop is not None and (opener - 3 <= sentence[0] or bool(re.search(r"[,–—-][ \t\u00a0]*\Z", before)))


#: Right after a date, a finite verb that opens the main clause's predicate (:data:`_W` main_verb_after_clause).
_MAIN_VERB_AFTER = re.compile(
    rf"[ \t\u00a0]+(?:{_phrase_alternatives(_W['main_verb_after_clause'])})(?![A-Za-z'’])", re.IGNORECASE
)


#: The opening quotes and spaces before a sentence's first word.
_LEAD = re.compile(r"[\"'“‘ \t\u00a0]*")


@lru_cache(maxsize=8192)
def _date_clause(text: str, date_start: int, sentence_start: int) -> int | None:
    """Where the clause about something else that holds the date at ``date_start`` opens (:func:`_clause_opener`,
    from the last clause mark before the date), or None; read once per date and sentence start, however many
    figures ask (a run-on sentence asks it of dozens of dates for every figure)."""
    lo = sentence_start
    for m in _ASIDE_STOP.finditer(text, max(lo, date_start - SENTENCE_REACH), date_start):
        lo = m.end()
    lead = _LEAD.match(text, sentence_start, date_start)
    return _clause_opener(text, lo, date_start, (lead.end() if lead else sentence_start,))


def _clause_opener(text: str, lo: int, at: int, starts: tuple[int, ...] = ()) -> int | None:
    """Where the innermost clause about something else opens in ``text[lo:at]`` (no clause mark in it), or None:
    the last word of :data:`OTHER_CLAUSE_OPENERS` or subject pronoun of a clause with no relative pronoun
    (:data:`_CONTACT`), not right after a date or a figure's number ('the year it ended in March'), or a participle aside right at ``lo``
    (after a comma or dash) with no agent ('by') that dates its participle ('signed in 2000'), or one of a claim's
    filing with an agent ('- filed by the Clinton administration in 1999 -': ``aside_agent_participles``). A word at one of
    ``starts`` (the sentence's first word) is a demonstrative, no opener ('That took 2004's total to 2.2m')."""
    found = [
        m.start()
        for m in _OTHER_OPENER.finditer(text, lo, at)
        if not _AFTER_DATE_OR_NUMBER.search(text, max(0, m.start() - 40), m.start())
        and m.start() not in starts  # a sentence's first word: 'That took 2004's total to 2.2m'
    ]
    found += [
        m.start("pronoun")
        for m in _CONTACT.finditer(text, max(0, lo - 40), at)
        if m.start("pronoun") >= lo
        and _PAST.fullmatch(m["verb"].rsplit("-", 1)[-1]) is not None
        and not _AFTER_DATE_OR_NUMBER.search(text, max(0, m.start("pronoun") - 40), m.start("pronoun"))
    ]
    aside = _PARTICIPLE_ASIDE.match(text, lo, at)  # its verb group is lower case: no .lower() needed
    if aside is not None and text[lo - 1 : lo] in (",", "-", "–", "—"):
        filing = aside["verb"] in AGENT_PARTICIPLES
        if (_is_participle(aside["verb"]) or filing) and (
            (_AGENT.search(text, aside.end(), at) is None and _ASIDE_TIME.fullmatch(text, aside.end(), at) is not None)
            or (filing and _AGENT_TIME.fullmatch(text, aside.end(), at) is not None)
        ):
            found.append(aside.start("verb"))
    return max(found, default=None)


def _is_participle(word: str) -> bool:
    """Whether ``word`` is a past participle: a word in -ed or an irregular participle (:data:`PARTICIPLES`)."""
    low = word.lower()
    return (len(low) > 4 and low.endswith("ed")) or low in PARTICIPLES


#: Right before a clause's opening word, a date ('the year that ended') or a number ('5% that'), perhaps a comma.
#: The words come from the dates vocab: its period nouns and month names.
_AFTER_DATE_OR_NUMBER = re.compile(
    r"(?:[0-9]|(?<![A-Za-z])(?:"
    + word_trie([*_DATES_VOCAB["period_nouns"]["words"], *(m.lower() for m in _DATES_VOCAB["months"])])
    + r"))[ \t\u00a0]*,?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)


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
        if _UNTIL_BEFORE.search(text, max(sentence[0], d.start - 40), d.start) is not None:
            continue  # 'grow by about 40% a year until 2007': the end of the figure's stretch, not its period
        if side and (turn := _turns_to_forecast(text, fig, d, figures)) is not None:
            forecast_end = min(forecast_end, turn)
            continue  # 'rose to 4.7% ... and is expected to rise to 5% next year': the 5%'s date
        gap = date_rank(text, fig, d, i, figures, sentence[1], owned)
        if gap is None:
            continue  # another figure's date: the side reads on
        settled[side] = True
        if best is None or gap < best:
            best = gap
    if best is None and shared is not None and _says_forecast(text, sentence[0], forecast_end):
        best = shared  # a forecast revised from a figure of the same date; a reported change is the later period's
    return None if best is None else best[3]


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


def has_base(text: str, fig: tuple[int, int], sentence: tuple[int, int], dates: Sequence[DateMention]) -> bool:
    """Whether the figure's sentence compares it with a dated base ('50% higher than at the start of 2004').

    A record's bound is no such base: 'surged 0.8%, the biggest rise since December 1998' is still the
    story's time.
    """
    return bool(bases(text, fig, sentence, dates))


def bases(
    text: str, fig: tuple[int, int], sentence: tuple[int, int], dates: Sequence[DateMention]
) -> list[DateMention]:
    """The dates of the figure's sentence that are bases it is compared with (:func:`has_base`)."""
    out = []
    for d in dates:
        if sentence[0] <= d.start and d.end <= sentence[1] and is_base(text, d, sentence[0], fig):
            where = base_word_before(text, d, sentence[0])
            if where is not None and not text.startswith(("since", "Since"), where):
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
    compared with the year before; only with no other figure between the figure and that base (''growth slipping
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
    return "year" if _DIGIT.search(text, where, d.start) is not None and _DIGIT.search(between) is None else None


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


def _later(a: str, b: str) -> bool:
    """Whether the ISO period ``a`` starts after the period ``b`` ends, by their years, or within one
    year by values of the same form ('2004-11' after '2004-10', '2004' after '2003-Q4')."""
    a_start, b_end = a.split("/")[0], b.split("/")[-1]
    if a_start[:4] != b_end[:4]:
        return a_start[:4] > b_end[:4]
    return len(a_start) == len(b_end) and a_start > b_end


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


#: A sentence opening on what the one before reported, then a verb of restating ('That is', 'The figure means').
_RESTATEMENT = re.compile(
    rf"\s*(?:{_phrase_alternatives(_W['restatement_subjects'])})\s+(?:{_phrase_alternatives(_W['restatement_verbs'])})"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)


def restates_previous(text: str, sentence: tuple[int, int]) -> bool:
    """A sentence that restates the one before ('That is 92 percent of what it was in 2019', 'The figure means
    the annual rate is down to 10.2%'): it shares its time, even in the present."""
    return _RESTATEMENT.match(text, sentence[0], sentence[1]) is not None


#: A present perfect ('has strengthened', 'have lost', 'has risen'): 'has' or 'have', perhaps an adverb,
#: then a word in -ed or an irregular participle.
_PRESENT_PERFECT = re.compile(
    r"(?<![A-Za-z])(?:has|have)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?(?:[a-z]{2,}ed|" + _PARTICIPLE + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_SINCE = re.compile(r"(?<![A-Za-z])since(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=64)
def perfect_since(text: str, sentence: tuple[int, int]) -> bool:
    """A sentence in the present perfect that measures from a point in the past ('The currency has
    strengthened 4% since late December', 'shares, which have lost 50% of their value since last year'):
    its figures run to the undated present, and take no period stated before them."""
    m = _PRESENT_PERFECT.search(text, *sentence)
    return m is not None and _SINCE.search(text, m.end(), sentence[1]) is not None


#: 'has' or 'have', perhaps an adverb and 'been': what comes before a present perfect's participle, active or
#: passive (:data:`_PERFECT_TOTAL`, :data:`_HAS_BEFORE`).
_HAS_PERFECT = r"(?<![A-Za-z])(?:has|have)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?(?:been[ \t\u00a0]+)?"
#: A present perfect, active or passive ('has cut', 'have exceeded', 'have been sold off'), not the copula's
#: ('has been a net importer', 'has now been above 50'): a state since a date is no total.
_PERFECT_TOTAL = re.compile(
    _HAS_PERFECT + r"(?!been(?![A-Za-z]))(?:[a-z]{2,}ed|" + _PARTICIPLE + r")(?![A-Za-z])", re.IGNORECASE
)
_SINCE_WORD = re.compile(r"since(?![A-Za-z])", re.IGNORECASE)
#: A word naming a total before a figure ('bringing total cost savings to £100m'), period.toml ``since_totals``.
_SINCE_TOTAL = words_re(_W["since_totals"])
_RECORD = words_re(_DATES_VOCAB["present"]["record_before"])
_RECORD_COPULA = re.compile(rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['record_copulas'])})(?![A-Za-z])|[,;:–—]", re.I)
#: How far before a figure (characters) a word of a total is looked for.
TOTAL_REACH = 60


def since_date(
    text: str,
    fig: tuple[int, int],
    sentence: tuple[int, int],
    dates: Sequence[DateMention],
    figures: Sequence[tuple[int, int]] = (),
) -> tuple[int, bool] | None:
    """The index in ``dates`` of the date the figure is measured since, and whether the figure is a total tied
    to its sentence's later period rather than a present perfect's; None when it is measured since no date.

    The date has a value and 'since' before it (:func:`base_word_before`: 'since its launch in August', 'since
    the scheme began in mid-2003'), either after the figure in its clause, with no other figure between and no
    record between ('That 1.5% rate is the lowest we have seen since 2000-1', :func:`_record_between`), or
    opening the sentence, one comma before the figure's clause ('Since the 11 September 2001 attacks, BA has cut
    13,000 jobs'); and that clause is in the present perfect (:data:`_PERFECT_TOTAL`: 'Ford, which has sold
    4,000 of its first hybrid since its launch in August'), or, for a date after the figure, names a total
    (``since_totals``: 'bringing total cost savings to £100m since the scheme began in mid-2003'). A decade has no
    month to start a range from, and is left alone."""
    lead = _LEAD.match(text, sentence[0], sentence[1])
    opening = lead.end() if lead else sentence[0]
    for i, d in enumerate(dates):
        if not d.value or "X" in d.value or d.start < sentence[0] or d.end > sentence[1]:
            continue
        where = base_word_before(text, d, sentence[0])
        if where is None or not _SINCE_WORD.match(text, where):
            continue
        if d.start >= fig[1]:
            if _crossing(text, fig[1], where) or any(fig[1] <= a and b <= where for a, b in figures):
                continue
            if _record_between(text, fig[1], where):
                continue
            stretch = (_clause_start(text, sentence[0], fig[0]), where)
        elif where == opening and d.end <= fig[0]:
            gap = _unbracketed(text, d.end, fig[0])
            if gap.count(",") != 1 or any(c in gap for c in ";:"):
                continue
            stretch = (d.end, fig[0])
        else:
            continue
        if _PERFECT_TOTAL.search(text, *stretch) is not None:
            return i, False
        if d.start >= fig[1] and _SINCE_TOTAL.search(text, max(stretch[0], fig[0] - TOTAL_REACH), fig[0]):
            return i, True
    return None


def _record_between(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (between a figure and 'since') holds a record word after a copula or a clause mark:
    'is the lowest we have seen since', not the counted thing's own words ('4,000 of its first hybrid since')."""
    return any(_RECORD_COPULA.search(text, lo, m.start()) is not None for m in _RECORD.finditer(text, lo, hi))


def since_range(since: DateMention, present: str, later: Period | None = None) -> str | None:
    """The period of a figure measured since the date ``since``: from that date to ``later`` (a later period its
    sentence reports, for a total: 'saved £75m in 2004, bringing total cost savings to £100m since mid-2003' is
    2003/2004), else to the story's ``present`` (the gold protocol: a total tied to no later period runs to the
    story's present, '2004-08/2005'); None when the present is open or not after the date. The bounds are written
    to the month at most (a day's start, '11 September 2001', counts from its month: '2001-09/2005'); a range
    within one period is that period ('since the start of the year', 2005 in a 2005 story, is '2005')."""
    start = since.value.split("/")[0][:7]
    if later is not None and _later(later.value, since.value):
        end = later.value.split("/")[-1][:7]
    elif present:
        end = present[:7]
    else:
        return None
    if start == end:
        return start
    if end[:4] > start[:4] or (end[:4] == start[:4] and (len(end) == 4 or (len(end) == len(start) and end > start))):
        return f"{start}/{end}"  # a present known by its year is in it, after the start ('since January': 2005-01/2005)
    return None


#: A rate's time unit after its figure ('$200m a year', '200,000 jobs will need to be created each month',
#: '474,000 bpd'): up to :data:`RATE_WINDOW` words, with no mark of a clause, then the unit.
_RATE_AFTER = re.compile(
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


#: A past perfect ('had been overstating', 'had already raised'): 'had', perhaps 'been' and an adverb, then
#: a word in -ed or -ing or an irregular participle.
_PAST_PERFECT = re.compile(
    r"(?<![A-Za-z])had[ \t\u00a0]+(?:been[ \t\u00a0]+)?(?:[a-z]+ly[ \t\u00a0]+)?(?:[a-z]{2,}(?:ed|ing)|"
    + _PARTICIPLE
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_REPORTING = words_re(_W["reporting_verbs"])


@lru_cache(maxsize=64)
def before_the_story(text: str, sentence: tuple[int, int]) -> bool:
    """A sentence in the past perfect that no reporting verb backshifts ('The firm had been overstating its
    accounts by $11bn'): it tells of a time before the one its paragraph states, which the text leaves
    open; 'Nortel said it had made $434m' reports the paragraph's time in indirect speech."""
    if _REPORTING.search(text, *sentence) is not None:
        return False
    # 'than analysts had expected' is a yardstick, not an earlier time
    return _outside_yardsticks(_PAST_PERFECT.finditer(text, *sentence), text, *sentence)


#: A clause mark between a stative word and the figure that opens a clause of the figure's own: a comma, semicolon
#: or colon then a word of ``contrast_openers`` ('bank accounts, while 13% of cases concerned').
_CONTRASTED = re.compile(
    rf"[,;:][ \t\u00a0]*(?:{_spaced_alternatives(_W['contrast_openers'])})[ \t\u00a0]", re.IGNORECASE
)


def states_present(text: str, fig: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """A present state ('It employs 77,000', 'is worth $17bn', 'is currently on trial'): no earlier period applies.

    A stative verb in the present among the few words before the figure, or 'now'/'currently' in its sentence;
    not the verb of a relative clause closed before the figure ('valued Ferrari - which owns the Maserati brand
    - at 2.3bn euros'), which states the present of its own noun.
    """
    if _says_now(text, sentence[0], sentence[1]):
        return True
    words = _last_matches(text, max(sentence[0], fig[0] - 80), fig[0], STATIVE_WINDOW)
    if words and words[-1][0].lower() in PRESENT_BEFORE and not text[words[-1].end() : fig[0]].strip(" '’s"):
        return True  # 'from their current 4.75%'
    for w in _stative_verbs(words):
        if _CONTRASTED.search(_unbracketed(text, w.end(), fig[0])) is not None:
            continue  # a verb of a clause before the figure's ('bank accounts, while 13% of cases concerned')
        if restates_previous(text, sentence):
            continue  # 'That is 92 percent of ...': the sentence before's figure, restated
        if _RELATIVE_BEFORE.search(text, max(0, w.start() - 12), w.start()) and _ASIDE_STOP.search(
            text, w.end(), fig[0]
        ):
            continue  # 'That sale valued Ferrari - which owns the Maserati brand - at 2.3bn euros': the aside's
        return True
    return False


def _stative_verbs(words: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The words of ``words`` that are stative verbs in the present (:data:`STATIVE`): not a noun after a
    determiner ('its accounts', 'the stands'), not the 'has' of a perfect ('which has risen 5%')."""
    for i, w in enumerate(words):
        low = w[0].lower()
        if low not in STATIVE or (i and words[i - 1][0].lower() in DETERMINERS):
            continue
        after = words[i + 1][0].lower() if i + 1 < len(words) else ""
        if low in ("has", "have") and (after in PARTICIPLES or after.endswith("ed")):
            continue
        yield w


def _outside_present_relative(text: str, fig: tuple[int, int], d: DateMention, sentence: tuple[int, int]) -> bool:
    """Whether the figure is in a relative clause that states the present ('which controls half of the local
    market', 'who employs 5,000 people': a relative pronoun, a stative verb, no clause mark up to the figure) and
    the date lies outside that clause (before its pronoun, or after a clause mark after the figure: 'The firm,
    which employs 5,000 people, reported a profit in 2004'): the clause states what is, and the date is the main
    clause's time."""
    start = max(sentence[0], fig[0] - 80)
    if not _may_hold_relative(text[max(0, start - 12) : fig[0]]):
        return False  # no relative pronoun before any of the words read: no clause (a cheap test first)
    words = _last_matches(text, start, fig[0], STATIVE_WINDOW)
    for w in _stative_verbs(words):
        pronoun = _RELATIVE_BEFORE.search(text, max(0, w.start() - 12), w.start())
        if pronoun is None or _ASIDE_STOP.search(text, w.end(), fig[0]) is not None:
            continue
        if _FIGURE_BEFORE_CLAUSE.search(text, max(0, pronoun.start() - 4), pronoun.start()) is not None:
            return False  # 'overrun by around 10%, which is about 1bn euros': the figure before, restated
        if d.end <= pronoun.start():
            return True
        return d.start >= fig[1] and _ASIDE_STOP.search(_unbracketed(text, fig[1], d.start)) is not None
    return False


def _may_hold_relative(stretch: str) -> bool:
    """Whether ``stretch`` may hold a relative pronoun of :data:`_RELATIVE_BEFORE` ('which', 'who', 'that', in any
    case): False rules one out before the regular expressions run (most figures have none before them)."""
    low = stretch.lower()
    return "wh" in low or "that" in low


#: Right before a relative pronoun, a figure's end and perhaps a comma ('10%, which'): the clause restates it.
_FIGURE_BEFORE_CLAUSE = re.compile(r"[0-9%][ \t\u00a0]*,?[ \t\u00a0]*\Z")


#: A relative pronoun right before a word: the word is the verb of a relative clause ('which owns').
_RELATIVE_BEFORE = re.compile(r"(?<![A-Za-z])(?:which|who|that)[ \t\u00a0]+\Z", re.IGNORECASE)


def _last_matches(text: str, start: int, end: int, n: int) -> list[re.Match[str]]:
    """The last ``n`` matches of :data:`_WORD` in ``text[start:end]``, reading only as far back as needed.

    A word has no white space or mark in it, so a scan from a later start finds the same words but
    perhaps a cut first one: when it finds more than ``n``, its last ``n`` are those of the whole
    stretch (a dense text has some twenty words in the 80 characters before a figure).
    """
    width = 48
    while True:
        cut = max(start, end - width)
        found = list(_WORD.finditer(text, cut, end))
        if cut == start or len(found) > n:
            return found[-n:] if n else []
        width *= 2


def in_session(text: str, sentence: tuple[int, int], fig: tuple[int, int]) -> bool:
    """Whether the figure ``fig`` is of a sentence about a trading session ('shares ended the day up 0.7%', 'down
    1% in afternoon trade', 'by 1300 GMT'): of an undated day, it inherits no period stated before it. Not a
    figure in a clause after a share move that tells what moved the shares (:func:`_move_reason`: 'Shares
    tumbled, however, as the company reported a profit margin of 45.6%': the report's)."""
    other, moves = _session_cues(text, sentence)
    return other or (bool(moves) and not _move_reason(text, moves, fig))


@lru_cache(maxsize=64)
def _session_cues(text: str, sentence: tuple[int, int]) -> tuple[bool, tuple[tuple[int, int], ...]]:
    """The sentence's cues of a trading session (:func:`in_session`): whether it has a session word or a closing
    move (:data:`_SESSION`, :data:`_CLOSING_MOVE`), and the spans of its share moves (:data:`_SHARE_MOVE`); read
    once per sentence however many figures it has."""
    other = _SESSION.search(text, *sentence) is not None or _CLOSING_MOVE.search(text, *sentence) is not None
    return other, tuple(m.span() for m in _SHARE_MOVE.finditer(text, *sentence))


#: A conjunction opening the clause of what moved the shares (period.toml ``move_reason_openers``).
_MOVE_REASON = re.compile(rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['move_reason_openers'])})[ \t\u00a0]", re.I)


def _move_reason(text: str, moves: tuple[tuple[int, int], ...], fig: tuple[int, int]) -> bool:
    """Whether the sentence's share moves (its only session cue) are one move before the figure, with no figure of
    its own, and a conjunction of ``move_reason_openers`` between the move and the figure opens the clause the
    figure is in ('Shares tumbled, however, as the company reported a profit margin of 45.6%')."""
    if len(moves) != 1 or moves[0][1] > fig[0]:
        return False
    reason = _MOVE_REASON.search(text, moves[0][1], fig[0])
    return reason is not None and not _DIGIT.search(text, moves[0][1], reason.start())


#: A word of :data:`PRESENT` as a whole run of ASCII letters (``_WORD``), in any case: one search, not
#: a loop over the sentence's words.
_PRESENT_RE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(PRESENT, key=len, reverse=True)) + r")(?![A-Za-z])", re.IGNORECASE | re.ASCII
)


@lru_cache(maxsize=64)
def _says_now(text: str, start: int, end: int) -> bool:
    """Whether a word of :data:`PRESENT` ('now', 'currently') is in ``text[start:end]``; asked once per
    sentence however many figures it has."""
    return _PRESENT_RE.search(text[start:end]) is not None  # a slice: the look-behind sees no letter before it


def is_attribute(text: str, d: DateMention) -> bool:
    """A year used as an attribute of a noun ('the 2001 election', 'his 1973-90 rule'): an event's time."""
    if not _NUMERIC_DATE.match(d.quote) or not _NOUN_AFTER.match(text, d.end):
        return False
    if _PREPOSITION_BEFORE.search(text, max(0, d.start - 16), d.start):
        return False
    after = _WORD.search(text, d.end, d.end + 30)
    if after is not None and (after[0].lower() in DETERMINERS or _year_as_subject(text, d, after[0])):
        return False  # no noun follows ('made 2004 the most expensive year'), or the year is the subject
    return after is None or after[0].lower() not in PERIOD_NOUNS


#: What may come before a year that is its sentence's subject: the start of a sentence or of a quote, or
#: 'the year' ('"2004 reinforces the trend"', 'The year 2004 shows that our strategy works').
_SUBJECT_BEFORE = re.compile(
    r"(?:(?:\A|[.!?:][\"'\u201d\u2019]?\s+|\n)[\"'\u201c\u2018]?|(?<![A-Za-z])year[ \t\u00a0]+)\Z", re.IGNORECASE
)


def _year_as_subject(text: str, d: DateMention, after: str) -> bool:
    """Whether a bare year is its sentence's subject, followed by its verb ('2004 reinforces the trend', 'The
    year 2004 shows ...'): the time the sentence is about, not an attribute of a noun ('the 2001 election')."""
    before = text[max(0, d.start - 12) : d.start]
    if not _SUBJECT_BEFORE.search(before):
        return False
    if before.lower().rstrip().endswith("year"):
        return True
    low = after.lower()
    if low in PRESENT_VERBS or _PAST.fullmatch(after) is not None:
        return True
    if not low.endswith("s") or low.endswith("ss"):
        return False
    # a word in -s is the verb ('2004 reinforces the trend') unless a verb follows it: then it is a plural
    # noun the year is an attribute of ('2001 elections were held')
    verb = _WORD.search(text, d.end + len(after) + 1, d.end + len(after) + 40)
    return verb is None or not (
        verb[0].lower() in PRESENT_VERBS | {"are", "were", "have"} or _PAST.fullmatch(verb[0]) is not None
    )


def is_bound(text: str, d: DateMention, limit: int) -> bool:
    """A date after 'by', 'until', 'since', 'from', ...: the bound of its own sentence, no time to inherit.

    A number between the word and the date is what the word governs ('up by 4% in 2004' is the year
    of the rise, 'by 2010' a deadline). A hedge may come between ('until at least the 2006-2007 fiscal year'),
    and a date in the clause 'since' opens is that clause's bound ('has failed to make money since the state
    sold a majority stake to hotel tycoon Gordon Stewart in 1994').
    """
    words = list(_WORD.finditer(text, max(limit, d.start - 16), d.start))[-2:]
    if any(w[0].lower() in BOUND_WORDS and not _DIGIT.search(text, w.end(), d.start) for w in words):
        return True
    # 'until at least the 2006-2007 fiscal year': a hedge between the word and the date
    hedged = _HEDGED_BOUND.search(text, max(limit, d.start - 40), d.start)
    return hedged is not None or (d.start >= limit and in_since_clause(text, d.start) and _since_in(text, limit, d))


#: A bound word, then a hedge of ``bound_hedges`` ('until at least the', 'by as early as'), right before a date.
_HEDGED_BOUND = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['bound_before'])})[ \t\u00a0]+"
    rf"(?:{_phrase_alternatives(_W['bound_hedges'])})[ \t\u00a0]+(?:the[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)


def _since_in(text: str, limit: int, d: DateMention) -> bool:
    """Whether the 'since' whose clause holds the date (:func:`in_since_clause`: 'since the state sold a majority
    stake to hotel tycoon Gordon Stewart in 1994') lies after ``limit`` (in the date's own sentence or paragraph)."""
    return _SINCE.search(text, max(limit, d.start - 90), d.start) is not None


_DIGIT = re.compile(r"[0-9]")


#: A clause about an earlier event: an opener (``past_event_openers``), up to two words, then a verb in -ing, in
#: -ed or an irregular past ('after registering', 'following a 5% rise', 'after sales rose').
_PAST_EVENT = re.compile(
    rf"(?<![A-Za-z-])(?:{_phrase_alternatives(_W['past_event_openers'])})[ \t\u00a0]+"
    r"(?:[A-Za-z0-9%.,$£€-]+[ \t\u00a0]+){0,2}?"
    r"(?:[a-z]{3,}ing|[a-z]{2,}ed|" + word_trie(_W["past"]) + r"|(?:a|an)[ \t\u00a0]+[0-9])(?![A-Za-z])",
    re.IGNORECASE,
)


def _names_result(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a result: a figure's digit or a word of ``story_results`` ('after registering
    record sales there', 'following a 5% rise'); 'after launching new models' may be a plan as well as a past."""
    return _DIGIT.search(text, start, end) is not None or any(
        w.lower() in STORY_RESULTS for w in _RESULT_WORD.findall(text, start, end)
    )


def _forecast_date(text: str, d: DateMention, paragraph_start: int, limit: int) -> bool:
    """Whether a date before ``limit`` (the figure's sentence start) is a forecast's: a forecast word before
    it in its sentence, or anywhere in its clause ('an 11% rise in profits for 2004 and reaffirming its
    2005 profit forecasts': 2005 is, 2004 is not). A clause about an earlier event opened between them
    (:data:`_PAST_EVENT`) that names a result (:func:`_names_result`: 'has forecast growth of 10% this year after
    registering record sales in 2004') sets the date apart from the forecast before it: only the words from its
    opener on count."""
    start = paragraph_start
    for m in _SENTENCE_END.finditer(text, max(paragraph_start, d.start - 400), d.start):
        start = m.end()
    for m in _PAST_EVENT.finditer(text, start, d.start):
        if _names_result(text, m.start(), d.start):
            start = m.start()  # the date is the earlier result's: a forecast word before the opener is not its
    end_mark = _SENTENCE_END.search(text, d.end, limit)
    end = end_mark.end() if end_mark else limit
    clause_start = start
    for m in CLAUSE_END.finditer(text, start, d.start):
        clause_start = m.end()
    clause_end = CLAUSE_END.search(text, d.end, end)
    return bool(
        _forecast_in(text, start, d.end) or _forecast_in(text, clause_start, clause_end.start() if clause_end else end)
    )


@lru_cache(maxsize=64)
def _says_past(text: str, start: int, end: int) -> bool:
    """Whether a verb in the past (:data:`_PAST`) is in ``text[start:end]``, or a perfect of an irregular
    verb ('disasters have seen claims reach $42bn', as 'have pushed' is); asked once per sentence."""
    m = _PAST.search(text, start, end)
    while m is not None and _present_passive(text, m, start):
        m = _PAST.search(text, m.end(), end)  # a present passive is no past: read on
    return m is not None or _PERFECT.search(text, start, end) is not None


PRESENT_COPULAS = frozenset(_W["present_copulas"])
PRESENT_COPULA_ADVERBS = frozenset(_W["present_copula_adverbs"])


def _present_passive(text: str, m: re.Match[str], start: int) -> bool:
    """Whether the past ``m`` of :data:`_PAST` is a word in -ed right after a present copula, perhaps with an adverb
    in -ly or of ``present_copula_adverbs`` between ('is often blamed', 'are offered'): a present passive, no verb
    in the past. The two words before it are read from at most 30 characters back, not before ``start``."""
    if not m[0].endswith(("ed", "ED")):
        return False  # an irregular past ('rose', 'was')
    before = text[max(start, m.start() - 30) : m.start()].lower()
    if not any(c + " " in before for c in PRESENT_COPULAS):
        return False  # no copula in reach: a cheap test first
    words = before.split()[-2:]
    if not words:
        return False
    if words[-1] in PRESENT_COPULAS:
        return True
    adverb = words[-1].endswith("ly") or words[-1] in PRESENT_COPULA_ADVERBS
    return adverb and len(words) == 2 and words[0] in PRESENT_COPULAS


#: 'has', 'have' or 'had' before an irregular participle other than 'been' ('have seen', 'has grown'), in any case.
_PERFECT = re.compile(
    r"(?<![A-Za-z])(?:has|have|had)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?(?!been(?![A-Za-z]))(?:"
    + _PARTICIPLE
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)


def tells_time(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` reports the past, a forecast or a plan, an event in the present
    perfect ('have risen'), or compares in the present with what it follows ('This compares with $5bn':
    ``present_reports``), or states a change with no verb (:func:`verbless_change`), and so can take the
    period its paragraph states; a sentence all in the present states what is ('About 80% of Ethiopians
    depend on farming', 'Umbro supplies more than 150 teams'), with no time the text gives."""
    return (
        _says_past(text, start, end)
        or _says_forecast(text, start, end)
        or _PRESENT_REPORT.search(text, start, end) is not None
        or restates_previous(text, (start, end))
        or verbless_change(text, start, end)
    )


def verbless_change(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states a change with no verb, as a result in an absolute clause or a noun phrase
    ('with sales down 3.1% at 1.06 million', 'on sales up 21%'): that reports the paragraph's time, as a past verb
    does. Not after a copula, its contraction or a word of the present ('Shares are up 3%', 'it's up 3%', 'prices
    remain down 10%': a state now)."""
    for m in _VERBLESS_CHANGE.finditer(text, start, end):
        before = text[max(start, m.start() - 30) : m.start()].lower().split()[-1:]
        if not before or (before[0] not in VERBLESS_CHANGE_STATES and not before[0].endswith(("'s", "’s"))):
            return True  # not after a copula, nor its contraction ('it's up 3%')
    return False


#: An irregular participle ('risen', 'seen', 'granted' is a word in -ed), as a whole word.
_PERFECT_PARTICIPLE = re.compile(r"(?<![A-Za-z])(?:" + _PARTICIPLE + r")(?![A-Za-z])", re.IGNORECASE)
#: 'has' or 'have', perhaps an adverb and 'been', right before a verb: the verb is a present perfect's participle.
_HAS_BEFORE = re.compile(_HAS_PERFECT + r"\Z", re.IGNORECASE)


#: Participles of a perfect that reports a measured change ('have risen 5%'): the dates vocab's verbs of change and
#: period.toml's perfect_reports.
PERFECT_REPORTS = frozenset(_W["perfect_reports"]) | frozenset(_DATES_VOCAB["present"]["changes"])


@lru_cache(maxsize=64)
def up_to_now(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` tells of the past only in the present perfect ('Monsanto has
    agreed to pay $1m', 'A total of 30 projects have been halted'): every verb in the past is the participle of
    a 'has' or 'have', none of a measured change (:data:`PERFECT_REPORTS`: 'Exports have risen 5%' reports the
    paragraph's time), no forecast, no comparison in the present. Such an event runs up to the story's present,
    which the text does not date: it takes no period stated in its paragraph before it, nor the story's (the gold
    leaves such figures undated where their sentence gives no date)."""
    perfect = False
    for m in chain(_PAST.finditer(text, start, end), _PERFECT_PARTICIPLE.finditer(text, start, end)):
        if _HAS_BEFORE.search(text, max(start, m.start() - 40), m.start()) is None:
            if m.re is _PAST:
                return False  # a simple past: the paragraph's time
            continue
        if m[0].lower() in PERFECT_REPORTS:
            return False  # 'Exports have risen 5%': a measured change, of the paragraph's time
        perfect = True
    return perfect and not _says_forecast(text, start, end) and _PRESENT_REPORT.search(text, start, end) is None


@lru_cache(maxsize=64)
def _says_forecast(text: str, start: int, end: int) -> bool:
    """Whether a word of a forecast or plan (:data:`_FORECAST`) is in ``text[start:end]``; asked once per
    sentence however many figures it has (the words are many and the search reads all of it)."""
    return _forecast_in(text, start, end)


def inherited(
    text: str, fig_start: int, paragraph_start: int, dates: Sequence[DateMention], fig_end: int | None = None
) -> Period | None:
    """The latest period stated in the paragraph before the figure's sentence.

    Dates that are bounds, bases or an event's attribute are passed over ('by 2010', 'from 2011
    onwards', 'the 2001 election'), and, when the figure's sentence (``text[fig_start:fig_end]``)
    reports rather than forecasts, the dates of a forecast's sentence: 'It forecasts growth of 4% for
    2005. Exports to China grew 34%' says nothing of when exports grew. A forecast's figure takes only a
    forecast's date of the sentence right before it, which it continues ('requirements for 2005 to be 387,500
    tonnes. On top of that, 89,000 tonnes will be needed'): a forecast told further back is another event's
    ('Metlife will be able to sell its products over the next 10 years. The deal includes ... The company will
    pay between $1bn and $3bn'), as a plan or a deal's price is no forecast of the period the paragraph named.
    """
    reports: bool | None = None  # looked up when a date could be inherited, once per sentence (window)
    for i in range(len(dates) - 1, -1, -1):
        d = dates[i]
        if not _inheritable(text, d, paragraph_start, fig_start):
            continue
        if reports is None:
            reports = fig_end is None or not _says_forecast(text, fig_start, fig_end)
        if reports == _forecast_date(text, d, paragraph_start, fig_start):
            continue
        if not reports and _sentences_between(text, d.end, fig_start) > 1:
            return None  # the latest forecast's date is not in the sentence before: none is
        return Period(d.value, i, "inherited_paragraph")
    return None


def lede_forecast(
    text: str,
    sentence: tuple[int, int],
    body: tuple[int, int],
    lede_span: tuple[int, int],
    dates: Sequence[DateMention],
) -> Period | None:
    """The period of a forecast's figure that opens the paragraph after the lede (``body``) undated, from a forecast
    date in the lede's last sentence (``dates``: the lede's), which it continues as :func:`inherited` has a forecast
    continue the sentence right before it ('The US budget deficit is set to hit $368bn this year, officials said.'
    then 'The cost of military operations still needs to be factored in, with analysts saying the deficit could end
    up a further $100bn in the red': this year's). Only the paragraph's first sentence, a forecast, and a date of the
    lede that a later sentence can take (:func:`_inheritable`) and is a forecast's (:func:`_forecast_date`)."""
    lead = _LEAD.match(text, body[0])
    if lead is None or sentence[0] != lead.end() or not _says_forecast(text, *sentence):
        return None
    for i in range(len(dates) - 1, -1, -1):
        d = dates[i]
        if not _inheritable(text, d, lede_span[0], lede_span[1]):
            continue
        if not _forecast_date(text, d, lede_span[0], lede_span[1]) or _sentences_between(text, d.end, sentence[0]) > 1:
            return None
        return Period(d.value, i, "inherited_story")
    return None


def _sentences_between(text: str, start: int, end: int) -> int:
    """How many sentence ends (:data:`_SENTENCE_END`) ``text[start:end]`` holds: 1 from a date to the start of the
    next sentence, more when a sentence comes between."""
    return sum(1 for _ in _SENTENCE_END.finditer(text, start, end))


def _inheritable(text: str, d: DateMention, paragraph_start: int, limit: int) -> bool:
    """Whether a date of the paragraph from ``paragraph_start``, before ``limit``, is a period later
    sentences can take: a month, quarter, half, year or interval with a value, not a base, a bound, an
    event's attribute, nor the time of an aside ('The Spanish group has been keen, having bought Amey in
    2003') or of a reduced relative clause ('the weaker pattern of lending seen in the last months of 2004')."""
    if not d.value or d.start < paragraph_start or d.end > limit or d.granularity not in INHERITABLE:
        return False
    start = _sentence_start(text, paragraph_start, d.start)
    if is_base(text, d, start) or is_bound(text, d, paragraph_start):
        return False
    comma = max(text.rfind(",", start, d.start), text.rfind(";", start, d.start))
    if comma >= 0 and _ASIDE.match(text, comma + 1, d.start):
        return False
    reduced = _REDUCED_RELATIVE.search(text, max(start, d.start - 60), d.start)
    if reduced is not None and _MAIN_VERB_BEFORE.search(text, start, reduced.start()) is not None:
        # 'This was a return to the weaker pattern of lending seen in the last months of 2004': the noun's reference
        # point, after the sentence's own verb (not 'Sales recorded in 2004 beat forecasts', the sentence's subject)
        return False
    return not is_attribute(text, d)


#: A finite verb: a past (:data:`_PAST`) or a present copula.
_MAIN_VERB_BEFORE = re.compile(_PAST.pattern + r"|(?<![A-Za-z])(?:is|are)(?![A-Za-z])", re.IGNORECASE)
#: A reduced relative clause right before a date: a word that is no auxiliary, a participle of
#: ``reduced_relative_participles``, then 'in' or 'during' and up to four words the date's quote leaves out ('the
#: last months of').
_REDUCED_RELATIVE = re.compile(
    r"(?<![A-Za-z])(?!(?:has|have|had|was|were|is|are|be|been|being)[ \t\u00a0])[A-Za-z%]+[ \t\u00a0]+"
    rf"(?:{_phrase_alternatives(_W['reduced_relative_participles'])})[ \t\u00a0]+(?:in|during)"
    r"(?:[ \t\u00a0]+[A-Za-z-]+){0,4}?[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


#: A participle clause opening an aside about an earlier event ('having bought Amey in 2003').
_ASIDE = re.compile(r"\s*having\s+[a-z]+", re.IGNORECASE)


def _in_aside(text: str, lo: int, hi: int) -> bool:
    """Whether the last comma or semicolon of ``text[lo:hi]`` (between a figure and a date after it) opens an
    aside about an earlier event (:data:`_ASIDE`): 'increase productivity by 3bn euros, having negotiated
    500m euros in savings last year' dates the savings, not the increase."""
    comma = max(text.rfind(",", lo, hi), text.rfind(";", lo, hi))
    return comma >= 0 and _ASIDE.match(text, comma + 1, hi) is not None


#: How far before a date (characters) :func:`_sentence_start` looks for the start of its sentence.
SENTENCE_REACH = 400


def _sentence_start(text: str, start: int, at: int) -> int:
    """Where the sentence holding offset ``at`` begins, not before ``start`` (nor more than 400 characters
    before ``at``): the words a date's base word is looked for among ('compared with a loss of 10.8bn
    kronor in 2003')."""
    cut = max(start, at - SENTENCE_REACH)
    for m in _SENTENCE_END.finditer(text, cut, at):
        cut = m.end()
    return cut


def paragraph_span(text: str, paragraphs: Sequence[int], k: int) -> tuple[int, int]:
    """The span of paragraph ``k`` of ``paragraphs`` (their starts), without the white space at its end."""
    start, end = paragraphs[k], paragraphs[k + 1] if k + 1 < len(paragraphs) else len(text)
    return start, start + len(text[start:end].rstrip())


def lede(text: str, paragraphs: Sequence[int]) -> tuple[int, int] | None:
    """The span of the story's lede: its first paragraph, or its second when the first is a headline (a
    paragraph of one line without a sentence's final mark); None for a text that is all headline."""
    for k in range(min(2, len(paragraphs))):
        span = paragraph_span(text, paragraphs, k)
        body = text[span[0] : span[1]].strip()
        # a closing quote ends a sentence only after its mark ('... "unsatisfactory".' or '... he said."');
        # a headline may end with a quoted phrase of its own ("Renault boss hails 'great year'")
        if "\n" in body or body.rstrip("\"”'’").endswith((".", "!", "?")):
            return span
    return None


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
#: A word, hyphenated words whole ('with-profits investors' names no profit).
_RESULT_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
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


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding offset ``at`` begins, not before ``start`` (after the last comma, semicolon
    or sentence end)."""
    cut = start
    for m in CLAUSE_END.finditer(text, start, at):
        cut = m.end()
    for m in _SENTENCE_END.finditer(text, cut, at):
        cut = m.end()
    return cut


_SURVEY = words_re(_W["survey_words"])
_FIELDWORK = words_re(_W["fieldwork_verbs"])
#: An earlier survey than the story's ('conducted the same survey two years ago', 'the previous poll').
_OTHER_SURVEY = re.compile(
    r"(?<![A-Za-z])(?:same|previous|last|earlier|prior)[ \t\u00a0]+(?:"
    + _phrase_alternatives(_W["survey_words"])
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)


def fieldwork_period(text: str, dates: Sequence[DateMention]) -> Period | None:
    """The time the story's survey was conducted, when the text states it: the first date with a value, of a
    month, quarter, half, year or interval, in a sentence with a survey word and after a verb of fieldwork in
    its clause ('For the survey, PwC interviewed 1,324 chief executives during the last three months of
    2004'); not an earlier survey's ('conducted the same survey two years ago')."""
    for i, d in enumerate(dates):
        if not d.value or d.granularity not in INHERITABLE:
            continue
        start = _sentence_start(text, 0, d.start)
        end_mark = _SENTENCE_END.search(text, d.end)
        end = end_mark.start() if end_mark else len(text)
        if (
            _FIELDWORK.search(text, _clause_start(text, start, d.start), d.start)
            and _SURVEY.search(text, start, end)
            and not _OTHER_SURVEY.search(text, start, end)
        ):
            return Period(d.value, i, "survey")
    return None


def about_survey(text: str, paragraph: tuple[int, int]) -> bool:
    """Whether a paragraph speaks of a survey ('a survey of 1,300 bosses suggests', 'the bosses polled'):
    its figures are the survey's, whose time :func:`fieldwork_period` gives."""
    return _SURVEY.search(text, *paragraph) is not None
