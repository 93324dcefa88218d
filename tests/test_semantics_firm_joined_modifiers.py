"""A firm's description may join two modifiers with 'and' (family found by reading open-only articles: 'Swiss food
and drink giant Nestle', whose dividend rise took China from the sentence before; 'Russian oil and gas company
Yukos', whose tax bill took Germany).

Must: '<country> <word> and <word> <firm noun> <Name>' gives the firm its home. Must not: an 'and' that opens or
ends the modifiers (it joins two phrases, not two modifiers).
"""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

from newsfigures.semantics.subject.firms import homes


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Bad weather has hit sales at Swiss food and drink giant Nestle.", "Nestle", "CH"),
        ("Russian oil and gas company Yukos is due in a US court.", "Yukos", "RU"),
    ],
)
def test_joined_modifiers_give_the_firm_its_home(text: str, name: str, code: str) -> None:
    assert [(f.name, f.home.code) for f in homes(text)] == [(name, code)]


def test_an_and_at_the_edge_joins_no_modifiers() -> None:
    assert homes("Output rose in Sweden and farm group Lantman cut 5% of its staff.") == []


def test_the_firm_s_figure_takes_its_home_not_the_place_before() -> None:
    text = (
        "Nestle sales hit\n\nBad weather has hit sales at Swiss food and drink giant Nestle.\n\n"
        "Margins were helped by a strong performance in the Americas and China. "
        "Nestle is to raise its dividend by 11% after paying back some of its debt."
    )
    got = semantics_of(text, "11%").subject
    assert got is not None and got.code == "CH"
