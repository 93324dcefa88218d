"""What a sentence's verbs say of its time: a present state, a past report, a session's move, a date that is an
attribute or a bound."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from ...extraction.dates import words_re
from ...extraction.dates.marks import in_since_clause
from ...extraction.mentions import DateMention
from ...extraction.patterns import phrase_alternation
from ..per_text import per_text
from .asides import _ASIDE_STOP
from .clauses import _forecast_in, _last_matches, _outside_yardsticks, _says_forecast, _unbracketed
from .vocab import (
    _DATES_VOCAB,
    _DIGIT,
    _PARTICIPLE,
    _PAST,
    _W,
    _WORD,
    BOUND_WORDS,
    DETERMINERS,
    HELD_LEVEL_WORDS,
    PARTICIPLES,
    PERIOD_NOUNS,
    PRESENT,
    PRESENT_BEFORE,
    PRESENT_VERBS,
    RELATIVE_PREPOSITIONS,
    RELATIVE_PRESENT,
    RELATIVE_SUBJECT_WORDS,
    STATIVE,
    STATIVE_WINDOW,
    _phrase_alternatives,
    _spaced_alternatives,
)

#: A phrase of a trading session ('in late trading', 'at the close', '1300 GMT').
_SESSION = words_re(_W["session"])
#: A share price moving as its sentence's subject ('Shares in Unilever fell 1%'): a move of the day.
_SHARE_MOVE = re.compile(
    r"(?<![A-Za-z])(?:"
    + phrase_alternation(_W["share_subjects"], r"\s+")
    + r")(?:\s+(?:in|of)(?:\s+[A-Z][\w&'.-]*){1,4}?)?\s+(?:"
    + phrase_alternation(_W["share_moves"], r"\s+")
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)

#: A price's close ('finished down $18.90 at $8', 'closed higher'): a move of the day, like a session's.
_CLOSING_MOVE = re.compile(
    rf"(?<![A-Za-z])(?:{_phrase_alternatives(_W['closing_verbs'])})[ \t\u00a0]+"
    rf"(?:(?:{_phrase_alternatives(_W['closing_moves'])})(?![A-Za-z])"
    rf"|(?:{_phrase_alternatives(_W['closing_moves_before_number'])})[ \t\u00a0]+(?:by[ \t\u00a0]+)?"
    rf"(?:[$£€¥][0-9]|[0-9][0-9.,]*[ \t\u00a0]*(?:{_phrase_alternatives(_W['closing_units'])})(?![A-Za-z])))",
    re.IGNORECASE,
)
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


_SINCE = re.compile(r"(?<![A-Za-z])since(?![A-Za-z])", re.IGNORECASE)


#: 'has' or 'have', perhaps an adverb and 'been': what comes before a present perfect's participle, active or
#: passive (:data:`_PERFECT_TOTAL`, :data:`_HAS_BEFORE`).
_HAS_PERFECT = r"(?<![A-Za-z])(?:has|have)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?(?:been[ \t\u00a0]+)?"


#: A past perfect ('had been overstating', 'had already raised'): 'had', perhaps 'been' and an adverb, then
#: a word in -ed or -ing or an irregular participle.
_PAST_PERFECT = re.compile(
    r"(?<![A-Za-z])had[ \t\u00a0]+(?:been[ \t\u00a0]+)?(?:[a-z]+ly[ \t\u00a0]+)?(?:[a-z]{2,}(?:ed|ing)|"
    + _PARTICIPLE
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_REPORTING = words_re(_W["reporting_verbs"])


@per_text
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
    return present_relative(text, fig, sentence) is not None or held_level(text, fig, sentence)


#: A verb that keeps a level, a few words, a preposition of the level ('keep interest rates at', 'keeps it pegged
#: close to a rate of'), a few words, then the figure (:func:`held_level`); no clause mark nor digit between, no word
#: of ``held_level_gap_stops`` in either gap ('held talks at its headquarters and cut 500 jobs'), no word of
#: ``held_level_intransitive`` right after the verb ('Shares held steady at 250 pence').
_HELD_GAP_WORD = rf"[ \t\u00a0]+(?!(?:{_spaced_alternatives(_W['held_level_gap_stops'])})(?![A-Za-z'’-]))[A-Za-z'’-]+"
_HELD_LEVEL = re.compile(
    rf"(?<![A-Za-z])(?:{_spaced_alternatives(_W['held_level_verbs'])})"
    rf"(?![ \t\u00a0]+(?:{_spaced_alternatives(_W['held_level_intransitive'])})(?![A-Za-z]))"
    rf"(?:{_HELD_GAP_WORD}){{0,{HELD_LEVEL_WORDS}}}?[ \t\u00a0]+"
    rf"(?:{_spaced_alternatives(_W['held_level_prepositions'])})"
    rf"(?![ \t\u00a0]+(?:{_spaced_alternatives(_W['held_level_not_after'])})(?![A-Za-z]))"
    rf"(?:{_HELD_GAP_WORD}){{0,{HELD_LEVEL_WORDS}}}?[ \t\u00a0]+\Z",
    re.IGNORECASE,
)
#: A held level's verbs as a set, for a cheap test before :data:`_HELD_LEVEL` runs.
_HELD_VERBS = frozenset(_W["held_level_verbs"])


def held_level(text: str, fig: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure is a level an actor keeps, holds, leaves or pegs ('the bank decided to keep interest rates
    at an all-time low of 3.25%', 'The government keeps it pegged close to a rate of 8.28 to the US dollar', 'left
    rates on hold at 4.75%'): a standing setting, which inherits no earlier period (the gold's rate 'kept' now).
    Not 'left at least 25,000 people dead' (a hedge, not a level's 'at'), nor an intransitive 'remained at' or 'held
    steady at' (a series' reading, which its paragraph dates), nor a figure past a word that opens another phrase ('held
    talks at its headquarters and cut 500 jobs')."""
    start = max(sentence[0], fig[0] - 90)
    words = _last_matches(text, start, fig[0], 2 * HELD_LEVEL_WORDS + 3)
    # the pattern runs only from a verb that keeps a level (a cheap test first)
    return any(_HELD_LEVEL.match(text, w.start(), fig[0]) for w in words if w[0].lower() in _HELD_VERBS)


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
    """Whether the figure is in a relative clause that states the present (:func:`_present_clause_start`) and the date
    lies outside that clause (before its opening, or after a clause mark after the figure: 'The firm, which employs
    5,000 people, reported a profit in 2004'): the clause states what is, and the date is the main clause's time."""
    opens = _present_clause_start(text, fig, sentence)
    return opens is not None and (
        d.end <= opens or (d.start >= fig[1] and _ASIDE_STOP.search(_unbracketed(text, fig[1], d.start)) is not None)
    )


