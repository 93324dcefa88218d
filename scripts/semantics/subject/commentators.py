"""Where a quoted commentator works ('economist at Deutsche Bank', 'its Paris lawyer'): a place that is no subject."""

from __future__ import annotations

import re
from functools import lru_cache

from ..per_text import per_text
from ..places import Place
from ..words import vocab_rows, word_classes
from .firms import is_firm_noun
from .venues import setting_at


@lru_cache(maxsize=1)
def _commentators() -> tuple[dict[str, frozenset[str]], re.Pattern[str], re.Pattern[str]]:
    """The nouns of ``vocab/en/commentators.tsv`` with the prepositions that introduce where each works, and the
    patterns :func:`commentator_place` reads a place with: before it, such a noun, one preposition and at most five
    words (the noun and the preposition as groups 1 and 2, the words as group 3); after it, at most two titles (a
    word of the class 'title' or one in -al: 'senior', 'legal') and a 'workplace' noun ('its Paris lawyer')."""
    rows = [[cell.strip() for cell in row] for row in vocab_rows("commentators.tsv")]
    preps = {row[0]: frozenset(row[2].split()) for row in rows if row[1] in ("beat", "workplace")}
    titles = [row[0] for row in rows if row[1] == "title"]
    workplaces = [row[0] for row in rows if row[1] == "workplace"]

    def alternatives(words: list[str]) -> str:
        return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"

    prepositions = sorted(set().union(*preps.values()))
    # the first letters of the nouns first, a test the search makes at each position of its window before it tries
    # every noun there (the same matches: a noun opens with one of them)
    firsts = "[" + "".join(sorted({re.escape(noun[0]) for noun in preps})) + "]"
    nouns = alternatives(list(preps))
    before = re.compile(
        rf"(?={firsts})(?<![\w\-])({nouns})[^\S\n]+(" + alternatives(prepositions) + r")[^\S\n]+"
        r"((?:[\w&'’\-]+(?:\.[\w&'’\-]+)*[^\S\n]+){0,5})\Z",
        re.IGNORECASE,
    )
    title = "(?:" + alternatives(titles) + r"|[a-z\-]+al)"
    after = re.compile(r"(?:[^\S\n]+" + title + r"){0,2}[^\S\n]+" + alternatives(workplaces) + r"(?![\w\-])")
    return preps, before, after


def _workplace_words(words: str) -> bool:
    """True when the words between a commentator's preposition and a place can be the name of where they work
    ('Lehman Brothers in', 'the Commonwealth Bank of', 'brokers'): capitalised words, articles, prepositions,
    conjunctions (words.tsv's det, prep, conj, not a clause's opener: rel) and firm nouns; a verb or any other
    word ends the description ('Analysts at the bank forecast that France will grow 2%': France is no workplace)."""
    for w in words.split():
        if not w[:1].islower():
            continue
        classes = word_classes().get(w, frozenset())
        if not (classes & {"det", "prep", "conj"} and "rel" not in classes) and not is_firm_noun(w):
            return False
    return True


def commentator_place(text: str, p: Place) -> bool:
    """True for a place that says where a quoted commentator works ('said David Naude, economist at Deutsche Bank',
    'strategist with HSBC in London', 'According to its Paris lawyer'): the speaker's employer or town, not what
    the story's figures are about (README of the BBC gold: a country word inside a firm's name is not by itself the
    subject of a figure about something else). Not a client ('lawyers for Yukos'), a place a clause names after
    the workplace ('Analysts at the bank said France ...'), nor the economy an economist follows ('chief Turkish
    economist'): the nouns, their prepositions and which of them a place before names a workplace are
    ``vocab/en/commentators.tsv``'s."""
    # a firm's mention, not its home's words elsewhere ('economist at US bank Citigroup' once); likewise a venue or
    # a news medium's country ('the World Economic Forum in Davos, Switzerland', "told France's LCI Television")
    return _commentator_at(text, *p.at) or setting_at(text, *p.at)


@per_text
def _commentator_at(text: str, at: int, end: int) -> bool:
    """:func:`commentator_place` for the place at ``text[at:end]``, read once per text for the figures that ask
    about it."""
    preps, before, after = _commentators()
    m = before.search(text, max(0, at - 80), at)
    if m is not None and m.group(2).lower() in preps[m.group(1).lower()] and _workplace_words(m.group(3)):
        return True
    return after.match(text, end) is not None
