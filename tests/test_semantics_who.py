"""Who a figure is about, by family of the BBC gold's subject misses: sentences written for each rule, with
examples that must and must not get a subject, and the evidence each subject names (gold README)."""

from __future__ import annotations

import pytest
from semantics_helpers import semantics_of, subject_evidence, subject_of

from newsfigures.package.fields import PLACE_PATTERN
from newsfigures.semantics.places import code_of, find_places, is_code, split_codes
from newsfigures.semantics.subject.firms import homes

# --- a firm the text calls by two nationalities has both codes ('Anglo-Dutch' -> GB;NL)


@pytest.mark.parametrize(
    ("words", "code"),
    [("Anglo-Dutch", "GB;NL"), ("US-German", "US;DE"), ("UK-Dutch", "GB;NL"), ("Franco-Belgian", "FR;BE"),
     ("Sino-Russian", "CN;RU")],
)  # fmt: skip
def test_a_compound_of_nationalities_names_each_country(words: str, code: str) -> None:
    text = f"The {words} group said so."
    assert [(text[p.start : p.end], p.code) for p in find_places(text)] == [(words, code)]
    assert code_of(words) == code and is_code(code) and split_codes(code) == code.split(";")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Asia-Pacific demand rose.", [("Asia-Pacific", "")]),  # a region: no compound
        ("EU-US trade talks resumed.", [("EU", "EU"), ("US", "US")]),  # a bloc: no compound
        ("The US-based firm grew.", [("US", "US")]),
        ("Anglo American said so.", [("American", "US")]),  # a combining form alone is no place
        ("A German-German merger.", [("German", "DE"), ("German", "DE")]),  # one country twice: no compound
    ],
)
def test_what_is_no_compound_of_nationalities(text: str, places: list[tuple[str, str]]) -> None:
    assert [(text[p.start : p.end], p.code) for p in find_places(text)] == places


def test_codes_lists_are_valid_cells_only_when_each_code_is_and_none_repeats() -> None:
    import re

    assert re.fullmatch(PLACE_PATTERN, "GB;NL") and re.fullmatch(PLACE_PATTERN, "EU")
    assert not re.fullmatch(PLACE_PATTERN, "GB;") and not re.fullmatch(PLACE_PATTERN, "GB;;NL")
    assert is_code("GB;NL") and is_code("LK;IN;ID;TH")
    assert not is_code("GB;GB") and not is_code("GB;XQ") and not is_code("GB,NL")


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Anglo-Dutch food group Brenmor said profits fell 12% last year.", "12%", "GB;NL"),
        ("US-German carmaker Duomatic sold 4% more cars in 2004.", "4%", "US;DE"),
        ("Brenmor, the Anglo-Dutch food group, said sales rose 3%.", "3%", "GB;NL"),
        # the firm's later mentions carry both homes
        ("Anglo-Dutch food group Brenmor had a poor year.\n\nThe company said sales fell 2%.", "2%", "GB;NL"),
        # two demonyms, or a combining form and a demonym, and the firm named again in a later paragraph
        ("Swedish-Swiss engineering group Voltex said orders rose 9% in 2004.", "9%", "SE;CH"),
        ("Anglo-Australian miner Karrow had a good year.\n\nKarrow made a profit of $3bn.", "$3bn", "GB;AU"),
    ],
)
def test_a_firm_with_two_nationalities_has_both_codes(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# --- a supply deal: the goods are the buyer's, who is supplied (README: an order or a supply deal is a deal), the
# supplier the counterpart; exports stay the exporter's


@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        ("Norway will supply Poland with 8 billion cubic metres of gas a year.", "8 billion cubic metres", "PL", "NO"),
        ("Chile has offered to supply 40,000 tonnes of copper a month to Japan.", "40,000 tonnes", "JP", "CL"),
        ("Russia will deliver 12 fighter jets to India next year.", "12", "IN", "RU"),
        # a number of the seller's goods is no share of its output
        ("Brazil is to sell 20 of its new trainer aircraft to Chile.", "20", "CL", "BR"),
        # a verb of export: the exporter's trade flow, not a deal
        ("Peru exported 2.1 million tonnes of fishmeal to China.", "2.1 million tonnes", "PE", "CN"),
        ("Canada shipped 3 million tonnes of wheat to Japan.", "3 million tonnes", "CA", "JP"),
        # a share of the seller's own output stays the seller's
        ("Nigeria sells about 40% of its output to the United States.", "40%", "NG", "US"),
        # a percentage by its unit, however the quote spells it
        ("Angola sells 30 per cent of its crude to China.", "30 per cent", "AO", "CN"),
        ("Ghana sells 25 percent of its cocoa to Germany.", "25 percent", "GH", "DE"),
    ],
)
def test_a_supply_is_the_buyers_figure(text: str, quote: str, subject: str, counterpart: str) -> None:
    s = semantics_of(text, quote)
    assert subject_of(text, quote) == subject
    assert s.counterpart is not None and s.counterpart.code == counterpart


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a sale that names no one supplied: the market where it happens stays the subject
        ("Honda sold 12% more cars in Brazil last year.", "12%", "BR"),
        ("Opec supplies 40% of the world's oil.", "40%", "OPEC"),
        # exports as a noun are a measure, the exporter's
        ("UK exports to China rose 5% last year.", "5%", "GB"),
        # a passive sale: the place after 'by' is the seller, not who is supplied
        ("The unit was sold by the Russian state to settle claims of $27bn.", "$27bn", "RU"),
        # a transfer still makes the recipient the subject
        ("Germany gave Ukraine $2bn in military aid.", "$2bn", "UA"),
        # an order: the buyer that orders
        ("Chinese carrier China Southern ordered 10 A380s from French firm Airbus.", "10", "CN"),
    ],
)
def test_what_a_supply_does_not_change(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


def test_a_supply_whose_supplier_is_named_before_its_sentence_is_the_buyers() -> None:
    text = "Qatar is a big gas producer. It will supply India with 5 million tonnes."
    assert subject_of(text, "5 million tonnes") == "IN"


# --- a clause of two transfers: a place after 'to' is where the earlier figure goes, no party of the later one


@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        # the second supply's supplier is the clause's subject, not the first one's buyer
        ("Iran will sell 3m tonnes of gas to India and supply 2m tonnes to Pakistan.", "2m tonnes", "PK", "IR"),
        # a second figure of one verb: its buyer is the place after it, not the first figure's
        ("Russia will supply 5bn cubic metres of gas to Ukraine and 2bn cubic metres to Poland.",
         "2bn cubic metres", "PL", "RU"),
        # a second gift's giver
        ("Japan gave $1bn to Indonesia and lent $2bn to Thailand.", "$2bn", "TH", "JP"),
        # the first figure of each clause keeps its parties
        ("Iran will sell 3m tonnes of gas to India and supply 2m tonnes to Pakistan.", "3m tonnes", "IN", "IR"),
        ("Japan gave $1bn to Indonesia and lent $2bn to Thailand.", "$1bn", "ID", "JP"),
        # a buyer after 'to' with no figure before it in the clause is this figure's
        ("Iran will supply gas to India worth $5bn a year.", "$5bn a year", "IN", "IR"),
        ("Iran will deliver to India 7.5m tonnes of gas.", "7.5m tonnes", "IN", "IR"),
    ],
)  # fmt: skip
def test_a_place_after_to_is_no_party_of_a_later_transfer(
    text: str, quote: str, subject: str, counterpart: str
) -> None:
    s = semantics_of(text, quote)
    assert subject_of(text, quote) == subject
    assert s.counterpart is not None and s.counterpart.code == counterpart


