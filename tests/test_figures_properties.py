"""Properties of the quantity extractor on arbitrary and adversarial text.

No timings are asserted; the adversarial inputs are sized so that a super-linear (backtracking)
scan would not finish in any sensible test run, while a linear one takes well under a second.
"""

import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.extraction.figures import extract_figures
from newsfigures.extraction.mentions import CHANGES, KINDS, QUALIFIERS
from newsfigures.extraction.merge import extract
from newsfigures.extraction.numbers import Numeral, scan
from newsfigures.package.validate import uncovered

# Text that often looks like news numerals: digits, separators, currency signs, units and number words.
NEWSY = st.lists(
    st.sampled_from(
        [
            "1", "25", "1,500", "8.6", ".5", "$", "\\$", "£", "€", "US$", "HK $", "bn", "m", "million", " ", "-",
            "–", "%", "per cent", " to ", " and ", "between ", "from ", "around ", "more than ", "rose ", "fell ",
            "barrels a day", "a barrel", "mph", "kg", "years", "-year-old", "one", "two", "twenty-five", "half",
            "a third", "two-thirds", "twice", "dozens of", "(", ")", ";", ",", ".", "10:30", "GMT", "Feb.", "2020",
            "https://x.org/1", "](#)", "A380", "Covid-19", "22nd", "or so", "cents", "p", "\n", "×10−3", "1/2",
        ]
    ),
    max_size=40,
).map("".join)  # fmt: skip


def check(text: str) -> None:
    """Every invariant of one extraction."""
    figures, exclusions = extract_figures(text)
    for f in figures:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.quote
        assert math.isfinite(f.value)
        assert f.value_to is None or math.isfinite(f.value_to)
        assert f.kind in KINDS and f.qualifier in QUALIFIERS and f.change in CHANGES
        assert f.unit
        assert f.equivalent_of is None or 0 <= f.equivalent_of < len(figures)
    for x in exclusions:
        assert text[x.start : x.end] == x.quote
        assert x.reason and x.reason != "unrecognized"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_unicode(text):
    check(text)


@settings(max_examples=500, deadline=None)
@given(NEWSY)
def test_invariants_on_numeral_heavy_text(text):
    check(text)


@settings(max_examples=200, deadline=None)
@given(NEWSY)
def test_numerals_are_in_order_and_do_not_overlap(text):
    end = -1
    for n in scan(text):
        assert n.start >= end
        end = n.end
        if isinstance(n, Numeral):
            assert n.value.is_finite()


def test_a_million_digits_and_commas():
    text = ("1,234," * 170_000)[:1_000_000]
    check(text)


def test_a_million_digits_in_one_run():
    figures, exclusions = extract_figures("9" * 1_000_000)
    assert figures == [] and [x.reason for x in exclusions] == ["identifier"]


def test_many_repetitions_of_a_range_opening():
    check("$1 to " * 100_000)


def test_many_repetitions_of_hedges_and_words():
    check("more than about nearly " * 50_000 + "5")
    check("one two three " * 20_000)
    check("twenty-" * 50_000)


def test_long_runs_of_separators_and_signs():
    check("-" * 200_000 + "5")
    check("$" * 200_000 + "5")
    check("1." * 200_000)
    check("a " * 200_000 + "million")


# Words of news numerals, joined by spaces or punctuation: phrases a reporter could have written.
PHRASE_WORDS = st.sampled_from(
    [
        "1", "25", "1,500", "8.6", "$", "£", "€", "US$", "bn", "m", "million", "-", "–", "%", "per cent", "to",
        "and", "between", "from", "around", "more than", "rose", "fell", "barrels a day", "a barrel", "mph", "kg",
        "years", "one", "two", "twenty-five", "half", "a third", "twice", "dozens of", "(", ")", "10:30", "GMT",
        "Feb.", "March", "2020", "1999", "in", "the", "sales", "people", "Q3", "week", "ago", "last", "the 1990s",
        "Covid-19", "A380", "7th", "FY2021", "on", "Monday", "mid-", "early", "'s", "of", "than", "some", "nearly",
        "about", "cents",
    ]
)  # fmt: skip
PHRASES = st.lists(st.tuples(PHRASE_WORDS, st.sampled_from([" ", " ", ", ", ". "])), max_size=14).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(PHRASES, st.sampled_from([None, dt.date(2021, 3, 1)]))
def test_every_numeral_of_a_phrase_lands_in_a_figure_a_date_or_an_exclusion(text, published):
    """The coverage check can only pass on a new article if extraction accounts for every numeral."""
    found = extract(text, published)
    spans = [(m.start, m.end) for m in [*found.figures, *found.dates, *found.exclusions]]
    assert uncovered(text, spans) == []
