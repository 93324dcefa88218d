"""Figures: every pattern family of news numerals, on sentences written for these tests."""

import pytest

from newsfigures.extraction.figures import extract_figures
from newsfigures.extraction.mentions import CHANGES, KINDS, QUALIFIERS
from newsfigures.package.units import parse_unit


def figures(text: str):
    found, _ = extract_figures(text)
    for f in found:
        assert text[f.start : f.end] == f.quote
    return found


def one(text: str, quote: str):
    """The one figure with this quote."""
    hits = [f for f in figures(text) if f.quote == quote]
    assert len(hits) == 1, (quote, figures(text))
    return hits[0]


def reasons(text: str) -> dict[str, str]:
    return {x.quote: x.reason for x in extract_figures(text)[1]}


# --- money ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("The miner paid $1.13bn for the mine.", "$1.13bn", 1.13e9, "USD"),
        ("A £600m bond was sold.", "£600m", 6e8, "GBP"),
        ("It raised US$5 million from backers.", "US$5 million", 5e6, "USD"),
        ("The bank lent 7.5bn euros to the state.", "7.5bn euros", 7.5e9, "EUR"),
        ("Its profit hit 540bn yen.", "540bn yen", 5.4e11, "JPY"),
        ("The grant of 623 million roubles arrived.", "623 million roubles", 6.23e8, "RUB"),
        ("A deal worth RUB 5m was signed.", "RUB 5m", 5e6, "RUB"),
        ("Tickets cost €3 each.", "€3", 3, "EUR"),
        ("Shares ended at $1.64 on the day.", "$1.64", 1.64, "USD"),
        ("A fee of A$40 applies.", "A$40", 40, "AUD"),
        ("The toll is C$12.", "C$12", 12, "CAD"),
        ("The flat sold for HK$8m.", "HK$8m", 8e6, "HKD"),
        ("Fares rose to S$2.", "S$2", 2, "SGD"),
        ("Wages of NZ$25 an hour were agreed.", "NZ$25 an hour", 25, "NZD/hour"),
        ("A tax of Rs 500 was levied.", "Rs 500", 500, "INR"),
        ("Bus fares rose to Rp 3,500.", "Rp 3,500", 3500, "IDR"),
        ("Farmers earn KSh 250 a day.", "KSh 250 a day", 250, "KES/day"),
        ("The bank lost SFr 40m.", "SFr 40m", 4e7, "CHF"),
        ("Ottawa pledged $Can 15m.", "$Can 15m", 1.5e7, "CAD"),
        ("The stock closed at RM23.50 yesterday.", "RM23.50", 23.5, "MYR"),
        ("Exports earned ¥90bn.", "¥90bn", 9e10, "JPY"),
        ("The state spent ₹40 crore.", "₹40 crore", 4e8, "INR"),
        ("Reserves stand at 30 billion Australian dollars.", "30 billion Australian dollars", 3e10, "AUD"),
        ("The club owes 12 million Swiss francs.", "12 million Swiss francs", 1.2e7, "CHF"),
        ("The levy is 5 million shekels.", "5 million shekels", 5e6, "ILS"),
        ("A loan of 200m ringgit was agreed.", "200m ringgit", 2e8, "MYR"),
        ("It was valued at USD10m.", "USD10m", 1e7, "USD"),
        ("The dividend is 50 cents.", "50 cents", 0.5, "USD"),
        ("A stamp now costs 90p.", "90p", 0.9, "GBP"),
        ("Turnover was \\$1.5 billion.", "\\$1.5 billion", 1.5e9, "USD"),
        ("The wage rose to 20 pounds sterling.", "20 pounds sterling", 20, "GBP"),
        ("A 2 billion pounds fund.", "2 billion pounds", 2e9, "GBP"),
    ],
)
def test_money(text, quote, value, unit):
    f = one(text, quote)
    assert f.value == pytest.approx(value, rel=1e-12)
    assert f.unit == unit
    assert f.kind in ("money", "rate")


def test_markdown_escaped_dollar_is_quoted_from_the_backslash():
    text = "Aid of \\$8.3 million arrived."
    f = one(text, "\\$8.3 million")
    assert f.start == text.index("\\")


