"""When a figure applies: a figure of a firm's collapse takes the date the text gives that collapse wherever it
gives it (``event``), as the gold README's ruling on events has it; a list of periods ending in 'and' is their
span; a rate per hour takes only the time of its own clause.

The sentences are written for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest
from semantics_helpers import linked_quote, period_of, semantics_of

from newsfigures.extraction.merge import extract
from newsfigures.semantics.period import collapse_date, tells_collapse

#: A headline and an undated lede, so that no figure below inherits the story's period.
_LEDE = "Creditors seek payout\n\nCreditors of the failed group met its administrators on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "quote", "period", "date"),
    [
        # the collapse told before the figure, dated in an earlier sentence
        (
            "Creditors seek payout\n\nCreditors of the failed retailer met its administrators on Monday.\n\n"
            "The retailer collapsed in 2001 after years of falling sales.\n\nWhen the chain finally collapsed, "
            "suppliers lost about $3bn and 12,000 staff lost their jobs.",
            "$3bn",
            "2001",
            "2001",
        ),
        # told after the figure behind 'when'; the date in a later sentence, with a month
        (
            "Investors lost some $40bn when the insurer collapsed. The group went bust in March 2003, months "
            "after its accounts were questioned.",
            "$40bn",
            "2003-03",
            "March 2003",
        ),
        # the debts it collapsed with, the collapse dated by a noun's clause
        (
            "The airline collapsed with debts of about 2bn euros. The bankruptcy followed a failed merger in 1999.",
            "2bn euros",
            "1999",
            "1999",
        ),
        # what was found in bringing it down, its own sentence dating the collapse in another clause
        (
            "The brewer gained protection from creditors in 2002 after revealing losses of 900m euros.",
            "900m euros",
            "2002",
            "2002",
        ),
        (
            "Bank's founder on trial\n\nThe founder of the failed bank has gone on trial in Rome.\n\n"
            "The bank was placed into bankruptcy protection in 1998.\n\nIt was declared insolvent after it emerged "
            "that $2bn of its loans had never been repaid.",
            "$2bn",
            "1998",
            "1998",
        ),
    ],
)
def test_a_collapse_figure_takes_the_collapse_date(text: str, quote: str, period: str, date: str) -> None:
    got = semantics_of(text, quote).period
    assert got is not None and got.method == "event"
    assert period_of(text, quote) == period
    assert linked_quote(text, quote) == date


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a bankruptcy's end is another event: no date of the collapse
        (
            _LEDE + "The carrier exited bankruptcy in May 2004.\n\nWhen it collapsed, shareholders lost about $9bn.",
            "$9bn",
        ),
        # a collapse avoided or only feared dates nothing
        (
            _LEDE + "The lender avoided bankruptcy in 2003 thanks to a rescue.\n\nA new run could bankrupt the bank, "
            "which owes about $7bn.",
            "$7bn",
        ),
        # a market's collapse is no firm's
        (_LEDE + "Share prices collapsed in 2000.\n\nWhen prices collapsed, the fund lost $2bn.", "$2bn"),
        # the collapse in a clause that describes the figure's noun: the fraud's own years are not given
        (
            _LEDE + "The firm collapsed in June 2002.\n\nIts boss is accused of running a $4bn fraud that eventually "
            "saw the firm collapse.",
            "$4bn",
        ),
        # a relative clause between the figure and the collapse: the collapse is not the figure's
        (
            _LEDE + "The firm collapsed in 2002.\n\nThe 12 directors agreed to pay $5m to those who lost savings when "
            "the firm collapsed.",
            "$5m",
        ),
        # the figure in a relative clause after the collapse: what the firm owes now
        (_LEDE + "The firm collapsed in 2002.\n\nIts collapse hurt the unit, which owes about $5bn.", "$5bn"),
        # no collapse in the figure's sentence: nothing to take
        (_LEDE + "The phone company collapsed in 2002.\n\nIts rival now employs 20,000 staff.", "20,000"),
    ],
)
def test_no_collapse_date_where_the_figure_is_no_figure_of_the_collapse(text: str, quote: str) -> None:
    assert period_of(text, quote) is None


def test_a_collapse_dated_in_the_figure_s_own_sentence_comes_first() -> None:
    text = (
        _LEDE + "Its failure recalled the collapse of a rival bank in 1995.\n\n"
        "The bank gained protection from creditors in 2003 after revealing debts of 9bn euros."
    )
    assert period_of(text, "9bn euros") == "2003"


def test_collapse_date_is_the_first_firm_collapse_the_text_dates() -> None:
    text = (
        "The insurer emerged from bankruptcy in June 2004. The insurer collapsed in 2001. It went bust again in 2003."
    )
    found = extract(text, None)
    got = collapse_date(text, found.dates)
    assert got is not None and got.value == "2001" and found.dates[got.date or 0].quote == "2001"


def test_tells_collapse_reads_the_link_after_the_figure() -> None:
    text = "Savers lost £3bn when the society collapsed."
    at = text.index("£3bn")
    assert tells_collapse(text, (at, at + 4), (0, len(text)))
    text = "Savers lost £3bn, a sum that the society collapsed under."
    at = text.index("£3bn")
    assert not tells_collapse(text, (at, at + 4), (0, len(text)))


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("The money will be spent in £1bn instalments in 2007, 2008 and 2009.", "£1bn", "2007/2009"),
        ("Payments of $300m fall due in 2006, 2007, 2008 and 2009.", "$300m", "2006/2009"),
        ("Sales rose 8% in 2003, 2004, and 2005.", "8%", "2003/2005"),
    ],
)
def test_a_list_of_periods_ending_in_and_is_their_span(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # not later, or not all of one granularity: no span (the nearest date as before)
        ("Sales rose 8% in 2005, 2004 and 2003.", "8%", "2005"),
        ("Sales rose 8% in 2005, March 2006 and 2007.", "8%", "2005"),
    ],
)
def test_a_list_that_is_no_span_keeps_its_nearest_date(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a rate per hour, its conversion between, takes no period of an earlier sentence
        (
            "The chain will hire 5,000 staff in 2005. Its pay is twice the minimum wage of $5.15 (£2.70) an hour.",
            "$5.15",
            None,
        ),
        ("The chain will hire 5,000 staff in 2005. Cleaners earn £6 per hour.", "£6 per hour", None),
        # its own clause's date it keeps
        ("In 2004 cleaners earned £6 an hour.", "£6 an hour", "2004"),
    ],
)
def test_an_hourly_rate_takes_only_its_own_clause_date(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


def test_an_amount_without_a_rate_still_inherits() -> None:
    text = "The chain will hire 5,000 staff in 2005. It will spend $5m (£2.7m) on training."
    assert period_of(text, "$5m") == "2005"
