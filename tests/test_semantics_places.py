"""Who a figure is about: codes from names, demonyms and bloc names, with evidence, by family."""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of, subject_of

from newsfigures.semantics.places import UNCODED, blocs, code_of, find_places, is_code
from newsfigures.semantics.subject.firms import homes


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
    assert subject_of(text, quote) == subject  # its evidence names it (subject_of's check)


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


# Regions with no code (vocab/en/regions.tsv): the longest name wins over a country word inside it, and a
# figure about the region has no subject; where a country is named too, or the region only says where firms
# are from, the region steps aside.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("South America's output rose 3.1% last year.", "3.1%"),
        ("Exports from Central America fell by 7% in the period.", "7%"),
        ("Demand across the Middle East climbed 12%, a trade body said.", "12%"),
        ("Sub-Saharan growth stalled.\nIn Africa, investment fell to $9bn.", "$9bn"),
    ],
)  # fmt: skip
def test_a_figure_about_a_region_with_no_code_has_no_subject(text: str, quote: str) -> None:
    assert semantics_of(text, quote).subject is None


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # 'America' inside a region's name is not the US; the country named beside the region is the subject
        ("Chile, the best performer in Latin America, grew 6% last year.", "6%", "CL"),
        ("Peru's exports to North America rose 8%.", "8%", "PE"),
        # a region that says where firms are from is not the place of the activity: the paragraph's country
        ("Car sales in Canada were mixed.\nEuropean carmakers gained 4% while others lost.", "4%", "CA"),
        # a firm's sales in a region fall back on the firm's country
        ("Dutch brewer Grolsch said European sales fell 2%.", "2%", "NL"),
    ],
)  # fmt: skip
def test_regions_step_aside_for_countries_and_firms(text: str, quote: str, subject: str) -> None:
    s = semantics_of(text, quote)
    assert s.subject is not None and s.subject.code == subject


def test_region_names_are_not_country_words() -> None:
    assert code_of("Latin America") is None and code_of("European") is None and code_of("Asian") is None
    assert code_of("South Africa") == "ZA" and code_of("South African") == "ZA" and code_of("America") == "US"
    text = "Latin American and Asian firms"
    assert {p.code for p in find_places(text)} == {""}
    assert homes("Latin American carmaker Foo said Foo grew.") == []


def test_a_region_s_biggest_economy_is_a_country_named_before() -> None:
    text = "Italy's output slipped.\nAnalysts had expected 0.4% growth in Europe's third-largest economy."
    s = semantics_of(text, "0.4%")
    assert s.subject is not None and s.subject.code == "IT"


# A country word that begins a firm's name (vocab/en/name_tails.tsv) is not a place.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Japan Airlines cut fares.", []),
        ("Shares in Swiss Re's rival fell.", []),
        ("China Construction Bank and Korea Electric grew.", []),
        ("The US Air Force and British Telecom", ["US"]),
        ("Japan's airlines cut fares as Oil prices in Japan rose.", ["Japan", "Japan"]),
    ],
)  # fmt: skip
def test_a_country_word_beginning_a_firm_s_name_is_not_a_place(text: str, names: list[str]) -> None:
    assert [text[p.start : p.end] for p in find_places(text) if p.code not in UNCODED] == names


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # a figure the firm reports about something else: no subject from its name (test_semantics_firm_names)
        ("Insurers count the cost\n\nSingapore Telecom said the damage was likely to reach $2bn.", "$2bn", None),
        # the firm's own figure: its name's country, not the country an earlier paragraph named
        ("Tourists stayed away from Kenya.\n\nShares in Kenya Airways fell 5% as Egypt Airlines held.", "5%", "KE"),
    ],
)  # fmt: skip
def test_a_firm_named_for_a_country_gives_it_a_home_for_its_own_figures_only(
    text: str, quote: str, code: str | None
) -> None:
    assert subject_of(text, quote) == code


