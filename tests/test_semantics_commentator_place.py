"""Where a quoted commentator works is not what a figure is about (family found by reading open-only articles:
'said David Naude, economist at Deutsche Bank. ... But unemployment remains high at about 10%' took Germany for
France's unemployment; 'According to its Paris lawyer, ... with a 60% addition' took France for a Russian claim;
in the tuning set 'said Adrian Hughes, currency strategist with HSBC in London' took the UK for the dollar).

Must: a place after a commentator noun and a preposition of its workplace ('at', 'with'; 'for' but for a lawyer), or
right before a lawyer or dealer, is neither the subject of its sentence's figure nor the context of a later sentence.
Must not: a place the figure is about in the same sentence, a place where commentators are ('analysts in Tokyo'), a
firm's own spokesman, a place a clause names after the workplace ('Analysts at the bank forecast that France will
grow 2%'), a lawyer's client ('lawyers for Russian oil firm Yukos'), the economy an economist follows ('chief
Turkish economist'), a trader's partner ('top trader with Japan').
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

from newsfigures.semantics.places import find_places
from newsfigures.semantics.subject.commentators import commentator_place


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: the commentator's employer (a firm named for a country) is no context of the next sentence
        (
            'French output\n\nFrance\'s economy grew 0.7% in the fourth quarter. "The numbers are good," said David '
            "Smith, economist at Deutsche Bank. But unemployment remains high at about 10%.",
            "10%",
            "FR",
        ),
        # must: a lawyer's town is no subject of the claim his sentence reports
        (
            "Yukos claim\n\nRussian oil firm Yukos has lost 97% of its value. According to its Paris lawyer, the claim "
            "includes a 60% addition for lost gains.",
            "60%",
            "RU",
        ),
        # must not: a strategist's town dropped, the dollar still names its economy
        (
            "Dollar\n\nThe dollar will end the year at $1.35, said Jane Doe, currency strategist with HSBC in London.",
            "$1.35",
            "US",
        ),
        # must not: where analysts are is not where they work
        ("Tokyo shares\n\nThe Nikkei index rose 1.2%, analysts in Tokyo said.", "1.2%", "JP"),
        # must not: the economy a figure is about, in a commentator's sentence
        ("German growth\n\nGermany's economy grew 1.6%, said an economist at Deutsche Bank.", "1.6%", "DE"),
        # must not: a firm's spokesman speaks for the firm
        ("Bank loss\n\nUS bank Citi lost 2m customer records, a spokesman for the US bank said.", "2m", "US"),
        # must not: the workplace's description ends at a verb; the clause after it names the figure's place
        ("Growth\n\nAnalysts at the bank forecast that France will grow 2% this year.", "2%", "FR"),
        ("Growth\n\nEconomists at Capital Economics believe China will grow 9% this year.", "9%", "CN"),
        # must not: a lawyer for a firm speaks for it
        ("Tax claim\n\nLawyers for Russian oil firm Yukos said the claim of $27bn was illegal.", "$27bn", "RU"),
        # must not: a firm first named as a commentator's employer is no workplace where its own figures are reported
        (
            "Bank results\n\nRates will rise, said Jane Doe, economist at US bank Citigroup.\n\n"
            "Citigroup's profits rose 10% to $17bn.",
            "$17bn",
            "US",
        ),
        # must not: an economist's country before the noun is the economy followed, not a workplace
        (
            "Outlook\n\nGrowth will slow to 5% next year, said Jane Doe, chief Turkish economist at Big Bank.",
            "5%",
            "TR",
        ),
    ],
)
def test_a_commentator_s_workplace_is_no_subject(text: str, quote: str, code: str) -> None:
    got = semantics_of(text, quote).subject
    assert got is not None and got.code == code


def _flags(text: str) -> list[tuple[str, bool]]:
    return [(text[p.start : p.end], commentator_place(text, p)) for p in find_places(text)]


def test_a_workplace_s_name_may_hold_articles_and_prepositions() -> None:
    text = "Rates rose, said John Doe, economist at the Commonwealth Bank of Australia."
    assert ("Australia", True) in _flags(text)


def test_a_trader_with_a_country_is_its_partner() -> None:
    assert _flags("China now top trader with Japan") == [("China", False), ("Japan", False)]
