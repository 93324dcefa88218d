"""Money in the forms the news prints it, units that mean what they say, change and hedges (sentences written here)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.extraction.figures import extract_figures
from newsfigures.extraction.money import CURRENCY_NAMES, codes
from newsfigures.package.units import kind_problem, registry


def figure(text: str, quote: str):
    figures, _ = extract_figures(text)
    found = [f for f in figures if f.quote == quote]
    assert found, (quote, [(f.quote, f.unit) for f in figures])
    assert text[found[0].start : found[0].end] == quote
    return found[0]


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        # signs after the number
        ("The lunch came to 25 € a head.", "25 € a head", 25, "EUR/person"),
        ("Tickets cost 300 ₹ at the gate.", "300 ₹", 300, "INR"),
        ("A bowl of noodles is 40元 in Chengdu.", "40元", 40, "CNY"),
        ("The fare was 12 £ each way.", "12 £", 12, "GBP"),
        ("Petrol rose to 95¢ a litre.", "95¢ a litre", 0.95, "USD/liter"),
        # dollar prefixes of other countries, attached, spaced, lower case
        ("The miner raised C$2.5bn.", "C$2.5bn", 2.5e9, "CAD"),
        ("Profit reached HK$3 billion.", "HK$3 billion", 3e9, "HKD"),
        ("The fee is c $ 2.5 per user.", "c $ 2.5 per user", 2.5, "CAD/user"),
        ("Wellington paid NZ$40m for it.", "NZ$40m", 40e6, "NZD"),
        ("Its bonds fetched S$900m.", "S$900m", 900e6, "SGD"),
        # ISO codes in any case and with a scale prefix
        ("The deposit is eur 40 per night.", "eur 40 per night", 40, "EUR/night"),
        ("Orders worth 250 MUSD arrived.", "250 MUSD", 250e6, "USD"),
        ("Capex of MEUR 12 is planned.", "MEUR 12", 12e6, "EUR"),
        ("It sold for 70 chf.", "70 chf", 70, "CHF"),
        # every currency name and plural, current and withdrawn
        ("The estate was worth 3 million Deutsche marks.", "3 million Deutsche marks", 3e6, "DEM"),
        ("He was fined 5,000 French francs.", "5,000 French francs", 5000, "FRF"),
        ("The painting went for 80,000 guilders.", "80,000 guilders", 80000, "NLG"),
        ("The loan was 40 billion pesetas.", "40 billion pesetas", 40e9, "ESP"),
        ("Exports brought in 12m Danish kroner.", "12m Danish kroner", 12e6, "DKK"),
        ("They paid 900 Swiss francs.", "900 Swiss francs", 900, "CHF"),
        ("Volvo earned 3.2 billion Swedish crowns.", "3.2 billion Swedish crowns", 3.2e9, "SEK"),
        ("The fund raised 1.2 bln dlrs.", "1.2 bln dlrs", 1.2e9, "USD"),
        ("The stake fetched 45 mln stg.", "45 mln stg", 45e6, "GBP"),
        ("A ticket was 8 bucks.", "8 bucks", 8, "USD"),
        ("The council fined him 150 pounds.", "150 pounds", 150, "GBP"),  # a word of price before it
        ("Rice is 2,500 kyats a bag.", "2,500 kyats", 2500, "MMK"),  # a CLDR name's last word alone
        ("Exports earned RMB 40bn.", "RMB 40bn", 40e9, "CNY"),
        # newswire abbreviations of withdrawn currencies, before or after the number
        ("The plant was sold for DM 45 million.", "DM 45 million", 45e6, "DEM"),
        ("Bonds worth 300 million DM were issued.", "300 million DM", 300e6, "DEM"),
        ("Its loss was FFr 120m.", "FFr 120m", 120e6, "FRF"),
        ("The stake cost 2,500 Dfl.", "2,500 Dfl", 2500, "NLG"),
        ("The contract is worth 5 million US$.", "5 million US$", 5e6, "USD"),
        # compound amounts
        ("The toy cost twelve dollars and ten cents.", "twelve dollars and ten cents", 12.10, "USD"),
        ("A pass is 20 euros 50.", "20 euros 50", 20.50, "EUR"),
        # fractional scales
        ("The port cost a quarter of a billion dollars.", "a quarter of a billion dollars", 2.5e8, "USD"),
        ("The fund lost half a million euros.", "half a million euros", 5e5, "EUR"),
        # Indian grouping and scales
        ("The scooter sells for 3,45,000 rupees.", "3,45,000 rupees", 345000, "INR"),
        ("The grant is Rs 4 crore.", "Rs 4 crore", 4e7, "INR"),
        ("Farmers got 2 lakh rupees each.", "2 lakh rupees", 2e5, "INR"),
        # prices per unit are rates whose unit says so
        ("It offered 410p a share.", "410p a share", 4.10, "GBP/share"),
        ("Brent hit $82 a barrel.", "$82 a barrel", 82, "USD/oil_barrel"),
        ("Copper fetched $9,000 per tonne.", "$9,000 per tonne", 9000, "USD/tonne"),
        # exchange rates
        ("The peg held at 7.8 Hong Kong dollars to the dollar.", "7.8 Hong Kong dollars to the dollar", 7.8, "HKD/USD"),
        ("The yen weakened to 150 yen against the dollar.", "150 yen against the dollar", 150, "JPY/USD"),
    ],
)
def test_money_families(text, quote, value, unit):
    f = figure(text, quote)
    assert f.value == pytest.approx(value)
    assert f.unit == unit
    assert not kind_problem(f.kind, f.unit)


@pytest.mark.parametrize(
    "text, quote",
    [
        ("She got full marks in 3 exams.", "3"),  # marks without a scale are no money
        ("Sales passed the $4 trillion mark.", "$4 trillion"),  # 'mark' after a sign is a word
        ("We sold 40 all told.", "40"),  # 'all' is a word, not Albanian lek
        ("He won 3 games.", "3"),
        ("The puppy weighed 9 pounds.", "9 pounds"),
    ],
)
def test_words_that_only_look_like_money(text, quote):
    f = figure(text, quote)
    assert f.unit in ("USD", "count", "dimensionless", "pound")


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        ("Output shrank for three quarters in a row.", "three quarters", 3, "quarter_year"),
        ("Growth stalled for two quarters.", "two quarters", 2, "quarter_year"),
        ("The plant ran for half a decade.", "half a decade", 0.5, "decade_year"),
        ("Prices rose for two decades.", "two decades", 2, "decade_year"),
        ("Revenue was $5bn a quarter.", "$5bn a quarter", 5e9, "USD/quarter_year"),
    ],
)
def test_durations_convert_to_years(text, quote, value, unit):
    f = figure(text, quote)
    assert (f.value, f.unit, f.kind) == (value, unit, "duration" if "/" not in unit else "rate")
    if f.kind == "duration":
        assert registry().Quantity(f.value, f.unit).to("year").magnitude > 0


def test_three_quarters_of_is_still_a_fraction():
    assert figure("Three quarters of voters agreed.", "Three quarters").kind == "fraction"


@pytest.mark.parametrize(
    "kind, unit, ok",
    [
        ("duration", "decade", False),  # pint's decade is a logarithmic ratio
        ("duration", "quarter", False),  # pint's quarter is a mass
        ("duration", "decade_year", True),
        ("duration", "quarter_year", True),
        ("money", "pound", False),
        ("money", "USD", True),
        ("money", "DEM", True),
        ("count", "point", False),
        ("count", "count", True),
        ("percent", "percent", True),
        ("percent", "mile", False),
        ("quantity", "USD", False),
        ("rate", "USD/share", True),
    ],
)
def test_kind_problem(kind, unit, ok):
    assert (kind_problem(kind, unit) == "") == ok


@pytest.mark.parametrize(
    "text, quote, attribute, expected",
    [
        ("Weekly orders climbed to 48,500.", "48,500", "kind", "count"),
        ("Prices climbed to 310 last week.", "310", "kind", "number"),
        ("The law sets a maximum penalty of $5,000.", "$5,000", "qualifier", "at_most"),
        ("Firms face a minimum charge of £20.", "£20", "qualifier", "at_least"),
        ("It reported shrinking exports of 7%.", "7%", "change", "decrease"),
        ("There was a rise in output of 4%.", "4%", "change", "increase"),
        ("Analysts expect a near 6% gain.", "6%", "qualifier", "approximate"),
        ("Oil makes up three-quarters of exports.", "three-quarters", "change", "none"),
        ("The bill adds up to $40m.", "$40m", "change", "none"),
        ("The brewer reported a 2.1% volume sales fall.", "2.1%", "change", "decrease"),
        ("They won a 3% pay rise.", "3%", "change", "increase"),
        ("It bought a 10% share of the market.", "10%", "change", "none"),
    ],
)
def test_change_and_hedges(text, quote, attribute, expected):
    assert getattr(figure(text, quote), attribute) == expected


@pytest.mark.parametrize(
    "text, quote, value, value_to, unit",
    [
        ("Both recruits were 18 to 24 years old.", "18 to 24 years old", 18, 24, "year"),
        ("Efficiency went from 30-35 mpg to 41 in a decade.", "41", 41, None, "mile/gallon"),
        ("The works take two or three weeks.", "two or three weeks", 2, 3, "week"),
        ("Fines of £250 or £500 apply.", "£250", 250, None, "GBP"),  # two prices, not a range
        ("It took more than 20 or 30 years.", "30 years", 30, None, "year"),  # a hedge stays on its number
    ],
)
def test_ranges_share_their_unit(text, quote, value, value_to, unit):
    f = figure(text, quote)
    assert (f.value, f.value_to, f.unit) == (value, value_to, unit)


# --- properties -------------------------------------------------------------------------------

_CODES = sorted(codes())
_NAMES = sorted(n for n in CURRENCY_NAMES if n.isascii() and n.replace(" ", "").isalpha())


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_CODES), st.integers(min_value=1, max_value=10**9), st.booleans())
def test_any_upper_case_code_before_or_after_an_amount_is_that_currency(code, amount, before):
    written = f"{amount:,}"
    text = f"The deal was worth {code} {written}." if before else f"The deal was worth {written} {code}."
    figures, _ = extract_figures(text)
    assert [(f.value, f.unit, f.kind) for f in figures] == [(amount, code, "money")]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_NAMES), st.integers(min_value=2, max_value=10**6))
def test_any_currency_name_after_a_scaled_amount_is_money_of_its_code(name, amount):
    text = f"Officials said {amount} million {name} had been set aside."
    figures, _ = extract_figures(text)
    money = [f for f in figures if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(amount * 1e6, CURRENCY_NAMES[name])], name


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        # digits split at a thousands separator written with spaces: tokenised wire copy, a currency after
        ("the firm paid $ 12 , 400 in fines .", "$ 12 , 400", 12400, "USD"),
        ("the grant was 7 , 250 pounds sterling .", "7 , 250 pounds sterling", 7250, "GBP"),
        ("they sold the car for hk $ 1 , 800 .", "hk $ 1 , 800", 1800, "HKD"),
        ("A flat in Kraków rents for 2 800 zł a month.", "2 800 zł a month", 2800, "PLN/month"),
        ("The bike cost 1 450 € in Lyon.", "1 450 €", 1450, "EUR"),
        ("Budapest spent 2 300 billion forints on it.", "2 300 billion forints", 2.3e12, "HUF"),
        # pounds followed by pence are money, not weight
        ("A pint was 4 pounds 60 pence in the pub.", "4 pounds 60 pence", 4.60, "GBP"),
        ("The ticket is 6 pounds 20p.", "6 pounds 20p", 6.20, "GBP"),
        # a whole amount in words and its cents in words
        ("Lunch cost seven pounds twenty.", "seven pounds twenty", 7.20, "GBP"),
        ("The shirt was nine dollars ninety-nine.", "nine dollars ninety-nine", 9.99, "USD"),
        # a sub-unit named with its currency is that sub-unit
        ("The levy is 12 euro cents a litre.", "12 euro cents a litre", 0.12, "EUR/liter"),
        ("Change of 30 pennies was left.", "30 pennies", 0.30, "GBP"),
        # withdrawn currencies by the last word of their name (ISO 4217's withdrawn list, through CLDR)
        ("Riga's budget was 900 million lats in 2010.", "900 million lats", 9e8, "LVL"),
        ("Vilnius borrowed 2 billion litas.", "2 billion litas", 2e9, "LTL"),
        ("Zagreb spent 15 billion kunas on roads.", "15 billion kunas", 1.5e10, "HRK"),
        ("Ljubljana earned 30,000 tolars from it.", "30,000 tolars", 30000, "SIT"),
        # signs of the regional business press
        ("Aldar's sales hit Dh 9.4 billion.", "Dh 9.4 billion", 9.4e9, "AED"),
        ("The fund holds Dhs 300,000 in bonds.", "Dhs 300,000", 300000, "AED"),
        ("Riyadh bank lent SR 12 billion.", "SR 12 billion", 12e9, "SAR"),
        ("Ooredoo earned QR 2.9 billion.", "QR 2.9 billion", 2.9e9, "QAR"),
        ("Zain paid KD 45 million.", "KD 45 million", 45e6, "KWD"),
        ("Grameen lent Tk 1,200 crore.", "Tk 1,200 crore", 1.2e10, "BDT"),
        ("Kenya Power earned Sh 3.5 billion.", "Sh 3.5 billion", 3.5e9, "KES"),
        ("Dangote booked N 400 billion.", "N 400 billion", 4e11, "NGN"),
        ("CEZ paid Kč 60 billion.", "Kč 60 billion", 6e10, "CZK"),
        ("OTP earned Ft 1.1 trillion.", "Ft 1.1 trillion", 1.1e12, "HUF"),
        ("Farmers get GH¢ 2,500 a bag.", "GH¢ 2,500", 2500, "GHS"),
        ("Nestlé paid Fr. 500 million.", "Fr. 500 million", 5e8, "CHF"),
        ("Tencent spent Rmb 12bn.", "Rmb 12bn", 12e9, "CNY"),
        # a scale and a half of it; plural lakhs and crores
        ("She left a billion and a half dollars.", "a billion and a half dollars", 1.5e9, "USD"),
        ("The bank wrote off Rs 900 crores.", "Rs 900 crores", 9e9, "INR"),
        ("The plot fetched ₹40 lakhs.", "₹40 lakhs", 4e6, "INR"),
        # cents written c, with a word of price, a denominator or an amount after; newswire Y and Sfr
        ("Milk now costs 95c a carton in Cork.", "95c", 0.95, "EUR"),  # cents of Ireland
        ("Diesel was 172c a litre.", "172c a litre", 1.72, "USD/liter"),
        ("Qantas shares fell 8c to $5.10.", "8c", 0.08, "USD"),
        ("Tokyo Electric lost Y450 billion.", "Y450 billion", 4.5e11, "JPY"),
        ("Novartis paid Sfr 1.5bn.", "Sfr 1.5bn", 1.5e9, "CHF"),
        # a price per worker is a price per employee
        ("Farms earned 4,200 rand per worker.", "4,200 rand per worker", 4200, "ZAR/employee"),
    ],
)
def test_money_families_joined_and_withdrawn(text, quote, value, unit):
    test_money_families(text, quote, value, unit)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("On May 3 500 people marched.", "3 500"),  # one ordinary space, no currency: no grouping
        ("the team won 4 , 300 fans watched .", "4 , 300"),  # tokenised, no money on either side
        ("In 2019 , 500 euros were raised .", "2019 , 500 euros"),  # a year is no thousands group
        ("Her dog weighs 30 pounds 6 ounces.", "30 pounds"),  # pounds of weight, no pence after
        ("The kuna was retired.", "kuna"),  # a withdrawn currency's bare word needs an amount with a scale
        ("He paid 3 lats for a coffee, she said.", "3 lats"),
        ("It scored two pounds fifty years ago.", "two pounds fifty"),  # 'fifty years' counts years
        ("Scan the QR 5 times.", "QR 5"),  # a weak sign needs a scale, separators or decimals
        ("Temperatures reached 34c in Perth, the forecast said.", "34c"),  # degrees, not cents
        ("Under section 4c of the act, 12 firms were fined.", "4c"),
        ("Generation Y 300 million strong.", "Y 300 million"),  # Y alone needs a scale written against it
        ("The SR 71 flew at Mach 3.", "SR 71"),
        ("He read page N 12 twice.", "N 12"),
        ("The Ft 6 ladder was 40 dollars.", "Ft 6"),
    ],
)
def test_what_must_not_join_or_become_money(text, absent):
    figures, _ = extract_figures(text)
    assert all(absent not in f.quote or f.kind not in ("money", "rate") for f in figures), [
        (f.quote, f.kind, f.unit) for f in figures
    ]


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        # signs of smaller currencies and country-marked dollars of the Caribbean and Pacific
        ("Bread in Lviv rose to ₴35.", "₴35", 35, "UAH"),
        ("Rent in Astana reached ₸300,000.", "₸300,000", 300000, "KZT"),
        ("Cocoa farmers get GH₵ 1,800 a bag.", "GH₵ 1,800", 1800, "GHS"),
        ("Taxis in San Jose charge ₡2,000.", "₡2,000", 2000, "CRC"),
        ("Lima's metro fare is S/ 2.50.", "S/ 2.50", 2.50, "PEN"),
        ("Santo Domingo spent RD$3 billion.", "RD$3 billion", 3e9, "DOP"),
        ("Port of Spain borrowed TT$2bn.", "TT$2bn", 2e9, "TTD"),
        ("Suva earned FJ$400 million.", "FJ$400 million", 4e8, "FJD"),
        ("Windhoek's budget rose to N$30bn.", "N$30bn", 3e10, "NAD"),
        ("Monrovia paid L$500 million in salaries.", "L$500 million", 5e8, "LRD"),
        ("Georgetown spent G$2 billion on roads.", "G$2 billion", 2e9, "GYD"),
        # a spaced capital is a label, not a country mark of the dollar
        ("The start-up closed a Series G $40 million round.", "$40 million", 4e7, "USD"),
        ("Class N $5 shares rose.", "$5", 5, "USD"),
        # ... and so is a dollar mark's letter after a word that labels with a letter (series, class, plan)
        ("The start-up closed a Series C $50 million round.", "$50 million", 5e7, "USD"),
        ("It raised a Series A $10 million round in May.", "$10 million", 1e7, "USD"),
        ("Class S $3 shares fell.", "$3", 3, "USD"),
        ("Its class A $25 shares were sold.", "$25", 25, "USD"),
        ("the firm raised a series c $ 20 million round .", "$ 20 million", 2e7, "USD"),
        ("Under Plan A $2bn goes to roads.", "$2bn", 2e9, "USD"),
        # the same letter after any other word is the mark, spaced as tokenised or wire copy writes it
        ("Shares were tendered at the offer of C $6 per share.", "C $6 per share", 6, "CAD/share"),
        ("Barrick raised C $ 2.5 billion on Tuesday .", "C $ 2.5 billion", 2.5e9, "CAD"),
        ("the startup raised s $ 8 million in its first round .", "s $ 8 million", 8e6, "SGD"),
        ("Ottawa will pay Bombardier C $ 1 billion .", "C $ 1 billion", 1e9, "CAD"),
        # letter signs after the number
        ("A pint in Brno is 55 Kč.", "55 Kč", 55, "CZK"),
        ("The flat sold for 45 million Ft.", "45 million Ft", 4.5e7, "HUF"),
        # a currency name before a scaled amount
        ("The loan is US dollars 1.5 billion.", "US dollars 1.5 billion", 1.5e9, "USD"),
        ("Kampala raised Uganda shillings 300 billion.", "Uganda shillings 300 billion", 3e11, "UGX"),
        ("The fund holds Swiss francs 2 billion.", "Swiss francs 2 billion", 2e9, "CHF"),
        # names with country adjectives, plurals as the news writes them
        ("Vale paid 4.5 billion Brazilian reais.", "4.5 billion Brazilian reais", 4.5e9, "BRL"),
        ("The flat cost 9 million HK dollars.", "9 million HK dollars", 9e6, "HKD"),
        ("San Jose raised 200 billion colones.", "200 billion colones", 2e11, "CRC"),
        ("Asuncion spent 3 trillion guaranies.", "3 trillion guaranies", 3e12, "PYG"),
    ],
)
def test_money_signs_names_and_names_before(text, quote, value, unit):
    test_money_families(text, quote, value, unit)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("He won 3 million votes in the election.", "won 3 million"),  # a name that is a verb, before
        ("Against the dollar 5 million contracts traded.", "dollar 5 million"),  # 'the dollar' is the noun
        ("The 80 Ft ladder was sold.", "80 Ft"),  # a weak sign after a bare number
    ],
)
def test_signs_and_names_before_that_are_no_money(text, absent):
    test_what_must_not_join_or_become_money(text, absent)


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        # a sub-unit several currencies share takes the currency of another amount of its sentence...
        ("Fares in Perth rose 40 cents to A$4.90.", "40 cents", 0.40, "AUD"),
        ("Stamps rose 10 cents to €1.25, the post office said.", "10 cents", 0.10, "EUR"),
        ("Bread went up 60 centavos to R$9.", "60 centavos", 0.60, "BRL"),
        ("Metro tickets rose 30 kopecks to 12 hryvnias.", "30 kopecks", 0.30, "UAH"),
        # ... else of the country, demonym or city its sentence names
        ("A litre of milk in Auckland rose by 20 cents.", "20 cents", 0.20, "NZD"),
        ("In Bahrain a newspaper costs 200 fils.", "200 fils", 0.20, "BHD"),
        ("In Abu Dhabi a newspaper costs 200 fils.", "200 fils", 2.0, "AED"),
        ("Karachi's bourse traded Rs 9 billion of shares.", "Rs 9 billion", 9e9, "PKR"),
        ("Colombo's port earned Rs 40 billion last year.", "Rs 40 billion", 4e10, "LKR"),
        ("Zambian farmers were paid K300 million.", "K300 million", 3e8, "ZMW"),
        ("A coffee in Oslo costs 50 kr.", "50 kr", 50, "NOK"),
        # ... else its default
        ("Shares fell 12 cents in early trading.", "12 cents", 0.12, "USD"),
        ("The bank was fined Rs 5 crore.", "Rs 5 crore", 5e7, "INR"),
        ("Milk rose 40 centavos a litre.", "40 centavos a litre", 0.40, "MXN/liter"),
        ("Jiao and fen: a bun costs 5 jiao.", "5 jiao", 0.5, "CNY"),
        ("A stamp costs 90 fen.", "90 fen", 0.90, "CNY"),
        ("Petrol fell 15 sen a litre.", "15 sen a litre", 0.15, "MYR/liter"),
        # a lakh or crore with nothing counted after it is rupees
        ("Net profit rose to 4,120 crore from 3,800 crore.", "4,120 crore", 4.12e10, "INR"),
        ("She earns 9 lakhs a year.", "9 lakhs a year", 9e5, "INR/year"),
        ("Dhaka's budget sets aside 40,000 crore for roads in Bangladesh.", "40,000 crore", 4e11, "BDT"),
    ],
)
def test_shared_forms_take_the_currency_of_their_sentence(text, quote, value, unit):
    test_money_families(text, quote, value, unit)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The K2 expedition took 40 days.", "K2"),  # K alone, no country of a kwacha, kina or kyat
        ("The price is 45 kr in the shop.", "45 kr"),  # kr with no Nordic country named
        ("About 3 crore people voted.", "3 crore"),  # a count of people
        ("Rapper 50 Cent played 2 shows.", "50 Cent"),  # a name, not half a dollar
    ],
)
def test_shared_forms_without_their_country_are_no_money(text, absent):
    test_what_must_not_join_or_become_money(text, absent)


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        # continental digits beside a currency: decimal commas, thousands grouped by points
        ("The museum charges 9,50 € for adults.", "9,50 €", 9.50, "EUR"),
        ("The fine was €3,5 millions.", "€3,5 millions", 3.5e6, "EUR"),
        ("The order was worth 4,2 Mio. EUR.", "4,2 Mio. EUR", 4.2e6, "EUR"),
        ("The flat in Porto was listed at 2.350.000 euros.", "2.350.000 euros", 2.35e6, "EUR"),
        ("The lender booked 2.345,6 million euros.", "2.345,6 million euros", 2.3456e9, "EUR"),
        ("The dividend is 0,42 euros per share.", "0,42 euros per share", 0.42, "EUR/share"),
        ("Surabaya's minimum wage is Rp 4.725.479.", "Rp 4.725.479", 4725479, "IDR"),
        # one point before three digits: thousands where the currency has no cents, or the digits are 000
        ("A banh mi costs 25.000 dong.", "25.000 dong", 25000, "VND"),
        ("A ride in Seoul costs ₩1.400.", "₩1.400", 1400, "KRW"),
        ("A plate of rice costs Rp 12.500.", "Rp 12.500", 12500, "IDR"),
        ("The cottage sold for € 320.000.", "€ 320.000", 320000, "EUR"),
        # ... and English digits are still English
        ("Diesel rose to €1.899 a litre.", "€1.899 a litre", 1.899, "EUR/liter"),
        ("The euro bought $1.085.", "$1.085", 1.085, "USD"),
        ("It was fined €1,500 and paid €2.50.", "€1,500", 1500, "EUR"),
        ("Kuwait's dinar bought KD 1.250 of goods.", "KD 1.250", 1.25, "KWD"),
    ],
)
def test_continental_digits_beside_a_currency(text, quote, value, unit):
    test_money_families(text, quote, value, unit)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Rows 3,50 and 51 were empty.", "3,50"),  # continental digits with no currency: no number at all
        ("The 1.250.000 visitors came.", "1.250.000"),
        ("Version 2.500 shipped to 12.000 users.", "12.000"),
    ],
)
def test_continental_digits_without_a_currency_are_no_money(text, absent):
    test_what_must_not_join_or_become_money(text, absent)


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        # bare numbers listed before an amount take its scale and currency
        ("Bids of 1.1, 1.2 and 1.4 billion euros came in.", "1.1", 1.1e9, "EUR"),
        ("Prizes of 10, 20 and 50 thousand dollars were paid.", "20", 20000, "USD"),
        ("The tiers cost 5, 8 and 12 pounds sterling.", "8", 8, "GBP"),
        # a scaled amount after a year takes the currency of the amount before the year
        ("Profit was 2 billion euros in 2022 and 3 billion in 2023.", "3 billion", 3e9, "EUR"),
        # a decimal comma split off by a tokenizer, before a currency name
        ("the beer cost 4 , 50 euros .", "4 , 50 euros", 4.50, "EUR"),
    ],
)
def test_lists_years_and_split_decimals_share_the_currency(text, quote, value, unit):
    test_money_families(text, quote, value, unit)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("It paid $20m in 2019 and hired 25 in 2020.", "25"),  # over a year, only a scaled amount
        ("He bought 3 apples and 4 dollars of sweets.", "3"),  # a counted noun breaks the list
        ("Rooms 12, 14 and 140 euros a night.", "12"),  # more than ten times apart: no list
        ("in 2019 , 50 euros were raised .", "2019 , 50 euros"),  # a year is no whole part
    ],
)
def test_what_lists_and_years_do_not_share(text, absent):
    test_what_must_not_join_or_become_money(text, absent)


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        # scales of Reuters, American and finance copy
        ("Toyota expects 2.1 trln yen in profit.", "2.1 trln yen", 2.1e12, "JPY"),
        ("The fund holds $7MM in cash.", "$7MM", 7e6, "USD"),
        ("He earned $3 mil last year.", "$3 mil", 3e6, "USD"),
        ("The deal is worth 8 mil dollars.", "8 mil dollars", 8e6, "USD"),
        # sub-units of smaller currencies
        ("A stamp is 90 ngwee in Lusaka.", "90 ngwee", 0.90, "ZMW"),
        ("Bread rose 50 agorot.", "50 agorot", 0.50, "ILS"),
        ("Milk rose 30 bani to 8 lei.", "30 bani", 0.30, "RON"),
    ],
)
def test_scales_and_sub_units_of_smaller_currencies(text, quote, value, unit):
    test_money_families(text, quote, value, unit)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The sheet is 5 mil thick.", "5 mil"),  # a thousandth of an inch, no currency
        ("The 35MM film was shot in 2 days.", "35MM"),  # no sign before it
    ],
)
def test_scales_without_a_currency_are_no_money(text, absent):
    test_what_must_not_join_or_become_money(text, absent)


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        ("Nestle's profit was CHF 2'150 million.", "CHF 2'150 million", 2.15e9, "CHF"),
        ("The watch costs CHF 12’500.", "CHF 12’500", 12500, "CHF"),
    ],
)
def test_swiss_apostrophes_group_thousands_beside_a_currency(text, quote, value, unit):
    test_money_families(text, quote, value, unit)


def test_feet_and_inches_are_not_swiss_thousands():
    figures, _ = extract_figures("He is 5'10\" tall.")
    assert [f.quote for f in figures] == ["5", "10"]


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        # "a $" of tokenised copy is Australian dollars in a sentence about Australia, else an article
        ("the bank lost a $ 40 million , the australian lender said .", "$ 40 million", 4e7, "AUD"),
        ("the court imposed a $ 2 million fine .", "$ 2 million", 2e6, "USD"),
        # lower-cased copy names its places in lower case
        ("bus fares in auckland rose 30 cents .", "30 cents", 0.30, "NZD"),
        # K needs its country, and with it no scale or separators
        ("In Malawi a kilo of maize costs K450.", "K450", 450, "MWK"),
    ],
)
def test_shared_dollar_marks_and_lower_case_places(text, quote, value, unit):
    test_money_families(text, quote, value, unit)


def test_pounds_coordinated_with_pounds_of_money_are_money():
    test_money_families("Tickets cost 50 pounds and 60 pounds.", "60 pounds", 60, "GBP")


def test_pounds_after_a_clause_keep_their_weight():
    f = figure("The fine was 200 pounds and he lost 20 pounds in weight.", "20 pounds")
    assert f.unit == "pound"


@pytest.mark.parametrize(
    "text, quote, value, unit",
    [
        # francs: the country the sentence names decides, and a country now on the euro paid in its old franc
        ("A Lyon bakery chain was sold for 40 million francs in 1992.", "40 million francs", 40e6, "FRF"),
        ("France's state railway lost 8 billion francs that year.", "8 billion francs", 8e9, "FRF"),
        ("The Antwerp diamond dealer paid 600 million francs for the stones.", "600 million francs", 6e8, "BEF"),
        ("The Basel drugmaker set aside 1.5 billion francs.", "1.5 billion francs", 1.5e9, "CHF"),
        ("A Swiss insurer paid 700 million francs.", "700 million francs", 7e8, "CHF"),
        ("Senegal's budget grew to 4,000 billion francs.", "4,000 billion francs", 4e12, "XOF"),
        # cents follow the dollar amount of their sentence, or the country it names
        ("Shares in the Calgary driller rose 31 cents to C$12.40.", "31 cents", 0.31, "CAD"),
        ("A litre of unleaded in Brisbane fell 9 cents.", "9 cents", 0.09, "AUD"),
        ("The Canadian dollar traded at 72.8 U.S. cents.", "72.8 U.S. cents", 0.728, "USD"),
        # a bare R amount is rand where the sentence names the rand
        ("Pick n Pay shares rose R4 to R152.50 in Johannesburg.", "R4", 4, "ZAR"),
        ("A taxi ride in Pretoria now costs R25.", "R25", 25, "ZAR"),
        # US coins after the article, their plurals after a number
        ("Milk rose a dime a gallon in March.", "a dime a gallon", 0.10, "USD/gallon"),
        ("The shares closed up a nickel.", "a nickel", 0.05, "USD"),
        ("The machine only takes 4 dimes.", "4 dimes", 0.40, "USD"),
        # FT and Reuters signs of sterling, the Irish pound and the lira
        ("Pre-tax profit rose to Lstg 312 mln.", "Lstg 312 mln", 312e6, "GBP"),
        ("The Cork brewer paid IR£45m for the pubs.", "IR£45m", 45e6, "IEP"),
        ("The Turin carmaker lost L2,400bn.", "L2,400bn", 2.4e12, "ITL"),
        # denominators of commodity prices
        ("Crude futures settled at $71.20/bbl.", "$71.20/bbl", 71.20, "USD/oil_barrel"),
        ("Soybeans rose to $13.10 a bushel.", "$13.10 a bushel", 13.10, "USD/bushel"),
        ("Cocoa hit £3,100 per metric ton.", "£3,100 per metric ton", 3100, "GBP/tonne"),
        ("Lager costs £5.80 a pint in the City.", "£5.80 a pint", 5.80, "GBP/pint"),
        # slang and nicknames of currencies
        ("Bus fares in Leeds rose by a quid.", "a quid", 1, "GBP"),
        (
            "The airline refunded 450 Aussie dollars per passenger.",
            "450 Aussie dollars per passenger",
            450,
            "AUD/passenger",
        ),
        ("Dairy farmers got 9 kiwi dollars a kilo.", "9 kiwi dollars a kilo", 9, "NZD/kilogram"),
    ],
)
def test_money_read_by_its_country_coins_and_wire_signs(text, quote, value, unit):
    test_money_families(text, quote, value, unit)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The thriller was classified R18 in New Zealand.", "R18"),  # a rating: no rand in the sentence
        ("Roadworks closed the R24 for a week.", "R24"),  # a road
        ("Output at its 3 nickel mines fell.", "3 nickel"),  # the metal after a number
        ("Vale is a nickel and copper producer.", "a nickel"),  # the metal after the article
        ("Vale runs a nickel, cobalt and copper mine.", "a nickel"),
        ("The retailer refused to nickel-and-dime its suppliers.", "dime"),
        ("Sales fell by a quarter in the year.", "a quarter"),  # a fraction, not the coin
        ("The chip's L2 cache holds 8MB.", "L2"),
        ("The deal was a quid pro quo for 2 seats.", "a quid"),
        ("The hunter shot a buck in 2019.", "a buck"),  # L of the lira needs a scale written against it
    ],
)
def test_coin_names_ratings_and_roads_that_are_no_money(text, absent):
    test_what_must_not_join_or_become_money(text, absent)
