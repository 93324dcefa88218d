"""The measure rules' English words: ``vocab/en/measure.toml`` (prepositions, particles and nouns the rules read by
their spelling), loaded once at import, and the word lists the rules share with other stages (``speech.tsv``,
``spend.tsv``, ``sale.tsv``, ``value.tsv``, ``compared.tsv``, the extractor's hedges and plurals), read once on
first use. Word classes (``vocab/en/words.tsv``) and punctuation are read where the rules use them."""

from __future__ import annotations

from functools import cache

from ...extraction.lexicon import load
from ...extraction.lexicon import words as vocab_words
from ...extraction.numbers import SMALL, TENS
from ..words import vocab_rows, vocab_table, word_classes, word_list

_W = vocab_table("measure.toml")


def _words(name: str) -> frozenset[str]:
    """The words of one named list of ``measure.toml`` (see its comment there for what the list is for)."""
    return frozenset(_W[name])


#: The word classes of a verb of change or level ('rose', 'stood'), whose subject a figure after them measures.
CHANGE_OR_LEVEL = frozenset({"change", "level"})

PP_EXTEND = _words("pp_extend")
LEFT_PP = _words("left_pp")
LEFT_PP_OUTER = _words("left_pp_outer")
OF_HEADS = _words("of_heads")
#: Two-word prepositions read leftwards, as (first word, second word): ('out', 'of').
LEFT_PP_PAIRS = frozenset(tuple(p.split()) for p in _W["left_pp_pairs"])
SESSIONS = _words("sessions")
PASSIVE_BE = _words("passive_be")
MOVE_ENDS = _words("move_ends")
MOVE_PREPS = _words("move_preps")
BOUND_PREPS = _words("bound_preps")
UP_DOWN = _words("up_down")
#: Words and marks that open a clause before a share that is its subject ('..., while 41% were optimistic').
CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "("}) | _words("clause_openers")
WHERE = _words("where")
ANAPHOR_HEADS = _words("anaphor_heads")
ANAPHOR_DETERMINERS = _words("anaphor_determiners")
#: Marks and words between the items of a list of figures ('1.5% in Germany, 2.2% in France; 3% in Spain and ...').
LIST_MARKS = frozenset({",", ";"}) | _words("list_words")
TO_FIGURE = _words("to_figure")
TRADING = _words("trading")
OPENING_PREPS = _words("opening_preps")
ARTICLES = _words("articles")
CHANGE_PREPS = _words("change_preps")
PAYING_PARTICLES = _words("paying_particles")
PARTY_PREPS = _words("party_preps")
RELATIVES = _words("relatives")
TAKEN_PREPS = _words("taken_preps")
AFTER_PREPS = _words("after_preps")
OBJECT_PREPS = _words("object_preps")
COORDINATORS = _words("coordinators")
HOLDER_PREPS = _words("holder_preps")
SPEAKER_PRONOUNS = _words("speaker_pronouns")
ASIDE_WORDS = _words("aside_words")
VERB_PARTICLES = _words("verb_particles")
LEAD_VERBS = _words("lead_verbs")
#: The states a level is kept in before 'at', each as its words ('on hold' -> ('on', 'hold')).
HELD_STATES = tuple(tuple(w.split()) for w in _words("held_states"))
HELD_AGAIN = _words("held_again")
HELD_VERBS = _words("held_verbs")
#: Cardinal numbers in words ('two', 'twelve', 'forty'): a count left unread right before a figure, the number
#: of moves of that size ('three quarter-point rate rises'), determines the phrase the figure modifies.
CARDINAL_WORDS = frozenset(SMALL) | frozenset(TENS)


@cache
def time_words() -> frozenset[str]:
    """The words of time (class ``time``: months, days, 'year', 'quarter'), whose possessive is a date's."""
    return frozenset(w for w, classes in word_classes().items() if "time" in classes)


@cache
def bound_phrases() -> tuple[tuple[str, ...], ...]:
    """The extractor's multi-word hedges before a figure ('in excess of', 'at least', 'close to', 'as
    much as'), as lower-case word tuples, longest first; from ``extraction/vocab/en/hedges.toml``. Read
    as words of the sentence, their nouns ('excess', 'region') would be taken for what the figure
    measures and their last word ('least') would hide the verb before them ('raise at least $5m from');
    those holding a verb of change or level ('fell short of', 'capped at') are left to the verb rules."""
    classes = word_classes()
    phrases = {tuple(k.lower().split()) for k in load("hedges")["before"]}
    kept = (p for p in phrases if len(p) > 1 and not any(classes.get(w, frozenset()) & CHANGE_OR_LEVEL for w in p))
    return tuple(sorted(kept, key=len, reverse=True))


@cache
def bound_phrases_ending() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`bound_phrases` by their last word, longest first: a figure's left edge tries only the phrases
    that can end at the word before it, not every phrase at every position (run once per figure)."""
    ending: dict[str, list[tuple[str, ...]]] = {}
    for phrase in bound_phrases():
        ending.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(phrases) for last, phrases in ending.items()}


def speech_verbs() -> frozenset[str]:
    """Verbs that report what people said or felt ('said', 'reported', 'felt'), lower case, from
    ``vocab/en/speech.tsv``: after a share of respondents the predicate they introduce is measured."""
    return word_list("speech.tsv")


@cache
def spend_verbs() -> dict[str, tuple[str, ...]]:
    """Verb of paying, spending or raising (lower case) -> the prepositions, in the order tried, whose
    phrase after the money names what it pays for; from ``vocab/en/spend.tsv``."""
    return {row[0].strip().lower(): tuple(row[1].split()) for row in vocab_rows("spend.tsv")}


def sale_verbs() -> frozenset[str]:
    """Verbs of buying and selling (lower case), from ``vocab/en/sale.tsv``: money 'for' after their
    object is the price of that object."""
    return word_list("sale.tsv")


def value_verbs() -> frozenset[str]:
    """Verbs of valuation (lower case), from ``vocab/en/value.tsv``: money 'at' after their object is the
    object's value."""
    return word_list("value.tsv")


@cache
def irregular_plurals() -> frozenset[str]:
    """Irregular plurals that head a counted noun phrase ('people', 'staff', 'children'), lower case."""
    return vocab_words("context", "plurals")


@cache
def compared_pairs() -> frozenset[tuple[str, str]]:
    """Word pairs that set the figure after them against one before them ('compared with', 'up from'), from
    ``vocab/en/compared.tsv``."""
    return frozenset((row[0].strip().lower(), row[1].strip().lower()) for row in vocab_rows("compared.tsv"))
