"""When a figure applies, on unseen text: families of 'the text gives the figure's time' found by reading
unannotated business news (not the gold), each with sentences that must and must not take a period.

Families: a date tied to the figure by a clause of its time ('2002 when output fell 11%') or a possessive
('2003's 784m euro figure'), also where the date is a base of the sentence; 'more than 2.4 million' is a
qualifier of a number, no base of the date after it; a year that is its sentence's subject ('2004
reinforces the trend') is a time later sentences take, unlike an event's attribute ('the 2001
election'); a headline ending with a quoted phrase is no lede.
"""

from __future__ import annotations

import pytest
from semantics_helpers import linked_quote, period_of

from newsfigures.semantics.period import lede
from newsfigures.semantics.pipeline import paragraph_starts


@pytest.mark.parametrize(
    ("text", "quote", "period", "date"),
    [
        # a clause of the date's time: the figure is of that date, though the date is a base of the sentence
        ("Output should grow 7% this year, a sharp turnaround from 2002 when it fell 11%.", "11%", "2002", "2002"),
        (
            "Shipments rose 4% in March 2005, up from January 2005, when they fell 2.5%.",
            "2.5%",
            "2005-01",
            "January 2005",
        ),
        (
            "The rate has been falling since April 2004 when it reached a peak of 13.1%.",
            "13.1%",
            "2004-04",
            "April 2004",
        ),
        (
            "Quarterly growth was 2.4% in the fourth quarter of 2004, up from the third quarter of 2004, when the economy "
            "shrank 3.0%.",
            "3.0%",
            "2004-Q3",
            "third quarter of 2004",
        ),
        # an event named by a date between them does not untie the clause from its year
        (
            "Claims eclipsed earlier years, including 2001 when the 11 September attacks pushed claims up to $37bn.",
            "$37bn",
            "2001",
            "2001",
        ),
        # a possessive date is the time of the figure it owns
        ("Profits compared unfavourably with 2003's 784m euro figure.", "784m euro", "2003", "2003"),
        ("Exports lagged behind 2002's record 4.1bn euros.", "4.1bn euros", "2002", "2002"),
        # 'more than 2.4 million' qualifies the number: the year after it is no base, and dates the change
        (
            "Renault sold more than 2.4 million vehicles in 2004, an increase of 4% on the previous year.",
            "4%",
            "2004",
            "2004",
        ),
        ("The firm hired fewer than 300 staff in 2003, cutting its wage bill 6%.", "6%", "2003", "2003"),
    ],
)
def test_a_date_tied_to_the_figure_is_its_period(text: str, quote: str, period: str, date: str) -> None:
    assert period_of(text, quote) == period
    assert linked_quote(text, quote) == date


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the clause of an unanchored date: the figure's own time is that date, so no other one (not '2006')
        ("Growth will slow in 2005 and 2006 compared to last year, when the economy expanded by 3.25%.", "3.25%", None),
        # 'when' after a figure's own date: the nearest date still decides
        ("Sales fell 3% in 2003, when the euro rose.", "3%", "2003"),
        # a figure beyond another is not tied to the date before both
        ("In 2002, when sales were $4m, profit was $1m.", "$1m", "2002"),
        # 'than' before a date is still a base when no number follows it
        ("Prices were 5% higher than in 2003.", "5%", None),
        ("Oil is about 50% dearer than it was at the start of 2004.", "50%", None),
        # a possessive that is not a date's, and a date's possessive far from the figure
        ("The group's sales rose 3%.", "3%", None),
    ],
)
def test_no_period_from_a_date_the_figure_is_not_tied_to(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a year that is its sentence's subject sets the time of the next sentences
        (
            'Claims reached a record. "2004 reinforces the trend," said the insurer. Some 95% of claims were for storms.',
            "95%",
            "2004",
        ),
        (
            '"The year 2004 shows that our strategy works," he said. The group took a 475m euro hit in costs.',
            "475m euro",
            "2004",
        ),
        ("2004 was a record year for the miner. Its output rose 12%.", "12%", "2004"),
        # an event's year is no time for later sentences, nor a plural noun's attribute
        ("Turnout in the 2001 election was low. Some 95% of claims were paid.", "95%", None),
        ("2001 elections were held in May. Some 95% of claims were paid.", "95%", None),
    ],
)
def test_a_year_as_the_sentence_s_subject_is_inherited(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the lede (after a headline that ends with a quoted phrase) dates a later paragraph's report
        (
            "Carmaker hails 'great year'\n\nAcme lifted its profits by 40% in 2004.\n\nIts net profit rose 43% to "
            "2.4bn euros as sales rose 8%.",
            "43%",
            "2004",
        ),
        ('Bank warns of "tough times"\n\nThe bank made a loss in 2004.\n\nIts costs rose 8%.', "8%", "2004"),
        # a present state still takes no story period
        (
            "Carmaker hails 'great year'\n\nAcme lifted its profits by 40% in 2004.\n\nConsumer spending accounts for "
            "66% of the economy and is closely observed.",
            "66%",
            None,
        ),
    ],
)
def test_a_headline_ending_with_a_quote_is_not_the_lede(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


def test_the_lede_after_a_quoted_headline() -> None:
    text = "Carmaker hails 'great year'\n\nAcme lifted profits in 2004.\n\nMore."
    span = lede(text, paragraph_starts(text))
    assert span is not None and text[span[0] : span[1]] == "Acme lifted profits in 2004."
    # a lede that ends with a quotation after its full stop is a lede
    quoted = 'Acme says "profits rose."\n\nMore.'
    span = lede(quoted, paragraph_starts(quoted))
    assert span is not None and quoted[span[0] : span[1]] == 'Acme says "profits rose."'


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a reported change compared with a dated base takes the later period its paragraph or story states
        (
            "Trade gap narrows\n\nThe UK trade gap narrowed in November 2004.\n\nThe deficit was £3.1bn, down from "
            "October 2004's £3.6bn.",
            "£3.1bn",
            "2004-11",
        ),
        (
            "Sales rose in the three months to 30 November 2004. Revenues increased 11% to $3.1bn, from $2.8bn for the "
            "same period in 2003.",
            "11%",
            "2004-09/2004-11",
        ),
        (
            "Sales rose in the three months to 30 November 2004. Revenues increased 11% to $3.1bn, from $2.8bn for the "
            "same period in 2003.",
            "$3.1bn",
            "2004-09/2004-11",
        ),
        (
            "For the whole of 2004, net profit was 19bn kronor, compared with a loss of 10.8bn kronor in 2003. Sales "
            "climbed to 131.9bn kronor from 117.7bn kronor in 2003.",
            "131.9bn kronor",
            "2004",
        ),
        # the base's own figure keeps the base's date
        (
            "For the whole of 2004, net profit was 19bn kronor, compared with a loss of 10.8bn kronor in 2003. Sales "
            "climbed to 131.9bn kronor from 117.7bn kronor in 2003.",
            "117.7bn kronor",
            "2003",
        ),
        # a forecast revised from a figure of the same date keeps that date
        ("The OECD scaled back its growth forecasts to 4.0% from 4.4% for 2005.", "4.0%", "2005"),
    ],
)
def test_a_reported_change_takes_the_later_period(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the base figure of a change without a date: its earlier period is left implicit ('Jobs were created in
        # 2003', not 'Jobs grew': a year's change told in the lede would fix the present and date 'four years ago')
        ("Exports fell 3% in November 2004. The deficit with the EU fell to £1.9bn from £2.1bn.", "£2.1bn"),
        ("Jobs were created in 2003. Unemployment stood at 25%, compared with 10% four years ago.", "10%"),
        # a base the text cannot order (no value): no later period can be told
        ("Jobs were created in 2003. Unemployment stood at 25%, compared with 10% four years ago.", "25%"),
        # a present state compared with a base: the undated present ('than it was at the start of 2004')
        ("Prices fell in 2004. Crude is about 50% dearer than it was at the start of 2004.", "50%"),
        (
            "Output rose in 2004. Consumption has jumped to 2.4 million barrels, compared with 474,000 in 1973.",
            "2.4 million barrels",
        ),
        # a period not later than the base is not the change's
        ("Sales fell in 2003. Revenues were up 5% on 2003.", "5%"),
        # a relative clause's date is no base of the words before it, and no base of a later sentence either
        ("It recovered from a recession which in 2001 culminated in default. Two ministers resigned.", "Two"),
    ],
)
def test_no_later_period_for_a_base_or_an_undated_present(text: str, quote: str) -> None:
    got = period_of(text, quote)
    if quote == "Two":
        assert got == "2001"  # the relative clause's year is the paragraph's time, not a base
    else:
        assert got is None


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a year as the object of a verb, before a determiner, is the story's time, no noun's attribute
        (
            "Storm year\n\nStorms have made 2004 the costliest year on record for insurers.\n\nThe insurer said "
            "disasters have seen claims reach $42bn.",
            "$42bn",
            "2004",
        ),
        # the perfect of an irregular verb reports the story's past, as one in -ed does
        (
            "Storm year\n\nStorms made insurers pay out a record in 2004.\n\nThe industry has seen claims of $42bn.",
            "$42bn",
            "2004",
        ),
        # an aside about an earlier event ('having bought ... in 2003') sets no time for later sentences
        (
            "The group has been keen on UK assets, having bought Amey in 2003. Jarvis said the sale raised more "
            "than the £100m analysts had expected.",
            "£100m",
            None,
        ),
        # a value 'standing at' is the present's
        (
            "Argentina defaulted at the end of 2001. With the debt's value standing at around $100bn, talks are hard.",
            "$100bn",
            None,
        ),
    ],
)
def test_story_times_and_asides(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


BA = (
    "High fuel prices hit profits\n\n"
    "The airline has blamed high fuel prices for a 40% drop in profits.\n\n"
    "Reporting its results for the three months to 31 December 2004, it made a pre-tax profit of £75m. "
    "It was founded in 1974."
)


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a lede's (or headline's) result that its sentence leaves undated takes the period the body reports next
        (BA, "40%", "2004-Q4"),
        (
            "Acme sales jump\n\nAcme has posted an 18% jump in quarterly sales.\n\nIn the "
            "fourth quarter of 2004, it earned $4bn.",
            "18%",
            "2004-Q4",
        ),
        # no result: a settlement ('gun sales' far from it), a plan, a share move, a present state
        (
            "Retailer to pay $14m\n\nThe retailer has agreed to pay a total of $14.5m to settle a lawsuit over gun "
            "sales.\n\nIt broke gun laws between 2000 and 2003.",
            "$14.5m",
            None,
        ),
        (
            "Carmaker cuts\n\nThe carmaker plans to cut 1,000 jobs to lift its profits.\n\nIts profits fell in 2004.",
            "1,000",
            None,
        ),
        ("Shares slide\n\nShares in Acme fell 5% after a drop in profits.\n\nProfits fell in 2004.", "5%", None),
        # 'annual profits' are a year's, not the next paragraph's quarter
        (
            "Oil profits\n\nThe oil firm has announced a 26% rise in annual profits.\n\nIt raised its fourth "
            "quarter of 2004 dividend by 26%.",
            "26%",
            None,
        ),
        # a result word inside another ('with-profits investors'), or before the figure, names no result of it
        (
            "Bonus cut\n\nThe insurer has lowered bonus payouts for up to 50,000 with-profits investors.\n\nMarkets "
            "fell in 2001.",
            "50,000",
            None,
        ),
        (
            "Suppliers charged\n\nProsecutors charged nine suppliers with helping the retailer inflate earnings by "
            "more than $800m.\n\nIt hit the headlines in February 2003.",
            "$800m",
            None,
        ),
    ],
)
def test_a_lede_result_takes_the_period_the_body_reports(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
    if period is not None:
        assert linked_quote(text, quote) in text.split("\n\n")[2]


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # 'against the euro' names the currency a move is measured in, not a base: the date after it is the move's
        (
            "At the start of the year, the US currency, which had lost 7% against the euro in the final three months "
            "of 2004 and had fallen to record lows, staged a recovery.",
            "7%",
            "2004-Q4",
        ),
        ("The dollar fell 2% against the euro in 2004.", "2%", "2004"),
        ("The yen gained 3.5% against the US dollar during 2003.", "3.5%", "2003"),
        ("Sterling rose 1.2% versus the single currency in the third quarter of 2004.", "1.2%", "2004-Q3"),
    ],
)
def test_a_currency_pair_is_no_base(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # 'against' before the date itself, or before a figure and its date, still opens a base
        ("Sales rose 5% against 2003.", "5%"),
        ("Sales rose 5% against the same period of 2003.", "5%"),
    ],
)
def test_against_a_date_stays_a_base(text: str, quote: str) -> None:
    assert period_of(text, quote) is None


