"""When a figure applies: more families of period misses (helper period8), each with sentences written for the test
that must and must not take a period.

Families: a clause about an earlier result opened after a forecast ('has forecast growth of 10% this year after
registering record sales there in 2004') reports that result's year, the story's period for later paragraphs; a
date that is another figure's of the sentence (beyond it, in a contrasting clause) gives this figure no time of its
own, so it inherits; an event told only in the present perfect ('have been halted') takes no story period; the
stative verb of a relative aside closed before the figure ('valued Ferrari - which owns the Maserati brand - at
2.3bn euros') is no present state of the figure; a lede naming a change of a result with a verb in the present
form ('has helped boost profits') takes the period of the next paragraph, as one with 'climb' does; a date in a
reduced relative clause after the sentence's verb ('a return to the weaker pattern of lending seen in the last
months of 2004') is its noun's reference point, no period later sentences take; a bound with a hedge ('until at
least the 2006-2007 fiscal year') and a date in the clause 'since' opens are bounds, no period to inherit; a date
opening the clause after a comma that holds a figure of its own ('growth of just 2%, by 2019 poverty could fall as
low as 15.3%') is that figure's; a date after 'until' ends the figure's stretch and is not its period.
"""

from __future__ import annotations

import pytest
from semantics_helpers import period_of


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the lede's result after 'after'/'following' is reported, not forecast: the story's period
        (
            "Acme has forecast sales growth of at least 10% in Asia this year after registering record sales there "
            "in 2004.\n\nAcme-brand sales rose 2.3% to 80,600.",
            "2.3%",
            "2004",
        ),
        ("Acme forecast growth of 5% in 2006 following a 12% rise in 2004.\n\nExports grew 4%.", "4%", "2004"),
        # a clause that names no result may be a plan ahead: still the forecast's
        (
            "Acme expects profits to rise by 8% this year after launching new models in 2005.\n\nExports grew 4%.",
            "4%",
            None,
        ),
        # no opener: the date after a forecast word stays a forecast's
        ("Acme has forecast record sales in 2005.\n\nExports grew 4%.", "4%", None),
    ],
)
def test_a_result_after_a_forecast_is_reported(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the date is the contrasted figure's (43%): the first figure inherits the story's period
        (
            "China's economy grew 9.5% in 2004.\n\nInvestment was still high, up 21.3% from the previous year - "
            "although some way off the peak of 43% seen in the first quarter of 2004.",
            "21.3%",
            "2004",
        ),
        (
            "China's economy grew 9.5% in 2004.\n\nInvestment was still high, up 21.3% from the previous year - "
            "although some way off the peak of 43% seen in the first quarter of 2004.",
            "43%",
            "2004-Q1",
        ),
        # a date of the figure's own clause keeps it
        (
            "China's economy grew 9.5% in 2004.\n\nInvestment rose 21.3% in the first quarter of 2003.",
            "21.3%",
            "2003-Q1",
        ),
    ],
)
def test_another_figures_date_is_no_time_of_this_one(text: str, quote: str, period: str) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # told only in the present perfect, an event up to the undated present takes no story period either
        (
            "Power demand grew 15% in 2004.\n\nA total of 30 large-scale projects have been halted across the country.",
            "30",
            None,
        ),
        (
            "Monsanto's sales rose 8% in 2004.\n\nMonsanto has agreed to pay $1m to the Department of Justice.",
            "$1m",
            None,
        ),
        # a measured change in the perfect, or a simple past, still takes it
        ("Power demand grew 15% in 2004.\n\nCoal imports have risen 20%.", "20%", "2004"),
        ("Power demand grew 15% in 2004.\n\nThe firm halted 30 projects.", "30", "2004"),
    ],
)
def test_an_event_up_to_now_takes_no_story_period(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the stative verb of a relative aside closed before the figure states its own noun's present
        (
            "It sold a stake in Ferrari in 2002. That sale valued Ferrari - which owns the Maserati brand - at 2.3bn "
            "euros.",
            "2.3bn euros",
            "2002",
        ),
        (
            "It sold a stake in Ferrari in 2002. The sale valued Ferrari, which owns Maserati, at 2.3bn euros.",
            "2.3bn euros",
            "2002",
        ),
        # a figure inside the relative clause, or a stative main verb, is a present state
        ("It sold a stake in Ferrari in 2002. Ferrari, which employs 3,000 people, is profitable.", "3,000", None),
        ("It sold a stake in Ferrari in 2002. Ferrari owns 56% of Maserati.", "56%", None),
    ],
)
def test_a_relative_asides_state_is_not_the_figures(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


_LEDE = (
    "Acme gets boost\n\nStrong demand has helped boost {} at Acme.\n\nAcme added more than five million new customers "
)
_BODY = "in 2004.\n\nAcme enjoyed strong growth in Asia, swelling its subscriber base to 5.4 million."


@pytest.mark.parametrize(
    ("result", "period"),
    [
        # a lede that names a change of a result ('boost profits') without dating it: the next paragraph dates it
        ("profits", "2004"),
        ("sales", "2004"),
        # a lede about no result keeps the lede's (none)
        ("the brand", None),
    ],
)
def test_a_lede_boosting_a_result_takes_the_next_paragraphs_period(result: str, period: str | None) -> None:
    assert period_of(_LEDE.format(result) + _BODY, "5.4 million") == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a reduced relative after the sentence's verb dates its noun's reference point, not the paragraph
        (
            "Lending rose by £4bn in January 2005. This was a return to the weaker pattern of lending seen in the "
            "last months of 2004. Lending for house purchases was 29% lower year-on-year.",
            "2005-01",
        ),
        (
            "Lending rose by £4bn in January 2005, less than the £5.1bn seen in December 2004. Lending for house "
            "purchases was 29% lower year-on-year.",
            "2005-01",
        ),
        # the participle of a passive, or one whose noun is the sentence's subject, still dates the paragraph
        (
            "Lending rose by £4bn in January 2005. The weaker pattern was seen in the last months of 2004. Lending "
            "for house purchases was 29% lower year-on-year.",
            "2004",
        ),
        ("Sales recorded in 2004 beat forecasts. Lending for house purchases was 29% lower year-on-year.", "2004"),
    ],
)
def test_a_reduced_relatives_date_is_not_the_paragraphs(text: str, period: str) -> None:
    assert period_of(text, "29%") == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a bound with a hedge, and a date in the clause 'since' opens, are bounds: no period to inherit
        (
            "It recommended deferring repayments until at least the 2006-2007 fiscal year. The club got a capital "
            "injection of 35m euros.",
            "35m euros",
            None,
        ),
        (
            "The airline has failed to make money since the state sold a majority stake to a hotel tycoon in 1994. It "
            "carried about 55% of all passengers to the island.",
            "55%",
            None,
        ),
        # a date of its own sentence, or one after 'in', still gives its time
        (
            "It deferred repayments in the 2006-2007 fiscal year. The club got a capital injection of 35m euros.",
            "35m euros",
            "2006/2007",
        ),
        ("The state sold a majority stake in 1994. The airline carried about 55% of all passengers.", "55%", "1994"),
    ],
)
def test_a_hedged_bound_or_a_since_clause_is_no_period_to_inherit(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a date opening the clause after a comma, with a figure of its own, is that figure's
        (
            "With subsidies and economic growth of just 2%, by 2019 poverty could fall as low as 15.3%, he said.",
            "2%",
            None,
        ),
        (
            "With subsidies and economic growth of just 2%, by 2019 poverty could fall as low as 15.3%, he said.",
            "15.3%",
            "2019",
        ),
        ("Sales rose 5%, in 2004 profits rose 3%.", "5%", None),
        # a date closed off by its own comma, or with no figure after it, is still the figure's before it
        ("Sales rose 5%, in 2004, to $3bn.", "5%", "2004"),
        ("Profits rose 12%, in 2004.", "12%", "2004"),
    ],
)
def test_a_date_opening_the_next_figures_clause_is_that_figures(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a date after 'until' ends the figure's stretch, whose start the text leaves open: no period
        ("India's mobile market is likely to grow by about 40% a year until 2007.", "40% a year", None),
        ("It will defer payments on loans worth $3.7m until 2006.", "$3.7m", None),
        ("It recommended deferring repayments of $5m until at least the 2006-2007 fiscal year.", "$5m", None),
        # 'by' is a deadline that dates the new level; 'in' the figure's own time
        ("The market is likely to grow to 40 million users by 2007.", "40 million", "2007"),
        ("The market is likely to grow by about 40% in 2007.", "40%", "2007"),
    ],
)
def test_a_date_after_until_is_no_period(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
