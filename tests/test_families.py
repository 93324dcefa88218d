"""Families of figures, Duckling style: for each family, sentences that must match and sentences that must not.

Every sentence here was written for this file (none comes from a benchmark). A family is a way the
news writes a figure (a mixed fraction, a unit given once for two numbers, a dollar mark in lower
case); each rule in the extractor serves a family, and each family has both kinds of examples so that a
rule that grows too greedy fails here as surely as one that misses.
"""

import datetime as dt

import pytest

from newsfigures.extraction.figures import extract_figures
from newsfigures.extraction.merge import extract
from newsfigures.package.units import kind_problem

MUST_MATCH = {
    # a whole number and a proper fraction are one number (newswire share prices and counts)
    "mixed fractions": [
        ("The stock closed at $ 41 3/8 on Friday.", "$ 41 3/8", 41.375, "USD"),
        ("Traders swapped 2 1/2 million shares.", "2 1/2 million", 2.5e6, "count"),
        ("The works will take 3 1/2 years.", "3 1/2 years", 3.5, "year"),
        ("Snow lay 6-1/4 inches deep.", "6-1/4 inches", 6.25, "inch"),
    ],
    # "and a half" inside number words, before a scale word
    "number words with a half": [
        ("The ministry spent three and a half million euros.", "three and a half million euros", 3.5e6, "EUR"),
        ("Some one and a half billion people watched.", "one and a half billion", 1.5e9, "count"),
        # "a million and a half": the scale word stays the scale, so "pounds" after it are money
        ("The club lost a million and a half pounds on the deal.", "a million and a half pounds", 1.5e6, "GBP"),
        ("Two billion and a half euros were set aside.", "Two billion and a half euros", 2.5e9, "EUR"),
    ],
    # a country mark that is also a word counts only against the sign; lower case marks
    "dollar marks": [
        ("The museum sold the vase for a$ 95,000 .", "a$ 95,000", 95000, "AUD"),
        ("the port authority holds s $ 6.1 billion in reserves .", "s $ 6.1 billion", 6.1e9, "SGD"),
        ("Wool exports fetched A$ 2 billion.", "A$ 2 billion", 2e9, "AUD"),
    ],
    # the newswire's '#' for the pound sign, before an amount with a scale, separators or decimals
    "pound written #": [
        ("the refit cost # 4.5 million .", "# 4.5 million", 4.5e6, "GBP"),
    ],
    # ISO codes in lower case with a scale prefix or a scale letter apart
    "scaled codes": [
        ("the group booked orders of 40 musd in march .", "40 musd", 40e6, "USD"),
        ("capex is put at 7.5 meur .", "7.5 meur", 7.5e6, "EUR"),
        ("the charter firm paid 12 m usd for two jets .", "12 m usd", 12e6, "USD"),
        ("Sales reached 4 B dollars.", "4 B dollars", 4e9, "USD"),
        ("The app now has 1.4 B users.", "1.4 B", 1.4e9, "count"),
        ("The network reached 2.5 M subscribers in May.", "2.5 M", 2.5e6, "count"),
        # a scale letter apart from an amount with a currency sign
        ("Revenue was $3.2 B last year.", "$3.2 B", 3.2e9, "USD"),
        ("The seed round raised $400 K from angels.", "$400 K", 4e5, "USD"),
        ("the loan is worth $ 2.5 MM , a filing said .", "$ 2.5 MM", 2.5e6, "USD"),
        ("Bonds of €1.5 M were sold.", "€1.5 M", 1.5e6, "EUR"),
        # only a capital names a share class: 'MM' and a lower-case letter before 'shares' stay the scale
        ("the fund bought $ 5 m shares in the bank .", "$ 5 m", 5e6, "USD"),
        ("It bought $ 2 MM shares of the firm.", "$ 2 MM", 2e6, "USD"),
        ("It sold $ 300 k stock options.", "$ 300 k", 3e5, "USD"),
    ],
    # lower-case letter signs of the newswire, before a scaled amount
    "lower-case letter signs": [
        ("the utility earned dm 640 million .", "dm 640 million", 640e6, "DEM"),
        ("the rail scheme will cost rs 3,200 crore .", "rs 3,200 crore", 3.2e10, "INR"),
        ("the insurer raised sfr 150 million .", "sfr 150 million", 150e6, "CHF"),
    ],
    # a currency name before a scaled amount, lower-case signs after one
    "currency before or after": [
        ("the carmaker earned yen 820 billion in the year .", "yen 820 billion", 8.2e11, "JPY"),
        ("the charity received 3 million nis from a donor .", "3 million nis", 3e6, "ILS"),
        ("Rupees 45,000 was paid to each family.", "Rupees 45,000", 45000, "INR"),
        ("The buyer paid 25 mio EUR for the stake.", "25 mio EUR", 25e6, "EUR"),
        ("The refit cost 2.5 Mio. Euro.", "2.5 Mio. Euro", 2.5e6, "EUR"),
    ],
    # the article as the number one before a currency name
    "a dollar": [
        ("Half the village lives on less than a dollar a day.", "a dollar a day", 1, "USD/day"),
        ("The tax adds a penny to each litre.", "a penny", 0.01, "GBP"),
    ],
    "sub-units": [
        ("the kiwi rose to 58.30 u.s. cents .", "58.30 u.s. cents", 0.583, "USD"),
        ("The board cut its 40-cent dividend.", "40-cent", 0.4, "USD"),
    ],
    # prices per unit, hyphened or tokenized
    "per-unit prices": [
        ("Investors rejected the $27-a-share bid.", "$27-a-share", 27, "USD/share"),
        ("the board backed a $ 31 - a - share offer .", "$ 31 - a - share", 31, "USD/share"),
        ("a 90 pence-per-share payout was approved.", "90 pence-per-share", 0.9, "GBP/share"),
    ],
    # the cents of an amount written after the currency name
    "compound amounts": [
        ("The ferry charges 14 euros 60 for a car.", "14 euros 60", 14.6, "EUR"),
        ("A pint costs 5 pounds 40.", "5 pounds 40", 5.4, "GBP"),
        ("the toll is 4 dollars 25 cents .", "4 dollars 25 cents", 4.25, "USD"),
    ],
    # a unit written once for two coordinated numbers
    "unit given once": [
        ("Prices rose 2.1 percent in July and 2.4 in August.", "2.4", 2.4, "percent"),
        ("The top bid was 96 cents while the lowest was 81.", "81", 0.81, "USD"),
        ("Turnover climbed to $3.1 billion from 2.8 a year before.", "2.8", 2.8e9, "USD"),
        ("The best offer was €12 a share and the worst 10.", "10", 10, "EUR/share"),
        (
            "The sedan lists at 3,150,000 yen ($21,000) for the manual and 3,020,000 ($20,100) for the automatic.",
            "3,020,000",
            3020000,
            "JPY",
        ),
        ("Revenue should grow from 4.1 to 5-6 billion euros by 2030.", "4.1", 4.1e9, "EUR"),
        ("The discount cut the price of 60 euros to 45.", "45", 45, "EUR"),
        # a length's earlier level after "from" (in digits or words)
        ("Waiting lists grew to 18 weeks from eleven.", "eleven", 11, "week"),
        ("The union won a cut to 37 hours from 40.", "40", 40, "hour"),
    ],
    # SI units written in full, with a prefix or without
    "SI unit words": [
        ("The capacitor holds 6.8 microfarads.", "6.8 microfarads", 6.8, "microfarad"),
        ("Workers absorbed 20 millisieverts in a year.", "20 millisieverts", 20, "millisievert"),
        ("The clamp exerts 350 newtons.", "350 newtons", 350, "newton"),
        ("The tyre runs at 220 kilopascals.", "220 kilopascals", 220, "kilopascal"),
        ("The trench is 30 fathoms deep.", "30 fathoms", 30, "fathom"),
        ("Crews logged 12 mSv near the core.", "12 mSv", 12, "millisievert"),
        ("The filter uses a 10 µF capacitor and a 470 Ω resistor.", "470 Ω", 470, "ohm"),
        ("The barometer read 1,013 hPa.", "1,013 hPa", 1013, "hectopascal"),
        ("The pitch is 110 yds long.", "110 yds", 110, "yard"),
        ("The hatchback emits 95 g/km.", "95 g/km", 95, "gram/kilometer"),
        ("Shares in the bank closed at 480p.", "480p", 4.8, "GBP"),
    ],
    # a person's age after "turned", "will be", "is" with a pronoun
    "ages": [
        ("The founder turned 80 in March.", "80", 80, "year"),
        ("She will be 42 next spring.", "42", 42, "year"),
        ("He retired at the age of 62.", "62", 62, "year"),
        ("Life expectancy for men in the valley is now about 77.", "77", 77, "year"),
    ],
    # a decimal point split off by a tokenizer, before a percent
    "tokenized decimals": [
        ("output fell 4 . 2 % in june .", "4 . 2 %", 4.2, "percent"),
        ("the bridge will cost $ 2 . 5 billion .", "$ 2 . 5 billion", 2.5e9, "USD"),
    ],
    # counts of a branded noun (a capitalized word before a plural noun)
    "branded counts": [
        ("The airline ordered 30 Airbus A321 jets.", "30", 30, "count"),
        ("Thieves took 120 Ford and Vauxhall vans.", "120", 120, "count"),
        ("He sold 12 Rolex watches.", "12", 12, "count"),
    ],
    # a four-digit number beyond 2100 with a noun is an amount
    "years beyond 2100": [
        ("The chain runs 2300 stores.", "2300", 2300, "count"),
    ],
    # one and a half of a span of time, written with its article, is one length
    "a span and a half": [
        ("The merger review took a year and a half.", "a year and a half", 1.5, "year"),
        ("Traders waited an hour and a half for the ruling.", "an hour and a half", 1.5, "hour"),
        ("Wages stagnated for a decade and a half.", "a decade and a half", 1.5, "decade_year"),
    ],
    # basis points written against the number, as the bond desks do
    "attached basis points": [
        ("The Fed lifted rates by 75bp in July.", "75bp", 75, "basis_point"),
        ("Spreads widened 20bps on the news.", "20bps", 20, "basis_point"),
    ],
    # a multiple of a financial measure is a ratio, not a count of times
    "valuation multiples": [
        ("The chain trades at 14 times earnings.", "14 times", 14, "dimensionless"),
        ("Leverage is capped at 3.5 times EBITDA.", "3.5 times", 3.5, "dimensionless"),
        ("The chief executive earns 120 times the pay of his staff.", "120 times", 120, "dimensionless"),
    ],
    # a sub-unit written once after a range of a price per unit
    "sub-unit ranges": [
        ("Analysts expect 52 to 55 cents a share.", "52 to 55 cents a share", 0.52, "USD/share"),
        ("Bus fares will go up by 10 to 20 pence a trip.", "10 to 20 pence", 0.10, "GBP"),
    ],
}

