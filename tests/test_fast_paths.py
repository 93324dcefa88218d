"""The shortcuts taken for speed find exactly what the plain way finds (sentences and texts we write)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.extraction import dates

#: Pieces of text around the word lists' words and phrases, marks and line breaks included.
PIECES = [
    "will", "Will", "set", "to", "set to", "set\nto", "going", "expected", "profit", "profits", "next year",
    "next\nyear", "is due to", "due", "'", "’", "x", "a", " ", "  ", "\n", ".", ". ", "!", "?", ")", ";",
    "and", "2004", "K", "\u212a",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.data())
def test_lazy_word_marks_answer_like_a_scan_of_the_whole_text(pieces: list[str], data: st.DataObject) -> None:
    """LazyMarks scans only the regions asked about; every answer is the whole-text scan's."""
    text = "".join(pieces)
    sentences = dates.Marks(dates._SENTENCE_END, text)
    cuts = dates.safe_cuts(text, sentences)
    for pattern in (dates._FUTURE, dates._AHEAD, dates._RESULTS, dates._NEXT_YEAR):
        whole = dates.Marks(pattern, text)
        lazy = dates.LazyMarks(pattern, text, cuts)
        for _ in range(10):
            start = data.draw(st.integers(0, len(text)))
            end = data.draw(st.integers(start, len(text)))
            assert lazy.any_in(start, end) == whole.any_in(start, end), (text, pattern.pattern[:40], start, end)


def test_word_lists_match_the_longest_phrase_first() -> None:
    """The prefix tree of a word list prefers the longer word, like an alternation sorted by length."""
    text = "The group hoped to grow; profits rose. It is due\nto report and expected to gain."
    assert [m[0] for m in dates._FUTURE.finditer(text)] == ["hoped to", "expected"]
    assert [m[0] for m in dates._AHEAD.finditer(text)] == ["is due\nto", "expected to"]
    assert [m[0] for m in dates._RESULTS.finditer(text)] == ["profits"]
