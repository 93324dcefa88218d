"""The shortcuts taken for speed find exactly what the plain way finds (sentences and texts we write)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures import sources
from newsfigures.extraction.dates import marks
from newsfigures.extraction.patterns import word_trie
from newsfigures.package import provenance, safe_io

#: Pieces of text around the word lists' words and phrases, marks and line breaks included.
PIECES = [
    "will", "Will", "set", "to", "set to", "set\nto", "going", "expected", "profit", "profits", "next year",
    "next\nyear", "is due to", "due", "'", "’", "x", "a", " ", "  ", "\n", ".", ". ", "!", "?", ")", ";",
    "and", "but", "while", ":", ";", "2004", "K", "\u212a",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.data())
def test_lazy_marks_answer_like_a_scan_of_the_whole_text(pieces: list[str], data: st.DataObject) -> None:
    """LazyMarks scans only the regions asked about; every answer is the whole-text scan's."""
    text = "".join(pieces)
    sentences = marks.Marks(marks._SENTENCE_END, text)
    cuts = marks.safe_cuts(text, sentences)
    for pattern in (marks._FUTURE, marks._AHEAD, marks._RESULTS, marks._NEXT_YEAR, marks.CLAUSE_END):
        whole = marks.Marks(pattern, text)
        lazy = marks.LazyMarks(pattern, text, cuts)
        for _ in range(10):
            start = data.draw(st.integers(0, len(text)))
            end = data.draw(st.integers(start, len(text)))
            where = (text, pattern.pattern[:40], start, end)
            assert lazy.any_in(start, end) == whole.any_in(start, end), where
            floor = data.draw(st.integers(0, start))
            assert lazy.last_end_before(start, floor) == max(floor, whole.last_end_before(start, 0)), where
            assert lazy.next_start_after(start, end) == min(end, whole.next_start_after(start, len(text))), where


def plain_words_re(words: list[str]) -> re.Pattern[str]:
    """A word list as first written: an alternation, longest word first."""
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{alternation})(?![\w])", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*PIECES, "Expected", "HOPES", "hoped", " to", "forecasts", "forecasting"]), max_size=30)
)
def test_word_list_tries_match_like_alternations(pieces: list[str]) -> None:
    """The prefix-tree form of each word list finds the spans the plain alternation finds."""
    text = "".join(pieces)
    for key, fast in (("future", marks._FUTURE), ("ahead", marks._AHEAD), ("results", marks._RESULTS)):
        plain = plain_words_re(marks._PRESENT[key])
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (key, text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*PIECES, "-", "loss", "losses", "budget", "budgetary", "with-profits", "sales"]), max_size=30
    )
)
def test_whole_text_word_lists_match_like_alternations(pieces: list[str]) -> None:
    """fiscal's tests of a story's kind (words_re with a hyphen ending a word on both sides) find the spans of
    their plain alternations: no hyphen, letter or digit on either side, an apostrophe allowed."""
    from newsfigures.extraction.dates import fiscal
    from newsfigures.extraction.dates.vocabulary import _V

    text = "".join(pieces)
    lists = [
        (fiscal._BUDGET_STORY, _V["budget_year"]["story_words"]),
        (fiscal._RESULTS, [*_V["present"]["results"], *_V["firm_year"]["also_results"]]),
    ]
    for fast, words in lists:
        alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        plain = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (words, text)


@pytest.mark.parametrize(
    ("text", "default", "whole"),
    [
        ("the group's loss-making units", ["loss"], []),
        ("bonuses for with-profits policyholders", ["profits"], []),
        ("'Profits will rise,' he said", [], ["Profits"]),
        ("Profits and losses rose.", ["Profits", "losses"], ["Profits", "losses"]),
    ],
)
def test_words_re_bounds_are_a_parameter(text: str, default: list[str], whole: list[str]) -> None:
    """words_re's default reads a word beside a hyphen but not after an apostrophe; with ``[\\w-]`` on both
    sides (fiscal's whole-text tests) the reverse."""
    words = ["profits", "loss", "losses"]
    assert [m[0] for m in marks.words_re(words).finditer(text)] == default
    assert [m[0] for m in marks.words_re(words, not_before=r"[\w-]", not_after=r"[\w-]").finditer(text)] == whole


