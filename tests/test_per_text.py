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


#: An article that asks the text-keyed questions of the semantic stage (places, firms based somewhere, bases,
#: tense, rates quoted in a currency, a venue); ``{n}`` makes each copy a text of its own.
ARTICLE = (
    "Profits jump at Barclays\n\nBarclays said on Tuesday that pre-tax profit rose {n}% to £4.6bn in 2004, from "
    "£3.8bn a year earlier. Shares in the London-based bank rose 2% as analysts in New York had expected profit of "
    "£4.4bn. The firm, based in London, employs 76,000 people. Inflation was 1.6% in December, the Bank of England "
    "told a conference in Paris, and the US dollar fell to $1.90 against the pound.\n"
)


def test_the_semantic_stage_keeps_no_past_article_alive() -> None:
    """After each of 40 articles is read, only the last few may still be referenced by the stage's memos (each holds
    the text it last read): a cache keyed by whole texts would keep them all, growing with the archive."""
    import sys

    from newsfigures.package.tables import text_rows

    texts = [ARTICLE.format(n=n) for n in range(10, 50)]
    alone = sys.getrefcount(texts[0])  # the list's reference and the call's
    for i in range(len(texts)):
        assert text_rows(texts[i])[0]  # figures found: the stage ran
    kept = [i for i in range(len(texts)) if sys.getrefcount(texts[i]) > alone]
    assert kept == [len(texts) - 1]


def test_memo_keys_a_text_by_its_content() -> None:
    """Another text of the same length is read afresh (its own answer); an equal text that is another object (a
    copy read again) is the same text, answered from the memo."""
    calls: list[str] = []

    @per_text
    def first_b(text: str, start: int) -> int:
        calls.append(text)
        return text.find("b", start)

    one, other = "xbxx", "xxbx"
    assert (first_b(one, 0), first_b(other, 0)) == (1, 2)
    copy = "".join(["xb", "xx"])
    assert copy is not one
    assert (first_b(one, 0), first_b(copy, 0)) == (1, 1)
    assert calls == [one, other, one]


def test_memo_is_kept_per_thread() -> None:
    """A thread reading another text does not drop the answers this thread holds for its own (a worker pool's
    threads read different articles at once)."""
    import threading

    calls: list[str] = []

    @per_text
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    assert length("Sales rose 5%.") == 14
    worker = threading.Thread(target=length, args=("Oil fell.",))
    worker.start()
    worker.join()
    assert length("Sales rose 5%.") == 14
    assert calls == ["Sales rose 5%.", "Oil fell."]


def test_a_none_answer_is_remembered_like_any_other() -> None:
    """'No such date' is an answer: asked again, the function is not run again."""
    calls: list[int] = []

    @per_text
    def nothing_at(text: str, start: int) -> int | None:
        calls.append(start)
        return None if text[start] == " " else start

    assert nothing_at("a b", 1) is None
    assert nothing_at("a b", 1) is None
    assert nothing_at("a b", 2) == 2
    assert calls == [1, 2]
