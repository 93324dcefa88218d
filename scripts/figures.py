"""Figures: quantity claims built from numerals and the words around them.

For each numeral of ``scripts.numbers`` the words to its left (currency signs, hedges such as
"around" or "more than", direction verbs such as "rose" or "shrank by") and to its right (scale,
percent, currency names, units, "a barrel", "or so", the counted noun) decide its kind, unit,
qualifier and change. Two numerals joined by "to", "and" or a dash under one unit form a range;
a figure in parentheses right after another restates it (``equivalent_of``).

Quotes cover the currency sign (with a Markdown escape ``\\$`` when there is one), the number, its
scale and unit words, and a trailing "or so"; hedge and direction words stay outside the quote
and are recorded in ``qualifier`` and ``change``.

Numerals that are not claims (``Covid-19``, ``A380``, ordinals, clock times, digits of URLs,
"two-way", "one of", "millions of") are returned as exclusions with the rule's reason; years and
day numbers are left to ``scripts.dates``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from scripts.mentions import Exclusion, Figure
from scripts.numbers import Numeral, find_numerals

# --- vocabularies -----------------------------------------------------------------------------

CURRENCY_SIGNS = {
    "US$": "USD", "$US": "USD", "US $": "USD", "HK $": "HKD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
    "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR",
    "₽": "RUB", "Rs": "INR", "Rs.": "INR", "RM": "MYR", "₩": "KRW", "₺": "TRY", "CHF": "CHF",
}  # fmt: skip
ISO_CODES = [
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "RUB",
    "INR",
    "AUD",
    "CAD",
    "CHF",
    "HKD",
    "NZD",
    "SGD",
    "KRW",
    "BRL",
    "MXN",
    "ZAR",
    "TRY",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "HUF",
    "ILS",
    "SAR",
    "AED",
    "KGS",
    "KZT",
    "UAH",
    "MYR",
    "IDR",
    "THB",
    "PHP",
    "NGN",
    "EGP",
    "PKR",
    "BDT",
    "VND",
    "ARS",
    "CLP",
    "COP",
]
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound sterling": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rupee": "INR", "rupees": "INR",
    "franc": "CHF", "francs": "CHF", "ringgit": "MYR", "shekel": "ILS", "shekels": "ILS", "rand": "ZAR",
    "won": "KRW", "peso": "MXN", "pesos": "MXN", "lira": "TRY", "som": "KGS", "soms": "KGS", "tenge": "KZT",
    "hryvnia": "UAH", "hryvnias": "UAH", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
    "zloty": "PLN", "real": "BRL", "reais": "BRL", "riyal": "SAR", "riyals": "SAR", "dirham": "AED",
    "dirhams": "AED", "naira": "NGN", "baht": "THB", "rupiah": "IDR", "dong": "VND",
}  # fmt: skip
DOLLAR_COUNTRIES = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "hong kong": "HKD",
    "new zealand": "NZD", "singapore": "SGD", "singaporean": "SGD", "taiwan": "TWD",
}  # fmt: skip
SUBUNITS = {"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP", "p": "GBP", "sen": "MYR", "kopecks": "RUB"}

# unit words -> (pint unit, kind)
UNIT_WORDS = {
    "percent": ("percent", "percent"), "per cent": ("percent", "percent"), "%": ("percent", "percent"),
    "pct": ("percent", "percent"), "percentage point": ("percentage_point", "percent"),
    "percentage points": ("percentage_point", "percent"), "basis point": ("basis_point", "percent"),
    "basis points": ("basis_point", "percent"), "bps": ("basis_point", "percent"),
    "year": ("year", "duration"), "years": ("year", "duration"), "month": ("month", "duration"),
    "months": ("month", "duration"), "week": ("week", "duration"), "weeks": ("week", "duration"),
    "day": ("day", "duration"), "days": ("day", "duration"), "hour": ("hour", "duration"),
    "hours": ("hour", "duration"), "minute": ("minute", "duration"), "minutes": ("minute", "duration"),
    "second": ("second", "duration"), "seconds": ("second", "duration"), "decade": ("decade", "duration"),
    "decades": ("decade", "duration"), "century": ("century", "duration"), "centuries": ("century", "duration"),
    "mile": ("mile", "quantity"), "miles": ("mile", "quantity"), "km": ("kilometer", "quantity"),
    "kilometre": ("kilometer", "quantity"), "kilometres": ("kilometer", "quantity"),
    "kilometer": ("kilometer", "quantity"), "kilometers": ("kilometer", "quantity"),
    "metre": ("meter", "quantity"), "metres": ("meter", "quantity"), "meter": ("meter", "quantity"),
    "meters": ("meter", "quantity"), "cm": ("centimeter", "quantity"), "centimetres": ("centimeter", "quantity"),
    "centimeters": ("centimeter", "quantity"), "mm": ("millimeter", "quantity"), "millimetres": ("millimeter", "quantity"),
    "millimeters": ("millimeter", "quantity"), "foot": ("foot", "quantity"), "feet": ("foot", "quantity"),
    "ft": ("foot", "quantity"), "inch": ("inch", "quantity"), "inches": ("inch", "quantity"),
    "yard": ("yard", "quantity"), "yards": ("yard", "quantity"), "kg": ("kilogram", "quantity"),
    "kilogram": ("kilogram", "quantity"), "kilograms": ("kilogram", "quantity"), "kilos": ("kilogram", "quantity"),
    "gram": ("gram", "quantity"), "grams": ("gram", "quantity"), "g": ("gram", "quantity"), "mg": ("milligram", "quantity"),
    "milligrams": ("milligram", "quantity"), "tonne": ("tonne", "quantity"), "tonnes": ("tonne", "quantity"),
    "metric tons": ("tonne", "quantity"), "ton": ("short_ton", "quantity"), "tons": ("short_ton", "quantity"),
    "lb": ("pound", "quantity"), "lbs": ("pound", "quantity"), "ounce": ("troy_ounce", "quantity"),
    "ounces": ("troy_ounce", "quantity"), "oz": ("troy_ounce", "quantity"), "barrel": ("oil_barrel", "quantity"),
    "barrels": ("oil_barrel", "quantity"), "bpd": ("oil_barrel/day", "rate"), "litre": ("liter", "quantity"),
    "litres": ("liter", "quantity"), "liter": ("liter", "quantity"), "liters": ("liter", "quantity"),
    "gallon": ("gallon", "quantity"), "gallons": ("gallon", "quantity"), "acre": ("acre", "quantity"),
    "acres": ("acre", "quantity"), "hectare": ("hectare", "quantity"), "hectares": ("hectare", "quantity"),
    "square feet": ("foot**2", "quantity"), "square foot": ("foot**2", "quantity"), "sq ft": ("foot**2", "quantity"),
    "square metres": ("meter**2", "quantity"), "square meters": ("meter**2", "quantity"),
    "square miles": ("mile**2", "quantity"), "square kilometres": ("kilometer**2", "quantity"),
    "square kilometers": ("kilometer**2", "quantity"), "mph": ("mile/hour", "rate"), "km/h": ("kilometer/hour", "rate"),
    "kph": ("kilometer/hour", "rate"), "mpg": ("mile/gallon", "rate"), "miles per hour": ("mile/hour", "rate"),
    "miles per gallon": ("mile/gallon", "rate"), "kilometres per hour": ("kilometer/hour", "rate"),
    "kilometers per hour": ("kilometer/hour", "rate"), "w": ("watt", "quantity"), "watts": ("watt", "quantity"),
    "kw": ("kilowatt", "quantity"), "kilowatts": ("kilowatt", "quantity"), "mw": ("megawatt", "quantity"),
    "megawatts": ("megawatt", "quantity"), "gw": ("gigawatt", "quantity"), "gigawatts": ("gigawatt", "quantity"),
    "kwh": ("kilowatt_hour", "quantity"), "mwh": ("megawatt_hour", "quantity"), "gwh": ("gigawatt_hour", "quantity"),
    "volts": ("volt", "quantity"), "volt": ("volt", "quantity"), "v": ("volt", "quantity"),
    "hz": ("hertz", "quantity"), "hertz": ("hertz", "quantity"), "ghz": ("gigahertz", "quantity"),
    "mhz": ("megahertz", "quantity"), "gb": ("gigabyte", "quantity"), "gigabytes": ("gigabyte", "quantity"),
    "tb": ("terabyte", "quantity"), "mb": ("megabyte", "quantity"), "mah": ("milliampere*hour", "quantity"),
    "hp": ("horsepower", "quantity"), "horsepower": ("horsepower", "quantity"), "bhp": ("horsepower", "quantity"),
    "degrees": ("degree", "quantity"), "degree": ("degree", "quantity"),
    "degrees celsius": ("degree_Celsius", "quantity"), "°c": ("degree_Celsius", "quantity"),
    "degrees fahrenheit": ("degree_Fahrenheit", "quantity"), "°f": ("degree_Fahrenheit", "quantity"),
    "times": ("dimensionless", "multiple"), "fold": ("dimensionless", "multiple"),
    "points": ("count", "number"), "point": ("count", "number"), "min": ("minute", "duration"),
    "mins": ("minute", "duration"), "khz": ("kilohertz", "quantity"), "kilohertz": ("kilohertz", "quantity"),
    "l": ("liter", "quantity"), "ml": ("milliliter", "quantity"), "sq m": ("meter**2", "quantity"),
    "sqm": ("meter**2", "quantity"), "nm": ("nanometer", "quantity"), "db": ("decibel", "quantity"),
    "decibels": ("decibel", "quantity"),
}  # fmt: skip
PER_WORDS = {
    "barrel": "oil_barrel", "day": "day", "year": "year", "month": "month", "week": "week", "hour": "hour",
    "gallon": "gallon", "ounce": "troy_ounce", "tonne": "tonne", "ton": "short_ton", "kilogram": "kilogram",
    "kg": "kilogram", "litre": "liter", "liter": "liter", "square foot": "foot**2", "square metre": "meter**2",
    "share": "", "person": "", "head": "", "annum": "year", "minute": "minute", "mmbtu": "megaBtu",
}  # fmt: skip

HEDGES = {
    "around": "approximate", "about": "approximate", "approximately": "approximate", "roughly": "approximate",
    "some": "approximate", "nearly": "approximate", "almost": "approximate", "close to": "approximate",
    "an estimated": "approximate", "estimated": "approximate", "circa": "approximate", "just over": "approximate",
    "just under": "approximate", "more than": "more_than", "over": "more_than", "above": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "at least": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "up to": "at_most", "as much as": "at_most", "as many as": "at_most",
    "as high as": "at_most", "at most": "at_most", "no more than": "at_most", "a maximum of": "at_most",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
}  # fmt: skip
UP_WORDS = [
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "grew",
    "grow",
    "grows",
    "growing",
    "grown",
    "gained",
    "gain",
    "gains",
    "increased",
    "increase",
    "increases",
    "climbed",
    "climb",
    "jumped",
    "jump",
    "jumps",
    "soared",
    "surged",
    "surge",
    "up",
    "added",
    "adding",
    "higher",
    "boosted",
    "raised",
    "raise",
    "lifted",
    "rallied",
    "advanced",
    "expanded",
]
DOWN_WORDS = [
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "decreased",
    "decrease",
    "shrank",
    "shrunk",
    "shrink",
    "shrinks",
    "slid",
    "slide",
    "slipped",
    "slip",
    "lost",
    "lose",
    "down",
    "plunged",
    "plunge",
    "tumbled",
    "contracted",
    "contract",
    "cut",
    "cuts",
    "lower",
    "lowered",
    "reduced",
    "eased",
    "sank",
    "slumped",
    "dipped",
]
NOUN_AFTER_UP = ("rise", "increase", "gain", "jump", "growth", "hike", "surge", "rally", "boost")
NOUN_AFTER_DOWN = ("drop", "fall", "decline", "decrease", "cut", "reduction", "loss", "slump", "contraction", "dip")
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "it",
        "its",
        "than",
        "as",
        "into",
        "per",
        "each",
        "every",
        "more",
        "less",
        "over",
        "under",
        "about",
        "around",
        "up",
        "down",
        "off",
        "out",
        "so",
        "such",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "until",
        "also",
        "still",
        "just",
        "only",
        "even",
        "then",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "not",
        "no",
        "nor",
        "yet",
        "both",
        "either",
        "any",
        "all",
        "some",
        "most",
        "much",
        "many",
        "few",
        "several",
        "other",
        "another",
        "same",
        "own",
        "what",
        "where",
        "how",
        "why",
        "s",
    ]
)

# --- regexes --------------------------------------------------------------------------------------

_SIGN_RE = re.compile(
    r"(?:(?P<esc>\\)?(?P<sign>\$US|US\s?\$|HK\s\$|U\.S\.\$|A\$|AU\$|C\$|CA\$|HK\$|NZ\$|S\$|R\$|\$|£|€|¥|₹|₽|₩|₺)"
    r"|(?P<code>\b(?:" + "|".join(ISO_CODES) + r"|Rs\.?|RM|CHF))\s?)\s?$"
)
_LEFT_WORDS_RE = re.compile(r"([A-Za-z][A-Za-z.'-]*(?:\s[A-Za-z][A-Za-z.'-]*){0,2})\s*$")
_CURRENCY_WORD_RE = re.compile(
    r"\s?(?P<country>(?i:US|U\.S\.|American|Australian|Canadian|Hong\sKong|New\sZealand|Singapore|Singaporean|Taiwan)\s)?"
    r"(?P<cur>(?i:pounds\ssterling|pound\ssterling|dollars?|euros?|sterling|yen|yuan|renminbi|roubles?|rubles?|rupees?"
    r"|francs?|ringgit|shekels?|rand|won|pesos?|lira|soms?|tenge|hryvnias?|kronor|krona|kroner|krone|zloty|reais|real"
    r"|riyals?|dirhams?|naira|baht|rupiah|dong))\b"
)
_UNIT_RE = re.compile(
    r"(?P<gap>\s?(?:-\s?)?)(?P<unit>"
    + "|".join(sorted((re.escape(u) for u in UNIT_WORDS), key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_SUBUNIT_RE = re.compile(r"(?P<gap>\s?)(?P<sub>cents?|pence|penny|sen|kopecks|p(?=\b))(?![A-Za-z])")
_ORSO_RE = re.compile(r"\s(?P<orso>or\sso|or\smore|plus|odd)\b", re.IGNORECASE)
_PER_RE = re.compile(
    r"\s(?:a|an|per|each|/)\s?(?P<per>" + "|".join(sorted(PER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_SLASH_PER_RE = re.compile(r"/(?P<per>" + "|".join(sorted(PER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_OLD_RE = re.compile(r"[\s-]old\b|\sof\sage\b", re.IGNORECASE)
_RANGE_JOIN_RE = re.compile(r"\s?(?:-|–|—|to|and)\s?$")
_NOUN_RE = re.compile(r"\s((?:[A-Za-z][\w'’-]*\s){0,2}[A-Za-z][\w'’-]*)")
_URL_RE = re.compile(r"https?://[^\s>)\]]+|www\.[^\s>)\]]+|\]\([^)]*\)")
_DIGITS_RE = re.compile(r"\d+")
_TOKEN_LEFT_RE = re.compile(r"[\w.'’-]*$")
_TOKEN_RIGHT_RE = re.compile(r"[\w.'’-]*")
_CLOCK_RE = re.compile(r"^\d{1,2}[:.]\d{2}$|^\d{3,4}$")
_CLOCK_AFTER_RE = re.compile(r"\s?(?:GMT|BST|UTC|ET|EST|EDT|CET|am|pm|a\.m\.|p\.m\.|hours|hrs)\b")
_VAGUE_RE = re.compile(
    r"(?i)\b(?:hundreds|thousands|millions|billions|trillions|dozens|tens)\b(?:\sof)?|multi-(?:million|billion)"
)
_PRONOUN_AFTER = re.compile(
    r"\s(?:another|that|who|which|day|time|way|thing|another's|or\sanother|by\sone)\b", re.IGNORECASE
)
_PRONOUN_BEFORE = re.compile(r"(?i)\b(?:the|this|that|no|any|every|each|which|the\sonly|someone|anyone)\s$")
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)$", re.IGNORECASE)
DAY_MONTHS = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s$"
)


@dataclass
class Draft:
    """A figure being assembled from a numeral and its context."""

    start: int
    end: int
    value: Decimal
    kind: str = "number"
    unit: str = "count"
    value_to: Decimal | None = None
    qualifier: str = "exact"
    change: str = "none"
    noun: str = ""
    has_unit: bool = False


# --- context readers ------------------------------------------------------------------------------


def left_sign(text: str, start: int) -> tuple[int, str] | None:
    """A currency sign or code just before a numeral: (new start, ISO code)."""
    m = _SIGN_RE.search(text, max(0, start - 6), start)
    if not m:
        return None
    if m.group("sign"):
        code = CURRENCY_SIGNS[m.group("sign")]
        return (m.start("esc") if m.group("esc") else m.start("sign")), code
    code = m.group("code").rstrip(".")
    return m.start("code"), CURRENCY_SIGNS.get(code, code) if code in ("Rs", "RM") else code


def left_words(text: str, start: int) -> str:
    """Up to three words before ``start``, lowercased (for hedges and direction words)."""
    m = _LEFT_WORDS_RE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def hedge_of(words: str) -> str:
    """Qualifier from the words before a figure (longest hedge that ends them)."""
    for n in (3, 2, 1):
        tail = " ".join(words.split()[-n:])
        if tail in HEDGES:
            return HEDGES[tail]
    return "exact"


def change_of(words: str) -> str:
    """Direction from the word just before a figure ('rose', 'shrank by', 'down', 'a rise of')."""
    tokens = words.split()
    while tokens and (
        tokens[-1]
        in (
            "by",
            "about",
            "around",
            "nearly",
            "almost",
            "some",
            "roughly",
            "just",
            "than",
            "more",
            "less",
            "over",
            "under",
        )
    ):
        tokens.pop()
    if not tokens:
        return "none"
    if tokens[-1] == "of" and len(tokens) > 1:
        noun = tokens[-2]
        return "increase" if noun in NOUN_AFTER_UP else "decrease" if noun in NOUN_AFTER_DOWN else "none"
    if tokens[-1] in UP_WORDS:
        return "increase"
    if tokens[-1] in DOWN_WORDS:
        return "decrease"
    return "none"


def noun_after(text: str, end: int) -> str:
    """The counted noun phrase after a number: up to three words, stopping at function words."""
    m = _NOUN_RE.match(text, end)
    if not m:
        return ""
    words = []
    for word in m.group(1).split():
        if word.lower() in FUNCTION_WORDS or word.lower() in HEDGES:
            break
        words.append(word)
    while words and words[-1][0].isupper():
        words.pop()
    return " ".join(words)


# --- building figures -------------------------------------------------------------------------------


def read_right(text: str, d: Draft) -> None:
    """Extend a draft over what follows the number: or so, currency names, sub-units, units, 'a barrel'."""
    m = _ORSO_RE.match(text, d.end)
    if m:
        d.qualifier = "approximate" if m.group("orso").lower() in ("or so", "odd") else "at_least"
        d.end = m.end()
    if d.kind != "money":
        m = _CURRENCY_WORD_RE.match(text, d.end)
        if m:
            cur = m.group("cur").lower()
            code = CURRENCY_WORDS.get(cur) or CURRENCY_WORDS.get(cur.rstrip("s"), "USD")
            country = (m.group("country") or "").strip().lower()
            if cur.startswith("dollar") and country:
                code = DOLLAR_COUNTRIES.get(country, "USD")
            d.kind, d.unit, d.end, d.has_unit = "money", code, m.end(), True
        else:
            m = _SUBUNIT_RE.match(text, d.end)
            if m and (m.group("sub") != "p" or not m.group("gap")):
                d.kind, d.unit, d.end, d.has_unit = "money", SUBUNITS[m.group("sub").lower()], m.end(), True
                d.value = d.value / 100
            else:
                m = _UNIT_RE.match(text, d.end)
                if m and not (
                    m.group("gap").strip() == "-" and m.group("unit").lower() in ("times", "fold", "points", "point")
                ):
                    unit, kind = UNIT_WORDS[m.group("unit").lower()]
                    if (
                        m.group("unit") in ("%",)
                        or m.group("gap")
                        or len(m.group("unit")) > 2
                        or m.group("unit").isupper()
                        or m.group("unit") in ("ft", "km", "kg", "mm", "cm", "mb", "gb", "hp")
                    ):
                        d.unit, d.kind, d.end, d.has_unit = unit, kind, m.end(), True
                        if kind == "duration" and _OLD_RE.match(text, d.end):
                            d.kind = "age"
                            d.end = _OLD_RE.match(text, d.end).end()  # type: ignore[union-attr]
    if d.kind in ("money", "quantity", "percent", "duration"):
        m = _PER_RE.match(text, d.end) or _SLASH_PER_RE.match(text, d.end)
        if (
            m
            and d.kind in ("percent", "duration")
            and PER_WORDS[m.group("per").lower()] not in ("year", "month", "week", "day")
        ):
            m = None
        if m:
            per = PER_WORDS[m.group("per").lower()]
            if per:
                d.unit = f"{d.unit}/{per}"
                if d.kind == "quantity" or "/" in d.unit:
                    d.kind = "rate"
            d.end = m.end()


def draft_from(text: str, n: Numeral) -> Draft:
    """A draft figure for a numeral: sign on the left, units on the right, hedges and direction."""
    d = Draft(n.start, n.end, n.value)
    if n.form == "fraction":
        d.kind, d.unit, d.has_unit = "fraction", "dimensionless", True
    sign = left_sign(text, n.start) if n.form == "digits" else None
    if (
        n.form == "digits"
        and not sign
        and re.search(r"(?:^|[\s(])[-−]$|(?i:\bminus[\s-])$", text[max(0, n.start - 7) : n.start])
    ):
        d.start = n.start - (6 if text[n.start - 6 : n.start].lower() in ("minus-", "minus ") else 1)
        d.value = -d.value
    if sign:
        d.start, d.unit, d.kind, d.has_unit = sign[0], sign[1], "money", True
    read_right(text, d)
    if d.kind == "money" and sign is None:
        sign_left = left_sign(text, n.start)
        if sign_left:
            d.start = sign_left[0]
    words = left_words(text, d.start)
    if d.qualifier == "exact":
        d.qualifier = hedge_of(words)
    d.change = change_of(words)
    if d.change == "none":
        after = text[d.end : d.end + 14].lower().split()
        if after and after[0].strip(",.") in NOUN_AFTER_UP:
            d.change = "increase"
        elif after and after[0].strip(",.") in NOUN_AFTER_DOWN:
            d.change = "decrease"
    if not d.has_unit and d.kind == "number" and is_age(text, d):
        d.kind, d.unit, d.has_unit = "age", "year", True
    if not d.has_unit and d.kind == "number":
        noun = noun_after(text, d.end)
        if noun:
            d.kind, d.noun = "count", noun
    return d


_AGE_RE = re.compile(r"(?:[A-Z][a-z]+,\s|\b(?:aged|age)\s)$")


def is_age(text: str, d: Draft) -> bool:
    """'Smith, 35, said' or 'aged 40': a person's age in years."""
    if not (1 <= d.value <= 120) or d.value != int(d.value):
        return False
    before = _AGE_RE.search(text, max(0, d.start - 20), d.start)
    if not before:
        return False
    return before.group().startswith(("aged", "age")) or text[d.end : d.end + 1] == ","


