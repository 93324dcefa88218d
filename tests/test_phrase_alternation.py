"""phrase_alternation: the one builder of the literal-phrase alternations of the date and semantic stages."""

from __future__ import annotations

import re

from newsfigures.extraction.patterns import phrase_alternation

WITHIN_LINE = r"[ \t\u00a0]+"


def test_a_space_matches_what_the_caller_says() -> None:
    """Across lines with ``\\s+``, within a line with blanks only, a few blanks with a bounded run."""
    across = re.compile(phrase_alternation(["set to enter"], r"\s+"))
    assert across.fullmatch("set  to\nenter")
    within = re.compile(phrase_alternation(["set to enter"], WITHIN_LINE))
    assert within.fullmatch("set\u00a0to\tenter")
    assert not within.fullmatch("set to\nenter")
    few = re.compile(phrase_alternation(["set to enter"], r"[ \t\u00a0]{1,3}"))
    assert few.fullmatch("set   to enter")
    assert not few.fullmatch("set    to enter")


def test_the_longest_phrase_wins_unless_the_order_is_kept() -> None:
    """At one position the longer of two phrases sharing a start is tried first; ``longest_first=False`` keeps
    the caller's order (an alternation is tried left to right)."""
    phrases = ["at the end", "at the end of"]
    text = "at the end of March"
    longest = re.match(phrase_alternation(phrases, r"\s+"), text)
    assert longest is not None and longest.group() == "at the end of"
    kept = re.match(phrase_alternation(phrases, r"\s+", longest_first=False), text)
    assert kept is not None and kept.group() == "at the end"


def test_a_phrase_is_literal() -> None:
    """Marks of a phrase are escaped: 'U.S.' is not 'UKS', '(plc)' is its brackets."""
    pattern = re.compile(phrase_alternation(["U.S. firms", "(plc)"], WITHIN_LINE))
    assert pattern.fullmatch("U.S. firms") and pattern.fullmatch("(plc)")
    assert not pattern.fullmatch("UKS. firms") and not pattern.fullmatch("plc")


def test_a_run_of_white_space_in_a_phrase_is_one_space() -> None:
    """A doubled space or a tab in a vocabulary row is one space of the phrase (as the period vocabulary's
    within-line alternation always read it): 'set  to' matches 'set to', not only two blanks or more."""
    pattern = re.compile(phrase_alternation(["set  to\tenter"], WITHIN_LINE))
    assert pattern.fullmatch("set to enter")
    assert pattern.fullmatch("set\u00a0to  enter")
