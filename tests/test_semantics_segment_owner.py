"""A country word of a part of a firm's business is no context for the firm's next sentence (family found by reading
the open-only articles: "German telecoms firm Deutsche Telekom saw strong fourth quarter profits on the back of upbeat
US mobile earnings ... Net profit came in at 1.4bn euros" took the US for the group's profit and sales).

Must: a sentence that names no place, after a sentence where a firm with a home comes before a country word that
modifies a noun of its business ('US mobile earnings', 'US revenues'), takes the firm's home. Must not: a country word
of a market or a place of activity ('the Chinese wine market', 'its Indian oilfield'), a country word before a firm
noun (another firm's home), a country word introduced by a preposition ('an investigation in Germany over').
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: the group's profit, not its US unit's
        (
            "Telecoms profit\n\nGerman firm Telco saw strong profits on the back of upbeat US mobile earnings."
            "\n\nNet profit came in at 1.4bn euros.",
            "1.4bn euros",
            "DE",
        ),
        # must: a decimal point between the firm and the country word ends no sentence
        (
            "Telecoms profit\n\nGerman firm Telco saw profits rise 2.5% on upbeat US mobile earnings."
            "\n\nNet profit came in at 1.4bn euros.",
            "1.4bn euros",
            "DE",
        ),
        (
            "Bank results\n\nDutch bank Bankco said profits would fall because of weak US revenues. Net income "
            "rose 5% in 2004.",
            "5%",
            "NL",
        ),
        # must not: the market a firm bets on is the place of the activity
        (
            "Wine\n\nItalian drinks firm Vinco is betting on the Chinese wine market. The state agency owns 55% of "
            "the winery.",
            "55%",
            "CN",
        ),
        # must not: a country word before a firm noun is another firm's home
        (
            "Deal\n\nGerman firm Autoco has bought a stake in US carmaker Carco. Sales rose 5% last year.",
            "5%",
            "US",
        ),
    ],
)
def test_a_segment_s_country_is_no_context(text: str, quote: str, code: str) -> None:
    got = semantics_of(text, quote).subject
    assert got is not None and got.code == code