_LABEL_BEFORE_RE = re.compile(r"(?:[A-Z][A-Za-z]*|No\.|#)\s?$")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?\n]\s*|[\"“(]\s*)$")


def is_label(text: str, n: Numeral) -> bool:
    """A bare number right after a capitalised word ('Section 427', 'Game 2', 'Boeing 787'): a label."""
    if n.form != "digits" or n.scaled:
        return False
    m = _LABEL_BEFORE_RE.search(text, max(0, n.start - 25), n.start)
    if not m or m.group().strip() in ("", "US", "U.S.") or m.group().strip(" .").lower() in HEDGES:
        return False
    word = m.group().strip()
    if word.lower() in (
        "in",
        "on",
        "by",
        "at",
        "to",
        "of",
        "from",
        "with",
        "for",
        "over",
        "under",
        "some",
        "about",
        "around",
        "nearly",
        "almost",
        "just",
        "only",
        "all",
        "the",
        "and",
        "or",
        "but",
    ):
        return False
    if DAY_MONTHS.search(text, max(0, n.start - 12), n.start):
        return False
    return not _SENTENCE_START_RE.search(text, max(0, m.start() - 3), m.start())


def is_year_like(text: str, n: Numeral) -> bool:
    """A bare four-digit 1800-2100 or a day number after a month name: the dates extractor's."""
    raw = text[n.start : n.end]
    if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100:
        return True
    return raw.isdigit() and len(raw) <= 2 and bool(DAY_MONTHS.search(text, max(0, n.start - 12), n.start))


