"""A country word in a firm's name (tests/gold/bbc-business/README.md, `subject`): the firm's home for the
firm's own figures (France Telecom's profit -> FR), no subject for a figure the firm reports about
something else (Swiss Re's estimate of a disaster's claims). Sentences written for these tests."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from semantics_helpers import subject_of

from newsfigures.cli import main
from newsfigures.semantics.places import FIRM_NAME, Place, find_places
from newsfigures.semantics.subject.firms import acronyms, named_firms, owns


# must: the firm's own figures (its profit, sales, shares, staff, offer) take the country of its name
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("France Telecom's net profit rose 5% to 3bn euros.", "5%", "FR"),
        ("France Telecom's net profit rose 5% to 3bn euros.", "3bn euros", "FR"),
        ("Deutsche Boerse made a £1.3bn offer for the exchange.", "£1.3bn", "DE"),
        ("Shares in Kenya Airways fell 5% in early trade.", "5%", "KE"),
        ("Air France said it would cut 1,000 jobs next year.", "1,000", "FR"),
        ("Japan Airlines said profits rose 12% in the quarter.", "12%", "JP"),
        ("British Airways posted a pre-tax profit of £100m.", "£100m", "GB"),
        ("Royal Dutch Shell raised its dividend by 4%.", "4%", "NL"),
        ("Bank of America will cut 2,500 jobs.", "2,500", "US"),
        ("China Mobile added 5 million subscribers.", "5 million", "CN"),
        ("Swiss Re's net income rose 20% to 2bn francs.", "20%", "CH"),
        # a later mention: 'the bank' stands for the firm named before
        ("Deutsche Bank reported its results.\nThe bank said net profit rose 10%.", "10%", "DE"),
        # the place of the activity, when the text states it, still comes first
        ("Japan Airlines said its sales in China rose 8%.", "8%", "CN"),
    ],
)  # fmt: skip
def test_a_firm_s_own_figure_takes_the_country_of_its_name(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


# must not: a figure the firm reports about something else has no subject from the firm's name
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("Swiss Re has said total claims are likely to be less than $10bn.", "$10bn", None),
        ("Total insured losses could reach $5bn, Swiss Re estimated.", "$5bn", None),
        ("According to Deutsche Bank, the storm's damage may top $5bn.", "$5bn", None),
        ("Insurers count the cost\n\nSingapore Telecom said the damage was likely to reach $2bn.", "$2bn", None),
        # a place the report names is its subject
        ("Swiss Re said claims in Thailand would be about $1bn.", "$1bn", "TH"),
        # a benchmark's name is no firm: its price is a world price
        ("London Brent crude closed at $40.15 a barrel.", "$40.15 a barrel", None),
        # a name that begins before its national word names no one home
        ("The pipeline firm Ambo Bulgarian Oil Corporation has raised $900m.", "$900m", None),
        # a firm with no home named in between: 'the world's largest reinsurer' is not the bank
        ("Deutsche Bank reported.\nMunich Re, the world's largest reinsurer, said its exposure is 100m euros.",
         "100m euros", None),
    ],
)  # fmt: skip
def test_a_figure_about_something_else_takes_no_country_from_a_firm_s_name(
    text: str, quote: str, code: str | None
) -> None:
    assert subject_of(text, quote) == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("France Telecom grew.", "France Telecom", "FR"),
        ("Air France grew.", "Air France", "FR"),
        ("Profits at Deutsche Telekom grew.", "Deutsche Telekom", "DE"),
        ("Nippon Steel grew.", "Nippon Steel", "JP"),
        ("Royal Dutch grew.", "Royal Dutch", "NL"),
    ],
)
def test_firms_named_for_a_country(text: str, name: str, code: str) -> None:
    assert [(f.name, f.home.named) for f in named_firms(text)] == [(name, code)]


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # a bank named 'Bank of <country>' that reports its country's statistics: about that country,
        # whether or not the central banks of places.tsv list it
        ("The Bank of Mexico said that remittances grew 24% last year.", "24%", "MX"),
        ("The Bank of Ruritania said inflation in Peru eased to 3%.", "3%", "PE"),
        ("The Bank of Chile said copper exports rose 12% in the year.", "12%", "CL"),
        ("Banco de Portugal said the economy grew 1.1% in 2004.", "1.1%", "PT"),
        ("Bank of America will cut 2,500 jobs.", "2,500", "US"),
    ],
)
def test_a_bank_of_a_country_speaks_for_that_country(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


def test_a_central_bank_is_a_place_not_a_firm_s_name() -> None:
    places = find_places("The Bank of England and the Bank of Japan held rates.")
    assert [(p.code, p.named) for p in places] == [("GB", ""), ("JP", "")]
    assert named_firms("London Brent crude fell.") == []
    assert all(p.code == FIRM_NAME for p in find_places("Deutsche Bank and Air India"))


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("France Telecom said it would sell an 8% stake.", True),
        ("France Telecom's debt fell to 8% of sales.", True),
        ("France Telecom sold an 8% stake.", True),
        ("France Telecom said profits rose 8%.", True),
        ("France Telecom said the market grew 8%.", False),
        ("France Telecom has also said the market grew 8%.", False),
        ("The market grew 8%, France Telecom said.", False),
        ("The market grew 8%, according to France Telecom.", False),
    ],
)
def test_owns_tells_a_firm_s_own_figure_from_one_it_reports(sentence: str, own: bool) -> None:
    at = sentence.index("France Telecom")
    fig = sentence.index("8%")
    firm = Place("FR", at, at + 14, via=(at, at + 14), named="FR")
    assert owns(sentence, (0, len(sentence)), (fig, fig + 2), firm) is own


def test_an_acronym_carries_the_place_of_its_name() -> None:
    text = "The London Stock Exchange (LSE) rejected the bid.\n\nLSE shares rose 4.9% to 583p."
    assert [(a, p.code if p else None) for a, p in acronyms(text)] == [("LSE", "GB")]
    assert subject_of(text, "4.9%") == "GB"
    assert acronyms("The Institute for Supply Management (ISM) said.") == [("ISM", None)]
    assert acronyms("The International Monetary Fund (IMF) said.") == []


def test_a_bid_s_price_is_about_the_bidder() -> None:
    text = "The exchange rejected a £1.3bn ($2.5bn) takeover offer from Deutsche Boerse."
    assert subject_of(text, "£1.3bn") == "DE"
    assert subject_of("The group rejected a $2bn bid from US rival Acme.", "$2bn") == "US"


def test_a_partner_named_before_is_not_inherited() -> None:
    text = "Japan's trade surplus with the US narrowed.\nIn December, the surplus grew 1.8%."
    assert subject_of(text, "1.8%") == "JP"


# a macro figure of the whole world ('Global GDP', 'world trade': regions.tsv) is about no country
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("UK growth slowed.\n\nGlobal GDP is tipped to be 4.1% this year.", "4.1%", None),
        ("Japan's exports rose. World trade grew 9% last year.", "9%", None),
        # must not: a firm's worldwide sales, a firm ranked in the world, a name with 'Global'
        ("Australian brewer Foster's said its worldwide sales rose 5%.", "5%", "AU"),
        ("The UK bank said its Global Investors wing made £347m.", "£347m", "GB"),
    ],
)  # fmt: skip
def test_a_world_aggregate_has_no_subject(text: str, quote: str, code: str | None) -> None:
    assert subject_of(text, quote) == code


# 'the country', 'the nation', 'the island state' (anaphors.tsv) stand for the country named last
@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("The Liberian economy grew.\nThe IMF said the country's GDP rose by 2% in 2004.", "2%", "LR"),
        ("Sri Lanka was hit hardest. The island state is asking for about $320m from the IMF.", "$320m", "LK"),
        ("Kenya's budget was cut.\n\nThe nation's exports fell 3%.", "3%", "KE"),
        # must not: a bloc or an institution is no antecedent; with none before, no country (the IMF only
        # reports the figure: no subject either, tests/test_semantics_who.py)
        ("The IMF said the country's GDP rose by 2%.", "2%", None),
        ("The state agency will sell 10% of its stake.", "10%", None),
    ],
)  # fmt: skip
def test_the_country_is_the_country_named_before(text: str, quote: str, code: str | None) -> None:
    assert subject_of(text, quote) == code


def test_demonyms_of_small_economies_are_places() -> None:
    text = "Liberian, Uruguayan, Mozambican and Nepalese exports"
    assert [p.code for p in find_places(text)] == ["LR", "UY", "MZ", "NP"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("France Telecom's net profit rose 5% to 3bn euros.", "5%"),
        ("Deutsche Boerse made a £1.3bn offer for the exchange.", "£1.3bn"),
        ("Air France said it would cut 1,000 jobs next year.", "1,000"),
        ("Bank of America will cut 2,500 jobs.", "2,500"),
        ("Deutsche Bank reported its results.\nThe bank said net profit rose 10%.", "10%"),
        ("The London Stock Exchange (LSE) rejected the bid.\n\nLSE shares rose 4.9% to 583p.", "4.9%"),
        ("China Aviation Oil (CAO) rejected the bid.\n\nCAO shares rose 4.9% to 583p.", "4.9%"),
        ("Sri Lanka was hit hardest. The island state is asking for about $320m from the IMF.", "$320m"),
    ],
)  # fmt: skip
def test_the_evidence_of_a_subject_names_its_code(text: str, quote: str) -> None:
    # the package checks a subject's evidence like a quote: the words at its offsets name its code (subject_of's check)
    assert subject_of(text, quote) is not None


def test_a_package_with_firms_named_for_countries_builds_and_validates(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "telecoms.txt").write_text(
        "France Telecom gets boost\n\nFrance Telecom's profits showed a 5.5% rise to 18.3bn euros. "
        "Swiss Re has said total claims are likely to be less than $10bn. The London Stock Exchange (LSE) "
        "rejected a £1.3bn takeover offer from Deutsche Boerse. LSE saw its shares surge 4.9%.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(out)]) == 0
    assert main(["validate", "--quiet", str(out)]) == 0
    with (out / "figures.csv").open(encoding="utf-8", newline="") as f:
        subjects = {r["quote"]: r["subject"] for r in csv.DictReader(f)}
    assert subjects == {"5.5%": "FR", "18.3bn euros": "FR", "$10bn": "", "£1.3bn": "DE", "4.9%": "GB"}
