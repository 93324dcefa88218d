"""Where news is told or an event held: a place that is the setting of a story, not what its figures are about.

A forum's venue ('the World Economic Forum in the Swiss resort of Davos') and a news medium's country ('he told
France's LCI Television', 'Russian news agencies reported') say where something was said or gathered, not the
economy, the place of the activity or the home of a firm that the BBC gold's subject is (its README). The words
are data (``vocab/en/settings.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...extraction.patterns import phrase_alternation
from ..per_text import per_text
from ..words import phrase_classes, phrase_group, word_classes, word_list
from .firms import is_firm_noun

_S = r"[^\S\n]+"
#: After a country named after its town ('in Davos, Switzerland'): the venue ends there ('At a meeting in London, G7
#: finance ministers' names no venue in G7).
_VENUE_END = re.compile(r"[,.;:)]")
#: Before a place, a capitalised word that is no sentence's first: the place is a word of a medium's name ('the Bisnis
#: Indonesia newspaper', 'Agence France Presse'), which names the paper, not where it is.
_IN_NAME = re.compile(r"(?<![.!?\"“])[^\S\n]+[A-Z][\w\-]*[^\S\n]+\Z")
#: After a medium and a conjunction: the conjunct (one lower-case word: 'TV and radio') and the word after it, if any,
#: as group 1 ('radio reported', 'phone sales').
_CONJUNCT = re.compile(r"[^\S\n]+[a-z][\w\-]*(?:[^\S\n]+([a-z][\w\-]*))?")
#: Word classes of ``vocab/en/words.tsv`` that may follow a medium ('French media that', 'Russian TV on Monday').
_GRAMMAR = frozenset({"det", "prep", "conj", "rel", "pron", "aux", "particle"})


def _alternatives(words: Sequence[str]) -> str:
    """A regex alternative of ``words``, the longest first, each space any run of blanks."""
    return "(?:" + phrase_alternation(words, _S) + ")"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Read before a place: an event word, an audience, or a medium told the news (a word of class 'tell' and at
    most two words before it: 'told the French media in Paris'; a medium alone before 'in' is a market: 'spending on
    television in the US'), then 'in' or 'at' and the venue's first words (at most three words between the event
    word and the preposition: names, 'held', 'this', 'annual'..., then 'of' and up to three words: 'a meeting of G7
    finance ministers in'; 'the' and a town and its comma may open the venue: 'in Davos, Switzerland', the country
    then ending the venue: :data:`_VENUE_END`; not 'meeting demand in'). Read after it: a possessive, up to three
    capitalised names, up to two modifiers and a medium ('France's LCI Television', 'Chinese state press'), as group
    1 the medium."""
    by = phrase_classes("settings.tsv")
    gap = (
        r"(?:" + _S + r"(?:" + "|".join(map(re.escape, by["gap"])) + r"|[A-Z][\w'’\-]*)){0,3}?"
        r"(?:" + _S + r"of(?:" + _S + r"[^\W\d][\w'’\-]*){1,3}?)?"
    )
    before = re.compile(
        r"(?<![\w\-])(?i:"
        + _alternatives(by["event"] + by["audience"])
        + r"|"
        + _alternatives(by["tell"])
        + r"(?:"
        + _S
        + r"[\w'’\-]+){0,2}?"
        + _S
        + _alternatives(by["media"])
        + r")"
        + gap
        + _S
        + r"(?:in|at)"
        + _S
        + r"(?:the"
        + _S
        + r")?(?P<town>[A-Z][\w\-]*(?:"
        + _S
        + r"[A-Z][\w\-]*)?,"
        + _S
        + r")?\Z"
    )
    after = re.compile(
        r"(?:['’]s)?(?:"
        + _S
        + r"[A-Z][\w&.\-]*){0,3}?(?:"
        + _S
        + r"(?i:"
        + _alternatives(by["medium_mod"])
        + r")){0,2}"
        r"" + _S + r"((?i:" + _alternatives(by["media"]) + r"))(?![\w\-])(?:" + _S + r"([a-z][\w\-]*))?"
    )
    return before, after