def test_word_lists_match_the_longest_phrase_first() -> None:
    """The prefix tree of a word list prefers the longer word, like an alternation sorted by length."""
    text = "The group hoped to grow; profits rose. It is due\nto report and expected to gain."
    assert [m[0] for m in marks._FUTURE.finditer(text)] == ["hoped to", "expected"]
    assert [m[0] for m in marks._AHEAD.finditer(text)] == ["is due\nto", "expected to"]
    assert [m[0] for m in marks._RESULTS.finditer(text)] == ["profits"]


#: Words and phrases of a prefix tree, and pieces of text around them.
TRIE_WORDS = ["age", "aged", "ages", "at age", "the age of", "will be", "would be", "is", "i"]
TRIE_PIECES = ["age", "aged", "d", "s", "at", "the", "of", "will", "would", "be", "is", "I", " ", "  ", "\n", "\t", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TRIE_PIECES), max_size=8))
def test_a_prefix_tree_matches_what_its_words_match(pieces: list[str]) -> None:
    """word_trie matches a text where the alternation of its words does: a space as written, as one whitespace
    character (any_space) or as a run of them (space_run)."""
    text = "".join(pieces)
    for space, any_space, space_run in ((r"\ ", False, False), (r"\s", True, False), (r"\s+", False, True)):
        plain = "|".join(re.escape(w).replace(r"\ ", space) for w in TRIE_WORDS)
        trie = word_trie(TRIE_WORDS, any_space=any_space, space_run=space_run)
        assert bool(re.fullmatch(trie, text)) == bool(re.fullmatch(plain, text)), (space, text)


#: Pieces around the country anaphors and the firms' name tails: other cases, word marks before them.
FIRST_LETTER_PIECES = [
    "the country", "The Nation", "the island state", "THE COUNTRY", "the countryside", "Re", "Reinsurance",
    "Telecom", "Airways", "Air", "-", "_", "9", "Swiss", "\u212aey",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, *FIRST_LETTER_PIECES]), max_size=30))
def test_prefix_tree_patterns_match_like_their_plain_forms(pieces: list[str]) -> None:
    """The country anaphors (a prefix tree opening with its first letters) and the firms' name tails (a
    prefix tree) find the spans their plain alternations find, and the same match at every start."""
    from newsfigures.semantics import places
    from newsfigures.semantics.subject import mentions
    from newsfigures.semantics.words import vocab_rows

    text = "".join(pieces)
    phrases = [row[0].strip() for row in vocab_rows("anaphors.tsv")]
    anaphors = "|".join(f"[{p[0].upper()}{p[0]}]" + re.escape(p[1:]) for p in sorted(phrases, key=len, reverse=True))
    tails = sorted((row[0] for row in vocab_rows("name_tails.tsv")), key=len, reverse=True)
    pairs = [
        (mentions._anaphor_re(), re.compile(rf"(?<![\w\-])(?:{anaphors})(?![\w\-])")),
        (places.name_tail(), re.compile(r"[^\S\n]+(?:" + "|".join(map(re.escape, tails)) + r")(?![\w\-])")),
    ]
    for fast, plain in pairs:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (plain, text)
        for at in range(len(text)):
            found, expected = fast.match(text, at), plain.match(text, at)
            assert (found and found.span()) == (expected and expected.span()), (plain, text, at)


