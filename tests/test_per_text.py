"""The per-text memo: answers as the function gives them, for the current text only."""

from __future__ import annotations

from newsfigures.semantics.per_text import per_text
from newsfigures.semantics.period.bases import reports_change
from newsfigures.semantics.period.tense import tells_time


def test_memo_answers_once_per_span_and_forgets_the_last_text() -> None:
    calls: list[tuple[str, int]] = []

    @per_text
    def count(text: str, start: int) -> int:
        calls.append((text, start))
        return text.count("a", start)

    assert count("banana", 0) == 3
    assert count("banana", 0) == 3
    assert calls == [("banana", 0)]
    assert count("ananas", 0) == 3  # a new text: read afresh, not the old answer
    assert count("banana", 2) == 2
    assert len(calls) == 3


def test_memoised_sentence_questions_follow_the_text() -> None:
    past, present = "Sales rose 5% from 2003.", "Umbro supplies more than 150 teams."
    assert tells_time(past, 0, len(past))
    assert not tells_time(present, 0, len(present))
    assert tells_time(past, 0, len(past))  # after another text, the first is read again
    assert reports_change(past, (0, len(past)))
    assert not reports_change(present, (0, len(present)))


def test_bases_are_read_again_for_other_dates() -> None:
    from newsfigures.extraction.merge import extract
    from newsfigures.semantics.period.bases import bases

    text = "Sales rose 5% to $3bn, from $2bn in 2003."
    found = extract(text, None)
    fig = next((f.start, f.end) for f in found.figures if text[f.start : f.end] == "5%")
    dates = list(found.dates)
    assert [d.quote for d in bases(text, fig, (0, len(text)), dates)] == ["2003"]
    assert bases(text, fig, (0, len(text)), []) == []  # same figure, other dates: not the last answer
    assert [d.quote for d in bases(text, fig, (0, len(text)), dates)] == ["2003"]