def non_claim_reason(text: str, n: Numeral) -> str | None:
    """Why a numeral is not a claim, or None when it may be one."""
    raw = text[n.start : n.end]
    before = text[max(0, n.start - 1) : n.start]
    after = text[n.end : n.end + 1]
    if n.form == "word":
        low = raw.lower()
        if after == "-" and not re.match(
            r"-(?:year|month|week|day|hour|minute|mile|foot|point|percent)", text[n.end : n.end + 9], re.I
        ):
            return "compound_adjective"
        if low in ("one", "a") and (
            _PRONOUN_AFTER.match(text, n.end) or _PRONOUN_BEFORE.search(text, max(0, n.start - 12), n.start)
        ):
            return "pronoun"
        if low in ("dozen",) and _VAGUE_RE.match(text, n.start):
            return "vague"
        return None
    if before == "-" and re.search(r"[A-Za-z]-$", text[max(0, n.start - 2) : n.start]):
        return "name"
    if (
        before == ":"
        or (after == ":" and text[n.end + 1 : n.end + 2].isdigit())
        or (_CLOCK_AFTER_RE.match(text, n.end) and re.fullmatch(r"\d{1,2}|\d{3,4}", raw))
    ):
        return "clock_time"
    if re.match(r"(?:st|nd|rd|th)\b", text[n.end : n.end + 3]):
        return "ordinal"
    if before in ("T",) or (
        before == "-"
        and text[max(0, n.start - 2) : n.start - 1].isdigit()
        and not n.scaled
        and re.match(r"-\d", text[n.start - 2 : n.start])
    ):
        return "identifier"
    if after.isalpha() and not re.match(
        r"(?:bn|mn|mln|trn|tn|k|m|b|p|pc|mph|kph|mpg|km|kg|mm|cm|ft|lb|lbs|oz|g|gb|tb|mb|mw|gw|kw|kwh|mwh|gwh|hz|ghz|mhz|mah|hp|bhp|bpd|v|w|s)\b",
        text[n.end : n.end + 5],
        re.I,
    ):
        return "identifier"
    if is_label(text, n):
        return "label"
    if (
        after == "-"
        and re.match(r"-[A-Za-z]", text[n.end : n.end + 2])
        and not _UNIT_RE.match(text, n.end)
        and not re.match(r"-(?:strong|member|seat|fold)", text[n.end : n.end + 8], re.I)
    ):
        return "compound_adjective"
    return None


