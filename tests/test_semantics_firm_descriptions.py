"""Two ways the press names a firm whose home the text gives (tests/gold/bbc-business/README.md, `subject`: a
firm's own figures take the home country the text gives it). Sentences written for these tests.

- Initials: a firm named in full with a country word ('British Airways') and later by its initials ('BA').
- A country's possessive before one firm noun ("Turkey's biggest mobile firm"): like 'the Turkish firm', a
  description of the firm the text names before it (else of the story's firm), not of several firms.
"""

from __future__ import annotations

import pytest
from semantics_helpers import subject_of

from newsfigures.semantics.subject.firms import homes, initials


@pytest.mark.parametrize(
    ("name", "short"),
    [("British Airways", "BA"), ("Royal Bank of Scotland", "RBS"), ("Deutsche Boerse", "DB"),
     ("Renault", None), ("Bank of america", None), ("A B C D E", None)],
)  # fmt: skip
def test_initials_of_a_name(name: str, short: str | None) -> None:
    assert initials(name) == short


# must: the initials stand for the firm named in full before them, with its home
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("British Airways made a profit in the US.\n\nBA's shares closed up four pence at 274.5 pence.",
         "274.5 pence", "GB"),
        ("Royal Bank of Scotland grew in America.\n\nRBS said it would cut 2,000 jobs.", "2,000", "GB"),
        ("Deutsche Boerse met investors in London.\n\nDB's shares were up 3.4% to 45.25 euros.", "3.4%", "DE"),
    ],
)  # fmt: skip
def test_a_firm_s_initials_stand_for_its_home(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


# must not: initials before the full name, or that name a place, stand for no firm (the first: the headline's
# place is introduced by 'in', so the figure has none)
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("Talks in Brazil ended.\n\nBA's shares rose 2% on Monday.\n\nBritish Airways said it was pleased.",
         "2%", None),
        ("United States Steel grew.\n\nThe US economy grew 4%.", "4%", "US"),
        ("British Airways made a profit.\n\nThe Spanish airline BAA said it would cut 2,000 jobs.", "2,000", "ES"),
    ],
)  # fmt: skip
def test_initials_that_do_not_follow_the_name_stand_for_no_firm(text: str, quote: str, code: str | None) -> None:
    assert subject_of(text, quote) == code


# must: a country's possessive before one firm noun describes the firm named before it, else the story's firm
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Renault said it made a profit.\n\nFrance's second largest carmaker said sales rose. Renault is pleased.",
         "Renault", "FR"),
        ("Turkey's biggest private mobile firm may pull out.\n\nTurkcell said the risks rose. Turkcell is worried.",
         "Turkcell", "TR"),
        ("Fiat has lost money.\n\nItaly's largest industrial group said sales fell. Fiat's boss quit.", "Fiat", "IT"),
    ],
)  # fmt: skip
def test_a_country_s_possessive_before_a_firm_noun_gives_the_firm_its_home(text: str, name: str, code: str) -> None:
    assert [(f.name, f.home.code) for f in homes(text)] == [(name, code)]


# must not: a plural says where several firms are from; a possessive before a name or a non-firm noun is no description
@pytest.mark.parametrize(
    "text",
    [
        "Toyota sold more cars.\n\nJapan's carmakers had a good year.",
        "Toyota sold more cars.\n\nJapan's biggest banks had a good year.",
        "Toyota sold more cars.\n\nJapan's economy grew by 2%.",
        "Toyota sold more cars.\n\nJapan's biggest export market is China.",
    ],
)
def test_a_plural_or_other_noun_after_a_country_s_possessive_describes_no_firm(text: str) -> None:
    assert homes(text) == []


def test_the_described_firm_s_own_figure_takes_its_home_after_another_country() -> None:
    text = "Turkey's biggest mobile firm is in trouble in Iran.\n\nTurkcell said its profits fell 5%. Turkcell lost."
    assert subject_of(text, "5%") == "TR"


# must: a state or city (or a state's demonym) right before a firm's description and its name is the firm's home, as
# '<city>-based' is; must not: a city before a firm noun with no name after it, a city alone (no place of its own)
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("Wine deal\n\nDrinkco has agreed to buy Californian wine company Valeo.\n\nIn 2003, Valeo reported "
         "revenues of $69.4m.", "$69.4m", "US"),
        ("Car deal\n\nTradeco bought Frankfurt carmaker Autoco. Autoco made a profit of 20m euros.", "20m euros",
         "DE"),
        ("Bank deal\n\nA Texas bank made a profit of $20m.", "$20m", None),
        ("Sales\n\nSales in Chicago rose 5% last year.", "5%", None),
    ],
)  # fmt: skip
def test_a_state_or_city_before_a_firm_description_is_its_home(text: str, quote: str, code: str | None) -> None:
    assert subject_of(text, quote) == code
