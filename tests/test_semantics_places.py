"""Who a figure is about: codes from names, demonyms and bloc names, with evidence, by family."""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of

from newsfigures.semantics.firms import homes
from newsfigures.semantics.places import blocs, code_of, find_places, is_code


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("Kyrgyz", "KG"), ("Russian", "RU"), ("Chinese", "CN"), ("Britain", "GB"), ("France", "FR"),
        ("Germany's", "DE"), ("South Korean", "KR"), ("Eurasian Economic Union", "EAEU"), ("Opec", "OPEC"),
        ("International Monetary Fund", "IMF"), ("European Central Bank", "EZ"), ("eurozone", "EZ"), ("Bank of England", "GB"), ("Fed", "US"), ("G7", "G7"),
    ],
)  # fmt: skip
def test_names_demonyms_and_blocs_have_codes(words: str, code: str) -> None:
    assert code_of(words) == code


def test_codes_are_iso_or_the_documented_bloc_list() -> None:
    assert is_code("KG") and is_code("EU") and is_code("OPEC")
    assert not is_code("XQ") and not is_code("Russia")
    assert {"EU", "EZ", "EAEU", "IMF", "OPEC", "WTO", "G7"} <= set(blocs())


def test_matching_is_case_sensitive_and_whole_word() -> None:
    text = "Let us talk turkey: the US and Turkey agreed; Chinaware is not China."
    assert [(text[p.start : p.end], p.code) for p in find_places(text)] == [
        ("US", "US"),
        ("Turkey", "TR"),
        ("China", "CN"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        # a place named in the measure
        ("Russian exports to Kazakhstan rose 4% in May.", "4%", "RU", "KZ"),
        ("Japan's economy shrank by 1.2%.", "1.2%", "JP", None),
        # a count's demonym, and where they are
        ("About 600,000 Uzbek nationals work in Russia.", "600,000", "UZ", "RU"),
        # transfers: the recipient is the subject, the giver the counterpart
        ("Germany gave Ukraine $2bn in military aid.", "$2bn", "UA", "DE"),
        ("France allocated $5m to Senegal for vaccines.", "$5m", "SN", "FR"),
        ("Kenya hopes to secure a $1bn loan from the IMF.", "$1bn", "KE", "IMF"),
        # no place before the figure that a preposition introduces: the nearest plain one
        ("Brazil's central bank raised rates by 0.5 points, the Fed held.", "0.5", "BR", None),
    ],
)
def test_subject_and_counterpart_by_family(text: str, quote: str, subject: str, counterpart: str | None) -> None:
    s = semantics_of(text, quote)
    assert s.subject is not None and s.subject.code == subject
    assert code_of(text[s.subject.start : s.subject.end]) == subject  # the evidence names it
    if counterpart is None:
        assert s.counterpart is None
    else:
        assert s.counterpart is not None and s.counterpart.code == counterpart
        assert code_of(text[s.counterpart.start : s.counterpart.end]) == counterpart


def test_a_sentence_naming_no_place_inherits_the_paragraphs_latest() -> None:
    text = "Poland's farmers had a hard year.\nWheat output fell 9% as the drought went on.\n\nOther news."
    s = semantics_of(text, "9%")
    assert s.subject is not None and s.subject.code == "PL" and s.counterpart is None


def test_no_subject_when_the_paragraph_names_none_and_the_headline_two() -> None:
    text = "Spain, Portugal suffer drought\n\nWheat output fell 9% as the drought went on."
    assert semantics_of(text, "9%").subject is None


def test_a_headline_naming_one_country_gives_the_subject_with_its_evidence() -> None:
    text = "Japanese banking battle at an end\n\nThe deal is worth 3 trillion yen."
    s = semantics_of(text, "3 trillion yen")
    assert s.subject is not None and s.subject.code == "JP" and text[s.subject.start : s.subject.end] == "Japanese"
    # a headline's setting is not the subject
    assert semantics_of("What did the minister get in Russia?\n\nIt got $1.5 billion.", "$1.5 billion").subject is None


# --- the convention: a country is its ISO code, also when its central bank names it; the euro area is EZ ---


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The Bank of England raised its main rate to 5.25% on Thursday.", "5.25%", "GB"),
        ("The Federal Reserve cut its rate by 0.5 percentage points.", "0.5 percentage points", "US"),
        ("Growth in the eurozone slowed to 0.3% in the spring.", "0.3%", "EZ"),
        ("The European Central Bank kept its deposit rate at 2%.", "2%", "EZ"),
        ("The European Union agreed a budget of 1 trillion euros.", "1 trillion euros", "EU"),
    ],
)  # fmt: skip
def test_central_banks_are_their_country_and_the_euro_area_its_own_code(text: str, quote: str, subject: str) -> None:
    s = semantics_of(text, quote)
    assert s.subject is not None and s.subject.code == subject
    assert code_of(text[s.subject.start : s.subject.end]) == subject


# --- a firm's figure is about the home country the text gives the firm ---


@pytest.mark.parametrize(
    ("text", "quote", "subject", "evidence"),
    [
        # a country word and a firm noun before the name; a later sentence names the firm only
        ("Danish shipper Nordlys said on Monday it would cut jobs.\nNordlys expects sales of $4bn.", "$4bn",
         "DK", "Danish"),
        # an apposition after the name
        ("Kestrel, the Canadian mining group, is growing fast. Kestrel made a profit of $90m.", "$90m",
         "CA", "Canadian"),
        # 'X-based'
        ("London-based Vintra has hired staff. Vintra's sales rose 7%.", "7%", "GB", "London"),
        # a definite description of the firm named before it; 'the company' stands for it too
        ("Shares in Orvalo fell.\n\nThe Spanish builder said the company lost 12m euros.", "12m euros",
         "ES", "Spanish"),
        # a sentence about the firm that also names another place: the firm, nearest before the figure
        ("Despite higher costs in Paris, Tollan Group's division made a profit of 8m euros.\n"
         "Tollan Group, the Irish construction firm, is listed in Dublin.", "8m euros", "IE", "Irish"),
    ],
)  # fmt: skip
def test_a_firms_figure_takes_the_home_the_text_gives_it(text: str, quote: str, subject: str, evidence: str) -> None:
    s = semantics_of(text, quote)
    assert s.subject is not None and s.subject.code == subject
    assert text[s.subject.start : s.subject.end] == evidence  # the evidence is the words that say where from


def test_no_home_without_words_that_give_one() -> None:
    # no outside knowledge of firms: a name alone, or a verb phrase between a country and a firm noun
    assert semantics_of("Orvalo said sales rose 7% last year.", "7%").subject is None
    text = "Chile has written to the mining firm Kestrel. Kestrel made $90m."
    assert homes(text) == []


def test_a_bloc_is_never_a_firms_home() -> None:
    assert homes("The European Commission fined phone group Telvio. Telvio paid.") == []


# --- a sentence naming no place inherits the story's place ---


def test_a_paragraph_naming_no_place_inherits_the_paragraphs_before() -> None:
    text = (
        "Retail sales slow\n\nShoppers in Portugal spent less in March.\n\n"
        "Sales fell 2.1% on the month, the statistics office said."
    )
    s = semantics_of(text, "2.1%")
    assert s.subject is not None and s.subject.code == "PT"


def test_a_transfer_noun_is_not_a_verb_of_transfer() -> None:
    # 'offer' is a noun here: the rejecting firm is not the giver
    text = "Belgian brewer Halvo rejected a takeover offer worth 2bn euros from a rival."
    s = semantics_of(text, "2bn euros")
    assert s.subject is not None and s.subject.code == "BE" and s.counterpart is None
