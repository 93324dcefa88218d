"""Where a sentence and a clause begin and end, what a bracket holds, and whether a clause forecasts: the measures
the other rules read."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...extraction.dates import CLAUSE_END, words_re
from ..per_text import per_text
from .vocab import _DATES_VOCAB, _W, _WORD, _phrase_alternatives

#: The words that make a sentence a forecast or a plan (the date rules' list: 'will', 'forecasts', 'set to'),
#: all of them: without the date rules' exception for 'would have'.
_FORECAST = words_re(_DATES_VOCAB["present"]["future"])


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


#: What ends a clause between a figure and a date: a comma, a semicolon, a colon or a conjunction (case-sensitive;
#: why its words are not :data:`_NEW_CLAUSE`'s: see ``own_date._COORDINATED``).
_CLAUSE_MARK = re.compile(r"[,;:]|\s(?:and|but|while|whereas|although)\s")


#: The opening quotes and spaces before a sentence's first word.
_LEAD = re.compile(r"[\"'“‘ \t\u00a0]*")


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


@per_text
def _says_forecast(text: str, start: int, end: int) -> bool:
    """Whether a word of a forecast or plan (:data:`_FORECAST`) is in ``text[start:end]``; asked once per
    sentence however many figures it has (the words are many and the search reads all of it)."""
    return _forecast_in(text, start, end)


#: How far before a date (characters) :func:`_sentence_start` looks for the start of its sentence.
SENTENCE_REACH = 400


def _sentence_end(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding offset ``at`` ends: the start and the end of its final mark, or the text's end,
    not more than :data:`SENTENCE_REACH` after ``at`` (as :func:`_sentence_start` looks back): a run-on text of many
    dates is not read to its end once for every date."""
    reach = min(len(text), at + SENTENCE_REACH)
    m = _SENTENCE_END.search(text, at, reach)
    return m.span() if m else (reach, reach)


def _sentence_start(text: str, start: int, at: int) -> int:
    """Where the sentence holding offset ``at`` begins, not before ``start`` (nor more than 400 characters
    before ``at``): the words a date's base word is looked for among ('compared with a loss of 10.8bn
    kronor in 2003')."""
    cut = max(start, at - SENTENCE_REACH)
    for m in _SENTENCE_END.finditer(text, cut, at):
        cut = m.end()
    return cut


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding offset ``at`` begins, not before ``start`` (after the last comma, semicolon
    or sentence end)."""
    cut = start
    for m in CLAUSE_END.finditer(text, start, at):
        cut = m.end()
    for m in _SENTENCE_END.finditer(text, cut, at):
        cut = m.end()
    return cut
