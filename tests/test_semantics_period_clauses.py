"""A date of the figure's sentence that dates something else than the figure (sentences written for these
tests, none from the gold articles).

Families: a date in a relative clause, a perfect participle ('having') or a participle aside that the figure
is not in dates that clause's own verb ('a $2.7bn fraud at the company he co-founded in 1984', 'fined 11m
euros for having broken the rules in 1999', 'the contract, signed in 2000, is void'), also when the clause
is an aside before the figure ('Tate & Lyle, which joined the index in 1935, operates 41 factories'); a
present state ('Honda has three hybrids') takes no date of a coordinated clause with its own verb (', and
the two carmakers sold 80,000 in 2004'). A figure inside the clause keeps its date ('profits, which rose 5%
in 2004'), as does a figure after a clause that is no aside ('said that in 2004, sales rose 5%').
"""

from __future__ import annotations

import pytest
from semantics_helpers import period_of

from newsfigures.extraction.merge import extract
from newsfigures.semantics.period import other_clause

ELSEWHERE = [
    # a relative clause after the figure, with or without a relative pronoun
    ("Mr Smith is accused of directing a $2.7bn fraud at the company he co-founded in Alabama in 1984.", "$2.7bn"),
    ("He is accused of an $11bn fraud that saw the telecoms firm collapse in July 2002.", "$11bn"),
    ("The bank values its gold at $42 an ounce, a price that was fixed in the 1970s.", "$42 an ounce"),
    ("Brewer Fosters bought the 18.8% stake from the Smith family, who sold the label to a rival in 2001.", "18.8%"),
    ("The output of 6% came from the mine where the strike broke out in 1999.", "6%"),
    # an aside before the figure, closed by a comma
    ("Tate & Lyle, which joined the FT-30 index in 1935, operates more than 41 factories.", "41"),
    ("The oil explorer, which floated in 2003, agreed to buy 26% of an Indian rival.", "26%"),
    # a perfect participle
    ("The firm was fined 11m euros for having broken takeover rules in 1999.", "11m euros"),
    ("Fiat owns a 56% stake in Ferrari - having first bought into the carmaker in 1969.", "56%"),
    # a participle aside that dates its own participle
    ("Fiat says GM must buy the 90% it does not own; GM says the contract, signed in 2000, is void.", "90%"),
    # a present state beside a coordinated clause of its own
    ("Honda has three hybrids on the market, and the two carmakers sold 80,000 hybrids in 2004.", "three"),
]

OWN = [
    # the figure is in the clause
    ("Group profits, which rose 5% in 2004, beat forecasts.", "5%", "2004"),
    ("The unit, which was sold in 2004 for $5bn, makes cars.", "$5bn", "2004"),
    ("The firm said that sales rose 5% in 2004.", "5%", "2004"),
    # a clause that opens before the date but is no aside: the figure after it keeps the date
    ("The firm said that in 2004, sales rose 5%.", "5%", "2004"),
    # a participle aside with an agent, or one that does not date its participle
    ("Sales, boosted by strong demand in December 2004, rose 5%.", "5%", "2004-12"),
    (
        "The orders, scheduled for delivery from December 2004 to April 2005, are worth $4.9bn.",
        "$4.9bn",
        "2004-12/2005-04",
    ),
    # the coordinated clause's figure keeps its date; a past figure beside a coordinated clause keeps its own
    ("Honda has three hybrids on the market, and the two carmakers sold 80,000 hybrids in 2004.", "80,000", "2004"),
    ("Output rose 5% in 2004, and exports grew.", "5%", "2004"),
    # a clause about a date ('the year it ended in March 2005') is the figure's when the date is
    ("Sales rose 5% in the quarter that ended in March 2005.", "5%", "2005-03"),
    # a clause before the figure that is no aside: the figure keeps the date
    ("The deal it agreed in 2004 was worth $5bn.", "$5bn", "2004"),
    # a demonstrative 'That' at a sentence's start opens no clause
    ("Sales grew strongly. That took the total to 2.2 million units in 2004.", "2.2 million", "2004"),
]


@pytest.mark.parametrize(("text", "quote"), ELSEWHERE)
def test_a_date_of_another_clause_is_not_the_figures(text: str, quote: str) -> None:
    assert period_of(text, quote) is None


@pytest.mark.parametrize(("text", "quote", "period"), OWN)
def test_a_date_of_the_figures_own_clause_is_kept(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "date", "elsewhere"),
    [
        ("Sales rose 5% at the firm he founded in March 2005.", "March 2005", True),
        ("Sales rose 5% in the year it ended in March 2005.", "March 2005", False),  # a clause about a date
        ("Sales rose 5% in the quarter that ended in March 2005.", "March 2005", False),
    ],
)
def test_a_clause_about_a_date_is_no_other_clause(text: str, date: str, elsewhere: bool) -> None:
    found = extract(text, None)
    d = next(d for d in found.dates if d.quote == date)
    fig = next(f for f in found.figures if f.quote == "5%")
    assert other_clause(text, (fig.start, fig.end), d, (0, len(text))) is elsewhere