MUST_NOT_MATCH = {
    # ... but not a date after "from", nor a number far from the length
    "a length's earlier level": [
        ("The mine closed for 2 weeks from 14 March.", "14", "week"),
        ("Queues grew to 9 hours from 2.", "2", "hour"),
    ],
    # ... but "a year and a half ago" says when, not how long
    "a span and a half": [
        ("A year and a half ago the bank was rescued.", "A year and a half", None),
        ("Sales doubled in a month and a half before that.", "a month and a half", None),
    ],
    # a ratio or a tally of votes, written "A to B" with A above B, is no range
    "ratios and tallies": [
        ("Members backed the strike by 4 to 1.", "4 to 1", None),
        ("The court ruled 6 to 3 against the bank.", "6 to 3", None),
    ],
    # "times" after a number with no measure after it counts occasions
    "times as occasions": [
        ("Regulators fined the bank 3 times last year.", "3 times", "dimensionless"),
    ],
    "mixed fractions": [
        ("The form dated 3/4/2021 was filed.", "3/4/2021", None),
    ],
    # "a" before a spaced dollar is an article, and so is a sentence-opening "A"
    "dollar marks": [
        ("They announced a $ 40 million buyback.", "$ 40 million", "AUD"),
        ("A $12 million grant was approved.", "$12 million", "AUD"),
        ("the bank 's $ 2 billion fund grew .", "$ 2 billion", "SGD"),
        ("The company's $3 billion loan was repaid.", "$3 billion", "SGD"),
    ],
    "pound written #": [
        ("It became the #1 seller.", "#1", None),
    ],
    "scaled codes": [
        ("The swimmer won the 50 m final.", "50 m", None),
        ("Pupils got 4 B grades this year.", "4 B", None),
        ("Pupils got 2 M grades this year.", "2 M", None),
        ("The $25 B shares of the group rose.", "$25 B", None),  # the class of the shares
        ("Its $40 A shares and $3 B stock trade apart.", "$3 B", None),
        ("The swimmer took $5 M-class prize money.", "$5 M", None),
        ("He pays $9 M&A fees.", "$9 M", None),
    ],
    "lower-case letter signs": [
        ("send me a dm 5 minutes before .", "dm 5", None),
    ],
    # a currency name before a number without a scale is the name of the currency, not a sign
    "currency before or after": [
        ("The dollar fell against the yen 1.2% on Monday.", "yen 1.2%", None),
        ("Traders bought the euro 1,000 times a day.", "euro 1,000", None),
        ("He sent a DM 20 minutes later.", "DM 20", None),
    ],
    "compound amounts": [
        ("He paid 20 euros 50 years ago.", "20 euros 50", None),
    ],
    "a dollar": [
        ("She opened a dollar store downtown.", "a dollar", None),
        ("A euro-zone bond rallied.", "A euro", None),
    ],
    # an SI name that is also a brand, a company or a word is read only with a prefix
    "SI unit words": [
        ("The fleet added 40 Teslas this year.", "40 Teslas", None),
        ("The plant bought 3 Siemens turbines.", "3 Siemens", None),
        ("The hotel has 4 bars and 2 pools.", "4 bars", None),
        ("The phone records 1080p video.", "1080p", None),
    ],
    # a number beyond 2100 after a preposition of time is a year, not a figure
    "years beyond 2100": [
        ("Coasts could be under water by 2150, the study says.", "2150", None),
    ],
    # "the half" is a half-year
    "half-year": [
        ("Profit rose for the half.", "half", None),
    ],
    # names that end in a number
    "index and model names": [
        ("the s&p 500 slipped on monday .", "500", None),
        ("The ftse 100 closed higher.", "100", None),
        ("Boeing delivered its first 787 Dreamliner to the airline.", "787", None),
    ],
    # a bare number after a change is a level; a number far from the first is another figure
    "unit given once": [
        ("The index rose 3% to 410.", "410", "percent"),
        ("The shares rose 2% to 5.10.", "5.10", "percent"),
        ("Prices rose 12% last year, and the oldest bond is 40.", "40", "percent"),
    ],
    "ages": [
        ("Life expectancy fell in 2020, and 14 clinics closed.", "14", "year"),
        ("He was 3 shots behind the leader.", "3", "year"),
        ("He is 1 of 5 candidates for the post.", "1", "year"),
        ("She was 2 under par after the round.", "2", "year"),
        ("It is 35 at most.", "35", "year"),
    ],
}