@cache
def _conflict_before() -> re.Pattern[str]:
    """Read before a place: a word of class 'conflict' of ``vocab/en/settings.tsv`` ('wars', 'uprising', 'exile'),
    'in', 'of' or 'against', 'the' at most, and at most one name and 'and' or 'or' before the place (the second of
    two: 'the wars in Iraq and Afghanistan')."""
    nouns = phrase_group("settings.tsv", "conflict")
    name = r"[A-Z][\w\-]*(?:" + _S + r"[A-Z][\w\-]*)?"
    return re.compile(
        r"(?<![\w\-])(?i:" + nouns + r")" + _S + r"(?:in|of|against)" + _S + r"(?:the" + _S + r")?"
        r"(?:" + name + r",?" + _S + r"(?:and|or)" + _S + r"(?:the" + _S + r")?)?\Z"
    )


#: The last word before a place that a conflict's words may end with (:func:`_conflict_before`): the cheap test.
_CONFLICT_LAST = frozenset({"in", "of", "against", "the", "and", "or"})


@per_text  # asked of the same place by each later sentence's context search
def conflict_at(text: str, at: int) -> bool:
    """True for the place at ``text[at:]`` when a war, unrest or an exile is where it names ('the war in Iraq', 'the
    uprising against Israeli occupation', 'exile in Israel'): a cause or an aside of the story (README of the BBC
    gold: the subject is the economy of a macro figure, the place of the activity or a firm's home): no place a later
    sentence is about, nor the subject of a figure outside its clause ('The budget leaves out military operations in
    Iraq, for which it seeks $80bn'); a figure of the conflict's own clause keeps it ('10,000 people died in the war
    in Iraq')."""
    head = text[max(0, at - 12) : at].split()
    if not head or head[-1].lower() not in _CONFLICT_LAST:  # the cheap test first
        return False
    m = _conflict_before().search(text, max(0, at - 80), at)
    if m is None:
        return False
    before = text[max(0, m.start() - 20) : m.start()].split()
    # 'a price war in the UK', 'the bidding war in Italy' (class 'rivalry' of ``vocab/en/settings.tsv``): a market's
    # rivalry, whose place is where the activity is
    return not before or before[-1].lower() not in word_list("settings.tsv", "rivalry")


@cache
def _speech() -> frozenset[str]:
    """The verbs of report of ``vocab/en/speech.tsv`` ('reported', 'said')."""
    return word_list("speech.tsv")


def _after_preposition(text: str, at: int) -> bool:
    """True when the words right before ``at`` may end a venue's opening: 'in' or 'at', 'the' after one of them, or a
    town and its comma ('in Davos, '). A cheap test on the few characters before the place, made before the venue's
    pattern (:func:`_patterns`), which searches back from each position of its window."""
    head = text[max(0, at - 12) : at].rstrip()
    if head.endswith(","):
        return True
    if head.endswith("the"):
        head = head[:-3].rstrip()
    return head[-3:].lower() in (" in", " at", "\nin", "\nat") or head.lower() in ("in", "at")


@per_text
def setting_at(text: str, at: int, end: int) -> bool:
    """True for the place at ``text[at:end]`` when it is a venue (an event word or an audience, then 'in' or 'at',
    before it) or a news medium's country (a medium after it, which no lower-case word follows but a verb of report
    or a grammatical word, ``vocab/en/words.tsv``'s :data:`_GRAMMAR`: not 'Korean TV sales'; not a word of the
    medium's name, :data:`_IN_NAME`): the setting of the news, no subject of its figures."""
    before, after = _patterns()
    if _after_preposition(text, at):  # the cheap test first: most places follow no 'in' or 'at'
        venue = before.search(text, max(0, at - 80), at)
        if venue is not None and (venue.group("town") is None or _VENUE_END.match(text, end) is not None):
            return True
    m = after.match(text, end)
    if m is None or _IN_NAME.search(text, max(0, at - 40), at) is not None:
        return False
    word = m.group(2)
    if word is not None and "conj" in word_classes().get(word, frozenset()):
        # 'Korean TV and phone sales' is a product's, 'Russian TV and radio reported' a medium's: the word after the
        # medium's conjunct decides
        conjunct = _CONJUNCT.match(text, m.end())
        if conjunct is None:
            return False
        word = conjunct.group(1)
    if word is None:
        return True
    return not is_firm_noun(word) and (word in _speech() or bool(word_classes().get(word, frozenset()) & _GRAMMAR))
