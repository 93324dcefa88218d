"""When a figure applies: its period, linked to its date expression, by family."""

from __future__ import annotations

import datetime as dt

import pytest
from semantics_helpers import semantics_of

from newsfigures.extraction.merge import extract

PUBLISHED = dt.date(2005, 3, 10)


@pytest.mark.parametrize(
    ("text", "quote", "period", "method"),
    [
        ("Sales rose 8.5% in 1999.", "8.5%", "1999", "same_clause"),
        ("In December, sales rose 1.2%.", "1.2%", "2004-12", "sentence"),
        ("Profits in the fourth quarter of 2004 rose 12%.", "12%", "2004-Q4", "same_clause"),
        ("Exports in 2003 fell 4%, imports in 2004 rose 6%.", "6%", "2004", "same_clause"),
        # a base of comparison is not the period
        ("Output was 92 percent of what it was in 2019.", "92 percent", None, None),
        ("Prices rose 3% in 2004, faster than in 2003.", "3%", "2004", "same_clause"),
    ],
)
def test_period_from_the_sentence(text: str, quote: str, period: str | None, method: str | None) -> None:
    s = semantics_of(text, quote, PUBLISHED)
    if period is None:
        assert s.period is None
        return
    assert s.period is not None and (s.period.value, s.period.method) == (period, method)
    date = extract(text, PUBLISHED).dates[s.period.date]  # linked to the date expression it came from
    assert date.value == period and date.quote in text


def test_a_sentence_without_a_date_inherits_the_paragraphs_period() -> None:
    text = "Trade was robust in 2020. Turnover reached $1.5bn.\n\nIn 2021 turnover reached $2bn."
    s = semantics_of(text, "$1.5bn", PUBLISHED)
    assert s.period is not None and (s.period.value, s.period.method) == ("2020", "inherited_paragraph")
    # a new paragraph inherits nothing from the one before
    assert semantics_of(text, "$2bn", PUBLISHED).period.value == "2021"  # type: ignore[union-attr]


def test_a_sentence_with_its_own_time_span_inherits_nothing() -> None:
    text = "In February the fund paid out $5 million. Over the past 15 years, it has lent $700 million."
    assert semantics_of(text, "$700 million", PUBLISHED).period is None


def test_no_period_when_the_text_gives_none() -> None:
    assert semantics_of("Sales rose 8.5%.", "8.5%", PUBLISHED).period is None