def test_where_a_sellers_own_output_goes_is_its_counterpart_not_its_subject() -> None:
    # the seller has no place in the text: the figure has no subject, the destination stays the counterpart
    text = "Acme sells 60% of its output to the United States."
    s = semantics_of(text, "60%")
    assert s.subject is None
    assert s.counterpart is not None and s.counterpart.code == "US"


def test_a_supply_naming_no_one_supplied_sets_no_counterpart() -> None:
    text = "French planemaker Airbus delivered 320 aircraft last year."
    s = semantics_of(text, "320")
    assert subject_of(text, "320") == "FR"
    assert s.counterpart is None


def test_a_bloc_that_ranks_a_member_stands_for_the_member_not_the_bloc() -> None:
    text = "Iran - Opec's second-biggest producer - signed a deal. Under it, it will supply 3 million tonnes a year."
    assert subject_of(text, "3 million tonnes a year") == "IR"
    # the bloc's own figure keeps the bloc
    assert subject_of("Opec's output rose 2% in May.", "2%") == "OPEC"


def test_a_bloc_that_ranks_a_member_among_its_worst_stands_for_the_member() -> None:
    # 'worst' ranks as the superlatives in -est do (an open-only story of Italy's economy took the eurozone); 'most
    # recent' ranks nothing
    text = (
        "Italy budget\n\nItaly has cut taxes. The country has been one of the eurozone's worst economic performers "
        "in recent years. Growth was 1.1% in 2004."
    )
    assert subject_of(text, "1.1%") == "IT"
    assert subject_of("The eurozone's most recent growth rate was 1.2%.", "1.2%") == "EZ"
    # must not: a superlative of a time ranks the bloc's own year or quarter
    assert subject_of("The eurozone's worst year since 1993 saw growth of 0.5%.", "0.5%") == "EZ"
    assert subject_of("It was the eurozone's weakest quarter since 1993, with growth of 0.1%.", "0.1%") == "EZ"