def _present_clause_start(text: str, fig: tuple[int, int], sentence: tuple[int, int]) -> int | None:
    """Where a relative clause that states the present and holds the figure opens, or None: its pronoun before a
    stative verb ('which controls half of the local market', 'who employs 5,000 people': no clause mark from the verb
    up to the figure; not after a figure it restates, 'overrun by around 10%, which is about 1bn euros'), else a clause
    the stative words do not show (:func:`present_relative`)."""
    start = max(sentence[0], fig[0] - 80)
    if not _may_hold_relative(text[max(0, start - 12) : fig[0]]):
        return None  # no relative pronoun before any of the words read: no clause (a cheap test first)
    words = _last_matches(text, start, fig[0], STATIVE_WINDOW)
    for w in _stative_verbs(words):
        pronoun = _RELATIVE_BEFORE.search(text, max(0, w.start() - 12), w.start())
        if pronoun is None or _ASIDE_STOP.search(text, w.end(), fig[0]) is not None:
            continue
        if _FIGURE_BEFORE_CLAUSE.search(text, max(0, pronoun.start() - 4), pronoun.start()) is not None:
            return None  # 'overrun by around 10%, which is about 1bn euros': the figure before, restated
        return pronoun.start()
    return present_relative(text, fig, sentence)


#: A relative pronoun (group ``pronoun``), perhaps after a word (group ``prep``) that may be a preposition opening
#: the clause ('in which', 'of which').
_RELATIVE_OPENER = re.compile(
    r"(?:(?<![A-Za-z])(?P<prep>[A-Za-z]+)[ \t\u00a0]+)?(?<![A-Za-z])(?P<pronoun>which|who|that)(?![A-Za-z])",
    re.IGNORECASE,
)