def test_sub_units_fold_into_the_currency():
    assert one("Coffee went up 19 cents.", "19 cents").value == pytest.approx(0.19)
    assert one("The stock lost 12 pence.", "12 pence").unit == "GBP"


# --- percent ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("Turnout reached 92 percent.", "92 percent", "percent"),
        ("Turnout reached 92 per cent.", "92 per cent", "percent"),
        ("Turnout reached 92%.", "92%", "percent"),
        ("Yields rose 5pc.", "5pc", "percent"),
        ("The rate rose by 0.25 percentage points.", "0.25 percentage points", "percentage_point"),
        ("The bank cut rates by 50 basis points.", "50 basis points", "basis_point"),
    ],
)
def test_percent(text, quote, unit):
    f = one(text, quote)
    assert (f.kind, f.unit) == ("percent", unit)


# --- counts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value", "noun"),
    [
        ("The service now has 464,000 subscribers.", "464,000", 464000, "subscribers"),
        ("The plant built 30,000 vehicles last year.", "30,000", 30000, "vehicles"),
        ("About 600,000 Tajik workers live there.", "600,000", 600000, "Tajik workers"),
        ("They asked for 500,000 free masks.", "500,000", 500000, "free masks"),
        ("Three firms bid for it.", "Three", 3, "firms"),
        ("There is one solution for everyone.", "one", 1, "solution"),
    ],
)
def test_counts(text, quote, value, noun):
    f = one(text, quote)
    assert (f.kind, f.unit, f.value, f.noun) == ("count", "count", value, noun)


# --- physical quantities and rates --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "kind"),
    [
        ("The group pumps 84 million barrels a day.", "84 million barrels a day", 8.4e7, "oil_barrel/day", "rate"),
        ("Crude fetched $47 a barrel.", "$47 a barrel", 47, "USD/oil_barrel", "rate"),
        ("The cell gives 5 volts.", "5 volts", 5, "volt", "quantity"),
        ("Cars may not exceed 40 mph.", "40 mph", 40, "mile/hour", "rate"),
        ("The road runs 12 km north.", "12 km", 12, "kilometer", "quantity"),
        ("A 20kg sack.", "20kg", 20, "kilogram", "quantity"),
        ("They shipped 3 million tonnes of ore.", "3 million tonnes", 3e6, "tonne", "quantity"),
        ("The farm makes 50 MW at peak.", "50 MW", 50, "megawatt", "quantity"),
        ("A reactor of 1.6 GW.", "1.6 GW", 1.6, "gigawatt", "quantity"),
        ("Homes use 10 kWh daily.", "10 kWh", 10, "kilowatt_hour", "quantity"),
        ("Offices of 5,000 square feet.", "5,000 square feet", 5000, "foot**2", "quantity"),
        ("Gold hit $1,300 an ounce.", "$1,300 an ounce", 1300, "USD/troy_ounce", "rate"),
        ("Gas sold at $3.10 per mmBTU.", "$3.10 per mmBTU", 3.1, "USD/megaBtu", "rate"),
        ("The cable is 37m (121ft) long.", "37m", 37, "meter", "quantity"),
    ],
)
def test_quantities_and_rates(text, quote, value, unit, kind):
    f = one(text, quote)
    assert (f.value, f.unit, f.kind) == (pytest.approx(value), unit, kind)


# --- durations, ages, fractions, multiples -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "kind", "qualifier"),
    [
        ("The talks lasted 26 years.", "26 years", 26, "year", "duration", "exact"),
        ("Over the last 12 or so years it grew.", "12 or so years", 12, "year", "duration", "approximate"),
        ("It took three months.", "three months", 3, "month", "duration", "exact"),
        ("It ran for three decades.", "three decades", 3, "decade_year", "duration", "exact"),
        ("The strike lasted ten days.", "ten days", 10, "day", "duration", "exact"),
        ("A 15-year-old pupil won.", "15-year-old", 15, "year", "age", "exact"),
        ("Workers aged 40 retrained.", "40", 40, "year", "age", "exact"),
        ("Smith, 52, resigned on Friday.", "52", 52, "year", "age", "exact"),
    ],
)
def test_durations_and_ages(text, quote, value, unit, kind, qualifier):
    f = one(text, quote)
    assert (f.value, f.unit, f.kind, f.qualifier) == (value, unit, kind, qualifier)


