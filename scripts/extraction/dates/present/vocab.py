"""The pattern pieces the present's rules share: phrases of the dates vocabulary (``present`` in
``vocab/en/dates.toml``) as alternations whose spaces are one to three blanks, and the pluperfect ('had risen'),
which tells a time before the one the story tells of."""

from __future__ import annotations

import re

from ...patterns import phrase_alternation

_BLANK = r"[ \t\u00a0]{1,3}"


def _blank_phrases(phrases: list[str]) -> str:
    """An alternation of literal ``phrases``, each space one to three blanks (no newline): 'as a whole'."""
    return phrase_alternation(phrases, _BLANK, longest_first=False)


#: A pluperfect ('had risen', 'had already grown'): what it tells is before the time the story tells of.
_PLUPERFECT = re.compile(
    r"(?<!\w)had[ \t\u00a0]{1,3}(?:\w+ly[ \t\u00a0]{1,3})?\w+(?:ed|en|wn|un|ung|ought)(?!\w)", re.IGNORECASE
)
