"""Sentences, lines and ids: where a mention stands in its text."""

from hypothesis import given
from hypothesis import strategies as st

from newsfigures.package.provenance import SentenceIndex, line_at, line_starts, mention_id, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentences_split_on_terminal_punctuation_and_lines():
    text = "Prices rose 4% in May. Then they fell!\nA new line starts here? Yes."
    assert sentences(text) == ["Prices rose 4% in May.", "Then they fell!", "A new line starts here?", "Yes."]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "He flew on Feb. 24 with Mr. Smith of the U.S. Treasury. J. R. Doe stayed."
    assert sentences(text) == ["He flew on Feb. 24 with Mr. Smith of the U.S. Treasury.", "J. R. Doe stayed."]


def test_a_unit_letter_after_a_number_or_a_decade_ends_a_sentence():
    # 'm' in '$16m.' and 's' in '1990s.' are no initials: the next sentence ('Gen Pinochet ...') is one of its own
    text = (
        "It paid a fine of $16m. Gen Pinochet was never tried. Shares hit 50p. Growth was slow in the 1990s. It rose."
    )
    assert sentences(text) == [
        "It paid a fine of $16m.",
        "Gen Pinochet was never tried.",
        "Shares hit 50p.",
        "Growth was slow in the 1990s.",
        "It rose.",
    ]
    # a one-letter initial still does not end one, nor a period inside a unit run ('5 a.m. Tokyo time')
    assert sentences("Sales were $5.2bn, J. Smith said at 5 a.m. Tokyo time.") == [
        "Sales were $5.2bn, J. Smith said at 5 a.m. Tokyo time."
    ]


def test_quotes_close_a_sentence():
    text = '"We will pay," he said. "It costs $5." Then silence.'
    assert sentences(text) == ['"We will pay," he said.', '"It costs $5."', "Then silence."]


def test_decimal_points_do_not_split():
    assert sentences("Output grew 8.6 percent. Exports were 1.3 billion.") == [
        "Output grew 8.6 percent.",
        "Exports were 1.3 billion.",
    ]


def test_crlf_text_keeps_offsets_and_strips_carriage_returns():
    text = "First line 5 km.\r\nSecond line 7 km.\r\n"
    index = SentenceIndex(text)
    start = text.index("7 km")
    assert index.around(start, start + 4) == "Second line 7 km."


def test_lines_are_one_based():
    text = "a\nb\r\nc"
    starts = line_starts(text)
    assert [line_at(starts, text.index(ch)) for ch in "abc"] == [1, 2, 3]


def test_mention_ids_are_readable_and_stable():
    assert mention_id("article_1", 10, 14) == "article_1/10-14"


@given(st.text(max_size=300))
def test_sentence_spans_are_ordered_disjoint_and_stripped(text):
    last = 0
    for s, e in sentence_spans(text):
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = e


@given(st.text(max_size=200), st.data())
def test_around_always_contains_the_span(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if end > start:
        assert text[start:end] in SentenceIndex(text).around(start, end)