def figures_of(text: str):
    return extract_figures(text)[0]


@pytest.mark.parametrize(
    "family, text, quote, value, unit",
    [(family, *case) for family, cases in MUST_MATCH.items() for case in cases],
)
def test_family_must_match(family, text, quote, value, unit):
    found = [f for f in figures_of(text) if f.quote == quote]
    assert found, (family, quote, [(f.quote, f.value, f.unit) for f in figures_of(text)])
    f = found[0]
    assert text[f.start : f.end] == quote
    assert f.value == pytest.approx(value)
    assert f.unit == unit


@pytest.mark.parametrize(
    "family, text, quote, unit",
    [(family, *case) for family, cases in MUST_NOT_MATCH.items() for case in cases],
)
def test_family_must_not_match(family, text, quote, unit):
    """``quote`` is no figure at all (``unit`` None), or no figure with that unit."""
    for f in figures_of(text):
        assert not (f.quote == quote and (unit is None or f.unit == unit)), (family, f.quote, f.value, f.unit)


@pytest.mark.parametrize(
    "text", sorted({case[0] for cases in (*MUST_MATCH.values(), *MUST_NOT_MATCH.values()) for case in cases})
)
def test_every_unit_of_the_families_means_what_its_kind_says(text):
    """A unit that parses must mean what it says: money is one currency, a rate a ratio, an age a time."""
    for f in figures_of(text):
        assert kind_problem(f.kind, f.unit) == "", (f.quote, f.kind, f.unit)