#: The sentence patterns as first written (one alternative per case); the compiled ones begin with a class.
PLAIN_BOUNDARY = re.compile(r"\n|(?<=[.!?])[\"'”’)\]*]*[ \t]+(?=[\"'“‘(\[*]*[A-Z0-9])")
PLAIN_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s)|\n")
MARKS = list(".!?\"'”’“‘)]([* \t\n\rAa7x")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(MARKS), max_size=30))
def test_sentence_patterns_match_like_their_plain_forms(text: str) -> None:
    """The class-first sentence patterns find the same spans as the plain alternations."""
    for fast, plain in ((provenance._BOUNDARY, PLAIN_BOUNDARY), (marks._SENTENCE_END, PLAIN_SENTENCE_END)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_sentence_boundaries_in_prose() -> None:
    """A closing bracket or quote after the stop belongs to the sentence; spaces after it do not."""
    text = 'He said "yes." Then (in 2004.) Prices rose! Mr. Smith ) Left.\nNext'
    assert [text[s:e] for s, e in provenance.sentence_spans(text)] == [
        'He said "yes."',
        "Then (in 2004.)",
        "Prices rose!",
        "Mr. Smith ) Left.",
        "Next",
    ]


def test_lead_from_text_is_the_title_and_subtitle_of_the_metadata() -> None:
    """extract reads only the headline and standfirst; they are the full metadata reader's."""
    text = (
        "\n# **Rates [rise](https://x.example) again**\n**The bank moves for a third time**\n"
        "By Ann Lee and Bo Chan for Daily Post\nMarch 01, 2021\nOriginal url: https://example.com/a\n\n"
        "Rates rose by 0.25% to 1.5%, an opinion piece said.\n"
    )
    meta = sources.metadata_from_text(text)
    assert sources.lead_from_text(text) == (meta["title"], meta["subtitle"])
    assert sources.lead_from_text(text) == ("Rates rise again", "The bank moves for a third time")
    assert sources.lead_from_text("No heading here: 5% more.\n") == ("No heading here: 5% more.", "")


def test_read_limited_reads_past_a_stated_size_and_keeps_the_limit(tmp_path: Path) -> None:
    """The first read asks for just past what fstat said; a longer file is still read whole, or refused."""
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 5000)
    for stated in (0, 10, 4999, 5000, 5001, 1 << 20):
        fd = os.open(path, os.O_RDONLY)
        try:
            assert safe_io.read_limited(fd, 5000, stated) == b"x" * 5000
        finally:
            os.close(fd)
        fd = os.open(path, os.O_RDONLY)
        try:
            with pytest.raises(safe_io.TooLarge):
                safe_io.read_limited(fd, 4999, stated)
        finally:
            os.close(fd)
    assert safe_io.read_file(path, 5000) == b"x" * 5000


#: Values a row may hold: text with quotes, escapes and non-ASCII letters, numbers, None, booleans,
#: and a value json cannot write (written through ``default=str``).
ROW_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=st.sampled_from(list('ab "\\/\n\t€£é\u2028\x00\x1f'))),
    st.decimals(allow_nan=False, allow_infinity=False),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.dictionaries(st.sampled_from(["figure_id", "value", "unit", "quote", "x"]), ROW_VALUES), max_size=4),
    st.text(alphabet=st.sampled_from(list('ab/"\\é '))),
)
def test_jsonl_lines_write_what_json_dumps_writes(rows: list[dict[str, object]], path: str) -> None:
    """The extract command's JSON lines (one encoder made once, the table and path encoded once per
    table) are, byte for byte, ``json.dumps`` of each row with its table and path first."""
    import json

    from newsfigures.cli import jsonl_lines, row_encoder

    got = jsonl_lines(row_encoder(), path, [("figures", rows), ("dates", rows[:1])])
    want = "".join(
        json.dumps({"table": table, "path": path, **row}, ensure_ascii=False, default=str) + "\n"
        for table, table_rows in (("figures", rows), ("dates", rows[:1]))
        for row in table_rows
    )
    assert got == want


def plain_sentence_span(index: provenance.SentenceIndex, start: int, end: int) -> tuple[int, int]:
    """SentenceIndex.span as first written, with min and max."""
    from bisect import bisect_right

    if not index.spans:
        return start, end
    starts = [s for s, _ in index.spans]
    i = max(bisect_right(starts, start) - 1, 0)
    j = max(bisect_right(starts, max(end - 1, start)) - 1, i)
    return min(index.spans[i][0], start), max(index.spans[j][1], end)


def plain_clip_context(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    """clip_context as first written, with min and max."""
    left = max(sentence_start, start - provenance.CONTEXT_CHARS)
    if left > sentence_start:
        cut = text.find(" ", left, start)
        if cut >= 0:
            left = cut + 1
    right = min(sentence_end, end + provenance.CONTEXT_CHARS)
    if right < sentence_end:
        cut = text.rfind(" ", end, right)
        if cut >= 0:
            right = cut
    return text[left:right]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["A", "b", " ", ". ", "\n", "Mr. ", "x" * 45, "rose 5%", "  "]), max_size=30),
    st.data(),
)
def test_sentence_span_and_context_are_those_of_the_plain_forms(pieces: list[str], data: st.DataObject) -> None:
    """The row's sentence offsets and context, written with comparisons, are the min/max forms' answers,
    for mentions inside one sentence, across boundaries, and at or outside the text's ends."""
    text = "".join(pieces)
    index = provenance.SentenceIndex(text)
    for _ in range(10):
        start = data.draw(st.integers(0, len(text) + 2))
        end = data.draw(st.integers(start, len(text) + 3))
        span = index.span(start, end)
        assert span == plain_sentence_span(index, start, end), (text, start, end)
        if end <= len(text):
            context = provenance.clip_context(text, start, end, *span)
            assert context == plain_clip_context(text, start, end, *span)