# --- an exchange rate is about the currency whose value is quoted, not the one it is quoted in


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Late on Monday, the dollar had slipped to 1.2950 euros.", "1.2950 euros", "US"),
        ("The yen, meanwhile, had weakened to 104.5 against the dollar.", "104.5", "JP"),
        ("Exporters have adjusted to a euro that buys $1.35.", "$1.35", "EZ"),
        ("The pound rose 2% against the euro.", "2%", "GB"),
        ("The Australian dollar fell to 76 US cents.", "76 US cents", "AU"),
        # 'the currency' and a rate quoted after the figure: the economy named before, never the quote's
        ("Brazil's exports boomed. The currency has firmed 6% since May, near 2.7 to the US dollar.", "6%", "BR"),
        (
            "China prices its currency cheaply. It keeps it close to 8.28 to the US dollar, say US critics.",
            "8.28",
            "CN",
        ),
    ],
)
def test_an_exchange_rate_is_the_priced_currencys(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a currency amount is no rate: the firm's or country's figure as before
        ("Toyota's Japanese profits rose to 740bn yen.", "740bn yen", "JP"),
        ("Daiwa shares added 5.3% to 740 yen, Japan's brokers said.", "5.3%", "JP"),
        ("Russia's dollar reserves rose to $120bn.", "$120bn", "RU"),
    ],
)
def test_what_is_no_exchange_rate(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a verb of level in '-ing' links the priced currency to its rate
        ("By noon the dollar was buying 105.20 yen in Tokyo.", "105.20 yen", "US"),
        ("The euro rose against sterling, with one pound buying $1.8810.", "$1.8810", "GB"),
        # the currency the measure names alone, where no verb links it to the figure
        ("The dollar was buying 104.10 yen at 1100 GMT, 0.4% stronger on the day.", "0.4%", "US"),
        ("The euro fell to $1.2810 versus the dollar on Monday, before bouncing back to $1.2870.", "$1.2870", "EZ"),
        ("Japan's exports slowed. The Australian dollar was trading steady, a cent higher at 77 US cents.",
         "77 US cents", "AU"),
    ],
)  # fmt: skip
def test_a_rate_is_the_measured_currencys(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a currency the rate is quoted in is never its subject, measure or not
        ("Japan's exports slowed. The dollar was trading against the euro at $1.3280.", "$1.3280", "JP"),
        # a length of time measured on a currency is no rate of it
        ("Japan's exports slowed. The dollar has hit its highest level in almost three months.", "three months",
         "JP"),
    ],
)  # fmt: skip
def test_what_the_measured_currency_leaves_alone(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# --- a stake takes the holder's country, a deal the buyer's: what a share is of is the counterpart


@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        (
            "Britain's biggest baker, Crumbs, is to buy 40% of Poland's Piekarnia in a deal worth $50m.",
            "40%",
            "GB",
            "PL",
        ),
        (
            "Britain's biggest baker, Crumbs, is to buy 40% of Poland's Piekarnia in a deal worth $50m.",
            "$50m",
            "GB",
            "PL",
        ),
        (
            "Irish group Liffey Media is buying a 26% stake in Indian newspaper company Dainik for $34m.",
            "$34m",
            "IE",
            "IN",
        ),
        ("Swiss drugmaker Pharmo also acquired 60% of Hexon's US affiliate Labco.", "60%", "CH", None),
        # a bought firm named for its country after 'of' ('National Bank of Iraq'): the buyer's, as the README's
        (
            "The Jordanian investment bank Petra Finance has bought 49% of National Bank of Iraq.",
            "49%",
            "JO",
            "IQ",
        ),
        ("Jordan's Arab Bank has bought a 30% stake in Commercial Bank of Egypt.", "30%", "JO", "EG"),
    ],
)
def test_what_a_share_is_of_is_no_subject(text: str, quote: str, subject: str, counterpart: str | None) -> None:
    s = semantics_of(text, quote)
    assert subject_of(text, quote) == subject
    if counterpart is not None:
        assert s.counterpart is not None and s.counterpart.code == counterpart


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a share of an economy is the economy's: no verb of buying or holding
        ("Exports make up 30% of India's economy.", "30%", "IN"),
        ("Remittances were worth 2% of Mexico's GDP.", "2%", "MX"),
        # shares in a firm are its own: no share of it is bought
        ("Shares in Japanese lender Mizuho rose 3%.", "3%", "JP"),
        # a holder and what it holds from the same country: the holder's
        ("Indian group Reliance bought the state's 26% stake in Indian refiner IPCL.", "26%", "IN"),
        # a share of a named body's total is no share of it bought: 'the Bank of Iraq' names its country
        ("The Bank of Iraq said 49% of loans were bad.", "49%", "IQ"),
    ],
)
def test_what_a_share_rule_leaves_alone(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# --- an institution that reports or forecasts a figure is not what the figure is about


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The IMF had said that Italian growth this year would be 1.4%.", "1.4%", "IT"),
        ("The International Monetary Fund (IMF) said the floods would cut 2% from Kenya's growth.", "2%", "KE"),
        ("Chile's exports boomed.\n\nThe World Bank expects growth of 6% this year.", "6%", "CL"),
        # the source of a report after 'according to the' or a report's noun and 'from'
        ("Chile's exports boomed.\n\nCopper output rose 3% in May, according to the World Bank.", "3%", "CL"),
        ("Peru was hit hard.\n\nEarly estimates from the World Bank put the aid needed at about $4bn.", "$4bn",
         "PE"),
        # the institution's body reports: "the United Nations' Economic Commission for Africa said"
        ("Kenya grew fast.\n\nThe United Nations' Economic Commission for Africa said output grew by 4.3%.",
         "4.3%", "KE"),
    ],
)  # fmt: skip
def test_an_institution_that_reports_is_no_subject(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # its own figures keep the institution
        ("The IMF said it would lend $2bn to Ghana.", "$2bn", "GH"),
        ("The IMF said its own budget would rise 4%.", "4%", "IMF"),
        # a noun that is no report's ('Loans from'): the source is no reporter
        ("Kenya grew fast.\n\nLoans from the World Bank rose to $20bn.", "$20bn", "WB"),
    ],
)
def test_an_institutions_own_figures_keep_it(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


def test_a_plural_noun_of_trade_is_no_verb_of_supply() -> None:
    text = "Russian exports rose 5% in 2004 as demand grew and Kazakh imports fell by $2bn in 2003."
    assert subject_of(text, "$2bn") == "KZ"


# --- several countries named together as a list: the figure is about all of them


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The World Bank put the aid needed for Kenya, Uganda and Tanzania at about $3bn.", "$3bn", "KE;UG;TZ"),
        ("Albania, Bulgaria and Macedonia have approved a $1.2bn pipeline.", "$1.2bn", "AL;BG;MK"),
        ("At least 200,000 people lost their jobs in Peru and Chile.", "200,000", "PE;CL"),
        ("The six largest economies (Argentina, Brazil, Chile, Colombia, Mexico and Peru) grew 4%.", "4%",
         "AR;BR;CL;CO;MX;PE"),
    ],
)  # fmt: skip
def test_a_list_of_countries_is_one_subject_with_all_codes(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject  # the list is the evidence: code_of reads it back


@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        # partners of a trade stay apart: subject and counterpart
        ("Trade between Russia and Kazakhstan rose 4%.", "4%", None, None),
        # two countries not joined as a list
        ("Russian exports to Kazakhstan rose 4%.", "4%", "RU", "KZ"),
        ("Poland grew 3%, while Hungary grew 2%.", "2%", "HU", None),
    ],
)
def test_what_is_no_list_of_countries(text: str, quote: str, subject: str | None, counterpart: str | None) -> None:
    s = semantics_of(text, quote)
    if subject is not None:
        assert s.subject is not None and s.subject.code == subject
    else:
        assert s.subject is None or ";" not in s.subject.code
    if counterpart is not None:
        assert s.counterpart is not None and s.counterpart.code == counterpart


def test_a_list_of_country_names_reads_back_as_codes() -> None:
    assert code_of("Sri Lanka, India, Indonesia and Thailand") == "LK;IN;ID;TH"
    assert code_of("Peru and Chile") == "PE;CL" and code_of("Macedonia") == "MK"
    assert code_of("Peru and Latin America") is None  # a region has no code: no list


# --- a home the text implies plainly: 'generates 80% of its sales outside the UK'; 'was the biggest US company'


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Sweetco has reported higher profits.\n\nThe maker of Choco bars generates 75% of its sales outside "
         "Ireland. Sweetco said profits rose 3% in 2004.", "3%", "IE"),
        ("Enrox collapsed in 2001. Before that, Enrox was the seventh biggest public US company. Enrox "
         "directors will pay $13m.", "$13m", "US"),
        # its peers: 'Other US carriers', 'and other US insurance firms', 'than other Indian airlines'
        ("Skyways cuts fares\n\nSkyways is cutting fares by 40% this winter. Skyways said it would survive.\n\nOther "
         "Canadian airlines have sought protection.", "40%", "CA"),
        ("Brokers probed\n\nMarshco said its profit fell 5%. Marshco has denied wrongdoing.\n\nProsecutors say "
         "Marshco and two other US insurance firms fixed bids.", "5%", "US"),
        ("Jetgo grows\n\nJetgo said its sales rose 9%. Jetgo has new planes.\n\nIts fares are cheaper than "
         "other Indian airlines.", "9%", "IN"),
    ],
)  # fmt: skip
def test_a_home_the_text_implies_plainly_counts(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    "text",
    [
        "Kronos was the first firm to enter the US market.",  # the country names a market, not a firm's home
        "Kronos makes 75% of its sales outside Europe.",  # a region has no code
        "Kronos makes 75% of its sales in the UK.",  # sales in a country: a market, not a home
        "Kronos has bought stakes in three other German firms.",  # peers of what it bought, not of Kronos
        "Kronos said other European carmakers would suffer too.",  # a region has no code
    ],
)
def test_what_gives_no_implied_home(text: str) -> None:
    assert homes(text) == []


