"""Helpers of the semantic-stage tests: read a text and look a figure's semantics up by its quote."""

from __future__ import annotations

import datetime as dt

from newsfigures.extraction.merge import extract
from newsfigures.semantics.pipeline import Semantics, read_semantics
from newsfigures.semantics.places import code_of


def semantics_of(text: str, quote: str, published: dt.date | None = None) -> Semantics:
    """The semantics of the figure quoted ``quote`` (the first one) in ``text``."""
    found = extract(text, published)
    for f, s in zip(found.figures, read_semantics(text, found), strict=True):
        if f.quote == quote:
            return s
    raise AssertionError(f"no figure {quote!r} in {[f.quote for f in found.figures]}")


def measure_of(text: str, quote: str) -> str | None:
    """The measure phrase of a figure, read back from the text at its offsets."""
    s = semantics_of(text, quote)
    return text[s.measure[0] : s.measure[1]] if s.measure else None


def subject_of(text: str, quote: str) -> str | None:
    """The subject code of the figure ``quote``, after checking that its evidence names that code."""
    s = semantics_of(text, quote).subject
    if s is None:
        return None
    assert code_of(text[s.start : s.end]) == s.code, text[s.start : s.end]
    return s.code


def subject_evidence(text: str, quote: str) -> tuple[str | None, str]:
    """The subject code of the figure ``quote`` and the words its evidence spans ((None, '') when it has none)."""
    s = semantics_of(text, quote).subject
    return (None, "") if s is None else (s.code, text[s.start : s.end])


def period_of(text: str, quote: str) -> str | None:
    """The period value of the figure quoted ``quote`` (None when it has none); no dateline."""
    got = semantics_of(text, quote, None).period
    return got.value if got else None


def linked_quote(text: str, quote: str) -> str:
    """The quote of the date expression the figure's period is linked to."""
    got = semantics_of(text, quote, None).period
    assert got is not None and got.date is not None
    return extract(text, None).dates[got.date].quote
