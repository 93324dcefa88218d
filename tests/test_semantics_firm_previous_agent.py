"""A definite description in a sentence no firm opens refers to the firm that opens the sentence before, in a story
with no agent of its own (family found by reading open-only articles: 'Electrolux saw its shares rise 14% ... The
Swedish firm, the world's largest maker of home appliances' gave Electrolux no home, so its savings took Mexico
from 'moving them to Asia, eastern Europe and Mexico'; 'Yukos has said ... The Russian oil firm has filed for
bankruptcy' (299), 'Volkswagen is considering ... The German giant said' (377)).

Must: the agent of the sentence before ('Volkswagen is', 'Electrolux saw') is the description's firm when no firm
with a home is named before it. Must not: a headline (no sentence's mark) or a sentence opened by no firm.
"""

from __future__ import annotations

import pytest

from newsfigures.semantics.subject.firms import homes


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "VW plans\n\nVolkswagen is considering building a car factory in India.\n\n"
            "The German giant said it was studying the idea.",
            "Volkswagen",
            "DE",
        ),
        (
            "Electrolux jobs\n\nElectrolux saw its shares rise 14% on Tuesday.\n\n"
            "The Swedish firm said it would move 10 plants.",
            "Electrolux",
            "SE",
        ),
        (  # a description after another subject of its sentence, not opening it
            "Electrolux jobs\n\nElectrolux saw its shares rise 14% on Tuesday.\n\n"
            "Analysts said the Swedish firm would move 10 plants.",
            "Electrolux",
            "SE",
        ),
    ],
)
def test_the_description_refers_to_the_previous_sentence_s_agent(text: str, name: str, code: str) -> None:
    assert [(f.name, f.home.code) for f in homes(text)] == [(name, code)]


@pytest.mark.parametrize(
    "text",
    [
        # a headline is no sentence, even one a firm opens as an agent ('has')
        "Electrolux has cut jobs\n\nThe Swedish firm said it would move 10 plants.",
        "Jobs\n\nAnalysts said costs were high. The Swedish firm said it would move 10 plants.",  # no firm opens it
    ],
)
def test_no_antecedent_without_a_firm_opening_the_sentence_before(text: str) -> None:
    assert homes(text) == []