# --- a price offered with no recipient named is the bidder's (a deal takes the buyer's country)


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("German exchange Boersa previously offered £1.3bn, which was rejected by the London exchange of Britain.",
         "£1.3bn", "DE"),
        ("US carmaker Motorco preferred Motorco's offer to buy a 20% stake in Italy's Autoria.", "20%", "US"),
    ],
)  # fmt: skip
def test_a_price_offered_is_the_bidders(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


def test_an_offer_to_a_recipient_stays_a_transfer() -> None:
    assert subject_of("Russia offered Kyrgyzstan $20m in aid.", "$20m") == "KG"
    assert subject_of("Japan offered $500m to Indonesia.", "$500m") == "ID"


# --- a firm's home said after it: 'based in' or 'headquartered in' a place (a town and its state allowed)


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # the definite description refers back to the firm named before it; the state is the home's evidence
        ("Acme Widgets said profits rose to $40m. Acme Widgets is growing fast, and the firm, which is "
         "headquartered in Dayton, Ohio, will hire.", "$40m", "US"),
        # (the story's firm: the name most often the agent of a clause)
        ("Brixol said it made $12m in profit. Brixol will expand, but analysts doubt the plan, as the company is "
         "based in Poland and sells little abroad.", "$12m", "PL"),
        # the name itself before 'based in'
        ("Kelvo, which is based in Norway, bought a Danish rival.\n\nKelvo will cut 300 jobs, it said.", "300", "NO"),
    ],
)  # fmt: skip
def test_a_firm_based_in_a_place_has_that_home(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # where staff are based is no firm's home
        ("Brixol results\n\nBrixol Pharma made $12m in profit. Most of its 900 staff are based in Poland.", "$12m"),
        # a place named after 'based in' a clause away from any firm noun or name
        ("Brixol results\n\nBrixol Pharma made $12m in profit. Investors based in Poland were unhappy.", "$12m"),
    ],
)  # fmt: skip
def test_what_is_based_somewhere_is_not_always_a_firm(text: str, quote: str) -> None:
    assert subject_of(text, quote) is None


# --- a sea or ocean named with a country word is no country ('Indian' of 'the Indian Ocean')


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # the firm's home, not the ocean's country word
        ("Australian airline Skyjet said bookings will fall by A$20m after the Indian Ocean storms.", "A$20m", "AU"),
        # the islands the sentence names
        ("In the Seychelles, in the Indian ocean, half of all jobs depend on fishing.", "half", "SC"),
        # a country word of its own is still its country
        ("Indian exports rose 12% as the South China Sea routes reopened.", "12%", "IN"),
    ],
)  # fmt: skip
def test_a_sea_named_with_a_country_word_is_no_country(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


def test_the_name_of_a_sea_is_found_whole_with_no_code() -> None:
    text = "The Indian Ocean and the South China Sea."
    assert [(text[p.start : p.end], p.code) for p in find_places(text)] == [
        ("Indian Ocean", ""),
        ("South China Sea", ""),
    ]


# --- a text that names no country takes the one its currency makes plain (pounds sterling -> GB), not the dollar's

_SAVINGS = (
    "Savers get a boost\n\n"
    "The government will give every newborn a voucher worth £250 from April. Banks offering the accounts pay "
    "interest of up to 4.5%, and a family can add up to £1,000 a year tax-free.\n\n"
    "Shares in the largest provider rose 12p to 310p."
)


@pytest.mark.parametrize(("quote", "sign"), [("£250", "£"), ("4.5%", "£"), ("£1,000 a year", "£"), ("310p", "£")])
def test_a_text_that_names_no_country_takes_its_currencys_country(quote: str, sign: str) -> None:
    assert subject_evidence(_SAVINGS, quote) == ("GB", sign)  # the first amount's sign
    assert code_of(sign) == "GB" and code_of("pence") == "GB"


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # amounts in dollars, the pounds only conversions: the dollar names no country
        ("Searchfirm results\n\nSearchfirm's revenue tripled to $86m (£46m), and its shares rose 4%.", "4%", None),
        # pounds and dollars stated each on their own: no one currency
        ("Oilco pays out\n\nOilco will pay $1m to its former boss. Regulators fined it £82.7m.", "£82.7m", None),
        # a text that names a country: the places decide, not the currency
        ("Brewer sells stake\n\nThe Dutch brewer made £40m. Its shares rose 3%.", "3%", "NL"),
        # a currency of one economy other than the pound (its word the evidence)
        ("Carmaker results\n\nCarmaker Ruko made a profit of 30bn yen, its chief said.", "30bn yen", "JP"),
    ],
)  # fmt: skip
def test_only_one_home_currency_in_a_text_naming_no_country_names_it(text: str, quote: str, code: str | None) -> None:
    assert subject_of(text, quote) == code


# --- a text whose only country is its currency's (named in passing: a title) still takes that country

_BORROWING = (
    "Boost for Chancellor\n\n"
    "The Chancellor has been given a £2.1bn boost in his attempt to meet his borrowing rule.\n\n"
    "The changes could add about £400m to the current budget, said Ann Smith, chief {} economist at a bank."
)


def test_a_text_naming_only_its_currencys_country_takes_it() -> None:
    text = _BORROWING.format("UK")
    assert subject_evidence(text, "£2.1bn") == ("GB", "£")
    assert subject_of(text, "£400m") == "GB"


@pytest.mark.parametrize("country", ["French", "US"])
def test_a_text_naming_another_country_gets_no_currency_home(country: str) -> None:
    assert subject_of(_BORROWING.format(country), "£2.1bn") is None


def test_a_text_in_yen_alone_takes_japan() -> None:
    text = "Dollar steady\n\nThe dollar was buying 105.6 yen. Trading volumes rose 5%."
    assert subject_evidence(text, "5%") == ("JP", "yen")


