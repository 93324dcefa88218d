"""The coverage check's numeral scanner: every digit run and cardinal number word."""

from newsfigures.extraction.mentions import numerals
from newsfigures.package.validate import uncovered


def quotes(text: str) -> list[str]:
    return [text[s:e] for s, e in numerals(text)]


def test_digits_and_number_words_are_found():
    text = "Some 1,500 people and two dozen firms paid half of the 3.5 million bill; hundreds left."
    assert quotes(text) == ["1", "500", "two", "dozen", "half", "3", "5", "million", "hundreds"]


def test_number_words_inside_other_words_are_not_numerals():
    assert quotes("Someone often tends to be tenacious; the tone is wonderful.") == []


def test_uncovered_lists_what_no_span_holds():
    text = "It cost $5 on 3 May."
    s5 = text.index("$5")
    assert [text[s:e] for s, e in uncovered(text, [(s5, s5 + 2)])] == ["3"]
    assert uncovered(text, [(0, len(text))]) == []