def to_figure(d: Draft, text: str) -> Figure | None:
    """The final record of a draft; None when the value is not finite."""
    value = float(d.value)
    value_to = float(d.value_to) if d.value_to is not None else None
    if not math.isfinite(value) or (value_to is not None and not math.isfinite(value_to)):
        return None
    return Figure(
        start=d.start,
        end=d.end,
        quote=text[d.start : d.end],
        kind=d.kind,
        value=value,
        unit=d.unit,
        value_to=value_to,
        qualifier=d.qualifier,
        change=d.change,
        noun=d.noun,
    )


def can_join(text: str, a: Draft, b: Draft) -> bool:
    """True when two neighbouring drafts are the ends of one range ('X to Y', 'between X and Y', 'X-Y')."""
    gap = text[a.end : b.start]
    if len(gap) > 6 or not _RANGE_JOIN_RE.fullmatch(gap):
        return False
    before = text[max(0, a.start - 9) : a.start]
    if "and" in gap and not re.search(r"(?i)between\s$", before):
        return False
    after_from = re.search(r"(?i)from\s$", before) is not None
    if a.change != "none" and not after_from:
        return False  # "increased by $4bn to $9bn": a change, then a level
    if a.has_unit and b.has_unit and a.unit != b.unit:
        return False
    if a.has_unit and not b.has_unit and a.kind != "money":
        return False
    return b.value > a.value or after_from