def test_against_a_figure_of_a_year_is_a_base_of_the_year_before() -> None:
    # the base keeps 2003; the result it is compared with is of the year after, which the story's present is
    # (period.after_base)
    text = "Profit rose to $5m, against $4m in 2003."
    assert (period_of(text, "$4m"), period_of(text, "$5m")) == ("2003", "2004")


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # 'from A to B by <deadline>': the deadline is B's time; A is today's level, which the text does not date
        ("The plan could see its workforce trimmed from 155,000 to 110,000 staff by 2010.", "155,000", None),
        ("The plan could see its workforce trimmed from 155,000 to 110,000 staff by 2010.", "110,000", "2010"),
        (
            "It hopes to increase the number of mobile users from 95 million to between 200 and 250 million by 2007.",
            "95 million",
            None,
        ),
        ("The bank expects its branches to shrink from about 900 to 600 by the end of 2008.", "900", None),
        ("The bank expects its branches to shrink from about 900 to 600 by the end of 2008.", "600", "2008"),
        # not a deadline: a change dated as a whole, or a start with a date of its own
        ("It aims to lift output from 2m tonnes to 3m tonnes in 2006.", "2m tonnes", "2006"),
        ("The fare rose from $210 in 2019 to $265 by 2021.", "$210", "2019"),
        ("The forecast was cut from 1.8% to 0.8% for 2005.", "1.8%", "2005"),
    ],
)
def test_a_level_changed_by_a_deadline_starts_undated(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a sentence that tells of the past only in the present perfect: up to the undated present, no earlier period
        (
            "Monsanto paid a bribe at a Jakarta subsidiary in 2001. Monsanto has agreed to pay $1m to the "
            "Department of Justice.",
            "$1m",
            None,
        ),
        (
            "Work was halted on a dam in 2003 because of environmental worries. A total of 30 large-scale projects "
            "have been halted across the country for similar reasons.",
            "30",
            None,
        ),
        (
            "The state changed the law to allow Islamic banking in 1983. It has granted licences to three Middle "
            "Eastern groups.",
            "three",
            None,
        ),
        (
            "The firm cut 2,000 jobs in 2001. It has since managed to save $1.1bn in costs.",
            "$1.1bn",
            None,
        ),
        # a simple past, a forecast or a date of its own still gives the sentence a time
        ("Profit rose 5% in 2004. Sales rose 3% to $2bn.", "3%", "2004"),
        ("Profit rose 5% in 2004. The firm said it has sold 1.2 million cars.", "1.2 million", "2004"),
        ("The economy grew 3% in 2004. It will grow 2% as exports have slowed.", "2%", None),
        ("Profit rose in 2004. Sales have risen 5% in 2003.", "5%", "2003"),
    ],
)
def test_a_present_perfect_takes_no_earlier_period(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a relative clause with its own verb ends at its date when the main clause's verb follows: its date is
        # the clause's ('joined the EU last year'), not the main clause's figure's
        ("The states which joined the EU in 2004 will see 4.6% growth.", "4.6%", None),
        (
            "A policyholder who had invested for the past 25 years would see a final maturity payout of £46,998.",
            "£46,998",
            None,
        ),
        ("Firms that listed in 2003 are worth $5bn.", "$5bn", None),
        # the clause's own verb after the date: the figure is inside the clause and takes its date
        ("The firm, which in 2004 was sold for $5m, is growing.", "$5m", "2004"),
        ("Shares which rose 5% in 2004 were sold.", "5%", "2004"),
        # a main verb in the past: the thing the clause dates has the figure at that time
        ("The deal it agreed in 2004 was worth $5bn.", "$5bn", "2004"),
        # no relative clause: the date is the sentence's
        ("The states joined the EU in 2004 and saw 4.6% growth.", "4.6%", "2004"),
    ],
)
def test_a_restrictive_clause_ends_at_its_date_before_the_main_verb(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