def test_an_exchange_rate_is_an_amount_that_the_currency_must_hold_too() -> None:
    # 'at $1.29 to the euro' is in dollars: the text is not all in yen, and the yen places nothing (it was JP)
    text = "Dollar steady\n\nThe dollar was at $1.29 to the euro and buying 105.6 yen. Trading volumes rose 5%."
    assert subject_of(text, "5%") is None


# --- a figure before any place is named takes the country the story names most (at least twice, over half)

_BUDGET = (
    "Budget cuts spending\n\n"
    "The president has presented a $2.1 trillion budget, cutting farm programmes by 7%.\n\n"
    "Congress will debate it for months. US farmers and US unions oppose the cuts, while Canadian officials "
    "welcomed them."
)


@pytest.mark.parametrize("quote", ["$2.1 trillion", "7%"])
def test_a_figure_before_any_place_takes_the_country_the_story_names_most(quote: str) -> None:
    s = semantics_of(_BUDGET, quote).subject
    assert s is not None and s.code == "US" and _BUDGET[s.start : s.end] == "US"
    assert s.start == _BUDGET.index("US farmers")  # the first mention is the evidence


@pytest.mark.parametrize(
    "text",
    [
        # named once: no story country
        "Budget cuts spending\n\nThe president has presented a $2.1 trillion budget.\n\nUS farmers oppose it.",
        # two countries named as often: none stands out
        "Budget cuts spending\n\nThe president has presented a $2.1 trillion budget.\n\nUS and Canadian farmers "
        "oppose it; US and Canadian unions too.",
        # a bloc named most is no country
        "Budget cuts spending\n\nThe president has presented a $2.1 trillion budget.\n\nThe EU said the EU would "
        "reply, as would the IMF.",
    ],
)  # fmt: skip
def test_no_story_country_unless_one_country_stands_out(text: str) -> None:
    assert subject_of(text, "$2.1 trillion") is None


# --- 'given that', 'provided that' open a clause: no verb of transfer


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("EU growth worries\n\nThe Riksbank warned that Sweden's plans posed \"huge risks\" given that growth was set to slow "
         "to 1% this year.", "1%", "SE"),
        ("Asian loan terms in Japan\n\nThe Bank of Korea said Korea's lenders would \"cope\" provided that rates stay below 4%.", "4%",
         "KR"),
        # a verb of transfer still makes its recipient the subject
        ("Aid pledged\n\nGermany has given Ukraine $2bn provided that reforms continue.", "$2bn", "UA"),
    ],
)  # fmt: skip
def test_a_conjunction_is_no_verb_of_transfer(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


# --- a firm named for a country reporting its own sales: its own figures, its name's country


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("Telecom results\n\nLooking ahead, Norway Telecom forecast sales growth of 4% next year.", "4%", "NO"),
        ("Telecom results\n\nNorway Telecom said sales rose to $30m.", "$30m", "NO"),
        # what it reports about something else is not its own
        ("Telecom results\n\nNorway Telecom said the market would grow by 4%.", "4%", None),
        ("Telecom results\n\nIndustry losses could reach $5bn, Norway Telecom estimated.", "$5bn", None),
    ],
)  # fmt: skip
def test_a_firm_named_for_a_country_owns_the_sales_it_reports(text: str, quote: str, code: str | None) -> None:
    assert subject_of(text, quote) == code


# --- a country word before a firm's relation to another ('US partner Biogen', 'Japanese rival Nissan') is its home


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("Drug halted\n\nShares in Irish firm Elvan and its US partner Biogex plunged.\n\nElvan fell $18 to $8, "
         "while Biogex fell $28 to $38.", "$28", "US"),
        ("Carmakers\n\nFrench carmaker Renoir gained as its Japanese rival Nisso struggled in France. Nisso's sales "
         "fell 41%.",
         "41%", "JP"),
        ("Brewers\n\nDutch brewer Hopco beat its German competitor Malzbau in Belgium. Malzbau's profit fell to "
         "20m euros.",
         "20m euros", "DE"),
    ],
)  # fmt: skip
def test_a_country_word_before_a_firms_partner_or_rival_is_its_home(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


# --- a figure whose scope is the whole world ('8% globally', '150 drugmakers worldwide') is about no country


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Steel prices rose by 8% globally in January and by 24% in China.", "8%"),
        ("Japan's economy slowed. There are more than 150 generic drugmakers worldwide.", "150"),
        ("Japan's economy slowed. About 90% of large companies around the world are optimistic.", "90%"),
        ("Japan's economy slowed. Burgerco put a 6.3% rise in January worldwide sales down to its menu.", "6.3%"),
    ],
)
def test_a_figure_about_the_whole_world_has_no_subject(text: str, quote: str) -> None:
    assert subject_of(text, quote) is None


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # the place named for the figure's own clause keeps it
        ("Steel prices rose by 8% globally in January and by 24% in China.", "24%", "CN"),
        # a firm's own figure keeps the firm's home
        ("British food group Sweetco employs more than 50,000 people worldwide.", "50,000", "GB"),
        ("US carmaker Fordex said its sales rose 8% worldwide in 2004.", "8%", "US"),
        # a world-scope word far from the figure, or in another clause, leaves it alone
        ("Japan's exports rose 5% in May, while demand for cars grew worldwide.", "5%", "JP"),
    ],
)
def test_what_a_world_scope_leaves_alone(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# --- who receives is the clause's own place, not the partner 'with' introduces ('agreed with the IMF to borrow')


@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        ("Kenya has agreed a deal with the World Bank to borrow $50m.", "$50m", "KE", "WB"),
        ("Pakistan signed an accord with the IMF to receive $1.2bn in loans.", "$1.2bn", "PK", "IMF"),
        # 'from' names the giver before any partner 'with' introduces
        ("Egypt agreed with Saudi Arabia to borrow $3bn from Kuwait.", "$3bn", "EG", "KW"),
    ],
)
def test_a_partner_of_a_loan_is_no_recipient(text: str, quote: str, subject: str, counterpart: str) -> None:
    s = semantics_of(text, quote)
    assert s.subject is not None and s.subject.code == subject
    assert s.counterpart is not None and s.counterpart.code == counterpart


