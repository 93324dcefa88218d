"""A figure's clause and the words right before a place: the local reading the subject rules share.

:func:`figure_clause` bounds the stretch of a sentence around a figure (no comma, semicolon or dash); the other
functions read the word before a place (determiners skipped): a preposition of exchange (:func:`introduced`) or of a
partner (:func:`partner_at`).
"""

from __future__ import annotations

import re

from ..places import Place
from ..words import word_classes
from .firms import deal_nouns

LETTERS = re.compile(r"[A-Za-z]+")
#: What ends a clause (:func:`figure_clause`): a comma, a semicolon or a dash.
CLAUSE_BREAK = re.compile("[,;—–]")


def introduced(text: str, sent: tuple[int, int], p: Place) -> bool:
    """True when a preposition of exchange ('to', 'from', 'in the') introduces the place."""
    prev = _words_before(text, max(sent[0], p.at[0] - 30), p.at[0])
    return bool(prev) and "exchange" in word_classes().get(prev[-1], ())


def figure_clause(text: str, sent: tuple[int, int], fig: tuple[int, int]) -> tuple[int, int]:
    """The stretch of the sentence around the figure with no comma, semicolon or dash."""
    a, b = sent[0], fig[0]
    start = max(text.rfind(",", a, b), text.rfind(";", a, b), text.rfind("—", a, b), text.rfind("–", a, b))
    stop = CLAUSE_BREAK.search(text, fig[1], sent[1])
    return (max(start + 1, sent[0]), stop.start() if stop else sent[1])


def partner_at(text: str, at: int) -> bool:
    """True when a preposition of a partner ('with', 'to', 'from') introduces the place, or 'of'/'in'
    after a deal noun (``vocab/en/deals.tsv``: 'acquisition of US firm ISG', 'a stake in Italian bank
    BNL'): in a measure it names the counterpart (a trade partner, what is bought), not the subject.
    ``at``: where the place's words start (for a firm named with its home, 'US firm ISG', its home's)."""
    prev = _words_before(text, max(0, at - 40), at)
    if not prev:
        return False
    if "partner" in word_classes().get(prev[-1], ()):
        return True
    return len(prev) > 1 and prev[-1] in ("of", "in") and prev[-2] in deal_nouns()


def prev_word(text: str, p: Place) -> str:
    """The word before a place, determiners skipped."""
    prev = _words_before(text, max(0, p.at[0] - 30), p.at[0])
    return prev[-1] if prev else ""


def _words_before(text: str, start: int, at: int) -> list[str]:
    """The lower-case words of ``text[start:at]``, the determiners at its end left out: what comes
    right before a place ('to', 'from the', 'acquisition of')."""
    prev = [w.lower() for w in LETTERS.findall(text, start, at)]
    while prev and "det" in word_classes().get(prev[-1], ()):
        prev.pop()
    return prev
