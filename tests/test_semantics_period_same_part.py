"""A base figure dated by a bare year ('from 2.4bn euros in 2003'), compared with a figure of a quarter, half or month
of a later year, is of that part of its year: a change is measured against the same part of an earlier year, which
the text names by its year alone ('fourth quarter operating profits fell to 785m euros from 2.4bn euros in 2003':
2003-Q4). Before this rule the base took the whole year. A year told as a whole ('for the whole of 2003') keeps it.

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

from newsfigures.package.validate import _period_of

#: (text, quote, period, method)
SAME_PART = [
    (
        "Carmaker results\n\nThe firm saw profits for the fourth quarter of 2004 fall to 785m euros ($1bn) from 2.4bn euros in 2003.\n",
        "2.4bn euros",
        "2003-Q4",
        "same_part",
    ),
    (
        "Results\n\nFirst-half sales rose to $3bn, compared with $2.5bn in 2003, the firm said on Monday.\n",
        "$2.5bn",
        "2003-H1",
        "same_part",
    ),
    (
        "Homes\n\nIn the last three months of 2004, sales in the capital fell by 23% from 36,185 in 2003.\n",
        "36,185",
        "2003-Q4",
        "same_part",
    ),
]
#: (text, quote, period, method): the rule leaves these alone
OTHERS = [
    # the figure compared with the base keeps its part of the year
    (
        "Results\n\nFirst-half sales rose to $3bn, compared with $2.5bn in 2003, the firm said on Monday.\n",
        "$3bn",
        "2004-H1",
        "same_clause",
    ),
    # compared with a whole year: the base is of the whole year
    ("Results\n\nSales in 2004 rose to $3bn from $2.5bn in 2003.\n", "$2.5bn", "2003", "same_clause"),
    # a year told as a whole
    (
        "Results\n\nFirst-half sales rose to $3bn, compared with $2.5bn for the whole of 2003.\n",
        "$2.5bn",
        "2003",
        "same_clause",
    ),
    # not a base: a level of its own year
    ("Results\n\nFirst-half sales rose to $3bn, and the firm made $2.5bn in 2003.\n", "$2.5bn", "2003", "same_clause"),
]


@pytest.mark.parametrize(("text", "quote", "period", "method"), SAME_PART + OTHERS)
def test_a_base_s_bare_year_is_the_same_part_of_it(text: str, quote: str, period: str, method: str) -> None:
    got = semantics_of(text, quote).period
    assert ((got.value, got.method) if got else (None, None)) == (period, method)


@pytest.mark.parametrize(
    ("period", "value", "ok"),
    [
        ("2003-Q4", "2003", True),
        ("2003-H1", "2003", True),
        ("2003-12", "2003", True),
        ("2004-Q4", "2003", False),
        # the rule gives only a quarter, half or month: validation refuses any other period that starts with the year
        ("2003-W05", "2003", False),
        ("2003-05-01", "2003", False),
        ("2003-13", "2003", False),
        ("2003-Q4/2004-Q1", "2003", False),
        ("2003", "2003", False),
    ],
)
def test_validation_takes_a_part_of_the_base_s_year(period: str, value: str, ok: bool) -> None:
    assert _period_of({"period_method": "same_part", "period": period}, value) is ok