def test_every_unit_word_of_the_vocabulary_means_what_its_kind_says():
    """Every unit word and symbol (prefixed SI words included) is a unit of the registry fitting its kind."""
    from newsfigures.extraction.figures import ABBREVIATIONS, WORD_UNITS

    words = {**WORD_UNITS, **ABBREVIATIONS}
    problems = {w: kind_problem(kind, unit) for w, (unit, kind) in words.items() if kind_problem(kind, unit)}
    assert not problems


def test_a_unit_given_once_keeps_the_first_figure_unchanged():
    figures = figures_of("Prices rose 2.1 percent in July and 2.4 in August.")
    assert [(f.quote, f.unit) for f in figures] == [("2.1 percent", "percent"), ("2.4", "percent")]


def test_an_age_band_before_a_verb_counts_nothing():
    # the band says who is counted (an exclusion, see test_change_families), and 54 is no count of jobs
    text = "Hiring of women aged 25 to 54 grew by 3,000 jobs."
    figures, exclusions = extract_figures(text)
    assert [(x.quote, x.reason) for x in exclusions] == [("25 to 54", "age_group")]
    assert [(f.quote, f.kind, f.change) for f in figures] == [("3,000", "count", "increase")]


def test_a_count_after_an_age_elsewhere_in_the_text_is_still_a_count():
    figures = figures_of("The 40-year-old embargo stays. Visitors get one visit to Cuba every three years.")
    one = [f for f in figures if f.quote == "one"]
    assert one and one[0].kind == "count" and one[0].noun == "visit"


