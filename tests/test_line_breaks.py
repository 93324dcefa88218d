"""Only '\\n' ends a line (with an '\\r' before it), in the header as in every stage: a form feed, U+2028 (line
separator) or U+0085 (next line) inside a headline, standfirst or paragraph is a character of its line, as
``str.splitlines`` would not have it."""

from __future__ import annotations

import pytest

from newsfigures.package.tables import text_rows
from newsfigures.semantics.restatements import lead_spans
from newsfigures.sources import metadata_from_text

BODY = "Barclays said pre-tax profit rose 20% to £4.6bn in 2004.\n"


@pytest.mark.parametrize("mark", ["\u2028", "\x0c", "\x85", "\x0b", "\x1e", "\u2029"])
def test_a_break_mark_in_the_headline_keeps_it_one_line(mark: str) -> None:
    """The title is the whole first line, its span covers it, and the headline's £4.6bn restates the body's."""
    headline = f"Barclays profit jumps{mark}to £4.6bn"
    text = f"{headline}\r\n\r\n{BODY}"
    meta = metadata_from_text(text)
    assert meta["title"] == headline
    assert lead_spans(text, meta["title"], meta["subtitle"]) == [(0, len(headline))]
    figures, _, _ = text_rows(text)
    assert all(text[f["start"] : f["end"]] == f["quote"] for f in figures)
    lead, body = (f for f in figures if f["quote"] == "£4.6bn")
    assert (lead["line"], body["line"]) == (1, 3)
    assert lead["same_as"] == body["figure_id"]


def test_a_break_mark_in_the_standfirst_keeps_it() -> None:
    text = f"# Barclays profit jumps\n**Profit hits £4.6bn\u2028in 2004**\n\n{BODY}"
    meta = metadata_from_text(text)
    assert (meta["title"], meta["subtitle"]) == ("Barclays profit jumps", "Profit hits £4.6bn\u2028in 2004")
    start = text.index("**")
    assert lead_spans(text, meta["title"], meta["subtitle"]) == [(0, start - 1), (start, text.index("\n", start))]


def test_words_after_a_form_feed_are_no_byline() -> None:
    """'By then' after a form feed mid-paragraph is not a line of the header saying who wrote the story."""
    text = f"Barclays profit jumps\n\n{BODY[:-1]}\x0cBy then shares had risen 2%.\n"
    assert metadata_from_text(text)["authors"] == ()


def test_a_url_line_is_the_whole_line() -> None:
    """The line after 'Original url:' gives the URL only when it holds nothing else up to its '\\n'."""
    text = "Profit up\n\nSales rose 5%.\nOriginal url:\n<https://a.example.com/x>{}Sales rose again.\n"
    assert metadata_from_text(text.format("\u2028"))["url"] == ""
    assert metadata_from_text(text.format("\n"))["url"] == "https://a.example.com/x"