@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        # the giver 'from' names, with no partner before
        ("Kenya will borrow $50m from the World Bank.", "$50m", "KE", "WB"),
        # a giver's verb keeps its recipient
        ("The IMF agreed to lend Pakistan $1.2bn.", "$1.2bn", "PK", "IMF"),
    ],
)
def test_what_a_loans_partner_leaves_alone(text: str, quote: str, subject: str, counterpart: str | None) -> None:
    s = semantics_of(text, quote)
    assert s.subject is not None and s.subject.code == subject
    assert (s.counterpart.code if s.counterpart else None) == counterpart


# --- each firm of a list after a plural firm noun has the country before the noun ('US rivals Ford and General Motors')


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chrysler avoided the fate of US rivals Fordex and General Motors, both of whom lost ground.",
         ["Fordex", "General Motors"]),
        ("Japanese carmakers Toyoda, Nisso and Hondo grew.", ["Toyoda", "Nisso", "Hondo"]),
    ],
)  # fmt: skip
def test_a_list_after_a_plural_firm_noun_shares_its_home(text: str, names: list[str]) -> None:
    assert [f.name for f in homes(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("US firm Fordex and Fiatto agreed a deal.", ["Fordex"]),  # a singular noun: one firm
        ("Japanese carmakers Toyoda and Nisso, and Fiatto grew.", ["Toyoda", "Nisso"]),  # the list ends at 'and'
    ],
)
def test_what_a_list_after_a_firm_noun_leaves_alone(text: str, names: list[str]) -> None:
    assert [f.name for f in homes(text)] == names


def test_a_firm_of_the_list_stands_for_its_home_later() -> None:
    text = (
        "Sales fell.\n\nChrysler avoided the fate of US rivals Fordex and General Motors, both of whom lost "
        "ground. Its sales rose 3.5% to 2.7 million units."
    )
    assert subject_of(text, "3.5%") == "US"


# --- a firm's figure in a region with no code falls back on the home its description gives ('The German carmaker')


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Sales rose.\n\nThe German carmaker is aiming to boost annual sales in Asia to 150,000 by 2008.", "150,000",
         "DE"),
        ("Plants move.\n\nThe Swedish firm said it is to relocate about 10 of its plants in western Europe.", "10",
         "SE"),
    ],
)  # fmt: skip
def test_a_firms_figure_in_a_region_takes_its_described_home(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a region's own figure, firms named only as a kind: no subject
        ("Growth slowed.\n\nLatin America's economy grew by 5.5%, its best since 1980.", "5.5%"),
        ("Growth slowed.\n\nSales by Asian carmakers rose 5% in Europe.", "5%"),
    ],
)
def test_what_a_described_home_leaves_alone(text: str, quote: str) -> None:
    assert subject_of(text, quote) is None


# --- a definite description refers back to its own sentence's agent before the story's


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Fiat will meet car giant General Motors (GM) on Tuesday to agree the future of the Italian firm's "
            "auto group. GM says the contract is void. GM has said so before.",
            "Fiat",
            "IT",
        ),
        (
            "Renault has signed a deal with Nissan to expand the French company's plant. Nissan said so. "
            "Nissan has agreed.",
            "Renault",
            "FR",
        ),
    ],
)
def test_a_description_refers_to_its_sentences_agent(text: str, name: str, code: str) -> None:
    assert [(f.name, f.home.code) for f in homes(text)] == [(name, code)]


def test_a_description_of_a_later_sentence_keeps_the_storys_agent() -> None:
    text = (
        "GM says the contract is void. GM has said so before. Fiat will meet it. "
        "The US firm said on Monday it would pay nothing."
    )
    assert [(f.name, f.home.code) for f in homes(text)] == [("GM", "US")]


# --- deals: a bid 'by rival X' and "X's bid of" are X's; a home listed before '-based' has both countries


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Australian mining firm WMC has said it is worth more than a hostile 7.4bn Australian dollar ($5.8bn; "
            "£3bn) bid by rival Xstrata. There is pressure on Swiss-based Xstrata to raise its offer.",
            "$5.8bn",
            "CH",
        ),
        (
            "Australian mining firm WMC values its shares at A$7.17, against Xstrata's bid of A$6.35 a share. "
            "Swiss-based Xstrata declined to comment.",
            "A$6.35 a share",
            "CH",
        ),
    ],
)
def test_a_bid_is_its_bidders(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # 'by' and a date, no bidder: the sentence's firm
        ("Australian mining firm WMC expects a A$7.4bn bid by the end of the year.", "A$7.4bn", "AU"),
        # 'by' and a sentence's own firm after it: no bid noun before 'by'
        ("Australian firm WMC's shares rose 8% by the close, as Swiss-based Xstrata watched.", "8%", "AU"),
    ],
)
def test_what_the_bidder_rules_leave_alone(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


def test_a_home_listed_before_based_has_both_countries() -> None:
    text = (
        "There is pressure on Swiss-based Xstrata to raise its offer. The watchdog would not oppose the purchase "
        "of WMC by Zurich and London-based Xstrata. In 2003 Xstrata acquired Australia's largest copper miner."
    )
    got = [(f.name, f.home.code) for f in homes(text)]
    assert got[:2] == [("Xstrata", "CH"), ("Xstrata", "CH;GB")]
    assert subject_of(text + " Xstrata's sales rose 8% last year.", "8%") == "CH;GB"  # the fuller home wins


def test_a_later_home_of_other_countries_does_not_replace_the_first() -> None:
    text = (
        "Swiss-based Xstrata grew. In 2003 Xstrata acquired Australia's largest copper miner. Xstrata's sales rose 8%."
    )
    assert subject_of(text, "8%") == "CH"


def test_a_list_that_is_no_pair_of_homes_is_left_alone() -> None:
    text = "Euronext runs the Amsterdam and Paris exchanges, as well as London-based Liffe. Liffe's sales rose 8%."
    assert [(f.name, f.home.code) for f in homes(text)] == [("Liffe", "GB")]


# --- a definite description stands for the firm its noun described, over a later firm described otherwise


def test_the_group_is_the_firm_described_as_a_group() -> None:
    text = (
        "Irish publishing group Independent News & Media is buying a 26% stake in Indian newspaper company Jagran. "
        "Jagran publishes a daily newspaper. Advertising revenues were up over 10%, the group said."
    )
    assert subject_of(text, "10%") == "IE"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the latest firm was described by the same noun: it is the one
        (
            "Irish publishing group Independent News & Media bought into Indian media group Jagran. Jagran grew. "
            "Advertising revenues were up over 10%, the group said.",
            "IN",
        ),
        # the latest firm was described by no noun: the latest still
        (
            "Irish publishing group Independent News & Media bought into India's Jagran. Jagran grew. Jagran rose. "
            "Advertising revenues were up over 10%, the group said.",
            "IN",
        ),
    ],
)
def test_what_the_described_noun_leaves_alone(text: str, code: str) -> None:
    assert subject_of(text, "10%") == code