# --- families read by the whole extraction (figures and dates together) ---------------------------

#: (text, quote of the figure, value, value_to, unit, quote of a date that must stay beside it)
MUST_MATCH_WITH_DATES = {
    # a period given by its length: the date is the period, its length a duration
    "stated lengths": [
        ("Exports have doubled over the past three years.", "three years", 3, None, "year", "past three years"),
        ("The plant will hire staff over the next 18 months.", "18 months", 18, None, "month", "next 18 months"),
        ("Bookings fell over the last 6 weeks.", "6 weeks", 6, None, "week", "last 6 weeks"),
        (
            "In the coming two decades the fleet will double.",
            "two decades",
            2,
            None,
            "decade_year",
            "coming two decades",
        ),
        # 'within five years': the date is quoted without its preposition, so the length is the whole date
        ("He promised to halve the deficit within five years.", "five years", 5, None, "year", "five years"),
        ("Another 550m will follow within 90 days.", "90 days", 90, None, "day", "90 days"),
    ],
    # from A <when A was measured> to B: two levels at two times, each a figure; the time keeps its date row
    "from A when to B": [
        ("The average fare rose from $210 in 2019 to $265 last year.", "$210", 210, None, "USD", "2019"),
        ("The average fare rose from $210 in 2019 to $265 last year.", "$265", 265, None, "USD", "2019"),
        ("The yield slipped from 4.6% on Monday to 4.4%.", "4.4%", 4.4, None, "percent", "Monday"),
        (
            "Output climbed from 1.2 million barrels a day in March to 1.5 million barrels a day.",
            "1.2 million barrels a day",
            1.2e6,
            None,
            "oil_barrel/day",
            "March",
        ),
        ("Sales rose from $5m in the year to March to $7m.", "$7m", 7e6, None, "USD", None),
        ("Its range grew from 20 mpg in 2008 to 29 mpg in 2020.", "20 mpg", 20, None, "mile/gallon", "2008"),
        ("Its range grew from 20 in 2008 to 29 mpg in 2020.", "20", 20, None, "mile/gallon", "2008"),
    ],
}

