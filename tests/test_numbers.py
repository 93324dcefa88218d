"""Numerals: digits, scales, number words, fractions, multiples and the tokens that are never numbers."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfigures.extraction.numbers import (
    DENOMINATORS,
    SMALL,
    TENS,
    VAGUE,
    WORD_RE,
    WORD_SCALES,
    Numeral,
    Skipped,
    scan,
    tokens,
    word_expression,
)


def numerals(text: str) -> list[tuple[str, Decimal, str]]:
    """(quote, value, form) of every numeral of a text."""
    return [(text[n.start : n.end], n.value, n.form) for n in scan(text) if isinstance(n, Numeral)]


def skipped(text: str) -> list[tuple[str, str]]:
    return [(text[n.start : n.end], n.reason) for n in scan(text) if isinstance(n, Skipped)]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("The fund held 1,500 bonds.", "1,500", Decimal(1500)),
        ("Inflation was 8.6 last month.", "8.6", Decimal("8.6")),
        ("A .5 rise.", ".5", Decimal("0.5")),
        ("It paid 1.13bn for the site.", "1.13bn", Decimal("1130000000")),
        ("A 600m loan.", "600m", Decimal("600000000")),
        ("Prices near 5k.", "5k", Decimal(5000)),
        ("About 2.5mn visitors.", "2.5mn", Decimal(2500000)),
        ("Debts of 3tn.", "3tn", Decimal(3) * 10**12),
        ("Sales of 4.3M copies.", "4.3M", Decimal(4300000)),
        ("A 8.3 million budget.", "8.3 million", Decimal(8300000)),
        ("A 5-million grant.", "5-million", Decimal(5000000)),
        ("Some 4 hundred guests.", "4 hundred", Decimal(400)),
        ("Worth 7 crore in all.", "7 crore", Decimal(70000000)),
    ],
)
def test_digits_and_scales_are_exact(text, quote, value):
    found = numerals(text)
    assert (quote, value, "digits") in found


def test_scaling_is_decimal_exact():
    (n,) = [x for x in scan("It lent 8.3 million.") if isinstance(x, Numeral)]
    assert n.value == Decimal(8300000)
    assert float(n.value) == 8300000.0
    assert n.base == Decimal("8.3") and n.scale == "million"


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("We waited ten minutes.", "ten", 10),
        ("Two hundred guests came.", "Two hundred", 200),
        ("She turned twenty-five today.", "twenty-five", 25),
        ("They bought a dozen ships.", "a dozen", 12),
        ("It cost a million in fees.", "a million", 1000000),
        ("He sold three thousand cars.", "three thousand", 3000),
        ("Exactly one hundred and five rooms.", "one hundred and five", 105),
        ("It took one and a half days.", "one and a half", Decimal("1.5")),
        ("Nearly half a million homes.", "half a million", 500000),
        ("We have nineteen boats.", "nineteen", 19),
    ],
)
def test_number_words(text, quote, value):
    assert (quote, Decimal(value), "words") in numerals(text)


def test_adjacent_number_words_are_separate_numerals():
    assert [q for q, _, _ in numerals("Pick four five times.")] == ["four", "five"]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("He kept half the profit.", "half", Decimal("0.5")),
        ("A third of the staff left.", "A third", Decimal(1) / 3),
        ("Two-thirds of voters agreed.", "Two-thirds", Decimal(2) / 3),
        ("A quarter of firms grew.", "A quarter", Decimal("0.25")),
        ("Three quarters of them.", "Three quarters", Decimal("0.75")),
        ("Add 1/4 of a cup.", "1/4", Decimal("0.25")),
        ("Add ½ of a cup.", "½", Decimal("0.5")),
    ],
)
def test_fractions(text, quote, value):
    assert (quote, value, "fraction") in numerals(text)


@pytest.mark.parametrize(
    ("text", "quote", "value"), [("It grew twice as fast.", "twice", 2), ("A sixfold rise.", "sixfold", 6)]
)
def test_multiples(text, quote, value):
    assert (quote, Decimal(value), "multiple") in numerals(text)


@pytest.mark.parametrize(
    ("text", "quote", "low"),
    [
        ("Dozens of boats sank.", "Dozens", 12),
        ("Hundreds of firms.", "Hundreds", 100),
        ("tens of thousands of fans", "tens of thousands", 10000),
    ],
)
def test_vague_plurals_carry_an_order_of_magnitude(text, quote, low):
    (n,) = [x for x in scan(text) if isinstance(x, Numeral)]
    assert (text[n.start : n.end], n.form, n.value, n.value_to) == (quote, "vague", Decimal(low), Decimal(low) * 10)


def test_scientific_notation():
    (n,) = [x for x in scan("A mass of 1.99×10−30 tonnes.") if isinstance(x, Numeral)]
    assert n.value == Decimal("1.99E-30")


@pytest.mark.parametrize(
    ("text", "quote", "reason"),
    [
        ("Trading opens at 10:30 a.m. sharp.", "10:30 a.m.", "clock_time"),
        ("Markets shut at 1200 GMT.", "1200 GMT", "clock_time"),
        ("We met at 5pm.", "5pm", "clock_time"),
        ("Call (555) 123-4567 now.", "(555) 123-4567", "phone"),
        ("See https://example.org/page7 for more.", "https://example.org/page7", "url"),
        ("A [link](http://x.org/1) here.", "](http://x.org/1)", "url"),
        ("Filed on 3/15/2021 in court.", "3/15/2021", "date"),
        ("Version 2.5.1 shipped.", "2.5.1", "identifier"),
    ],
)
def test_tokens_that_are_never_quantities(text, quote, reason):
    assert (quote, reason) in skipped(text)


@pytest.mark.parametrize("text", ["Someone often tends to be tenacious.", "The tone is wonderful.", "Attendance fell."])
def test_number_words_inside_other_words_are_not_numerals(text):
    assert numerals(text) == []


def test_an_overlong_digit_run_is_an_identifier_not_a_number():
    text = "x " + "9" * 40 + " y"
    assert skipped(text) == [("9" * 40, "identifier")]


UNGATED = word_expression(gated=False)
NUMBER_WORDS = st.sampled_from(
    [*SMALL, *TENS, *WORD_SCALES, *DENOMINATORS, *VAGUE, "a", "an", "A", "An", "and", "&", "of", "fold", "-fold",
     "twice", "Thrice", "multi-million", "multibillion", "half", "Half", "decade", "century", "the", "One", "TWO",
     "Hundred", "1", "2.5", "tension", "ones", "often", "x", " ", " ", "-", ", ", "\n", "s", "ſix", "thouſand",
     "bıllion", "mİllion", "\u212a"]
)  # fmt: skip


@given(st.lists(NUMBER_WORDS, max_size=20).map("".join))
def test_the_lead_gate_of_number_words_finds_what_every_word_start_finds(text):
    assert [(m.span(), m.lastgroup) for m in WORD_RE.finditer(text)] == [
        (m.span(), m.lastgroup) for m in UNGATED.finditer(text)
    ]


def test_a_word_numeral_after_a_scaled_number_is_read_on_its_own():
    text = "It raised $25 million half of which went to staff, then 1 million two."
    assert [(text[s:e], kind) for s, e, kind in tokens(text)] == [
        ("25 million", "digits"),
        ("half", "half"),
        ("1 million", "digits"),
        ("two", "words"),
    ]