def join_ranges(text: str, drafts: list[Draft]) -> list[Draft]:
    """Merge the ends of each range into one draft under the shared unit (see :func:`can_join`)."""
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        a = drafts[i]
        if i + 1 < len(drafts) and can_join(text, a, drafts[i + 1]):
            b = drafts[i + 1]
            unit, kind = (b.unit, b.kind) if b.has_unit else (a.unit, a.kind)
            qualifier = a.qualifier if a.qualifier not in ("exact", "approximate") else "range"
            out.append(Draft(a.start, b.end, a.value, kind, unit, b.value, qualifier, a.change, b.noun or a.noun, True))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def link_equivalents(text: str, figures: list[Figure]) -> list[Figure]:
    """Figures inside parentheses right after a figure restate it: set their ``equivalent_of``."""
    from dataclasses import replace

    out = list(figures)
    for i, f in enumerate(figures):
        j = i + 1
        first = True
        while j < len(figures):
            gap = text[(figures[j - 1].end) : figures[j].start]
            if not (
                re.fullmatch(r"\s?\(\s?(?:about|around|some|roughly|or\s)?\s?", gap)
                if first
                else re.fullmatch(r"[;,]\s?(?:or\s)?", gap)
            ):
                break
            if figures[j].kind != "money" or f.kind != "money":
                break
            out[j] = replace(out[j], equivalent_of=i)
            first = False
            j += 1
    return out