@pytest.mark.parametrize(
    ("text", "quote", "value", "kind"),
    [
        ("Half the flats are empty.", "Half", 0.5, "fraction"),
        ("A third of the staff quit.", "A third", 1 / 3, "fraction"),
        ("Two-thirds of members voted.", "Two-thirds", 2 / 3, "fraction"),
        ("A quarter of the sales came online.", "A quarter", 0.25, "fraction"),
        ("One in five adults smokes.", "One in five", 0.2, "fraction"),
        ("Costs rose twice as fast as pay.", "twice", 2, "multiple"),
        ("Output grew threefold.", "threefold", 3, "multiple"),
        ("It is 3 times bigger.", "3 times", 3, "multiple"),
    ],
)
def test_fractions_and_multiples(text, quote, value, kind):
    f = one(text, quote)
    assert (f.value, f.kind, f.unit) == (pytest.approx(value), kind, "dimensionless")


# --- ranges and hedges ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "low", "high", "unit"),
    [
        ("Oil traded at $40 to $50.", "$40 to $50", 40, 50, "USD"),
        ("Growth of between 5 and 7% is forecast.", "5 and 7%", 5, 7, "percent"),
        ("Prices may rise 2-3% this year.", "2-3%", 2, 3, "percent"),
        ("Its range is from 252 to 287 miles.", "252 to 287 miles", 252, 287, "mile"),
        ("Bids came in at $10 to $15 billion.", "$10 to $15 billion", 1e10, 1.5e10, "USD"),
        ("We need four to five thousand volunteers.", "four to five thousand", 4000, 5000, "count"),
        # a hyphen after a scale word joins a range, the upper end's unit or noun written once, after it
        ("Some 1.5 million-2 million people wait.", "1.5 million-2 million", 1.5e6, 2e6, "count"),
        ("Profits of £415m ($779m-798m) are forecast.", "$779m-798m", 7.79e8, 7.98e8, "USD"),
        ("A 3 billion-4 billion rouble loan.", "3 billion-4 billion rouble", 3e9, 4e9, "RUB"),
    ],
)
def test_ranges_are_one_figure(text, quote, low, high, unit):
    f = one(text, quote)
    assert (f.value, f.value_to, f.unit, f.qualifier) == (low, high, unit, "range")


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("It forgave around $700 million.", "$700 million", "approximate"),
        ("About 300 staff left.", "300", "approximate"),
        ("Some 40 ships docked.", "40", "approximate"),
        ("Roughly 2,000 homes lost power.", "2,000", "approximate"),
        ("Nearly 9% voted no.", "9%", "approximate"),
        ("Almost 70 flights were cut.", "70", "approximate"),
        ("More than 1,000 people came.", "1,000", "more_than"),
        ("Over 60% agreed.", "60%", "more_than"),
        ("At least 12 people died.", "12", "at_least"),
        ("Fines of up to £24 apply.", "£24", "at_most"),
        ("It could cost as much as $3bn.", "$3bn", "at_most"),
        ("Less than 5% of cases.", "5%", "less_than"),
        ("It fell under 20 minutes.", "20 minutes", "less_than"),
        ("A sub-300 sq m shop opened.", "300 sq m", "less_than"),  # a hedge prefix joined by a hyphen
        ("A nearly-40 minute delay.", "40 minute", "approximate"),
    ],
)
def test_hedges_are_qualifiers_outside_the_quote(text, quote, qualifier):
    assert one(text, quote).qualifier == qualifier


