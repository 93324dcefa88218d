"""Where a quoted commentator works is not what a figure is about (family found by reading open-only articles:
'said David Naude, economist at Deutsche Bank. ... But unemployment remains high at about 10%' took Germany for
France's unemployment; 'According to its Paris lawyer, ... with a 60% addition' took France for a Russian claim;
in the tuning set 'said Adrian Hughes, currency strategist with HSBC in London' took the UK for the dollar).

Must: a place after a commentator noun and 'at', 'for', 'with' or 'of', or right before it, is neither the
subject of its sentence's figure nor the context of a later sentence. Must not: a place the figure is about in
the same sentence, a place where commentators are ('analysts in Tokyo'), a firm's own spokesman.
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of


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
    ],
)
def test_a_commentator_s_workplace_is_no_subject(text: str, quote: str, code: str) -> None:
    got = semantics_of(text, quote).subject
    assert got is not None and got.code == code
