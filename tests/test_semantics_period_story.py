"""When a figure applies, beyond its paragraph: the story's period, and the figures that take none.

Families: a results or data story states its period in the lede and reports its figures in later
paragraphs (a headline figure takes its body figure's: tests/test_restatements.py); a bound word governs the number after it, not a later
date; a plan or forecast takes no story period; a share move, a present state
('generates 80% of its sales', 'their current 4.75%') takes no period from before.
"""

from __future__ import annotations

import datetime as dt

import pytest
from semantics_helpers import period_of, semantics_of

from newsfigures.extraction.merge import extract
from newsfigures.semantics.period import lede
from newsfigures.semantics.pipeline import paragraph_starts

PUBLISHED = dt.date(2005, 3, 10)

RESULTS = (
    "Acme profit slips\n\n"
    "Toolmaker Acme is to close two plants after reporting weak earnings for 2004.\n\n"
    "It blamed a wet summer. Acme said annual pre-tax profit fell 36% to 2.9bn euros.\n\n"
    "Shares fell 1% to 510 pence in London.\n\n"
    "The group employs 9,000 people and generates 80% of its sales abroad.\n\n"
    "It plans to invest in its 400 main brands."
)


@pytest.mark.parametrize(
    ("quote", "period"),
    [
        # a later paragraph with no date of its own reports the story's period
        ("36%", "2004"),
        ("2.9bn euros", "2004"),
        # a share move is the day's; a present state and a plan have no time the lede gives
        ("1%", None),
        ("510 pence", None),
        ("9,000", None),
        ("80%", None),
        ("400", None),
    ],
)
def test_a_later_paragraph_takes_the_story_s_period_from_the_lede(quote: str, period: str | None) -> None:
    assert period_of(RESULTS, quote) == period
    got = semantics_of(RESULTS, quote, None).period
    if period is not None:
        assert got is not None and got.method == "inherited_story"
        date = extract(RESULTS).dates[got.date]  # linked to the lede's date expression
        assert date.quote == "2004" and RESULTS.index("2004") == date.start


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the lede's forecast dates no later report, and its report no later forecast
        ("Outlook\n\nAnalysts expect growth to slow in 2006.\n\nSales rose 5% to $3m.", "5%", None),
        # a forecast or plan takes no story period: the story reports; a forecast opening the paragraph after the
        # lede continues the forecast date of the lede's last sentence (period.lede_forecast), as the gold reads a
        # plan continuing its lede's 'will boost state spending next year' (258 'It aims to create 400,000 jobs': 2005)
        ("Outlook\n\nSeoul will raise spending next year.\n\nIt will create 400,000 jobs.", "400,000", "2006"),
        ("Outlook\n\nSeoul raised spending in 2004.\n\nIt will create 400,000 jobs.", "400,000", None),
        # the paragraph's own period comes first
        ("Results\n\nProfit rose in 2004.\n\nIn 2003, sales rose 5%. Exports grew 3%.", "3%", "2003"),
        # a text without headline: its first paragraph is the lede
        ("Profit rose 10% in 2004.\n\nExports grew 3%.", "3%", "2004"),
        # one paragraph only: no lede beyond it
        ("Exports grew 3%.", "3%", None),
    ],
)
def test_the_story_period_follows_the_paragraph_rules(text: str, quote: str, period: str | None) -> None:
    got = semantics_of(text, quote, PUBLISHED).period
    assert (got.value if got else None) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # the lede's first period is the story's, not a base after it ('10 years earlier')
        (
            "Homes\n\nHousing reached £3 trillion in 2004, triple its value 10 years earlier.\n\nPrices rose 9%.",
            "9%",
            "2004",
        ),
        (
            "Drugs\n\nProfit fell 9% last year, but a recovery during 2006 is on the way.\n\nSales fell 4%.",
            "4%",
            "2004",
        ),
        # an event's year in a relative clause is not the story's
        ("Suit\n\nThe bank sued Parmalat, which went bust in 2003.\n\nA judge barred two auditors.", "two", None),
        # a present state, a duration: no story period
        ("Mines\n\nUK Coal lost £51m in 2004.\n\nUK Coal operates 15 mines.", "15", None),
        ("Growth\n\nThe region grew in 2004.\n\nIt was the best year in 20 years.", "20 years", None),
    ],
)
def test_the_story_period_is_the_lede_s_report(text: str, quote: str, period: str | None) -> None:
    got = semantics_of(text, quote, PUBLISHED).period
    assert (got.value if got else None) == period