def test_any_case_lists_every_character_a_letter_matches_ignoring_case() -> None:
    """any_case of an ASCII letter is every character it matches under re.IGNORECASE (the folds past ASCII
    included: 'ſ' for s, the Kelvin sign for k); a mark is itself alone."""
    from newsfigures.extraction.patterns import any_case

    for letter in "abcdefghijklmnopqrstuvwxyzKS":
        every = {chr(c) for c in range(0x250)} | {"\u212a", "\u212b"}
        assert any_case(letter) == {c for c in every if re.fullmatch(letter, c, re.IGNORECASE)}, letter
    assert any_case("k") == {"k", "K", "\u212a"}
    assert any_case("-") == {"-"}


#: Words of a gated word list (shared prefixes, a phrase, a one-letter word, both cases) and text around them.
GATED_WORDS = ["budget", "budgets", "budgetary", "next year", "is", "i", "Will", "will", "we"]
GATED_PIECES = [
    *GATED_WORDS,
    "BUDGET",
    "Next",
    "year",
    "\u0130s",
    "\u0131",
    "x",
    "-",
    "_",
    " ",
    "\n",
    "'",
    "ſ",
    "\u212a",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(GATED_PIECES), max_size=12))
def test_word_search_matches_like_the_plain_bounded_alternation(pieces: list[str]) -> None:
    """word_search (a class of first characters, then the look-behind) finds the spans, and at every start
    the match, of ``(?<!X)(?:word_trie(words))(?!X)``, with and without ignore_case."""
    from newsfigures.extraction.patterns import word_search

    text = "".join(pieces)
    for ignore_case in (False, True):
        trie = word_trie(GATED_WORDS, space_run=True)
        plain = re.compile(rf"(?<![\w-])(?:{trie})(?![\w-])", re.IGNORECASE if ignore_case else 0)
        fast = re.compile(word_search(GATED_WORDS, r"[\w-]", ignore_case=ignore_case, space_run=True))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (ignore_case, text)
        for at in range(len(text)):
            found, expected = fast.match(text, at), plain.match(text, at)
            assert (found and found.span()) == (expected and expected.span()), (ignore_case, text, at)


def test_word_search_of_no_word_matches_nothing() -> None:
    """An empty word list gives a pattern that matches nowhere (not the empty string everywhere)."""
    from newsfigures.extraction.patterns import word_search

    assert re.compile(word_search([], r"\w")).search("any text at all") is None


#: The patterns of marks.py as first written (a look-behind or a class alternation first, re.IGNORECASE).
PLAIN_MARKS = {
    "CLAUSE_END": re.compile(r"[;:]|\s(?:and|but|while|whereas|although)\s"),
    "_NEXT_YEAR": re.compile(r"(?<!\w)next\s+year(?!\w)", re.IGNORECASE),
    "_SUBORDINATE": re.compile(r"(?<!\w)(?:that|which|who|when)(?!\w)", re.IGNORECASE),
}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*PIECES, "that", "Which", "WHO", "when", "whence", "next", "Next\tYear", "although"]),
        max_size=25,
    )
)
def test_class_first_marks_match_like_their_plain_forms(pieces: list[str]) -> None:
    """CLAUSE_END, _NEXT_YEAR and _SUBORDINATE, rewritten to open with a class, find what they found."""
    text = "".join(pieces)
    for name, plain in PLAIN_MARKS.items():
        fast = getattr(marks, name)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)


def test_prefix_tree_writes_a_chain_of_single_letters_as_plain_text() -> None:
    """word_trie writes the one-child tail of a word as its characters (escaped), groups only at branches,
    and an optional group where a word ends inside a longer one."""
    assert word_trie(["million", "mn", "billion"]) == "(?:billion|m(?:illion|n))"
    assert word_trie(["per cent", "percent"], any_space=True) == r"per(?:\scent|cent)"
    assert word_trie(["a.m", "am"], cap=True) == r"[Aa](?:\.m|m)"
    assert word_trie(["year", "years"]) == "year(?:s)?"
    assert word_trie([]) == ""
