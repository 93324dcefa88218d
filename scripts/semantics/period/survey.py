"""A survey's figure: the time the text says the survey was conducted (period_method ``survey``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...extraction.dates import words_re
from ...extraction.mentions import DateMention
from .clauses import _clause_start, _sentence_end, _sentence_start
from .result import Period
from .vocab import _W, INHERITABLE, _phrase_alternatives

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
        end = _sentence_end(text, d.end)[0]
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
