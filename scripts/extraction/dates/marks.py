"""Where the words that place a story's time are in a text (sentence and clause ends, forecast, results and change words, bounds), scanned once or region by region."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..patterns import first_char_branches, head_set, not_before_first, word_search
from .vocabulary import _V, _cap

_PRESENT = _V["present"]


#: Words that make 'May' after them the month, not the modal ('in May', 'since May', 'early May').
_MAY_BEFORE = ("in", "of", "since", "from", "until", "till", "by", "early", "late", "last", "next", "this", "and", "to")


def words_re(
    words: list[str],
    past_modals: frozenset[str] = frozenset(),
    *,
    not_before: str = r"[\w'’]",
    not_after: str = r"[\w]",
) -> re.Pattern[str]:
    r"""Whole words or phrases of a vocabulary list, any case (a prefix tree: one test per character, not per word).

    A word is whole where no character of the class ``not_before`` comes before it and none of ``not_after``
    after it. The default reads a word next to a hyphen ('loss-making' has 'loss'), not one after an
    apostrophe; a test of a whole story's kind passes ``[\w-]`` for both ('with-profits policies' and
    'income-tax' are no results of a firm: :mod:`.fiscal`).

    The words of ``past_modals`` count only when 'have' does not follow them: 'would have been 8% higher'
    is a counterfactual about the past, not a forecast (but 'might have to restate results' is an obligation
    ahead, 'have to' counts); nor where they are the month May ('in May',
    'May 2008'). With ``past_modals`` (the lists of forecast words), a word after 'than' does not count: 'faster
    than predicted', 'fewer jobs than expected' compare with a forecast made before.

    The pattern opens with the words' first letters, its look-behinds after them (:func:`first_char_branches`):
    ``(?<!not_before)(?<!than )(?:trie|modals)(?!not_after)`` with ``re.IGNORECASE``, written so that a scan skips to
    those letters rather than trying a look-behind at every character.
    """
    firsts, alternatives = first_char_branches((w for w in words if w not in past_modals), space_run=True)
    modals = [w for w in words if w in past_modals]
    if modals:
        # not the month May: after a word that dates it ('in May', 'since May') or before a day or year ('May 2008')
        dated = "".join(not_before_first(f"{w} ") for w in (*_MAY_BEFORE, "mid-"))
        modal_firsts, modal_branches = first_char_branches(modals)
        firsts += modal_firsts
        alternatives += rf"|{dated}{modal_branches}(?!{not_after})(?![ \t\u00a0]+[0-9])(?!\s+(?:not\s+)?have(?!\w)(?![ \t\u00a0]+to(?!\w)))"
    # a comparison with a forecast made before ('faster than predicted', 'fewer jobs than expected') is no forecast
    than = not_before_first("than ") if past_modals else ""
    word = not_before_first(not_before)
    heads = head_set(firsts, ignore_case=True)
    return re.compile(rf"{heads}(?i:{word}{than}(?:{alternatives})(?!{not_after}))")


_PAST_MODALS = frozenset(_PRESENT["past_modals"])
_FUTURE = words_re(_PRESENT["future"] + _PRESENT["outlook"], _PAST_MODALS)
_AHEAD = words_re(_PRESENT["ahead"] + _PRESENT["scheduled"], _PAST_MODALS)
#: Words that put a stated length ahead of the story's time in its clause ('in five years' with 'by', 'within': see
#: handlers.point_ahead).
_POINT_AHEAD = words_re(_PRESENT["point_ahead"])
#: Past-tense verbs of a figure that tell a quarter or half as done (vocab: present.changes and present.done).
_DONE = words_re([*_PRESENT["changes"], *_PRESENT["done"]])
#: Words that tell a part of the year under way as so far ('so far', 'to date') or up to now (a perfect: 'have risen').
_SO_FAR = words_re(_PRESENT["done_so_far"])
#: A modal or infinitive after a quarter or half, before its past verb: the verb is another clause's
#: (handlers._told_done).
_DONE_STOP = words_re(_PRESENT["done_stop"])
_RESULTS = words_re(_PRESENT["results"])
_CHANGES = words_re(_PRESENT["changes"])
_LEVELS = words_re(_PRESENT["levels"])
#: A record's words before a bound ('the lowest level since June 2003', 'the first time since 1990').
_RECORD_BEFORE = words_re(_PRESENT["record_before"])


def words_before(words: list[str]) -> re.Pattern[str]:
    """One of ``words`` just before a date, with an optional 'the' between: 'since 1981', 'since the spring'."""
    return re.compile(rf"(?<!\w)(?:{_cap(*words)})[ \t\u00a0]{{1,3}}(?:the[ \t\u00a0]{{1,3}})?\Z")


#: Words before a year that make it a bound, a base or a starting point ('since 1981', 'from 2003').
_BOUND_BEFORE = words_before(_PRESENT["bound_before"])
#: Words before a date that make it a deadline ahead, no month told as past ('have until 21 March to appeal').
_AHEAD_BOUND_BEFORE = words_before(_PRESENT["ahead_bound_before"])
#: 'since' binds a whole clause: 'the biggest since the $1.2bn collapse of Barings Bank in 1995'.
_CLAUSE_BOUND = re.compile(rf"(?<!\w)(?:{_cap(*_PRESENT['clause_bound'])})(?!\w)(?:[^,;:.!?\n]|\.(?=[0-9])){{0,80}}\Z")
#: A preposition just before a date ('in 2004', 'a quiet start to 2005'): a year after one is no attribute of a
#: noun ('the 2001 election', 'a 2004 law': an event's year, not the story's; see _is_attribute).
_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:in|during|for|of|throughout|over|to|and|or|at|between)[ \t\u00a0]{1,3}\Z", re.I
)
_NOUN_AFTER = re.compile(r"[ \t\u00a0]{1,3}[A-Za-z]")
#: What makes a bare year after it an amount: a digit, a hedge or a currency sign ('more than 2000', 'some
#: 1998', '$2020'), read in the 16 characters before the year.
_AMOUNT_BEFORE = re.compile(
    r"(?:[0-9][ \t\u00a0]|\b(?:than|some|nearly|almost|approximately|roughly|fewer|total\sof)[ \t\u00a0]|[$£€¥₹₽][ \t\u00a0]?)\Z"
)
#: Sentence ends: a full stop, question or exclamation mark before a space, or a line break.
#: (``[.!?]["'”’)]*(?=\s)|\n``, written to begin with the class of its first character: a faster scan.)
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|[\"'”’)]*(?=\s))")


class Marks:
    """Where the matches of one pattern begin and end in a text, found in one scan, asked by bisection.

    story_time asks, for every date of an article, whether a future word is in its sentence, where its
    sentence and clause begin: scanning the text once keeps that linear however many dates there are.
    """

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        found = [(m.start(), m.end()) for m in pattern.finditer(text)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]

    def any_in(self, start: int, end: int) -> bool:
        """Whether a match begins in [start, end)."""
        i = bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def last_end_before(self, position: int, default: int) -> int:
        """The end of the last match that ends at or before ``position`` (``default`` if none)."""
        i = bisect_left(self.ends, position + 1)
        return self.ends[i - 1] if i else default

    def next_start_after(self, position: int, default: int) -> int:
        """The start of the first match that begins at or after ``position`` (``default`` if none)."""
        i = bisect_left(self.starts, position)
        return self.starts[i] if i < len(self.starts) else default


#: A character that no match of a word list (letters, white space) can hold: a sentence mark ending in one
#: is a safe place to start a scan, since no match runs across it.
_WORD_OR_SPACE = re.compile(r"[\w\s]")


class LazyMarks:
    """Where the matches of a word-list pattern begin, found region by region when first asked.

    story_time asks only about the sentences that hold a date: scanning just those (each once) is
    far cheaper than scanning the whole text. Regions run between sentence marks that end in a
    character no match can hold (a full stop, not a line break, which a phrase may span), so a scan
    of a region, bounded by it, finds exactly the matches a scan of the whole text finds there.
    """

    def __init__(self, pattern: re.Pattern[str], text: str, cuts: list[int]) -> None:
        self.pattern = pattern
        self.text = text
        self.cuts = cuts  # region starts: 0, then the safe sentence-mark ends, ascending
        self._found: dict[int, tuple[list[int], list[int]]] = {}

    def _region(self, i: int) -> tuple[list[int], list[int]]:
        """The starts and the ends of the matches of region ``i`` (scanned on first use)."""
        found = self._found.get(i)
        if found is None:
            end = self.cuts[i + 1] if i + 1 < len(self.cuts) else len(self.text)
            spans = [m.span() for m in self.pattern.finditer(self.text, self.cuts[i], end)]
            found = self._found[i] = ([s for s, _ in spans], [e for _, e in spans])
        return found

    def _index(self, position: int) -> int:
        """The region holding ``position``."""
        return max(bisect_right(self.cuts, position) - 1, 0)

    def any_in(self, start: int, end: int) -> bool:
        """Whether a match begins in [start, end)."""
        i = self._index(start)
        while i < len(self.cuts) and self.cuts[i] < end:
            starts = self._region(i)[0]
            j = bisect_left(starts, start)
            if j < len(starts) and starts[j] < end:
                return True
            i += 1
        return False

    def last_end_before(self, position: int, floor: int) -> int:
        """The end of the last match that ends at or before ``position``, or ``floor`` if greater."""
        i = self._index(position)
        while i >= 0 and (i + 1 == len(self.cuts) or self.cuts[i + 1] > floor):
            ends = self._region(i)[1]
            j = bisect_right(ends, position)
            if j:
                return max(ends[j - 1], floor)
            i -= 1
        return floor

    def next_start_after(self, position: int, ceiling: int) -> int:
        """The start of the first match that begins at or after ``position``, or ``ceiling`` if less."""
        i = self._index(position)
        while i < len(self.cuts) and self.cuts[i] < ceiling:
            starts = self._region(i)[0]
            j = bisect_left(starts, position)
            if j < len(starts):
                return min(starts[j], ceiling)
            i += 1
        return ceiling


#: The characters other than letters and white space that the word lists (none today: 'set to') and
#: the clause marks (';', ':') hold.
_LISTED = frozenset(
    [
        ch
        for k in ("future", "ahead", "results", "changes", "levels", "point_ahead", "done", "done_so_far", "done_stop")
        for w in _PRESENT[k]
        for ch in w
        if not ch.isalpha()
    ]
    + [";", ":"]
)


def safe_cuts(text: str, sentences: Marks) -> list[int]:
    """0 and the ends of the sentence marks whose last character no word-list or clause match can hold."""
    return [0] + [e for e in sentences.ends if not _WORD_OR_SPACE.match(text, e - 1) and text[e - 1] not in _LISTED]


#: Clause bounds inside a sentence: 'and reaffirming its 2005 profit forecasts' is not the clause of 'for 2004'.
#: (``[;:]|\s(?:and|but|while|whereas|although)\s``, written to open with one class of its first characters: a
#: faster scan.)
CLAUSE_END = re.compile(r"[;:\s](?:(?<=[;:])|(?<=\s)(?:and|but|while|whereas|although)\s)")
_NEXT_YEAR = re.compile(word_search(["next year"], r"\w", ignore_case=True, space_run=True))


@dataclass
class TextMarks:
    """The marks of one text that the date rules read (story_time, the resolver, the handlers; one per text:
    :func:`text_marks`): sentence and clause ends, future and results words."""

    text: str
    sentences: Marks
    clauses: LazyMarks
    future: LazyMarks
    results: LazyMarks
    next_year: LazyMarks
    ahead: LazyMarks
    changes: LazyMarks
    levels: LazyMarks
    #: Subordinate clause words (:data:`_SUBORDINATE`), found once per region: a search from each date
    #: to its clause's end would read a run-on sentence once per date, in quadratic time.
    subordinate: LazyMarks
    #: Words that put a length ahead (:data:`_POINT_AHEAD`), found once per region for the same reason.
    point_ahead: LazyMarks
    #: Words that tell a quarter or half as done, so far, or another clause's (handlers._told_done), likewise.
    so_far: LazyMarks
    done: LazyMarks
    done_stop: LazyMarks

    @classmethod
    def of(cls, text: str) -> TextMarks:
        """Scan a text once for sentence marks; clause marks and words only in the sentences asked about."""
        sentences = Marks(_SENTENCE_END, text)
        cuts = safe_cuts(text, sentences)
        return cls(
            text,
            sentences,
            *(
                LazyMarks(p, text, cuts)
                for p in (
                    CLAUSE_END,
                    _FUTURE,
                    _RESULTS,
                    _NEXT_YEAR,
                    _AHEAD,
                    _CHANGES,
                    _LEVELS,
                    _SUBORDINATE,
                    _POINT_AHEAD,
                    _SO_FAR,
                    _DONE,
                    _DONE_STOP,
                )
            ),
        )

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence holding text[start:end] (from its first character to its end mark)."""
        return self.sentences.last_end_before(start, 0), self.sentences.next_start_after(end, len(self.text))

    def clause(self, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
        """The clause of text[start:end] within its sentence (split at ';', ':', 'and', 'but', ...)."""
        return self.clauses.last_end_before(start, sentence[0]), self.clauses.next_start_after(end, sentence[1])

    def clause_ahead(self, start: int, end: int) -> bool:
        """Whether the clause of text[start:end] puts its own events ahead: 'will be launched on 1 January',
        'In the first quarter, the economy is expected to grow'; not a past act reporting a future one ('In
        January, it announced that the deal would end', 'It had warned in September that ... would')."""
        clause = self.clause(start, end, self.sentence(start, end))
        if self.ahead.any_in(clause[0], start):
            return True
        stop = self.subordinate.next_start_after(end, clause[1])
        return self.ahead.any_in(end, stop)


@lru_cache(maxsize=1)
def text_marks(text: str) -> TextMarks:
    """:meth:`TextMarks.of` the text, kept for the last text read: the story's time, the resolver and the handlers
    (which see one match at a time, a text match after match) share its marks, the sentences scanned once."""
    return TextMarks.of(text)


def in_since_clause(text: str, start: int) -> bool:
    """A date in the clause 'since' opens: 'the biggest since the $1.2bn collapse of Barings Bank in 1995'."""
    return _CLAUSE_BOUND.search(text, max(0, start - 90), start) is not None


def _is_bound(text: str, start: int) -> bool:
    """A date after 'since', 'by', 'until', 'from' ...: a bound or a base of the story's time, not its time."""
    return _BOUND_BEFORE.search(text, max(0, start - 20), start) is not None or in_since_clause(text, start)


#: A base of comparison before a date: 'down from £2.6bn in January 2004', 'compared with 26 in September',
#: 'up from $393.9m a year earlier' (vocab: present.base_before): an amount, then the date's preposition.
_BASE_BEFORE = re.compile(
    rf"(?<!\w)(?:{_cap(*_PRESENT['base_before'])})[ \t\u00a0]{{1,3}}[^\s0-9,;:.!?]{{0,4}}[0-9](?:[0-9.,]{{0,12}}[0-9])?"
    rf"[^\s,;:!?]{{0,8}}"
    rf"(?:[ \t\u00a0]{{1,3}}[a-z]{{1,12}}){{0,2}}[ \t\u00a0]{{1,3}}(?:in|during|for|on|at|of)[ \t\u00a0]{{1,3}}"
    rf"(?:the[ \t\u00a0]{{1,3}})?\Z"
)


#: The same base before a phrase counted from the story's time, which needs no preposition ('from 3bn yuan a
#: year earlier').
_BASE_BEFORE_PHRASE = re.compile(
    rf"(?<!\w)(?:{_cap(*_PRESENT['base_before'])})[ \t\u00a0]{{1,3}}[^\s0-9,;:.!?]{{0,4}}[0-9](?:[0-9.,]{{0,12}}[0-9])?"
    rf"[^\s,;:!?]{{0,8}}"
    rf"(?:[ \t\u00a0]{{1,3}}[a-z]{{1,12}}){{0,2}}[ \t\u00a0]{{1,3}}"
    rf"(?:(?:in|during|for|on|at|of)[ \t\u00a0]{{1,3}}(?:the[ \t\u00a0]{{1,3}})?)?\Z"
)


def base_phrase(text: str, start: int) -> bool:
    """A phrase counted from the story's time that dates the base of a comparison ('Sales surged to 6.2bn yuan,
    from 3bn yuan a year earlier'): it is counted from the period the story reports, not from the date of an
    earlier comparison's base (:func:`comparison_base`)."""
    return _BASE_BEFORE_PHRASE.search(text, max(0, start - 60), start) is not None


def comparison_base(text: str, start: int) -> bool:
    """A date that dates the base of a comparison ('mortgage approvals were £2bn, down from £2.6bn in January
    2004'): the time of the figure compared with, not the story's time, so no anchor for the dates after it."""
    return _BASE_BEFORE.search(text, max(0, start - 60), start) is not None


def after_preposition(text: str, start: int) -> bool:
    """Whether a preposition stands just before text[start:] ('in 2004', 'a quiet start to 2005')."""
    return _PREPOSITION_BEFORE.search(text, max(0, start - 16), start) is not None


def _is_attribute(text: str, start: int, end: int) -> bool:
    """A bare year before a noun, not after a preposition: 'the 2001 election', 'the 1988 Lockerbie crash'."""
    if not _NOUN_AFTER.match(text, end) or after_preposition(text, start):
        return False
    return _RESULTS.search(text, end, end + 16) is None  # '2004 net income' is the year the results are for


#: The start of a subordinate clause after a date: a future word after it is the reported act's, not the date's.
_SUBORDINATE = re.compile(word_search(["that", "which", "who", "when"], r"\w", ignore_case=True))


#: A past bound before a date: 'since May', 'levels not seen since March' (vocab: past_bound.before).
_PAST_BOUND_BEFORE = words_before(_V["past_bound"]["before"])


def past_bound(m: re.Match[str]) -> bool:
    """A year-less month, day or season after 'since' ('its fastest rate since May', 'since mid-September'),
    or in the clause 'since' opens ('since listing on the London Stock Exchange in June').

    Such a date is the latest one not after the present: 'since May' in February 2005 is May 2004,
    however near May 2005 is; the nearest, which suits 'in May', could put it ahead.
    """
    kind = m.lastgroup
    if kind == "ma":
        yearless = not (m["ma_y"] or m["ma_ry"] or m["ma_rel"] or m["ma_m2"] or m["ma_part"])
    elif kind in ("mf", "df"):
        yearless = not (m[f"{kind}_y"] or m[f"{kind}_d2"])
    elif kind == "ss":
        yearless = not (m["ss_y"] or m["ss_rel"])
    else:
        return False
    if not yearless:
        return False
    # 'since' binds its clause: 'since listing on the London Stock Exchange in June', 'since its launch in August'
    return since_before(m.string, m.start()) or in_since_clause(m.string, m.start())


def since_before(text: str, start: int) -> bool:
    """A past bound's word right before the date at ``start`` (:data:`_PAST_BOUND_BEFORE`: 'since May', 'the best
    quarterly showing since early 2002'): the start of a state or a record, no period the story reports."""
    return _PAST_BOUND_BEFORE.search(text, max(0, start - 24), start) is not None