# --- a comparison between countries: a figure right before 'in <country>' is that country's, and the countries
# compared are not what the next sentence is about

_COMPARED = (
    "Prices ease\n\n"
    "Italy's inflation rate eased to 1.9% in March, against 2.4% in Spain and 2.1% in Greece. Food prices rose "
    "0.5% over the month."
)


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        (_COMPARED, "1.9%", "IT"),
        (_COMPARED, "2.4%", "ES"),
        (_COMPARED, "2.1%", "GR"),
        (_COMPARED, "0.5%", "IT"),  # not Greece, the last country compared
        ("Jobs data\n\nThe UK's jobless rate rose to 4.8%, compared with 9.9% in the Netherlands.", "9.9%", "NL"),
    ],
)  # fmt: skip
def test_a_figure_in_a_country_is_that_countrys(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # the country word modifies a noun ('in US trade'): where shares trade, not the figure's place
        ("Drug firm falls\n\nShares in the Swedish drug firm closed down 8% in US trade.", "8%", "SE"),
        # a share price: the place after it is where the shares trade, the price the firm's own
        ("Bank shares\n\nShares in the Dutch bank ABN fell 1% in Brussels, and 1.2% in Paris.", "1.2%", "NL"),
        # a month after 'in' is no place; the country before stays the subject
        ("Prices ease\n\nItaly's inflation rate eased to 1.9% in March.", "1.9%", "IT"),
    ],
)  # fmt: skip
def test_what_is_no_figure_in_a_country(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


# --- a city named as its stock market ('the Lisbon stock exchange', 'Bombay stocks') is its country for the market's
# figures; a city in any other words is no place


@pytest.mark.parametrize(
    ("text", "quote", "code", "evidence"),
    [
        ("Lisbon stocks rally\n\nThe main index rose 2.4% on Friday, brokers said.", "2.4%", "PT", "Lisbon"),
        ("Record close\n\nThe Bombay Stock Exchange (BSE) gained 1.8% to a record.", "1.8%", "IN", "Bombay"),
        ("Market falls\n\nShares on the Shenzhen stock exchange fell 3% as rates rose.", "3%", "CN", "Shenzhen"),
    ],
)  # fmt: skip
def test_a_city_named_as_its_stock_market_is_its_country(text: str, quote: str, code: str, evidence: str) -> None:
    assert subject_evidence(text, quote) == (code, evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Club shares up\n\nManchester United shares rose 5% on Monday.",  # a club's name, not a market
        "Bank moves\n\nThe bank will move its head office to Lisbon, and its profit rose 2%.",
    ],
)  # fmt: skip
def test_a_city_not_named_as_a_market_is_no_place(text: str) -> None:
    assert semantics_of(text, "5%" if "5%" in text else "2%").subject is None