# --- changes and levels ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "change"),
    [
        ("Sales rose 4% in May.", "4%", "increase"),
        ("The economy shrank by 8.6% last year.", "8.6%", "decrease"),
        ("Brent fell $1.64 to $47.10.", "$1.64", "decrease"),
        ("Brent fell $1.64 to $47.10.", "$47.10", "none"),
        ("The shares were up 19 cents.", "19 cents", "increase"),
        ("It reported a 5% drop in orders.", "5%", "decrease"),
        ("The index lost 190 points, or 0.6%.", "0.6%", "decrease"),
        ("Turnout was 62%.", "62%", "none"),
    ],
)
def test_change_and_level(text, quote, change):
    assert one(text, quote).change == change


# --- equivalents --------------------------------------------------------------------------------


def test_parenthetical_conversion_points_at_the_first_figure():
    text = "It got 623 million roubles (\\$8.3 million) in aid."
    found = figures(text)
    assert [f.quote for f in found] == ["623 million roubles", "\\$8.3 million"]
    assert found[1].equivalent_of == 0 and found[0].equivalent_of is None


def test_several_conversions_in_one_parenthesis():
    text = "Profit was £5.7bn ($10.7bn; 8.2bn euros) in the year."
    found = figures(text)
    assert [(f.unit, f.equivalent_of) for f in found] == [("GBP", None), ("USD", 0), ("EUR", 0)]


# --- not figures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The firm was founded in 2020.",
        "Talks resume on Feb. 24 in Geneva.",
        "The summit is on March 2-3.",
        "Prices soared in the 1990s.",
        "The 2004-05 season was poor.",
    ],
)
def test_years_and_dates_yield_nothing(text):
    assert figures(text) == []
    assert extract_figures(text)[1] == []


@pytest.mark.parametrize(
    ("text", "quote", "reason"),
    [
        ("Markets opened at 10:30.", "10:30", "clock_time"),
        ("Trading halted at 1200 GMT.", "1200 GMT", "clock_time"),
        ("He finished 22nd overall.", "22", "ordinal"),
        ("The A380 flew again.", "380", "identifier"),
        ("The Covid-19 crisis hit trade.", "19", "name"),
        ("A G7 meeting opens.", "7", "identifier"),
        ("Its Boeing 737 fleet is grounded.", "737", "name"),
        ("Two F-16 jets landed.", "16", "name"),
        ("A B-52 bomber flew.", "52", "name"),  # a scale letter (b, m, k) names a plane, not an amount
        ("The M-25 was closed.", "25", "name"),
        ("Its k-9 unit searched.", "9", "identifier"),
        ("Phones support 5G now.", "5", "identifier"),
        ("Read more at https://news.example/2021/story", "https://news.example/2021/story", "url"),
        # every number word the coverage check counts, thirteen to nineteen and zero included
        ("See https://news.example/fifteen-ways-to-save", "https://news.example/fifteen-ways-to-save", "url"),
        ("Call (555) 123-4567 today.", "(555) 123-4567", "phone"),
        ("They held two-way talks.", "two", "compound_adjective"),
        ("It was the one that mattered.", "one", "pronoun"),
        ("He is one of the owners.", "one", "pronoun"),
        ("She closed one firm bit of business.", "one", "idiom"),
        ("It lost millions of dollars.", "millions", "vague"),
        ("A multi-million-dollar fraud.", "multi-million", "vague"),
        ("The firm filed for Chapter 11 protection.", "11", "name"),
        ("They drew 2-0 at home.", "2", "score"),
        ("The office at 16 Baker Street reopened.", "16", "address"),
    ],
)
def test_rejected_numerals_get_a_reason(text, quote, reason):
    assert reasons(text).get(quote) == reason
    assert all(quote not in f.quote for f in figures(text))


# --- records ----------------------------------------------------------------------------------------

SAMPLE = (
    "Revenue rose 12% to $4.5bn (£3.6bn), while about 3,000 jobs went over 18 months. "
    "Oil output hit 9.8 million barrels a day and gold traded at $1,250 an ounce. "
    "Rates fell 25 basis points; a 40-year-old trader bought 2 tonnes of copper at 6.5 km/h."
)


def test_every_unit_parses_and_every_field_is_in_its_closed_set():
    found = figures(SAMPLE)
    assert len(found) >= 9
    for f in found:
        parse_unit(f.unit)
        assert f.kind in KINDS and f.qualifier in QUALIFIERS and f.change in CHANGES