# In a measure, a place a partner preposition introduces ('deficit with', 'exports to') is the counterpart.
@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        ("Officials said Canada's trade surplus with Mexico was $3.1bn in May.", "$3.1bn", "CA", "MX"),
        ("Figures showed that Vietnam's rice exports to the Philippines rose 14%.", "14%", "VN", "PH"),
        # 'in' names the place of the activity, not a partner; another clause's country is no counterpart
        ("Sales of beer in Brazil rose 6%, while Spain's held.", "6%", "BR", None),
    ],
)  # fmt: skip
def test_a_partner_in_the_measure_is_the_counterpart(
    text: str, quote: str, subject: str, counterpart: str | None
) -> None:
    s = semantics_of(text, quote)
    assert s.subject is not None and s.subject.code == subject
    assert (s.counterpart.code if s.counterpart else None) == counterpart


# A world price (vocab/en/world_prices.tsv): a commodity's price with no country in the measure has no subject.
@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Canada's exporters cheered as world copper prices rose 4%.", "4%", None),
        ("In Nigeria, the price of crude has climbed 20% since March.", "20%", None),
        ("Ghana's growth slowed.\nThe price of cocoa fell to $1,500 a tonne.", "$1,500 a tonne", None),
        ("A benchmark: London Brent crude closed at $41.20.", "$41.20", None),
        # must not: a country in the measure, or a price that is not a commodity's
        ("Russian oil prices rose 3%.", "3%", "RU"),
        ("In Japan, consumer prices fell 0.5%.", "0.5%", "JP"),
        ("Ghana's cocoa exports rose 9%.", "9%", "GH"),
    ],
)  # fmt: skip
def test_a_world_commodity_price_has_no_subject(text: str, quote: str, subject: str | None) -> None:
    assert subject_of(text, quote) == subject


# A deal (vocab/en/deals.tsv): what is bought is the counterpart, the buyer the subject.
@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        ("The Swedish group Electrolux completed its $1.2bn acquisition of Brazilian firm Brastemp.", "$1.2bn",
         "SE", "BR"),
        ("Danish brewer Carlsberg is paying $700m for a stake in Chinese brewer Tsingtao.", "$700m", "DK", "CN"),
        # must not: 'of' after a noun that is not a deal
        ("Officials said the value of Mexican exports reached $9bn.", "$9bn", "MX", None),
    ],
)  # fmt: skip
def test_what_a_deal_buys_is_the_counterpart(text: str, quote: str, subject: str, counterpart: str | None) -> None:
    s = semantics_of(text, quote)
    assert s.subject is not None and s.subject.code == subject
    assert (s.counterpart.code if s.counterpart else None) == counterpart


def test_institutions_are_the_kind_column_of_blocs_tsv() -> None:
    from newsfigures.semantics.places import institutions

    assert {"IMF", "WB", "UN"} <= institutions() and not {"EU", "EZ", "OPEC", "OECD"} & institutions()


# An institution that reported earlier figures is not inherited by a sentence that does not name it.
@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Ghana agreed a deal with the IMF.\nInflation has since fallen to 11%.", "11%", "GH"),
        # the headline names one country once the reporting institution is set aside
        ("Vietnam's poor gain, says World Bank\n\nThe share in poverty fell to 29% last year.", "29%", "VN"),
        # must: a bloc of economies is still inherited
        ("The eurozone recovered in the spring.\nRetail sales rose 1.1% in May.", "1.1%", "EZ"),
        # must: a sentence naming the institution keeps it
        ("The IMF's own budget rose to $1bn.", "$1bn", "IMF"),
    ],
)  # fmt: skip
def test_an_institution_is_not_inherited_from_context(text: str, quote: str, subject: str | None) -> None:
    assert subject_of(text, quote) == subject


# '<city>-based' (vocab/en/cities.tsv) is a firm's home; a city is no place anywhere else.
@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Shares jumped\n\nStuttgart-based Porsche said profit rose 9%.", "9%", "DE"),
        ("Osaka-based Sharp is growing. The firm said sales rose 4%.", "4%", "JP"),
        ("The Montreal-based carmaker said it would cut 900 jobs.", "900", "CA"),
        # must not: a city with no '-based' is not a country ('Wall Street', a club's name)
        ("Wall Street ends flat\n\nShares in Acme rose 2%.", "2%", None),
    ],
)  # fmt: skip
def test_a_city_before_based_is_the_firm_s_home(text: str, quote: str, subject: str | None) -> None:
    assert subject_of(text, quote) == subject  # a subject's evidence names its code (subject_of's check)
    assert code_of("Stuttgart") == "DE" and not [p for p in find_places("Stuttgart and Wall Street") if p.code]