# --- a firm's listing on a foreign exchange: the exchange's place is where the shares trade, the money is the firm's


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("Steel listing\n\nIndian steelmaker Ispat picked the London Stock Exchange for its $500m listing.", "$500m",
         "IN"),
        ("Bank floats\n\nThe Chinese bank Huaxia made its debut on the Paris bourse in a $2bn flotation.", "$2bn", "CN"),
        ("Bank floats\n\nHuaxia, the Chinese bank, floated on the London Stock Exchange for $2bn in 2003.", "$2bn", "CN"),
    ],
)  # fmt: skip
def test_a_listing_on_a_foreign_exchange_is_the_firms(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # no listing: the exchange's market is the place of the activity
        ("Stocks rise\n\nThe London Stock Exchange's main index rose 1.2% as Chinese demand grew.", "1.2%", "GB"),
        # a listing, but no other place: the exchange's stays
        ("Stocks rise\n\nShares listed on the Jakarta Stock Exchange rose 2% on Friday.", "2%", "ID"),
    ],
)  # fmt: skip
def test_what_a_listing_leaves_to_the_exchange(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


# --- a person the text gives a nationality ('the Canadian billionaire', 'Irish tycoons JP Ryan and Sean Cole') is a
# home for the person's own figures (README of the BBC gold: a stake takes its holder's country, the Irish tycoons' -> IE)

_BIDDER = (
    "Bid for club\n\n"
    "Shares in the club rose 4% after a new offer from Arthur Blank.\n\n"
    "The board will meet to discuss the proposal from the Canadian billionaire. Mr Blank's sons lead the bid, and Mr "
    "Blank's bankers back it.\n\n"
    "The club's largest shareholders are the Irish tycoons JP Ryan and Sean Cole, who own 29%.\n\n"
    "Mr Blank and his family hold a stake of 21%."
)


@pytest.mark.parametrize(("quote", "code", "evidence"), [("29%", "IE", "Irish"), ("21%", "CA", "Canadian")])
def test_a_person_given_a_nationality_is_a_home_for_their_figures(quote: str, code: str, evidence: str) -> None:
    assert subject_evidence(_BIDDER, quote) == (code, evidence)


def test_a_nationality_before_a_person_noun_in_a_list_of_investors_names_that_person_only() -> None:
    text = "Stake sold\n\nAustralian billionaire Kerry Stokes has bought 12% of the paper; Irish investors hold 5%."
    assert subject_of(text, "12%") == "AU"
    assert subject_of(text, "5%") == "IE"  # the investors' own nationality, not the billionaire's


# --- a plant, factory, field or mine named 'in' a country: the place of the activity over the firm's home


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: the country of the facility, not the operating firms' nationality
        ("Chinese firms will run 12 copper mines in Zambia under the deal.", "12", "ZM"),
        ("Output at UK firm Acme's nursery in Kenya will rise to three million plants.", "three million", "KE"),
        ("Indian firms may operate 20 oil fields in the south of Sudan.", "20", "SD"),
        # must not: no facility, so the nearest place before the figure stays the subject
        ("Chinese firms will sell 12 copper cargoes in Zambia.", "12", "CN"),
        # must not: a plant in another clause is not this figure's place
        ("German carmaker BMW made 3% more cars, and it has a plant in Mexico.", "3%", "DE"),
    ],
)  # fmt: skip
def test_a_facility_in_a_country_is_the_place_of_the_activity(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: the city of a listing names where the shares trade, not the airline's country
        (
            "Chinese airline Airco in $1bn London listing\n\nThe airline is to float its shares in London and "
            "Hong Kong.",
            "$1bn",
            "CN",
        ),
        # must not: a country before 'listed' is the firms' own ('UK listed companies')
        ("Profits\n\nUK listed companies made profits of £90bn, their listed peers abroad less.", "£90bn", "GB"),
    ],
)
def test_a_place_before_a_listing_noun_is_where_the_shares_trade(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        # must: an owner named after the figure is no subject of the firm's flotation (the context's Wales is)
        (
            "Shopco closes\n\nShopco has closed one of its two factories in Wales.\n\nShopco, which floated for £200m "
            "in 1995, is majority-owned by Malaysia's Berjaya.",
            "£200m",
            "GB",
        ),
        # must not: an owner named before the figure still pays its own price
        ("Stake\n\nThe company is majority-owned by Japan's Suzuki, which paid $500m for its stake.", "$500m", "JP"),
    ],
)
def test_an_owner_named_after_the_figure_is_no_subject(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


# --- a figure about a group of countries the text does not name ('almost 30 wealthy nations spend $300bn') takes
# no place from an earlier sentence, nor the text's currency


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Brazil's farmers are angry. In fact, some 25 wealthy nations spend $250bn on farm aid.", "$250bn"),
        ("Ghana relies on cocoa. For 38 developing countries, more than 40% of exports come from one crop.", "40%"),
        ("Indonesia asked for help. Donor nations have pledged to give $800m in relief.", "$800m"),
        ("The UK wants more aid. The richest countries have promised to give 0.7% of their income.", "0.7%"),
        ("Mr Brown spoke in London. The plan would write off up to 100% of what the poorest nations owe.", "100%"),
        # a currency that makes the text's country plain is not the group's either
        ("The Treasury said £40m was set aside. Creditor nations agreed to defer £90m of repayments.", "£90m"),
    ],
)
def test_a_figure_about_an_unnamed_group_of_countries_has_no_subject(text: str, quote: str) -> None:
    assert subject_of(text, quote) is None


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a place of the sentence itself keeps the figure
        ("Farm aid is high. Japan spends $40bn of the $250bn spent by 25 wealthy nations.", "$40bn", "JP"),
        # a group placed by a bloc's name is that bloc
        ("Growth will slow. The 30 member countries of the OECD will grow 2.9% next year.", "2.9%", "OECD"),
        # the group as where a firm works: the firm's figure keeps its home
        ("Sweetco is a UK firm. It runs 41 factories in 28 countries.", "41", "GB"),
        # a set the country is compared with or belongs to
        ("India's economy is booming. Its growth of 8% is the fastest among developing countries.", "8%", "IN"),
        ("India grew fast. Growth of 8% made it one of the fastest growing developing economies.", "8%", "IN"),
        # 'other countries' contrasts with the country the text names
        ("China's exports are booming. Sales to other countries rose 30% last year.", "30%", "CN"),
    ],
)
def test_what_an_unnamed_group_of_countries_leaves_alone(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# --- a transfer whose only party named is read as the giver, with no place before it, is that party's figure
# ('enable Turkey to defer payments on loans worth $3.7m', 'LG Card ... to sign up to a $1.1bn rescue package')


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        ("Ankara seeks relief. Turkey has loans worth $3.7m.", "$3.7m", "TR"),
        (
            "Japan rescues bank\n\nJapan's biggest bank has until Friday to sign up to a $2bn rescue package.",
            "$2bn",
            "JP",
        ),
        ("Sweetco sold a stake to Spanish bank Santiago for 400m euros.", "400m euros", "ES"),
    ],
)
def test_the_one_party_of_a_transfer_is_its_subject(text: str, quote: str, code: str) -> None:
    assert subject_of(text, quote) == code


@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        # a place the text named before stays the subject, the giver its counterpart
        ("Kenya asked for help. Donors from Norway gave $5m.", "$5m", "KE", "NO"),
        # a trade's partner is no transfer's party: the exporter stays unknown
        ("The fund lent money. Exports to China rose 34% to $14bn.", "34%", None, "CN"),
    ],
)
def test_what_the_one_party_of_a_transfer_leaves_alone(
    text: str, quote: str, subject: str | None, counterpart: str | None
) -> None:
    s = semantics_of(text, quote)
    assert (s.subject.code if s.subject else None) == subject
    assert (s.counterpart.code if s.counterpart else None) == counterpart


# --- bounds of the unnamed-group and one-party-transfer rules, read on sentences of their own: a bloc's members
# are the bloc, a group after a word of comparison or scope leaves the country or firm its figure, a transfer with
# both parties named keeps the recipient as subject and a deferral with one party is that party's


@pytest.mark.parametrize(
    ("text", "quote", "subject", "counterpart"),
    [
        ("Ministers met in Brussels. The 25 EU members agreed a €100bn fund.", "€100bn", "EU", None),
        ("Japan's economy shrank. Five Asian economies grew 6%.", "6%", None, None),
        ("Saudi Arabia pumps more. Oil-producing countries earned $300bn.", "$300bn", None, None),
        ("Sweetco is a UK firm. In 30 countries, sales rose 5%.", "5%", "GB", None),
        ("The Treasury spoke. Britain, like many developed economies, grew 2%.", "2%", "GB", None),
        ("India's economy is booming. It grew 8%, faster than most developing economies.", "8%", "IN", None),
        ("Argentina is in crisis. The IMF lent Argentina $3bn.", "$3bn", "AR", "IMF"),
        ("Ankara seeks relief. Turkey deferred payments worth $3.7m.", "$3.7m", "TR", None),
    ],
)
def test_bounds_of_the_group_and_transfer_rules(
    text: str, quote: str, subject: str | None, counterpart: str | None
) -> None:
    s = semantics_of(text, quote)
    assert (s.subject.code if s.subject else None) == subject
    assert (s.counterpart.code if s.counterpart else None) == counterpart
