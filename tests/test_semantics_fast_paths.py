"""The semantic stage's fast paths find what the plain readings they replace found.

Patterns rewritten for speed (a set of characters first, look-behinds after it), whole-word search by
``str.find``, one search for the words of a class instead of a loop over words: each is checked here
against the plain form, kept below as the reference, on texts made of the characters that decide.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.semantics.period import PRESENT
from newsfigures.semantics.period.tense import _says_now
from newsfigures.semantics.pipeline import paragraph_starts
from newsfigures.semantics.places import _name_matches, _pattern, find_places, names
from newsfigures.semantics.subject.firms import _whole_word_spans
from newsfigures.semantics.subject.transfers import _transfer_words
from newsfigures.semantics.words import _WORD_RE, VOCAB, _words, mention_spans, tokens, word_list

#: The word pattern as first written: a letter-by-letter loop, the suffix's look-behinds at every word end.
PLAIN_WORD_RE = re.compile(
    r"[^\W_](?:[\w&]|['’.\-](?=[^\W_]))*(?:(?:(?<=\bInc)|(?<=\bCorp)|(?<=\bLtd)|(?<=\bCo))\.)?|\S"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aAIncCorpLtd1_ .,'’-&\n$é"), max_size=200))
def test_word_pattern_finds_the_tokens_of_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in _WORD_RE.finditer(text)] == [m.span() for m in PLAIN_WORD_RE.finditer(text)]


def test_word_pattern_keeps_a_company_suffix_dot() -> None:
    text = "Acme Inc. and Foo Corp. beat Bar Co. (not AInc.), U.S. firms' co-op."
    words = [m.group() for m in _WORD_RE.finditer(text)]
    assert {"Inc.", "Corp.", "Co.", "AInc", "U.S", "firms", "co-op"} <= set(words) and "AInc." not in words
    assert words == [m.group() for m in PLAIN_WORD_RE.finditer(text)]


def plain_place_pattern() -> re.Pattern[str]:
    """The place pattern as first written: the look-behind before the whole prefix tree."""
    from newsfigures.extraction.patterns import word_trie

    return re.compile(r"(?<![\w.])(?:" + word_trie(names()) + r")(?:['’]s)?(?![\w])")


PLACE_PIECES = ["France", "Niger", "Nigeria", "United States", "US", "EU", "Russia", "Kyrgyz", "Britain"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(PLACE_PIECES), st.sampled_from(["x", ".", "'s", "’s", " ", "-", "_", "9", "\n"])),
        max_size=30,
    ),
    st.integers(0, 40),
)
def test_place_pattern_finds_what_the_plain_pattern_finds(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    plain = plain_place_pattern()
    assert [m.span() for m in _pattern().finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


#: Names in lower case and the pieces they overlap with: 'the Netherlands' holds 'Netherlands', 'eastern
#: Europe' holds 'Europe', 'euro' begins 'eurozone' and 'euros'.
LOWER_PIECES = [
    "the Netherlands", "the ", "Netherlands", "eastern Europe", "Europe", "euro", "zone", "euro zone", "eurozone",
    "euro-zone", "euros", "south", "south-east Asia", "south east Asian", "Asia", "sub-Saharan Africa", "Africa",
    "the State of Palestine", "central", "western Europe", "the Americas", "x", ".", "'s", " ", "-", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LOWER_PIECES + PLACE_PIECES), max_size=30), st.integers(0, 60), st.integers(0, 400))
def test_name_matches_are_those_of_the_one_scan(pieces: list[str], start: int, end: int) -> None:
    """The scan for capitalised names with the lower-case names tried where their words are finds what
    one scan for every name finds, the leftmost first, between any bounds."""
    text = "".join(pieces)
    start, end = min(start, len(text)), max(min(end, len(text)), min(start, len(text)))
    want = [m.span() for m in _pattern().finditer(text, start, end)]
    assert [m.span() for m in _name_matches(text, start, end)] == want


def test_names_in_lower_case_are_found_beside_capitalised_ones() -> None:
    text = "In the Netherlands and eastern Europe, eurozone and euro-zone growth; Europe's euros; the Americas"
    assert [(text[p.start : p.end], p.code) for p in find_places(text)] == [
        ("the Netherlands", "NL"),
        ("eastern Europe", ""),
        ("eurozone", "EZ"),
        ("euro-zone", "EZ"),
        ("Europe", ""),
        ("the Americas", ""),
    ]


def test_places_are_found_with_their_possessive_and_not_inside_words() -> None:
    text = "Nigeria's oil; Niger. xFrance, .US and the EU’s budget; United States"
    assert [(text[p.start : p.end], p.code) for p in find_places(text)] == [
        ("Nigeria", "NG"),
        ("Niger", "NE"),
        ("EU", "EU"),
        ("United States", "US"),
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab-_ .é1"), max_size=60), st.sampled_from(["ab", "a", "b-a", "é"]))
def test_whole_word_spans_are_those_of_the_bounded_pattern(text: str, word: str) -> None:
    pattern = re.compile(r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])")
    assert _whole_word_spans(text, word) == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["now", "Now", "NOW", "currently", "known", "nowhere", "é", "K", " ", "x", "."]), max_size=12
    ),
    st.integers(0, 30),
    st.integers(0, 60),
)
def test_says_now_is_a_present_word_among_the_words_of_the_span(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    plain = any(w.lower() in PRESENT for w in re.findall(r"[A-Za-z]+", text[start:end]))
    assert _says_now(text, start, end) == plain


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["gave", "Gave", "GAVE", "loan", "loans", "forgiven", "x", "-", "'", " ", "é", "_"]),
        max_size=10,
    )
)
def test_transfer_words_are_found_wherever_a_token_is_one(pieces: list[str]) -> None:
    """The cheap test before a clause is tokenised never misses a transfer word that tokens would read."""
    text = "".join(pieces)
    wanted = any(t.is_any("give", "receive") for t in tokens(text, 0, len(text), []))
    assert not wanted or _transfer_words().search(text.lower())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("a \t\r\n"), max_size=60))
def test_paragraph_starts_are_the_ends_of_the_plain_blank_line_pattern(text: str) -> None:
    plain = [0] + [m.end() for m in re.finditer(r"\r?\n[ \t]*\r?\n", text)]
    assert paragraph_starts(text) == plain


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["firm", "firms", "group", "groups", "carmaker", "maker", "brewer", "brewery", "co", " ", "X"]),
        max_size=10,
    ),
    st.sampled_from(["", r"\b", r"(?=\s+X)", r"s\b"]),
)
def test_firm_nouns_as_a_prefix_tree_match_as_the_longest_first_alternation(pieces: list[str], after: str) -> None:
    from newsfigures.semantics.subject.firms import _vocab, firm_nouns

    text = "".join(pieces)
    plain = r"(?:[a-z]*maker|" + "|".join(sorted(_vocab()["firm"], key=len, reverse=True)) + r")s?"
    got = [m.span() for m in re.finditer(firm_nouns() + after, text)]
    assert got == [m.span() for m in re.finditer(plain + after, text)]


FIRM_PIECES = ["The", "the", "firm", "company", "Acme", "Acme's", "said", "has", "x", ".", "'", " ", "\n", "-", "Co"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FIRM_PIECES), max_size=16))
def test_anaphor_and_agent_patterns_find_what_their_plain_forms_find(pieces: list[str]) -> None:
    from newsfigures.semantics.subject.firms import _patterns, firm_nouns

    text = "".join(pieces)
    nouns = firm_nouns().removesuffix("s?")
    plain = {
        "anaphor": re.compile(r"\b[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}?" + nouns + r"\b(?!\s+[A-Z])"),
        "agent": re.compile(
            r"(?<![\w.'’])([A-Z][\w&\-]*[\w&])(?=(?:['’]s?\s|\s+(?:has|had|is|was|said|says|will|would)\b))"
        ),
    }
    for name, pattern in plain.items():
        fast = [(m.span(), m.groups()) for m in _patterns()[name].finditer(text)]
        assert fast == [(m.span(), m.groups()) for m in pattern.finditer(text)], name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("a ,;—–-."), max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_clause_is_the_stretch_between_the_stops_around_the_figure(text: str, a: int, b: int) -> None:
    from newsfigures.semantics.subject.clause import figure_clause

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    fig = (start, min(start + 1, end))
    stops = ",;—–"
    before = max((text.rfind(c, 0, fig[0]) for c in stops), default=-1)
    ends = [i for i in (text.find(c, fig[1], len(text)) for c in stops) if i >= 0]
    assert figure_clause(text, (0, len(text)), fig) == (max(before + 1, 0), min(ends, default=len(text)))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8), st.sampled_from(["figure", "date"])), max_size=8),
    st.integers(0, 20),
    st.integers(20, 48),
)
def test_mention_spans_are_the_mention_tokens_of_the_sentence(
    marks: list[tuple[int, int, str]], start: int, end: int
) -> None:
    """The spans of a sentence's figures found by bisection are those of its figure tokens, in order, when
    mentions overlap one another, repeat, or cross the sentence's ends."""
    text = "Sales rose 5% to $3m in 2004, up 2, from 7 the year before; 9 of 10."
    mentions = [(s, min(s + n, len(text)), kind) for s, n, kind in marks]
    toks = tokens(text, start, end, mentions)
    want = [(t.start, t.end) for t in toks if t.mention == "figure"]
    assert mention_spans(toks, mentions, "figure") == want


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("aA.Inc’'-&_1 \t\n\u00a0\u2028é$,"), max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_words_are_the_matches_of_the_word_pattern(text: str, a: int, b: int) -> None:
    """Tokens counted from (space, token) pairs have the offsets and text of the word pattern's matches,
    between any bounds, whatever the white space (tabs, no-break spaces, line separators)."""
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    want = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text, start, end)]
    assert [(t.start, t.end, t.text) for t in _words(text, start, end)] == want
    assert [t.text for t in _words(text, start, end, words_only=True)] == [w for *_, w in want if w[0].isalnum()]


def _plain_rows(name: str) -> list[tuple[str, str]]:
    """(first cell lower case, second cell or '') of each row of a vocabulary file, read line by line: the
    reference for :func:`word_list`."""
    out = []
    for line in (VOCAB / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            out.append((cells[0].strip().lower(), cells[1].strip() if len(cells) > 1 else ""))
    return out


@pytest.mark.parametrize("name", ["speech.tsv", "sale.tsv", "value.tsv", "deals.tsv"])
def test_word_list_holds_the_first_cells_of_its_file(name: str) -> None:
    rows = _plain_rows(name)
    assert word_list(name) == {w for w, _ in rows}
    for cls in {c for _, c in rows}:
        assert word_list(name, cls) == {w for w, c in rows if c == cls}


def test_word_list_splits_deals_by_class() -> None:
    assert "bought" in word_list("deals.tsv", "hold") and "bought" not in word_list("deals.tsv", "")
    assert "stake" in word_list("deals.tsv", "") and "stake" not in word_list("deals.tsv", "hold")
