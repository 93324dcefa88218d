"""A stretch that a date opens and that runs on ('could raise output to more than 200,000 cars from 2007', 'the
vouchers will be distributed from January') dates the figure by its start: in a sentence that forecasts or plans,
'from' right before the date is no base word (period.open_start). Before this rule such a figure had no period
('from' made the date a base). 'from' stays a base after a change in the past ('rose 9% from January'), before the
story's present ('to rise 5% from 2004' in a 2005 story), before a base's level ('from 2004 levels'), after another
base word ('a rise of 40% from what is expected from the current year'), and after a stretch of stated length, which
the date anchors ('each year for 25 years from 2009', unannotated in the gold).

Sentences written for these tests, none from the gold articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from semantics_helpers import linked_quote, semantics_of

from newsfigures.extraction.merge import extract
from newsfigures.package.provenance import sentence_spans
from newsfigures.semantics.period import has_own_time, period_in_sentence

PLANT = (
    "Carmaker expands\n\nThe carmaker said on Monday that it would invest £100m in its plant.\n\n"
    "The investment {verb} lift production to more than 250,000 vans from {date}.\n"
)
SAVINGS = "Bank cuts costs\n\nThe bank plans to cut costs. It hopes to save about £80m a year from 2008.\n"
GRANTS = (
    "Grants for savers\n\nThe scheme opens in 2005.\n\n"
    "The first grants, worth £300 for each child, will be paid from April.\n"
)
STRETCH = "Gas deal\n\nThe firm will ship 9 million tonnes of gas each year for 20 years from 2010 under the deal.\n"
LEVELS = "Steel outlook\n\nSteel output is expected to rise 6% from 2004 levels, the group said.\n"
ANOTHER_BASE = (
    "Budget\n\nSpending will rise to $20bn, a rise of over 30% from what is expected from the current year.\n"
)

#: (text, published, quote, period)
OPENING = [
    (PLANT.format(verb="could", date="2007"), None, "250,000", "2007"),
    (PLANT.format(verb="will", date="2008"), dt.date(2005, 2, 1), "250,000", "2008"),
    (SAVINGS, None, "£80m a year", "2008"),
    (GRANTS, dt.date(2005, 1, 20), "£300", "2005-04"),
]
#: (text, published, quote, period): 'from' stays a base, or the date another stretch's
BASES = [
    # a reported change: the date is its base
    (PLANT.format(verb="did", date="2003"), None, "250,000", None),
    ("Sales\n\nSales of vans rose 9% from January, the firm said.\n", dt.date(2005, 3, 1), "9%", None),
    # a forecast of another clause makes no stretch of the reported change
    (
        "Sales\n\nSales of vans rose 9% from January and are expected to rise further.\n",
        dt.date(2005, 3, 1),
        "9%",
        None,
    ),
    # a forecast measured from a year before the story's present
    (PLANT.format(verb="will", date="2004"), dt.date(2005, 2, 1), "250,000", None),
    # the base's level
    (LEVELS, None, "6%", None),
    # a stretch of stated length that the date anchors
    (STRETCH, None, "9 million tonnes", None),
    # another base word between the figure and the date
    (ANOTHER_BASE, None, "30%", None),
]


@pytest.mark.parametrize(("text", "published", "quote", "period"), OPENING + BASES)
def test_a_stretch_opened_by_from_dates_its_figure(
    text: str, published: dt.date | None, quote: str, period: str | None
) -> None:
    got = semantics_of(text, quote, published).period
    assert (got.value if got else None) == period


def test_the_period_is_linked_to_the_opening_date() -> None:
    text = PLANT.format(verb="could", date="2007")
    assert linked_quote(text, "250,000") == "2007"


def _own_time_reads(text: str, quote: str, published: dt.date | None) -> tuple[bool, str | None]:
    """:func:`period.has_own_time` and :func:`period.period_in_sentence` of the figure ``quote``, read with the
    story's present that the date stage finds for ``published``."""
    found = extract(text, published=published)
    f = next(f for f in found.figures if text[f.start : f.end] == quote)
    sent = next(s for s in sentence_spans(text) if s[0] <= f.start < s[1])
    spans = [(g.start, g.end) for g in found.figures if sent[0] <= g.start < sent[1]]
    fig = (f.start, f.end)
    own = has_own_time(text, fig, sent, found.dates, spans, present=found.present)
    period = period_in_sentence(text, fig, sent, found.dates, spans, present=found.present)
    return own, period.value if period else None


RESTATED = "Output up\n\nCarmaker output rose 3% in December. That means output is expected to rise 5% from 2004.\n"


def test_the_own_time_of_a_figure_reads_from_with_the_storys_present() -> None:
    # where the present is open, 'from 2004' opens the forecast's stretch: its own time
    assert _own_time_reads(RESTATED, "5%", None) == (True, "2004")
    # in a 2005 story it is a base, and a sentence restating the one before has no time of its own (it had: the
    # two callers that read nearest_date for themselves read it without the present)
    assert _own_time_reads(RESTATED, "5%", dt.date(2005, 1, 15)) == (False, None)


#: A budget story whose present is 2006 (published February 2006): 'from 2005' is a base, and the restating
#: sentence's figure, with no time of its own, is a measure of the 2007 budget (July 2006 to June 2007).
BUDGET_RESTATED = (
    "Ruritania unveils its budget\n\n"
    "Finance minister Anna Berg presented the 2007 budget to parliament on Wednesday. The spending plan for the "
    "year beginning 1 July sets total spending at 310bn rupees.\n\n"
    "That means health spending is set to rise by 4.2% from 2005.\n"
)


def test_the_pipeline_reads_a_budget_measure_with_the_storys_present() -> None:
    # read without the present, 'from 2005' opened the forecast's stretch, a time of the figure's own that kept it
    # from the budget's year (it then inherited the story's period instead)
    got = semantics_of(BUDGET_RESTATED, "4.2%", dt.date(2006, 2, 1)).period
    assert got is not None and (got.value, got.method) == ("2006-07/2007-06", "budget")


@pytest.mark.parametrize("reader", [has_own_time, period_in_sentence])
def test_a_reading_of_the_own_time_needs_the_present(reader: Callable[..., object]) -> None:
    # no default: a caller that leaves the present out would read 'from 2004' in a 2005 story as its own time
    found = extract(RESTATED, published=dt.date(2005, 1, 15))
    f = next(f for f in found.figures if f.quote == "5%")
    sent = next(s for s in sentence_spans(RESTATED) if s[0] <= f.start < s[1])
    with pytest.raises(TypeError, match="present"):
        reader(RESTATED, (f.start, f.end), sent, found.dates, [])
