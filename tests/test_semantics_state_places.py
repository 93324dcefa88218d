"""A state, province or territory named as where an activity is ('violations in California') names its country:
README of the BBC gold, the place of the activity when the text states it. The names are pycountry's ISO 3166-2
subdivisions of the countries of vocab/en/subdivisions.tsv."""

from __future__ import annotations

import pytest
from semantics_helpers import subject_evidence

from newsfigures.semantics.places import code_of, names_code, state_places, subdivisions


@pytest.mark.parametrize(
    ("text", "quote", "code", "evidence"),
    [
        ("The retailer will pay $2m to settle claims in Texas.", "$2m", "US", "Texas"),
        ("The retailer committed violations in California. It will pay $2m in fines.", "$2m", "US", "California"),
        ("The miner is to invest $300m in Ontario over five years.", "$300m", "CA", "Ontario"),
        ("Output at its oilfield in the state of Rajasthan rose 20% in 2004.", "20%", "IN", "Rajasthan"),
    ],
)
def test_a_state_of_the_activity_names_its_country(text: str, quote: str, code: str, evidence: str) -> None:
    assert subject_evidence(text, quote) == (code, evidence)


@pytest.mark.parametrize(
    ("text", "quote", "code", "evidence"),
    [
        # a country's name inside a state's ('Mexico' of 'New Mexico') is no place a later sentence inherits
        (
            "Chip plant\n\nIntel is to build a plant in New Mexico. It will cost $2bn to build.",
            "$2bn",
            "US",
            "New Mexico",
        ),
        ("Mine deal\n\nThe firm has mines in New South Wales. Output rose 5% in 2004.", "5%", "AU", "New South Wales"),
        # the country named alone is still the country
        ("Chip plant\n\nIntel is to build a plant in Mexico. It will cost $2bn to build.", "$2bn", "MX", "Mexico"),
    ],
)
def test_a_country_inside_a_state_name_is_the_state(text: str, quote: str, code: str, evidence: str) -> None:
    assert subject_evidence(text, quote) == (code, evidence)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a state in other words than 'in' is no place ('California attorney general')
        ("California attorney general Bill Lockyer said the retailer would pay $2m.", "$2m"),
        # 'in New York' is its market: left out
        ("Shares in the firm rose 5% in New York.", "5%"),
    ],
)
def test_a_state_in_other_words_places_nothing(text: str, quote: str) -> None:
    assert subject_evidence(text, quote)[0] is None


def test_the_table_folds_diacritics_and_skips_shared_names() -> None:
    table = subdivisions()
    assert table["Karnataka"] == "IN" and table["Quebec"] == "CA" and table["Tasmania"] == "AU"
    assert "Georgia" not in table and "Punjab" not in table and "New York" not in table
    assert [p.code for p in state_places("sales in Texas and Queensland")] == ["US"]  # 'and' is no 'in'


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("Ontario", "CA"),  # a state of the table
        ("Rajasthan", "IN"),
        ("kronor", "SE"),  # a currency of one country only (currency_countries.tsv)
        ("A$", "AU"),
        ("rupees", None),  # the currency of several countries names none
    ],
)
def test_the_evidence_of_a_state_or_a_currency_names_its_code(words: str, code: str | None) -> None:
    """The package checks that a subject's evidence names its code (``code_of``): a state's name and a currency
    of one country only do."""
    assert code_of(words) == code


@pytest.mark.parametrize(
    ("evidence", "code", "names"),
    [
        ("rupees", "IN", True),  # a shared currency's word is evidence for each of its countries
        ("rupees", "LK", True),
        ("rupees", "GB", False),  # not for a country whose currency it is not
        ("lira", "TR", True),
        ("kronor", "SE", True),
        ("India", "IN", True),
        ("India", "PK", False),
        ("euros", "DE", False),  # the euro is the euro area's (EZ), not one member's
    ],
)
def test_an_evidence_word_names_its_code(evidence: str, code: str, names: bool) -> None:
    assert names_code(evidence, code) is names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("violations in California and in the state of Kerala", ["California", "Kerala"]),
        ("In  Texas and in\u00a0Ontario", ["Texas", "Ontario"]),  # capital 'In', runs of white space
        ("Berlin Texas", []),  # 'in' inside a word is no 'in'
        ("in\nTexas", []),  # not over a line's end
        ("rain in Texasville", []),  # a name as a whole word only
    ],
)
def test_state_places_reads_each_name_right_after_in(text: str, found: list[str]) -> None:
    """state_places scans for 'in' and then a name there: the same places as a scan for every name."""
    assert [text[p.start : p.end] for p in state_places(text)] == found


def test_no_state_name_holds_in_and_a_space() -> None:
    """What state_places' scan from each 'in' relies on: no name's match can hold another's 'in' before it."""
    assert not [name for name in subdivisions() if " in " in f" {name.lower()} ".replace("\u00a0", " ")]
