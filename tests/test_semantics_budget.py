"""A budget's measures take the budget's fiscal year (gold README: "A budget's measures (the spending, tax
thresholds and rates it sets) take the budget's fiscal year, also when the sentence does not repeat it").

Sentences written for these tests, none from the gold articles. The rule: in a story about a state's budget
that dates its fiscal year by its months, a figure its sentence and paragraph leave without a period takes
the year of the budget (the fiscal year named with it: 'the 2007 budget', 'the spending plan for the year
beginning 1 July'; else 'the coming year') when its sentence names the budget, or names what a budget sets
with a plan word in a paragraph after the budget is named, or is an item of a list of the budget's measures;
a figure with a time of its own (a date, even unanchored, a rate, another budget, an earlier promise, the
base of a change) keeps it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from semantics_helpers import period_of, semantics_of

from newsfigures.extraction.merge import extract
from newsfigures.semantics.budget import budget_year, is_fiscal

STORY = (
    "Ruritania unveils its budget\n\n"
    "Finance minister Anna Berg presented the 2007 budget to parliament on Wednesday. The spending plan for the "
    "year beginning 1 July sets total spending at 310bn rupees.\n\n"
    "Health spending is set to rise by 4.2%, and the army will get an extra 2bn rupees. The deficit was 3.1% of "
    "GDP last year. The new grants are well below her initial promise of 5bn rupees.\n\n"
    "In her budget Ms Berg has:\n\n"
    "- Lifts the basic tax allowance to 9,000 rupees\n"
    " - Cut the top rate of income tax to 38%\n\n"
    "In her last budget, Ms Berg had cut fuel duty by 2%. Road spending will be 1bn rupees a year."
)
#: The year beginning 1 July whose 2007 budget the story names: July 2006 to June 2007.
BUDGET_YEAR = "2006-07/2007-06"

MEASURES = [
    ("4.2%", "a measure the paragraph after the budget's plans ('is set to rise')"),
    ("2bn rupees", "same sentence, 'will get'"),
    ("9,000 rupees", "an item of the list 'In her budget Ms Berg has:'"),
    ("38%", "an item of the same list"),
]
NOT_MEASURES = [
    ("3.1%", "last year's outturn keeps its own (unanchored) year"),
    ("5bn rupees", "an earlier promise the measure is compared with"),
    ("2%", "a measure of her last budget, told in the past perfect"),
    ("1bn rupees a year", "a rate takes only a date of its own clause"),
]


@pytest.mark.parametrize(("quote", "why"), MEASURES)
def test_a_budget_measure_takes_the_budget_year(quote: str, why: str) -> None:
    got = semantics_of(STORY, quote).period
    assert got is not None and got.value == BUDGET_YEAR and got.method == "budget", why


@pytest.mark.parametrize(("quote", "why"), NOT_MEASURES)
def test_a_figure_with_a_time_of_its_own_keeps_it(quote: str, why: str) -> None:
    got = semantics_of(STORY, quote).period
    assert got is None or got.value != BUDGET_YEAR, why


#: The story's opening, whose budget year is BUDGET_YEAR, before a sentence of measures that also holds another
#: figure's date.
OPENING = STORY.split("Health spending")[0]
#: A measure whose sentence holds a date that is another figure's, not its own: it takes the budget's year (as a
#: figure without that date would), while the other figure keeps its date.
OTHER_FIGURES_DATES = [
    ("Health spending in the budget will rise by 4.2%, and in 2008 by 3.9%.", "4.2%", BUDGET_YEAR),
    ("Health spending in the budget will rise by 4.2%, and in 2008 by 3.9%.", "3.9%", "2008"),
    (
        "The budget gives schools an extra 2bn rupees, but down on the high of 3bn rupees set in late 2005.",
        "2bn rupees",
        BUDGET_YEAR,
    ),
]


@pytest.mark.parametrize(("sentence", "quote", "period"), OTHER_FIGURES_DATES)
def test_another_figures_date_does_not_keep_a_measure_from_the_budget_year(
    sentence: str, quote: str, period: str
) -> None:
    # pipeline._budget_free reads the sentence's figures as inherits does (before, it read every date as the
    # figure's own time and left 4.2% and 2bn rupees without a period)
    assert period_of(OPENING + sentence, quote) == period


def test_the_budget_year_is_the_one_named_with_the_budget() -> None:
    text = STORY
    found = extract(text)
    got = budget_year(text, found.dates)
    assert got is not None and got.value == BUDGET_YEAR
    assert got.date is not None and found.dates[got.date].quote == "2007"


def test_the_coming_year_is_the_budget_year_when_none_is_named_with_it() -> None:
    text = (
        "Minister cuts taxes\n\n"
        "The government said its deficit would be 4% of GDP in the year to March 2005. The coming year's "
        "budget cuts are deep.\n\n"
        "In his budget the minister has:\n\n"
        "- Lifts spending on schools by 12%\n"
    )
    published = dt.date(2005, 2, 28)  # 'the coming year' is counted from the story's present
    found = extract(text, published)
    got = budget_year(text, found.dates)
    assert got is not None and got.value == "2005-04/2006-03"
    assert got.date is not None and found.dates[got.date].quote == "coming year"
    twelve = semantics_of(text, "12%", published).period
    assert twelve is not None and twelve.value == "2005-04/2006-03" and twelve.method == "budget"
    four = semantics_of(text, "4%", published).period
    assert four is not None and four.value == "2004-04/2005-03"  # the year under way keeps its own


def test_no_budget_year_without_the_months_of_one() -> None:
    # a budget story whose text never dates its fiscal year: the budget's year is not known, so no figure gets one
    text = "The government unveiled its budget on Wednesday. The budget raises spending on roads by 5%."
    assert budget_year(text, extract(text).dates) is None
    assert period_of(text, "5%") is None


def test_a_firm_year_is_no_budget() -> None:
    # a story without a budget: a firm's year to March does not make its plans a budget's measures
    text = (
        "Profits at the retailer rose 8% in the year to March 2005.\n\n"
        "Spending on new stores is set to rise by 15%, the firm said."
    )
    assert budget_year(text, extract(text).dates) is None
    assert period_of(text, "15%") != "2005-04/2006-03"


@pytest.mark.parametrize(
    ("value", "fiscal"),
    [
        ("2005-04/2006-03", True),
        ("2005-10/2006-09", True),
        ("2005-01/2005-12", False),
        ("2005", False),
        ("2005-04/2005-06", False),
        ("2004/2005", False),
    ],
)
def test_is_fiscal(value: str, fiscal: bool) -> None:
    assert is_fiscal(value) is fiscal


def test_a_firm_budget_is_no_state_budget() -> None:
    # a firm's year from April and its budget: no state presents it, so its lines take no budget year
    text = (
        "The retailer's profits rose 4% in the year to March 2005.\n\n"
        "For the coming year, it has doubled its marketing budget to $40m."
    )
    published = dt.date(2005, 5, 20)
    assert budget_year(text, extract(text, published).dates) is None
    got = semantics_of(text, "$40m", published).period
    assert got is None or got.method != "budget"
