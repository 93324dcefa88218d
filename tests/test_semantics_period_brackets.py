"""A conversion in brackets between a figure and its date is no clause mark (family 'a bracket closed
between a figure and its date'): sentences written for the rule, none from the gold articles."""

import pytest
from semantics_helpers import semantics_of

from newsfigures.semantics.period.clauses import _crossing


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a semicolon inside the conversion, and a comparison's base after the date: the date is still the figure's
        (
            "Net income jumped 40% to 3.1bn rand ($512m; £270m) in the last three months of 2004 compared with "
            "2.2bn rand a year earlier.",
            "40%",
            "2004-Q4",
        ),
        (
            "Net income jumped 40% to 3.1bn rand ($512m; £270m) in the last three months of 2004 compared with "
            "2.2bn rand a year earlier.",
            "3.1bn rand",
            "2004-Q4",
        ),
        (
            "Operating profit rose to 95bn won ($91m; £48m) in the first half of 2005 against 60bn won a year earlier.",
            "95bn won",
            "2005-H1",
        ),
        # the base keeps its own time
        (
            "Operating profit rose to 95bn won ($91m; £48m) in the first half of 2005 against 60bn won a year earlier.",
            "60bn won",
            "2004-H1",
        ),
    ],
)
def test_a_closed_bracket_between_a_figure_and_its_date_parts_nothing(text: str, quote: str, period: str) -> None:
    found = semantics_of(text, quote).period
    assert found is not None and found.value == period


def test_only_a_bracket_closed_in_the_gap_is_passed_over() -> None:
    text = "Sales rose 4% ($5m; £3m) in 2004; costs fell (by 2%; 3m in 2003"
    gap = (text.index("4%") + 2, text.index("2004"))
    assert _crossing(text, *gap) == 0  # the conversion's semicolon parts nothing
    gap = (text.index("2004") + 4, text.index("2003"))
    assert _crossing(text, *gap) == 2  # the semicolon after 2004 parts; an unclosed bracket hides nothing


def test_a_conversion_bracket_keeps_its_figure_in_one_clause() -> None:
    text = "Profit rose to 3.1bn rand ($512m; £270m) in 2004."
    found = semantics_of(text, "3.1bn rand").period
    assert found is not None and found.value == "2004" and found.method == "same_clause"


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a base figure's conversion is no figure between it and its date: the base keeps the date
        ("Turnover slipped 8% from £4.1bn ($7.7bn) in 2003 to £3.8bn in 2004.", "£4.1bn", "2003"),
        ("Turnover slipped 8% from £4.1bn ($7.7bn; 5.9bn euros) in 2003 to £3.8bn in 2004.", "£4.1bn", "2003"),
        # a figure of its own between the base and the date still keeps the date from the base
        ("Turnover slipped to £3.8bn from £4.1bn, with 300 stores shut in 2003.", "£4.1bn", None),
    ],
)
def test_a_base_s_conversion_leaves_it_its_date(text: str, quote: str, period: str | None) -> None:
    found = semantics_of(text, quote).period
    assert (found.value if found else None) == period
