"""A figure measured since a date: the gold protocol's 'a total accumulated since a date and tied to no later
period runs to the story's present' (units sold since a launch in August, in a 2005 story: '2004-08/2005'), and
'a total reported with a later period's results has the range of both' ('saved £75m in 2004, bringing total cost
savings to £100m since the scheme began in mid-2003': '2003/2004').

The story's present comes from the date stage (``Extraction.present``): the year the text fixes (here by a
result 'for the three months to 31 December 2004', reported in 2005), or the publication date (its month). An
open present gives no period (the gold leaves such figures empty: 'has strengthened 4% since late December' in
an undated story). Sentences written for these tests, not taken from the corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest
from semantics_helpers import linked_quote, period_of, semantics_of

from newsfigures.extraction.merge import extract
from newsfigures.semantics.period import since_range
from newsfigures.semantics.pipeline import read_semantics

#: A sentence that fixes the story's present at 2005 (a closed fourth quarter of 2004 reported).
IN_2005 = "Acme made a profit of $5m in the three months to 31 December 2004. "


def test_the_date_stage_passes_the_present_on() -> None:
    assert extract(IN_2005).present == "2005"
    assert extract("Acme made a profit of $5m.").present == ""
    assert extract("Acme made a profit of $5m.", dt.date(2021, 2, 24)).present == "2021-02-24"


@pytest.mark.parametrize(
    ("text", "quote", "period", "date"),
    [
        # a present perfect with 'since' after the figure, in its clause (a relative clause holds the figure too)
        (
            "Acme, which has sold 4,000 of its first hybrid since its launch in August, is upbeat.",
            "4,000",
            "2004-08/2005",
            "August",
        ),
        ("Oil revenues have exceeded $22bn since June 2003.", "$22bn", "2003-06/2005", "June 2003"),
        # a passive perfect is a total too
        ("About 9,000 jobs have been created since 2001.", "9,000", "2001/2005", "2001"),
        # 'since' opening the sentence, one comma before the figure's clause; a day's range starts at its month
        (
            "Since the 11 September 2001 attacks, the airline has cut 13,000 jobs.",
            "13,000",
            "2001-09/2005",
            "11 September 2001",
        ),
        # the date inside the clause 'since' opens
        ("The firm has saved $40m since the plan began in March 2003.", "$40m", "2003-03/2005", "March 2003"),
        # a change since a date, in a story the text places in 2005 (a year's change told in the past in the lede)
        (
            "Sales of the drug rose 8% in 2004. The peso has strengthened 6% since December 2004.",
            "6%",
            "2004-12/2005",
            "December 2004",
        ),
        # a yearly rate measured since a date has that span ('474,000 bpd in 1973' has its year)
        ("About 2,000 jobs a year have been lost since 2000.", "2,000", "2000/2005", "2000"),
    ],
)
def test_a_figure_since_a_date_runs_to_the_present(text: str, quote: str, period: str, date: str) -> None:
    assert period_of(IN_2005 + text, quote) == period
    assert linked_quote(IN_2005 + text, quote) == date
    assert semantics_of(IN_2005 + text, quote).period.method == "since"  # type: ignore[union-attr]


def test_a_total_with_a_later_period_runs_to_that_period() -> None:
    text = "The programme saved £75m in 2004, bringing total cost savings to £100m since the scheme began in mid-2003."
    assert period_of(text, "£100m") == "2003/2004"
    assert linked_quote(text, "£100m") == "mid-2003"
    assert period_of(text, "£75m") == "2004"  # the year's own figure keeps its year


def test_a_publication_date_ends_the_range_at_its_month() -> None:
    text = "Acme has sold 4,000 cars since its launch in August."
    assert semantics_of(text, "4,000", dt.date(2021, 2, 24)).period.value == "2020-08/2021-02"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a record is no total ('its lowest level since'): the figure keeps the sentence's time
        ("In January 2005 the rate fell to 5.2%, its lowest level since September 2001.", "5.2%", "2005-01"),
        ("That 1.5% growth rate is the lowest we have seen since 2000.", "1.5%", None),
        # a state since a date (the copula's perfect) is no total
        (
            "China has been a net importer of oil since 1996 with more than a third of its oil coming from abroad.",
            "a third",
            None,
        ),
        # the figure in a clause of its own after the 'since' phrase ('which makes up')
        (
            "Since 1999, the bank has been restructured into a retail bank, which makes up 45% of its loans.",
            "45%",
            None,
        ),
        # no perfect, no total: a past change since a date is not measured to the present
        ("The value of the stake had gone from $17.8bn to nothing since 2003.", "$17.8bn", None),
        # 'since' in another clause than the figure's
        ("Rates rose five times to 4.75%, but have stayed unchanged since August 2004.", "4.75%", None),
    ],
)
def test_not_a_figure_measured_since(text: str, quote: str, period: str | None) -> None:
    got = semantics_of(IN_2005 + text, quote).period
    assert (got.value if got else None) == period
    assert got is None or got.method != "since"


def test_an_open_present_gives_no_period() -> None:
    # undated: the range has no end, and the figure takes no period of its paragraph either ('October 2004')
    text = "Sales fell 5% in October 2004. Since the 2001 attacks, the airline has cut 13,000 jobs."
    assert extract(text).present == ""
    assert period_of(text, "5%") == "2004-10"
    assert period_of(text, "13,000") is None


@pytest.mark.parametrize(
    ("value", "present", "later", "expected"),
    [
        ("2004-08", "2005", None, "2004-08/2005"),
        ("2001-09-11", "2005", None, "2001-09/2005"),
        ("2005", "2005", None, "2005"),  # since the start of the year, in that year
        ("2005-01", "2005", None, "2005-01/2005"),
        ("2005-06", "2005-03-01", None, None),  # not before the present
        ("2004-08", "", None, None),  # an open present
        ("2003", "2005", "2004", "2003/2004"),
        ("2003", "2005", "2002", "2003/2005"),  # a later period must be later
        ("2000/2001", "2005", None, "2000/2005"),
    ],
)
def test_since_range(value: str, present: str, later: str | None, expected: str | None) -> None:
    from newsfigures.extraction.mentions import DateMention
    from newsfigures.semantics.period import Period

    d = DateMention(0, 1, "x", value, "month", "explicit")
    assert since_range(d, present, Period(later, 0, "sentence") if later else None) == expected


def test_read_semantics_links_the_since_date() -> None:
    text = IN_2005 + "Oil revenues have exceeded $22bn since June 2003."
    found = extract(text)
    sem = read_semantics(text, found)[-1]
    assert sem.period is not None and sem.period.date is not None
    assert found.dates[sem.period.date].quote == "June 2003"