def digit_exclusions(text: str, covered: list[tuple[int, int]]) -> list[Exclusion]:
    """Exclusions for digits outside figures: URLs, identifiers, ordinals, clock times, long numbers."""
    from bisect import bisect_right

    from scripts.extract import SpanSet

    taken = SpanSet(covered)
    out: list[Exclusion] = []
    urls = url_spans(text)
    for s, e in urls:
        if re.search(r"\d", text[s:e]):
            out.append(Exclusion(s, e, text[s:e], "url"))
    url_starts = [s for s, _ in urls]
    done = -1
    for m in _DIGITS_RE.finditer(text):
        if m.start() < done or taken.overlaps(m.start(), m.end()):
            continue
        left = _TOKEN_LEFT_RE.search(text, max(0, m.start() - 40), m.start())
        right = _TOKEN_RIGHT_RE.match(text, m.end())
        s = left.start() if left else m.start()
        e = right.end() if right else m.end()
        done = e
        token = text[s:e].strip(".'’-")
        s = s + text[s:e].index(token)
        e = s + len(token)
        k = bisect_right(url_starts, s) - 1
        if (k >= 0 and urls[k][1] >= e) or taken.overlaps(s, e):
            continue
        digits_only = re.fullmatch(r"[\d,.]+", token)
        if _ORDINAL_RE.fullmatch(token):
            reason = "ordinal"
        elif re.fullmatch(r"\d{1,2}[:.]\d{2}", token) or (
            digits_only and _CLOCK_AFTER_RE.match(text, e) and _CLOCK_RE.match(token)
        ):
            reason = "clock_time"
        elif digits_only and len(token.replace(",", "").replace(".", "")) > 18:
            reason = "overlong_number"
        elif re.search(r"[A-Za-z]", token):
            reason = "name" if "-" in token or token[0].isupper() else "identifier"
        else:
            continue
        out.append(Exclusion(s, e, text[s:e], reason))
    return out


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and Markdown link targets, whose digits are never claims."""
    return [(m.start(), m.end()) for m in _URL_RE.finditer(text)]


def extract_figures(text: str) -> tuple[list[Figure], list[Exclusion]]:
    """Every quantity claim of a text, and the numerals deliberately not taken as claims."""
    from scripts.extract import SpanSet

    in_url = SpanSet(url_spans(text))
    drafts: list[Draft] = []
    exclusions: list[Exclusion] = []
    for m in _VAGUE_RE.finditer(text):
        exclusions.append(Exclusion(m.start(), m.end(), m.group(), "vague"))
    vague_ends = {x.start for x in exclusions}
    for n in find_numerals(text):
        if n.start in vague_ends or in_url.overlaps(n.start, n.end):
            continue
        if is_year_like(text, n):
            continue
        reason = non_claim_reason(text, n)
        if reason:
            exclusions.append(Exclusion(n.start, n.end, text[n.start : n.end], reason))
            continue
        d = draft_from(text, n)
        if drafts and d.start < drafts[-1].end:
            continue
        drafts.append(d)
    figures = [f for f in (to_figure(d, text) for d in join_ranges(text, drafts)) if f is not None]
    figures = link_equivalents(text, figures)
    covered = sorted([(f.start, f.end) for f in figures] + [(x.start, x.end) for x in exclusions])
    exclusions += digit_exclusions(text, covered)
    exclusions.sort(key=lambda x: (x.start, x.end))
    return figures, exclusions