#: Before a pronoun, no word of its sentence: a demonstrative ('That is 9.1% higher'), not a relative pronoun.
_NO_ANTECEDENT = re.compile(r"[^A-Za-z]*")


def present_relative(text: str, fig: tuple[int, int], sentence: tuple[int, int]) -> int | None:
    """Where a relative clause in the present that holds the figure opens, or None: 'a euro that buys $1.30',
    'Nissan - in which Renault owns a 44% stake - contributed', 'The firm, which is to receive a payment from Chelsea
    of £24.5m, said'. The clause states what is: its figure takes no period of its paragraph, nor a date outside it.

    The last relative pronoun before the figure with no clause mark (:data:`_ASIDE_STOP`) up to it, its verb a word
    of :data:`RELATIVE_PRESENT` right after the pronoun, or after up to ``RELATIVE_SUBJECT_WORDS`` words of a subject
    when a preposition opens the clause ('in which Renault owns'); not a perfect ('which has risen 5%'), no verb in
    the past and no forecast word up to the figure ('which analysts expect to reach 5%', 'that sales rose 5%'), and
    no figure right before the pronoun ('10%, which is about 1bn euros' restates it), nor a pronoun opening the
    sentence ('That is 9.1% higher' is a demonstrative). Returns the offset of the
    preposition, else of the pronoun."""
    start = max(sentence[0], fig[0] - 80)
    if not _may_hold_relative(text[start : fig[0]]):
        return None  # no relative pronoun before the figure: no clause (a cheap test first)
    opener = None
    for m in _RELATIVE_OPENER.finditer(text, start, fig[0]):
        opener = m
    if opener is None or _ASIDE_STOP.search(text, opener.end(), fig[0]) is not None:
        return None
    at = opener.start("pronoun")
    if _FIGURE_BEFORE_CLAUSE.search(text, max(0, at - 4), at) is not None or _NO_ANTECEDENT.fullmatch(
        text, sentence[0], at
    ):
        return None  # 'That is 9.1% higher': a demonstrative opening its sentence, no relative pronoun
    prep = opener["prep"] is not None and opener["prep"].lower() in RELATIVE_PREPOSITIONS
    words = [w.lower() for w in _WORD.findall(text, opener.end(), fig[0])]
    reach = RELATIVE_SUBJECT_WORDS + 1 if prep else 1
    verb = next((i for i, w in enumerate(words[:reach]) if w in RELATIVE_PRESENT), None)
    if verb is None:
        return None
    after = words[verb + 1] if verb + 1 < len(words) else ""
    if words[verb] in ("has", "have") and (after in PARTICIPLES or after.endswith("ed")):
        return None  # a perfect: 'which has risen 5%'
    if _PAST.search(text, opener.end(), fig[0]) is not None or _forecast_in(text, opener.end(), fig[0]):
        return None
    return opener.start() if prep else at


def _may_hold_relative(stretch: str) -> bool:
    """Whether ``stretch`` may hold a relative pronoun of :data:`_RELATIVE_BEFORE` ('which', 'who', 'that', in any
    case): False rules one out before the regular expressions run (most figures have none before them)."""
    low = stretch.lower()
    return "wh" in low or "that" in low


#: Right before a relative pronoun, a figure's end and perhaps a comma ('10%, which'): the clause restates it.
_FIGURE_BEFORE_CLAUSE = re.compile(r"[0-9%][ \t\u00a0]*,?[ \t\u00a0]*\Z")


#: A relative pronoun right before a word: the word is the verb of a relative clause ('which owns').
_RELATIVE_BEFORE = re.compile(r"(?<![A-Za-z])(?:which|who|that)[ \t\u00a0]+\Z", re.IGNORECASE)


def in_session(text: str, sentence: tuple[int, int], fig: tuple[int, int]) -> bool:
    """Whether the figure ``fig`` is of a sentence about a trading session ('shares ended the day up 0.7%', 'down
    1% in afternoon trade', 'by 1300 GMT'): of an undated day, it inherits no period stated before it. Not a
    figure in a clause after a share move that tells what moved the shares (:func:`_move_reason`: 'Shares
    tumbled, however, as the company reported a profit margin of 45.6%': the report's)."""
    other, moves = _session_cues(text, sentence)
    return other or (bool(moves) and not _move_reason(text, moves, fig))


@per_text
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


@per_text
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


@per_text
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


@per_text
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


@per_text
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
