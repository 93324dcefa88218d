"""A firm is found by the first word of its name, but not where that word starts another name (family found by
reading open-only articles: 'Irishmen JP McManus and John Magnier, who own a 29% stake' took the US home of 'JP
Morgan, the US investment bank' named later; 'Robert Oatley' was read as Robert Mondavi, 'JP Morgan' as JP
McManus in two other stories).

Must: the first word followed by another capitalised word that is not the name's next word is no mention. Must
not: the full name, a short form of its next word ('GW Pharma' for 'GW Pharmaceuticals'), the first word alone,
and a one-word name followed by a unit's name.
"""

from __future__ import annotations

import pytest

from newsfigures.semantics.subject.firms import firm_places

TEXT = (
    "Irishmen JP McManus and John Magnier own a stake. Backers, including JP Morgan, the US investment bank, "
    "will not back a bid. JP said it would wait."
)


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(text[p.at[0] : p.at[1]], p.code) for p in firm_places(text) if p.at is not None]


def test_a_first_word_that_starts_another_name_is_no_mention() -> None:
    got = _mentions(TEXT)
    assert ("JP", "US") in got  # 'JP Morgan' and the later 'JP said'
    starts = [p.at[0] for p in firm_places(TEXT) if p.at is not None]
    assert TEXT.index("JP McManus") not in starts
    assert TEXT.index("JP Morgan") in starts and TEXT.index("JP said") in starts


@pytest.mark.parametrize(
    "text",
    [
        "UK drugs firm GW Pharmaceuticals said sales rose. Shares in GW Pharma rose 5%.",
        "UK drugs firm GW Pharmaceuticals said sales rose. GW said it would grow.",
    ],
)
def test_a_short_form_or_the_first_word_alone_is_a_mention(text: str) -> None:
    starts = [p.at[0] for p in firm_places(text) if p.at is not None and p.code == "GB"]
    assert text.rindex("GW") in starts


def test_a_one_word_name_goes_on_with_its_unit() -> None:
    text = "Swiss food giant Nestle said sales fell. Nestle Waters sold less."
    starts = [p.at[0] for p in firm_places(text) if p.at is not None and p.code == "CH"]
    assert text.index("Nestle Waters") in starts


def test_a_first_word_before_an_ampersand_of_another_name_is_no_mention() -> None:
    text = (
        "UK insurer Standard Life said profits rose. Standard & Poor's cut its rating. Standard said it would appeal."
    )
    starts = [p.at[0] for p in firm_places(text) if p.at is not None]
    assert text.index("Standard &") not in starts  # the rating agency, not the insurer
    assert text.index("Standard said") in starts


def test_an_ampersand_that_goes_on_with_the_name_is_a_mention() -> None:
    text = "UK retailer Marks & Spencer said sales fell. Shares in Marks & Spencer rose 3%."
    starts = [p.at[0] for p in firm_places(text) if p.at is not None and p.code == "GB"]
    assert text.rindex("Marks") in starts