def test_the_lede_is_the_first_paragraph_after_a_headline() -> None:
    text = "Title line\n\nFirst sentence. Second one.\n\nMore."
    assert lede(text, paragraph_starts(text)) == (12, 39)
    no_title = "First sentence.\n\nMore."
    assert lede(no_title, paragraph_starts(no_title)) == (0, 15)
    assert lede("One paragraph only.", [0]) == (0, 19)
    assert lede("Only a headline", [0]) is None


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # 'by' governs the figure after it, not the date: the rise's year, inheritable
        ("Sales were up by 4% in 2004. Drinks sales rose 2%.", "2%", "2004"),
        # a deadline is no time to inherit
        ("Staff will fall to 9,000 by 2010. Costs were $3m.", "$3m", None),
        ("Staff will be cut by 2010. Costs were $3m.", "$3m", None),
    ],
)
def test_a_bound_word_governs_the_number_after_it(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a share price moving is the day's
        ("Output rose 2% in 2008. Shares in Acme Group fell 3% to 98 pence.", "98 pence", None),
        ("Output rose 2% in 2008. Its share price jumped 5%.", "5%", None),
        # shares as a thing counted or sold: the paragraph's time
        ("Output rose 2% in 2008. Acme sold shares for $3m.", "$3m", "2008"),
        # a present state: a stative verb, or 'current' right before the figure
        ("Output rose 2% in 2008. The firm generates 80% of its sales abroad.", "80%", None),
        ("Output rose 2% in 2008. Most households depend on farming, 45% of them.", "45%", None),
        ("Rates rose in 2004. The bank raised rates to their current 4.75%.", "4.75%", None),
        ("Rates rose in 2004. The bank raised rates to 4.75%.", "4.75%", "2004"),
        # a level the bank holds is a standing setting, as the gold reads a rate 'kept' (period.tense.held_level)
        ("Rates rose in 2004. The bank held rates at 4.75%.", "4.75%", None),
        # a noun after a determiner is no verb of state
        ("Output rose 2% in 2008. It overstated its accounts by $3m.", "$3m", "2008"),
        ("Output rose 2% in 2008. The current account deficit fell to $3m.", "$3m", "2008"),
    ],
)
def test_share_moves_and_present_states_take_no_earlier_period(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period


# a lede that names a result but dates none takes its period from the next paragraph, which dates that
# result; later paragraphs report that period. A lede about an event keeps its own (none): the next
# paragraph's dates are the event's background.
UNDATED_LEDE = (
    "Corbel profits hit record\n\n"
    "Corbel, the Dutch builder, has seen annual profits climb to a record.\n\n"
    "Profits for the year to 31 December 2004 rose 12% to 900m euros.\n\n"
    "Its property arm made 210m euros, a 9% jump. Sales in Asia rose by 4% to 1.2bn euros."
)
EVENT_LEDE = (
    "Trial of Widget boss opens\n\n"
    "The trial of the former head of Widget Corp has started in Boston.\n\n"
    "He is accused of hiding losses before the firm collapsed in 2002.\n\n"
    "Investors lost about $2bn and 5,000 workers lost their jobs."
)

#: a lede naming no result's change (a watchdog, a settlement), and one whose next paragraph opens with a
#: period the undated text leaves unanchored: their later paragraphs take no period from the next paragraph
SETTLEMENT_LEDE = (
    "Savers win payout\n\n"
    "Savers misled by fund sellers are to receive £90m, the financial watchdog has announced.\n\n"
    "The scheme was sold widely before the market collapsed in 2001.\n\n"
    "Firms were shown 780 files of evidence."
)
UNANCHORED_BODY = (
    "Pharma profits slump\n\n"
    "Profits at drugmaker Medico fell sharply as sales flagged.\n\n"
    "Profits were 40m rupees for the three months to December, after a launch in December 2000.\n\n"
    "Sales in its generics arm fell 8.6% to 966m rupees."
)


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        (UNDATED_LEDE, "210m euros", "2004"),
        (UNDATED_LEDE, "9%", "2004"),
        (UNDATED_LEDE, "4%", "2004"),
        (UNDATED_LEDE, "1.2bn euros", "2004"),
        # must not: a lede about an event, whose next paragraph gives the event's background
        (EVENT_LEDE, "$2bn", None),
        (EVENT_LEDE, "5,000", None),
        (SETTLEMENT_LEDE, "780", None),
        (UNANCHORED_BODY, "8.6%", None),
        (UNANCHORED_BODY, "966m rupees", None),
    ],
)  # fmt: skip
def test_an_undated_lede_s_result_is_dated_by_the_next_paragraph(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
    got = semantics_of(text, quote, None).period
    if period is not None:
        assert got is not None and got.method == "inherited_story"
        assert extract(text, None).dates[got.date].quote.startswith("year to 31 December 2004")


# a price's close ('finished down $4.10 at $21', 'closed higher') is a move of the day of the news: it takes
# no period stated before it; 'closed down the plant' or 'ended up owning' is no close, and keeps it
@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("Profits rose 10% in 2003. Medico finished down $4.10 at $21, while Pharmo fell $2.50 to $30.", "$4.10", None),
        ("Profits rose 10% in 2003. Medico finished down $4.10 at $21, while Pharmo fell $2.50 to $30.", "$21", None),
        ("Profits rose 10% in 2003. Medico finished down $4.10 at $21, while Pharmo fell $2.50 to $30.", "$2.50", None),
        ("Output fell in 2003. US crude closed up $1.20 to $48.10 a barrel in New York.", "$48.10 a barrel", None),
        ("Output fell in 2003. Airline stocks closed higher, with Delta adding 4%.", "4%", None),
        # must not: a close that is a shutting down, or 'ended up' doing something
        ("The firm lost $5m in 2003. It closed down 12 plants and cut 900 jobs.", "900", "2003"),
        ("The banks lent heavily in 1850. They ended up owning about 1,250 farms.", "1,250", "1850"),
    ],
)  # fmt: skip
def test_a_price_s_close_is_the_day_s(text: str, quote: str, period: str | None) -> None:
    assert period_of(text, quote) == period
