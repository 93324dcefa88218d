"""Figures about no one country: a group of countries the text does not name ('30 wealthy nations') or the whole
world ('8% globally')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..per_text import per_text
from ..places import Place
from ..words import phrase_classes, phrase_group, vocab_rows
from .clause import CLAUSE_BREAK


@lru_cache(maxsize=1)
def _group_re() -> re.Pattern[str]:
    """A count in digits or a qualifier of ``vocab/en/country_groups.tsv``, at most two lower-case words, then a
    noun of it ('30 wealthy nations', 'the world's richest countries', '43 developing countries'), the noun in
    lower case ('the United Nations' is an institution)."""
    return re.compile(
        r"(?<![\w\-])(?:\d[\d,]*|(?i:" + phrase_group("country_groups.tsv", "qualifier") + r"))"
        r"(?:[^\S\n]+[a-z][\w\-]*){0,2}?[^\S\n]+" + phrase_group("country_groups.tsv", "noun") + r"(?![\w\-])"
    )


def unnamed_group(text: str, sent: tuple[int, int], places: Sequence[Place]) -> bool:
    """True when the sentence names a group of countries (:func:`_group_re`) with no place beside it ('the 30
    member countries of the OECD', 'the EU's 25 nations' name a bloc): a figure of the sentence that names no
    place of its own is about that group, which has no code."""
    return any(
        not any(start - 8 <= p.end and p.start < end + 12 for p in places) for start, end in _groups_in(text, sent)
    )


@per_text
def _groups_in(text: str, sent: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The spans of the sentence's groups of countries that no scope or comparison word governs (:func:`_group_re`,
    :func:`_scope_before`), found once per sentence: asked per figure, a run-on sentence's scan was quadratic."""
    return tuple(
        (m.start(), m.end())
        for m in _group_re().finditer(text, sent[0], sent[1])
        if not _scope_before().search(text, max(sent[0], m.start() - 60), m.start())
    )


@lru_cache(maxsize=1)
def _scope_before() -> re.Pattern[str]:
    """Right before a group of countries, a word of ``vocab/en/country_groups.tsv`` of class scope and at most two
    words ('operates 41 factories in 28 countries': where a firm's activity spreads, its figure stays the firm's, as
    one 'worldwide' does, :func:`world_scope`), or of class compare and at most three words ('the fastest among
    developing countries', 'one of the fastest growing emerging economies': a set the figure's country is
    compared with or belongs to); no comma between."""

    def alternatives(cls: str, most: int) -> str:
        words = "|".join(map(re.escape, phrase_classes("country_groups.tsv")[cls]))  # 'one of': one space, as written
        return r"(?:" + words + r")(?:[^\S\n]+[^\s,;:]+){0," + str(most) + "}?"

    return re.compile(
        r"(?<![\w\-])(?:" + alternatives("scope", 2) + "|" + alternatives("compare", 3) + r")[^\S\n]+\Z",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _world_scope_re() -> re.Pattern[str]:
    """After a figure, at most four words (no figure among them) in its clause, then a phrase of
    ``vocab/en/world_scope.tsv`` ('8% globally', '150 generic drugmakers worldwide', '90% of large companies
    around the world')."""
    phrases = sorted((row[0].strip() for row in vocab_rows("world_scope.tsv")), key=len, reverse=True)
    return re.compile(
        r"(?:[^\S\n]+[^\W\d][\w'’\-]*){0,4}?[^\S\n]+(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w\-])",
        re.IGNORECASE,
    )


def world_scope(text: str, sent: tuple[int, int], fig: tuple[int, int]) -> bool:
    """True when a world-scope phrase (:func:`_world_scope_re`) follows the figure closely in its clause: the
    figure is about the whole world."""
    stop = CLAUSE_BREAK.search(text, fig[1], sent[1])
    return _world_scope_re().match(text, fig[1], stop.start() if stop else sent[1]) is not None
