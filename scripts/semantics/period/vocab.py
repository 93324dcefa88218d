"""The period rules' words (``vocab/en/period.toml`` and the date extractor's lists), loaded once, and the word
patterns every rule reads."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...extraction.dates import load_vocabulary
from ...extraction.patterns import phrase_alternation, word_trie
from ..words import vocab_rows, vocab_table

INHERITABLE = frozenset({"month", "quarter", "half", "year", "interval", "week"})
#: Words before a date within which a base word makes it a base of comparison ('compared with a loss of $793m a year ago').
BASE_WINDOW = 8

_W = vocab_table("period.toml")
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
#: The verbs of a relative clause in the present that holds a figure (:func:`tense.present_relative`).
RELATIVE_PRESENT = STATIVE | frozenset(_W["relative_present_verbs"])
RELATIVE_PREPOSITIONS = frozenset(_W["relative_prepositions"])
RELATIVE_SUBJECT_WORDS = int(_W["RELATIVE_SUBJECT_WORDS"])
HELD_LEVEL_WORDS = int(_W["HELD_LEVEL_WORDS"])
PRESENT = frozenset(_W["present"])
PERIOD_NOUNS = frozenset(_W["period_nouns"])
STORY_RESULTS = frozenset(_W["story_results"])
STORY_CHANGES = frozenset(_W["story_changes"])
ANNUAL_RESULTS = frozenset(_W["annual_results"])
PRESENT_VERBS = frozenset(_W["present_verbs"])
PRESENT_BEFORE = frozenset(_W["present_before"])
#: Words opening a clause about something else than the figure ('which', 'that', 'having').
OTHER_CLAUSE_OPENERS = frozenset(_W["other_clause_openers"])
_WORD = re.compile(r"[A-Za-z]+")
#: A verb in the past: a word in -ed or an irregular past ('rose', 'was'), in any case. The irregular pasts are
#: one prefix tree (:func:`word_trie`), not an alternation of some fifty words tried one by one at each word
#: start: the same words match (each is a whole run of letters), at about 0.6 of the cost of a search.
_PAST = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]{2,}ed|" + word_trie(_W["past"]) + r")(?![A-Za-z])", re.IGNORECASE)
#: The date extractor's word lists (vocab/en/dates.toml), read once.
_DATES_VOCAB = load_vocabulary()


def _phrase_alternatives(words: Sequence[str]) -> str:
    """A regex alternation of whole phrases (longest first), a space matching any run of white space."""
    return phrase_alternation(words, r"\s+")


def _spaced_alternatives(words: Sequence[str]) -> str:
    """A regex alternation of whole phrases (longest first), a space matching a run of spaces, tabs or no-break
    spaces within a line (not a line break, as :func:`_phrase_alternatives`' does)."""
    return phrase_alternation(words, r"[ \t\u00a0]+")


#: The irregular participles (``participles``: 'risen', 'grown', 'been'), as one alternation built once for
#: the perfects below (:data:`_PRESENT_PERFECT`, :data:`_PAST_PERFECT`, :data:`_PERFECT`).
_PARTICIPLE = _phrase_alternatives(sorted(PARTICIPLES))
_YEAR_VALUE = re.compile(r"[0-9]{4}\Z")


_DIGIT = re.compile(r"[0-9]")
#: A word, hyphenated words whole ('with-profits investors' names no profit).
_RESULT_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