#: (text, quote that is no figure)
MUST_NOT_MATCH_WITH_DATES = {
    # a point counted from another is a date, not a length
    "stated lengths": [
        ("Two months earlier, the bank had cut rates.", "Two months"),
        ("Five years ago the plant closed.", "Five years"),
        ("Sales rose in the last three months of 2004.", "three months"),
    ],
    # another figure between the ends, a change before the first, or no plain "to" before the second
    "from A when to B": [
        ("Prices went from $5 in 3 stores to $7.", "$5 in 3 stores to $7"),
        ("Shares rose from 120p in early trade to close up 3%.", "120p in early trade to close up 3%"),
        ("Profit fell 4% in 2004 to £3m.", "4% in 2004 to £3m"),
        ("It rose from 5% in 2003, then to 7% in 2004.", "5% in 2003, then to 7%"),
    ],
}


@pytest.mark.parametrize("published", [None, dt.date(2021, 6, 30)])
@pytest.mark.parametrize(
    "family, text, quote, value, value_to, unit, date",
    [(family, *case) for family, cases in MUST_MATCH_WITH_DATES.items() for case in cases],
)
def test_family_with_dates_must_match(family, text, quote, value, value_to, unit, date, published):
    found = extract(text, published)
    hits = [f for f in found.figures if f.quote == quote]
    assert hits, (family, [(f.quote, f.value, f.unit) for f in found.figures])
    f = hits[0]
    assert text[f.start : f.end] == quote
    assert (f.value, f.value_to, f.unit) == (pytest.approx(value), value_to and pytest.approx(value_to), unit)
    assert date is None or date in [d.quote for d in found.dates], [d.quote for d in found.dates]


@pytest.mark.parametrize(
    "family, text, quote",
    [(family, *case) for family, cases in MUST_NOT_MATCH_WITH_DATES.items() for case in cases],
)
def test_family_with_dates_must_not_match(family, text, quote):
    """With a publication date (without one, 'Two months earlier' has no anchor and is a duration)."""
    found = extract(text, dt.date(2021, 6, 30))
    assert quote not in [f.quote for f in found.figures], (family, [f.quote for f in found.figures])


def test_a_stated_length_inside_its_period_is_both_a_date_and_a_duration():
    text = "Exports have doubled over the past three years."
    found = extract(text, dt.date(2005, 3, 1))
    assert [(d.quote, d.value) for d in found.dates] == [("past three years", "2002/2004")]
    assert [(f.quote, f.kind, f.value, f.unit) for f in found.figures] == [("three years", "duration", 3, "year")]


def test_a_clock_time_between_two_levels_keeps_its_exclusion():
    text = "The coin fell from $36,100 at 9.30pm on Sunday to $35,020 at 6am."
    found = extract(text, None)
    assert [(f.quote, f.value, f.value_to) for f in found.figures] == [
        ("$36,100", 36100, None),
        ("$35,020", 35020, None),
    ]
    assert [(x.quote, x.reason) for x in found.exclusions] == [("9.30pm", "clock_time"), ("6am", "clock_time")]
    assert [d.quote for d in found.dates] == ["Sunday"]


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("The group owns over than 60% of the market.", "60%", "more_than"),
        ("Over than 300 people came.", "300", "more_than"),
    ],
)
def test_over_than_is_more_than(text, quote, qualifier):
    assert [f.qualifier for f in figures_of(text) if f.quote == quote] == [qualifier]
